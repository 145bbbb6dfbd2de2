"""An office description goes to the person a copula or a verb of office gave that office:
"Jane Roe is the director of the FBI", "Jane Roe, who is ...", "Ann Cole founded Harbor
Watch", "Tom Reed runs the FBI" (issue 13, session 22: offices6). Each rule with a hard
negative: two directors of different bodies, an office held by nobody in the text, a former
and a current holder, a past heading verb, a quoted copula.

Sentences written for these tests. Each test resolves claims over a real parse, so it fails
when the rule is missing.
"""

from __future__ import annotations

from resolving import claim

from quotes.speakers.registry import build_registry

#: a salient senator between the holder and the description, who must not take the office
SENATOR = "Senator Jim Hale asked about the emails. Hale said the answers were weak. "


def speaker(resolve, text: str, content: str, source: str, nth: int = 0) -> str | None:  # type: ignore[no-untyped-def]
    (c,) = resolve(text, claim(text, content, source, nth))
    return c.speaker


def said(resolve, intro: str, source: str) -> str | None:  # type: ignore[no-untyped-def]
    text = intro + SENATOR + source + " said that the review was complete."
    return speaker(resolve, text, "the review was complete", source)


# --- a copula gives its subject the office --------------------------------------------------
def test_a_copula_makes_the_holder(resolve) -> None:  # type: ignore[no-untyped-def]
    assert said(resolve, "Jane Roe is the director of the FBI. ", "The FBI director") == "Jane Roe"
    got = said(resolve, "Ann Cole is the chief executive of Acme Corp. ", "The chief executive")
    assert got == "Ann Cole"


def test_a_relative_copula_makes_the_holder(resolve) -> None:  # type: ignore[no-untyped-def]
    intro = "Jane Roe, who is the director of the FBI, testified on Monday. "
    assert said(resolve, intro, "The FBI director") == "Jane Roe"


def test_serving_as_or_having_been_the_office_makes_the_holder(resolve) -> None:  # type: ignore[no-untyped-def]
    intro = "Jane Roe serves as the chief executive of Acme Corp. "
    assert said(resolve, intro, "The chief executive") == "Jane Roe"
    intro = "Jane Roe has been the director of the FBI since 2013. "
    assert said(resolve, intro, "The FBI director") == "Jane Roe"


def test_two_directors_of_two_bodies(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: each body's director is its own
    intro = "Ann Cole is the director of the CIA. Tom Reed is the director of the FBI. "
    assert said(resolve, intro, "The FBI director") == "Tom Reed"
    assert said(resolve, intro, "The CIA director") == "Ann Cole"


def test_the_former_and_the_current_director(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "the former director" is not the current one, nor the reverse
    intro = "Ann Cole is the former director of the FBI. Tom Reed is the director of the FBI. "
    assert said(resolve, intro, "The former director") == "Ann Cole"
    assert said(resolve, intro, "The FBI director") == "Tom Reed"


def test_a_past_copula_or_another_body_gives_nobody_the_office(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: "was" may be a former office; the CIA's director is not the FBI's
    intro = "Ann Cole was the director of the FBI until 2019. "
    assert said(resolve, intro, "The FBI director") == "FBI director"
    intro = "Ann Cole is the director of the CIA. "
    assert said(resolve, intro, "The FBI director") == "FBI director"


def test_a_quoted_copula_gives_no_office(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: an opinion in a quotation is no office
    text = (
        '"Ann Cole is the president we need," Tom Reed said on Monday. '
        "The president said that the review was complete."
    )
    got = speaker(resolve, text, "the review was complete", "The president")
    assert got != "Ann Cole"


# --- a verb of office gives its subject the office ------------------------------------------
def test_founding_makes_the_founder(resolve) -> None:  # type: ignore[no-untyped-def]
    intro = "Ann Cole founded the Harbor Watch group in 2001. "
    assert said(resolve, intro, "The group's founder") == "Ann Cole"
    intro = "Ann Cole, who founded Harbor Watch, spoke on Monday. "
    assert said(resolve, intro, "The founder") == "Ann Cole"


def test_no_founder_named_stays_the_words(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: an office held by nobody in the text
    assert said(resolve, "", "The group's founder") == "group's founder"


def test_running_a_body_makes_its_head(resolve) -> None:  # type: ignore[no-untyped-def]
    assert said(resolve, "Tom Reed runs the FBI. ", "The FBI director") == "Tom Reed"
    assert said(resolve, "Tom Reed heads the FBI. ", "The head of the FBI") == "Tom Reed"


def test_having_run_a_body_is_no_head(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a past heading verb may tell a former office
    assert said(resolve, "Ann Cole ran the FBI for years. ", "The FBI director") == "FBI director"


def test_a_role_inside_the_predicate_is_not_the_subjects(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "a supporter of ..." is no office, and the candidate of its relative
    # clause is someone else
    text = (
        "Tom Reed has been a supporter of Ann Cole's plans, which the candidate has defended "
        "in interviews. Ann Cole is the party's nominee."
    )
    reg = build_registry(extractor.backend.parse(text))
    roles = {e.name: e.role_keys for e in reg.entities}
    assert roles["Tom Reed"] == set()
    assert "nominee" in roles["Ann Cole"]


# --- an organisation owning the office names its body -----------------------------------------
def test_the_companys_chief_executive_is_its_head(resolve) -> None:  # type: ignore[no-untyped-def]
    intro = "Tom Reed, who runs Acme Corp, spoke on Monday. "
    assert said(resolve, intro, "The company's chief executive") == "Tom Reed"
    intro = "Tom Reed runs the FBI. "
    assert said(resolve, intro, "The bureau's director") == "Tom Reed"


def test_another_companys_head_is_not_its_chief_executive(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the head of another company is not this one's chief executive
    intro = "Tom Reed, who runs Bolt Inc, spoke on Monday. Ann Cole works at Acme Corp. "
    got = said(resolve, intro, "Acme Corp's chief executive")
    assert got != "Tom Reed"


# --- a short form of a body's name is that body ---------------------------------------------
def test_a_short_form_names_the_body_in_full(resolve) -> None:  # type: ignore[no-untyped-def]
    intro = "Tom Reed is the chief executive of Acme Corp. "
    assert said(resolve, intro, "The Acme chief executive") == "Tom Reed"


def test_two_chief_executives_of_two_companies(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the other company's chief executive
    intro = (
        "Acme Corp chief executive Ann Cole spoke on Monday. "
        "Tom Reed, the chief executive of Bolt Inc, disagreed. "
    )
    assert said(resolve, intro, "The Acme chief executive") == "Ann Cole"


# --- a past copula gives a former office --------------------------------------------------
def test_a_past_copula_makes_the_former_holder(resolve) -> None:  # type: ignore[no-untyped-def]
    intro = "Ann Cole served as ambassador to France until 2015. "
    assert said(resolve, intro, "The former ambassador") == "Ann Cole"
    intro = "Ann Cole was the director of the FBI until 2019. "
    assert said(resolve, intro, "The former FBI director") == "Ann Cole"


def test_a_past_copula_is_not_the_current_office(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: a former ambassador is not "the ambassador"; with a current director
    # named, "the former director" is the one who was
    intro = "Ann Cole served as ambassador to France until 2015. "
    assert said(resolve, intro, "The ambassador") != "Ann Cole"
    intro = "Ann Cole was the director of the FBI until 2019. Tom Reed is the director of the FBI. "
    assert said(resolve, intro, "The former director") == "Ann Cole"
    assert said(resolve, intro, "The FBI director") == "Tom Reed"


def test_a_reported_past_copula_is_no_former_office(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the past of reported speech is the speaker's present (backshift)
    text = (
        "Ann Cole said Tom Reed was a director very much in the spirit of the firm. "
        "Jim Hale was the director of the FBI until 2019."
    )
    reg = build_registry(extractor.backend.parse(text))
    keys = {e.name: e.role_keys for e in reg.entities}
    assert keys["Tom Reed"] == set()
    assert "former director" in keys["Jim Hale"]


# --- a name the parser hung on the verb after a role's comma is its apposition ---------------
def _misparsed(extractor, text: str, name: str):  # type: ignore[no-untyped-def]
    """The parse of ``text`` with ``name``'s head hung on the main verb as an adverbial
    (``npadvmod``), as the parser does in some longer sentences of news copy."""
    from quotes.document import Document

    doc = extractor.backend.parse(text)
    root = next(t.i for t in doc.tokens if t.dep == "ROOT")
    toks = [t._replace(dep="npadvmod", head=root) if t.text == name else t for t in doc.tokens]
    return Document(doc.text, toks, doc.sentences, doc.paragraphs, doc.entities)


def test_an_apposition_read_as_an_adverbial_titles_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Aides soon alerted Ann Cole's chief of staff, Tom Reed, to the request."
    reg = build_registry(_misparsed(extractor, text, "Reed"))
    reed = next(e for e in reg.entities if e.name == "Tom Reed")
    assert "chief of staff" in reed.role_keys and "@cole" in reed.affiliations


def test_an_adverbial_name_after_a_thing_is_no_title(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the noun before the comma is no role
    text = "Aides soon sent Ann Cole's letter of thanks, Tom Reed, to the office."
    reg = build_registry(_misparsed(extractor, text, "Reed"))
    reed = next(e for e in reg.entities if e.name == "Tom Reed")
    assert reed.role_keys == set()


# --- managing a campaign makes its campaign manager -------------------------------------------
def test_managing_a_campaign_makes_its_manager(resolve) -> None:  # type: ignore[no-untyped-def]
    intro = "Tom Bell manages Ann Cole's campaign. "
    assert said(resolve, intro, "The campaign manager") == "Tom Bell"


def test_managing_a_store_or_having_managed_is_no_office(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: "store manager" is no role; a past "managed" may be a former office
    for text in ("Tom Bell manages the store.", "Tom Bell managed Ann Cole's campaign in 2012."):
        reg = build_registry(extractor.backend.parse(text))
        bell = next(e for e in reg.entities if e.name == "Tom Bell")
        assert bell.role_keys == set()

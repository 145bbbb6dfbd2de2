"""The error classes of the sixth train batch (issue 13, benchmarks/data/referents_train6.tsv:
descriptions first), each as a rule with a hard negative. Sentences written for these tests;
each resolves claims over a real parse, so it fails when the rule is missing."""

from __future__ import annotations

from resolving import claim, span

from quotes.document import Span
from quotes.records import Claim
from quotes.speakers import build_registry, resolve_speakers


# --- a named document shortened joins the fuller one (registry.join_short_documents) ---------
def test_a_shortened_poll_name_is_the_poll_named_in_full(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A new Marist College poll shows the mayor ahead by nine points. "
        "It is the third week in a row that the Marist poll has shown the mayor in the lead."
    )
    (c,) = resolve(text, claim(text, "shown the mayor in the lead", "the Marist poll"))
    assert c.speaker == "Marist College poll"


def test_a_shortened_poll_name_that_two_polls_could_extend_stays_as_written(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A new Marist College poll shows the mayor ahead. A Marist Institute poll found "
        "the same. The Marist poll also found that turnout would be low."
    )
    (c,) = resolve(text, claim(text, "turnout would be low", "The Marist poll"))
    assert c.speaker == "Marist poll"


# --- "the group" far back: only an organisation of a fitting kind ---------------------------
FAR = (
    "Sanders said yes. He said that the workforce had been demonised for years. "
    "He said that no worker had sacrificed more. He said that pay had been frozen. "
    "He said that the freeze had hurt morale. He said that recruiting had suffered. "
)


def test_the_group_far_back_is_the_union_named_before(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In December, the Federation of Bus Drivers sent a dozen questions to the candidates. "
        + FAR
        + "The group asked whether the candidates supported the new bill."
    )
    (c,) = resolve(text, claim(text, "the candidates supported the new bill", "The group"))
    assert c.speaker == "Federation of Bus Drivers"


def test_the_group_far_back_is_no_untyped_name(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In December, the candidates met at the Shangri-La Dialogue in Singapore. "
        + FAR
        + "The group asked whether the candidates supported the new bill."
    )
    (c,) = resolve(text, claim(text, "the candidates supported the new bill", "The group"))
    assert c.speaker == "group"


# --- an indefinite noun in a quotation introduces no one --------------------------------------
def test_a_quoted_indefinite_company_is_not_the_company(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dana Lee signed a licensing deal with Marlow Textiles Inc. in 2012. "
        '"We are building a company that lasts," Lee told reporters. '
        "The company said the line would expand next year."
    )
    quote = claim(text, "We are building a company that lasts", "Lee", 1)
    _, c = resolve(text, quote, claim(text, "the line would expand next year", "The company"))
    assert c.speaker == "Marlow Textiles Inc."


def test_a_narrative_indefinite_company_is_the_company(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dana Lee signed a licensing deal with Marlow Textiles Inc. in 2012. "
        "A company in Ohio later bought the factory. "
        "The company said the line would expand next year."
    )
    (c,) = resolve(text, claim(text, "the line would expand next year", "The company"))
    assert c.speaker == "company"  # the one "A company in Ohio" brought in
    assert c.rule.endswith("+definite")


# --- a titled holder named after "a president" is "the president" -----------------------------
def test_the_holder_named_after_an_indefinite_role_is_the_definite_one(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Barack Obama chose a judge in March. "
        "The Senate has a duty to confirm a president's nominees. "
        "Obama would be fine with a delay. "
        "The president said that the judge deserved a hearing."
    )
    (c,) = resolve(text, claim(text, "the judge deserved a hearing", "The president"))
    assert c.speaker == "Barack Obama"


def test_an_unnamed_official_introduced_with_no_holder_between_stays_unnamed(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Ann Cole spoke in Dover. "
        "A police official familiar with the case said the suspect had fled. "
        "The official said that the car had been stolen."
    )
    (c,) = resolve(text, claim(text, "the car had been stolen", "The official"))
    assert c.speaker == "police official"


# --- a headline's first name joins the body's full name --------------------------------------
def test_a_headline_first_name_is_the_full_name_of_the_body(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Bill says his wife will win New Hampshire\n\n"
        "Bill Clinton spoke to a crowd of 700 in Nashua on Monday."
    )
    (c,) = resolve(text, claim(text, "his wife will win New Hampshire", "Bill"))
    assert c.speaker == "Bill Clinton"


def test_a_hyphened_pair_of_surnames_joins_no_one(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Obama said the economy had grown. The Obama-Clinton record is long. "
        "Bill Clinton said that the record was strong. Barack Obama agreed."
    )
    reg = build_registry(extractor.backend.parse(text))
    obama = [e for e in reg.entities if "Barack Obama" in e.names]
    assert obama and "Bill Clinton" not in obama[0].names


# --- an organisation's name the NER left unlabelled later -------------------------------------
def test_a_repeated_organisation_name_is_a_mention_each_time(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lee signed a licensing agreement with G-III in 2012. "
        "G-III did not respond to requests for comment. "
        "The clothing brought in $100 million last year, G-III reports show."
    )
    doc = extractor.backend.parse(text)
    reg = build_registry(doc)
    g3 = [e for e in reg.entities if "G-III" in e.names]
    assert g3 and len(g3[0].mentions) == 3


def test_a_one_word_common_name_is_not_searched_again(extractor) -> None:  # type: ignore[no-untyped-def]
    from quotes.speakers.registry.names import add_unlabelled_org_names

    doc = extractor.backend.parse("The White House said no. The House voted on Friday.")
    reg = build_registry(doc)
    house = doc.token_at(doc.text.index("House voted"))
    before = reg.at_token.get(house)
    add_unlabelled_org_names(reg)
    assert reg.at_token.get(house) is before


# --- a title-case headline the NER reads as a name --------------------------------------------
def test_she_in_a_title_case_headline_read_as_a_name_is_the_woman_it_names(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Schlafly's Final Column Explains Why She Sees Hope\n\n"
        "Phyllis Schlafly, who died Monday, used her final column to praise the nominee."
    )
    doc = extractor.backend.parse(text)
    # the NER read the whole title-case headline as one organisation's name, as it does on
    # some news copy (PolNeAR train, the batch of referents_train6.tsv)
    end = doc.token_at(text.index(" Hope"))
    headline = Span(0, end, 0, doc[end - 1].end, "ORG")
    doc.entities = [headline] + [e for e in doc.entities if e.start >= end]
    source = span(text, "She")
    (c,) = resolve_speakers(doc, [Claim(spans=(span(text, "Sees Hope"),), kind="indirect",
                                        source=source, rule="speech_complement")])  # fmt: skip
    assert c.speaker == "Phyllis Schlafly"


def test_a_headline_noun_that_is_no_known_surname_is_no_mention(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Column Explains Why Voters Stay Home\n\nPhyllis Schlafly wrote a column on Monday."
    doc = extractor.backend.parse(text)
    reg = build_registry(doc)
    assert doc.token_at(0) not in reg.at_token


# --- "the release" is what the announcement before put out ----------------------------------
def test_the_release_is_the_one_who_announced_in_the_sentence_before(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Thursday, the Ohio Republican Party announced that the governor would not attend. "
        '"The governor regrets that he cannot attend the convention," the release said.'
    )
    quote = claim(text, "The governor regrets that he cannot attend the convention", "the release")
    (c,) = resolve(text, quote)
    assert c.speaker == "Ohio Republican Party"


def test_the_release_after_an_unnamed_announcer_stays_the_release(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Thursday, a spokesman announced that the governor would not attend. "
        '"The governor regrets that he cannot attend the convention," the release said.'
    )
    quote = claim(text, "The governor regrets that he cannot attend the convention", "the release")
    (c,) = resolve(text, quote)
    assert c.speaker == "release"

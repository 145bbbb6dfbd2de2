"""Rules written after reading a seventeenth batch of train sources
(benchmarks/data/referents_train17.tsv). Sentences written for these tests, each rule with a
hard negative (docs/speakers.md, "Rules of session 22: referents17")."""

from __future__ import annotations

from resolving import claim


# --- "whose" is a relative: the noun its clause modifies --------------------------------------
def test_whose_after_a_name_is_that_person(resolve):
    text = (
        "The council met on Tuesday. Marta Ostrowski, whose office drafted the budget, "
        "argued that the cuts would close two libraries."
    )
    (c,) = resolve(text, claim(text, "the cuts would close two libraries", "whose"))
    assert c.speaker == "Marta Ostrowski"


def test_whose_in_brackets_is_the_name_before_the_bracket(resolve):
    text = (
        "The bill drew fire from every side, including from Senator Dale Pruett (whose job "
        "was to read it), who insisted that nobody had seen the final text."
    )
    (c,) = resolve(text, claim(text, "nobody had seen the final text", "whose"))
    assert c.speaker == "Dale Pruett"


def test_who_in_brackets_after_a_group_is_not_the_earlier_name(resolve):
    """Hard negative: the bracket's noun is a group, and the name further back is not it."""
    text = (
        "Governor Ellen Marsh defended the plan at length. Critics of the plan (who met on "
        "Friday) said the road would cut the town in two."
    )
    (c,) = resolve(text, claim(text, "the road would cut the town in two", "who"))
    assert c.speaker != "Ellen Marsh"


def test_that_in_brackets_is_no_relative_on_the_noun_before(resolve):
    """Hard negative: "(that would be ...)" opens with a demonstrative, not a relative."""
    text = (
        "Aides to a rival campaign (that would be the mayor's) argued that the count was "
        "flawed from the start."
    )
    (c,) = resolve(text, claim(text, "the count was flawed from the start", "that"))
    assert c.speaker != "rival campaign"


# --- a plural of people by its suffix ("-ist", "-ian") is a group a later "they" may mean ------
def test_they_after_a_fronted_clause_of_lobbyists_is_them(resolve):
    text = "While lobbyists praised the new port, they warned that the costs were too high."
    (c,) = resolve(text, claim(text, "the costs were too high", "they"))
    assert c.speaker == "lobbyists"


def test_they_after_historians_as_the_subject_before_is_them(resolve):
    text = (
        "The museum board met on Monday. Several historians attended the hearing. They "
        "argued that the archive must stay open."
    )
    (c,) = resolve(text, claim(text, "the archive must stay open", "They"))
    assert c.speaker is not None and "historians" in c.speaker


def test_they_after_operatives_listed_as_people_is_them(resolve):
    text = (
        "The city council met on Monday. Veteran Republican operatives spent the weekend in "
        "gloom. They privately doubted that the governor could win."
    )
    (c,) = resolve(text, claim(text, "the governor could win", "They"))
    assert c.speaker is not None and c.speaker.endswith("operatives")


def test_a_short_ist_thing_is_no_group(resolve):
    """Hard negative: "heists" (a lemma of six letters) is no group of people."""
    text = (
        "Residents of the valley filled the hall on Monday. Two heists had shaken the town "
        "that week, and they said that the vault doors were too old."
    )
    (c,) = resolve(text, claim(text, "the vault doors were too old", "they"))
    assert c.speaker is not None and "heists" not in c.speaker


# --- a document made by two makers joined by "and" speaks for both ----------------------------
POLL = (
    "The mayor spoke on Monday. A poll released Sunday by {} found that most residents backed "
    "the new bridge."
)


def _poll(resolve, makers: str) -> str | None:  # type: ignore[no-untyped-def]
    text = POLL.format(makers)
    source = f"A poll released Sunday by {makers}"
    (c,) = resolve(text, claim(text, "most residents backed the new bridge", source))
    return c.speaker


def test_poll_released_by_two_outlets_is_both(resolve):
    assert _poll(resolve, "The Harbor Post and Channel 9 News") == (
        "Harbor Post and Channel 9 News"
    )


def test_poll_released_by_one_outlet_or_another_is_the_first(resolve):
    """Hard negative: "or" joins no plural maker."""
    assert _poll(resolve, "The Harbor Post or Channel 9 News") == "Harbor Post"


def test_poll_by_an_outlet_and_its_readers_is_the_outlet(resolve):
    """Hard negative: the second conjunct is no maker the registry knows."""
    assert _poll(resolve, "The Harbor Post and its readers") == "Harbor Post"


def test_film_by_two_makers_is_both(resolve):
    text = (
        "Harbor Watch and the Lakeside Institute studied the river. A new film by Harbor Watch "
        "and the Lakeside Institute argues that the dam will fail."
    )
    source = "A new film by Harbor Watch and the Lakeside Institute"
    (c,) = resolve(text, claim(text, "the dam will fail", source))
    assert c.speaker == "Harbor Watch and Lakeside Institute"


# --- a name joined to a group its possessive owns is that group, not the name ------------------
def test_name_and_his_supporters_is_the_group(resolve):
    text = (
        "Mayor Ann Cole spoke first. Tom Reed arrived later. Reed and his supporters said "
        "that the vote was rigged."
    )
    (c,) = resolve(text, claim(text, "the vote was rigged", "Reed and his supporters"))
    assert c.speaker == "Reed and his supporters"


def test_two_names_joined_stay_a_pair(resolve):
    """Hard negative: two names joined by "and" are still the pair of people."""
    text = (
        "Mayor Ann Cole spoke first. Tom Reed arrived later. Reed and Cole said that the vote "
        "was rigged."
    )
    (c,) = resolve(text, claim(text, "the vote was rigged", "Reed and Cole"))
    assert c.speaker == "Tom Reed and Ann Cole"


# --- a PERSON span of lower-case words is no name, unless a known surname -----------------------
def _with_person(extractor, text: str, word: str):  # type: ignore[no-untyped-def]
    """The parse of ``text`` with the NER's PERSON label forced on the token ``word`` (the
    error the rule guards against, which the test cannot count on the model to repeat)."""
    from quotes.document import Span

    doc = extractor.backend.parse(text)
    i = next(t.i for t in doc.tokens if t.text == word)
    doc.entities.append(Span(i, i + 1, doc[i].start, doc[i].end, "PERSON"))
    doc.entities.sort(key=lambda s: s.start)
    return doc


def test_a_lower_case_person_span_is_no_name(extractor):
    from quotes.speakers import build_registry

    doc = _with_person(extractor, "The finance minister scoffed on Monday at the plan.", "scoffed")
    names = [n for e in build_registry(doc).entities for n in e.names]
    assert "scoffed" not in names


def test_a_lower_case_surname_of_someone_named_joins_them(extractor):
    """Hard negative: "reed" in a quoted post after "Tom Reed" is still Tom Reed."""
    from quotes.speakers import build_registry

    text = "Tom Reed spoke on Monday. One post read: go home reed, nobody wants you."
    doc = _with_person(extractor, text, "reed")
    reg = build_registry(doc)
    i = next(t.i for t in doc.tokens if t.text == "reed")
    assert reg.at_token[i].name == "Tom Reed"


# --- a bare quantifier counts the group a fronted phrase of its sentence names ------------------
def test_several_after_a_fronted_of_phrase_is_that_group(resolve):
    text = (
        "The mayor spoke at noon. Of the delegates at the hall, several said that the vote was "
        "rigged."
    )
    (c,) = resolve(text, claim(text, "the vote was rigged", "several"))
    assert c.speaker == "delegates"


def test_some_after_a_fronted_phrase_with_a_relative_is_that_group(resolve):
    text = (
        "The mayor spoke at noon. In the circle of party activists, who were angry, some "
        "argued that the vote was rigged."
    )
    (c,) = resolve(text, claim(text, "the vote was rigged", "some"))
    assert c.speaker == "party activists"


def test_some_after_a_fronted_place_keeps_its_words(resolve):
    """Hard negative: a fronted phrase naming no group gives the quantifier no set."""
    text = "The mayor spoke at noon. In the town, some argued that the vote was rigged."
    (c,) = resolve(text, claim(text, "the vote was rigged", "some"))
    assert c.speaker == "some"

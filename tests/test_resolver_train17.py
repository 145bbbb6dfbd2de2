"""Rules written after reading a seventeenth batch of train sources
(benchmarks/data/referents_train17.tsv). Sentences written for these tests, each rule with a
hard negative (docs/speakers.md, "Rules of session 22: referents17")."""

from __future__ import annotations

import pytest
from resolving import claim, resolver


@pytest.fixture(scope="module")
def resolve(extractor):  # type: ignore[no-untyped-def]
    return resolver(extractor)


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

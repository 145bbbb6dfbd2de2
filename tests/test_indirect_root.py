"""Indirect claims the rules found with no source (issue 14, session 20): a sentence whose
verb the parser hung on its subject ("A Marist poll found last week that ...", "farmers
marching to block the road say ...") is that subject's claim (``reported._subject_read_as_root``);
a day the parser read as a speech act's object is no content (``reported._date_read_as_object``).
Sentences written for these tests; each has a hard negative."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the parser makes "poll" / "report" the root and "found" a participle on it
        ("A Marist College poll found last week that Lopez would beat Walsh by six points.",
         "that Lopez would beat Walsh by six points", "A Marist College poll"),
        ("The city council report found in May that the bridge was unsafe.",
         "that the bridge was unsafe", "The city council report"),
        # the parser makes "marching" the root and "say" a dependent of it
        ("But farmers marching to block the new highway say they are suddenly winning.",
         "they are suddenly winning", "farmers"),
    ],
)  # fmt: skip
def test_a_verb_hung_on_its_subject_is_the_subjects_claim(
    extractor: quotes.Extractor, text: str, quote: str, speaker: str
) -> None:
    found = claim_rows(extractor, text)
    assert any(row[0] == quote and row[1] == speaker for row in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a reduced passive on a root noun (a headline): no object, no claim
        "Senator Maria Lopez named to the finance committee.",
        # a participle that names, with no object of its own
        "A new group called Citizens First.",
    ],
)
def test_a_reduced_passive_on_a_root_noun_makes_no_claim(
    extractor: quotes.Extractor, text: str
) -> None:
    assert claim_rows(extractor, text) == []


def test_a_day_read_as_the_object_is_no_content(extractor: quotes.Extractor) -> None:
    """Wire style puts the day right after the verb; the parser takes it for the object."""
    found = claim_rows(extractor, "Senator Maria Lopez called Tuesday for the mayor to resign.")
    assert [row[0] for row in found] == ["the mayor to resign"], found


def test_an_object_that_only_holds_a_date_keeps_its_content(extractor: quotes.Extractor) -> None:
    found = claim_rows(extractor, "The mayor praised Tuesday's vote.")
    assert [row[0] for row in found] == ["Tuesday's vote"], found

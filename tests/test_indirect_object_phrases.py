"""Phrases after a speech act's object that are part of what was said (issue 14, session 19,
second round): a bare "by name" ("did not mention Lee by name", ``reported._by_name``) and an
"on" phrase of what the act is about ("attacked the council on its housing record",
``reported._in_phrase_after_object``), an "at" phrase of a share or a sum ("showed Ruiz in
third at 11 percent", ``reported._value_after_object``). Sentences written for these tests;
the hard negatives keep any other "by" phrase, and an "on" or "at" phrase of when or where,
out."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("In the speech Ms. Park never mentioned the mayor by name.",
         "the mayor by name", "Ms. Park"),
        ("She rarely mentioned Lopez by name.", "Lopez by name", "She"),
        ("The coach praised each player by name after the match.",
         "each player by name", "The coach"),
    ],
)  # fmt: skip
def test_by_name_after_the_object_is_part_of_what_was_said(
    extractor: quotes.Extractor, text: str, quote: str, speaker: str
) -> None:
    found = claim_rows(extractor, text)
    assert any(row[:2] == (quote, speaker) for row in found), found


@pytest.mark.parametrize(
    "text",
    [
        # how or where it was said, not how the object was named
        "She criticized the plan by email.",
        "The mayor praised the firefighters by the river.",
        # a "by" phrase with more than the bare noun
        "She mentioned the charity by the name of its founder.",
    ],
)
def test_other_by_phrases_stay_out(extractor: quotes.Extractor, text: str) -> None:
    found = claim_rows(extractor, text)
    assert found and not any(" by " in row[0] for row in found), found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Lee attacked the council on its housing record.",
         "the council on its housing record"),
        ("Lee faulted the plan on two fronts.", "the plan on two fronts"),
    ],
)  # fmt: skip
def test_an_on_phrase_after_the_object_is_part_of_what_was_said(
    extractor: quotes.Extractor, text: str, quote: str
) -> None:
    found = claim_rows(extractor, text)
    assert any(row[:2] == (quote, "Lee") for row in found), found


@pytest.mark.parametrize(
    "text",
    [
        # when, and on which outlet, it was said
        "Lee criticized the mayor on Monday.",
        "Lee criticized the mayor on CNN.",
    ],
)
def test_an_on_phrase_of_the_setting_stays_out(extractor: quotes.Extractor, text: str) -> None:
    found = claim_rows(extractor, text)
    assert ("the mayor", "Lee", "speech_act_object", "statement") in found, found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("A new survey showed Ruiz in third at 11 percent.", "Ruiz in third at 11 percent"),
        ("The magazine lists her fortune at $2 billion.", "her fortune at $2 billion"),
    ],
)  # fmt: skip
def test_a_share_or_sum_after_the_object_is_part_of_what_was_said(
    extractor: quotes.Extractor, text: str, quote: str
) -> None:
    found = claim_rows(extractor, text)
    assert any(row[0] == quote for row in found), found


def test_an_at_phrase_of_when_stays_out(extractor: quotes.Extractor) -> None:
    # the hard negative: "at" with no share or sum is when it was shown
    found = claim_rows(extractor, "The survey showed Ruiz in third at the start of the month.")
    assert [row[0] for row in found] == ["Ruiz in third"], found

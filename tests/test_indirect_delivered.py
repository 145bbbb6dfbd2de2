"""Indirect claims the rules found with no source (issue 14, session 19): an -ing participle
on a speech or text someone delivers ("in a speech attacking ...", "opened a rally blasting
...") is its deliverer's claim (``delivered_nouns.txt``, ``reported._deliverer``); and a list
the parser reads as an appositive stays in the content. Sentences written for these tests;
each has a hard negative."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("The mayor defended the budget on Monday in a speech attacking the county board.",
         "the county board", "The mayor"),
        ("Okafor opened a rally in Leeds blasting the ferry company for its fares.",
         "the ferry company for its fares", "Okafor"),
        ("The Tribune hit back in an article stating that the port had lost money.",
         "that the port had lost money", "The Tribune"),
        # a named possessor owns the speech; the noun itself does not speak
        ("Okafor's speech praising the ferry crews drew applause.",
         "the ferry crews", "Okafor's"),
    ],
)  # fmt: skip
def test_participle_on_a_delivered_noun_is_its_deliverers(
    extractor: quotes.Extractor, text: str, quote: str, speaker: str
) -> None:
    found = claim_rows(extractor, text)
    assert any(row[0] == quote and row[1] == speaker for row in found), found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the subject judges someone else's speech, it did not give it
        ("Ruiz criticized a speech attacking the harbour plan.", "the harbour plan"),
        # reading an article is not writing it
        ("Okafor read an article stating that the port had lost money.",
         "that the port had lost money"),
    ],
)  # fmt: skip
def test_a_judged_or_read_text_is_not_the_subjects(
    extractor: quotes.Extractor, text: str, quote: str
) -> None:
    found = claim_rows(extractor, text)
    assert not any(row[0] == quote for row in found), found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Lee praised Okafor, the harbour staff and the volunteers.",
         "Okafor, the harbour staff and the volunteers"),
        ("Ms. Okafor thanked her parents, her sisters and her old teachers.",
         "her parents, her sisters and her old teachers"),
    ],
)  # fmt: skip
def test_a_list_read_as_an_appositive_stays_in_the_content(
    extractor: quotes.Extractor, text: str, quote: str
) -> None:
    found = claim_rows(extractor, text)
    assert any(row[0] == quote for row in found), found


def test_an_appositive_that_classifies_a_name_stays_out(extractor: quotes.Extractor) -> None:
    # "a banker and former official" describes the name: the writer's aside, not a list
    text = "The mayor praised Tom Ruiz, a banker and a former harbour official."
    found = claim_rows(extractor, text)
    assert not any("a banker" in row[0] for row in found), found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Lee backed the plan in exchange for a seat on the board.",
         "the plan in exchange for a seat on the board"),
        ("Lee defended the mayor in the face of fierce criticism.",
         "the mayor in the face of fierce criticism"),
    ],
)  # fmt: skip
def test_an_in_phrase_after_the_object_is_part_of_what_was_said(
    extractor: quotes.Extractor, text: str, quote: str
) -> None:
    found = claim_rows(extractor, text)
    assert any(row[0] == quote for row in found), found


@pytest.mark.parametrize(
    "text",
    [
        # when, where and through what it was said
        "Lee criticized the mayor in June.",
        "Lee criticized the mayor in Leeds.",
        "Lee criticized the mayor in a tweet on Sunday.",
    ],
)
def test_an_in_phrase_of_the_setting_stays_out(extractor: quotes.Extractor, text: str) -> None:
    found = claim_rows(extractor, text)
    assert ("the mayor", "Lee", "speech_act_object", "statement") in found, found

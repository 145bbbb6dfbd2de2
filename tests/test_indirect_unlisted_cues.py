"""Cue verbs that were in no lexicon (issue 14, session 20, cues2): the census of the indirect
gold no claim matches on half A of PolNeAR train ranked the cue lemmas of no lexicon by
construction; a verb whose object was a gold content at least half the time on A (>= 3 gold),
and whose new claims on half B matched gold with the right source at least as often as not,
is listed in ``speech_act_verbs.txt`` (rule ``speech_act_object``). Sentences written for
these tests; the hard negatives use the same words in a sense that reports nothing (a noun, an
adjective), which must stay no claim."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Okafor forwarded the memo to reporters on Monday.", "the memo", "Okafor"),
        ("Many farmers hate the new water tax.", "the new water tax", "Many farmers"),
        ("The new law would prohibit councils from selling the parks.",
         "councils from selling the parks", "The new law"),
        ("The judge pronounced the contract void.", "the contract void", "The judge"),
    ],
)  # fmt: skip
def test_object_of_a_newly_listed_verb_is_its_subjects_claim(
    extractor: quotes.Extractor, text: str, quote: str, speaker: str
) -> None:
    found = claim_rows(extractor, text)
    assert any(row[0] == quote and row[1] == speaker for row in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The rally turned ugly when the crowd began shouting hate speech at the police.",
        "Her speech had a pronounced Welsh accent.",
        "The forward position suits him.",
    ],
)
def test_the_same_words_reporting_nothing_make_no_claim(
    extractor: quotes.Extractor, text: str
) -> None:
    assert claim_rows(extractor, text) == []

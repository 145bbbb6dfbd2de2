"""Nominal cues of session 18 (issue 14, indirect recall; docs/guide.md "Indirect claims
(session 18)", the indirect4 rows). Sentences written for these tests, each rule with a hard
negative that must give no such claim."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes


def _by_rule(extractor: quotes.Extractor, text: str, rule: str) -> list[tuple[str, str]]:
    return [(q, s) for q, s, r, _ in claim_rows(extractor, text) if r == rule]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The report included an admission from Ms. Okafor that the ferry had been late.",
            "that the ferry had been late",
            "Ms. Okafor",
        ),
        (
            "There was an admission from the council that the ferry had been late.",
            "that the ferry had been late",
            "the council",
        ),
    ],
)
def test_cue_noun_from_phrase_is_the_source(
    extractor: quotes.Extractor, text: str, quote: str, speaker: str
) -> None:
    found = _by_rule(extractor, text, "noun_complement")
    assert found == [(quote, speaker)], claim_rows(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause ("that" its subject) on a cue noun is no content
        "The clerk filed the report from the dockers that described the cranes.",
        # no cue noun: a claim form, a call
        "The clerk lost the claim form from the insurer that the dockers had signed.",
        "A call from the mayor that night changed the plan.",
    ],
)
def test_cue_noun_from_phrase_hard_negatives(extractor: quotes.Extractor, text: str) -> None:
    assert _by_rule(extractor, text, "noun_complement") == [], claim_rows(extractor, text)

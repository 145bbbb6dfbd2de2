"""Wire copy (Reuters/AP style), written for these tests: datelines, anonymous sources and
their requests for anonymity, which are no claims."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "A ministry source, who asked not to be named, said the veto had been expected.",
            "the veto had been expected",
        ),
        (
            "Two officials, who requested anonymity to discuss private talks, said the deal "
            "was close.",
            "the deal was close",
        ),
        (
            "The aide, speaking on condition of anonymity to describe internal deliberations, "
            "said Lee would not run.",
            "Lee would not run",
        ),
    ],
)
def test_a_request_for_anonymity_is_no_claim(extractor, text: str, claim: str):
    claims = extractor.extract(text)
    assert list(claims["quote"]) == [claim]
    assert set(claims["act"]) == {"statement"}


def test_being_asked_to_do_something_else_is_still_a_question(extractor):
    """Only the anonymity formula goes: "was asked to name ..." stays a question."""
    claims = extractor.extract("Ms. Park was asked to name one bill she had opposed.")
    assert list(claims["act"]) == ["question"]


def test_a_dateline_is_not_part_of_the_claim(extractor):
    text = (
        "BRASILIA, May 3 (Reuters) - The central bank will hold rates steady, two people "
        "familiar with the matter said on Wednesday."
    )
    claims = extractor.extract(text)
    assert list(claims["quote"]) == ["The central bank will hold rates steady"]
    assert claims["speaker"].iloc[0] == "two people familiar with the matter"

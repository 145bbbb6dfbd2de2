"""The ``act`` of a claim for embedded questions (issue 14): "questioned whether", "wanted to
know why" ask; the same verbs with a plain object or a "that" clause do not.

Sentences written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import pytest

import quotes


def _act_of(extractor: quotes.Extractor, text: str, cue: str) -> str:
    df = extractor.extract(text)
    rows = df[df.cue == cue]
    assert len(rows) == 1, df[["quote", "cue", "act"]]
    return str(rows.iloc[0].act)


@pytest.mark.parametrize(
    ("text", "cue", "act"),
    [
        (
            "Critics have questioned whether the figures apply to older drivers.",
            "questioned",
            "question",
        ),
        ("Lawmakers wanted to know whether the agency had been warned.", "wanted", "question"),
        ("The senator demanded to know why the report was delayed.", "demanded", "question"),
        # hard negatives: no embedded question
        ("She questioned the timing of the announcement.", "questioned", "statement"),
        ("Voters want to know that their savings are safe.", "want", "intention"),
        ("He wanted to know the truth about the deal.", "wanted", "intention"),
    ],
)
def test_an_embedded_question_asks(
    extractor: quotes.Extractor, text: str, cue: str, act: str
) -> None:
    assert _act_of(extractor, text, cue) == act


@pytest.mark.parametrize(
    ("text", "cue", "act"),
    [
        ("Lee did not say whether the harbour plan would go ahead.", "not say", "refusal"),
        ("Lee would not confirm that the harbour plan was dead.", "not confirm", "refusal"),
        ("A spokesman would neither confirm nor deny the report.", "deny", "refusal"),
        ("Officials have not disclosed how many people were hurt.", "not disclosed", "refusal"),
        # hard negatives: a negated saying or denial asserts something about what was said
        ("Lee never said that the harbour plan was dead.", "never said", "statement"),
        ("Lee did not deny the report.", "not deny", "statement"),
        ("Lee confirmed that the harbour plan was dead.", "confirmed", "finding"),
    ],
)
def test_a_withheld_answer_is_a_refusal(
    extractor: quotes.Extractor, text: str, cue: str, act: str
) -> None:
    """ "did not say whether", "would not confirm", "would neither confirm nor deny": the
    source withholds an answer and asserts nothing to check, like "declined to comment"."""
    assert _act_of(extractor, text, cue) == act

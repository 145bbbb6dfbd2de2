"""Epithets for a person named before (issue 13): "The Dutchman said", "the Scot added",
"The 58-year-old told the court". Sports, court and wire copy use a demonym or an age instead
of repeating a name; the NER often tags the demonym as an organisation or a person of its own.

Sentences written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import pytest

import quotes


def _speaker_of(extractor: quotes.Extractor, text: str, cue: str) -> tuple[str, str]:
    df = extractor.extract(text)
    rows = df[df.cue == cue]
    assert len(rows) == 1, df[["quote", "cue", "speaker"]]
    row = rows.iloc[0]
    return row.speaker, row.speaker_mention


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Marco van Basten scored twice on Sunday. The Dutchman said the title race was "
            "far from over.",
            "Marco van Basten",
            "The Dutchman",
        ),
        (
            "Andy Murray retired after the match. The Scot said he had no regrets.",
            "Andy Murray",
            "The Scot",
        ),
        (
            "Graham Pike denies fraud. The 58-year-old said he had repaid the money.",
            "Graham Pike",
            "The 58-year-old",
        ),
    ],
)
def test_an_epithet_is_the_person_named_before(
    extractor: quotes.Extractor, text: str, speaker: str, mention: str
) -> None:
    assert _speaker_of(extractor, text, "said") == (speaker, mention)


def test_a_gendered_demonym_skips_the_person_of_the_other_gender(
    extractor: quotes.Extractor,
) -> None:
    """Hard negative: the last person named is a woman, so "the Welshman" is the man."""
    text = "Tom Price met Sarah Jones in Cardiff. The Welshman said the talks went well."
    assert _speaker_of(extractor, text, "said")[0] == "Tom Price"


def test_a_plural_demonym_is_a_group_not_a_person(extractor: quotes.Extractor) -> None:
    """Hard negative: "The Americans" are a group, not the American named before."""
    text = "Serena Williams lost the final. The Americans said the schedule was unfair."
    speaker, _ = _speaker_of(extractor, text, "said")
    assert speaker != "Serena Williams"


def test_an_age_before_a_noun_is_that_noun_phrase(extractor: quotes.Extractor) -> None:
    """Hard negative: "the 58-year-old lawyer" is a description headed by its noun, kept whole."""
    text = "The 58-year-old lawyer said the case was weak."
    speaker, mention = _speaker_of(extractor, text, "said")
    assert mention == "The 58-year-old lawyer"

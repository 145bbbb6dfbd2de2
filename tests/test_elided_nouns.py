"""A speaker described by an article and a lone ordinal or adjective ("A third said ...",
"The latter added ..."): the noun is elided, and the article stays in the speaker's words, as
"third" alone names no one. Sentences written for these tests; each runs the real pipeline.
"""

from __future__ import annotations

import pytest

import quotes


@pytest.mark.parametrize(
    ("mention", "speaker"),
    [("A third", "A third"), ("The latter", "The latter"), ("The other", "The other")],
)
def test_an_article_before_an_elided_noun_stays(
    extractor: quotes.Extractor, mention, speaker
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Residents gathered outside the town hall on Friday. "
        f"{mention} said the bridge had been closed for a month."
    )
    (row,) = extractor.extract(text).itertuples()
    assert row.speaker_mention == mention
    assert row.speaker == speaker


def test_an_article_before_a_noun_still_goes(extractor: quotes.Extractor) -> None:
    """Hard negative: with its noun, the description is the noun ("The spokesman" ->
    "spokesman"), as before."""
    text = "Residents gathered on Friday. The spokesman said the bridge had been closed."
    (row,) = extractor.extract(text).itertuples()
    assert row.speaker == "spokesman"

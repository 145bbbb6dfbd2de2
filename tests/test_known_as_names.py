"""A name given by "known as" in an apposition to a speaker is no claim (session 18,
datelines2; docs/guide.md). Sentences written for these tests."""

from __future__ import annotations

import quotes


def _rows(extractor: quotes.Extractor, text: str) -> list[tuple[str, object]]:
    df = extractor.extract(text)
    return [(row.quote, row.speaker) for row in df.itertuples()]


def test_a_speakers_other_name_is_no_claim(extractor: quotes.Extractor) -> None:
    rows = _rows(
        extractor, "Joko Widodo, known as Jokowi, said the new capital would be built on time."
    )
    assert not any("Jokowi" in quote for quote, _ in rows)
    assert ("the new capital would be built on time", "Joko Widodo") in rows


def test_known_as_of_a_reputation_stays_a_claim(extractor: quotes.Extractor) -> None:
    """Hard negative: what the rule was built for, how someone is seen."""
    rows = _rows(
        extractor, "Lee is known as a tough negotiator, and she said the talks would go on."
    )
    assert any("tough negotiator" in quote for quote, _ in rows)


def test_known_as_of_a_thing_stays_a_claim(extractor: quotes.Extractor) -> None:
    """Hard negative: an apposition on what no one speaks ("the levy, known as X, ...")."""
    rows = _rows(extractor, "The ferry levy, known as the island tax, was doubled last year.")
    assert any("island tax" in quote for quote, _ in rows)

"""A person named after an outlet's possessive is the person, the outlet his employer, when the
NER runs both into one ORG ("ABC News’ Bret Lund") and the parser makes both subjects (session
18, types2; docs/speakers.md). Sentences written for these tests."""

from __future__ import annotations

import quotes

TEXT = (
    "ABC News’ Bret Lund argued that the debate rules were unfair. He said the moderators had "
    "lost control."
)


def _speakers(extractor: quotes.Extractor, text: str) -> dict[str, str]:
    df = extractor.extract(text)
    return {row.quote: row.speaker for row in df.itertuples()}


def test_person_after_an_outlet_s_possessive_speaks(extractor: quotes.Extractor) -> None:
    found = _speakers(extractor, TEXT)
    assert found.get("that the debate rules were unfair") == "Bret Lund"


def test_he_after_an_outlet_s_journalist_is_the_journalist(extractor: quotes.Extractor) -> None:
    found = _speakers(extractor, TEXT)
    assert found.get("the moderators had lost control") == "Bret Lund"


def test_a_programme_after_an_outlet_s_possessive_is_no_person(
    extractor: quotes.Extractor,
) -> None:
    """Hard negative: a programme's name opens with no first name; it stays the outlet's."""
    text = "ABC News’ World Report said the rally ran long."
    df = extractor.extract(text)
    assert "PERSON" not in set(df.speaker_type.dropna())

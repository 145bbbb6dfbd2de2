"""A person named by a first name alone has that name's gender (quotes.speakers.registry.
mononym_gender): "Anna shrugged. ... He laughed." is not Anna.

Sentences written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import quotes

_TEXT = "Anna shrugged. 'Anywhere but here.'\n\n{} laughed. 'That narrows it down.'"


def _speakers(extractor: quotes.Extractor, text: str) -> list[object]:
    return list(extractor.extract(text)["speaker"])


def test_a_pronoun_of_the_name_s_gender_goes_to_her(extractor: quotes.Extractor) -> None:
    assert _speakers(extractor, _TEXT.format("She")) == ["Anna", "Anna"]


def test_a_pronoun_of_the_other_gender_is_not_guessed(extractor: quotes.Extractor) -> None:
    speakers = [str(s) for s in _speakers(extractor, _TEXT.format("He"))]
    assert speakers == ["Anna", "<NA>"]

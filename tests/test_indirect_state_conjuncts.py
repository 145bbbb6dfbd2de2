"""A belief or a wish conjoined inside a reported clause stays in its content (issue 14,
session 20, ``state_conjuncts.txt``, ``reported._state_of_the_clause``); a verb of saying or a
speech act joined there is the reporter's next act. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Ms. Okafor said she was tired of the delays and wanted a new ferry plan.",
         "she was tired of the delays and wanted a new ferry plan"),
        ("Lee said he had been impressed by the council and liked the way it handled the flood.",
         "he had been impressed by the council and liked the way it handled the flood"),
    ],
)  # fmt: skip
def test_a_conjoined_belief_or_wish_stays_in_the_clause(
    extractor: quotes.Extractor, text: str, quote: str
) -> None:
    found = claim_rows(extractor, text)
    assert [row[0] for row in found] == [quote], found


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a verb of saying: the reporter's next act, a claim of its own
        ("Ruiz said the talks had failed and warned that the port would close.",
         "the talks had failed", "that the port would close"),
        # a stance done in words is no state of the clause's subject
        ("Ms. Khan said the mayor was wrong and criticized him for the long delays.",
         "the mayor was wrong", "him for the long delays"),
    ],
)  # fmt: skip
def test_a_conjoined_speech_act_is_the_reporters_next_claim(
    extractor: quotes.Extractor, text: str, first: str, second: str
) -> None:
    found = [row[0] for row in claim_rows(extractor, text)]
    assert first in found and second in found, found

"""Issue 13, he/she to the right person (session 21, pronouns5): the gender a person's
pronouns show. A first name that shows no gender ("Casey", "Jordan") leaves a person's gender
to the pronouns after the name in sentences that name only that person
(:func:`quotes.speakers.registry.add_pronoun_votes`); a pronoun inside a quotation speaks of
someone the quoted speaker talks about, so it casts no vote.

Sentences written for these tests, each rule with a hard negative.
"""

from __future__ import annotations

import pytest
from claim_rows import speaker_of

from quotes.speakers.registry import build_registry


@pytest.fixture(scope="module")
def extract(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract


def _gender(extractor, text: str, surname: str) -> str:  # type: ignore[no-untyped-def]
    reg = build_registry(extractor.backend.parse(text))
    return next(e.gender for e in reg.entities if e.type == "PERSON" and surname in e.name)


ASKED = (
    "Casey Marsh ran the animal shelter on Dock Road for a decade. Marsh was asked on Monday, "
    "“If you had known she was ill, would you have told her to stay home?” "
)


def test_a_quoted_pronoun_casts_no_gender_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    # before: "f", from the quoted "she" and "her" (someone Marsh is asked about)
    assert _gender(extractor, ASKED, "Marsh") == ""


def test_the_man_asked_about_a_woman_answers(extract) -> None:  # type: ignore[no-untyped-def]
    # before: no speaker (Marsh taken for a woman, so "He" found nobody)
    text = ASKED + "He answered, “I never knew, and nobody told me.”"
    assert speaker_of(extract(text), "I never knew") == "Casey Marsh"


def test_a_pronoun_outside_a_quotation_still_votes(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the writer's own "her" after the one name of its sentence
    text = "Jordan Pell said her shelter had taken in forty dogs, “more than ever before.” "
    assert _gender(extractor, text, "Pell") == "f"


def test_a_quoted_pronoun_of_the_person_a_quotation_speaks_of_votes(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Brody is the subject of the quoted words, not the narrative's speaker
    text = (
        "The union's leader spoke to reporters on Monday. She said Brody “has done nothing "
        "beyond furthering his own career.”"
    )
    assert _gender(extractor, text, "Brody") == "m"

"""Issue 13, he/she/his to the one who speaks, not the man named in between (session 22,
pronouns7).

Two rules (docs/speakers.md, "Rules of session 22: pronouns7"):

- the speaker of a quotation that speaks of "him" / "her" is not the person that quoted
  pronoun stands for, though that person holds a claim of their own just before ("forcing
  Carl Dunn to drop his opposition ...": a stance):
  :meth:`quotes.speakers.rules.pronouns.PronounRules._talked_of_in_quotation`;
- a his/her owning a claim's noun in a phrase that opens its sentence refers forward to the
  main clause's subject, past a man named inside the phrase:
  :meth:`quotes.speakers.rules.pronouns.PronounRules._preposed_owner`.

Sentences written for these tests, each rule with hard negatives.
"""

from __future__ import annotations

import pytest
from claim_rows import speaker_of


@pytest.fixture(scope="module")
def extract(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract


WARD = (
    "Senator Tom Ward has spent three years on the gun bill. “This is the fight of my life,” "
    "he told me. “Nobody in the party can duck it now.”\n\nSo far the push has won one real "
    "victory: forcing Carl Dunn to drop his opposition to the background checks. "
)


def test_the_man_a_quotation_calls_him_is_not_its_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Carl Dunn (a stance's holder, named last, and the quotation's "him")
    text = WARD + "“Those town halls changed him,” he said."
    assert speaker_of(extract(text), "Those town halls") == "Tom Ward"


def test_a_quotation_about_no_man_leaves_salience(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the quotation speaks of nobody: salience keeps the man named last
    text = WARD + "“Those town halls changed the party,” he said."
    assert speaker_of(extract(text), "Those town halls") == "Carl Dunn"


def test_a_narrative_subject_between_keeps_the_man_talked_of(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Dunn is then the subject of the narrative (pronouns4's guard): he may
    # speak, of someone else
    text = WARD + "Dunn stood up in the hall on Monday. “Those town halls changed him,” he said."
    assert speaker_of(extract(text), "Those town halls") == "Carl Dunn"


TOWN_HALL = (
    "Senator Tom Ward held a town hall in Dayton on Monday. “I will take any question,” Ward "
    "said.\n\n"
)


def test_the_one_asked_answers_not_the_unnamed_asker(extract) -> None:  # type: ignore[no-untyped-def]
    # guard of session 21 (pronouns6, the unnamed subject before): the voter asks, Ward answers
    text = TOWN_HALL + "One voter asked about the new tax. He said the rate would stay where it is."
    assert speaker_of(extract(text), "the rate would stay") == "Tom Ward"

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


REED = "Tom Reed runs the port. “We need the money,” Reed said on Monday.\n\n"


def test_a_preposed_possessive_owner_is_the_subject_after_it(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Reed (quoted just before; salience looked back only)
    text = REED + "Despite his opposition to the harbour tax, Jim Lowe voted for the plan."
    assert speaker_of(extract(text), "the harbour tax") == "Jim Lowe"


def test_a_preposed_possessive_past_a_verb_in_its_phrase(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Reed (a participle in the phrase hid its comma from the word count)
    text = REED + "Despite his opposition to the plan proposed by the board, Jim Lowe voted for it."
    assert speaker_of(extract(text), "the plan proposed") == "Jim Lowe"


def test_a_subject_inside_a_relative_clause_is_not_the_owner(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Jim Lowe is the subject of a clause on the noun, not of the main clause
    text = REED + "Despite his opposition to the harbour tax, which Jim Lowe backed, the plan won."
    assert speaker_of(extract(text), "the harbour tax") == "Tom Reed"


def test_a_man_named_before_the_possessive_may_own_it(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Tom Reed is named in the phrase before "his": no cataphora
    text = (
        "Ann Cole runs the port. “We need the money,” Cole said on Monday.\n\nSoon after a "
        "quarrel with Tom Reed over his criticism of the mayor, Jim Lowe said the feud was over."
    )
    assert speaker_of(extract(text), "the mayor") == "Tom Reed"


TOWN_HALL = (
    "Senator Tom Ward held a town hall in Dayton on Monday. “I will take any question,” Ward "
    "said.\n\n"
)


def test_the_one_asked_answers_not_the_unnamed_asker(extract) -> None:  # type: ignore[no-untyped-def]
    # guard of session 21 (pronouns6, the unnamed subject before): the voter asks, Ward answers
    text = TOWN_HALL + "One voter asked about the new tax. He said the rate would stay where it is."
    assert speaker_of(extract(text), "the rate would stay") == "Tom Ward"


PRAISE = "Tom Reed praised Jim Lowe at the dinner on Friday. "


def test_the_man_praised_is_talked_of_not_speaking(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative of the class: the man named in between is the object, talked of
    text = PRAISE + "Lowe, he said, had saved the port."
    assert speaker_of(extract(text), "had saved the port") == "Tom Reed"


def test_the_man_named_in_between_who_speaks_goes_on(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the man named in between then speaks, and "He" goes on with him
    text = PRAISE + "Lowe said the port was saved. He added that the money was gone."
    assert speaker_of(extract(text), "the money was gone") == "Jim Lowe"


def test_a_speaker_introduced_in_the_content_before_he_said(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Ward (named only as the object of "electing", talked of)
    text = (
        "Some voters are so opposed to electing Tom Ward that they back his rival. Former Rep. "
        "Carl Dunn (R-Ohio) was for Jim Lowe while the governor was in the race, he said on "
        "Wednesday."
    )
    assert speaker_of(extract(text), "was for Jim Lowe") == "Carl Dunn"


def test_a_narrative_subject_before_keeps_the_content_subject_out(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Ward is the subject of the sentence before: he speaks of Dunn
    text = (
        "Tom Ward spoke to the union on Monday. Former Rep. Carl Dunn is unfit to serve, he said."
    )
    assert speaker_of(extract(text), "is unfit to serve") == "Tom Ward"


def test_a_speaker_quoted_before_keeps_the_content_subject_out(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Ward was a claim's source just before
    text = "“We will win,” Tom Ward said on Monday. Rep. Carl Dunn is unfit to serve, he said."
    assert speaker_of(extract(text), "is unfit to serve") == "Tom Ward"

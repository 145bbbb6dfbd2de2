"""Issue 13, a person description to the right person (session 22, descriptions8).

A definite description that is a subject earns the parallel-subject points for the subject of
the sentence before (:meth:`quotes.speakers.rules.roles.RoleRules.parallel_subjects`); a
subject inside an adverbial or relative clause of that sentence ("as Rovers beat Town") no
longer counts when its main clause has a subject of its own (Kameyama 1998: the main clause's
subject outranks a subordinate clause's; docs/speakers.md, "Rules of session 22:
descriptions8").

Sentences written for these tests, with hard negatives.
"""

from __future__ import annotations

import pytest
from claim_rows import speaker_of


@pytest.fixture(scope="module")
def extract(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract


def test_an_epithet_is_the_main_subject_not_the_clause_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Rovers (tagged a person, subject of the "as" clause, named last)
    text = (
        "Jordan Hale came off the bench to score twice as Rovers beat Town 2-1.\n\n"
        "The striker said he had not played since October."
    )
    assert speaker_of(extract(text), "not played since October") == "Jordan Hale"


def test_a_title_is_the_main_subject_not_the_clause_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Baker (subject of the "while" clause)
    text = (
        "Anna Reyes signed the order while Tom Baker watched from the gallery.\n\n"
        "The governor said the law would help farmers."
    )
    assert speaker_of(extract(text), "help farmers") == "Anna Reyes"


def test_an_epithet_after_a_preposed_clause_is_the_main_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Peter Lang (subject of the "as" clause)
    text = (
        "Maria Costa won the seat easily as Peter Lang conceded early.\n\n"
        "The lawyer said she would start work on Monday."
    )
    assert speaker_of(extract(text), "start work on Monday") == "Maria Costa"


def test_the_clause_subject_named_by_the_noun_keeps_it(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the clause's subject is "a veteran" by apposition: the noun decides
    text = (
        "Ann Lee signed the bill as Jim Jones, a veteran of the navy, watched.\n\n"
        "The veteran said the bill was overdue."
    )
    assert speaker_of(extract(text), "the bill was overdue") == "Jim Jones"


def test_two_main_clause_subjects_are_left_to_salience(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: no subordinate clause; both subjects of the main clauses keep the
    # parallel points, and the one named last wins as before
    text = (
        "Anna Reyes signed the order and Tom Baker watched from the gallery.\n\n"
        "The governor said the law would help farmers."
    )
    assert speaker_of(extract(text), "help farmers") == "Tom Baker"


WARD = (
    "Senator Tom Ward met the press on Monday. Ward said that the burden was on Carl Dunn to "
    'show he could lead. "We need to unite," he said.\n\n'
)


def test_a_party_member_continues_the_topic_before(extract) -> None:  # type: ignore[no-untyped-def]
    # before: the phrase "Ohio Republican" (two people named, nobody's party given)
    text = WARD + "The Ohio Republican did give Dunn some credit, saying he had run a strong race."
    assert speaker_of(extract(text), "he had run a strong race") == "Tom Ward"


def test_a_party_member_after_a_new_topic_is_that_topic(extract) -> None:  # type: ignore[no-untyped-def]
    # before: the phrase; the sentence before makes Dunn its subject
    text = (
        "Senator Tom Ward met the press on Monday. Ward said that the burden was on Carl Dunn "
        "to show he could lead. Dunn spoke later in the day.\n\n"
        "The Ohio Republican said he had run a strong race."
    )
    assert speaker_of(extract(text), "he had run a strong race") == "Carl Dunn"


def test_a_party_member_after_a_candidate_in_its_sentence_stays_the_phrase(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Dunn is named before it in its own sentence: no topic continued
    text = WARD + "After a call with Dunn, the Ohio Republican said the race was over."
    assert speaker_of(extract(text), "the race was over") == "Ohio Republican"

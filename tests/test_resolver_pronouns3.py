"""Issue 13, pronouns to the right person (session 19, pronouns3): a he/she subject after an
adverbial clause of asking ("When asked by the judge whether ..., he said") is the one asked,
never the asker (:meth:`PronounRules._askers`); and a name inside what the sentence's topic
said ranks below that topic for the next he/she (:meth:`PronounRules._in_content`); "question"
or "press" with a thing as object asks nobody (:meth:`PronounRules._asks`); after a main
subject that is no person, he/she continues the person its verb reports on
(:meth:`PronounRules._reported_person`).

Sentences written for these tests, each with hard negatives.
"""

from __future__ import annotations

import pytest
from claim_rows import speaker_of


@pytest.fixture(scope="module")
def extract(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract


COURT = "Tom Reyes stood before Judge Carl Hart on Monday. "


def test_asked_by_the_judge_he_answers(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Carl Hart, the judge who asked, by salience
    df = extract(COURT + "When asked by the judge whether he had any questions, he said no.")
    assert speaker_of(df, "had any questions") == "Carl Hart"
    assert speaker_of(df, "no") == "Tom Reyes"


def test_asked_by_name_he_answers(extract) -> None:  # type: ignore[no-untyped-def]
    df = extract(COURT + "Asked by Hart whether he understood the charges, he said he did.")
    assert speaker_of(df, "he did") == "Tom Reyes"


def test_active_asker_without_object_does_not_answer(extract) -> None:  # type: ignore[no-untyped-def]
    df = extract(COURT + "When Hart asked whether he understood, he said he did.")
    assert speaker_of(df, "he did") == "Tom Reyes"


def test_asker_with_a_named_object_is_left_to_salience(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the one asked is named ("asked Reyes"), so the asker may speak next
    text = (
        COURT + "After Hart asked Reyes whether he understood the charges, he said the trial "
        "would start in May."
    )
    assert speaker_of(extract(text), "the trial would start") == "Carl Hart"


def test_a_clause_that_does_not_ask_keeps_its_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "When Hart returned" asks nothing; salience keeps the judge
    text = COURT + "When Hart returned from the recess, he said the trial would start in May."
    assert speaker_of(extract(text), "the trial would start") == "Carl Hart"


RACE = (
    "Mayor Tom Brandt wants a new stadium. Carl Ostrow, an adviser to the mayor's rivals, "
    "has watched the race for months.\n\n“We will build it,” Brandt said on Monday.\n\n"
)


def test_a_name_inside_what_the_topic_said_ranks_below_it(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Brandt, the subject of a clause describing a noun, inside what Ostrow said
    text = (
        RACE + "Ostrow said the delay helped Ms. Vance, who does not need to raise money to "
        "the extent that Brandt did last year.\n\n“She has nothing to fear,” he said."
    )
    assert speaker_of(extract(text), "nothing to fear") == "Carl Ostrow"


def test_a_name_in_a_clause_of_the_main_clause_still_stands_between(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: no clause of saying; Brandt, acting in the relative clause, stands
    # between and salience decides as before
    text = (
        RACE + "Ostrow met Ms. Vance, who does not need to raise money to the extent that "
        "Brandt did last year.\n\n“She has nothing to fear,” he said."
    )
    assert speaker_of(extract(text), "nothing to fear") == "Tom Brandt"


HALL = "Mayor Tom Brandt wants a new stadium. “We will build it,” Brandt said on Monday.\n\n"


def test_questioning_a_thing_keeps_the_topic(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Brandt; "questioned the cost" disputes a thing, nobody asked answers
    text = (
        HALL + "Later that day, Councilman Carl Ostrow questioned the cost of Mr. Brandt's "
        "plan. He called the plan “a fantasy” in a speech to the council."
    )
    assert speaker_of(extract(text), "a fantasy") == "Carl Ostrow"


def test_questioning_a_person_still_asks(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the one questioned may answer; the asker is no topic, as before
    text = (
        HALL + "Later that day, Councilman Carl Ostrow questioned Mr. Brandt about the "
        "figures. He called the plan “a fantasy” in a speech to the council."
    )
    assert speaker_of(extract(text), "a fantasy") == "Tom Brandt"


PORT = "The port authority announced Paul Lund was stepping down. "


def test_he_after_a_thing_that_reports_is_the_person_reported(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Brandt, the last man quoted, by salience
    text = HALL + PORT + "He said the port needed a younger director."
    assert speaker_of(extract(text), "younger director") == "Paul Lund"


def test_the_person_reported_goes_on_through_a_he_of_the_narrative(extract) -> None:  # type: ignore[no-untyped-def]
    text = HALL + PORT + "He was briefly ill last year. He said the port needed a younger director."
    assert speaker_of(extract(text), "younger director") == "Paul Lund"


def test_a_person_who_reports_stays_the_topic(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the main subject is a person, who stays the topic
    text = (
        HALL + "Brandt announced Paul Lund was stepping down. He said the port needed a new head."
    )
    assert speaker_of(extract(text), "needed a new head") == "Tom Brandt"

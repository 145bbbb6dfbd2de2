"""Issue 13, a description or a possessor is an antecedent too (session 21, pronouns6).

A he/she that is its sentence's main subject, or a his/her owning that subject, goes to the
one person the narrative sentence just before names, when that person is named there only
as a possessor and that sentence's subject is no one the pronoun could mean
(:meth:`quotes.speakers.rules.pronouns.PronounRules._possessor_before`): recency (Lappin &
Leass 1994) and Hobbs's (1978) search of the sentence before, not a speaker quoted
paragraphs back.

Sentences written for these tests, each rule with a hard negative.
"""

from __future__ import annotations

import pytest
from claim_rows import speaker_of


@pytest.fixture(scope="module")
def extract(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract


COACH = "Coach Dan Mercer said his players had earned the win. “We were patient,” Mercer said.\n\n"


def test_his_after_a_possessor_of_the_sentence_before(extract) -> None:  # type: ignore[no-untyped-def]
    # before: "Dan Mercer's mother" (the coach quoted a paragraph before)
    text = (
        COACH + "The whole stadium rose for Tom Brennan's second goal. His mother, watching "
        "from the stand, said: “I cried all the way through.”"
    )
    assert speaker_of(extract(text), "I cried") == "Tom Brennan's mother"


def test_he_after_a_possessor_of_the_sentence_before(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Paul Okafor (quoted just before), not the judge whose ruling is named
    text = (
        "“The bill is badly drafted,” said Paul Okafor of the city law school. “It will not "
        "survive a court.”\n\nThat might surprise anyone who read Judge Ian Reyes's ruling in "
        "March. He called the old law “a mess” and said it had to go."
    )
    assert speaker_of(extract(text), "it had to go") == "Ian Reyes"


def test_his_office_after_a_possessor_when_the_subject_is_plural(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Wick (quoted just before); "Democrats" can be no "his"
    text = (
        "Senators argued over the plan on Tuesday. “It costs too much,” said Senator Tom Wick."
        "\n\nDemocrats tied the vote to the budget and, in Sen. Carl Dunn's case, to the tax "
        "cut. His office put out a statement calling the plan “reckless.”"
    )
    assert speaker_of(extract(text), "reckless") == "Carl Dunn"


def test_two_possessors_leave_salience(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: two men named as possessors, no sure one: salience keeps the coach
    text = (
        COACH + "The whole stadium rose for Tom Brennan's second goal and Sam Lowe's tackle. "
        "His mother, watching from the stand, said: “I cried all the way through.”"
    )
    assert speaker_of(extract(text), "I cried") == "Dan Mercer's mother"


def test_a_person_subject_before_keeps_the_pronoun(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the sentence before has a person as its subject, a description ("The
    # coach"), not only a possessor: Hobbs finds the subject before the possessor in its object
    text = (
        COACH + "The coach watched Tom Brennan's warm-up from the touchline. His wife, who had "
        "driven him to the ground, said: “He talked about nothing else all week.”"
    )
    assert speaker_of(extract(text), "He talked about") == "Dan Mercer's wife"


WALSH = (
    "Peter Walsh, the opposition leader, said the vote would be close. “We are ready,” Walsh "
    "said.\n\n"
)


def test_his_after_an_unnamed_office_in_its_own_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    # before: "Peter Walsh's spokesman" (the man quoted before; the Prime Minister is no entity)
    text = WALSH + "Asked if the Prime Minister would resign if he lost, his spokesman said: “No.”"
    assert speaker_of(extract(text), "No.") == "Prime Minister's spokesman"


def test_he_after_an_unnamed_office_in_the_sentence_before(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Peter Walsh
    text = WALSH + "The chief constable arrived at noon. He said the march would go ahead."
    assert speaker_of(extract(text), "the march would go ahead") == "chief constable"


def test_an_office_of_the_other_gender_is_no_antecedent(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "the first lady" cannot be "he"
    text = WALSH + "The first lady arrived at noon. He said the march would go ahead."
    assert speaker_of(extract(text), "the march would go ahead") == "Peter Walsh"


def test_a_man_named_beside_the_office_leaves_salience(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the sentence before names a man too: salience decides, not the office
    text = WALSH + "The chief constable met Walsh at noon. He said the march would go ahead."
    assert speaker_of(extract(text), "the march would go ahead") == "Peter Walsh"


def test_an_office_that_speaks_of_another_man_is_not_him(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "him" after the subject is someone else (binding), so "he" may be him
    text = WALSH + "The chief constable drove him to the station. He said the march would go ahead."
    assert speaker_of(extract(text), "the march would go ahead") == "Peter Walsh"


MANAGER = (
    "Rovers manager Dan Mercer said the win was deserved. “We never stopped,” Mercer said.\n\n"
)


def test_an_epithet_after_the_one_person_named_just_before(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Dan Mercer ("The striker" went to the most salient man, the manager)
    text = (
        MANAGER + "City were beaten by two goals from Tom Brennan. The striker, 19, had not "
        "played since October. “I just wanted to get on the ball,” he said."
    )
    assert speaker_of(extract(text), "get on the ball") == "Tom Brennan"


def test_an_epithet_after_two_people_named_leaves_salience(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: two scorers named just before: no sure one
    text = (
        MANAGER + "City were beaten by two goals from Tom Brennan and one from Sam Lowe. The "
        "striker had not played since October. “I just wanted to get on the ball,” he said."
    )
    assert speaker_of(extract(text), "get on the ball") == "Dan Mercer"


def test_an_epithet_after_a_sentence_about_someone_else(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the sentence before is about a man it calls "he" and names another
    text = (
        "Tom Hale, a shipping magnate, gave $2 million to the campaign. “It was money well "
        "spent,” Hale said.\n\nWhile the magnate would not say more, he said he found Dan "
        "Mercer “very sharp.” “He listens,” the tycoon said on Friday."
    )
    assert speaker_of(extract(text), "He listens") == "Tom Hale"


DONORS = "Many donors stayed home this year, thanks to Tom Reed. "


def test_one_delegate_goes_on_as_an_indefinite(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Reed ("One" is a number to the parser, and "delegate" was no person noun)
    text = (
        DONORS + "One Ohio delegate said he tried to give away passes to the hall to old "
        "friends. He was unable to find a single taker, he said, on condition of anonymity."
    )
    assert speaker_of(extract(text), "a single taker") == "One Ohio delegate"


def test_a_man_named_after_one_delegate_takes_the_pronoun(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a man named between the description and the pronoun may be "he"
    text = (
        DONORS + "One Ohio delegate said he tried to give away passes to the hall. Tom Reed "
        "was not surprised. He was unable to find a single taker, he said on Monday."
    )
    assert speaker_of(extract(text), "a single taker") == "Tom Reed"


def test_an_unnamed_asker_is_not_who_answers(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Ruth Abara met the press on Friday. A reporter asked whether the library would "
        'close. "It will stay open," she said.'
    )
    df = extract(text)
    assert str(df.iloc[-1]["speaker"]) == "Ruth Abara"

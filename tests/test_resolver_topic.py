"""Issue 13, salience that knows who the text is about: a he/she subject continues the
person who was the main subject of the narrative sentence before (a name, a pronoun, or a
title such as "the mayor"), over a speaker quoted a paragraph before (rule ``topic``).

Sentences written for these tests, each class with a hard negative. Each test runs the
whole pipeline, so the earlier claims' sources count for salience as they do in a text.
"""

from __future__ import annotations

import pytest
from claim_rows import rule_of, speaker_of

import quotes


@pytest.fixture(scope="module")
def extract(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract


TITLE = (
    "Mayor Tom Reed opened the new library in Elmbridge on Monday.\n\n"
    "Frank Hale, who owns the bookshop across the square, has waited ten years for it. "
    '"It is about time," Hale said. "The children need somewhere warm to read. '
    'The old hall was always cold."\n\n'
    "The mayor has made the river wall the centre of his plans for the year. "
    "He said the wall would cost two million pounds."
)


def test_a_title_subject_is_who_the_next_he_is(extract) -> None:  # type: ignore[no-untyped-def]
    # before: the bookshop owner, the last speaker, whose claims give him source points
    df = extract(TITLE)
    assert speaker_of(df, "the wall would cost") == "Tom Reed"
    assert rule_of(df, "the wall would cost").endswith("+topic")


def test_a_pronoun_right_after_a_quote_stays_with_its_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "..., Hale said. He added" is still Hale
    text = TITLE.replace(
        "The mayor has made the river wall the centre of his plans for the year. ",
        "He added that the library should open on Sundays. ",
    )
    df = extract(text)
    assert speaker_of(df, "the library should open on Sundays") == "Frank Hale"


TWO_WOMEN = (
    "Senator Ann Lee spoke at the school in Carrow on Friday.\n\n"
    "Her rival for the nomination, Mary Fox, sat in the second row. "
    '"She has had twelve years," Fox said afterwards. "That is enough for anyone."\n\n'
    "Fox has promised to serve no more than two terms. She said the town needed new ideas."
)


def test_two_women_the_subject_before_is_the_one_who_speaks(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the senator is the profile's subject, but the sentence before is Fox's
    df = extract(TWO_WOMEN)
    assert speaker_of(df, "the town needed new ideas") == "Mary Fox"


def test_two_women_the_senator_as_subject_before_takes_she(extract) -> None:  # type: ignore[no-untyped-def]
    text = TWO_WOMEN.replace(
        "Fox has promised to serve no more than two terms.",
        "The senator has spent the week visiting schools.",
    )
    df = extract(text)
    assert speaker_of(df, "the town needed new ideas") == "Ann Lee"


def test_an_interviewee_who_speaks_for_paragraphs_keeps_he(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the second man speaks for several paragraphs; "he" is him, not the mayor
    text = (
        "Mayor Tom Reed visited the harbour on Monday with Joe Park, the harbour master.\n\n"
        'Park has run the harbour for twenty years. "The ships are bigger now," Park said. '
        '"We need deeper water, and we need it soon."\n\n'
        '"Nobody in the capital listens," Park said. "They think a harbour looks after '
        'itself."\n\n'
        "Park walked along the quay. He said the port had asked for money twice."
    )
    df = extract(text)
    assert speaker_of(df, "the port had asked for money twice") == "Joe Park"


def test_nobody_else_named_between_or_salience_decides(extract) -> None:  # type: ignore[no-untyped-def]
    # the rule stands aside when another man is named between the subject and "he"
    text = (
        "Mayor Tom Reed opened the new library in Elmbridge on Monday.\n\n"
        "The mayor had lunch with Frank Hale, who owns the bookshop. "
        "He said the wall would cost two million pounds."
    )
    df = extract(text)
    assert not rule_of(df, "the wall would cost").endswith("+topic")


def test_the_rule_name_has_a_certainty() -> None:
    from quotes.speakers.resolution import CERTAINTY

    assert CERTAINTY["topic"] == CERTAINTY["pronoun"]
    assert quotes.extract  # the public entry point the tests above run through

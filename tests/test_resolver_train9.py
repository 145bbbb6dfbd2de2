"""Speaker resolution of the classes read on referents_train9.tsv (issue 13): a PERSON of the
NER that is common words ("Among Latinos", "Gender Equality") is no antecedent of "he" or
"she".

Sentences written for these tests, each with a hard negative. Each test resolves claims over
a real parse, so it fails when its rule is missing.
"""

from __future__ import annotations

import pytest
from resolving import claim, resolver


@pytest.fixture(scope="module")
def resolve(extractor):  # type: ignore[no-untyped-def]
    return resolver(extractor)


# --- common words the NER typed PERSON are no antecedent of "he" / "she" ---
def test_she_is_not_a_prepositional_phrase_typed_person(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Cole's numbers have slipped since the fall. Among Latinos, her rating is just two "
        "points. Asked about it on Monday, she said that the poll was wrong."
    )
    (c,) = resolve(text, claim(text, "the poll was wrong", "she"))
    assert c.speaker == "Ann Cole"


def test_she_is_not_a_capitalised_theme(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council met on Monday to discuss gender and equality. The theme of the day was "
        "Gender Equality. She said that the plan would pass."
    )
    (c,) = resolve(text, claim(text, "the plan would pass", "She"))
    assert c.speaker is None  # no woman named: unresolved rather than "Gender Equality"


def test_a_person_whose_name_is_ordinary_words_is_kept(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "bill" and "price" are ordinary words here, but "Bill" is a first name
    text = (
        "The council thanked Bill Price for his work on the bill and its price. He said that "
        "the plan would pass."
    )
    (c,) = resolve(text, claim(text, "the plan would pass", "He"))
    assert c.speaker == "Bill Price"


def test_a_titled_name_of_ordinary_words_is_kept(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "early" is an ordinary word here, but "Mr." makes "Early" a person
    text = (
        "The board met early on Monday, and thanked Mr. Early for the plan. He said that the "
        "vote would pass."
    )
    (c,) = resolve(text, claim(text, "the vote would pass", "He"))
    assert c.speaker == "Early"

"""Rules written after reading a sixteenth batch of train sources
(benchmarks/data/referents_train16.tsv). Sentences written for these tests, each rule with a
hard negative (docs/speakers.md, "Rules of session 21: referents16")."""

from __future__ import annotations

import pytest
from resolving import claim, resolver


@pytest.fixture(scope="module")
def resolve(extractor):  # type: ignore[no-untyped-def]
    return resolver(extractor)


# --- a family tie nobody holds is the one other person of the owner's surname ----------------
def test_named_owners_daughter_is_the_other_person_of_his_surname(resolve):
    text = (
        "Clara Whitmore opened the factory gates on Monday. Later the crowd cheered as "
        "Edgar Whitmore arrived. Edgar Whitmore's eldest daughter, 41, said the plant would "
        "hire 300 workers."
    )
    (c,) = resolve(
        text, claim(text, "the plant would hire 300 workers", "Edgar Whitmore's eldest daughter")
    )
    assert c.speaker == "Clara Whitmore"


def test_his_father_is_the_other_man_of_his_surname(resolve):
    text = (
        "Bruno Falk founded the bakery in 1970. His son Lukas Falk now runs it. In an "
        "interview, Lukas Falk said his father had warned that the town was changing."
    )
    (c,) = resolve(text, claim(text, "the town was changing", "his father"))
    assert c.speaker == "Bruno Falk"


def test_daughter_with_two_women_of_the_surname_stays_the_phrase(resolve):
    """Hard negative: two women share the owner's surname; nobody is picked."""
    text = (
        "Clara Whitmore and Nora Whitmore opened the gates on Monday. Edgar Whitmore "
        "arrived later. Edgar Whitmore's daughter said the plant would hire 300 workers."
    )
    (c,) = resolve(text, claim(text, "the plant would hire 300 workers", "Edgar Whitmore's daughter"))
    assert c.speaker not in ("Clara Whitmore", "Nora Whitmore", "Edgar Whitmore")


def test_wife_is_not_the_man_of_the_surname(resolve):
    """Hard negative: the only other Whitmore is a man; "wife" is a woman's tie."""
    text = (
        "Paul Whitmore spoke first. Edgar Whitmore arrived later. Edgar Whitmore's wife said "
        "the plant would hire 300 workers."
    )
    (c,) = resolve(text, claim(text, "the plant would hire 300 workers", "Edgar Whitmore's wife"))
    assert c.speaker != "Paul Whitmore"


"""Rules written after reading a fourteenth batch of train sources
(benchmarks/data/referents_train14.tsv) and the wrong rows of every train set: a relative on a
definite description points back as the description does. Sentences written for these tests,
each rule with a hard negative (docs/speakers.md, "Rules of the fourteenth batch")."""

from __future__ import annotations

import pytest
from resolving import claim, resolver


@pytest.fixture(scope="module")
def resolve(extractor):  # type: ignore[no-untyped-def]
    return resolver(extractor)


# --- a relative on a definite description is whoever the description points back to ----------
def test_who_on_a_definite_epithet_is_the_person_it_points_back_to(resolve):
    text = (
        "Donald Trump arrived in Washington on Monday to meet party leaders. The real estate "
        "mogul, who declined to elaborate on his plans, said the meeting would go well."
    )
    (c,) = resolve(text, claim(text, "the meeting would go well", "who"))
    assert c.speaker == "Donald Trump"


def test_who_on_the_candidate_is_the_candidate_named_before(resolve):
    text = (
        "Ann Lee won the primary in Ohio on Tuesday. The candidate, who has never held "
        "office, said she would campaign in every county."
    )
    (c,) = resolve(text, claim(text, "she would campaign in every county", "who"))
    assert c.speaker == "Ann Lee"


def test_who_on_an_indefinite_epithet_stays_its_noun(resolve):
    """Hard negative: "a mogul" brings in someone new; it is not the man named before."""
    text = (
        "Donald Trump arrived in Washington on Monday to meet party leaders. A real estate "
        "mogul, who declined to give his name, said the meeting would go badly."
    )
    (c,) = resolve(text, claim(text, "the meeting would go badly", "who"))
    assert c.speaker != "Donald Trump"


def test_who_on_a_possessed_group_stays_the_group(resolve):
    """Hard negative: "her campaign's leadership, who" is the leadership, not its owner."""
    text = (
        "Ann Lee spoke warmly of her rival on Friday. Her tone was softer than that of her "
        "campaign's leadership, who said on a call that the rival had stolen data."
    )
    (c,) = resolve(text, claim(text, "the rival had stolen data", "who"))
    assert c.speaker != "Ann Lee"

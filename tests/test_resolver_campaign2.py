"""Session 22, campaign2 (issue 13): "Lund's campaign" is no hotel or tower named for Lund.

Sentences written for these tests.
"""

from __future__ import annotations

from resolving import claim


def test_a_campaign_is_no_building_named_for_its_owner(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mark Lund spoke at Lund Tower Rent on Monday. "
        "Lund's campaign said the rally would go ahead in Ohio."
    )
    (c,) = resolve(text, claim(text, "the rally would go ahead in Ohio", "Lund's campaign"))
    assert c.speaker != "Lund Tower Rent"
    assert c.speaker is not None and "campaign" in c.speaker.lower()


def test_a_campaign_is_no_hotel_named_for_its_owner(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mark Lund opened the Lund Harbor Hotel in Boston last year. "
        "Lund's campaign said the rally would go ahead in Ohio."
    )
    (c,) = resolve(text, claim(text, "the rally would go ahead in Ohio", "Lund's campaign"))
    assert c.speaker is not None and "campaign" in c.speaker.lower()


def test_a_foundation_is_still_the_foundation_named_for_its_owner(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Rossi started the Rossi Foundation in 2001. "
        "Rossi's foundation said it would give more to schools."
    )
    (c,) = resolve(text, claim(text, "it would give more to schools", "Rossi's foundation"))
    assert c.speaker == "Rossi Foundation"


# --- a party-qualified candidate description ---
def test_the_gop_presidential_candidate_is_the_person_just_named(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Mark Lund of Ohio spoke in Iowa on Monday. "
        "The GOP presidential candidate says taxes must fall."
    )
    (c,) = resolve(text, claim(text, "taxes must fall", "The GOP presidential candidate"))
    assert c.speaker == "Mark Lund"


def test_the_gop_presidential_candidate_is_no_democrat_named_later(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Republican Mark Lund spoke in Iowa on Monday. Democrat Ann Cole spoke in Ohio. "
        "The GOP presidential candidate says taxes must fall."
    )
    (c,) = resolve(text, claim(text, "taxes must fall", "The GOP presidential candidate"))
    assert c.speaker == "Mark Lund"


def test_the_gop_presidential_candidate_is_no_democrat_alone(resolve) -> None:  # type: ignore[no-untyped-def]
    """Hard negative: the only person named is of the other party; the words stay."""
    text = (
        "Democrat Ann Cole spoke in Iowa on Monday. "
        "The GOP presidential candidate says taxes must fall."
    )
    (c,) = resolve(text, claim(text, "taxes must fall", "The GOP presidential candidate"))
    assert c.speaker != "Ann Cole"

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

"""Delayed identification (`identified`, issue 13) does not take a description to a next
sentence's newcomer whom an apposition introduces as someone else ("Ann Lee, a nurse," is no
general secretary); the newcomer introduced as the described role still is the speaker.

Sentences written for these tests. Each resolves a claim over a real parse.
"""

from __future__ import annotations

import pytest
from resolving import claim, resolver


@pytest.fixture(scope="module")
def resolve(extractor):  # type: ignore[no-untyped-def]
    return resolver(extractor)


LEAD = "Hospital staff walk out\n\nThe nurses' union voted to strike on Monday.\n\n"


@pytest.mark.parametrize("source", ["Its general secretary", "The union's general secretary"])
def test_a_newcomer_introduced_as_a_nurse_is_not_the_general_secretary(resolve, source) -> None:  # type: ignore[no-untyped-def]
    text = (
        LEAD + f"{source} said the strike would go on.\n\n"
        "Anna de Boer, a nurse at the city hospital, said she would join the picket."
    )
    (found,) = resolve(text, claim(text, "the strike would go on", source))
    assert found.speaker != "Anna de Boer"
    assert "general secretary" in found.speaker


def test_a_newcomer_introduced_as_a_farmer_is_not_the_spokesman(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Port deal stalls\n\nThe port's spokesman said the talks had failed.\n\n"
        "Karl Holm, a farmer near the port, said he would lose money."
    )
    (found,) = resolve(text, claim(text, "the talks had failed", "The port's spokesman"))
    assert found.speaker != "Karl Holm"


def test_a_newcomer_introduced_as_the_role_is_still_the_speaker(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the apposition gives the description's own role
    text = (
        LEAD + "Its general secretary said the strike would go on.\n\n"
        "Jan Vos, the union's general secretary, said the members were angry."
    )
    (found,) = resolve(text, claim(text, "the strike would go on", "Its general secretary"))
    assert found.speaker == "Jan Vos"


def test_a_nationality_is_not_checked_against_the_apposed_trade(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "one generous Norwegian" is no role, so "a ferry captain" may be him
    text = (
        "Stranded travelers offered a ride\n\n"
        "Now, one kind Dane wants to help the stranded travelers get home.\n\n"
        "Lars Dahl, a bus driver in Aarhus, has offered free seats to anyone who asks."
    )
    (found,) = resolve(
        text, claim(text, "to help the stranded travelers get home", "one kind Dane")
    )
    assert found.speaker == "Lars Dahl"

"""Delayed identification (`identified`, issue 13) does not take a description to a next
sentence's newcomer whom an apposition introduces as someone else ("Ann Lee, a nurse," is no
general secretary); the newcomer introduced as the described role still is the speaker.

Sentences written for these tests. Each resolves a claim over a real parse.
"""

from __future__ import annotations

import pytest
from resolving import claim

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


TRADE = (
    "The government is weighing new duties on steel and copper, according to two people "
    "who have seen the plans, and the White House official in charge of trade said no final "
    "decision had been made.\n\n"
)


def test_an_official_of_one_office_is_not_a_secretary_of_another(resolve) -> None:  # type: ignore[no-untyped-def]
    text = TRADE + "Commerce Secretary Paul Brandt told reporters the duties were ready."
    source = "White House official"
    (found,) = resolve(text, claim(text, "no final decision had been made", source))
    assert found.speaker != "Paul Brandt"


def test_an_official_of_the_same_office_is_still_named_next(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the newcomer's title names the description's own office
    text = TRADE + "White House trade adviser Paul Brandt told reporters the duties were ready."
    source = "White House official"
    (found,) = resolve(text, claim(text, "no final decision had been made", source))
    assert found.speaker == "Paul Brandt"


def test_a_party_headline_noun_is_no_qualifier_of_itself(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "Democrat" is the head, not an office that rules out the chairman
    text = (
        "Democrat seeks new budget inquiry.\n\n"
        "Lund asks for probe of deleted files.\n\n"
        "House Budget Committee Chairman Ole Lund on Tuesday requested another inquiry."
    )
    (found,) = resolve(text, claim(text, "new budget inquiry", "Democrat"))
    assert found.speaker == "Ole Lund"

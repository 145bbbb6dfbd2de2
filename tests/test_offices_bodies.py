"""Offices that head a body ("the FBI director", "the committee chairman", "the head of the
agency") go to the person the text gave that office, or stay their words; never to the salient
person whom the text never tied to that body (issue 13, session 20: offices4). Each rule with a
hard negative.

Sentences written for these tests. Each test resolves claims over a real parse, so it fails
when the rule is missing.
"""

from __future__ import annotations

import pytest
from resolving import claim


def speaker(resolve, text: str, content: str, source: str) -> str | None:  # type: ignore[no-untyped-def]
    (c,) = resolve(text, claim(text, content, source))
    return c.speaker


# --- the same office held for another body -----------------------------------------------------
def test_the_cia_director_is_not_the_fbi_director(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "CIA Director Ann Cole spoke on Monday. Cole said the threat was high. "
        "The FBI director said that the review was complete."
    )
    got = speaker(resolve, text, "the review was complete", "The FBI director")
    assert got == "FBI director"


def test_the_director_of_the_body_named_is_still_its_director(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: the body's own director, and a bare "the director"
    text = (
        "FBI Director Jane Roe spoke on Monday. Roe said the threat was high. "
        "The FBI director said that the review was complete."
    )
    assert speaker(resolve, text, "the review was complete", "The FBI director") == "Jane Roe"
    text = (
        "CIA Director Ann Cole spoke on Monday. Cole said the threat was high. "
        "The director said that the review was complete."
    )
    assert speaker(resolve, text, "the review was complete", "The director") == "Ann Cole"


# --- the head of a body is its director, chair, chief -----------------------------------------
def test_who_heads_the_body_makes_its_director(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jane Roe, who heads the FBI, testified on Monday. "
        "Senator Tom Hale asked about the emails. Hale said the answers were weak. "
        "The FBI director said that the review was complete."
    )
    got = speaker(resolve, text, "the review was complete", "The FBI director")
    assert got == "Jane Roe"


def test_the_head_of_the_body_in_apposition_is_its_director(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jane Roe, the head of the FBI, testified on Monday. "
        "Senator Tom Hale asked about the emails. Hale said the answers were weak. "
        "The FBI director said that the review was complete."
    )
    got = speaker(resolve, text, "the review was complete", "The FBI director")
    assert got == "Jane Roe"


def test_the_head_of_the_body_is_its_titled_director(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "FBI Director Jane Roe testified on Monday. "
        "Senator Tom Hale asked about the emails. Hale said the answers were weak. "
        "The head of the FBI said that the review was complete."
    )
    got = speaker(resolve, text, "the review was complete", "The head of the FBI")
    assert got == "Jane Roe"


def test_who_leads_the_commission_is_the_commission_chair(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jane Roe, who leads the Ohio Elections Commission, spoke on Monday. "
        "Senator Tom Hale asked about the ballots. Hale said the count was slow. "
        "The commission chairwoman said that the count was fair."
    )
    got = speaker(resolve, text, "the count was fair", "The commission chairwoman")
    assert got == "Jane Roe"


def test_a_former_head_or_another_bodys_head_is_not_the_director(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: "who headed" (past) is a former head; the CIA's head is no FBI director
    for clause in ("who headed the FBI until 2019", "who heads the CIA"):
        text = (
            f"Ann Cole, {clause}, spoke on Monday. "
            "Senator Tom Hale asked about the emails. Hale said the answers were weak. "
            "The FBI director said that the review was complete."
        )
        got = speaker(resolve, text, "the review was complete", "The FBI director")
        assert got == "FBI director", clause


# --- an office of a named body is nobody the text did not tie to it ---------------------------
@pytest.mark.parametrize(
    ("source", "topic"),
    [
        ("The FBI director", "the emails"),
        ("The director of the FBI", "the emails"),
        ("The committee chairman", "the budget"),
        ("The chairman of the committee", "the budget"),
    ],
)
def test_an_office_of_a_body_is_not_the_salient_candidate(resolve, source, topic) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"Republican presidential candidate Tom Hale spoke about {topic} on Monday. "
        "Hale said the plan was weak. "
        f"{source} said that the vote would wait."
    )
    got = speaker(resolve, text, "the vote would wait", source)
    assert got == source.removeprefix("The ")


def test_a_film_director_and_an_elected_office_still_go_by_salience(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: a bare "the director" names no body; "the Ohio senator" is an elected
    # office a candidate may hold (a place, not a body)
    text = (
        "Tom Hale spoke about his new film on Monday. Hale said the script was weak. "
        "The director said that the ending would change."
    )
    assert speaker(resolve, text, "the ending would change", "The director") == "Tom Hale"
    text = (
        "Republican presidential candidate Tom Hale spoke about the budget on Monday. "
        "Hale said the plan was weak. The Ohio senator said that the vote would wait."
    )
    assert speaker(resolve, text, "the vote would wait", "The Ohio senator") == "Tom Hale"


# --- "the head", "the chief": a body's office by its meaning ----------------------------------
def test_the_chief_is_not_the_salient_person(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Hale spoke about the harbour on Monday. Hale said the wall was weak. "
        "The chief said that the wall would hold."
    )
    assert speaker(resolve, text, "the wall would hold", "The chief") == "chief"


def test_the_chief_is_the_police_chief_titled_before(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a title that ends in the word is the holder
    text = (
        "Police Chief Ann Cole spoke about the harbour on Monday. Tom Hale said the wall was "
        "weak. The chief said that the wall would hold."
    )
    assert speaker(resolve, text, "the wall would hold", "The chief") == "Ann Cole"


def test_a_headline_chief_is_the_leads_head(resolve) -> None:  # type: ignore[no-untyped-def]
    # the headline's "chief" and the lead's "head" are one role (role_synonyms.txt), and the
    # head is the woman the next paragraph names (delayed identification), not the man the
    # lead's clause makes a subject
    text = (
        "Bakers union chief says plan will fail\n\n"
        "The head of the Northern Bakers Union is worried about what Tom Hale is planning for "
        "her members, because she thinks the plan will fail.\n\n"
        "In an interview on Thursday, Ann Cole said her union was ready to strike.\n\n"
        "Cole said the talks would go on."
    )
    assert speaker(resolve, text, "plan will fail", "Bakers union chief") == "Ann Cole"


def test_chief_before_a_trade_is_a_rank_not_an_office(resolve) -> None:  # type: ignore[no-untyped-def]
    # "chief strategist" keeps the trade as the role; hard negative: "FBI chief" is the head
    text = "Chief strategist Tom Hale said that the plan was ready."
    (c,) = resolve(text, claim(text, "the plan was ready", "Tom Hale"))
    assert (c.speaker, c.speaker_role) == ("Tom Hale", "strategist")
    text = "FBI chief Jane Roe said that the review was complete."
    (c,) = resolve(text, claim(text, "the review was complete", "Jane Roe"))
    assert (c.speaker, c.speaker_role) == ("Jane Roe", "chief")


def test_the_agency_head_is_the_agencys_director(resolve) -> None:  # type: ignore[no-untyped-def]
    # "head" reaches a director through the body's noun; hard negative: another body's head
    start = (
        "Jane Roe, the director of the Federal Water Agency, spoke on Monday. "
        "Senator Tom Hale asked about the flood. Hale said the river was high. "
    )
    text = start + "The agency head said that the dams would hold."
    assert speaker(resolve, text, "the dams would hold", "The agency head") == "Jane Roe"
    text = start + "The union head said that the dams would hold."
    assert speaker(resolve, text, "the dams would hold", "The union head") == "union head"


def test_a_bare_director_after_who_heads_the_body_is_that_head(resolve) -> None:  # type: ignore[no-untyped-def]
    """ "Daniel Kerr, who heads the FBI, said ... The director told senators": the role
    "head" covers director (role_synonyms.txt), so the head is no holder of another office
    that rules him out (found by the lead on a hearing report of our own, session 20: the
    description had stayed its own words). Hard negative: "The Indiana governor" is still
    no one the text named."""
    text = (
        "Daniel Kerr, who heads the FBI, said the bureau had moved fast. "
        "The director told senators that the intruders had used a stolen password."
    )
    (c,) = resolve(
        text, claim(text, "that the intruders had used a stolen password", "The director")
    )
    assert c.speaker == "Daniel Kerr"
    other = text.replace("The director", "The Indiana governor")
    (d,) = resolve(
        other, claim(other, "that the intruders had used a stolen password", "The Indiana governor")
    )
    assert d.speaker != "Daniel Kerr"

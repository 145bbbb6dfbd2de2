"""Object and prepositional-object cues sized on halves of PolNeAR train (issue 14, session 16):
a reflexive object with an "as" phrase ("cast himself as an outsider"), a belief's noun object
("does not believe the allegations") and "asked for X", a request. Sentences written for these
tests; each construction has a hard negative."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Ruiz cast himself as the candidate of the harbour towns.",
         "himself as the candidate of the harbour towns", "Ruiz"),
        ("The council has styled itself as a friend of small firms.",
         "itself as a friend of small firms", "The council"),
        # the "as" phrase hung on the reflexive, and a verb under "try"
        ("Ms. Okafor is trying to present herself as a reformer.",
         "herself as a reformer", "Ms. Okafor"),
    ],
)  # fmt: skip
def test_reflexive_as_is_a_self_description(
    extractor: quotes.Extractor, text: str, quote: str, speaker: str
) -> None:
    found = claim_rows(extractor, text)
    assert (quote, speaker, "speech_act_object", "statement") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the object is someone else: a part in a play, no self-description
        "The director cast Ruiz as the villain.",
        # a reflexive with no "as" phrase
        "Ruiz threw himself into the campaign.",
    ],
)
def test_reflexive_as_hard_negative(extractor: quotes.Extractor, text: str) -> None:
    assert not [r for r in claim_rows(extractor, text) if r[2] == "speech_act_object"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Many fishermen do not believe the harbour board's figures.",
         "the harbour board's figures", "Many fishermen"),
        ("The inspectors believed the ferry captain's account.",
         "the ferry captain's account", "The inspectors"),
    ],
)  # fmt: skip
def test_belief_of_an_object(
    extractor: quotes.Extractor, text: str, quote: str, speaker: str
) -> None:
    found = claim_rows(extractor, text)
    assert (quote, speaker, "speech_act_object", "belief") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # whom one trusts, not what one holds true
        "Believe me, the ferry will sail on time.",
        "The voters of Hale believed him.",
    ],
)
def test_belief_of_a_person_hard_negative(extractor: quotes.Extractor, text: str) -> None:
    found = claim_rows(extractor, text)
    assert not [r for r in found if r[2] == "speech_act_object"], found


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("The harbour board asked for a review of the ferry fares.",
         "a review of the ferry fares", "The harbour board"),
        ("Senator Ruiz has asked for more time.", "more time", "Senator Ruiz"),
    ],
)  # fmt: skip
def test_asked_for_is_a_request(
    extractor: quotes.Extractor, text: str, quote: str, speaker: str
) -> None:
    found = claim_rows(extractor, text)
    assert (quote, speaker, "prepositional_object", "intention") in found, found


def test_asked_about_stays_a_question(extractor: quotes.Extractor) -> None:
    found = claim_rows(extractor, "Reporters asked Ruiz about the ferry fares.")
    assert all(r[3] == "question" for r in found), found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The mayor called on the council to scrap the toll.", "the council to scrap the toll"),
        ("The union has repeatedly called on ministers to reopen the talks.",
         "ministers to reopen the talks"),
    ],
)  # fmt: skip
def test_called_on_keeps_whom_it_asks(extractor: quotes.Extractor, text: str, quote: str) -> None:
    found = claim_rows(extractor, text)
    assert any(r[0] == quote and r[2] == "intention_complement" for r in found), found


def test_called_on_a_day_hard_negative(extractor: quotes.Extractor) -> None:
    found = claim_rows(extractor, "The mayor called on Monday night to demand a recount.")
    assert [r[0] for r in found] == ["to demand a recount"], found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Judge Lee is known for her blunt rulings.", "Judge Lee her blunt rulings"),
        ("The senator, known for his temper, left early.", "The senator his temper"),
    ],
)
def test_known_for_says_what_of_its_subject(
    extractor: quotes.Extractor, text: str, quote: str
) -> None:
    found = claim_rows(extractor, text)
    assert any(r[0] == quote and r[2] == "passive_as" for r in found), found


def test_known_for_a_time_hard_negative(extractor: quotes.Extractor) -> None:
    found = claim_rows(extractor, "The ferry has been known for years to run late.")
    assert not [r for r in found if r[2] == "passive_as"], found


def test_a_time_is_no_prepositional_content(extractor: quotes.Extractor) -> None:
    """ "know for" is a prepositional cue ("known for his temper"); "for years" says how long."""
    found = claim_rows(extractor, "The Clintons have known Ruiz for years.")
    assert not [r for r in found if r[0] == "years"], found


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The vote on the ferry bill is expected to take place on Friday.",
         "The vote on the ferry bill to take place on Friday"),
        ("The harbour deal appears to have stalled.", "The harbour deal to have stalled"),
    ],
)  # fmt: skip
def test_raised_subject_is_content(extractor: quotes.Extractor, text: str, quote: str) -> None:
    found = claim_rows(extractor, text)
    assert (quote, "", "raised_subject", "belief") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # someone who can speak stays the source of their own seeming act
        "Senator Ruiz seemed to relish the fight over the toll.",
        "The harbour talks appear to have stalled.",
        # an infinitive that is a cue reports the subject's own claim
        "The report appears to suggest that the ferry is safe.",
    ],
)
def test_raised_subject_hard_negative(extractor: quotes.Extractor, text: str) -> None:
    found = claim_rows(extractor, text)
    assert not [r for r in found if r[2] == "raised_subject"], found

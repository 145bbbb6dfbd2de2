"""Indirect claims of session 18 (issue 14, indirect recall; docs/guide.md "Indirect claims
(session 18)"). Each rule on sentences written for it, with a hard negative that must give
no such claim."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes


def _by_rule(extractor: quotes.Extractor, text: str, rule: str) -> list[tuple[str, str, str]]:
    return [(q, s, a) for q, s, r, a in claim_rows(extractor, text) if r == rule]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "To Ms. Okafor, the ferry plan was a waste of money.",
            "the ferry plan was a waste of money",
            "Ms. Okafor",
        ),
        (
            "But to others, the harbour master is a reformer who kept her promises.",
            "the harbour master is a reformer who kept her promises",
            "others",
        ),
        (
            "To her neighbours, Dana Ruiz was a hero.",
            "Dana Ruiz was a hero",
            "her neighbours",
        ),
    ],
)
def test_view_frame(extractor: quotes.Extractor, text: str, quote: str, speaker: str) -> None:
    assert (quote, speaker, "belief") in _by_rule(extractor, text, "view_frame"), claim_rows(
        extractor, text
    )


@pytest.mark.parametrize(
    "text",
    [
        # no one who holds a view after "to"
        "To date, the council has spent $2 million on the bridge.",
        "To the shock of the crowd, the mayor resigned on Friday.",
        "To the east, the river floods every spring.",
        # "to" inside the sentence: a recipient, not a viewpoint
        "The mayor handed the keys to Ms. Okafor, and the crowd cheered.",
        # the clause's verb reports words: its own claim, with its own source
        "To reporters, the mayor said the bridge would reopen in May.",
    ],
)
def test_view_frame_hard_negatives(extractor: quotes.Extractor, text: str) -> None:
    assert _by_rule(extractor, text, "view_frame") == [], claim_rows(extractor, text)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "As reported by the Harbour Gazette, the council refused to fund the ferry.",
            "the council refused to fund the ferry",
            "the Harbour Gazette",
        ),
        (
            "The council, as first reported by the Harbour Gazette, has agreed to sell the pier.",
            "The council has agreed to sell the pier",
            "the Harbour Gazette",
        ),
    ],
)
def test_as_reported_by(extractor: quotes.Extractor, text: str, quote: str, speaker: str) -> None:
    found = [(q, s) for q, s, _ in _by_rule(extractor, text, "as_clause")]
    assert found == [(quote, speaker)], claim_rows(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # no one reports it: no agent, no subject
        "As expected, the council refused to fund the ferry.",
        "As reported last week, the council refused to fund the ferry.",
    ],
)
def test_as_clause_without_agent_hard_negatives(extractor: quotes.Extractor, text: str) -> None:
    assert _by_rule(extractor, text, "as_clause") == [], claim_rows(extractor, text)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The campaign has reserved air time in four states, according to media buyers.",
            "The campaign has reserved air time in four states",
            "media buyers",
        ),
        (
            "The publisher declined to renew the offer, according to an executive.",
            "The publisher declined to renew the offer",
            "an executive",
        ),
    ],
)
def test_according_to_an_act_is_the_whole_clause(
    extractor: quotes.Extractor, text: str, quote: str, speaker: str
) -> None:
    found = [(q, s) for q, s, _ in _by_rule(extractor, text, "according_to")]
    assert found == [(quote, speaker)], claim_rows(extractor, text)


def test_according_to_a_saying_relays_it(extractor: quotes.Extractor) -> None:
    """The hard negative: a verb of saying keeps its claim and its speaker; the phrase names
    who relayed it, and makes no claim of its own."""
    text = "Mayor Lee, according to her spokesman, said the bridge would reopen in May."
    assert claim_rows(extractor, text) == [
        ("the bridge would reopen in May", "Mayor Lee", "speech_complement", "statement")
    ]


def test_two_character_closing_mark_reaches_the_next_sentence(
    extractor: quotes.Extractor,
) -> None:
    """The New York Times' ``''...''``: after "?''" the parser starts a sentence, and the
    speaker and verb there attribute the quotation, as after a one-character mark."""
    text = "''Why do the ferries never run on time?'' Ms. Okafor asked."
    assert claim_rows(extractor, text) == [
        ("Why do the ferries never run on time?", "Ms. Okafor", "said_after", "question")
    ]


def test_two_character_closing_mark_before_narration(extractor: quotes.Extractor) -> None:
    """The hard negative: a next sentence with no verb of saying attributes nothing."""
    text = "''Why do the ferries never run on time?'' The mayor resigned on Friday."
    assert [r for r in claim_rows(extractor, text) if r[2] == "said_after"] == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The Gazette told a slightly different tale.",
            "a slightly different tale",
            "The Gazette",
        ),
        (
            "Ms. Okafor told the story of a nurse who swam to the ferry.",
            "the story of a nurse who swam to the ferry",
            "Ms. Okafor",
        ),
    ],
)
def test_told_a_story(extractor: quotes.Extractor, text: str, quote: str, speaker: str) -> None:
    found = [(q, s) for q, s, _ in _by_rule(extractor, text, "speech_act_object")]
    assert found == [(quote, speaker)], claim_rows(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the object of "told" is whom it was told to, no other noun makes it a speech act
        "Ms. Okafor told reporters a story.",
        "Ms. Okafor told the children about the ferry.",
    ],
)
def test_told_someone_hard_negatives(extractor: quotes.Extractor, text: str) -> None:
    assert _by_rule(extractor, text, "speech_act_object") == [], claim_rows(extractor, text)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The union filed a lawsuit against the port authority.",
            "a lawsuit against the port authority",
            "The union",
        ),
        (
            "Ms. Okafor made the argument that fares must fall.",
            "the argument that fares must fall",
            "Ms. Okafor",
        ),
        ("Ms. Okafor accepted the nomination on Friday.", "the nomination", "Ms. Okafor"),
    ],
)
def test_speech_objects(extractor: quotes.Extractor, text: str, quote: str, speaker: str) -> None:
    found = [(q, s) for q, s, _ in _by_rule(extractor, text, "speech_act_object")]
    assert found == [(quote, speaker)], claim_rows(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["The clerk filed the papers on Monday.", "Ms. Okafor made dinner for the crew."],
)
def test_speech_objects_hard_negatives(extractor: quotes.Extractor, text: str) -> None:
    assert claim_rows(extractor, text) == []

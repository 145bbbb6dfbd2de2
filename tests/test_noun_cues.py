"""Claims cued by a noun with no that-clause of its own speaker (issue 14): stance nouns held by
a light verb's subject or through an "in" phrase, a stance received ("won the support of"),
a view's that-clause with no owner, and a noun for a stance holder ("a critic of").
Sentences written for these tests; each construction has a hard negative."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes

_claims = claim_rows


@pytest.mark.parametrize(
    ("text", "rule", "quote", "speaker", "act"),
    [
        # a stance noun that is a verb's object: the verb's subject holds it
        (
            "Senator Lee raised questions about the ferry contract on Monday.",
            "stance_noun",
            "the ferry contract",
            "Senator Lee",
            "question",
        ),
        (
            "Local traders took issue with the harbour fees.",
            "stance_noun",
            "the harbour fees",
            "Local traders",
            "statement",
        ),
        # a possessive pronoun in an "in" phrase stands for the clause's subject
        (
            "The Harbour Gazette has been outspoken in its opposition to the toll.",
            "stance_noun",
            "the toll",
            "The Harbour Gazette",
            "statement",
        ),
        (
            "The councillors were unanimous in their praise for the lifeguards.",
            "stance_noun",
            "the lifeguards",
            "The councillors",
            "statement",
        ),
        # a stance received: the receiver is the content, the giver the source
        (
            "Governor Ruiz won the support of the teachers union.",
            "received_stance",
            "Governor Ruiz",
            "the teachers union",
            "statement",
        ),
        (
            "The toll plan drew sharp criticism from local traders.",
            "received_stance",
            "The toll plan",
            "local traders",
            "statement",
        ),
        # a view's that-clause: no one's, or the light verb's subject's
        (
            "Fears that the plant will close grew in the town.",
            "noun_clause",
            "that the plant will close",
            "",
            "belief",
        ),
        (
            "The council held out hope that the bridge would reopen by May.",
            "noun_clause",
            "that the bridge would reopen by May",
            "The council",
            "belief",
        ),
        # a noun for someone who holds a stance
        (
            "Ms. Okafor is a longtime critic of the harbour plan.",
            "advocate_noun",
            "the harbour plan",
            "Ms. Okafor",
            "statement",
        ),
        (
            "Dale Ruiz, a supporter of the ferry plan, spoke first.",
            "advocate_noun",
            "the ferry plan",
            "Dale Ruiz",
            "statement",
        ),
    ],
)
def test_construction_gives_its_claim(
    extractor: quotes.Extractor, text: str, rule: str, quote: str, speaker: str, act: str
) -> None:
    found = _claims(extractor, text)
    assert (quote, speaker, rule, act) in found, found


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # the brief's hard negative: a thing's support holds no stance
        ("The bridge's support for the road failed.", "stance_noun"),
        # a thing is no light verb's stance holder
        ("The old beams gave support to the roof for a century.", "stance_noun"),
        # a receiving verb's subject receives the stance, it does not hold it
        ("Ms. Okafor drew criticism for the harbour fees.", "stance_noun"),
        # a giver that is a thing
        ("The bridge drew support from two steel cables.", "received_stance"),
        # a relative clause is no content clause
        ("The fears that he raised in May were real.", "noun_clause"),
        # a view as an object with no holder found is someone's the text names elsewhere
        ("Drivers were angry about the rumour that the bridge was unsafe.", "noun_clause"),
        # supporters who describe no one named
        ("Supporters of the ferry plan rallied outside the town hall.", "advocate_noun"),
    ],
)
def test_hard_negative_gives_no_such_claim(
    extractor: quotes.Extractor, text: str, rule: str
) -> None:
    found = _claims(extractor, text)
    assert [c for c in found if c[2] == rule] == [], found

"""Indirect claims the rules missed, by mechanism (issue 14): a stance adjective predicated of
someone ("Lee is confident that ...", "farmers are critical of ..."); a gerund after the
preposition of a verb's object ("has a long history of blaming ..."); a stance noun in an "in"
phrase ("voted in support of ..."). Sentences written for
these tests; each construction has a hard negative."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes

_claims = claim_rows


@pytest.mark.parametrize(
    ("text", "rule", "quote", "speaker", "act"),
    [
        # a stance adjective: its that-clause, its infinitive or its prepositional object
        (
            "Senator Ann Lee is confident that the ferry bill will pass.",
            "stance_adjective",
            "that the ferry bill will pass",
            "Senator Ann Lee",
            "belief",
        ),
        (
            "Farmers in the valley remain critical of the harbour plan.",
            "stance_adjective",
            "the harbour plan",
            "Farmers in the valley",
            "statement",
        ),
        (
            "The union was eager to settle the strike before May.",
            "stance_adjective",
            "to settle the strike before May",
            "The union",
            "intention",
        ),
        (
            "Okafor, who is wary of the new toll, voted against it.",
            "stance_adjective",
            "the new toll",
            "who",
            "belief",
        ),
        (
            "They grew nervous about the vote in the harbour council.",
            "stance_adjective",
            "the vote in the harbour council",
            "They",
            "belief",
        ),
        # "which" on a noun that can hold a stance stands for it
        (
            "The harbour union, which has long been wary of the toll, met on Monday.",
            "stance_adjective",
            "the toll",
            "which",
            "belief",
        ),
        # some of a group hold it too
        (
            "Some remained skeptical that the ferry would run on time.",
            "stance_adjective",
            "that the ferry would run on time",
            "Some",
            "belief",
        ),
        # a gerund after a verb's object's preposition: the verb's subject acts
        (
            "Mayor Ruiz has a long history of blaming the ferry company for the delays.",
            "speech_act_object",
            "the ferry company for the delays",
            "Mayor Ruiz",
            "statement",
        ),
        (
            "The council drew sharp criticism for praising the toll plan.",
            "speech_act_object",
            "the toll plan",
            "The council",
            "statement",
        ),
        # a stance noun in an "in" phrase: the clause's subject holds it
        (
            "Senator Lee voted in support of the ferry bill.",
            "stance_noun",
            "the ferry bill",
            "Senator Lee",
            "statement",
        ),
        (
            "The harbour pilots are not in favor of the new toll.",
            "stance_noun",
            "the new toll",
            "The harbour pilots",
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
        # a thing is in no state of mind
        ("The old bridge is open to traffic again.", "stance_adjective"),
        ("The old bridge, which is open to traffic again, needs paint.", "stance_adjective"),
        # "it" with an infinitive is no one's stance
        ("It is critical to repair the ferry before winter.", "stance_adjective"),
        # an adjective of ability, not of a stance, is in no lexicon
        ("The crew was ready to sail at dawn.", "stance_adjective"),
        # a stance adjective with nothing it is about
        ("The mayor seemed confident on Monday.", "stance_adjective"),
        # an attributive adjective is no predicate of anyone
        ("Critical voters of the harbour plan stayed home.", "stance_adjective"),
        # a gerund on a noun with a possessor, or on a noun that is no verb's object: whose
        # act it is the rule cannot tell
        ("Their strategy of attacking the mayor failed.", "speech_act_object"),
        ("A history of blaming the ferry company is no plan.", "speech_act_object"),
        # a thing holds no stance; an "in" phrase on a noun has no clause's subject
        ("The bridge was built in support of the old road.", "stance_noun"),
        ("The odds in favor of a recount grew on Monday.", "stance_noun"),
    ],
)
def test_hard_negative_gives_no_such_claim(
    extractor: quotes.Extractor, text: str, rule: str
) -> None:
    found = _claims(extractor, text)
    assert [c for c in found if c[2] == rule] == [], found

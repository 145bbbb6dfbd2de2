"""Claims whose cue is no verb of saying (issue 14, quotes/claims/stance.py): a poll's "in"
frame, a stance participle, a stance noun, a noun of intention, an evidential adverb. Each
family on sentences written for it, with a hard negative that must give no such claim."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes

_claims = claim_rows


def _by_rule(extractor: quotes.Extractor, text: str, rule: str) -> list[tuple[str, str, str]]:
    return [(q, s, a) for q, s, r, a in _claims(extractor, text) if r == rule]


@pytest.mark.parametrize(
    ("text", "rule", "quote", "speaker", "act"),
    [
        (
            "In the latest Harbour Institute poll, Ms. Okafor leads the mayor by six points.",
            "poll_frame",
            "Ms. Okafor leads the mayor by six points",
            "the latest Harbour Institute poll",
            "finding",
        ),
        (
            "Several farmers backing Senator Maria Lopez spent $2 million on radio ads.",
            "stance_participle",
            "Senator Maria Lopez",
            "Several farmers",
            "statement",
        ),
        (
            "Teachers backing Ms. Okafor rallied outside the town hall on Friday.",
            "stance_participle",
            "Ms. Okafor",
            "Teachers",
            "statement",
        ),
        (
            "Governor Dale Ruiz threw his support behind Ms. Okafor on Wednesday.",
            "stance_noun",
            "Ms. Okafor",
            "Governor Dale Ruiz",
            "statement",
        ),
        (
            "The council's criticism of the new parking rules grew louder.",
            "stance_noun",
            "the new parking rules",
            "The council",
            "statement",
        ),
        (
            "Ms. Okafor's attacks on the ferry plan have grown sharper.",
            "stance_noun",
            "the ferry plan",
            "Ms. Okafor",
            "statement",
        ),
        (
            "Fishermen were angry about Ms. Okafor's decision to close the harbour bridge.",
            "intention_noun",
            "to close the harbour bridge",
            "Ms. Okafor",
            "intention",
        ),
        (
            "The port authority is reportedly preparing a new bid for the ferry contract.",
            "evidential_adverb",
            "The port authority is reportedly preparing a new bid for the ferry contract",
            "",
            "statement",
        ),
        (
            "Reportedly, the harbour master resigned after the vote.",
            "evidential_adverb",
            "the harbour master resigned after the vote",
            "",
            "statement",
        ),
    ],
)
def test_family_gives_its_claim(
    extractor: quotes.Extractor, text: str, rule: str, quote: str, speaker: str, act: str
) -> None:
    found = _by_rule(extractor, text, rule)
    assert (quote, speaker, act) in found, _claims(extractor, text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a standing in the polls, not a poll's finding
        ("Ms. Okafor slid in the polls after the debate.", "poll_frame"),
        # the speech is where Ruiz spoke, not a source: Ruiz's act
        ("Governor Ruiz lashed out at the mayor in a speech on Sunday.", "poll_frame"),
        # things hold no stance
        ("The bridge supporting the coast road was closed for repairs.", "stance_participle"),
        ("The old beams gave support to the roof for a century.", "stance_noun"),
        ("Support for the ferry plan grew over the summer.", "stance_noun"),
        # a decision with no one who took it
        ("The decision to close the bridge was made in May.", "intention_noun"),
        # "reportedly said" is the verb's claim, with its source; no second, sourceless one
        ("Ms. Okafor reportedly said that the bridge would reopen in May.", "evidential_adverb"),
    ],
)
def test_hard_negative_gives_no_such_claim(
    extractor: quotes.Extractor, text: str, rule: str
) -> None:
    assert _by_rule(extractor, text, rule) == [], _claims(extractor, text)


def test_bridge_supports_road_is_no_stance_claim(extractor: quotes.Extractor) -> None:
    """The brief's hard negative: a thing supporting a thing. None of this module's rules
    takes it (the speech-act object rule still does: kept visible as xfail below)."""
    rules = {r for _, _, r, _ in _claims(extractor, "The bridge supports the road.")}
    assert not rules & {"stance_participle", "stance_noun", "poll_frame"}


@pytest.mark.xfail(
    reason="speech_act_object takes any subject of 'support' (learned lexicon): 'The bridge "
    "supports the road' gives a claim; an animacy test on its subject is not written yet",
    strict=True,
)
def test_bridge_supports_road_is_no_claim_at_all(extractor: quotes.Extractor) -> None:
    assert _claims(extractor, "The bridge supports the road.") == []


def test_reportedly_said_keeps_its_source(extractor: quotes.Extractor) -> None:
    found = _claims(extractor, "Ms. Okafor reportedly said that the bridge would reopen in May.")
    assert [(s, r) for _, s, r, _ in found] == [("Ms. Okafor", "speech_complement")], found


@pytest.mark.parametrize(
    "text",
    [
        "Lee is convinced the harbour plan is doomed.",
        "Lee is convinced that the harbour plan is doomed.",
        "Lee is concerned that the harbour plan is doomed.",
    ],
)
def test_a_stance_participle_read_as_a_passive_is_the_subjects_belief(extractor, text):
    """ "is convinced (that) ...": the tagger calls "convinced" a passive verb; before, the
    claim had no source (a passive with no agent) or was not found at all."""
    row = extractor.extract(text).iloc[0]
    assert (row.speaker_mention, row.act, row.rule.split("+")[0]) == (
        "Lee",
        "belief",
        "stance_adjective",
    )


def test_a_real_passive_of_convincing_keeps_its_agent(extractor):
    """The hard negative: "was convinced by aides that ..." is the aides' doing."""
    row = extractor.extract("Lee was convinced by aides that the plan would work.").iloc[0]
    assert row.speaker_mention == "aides"

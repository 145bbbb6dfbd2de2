"""The working record of the claim rules: a candidate claim in token terms.

Candidates live only while one document is processed; :func:`quotes.claims.to_records` turns
them into :class:`quotes.records.Claim` records (offsets and strings). A rule that looks at a
quotation may also find that it is no claim of its own: one more piece of an earlier claim
(:class:`PieceOf`) or a question (:class:`Question`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Each rule's prior, the ``confidence`` a claim starts from (lowered in assembly when no source
#: mention was found). Set by hand to rank the rules by how often they are right (PolNeAR train,
#: docs/benchmarks.md "Where rules stop paying"); a ranking, not a calibrated probability.
RULE_PRIORS = {
    # verb-driven rules (claims/reported.py)
    "quoted_as_saying": 0.9,
    "speech_complement": 0.85,
    "according_to": 0.85,
    "finding_aside": 0.75,
    "interrupting_clause": 0.75,
    "as_clause": 0.75,
    "intention_complement": 0.6,
    "raised_subject": 0.6,
    "noun_complement": 0.6,
    "speech_act_object": 0.55,
    "hearer_topic": 0.55,
    "prepositional_object": 0.55,
    "passive_subject": 0.55,
    "agentless_passive": 0.5,
    "passive_as": 0.5,
    "asked_about": 0.5,
    "seems_predicate": 0.5,
    "pro_form": 0.5,
    # cues that are no verb of saying (claims/stance.py)
    "poll_frame": 0.6,
    "view_frame": 0.5,
    "stance_participle": 0.5,
    "stance_noun": 0.5,
    "intention_noun": 0.5,
    "received_stance": 0.5,
    "noun_clause": 0.5,
    "predicate_clause": 0.5,
    "advocate_noun": 0.5,
    "stance_adjective": 0.5,
    "evidential_adverb": 0.5,
    # quotation-driven rules (claims/direct.py, claims/__init__.py)
    "said_after": 0.9,
    "said_before": 0.85,
    "paragraph_before": 0.8,
    "dash_source": 0.75,
    "colon_source": 0.75,
    "transcript_line": 0.7,
    "headline_colon": 0.6,
    "headline_quote": 0.6,
    "headline_said_after": 0.6,
    "headline_said_before": 0.6,
    "headline_dash_source": 0.6,
    "continuation": 0.7,
    "verb_after": 0.6,
    "passive_author": 0.6,
    "action_beat": 0.5,
    "quoted_complement": 0.5,
}


@dataclass
class Candidate:
    """A claim being built.

    Attributes:
        content: character spans of the claim's words, in text order.
        cue: token indices of the cue (reporting words), possibly discontinuous.
        source: token indices of the source mention, empty when the text gives none.
        via: token indices of an intermediary's mention ("Bloomberg quoted ...").
        rule: name of the rule that found it.
        verb: token index of the cue verb (or cue word), -1 when there is none.
        kind: set by assembly: direct, indirect or mixed.
        confidence: the rule's prior, adjusted in assembly.
        quotations: indices of the quotations it absorbed.
        act: the act the rule's lexicon gives its cue ("questions about" a question, "concern
            that" a belief), empty to let :func:`quotes.claims.acts.act_of` decide.
    """

    content: list[tuple[int, int]]
    cue: list[int]
    source: list[int]
    rule: str
    verb: int = -1
    via: list[int] = field(default_factory=list)
    kind: str = ""
    confidence: float = 0.5
    quotations: list[int] = field(default_factory=list)
    act: str = ""

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


@dataclass(frozen=True)
class PieceOf:
    """The quotation is one more piece of an earlier direct claim (“A,” she said. “B.”)."""

    claim: Candidate

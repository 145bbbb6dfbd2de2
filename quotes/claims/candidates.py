"""The working record of the claim rules: a candidate claim in token terms.

Candidates live only while one document is processed; :func:`quotes.claims.to_records` turns
them into :class:`quotes.records.Claim` records (offsets and strings). A rule that looks at a
quotation may also find that it is no claim of its own: one more piece of an earlier claim
(:class:`PieceOf`) or a question (:class:`Question`).
"""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass(frozen=True)
class Question:
    """The quotation is a question someone asked (“…?” Trump asked): no claim, and no one
    else's words either."""

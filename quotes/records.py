"""The claim record: what the rules produce, before the table is built.

Records hold offsets and strings only (never tokens, which die with their parse), so they
pickle between processes and outlive the backend. The DataFrame is built at the edge, in
:mod:`quotes.table`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

Offsets = tuple[int, int]

DIRECT = "direct"
INDIRECT = "indirect"
MIXED = "mixed"
KINDS = (DIRECT, INDIRECT, MIXED)

STATEMENT = "statement"
QUESTION = "question"
BELIEF = "belief"
INTENTION = "intention"
FINDING = "finding"
REFUSAL = "refusal"
#: The claim's act (quotes.claims.acts): what the source did with the words.
ACTS = (STATEMENT, QUESTION, BELIEF, INTENTION, FINDING, REFUSAL)

PERSON = "PERSON"
ORG = "ORG"
GROUP = "GROUP"
UNKNOWN = "UNKNOWN"
SPEAKER_TYPES = (PERSON, ORG, GROUP, UNKNOWN)


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim: a stretch of text the article attributes to a source.

    Attributes:
        spans: the claim's pieces as ``(start, end)`` character offsets, in text order.
        kind: ``direct``, ``indirect`` or ``mixed``.
        cue: offsets of the reporting words (their first contiguous part), or None.
        cue_text: the reporting words, discontinuous parts joined by `` ... ``.
        source: offsets of the in-text source mention, or None.
        via_source: offsets of the in-text mention of an intermediary that relays the claim
            ("Bloomberg" in "Bloomberg quoted the statement as saying"; "Peskov" in "Trump,
            according to Peskov, said"), or None. Resolved into ``via``.
        speaker: canonical speaker name, or None.
        speaker_type: one of :data:`SPEAKER_TYPES`.
        speaker_role: title or role the document gives the speaker.
        via: canonical name of an intermediary the article cites for the claim.
        confidence: 0..1, see :func:`quotes.claims.confidence`.
        rule: the rule that found the claim, then ``+`` the rule that resolved its speaker.
        act: one of :data:`ACTS` (see :mod:`quotes.claims.acts`).
    """

    spans: tuple[Offsets, ...]
    kind: str
    cue: Offsets | None = None
    cue_text: str | None = None
    source: Offsets | None = None
    via_source: Offsets | None = None
    speaker: str | None = None
    speaker_type: str = UNKNOWN
    speaker_role: str | None = None
    via: str | None = None
    confidence: float = 0.5
    rule: str = ""
    act: str = STATEMENT

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    def quote(self, text: str) -> str:
        """The claim's words: its pieces joined by one space (docs/schema.md)."""
        return " ".join(text[a:b] for a, b in self.spans)

    def with_(self, **changes: object) -> Claim:
        return replace(self, **changes)  # type: ignore[arg-type]

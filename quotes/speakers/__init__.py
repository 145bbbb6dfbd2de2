"""Resolve speakers: who each claim's source mention refers to.

Two stages, both linear in the document's mentions:

1. :func:`quotes.speakers.registry.build_registry`: the people, organisations and groups the
   document mentions, with their name forms, roles, affiliations and gender.
2. :class:`quotes.speakers.resolve.Resolver`: each claim's ``source`` and ``via_source``
   mention -> a registry entity (or a group / description), by the sieve of named rules
   documented in ``docs/speakers.md``.

A claim with no source that continues a previous quotation paragraph (rule
``continuation``) takes the previous claim's speaker. The rule that resolved the speaker is
appended to the claim's ``rule`` after a ``+``; the claim's ``confidence`` is multiplied by
the rule's certainty (:data:`quotes.speakers.resolve.CERTAINTY`).
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.document import Document
from quotes.records import UNKNOWN, Claim
from quotes.speakers.registry import Entity, Registry, build_registry
from quotes.speakers.resolve import CERTAINTY, Resolution, Resolver
from quotes.text import display

__all__ = [
    "resolve_speakers",
    "unresolved",
    "build_registry",
    "Registry",
    "Entity",
    "Resolver",
    "Resolution",
]


def resolve_speakers(
    document: Document, claims: Sequence[Claim], registry: Registry | None = None
) -> list[Claim]:
    """Claims with ``speaker``, ``speaker_type``, ``speaker_role`` and ``via`` filled.

    Args:
        document: the parsed document the claims were found in.
        claims: claim records in text order, as :func:`quotes.claims.find_claims` returns them.
        registry: the document's :func:`build_registry`, when the caller resolves twice (the
            learned layer's second pass): it depends on the document alone and resolution
            only reads it, so it is built once.

    Returns:
        The same claims, in the same order, resolved.
    """
    if not claims:
        return []
    resolver = Resolver(document, registry if registry is not None else build_registry(document))
    resolver.quoted = sorted(span for claim in claims for span in claim.spans)
    # every claim a mention is the source of: none of their words is its antecedent
    words_of: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for claim in claims:
        if claim.source is not None:
            words_of.setdefault(claim.source, []).extend(claim.spans)
    out: list[Claim] = []
    previous: Claim | None = None
    for claim in claims:
        own = words_of.get(claim.source, claim.spans) if claim.source else claim.spans
        resolved = _displayed(resolve_claim(resolver, claim, previous, own))
        out.append(resolved)
        if resolved.speaker is not None:
            previous = resolved
    return out


def resolve_claim(
    resolver: Resolver,
    claim: Claim,
    previous: Claim | None,
    own: Sequence[tuple[int, int]] | None = None,
) -> Claim:
    """One claim resolved: its source (or its predecessor's speaker) and its intermediary.

    ``own``: the words of every claim with the same source mention ("“...,” he said, adding
    that ..."), which cannot hold its antecedent; the claim's own spans by default."""
    via = None
    if claim.via_source is not None:
        via = resolver.resolve(claim.via_source).speaker
    if claim.source is None:
        if previous is not None and "continuation" in claim.rule:
            return continuation(claim, previous, via)
        return claim.with_(speaker=None, speaker_type=UNKNOWN, via=via, rule=_rule(claim, "none"))
    found = resolver.resolve(claim.source, exclude=claim.spans if own is None else own)
    if via is None:
        via = found.via
    if found.entity is not None:
        resolver.remember_source(claim.source, found.entity)
    return claim.with_(
        speaker=found.speaker,
        speaker_type=found.type,
        speaker_role=found.role,
        via=via,
        confidence=round(claim.confidence * found.certainty, 4),
        rule=_rule(claim, found.rule),
    )


def continuation(claim: Claim, previous: Claim, via: str | None) -> Claim:
    """A quotation paragraph with no cue continues the previous claim's speaker (news style:
    a speaker's quotation runs on over paragraphs, each opening with a quotation mark)."""
    return claim.with_(
        speaker=previous.speaker,
        speaker_type=previous.speaker_type,
        speaker_role=previous.speaker_role,
        via=via if via is not None else previous.via,
        confidence=round(claim.confidence * CERTAINTY["continuation"], 4),
        rule=_rule(claim, "continuation"),
    )


def _displayed(claim: Claim) -> Claim:
    """The claim's names as a reader sees them (:func:`quotes.text.display`): the registry
    builds names from the text, where a soft hyphen or joiner inside a word, or a line break
    inside a name, would make one speaker two strings."""
    return claim.with_(
        speaker=_displayed_name(claim.speaker),
        speaker_role=display(claim.speaker_role),
        via=_displayed_name(claim.via),
    )


def _displayed_name(name: str | None) -> str | None:
    """A speaker's or intermediary's name for display; none when no letter or digit is left:
    the parser took a sign for the mention ("18% who say" gave "%" as the relative's noun,
    "according to by 5%" gave "%" as the intermediary)."""
    shown = display(name)
    return shown if shown is not None and any(ch.isalnum() for ch in shown) else None


def unresolved(claim: Claim) -> Claim:
    """A claim whose resolution failed: no speaker, and ``rule`` says why
    (``...+resolution_failed``); its mention, cue and spans stay as they were found."""
    return claim.with_(
        speaker=None,
        speaker_type=UNKNOWN,
        speaker_role=None,
        via=None,
        rule=_rule(claim, "resolution_failed"),
    )


def _rule(claim: Claim, resolver_rule: str) -> str:
    return f"{claim.rule}+{resolver_rule}" if claim.rule else resolver_rule

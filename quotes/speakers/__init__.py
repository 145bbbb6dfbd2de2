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
from quotes.records import DIRECT, MIXED, UNKNOWN, Claim
from quotes.speakers.registry import build_registry
from quotes.speakers.registry.model import Entity, Registry
from quotes.speakers.resolution import CERTAINTY, Resolution
from quotes.speakers.resolve import Resolver
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
    document: Document,
    claims: Sequence[Claim],
    registry: Registry | None = None,
    upto: int | None = None,
) -> list[Claim]:
    """Claims with ``speaker``, ``speaker_type``, ``speaker_role`` and ``via`` filled.

    Args:
        document: the parsed document the claims were found in.
        claims: claim records in text order, as :func:`quotes.claims.find_claims` returns them.
        registry: the document's :func:`build_registry`, when the caller resolves twice (the
            learned layer's second pass): it depends on the document alone and resolution
            only reads it, so it is built once.
        upto: resolve the first ``upto`` claims only, when the caller keeps no later one (the
            learned layer's second pass keeps its own claims alone): a claim is resolved from
            the claims before it and the words of all, so the first ones come out as a whole
            pass gives them, and the rest cost nothing (issue 13).

    Returns:
        The same claims (the first ``upto`` of them), in the same order, resolved.
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
    for claim in claims[:upto]:
        own = words_of.get(claim.source, claim.spans) if claim.source else claim.spans
        holder = _quoting_claim(claim, out)
        if holder is not None:
            # a claim quoted inside another's quotation: its speaker is talked about there,
            # so it is no claim's source for salience and continues no later quotation
            quoted = _quoting(document, claim, holder)
            if quoted is None:
                quoted = resolve_claim(resolver, claim, None, own, remember=False)
            out.append(_displayed(quoted))
            continue
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
    remember: bool = True,
) -> Claim:
    """One claim resolved: its source (or its predecessor's speaker) and its intermediary.

    ``own``: the words of every claim with the same source mention ("“...,” he said, adding
    that ..."), which cannot hold its antecedent; the claim's own spans by default.
    ``remember``: whether its speaker counts as a claim's source for the salience of later
    mentions and its mention as one they may continue (not for a claim quoted inside a
    quotation)."""
    via = None
    if claim.via_source is not None:
        via = resolver.resolve(claim.via_source).speaker
    if claim.source is None:
        if previous is not None and "continuation" in claim.rule:
            return continuation(claim, previous, via)
        return claim.with_(speaker=None, speaker_type=UNKNOWN, via=via, rule=_rule(claim, "none"))
    found = resolver.resolve(
        claim.source, exclude=claim.spans if own is None else own, keep=remember
    )
    if via is None:
        via = found.via
    if found.entity is not None and remember:
        resolver.remember_source(claim.source, found.entity)
    return claim.with_(
        speaker=found.speaker,
        speaker_type=found.type,
        speaker_role=found.role,
        via=via,
        confidence=round(claim.confidence * found.certainty, 4),
        rule=_rule(claim, found.rule),
    )


#: How many claims back a claim quoted inside another looks for the claim that holds it: the
#: holder starts before it and a quotation holds few claims, so a short look back finds it and
#: a long document stays linear.
HOLDER_REACH = 8
FIRST_PERSON = frozenset({"i", "me"})
FIRST_PERSON_OWNERS = frozenset({"my", "our"})
FIRST_PERSON_OWNED = frozenset({"mine", "ours"})
OWNED_DETERMINERS = frozenset({"a", "an", "one", "this", "that"})
#: pronouns that, as the source of a claim quoted inside a quotation, stay unresolved
QUOTED_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "you", "him", "her", "them", "us", "one"}
)


def _quoting_claim(claim: Claim, resolved: Sequence[Claim]) -> Claim | None:
    """The direct or mixed claim resolved before ``claim`` whose quotation holds it, source
    and all, when ``claim`` is a direct one: a quotation inside a quotation
    (:mod:`quotes.claims.inner`). The holder starts first, so it is among the last
    :data:`HOLDER_REACH` claims resolved."""
    if claim.source is None or claim.kind != DIRECT:
        return None
    a = claim.source[0]
    return next(
        (
            c
            for c in reversed(resolved[-HOLDER_REACH:])
            if c.kind in (DIRECT, MIXED) and any(x <= a < y for x, y in c.spans)
        ),
        None,
    )


def _quoting(document: Document, claim: Claim, holder: Claim) -> Claim | None:
    """A claim quoted inside ``holder``'s quotation whose source is the first person: "I" is
    the speaker of the claim that quotes it (“I told her, ‘Go home,’” Tom Reed said: Tom
    Reed told her), and "my brother" or "a brother of mine" is that speaker's brother ("Tom
    Reed's brother"), never a person the narration names; "he", "they", "we" there stay
    unresolved (rule ``quoted_pronoun``). None for any other source, or a holder with no
    speaker."""
    assert claim.source is not None
    a, b = claim.source
    words = document.text[a:b].split()
    if not words:
        return None
    first = words[0].lower()
    lower = [w.lower() for w in words]
    if len(words) >= 3 and lower[-2] == "of" and lower[-1] in FIRST_PERSON_OWNED:
        # "an aide of mine" is "my aide"
        words = ["my", *(words[1:-2] if lower[0] in OWNED_DETERMINERS else words[:-2])]
        first = "my"
    if len(words) == 1 and first in QUOTED_PRONOUNS:
        # "he", "they" inside a quotation are people of the speaker's story, whom the
        # narration's salience does not know: unresolved rather than guessed
        return claim.with_(
            speaker=None,
            speaker_type=UNKNOWN,
            speaker_role=None,
            confidence=round(claim.confidence * CERTAINTY["unresolved"], 4),
            rule=_rule(claim, "quoted_pronoun"),
        )
    if holder.speaker is None or not (
        first in FIRST_PERSON_OWNERS or (len(words) == 1 and first in FIRST_PERSON)
    ):
        return None
    if first in FIRST_PERSON:
        return claim.with_(
            speaker=holder.speaker,
            speaker_type=holder.speaker_type,
            speaker_role=holder.speaker_role,
            confidence=round(claim.confidence * CERTAINTY["quoter"], 4),
            rule=_rule(claim, "quoter"),
        )
    return claim.with_(
        speaker=f"{holder.speaker}'s {' '.join(words[1:])}",
        speaker_type=UNKNOWN,
        confidence=round(claim.confidence * CERTAINTY["quoter"], 4),
        rule=_rule(claim, "quoter_owned"),
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
    inside a name, would make one speaker two strings. The claim itself when its names show
    as they are (most do: no copy to make, issue 13)."""
    speaker, role = _displayed_name(claim.speaker), display(claim.speaker_role)
    via = _displayed_name(claim.via)
    if speaker == claim.speaker and role == claim.speaker_role and via == claim.via:
        return claim
    return claim.with_(speaker=speaker, speaker_role=role, via=via)


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

"""Helpers of the resolver tests: a claim placed by its words in a test text, and a resolver
over a real parse (tests/test_resolver_shapes.py, tests/test_speakers_descriptions.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from quotes.records import Claim
from quotes.speakers import resolve_speakers


def span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    """The offsets of the ``nth`` whole-word occurrence of ``words`` in ``text``."""
    found = list(re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text))
    assert len(found) > nth, f"{words!r} not in the test text"
    return found[nth].start(), found[nth].end()


def claim(text: str, content: str, source: str, nth: int = 0) -> Claim:
    """An indirect claim of ``content`` whose source mention is ``source`` (its ``nth``)."""
    return Claim(
        spans=(span(text, content),),
        kind="indirect",
        source=span(text, source, nth),
        confidence=0.8,
        rule="speech_complement",
    )


def resolver(extractor) -> Callable[..., list[Claim]]:  # type: ignore[no-untyped-def]
    """``run(text, *claims)``: the claims resolved over the extractor's parse of ``text``."""

    def run(text: str, *claims: Claim) -> list[Claim]:
        return resolve_speakers(extractor.backend.parse(text), list(claims))

    return run


def relabel(doc, text: str, words: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Give the words ``words`` of ``text`` one NER span of label ``kind`` in ``doc``, as the
    NER reads them in some texts (a test of what follows from a label, not of the NER)."""
    from quotes.document import Span

    a = text.index(words)
    toks = doc.tokens_in(a, a + len(words))
    span = Span(toks[0], toks[-1] + 1, a, a + len(words), kind)
    doc.entities = [e for e in doc.entities if e.end <= span.start or e.start >= span.end]
    doc.entities = sorted([*doc.entities, span], key=lambda e: e.start)

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

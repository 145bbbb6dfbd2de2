"""Resolve speakers: who each claim's source mention refers to."""

from __future__ import annotations

from collections.abc import Sequence

from quotes.document import Document
from quotes.records import Claim


def resolve_speakers(document: Document, claims: Sequence[Claim]) -> list[Claim]:
    """Claims with canonical speakers (resolver under construction)."""
    return list(claims)

"""Find claims: quotations and reported speech, with their cues and source mentions."""

from __future__ import annotations

from quotes.document import Document
from quotes.records import Claim


def find_claims(document: Document) -> list[Claim]:
    """All claims of a parsed document (engine under construction)."""
    return []

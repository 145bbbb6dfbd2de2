"""Where a text's headline ends: read by the registry (headline name spans) and by the
resolver (a headline's descriptions and pronouns). A module of its own, below both, so the
registry does not import the resolver."""

from __future__ import annotations

from quotes.text import dateline_end

#: A first paragraph longer than this is no headline.
HEADLINE_CHARS = 250
#: A first paragraph of more words is a lead, whatever its length in characters: headlines
#: run to 24 words at most on PolNeAR train (839 texts), a one-sentence lead to 25-40.
HEADLINE_WORDS = 30


def headline_end(text: str) -> int | None:
    """Where the headline ends: the text's first paragraph when a body follows and it is
    short (at most :data:`HEADLINE_CHARS`); None for a text without one. A first paragraph
    that opens on a wire dateline ("NAIROBI, March 3 (Reuters) - ...") is the lead itself:
    a headline carries no dateline."""
    cut = text.find("\n\n")
    if cut < 0:
        cut = text.find("\n")
    if cut <= 0 or cut > HEADLINE_CHARS or not text[cut:].strip():
        return None
    if len(text[:cut].split()) > HEADLINE_WORDS:
        return None  # a short lead paragraph, not a headline
    if dateline_end(text, 0) > 0:
        return None
    return cut

"""A claim's words are what was said: its pieces skip no words of it and cut no word.

The rules build a claim's content from dependency subtrees, quotation marks and cuts ("what
the parser hung inside this complement but continues the cue"). Each of these can leave a
hole where the parse is wrong, and a hole in a claim is a misquote: "even if the meeting
were revived, 12 would be impossible" for "..., holding it on the 12th would be impossible".
This module is the last step of claim assembly and holds the rule for every claim, whichever
rule found it:

- **A piece never starts or ends inside a word** (:func:`snap_to_words`): a piece that
  would cut "don't" after "do" takes the whole word.
- **Two pieces are apart only where the claim's own attribution stands between them**
  (:func:`fill_foreign_gaps`): its cue and the words that modify the cue ("he said *on
  Tuesday*"), its source and intermediary mentions, punctuation, quotation marks, and, for a
  direct claim, anything outside the quotation marks (quoted words are what was said; the
  rest is the writer's). Any other word between two pieces is part of what was said, and the
  two pieces become one.

A token belongs to the attribution when it is one of the cue, source or via tokens, or when
its chain of heads reaches one of them (or the root) without passing through the content: the
cue's modifiers hang on the cue, while a word the parser hung inside the complement ("holding"
under "revived") hangs on the content.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.claims.candidates import Candidate
from quotes.document import Document
from quotes.marks import Quotation

#: Kinds whose pieces are quotations: what lies outside the marks is the writer's words.
QUOTED_KINDS = frozenset({"direct"})


def seal(doc: Document, cand: Candidate, quotations: Sequence[Quotation]) -> list[tuple[int, int]]:
    """The candidate's content with :func:`snap_to_words` and :func:`fill_foreign_gaps`
    applied (offsets into ``doc.text``, sorted, not overlapping)."""
    content = snap_to_words(doc.text, cand.content)
    return fill_foreign_gaps(doc, cand, content, quotations)


def snap_to_words(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span widened to whole words where it starts or ends between two letters or
    digits; spans that come to touch or overlap are merged."""
    n = len(text)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while 0 < a < n and _in_word(text, a - 1) and _in_word(text, a):
            a -= 1
        while 0 < b < n and _in_word(text, b - 1) and _in_word(text, b):
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


#: Apostrophes, which are part of a word between two letters ("don't", "O’Neill").
APOSTROPHES = frozenset("'’")


def _in_word(text: str, i: int) -> bool:
    """Whether ``text[i]`` is part of a word: a letter or digit, or an apostrophe between two."""
    ch = text[i]
    if ch.isalnum():
        return True
    return (
        ch in APOSTROPHES
        and 0 < i < len(text) - 1
        and text[i - 1].isalnum()
        and text[i + 1].isalnum()
    )


def fill_foreign_gaps(
    doc: Document,
    cand: Candidate,
    spans: list[tuple[int, int]],
    quotations: Sequence[Quotation] = (),
) -> list[tuple[int, int]]:
    """``spans`` with every gap that holds a word of what was said filled (the two pieces
    joined), so that no claim skips words; see the module docstring for what a gap may hold."""
    if len(spans) < 2:
        return list(spans)
    inside = {i for a, b in spans for i in doc.tokens_in(a, b)}
    attribution = set(cand.cue) | set(cand.source) | set(cand.via)
    if cand.verb >= 0:
        attribution.add(cand.verb)
    quoted = [(q.start, q.end) for q in quotations] if cand.kind in QUOTED_KINDS else None
    out = [spans[0]]
    for a, b in spans[1:]:
        gap = [i for i in doc.tokens_in(out[-1][1], a) if i not in inside]
        if any(_said(doc, i, inside, attribution, quoted) for i in gap):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _said(
    doc: Document,
    i: int,
    inside: set[int],
    attribution: set[int],
    quoted: list[tuple[int, int]] | None,
) -> bool:
    """Whether token ``i``, lying between two pieces of a claim, is a word of what was said."""
    tok = doc[i]
    if tok.pos in ("PUNCT", "SPACE") or not any(ch.isalnum() for ch in tok.text):
        return False
    if i in attribution:
        return False
    if quoted is not None:  # a direct claim: only words inside the marks were said
        return any(a <= tok.start < b for a, b in quoted)
    seen = 0
    while tok.head != tok.i and seen < len(doc.tokens):
        tok = doc[tok.head]
        seen += 1
        if tok.i in attribution:
            return False
        if tok.i in inside:
            return True
    return False

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
  (:func:`join_or_split`): its cue and the words that modify the cue ("he said *on
  Tuesday*"), its source and intermediary mentions, punctuation and quotation marks. A gap
  holding a word of what was said is filled (the two pieces become one); a gap holding the
  writer's narration ("“We won,” the coach said. Fans cheered. “...”") parts the claim into
  claims of the same source and cue.
- **The table's own reading of a gap holds too** (:func:`split_at_other_sentences`, the rule
  of :func:`quotes.invariants.misquotes`, which sees only the text): outside the sentence of
  the cue or source, a gap is filled within a sentence and parted across one.

A token belongs to the attribution when it is one of the cue, source or via tokens, or when
its chain of heads reaches one of them without passing through the content: the cue's
modifiers hang on the cue, while a word the parser hung inside the complement ("holding"
under "revived") hangs on the content. In a direct claim only the words inside the marks are
said; a word whose chain reaches neither the content nor the attribution is narration.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.claims.candidates import Candidate
from quotes.claims.cues import runs
from quotes.claims.direct import timestamp_end
from quotes.document import Document
from quotes.invariants import ends_a_sentence, skipped_words
from quotes.marks import Quotation
from quotes.text import colon_label_end, dateline_end

#: Kinds whose pieces are quotations: what lies outside the marks is the writer's words.
QUOTED_KINDS = frozenset({"direct"})


def seal(
    doc: Document, cand: Candidate, quotations: Sequence[Quotation]
) -> list[list[tuple[int, int]]]:
    """The candidate's content sealed: :func:`snap_to_words`, then :func:`join_or_split`.

    Returns:
        The pieces of one claim, or of several when narration stands between its pieces
        (each list sorted, not overlapping; offsets into ``doc.text``).
    """
    content = snap_to_words(doc.text, without_dateline(doc.text, cand.content))
    content = with_closing_bracket(doc.text, content)
    groups = join_or_split(doc, cand, content, quotations)
    return [part for group in groups for part in split_at_other_sentences(doc, cand, group)]


def without_dateline(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The content without a wire dateline ("MOSCOW, June 3 (Reuters) - ") at its start: a
    fronted complement ("Russia will not send troops, Peskov said") often opens an article,
    and the dateline before it is the writer's, not what was said."""
    pieces = sorted(spans)
    if not pieces or _opens_quotation(text, pieces[0][0]):
        return pieces
    a, b = pieces[0]
    cut = dateline_end(text, a)
    if cut == a:
        cut = colon_label_end(text, a)  # "MUMBAI: The port will reopen, officials said."
    if cut == a:
        cut = _live_timestamp_end(text, a)  # "01:40 Turnout fell, the commission said."
    if cut == a or cut >= b:
        return pieces
    return [(cut, b), *pieces[1:]]


def _live_timestamp_end(text: str, start: int) -> int:
    """Where the words after a live page's time stamp opening the line at ``start`` begin
    ("01:40 Turnout in the region is down to 58%, according to ..."; "03:10 Exit poll was
    right, says ..."); else ``start``. The stamp is the page's, when the entry was posted,
    as a dateline is the wire's (:func:`quotes.claims.direct.timestamp_end`). Only at a
    line's start: "at 10:30 the doors opened" inside a sentence is what was said."""
    if start and text[start - 1] != "\n":
        return start
    return timestamp_end(text, start)


#: How far past a claim's end its bracket may close ("(R-Texas)", "(November 28)").
BRACKET_REACH = 40


def with_closing_bracket(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The content's last piece taken on to the bracket it opens and leaves open: "the plan
    to cut rural bus routes (November 28" is "... (November 28)". The parser hangs a
    bracket's closing mark on the word after it, or on the verb, so a complement's subtree
    stops inside the bracket; a bracket is one aside, in or out of what was said whole
    (a piece never cuts a word, :func:`snap_to_words`, nor an aside). Only a round bracket
    closing within :data:`BRACKET_REACH` characters, with no line break or other bracket
    before it."""
    pieces = sorted(spans)
    if not pieces:
        return pieces
    a, b = pieces[-1]
    if text.count("(", a, b) <= text.count(")", a, b):
        return pieces
    close = text.find(")", b, b + BRACKET_REACH)
    if close < 0 or "(" in text[b:close] or "\n" in text[b:close]:
        return pieces
    return [*pieces[:-1], (a, close + 1)]


def _opens_quotation(text: str, start: int) -> bool:
    """A piece opening on a quotation mark is quoted words; no dateline is inside them."""
    return text[start : start + 1] in "\"'“‘«„"


def split_at_other_sentences(
    doc: Document, cand: Candidate, spans: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """``spans`` held to the table's own reading of a gap (:func:`quotes.invariants.misquotes`,
    which sees only the text, the cue's first part and the source): a gap whose words lie
    outside the sentence of the cue or source is parted when it holds a sentence end (the
    parse joined two sentences: an emoji or a missing space between them), and filled when
    it does not ("Polls show Clinton up by 10 points in ...", where the parser hung "up by 10
    points" on the verb as a particle: the words are what the polls show).

    An intermediary ("according to U.S.") is not among the marks: the table gives no offsets
    for it, so the table's reading cannot see it, and a gap sentence holding only the
    intermediary ("He said that ) according to U.S.. «the plan»") would read as skipped
    words. Such a gap is parted or filled like narration."""
    cue = _first_part(doc, cand.cue)
    marks = [(doc[i].start, doc[i].end) for i in cand.source] + cue
    groups = [[spans[0]]]
    for a, b in spans[1:]:
        last = groups[-1][-1]
        if not skipped_words(doc.text, last[1], a, marks):
            groups[-1].append((a, b))
        elif ends_a_sentence(doc.text, last[1], a):
            groups.append([(a, b)])
        else:
            groups[-1][-1] = (last[0], b)
    return groups


def _first_part(doc: Document, cue: list[int]) -> list[tuple[int, int]]:
    """The offsets of the cue's first contiguous part, as the table's ``cue_start`` has them
    (:func:`quotes.claims.to_records`)."""
    parts = runs(cue)
    return [(doc[parts[0][0]].start, doc[parts[0][-1]].end)] if parts else []


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


#: What a word between two pieces of a claim is: what was said, the claim's attribution, or
#: the writer's narration.
SAID, ATTRIBUTION, NARRATION = "said", "attribution", "narration"


def join_or_split(
    doc: Document,
    cand: Candidate,
    spans: list[tuple[int, int]],
    quotations: Sequence[Quotation] = (),
) -> list[list[tuple[int, int]]]:
    """``spans`` with each gap decided by the words in it (:func:`_gap_word`): a gap holding
    a word of what was said is filled (its two pieces become one), a gap holding only the
    claim's attribution stays, and a gap holding the writer's narration ("“We won,” the
    coach said. Fans cheered. “We will win again.”") ends the claim: what follows is a
    claim of its own, with the same source and cue. So a claim's pieces are apart only
    where its own attribution stands between them."""
    if len(spans) < 2:
        return [list(spans)]
    inside = {i for a, b in spans for i in doc.tokens_in(a, b)}
    attribution = set(cand.cue) | set(cand.source) | set(cand.via)
    if cand.verb >= 0:
        attribution.add(cand.verb)
    quoted = [(q.start, q.end) for q in quotations] if cand.kind in QUOTED_KINDS else None
    groups = [[spans[0]]]
    for a, b in spans[1:]:
        last = groups[-1][-1]
        gap = [i for i in doc.tokens_in(last[1], a) if i not in inside]
        kinds = {_gap_word(doc, i, inside, attribution, quoted) for i in gap}
        if SAID in kinds:
            groups[-1][-1] = (last[0], b)
        elif NARRATION in kinds:
            groups.append([(a, b)])
        else:
            groups[-1].append((a, b))
    return groups


def _gap_word(
    doc: Document,
    i: int,
    inside: set[int],
    attribution: set[int],
    quoted: list[tuple[int, int]] | None,
) -> str | None:
    """What token ``i``, lying between two pieces of a claim, is: :data:`SAID`,
    :data:`ATTRIBUTION`, :data:`NARRATION`, or None for punctuation and marks.

    A direct claim's said words are those inside the quotation marks; otherwise a word whose
    chain of heads passes through the content before it reaches the attribution is said. A
    word whose chain reaches the attribution first is attribution ("said *on Tuesday*"); one
    whose chain reaches neither is the writer's narration.
    """
    tok = doc[i]
    if tok.pos in ("PUNCT", "SPACE") or not any(ch.isalnum() for ch in tok.text):
        return None
    if i in attribution:
        return ATTRIBUTION
    if quoted is not None and any(a <= tok.start < b for a, b in quoted):
        return SAID
    seen = 0
    while tok.head != tok.i and seen < len(doc.tokens):
        tok = doc[tok.head]
        seen += 1
        if tok.i in attribution:
            return ATTRIBUTION
        if tok.i in inside:
            return SAID if quoted is None else ATTRIBUTION
    return NARRATION

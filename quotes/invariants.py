"""The promises of a claims table, checked: docs/schema.md's invariants and the no-misquote rule.

:func:`violations` is what the robustness benchmark (``benchmarks/robustness.py``), the tests
and a corpus harness call on any table with its text; an empty list means the table keeps
every promise. Each message names the row (``quote_id``) and what is wrong, so a failure can
be read without a debugger.

The no-misquote rule: a claim in several pieces skips only its own attribution clause between
them (the sentence of the gap that holds its cue or source mention: "the coach said on Sunday
in a statement"), punctuation, quotation marks, spaces and invisible characters; and no piece
starts or ends inside a word. A piece cut mid-word, or a gap that swallows other words, would
put words in a speaker's mouth. The claim finder holds the same rule on the parse
(:mod:`quotes.claims.integrity`): this check needs only the table and the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any

import pandas as pd

from quotes.lexicons import load_lexicon, load_table
from quotes.records import KINDS, SPEAKER_TYPES
from quotes.table import COLUMNS
from quotes.text import LINE_BREAKS, mojibake_runs, without_markup

Offsets = tuple[int, int]


def violations(text: str, claims: pd.DataFrame) -> list[str]:
    """Every broken promise of ``claims`` (a claims table) about ``text``, as messages."""
    missing = [c for c in COLUMNS if c not in claims.columns]
    if missing:
        return [f"table: missing columns {missing}"]
    out: list[str] = []
    if list(claims["quote_id"]) != list(range(len(claims))):
        out.append("table: quote_id is not 0, 1, ... in row order")
    for row in claims.itertuples(index=False):
        out.extend(f"quote_id {row.quote_id}: {m}" for m in row_violations(text, row))
    return out


def row_violations(text: str, row: Any) -> list[str]:
    """The broken promises of one row (a ``DataFrame.itertuples`` row)."""
    spans = [tuple(s) for s in row.spans] if row.spans is not None else []
    if not spans:
        return ["no spans"]
    out: list[str] = []
    n = len(text)
    for a, b in spans:
        if not (0 <= a < b <= n):
            out.append(f"span {(a, b)} is empty or outside the text (length {n})")
    if out:
        return out
    if any(spans[i][0] < spans[i - 1][1] for i in range(1, len(spans))):
        out.append(f"spans {spans} are not sorted and disjoint")
    if row.quote != " ".join(text[a:b] for a, b in spans):
        out.append("quote is not the spans' text joined by one space")
    if (row.start, row.end) != (spans[0][0], spans[-1][1]):
        out.append(f"start, end {(row.start, row.end)} are not the spans' ends")
    if row.kind not in KINDS:
        out.append(f"kind {row.kind!r} is not one of {KINDS}")
    if row.speaker_type not in SPEAKER_TYPES:
        out.append(f"speaker_type {row.speaker_type!r} is not one of {SPEAKER_TYPES}")
    if not 0.0 <= row.confidence <= 1.0:
        out.append(f"confidence {row.confidence} is outside 0..1")
    source = _offsets(row.speaker_start, row.speaker_end)
    if pd.isna(row.speaker_mention) != (source is None):
        out.append("speaker_mention and its offsets are not both given or both NA")
    elif source is not None:
        if not 0 <= source[0] < source[1] <= n:
            out.append(f"speaker offsets {source} are outside the text")
        elif text[source[0] : source[1]] != row.speaker_mention:
            out.append("speaker_mention is not text[speaker_start:speaker_end]")
    for name in ("speaker", "speaker_mention", "speaker_role", "via"):
        value = getattr(row, name)
        if not pd.isna(value) and not any(ch.isalnum() for ch in value):
            out.append(f"{name} {value!r} has no letter or digit")
    cue = _offsets(row.cue_start, row.cue_end)
    if cue is not None and not 0 <= cue[0] < cue[1] <= n:
        out.append(f"cue offsets {cue} are outside the text or empty")
    out.extend(misquotes(text, spans, cue, source, None if pd.isna(row.cue) else row.cue))
    return out


def misquotes(
    text: str,
    spans: Sequence[Offsets],
    cue: Offsets | None = None,
    source: Offsets | None = None,
    cue_text: str | None = None,
) -> list[str]:
    """The no-misquote rule for one claim (see the module docstring).

    A gap between two pieces is read sentence by sentence: the sentence that holds the
    claim's cue or source mention is its attribution clause ("the coach said on Sunday in a
    statement"), which may be skipped whole; any other words in a gap (a sentence of
    narration, words of the content) are a misquote. ``cue_text`` is kept for callers of the
    older signature; the cue's offsets decide.
    """
    out: list[str] = []
    for a, b in spans:
        if _inside_word(text, a):
            out.append(f"piece {(a, b)} starts inside a word: {_context(text, a)!r}")
        if _inside_word(text, b):
            out.append(f"piece {(a, b)} ends inside a word: {_context(text, b)!r}")
    marks = [m for m in (cue, source) if m is not None]
    for (_, gap_start), (gap_end, _) in zip(spans, spans[1:], strict=False):
        rest = skipped_words(text, gap_start, gap_end, marks)
        if rest:
            out.append(f"the gap {(gap_start, gap_end)} skips words: {rest!r}")
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’'»)\]]*\s+")


#: The word before a full stop that makes it no sentence end (abbreviations.txt).
_WORD_BEFORE = re.compile(r"(\w+)\.[\"”’'»)\]]*\s*$")


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Where sentences end inside ``text[start:end]``: a full stop, question or exclamation
    mark, closing marks, then a space; not the full stop of a title or an initial before a
    name ("to Mr. Ruiz", "Peter T. King"), which PolNeAR's pieces of one quotation span (the
    gap "said Tom Reyes, a former adviser to Mr. Ruiz." is one sentence of attribution)."""
    return [
        m.end()
        for m in _SENTENCE_END.finditer(text, start, end)
        if not _abbreviation_before(text[max(start, m.start() - 20) : m.end()])
    ]


def _abbreviation_before(piece: str) -> bool:
    """Whether ``piece`` ends in a title abbreviation or an initial and its full stop."""
    found = _WORD_BEFORE.search(piece)
    if found is None:
        return False
    word = found.group(1)
    return (len(word) == 1 and word.isupper()) or word.lower() in _abbreviations()


@cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations that end in a full stop without ending a sentence, lower case and without
    it: the titles of ``title_abbreviations.txt`` (the list the spaCy tokenizer keeps whole)
    and the others of ``abbreviations.txt`` ("Jr.", "St.", "Atty."), one list of titles for
    both readers."""
    titles = (row[0].lower().removesuffix(".") for row in load_table("title_abbreviations"))
    return load_lexicon("abbreviations") | frozenset(titles)


def ends_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends inside ``text[start:end]`` (:func:`_sentence_ends`)."""
    return bool(_sentence_ends(text, start, end))


def skipped_words(text: str, start: int, end: int, attribution: Sequence[Offsets]) -> str:
    """The words of ``text[start:end]`` outside its attribution clause: the gap is cut into
    sentences, those touching a cue or source span are dropped, and what words remain are
    returned."""
    words: list[str] = []
    a = start
    cuts = [*_sentence_ends(text, start, end), end]
    for b in cuts:
        if b <= a:
            continue
        if not any(x < b and a < y for x, y in attribution):
            words.extend(w for w in re.split(r"[\W_]+", _unmarked(text, a, b)) if w)
        a = b
    return " ".join(words)


#: How far markup may reach over a gap's edge (the longest tag quotes.text reads).
_MARKUP_REACH = 330


def _unmarked(text: str, a: int, b: int) -> str:
    """``text[a:b]`` with markup read as spaces, markup cut by the gap's edges included (a
    claim may start on the character an entity stands for: "&#39;" is read at its ";"), and
    each mojibake run read as the character it encodes, as the parser reads it: "â€œ" is a
    quotation mark, no word a claim could skip."""
    lo, hi = max(0, a - _MARKUP_REACH), min(len(text), b + _MARKUP_REACH)
    plain = without_markup(text[lo:hi])[a - lo : b - lo]
    runs = _mojibake_starts(text) if len(text) > 1 else {}
    if not runs:
        return plain
    out: list[str] = []
    i = a
    while i < b:
        if i in runs:
            end, char = runs[i]
            out.append(char)
            i = max(end, i + 1)
        else:
            out.append(plain[i - a])
            i += 1
    return "".join(out)


@lru_cache(maxsize=4)
def _mojibake_starts(text: str) -> dict[int, tuple[int, str]]:
    """Where each mojibake run of ``text`` starts: its end and the character it encodes."""
    return {a: (b, char) for a, b, char in mojibake_runs(text)}


def _offsets(start: Any, end: Any) -> Offsets | None:
    if pd.isna(start) or pd.isna(end):
        return None
    return int(start), int(end)


#: Controls and formats that still separate words: tab, the line breaks the library reads as
#: paragraph breaks (quotes.text.LINE_BREAKS and "\n"), a zero-width space.
_SEPARATING = frozenset("\t\n\u200b" + LINE_BREAKS)


def _visible(ch: str) -> bool:
    """Invisible characters (formats, controls) are no character at all to a reader, but a
    zero-width space and the controls that break lines separate words (the ones
    ``str.splitlines`` breaks at: NEL ``\x85`` and the separators ``\x1c``-``\x1e``, which
    the library reads as paragraph breaks too)."""
    return unicodedata.category(ch) not in ("Cf", "Cc") or ch in _SEPARATING


@lru_cache(maxsize=4)
def _mojibake_chars(text: str) -> dict[int, str]:
    """For each character of a mojibake run of ``text`` (:func:`quotes.text.mojibake_runs`),
    the character the run encodes: "â€œ" is a quotation mark to the library, not the letter
    "œ" a cut after it would sit beside. Derived from :func:`_mojibake_starts`, so a text's
    runs are found once for both readings."""
    return {i: char for a, (b, char) in _mojibake_starts(text).items() for i in range(a, b)}


def _word_char(text: str, i: int, step: int) -> bool:
    """Whether the nearest visible character from ``i`` (going by ``step``) is alphanumeric,
    a mojibake run read as the character it encodes."""
    repaired = _mojibake_chars(text) if len(text) > 1 else {}
    while 0 <= i < len(text) and not _visible(repaired.get(i, text[i])):
        i += step
    return 0 <= i < len(text) and repaired.get(i, text[i]).isalnum()


def _inside_word(text: str, i: int) -> bool:
    """A cut at ``i`` has a letter or digit on both sides."""
    return _word_char(text, i - 1, -1) and _word_char(text, i, 1)


def _context(text: str, i: int) -> str:
    return text[max(0, i - 15) : i] + "|" + text[i : i + 15]

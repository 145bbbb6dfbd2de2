"""Quotation-mark pairing on the raw text, robust to bad typography.

News text quotes with “ ” " « » „ (and ‘ ’ ' for quotes inside quotes or in headlines). Pairing
is done paragraph by paragraph in one left-to-right pass (linear in the number of marks), and
never fails on a document: unlike textacy's ``direct_quotations``, which counts marks and gives
up on an odd number, every mark is either paired or repaired by these news conventions:

- A closing mark with no opener before it opens where the paragraph's last quotation ended,
  or at the paragraph start (a dropped opening mark: ``... talked about China,” X said.``).
- An opener that is never closed runs to the end of its paragraph, and when the next paragraph
  opens with a mark the quotation continues there: the Chicago Manual of Style rule for quotes
  running over several paragraphs (an opening mark on each, a closing mark only on the last).
- Apostrophes (Trump’s, don’t, parents’) are not quotation marks.
- Two straight apostrophes ``''`` and two backticks ````` are one double mark, as in text from
  the Penn Treebank tradition and some wire archives (the New York Times' among them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quotes.document import Paragraph

DOUBLE_OPEN = frozenset("“„«")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_EITHER = frozenset('"‟')
SINGLE_OPEN = frozenset("‘‚‹")
SINGLE_CLOSE = frozenset("’›")
SINGLE_EITHER = frozenset("'")
ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER | SINGLE_OPEN | SINGLE_CLOSE | SINGLE_EITHER

_LOW_PAIRS = frozenset({("„", "“"), ("‚", "‘")})
_LOW_OPENERS = frozenset(opener for opener, _ in _LOW_PAIRS)
_OPENING_CONTEXT = frozenset(" \t\u00a0\u2009\u202f([{—–-/:;\u200b")


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation: the words between a pair of marks.

    Attributes:
        start, end: offsets of the quoted words (marks and surrounding spaces excluded).
        open_mark, close_mark: offsets of the marks, None where a mark was missing and
            repaired (see the module docstring).
        paragraph: index of the paragraph.
        continues: the quotation continues one left open in the previous paragraph.
    """

    start: int
    end: int
    open_mark: int | None
    close_mark: int | None
    paragraph: int
    continues: bool = False

    @property
    def repaired(self) -> bool:
        return self.open_mark is None or self.close_mark is None


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, i: int, start: int, end: int) -> str:
    """``open``, ``close``, ``either`` or ``none`` (an apostrophe) for the mark at ``i``."""
    ch = text[i]
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if ch in SINGLE_CLOSE or ch in SINGLE_EITHER:
        if _is_letter(before) and _is_letter(after):
            return "none"  # don’t, Trump’s
        if ch in SINGLE_EITHER and before.isdigit():
            return "none"  # 5' 10
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
        return "open"
    if ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE:
        return "close"
    # straight marks: decide by what stands around them
    open_ctx = before in _OPENING_CONTEXT or i == start
    close_ctx = not after.isalnum() or i + 1 == end
    if open_ctx and not close_ctx:
        return "open"
    if close_ctx and not open_ctx:
        return "close"
    return "either"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _pair(
    text: str, para: Paragraph, marks: list[tuple[int, str]], carried: bool
) -> tuple[list[Quotation], bool]:
    """Pair one family of marks in one paragraph; returns the quotations and whether the
    paragraph ends inside an open quotation."""
    out: list[Quotation] = []
    open_at: int | None = None
    last_end = para.start_char
    continues = False
    depth = 0  # quotations nested in the open one through a single-marked one
    if carried and marks and text[para.start_char : marks[0][0]].strip() == "":
        continues = True
    for n, (pos, role) in enumerate(marks):
        if open_at is not None and (text[open_at], text[pos]) in _LOW_PAIRS:
            role = "close"  # German „…“ and ‚…‘
        if (
            open_at is not None
            and role == "open"
            and _nested_third(text, open_at, pos, marks, n, depth)
        ):
            depth += 1
            continue
        if depth and role in ("close", "either"):
            depth -= 1
            continue
        if open_at is None:
            if role in ("open", "either"):
                open_at = pos
            else:  # a closer with no opener: open after the last quotation or at paragraph start
                a = last_end
                while a < pos and not (text[a].isalnum() or text[a] in ALL_MARKS):
                    a += 1
                a, b = _trim(text, a, pos)
                if b > a:
                    out.append(Quotation(a, b, None, pos, para.index))
                last_end = pos + 1
        else:
            if role in ("close", "either"):
                a, b = _trim(text, open_at + 1, pos)
                if b > a:
                    out.append(Quotation(a, b, open_at, pos, para.index, continues and not out))
                open_at = None
                last_end = pos + 1
            else:  # a second opener while one is open: the first was never closed
                a, b = _trim(text, open_at + 1, pos)
                if b > a:
                    out.append(Quotation(a, b, open_at, None, para.index, continues and not out))
                open_at = pos
    unclosed = open_at is not None
    if open_at is not None:
        a, b = _trim(text, open_at + 1, para.end_char)
        if b > a:
            out.append(Quotation(a, b, open_at, None, para.index, continues and not out))
    return out, unclosed


def _nested_third(
    text: str, open_at: int, pos: int, marks: list[tuple[int, str]], n: int, depth: int
) -> bool:
    """Whether the opening mark at ``pos``, met while the quotation opened at ``open_at`` is
    still open, opens a quotation inside a quotation inside it (“He said, ‘My father told me,
    “Never sign,”’ and left,” ...: double, single, double again; New Hart's Rules 9.2.2)
    rather than showing that the first was never closed. So it is when a single-marked
    quotation opened between the two and is still open, and enough closing marks follow in
    the paragraph to close both."""
    if (
        text[open_at] not in DOUBLE_OPEN | DOUBLE_EITHER
        or text[pos] not in DOUBLE_OPEN | DOUBLE_EITHER
    ):
        return False
    singles = 0
    for i in range(open_at + 1, pos):
        ch = text[i]
        if ch not in SINGLE_OPEN and ch not in SINGLE_CLOSE and ch not in SINGLE_EITHER:
            continue
        role = _role(text, i, open_at + 1, pos)
        if role == "open" or (role == "either" and singles == 0):
            singles += 1
        elif role in ("close", "either") and singles:
            singles -= 1
    if singles <= 0:
        return False
    closers = sum(1 for _, r in marks[n + 1 :] if r in ("close", "either"))
    return closers >= depth + 2


def find_quotations(text: str, paragraphs: Sequence[Paragraph]) -> list[Quotation]:
    """All top-level quotations of ``text``, in text order.

    Double marks are the quotation marks of news; single marks quote inside them and are
    ignored there. A paragraph with no double marks (a headline, British style) is paired on
    its single marks.
    """
    out: list[Quotation] = []
    carried = False
    for para in paragraphs:
        a, b = para.start_char, para.end_char
        doubles: list[tuple[int, str]] = []
        singles: list[tuple[int, str]] = []
        i = a
        while i < b:
            ch = text[i]
            if ch not in ALL_MARKS and ch != "`":
                i += 1
                continue
            pair = text[i : i + 2]
            if pair in ("''", "``"):
                role = "open" if pair == "``" else _role(text, i + 1, a, b)
                if pair == "''":
                    before = text[i - 1] if i > a else " "
                    role = "open" if before in _OPENING_CONTEXT or i == a else role
                    role = "close" if role == "either" else role
                doubles.append((i + 1 if role == "open" else i, role))
                i += 2
                continue
            if ch == "`":
                i += 1
                continue
            role = _role(text, i, a, b)
            if role != "none":
                if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch in DOUBLE_EITHER:
                    doubles.append((i, role))
                else:
                    singles.append((i, role))
            i += 1
        singles = _drop_possessives(text, _low_pairs_closed(text, singles)) if singles else singles
        singles_pair = bool(singles) and _balanced_singles(singles)
        if doubles and singles_pair:
            found_singles, open_single = _pair(text, para, singles, carried)
            if _doubles_nested(doubles, found_singles):
                found, carried = found_singles, open_single  # British: 'He said "no".'
            else:
                found, carried = _pair(text, para, doubles, carried)
                if not carried:
                    found = _with_singles_apart(text, para, found, singles)
        elif doubles:
            found, carried = _pair(text, para, doubles, carried)
        elif singles_pair:
            found, carried = _pair(text, para, singles, False)
        else:
            found, carried = [], False
        out.extend(found)
    return out


def _with_singles_apart(
    text: str, para: Paragraph, doubles: list[Quotation], singles: list[tuple[int, str]]
) -> list[Quotation]:
    """The paragraph's double-marked quotations and its single-marked ones that stand apart
    from them: a paragraph may quote one speaker with double marks and the next with single
    ones (a witness "pulled something out", another said: 'Everyone just started
    screaming.'), as a writer mixing house styles or copying a wire does. A single-marked
    quotation inside a double-marked one is nested (American style) and one holding double
    marks is British style (:func:`_doubles_nested`); only one with both its marks outside
    every double-marked quotation, when every double-marked one has both its marks, is
    taken, and only one set off as speech (:func:`_set_off_as_speech`): a quoted headline or
    a scare-quoted term ('nuclear option') beside a double-marked quotation stays words."""
    if not doubles or any(q.repaired for q in doubles):
        return doubles
    spans = [(q.open_mark, q.close_mark) for q in doubles]
    marked = [(a, b) for a, b in spans if a is not None and b is not None]
    found, _ = _pair(text, para, singles, False)
    apart = [
        q
        for q in found
        if q.open_mark is not None
        and q.close_mark is not None
        and all(q.close_mark < a or b < q.open_mark for a, b in marked)
        and _set_off_as_speech(text, q.open_mark, q.close_mark)
    ]
    return sorted([*doubles, *apart], key=lambda q: q.start) if apart else doubles


def _set_off_as_speech(text: str, open_mark: int, close_mark: int) -> bool:
    """Whether a quotation's marks set off speech, as a sentence's punctuation shows: the
    opening mark after a colon or comma (said: '...', said, '...') or the closing mark
    after the quotation's own comma, full stop, question or exclamation mark ('...,' she
    said). A quoted term or title has neither."""
    before = text[max(0, open_mark - 20) : open_mark].rstrip()[-1:]
    return before in (":", ",") or text[close_mark - 1 : close_mark] in (",", ".", "?", "!")


def _doubles_nested(doubles: list[tuple[int, str]], singles: list[Quotation]) -> bool:
    """Whether every double mark of the paragraph lies inside a quotation paired on single
    marks that opened with a mark: British style, which quotes with single marks and nests
    double ones ('The minister told the House the report was "not yet finished".'; the
    Guardian and BBC style guides, New Hart's Rules 9.2)."""
    spans = [(q.open_mark, q.close_mark) for q in singles if q.open_mark is not None]
    if not spans:
        return False
    return all(any(a < pos and (b is None or pos < b) for a, b in spans) for pos, _ in doubles)


def _low_pairs_closed(text: str, marks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The marks with the closer of a low pair read as closing: German and Czech quote
    ‚like this‘ (and „like this“), where the closing mark is the English opening one, so
    read by its shape alone a ‚…‘ quotation has two openers and never pairs (Duden, "Satzzeichen:
    Anführungszeichen"). A ‘ while a ‚ is open closes it. Linear, left to right."""
    out: list[tuple[int, str]] = []
    low_open: str | None = None
    for pos, role in marks:
        ch = text[pos]
        if low_open is not None and (low_open, ch) in _LOW_PAIRS:
            out.append((pos, "close"))
            low_open = None
            continue
        if ch in _LOW_OPENERS:
            low_open = ch
        elif role in ("close", "either"):
            low_open = None
        out.append((pos, role))
    return out


def _drop_possessives(text: str, marks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Single marks without the apostrophes of plural possessives: a closing mark after an
    "s" while no single quotation is open ("the nurses' union said the offer was 'an
    insult'") is the possessive's apostrophe (workers', Jones'), not the end of a quotation
    that never began. Linear, left to right."""
    out: list[tuple[int, str]] = []
    is_open = False
    for pos, role in marks:
        if role == "close" and not is_open and pos > 0 and text[pos - 1] in "sSzZ":
            continue
        out.append((pos, role))
        if role == "open" or (role == "either" and not is_open):
            is_open = True
        elif role in ("close", "either"):
            is_open = False
    return out


def _balanced_singles(marks: list[tuple[int, str]]) -> bool:
    """Single marks quote only when they pair up cleanly; otherwise they are apostrophes
    (students’ rights, the ’90s) and pairing them would invent quotations."""
    opens = sum(1 for _, r in marks if r == "open")
    closes = sum(1 for _, r in marks if r == "close")
    either = sum(1 for _, r in marks if r == "either")
    return opens >= 1 and opens + either >= 1 and opens == closes + either


def find_inner_quotations(
    text: str, quotations: Sequence[Quotation]
) -> list[tuple[int, Quotation]]:
    """The quotations inside quotations, each with the index of the quotation that holds it.

    News nests with the other family of marks: single inside double in American style
    (“He told me, ‘Never sign,’ and left”), double inside single in British style (New
    Hart's Rules 9.2; the Guardian and BBC style guides). Only an outer quotation with both
    its marks is searched, and only when the inner marks pair up cleanly (an apostrophe is
    no mark: :func:`_role`, :func:`_drop_possessives`); otherwise nothing is found, so no
    quotation is invented. Linear in the marks inside the quotations."""
    out: list[tuple[int, Quotation]] = []
    for n, q in enumerate(quotations):
        if q.open_mark is None or q.close_mark is None:
            continue
        outer_double = text[q.open_mark] in DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER
        family = (
            SINGLE_OPEN | SINGLE_CLOSE | SINGLE_EITHER
            if outer_double
            else DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_EITHER
        )
        marks = [
            (i, _role(text, i, q.start, q.end)) for i in range(q.start, q.end) if text[i] in family
        ]
        marks = [(i, r) for i, r in marks if r != "none"]
        if outer_double:
            marks = _drop_possessives(text, marks)
        out.extend((n, inner) for inner in _strict_pairs(text, marks, q.paragraph))
    return out


def _strict_pairs(text: str, marks: list[tuple[int, str]], paragraph: int) -> list[Quotation]:
    """Quotations from marks that alternate opener, closer (an ``either`` mark takes the role
    its place needs); none at all when they do not, as for an unclosed inner mark."""
    out: list[Quotation] = []
    open_at: int | None = None
    for pos, role in marks:
        if open_at is None and role in ("open", "either"):
            open_at = pos
        elif open_at is not None and role in ("close", "either"):
            a, b = _trim(text, open_at + 1, pos)
            if b > a:
                out.append(Quotation(a, b, open_at, pos, paragraph))
            open_at = None
        else:
            return []
    return [] if open_at is not None else out

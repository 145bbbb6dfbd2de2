"""The text stage: what the parser and the rules read, and the way back to the user's text.

News text arrives with more than letters, spaces and ``\\n``: Windows and old-Mac line ends
(``\\r\\n``, ``\\r``), Unicode's own line and paragraph separators (U+2028, U+2029, U+0085),
no-break and thin spaces, a byte-order mark at the start of a file, zero-width spaces and
joiners, soft hyphens and bidi marks from the web. A parser takes each of them for a word or
part of one (``said\\u2060`` is not ``said``; a zero-width space becomes a speaker), and a
rule that looks for a line break or a blank stretch does not see them as such.

:func:`prepare` gives two views of a text, each with a way back to the original:

- :attr:`Prepared.plain`, **the same length as the original**: every line break a ``\\n``
  (``\\r\\n`` two), every space character a space, and invisible characters a space, unless
  they sit inside a word (a soft hyphen, a joiner), where they stay as they are. The rules
  read it as :attr:`quotes.document.Document.text`: its offsets are the original's, so claims
  index the user's text with no mapping, and a name or cue read from it has plain spaces.
- :attr:`Prepared.parse_text`, what the parser reads: line breaks one ``\\n``, spaces a space,
  invisible characters gone (a zero-width space between two words a space), guillemets and
  low quotation marks the English marks of the same role (a parser trained on English takes
  ``»`` for a word), and a long run of punctuation (a thousand quotation marks in a row)
  shortened to its two ends (:data:`RUN_KEEP`), since a tokenizer strips such a run one
  character at a time (quadratic) and the parser would read every mark. Its length differs
  from the original's, so each of its characters carries where it came from:
  :meth:`Prepared.start_of` and :meth:`Prepared.end_of` map a parsed token's offsets back to
  the original text.

Markup left from the web (:data:`_MARKUP`: character entities such as ``&quot;`` and
``&nbsp;``, paragraph, break and inline tags) is read for what it stands for: the parser gets
the character (a line break for a block tag, nothing for an inline one), the rules the same
character padded with spaces to the markup's length (an entity inside a word, ``didn&#39;t``,
stays as written for them). The table still quotes the user's text, markup and all. Markdown's
bold marks (:data:`_BOLD`, ``**Name:**``) are inline markup too.

Mojibake, UTF-8 bytes read as Windows-1252 or Latin-1 by a scraper ("PeÃ±a Nieto", "â€œ" for
"“"), is read for the character it encodes (:func:`mojibake_runs`): the parser gets the
character, so a name is one word and a quotation mark a mark; the rules read a letter's run as
written (a name's key folds it, :func:`quotes.speakers.name_keys.name_key`) and a mark's run as
the mark at the run's outer end, padded with spaces towards the word, so a claim that holds its
marks holds the whole run. Only a whole valid sequence of 2-4 bytes is read: "SÃO" and "à
la" are text. ftfy repairs more (several encodings, text encoded twice, a badness score);
news copy shows this one case.

A line break inside a sentence of hard-wrapped text (:data:`_SOFT_BREAK`) is read as a space by
both views, so the sentence stays one paragraph.

A text with none of these characters (most news) is its own plain and parse text, and the map
is the identity.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
import numpy.typing as npt

Offsets = npt.NDArray[np.int64]

#: Every Unicode line break (those of ``str.splitlines``) but ``\\n`` itself.
LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

#: Space characters (Unicode category Zs) other than the space: no-break, thin, em ... spaces.
SPACES = "\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"

#: Invisible characters: format characters (category Cf: zero-width space and joiners, word
#: joiner, soft hyphen, bidi marks, the byte-order mark ...), and the control characters
#: (category Cc) that are neither a tab nor a line break. Unicode 14's Cf, checked against
#: ``unicodedata`` by the tests (scanning every code point at import costs 0.4 s).
INVISIBLE = (
    "\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f"  # Cc
    "\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)

#: Invisible characters that separate words: the zero-width space. Between two words it becomes
#: a space; the others (joiners, soft hyphens, marks, the byte-order mark, which inside a text
#: is Unicode's zero-width no-break space) become nothing, as they join or sit inside a word.
SEPARATORS = frozenset("\u200b")

#: The dashes a text writes between phrases: hyphen-minus, a doubled one, en dash, em dash and
#: horizontal bar ("\u2015", the quotation dash of some European and wire copy). One set for
#: the claim finder (an attribution after a dash), the registry (a spaced dash is never inside
#: a name) and the resolver (a parenthesis between dashes).
DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})

_ODD = re.compile(f"(\r\n|[{LINE_BREAKS}])|([{SPACES}])|([{INVISIBLE}]+)")

#: Quotation marks the parser rarely saw in training (English models learn “ ” and " from
#: their corpora), read as the English marks of the same role: a guillemet after a word was
#: parsed as a noun and became a speaker (``«…» wrote she`` gave the source ``»``). One
#: character for one, so offsets do not move; the rules still see the original marks.
PARSER_MARKS = str.maketrans({"«": "“", "»": "”", "„": "“", "‟": "“", "‹": "‘", "›": "’", "‚": "‘"})

#: A run of punctuation longer than ``2 * RUN_KEEP`` characters (no letter, digit or line
#: break in it; spaces may stand between the marks) reaches the parser as its first and last
#: :data:`RUN_KEEP` characters with a space between: a tokenizer strips such a run one
#: character at a time (quadratic: 16k quotation marks took a minute), and every mark left
#: is a token the parser must read. The rules still see the whole run (quotation marks are
#: paired on the plain view).
RUN_KEEP = 16
_RUN = re.compile(rf"(?:[^\w\s][ \t]*){{{2 * RUN_KEEP + 1},}}")


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text's plain and parse views (see the module docstring).

    Attributes:
        original: the text as given.
        plain: the same length as ``original``, read by the rules.
        parse_text: read by the parser.
        starts, ends: for each character of ``parse_text``, the original characters
            ``[starts[i], ends[i])`` it stands for (the space in a shortened run stands for
            its middle);
            None when ``parse_text`` is as long as ``original``, character for character.
    """

    original: str
    plain: str
    parse_text: str
    starts: Offsets | None = None
    ends: Offsets | None = None

    @property
    def identity(self) -> bool:
        return self.starts is None

    def start_of(self, i: Any) -> Any:
        """Original offset where parse-text character(s) ``i`` begin (an int or an array)."""
        return i if self.starts is None else self.starts[i]

    def end_of(self, i: Any) -> Any:
        """Original offset where the parse-text span ending at ``i`` (exclusive) ends."""
        return i if self.ends is None else self.ends[np.asarray(i) - 1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the parse-text characters ``[start, end)`` (non-empty)."""
        if self.starts is None or self.ends is None:
            return start, end
        return int(self.starts[start]), int(self.ends[end - 1])


#: Lone surrogates: a Python ``str`` may hold them (a broken decode, a JSON ``\\ud800``), UTF-8
#: cannot, and the parser encodes its text. The parser reads the replacement character in
#: their place, one for one; the rules and the table keep the text as given.
_SURROGATE = re.compile("[\ud800-\udfff]")

_INVISIBLE_RUN = re.compile(f"[{INVISIBLE}]+")
_WHITE_RUN = re.compile(rf"[\s{SPACES}]+")


@overload
def display(words: str) -> str: ...
@overload
def display(words: None) -> None: ...
def display(words: str | None) -> str | None:
    """Words as a reader sees them, for names and labels: invisible characters dropped, every
    run of spaces and line breaks one space, no space at the ends ("Ana\xa0Ru\xadiz" ->
    "Ana Ruiz"). None stays None."""
    if words is None:
        return None
    return _WHITE_RUN.sub(" ", _INVISIBLE_RUN.sub("", words)).strip()


def plain_text(text: str) -> str:
    """:attr:`Prepared.plain` of ``text`` alone (the spaCy component's Doc is parsed already)."""
    return _plain(text, list(_ODD.finditer(text)))


#: Markup left in text copied from the web: character entities ("&quot;", "&nbsp;", "&#8217;"),
#: the tags of paragraphs, line breaks and inline styling, and any other tag written as markup
#: is: a closing or an empty tag, or a tag with ``name="value"`` attributes (the embeds scraped
#: copy keeps: ``<tweet id="..." author="@...">``, ``<iframe src="...">``). A parser reads
#: "said&nbsp;the" as one word and "&quot;" as five; the rules find no quotation mark in it, and
#: read an embed's attribute values as quotations. A tag is at most 300 characters long.
_MARKUP = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});"
    r"|</?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|tr|td|span|a|em|strong|b|i|u|small|sup|sub)"
    r"(?:\s[^<>]{0,300})?/?>"
    r"|</[A-Za-z][A-Za-z0-9-]{0,19}>|<[A-Za-z][A-Za-z0-9-]{0,19}\s*/>"
    r"|<(?=[^<>\n]{0,300}>)[A-Za-z][A-Za-z0-9-]{0,19}"
    r"(?:\s+[A-Za-z][\w:.-]{0,30}=(?:\"[^\"<>]*\"|'[^'<>]*'))+\s*/?>",
    re.IGNORECASE,
)
#: Tags that end a line of text (a paragraph, a break, a list item, a heading, an embed).
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|tr)\b"
    r"|</?(?!(?:td|span|a|em|strong|b|i|u|small|sup|sub)\b)[A-Za-z]",
    re.IGNORECASE,
)


#: Markdown's bold, ``**Maya Ferreira:**`` (a Q&A's speaker labels, a live blog's
#: "**Update:**"), in copy pasted from a chat, a notes app or a CMS's markdown field: the pair of
#: marks around a run on one line that starts and ends in a character other than a space or
#: a mark, not inside a word nor a longer run of asterisks ("f***", "***" as a break). The
#: parser would read each mark as a word opening the paragraph, so a label no longer opens it.
_BOLD = re.compile(r"(?<![*\w])\*\*(?=[^\s*])[^*\n]{0,200}?(?<=[^\s*])\*\*(?![*\w])")


#: Mojibake: UTF-8 bytes read as Windows-1252 (or Latin-1), as scraped copy often holds them
#: ("PeÃ±a" for "Peña", "â€œ" for "“"). For each byte 0x80-0xFF, the characters a text may
#: show for it: cp1252's character, Latin-1's C1 control for the five bytes cp1252 leaves
#: undefined and for every byte of 0x80-0x9F (a Latin-1 reading), and the compatibility
#: decomposition (NFKD) of the spacing accents ``¨ ¯ ´ ¸ ˜`` (a space and a combining mark:
#: "SÃ\u0020\u0308ne" in an NFKD-normalised copy, as PolNeAR's NYT texts are).
_MOJIBAKE_BYTES: dict[str, int] = {
    **{chr(b): b for b in range(0x80, 0xA0)},
    **{bytes([b]).decode("cp1252", "ignore") or chr(b): b for b in range(0x80, 0x100)},
    **{" \u0308": 0xA8, " \u0304": 0xAF, " \u0301": 0xB4, " \u0327": 0xB8, " \u0303": 0x98},
}
_CONTINUATION = "(?:[{}]|{})".format(
    "".join(re.escape(c) for c, b in _MOJIBAKE_BYTES.items() if len(c) == 1 and b < 0xC0),
    "|".join(c for c, b in _MOJIBAKE_BYTES.items() if len(c) == 2),
)
#: A lead byte's character (Â-ß for two bytes, à-ï for three, ð-ô for four) and exactly its
#: number of continuation characters: :func:`_repaired` then checks the bytes decode.
_MOJIBAKE = re.compile(
    rf"[\xc2-\xdf]{_CONTINUATION}|[\xe0-\xef]{_CONTINUATION}{{2}}|[\xf0-\xf4]{_CONTINUATION}{{3}}"
)
#: Continuations a three- or four-byte run may not hold: French sets a no-break space and a
#: guillemet after a word ("café\xa0»", "à\xa0«"), which reads as a valid sequence of a CJK or
#: Samaritan character. A two-byte run keeps them ("Â«" is "«", "Ã\xa0" is "à").
_NOT_IN_LONG_RUN = frozenset("\xa0«»")
_MOJIBAKE_LEADS = re.compile(r"[\xc2-\xf4]")


def _repaired(run: str) -> str | None:
    """The character a mojibake run (:data:`_MOJIBAKE`) encodes, or None when its bytes are no
    whole valid UTF-8 sequence (an overlong form, a surrogate, past U+10FFFF: the strict
    decoder's checks), when it would be a control or unassigned character, an NKo letter (what
    "ß" before a mark reads as) or a combining mark of another script than Latin's, or when a
    long run holds a French spacing (:data:`_NOT_IN_LONG_RUN`)."""
    chars = [run[0]] + re.findall(_CONTINUATION, run[1:])
    if len(chars) > 2 and any(c in _NOT_IN_LONG_RUN for c in chars):
        return None
    try:
        char = bytes(_MOJIBAKE_BYTES[c] if c in _MOJIBAKE_BYTES else ord(c) for c in chars).decode(
            "utf-8"
        )
    except (UnicodeDecodeError, ValueError):
        return None
    if len(char) != 1 or unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs"):
        return None
    if "\u07c0" <= char <= "\u07ff" or (unicodedata.combining(char) and char > "\u036f"):
        return None  # German "ß" before a guillemet or a dash ("Fuß«"): NKo, or a lone mark
    return char


def mojibake_runs(text: str) -> list[tuple[int, int, str]]:
    """Each run of ``text`` that is the Windows-1252 (or Latin-1) reading of one valid UTF-8
    sequence of 2-4 bytes, with the character it encodes ("PeÃ±a" -> ``(2, 4, "ñ")``).

    Real text is left alone: "Ã" or "â" before a letter (a Portuguese word, a French one) is
    no run, and a run's bytes must decode. A run whose character is itself a lead followed by
    a continuation ("Ã¢€", a text encoded twice whose inner run lost a byte) is left as well:
    repairing one layer would only leave another mojibake. ftfy (Speer, 2019) repairs more
    (guessing among encodings, double layers, a badness score); this rule reads the one case
    scraped English news shows, with no dependency."""
    if not _MOJIBAKE_LEADS.search(text):
        return []
    out = []
    for m in _MOJIBAKE.finditer(text):
        char = _repaired(m.group())
        if char is None:
            continue
        if _MOJIBAKE_LEADS.fullmatch(char) and re.match(_CONTINUATION, text[m.end() :]):
            continue
        out.append((m.start(), m.end(), char))
    return out


def repair_mojibake(text: str) -> str:
    """``text`` with each mojibake run (:func:`mojibake_runs`) the character it encodes."""
    runs = mojibake_runs(text)
    if not runs:
        return text
    out: list[str] = []
    last = 0
    for a, b, char in runs:
        out += [text[last:a], char]
        last = b
    out.append(text[last:])
    return "".join(out)


def _mojibake_edits(text: str, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """Each mojibake run as an edit: the parser reads the character; the rules read a letter's
    run as they read it before (a name keeps its length and is folded by
    :func:`quotes.speakers.name_keys.name_key`), and a mark's run ("â€œ", "â€™") as the mark
    at the run's outer end, padded with spaces towards the word next to it: a claim that holds
    its marks then holds the whole run ("â€œWe ... Mayâ€\x9d"), not "œWe ... Mayâ€" (an
    entity's character sits by the word instead). A run inside a word ("donâ€™t") stays as
    the rules read it before."""
    unrepaired = _plain(text, list(_ODD.finditer(text)))
    out = []
    for a, b, char in runs:
        before = a > 0 and text[a - 1].isalnum()
        after = b < len(text) and text[b].isalnum()
        pad = " " * (b - a - 1)
        parsed = _as_parsed(char, before and after)
        if parsed.isspace():
            plain = parsed + pad  # a space or a line break, as a plain one and its padding
        elif char.isalnum() or (before and after):
            plain = unrepaired[a:b]
        else:
            mark = parsed or " "
            plain = pad + mark if before else mark + pad
        out.append((a, b, parsed, plain))
    return out


def _as_parsed(char: str, in_word: bool) -> str:
    """A repaired character as the parser reads one written plainly (:data:`_ODD`): a line
    break ``\n``, a space character a space, an invisible one nothing (a zero-width space
    between two words a space): "Â\xa0" is a no-break space, "â€‹" a zero-width space."""
    match = _ODD.fullmatch(char)
    if match is None:
        return char
    if match.group(1) is not None:
        return "\n"
    if match.group(2) is not None:
        return " "
    return " " if in_word and _separates(char) else ""


def _odd_outside(text: str, runs: list[tuple[int, int, str]]) -> list[re.Match[str]]:
    """:data:`_ODD`'s matches in the stretches between the mojibake ``runs`` (a Latin-1 run
    holds C1 controls and no-break spaces, which are the run's bytes there)."""
    if not runs:
        return list(_ODD.finditer(text))
    out: list[re.Match[str]] = []
    last = 0
    for a, b, _ in runs:
        out += _ODD.finditer(text, last, a)
        last = b
    out += _ODD.finditer(text, last)
    return out


def without_markup(text: str) -> str:
    """``text`` with every piece of markup (:data:`_MARKUP`) a run of spaces of its length: a
    tag or an entity is no word a claim could skip."""
    return _MARKUP.sub(lambda m: " " * len(m.group()), text) if "&" in text or "<" in text else text


def _markup_edits(text: str, odd: list[re.Match[str]]) -> list[tuple[int, int, str, str]]:
    """For each piece of markup in ``text``: its span, what the parser reads instead (the
    character an entity stands for; a line break for a block tag, nothing for an inline one),
    and what the rules read, of the same length (the character, padded with spaces on the side
    away from the word next to it; a line break or spaces for a tag). An entity inside a word
    ("don&#39;t") stays as written for the rules: padding would split the word there."""
    taken = {i for m in odd for i in range(*m.span())}
    out: list[tuple[int, int, str, str]] = []
    for m in _MARKUP.finditer(text):
        a, b = m.span()
        if any(i in taken for i in range(a, b)):
            continue
        raw = m.group()
        if raw.startswith("&"):
            char = html.unescape(raw)
            if char == raw or len(char) != 1:
                continue
            char = " " if char.isspace() else char
            before = a > 0 and text[a - 1].isalnum()
            after = b < len(text) and text[b].isalnum()
            pad = " " * (b - a - 1)
            plain = raw if before and after else (char + pad if before else pad + char)
            out.append((a, b, char, plain))
        elif _BLOCK_TAG.match(raw):
            out.append((a, b, "\n", "\n" + " " * (b - a - 1)))
        else:
            out.append((a, b, "", " " * (b - a)))
    return out


def _bold_edits(text: str) -> list[tuple[int, int, str, str]]:
    """The marks of each markdown bold run (:data:`_BOLD`) as inline markup: nothing for the
    parser, spaces for the rules. A mark is two asterisks, never a character :data:`_ODD`
    reads, so no edit of the odd characters overlaps one."""
    out: list[tuple[int, int, str, str]] = []
    for m in _BOLD.finditer(text):
        a, b = m.span()
        out += [(a, a + 2, "", "  "), (b - 2, b, "", "  ")]
    return out


#: A line break inside a sentence of hard-wrapped text (e-mail, plain-text archives, PDFs cut at
#: 72 columns): after a line of 40 characters or more that ends in a word, a comma or an open
#: bracket, before a line that goes on in lower case. Read as a space, so the sentence is one
#: paragraph: every line break otherwise ends a paragraph, cutting claims in two.
_SOFT_BREAK = re.compile(r"(?<=[^\n]{40})(?<=[A-Za-z0-9,;(])\n(?=[ \t]*[a-z])")


#: A run of spaces and tabs inside a line ("The   mayor,    Tom   Ruiz,"): the parser reads each
#: run as a token of its own, which breaks an apposition or a name; it reads one space instead.
_SPACE_RUN = re.compile(r"[ \t]{2,}")


def _parts_a_heading(text: str, a: int, b: int) -> bool:
    """Whether a run of spaces may stand for a line break in scraped copy: between a word and
    a capital ("Cheers, Ms. Yellen  The Federal Reserve chairwoman ...", "The amount  Trump
    gave"), it may end a heading, so the parser keeps it as a break of its own. A run after
    punctuation or before a lower-case word is only spacing."""
    return a > 0 and text[a - 1].isalnum() and b < len(text) and text[b].isupper()


def _soft_breaks(text: str) -> list[tuple[int, int, str, str]]:
    """The soft line breaks of ``text`` (:data:`_SOFT_BREAK`) as edits: a space for both views."""
    return [(m.start(), m.end(), " ", " ") for m in _SOFT_BREAK.finditer(text)]


def _outside(
    edits: list[tuple[int, int, str, str]], spans: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The ``edits`` that start inside none of ``spans`` (both sorted; one linear pass)."""
    out = []
    j = 0
    for edit in edits:
        while j < len(spans) and spans[j][1] <= edit[0]:
            j += 1
        if j == len(spans) or edit[0] < spans[j][0]:
            out.append(edit)
    return out


def prepare(text: str) -> Prepared:
    """The plain and parse views of ``text`` and the map back (see the module docstring)."""
    moji = mojibake_runs(text)
    odd = _odd_outside(text, moji)
    plain = _plain(text, odd) if odd else text
    markup = _markup_edits(text, odd) if "&" in text or "<" in text else []
    if moji:
        markup = sorted(markup + _mojibake_edits(text, moji))
    if "**" in text:
        markup = sorted(markup + _outside(_bold_edits(text), markup))
    if "\n" in text:
        markup = sorted(markup + _outside(_soft_breaks(text), markup))
    if markup:
        plain = _with_markup(plain, markup)
    edits: list[tuple[int, int, str]] = [(a, b, parsed) for a, b, parsed, _ in markup]
    if "  " in text or "\t" in text:
        runs = [
            (m.start(), m.end(), " ", " ")
            for m in _SPACE_RUN.finditer(text)
            if not _parts_a_heading(text, m.start(), m.end())
        ]
        edits += [(a, b, parsed) for a, b, parsed, _ in _outside(runs, markup)]
    for m in odd:
        a, b = m.span()
        if m.group(1) is not None:
            edits.append((a, b, "\n"))
        elif m.group(2) is not None:
            edits.append((a, b, " "))
        else:
            between_words = _word_on_both_sides(text, a, b)
            edits.append((a, b, " " if between_words and _separates(m.group()) else ""))
    edits.sort()
    cleaned, starts, ends = _apply(text, edits)
    cleaned = _SURROGATE.sub("\ufffd", cleaned.translate(PARSER_MARKS))
    shortened = [
        _middle(cleaned, m.start() + RUN_KEEP, m.end() - RUN_KEEP) for m in _RUN.finditer(cleaned)
    ]
    if shortened:
        cleaned, run_starts, run_ends = _apply(cleaned, shortened)
        starts, ends = _compose(starts, ends, run_starts, run_ends, len(text))
    if starts is None:
        return Prepared(text, plain, cleaned)
    return Prepared(text, plain, cleaned, starts, ends)


def _with_markup(plain: str, markup: list[tuple[int, int, str, str]]) -> str:
    """``plain`` with each piece of markup replaced by its same-length reading."""
    out: list[str] = []
    last = 0
    for a, b, _, read in markup:
        out.append(plain[last:a])
        out.append(read)
        last = b
    out.append(plain[last:])
    return "".join(out)


def _middle(text: str, a: int, b: int) -> tuple[int, int, str]:
    """The edit that puts one space for ``text[a:b]`` and the spaces around it."""
    while text[a - 1] == " ":
        a -= 1
    while b < len(text) and text[b] == " ":
        b += 1
    return a, b, " "


def _separates(run: str) -> bool:
    return any(ch in SEPARATORS for ch in run)


def _word_on_both_sides(text: str, a: int, b: int) -> bool:
    return 0 < a and b < len(text) and not text[a - 1].isspace() and not text[b].isspace()


def _plain(text: str, odd: list[re.Match[str]]) -> str:
    """Same-length view: breaks ``\\n``, spaces `` ``, invisible runs a space unless in a word."""
    if not odd:
        return text
    out: list[str] = []
    last = 0
    for m in odd:
        a, b = m.span()
        out.append(text[last:a])
        if m.group(1) is not None:
            out.append("\n" * (b - a))
        elif m.group(2) is not None:
            out.append(" ")
        elif (
            0 < a
            and b < len(text)
            and text[a - 1].isalnum()
            and text[b].isalnum()
            and not _separates(m.group())
        ):
            out.append(m.group())  # a soft hyphen or joiner inside a word: part of the word
        else:
            out.append(" " * (b - a))
        last = b
    out.append(text[last:])
    return "".join(out)


def _apply(
    text: str, edits: list[tuple[int, int, str]]
) -> tuple[str, Offsets | None, Offsets | None]:
    """``text`` with each ``(a, b, new)`` edit made (sorted, not overlapping), and for each
    character of the result the characters ``[start, end)`` of ``text`` it stands for.

    Unchanged stretches map one to one; every character of a replacement stands for the whole
    replaced stretch. Built with numpy from the segments, never character by character.
    """
    edits = [e for e in edits if e[1] - e[0] != len(e[2]) or text[e[0] : e[1]] != e[2]]
    if not edits:
        return text, None, None
    pieces: list[str] = []
    seg_len: list[int] = []
    seg_from: list[int] = []
    seg_to: list[int] = []
    seg_same: list[bool] = []
    last = 0
    for a, b, new in edits:
        if a > last:
            pieces.append(text[last:a])
            seg_len.append(a - last)
            seg_from.append(last)
            seg_to.append(a)
            seg_same.append(True)
        if new:
            pieces.append(new)
            seg_len.append(len(new))
            seg_from.append(a)
            seg_to.append(b)
            seg_same.append(False)
        last = b
    if last < len(text):
        pieces.append(text[last:])
        seg_len.append(len(text) - last)
        seg_from.append(last)
        seg_to.append(len(text))
        seg_same.append(True)
    lengths = np.asarray(seg_len, dtype=np.int64)
    seg = np.repeat(np.arange(len(lengths)), lengths)
    first = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    within = np.arange(int(lengths.sum()), dtype=np.int64) - first[seg]
    same = np.asarray(seg_same, dtype=bool)[seg]
    origin = np.asarray(seg_from, dtype=np.int64)[seg]
    starts = np.where(same, origin + within, origin)
    ends = np.where(same, starts + 1, np.asarray(seg_to, dtype=np.int64)[seg])
    return "".join(pieces), starts, ends


def _compose(
    starts: Offsets | None, ends: Offsets | None, s2: Offsets | None, e2: Offsets | None, n: int
) -> tuple[Offsets | None, Offsets | None]:
    """The map of two edits in a row: the second's offsets read through the first's."""
    if s2 is None or e2 is None:
        return starts, ends
    if starts is None or ends is None:
        return s2, e2
    # an offset k of the middle text is original starts[k]; its end (k exclusive) is ends[k-1]
    bounded_starts = np.concatenate([starts, [n]])
    new_starts = bounded_starts[s2]
    new_ends = np.where(e2 > s2, ends[np.maximum(e2 - 1, 0)], new_starts)
    return new_starts, new_ends


# --- datelines ---------------------------------------------------------------------------
#: A wire dateline at the start of a line: the place in capitals ("MOSCOW", "NEW YORK",
#: "ST. LOUIS"), then optionally a state or date ("DES MOINES, Iowa", "MOSCOW, June 3"), the
#: agency in brackets ("(Reuters)", "(AP)"), and a dash. It is the writer's heading, so the
#: words after it start the sentence (AP Stylebook, "datelines"). A press release's dateline
#: has a country and a date, and its wire between slashes ("DERBY, England, March 3, 2026
#: /PRNewswire/ --", session 17).
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}"
    r"(?:,[ \t]+[A-Z][A-Za-z.]*(?:[ \t]+[A-Za-z.]+)?(?:[ \t]+\d{1,2})?(?:,[ \t]+\d{4})?){0,2}"
    r"(?:[ \t]*(?:\([A-Za-z.&/ ]{1,30}\)|/[A-Za-z.& -]{1,30}/))?"
    r"[ \t]*(?:--|[-–—])[ \t]*(?=[A-Z0-9“\"‘'])"
)


#: The Indian and some Commonwealth press end the dateline with a colon ("MUMBAI: The civic
#: body ...", "NEW DELHI, March 3: ..."), the shape of a transcript's label ("PENCE: ...");
#: see :func:`colon_dateline_end`.
_COLON_DATELINE = re.compile(
    r"[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,2}"
    r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r":[ \t]+(?=[A-Z0-9“\"‘'])"
)
#: A line opening with a label in capitals and a colon (a transcript's turn or a dateline).
_CAPS_LABEL = re.compile(r"^[A-Z][A-Z.'’ -]*[A-Z.]:", re.MULTILINE)
#: How far into a text a lead may start (after a headline, a standfirst and a byline).
LEAD_REACH = 500


def dateline_end(text: str, start: int) -> int:
    """Where the words after a dateline begin, when one opens the line at ``start``; else
    ``start``. Only a line's start is read, and at most 120 characters of it."""
    if start and text[start - 1] not in "\n":
        return start
    match = _DATELINE.match(text[start : start + 120])
    if match is None or sum(ch.isupper() for ch in match.group()) < 3:
        return colon_dateline_end(text, start)
    return start + match.end()


def colon_dateline_end(text: str, start: int) -> int:
    """Where the words after a dateline ending in a colon begin ("MUMBAI: ", the Indian
    press's style), else ``start``. A transcript labels its turns the same way ("TAPPER: ...
    FALLIN: ..."), so only the one line of the text that opens so counts, in the first
    :data:`LEAD_REACH` characters (the lead), with a place of at least three capitals, and
    never in the first line: a headline's label in capitals is its source or a kicker
    ("EXCLUSIVE: ...", the headline rule's)."""
    if start >= LEAD_REACH or not text[:start].strip() or text[start - 1] != "\n":
        return start
    end = colon_label_end(text, start)
    if end == start or len(_CAPS_LABEL.findall(text)) != 1:
        return start  # labels on several lines: a transcript's turns
    return end


def colon_label_end(text: str, start: int) -> int:
    """Where the words after a label in capitals and a colon begin, when one opens the line
    at ``start`` ("MUMBAI: ", "NEW DELHI, March 3: ", a place of at least three capitals);
    else ``start``. A dateline's shape or a transcript's turn's: the caller knows which
    (:func:`colon_dateline_end`; a claim's content that holds it is another rule's,
    :func:`quotes.claims.integrity.without_dateline`)."""
    if start and text[start - 1] != "\n":
        return start
    match = _COLON_DATELINE.match(text[start : start + 60])
    if match is None or sum(ch.isupper() for ch in match.group()) < 3:
        return start
    return start + match.end()

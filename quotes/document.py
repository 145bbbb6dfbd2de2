"""The backend-neutral parsed document.

Both backends (:mod:`quotes.backends.spacy`, :mod:`quotes.backends.stanza`) turn their
library's parse into a :class:`Document`; every rule downstream reads only this. A Document
holds plain strings and integers, never a backend's objects, so claims outlive the parse and
pickle cheaply between processes.

Offsets are Python ``str`` indices into the original text, never shifted by normalisation.
:attr:`Document.text` is that text's plain view (:mod:`quotes.text`): the same length, with
every line break a ``\n`` and every space or invisible character between words a space, so
that the rules see breaks and blanks for what they are; a token's ``text`` is the word as the
parser read it (no zero-width or format characters).
Dependency labels are the constants of :mod:`quotes.labels`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from quotes import labels as L
from quotes.text import LINE_BREAKS

#: Hyphens that join a word's parts: hyphen-minus, U+2010 hyphen, U+2011 non-breaking hyphen.
HYPHENS = frozenset("-\u2010\u2011")
#: The tokens that mark a possessive after a name ("Lee's", "the Joneses'"), straight or curly;
#: the tokenizer splits them off as their own token.
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
#: A paragraph ends at a line break, any of Unicode's (``\r``, U+2028 ... see
#: :data:`quotes.text.LINE_BREAKS`): news text puts each paragraph on its own line (PolNeAR,
#: wire copy, scraped articles). Blank lines between them are not paragraphs.
_PARAGRAPH = re.compile(f"[^\n{LINE_BREAKS}]+")


class Token(NamedTuple):
    """One word of the parse.

    A ``NamedTuple`` rather than a frozen dataclass: a document has thousands of tokens, and a
    tuple is built about eight times faster (measured: 82,000 tokens, 0.03 s against 0.26 s),
    which is a visible share of a corpus run's cost beyond the parse (issue 4).

    Attributes:
        i: index in the document.
        text: the word as the parser read it: as it stands in the text, less any zero-width
            or format character (:mod:`quotes.text`); ``end - start`` can then exceed its
            length.
        start, end: character offsets in the original text.
        lemma: lower-cased lemma.
        pos: Universal POS tag (``VERB``, ``PROPN`` ...), the same for both backends.
        tag: the fine-grained tag (Penn Treebank for English).
        dep: dependency label, one of :mod:`quotes.labels`.
        head: index of the head token; the root is its own head.
        sent: sentence index.
        para: paragraph index.
        ent: entity label (``PERSON``, ``ORG`` ...) or ``""``.
        ent_start: whether the token begins its entity.
    """

    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent: int
    para: int
    ent: str = ""
    ent_start: bool = False

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of tokens ``[start, end)`` with its character offsets and a label."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start_char: int
    end_char: int


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs as the non-empty lines of ``text`` (see :data:`_PARAGRAPH`)."""
    return [
        Paragraph(n, m.start(), m.end())
        for n, m in enumerate(m for m in _PARAGRAPH.finditer(text) if m.group().strip())
    ]


@dataclass(frozen=True, slots=True)
class CorefChain:
    """A coreference chain from a backend that has a coreference model (stanza's coref).

    Attributes:
        mentions: character offsets of each mention, in text order.
        representative: the chain's representative mention text.
    """

    mentions: tuple[tuple[int, int], ...]
    representative: str


@dataclass
class Document:
    """A parsed text: tokens, sentences, paragraphs and named entities.

    Built by a backend; read by the rules. ``children`` and the character index are derived
    once on construction.

    ``text`` is the plain view of the user's text (:func:`quotes.text.plain_text`): the same
    length, so every offset here indexes the user's text as well.
    """

    text: str
    tokens: list[Token]
    sentences: list[Span]
    paragraphs: list[Paragraph]
    entities: list[Span] = field(default_factory=list)
    #: coreference chains, when the backend has a coreference model (empty otherwise)
    coref: tuple[CorefChain, ...] | list[CorefChain] = ()
    children: list[list[int]] = field(init=False, repr=False)
    _starts: list[int] = field(init=False, repr=False)
    _para_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.children = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                self.children[tok.head].append(tok.i)
        self._starts = [t.start for t in self.tokens]
        self._para_starts = [p.start_char for p in self.paragraphs]

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i: int) -> Token:
        return self.tokens[i]

    # --- tree navigation -------------------------------------------------------------
    def kids(self, i: int, *deps: str) -> list[Token]:
        """Children of token ``i``, those with one of ``deps`` when given."""
        toks = self.tokens
        if not deps:
            return [toks[c] for c in self.children[i]]
        return [toks[c] for c in self.children[i] if toks[c].dep in deps]

    def subtree(self, i: int) -> list[int]:
        """Indices of the subtree of ``i`` (itself included), sorted."""
        out = [i]
        stack = [i]
        while stack:
            n = stack.pop()
            for c in self.children[n]:
                out.append(c)
                stack.append(c)
        out.sort()
        return out

    def ancestors(self, i: int) -> Iterator[Token]:
        tok = self.tokens[i]
        seen = 0
        while tok.head != tok.i and seen < len(self.tokens):
            tok = self.tokens[tok.head]
            seen += 1
            yield tok

    def compound_head(self, i: int) -> Token:
        """The head word of the compound token ``i`` stands in ("George" of "George Ford" ->
        "Ford", "email" of "an email fundraising appeal" -> "appeal"): a noun phrase is named by
        its last word. Token ``i`` itself when it is no compound."""
        tok = self.tokens[i]
        for _ in range(len(self.tokens)):  # a tree has no cycles; a malformed parse may
            if tok.dep != L.COMPOUND or tok.head == tok.i:
                break
            tok = self.tokens[tok.head]
        return tok

    def written_close(self, i: int) -> bool:
        """Whether token ``i`` stands between two tokens with no space on either side: the
        hyphen of "Aly-Khan" or "58-year-old", not the spaced dash of "DES MOINES - Trump"."""
        if i <= 0 or i + 1 >= len(self.tokens):
            return False
        tok = self.tokens[i]
        return self.tokens[i - 1].end == tok.start and tok.end == self.tokens[i + 1].start

    def joining_hyphen(self, i: int) -> bool:
        """Whether token ``i`` is a hyphen that joins the words either side into one (the
        hyphen, the Unicode hyphen or the non-breaking one of "Aly-Khan", "Okafor-Hale", "The
        58-year-old"), not a dash that parts two phrases: the tokenizer splits such words and
        the parser hangs the hyphen on them as punctuation."""
        return self.tokens[i].text in HYPHENS and self.written_close(i)

    def is_ancestor(self, a: int, i: int) -> bool:
        return any(t.i == a for t in self.ancestors(i))

    def prepositional_objects(self, i: int) -> list[tuple[str, Token, Token]]:
        """The prepositional phrases attached to token ``i``: ``(preposition, prep_token, object)``.

        ClearNLP (spaCy) heads a phrase by its preposition (``said -prep-> according -prep->
        to -pobj-> X``; ``agent`` for the passive ``by``; ``pcomp`` for a clause, "of
        overstating"); UD heads it by the noun and hangs
        the preposition below it as ``case`` (``said -obl-> X -case-> according -fixed->
        to``). Both come out as ``("according to", <according>, <X>)``.

        An object whose phrase has no letter or digit is skipped: on odd text the parser
        hangs a full stop as the ``pobj`` of "according" ("according to Dr. Mei Nakamura."),
        and taking it would leave the phrase with no object (a source-less claim) where "to"
        has the real one.
        """
        toks = self.tokens
        out: list[tuple[str, Token, Token]] = []
        for c in self.children[i]:
            kid = toks[c]
            if kid.dep in (L.PREP, L.AGENT):
                words = [kid.lower]
                node = kid
                # multi-word prepositions: according -> to -> X, because -> of -> X
                for _ in range(3):
                    objs = [
                        toks[g]
                        for g in self.children[node.i]
                        if toks[g].dep in (L.POBJ, L.PCOMP) and self._has_word(g)
                    ]
                    if objs:
                        out.append((" ".join(words), kid, objs[0]))
                        break
                    nxt = [toks[g] for g in self.children[node.i] if toks[g].dep == L.PREP]
                    if not nxt:
                        break
                    node = nxt[0]
                    words.append(node.lower)
            elif kid.dep in (L.OBL, L.NMOD):
                cases = [toks[g] for g in self.children[c] if toks[g].dep == L.CASE]
                if cases:
                    first = cases[0]
                    words = [first.lower] + [
                        toks[g].lower for g in self.children[first.i] if toks[g].dep == L.FLAT
                    ]
                    out.append((" ".join(words), first, kid))
        return out

    def _has_word(self, i: int) -> bool:
        """Whether token ``i``'s phrase holds a letter or digit ("34%" does, through its
        "34"; a lone full stop does not, and is no phrase's object)."""

        def word(j: int) -> bool:
            return any(ch.isalnum() for ch in self.tokens[j].text)

        return word(i) or any(word(j) for j in self.subtree(i))

    # --- character offsets -------------------------------------------------------------
    def token_at(self, char: int) -> int:
        """Index of the token that contains or follows character ``char``."""
        j = bisect.bisect_right(self._starts, char) - 1
        if j < 0:
            return 0
        if self.tokens[j].end <= char and j + 1 < len(self.tokens):
            return j + 1
        return j

    def tokens_in(self, start: int, end: int) -> range:
        """Token indices lying wholly or partly inside the characters ``[start, end)``."""
        if not self.tokens or start >= end:
            return range(0)
        lo = bisect.bisect_right(self._starts, start) - 1
        if lo < 0 or self.tokens[lo].end <= start:
            lo += 1
        hi = bisect.bisect_left(self._starts, end)
        return range(lo, max(lo, hi))

    def paragraph_of(self, char: int) -> Paragraph:
        j = max(0, bisect.bisect_right(self._para_starts, char) - 1)
        return self.paragraphs[j]

    def char_span(self, indices: Sequence[int]) -> tuple[int, int]:
        """Character span covering the given token indices."""
        toks = self.tokens
        return min(toks[i].start for i in indices), max(toks[i].end for i in indices)

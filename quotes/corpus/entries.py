"""The records of a corpus stream: a document (:class:`Item`), a record that is not one
(:class:`Failure`), what became of a document (:class:`Outcome`), and the errors table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pandas as pd

from quotes.table import STRING

#: The columns of the errors table, in order, with their dtypes.
ERROR_COLUMNS: dict[str, object] = {
    "doc_id": STRING,
    "error": STRING,
    "message": STRING,
    "source": STRING,
}


# --- records of the stream ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Item:
    """One document to extract. ``doc_id`` is None until the stream numbers it."""

    doc_id: str | None
    text: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not become a document, or a document that raised."""

    doc_id: str | None
    error: str
    message: str
    source: str = ""

    def row(self) -> dict[str, object]:
        return {
            "doc_id": self.doc_id,
            "error": self.error,
            "message": self.message,
            "source": self.source,
        }


Entry = Item | Failure


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input document: its claim rows, or its failure."""

    doc_id: str
    rows: list[dict[str, object]]
    failure: Failure | None = None


def errors_table(rows: Iterable[dict[str, object]] = ()) -> pd.DataFrame:
    """The errors table (:data:`ERROR_COLUMNS`) from :meth:`Failure.row` dicts."""
    frame = pd.DataFrame.from_records(list(rows), columns=list(ERROR_COLUMNS))
    return frame.astype(ERROR_COLUMNS)


# --- how messages name the options ----------------------------------------------------------
#: The name of each option in messages: as a Python keyword, or as the command line's flag.
OPTION_NAMES: dict[str, dict[str, str]] = {
    "python": {
        "text_col": "text_col=",
        "id_col": "id_col=",
        "format": "format='csv' | 'parquet' | 'jsonl'",
        "collect": "errors='collect'",
    },
    "cli": {
        "text_col": "--text-field",
        "id_col": "--id-field",
        "format": "--format csv|parquet|jsonl",
        "collect": "--errors collect",
    },
}

_WORDING = ["python"]


def option(name: str) -> str:
    """How messages name the option ``name`` (``text_col``, ``id_col``, ``format``, ...)."""
    return OPTION_NAMES[_WORDING[-1]][name]


@contextmanager
def cli_wording() -> Iterator[None]:
    """Within this block messages name command-line flags (``--text-field``), not keywords."""
    _WORDING.append("cli")
    try:
        yield
    finally:
        _WORDING.pop()

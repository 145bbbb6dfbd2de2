"""The records of a corpus stream: a document (:class:`Item`), a record that is not one
(:class:`Failure`), what became of a document (:class:`Outcome`), and the errors table."""

from __future__ import annotations

from collections.abc import Iterable
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

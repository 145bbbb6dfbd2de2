"""Writers: chunks of the claims table appended to a CSV, Parquet or JSONL file."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from quotes import errors
from quotes.corpus.readers import _need
from quotes.table import COLUMNS, STRING

#: Output formats of ``out=``.
FORMATS = ("csv", "parquet", "jsonl")


# --- writers --------------------------------------------------------------------------------
class Writer(Protocol):
    """Appends chunks of the claims table to a file."""

    def write(self, frame: pd.DataFrame) -> None: ...

    def close(self) -> None: ...


def format_of(path: Path, fmt: str | None = None) -> str:
    """The output format: ``fmt`` when given, else from the file name (``.gz`` ignored)."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise errors.CorpusError(
                errors.CORPUS_BAD_OPTION.format(name="format", value=fmt, known=", ".join(FORMATS))
            )
        return fmt
    name = path.name.lower().removesuffix(".gz")
    for known in FORMATS:
        if name.endswith("." + known):
            return known
    raise errors.CorpusError(errors.CORPUS_UNKNOWN_FORMAT.format(path=path))


def open_writer(path: Path, fmt: str | None = None) -> Writer:
    """A writer for ``path`` in the format of :func:`format_of`."""
    fmt = format_of(path, fmt)
    if fmt == "parquet":
        return ParquetWriter(path)
    if fmt == "csv":
        return CsvWriter(path)
    return JsonlWriter(path)


def _open_text(path: Path) -> Any:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "wt", encoding="utf-8", newline="")
    return open(path, "w", encoding="utf-8", newline="")


class CsvWriter:
    """CSV with the header once; ``spans`` as JSON (``[[0, 5], [12, 30]]``), NA as empty."""

    def __init__(self, path: Path, columns: Iterable[str] = COLUMNS) -> None:
        self.fh = _open_text(path)
        self.columns = list(columns)
        self.header = True

    def write(self, frame: pd.DataFrame) -> None:
        if "spans" in frame.columns:
            frame = frame.assign(spans=frame["spans"].map(_spans_json))
        frame.to_csv(self.fh, header=self.header, index=False, columns=self.columns)
        self.header = False

    def close(self) -> None:
        if self.header:  # no rows at all: still a table with its columns
            pd.DataFrame(columns=self.columns).to_csv(self.fh, index=False)
        self.fh.close()


def _spans_json(spans: object) -> str:
    return json.dumps([list(s) for s in spans])  # type: ignore[attr-defined]


class JsonlWriter:
    """One JSON object a line per claim; ``spans`` as ``[[start, end], ...]``, NA as null."""

    def __init__(self, path: Path) -> None:
        self.fh = _open_text(path)

    def write(self, frame: pd.DataFrame) -> None:
        if len(frame):
            lines = frame.to_json(orient="records", lines=True, force_ascii=False)
            self.fh.write(lines if lines.endswith("\n") else lines + "\n")

    def close(self) -> None:
        self.fh.close()


def parquet_schema() -> Any:
    """The Arrow schema of the claims table in Parquet.

    Strings and categories are ``string``, nullable integers ``int64`` with nulls, and
    ``spans`` is ``list<list<int64>>`` (each inner list one ``[start, end]`` pair).
    """
    pa = _need("pyarrow", "writing Parquet", "pyarrow", "corpus")
    types = {
        "quote_id": pa.int64(),
        "start": pa.int64(),
        "end": pa.int64(),
        "spans": pa.list_(pa.list_(pa.int64())),
        "speaker_start": pa.int64(),
        "speaker_end": pa.int64(),
        "cue_start": pa.int64(),
        "cue_end": pa.int64(),
        "confidence": pa.float64(),
    }
    return pa.schema([(name, types.get(name, pa.string())) for name in COLUMNS])


class ParquetWriter:
    """Parquet through ``pyarrow.parquet.ParquetWriter``: one row group per chunk."""

    def __init__(self, path: Path) -> None:
        pq = _need("pyarrow.parquet", "writing Parquet", "pyarrow", "corpus")
        self.pa = _need("pyarrow", "writing Parquet", "pyarrow", "corpus")
        self.schema = parquet_schema()
        self.writer = pq.ParquetWriter(path, self.schema)

    def write(self, frame: pd.DataFrame) -> None:
        if not len(frame):
            return
        arrays = [self._array(frame[name], self.schema.field(name).type) for name in COLUMNS]
        self.writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))

    def _array(self, column: pd.Series, kind: Any) -> Any:
        if column.name == "spans":
            return self.pa.array([[list(s) for s in v] for v in column], type=kind)
        if isinstance(column.dtype, pd.CategoricalDtype):
            column = column.astype(STRING)
        return self.pa.array(column, type=kind, from_pandas=True)

    def close(self) -> None:
        self.writer.close()


def errors_path(out: Path) -> Path:
    """Where the errors table of a run writing ``out`` goes: ``<name>.errors.csv`` beside it."""
    name = out.name
    for suffix in (".gz", ".csv", ".parquet", ".jsonl"):
        name = name.removesuffix(suffix)
    return out.with_name(name + ".errors.csv")

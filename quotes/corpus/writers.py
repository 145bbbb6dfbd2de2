"""Writers: chunks of the claims table appended to a CSV, Parquet or JSONL file.

Every file of a run is written under a temporary name in its own folder
(``.NAME.PID.part``) and moved into place (``os.replace``, atomic on one file system) only
when the run ends well: a run that fails or is interrupted leaves the final name as it was,
never half a file. Text is written as UTF-8 with ``backslashreplace``, so that a character
UTF-8 cannot hold (a lone surrogate) is written as ``\\udcxx`` instead of stopping the run.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from quotes import errors
from quotes.corpus.entries import option
from quotes.corpus.readers import import_optional
from quotes.table import COLUMNS, FORMATS, arrow_schema, claims_format, to_arrow

__all__ = ["FORMATS"]


class Writer(Protocol):
    """Appends chunks of the claims table to a file, which exists only once committed."""

    def write(self, frame: pd.DataFrame) -> None: ...

    def close(self) -> None:
        """Finish the file and move it into place."""

    def abort(self) -> None:
        """Drop the file: the final name keeps what it had."""


def format_of(path: Path, fmt: str | None = None) -> str:
    """The output format: ``fmt`` when given, else from the file name (``.gz`` ignored)."""
    if fmt is not None and fmt not in FORMATS:
        raise errors.CorpusError(
            errors.CORPUS_BAD_OPTION.format(name="format", value=fmt, known=", ".join(FORMATS))
        )
    known = claims_format(path, fmt)
    if known is None:
        raise errors.CorpusError(
            errors.CORPUS_UNKNOWN_FORMAT.format(path=path, option=option("format"))
        )
    return known


def open_writer(path: Path, fmt: str | None = None) -> Writer:
    """A writer for ``path`` in the format of :func:`format_of`."""
    fmt = format_of(path, fmt)
    if fmt == "parquet":
        return ParquetWriter(path)
    if fmt == "csv":
        return CsvWriter(path)
    return JsonlWriter(path)


class Staged:
    """A file written under a temporary name beside ``path``, moved to ``path`` at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temp = path.with_name(f".{path.name}.{os.getpid()}.part")

    def commit(self) -> None:
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)


def _open_text(staged: Staged) -> Any:
    """The temporary file, UTF-8 (gzip when the final name ends in .gz), never failing on
    a character UTF-8 cannot hold."""
    if staged.path.name.lower().endswith(".gz"):
        return gzip.open(staged.temp, "wt", encoding="utf-8", errors="backslashreplace", newline="")
    return open(staged.temp, "w", encoding="utf-8", errors="backslashreplace", newline="")


class _TextWriter:
    """What the CSV and JSONL writers share: a staged text file."""

    def __init__(self, path: Path) -> None:
        self.staged = Staged(path)
        self.fh = _open_text(self.staged)

    def finish(self) -> None:
        """Write what an empty file needs (nothing by default)."""

    def close(self) -> None:
        self.finish()
        self.fh.close()
        self.staged.commit()

    def abort(self) -> None:
        self.fh.close()
        self.staged.discard()


class CsvWriter(_TextWriter):
    """CSV with the header once; ``spans`` as JSON (``[[0, 5], [12, 30]]``), NA as empty."""

    def __init__(self, path: Path, columns: Iterable[str] = COLUMNS) -> None:
        super().__init__(path)
        self.columns = list(columns)
        self.header = True

    def write(self, frame: pd.DataFrame) -> None:
        if "spans" in frame.columns:
            frame = frame.assign(spans=frame["spans"].map(_spans_json))
        frame.to_csv(self.fh, header=self.header, index=False, columns=self.columns)
        self.header = False

    def finish(self) -> None:
        if self.header:  # no rows at all: still a table with its columns
            pd.DataFrame(columns=self.columns).to_csv(self.fh, index=False)


def _spans_json(spans: object) -> str:
    return json.dumps([list(s) for s in spans])  # type: ignore[attr-defined]


class JsonlWriter(_TextWriter):
    """One JSON object a line per claim; ``spans`` as ``[[start, end], ...]``, NA as null."""

    def write(self, frame: pd.DataFrame) -> None:
        if len(frame):
            lines = frame.to_json(orient="records", lines=True, force_ascii=False)
            self.fh.write(lines if lines.endswith("\n") else lines + "\n")


def parquet_schema() -> Any:
    """The Arrow schema of the claims table in Parquet (:func:`quotes.table.arrow_schema`)."""
    import_optional("pyarrow", "writing Parquet", "pyarrow", "corpus")
    return arrow_schema()


class ParquetWriter:
    """Parquet through ``pyarrow.parquet.ParquetWriter``: one row group per chunk.

    The schema carries pandas metadata, so ``pd.read_parquet`` gives back the dtypes of the
    claims table (``spans`` aside: :func:`quotes.read_claims` restores it too).
    """

    def __init__(self, path: Path) -> None:
        pq = import_optional("pyarrow.parquet", "writing Parquet", "pyarrow", "corpus")
        self.schema = parquet_schema()
        self.staged = Staged(path)
        self.writer = pq.ParquetWriter(self.staged.temp, self.schema)

    def write(self, frame: pd.DataFrame) -> None:
        if len(frame):
            self.writer.write_table(to_arrow(frame[list(COLUMNS)], self.schema))

    def close(self) -> None:
        self.writer.close()
        self.staged.commit()

    def abort(self) -> None:
        self.writer.close()
        self.staged.discard()


def errors_path(out: Path) -> Path:
    """Where the errors table of a run writing ``out`` goes: ``<name>.errors.csv`` beside it."""
    name = out.name
    for suffix in (".gz", ".csv", ".parquet", ".jsonl"):
        name = name.removesuffix(suffix)
    return out.with_name(name + ".errors.csv")

"""The public entry points of a corpus run: :func:`iter_corpus`, :func:`extract_corpus`."""

from __future__ import annotations

import os
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from quotes import errors
from quotes.corpus.entries import ERROR_COLUMNS, Failure, errors_table
from quotes.corpus.parallel import iter_outcomes
from quotes.corpus.progress import Progress, _total
from quotes.corpus.readers import read_source
from quotes.corpus.writers import CsvWriter, errors_path, open_writer
from quotes.table import COLUMNS, empty_table, to_frame

if TYPE_CHECKING:
    from quotes.extractor import Extractor

ERROR_MODES = ("collect", "raise")


# --- the public entry points ----------------------------------------------------------------
@dataclass
class CorpusSummary:
    """What a run writing to a file did (``extract_corpus(..., out=path)``)."""

    documents: int = 0
    claims: int = 0
    errors: pd.DataFrame = field(default_factory=errors_table)
    seconds: float = 0.0
    out: Path | None = None
    errors_out: Path | None = None

    def __str__(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        counts = ", ".join(
            _count(n, word)
            for n, word in ((self.documents, "document"), (self.claims, "claim"),
                            (len(self.errors), "error"))
        )  # fmt: skip
        return f"{counts} in {self.seconds:.1f} s ({rate:.1f} docs/s)"


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


@dataclass
class _Tally:
    documents: int = 0
    claims: int = 0
    failures: list[dict[str, object]] = field(default_factory=list)


def iter_corpus(
    source: Any,
    *,
    extractor: Extractor | None = None,
    text_col: str = "text",
    id_col: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    chunk_size: int = 256,
    progress: bool | None = None,
    errors: str = "collect",
) -> Iterator[pd.DataFrame]:
    """Claims tables of successive chunks of ``chunk_size`` documents, as they are done.

    Each chunk's failures are at ``chunk.attrs["errors"]`` (rows of the errors table). Memory
    holds one chunk, so this is the way to run a corpus of any size; :func:`extract_corpus`
    with ``out=`` writes these chunks to a file.

    Args:
        source: see :func:`extract_corpus`.
        extractor: the loaded Extractor; None uses the default one.
        text_col, id_col: the text and id columns or fields of records (DataFrame, JSONL,
            CSV, Parquet, mappings); ``id_col=None`` numbers the documents.
        batch_size: documents per ``nlp.pipe`` batch.
        n_process: parser processes (spaCy's ``n_process``).
        chunk_size: documents per yielded chunk.
        progress: the progress bar; None shows it when stderr is a terminal.
        errors: ``"collect"`` reports failures in the errors table; ``"raise"`` raises
            :class:`quotes.errors.CorpusError` at the first one.
    """
    yield from _chunks(
        source, extractor, text_col, id_col, batch_size, n_process, chunk_size, progress,
        errors, _Tally(),
    )  # fmt: skip


def _chunks(
    source: Any,
    extractor: Extractor | None,
    text_col: str,
    id_col: str | None,
    batch_size: int,
    n_process: int,
    chunk_size: int,
    progress: bool | None,
    mode: str,
    tally: _Tally,
) -> Iterator[pd.DataFrame]:
    if mode not in ERROR_MODES:
        raise errors.CorpusError(
            errors.CORPUS_BAD_OPTION.format(name="errors", value=mode, known=", ".join(ERROR_MODES))
        )
    entries = read_source(source, text_col=text_col, id_col=id_col)
    if extractor is None:
        from quotes.extractor import default_extractor

        extractor = default_extractor()
    bar = Progress(progress, _total(source))
    rows: list[dict[str, object]] = []
    failed: list[dict[str, object]] = []
    docs = 0
    try:
        for outcome in iter_outcomes(
            entries, extractor, batch_size=batch_size, n_process=n_process
        ):
            docs += 1
            tally.documents += 1
            tally.claims += len(outcome.rows)
            rows.extend(outcome.rows)
            if outcome.failure is not None:
                _check_failure(outcome.failure, mode)
                failed.append(outcome.failure.row())
                tally.failures.append(outcome.failure.row())
            bar.update(tally.claims, len(tally.failures))
            if docs >= chunk_size:
                yield _chunk(rows, failed)
                rows, failed, docs = [], [], 0
        if docs or not tally.documents:
            yield _chunk(rows, failed)
    finally:
        bar.close()


def _check_failure(failure: Failure, mode: str) -> None:
    if mode == "raise":
        raise errors.CorpusError(
            errors.CORPUS_DOCUMENT_FAILED.format(
                doc_id=failure.doc_id,
                where=failure.source or "in memory",
                error=failure.error,
                message=failure.message,
            )
        )


def _chunk(rows: list[dict[str, object]], failed: list[dict[str, object]]) -> pd.DataFrame:
    frame = to_frame(rows)
    frame.attrs["errors"] = failed
    return frame


def extract_corpus(
    source: Any,
    *,
    extractor: Extractor | None = None,
    out: str | os.PathLike[str] | None = None,
    format: str | None = None,
    text_col: str = "text",
    id_col: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    chunk_size: int = 256,
    progress: bool | None = None,
    errors: str = "collect",
) -> Any:
    """The claims table of many documents, streamed through the parser in batches.

    Args:
        source: an iterable of ``str``, of ``(doc_id, text)`` pairs or of mappings; a
            ``pandas.DataFrame``; or a path (``str`` or ``pathlib.Path``) to a ``.txt`` file,
            a folder of ``.txt`` files (recursively; ``.jsonl``/``.csv``/``.parquet`` files in
            it are read too), a ``.jsonl`` / ``.jsonl.gz`` / ``.csv`` / ``.parquet`` file. In an
            iterable, ``pathlib.Path`` items are files and ``str`` items are texts.
        out: a file to write the claims to as they come (CSV, Parquet or JSONL, from its name
            or ``format``); memory then stays flat and the errors go to ``*.errors.csv``
            beside it.
        format: ``"csv"``, ``"parquet"`` or ``"jsonl"``, overriding the file name.
        Others: see :func:`iter_corpus`.

    Returns:
        Without ``out``: the claims table (docs/schema.md), the rows of its errors table at
        ``df.attrs["errors"]``. With ``out``: a :class:`CorpusSummary`.
    """
    options = dict(
        extractor=extractor, text_col=text_col, id_col=id_col, batch_size=batch_size,
        n_process=n_process, chunk_size=chunk_size, progress=progress,
    )  # fmt: skip
    if out is not None:
        return write_corpus(source, Path(out), format=format, errors=errors, **options)
    tally = _Tally()
    chunks = _chunks(source, mode=errors, tally=tally, **options)  # type: ignore[arg-type]
    frames = [f for f in chunks if len(f)]
    table = pd.concat(frames, ignore_index=True) if frames else empty_table()
    if frames:
        table = table.astype({k: v for k, v in COLUMNS.items() if k != "spans"})
    table.attrs["errors"] = tally.failures
    _warn_failures(len(tally.failures), "df.attrs['errors']")
    return table


def write_corpus(
    source: Any, out: Path, *, format: str | None = None, errors: str = "collect", **options: Any
) -> CorpusSummary:
    """Extract ``source`` and append each chunk of claims to ``out``; see :func:`extract_corpus`."""
    start = time.perf_counter()
    writer = open_writer(out, format)
    err_out = errors_path(out)
    err_writer = CsvWriter(err_out, ERROR_COLUMNS)
    tally = _Tally()
    try:
        for chunk in _chunks(source, mode=errors, tally=tally, **options):
            writer.write(chunk)
            failed = chunk.attrs["errors"]
            if failed:
                err_writer.write(errors_table(failed))
    finally:
        writer.close()
        err_writer.close()
    _warn_failures(len(tally.failures), str(err_out))
    return CorpusSummary(
        documents=tally.documents,
        claims=tally.claims,
        errors=errors_table(tally.failures),
        seconds=time.perf_counter() - start,
        out=out,
        errors_out=err_out,
    )


def _warn_failures(count: int, where: str) -> None:
    if count:
        warnings.warn(
            f"quotes: {count} document(s) could not be processed; see {where}",
            RuntimeWarning,
            stacklevel=3,
        )

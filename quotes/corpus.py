"""Runs over news corpora: read many documents, extract in batches, write as you go.

A run is a stream, never a list: readers turn a source into :class:`Item` (a document) and
:class:`Failure` (a record that is not one) in corpus order; the parser takes the documents in
batches (one ``nlp.pipe`` for the whole run, ``n_process`` workers); writers append each chunk
of claims to a CSV, Parquet or JSONL file. Memory holds one chunk and the batches in flight,
however large the corpus.

No document is lost. Every input document ends in the claims table (with zero or more claims)
or in the errors table, whose columns are :data:`ERROR_COLUMNS`:

- ``doc_id``: the document's id, as in the claims table;
- ``error``: the kind of failure (``JSONDecodeError``, ``UnicodeDecodeError``, ``TypeError``,
  ``KeyError``, or the class of the exception a document raised);
- ``message``: what was wrong and how to fix it, naming the file and line;
- ``source``: ``path:N`` (line N of a text file, row N of a Parquet file, both from 1), or
  ``""`` for in-memory sources.

``errors="collect"`` (the default) keeps that table's rows as a list of dicts at
``df.attrs["errors"]`` (``errors_table(df.attrs["errors"])`` makes it a DataFrame; a DataFrame
in ``attrs`` would break ``pd.concat`` of results, which compares attrs), or, when writing to
``out=``, in the summary and an ``*.errors.csv`` file; it warns when there are failures;
``errors="raise"`` stops at the first failure with :class:`quotes.errors.CorpusError`.

Document ids: the given id (a pair's first item, the ``id_col`` field of a record or a
DataFrame column), else the file name for ``.txt`` files (the stem; the path relative to the
folder, without ``.txt``, inside a folder), else the DataFrame's index, else the document's
position in the corpus (from 0, as a string; failures count).
"""

from __future__ import annotations

import csv
import gc
import gzip
import io
import json
import multiprocessing
import os
import re
import sys
import time
import warnings
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pandas as pd

from quotes import errors
from quotes.table import COLUMNS, STRING, claim_rows, empty_table, to_frame

if TYPE_CHECKING:
    from quotes.document import Document
    from quotes.extractor import Extractor

#: The columns of the errors table, in order, with their dtypes.
ERROR_COLUMNS: dict[str, object] = {
    "doc_id": STRING,
    "error": STRING,
    "message": STRING,
    "source": STRING,
}

#: File suffixes a path source may have, and the reader of each.
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".csv", ".parquet")

#: Output formats of ``out=``.
FORMATS = ("csv", "parquet", "jsonl")

ERROR_MODES = ("collect", "raise")


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


# --- readers --------------------------------------------------------------------------------
def read_source(
    source: Any, *, text_col: str = "text", id_col: str | None = None
) -> Iterator[Entry]:
    """The entries of any source ``extract_corpus`` accepts, in corpus order, ids numbered.

    Paths are checked before anything is read, so a typo fails at once (CorpusError), not
    after an hour of parsing.
    """
    return _number(_entries(source, text_col, id_col))


def _entries(source: Any, text_col: str, id_col: str | None) -> Iterator[Entry]:
    if isinstance(source, pd.DataFrame):
        return read_frame(source, text_col=text_col, id_col=id_col)
    if isinstance(source, str | os.PathLike):
        paths = [Path(source)]
        check_paths(paths)
        return read_paths(paths, text_col=text_col, id_col=id_col)
    if isinstance(source, Iterable) and not isinstance(source, bytes | Mapping):
        return _read_items(source, text_col, id_col)
    raise errors.CorpusError(errors.CORPUS_BAD_SOURCE.format(type_name=type(source).__name__))


def _number(entries: Iterable[Entry]) -> Iterator[Entry]:
    """Give each entry without an id its position in the corpus."""
    for n, entry in enumerate(entries):
        if entry.doc_id is None:
            if isinstance(entry, Item):
                yield Item(str(n), entry.text, entry.source)
            else:
                yield Failure(str(n), entry.error, entry.message, entry.source)
        else:
            yield entry


def _read_items(items: Iterable[Any], text_col: str, id_col: str | None) -> Iterator[Entry]:
    """An iterable of str, (doc_id, text) pairs, mappings or paths (pathlib.Path)."""
    for n, item in enumerate(items):
        where = f"item {n}"
        if isinstance(item, str):
            yield Item(None, item)
        elif isinstance(item, os.PathLike):
            path = Path(item)
            if not path.exists():
                yield Failure(None, "FileNotFoundError", _no_path(path), str(path))
            else:
                yield from read_paths([path], text_col=text_col, id_col=id_col)
        elif isinstance(item, tuple | list) and len(item) == 2:
            doc_id = None if item[0] is None else str(item[0])
            yield _text_entry(doc_id, item[1], where, "", "the text of a (doc_id, text) pair")
        elif isinstance(item, Mapping):
            yield _record_entry(item, text_col, id_col, where, "")
        else:
            yield Failure(
                None,
                "TypeError",
                f"{where}: expected a str, a (doc_id, text) pair or a mapping, got "
                f"{type(item).__name__}; pass texts as str",
            )


def _text_entry(doc_id: str | None, value: object, where: str, source: str, what: str) -> Entry:
    if isinstance(value, str):
        return Item(doc_id, value, source)
    return Failure(
        doc_id,
        "TypeError",
        f"{where}: {what} is {type(value).__name__} ({_short(value)}), not text; "
        "give every document a string",
        source,
    )


def _record_entry(
    record: Mapping[str, Any], text_col: str, id_col: str | None, where: str, source: str
) -> Entry:
    """One JSON object or mapping: its text field and, when named, its id field."""
    doc_id = None
    if id_col is not None:
        if id_col not in record:
            return Failure(None, "KeyError", _missing_field(where, id_col, record, "id"), source)
        doc_id = None if record[id_col] is None else str(record[id_col])
    if text_col not in record:
        return Failure(doc_id, "KeyError", _missing_field(where, text_col, record, "text"), source)
    return _text_entry(doc_id, record[text_col], where, source, f"field {text_col!r}")


def _missing_field(where: str, name: str, record: Mapping[str, Any], role: str) -> str:
    option = "--text-field / text_col=" if role == "text" else "--id-field / id_col="
    fields = ", ".join(map(repr, list(record)[:10])) or "none"
    return f"{where}: no field {name!r} (fields: {fields}); name the {role} field with {option}"


def _short(value: object, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _no_path(path: Path) -> str:
    return errors.CORPUS_NO_SUCH_PATH.format(path=path)


def suffix_of(path: Path) -> str:
    """The format suffix of ``path`` (``.jsonl.gz`` counts as one), lower-cased."""
    name = path.name.lower()
    return ".jsonl.gz" if name.endswith(".jsonl.gz") else path.suffix.lower()


def check_paths(paths: Iterable[Path]) -> None:
    """Raise CorpusError for a path that does not exist or whose format is unknown."""
    for path in paths:
        if not path.exists():
            raise errors.CorpusError(_no_path(path))
        if path.is_file() and suffix_of(path) not in SUFFIXES:
            raise errors.CorpusError(errors.CORPUS_UNKNOWN_SUFFIX.format(path=path))


def read_paths(
    paths: Iterable[Path], *, text_col: str = "text", id_col: str | None = None
) -> Iterator[Entry]:
    """The entries of files and folders, in the order given (a folder's files sorted)."""
    for path in paths:
        if path.is_dir():
            for file in _walk(path):
                rel = file.relative_to(path).as_posix()
                yield from _read_file(file, text_col, id_col, txt_id=rel[: -len(".txt")])
        else:
            yield from _read_file(path, text_col, id_col, txt_id=path.stem)


def _walk(folder: Path) -> Iterator[Path]:
    """The readable files under ``folder``, sorted, lazily (a folder may hold millions)."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            file = Path(root, name)
            if suffix_of(file) in SUFFIXES:
                yield file


def _read_file(path: Path, text_col: str, id_col: str | None, txt_id: str) -> Iterator[Entry]:
    suffix = suffix_of(path)
    if suffix == ".txt":
        yield read_txt(path, txt_id)
    elif suffix in (".jsonl", ".jsonl.gz"):
        yield from read_jsonl(path, text_col=text_col, id_col=id_col)
    elif suffix == ".csv":
        yield from read_csv(path, text_col=text_col, id_col=id_col)
    elif suffix == ".parquet":
        yield from read_parquet(path, text_col=text_col, id_col=id_col)


def read_txt(path: Path, doc_id: str) -> Entry:
    """One UTF-8 text file as one document."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Failure(doc_id, type(exc).__name__, f"{path}: cannot be read ({exc})", str(path))
    try:
        return Item(doc_id, data.decode("utf-8"), str(path))
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return Failure(doc_id, "UnicodeDecodeError", _not_utf8(path, line, exc), f"{path}:{line}")


def _not_utf8(path: Path, line: int, exc: UnicodeDecodeError) -> str:
    bad = exc.object[exc.start : exc.start + 1].hex()
    return (
        f"{path}:{line}: not UTF-8 (byte 0x{bad} at offset {exc.start}); re-encode the file "
        "as UTF-8, e.g. iconv -f latin1 -t utf-8"
    )


def read_jsonl(path: Path, *, text_col: str = "text", id_col: str | None = None) -> Iterator[Entry]:
    """One JSON object a line (gzip-compressed when the name ends in ``.gz``); blank lines skipped.

    Lines are decoded one by one, so an undecodable or malformed line costs only itself.
    """
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    line_no = 0
    try:
        with opener(path, "rb") as fh:
            for line_no, raw in enumerate(fh, 1):
                if raw.strip():
                    yield _json_entry(raw, path, line_no, text_col, id_col)
    except (OSError, EOFError) as exc:
        where = f"{path}:{line_no + 1}"
        yield Failure(
            None,
            type(exc).__name__,
            f"{where}: the file cannot be read from this line on ({exc}); records after "
            "it are lost. Check the file (for .gz: gzip -t) and run it again",
            where,
        )


def _json_entry(raw: bytes, path: Path, line_no: int, text_col: str, id_col: str | None) -> Entry:
    where = f"{path}:{line_no}"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1].hex()
        return Failure(
            None,
            "UnicodeDecodeError",
            f"{where}: not UTF-8 (byte 0x{bad} at column {exc.start + 1}); write JSONL as UTF-8",
            where,
        )
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failure(
            None,
            "JSONDecodeError",
            f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); write one JSON "
            "object a line",
            where,
        )
    if not isinstance(record, dict):
        return Failure(
            None,
            "TypeError",
            f"{where}: expected a JSON object with a {text_col!r} field, got "
            f"{type(record).__name__}",
            where,
        )
    return _record_entry(record, text_col, id_col, where, where)


def read_csv(path: Path, *, text_col: str = "text", id_col: str | None = None) -> Iterator[Entry]:
    """A CSV file with a header row, one document a record, streamed with :mod:`csv`.

    Bytes that are not UTF-8 are kept as surrogates (``surrogateescape``) so that the reader
    goes on, and the record holding them is reported alone.
    """
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as fh:
        yield from _csv_records(path, fh, text_col, id_col)


_SURROGATE = re.compile("[\udc80-\udcff]")


def _undecodable(fields: list[str], where: str, doc_id: str | None) -> Failure | None:
    for field_text in fields:
        bad = _SURROGATE.search(field_text)
        if bad:
            byte = ord(bad.group()) - 0xDC00
            return Failure(
                doc_id,
                "UnicodeDecodeError",
                f"{where}: not UTF-8 (byte 0x{byte:02x}); re-encode the file as UTF-8",
                where,
            )
    return None


def _csv_records(
    path: Path, fh: io.TextIOBase, text_col: str, id_col: str | None
) -> Iterator[Entry]:
    reader = csv.reader(fh)
    header = next(reader, None)
    if header is None:
        return
    wanted = [text_col] + ([id_col] if id_col else [])
    for name, role in zip(wanted, ("text", "id"), strict=False):
        if name not in header:
            yield _missing_column(path, name, header, role)
            return
    t = header.index(text_col)
    i = header.index(id_col) if id_col else None
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            where = f"{path}:{reader.line_num}"
            yield Failure(None, "csv.Error", f"{where}: malformed CSV ({exc})", where)
            continue
        where = f"{path}:{reader.line_num}"
        if not fields:
            continue
        if len(fields) != len(header):
            yield Failure(
                None,
                "ValueError",
                f"{where}: {len(fields)} fields where the header has {len(header)}; quote "
                "fields that hold commas or line breaks",
                where,
            )
            continue
        doc_id = fields[i] if i is not None else None
        bad = _undecodable(fields, where, None if doc_id and _SURROGATE.search(doc_id) else doc_id)
        yield bad or Item(doc_id, fields[t], where)


def _missing_column(path: Path, name: str, columns: Iterable[str], role: str) -> Failure:
    option = "--text-field / text_col=" if role == "text" else "--id-field / id_col="
    message = errors.CORPUS_NO_COLUMN.format(
        where=path, column=name, columns=", ".join(map(repr, columns)), role=role, option=option
    )
    return Failure(path.stem, "KeyError", message + " None of its records were read.", str(path))


def read_parquet(
    path: Path, *, text_col: str = "text", id_col: str | None = None
) -> Iterator[Entry]:
    """A Parquet file read one record batch at a time (only the needed columns)."""
    pq = _need("pyarrow.parquet", "reading Parquet", "pyarrow", "corpus")
    try:
        pfile = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError ... for a broken file
        return iter(
            [Failure(path.stem, type(exc).__name__, f"{path}: not Parquet ({exc})", str(path))]
        )
    names = pfile.schema_arrow.names
    for name, role in ((text_col, "text"), (id_col, "id")):
        if name is not None and name not in names:
            return iter([_missing_column(path, name, names, role)])
    return _parquet_records(path, pfile, text_col, id_col)


def _parquet_records(path: Path, pfile: Any, text_col: str, id_col: str | None) -> Iterator[Entry]:
    columns = [text_col] + ([id_col] if id_col else [])
    row = 0
    for batch in pfile.iter_batches(batch_size=1024, columns=columns):
        texts = batch.column(text_col).to_pylist()
        ids = batch.column(id_col).to_pylist() if id_col else [None] * len(texts)
        for doc_id, text in zip(ids, texts, strict=True):
            row += 1
            where = f"{path}:{row}"
            key = None if doc_id is None else str(doc_id)
            yield _text_entry(key, text, where, where, f"column {text_col!r}")


def read_frame(
    frame: pd.DataFrame, *, text_col: str = "text", id_col: str | None = None
) -> Iterator[Entry]:
    """The rows of a DataFrame; ids from ``id_col``, else from the index."""
    for name, role in ((text_col, "text"), (id_col, "id")):
        if name is not None and name not in frame.columns:
            option = "text_col=" if role == "text" else "id_col="
            raise errors.CorpusError(
                errors.CORPUS_NO_COLUMN.format(
                    where="the DataFrame",
                    column=name,
                    columns=", ".join(map(repr, frame.columns)),
                    role=role,
                    option=option,
                )
            )
    return _frame_rows(frame, text_col, id_col)


def _frame_rows(frame: pd.DataFrame, text_col: str, id_col: str | None) -> Iterator[Entry]:
    ids = frame[id_col] if id_col is not None else frame.index
    for doc_id, text in zip(ids, frame[text_col], strict=True):
        key = None if _is_missing(doc_id) else str(doc_id)
        yield _text_entry(key, text, f"row {key}", "", f"column {text_col!r}")


def _is_missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _need(module: str, what: str, package: str, extra: str) -> Any:
    """Import an optional dependency, or raise an error that says how to install it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise errors.CorpusError(
            errors.CORPUS_NEEDS.format(what=what, package=package, extra=extra)
        ) from exc


# --- the extraction stream ------------------------------------------------------------------
def iter_outcomes(
    entries: Iterable[Entry],
    extractor: Extractor,
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Outcome]:
    """One :class:`Outcome` per entry, in corpus order.

    The documents go through one ``parse_many`` stream, in batches. When it raises, the
    documents in flight are parsed one by one, so the one that raised is isolated and
    reported, and the stream starts again after them; nothing else is lost.

    With ``n_process > 1`` where processes can fork (Linux), ``n_process`` worker processes
    each run this whole stage, parse and claims, on segments of ``batch_size // 4`` documents
    (small, so that the workers stay evenly loaded to the end; see :func:`_pool_outcomes`);
    elsewhere spaCy's own ``n_process`` parses and this process finds the claims.
    """
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        yield from _pool_outcomes(entries, extractor, batch_size, n_process)
        return
    for entry, parsed in _parse_stream(entries, extractor, batch_size, n_process):
        yield _outcome(entry, parsed, extractor)


#: The extractor of forked workers: set before the pool forks, inherited, never pickled.
_WORKER: list[Extractor] = []


def _work(segment: list[Entry], batch_size: int) -> list[Outcome]:
    """What a worker process does with one segment: parse, find claims, make rows."""
    return list(iter_outcomes(segment, _WORKER[0], batch_size=batch_size, n_process=1))


def _segments(entries: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    """Consecutive runs of entries holding ``size`` documents to parse (failures ride along)."""
    segment: list[Entry] = []
    parsed = 0
    for entry in entries:
        segment.append(entry)
        parsed += _needs_parse(entry)
        if parsed >= size:
            yield segment
            segment, parsed = [], 0
    if segment:
        yield segment


def _pool_outcomes(
    entries: Iterable[Entry], extractor: Extractor, batch_size: int, n_process: int
) -> Iterator[Outcome]:
    """Outcomes from ``n_process`` forked workers, in order, at most 2 segments each in flight.

    The workers inherit the loaded extractor (fork); only segments of texts go to them and
    only claim rows come back, so this process has almost nothing to do but write. A worker
    that dies (a crash, out of memory) breaks the pool: its segments in flight are then done
    here, one document at a time, and a new pool takes the rest.
    """
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork")
    source = _segments(entries, max(1, batch_size // 4))
    pending: deque[tuple[list[Entry], Future[list[Outcome]]]] = deque()
    _WORKER[:] = [extractor]
    # The loaded model's objects go to the permanent generation before the fork: the workers'
    # garbage collector then never walks (and so never writes to, and copies) the pages the
    # parent shares with them (the CPython docs' advice for gc.freeze with fork).
    gc.freeze()
    try:
        while True:
            with ProcessPoolExecutor(n_process, mp_context=context) as pool:
                try:
                    yield from _drain(pool, source, pending, batch_size, 2 * n_process)
                    return
                except BrokenProcessPool:
                    pool.shutdown(wait=False, cancel_futures=True)
            while pending:
                segment, _ = pending.popleft()
                for entry in segment:
                    yield from iter_outcomes([entry], extractor, batch_size=1, n_process=1)
    finally:
        _WORKER.clear()
        gc.unfreeze()


def _drain(
    pool: Any, source: Iterator[list[Entry]], pending: deque[Any], batch_size: int, depth: int
) -> Iterator[Outcome]:
    for segment in source:
        pending.append((segment, pool.submit(_work, segment, batch_size)))
        if len(pending) >= depth:
            yield from pending[0][1].result()
            pending.popleft()
    while pending:
        yield from pending[0][1].result()
        pending.popleft()


def _outcome(entry: Entry, parsed: Document | Exception | None, extractor: Extractor) -> Outcome:
    if isinstance(entry, Failure):
        return Outcome(entry.doc_id or "", [], entry)
    doc_id = entry.doc_id or ""
    if parsed is None:
        return Outcome(doc_id, [])
    stage = "parse"
    try:
        if isinstance(parsed, Exception):
            raise parsed
        stage = "claim extraction"
        claims = extractor.claims_from_document(parsed)
        return Outcome(doc_id, claim_rows(doc_id, entry.text, claims))
    except Exception as exc:
        where = entry.source or f"document {doc_id!r}"
        message = (
            f"{where}: {stage} failed ({type(exc).__name__}: {exc}); the other documents "
            "went on. Please report this document to the quotes developers"
        )
        return Outcome(doc_id, [], Failure(doc_id, type(exc).__name__, message, entry.source))


def _parse_stream(
    entries: Iterable[Entry], extractor: Extractor, batch_size: int, n_process: int
) -> Iterator[tuple[Entry, Document | Exception | None]]:
    """Pair each entry with its parse (None for failures and blank texts), in order.

    ``pending`` holds the entries taken from the source but not yet given out: at most the
    batches in flight. Entries that need no parse wait there so that order is kept.
    """
    backend = extractor.backend
    source = iter(entries)
    pending: deque[Entry] = deque()

    def feed() -> Iterator[str]:
        for entry in source:
            pending.append(entry)
            if _needs_parse(entry):
                yield entry.text  # type: ignore[union-attr]

    def ready() -> Iterator[tuple[Entry, None]]:
        while pending and not _needs_parse(pending[0]):
            yield pending.popleft(), None

    while True:
        try:
            for document in backend.parse_many(feed(), batch_size=batch_size, n_process=n_process):
                yield from ready()
                yield pending.popleft(), document
            yield from ready()
            return
        except Exception:  # one document broke its batch: parse the batches in flight alone
            in_flight = list(pending)
            pending.clear()
            for entry in in_flight:
                yield entry, _parse_alone(entry, backend)


def _needs_parse(entry: Entry) -> bool:
    return isinstance(entry, Item) and bool(entry.text.strip())


def _parse_alone(entry: Entry, backend: Any) -> Document | Exception | None:
    if not _needs_parse(entry):
        return None
    try:
        return backend.parse(entry.text)  # type: ignore[union-attr,no-any-return]
    except Exception as exc:
        return exc


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


# --- progress -------------------------------------------------------------------------------
class Progress:
    """A tqdm bar on stderr: documents, claims, errors and docs/s.

    ``enabled=None`` shows it only when stderr is a terminal; True forces it, False hides it.
    Without tqdm installed there is no bar, and nothing else changes.
    """

    def __init__(self, enabled: bool | None, total: int | None) -> None:
        show = sys.stderr.isatty() if enabled is None else enabled
        self.bar = None
        if show:
            try:
                from tqdm.auto import tqdm
            except ImportError:
                return
            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, smoothing=0.1)

    def update(self, claims: int, errors: int) -> None:
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(claims=claims, errors=errors, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _total(source: Any) -> int | None:
    if isinstance(source, pd.DataFrame | list | tuple):
        return len(source)
    return None


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

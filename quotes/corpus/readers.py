"""Readers: a source (paths, a DataFrame, an iterable) -> entries, in corpus order.

Each reader yields :class:`~quotes.corpus.entries.Item` for a document and
:class:`~quotes.corpus.entries.Failure` for a record that cannot be one, and goes on to the
next record: a bad record costs only itself.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import sys
import warnings
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from quotes import errors
from quotes.corpus.entries import Entry, Failure, Item, option

#: File suffixes a path source may have, and the reader of each.
SUFFIXES = (".txt", ".json", ".jsonl", ".jsonl.gz", ".csv", ".parquet")

#: The id field or column used when ``id_col`` is None and a record has one.
DEFAULT_ID = "id"

_BOM = b"\xef\xbb\xbf"


# --- any source -----------------------------------------------------------------------------
def read_source(source: Any, *, text_col: str = "text", id_col: str | None = None) -> Numbered:
    """The entries of any source ``extract_corpus`` accepts, in corpus order, ids numbered.

    Paths are checked before anything is read, so a typo fails at once (CorpusError), not
    after an hour of parsing. An exception of the source itself (a caller's generator that
    raises) becomes the last entry, a :class:`Failure` saying that reading stopped there.
    """
    return Numbered(_guarded(_entries(source, text_col, id_col), "the source"))


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


def _guarded(entries: Iterator[Entry], where: str, source: str = "") -> Iterator[Entry]:
    """``entries``, and if pulling the next one raises, a Failure saying reading stopped.

    Without this, an exception of the source (a truncated gzip, a caller's generator that
    raises, a disk that fails) would surface inside the parser's stream, where it looks like
    one document's parse failure, while the dead source silently ends the run.
    """
    while True:
        try:
            entry = next(entries)
        except StopIteration:
            return
        except Exception as exc:
            yield _stopped(where, exc, source)
            return
        yield entry


def _stopped(where: str, exc: BaseException, source: str) -> Failure:
    fix = (
        "Check the file (for .gz: gzip -t) and run it again"
        if source
        else "Fix the iterable that yields the documents and run it again"
    )
    kind = type(exc).__name__
    if kind == "error":  # zlib.error, binascii.error: say whose
        kind = f"{type(exc).__module__}.error"
    message = errors.CORPUS_SOURCE_FAILED.format(
        where=where, error=kind, detail=_cut(str(exc), 200), fix=fix
    )
    return Failure(None, kind, message, source)


class Numbered:
    """The stream of entries with their final ids: positions for the unnamed, and unique.

    An entry without an id gets its position in the corpus (from 0, failures count). An id
    seen before is renamed ``id#2``, ``id#3``, ... (the first free one), so that two
    documents' claims never merge under one id; the first rename warns
    (:class:`quotes.errors.DuplicateIdWarning`) and :attr:`renamed` counts them. Text and
    ids that UTF-8 cannot hold (lone surrogates) are turned into failures here, so that no
    writer meets them.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = iter(entries)
        self.renamed = 0
        self.seen: set[str] = set()
        self.position = 0

    def __iter__(self) -> Iterator[Entry]:
        return self

    def __next__(self) -> Entry:
        entry = next(self.entries)
        n, self.position = self.position, self.position + 1
        doc_id = self._unique(str(n) if entry.doc_id is None else entry.doc_id, entry.source)
        return _utf8_safe(entry, doc_id)

    def _unique(self, doc_id: str, source: str) -> str:
        if doc_id not in self.seen:
            self.seen.add(doc_id)
            return doc_id
        if not self.renamed:
            warnings.warn(
                errors.CORPUS_DUPLICATE_ID.format(
                    doc_id=doc_id, source=source or "in memory", option=option("id_col")
                ),
                errors.DuplicateIdWarning,
                stacklevel=2,
            )
        self.renamed += 1
        k = 2
        while f"{doc_id}#{k}" in self.seen:
            k += 1
        self.seen.add(f"{doc_id}#{k}")
        return f"{doc_id}#{k}"


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8_safe(entry: Entry, doc_id: str) -> Entry:
    """The entry under ``doc_id``; a Failure if its text or id holds a lone surrogate."""
    if isinstance(entry, Failure):
        return Failure(clean(doc_id), entry.error, clean(entry.message), clean(entry.source))
    for what, value in (("id", doc_id), ("text", entry.text)):
        bad = _LONE_SURROGATE.search(value)
        if bad:
            where = entry.source or f"document {clean(doc_id)!r}"
            message = errors.CORPUS_SURROGATE.format(
                where=clean(where), what=what, code=ord(bad.group()), offset=bad.start()
            )
            return Failure(clean(doc_id), "UnicodeEncodeError", message, clean(entry.source))
    return Item(doc_id, entry.text, entry.source)


def clean(text: str) -> str:
    """``text`` with lone surrogates written as ``\\udcxx`` escapes, so UTF-8 can hold it."""
    if _LONE_SURROGATE.search(text) is None:
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


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
    record: Mapping[str, Any],
    text_col: str,
    id_col: str | None,
    where: str,
    source: str,
    default_id: str | None = None,
) -> Entry:
    """One JSON object or mapping: its text field and its id field.

    The id field is ``id_col`` when named (then it must be there), else ``"id"`` when the
    record has one, else ``default_id`` (None: the position in the corpus).
    """
    doc_id = default_id
    if id_col is not None and id_col not in record:
        return Failure(None, "KeyError", _missing_field(where, id_col, record, "id"), source)
    key = id_col or DEFAULT_ID
    if key in record and record[key] is not None:
        doc_id = str(record[key])
    if text_col not in record:
        return Failure(doc_id, "KeyError", _missing_field(where, text_col, record, "text"), source)
    return _text_entry(doc_id, record[text_col], where, source, f"field {text_col!r}")


def _missing_field(where: str, name: str, record: Mapping[str, Any], role: str) -> str:
    flag = option("text_col" if role == "text" else "id_col")
    fields = ", ".join(map(repr, list(record)[:10])) or "none"
    return f"{where}: no field {name!r} (fields: {fields}); name the {role} field with {flag}"


def _short(value: object, limit: int = 40) -> str:
    return _cut(repr(value), limit)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _no_path(path: Path) -> str:
    return errors.CORPUS_NO_SUCH_PATH.format(path=path)


# --- files and folders ----------------------------------------------------------------------
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
    """The entries of files and folders, in the order given (a folder's files sorted).

    Each file is read apart: an exception while reading one (a corrupt gzip stream, a file
    that vanished) becomes a Failure for the rest of that file, and the next file is read.
    """
    for path in paths:
        if path.is_dir():
            for file in _walk(path):
                if isinstance(file, Failure):
                    yield file
                    continue
                name = file.relative_to(path).as_posix()
                file_id = name[: len(name) - len(suffix_of(file))]
                yield from _read_file(file, text_col, id_col, file_id, in_folder=True)
        else:
            yield from _read_file(path, text_col, id_col, path.stem)


def _walk(folder: Path) -> Iterator[Path | Failure]:
    """The files under ``folder``, sorted, lazily (a folder may hold millions).

    Hidden files and folders (names starting with a dot) are passed over; a folder that
    cannot be listed is a Failure; other files are yielded, whatever their suffix (the
    reader reports those it cannot read).
    """
    problems: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append):
        while problems:
            exc = problems.pop(0)
            where = str(getattr(exc, "filename", None) or root)
            message = f"{where}: the folder cannot be listed ({exc}); its files were not read"
            yield Failure(clean(where), type(exc).__name__, message, where)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root, name)
    for exc in problems:
        where = str(getattr(exc, "filename", None) or folder)
        message = f"{where}: the folder cannot be listed ({exc}); its files were not read"
        yield Failure(clean(where), type(exc).__name__, message, where)


def _read_file(
    path: Path, text_col: str, id_col: str | None, file_id: str, in_folder: bool = False
) -> Iterator[Entry]:
    suffix = suffix_of(path)
    if suffix == ".txt":
        entries: Iterator[Entry] = iter([read_txt(path, file_id)])
    elif suffix == ".json":
        entries = read_json(path, text_col=text_col, id_col=id_col, file_id=file_id)
    elif suffix in (".jsonl", ".jsonl.gz"):
        entries = read_jsonl(path, text_col=text_col, id_col=id_col)
    elif suffix == ".csv":
        entries = read_csv(path, text_col=text_col, id_col=id_col)
    elif suffix == ".parquet":
        entries = read_parquet(path, text_col=text_col, id_col=id_col)
    else:
        message = errors.CORPUS_SKIPPED_SUFFIX.format(path=path)
        entries = iter([Failure(file_id, "UnsupportedSuffix", message, str(path))])
    yield from _guarded(entries, str(path), str(path))


def read_txt(path: Path, doc_id: str) -> Entry:
    """One UTF-8 text file as one document (a byte-order mark before it is dropped)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Failure(doc_id, type(exc).__name__, f"{path}: cannot be read ({exc})", str(path))
    try:
        return Item(doc_id, data.decode("utf-8-sig"), str(path))
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return Failure(doc_id, "UnicodeDecodeError", _not_utf8(path, line, exc), f"{path}:{line}")


def _not_utf8(path: Path, line: int, exc: UnicodeDecodeError) -> str:
    bad = exc.object[exc.start : exc.start + 1].hex()
    return (
        f"{path}:{line}: not UTF-8 (byte 0x{bad} at offset {exc.start}); re-encode the file "
        "as UTF-8, e.g. iconv -f latin1 -t utf-8"
    )


def read_json(
    path: Path, *, text_col: str = "text", id_col: str | None = None, file_id: str = ""
) -> Iterator[Entry]:
    """A ``.json`` file: one object (one document) or an array of objects (one each).

    A lone object without an id field takes the file's id (its stem, or its path in the
    folder), as a ``.txt`` file does; the items of an array without one take their position.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(file_id, type(exc).__name__, f"{path}: cannot be read ({exc})", str(path))
        return
    value = _parse_json(data.removeprefix(_BOM), str(path), str(path), file_id)
    if isinstance(value, Failure):
        yield value
    elif isinstance(value, dict):
        yield _record_entry(value, text_col, id_col, str(path), str(path), file_id)
    elif isinstance(value, list):
        for n, record in enumerate(value, 1):
            where = f"{path}:{n}"
            if isinstance(record, dict):
                yield _record_entry(record, text_col, id_col, f"{where} (item {n})", where)
            else:
                yield _not_an_object(f"{where} (item {n})", where, record, text_col)
    else:
        yield _not_an_object(str(path), str(path), value, text_col)


def _parse_json(data: bytes, where: str, source: str, doc_id: str | None) -> Any:
    """The JSON value of ``data``, or a Failure saying why it is not one."""
    try:
        line = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        return Failure(
            doc_id,
            "UnicodeDecodeError",
            f"{where}: not UTF-8 (byte 0x{bad} at column {exc.start + 1}); write JSON as UTF-8",
            source,
        )
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        problem = f"not valid JSON ({exc.msg} at column {exc.colno})"
        error = "JSONDecodeError"
    except RecursionError:
        problem = "JSON nested too deeply for Python's parser"
        error = "RecursionError"
    except ValueError as exc:  # an integer of more than 4300 digits (sys.int_info)
        problem = f"JSON that Python cannot hold ({exc})"
        error = "ValueError"
    return Failure(doc_id, error, f"{where}: {problem}; write one JSON object a record", source)


def _not_an_object(where: str, source: str, value: object, text_col: str) -> Failure:
    return Failure(
        None,
        "TypeError",
        f"{where}: expected a JSON object with a {text_col!r} field, got {type(value).__name__}",
        source,
    )


def read_jsonl(path: Path, *, text_col: str = "text", id_col: str | None = None) -> Iterator[Entry]:
    """One JSON object a line (gzip-compressed when the name ends in ``.gz``); blank lines skipped.

    Lines are decoded one by one, so an undecodable or malformed line costs only itself. A
    byte-order mark before the first line is dropped.
    """
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    line_no = 0
    try:
        with opener(path, "rb") as fh:
            for line_no, raw in enumerate(fh, 1):
                if line_no == 1:
                    raw = raw.removeprefix(_BOM)
                if raw.strip():
                    yield _json_entry(raw, path, line_no, text_col, id_col)
    except (OSError, EOFError, zlib.error) as exc:
        yield _stopped(f"{path}:{line_no + 1}", exc, f"{path}:{line_no + 1}")


def _json_entry(raw: bytes, path: Path, line_no: int, text_col: str, id_col: str | None) -> Entry:
    where = f"{path}:{line_no}"
    record = _parse_json(raw, where, where, None)
    if isinstance(record, Failure):
        return record
    if not isinstance(record, dict):
        return _not_an_object(where, where, record, text_col)
    return _record_entry(record, text_col, id_col, where, where)


def read_csv(path: Path, *, text_col: str = "text", id_col: str | None = None) -> Iterator[Entry]:
    """A CSV file with a header row, one document a record, streamed with :mod:`csv`.

    Bytes that are not UTF-8 are kept as surrogates (``surrogateescape``) so that the reader
    goes on, and the record holding them is reported alone. A byte-order mark (Excel writes
    one) is dropped (``utf-8-sig``).
    """
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
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
    key = id_col or DEFAULT_ID
    i = header.index(key) if key in header else None
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
        doc_id = fields[i] if i is not None and fields[i] else None
        bad = _undecodable(fields, where, None if doc_id and _SURROGATE.search(doc_id) else doc_id)
        yield bad or Item(doc_id, fields[t], where)


def _missing_column(path: Path, name: str, columns: Iterable[str], role: str) -> Failure:
    message = errors.CORPUS_NO_COLUMN.format(
        where=path,
        column=name,
        columns=", ".join(map(repr, columns)),
        role=role,
        option=option("text_col" if role == "text" else "id_col"),
    )
    return Failure(path.stem, "KeyError", message + " None of its records were read.", str(path))


def read_parquet(
    path: Path, *, text_col: str = "text", id_col: str | None = None
) -> Iterator[Entry]:
    """A Parquet file read one record batch at a time (only the needed columns)."""
    pq = import_optional("pyarrow.parquet", "reading Parquet", "pyarrow", "corpus")
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
    key = id_col or (DEFAULT_ID if DEFAULT_ID in names else None)
    return _parquet_records(path, pfile, text_col, key)


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
    """The rows of a DataFrame; ids from ``id_col``, else an ``id`` column, else the index."""
    for name, role in ((text_col, "text"), (id_col, "id")):
        if name is not None and name not in frame.columns:
            raise errors.CorpusError(
                errors.CORPUS_NO_COLUMN.format(
                    where="the DataFrame",
                    column=name,
                    columns=", ".join(map(repr, frame.columns)),
                    role=role,
                    option=option("text_col" if role == "text" else "id_col"),
                )
            )
    key = id_col or (DEFAULT_ID if DEFAULT_ID in frame.columns else None)
    return _frame_rows(frame, text_col, key)


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


def import_optional(module: str, what: str, package: str, extra: str) -> Any:
    """Import an optional dependency, or raise an error that says how to install it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise errors.CorpusError(
            errors.CORPUS_NEEDS.format(what=what, package=package, extra=extra)
        ) from exc

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
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from quotes import errors
from quotes.corpus.entries import Entry, Failure, Item

#: File suffixes a path source may have, and the reader of each.
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".csv", ".parquet")


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

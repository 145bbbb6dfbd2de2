"""Records -> the claims DataFrame: its columns and dtypes in one place (docs/schema.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from quotes.records import ACTS, KINDS, SPEAKER_TYPES, Claim

#: pandas' nullable string, stored as Python strings: any ``str`` is valid input, and a text
#: may hold a lone surrogate (a broken decode) that Arrow-backed strings (pandas 3's default
#: storage) cannot hold; the claim's words are kept exactly as given.
STRING = pd.StringDtype("python")

#: The columns of the claims table, in order, with their dtypes.
COLUMNS: dict[str, object] = {
    "doc_id": STRING,
    "quote_id": "int64",
    "quote": STRING,
    "start": "int64",
    "end": "int64",
    "spans": "object",
    "kind": pd.CategoricalDtype(list(KINDS)),
    "act": pd.CategoricalDtype(list(ACTS)),
    "nested_in": "Int64",
    "speaker": STRING,
    "speaker_mention": STRING,
    "speaker_start": "Int64",
    "speaker_end": "Int64",
    "speaker_type": pd.CategoricalDtype(list(SPEAKER_TYPES)),
    "speaker_role": STRING,
    "cue": STRING,
    "cue_start": "Int64",
    "cue_end": "Int64",
    "via": STRING,
    "confidence": "float64",
    "rule": STRING,
    "speaker_id": STRING,
    "claim_group": "Int64",
}

#: Columns a corpus run fills across documents (NA in a single document's table), added to the
#: schema after files were first written: a claims file without them is read with them NA.
CORPUS_COLUMNS = ("speaker_id", "claim_group")


def empty_table() -> pd.DataFrame:
    """The claims table with no rows and every column, typed."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})


def claim_rows(doc_id: str, text: str, claims: Sequence[Claim]) -> list[dict[str, object]]:
    """Plain row dicts, one per claim, sorted into text order and numbered."""
    ordered = sorted(claims, key=lambda c: (c.start, c.end))
    holders = nesting(ordered)
    rows = []
    for n, c in enumerate(ordered):
        src = c.source
        rows.append(
            {
                "doc_id": doc_id,
                "quote_id": n,
                "quote": c.quote(text),
                "start": c.start,
                "end": c.end,
                "spans": [tuple(s) for s in c.spans],
                "kind": c.kind,
                "act": c.act,
                "nested_in": holders[n],
                "speaker": c.speaker,
                "speaker_mention": text[src[0] : src[1]] if src else None,
                "speaker_start": src[0] if src else None,
                "speaker_end": src[1] if src else None,
                "speaker_type": c.speaker_type,
                "speaker_role": c.speaker_role,
                "cue": c.cue_text,
                "cue_start": c.cue[0] if c.cue else None,
                "cue_end": c.cue[1] if c.cue else None,
                "via": c.via,
                "confidence": float(c.confidence),
                "rule": c.rule,
            }
        )
    return rows


def nesting(claims: Sequence[Claim]) -> list[int | None]:
    """For each claim (sorted by start), the index of the claim whose content holds it, or
    None: "Lee said that Trump wanted a parade" holds Trump's intention inside Lee's
    statement. A claim is held where its cue (its start when it has no cue) lies inside a
    piece of another claim; of several holders, the innermost (the one that starts last).

    One sweep in text order; the claims kept open at a time are those still running, as deep
    as the nesting, so a document costs about linear time in its claims.
    """
    order = sorted(range(len(claims)), key=lambda n: _anchor(claims[n]))
    out: list[int | None] = [None] * len(claims)
    open_: list[int] = []
    next_start = 0
    for n in order:
        pos = _anchor(claims[n])
        while next_start < len(claims) and claims[next_start].start <= pos:
            open_.append(next_start)
            next_start += 1
        open_ = [m for m in open_ if claims[m].end > pos]
        holders = [
            m
            for m in open_
            if m != n
            and claims[m].spans != claims[n].spans
            and any(a <= pos < b for a, b in claims[m].spans)
        ]
        if holders:
            out[n] = max(holders, key=lambda m: (claims[m].start, -claims[m].end))
    return out


def _anchor(claim: Claim) -> int:
    return claim.cue[0] if claim.cue else claim.start


def of_acts(claims: pd.DataFrame, acts: Iterable[str] | str | None) -> pd.DataFrame:
    """The claims whose ``act`` is one of ``acts`` (all of them when ``acts`` is None).

    Raises:
        ValueError: an act that is not one of :data:`quotes.records.ACTS`.
    """
    if acts is None:
        return claims
    wanted = {acts} if isinstance(acts, str) else set(acts)
    unknown = sorted(wanted - set(ACTS))
    if unknown:
        raise ValueError(f"unknown act {', '.join(unknown)}; the acts are {', '.join(ACTS)}")
    return claims[claims["act"].astype("object").isin(wanted)]


def to_frame(rows: Iterable[dict[str, object]]) -> pd.DataFrame:
    """Typed claims table from row dicts (see :func:`claim_rows`)."""
    rows = list(rows)
    if not rows:
        return empty_table()
    # column by column with the final dtypes: inferring first would make Arrow strings of the
    # text columns (pandas 3), which cannot hold every str (see STRING)
    return pd.DataFrame(
        {
            name: pd.Series([row.get(name) for row in rows], dtype=dtype)  # type: ignore[call-overload]
            for name, dtype in COLUMNS.items()
        }
    )


def claims_table(doc_id: str, text: str, claims: Sequence[Claim]) -> pd.DataFrame:
    return to_frame(claim_rows(doc_id, text, claims))


# --- files: the claims table written and read back ------------------------------------------
#: The file formats of a claims table, by the name's ending (``.gz`` allowed for csv, jsonl).
FORMATS = ("csv", "parquet", "jsonl")


#: The Arrow type of each column that is not a string (strings are ``string``).
def _arrow_type_name(dtype: object) -> str:
    """The Arrow type of a non-categorical column, from its pandas dtype (so a new column
    needs no entry here): integers (``int64``, nullable ``Int64``) as ``int64``, floats as
    ``float64``, strings as ``string``."""
    name = str(dtype).lower()
    if name.startswith("int"):
        return "int64"
    if name.startswith("float"):
        return "float64"
    return "string"


def arrow_schema() -> Any:
    """The Arrow schema of the claims table, with pandas metadata.

    Strings are ``string``; ``kind`` and ``speaker_type`` are dictionaries (categories);
    offsets ``int64`` (with nulls where the column is ``Int64``); ``spans`` is
    ``list<list<int64>>``, one ``[start, end]`` pair an inner list. The pandas metadata makes
    ``pd.read_parquet`` give back the dtypes of :data:`COLUMNS` (``Int64``, ``string``,
    ``category``), all but ``spans``, which comes back as arrays: :func:`read_claims` gives
    it back as lists of ``(start, end)`` tuples.
    """
    import pyarrow as pa

    pandas_meta = pa.Schema.from_pandas(empty_table(), preserve_index=False).metadata
    fields = []
    for name, dtype in COLUMNS.items():
        if name == "spans":
            kind = pa.list_(pa.list_(pa.int64()))
        elif isinstance(dtype, pd.CategoricalDtype):
            kind = pa.dictionary(pa.int8(), pa.string())
        else:
            kind = getattr(pa, _arrow_type_name(dtype))()
        fields.append(pa.field(name, kind))
    return pa.schema(fields, metadata=pandas_meta)


def to_arrow(frame: pd.DataFrame, schema: Any = None) -> Any:
    """The claims table ``frame`` as an Arrow table of :func:`arrow_schema`."""
    import pyarrow as pa

    schema = schema or arrow_schema()
    frame = frame.assign(spans=[[list(s) for s in v] for v in frame["spans"]])
    return pa.Table.from_pandas(frame, schema=schema, preserve_index=False)


def claims_format(path: str | Path, fmt: str | None = None) -> str | None:
    """The format of a claims file: ``fmt`` if given, else from its name; None if unknown."""
    if fmt is not None:
        return fmt if fmt in FORMATS else None
    name = Path(path).name.lower().removesuffix(".gz")
    return next((f for f in FORMATS if name.endswith("." + f)), None)


def read_claims(path: str | Path, format: str | None = None) -> pd.DataFrame:
    """A claims table written by quotes (CSV, Parquet, JSONL, .gz), with its dtypes back.

    ``spans`` is a list of ``(start, end)`` tuples, as in the table ``quotes.extract``
    returns; every other column has its dtype of :data:`COLUMNS`. A folder is read as a
    Parquet dataset (what ``quotes.dask.extract(...).to_parquet(folder)`` writes).

    Raises:
        CorpusError: the format cannot be told from the name, or a column is missing.
    """
    from quotes import errors

    path = Path(path)
    fmt = "parquet" if path.is_dir() and format is None else claims_format(path, format)
    if fmt is None:
        raise errors.CorpusError(
            errors.CORPUS_UNKNOWN_FORMAT.format(
                path=path, option="format='csv' | 'parquet' | 'jsonl'"
            )
        )
    if fmt == "parquet":
        frame = pd.read_parquet(path)
    elif fmt == "csv":
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        frame = frame.replace("", None)
    else:
        frame = _read_jsonl(path)
    return typed_claims(frame, str(path))


def _read_jsonl(path: Path) -> pd.DataFrame:
    import gzip

    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return pd.DataFrame.from_records(records, columns=list(COLUMNS))


def iter_claims_file(
    path: str | Path, format: str | None = None, rows: int = 50_000
) -> Iterator[pd.DataFrame]:
    """A claims file written by quotes, as typed tables of at most ``rows`` rows each (see
    :func:`read_claims`), so that a corpus's file is read back in flat memory."""
    path = Path(path)
    fmt = claims_format(path, format)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=rows):
            yield typed_claims(batch.to_pandas(), str(path))
    elif fmt == "csv":
        reader = pd.read_csv(
            path, dtype=str, keep_default_na=False, encoding="utf-8", chunksize=rows
        )
        for frame in reader:
            yield typed_claims(frame.replace("", None), str(path))
    elif fmt == "jsonl":
        import gzip

        opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            records: list[dict[str, Any]] = []
            for line in fh:
                if line.strip():
                    records.append(json.loads(line))
                if len(records) == rows:
                    yield typed_claims(pd.DataFrame.from_records(records, columns=list(COLUMNS)))
                    records = []
            if records:
                yield typed_claims(pd.DataFrame.from_records(records, columns=list(COLUMNS)))
    else:
        yield read_claims(path, format)


def typed_claims(frame: pd.DataFrame, where: str = "the table") -> pd.DataFrame:
    """``frame`` (a claims table read from a file) with the dtypes of :data:`COLUMNS`."""
    from quotes import errors

    missing = [name for name in COLUMNS if name not in frame.columns]
    if missing and set(missing) <= set(CORPUS_COLUMNS) and len(frame.columns):
        frame = frame.assign(**{name: pd.NA for name in missing})
        missing = []
    if missing:
        raise errors.CorpusError(errors.CORPUS_NOT_CLAIMS.format(where=where, missing=missing))
    if not len(frame):
        return empty_table()
    frame = frame[list(COLUMNS)].reset_index(drop=True)
    frame = frame.assign(spans=frame["spans"].map(_spans))
    for name, dtype in COLUMNS.items():  # numbers read as text (CSV) or as floats (nulls)
        if dtype in ("int64", "Int64", "float64") and not pd.api.types.is_numeric_dtype(
            frame[name]
        ):
            frame[name] = pd.to_numeric(frame[name])
    return frame.astype({k: v for k, v in COLUMNS.items() if k != "spans"})


def _spans(value: object) -> list[tuple[int, int]]:
    """Spans as read from any format (JSON text, nested lists, arrays) -> (start, end) tuples."""
    if isinstance(value, str):
        value = json.loads(value)
    return [(int(s[0]), int(s[1])) for s in value]  # type: ignore[attr-defined]

"""Records -> the claims DataFrame: its columns and dtypes in one place (docs/schema.md)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from quotes.records import KINDS, SPEAKER_TYPES, Claim

STRING = pd.StringDtype()

#: The columns of the claims table, in order, with their dtypes.
COLUMNS: dict[str, object] = {
    "doc_id": STRING,
    "quote_id": "int64",
    "quote": STRING,
    "start": "int64",
    "end": "int64",
    "spans": "object",
    "kind": pd.CategoricalDtype(list(KINDS)),
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
}


def empty_table() -> pd.DataFrame:
    """The claims table with no rows and every column, typed."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})


def claim_rows(doc_id: str, text: str, claims: Sequence[Claim]) -> list[dict[str, object]]:
    """Plain row dicts, one per claim, sorted into text order and numbered."""
    ordered = sorted(claims, key=lambda c: (c.start, c.end))
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


def to_frame(rows: Iterable[dict[str, object]]) -> pd.DataFrame:
    """Typed claims table from row dicts (see :func:`claim_rows`)."""
    rows = list(rows)
    if not rows:
        return empty_table()
    df = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    return df.astype({k: v for k, v in COLUMNS.items() if k != "spans"})


def claims_table(doc_id: str, text: str, claims: Sequence[Claim]) -> pd.DataFrame:
    return to_frame(claim_rows(doc_id, text, claims))

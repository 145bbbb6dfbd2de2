"""Records -> the claims DataFrame: its columns and dtypes in one place (docs/schema.md)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from quotes.records import ACTS, KINDS, SPEAKER_TYPES, Claim

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
}


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


def to_frame(rows: Iterable[dict[str, object]]) -> pd.DataFrame:
    """Typed claims table from row dicts (see :func:`claim_rows`)."""
    rows = list(rows)
    if not rows:
        return empty_table()
    df = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    return df.astype({k: v for k, v in COLUMNS.items() if k != "spans"})


def claims_table(doc_id: str, text: str, claims: Sequence[Claim]) -> pd.DataFrame:
    return to_frame(claim_rows(doc_id, text, claims))

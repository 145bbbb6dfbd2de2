"""Who said what, counted: one row per canonical speaker of a claims table.

A claims table answers "what did this article attribute, and to whom"; an editor or analyst
usually asks the question the other way round: "who is quoted, how often, how, and where".
:func:`summary` turns the table around without losing the way back (the document ids).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pandas as pd

from quotes.identity import display_name
from quotes.records import KINDS, SPEAKER_TYPES
from quotes.table import STRING, of_acts

#: The columns of the summary, in order, with their dtypes.
SUMMARY_COLUMNS: dict[str, object] = {
    "speaker": STRING,
    "speaker_type": pd.CategoricalDtype(list(SPEAKER_TYPES)),
    "claims": "int64",
    **{kind: "int64" for kind in KINDS},
    "n_documents": "int64",
    "documents": "object",
    "roles": "object",
    "speaker_id": STRING,
}

_NEEDED = ("doc_id", "speaker", "kind", "speaker_type", "speaker_role")


def summary(claims: pd.DataFrame, *, act: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Per canonical speaker: the number of claims by kind, the documents and the roles seen.

    When the table has speaker ids (``speaker_id``, set across a corpus by
    :func:`quotes.identity.assign_speaker_ids`), a row is one ``speaker_id`` and ``speaker`` is
    its display name; otherwise a row is one canonical ``speaker`` string and ``speaker_id``
    is NA.

    Claims whose speaker is NA (the text does not say who) are counted together in one last
    row with speaker NA, so the counts add up to the table's length and the share of
    unattributed claims stays visible.

    Args:
        claims: a claims table (docs/schema.md); only ``doc_id``, ``speaker``, ``kind``,
            ``speaker_type`` and ``speaker_role`` are read (and ``act`` when ``act`` is given).
        act: count only the claims of this act, or of these acts ("statement", "question",
            ...: docs/schema.md); None counts every claim.

    Returns:
        One row per speaker, most claims first (ties by name), with the columns of
        :data:`SUMMARY_COLUMNS`: ``claims`` and one count per kind (``direct``,
        ``indirect``, ``mixed``); ``n_documents`` and ``documents`` (sorted doc ids);
        ``roles`` (sorted distinct roles); ``speaker_type`` (the most frequent one);
        ``speaker_id``.

    Raises:
        TypeError: ``claims`` is not a DataFrame.
        ValueError: a needed column is missing, or ``act`` names no act.
    """
    _check(claims)
    if act is not None:
        claims = of_acts(claims, act)
    if claims.empty:
        return _empty()
    by_id = "speaker_id" in claims.columns and bool(claims["speaker_id"].notna().any())
    key = claims["speaker_id" if by_id else "speaker"].astype("object")
    groups = claims.groupby(key, dropna=False, sort=False)
    rows = [_speaker_row(name, group, by_id) for name, group in groups]
    rows.sort(key=_order)
    return _typed(pd.DataFrame.from_records(rows, columns=list(SUMMARY_COLUMNS)))


def _check(claims: object) -> None:
    """Fail early, naming what is wrong, rather than deep inside pandas."""
    if not isinstance(claims, pd.DataFrame):
        raise TypeError(f"quotes.summary() takes a claims DataFrame, got {type(claims).__name__}.")
    missing = [c for c in _NEEDED if c not in claims.columns]
    if missing:
        raise ValueError(
            f"quotes.summary() needs the claims table's columns; missing: {', '.join(missing)}."
        )


def _speaker_row(key: object, group: pd.DataFrame, by_id: bool) -> dict[str, object]:
    """The summary row of one speaker (``key`` is NA for the unattributed claims)."""
    kinds = group["kind"].astype("object").value_counts()
    types = group["speaker_type"].astype("object").dropna().value_counts()
    docs = _distinct(group["doc_id"])
    kind = str(types.index[0]) if len(types) else "UNKNOWN"
    name = None if pd.isna(key) else str(key)  # type: ignore[call-overload]
    if by_id and name is not None:
        pairs = set(zip(group["doc_id"], group["speaker"], strict=True))
        forms = Counter(str(s) for _, s in pairs if not pd.isna(s))
        name = display_name(forms, kind) if forms else name
    return {
        "speaker": name,
        "speaker_type": kind,
        "claims": len(group),
        **{kind: int(kinds.get(kind, 0)) for kind in KINDS},
        "n_documents": len(docs),
        "documents": docs,
        "roles": _distinct(group["speaker_role"]),
        "speaker_id": None if pd.isna(key) or not by_id else str(key),  # type: ignore[call-overload]
    }


def _distinct(values: Iterable[object]) -> list[str]:
    """Sorted distinct non-NA values, as strings."""
    return sorted({str(v) for v in values if not pd.isna(v)})


def _order(row: dict[str, object]) -> tuple[bool, int, str]:
    """Most claims first, the unattributed row last, ties by name: a stable reading order."""
    speaker = row["speaker"]
    return (speaker is None, -int(row["claims"]), str(speaker or ""))  # type: ignore[call-overload]


def _empty() -> pd.DataFrame:
    return pd.DataFrame({n: pd.Series(dtype=d) for n, d in SUMMARY_COLUMNS.items()})  # type: ignore[call-overload]


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    return df.astype({k: v for k, v in SUMMARY_COLUMNS.items() if v != "object"})  # type: ignore[arg-type]

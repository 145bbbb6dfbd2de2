"""Speakers across a corpus: one row per ``speaker_id``, the page a fact-checker opens.

"Everything Dmitry Peskov said this month, in every outlet": :func:`speakers` gathers, per
corpus identity (:func:`quotes.identity.assign_speaker_ids`), every name form the documents
gave, the roles and types, the claims by kind, by act and by the rule that found them, the
documents and, when the corpus has dates, the first and last.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any, cast

import pandas as pd

from quotes.identity import Aliases, assign_speaker_ids, check_claims, display_name, read_aliases
from quotes.records import KINDS, SPEAKER_TYPES, UNKNOWN
from quotes.spread import document_dates
from quotes.table import STRING

#: The columns of :func:`speakers`, in order, with their dtypes.
SPEAKERS_COLUMNS: dict[str, object] = {
    "speaker_id": STRING,
    "speaker": STRING,
    "speaker_type": pd.CategoricalDtype(list(SPEAKER_TYPES)),
    "claims": "int64",
    **{kind: "int64" for kind in KINDS},
    "acts": "object",
    "rules": "object",
    "n_documents": "int64",
    "documents": "object",
    "names": "object",
    "roles": "object",
    "types": "object",
    "first_date": "datetime64[ns]",
    "last_date": "datetime64[ns]",
}

_NEEDED = ("doc_id", "speaker", "speaker_type", "kind")


def speakers(
    claims: pd.DataFrame,
    *,
    aliases: Aliases = None,
    dates: str | Mapping[str, Any] | pd.Series | None = None,
) -> pd.DataFrame:
    """One row per speaker of a corpus, most claims first; the unattributed claims last.

    Args:
        claims: a claims table; without a ``speaker_id`` column (or with one holding only NA,
            as a single document's table does) the ids are assigned first, with ``aliases``.
        aliases: the user's alias table (see :func:`quotes.identity.read_aliases`); its
            display names and types win here too.
        dates: the documents' dates (see :func:`quotes.spread.spread`); by default a ``date``
            column when there is one.

    Returns:
        Columns :data:`SPEAKERS_COLUMNS`: ``speaker`` the display name (a person's full name
        given in most documents); ``claims`` and one count per kind; ``acts`` a dict act ->
        claims ("statement", "question", ...; docs/schema.md); ``rules`` a dict finding rule
        -> claims ("speech_complement", "speech_act_object", ...); ``n_documents`` and
        ``documents`` (sorted); ``names`` every ``speaker`` string seen, most documents first;
        ``roles`` the distinct roles; ``types`` the types given, most frequent first;
        ``first_date`` and ``last_date`` (NaT without dates).
    """
    check_claims(claims, "speakers", _NEEDED)
    if "speaker_id" not in claims.columns or claims["speaker_id"].isna().all():
        claims = assign_speaker_ids(claims, aliases)
    table = read_aliases(aliases)
    by_id = {a.id: a for a in table.values()}
    when = document_dates(claims, dates).to_numpy()
    columns = {name: _values(claims, name) for name in _READ}
    keys = claims["speaker_id"].astype("object").reset_index(drop=True)
    groups = keys.groupby(keys, dropna=False, sort=False).indices
    rows = [_row(columns, list(at), when, by_id) for at in groups.values()]
    rows.sort(
        key=lambda r: (r["speaker_id"] is None, -cast(int, r["claims"]), str(r["speaker_id"]))
    )
    out = pd.DataFrame.from_records(rows, columns=list(SPEAKERS_COLUMNS))
    return out.astype({k: v for k, v in SPEAKERS_COLUMNS.items() if v != "object"})  # type: ignore[arg-type]


#: The columns a speaker's row is made of (those missing from a table read as all NA).
_READ = ("speaker_id", "doc_id", "speaker", "speaker_type", "kind", "act", "rule", "speaker_role")


def _values(claims: pd.DataFrame, name: str) -> list[object]:
    """A column as plain Python values, None for NA: a corpus has thousands of speakers, and
    pandas calls per speaker cost about 20 ms each where plain lists cost microseconds."""
    if name not in claims.columns:
        return [None] * len(claims)
    return [None if pd.isna(v) else v for v in claims[name].astype("object")]


def _row(
    columns: Mapping[str, list[object]], at: list[int], when: Any, by_id: Mapping[str, Any]
) -> dict[str, object]:
    """One speaker's row, from the positions ``at`` of their claims in the table."""

    def column(name: str) -> list[object]:
        values = columns[name]
        return [values[i] for i in at]

    key = columns["speaker_id"][at[0]]
    ident = None if key is None else str(key)
    docs = column("doc_id")
    names: Counter[str] = Counter()
    for _doc, name in set(zip(docs, column("speaker"), strict=True)):
        if name is not None:
            names[str(name)] += 1
    types = _counts(column("speaker_type"))
    kind = next(iter(types), UNKNOWN)
    alias = by_id.get(ident) if ident else None
    if alias is not None and alias.type:
        kind = alias.type
    name = (alias.name if alias is not None and alias.name else None) or (
        display_name(names, kind) if names else None
    )
    kinds = _counts(column("kind"))
    dates = pd.Series(when[at])
    return {
        "speaker_id": ident,
        "speaker": name,
        "speaker_type": kind,
        "claims": len(at),
        **{k: int(kinds.get(k, 0)) for k in KINDS},
        "acts": _counts(column("act")),
        "rules": _counts(str(r).split("+")[0] for r in column("rule") if r is not None),
        "n_documents": len(set(docs)),
        "documents": sorted({str(d) for d in docs}),
        "names": sorted(names, key=lambda n: (-names[n], n)),
        "roles": sorted({str(r) for r in column("speaker_role") if r is not None}),
        "types": list(types),
        "first_date": dates.min(),
        "last_date": dates.max(),
    }


def _counts(values: Any) -> dict[str, int]:
    """Value -> count, most frequent first, then by value; NA left out."""
    counts = Counter(str(v) for v in values if v is not None)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

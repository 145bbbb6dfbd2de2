"""Speakers across a corpus: one row per ``speaker_id``, the page a fact-checker opens.

"Everything Dmitry Peskov said this month, in every outlet": :func:`speakers` gathers, per
corpus identity (:func:`quotes.identity.assign_speaker_ids`), every name form the documents
gave, the roles and types, the claims by kind and by act (the rule that found them), the
documents and, when the corpus has dates, the first and last.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

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
        given in most documents); ``claims`` and one count per kind; ``acts`` a dict finding
        rule -> claims ("speech_complement", "speech_act_object", ...); ``n_documents`` and
        ``documents`` (sorted); ``names`` every ``speaker`` string seen, most documents first;
        ``roles`` the distinct roles; ``types`` the types given, most frequent first;
        ``first_date`` and ``last_date`` (NaT without dates).
    """
    check_claims(claims, "speakers", _NEEDED)
    if "speaker_id" not in claims.columns or claims["speaker_id"].isna().all():
        claims = assign_speaker_ids(claims, aliases)
    table = read_aliases(aliases)
    by_id = {a.id: a for a in table.values()}
    when = document_dates(claims, dates)
    frame = claims.assign(_date=when.to_numpy())
    groups = frame.groupby(frame["speaker_id"].astype("object"), dropna=False, sort=False)
    rows = [_row(key, part, by_id) for key, part in groups]
    rows.sort(key=lambda r: (r["speaker_id"] is None, -int(r["claims"]), str(r["speaker_id"])))
    out = pd.DataFrame.from_records(rows, columns=list(SPEAKERS_COLUMNS))
    return out.astype({k: v for k, v in SPEAKERS_COLUMNS.items() if v != "object"})  # type: ignore[arg-type]


def _row(key: object, part: pd.DataFrame, by_id: Mapping[str, Any]) -> dict[str, object]:
    ident = None if pd.isna(key) else str(key)  # type: ignore[call-overload]
    names: Counter[str] = Counter()
    for _doc, name in set(zip(part["doc_id"], part["speaker"], strict=True)):
        if not pd.isna(name):
            names[str(name)] += 1
    types = part["speaker_type"].astype("object").dropna().value_counts()
    kind = str(types.index[0]) if len(types) else UNKNOWN
    alias = by_id.get(ident) if ident else None
    if alias is not None and alias.type:
        kind = alias.type
    name = (alias.name if alias is not None and alias.name else None) or (
        display_name(names, kind) if names else None
    )
    kinds = part["kind"].astype("object").value_counts()
    acts = (
        part["rule"].astype("object").dropna().map(lambda r: str(r).split("+")[0]).value_counts()
        if "rule" in part.columns
        else pd.Series(dtype="int64")
    )
    roles = part["speaker_role"] if "speaker_role" in part.columns else pd.Series(dtype="object")
    return {
        "speaker_id": ident,
        "speaker": name,
        "speaker_type": kind,
        "claims": len(part),
        **{k: int(kinds.get(k, 0)) for k in KINDS},
        "acts": {str(k): int(v) for k, v in acts.items()},
        "n_documents": part["doc_id"].nunique(),
        "documents": sorted({str(d) for d in part["doc_id"]}),
        "names": sorted(names, key=lambda n: (-names[n], n)),
        "roles": sorted({str(r) for r in roles if not pd.isna(r)}),
        "types": [str(t) for t in types.index],
        "first_date": part["_date"].min(),
        "last_date": part["_date"].max(),
    }

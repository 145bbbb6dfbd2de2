"""Speaker ids and claim groups of a Dask claims table (``quotes.dask.extract``'s result).

    import quotes.dask, quotes.dask_spread
    claims = quotes.dask.extract(ddf, id_col="url")
    claims = quotes.dask_spread.assign_speaker_ids(claims, aliases="aliases.csv")
    claims = quotes.dask_spread.assign_claim_groups(claims)
    claims.to_parquet("claims/")

Speaker ids: the name statistics of each partition (a few thousand distinct strings) are
computed on the workers and added up on the client, which resolves the identities once
(:func:`quotes.identity.resolve_names`); each partition then maps its rows. A document's
claims must sit in one partition (as ``quotes.dask.extract`` leaves them).

Claim groups: each partition computes its claims' MinHash band keys; the keys are shuffled
so that equal keys meet in one partition, which lists the candidate pairs; the pairs are
joined to their claims' words and checked on the workers; only the accepted pairs (few)
come back to the client, which finds the connected components and numbers the groups by
first claim, as :func:`quotes.spread.assign_claim_groups` does in memory.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from quotes.identity import (
    DOMINANCE,
    Aliases,
    combine_stats,
    name_stats,
    resolve_names,
    speaker_id_values,
)
from quotes.spread import (
    GAP,
    LSH_THRESHOLD,
    MIN_SHORT_WORDS,
    MIN_WORDS,
    NUM_PERM,
    band_keys,
    hash32,
    lsh_bands,
    pairs_in_buckets,
    same_claim,
    shingles,
    signatures,
    text_components,
    words,
)
from quotes.table import STRING

#: The band of the exact key of a short claim (its words and speaker), beside the LSH bands.
_SHORT_BAND = -1


def assign_speaker_ids(
    claims: Any, aliases: Aliases = None, *, dominance: float = DOMINANCE
) -> Any:
    """The Dask claims table with ``speaker_id`` set (see
    :func:`quotes.identity.assign_speaker_ids`); the name statistics are computed now, the
    rows stay lazy."""
    stats = claims.map_partitions(name_stats, meta=name_stats(claims._meta)).compute()
    identities = resolve_names(combine_stats([stats]), aliases, dominance=dominance)
    meta = claims._meta.assign(speaker_id=pd.Series(dtype=STRING))
    return claims.map_partitions(_with_ids, identities, meta=meta)


def _with_ids(part: pd.DataFrame, identities: dict[str, Any]) -> pd.DataFrame:
    out = part.copy()
    out["speaker_id"] = pd.Series(
        speaker_id_values(part, identities), index=part.index, dtype=STRING
    )
    return out


def _speaker_column(part: pd.DataFrame) -> pd.Series:
    if "speaker_id" in part.columns and part["speaker_id"].notna().any():
        return part["speaker_id"]
    return part["speaker"]


_WORDS_META = pd.DataFrame(
    {
        "row": pd.Series(dtype="int64"),
        "doc": pd.Series(dtype="object"),
        "start": pd.Series(dtype="int64"),
        "end": pd.Series(dtype="int64"),
        "speaker": pd.Series(dtype="object"),
        "words": pd.Series(dtype="object"),
    }
)
_KEYS_META = pd.DataFrame(
    {
        "band": pd.Series(dtype="int64"),
        "key": pd.Series(dtype="uint64"),
        "id": pd.Series(dtype="int64"),
    }
)


def _words_part(part: pd.DataFrame, offsets: list[int], partition_info: Any = None) -> pd.DataFrame:
    """Per claim: its global row number, where it is, its speaker key and its words."""
    base = offsets[partition_info["number"]] if partition_info else 0
    speakers = _speaker_column(part)
    return pd.DataFrame(
        {
            "row": np.arange(base, base + len(part), dtype=np.int64),
            "doc": part["doc_id"].astype(str).to_numpy(),
            "start": part["start"].astype("int64").to_numpy(),
            "end": part["end"].astype("int64").to_numpy(),
            "speaker": ["" if pd.isna(s) else str(s) for s in speakers],
            "words": [words(str(q)) for q in part["quote"]],
        }
    )


def _keys_part(part: pd.DataFrame, bands: int, rows: int, num_perm: int) -> pd.DataFrame:
    """Band keys of the long claims, one exact key for the groupable short ones."""
    n_words = np.array([sum(w != GAP for w in ws) for ws in part["words"]], dtype=np.int64)
    long = n_words >= MIN_WORDS
    frames = [_KEYS_META]
    if long.any():
        sub = part[long]
        keys = band_keys(signatures([shingles(ws) for ws in sub["words"]], num_perm), bands, rows)
        frames.append(
            pd.DataFrame(
                {
                    "band": np.tile(np.arange(bands, dtype=np.int64), len(sub)),
                    "key": keys.ravel(),
                    "id": np.repeat(sub["row"].to_numpy(), bands),
                }
            )
        )
    short = ~long & (n_words >= MIN_SHORT_WORDS) & (part["speaker"] != "").to_numpy()
    if short.any():
        sub = part[short]
        exact = [
            s + "\x00" + " ".join(ws) for s, ws in zip(sub["speaker"], sub["words"], strict=True)
        ]
        frames.append(
            pd.DataFrame(
                {
                    "band": _SHORT_BAND,
                    "key": hash32(exact).astype(np.uint64),
                    "id": sub["row"].to_numpy(),
                }
            )
        )
    return pd.concat(frames, ignore_index=True).astype(_KEYS_META.dtypes.to_dict())


def _pairs_part(part: pd.DataFrame) -> pd.DataFrame:
    """Candidate pairs of the buckets in one shuffled partition (whole buckets)."""
    part = part.drop(columns="bucket", errors="ignore")
    size = part.groupby(["band", "key"])["id"].transform("size")
    return pairs_in_buckets(part[size > 1])


def _check_part(part: pd.DataFrame) -> pd.DataFrame:
    """The candidate pairs that are one claim (the in-memory rules, short claims included)."""
    keep = []
    for row in part.itertuples(index=False):
        if row.doc_a == row.doc_b and not (row.end_a <= row.start_b or row.end_b <= row.start_a):
            keep.append(False)  # one stretch of text: a claim and a claim nested in it
            continue
        short = min(sum(w != GAP for w in row.words_a), sum(w != GAP for w in row.words_b))
        if short < MIN_WORDS:
            keep.append(row.speaker_a == row.speaker_b and list(row.words_a) == list(row.words_b))
        else:
            keep.append(same_claim(row.words_a, row.words_b))
    return part.loc[np.array(keep, dtype=bool), ["a", "b"]]


def assign_claim_groups(
    claims: Any, *, threshold: float = LSH_THRESHOLD, num_perm: int = NUM_PERM
) -> Any:
    """The Dask claims table with ``claim_group`` (``Int64``), numbered by first claim in
    partition order: the groups :func:`quotes.spread.assign_claim_groups` gives in memory.
    The pairs are computed now; the rows stay lazy."""
    lengths = claims.map_partitions(len).compute()
    offsets = [0, *np.cumsum(list(lengths))[:-1].tolist()]
    total = int(sum(lengths))
    bands, rows = lsh_bands(num_perm, threshold)
    ws = claims.map_partitions(_words_part, offsets, meta=_WORDS_META)
    keys = ws.map_partitions(_keys_part, bands, rows, num_perm, meta=_KEYS_META)
    keys = keys.assign(bucket=keys["band"] * 1_000_003 + (keys["key"] % 1_000_003).astype("int64"))
    keys = keys.shuffle(on="bucket")
    pairs = keys.map_partitions(_pairs_part, meta=pd.DataFrame({"a": [], "b": []}, dtype="int64"))
    pairs = pairs.drop_duplicates()
    joined = pairs.merge(ws.add_suffix("_a"), left_on="a", right_on="row_a").merge(
        ws.add_suffix("_b"), left_on="b", right_on="row_b"
    )
    edges = joined.map_partitions(
        _check_part, meta=pd.DataFrame({"a": [], "b": []}, dtype="int64")
    ).compute()
    labels = text_components(total, edges.reset_index(drop=True), np.arange(total, dtype=np.int64))
    meta = claims._meta.assign(claim_group=pd.Series(dtype="Int64"))
    return claims.map_partitions(_with_groups, labels, offsets, meta=meta)


def _with_groups(
    part: pd.DataFrame, labels: np.ndarray, offsets: list[int], partition_info: Any = None
) -> pd.DataFrame:
    base = offsets[partition_info["number"]] if partition_info else 0
    out = part.copy()
    out["claim_group"] = pd.Series(labels[base : base + len(part)], index=part.index, dtype="Int64")
    return out

"""The Dask path gives the ids and groups of the in-memory path, partition by partition."""

from __future__ import annotations

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
dask = pytest.importorskip("dask")

import quotes  # noqa: E402
import quotes.dask_spread  # noqa: E402
from quotes.table import to_frame  # noqa: E402

BASE = "We will build the new bridge before the winter comes, and the city will pay for it"
ROWS = [
    ("a", BASE, "Ann Cole"),
    ("a", "The council has not met since March and nobody knows why", "Tom Reed"),
    ("b", BASE.replace("We will", "We'll"), "Cole"),
    ("b", "We will win this.", "Tom Reed"),
    ("c", "We will build the new bridge ... and the city will pay for it", "Ann Cole"),
    ("c", "We will win this.", "Tom Reed"),
    ("d", BASE.replace("will build", "will not build"), "Ann Cole"),
    ("d", "The council has not met since March and nobody knows why!", "Thomas Reed"),
    ("e", "them", "Ann Cole"),
    ("f", "them", "Ann Cole"),
]


def _claims() -> pd.DataFrame:
    return to_frame(
        {
            "doc_id": d,
            "quote_id": n,
            "quote": q,
            "start": 100 * n,
            "end": 100 * n + len(q),
            "spans": [(100 * n, 100 * n + len(q))],
            "kind": "direct",
            "speaker": s,
            "speaker_type": "PERSON",
            "confidence": 0.9,
            "rule": "said_after+name",
        }
        for n, (d, q, s) in enumerate(ROWS)
    )


def _partition(labels: list[int]) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for i, g in enumerate(labels):
        groups.setdefault(g, set()).add(i)
    return {frozenset(v) for v in groups.values()}


def test_dask_ids_and_groups_equal_the_in_memory_ones() -> None:
    table = _claims()
    ddf = dd.from_pandas(table, npartitions=3, sort=False)
    with dask.config.set(scheduler="synchronous"):
        ided = quotes.dask_spread.assign_speaker_ids(ddf)
        grouped = quotes.dask_spread.assign_claim_groups(ided).compute()
    local = quotes.assign_claim_groups(quotes.assign_speaker_ids(table))
    assert list(grouped["speaker_id"]) == list(local["speaker_id"])
    assert list(grouped["claim_group"]) == list(local["claim_group"])
    assert _partition(list(local["claim_group"])) == _partition(list(grouped["claim_group"]))
    assert grouped["claim_group"].iloc[0] == grouped["claim_group"].iloc[2]
    assert grouped["claim_group"].iloc[3] == grouped["claim_group"].iloc[5]
    assert grouped["claim_group"].iloc[8] != grouped["claim_group"].iloc[9]

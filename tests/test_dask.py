"""quotes.dask on a real LocalCluster with two worker processes.

One cluster for the module (starting workers and loading the model in each costs seconds).
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")

import quotes  # noqa: E402
import quotes.corpus  # noqa: E402
import quotes.dask  # noqa: E402
from quotes import errors  # noqa: E402
from quotes.table import COLUMNS, empty_table  # noqa: E402

TEXTS = [
    "“The port will reopen on Monday,” harbour master Ana Ruiz said.",
    "Nobody commented on the weather.",
    "The union said its members would strike in June.",
    "“We are ready,” the coach told reporters.",
    "“Prices will not rise,” the baker said.",
    "Two trains were late.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


@pytest.fixture
def ddf() -> object:
    frame = pd.DataFrame({"text": TEXTS, "key": [f"k{i}" for i in range(len(TEXTS))]})
    return dd.from_pandas(frame, npartitions=3)


def test_meta_has_the_contract_columns_without_computing(ddf: object) -> None:
    claims = quotes.dask.extract(ddf, text_col="text", id_col="key")
    assert list(claims.columns) == list(COLUMNS)
    assert claims.dtypes.equals(empty_table().dtypes)


def test_bad_column_or_mode_fails_before_any_work(ddf: object) -> None:
    with pytest.raises(errors.CorpusError, match="no column 'body'"):
        quotes.dask.extract(ddf, text_col="body")
    with pytest.raises(errors.CorpusError, match="errors='skip'"):
        quotes.dask.extract(ddf, errors="skip")


def test_claims_on_worker_processes_model_loaded_once_each(
    client: object, ddf: object, extractor: quotes.Extractor
) -> None:
    claims = quotes.dask.extract(ddf, text_col="text", id_col="key")
    first = claims.compute().reset_index(drop=True)
    again = claims.compute().reset_index(drop=True)
    assert list(first.columns) == list(COLUMNS)
    assert first.dtypes.equals(empty_table().dtypes)
    assert {"k0", "k3", "k4"} <= set(first.doc_id)
    assert first.equals(again)
    # lazy: the corpus-level columns are left NA, not filled partition by partition
    assert first["speaker_id"].isna().all() and first["claim_group"].isna().all()
    local = quotes.corpus.extract_corpus(
        ddf.compute(), extractor=extractor, text_col="text", id_col="key", progress=False,
        speaker_ids=False, claim_groups=False,
    )  # fmt: skip
    pd.testing.assert_frame_equal(first, local)
    loaded = client.run(lambda: len(quotes.dask._EXTRACTORS))  # type: ignore[attr-defined]
    assert len(loaded) == 2 and set(loaded.values()) <= {0, 1} and sum(loaded.values()) >= 1


def test_ids_default_to_the_index(client: object) -> None:
    frame = pd.DataFrame({"text": TEXTS[:1]}, index=[41])
    claims = quotes.dask.extract(dd.from_pandas(frame, npartitions=1)).compute()
    assert set(claims.doc_id) == {"41"}


def test_a_bad_document_fails_the_run_or_is_logged(client: object) -> None:
    frame = pd.DataFrame({"text": [TEXTS[0], None, TEXTS[3]], "key": ["a", "b", "c"]})
    ddf = dd.from_pandas(frame, npartitions=1)
    with pytest.raises(errors.CorpusError, match="'b'"):
        quotes.dask.extract(ddf, id_col="key").compute()
    logged = quotes.dask.extract(ddf, id_col="key", errors="log").compute()
    assert set(logged.doc_id) == {"a", "c"}


def test_to_parquet_works_and_reads_back_with_the_table_dtypes(
    client: object, ddf: object, tmp_path: object
) -> None:
    """The documented ``quotes.dask.extract(ddf).to_parquet(folder)`` (ArrowInvalid before)."""
    claims = quotes.dask.extract(ddf, text_col="text", id_col="key")
    folder = tmp_path / "claims"  # type: ignore[operator]
    claims.to_parquet(folder)
    expected = claims.compute().reset_index(drop=True)
    plain = pd.read_parquet(folder)

    def name(dtype: object) -> object:  # Arrow or Python storage: the same "string" dtype
        return "string" if isinstance(dtype, pd.StringDtype) else dtype

    assert {k: name(plain[k].dtype) for k in COLUMNS if k != "spans"} == {
        k: name(v) for k, v in COLUMNS.items() if k != "spans"
    }
    back = quotes.read_claims(folder)
    pd.testing.assert_frame_equal(back, expected)
    assert isinstance(back.spans[0][0], tuple)


def test_speaker_ids_across_partitions_with_an_alias_table(client: object, ddf: object) -> None:
    claims = quotes.dask.extract(ddf, text_col="text", id_col="key", aliases={"Lee": "Q1"})
    table = claims.compute()
    named = table[table["speaker"].notna()]
    assert named["speaker_id"].notna().all()
    local = quotes.extract_corpus(
        list(zip(ddf.compute()["key"], ddf.compute()["text"], strict=True)),  # type: ignore[attr-defined]
        aliases={"Lee": "Q1"},
    )
    got = dict(
        zip(table["speaker"].astype(object), table["speaker_id"].astype(object), strict=True)
    )
    want = dict(
        zip(local["speaker"].astype(object), local["speaker_id"].astype(object), strict=True)
    )
    assert got == want  # the same ids, partitioned or not


def test_claim_groups_across_partitions_equal_a_corpus_run(client: object) -> None:
    carried = "the harbour will stay closed to tankers until the inquiry has named the owners"
    texts = [
        f"“The {carried.removeprefix('the ')},” said Ana Ruiz.",
        "Two trains were late.",
        "“The harbour will stay closed to tankers ... until the inquiry has named the owners,” "
        "Ruiz told reporters.",
        "“We are ready,” the coach told reporters.",
    ]
    frame = pd.DataFrame({"text": texts, "key": [f"k{i}" for i in range(len(texts))]})
    lazy = quotes.dask.extract(dd.from_pandas(frame, npartitions=2), id_col="key")
    assert lazy.compute()["claim_group"].isna().all()  # lazy by default
    claims = quotes.dask.extract(dd.from_pandas(frame, npartitions=2), id_col="key",
                                 speaker_ids=True, claim_groups=True)  # fmt: skip
    table = claims.compute().reset_index(drop=True)
    local = quotes.extract_corpus(list(zip(frame["key"], frame["text"], strict=True)))
    assert list(table["claim_group"]) == list(local["claim_group"])
    by_doc = dict(zip(table["doc_id"].astype(object), table["claim_group"], strict=True))
    assert by_doc["k0"] == by_doc["k2"] != by_doc["k3"]

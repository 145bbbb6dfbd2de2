"""Corpus runs: every source kind, the errors table, failure isolation, writers, streaming.

All inputs are written here by the tests, broken ones included. The sentences are our own.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing
import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

import quotes
from quotes import errors
from quotes.corpus import (
    ERROR_COLUMNS,
    errors_table,
    extract_corpus,
    iter_corpus,
    read_source,
)
from quotes.table import COLUMNS

QUOTE = "“We will win this vote,” Senator Alice Moreno said on Tuesday."
REPORTED = "The mayor said that the new bridge would open in May."
PLAIN = "The river rose two metres overnight."


def run(source: object, extractor: quotes.Extractor, **options: object) -> pd.DataFrame:
    """extract_corpus without the bar, with its failure warning silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return extract_corpus(source, extractor=extractor, progress=False, **options)


def failures(df: pd.DataFrame) -> pd.DataFrame:
    return errors_table(df.attrs["errors"])


# --- in-memory sources --------------------------------------------------------------------
def test_texts_are_numbered_by_position_and_keep_order(extractor: quotes.Extractor) -> None:
    df = run([PLAIN, QUOTE, REPORTED, QUOTE], extractor)
    assert list(df.columns) == list(COLUMNS)
    assert set(df.doc_id) <= {"1", "2", "3"}
    assert "1" in set(df.doc_id) and "3" in set(df.doc_id)
    assert list(df.doc_id) == sorted(df.doc_id)  # corpus order
    assert "We will win this vote" in df[df.doc_id == "1"].quote.iloc[0]
    assert failures(df).empty


def test_pairs_keep_their_ids(extractor: quotes.Extractor) -> None:
    df = run([("z-9", QUOTE), ("a-1", QUOTE)], extractor)
    assert list(dict.fromkeys(df.doc_id)) == ["z-9", "a-1"]


def test_non_text_items_go_to_the_errors_table_and_the_run_goes_on(
    extractor: quotes.Extractor,
) -> None:
    with pytest.warns(RuntimeWarning, match="2 document"):
        df = extract_corpus([QUOTE, 42, ("x", None), QUOTE], extractor=extractor, progress=False)
    table = failures(df)
    assert list(table.columns) == list(ERROR_COLUMNS)
    assert list(table.doc_id) == ["1", "x"]
    assert list(table.error) == ["TypeError", "TypeError"]
    assert "int" in table.message.iloc[0] and "NoneType" in table.message.iloc[1]
    assert set(df.doc_id) == {"0", "3"}


def test_errors_raise_names_the_document(extractor: quotes.Extractor) -> None:
    with pytest.raises(errors.CorpusError, match="'7'.*TypeError"):
        extract_corpus([("7", b"bytes")], extractor=extractor, progress=False, errors="raise")


def test_unknown_errors_mode_is_refused(extractor: quotes.Extractor) -> None:
    with pytest.raises(errors.CorpusError, match="errors='ignore'"):
        run([QUOTE], extractor, errors="ignore")


def test_blank_and_empty_corpus(extractor: quotes.Extractor) -> None:
    df = run(["", "   \n "], extractor)
    assert df.empty and list(df.columns) == list(COLUMNS) and failures(df).empty
    assert run([], extractor).empty


def test_dataframe_ids_from_column_or_index(extractor: quotes.Extractor) -> None:
    frame = pd.DataFrame({"body": [PLAIN, QUOTE], "key": ["p", "q"]}, index=[10, 20])
    assert set(run(frame, extractor, text_col="body", id_col="key").doc_id) == {"q"}
    assert set(run(frame, extractor, text_col="body").doc_id) == {"20"}
    with pytest.raises(errors.CorpusError, match="no column 'text'.*text_col="):
        run(frame, extractor)


def test_a_single_str_is_a_path_and_a_missing_one_fails_at_once(
    extractor: quotes.Extractor,
) -> None:
    with pytest.raises(errors.CorpusError, match="no such file.*quotes.extract"):
        run("no/such/corpus.jsonl", extractor)
    with pytest.raises(errors.CorpusError, match="int"):
        run(5, extractor)


# --- files --------------------------------------------------------------------------------
@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    (root / "world").mkdir(parents=True)
    (root / "a.txt").write_text(QUOTE + "\n" + REPORTED + "\n", encoding="utf-8")
    (root / "world" / "b.txt").write_text(QUOTE, encoding="utf-8")
    (root / "latin1.txt").write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    (root / "notes.md").write_text("not a document", encoding="utf-8")
    return root


def test_folder_ids_are_relative_paths_and_bad_files_are_reported(
    folder: Path, extractor: quotes.Extractor
) -> None:
    df = run(folder, extractor)
    assert set(df.doc_id) == {"a", "world/b"}
    table = failures(df)
    assert list(table.doc_id) == ["latin1", "notes"]
    assert list(table.error) == ["UnicodeDecodeError", "UnsupportedSuffix"]
    assert table.source.iloc[0] == f"{folder / 'latin1.txt'}:1"
    assert "re-encode" in table.message.iloc[0]
    assert table.source.iloc[1] == str(folder / "notes.md") and ".jsonl" in table.message.iloc[1]


def test_txt_file_id_is_its_stem(folder: Path, extractor: quotes.Extractor) -> None:
    assert set(run(folder / "world" / "b.txt", extractor).doc_id) == {"b"}


def test_paths_in_a_list_are_files_and_strs_are_texts(
    folder: Path, extractor: quotes.Extractor
) -> None:
    df = run([folder / "a.txt", QUOTE, folder / "missing.txt"], extractor)
    assert set(df.doc_id) == {"a", "1"}
    assert list(failures(df).error) == ["FileNotFoundError"]


def write_jsonl(path: Path, lines: list[str], gz: bool = False) -> Path:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


BROKEN_JSONL = [
    json.dumps({"id": "n1", "text": QUOTE}),
    "{not json",
    json.dumps({"id": "n3", "text": 3.5}),
    "",
    json.dumps({"id": "n5", "body": QUOTE}),
    json.dumps(["a", "list"]),
    json.dumps({"id": "n7", "text": REPORTED}),
]


def test_jsonl_with_broken_records(tmp_path: Path, extractor: quotes.Extractor) -> None:
    df = run(write_jsonl(tmp_path / "c.jsonl", BROKEN_JSONL), extractor, id_col="id")
    assert set(df.doc_id) == {"n1", "n7"}
    table = failures(df)
    path = tmp_path / "c.jsonl"
    assert list(table.source) == [f"{path}:{n}" for n in (2, 3, 5, 6)]
    assert list(table.error) == ["JSONDecodeError", "TypeError", "KeyError", "TypeError"]
    # a broken record with no readable id gets its position in the corpus
    assert list(table.doc_id) == ["1", "n3", "n5", "4"]
    assert all(f"{path}:" in m for m in table.message)


def test_jsonl_gz_and_a_truncated_gzip(tmp_path: Path, extractor: quotes.Extractor) -> None:
    good = write_jsonl(tmp_path / "g.jsonl.gz", BROKEN_JSONL, gz=True)
    assert set(run(good, extractor, id_col="id").doc_id) == {"n1", "n7"}
    many = [json.dumps({"text": f"Item {i * 7919 % 10007} is here."}) for i in range(400)]
    data = gzip.compress(("\n".join(many) + "\n").encode())
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    df = run([cut, tmp_path / "g.jsonl.gz"], extractor, id_col=None)
    table = failures(df)
    assert "EOFError" in set(table.error) or "BadGzipFile" in set(table.error)
    assert "gzip -t" in " ".join(table.message) and f"{cut}:" in " ".join(table.source)
    assert df.quote.str.contains("We will win").any()  # the next file was still read


def test_csv_with_bad_rows_and_a_missing_column(
    tmp_path: Path, extractor: quotes.Extractor
) -> None:
    path = tmp_path / "c.csv"
    path.write_text(
        'id,text\nr1,"' + QUOTE.replace('"', '""') + '"\nr2,too,many,fields\nr3,"' + REPORTED
        + '"\n',
        encoding="utf-8",
    )  # fmt: skip
    df = run(path, extractor, id_col="id")
    assert set(df.doc_id) == {"r1", "r3"}
    assert list(failures(df).source) == [f"{path}:3"]
    other = tmp_path / "other.csv"
    other.write_text("headline,body\nx,y\n", encoding="utf-8")
    table = failures(run(other, extractor))
    assert list(table.error) == ["KeyError"] and "text_col=" in table.message.iloc[0]


def test_csv_with_an_undecodable_record(tmp_path: Path, extractor: quotes.Extractor) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        b"id,text\nr1,Caf\xe9 owners said prices rose.\nr2," + REPORTED.encode() + b"\n"
    )
    df = run(path, extractor, id_col="id")
    assert set(df.doc_id) == {"r2"}
    table = failures(df)
    assert list(table.doc_id) == ["r1"] and list(table.error) == ["UnicodeDecodeError"]
    assert table.message[0].startswith(f"{path}:2: not UTF-8 (byte 0xe9)")


def test_parquet_with_a_null_text(tmp_path: Path, extractor: quotes.Extractor) -> None:
    path = tmp_path / "p.parquet"
    pd.DataFrame({"text": [QUOTE, None, REPORTED], "key": ["k1", "k2", "k3"]}).to_parquet(path)
    df = run(path, extractor, id_col="key")
    assert set(df.doc_id) == {"k1", "k3"}
    assert list(failures(df).source) == [f"{path}:2"]


def test_unknown_suffix_is_refused(tmp_path: Path, extractor: quotes.Extractor) -> None:
    bad = tmp_path / "corpus.xml"
    bad.write_text("<a/>", encoding="utf-8")
    with pytest.raises(errors.CorpusError, match="corpus.xml.*\\.jsonl"):
        run(bad, extractor)


# --- writing as we go ---------------------------------------------------------------------
@pytest.mark.parametrize("name", ["out.csv", "out.parquet", "out.jsonl", "out.jsonl.gz"])
def test_out_files_hold_the_same_table(
    name: str, folder: Path, tmp_path: Path, extractor: quotes.Extractor
) -> None:
    expected = run(folder, extractor)
    out = tmp_path / name
    summary = run(folder, extractor, out=out, chunk_size=1)
    assert (summary.documents, summary.claims, len(summary.errors)) == (4, len(expected), 2)
    got = read_back(out)
    assert list(got.columns) == list(COLUMNS)
    assert list(got.doc_id) == list(expected.doc_id)
    assert list(got.quote) == list(expected.quote)
    assert [[tuple(s) for s in v] for v in got.spans] == [list(v) for v in expected.spans]
    errs = pd.read_csv(tmp_path / "out.errors.csv")
    assert list(errs.columns) == list(ERROR_COLUMNS) and list(errs.doc_id) == ["latin1", "notes"]


def read_back(path: Path) -> pd.DataFrame:
    if path.name.endswith(".parquet"):
        return pd.read_parquet(path)
    if path.name.endswith(".csv"):
        df = pd.read_csv(path, keep_default_na=False)
        return df.assign(spans=df.spans.map(json.loads))
    return pd.read_json(path, lines=True, dtype=False)


def test_an_empty_run_still_writes_the_header(tmp_path: Path, extractor: quotes.Extractor) -> None:
    out = tmp_path / "none.csv"
    summary = run([], extractor, out=out)
    assert summary.documents == 0
    assert out.read_text(encoding="utf-8").strip() == ",".join(COLUMNS)


def test_unknown_output_format(tmp_path: Path, extractor: quotes.Extractor) -> None:
    with pytest.raises(errors.CorpusError, match="out.xlsx"):
        run([QUOTE], extractor, out=tmp_path / "out.xlsx")
    with pytest.raises(errors.CorpusError, match="format='xml'"):
        run([QUOTE], extractor, out=tmp_path / "out.csv", format="xml")


# --- streaming and chunks -----------------------------------------------------------------
def test_iter_corpus_yields_chunks_with_their_errors(extractor: quotes.Extractor) -> None:
    chunks = list(iter_corpus([QUOTE, None, QUOTE, QUOTE, QUOTE], extractor=extractor,
                              chunk_size=2, progress=False))  # fmt: skip
    assert len(chunks) == 3
    assert [len(c.attrs["errors"]) for c in chunks] == [1, 0, 0]
    assert pd.concat(chunks).doc_id.nunique() == 4


def test_the_source_is_read_lazily(extractor: quotes.Extractor) -> None:
    pulled = 0

    def texts() -> Iterator[str]:
        nonlocal pulled
        for _ in range(1000):
            pulled += 1
            yield QUOTE

    chunks = iter_corpus(texts(), extractor=extractor, chunk_size=2, batch_size=2,
                         progress=False)  # fmt: skip
    next(chunks)
    assert pulled <= 8  # a couple of batches, not the corpus
    chunks.close()


def test_read_source_numbers_failures_too() -> None:
    entries = list(read_source(["a", 1, ("k", "b")]))
    assert [e.doc_id for e in entries] == ["0", "1", "k"]


# --- progress -----------------------------------------------------------------------------
def test_progress_bar_on_stderr_only_when_asked_or_on_a_terminal(
    extractor: quotes.Extractor, capsys: pytest.CaptureFixture[str]
) -> None:
    extract_corpus([QUOTE, QUOTE], extractor=extractor)
    assert capsys.readouterr().err == ""  # stderr is not a terminal here
    extract_corpus([QUOTE, QUOTE], extractor=extractor, progress=True)
    err = capsys.readouterr().err
    assert "2/2" in err and "doc/s" in err and "claims=" in err


# --- a document that breaks the parser ----------------------------------------------------
@Language.component("quotes_test_fail_on_boom")
def fail_on_boom(doc: object) -> object:
    """Raise for any text holding BOOM, as a buggy component or a pathological text would."""
    if "BOOM" in doc.text:  # type: ignore[attr-defined]
        raise RuntimeError("this component cannot take BOOM")
    return doc


@Language.component("quotes_test_die_in_worker")
def die_in_worker(doc: object) -> object:
    """Kill a worker process outright for a text holding DIE (a segfault, an OOM kill)."""
    if "DIE" in doc.text:  # type: ignore[attr-defined]
        if multiprocessing.current_process().name != "MainProcess":
            os._exit(1)
        raise RuntimeError("this component cannot take DIE")
    return doc


@pytest.fixture(scope="module")
def fragile() -> quotes.Extractor:
    ex = quotes.Extractor()
    ex.backend.nlp.add_pipe("quotes_test_fail_on_boom", last=True)  # type: ignore[attr-defined]
    ex.backend.nlp.add_pipe("quotes_test_die_in_worker", last=True)  # type: ignore[attr-defined]
    return ex


def test_a_worker_that_dies_loses_no_document(fragile: quotes.Extractor) -> None:
    texts = [(f"w{i:02d}", f"“Road {i} will open,” Lee said.") for i in range(20)]
    texts[9] = ("w09", "“DIE now,” the villain said.")
    df = run(texts, fragile, batch_size=3, n_process=2)
    assert set(df.doc_id) == {f"w{i:02d}" for i in range(20)} - {"w09"}
    assert list(dict.fromkeys(df.doc_id)) == sorted(set(df.doc_id))
    assert list(failures(df).doc_id) == ["w09"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_document_that_raises_in_the_parser_loses_no_other(
    n_process: int, fragile: quotes.Extractor
) -> None:
    texts = [(f"d{i:02d}", f"“Plan {i} will work,” Smith said.") for i in range(30)]
    texts[7] = ("d07", "BOOM, said nobody.")
    texts[22] = ("d22", "“BOOM is coming,” Jones said.")
    df = run(texts, fragile, batch_size=4, n_process=n_process)
    expected = {f"d{i:02d}" for i in range(30)} - {"d07", "d22"}
    assert set(df.doc_id) == expected
    assert list(dict.fromkeys(df.doc_id)) == sorted(expected)
    table = failures(df)
    assert list(table.doc_id) == ["d07", "d22"]
    assert set(table.error) == {"RuntimeError"}
    assert all("parse failed" in m for m in table.message)


def test_a_document_that_raises_in_claim_finding_is_reported(
    extractor: quotes.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = extractor.claims_from_document

    def flaky(document: object, doc_id: object = None) -> list[object]:
        if "BOOM" in document.text:  # type: ignore[attr-defined]
            raise IndexError("rule out of range")
        return real(document)  # type: ignore[arg-type]

    monkeypatch.setattr(extractor, "claims_from_document", flaky)
    df = run([QUOTE, "BOOM said the cannon.", QUOTE], extractor)
    assert set(df.doc_id) == {"0", "2"}
    table = failures(df)
    assert list(table.error) == ["IndexError"] and "claim extraction failed" in table.message[0]


# --- the public entry points --------------------------------------------------------------
def test_public_api_delegates_here(extractor: quotes.Extractor, tmp_path: Path) -> None:
    via_method = extractor.extract_corpus([("m", QUOTE)], progress=False)
    via_module = quotes.extract_corpus([("m", QUOTE)], progress=False)
    pd.testing.assert_frame_equal(via_method, via_module)
    assert set(via_method.doc_id) == {"m"}
    summary = extractor.extract_corpus([QUOTE], out=tmp_path / "c.jsonl", progress=False)
    assert (summary.documents, summary.errors.empty) == (1, True)
    assert str(summary).startswith("1 document, ")


class _PoolBrokenAtSecondSubmit:
    """A process pool whose dying worker is noticed between two submits: the second
    ``submit`` raises, as ``ProcessPoolExecutor`` does once a worker has died."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, fn: object, *args: object) -> object:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        self.submitted += 1
        if self.submitted > 1:
            raise BrokenProcessPool("a worker died")
        return Future()


def test_a_segment_whose_submit_finds_the_pool_broken_stays_pending() -> None:
    """The caller redoes every pending segment after a broken pool; a segment taken from the
    source and refused at submit must be among them, or its documents vanish unreported."""
    from collections import deque
    from concurrent.futures.process import BrokenProcessPool

    from quotes.corpus.entries import Item
    from quotes.corpus.parallel import _drain

    segments = [[Item("a", "one")], [Item("b", "two")], [Item("c", "three")]]
    pending: deque = deque()  # type: ignore[type-arg]
    with pytest.raises(BrokenProcessPool):
        list(_drain(_PoolBrokenAtSecondSubmit(), iter(segments), pending, 4, depth=4))
    assert [segment for segment, _ in pending] == segments[:2]

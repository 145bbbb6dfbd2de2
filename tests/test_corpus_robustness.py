"""Corpus runs on any input: nothing lost, nothing overwritten, every record accounted for.

Each test reproduces a failure users reported (issue 12); the inputs are written here, the
sentences are our own.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import quotes
from quotes import errors
from quotes.corpus import errors_table, extract_corpus, iter_corpus
from quotes.records import Claim
from quotes.table import COLUMNS, read_claims

QUOTE = "“The ferry will run all winter,” port manager Lena Ortiz said."
OTHER = "“Our roads are safe,” the minister told reporters."
PLAIN = "The tide came in at noon."


def run(source: object, extractor: quotes.Extractor, **options: object) -> pd.DataFrame:
    """extract_corpus without the bar (unless asked), with its failure warning silenced."""
    options.setdefault("progress", False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return extract_corpus(source, extractor=extractor, **options)


def failures(df: pd.DataFrame) -> pd.DataFrame:
    return errors_table(df.attrs["errors"])


def leftovers(folder: Path) -> list[str]:
    """Temporary files a run left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


# --- a bad record costs only itself ---------------------------------------------------------
def test_deeply_nested_json_and_huge_numbers_cost_only_their_record(
    tmp_path: Path, extractor: quotes.Extractor
) -> None:
    path = tmp_path / "odd.jsonl"
    lines = [
        json.dumps({"id": "a", "text": QUOTE}),
        '{"id": "b", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"id": "c", "text": QUOTE}),
        '{"id": "d", "text": ' + "9" * 5000 + "}",
        json.dumps({"id": "e", "text": OTHER}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    df = run(path, extractor)
    assert set(df.doc_id) == {"a", "c", "e"}
    table = failures(df)
    assert list(table.source) == [f"{path}:2", f"{path}:4"]
    assert list(table.error) == ["RecursionError", "ValueError"]
    assert "nested too deeply" in table.message[0] and "4300" in table.message[1]


def test_bom_before_csv_header_and_first_jsonl_record(
    tmp_path: Path, extractor: quotes.Extractor
) -> None:
    excel = tmp_path / "excel.csv"
    excel.write_bytes(b'\xef\xbb\xbfid,text\nx1,"' + QUOTE.encode() + b'"\n')
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "j1", "text": OTHER}).encode() + b"\n")
    txt = tmp_path / "t1.txt"
    txt.write_bytes(b"\xef\xbb\xbf" + QUOTE.encode())
    df = run([excel, bom, txt], extractor)
    assert failures(df).empty
    assert set(df.doc_id) == {"x1", "j1", "t1"}
    # the BOM is not part of the text: offsets are those of the text without it
    assert list(df[df.doc_id == "t1"].start) == list(extractor.extract(QUOTE).start)


def test_an_id_field_is_the_id_by_default(tmp_path: Path, extractor: quotes.Extractor) -> None:
    path = tmp_path / "ids.jsonl"
    rows = [{"id": "story-7", "text": QUOTE}, {"text": OTHER}, {"id": 12, "text": OTHER}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert list(dict.fromkeys(run(path, extractor).doc_id)) == ["story-7", "1", "12"]
    frame = pd.DataFrame({"id": ["f1", "f2"], "text": [QUOTE, OTHER]}, index=[5, 6])
    assert set(run(frame, extractor).doc_id) == {"f1", "f2"}


def test_duplicate_ids_are_kept_apart_and_said(extractor: quotes.Extractor) -> None:
    source = [("x", QUOTE), ("x", OTHER), ("x#2", QUOTE), ("y", OTHER)]
    with pytest.warns(errors.DuplicateIdWarning, match="'x' occurs more than once"):
        df = extract_corpus(source, extractor=extractor, progress=False)
    by_id = df.groupby("doc_id", sort=False).quote.first()
    assert list(by_id.index) == ["x", "x#2", "x#2#2", "y"]
    assert "ferry" in by_id["x"] and "roads" in by_id["x#2"] and "ferry" in by_id["x#2#2"]


def test_duplicate_ids_are_counted_in_the_summary(
    tmp_path: Path, extractor: quotes.Extractor
) -> None:
    with pytest.warns(errors.DuplicateIdWarning):
        summary = extract_corpus(
            [("k", QUOTE), ("k", OTHER), ("k", PLAIN)],
            extractor=extractor,
            out=tmp_path / "c.csv",
            progress=False,
        )
    assert summary.renamed_ids == 2 and "2 renamed duplicate ids" in str(summary)
    assert list(dict.fromkeys(read_claims(tmp_path / "c.csv").doc_id)) == ["k", "k#2"]


@pytest.mark.parametrize("name", ["c.csv", "c.jsonl", "c.parquet"])
def test_lone_surrogates_are_error_rows_and_the_file_is_whole(
    name: str, tmp_path: Path, extractor: quotes.Extractor
) -> None:
    source = [("ok", QUOTE), ("bad-text", "He said \ud800 “no,” Bo said."), ("bad\udc9d", OTHER)]
    summary = run(source, extractor, out=tmp_path / name)
    table = summary.errors
    assert list(table.error) == ["UnicodeEncodeError", "UnicodeEncodeError"]
    assert list(table.doc_id) == ["bad-text", "bad\\udc9d"]
    assert "U+D800" in table.message[0] and "U+DC9D" in table.message[1]
    assert set(read_claims(tmp_path / name).doc_id) == {"ok"}
    assert set(pd.read_csv(summary.errors_out).doc_id) == {"bad-text", "bad\\udc9d"}


# --- an exception of the source itself ------------------------------------------------------
def _corrupt_gzip(path: Path, records: int) -> None:
    lines = [
        json.dumps({"id": f"g{i}", "text": f"“Item {i} sold,” Bo said."}) for i in range(records)
    ]
    data = bytearray(gzip.compress(("\n".join(lines) + "\n").encode()))
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_corrupt_gzip_is_an_error_row_and_the_next_file_is_read(
    tmp_path: Path, extractor: quotes.Extractor
) -> None:
    bad = tmp_path / "bad.jsonl.gz"
    _corrupt_gzip(bad, 73)
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"id": "after", "text": QUOTE}) + "\n", encoding="utf-8")
    df = run([bad, good], extractor)
    table = failures(df)
    assert len(table) == 1 and table.source[0].startswith(f"{bad}:")
    assert "reading stopped here" in table.message[0] and "gzip -t" in table.message[0]
    assert "after" in set(df.doc_id)


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_generator_that_raises_is_an_error_row_not_a_quiet_end(
    n_process: int, extractor: quotes.Extractor
) -> None:
    def texts() -> Iterator[str]:
        yield QUOTE
        yield OTHER
        raise OSError("the network share went away")

    df = run(texts(), extractor, n_process=n_process)
    assert set(df.doc_id) == {"0", "1"}
    table = failures(df)
    assert list(table.error) == ["OSError"] and list(table.doc_id) == ["2"]
    assert "the network share went away" in table.message[0]
    assert "were not read" in table.message[0]


# --- options --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("option", "value"),
    [("batch_size", 0), ("batch_size", -3), ("n_process", 0), ("chunk_size", 0),
     ("batch_size", 2.5), ("progress", 0)],
)  # fmt: skip
def test_counts_below_one_are_refused_at_once(
    option: str, value: object, extractor: quotes.Extractor
) -> None:
    with pytest.raises(errors.CorpusError, match=f"{option}={value!r} must be a whole number"):
        run([QUOTE], extractor, **{option: value})
    with pytest.raises(errors.CorpusError, match=f"{option}="):
        iter_corpus([QUOTE], extractor=extractor, **{option: value})


# --- the output -----------------------------------------------------------------------------
def test_the_output_may_not_be_an_input(tmp_path: Path, extractor: quotes.Extractor) -> None:
    corpus = tmp_path / "corpus.csv"
    corpus.write_text(f'text\n"{QUOTE}"\n', encoding="utf-8")
    before = corpus.read_bytes()
    with pytest.raises(errors.CorpusError, match="is the input"):
        run(corpus, extractor, out=corpus)
    assert corpus.read_bytes() == before
    listed = tmp_path / "x.errors.csv"  # the errors file of x.parquet would overwrite it
    listed.write_text(f'text\n"{QUOTE}"\n', encoding="utf-8")
    with pytest.raises(errors.CorpusError, match="x.errors.csv is the input"):
        run([listed], extractor, out=tmp_path / "x.parquet")


def test_the_output_may_not_be_inside_an_input_folder(
    tmp_path: Path, extractor: quotes.Extractor
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(QUOTE, encoding="utf-8")
    with pytest.raises(errors.CorpusError, match="is inside the input"):
        run(folder, extractor, out=folder / "claims.parquet")
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


def test_the_output_folder_must_exist(tmp_path: Path, extractor: quotes.Extractor) -> None:
    with pytest.raises(errors.CorpusError, match="does not exist.*mkdir -p"):
        run([QUOTE], extractor, out=tmp_path / "nodir" / "claims.parquet")


@pytest.mark.parametrize("name", ["out.csv", "out.parquet", "out.jsonl.gz"])
def test_a_failed_run_leaves_no_half_file(
    name: str, tmp_path: Path, extractor: quotes.Extractor
) -> None:
    out = tmp_path / name
    out.write_bytes(b"the previous run's claims")
    texts = [(f"d{i}", QUOTE) for i in range(6)] + [("bad", None)]
    with pytest.raises(errors.CorpusError, match="'bad'"):
        run(texts, extractor, out=out, errors="raise", chunk_size=2)
    assert out.read_bytes() == b"the previous run's claims"
    assert not (tmp_path / "out.errors.csv").exists()
    assert leftovers(tmp_path) == []


def test_an_interrupted_run_leaves_no_half_file(
    tmp_path: Path, extractor: quotes.Extractor
) -> None:
    def texts() -> Iterator[str]:
        yield from [QUOTE] * 5
        raise KeyboardInterrupt

    out = tmp_path / "claims.parquet"
    with pytest.raises(KeyboardInterrupt):
        run(texts(), extractor, out=out, chunk_size=2)
    assert not out.exists() and not (tmp_path / "claims.errors.csv").exists()
    assert leftovers(tmp_path) == []


# --- the round trip of the claims files -----------------------------------------------------
TEXTS = [
    ("q", QUOTE + "\n" + OTHER),
    ("p", PLAIN),
    ("r", "The mayor said the bridge would open."),
    ("u", "It was said that the bridge would open in May."),
]


@pytest.fixture(scope="module")
def table(extractor: quotes.Extractor) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        df = extract_corpus(TEXTS, extractor=extractor, progress=False)
    assert df.speaker_start.isna().any() and df.speaker_start.notna().any()
    return df


@pytest.mark.parametrize("name", ["c.csv", "c.csv.gz", "c.jsonl", "c.jsonl.gz", "c.parquet"])
def test_read_claims_gives_back_the_table(
    name: str, table: pd.DataFrame, tmp_path: Path, extractor: quotes.Extractor
) -> None:
    run(TEXTS, extractor, out=tmp_path / name, chunk_size=1)
    back = quotes.read_claims(tmp_path / name)
    pd.testing.assert_frame_equal(back, table)
    assert isinstance(back.spans[0], list) and isinstance(back.spans[0][0], tuple)


def test_pd_read_parquet_gives_the_dtypes_of_the_table(
    table: pd.DataFrame, tmp_path: Path, extractor: quotes.Extractor
) -> None:
    out = tmp_path / "c.parquet"
    run([("q", QUOTE + "\n" + OTHER), ("p", PLAIN)], extractor, out=out)
    back = pd.read_parquet(out)
    expected = {k: v for k, v in COLUMNS.items() if k != "spans"}
    # a string column may come back with Arrow storage (pandas 3's default): the same
    # nullable "string" dtype, which read_claims turns into the table's Python storage
    got = {
        k: "string" if isinstance(back[k].dtype, pd.StringDtype) else back[k].dtype
        for k in expected
    }
    want = {k: "string" if isinstance(v, pd.StringDtype) else v for k, v in expected.items()}
    assert got == want
    row = back.iloc[0]
    assert QUOTE[row.speaker_start : row.speaker_end] in QUOTE  # ints, not floats


def test_read_claims_refuses_other_tables(tmp_path: Path) -> None:
    other = tmp_path / "x.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(errors.CorpusError, match="lacks the columns"):
        read_claims(other)
    with pytest.raises(errors.CorpusError, match="x.xlsx"):
        read_claims(tmp_path / "x.xlsx")


# --- documents whose speakers could not be resolved -----------------------------------------
def _degrading(extractor: quotes.Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``claims_from_document`` behave as the Extractor does when resolution raises:
    claims kept, speakers empty, ``rule`` ending in ``+resolution_failed``, a warning."""
    real = extractor.claims_from_document

    def degraded(document: object, doc_id: object = None) -> list[Claim]:
        claims = real(document)  # type: ignore[arg-type]
        if "ferry" not in document.text:  # type: ignore[attr-defined]
            return claims
        warnings.warn("resolution failed: IndexError: boom", errors.ResolutionWarning, stacklevel=2)
        return [
            dataclasses.replace(c, speaker=None, rule=c.rule + "+resolution_failed") for c in claims
        ]

    monkeypatch.setattr(extractor, "claims_from_document", degraded)


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_degraded_document_is_listed_and_keeps_its_claims(
    n_process: int, extractor: quotes.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _degrading(extractor, monkeypatch)
    with warnings.catch_warnings():
        warnings.simplefilter("error", errors.ResolutionWarning)  # none may escape the run
        df = run([("a", OTHER), ("b", QUOTE), ("c", OTHER)], extractor, n_process=n_process)
    assert set(df.doc_id) == {"a", "b", "c"}
    table = failures(df)
    assert list(table.doc_id) == ["b"] and list(table.error) == ["ResolutionWarning"]
    assert "boom" in table.message[0] and "claims are kept" in table.message[0]
    # errors="raise" stops at failures, not at a document that was only degraded
    assert "b" in set(run([("b", QUOTE)], extractor, errors="raise").doc_id)


def test_resolution_that_raises_gives_an_error_row_with_the_claims(
    extractor: quotes.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotes.extractor

    def broken(*args: object, **kwargs: object) -> object:
        raise IndexError("resolver out of range")

    # the Extractor's own reference (quotes.speakers is also the name of quotes.speakers())
    monkeypatch.setattr(quotes.extractor, "resolve_speakers", broken)
    df = run([("a", QUOTE)], extractor)
    assert len(df) and df.rule.str.endswith("+resolution_failed").all()
    assert df.speaker.isna().all()
    assert list(failures(df).error) == ["ResolutionWarning"]


# --- every record is accounted for ----------------------------------------------------------
def messy_corpus(root: Path) -> int:
    """A folder of every kind of trouble; returns how many records it holds."""
    root.mkdir()
    records = 0
    (root / "a.jsonl").write_bytes(
        b"\xef\xbb\xbf" + "\n".join([
            json.dumps({"id": "j1", "text": QUOTE}),
            "{not json",
            '{"id": "j3", "text": ' + "[" * 50_000 + "]" * 50_000 + "}",
            '{"id": "j4", "text": ' + "7" * 5000 + "}",
            json.dumps({"id": "j1", "text": OTHER}),  # a duplicate id
            json.dumps({"id": "j6", "text": PLAIN}),
            json.dumps({"id": "j7", "body": QUOTE}),
        ]).encode() + b"\n\xff\xfe bad utf-8\n"
    )  # fmt: skip
    records += 8
    (root / "b.csv").write_bytes(
        b'\xef\xbb\xbfid,text\nc1,"' + QUOTE.encode() + b'"\nc2,Caf\xe9 said so.\nc3,a,b\n'
    )
    records += 3
    (root / "c.json").write_text(json.dumps({"text": OTHER}), encoding="utf-8")
    (root / "d.json").write_text(json.dumps([{"id": "arr1", "text": QUOTE}, 5]), "utf-8")
    records += 3
    (root / "e.txt").write_text(PLAIN, encoding="utf-8")
    (root / "f.txt").write_bytes(b"\xffnot utf-8")
    (root / "g.xml").write_text("<doc/>", encoding="utf-8")
    records += 3
    _corrupt_gzip(root / "h.jsonl.gz", 40)  # some records, then reading stops: 1 row
    return records


def test_every_record_is_claims_no_claims_or_an_error_row(
    tmp_path: Path, extractor: quotes.Extractor
) -> None:
    root = tmp_path / "messy"
    known = messy_corpus(root)
    out = tmp_path / "claims.jsonl"
    with pytest.warns(errors.DuplicateIdWarning):
        summary = run(root, extractor, out=out)
    claims = read_claims(out)
    with_claims = set(claims.doc_id)
    failed = set(summary.errors.doc_id)
    assert summary.documents >= known  # the gzip adds the records read before it broke
    assert summary.claims == len(claims)
    gz = [e for e in summary.errors.itertuples() if "h.jsonl.gz" in e.source]
    assert len(gz) == 1
    gz_read = summary.documents - known - 1
    assert 0 <= gz_read < 40
    every = summary.documents
    no_claims = every - len(with_claims | failed)
    assert len(with_claims) + len(failed) + no_claims == every
    assert len(summary.errors) == len(failed)  # one row per failed record, ids unique
    assert {"j1", "j1#2", "c1", "c", "arr1"} <= with_claims
    assert {"j6", "e"} & with_claims == set() and {"j6", "e"} & failed == set()
    assert set(summary.errors.error) >= {
        "JSONDecodeError", "RecursionError", "ValueError", "KeyError", "UnicodeDecodeError",
        "TypeError", "UnsupportedSuffix",
    }  # fmt: skip

"""speaker_id and claim_group in corpus runs: in memory, written to a file (a second pass),
and from the CLI with an alias table. The merge rules themselves are tested in
tests/test_identity.py, the grouping rules in tests/test_spread.py."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import quotes
from quotes import cli

DOCS = [
    ("a", "“We will not retreat,” said Dmitry Peskov, the Kremlin spokesman."),
    ("b", "Dmitry Peskov said the talks had gone well."),
    ("c", "Peskov said on Friday that the meeting would go ahead."),
    ("d", "“No comment,” said Ann Lee, a lawyer in Ohio."),
]


#: A quotation carried by two outlets, the second with an ellipsis cut, beside a near miss (a
#: negation changed) and another claim: written for these tests.
CARRIED = "the ceasefire will hold through the winter if both armies pull back their heavy guns"
SPREAD_DOCS = [
    ("wire", f"“The {CARRIED.removeprefix('the ')},” said Dmitry Peskov on Monday."),
    (
        "paper",
        "“The ceasefire will hold through the winter ... if both armies pull back their heavy "
        "guns,” Peskov told reporters on Tuesday.",
    ),
    (
        "blog",
        "“The ceasefire will not hold through the winter if both armies pull back their heavy "
        "guns,” said Ann Lee, a lawyer in Ohio.",
    ),
    ("radio", "Ann Lee said the vote would be close."),
]


def _group_of(table: pd.DataFrame, doc_id: str) -> int:
    rows = table[table["doc_id"] == doc_id]
    assert len(rows) == 1, rows
    return int(rows["claim_group"].iloc[0])


def _ids(table: pd.DataFrame) -> dict[str, str]:
    named = table[table["speaker"].notna()]
    return dict(zip(named["speaker"].astype(str), named["speaker_id"].astype(str), strict=True))


def test_a_corpus_run_gives_one_id_per_speaker(extractor) -> None:  # type: ignore[no-untyped-def]
    table = extractor.extract_corpus(DOCS)
    ids = _ids(table)
    assert ids["Dmitry Peskov"] == ids["Peskov"]  # the bare surname joins the full name
    assert ids["Ann Lee"] != ids["Dmitry Peskov"]


@pytest.mark.parametrize("name", ["claims.csv", "claims.parquet", "claims.jsonl"])
def test_a_written_run_has_the_same_ids_and_an_alias_wins(
    extractor, tmp_path: Path, name: str
) -> None:  # type: ignore[no-untyped-def]
    aliases = {"Ann Lee": {"id": "Q42", "name": "Ann Lee"}}
    in_memory = extractor.extract_corpus(DOCS, aliases=aliases)
    extractor.extract_corpus(DOCS, out=tmp_path / name, aliases=aliases)
    back = quotes.read_claims(tmp_path / name)
    assert _ids(back) == _ids(in_memory)
    assert _ids(back)["Ann Lee"] == "Q42"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "claims.errors.csv"])


def test_the_cli_reads_an_alias_table_and_refuses_a_bad_one_before_the_model(
    extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(
            f'{{"id": "{i}", "text": {pd.Series([t]).to_json(orient="values")[1:-1]}}}'
            for i, t in DOCS
        ),
        encoding="utf-8",
    )
    table = tmp_path / "aliases.csv"
    table.write_text("\ufeffvariant,id\nDmitry Peskov,Q1\n", encoding="utf-8")  # Excel's BOM
    monkeypatch.setattr(cli, "extractor_from_args", lambda args: extractor)
    out = tmp_path / "claims.parquet"
    assert cli.main(["extract", str(corpus), "-o", str(out), "--aliases", str(table)]) == 0
    ids = _ids(quotes.read_claims(out))
    assert ids["Dmitry Peskov"] == ids["Peskov"] == "Q1"
    loaded = []
    monkeypatch.setattr(cli, "extractor_from_args", lambda args: loaded.append(1) or extractor)
    bad = tmp_path / "bad.csv"
    bad.write_text("name\nX\n", encoding="utf-8")
    code = cli.main(["extract", str(corpus), "-o", str(tmp_path / "x.csv"), "--aliases", str(bad)])
    assert code == 2 and not loaded
    assert "Q010" in capsys.readouterr().err


def test_a_corpus_run_groups_a_quotation_carried_by_two_documents(extractor) -> None:  # type: ignore[no-untyped-def]
    table = extractor.extract_corpus(SPREAD_DOCS)
    assert str(table["claim_group"].dtype) == "Int64" and table["claim_group"].notna().all()
    assert _group_of(table, "wire") == _group_of(table, "paper")
    assert _group_of(table, "blog") != _group_of(table, "wire")  # "will not hold": a near miss
    assert _group_of(table, "radio") not in {_group_of(table, "wire"), _group_of(table, "blog")}
    one = extractor.extract(SPREAD_DOCS[0][1], doc_id="wire")
    assert one["claim_group"].isna().all()  # a single document has no corpus to group in


@pytest.mark.parametrize("name", ["claims.csv", "claims.parquet", "claims.jsonl"])
def test_a_written_run_has_the_same_groups_as_in_memory(
    extractor, tmp_path: Path, name: str
) -> None:  # type: ignore[no-untyped-def]
    in_memory = extractor.extract_corpus(SPREAD_DOCS)
    extractor.extract_corpus(SPREAD_DOCS, out=tmp_path / name, chunk_size=1)
    back = quotes.read_claims(tmp_path / name)
    assert list(back["claim_group"]) == list(in_memory["claim_group"])
    assert _ids(back) == _ids(in_memory)


def test_groups_and_ids_can_each_be_left_out(extractor, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = extractor.extract_corpus(SPREAD_DOCS, claim_groups=False)
    assert table["claim_group"].isna().all() and table["speaker_id"].notna().any()
    out = tmp_path / "claims.csv"
    extractor.extract_corpus(SPREAD_DOCS, out=out, speaker_ids=False)
    back = quotes.read_claims(out)
    assert back["speaker_id"].isna().all()
    assert _group_of(back, "wire") == _group_of(back, "paper")
    extractor.extract_corpus(SPREAD_DOCS, out=out, speaker_ids=False, claim_groups=False)
    back = quotes.read_claims(out)
    assert back["speaker_id"].isna().all() and back["claim_group"].isna().all()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv", "claims.errors.csv"]


def test_the_cli_can_leave_claim_groups_out(
    extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id, text in SPREAD_DOCS:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(cli, "extractor_from_args", lambda args: extractor)
    grouped, plain = tmp_path / "grouped.parquet", tmp_path / "plain.parquet"
    assert cli.main(["extract", str(folder), "-o", str(grouped)]) == 0
    assert cli.main(["extract", str(folder), "-o", str(plain), "--no-claim-groups"]) == 0
    back = quotes.read_claims(grouped)
    wire = back[back["doc_id"].str.startswith("wire")]["claim_group"].iloc[0]
    paper = back[back["doc_id"].str.startswith("paper")]["claim_group"].iloc[0]
    assert wire == paper
    assert quotes.read_claims(plain)["claim_group"].isna().all()


def test_a_claims_file_written_before_claim_group_is_read_with_it_missing(
    extractor, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    table = extractor.extract_corpus(SPREAD_DOCS)
    old = tmp_path / "old.parquet"
    table.drop(columns=["claim_group"]).to_parquet(old)
    back = quotes.read_claims(old)
    assert list(back.columns) == list(table.columns) and back["claim_group"].isna().all()
    assert list(back["quote"]) == list(table["quote"])


def test_missing_corpus_extras_are_said_before_the_model_loads(
    extractor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "datasketch" else real(name)
    )
    with pytest.raises(quotes.errors.CorpusError, match="Q012: claim groups.*datasketch"):
        extractor.extract_corpus(SPREAD_DOCS)
    table = extractor.extract_corpus(SPREAD_DOCS, claim_groups=False)  # ids need textacy only
    assert table["speaker_id"].notna().any()
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(SPREAD_DOCS[0][1], encoding="utf-8")
    loaded = []
    monkeypatch.setattr(cli, "extractor_from_args", lambda args: loaded.append(1) or extractor)
    assert cli.main(["extract", str(folder), "-o", str(tmp_path / "c.csv")]) == 2
    assert not loaded and "--no-claim-groups" in capsys.readouterr().err

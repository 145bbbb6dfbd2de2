"""speaker_id in corpus runs: in memory, written to a file (a second pass), and from the CLI
with an alias table. The merge rules themselves are tested in tests/test_identity.py."""

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
    monkeypatch.setattr(cli, "_extractor", lambda args: extractor)
    out = tmp_path / "claims.parquet"
    assert cli.main(["extract", str(corpus), "-o", str(out), "--aliases", str(table)]) == 0
    ids = _ids(quotes.read_claims(out))
    assert ids["Dmitry Peskov"] == ids["Peskov"] == "Q1"
    loaded = []
    monkeypatch.setattr(cli, "_extractor", lambda args: loaded.append(1) or extractor)
    bad = tmp_path / "bad.csv"
    bad.write_text("name\nX\n", encoding="utf-8")
    code = cli.main(["extract", str(corpus), "-o", str(tmp_path / "x.csv"), "--aliases", str(bad)])
    assert code == 2 and not loaded
    assert "Q010" in capsys.readouterr().err

"""The command line, on files the tests write (broken ones included)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import quotes
from quotes import cli
from quotes.table import COLUMNS

QUOTE = "“The library stays open late,” librarian Tom Okafor said."


@pytest.fixture(autouse=True)
def shared_model(monkeypatch: pytest.MonkeyPatch, extractor: quotes.Extractor) -> None:
    """Reuse the session's Extractor instead of loading the model per command."""
    monkeypatch.setattr(cli, "_extractor", lambda args: extractor)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.txt").write_text(QUOTE, encoding="utf-8")
    (folder / "two.txt").write_text("Snow fell all day.", encoding="utf-8")
    return folder


def test_extract_a_folder_to_parquet(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "claims.parquet"
    assert cli.main(["extract", str(corpus), "-o", str(out)]) == 0
    table = pd.read_parquet(out)
    assert list(table.columns) == list(COLUMNS)
    assert "one" in set(table.doc_id)
    err = capsys.readouterr().err
    assert "2 documents" in err and "0 errors" in err and str(out) in err and " s (" in err


def test_broken_jsonl_names_file_and_line_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"key": "a", "body": QUOTE}), "{oops", json.dumps({"key": "c"})]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    argv = ["extract", str(src), "-o", str(out), "--text-field", "body", "--id-field", "key"]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert f"{src}:2: not valid JSON" in err and f"{src}:3: no field 'body'" in err
    assert "3 documents" in err and "2 errors" in err
    assert set(pd.read_csv(out).doc_id) == {"a"}
    errs = pd.read_csv(tmp_path / "out.errors.csv")
    assert list(errs.source) == [f"{src}:2", f"{src}:3"]


def test_format_overrides_the_suffix(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.txt"
    assert cli.main(["extract", str(corpus), "-o", str(out), "--format", "jsonl"]) == 0
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == list(COLUMNS)


def test_errors_raise_stops_with_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": 1}\n', encoding="utf-8")
    assert cli.main(["extract", str(src), "-o", str(tmp_path / "o.csv"), "--errors", "raise"]) == 1
    assert f"{src}:1" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["missing-folder", "-o", "x.csv"], "missing-folder: no such file"),
        (["{corpus}", "-o", "x.xlsx"], "x.xlsx"),
    ],
)
def test_unusable_input_or_output_exits_2(
    args: list[str], needle: str, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["extract"] + [a.format(corpus=corpus) for a in args]
    assert cli.main(argv) == 2
    assert needle in capsys.readouterr().err


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert all(name in out for name in ("extract", "evaluate", "show"))


def test_extract_requires_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["extract", "x.txt"])
    assert stop.value.code == 2 and "-o" in capsys.readouterr().err


def test_python_dash_m_quotes(corpus: Path, tmp_path: Path) -> None:
    """The real entry point, in a fresh process, from another working directory."""
    out = tmp_path / "claims.csv"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", str(corpus), "-o", str(out), "--no-progress"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "2 documents" in done.stderr and done.stdout == ""
    assert list(pd.read_csv(out).columns) == list(COLUMNS)

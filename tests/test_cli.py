"""The command line, on files the tests write (broken ones included)."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import quotes
import quotes.backends
from quotes import cli
from quotes.table import COLUMNS

QUOTE = "“The library stays open late,” librarian Tom Okafor said."


@pytest.fixture(autouse=True)
def shared_model(monkeypatch: pytest.MonkeyPatch, extractor: quotes.Extractor) -> None:
    """Reuse the session's Extractor instead of loading the model per command."""
    monkeypatch.setattr(cli, "extractor_from_args", lambda args: extractor)


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


# --- issue 12: usage errors before the model, nothing overwritten, interruptions ----------
@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the command gets as far as loading a model."""

    def refuse(args: object) -> quotes.Extractor:
        raise AssertionError("the model was loaded before the usage error was found")

    monkeypatch.setattr(cli, "extractor_from_args", refuse)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["{corpus}", "-o", "{tmp}/nodir/claims.parquet"], "nodir does not exist"),
        (["{corpus}", "-o", "{corpus}/claims.csv"], "is inside the input"),
        (["{corpus}/one.txt", "-o", "{tmp}/x.xlsx"], "--format csv|parquet|jsonl"),
        (["{corpus}", "-o", "{tmp}"], "is a folder"),
        (["{tmp}/missing.jsonl", "-o", "{tmp}/x.csv"], "missing.jsonl: no such file"),
    ],
)
def test_usage_errors_exit_2_before_the_model_loads(
    args: list[str],
    needle: str,
    corpus: Path,
    tmp_path: Path,
    no_model: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["extract"] + [a.format(corpus=corpus, tmp=tmp_path) for a in args]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err
    assert "format=" not in err and "quotes.extract(" not in err  # CLI words, not Python's


def test_the_input_corpus_is_never_overwritten(
    tmp_path: Path, no_model: None, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "corpus.csv"
    src.write_text(f'text\n"{QUOTE}"\n', encoding="utf-8")
    before = src.read_bytes()
    assert cli.main(["extract", str(src), "-o", str(src)]) == 2
    assert src.read_bytes() == before
    assert "is the input" in capsys.readouterr().err


@pytest.mark.parametrize(
    "flags", [["--batch-size", "0"], ["--batch-size", "-3"], ["--n-process", "0"],
              ["--backend", "nltk"], ["--progress-every", "0"]],
)  # fmt: skip
def test_bad_counts_and_backends_are_usage_errors(
    flags: list[str], corpus: Path, tmp_path: Path, no_model: None
) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["extract", str(corpus), "-o", str(tmp_path / "c.csv"), *flags])
    assert stop.value.code == 2


def test_show_and_extract_offer_the_same_backends() -> None:
    choices = {}
    for command in ("extract", "show"):
        parser = cli.build_parser([command])
        sub = parser._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
        choices[command] = next(a.choices for a in sub._actions if a.dest == "backend")
    assert choices["extract"] == choices["show"] == quotes.backends.BACKENDS


def test_a_record_id_field_is_the_id_by_default(tmp_path: Path) -> None:
    src = tmp_path / "ids.jsonl"
    src.write_text(json.dumps({"id": "wire-42", "text": QUOTE}) + "\n", encoding="utf-8")
    out = tmp_path / "c.csv"
    assert cli.main(["extract", str(src), "-o", str(out)]) == 0
    assert set(pd.read_csv(out).doc_id) == {"wire-42"}


def test_a_folder_of_json_files_and_a_stray_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.json").write_text(json.dumps({"text": QUOTE}), encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK")
    out = tmp_path / "c.csv"
    assert cli.main(["extract", str(folder), "-o", str(out)]) == 1
    assert set(pd.read_csv(out).doc_id) == {"a0", "a1", "a2"}
    err = capsys.readouterr().err
    assert "4 documents" in err and "notes.docx: not read" in err


def test_a_source_that_breaks_is_an_error_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [json.dumps({"id": f"r{i}", "text": f"“Stop {i} moved,” Al said."}) for i in range(60)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    src = tmp_path / "broken.jsonl.gz"
    src.write_bytes(data[: len(data) * 2 // 3])  # a download cut short
    assert cli.main(["extract", str(src), "-o", str(tmp_path / "c.parquet")]) == 1
    err = capsys.readouterr().err
    assert "reading stopped here" in err and ", 1 error in" in err
    assert list(pd.read_csv(tmp_path / "c.errors.csv").error) == ["EOFError"]


def test_progress_lines_when_stderr_is_not_a_terminal(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.csv"
    assert cli.main(["extract", str(corpus), "-o", str(out), "--progress-every", "1"]) == 0
    err = capsys.readouterr().err
    assert "quotes: 1 documents, " in err and "quotes: 2 documents, " in err and "so far" in err
    cli.main(["extract", str(corpus), "-o", str(out), "--progress-every", "1", "--no-progress"])
    assert "so far" not in capsys.readouterr().err


def test_ctrl_c_says_so_exits_130_and_writes_nothing(
    corpus: Path,
    tmp_path: Path,
    extractor: quotes.Extractor,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def interrupted(document: object, doc_id: object = None) -> list[object]:
        raise KeyboardInterrupt

    monkeypatch.setattr(extractor, "claims_from_document", interrupted)
    out = tmp_path / "claims.parquet"
    assert cli.main(["extract", str(corpus), "-o", str(out)]) == 130
    err = capsys.readouterr().err
    assert "interrupted (Ctrl-C)" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_sigterm_stops_cleanly_with_143(tmp_path: Path) -> None:
    """A real process, killed mid-run: no output under the final name, no temporary file."""
    src = tmp_path / "big.jsonl"
    record = {"text": QUOTE + " " + "The council met again. " * 40}
    src.write_text((json.dumps(record) + "\n") * 5000, encoding="utf-8")
    out = tmp_path / "claims.parquet"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    argv = [sys.executable, "-m", "quotes", "extract", str(src), "-o", str(out)]
    proc = subprocess.Popen(
        [*argv, "--progress-every", "1"], stderr=subprocess.PIPE, text=True, env=env
    )
    assert proc.stderr is not None
    for line in proc.stderr:  # wait until documents are being extracted
        if "so far" in line:
            break
    proc.send_signal(signal.SIGTERM)
    rest = proc.stderr.read()
    assert proc.wait(timeout=120) == 143
    assert "interrupted (SIGTERM)" in rest and "Traceback" not in rest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]


# --- issue 15: quotes show on a corpus, with an alias table ---------------------------------
def _show_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "a.txt").write_text(QUOTE, encoding="utf-8")
    (folder / "b.txt").write_text(
        "“The library stays open late on Fridays,” Okafor said.", encoding="utf-8"
    )
    return folder


def test_show_aliases_name_one_speaker_page_for_every_name_form(tmp_path: Path) -> None:
    from htmldom import parse

    aliases = tmp_path / "aliases.csv"
    aliases.write_text(
        "variant,id,name,type\nTom Okafor,staff-17,Thomas Okafor,PERSON\nOkafor,staff-17,,\n",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    argv = ["show", str(_show_corpus(tmp_path)), "-o", str(out), "--aliases", str(aliases)]
    assert cli.main(argv) == 0
    root = parse(out.read_text(encoding="utf-8"))
    rows = [tr for tr in root.find_all("tr") if "data-quote-id" in tr.attrs]
    assert {tr.attrs["data-speaker"] for tr in rows} == {"Tom Okafor", "Okafor"}
    (page,) = {a.attrs["href"] for tr in rows for a in tr.find_all("a", class_="to-speaker")}
    (section,) = root.find_all("section", id=page[1:])
    assert section.attrs["data-speaker-id"] == "staff-17"
    assert "Thomas Okafor" in section.find_all("h2")[0].text()
    assert len(section.find_all("a", class_="to-claim")) == 2


@pytest.mark.parametrize(
    ("table", "needle"),
    [
        ("variant,name\nOkafor,Tom\n", "a variant or id is missing"),
        ("variant,id,type\nOkafor,x,ROBOT\n", "ROBOT"),
        (None, "no such file"),
    ],
)
def test_show_with_a_bad_alias_table_exits_2_before_the_model_loads(
    table: str | None,
    needle: str,
    tmp_path: Path,
    no_model: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    aliases = tmp_path / "aliases.csv"
    if table is not None:
        aliases.write_text(table, encoding="utf-8")
    out = tmp_path / "report.html"
    argv = ["show", str(_show_corpus(tmp_path)), "-o", str(out), "--aliases", str(aliases)]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "Q010" in err and needle in err and "Traceback" not in err
    assert not out.exists()

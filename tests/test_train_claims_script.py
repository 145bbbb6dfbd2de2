"""benchmarks/train_claims.py: the rule loop's diff reads two dumps right, and a missing
PolNeAR says where it looked instead of failing deep inside."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "train_claims.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("train_claims", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _claims(rows):
    cols = ["doc_id", "start", "end", "speaker", "act", "quote", "rule"]
    return pd.DataFrame(rows, columns=cols)


def test_diff_counts_gone_new_and_changed_speakers(script, tmp_path, capsys):
    before = _claims(
        [
            ("a", 0, 10, "Ann Lee", "statement", "the port will reopen", "r"),
            ("a", 20, 30, "Tom Hale", "statement", "the ferry is late", "r"),
            ("b", 5, 9, "council", "belief", "rates will rise", "r"),
        ]
    )
    after = _claims(
        [
            ("a", 0, 10, "Ann Lee", "statement", "the port will reopen", "r"),
            ("a", 20, 30, "Mary Hale", "statement", "the ferry is late", "r"),
            ("b", 40, 50, "union", "statement", "the strike goes on", "r"),
        ]
    )
    before.to_pickle(tmp_path / "before.pkl")
    after.to_pickle(tmp_path / "after.pkl")
    dumps = [str(tmp_path / "before.pkl"), str(tmp_path / "after.pkl")]
    # a diff needs no corpus: it runs in a clone without ../shared
    assert script.main(["diff", *dumps, "--data", str(tmp_path / "none")]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "gone 1 new 1 speaker changed 1 act changed 0"
    assert "Tom Hale -> Mary Hale" in out


def test_a_missing_corpus_is_named(script, tmp_path, capsys):
    missing = tmp_path / "no-polnear"
    assert script.main(["referents", "--data", str(missing)]) == 2
    assert str(missing) in capsys.readouterr().err

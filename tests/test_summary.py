"""summary(claims): who said what, counted per canonical speaker."""

from __future__ import annotations

import pandas as pd
import pytest

import quotes
from quotes.records import Claim
from quotes.summary import SUMMARY_COLUMNS, summary
from quotes.table import claims_table, empty_table

TEXT_A = 'Senator Mary Cole said, "We have the votes." Cole added that the bill would pass.'
TEXT_B = "The ministry said prices would fall. Mary Cole, the party leader, disagreed."


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _frame() -> pd.DataFrame:
    a = [
        Claim(
            spans=(_at(TEXT_A, "We have the votes."),),
            kind="direct",
            speaker="Mary Cole",
            speaker_type="PERSON",
            speaker_role="Senator",
        ),
        Claim(
            spans=(_at(TEXT_A, "the bill would pass"),),
            kind="indirect",
            speaker="Mary Cole",
            speaker_type="PERSON",
        ),
    ]
    b = [
        Claim(
            spans=(_at(TEXT_B, "prices would fall"),),
            kind="indirect",
            speaker="ministry",
            speaker_type="ORG",
        ),
        Claim(
            spans=(_at(TEXT_B, "disagreed"),),
            kind="mixed",
            speaker="Mary Cole",
            speaker_type="PERSON",
            speaker_role="party leader",
        ),
        Claim(spans=(_at(TEXT_B, "The ministry"),), kind="indirect"),
    ]
    return pd.concat(
        [claims_table("a", TEXT_A, a), claims_table("b", TEXT_B, b)], ignore_index=True
    )


def test_counts_claims_by_kind_per_speaker() -> None:
    table = summary(_frame()).set_index("speaker", drop=False)
    cole = table.loc["Mary Cole"]
    assert (cole["claims"], cole["direct"], cole["indirect"], cole["mixed"]) == (3, 1, 1, 1)
    ministry = table.loc["ministry"]
    assert (ministry["claims"], ministry["indirect"], ministry["direct"]) == (1, 1, 0)
    assert ministry["speaker_type"] == "ORG"


def test_lists_documents_and_roles_seen() -> None:
    cole = summary(_frame()).iloc[0]
    assert cole["speaker"] == "Mary Cole"
    assert cole["documents"] == ["a", "b"] and cole["n_documents"] == 2
    assert cole["roles"] == ["Senator", "party leader"]


def test_unattributed_claims_are_one_last_row_and_counts_add_up() -> None:
    frame = _frame()
    table = summary(frame)
    assert list(table["speaker"].iloc[:-1]) == ["Mary Cole", "ministry"]
    assert pd.isna(table["speaker"].iloc[-1])
    assert table["claims"].iloc[-1] == 1
    assert table["claims"].sum() == len(frame)


def test_columns_and_dtypes_are_fixed() -> None:
    table = summary(_frame())
    assert list(table.columns) == list(SUMMARY_COLUMNS)
    assert str(table["speaker"].dtype) == "string"
    assert table["claims"].dtype == "int64"
    assert isinstance(table["speaker_type"].dtype, pd.CategoricalDtype)


def test_empty_table_gives_an_empty_summary_with_every_column() -> None:
    table = summary(empty_table())
    assert table.empty
    assert list(table.columns) == list(SUMMARY_COLUMNS)
    assert table["direct"].dtype == "int64"


def test_rejects_what_is_not_a_claims_table() -> None:
    with pytest.raises(TypeError, match="DataFrame"):
        summary([1, 2])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="speaker_role"):
        summary(_frame().drop(columns=["speaker_role"]))


def test_summary_counts_only_the_acts_asked_for(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Reporters asked Mayor Ann Cole whether the bridge would open. Ann Cole said the "
        "bridge would open in May. Cole also said the budget was safe."
    )
    claims = extractor.extract(text)
    assert set(claims["act"]) == {"question", "statement"}
    statements = quotes.summary(claims, act="statement")
    assert statements["claims"].sum() == (claims["act"] == "statement").sum() == 2
    questions = quotes.summary(claims, act=["question"])
    assert list(questions["claims"]) == [1]
    with pytest.raises(ValueError, match="unknown act"):
        quotes.summary(claims, act="rumour")

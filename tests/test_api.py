"""The public API of CONTRACT.md: types, empty input, odd characters, long texts, invariants."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotes
from quotes.backends.spacy import chunk_text
from quotes.table import COLUMNS


def check_invariants(df: pd.DataFrame, text: str) -> None:
    """CONTRACT.md: quote == " ".join(text[a:b] for a, b in spans), start/end from spans."""
    assert list(df.columns) == list(COLUMNS)
    for row in df.itertuples():
        assert row.quote == " ".join(text[a:b] for a, b in row.spans)
        assert row.start == row.spans[0][0] and row.end == row.spans[-1][1]
        assert all(0 <= a < b <= len(text) for a, b in row.spans)
        assert row.kind in ("direct", "indirect", "mixed")
        assert 0.0 <= row.confidence <= 1.0
        if pd.notna(row.speaker_start):
            assert text[row.speaker_start : row.speaker_end] == row.speaker_mention
        if pd.notna(row.cue_start):
            assert 0 <= row.cue_start < row.cue_end <= len(text)
    assert list(df["quote_id"]) == list(range(len(df)))


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["a list"], 3.5])
def test_text_that_is_not_a_str_raises_type_error_naming_the_type(extractor, bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        extractor.extract(bad)
    with pytest.raises(TypeError, match=type(bad).__name__):
        quotes.extract(bad)


@pytest.mark.parametrize("blank", ["", "   ", "\n\n\t", "\u200b"])
def test_blank_text_gives_the_empty_table_with_every_column(extractor, blank):
    df = extractor.extract(blank)
    assert df.empty
    assert list(df.columns) == list(COLUMNS)
    assert str(df["quote_id"].dtype) == "int64"
    assert str(df["kind"].dtype) == "category"


def test_columns_and_dtypes_follow_the_contract(extractor):
    df = extractor.extract("“We won,” the coach said.", doc_id="g1")
    assert len(df) == 1
    for name, dtype in COLUMNS.items():
        assert str(df[name].dtype) == str(dtype), name
    assert df.loc[0, "doc_id"] == "g1"
    assert df.loc[0, "spans"] == [(1, 8)]


@pytest.mark.parametrize(
    "text",
    [
        "“We won,” the coach said.\r\nShe said the team was tired.\r\n",
        "\t“We won,”\u00a0the coach\u00a0said.",
        "“We\u200b won,” the coach said. 🎉🎉",
        "“We won 🏆,” the coach said.",
        "قال المدرب “We won,” the coach said.",
        "“We won,” the coach said.\u2028Then he left.",
    ],
)
def test_odd_characters_keep_offsets_exact(extractor, text):
    df = extractor.extract(text)
    check_invariants(df, text)
    assert any("We" in q for q in df["quote"])


def test_texts_beyond_max_length_are_parsed_in_chunks_with_offsets_intact():
    ex = quotes.Extractor()
    paragraph = "“The harbour will reopen,” the mayor said. The ships wait outside.\n"
    text = paragraph * 40
    ex.backend.nlp.max_length = 700  # force chunking
    df = ex.extract(text)
    check_invariants(df, text)
    assert len(df) == 40
    assert set(df["speaker_mention"]) == {"the mayor"}


def test_chunks_cut_at_paragraph_breaks_and_cover_the_text():
    text = ("A short paragraph here.\n" * 30) + ("word " * 200)
    pieces = chunk_text(text, 100)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(b - a <= 100 for a, b in pieces)
    assert all(pieces[i][1] == pieces[i + 1][0] for i in range(len(pieces) - 1))


news_words = st.sampled_from(
    ["“", "”", '"', "'", "’", "said", "the", "minister", ",", ".", "\n", "\r\n", "We", "won",
     "\u00a0", "\u200b", "🎉", "Ann", "told", "reporters", "that", "according", "to", "–", ":"]
)  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(news_words, max_size=40).map(" ".join))
def test_invariant_holds_on_generated_text(extractor, text):
    check_invariants(extractor.extract(text), text)

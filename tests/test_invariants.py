"""quotes.invariants.violations: each promise of docs/schema.md, and the no-misquote rule."""

from __future__ import annotations

import pandas as pd

from quotes.invariants import misquotes, violations
from quotes.records import Claim
from quotes.table import claims_table

TEXT = "“We won,” the coach said, “and we will win again.” Fans cheered."


def table(*claims: Claim) -> pd.DataFrame:
    return claims_table("0", TEXT, list(claims))


def two_pieces(**changes: object) -> Claim:
    claim = Claim(
        spans=((1, 8), (27, 49)),
        kind="direct",
        cue=(20, 24),
        cue_text="said",
        source=(10, 19),
        speaker="coach",
    )
    return claim.with_(**changes)


def test_a_good_table_keeps_every_promise(extractor) -> None:
    assert violations(TEXT, table(two_pieces())) == []
    assert violations(TEXT, extractor.extract(TEXT)) == []


def test_a_quote_that_is_not_its_spans_text() -> None:
    df = table(two_pieces())
    df.loc[0, "quote"] = "We lost"
    assert violations(TEXT, df) == ["quote_id 0: quote is not the spans' text joined by one space"]


def test_spans_outside_the_text_or_unsorted() -> None:
    assert "outside the text" in violations(TEXT, table(two_pieces(spans=((1, 999),))))[0]
    unsorted = violations(TEXT, table(two_pieces(spans=((27, 49), (1, 8)))))
    assert any("not sorted" in v for v in unsorted)


def test_a_mention_that_is_not_its_offsets_text() -> None:
    df = table(two_pieces())
    df["speaker_mention"] = df["speaker_mention"].astype(object)
    df.loc[0, "speaker_mention"] = "the coach "
    assert any("speaker_mention is not" in v for v in violations(TEXT, df))


def test_an_invisible_speaker() -> None:
    df = table(two_pieces(speaker="\u200b"))
    assert any("speaker '\\u200b' has no letter" in v for v in violations(TEXT, df))


def test_a_gap_that_skips_words_is_a_misquote() -> None:
    text = "“We won,” the coach said. Fans cheered. “We will win again.”"
    got = misquotes(text, [(1, 8), (41, 58)], cue=(20, 24), source=(10, 19), cue_text="said")
    assert got == ["the gap (8, 41) skips words: 'Fans cheered'"]


def test_the_attribution_clause_may_be_skipped() -> None:
    text = "“We won,” told reporters the coach, “and we will win again.”"
    assert misquotes(text, [(1, 8), (37, 58)], cue=(10, 14), source=(25, 34)) == []


def test_a_piece_cut_inside_a_word() -> None:
    got = misquotes(TEXT, [(2, 8)])
    assert got == ["piece (2, 8) starts inside a word: '“W|e won,” the coa'"]
    assert misquotes("a\u00adb c", [(0, 1)]) != []  # a soft hyphen does not end a word
    assert misquotes("a\u200bb c", [(0, 1)]) == []  # a zero-width space does


def test_a_gap_of_attribution_with_adjuncts_is_no_misquote() -> None:
    text = "“We won,” the coach said on Sunday in a statement, “and we will win again.”"
    cue = (text.index("said"), text.index("said") + 4)
    source = (text.index("the coach"), text.index("the coach") + 9)
    second = text.index("and we")
    assert misquotes(text, [(1, 8), (second, len(text) - 1)], cue=cue, source=source) == []

"""Helpers of the claim-rule tests: each claim of a text as a plain row to compare."""

from __future__ import annotations

import quotes


def claim_rows(extractor: quotes.Extractor, text: str) -> list[tuple[str, str, str, str]]:
    """(quote, speaker mention or "", rule without its speaker suffix, act) per claim."""
    df = extractor.extract(text)
    mentions = df["speaker_mention"].fillna("")
    return [
        (r.quote, mention, str(r.rule).split("+")[0], str(r.act))
        for r, mention in zip(df.itertuples(), mentions, strict=True)
    ]


def content_source_rule(extractor: quotes.Extractor, text: str) -> list[tuple[str, str, str]]:
    """(content, speaker mention, rule without its speaker suffix) of each claim; a claim with
    no source mention reads "<NA>" (tests/test_clause_cues.py, tests/test_source_mentions.py)."""
    df = extractor.extract(text)
    return [(r.quote, str(r.speaker_mention), r.rule.split("+")[0]) for r in df.itertuples()]


def rows_holding(df, words: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The claim rows whose words hold ``words``."""
    return [r for r in df.itertuples() if words in r.quote]


def row_holding(df, words: str):  # type: ignore[no-untyped-def]
    """The one claim row whose words hold ``words`` (tests/test_resolver_topic*.py)."""
    rows = rows_holding(df, words)
    assert len(rows) == 1, [(r.quote, r.cue, r.speaker) for r in df.itertuples()]
    return rows[0]


def speaker_of(df, words: str) -> object:  # type: ignore[no-untyped-def]
    """The speaker of the one claim whose words hold ``words``."""
    return row_holding(df, words).speaker


def rule_of(df, words: str) -> str:  # type: ignore[no-untyped-def]
    """The rule of the one claim whose words hold ``words``."""
    return str(row_holding(df, words).rule)

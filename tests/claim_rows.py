"""Helper of the claim-rule tests: each claim of a text as a plain row to compare
(tests/test_stance_cues.py, tests/test_noun_cues.py)."""

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

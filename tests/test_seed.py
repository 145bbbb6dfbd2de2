"""The seed article: every claim read by hand (tests/data/seed_claims.json) is found, with its
kind, source mention and cue, and nothing else is."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

GOLD = json.loads((Path(__file__).parent / "data" / "seed_claims.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def seed_rows(extractor, seed_text):
    return extractor.extract(seed_text, doc_id="seed")


def _match(rows, gold):
    """One-to-one: each gold claim takes the first free row holding its words and its cue."""
    taken: set[int] = set()
    pairs = {}
    for n, g in enumerate(gold):
        for i, row in rows.iterrows():
            if i in taken or g["quote"] not in row["quote"]:
                continue
            if pd.isna(row["cue"]) or g["cue"] not in row["cue"]:
                continue
            taken.add(i)
            pairs[n] = row
            break
    return pairs, taken


def test_every_seed_claim_is_found_with_kind_mention_and_cue(seed_rows):
    pairs, _ = _match(seed_rows, GOLD["claims"])
    missing = [g["quote"] for n, g in enumerate(GOLD["claims"]) if n not in pairs]
    assert not missing, f"seed claims not found: {missing}"
    for n, row in pairs.items():
        g = GOLD["claims"][n]
        assert row["kind"] == g["kind"], (g["quote"], row["kind"])
        assert row["act"] == g["act"], (g["quote"], row["act"])
        mention = row["speaker_mention"] if pd.notna(row["speaker_mention"]) else None
        assert mention == g["mention"], (g["quote"], mention)


def test_no_invented_claims_in_the_seed(seed_rows):
    _, taken = _match(seed_rows, GOLD["claims"])
    extra = [row["quote"] for i, row in seed_rows.iterrows() if i not in taken]
    assert not extra, f"claims the seed does not make: {extra}"


def test_seed_rows_keep_the_offset_invariant(seed_rows, seed_text):
    for row in seed_rows.itertuples():
        assert row.quote == " ".join(seed_text[a:b] for a, b in row.spans)
        assert row.start == row.spans[0][0] and row.end == row.spans[-1][1]
        if pd.notna(row.speaker_start):
            assert seed_text[row.speaker_start : row.speaker_end] == row.speaker_mention


def test_the_broken_quotation_mark_claim_starts_after_the_first_quote(seed_rows, seed_text):
    """`...affairs.” Syria, ... China,” Putin’s spokesman explained.`: the closing mark with
    no opener opens where the paragraph's previous quotation ended."""
    row = seed_rows[seed_rows["cue"] == "explained"].iloc[0]
    assert row["quote"].startswith("Syria, the state of affairs in Idlib")
    assert row["quote"].endswith("They also talked about China,")
    assert row["kind"] == "direct"

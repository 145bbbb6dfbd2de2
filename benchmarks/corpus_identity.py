"""Speaker ids and claim groups on a real corpus: the figures of docs/benchmarks.md.

    python benchmarks/corpus_identity.py --cache /tmp/polnear_claims.parquet [--show]

Reads the claims of PolNeAR train + dev (924 articles; ``quotes.extract_corpus`` once, then
the cached Parquet table), assigns speaker ids and claim groups, and prints:

- distinct canonical ``speaker`` strings against distinct ``speaker_id``s;
- the merged pairs (each name form joined to its speaker's display name, across documents),
  a deterministic sample of 100 for checking by hand (``--show`` prints them);
- the 30 most-quoted speakers with every other id sharing their surname (possible splits);
- the claim groups of size >= 2, a deterministic sample of 50 to check by hand.

The texts stay on this machine: only counts go into the docs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import pandas as pd

import quotes
from quotes.identity import parse_person

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear"


def load_claims(cache: Path, data: Path) -> pd.DataFrame:
    """The corpus's claims table, from the cache or extracted once (about 15 minutes)."""
    if cache.exists():
        return pd.read_parquet(cache)
    paths = [p for split in ("train", "dev") for p in sorted((data / split / "text").glob("*.txt"))]
    claims = quotes.extract_corpus(paths, progress=False)
    claims.to_parquet(cache)
    return claims


def merged_pairs(ided: pd.DataFrame) -> list[tuple[str, str, str]]:
    """``(speaker_id, display name, other form)`` for every form joined to a display name."""
    people = quotes.speakers(ided)
    out = []
    for row in people.itertuples(index=False):
        if pd.isna(row.speaker_id) or "@" in str(row.speaker_id):
            continue
        for form in row.names:
            if form != row.speaker:
                out.append((str(row.speaker_id), str(row.speaker), form))
    return out


def possible_splits(people: pd.DataFrame, top: int = 30) -> list[dict[str, object]]:
    """For the most-quoted named speakers, the other ids whose display name shares the
    surname: where a split would show."""
    named = people[people["speaker_id"].notna() & ~people["speaker_id"].str.contains("@")]
    surname: dict[str, list[str]] = {}
    for row in named.itertuples(index=False):
        parsed = parse_person(str(row.speaker))
        key = parsed.last if parsed else str(row.speaker_id)
        surname.setdefault(key, []).append(str(row.speaker_id))
    out = []
    for row in named.head(top).itertuples(index=False):
        parsed = parse_person(str(row.speaker))
        key = parsed.last if parsed else str(row.speaker_id)
        others = [i for i in surname.get(key, []) if i != row.speaker_id]
        out.append(
            {
                "id": row.speaker_id,
                "claims": int(row.claims),
                "names": row.names,
                "same_surname": others,
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/polnear_claims.parquet"))
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", action="store_true", help="print the samples to check")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)

    claims = load_claims(args.cache, args.data)
    start = time.perf_counter()
    ided = quotes.assign_speaker_ids(claims)
    id_seconds = time.perf_counter() - start
    start = time.perf_counter()
    grouped = quotes.assign_claim_groups(ided)
    group_seconds = time.perf_counter() - start
    named = ided[ided["speaker"].notna()]
    scoped = named["speaker_id"].str.contains("@")
    people = quotes.speakers(ided)
    pairs = merged_pairs(ided)
    groups = quotes.spread(grouped)
    figures = {
        "documents": int(claims["doc_id"].nunique()),
        "claims": len(claims),
        "claims_with_speaker": len(named),
        "distinct_speaker_strings": int(named["speaker"].nunique()),
        "distinct_speaker_ids": int(named["speaker_id"].nunique()),
        "named_speaker_strings": int(named.loc[~scoped, "speaker"].nunique()),
        "named_speaker_ids": int(named.loc[~scoped, "speaker_id"].nunique()),
        "described_strings_document_scoped": int(named.loc[scoped, "speaker"].nunique()),
        "merged_pairs": len(pairs),
        "claim_groups_size_2_plus": len(groups),
        "claims_in_those_groups": int(groups["size"].sum()),
        "groups_across_documents": int((groups["n_documents"] > 1).sum()),
        "largest_group": int(groups["size"].max()) if len(groups) else 0,
        "seconds_speaker_ids": round(id_seconds, 2),
        "seconds_claim_groups": round(group_seconds, 2),
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    if args.show:
        rng = random.Random(15)
        print("\n# merged pairs (sample of 100): id | display | other form")
        for ident, display, form in sorted(rng.sample(pairs, min(100, len(pairs)))):
            print(f"{ident} | {display} | {form}")
        print("\n# the 30 most-quoted speakers and ids sharing their surname")
        for row in possible_splits(people):
            print(row)
        print("\n# claim groups of size >= 2 (sample of 50)")
        sample = groups.sample(min(50, len(groups)), random_state=15).sort_values("claim_group")
        for row in sample.itertuples(index=False):
            print(f"\n[{row.claim_group}] size {row.size}, docs {row.n_documents}, {row.speakers}")
            for variant in row.variants:
                print("   ", variant)
    return 0


if __name__ == "__main__":
    sys.exit(main())

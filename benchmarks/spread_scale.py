"""Claim grouping at scale: time and peak memory of quotes.assign_claim_groups on synthetic
claims (10^4, 10^5, 10^6), each size in a fresh process.

    python benchmarks/spread_scale.py --sizes 10000 100000 1000000

Synthetic corpus: words drawn from a 30,000-word vocabulary (Zipf-like), claims of 8-40
words; 40% of the claims re-carry an earlier one with an edit (a trimmed start or end, a
typo, an ellipsis), the rest are new. Reported: seconds, peak RSS, and the share of the
planted copies found in their original's group (recall of the candidates and checks): of all
copies, and of the copies the documented rules are meant to join (a copy that keeps at least
``MIN_WORDS`` words outside its gap; a shorter one joins only identical words, by design).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

import numpy as np
import pandas as pd


def _word(k: int) -> str:
    """The k-th synthetic word, letters only (a changed digit would be a changed number)."""
    out = "w"
    while True:
        k, r = divmod(k, 26)
        out += chr(97 + r)
        if not k:
            return out


def synthetic(n: int, seed: int = 15) -> tuple[pd.DataFrame, np.ndarray]:
    """``n`` claims and, per claim, the row it copies (-1 for an original)."""
    rng = np.random.default_rng(seed)
    vocab = np.array([_word(k) for k in range(30_000)], dtype=object)
    weights = 1.0 / np.arange(1, len(vocab) + 1) ** 0.8
    weights /= weights.sum()
    quotes: list[str] = []
    source = np.full(n, -1, dtype=np.int64)
    for i in range(n):
        if i > 10 and rng.random() < 0.4:
            j = int(rng.integers(0, i))
            while source[j] >= 0:
                j = int(source[j])
            ws = quotes[j].split()
            edit = rng.integers(0, 4)
            if edit == 0:
                ws = ws[int(rng.integers(1, 4)) :]
            elif edit == 1:
                ws = ws[: -int(rng.integers(1, 4))]
            elif edit == 2:
                k = int(rng.integers(0, len(ws)))
                ws[k] = ws[k][:-1] + "x" + ws[k][-1]
            else:
                k = int(rng.integers(2, max(3, len(ws) - 3)))
                ws = [*ws[:k], "...", *ws[k + 2 :]]
            quotes.append(" ".join(ws))
            source[i] = j
        else:
            length = int(rng.integers(8, 41))
            quotes.append(" ".join(rng.choice(vocab, length, p=weights)))
    table = pd.DataFrame(
        {
            "doc_id": [f"d{i // 20}" for i in range(n)],
            "quote": quotes,
            "start": np.arange(n) * 1000,
            "end": np.arange(n) * 1000 + 500,
            "speaker": "Ann Cole",
        }
    )
    return table, source


def run_one(n: int) -> dict[str, float]:
    import quotes

    table, source = synthetic(n)
    start = time.perf_counter()
    grouped = quotes.assign_claim_groups(table)
    seconds = time.perf_counter() - start
    labels = grouped["claim_group"].to_numpy()
    copies = source >= 0
    found = float((labels[copies] == labels[source[copies]]).mean()) if copies.any() else 1.0
    from quotes.spread import GAP, MIN_WORDS, words

    long_enough = np.array([sum(w != GAP for w in words(q)) >= MIN_WORDS for q in table["quote"]])
    meant = copies & long_enough
    found_meant = float((labels[meant] == labels[source[meant]]).mean()) if meant.any() else 1.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "claims": n,
        "seconds": round(seconds, 1),
        "peak_rss_mib": round(peak),
        "groups": int(len(np.unique(labels))),
        "copies_found": round(found, 4),
        "copies_meant": int(meant.sum()),
        "copies_meant_found": round(found_meant, 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True
        )
        print(out.stdout.strip().splitlines()[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

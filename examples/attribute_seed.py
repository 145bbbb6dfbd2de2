"""The main job on the seed article: its attribution table, printed and written to CSV.

python examples/attribute_seed.py [PATH] [-o OUT.csv]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

import quotes

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_da181a9541637482.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=SEED)
    parser.add_argument("-o", "--out", type=Path, default=Path("seed_claims.csv"))
    args = parser.parse_args()
    text = args.path.read_text(encoding="utf-8")
    claims = quotes.extract(text, doc_id=args.path.stem)
    claims.to_csv(args.out, index=False)
    with pd.option_context(
        "display.width", 200, "display.max_colwidth", 60, "display.max_columns", None
    ):
        print(claims[["quote_id", "kind", "speaker", "speaker_mention", "cue", "via", "quote"]])
    print(f"\n{len(claims)} claims by {claims['speaker'].nunique()} speakers -> {args.out}")
    print(quotes.summary(claims).to_string(index=False))


if __name__ == "__main__":
    main()

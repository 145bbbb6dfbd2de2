"""Rule work on PolNeAR train, fast: claims from cached parses, their scores, a diff of two runs,
and every hand-read train referent set in one process.

The loop a rule is written in (docs/benchmarks.md): dump train's claims before a change and
after it, score both (nested claims left out and in), read every claim gone, new or given
another speaker, and re-score the train referent sets. Parses are cached by text hash in a
folder of the parser's fingerprint (``quotes.learned.tagger.parse_cached``,
``quotes.backends.parse_fingerprint``), so a run after the first costs the rules only; a
change to the parse stage (quotes/text.py, the backends, the model) parses again.

    python benchmarks/train_claims.py dump OUT.pkl --score [--split train] [--cache DIR]
    python benchmarks/train_claims.py diff BEFORE.pkl AFTER.pkl [--max N]
    python benchmarks/train_claims.py referents [-v] [SET ...]   # "" 3 4 ... 15; all by default

``referents`` gives the figures of ``python benchmarks/speakers_dev.py --gold
../shared/data/polnear/train --no-write --referents benchmarks/data/referents_train<SET>.tsv``.
Dev is the exam: this script reads train only (the held-out practice of docs/evaluation.md).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DATA = HERE.parent.parent / "shared" / "data" / "polnear"
CACHE = HERE.parent / ".cache" / "parses"
KEY = ["doc_id", "start", "end"]


def dump(args: argparse.Namespace) -> int:
    from learned_layer import NAMES, table

    from quotes.backends import parse_fingerprint
    from quotes.evaluate import read_split, score
    from quotes.extractor import Extractor
    from quotes.learned.tagger import default_model_path, load_tagger, parse_cached

    gold = read_split(args.data / args.split)
    cache = args.cache or CACHE / args.split
    backend = Extractor().backend
    texts = [g.text for g in gold]
    parsed = parse_cached(texts, cache, backend.parse_many, parse_fingerprint(backend))
    claims = table(gold, parsed, load_tagger(default_model_path()))
    claims.to_pickle(args.out)
    print("claims", len(claims))
    if args.score:
        for nested in (False, True):
            scores = score(gold, claims, nested=nested).scores.as_dict()
            label = "nested" if nested else "unnested"
            print(label, " ".join(f"{n}={float(scores[n]):.4f}" for n in NAMES))
    return 0


def diff(args: argparse.Namespace) -> int:
    """Claims gone and new (by document and offsets), and speakers or acts changed on the same
    words. Two claims on the same words may be matched in either order, so a few "changes"
    are pairs that swap places: the same pairs show between two runs of unchanged code."""
    before, after = pd.read_pickle(args.before), pd.read_pickle(args.after)
    m = before.merge(after, on=KEY, how="outer", suffixes=("_a", "_b"), indicator=True)
    gone, new = m[m._merge == "left_only"], m[m._merge == "right_only"]
    both = m[m._merge == "both"]
    speaker = both[both.speaker_a.fillna("") != both.speaker_b.fillna("")]
    act = both[both.act_a.fillna("") != both.act_b.fillna("")]
    print(f"gone {len(gone)} new {len(new)} speaker changed {len(speaker)} act changed {len(act)}")
    for title, frame, side in (("GONE", gone, "_a"), ("NEW", new, "_b")):
        print(f"== {title}")
        for _, r in frame.head(args.max).iterrows():
            quote = str(r["quote" + side])[:110]
            print(f"  {r.doc_id} [{r.start}:{r.end}] {r['speaker' + side]!s:25.25} | {quote!r}")
    print("== SPEAKER")
    for _, r in speaker.head(args.max).iterrows():
        change = f"{r.speaker_a!s} -> {r.speaker_b!s}"
        print(f"  {r.doc_id} [{r.start}] {change} | {str(r.quote_a)[:80]!r}")
    print("== ACT")
    for _, r in act.head(args.max).iterrows():
        print(f"  {r.doc_id} [{r.start}] {r.act_a} -> {r.act_b} | {str(r.quote_a)[:80]!r}")
    return 0


def referents(args: argparse.Namespace) -> int:
    import speakers_dev

    from quotes.backends import parse_fingerprint
    from quotes.evaluate import read_split
    from quotes.extractor import Extractor
    from quotes.learned.tagger import parse_cached

    docs = read_split(args.data / "train")
    extractor = Extractor()
    parse = extractor.backend.parse_many
    fingerprint = parse_fingerprint(extractor.backend)
    cache = args.cache or CACHE / "train"

    def cached(texts, batch_size=32, **_):  # type: ignore[no-untyped-def]
        return parse_cached(list(texts), cache, parse, fingerprint)

    extractor.backend.parse_many = cached  # type: ignore[method-assign]
    found = (HERE / "data").glob("referents_train*.tsv")
    names = (p.stem.removeprefix("referents_train") for p in found)
    sets = args.sets or sorted(names, key=lambda name: int(name or 1))
    for name in sets:
        path = HERE / "data" / f"referents_train{name}.tsv"
        if not path.exists():
            print(f"no such set: {path}", file=sys.stderr)
            return 2
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            speakers_dev.referents_only(docs, extractor, path)
        lines = out.getvalue().splitlines()
        print("\n".join(lines) if args.verbose else lines[0], flush=True)
    return 0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", type=Path, default=DATA, help="PolNeAR's folder")
    common.add_argument("--cache", type=Path, default=None, help="parse cache folder")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("dump", parents=[common], help="claims of a split, cached parses")
    d.add_argument("out", type=Path)
    d.add_argument("--split", default="train")
    d.add_argument("--score", action="store_true")
    d.set_defaults(run=dump)
    f = commands.add_parser("diff", parents=[common], help="what changed between two dumps")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    f.add_argument("--max", type=int, default=400)
    f.set_defaults(run=diff)
    r = commands.add_parser("referents", parents=[common], help="the train referent sets")
    r.add_argument("-v", "--verbose", action="store_true", help="list the wrong rows")
    r.add_argument("sets", nargs="*")
    r.set_defaults(run=referents)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command != "diff" and not args.data.exists():
        print(f"PolNeAR not found at {args.data}: pass --data", file=sys.stderr)
        return 2
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())

"""The learned recall layer on PolNeAR dev: scores and cost with and without it.

    python benchmarks/learned_layer.py                       # the shipped model
    python benchmarks/learned_layer.py --model MODEL --cache /tmp/parses --parse-time

Each dev text is parsed once (kept in ``--cache`` when given); the rules alone and the rules
with the tagger then run on the same parses, and both tables are scored by
:mod:`quotes.evaluate` (nested claims left out, as PolNeAR annotates none, and kept). The cost
is the CPU time after the parse (rules, tagger, resolution) with and without the layer, and,
with ``--parse-time``, the bare ``nlp.pipe`` time of the same texts for the ratio that matters:
how much slower a whole run gets. The decision rule of docs/model.md: on by default only if
the layer raises e2e F1 and lenient F1 while speaker accuracy drops by at most 0.01.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from quotes.backends import parse_fingerprint
from quotes.evaluate import GoldDocument, read_split, score
from quotes.extractor import Extractor
from quotes.learned.tagger import default_model_path, load_tagger, parse_cached
from quotes.table import claims_table, empty_table

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"
NAMES = (
    "lenient_f1",
    "strict_f1",
    "e2e_f1",
    "speaker_accuracy",
    "recall_direct",
    "recall_mixed",
    "recall_indirect",
    "lenient_precision",
    "lenient_recall",
)


def table(gold: Sequence[GoldDocument], parsed: Sequence[Any], tagger: Any) -> pd.DataFrame:
    frames = [
        claims_table(g.name, g.text, Extractor.claims_from_document.__wrapped__(p, tagger=tagger))
        for g, p in zip(gold, parsed, strict=True)
    ]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty_table()


def learned_pairs(report: Any) -> tuple[int, tuple[int, int]]:
    """How many learned claims match a gold attribution, and how many of those (with a gold
    source) have the right and the wrong speaker: the precision of what the layer adds."""
    mine = [p for p in report.pairs if p.predicted.rule.split("+")[0] == "learned"]
    right = sum(p.speaker_right is True for p in mine)
    return len(mine), (right, sum(p.speaker_right is False for p in mine))


def timed(gold: Sequence[GoldDocument], parsed: Sequence[Any], tagger: Any) -> tuple[Any, float]:
    started = time.process_time()
    claims = table(gold, parsed, tagger)
    return claims, time.process_time() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEV)
    parser.add_argument("--model", type=Path, default=default_model_path())
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--parse-time", action="store_true")
    parser.add_argument("--min-confidence", type=float, nargs="*", default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--paragraphs",
        choices=("model", "cue", "every"),
        default="model",
        help="which paragraphs the tagger tags: as its model's header says (model), or those "
        "with a cue candidate (cue) or every one (every) whatever the model was trained on",
    )
    args = parser.parse_args(argv)
    gold = read_split(args.gold, limit=args.limit)
    extractor = Extractor()
    backend = extractor.backend
    texts = [g.text for g in gold]
    parsed = parse_cached(texts, args.cache, backend.parse_many, parse_fingerprint(backend))
    tagger = load_tagger(args.model)
    if args.paragraphs != "model":
        tagger.every_paragraph = args.paragraphs == "every"
    thresholds = args.min_confidence or [tagger.min_confidence]
    result: dict[str, Any] = {
        "model": str(args.model),
        "docs": len(gold),
        "every_paragraph": tagger.every_paragraph,
    }
    rules, rules_cpu = timed(gold, parsed, None)
    runs: dict[str, tuple[Any, float]] = {"rules": (rules, rules_cpu)}
    for threshold in thresholds:
        tagger.min_confidence = threshold
        runs[f"rules + learned (min_confidence {threshold})"] = timed(gold, parsed, tagger)
    for label, (claims, cpu) in runs.items():
        row: dict[str, Any] = {"claims": len(claims), "cpu_after_parse": round(cpu, 2)}
        for nested in (False, True):
            report = score(gold, claims, nested=nested)
            scores = report.scores.as_dict()
            key = "unnested" if not nested else "nested"
            row[key] = {n: round(float(scores[n]), 4) for n in NAMES}
            if not nested:
                row["learned_matched"], row["learned_speaker_right"] = learned_pairs(report)
        row["learned_claims"] = int((claims["rule"].str.startswith("learned")).sum())
        result[label] = row
        u = row["unnested"]
        print(
            f"{label:42s} claims={row['claims']:5d} (+{row['learned_claims']}) "
            + " ".join(f"{n.replace('_f1', '').replace('recall_', 'r.')}={u[n]:.3f}" for n in NAMES)
            + f" cpu={cpu:.1f}s"
        )
        if row["learned_claims"]:
            right, wrong = row["learned_speaker_right"]
            print(
                f"{'':42s} learned claims matching a gold one: {row['learned_matched']} of "
                f"{row['learned_claims']}; their speaker right {right}, wrong {wrong}"
            )
    if args.parse_time:
        nlp = extractor.backend.nlp  # type: ignore[attr-defined]
        started = time.process_time()
        for _ in nlp.pipe([g.text for g in gold], batch_size=32):
            pass
        parse_cpu = time.process_time() - started
        result["parse_cpu"] = round(parse_cpu, 2)
        base = parse_cpu + rules_cpu
        for label, (_, cpu) in runs.items():
            ratio = parse_cpu / (parse_cpu + cpu)
            alone = parse_cpu / base
            print(f"{label:42s} bare nlp.pipe / whole run = {ratio:.3f} (rules: {alone:.3f})")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Measure which verb lemmas pay as cues, rule by rule, on PolNeAR's TRAIN split.

Every verb is made a cue (a lexicon that contains everything), the claims are matched to the
gold attributions (lenient, one-to-one, as :mod:`quotes.evaluate` does), and each
(rule, lemma) gets its count of right and wrong claims. Lemmas right at least half the time
(n >= 3, or 4 for object and prepositional cues) went into ``quotes/lexicons/en/*.txt`` under
"Learned"; hand-written entries right less than 35% of the time (n >= 5) were dropped there.
The dev split is never read here, so dev figures stay honest.

    python benchmarks/learn_lexicons.py [--gold ../shared/data/polnear/train] [--min-precision 0.5]
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

import quotes.claims as claims_module
from quotes.backends.spacy import SpacyBackend
from quotes.claims.cues import Lexicons
from quotes.evaluate import read_split

ROOT = Path(__file__).resolve().parents[1]
RULES = ("speech_complement", "intention_complement", "speech_act_object", "prepositional_object")


class Everything(frozenset):
    """A lexicon that holds every word."""

    def __contains__(self, item: object) -> bool:
        return True


def _chars(text: str, spans) -> set[int]:
    marks = set('“”"‘’«»„')
    out: set[int] = set()
    for a, b in spans:
        while a < b and (text[a].isspace() or text[a] in marks):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in marks or text[b - 1] in ",."):
            b -= 1
        out.update(range(a, b))
    return out


def tally(gold_dir: Path, limit: int | None) -> dict[tuple[str, str], list[int]]:
    base = Lexicons.load("en")
    claims_module._LEXICONS["all"] = Lexicons(
        speech=Everything(), intention=Everything(), speech_act=Everything(),
        not_cues=base.not_cues, source_nouns=base.source_nouns, prepositional=Everything(),
    )  # fmt: skip
    docs = read_split(gold_dir, limit=limit)
    backend = SpacyBackend()
    counts: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    parsed = backend.parse_many((d.text for d in docs), batch_size=16, n_process=2)
    for gold, doc in zip(docs, parsed, strict=True):
        found = claims_module.find_claims(doc, lang="all")
        golds = [_chars(doc.text, g.content) for g in gold.attributions]
        preds = [_chars(doc.text, c.spans) for c in found]
        pairs = sorted(
            ((len(p & g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if p & g),
            reverse=True,
        )
        used_i: set[int] = set()
        used_j: set[int] = set()
        for _, i, j in pairs:
            if i not in used_i and j not in used_j:
                used_i.add(i)
                used_j.add(j)
        for i, claim in enumerate(found):
            if claim.cue is None or claim.rule not in RULES:
                continue
            lemma = doc[doc.token_at(claim.cue[0])].lemma
            if claim.rule == "prepositional_object":
                lemma += " " + doc[max(0, doc.token_at(claim.start) - 1)].lower
            counts[(claim.rule, lemma)][0 if i in used_i else 1] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared/data/polnear/train")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--min-precision", type=float, default=0.5)
    args = parser.parse_args()
    counts = tally(args.gold, args.limit)
    for rule in RULES:
        rows = sorted(
            ((tp + fp, tp, lemma) for (r, lemma), (tp, fp) in counts.items() if r == rule),
            reverse=True,
        )
        good = [
            f"{lemma} {tp}/{n}" for n, tp, lemma in rows if n >= 3 and tp / n >= args.min_precision
        ]
        print(f"## {rule}: {len(good)} lemmas right >= {args.min_precision:.0%} (n >= 3)")
        print(", ".join(good))


if __name__ == "__main__":
    main()

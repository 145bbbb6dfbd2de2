"""Trust on any text (issue 12): no exception, no broken invariant, bounded cost.

Three parts, each a section of the report:

1. **Articles**: every article of the PolNeAR train and dev splits (``SPLIT/text/*.txt``)
   through :meth:`quotes.Extractor.extract`; each table checked by
   :func:`quotes.invariants.violations` (docs/schema.md's invariants and the no-misquote rule).
2. **Generated texts**: ``--generated N`` (default 10,000) texts written by :func:`generate`:
   quotation marks of every style, apostrophes and plural possessives, names, speech verbs,
   every kind of line break, zero-width and format characters, long tokens; the same checks.
3. **Cost**: peak RSS and seconds of one 200 KB and one 1 MB news-like document, of runs of
   4k, 16k and 50k quotation marks, of one paragraph of 40k and 160k characters of quotations
   never closed, of 100k commas and of a single 1 MB token, each in a fresh subprocess (peak
   RSS is per process), model loading excluded from the seconds, with the ratios the issue
   sets targets for.

    python benchmarks/robustness.py                       # everything, prints the report
    python benchmarks/robustness.py --generated 200 --no-articles --no-cost
    python benchmarks/robustness.py --write               # also into docs/benchmarks.md

CI does not run it (about 25 minutes on 2 CPUs).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "polnear"
BENCHMARKS_MD = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- robustness:start -->", "<!-- robustness:end -->"

# --- generated text --------------------------------------------------------------------------

FIRST = ["Ana", "Tom", "Lena", "Omar", "Grace", "Piotr", "Mei", "Jonas", "Aisha", "Rafael"]
LAST = ["Ruiz", "Okafor", "Lindqvist", "Haddad", "O'Neill", "Nakamura", "Weber", "Costa"]
ROLES = ["the mayor", "a spokeswoman", "the minister", "the coach", "officials", "the senator"]
ORGS = ["the city council", "the ministry", "Harbor Works", "the union", "the parents' group"]
VERBS = ["said", "told reporters", "added", "warned", "argued", "explained", "wrote", "insisted"]
CLAUSES = [
    "the bridge will reopen in May",
    "nobody was hurt in the fire",
    "the budget is not enough",
    "we're going to win this",
    "the teachers' pay must rise",
    "it's the players' decision",
    "the ’90s were different",
    "they can't wait much longer",
    "the vote was fair",
    "prices at the farmers' market doubled",
]
#: Opening and closing marks of every style, the mismatched ones too.
MARK_PAIRS = [("“", "”"), ('"', '"'), ("'", "'"), ("‘", "’"), ("«", "»"), ("„", "“"), ("“", '"')]
BREAKS = ["\n", "\r\n", "\r", "\v", "\f", "\x85", "\u2028", "\u2029", "\n\n"]
INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\xad", "\u200e", "\u202a"]
SPACES = [" ", " ", " ", "\xa0", "\u202f", "\u2009", "\t"]


def _name(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first}{rng.choice(SPACES)}{last}" if rng.random() < 0.3 else f"{first} {last}"


def _source(rng: random.Random) -> str:
    return rng.choice([_name(rng), _name(rng), rng.choice(ROLES), rng.choice(ORGS), "he", "she"])


def _sentence(rng: random.Random) -> str:
    """One sentence of news: a quotation, a report, or plain narrative."""
    clause = rng.choice(CLAUSES)
    opening, closing = rng.choice(MARK_PAIRS)
    source, verb = _source(rng), rng.choice(VERBS)
    shape = rng.randrange(7)
    if shape == 0:
        return f"{opening}{clause.capitalize()},{closing} {source} {verb}."
    if shape == 1:
        return f"{source.capitalize()} {verb}: {opening}{clause.capitalize()}.{closing}"
    if shape == 2:
        return f"{source.capitalize()} {verb} that {clause}."
    if shape == 3:
        second = rng.choice(CLAUSES)
        first = f"{opening}{clause.capitalize()},{closing}"
        return f"{first} {verb} {source}, {opening}and {second}.{closing}"
    if shape == 4:
        return f"According to {source}, {clause}."
    if shape == 5:
        return f"{opening}{clause.capitalize()}{closing}"  # a quotation with no source
    return f"{_name(rng)}'s plan and the workers' union met on Tuesday."


def _sprinkle(rng: random.Random, text: str) -> str:
    """Invisible characters at random places, some inside words."""
    chars = list(text)
    for _ in range(rng.randrange(4)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(INVISIBLES))
    return "".join(chars)


def generate(rng: random.Random) -> str:
    """One generated text: a few paragraphs of news sentences with the odd characters above."""
    paragraphs = []
    for _ in range(rng.randint(1, 5)):
        sentences = [_sentence(rng) for _ in range(rng.randint(1, 4))]
        paragraph = " ".join(sentences)
        if rng.random() < 0.3:
            paragraph = _sprinkle(rng, paragraph)
        if rng.random() < 0.05:  # a long token: a URL, a hash, a run of dashes or marks
            long = rng.choice(["x" * 3000, "—" * 500, "”" * 300, "http://a.example/" + "ab" * 900])
            paragraph += " " + long
        paragraphs.append(paragraph)
    text = "".join(p + rng.choice(BREAKS) for p in paragraphs)
    if rng.random() < 0.1:
        text = "\ufeff" + text
    return text


def news_document(n_chars: int, seed: int = 0) -> str:
    """A long news-like document of about ``n_chars`` characters: paragraphs with quotations
    and reports (no odd characters, so that it measures length alone)."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n_chars:
        paragraph = " ".join(_plain_sentence(rng) for _ in range(rng.randint(2, 5))) + "\n"
        out.append(paragraph)
        size += len(paragraph)
    return "".join(out)[:n_chars]


def _plain_sentence(rng: random.Random) -> str:
    clause = rng.choice(CLAUSES)
    name, verb = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(VERBS)
    shape = rng.randrange(4)
    if shape == 0:
        return f"“{clause.capitalize()},” {name} {verb}."
    if shape == 1:
        return f"{name} {verb} that {clause}."
    if shape == 2:
        return f"{rng.choice(ROLES).capitalize()} {verb}: “{clause.capitalize()}.”"
    return f"The meeting on {rng.choice(['Monday', 'Friday'])} lasted {rng.randint(1, 9)} hours."


def marks_text(n: int) -> str:
    """A run of ``n`` quotation marks in a sentence: the pathological input of the issue."""
    return "He said " + "“”\"'" * (n // 4) + " and left."


def open_quotations_text(n: int) -> str:
    """One paragraph of ``n`` characters of quotations opened and never closed: one content
    meets thousands of quotations (once quadratic in ``quotes.claims.kind_of``)."""
    return ("He said “" + "the plan “will fail " * (n // 20))[:n]


# --- checks ----------------------------------------------------------------------------------


def check(extractor: object, text: str, doc_id: str) -> list[str]:
    """Problems with one text: an exception, or the invariants' violations."""
    from quotes.invariants import violations

    try:
        df = extractor.extract(text, doc_id)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - counting every failure is the point
        return [f"{doc_id}: exception\n{traceback.format_exc()}"]
    return [f"{doc_id}: {v}" for v in violations(text, df)]


def articles(data: Path) -> Iterator[tuple[str, str]]:
    for split in ("train", "dev"):
        for path in sorted((data / split / "text").glob("*.txt")):
            yield f"{split}/{path.stem}", path.read_text(encoding="utf-8")


def run_checks(texts: Iterator[tuple[str, str]]) -> tuple[int, list[str], float]:
    import quotes

    extractor = quotes.Extractor()
    problems: list[str] = []
    n = 0
    t0 = time.perf_counter()
    for doc_id, text in texts:
        problems.extend(check(extractor, text, doc_id))
        n += 1
    return n, problems, time.perf_counter() - t0


# --- cost ------------------------------------------------------------------------------------

CASES = {
    "200KB": lambda: news_document(200_000),
    "1MB": lambda: news_document(1_000_000),
    "marks4k": lambda: marks_text(4_000),
    "marks16k": lambda: marks_text(16_000),
    "marks50k": lambda: marks_text(50_000),
    "open40k": lambda: open_quotations_text(40_000),
    "open160k": lambda: open_quotations_text(160_000),
    "commas100k": lambda: "He said " + ", " * 100_000 + "and left.",
    "token1MB": lambda: "He said " + "x" * 1_000_000 + " and left.",
}


def measure_here(case: str) -> dict[str, float]:
    """Extract one case in this process; its seconds (model loaded first) and peak RSS."""
    import quotes

    extractor = quotes.Extractor()
    text = CASES[case]()
    t0 = time.perf_counter()
    df = extractor.extract(text)
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "peak_mb": peak_kb / 1024, "claims": len(df), "chars": len(text)}


def measure(case: str) -> dict[str, float]:
    """:func:`measure_here` in a fresh subprocess, so that its peak RSS is its own."""
    out = subprocess.run(
        [sys.executable, __file__, "--measure", case],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# --- report ----------------------------------------------------------------------------------


def report(
    parts: dict[str, tuple[int, list[str], float]], cost: dict[str, dict[str, float]]
) -> str:
    lines = ["- command: `python benchmarks/robustness.py`", ""]
    if parts:
        lines += ["| texts | documents | exceptions | invariant violations | seconds |"]
        lines += ["|---|---|---|---|---|"]
        for name, (n, problems, seconds) in parts.items():
            exceptions = sum("exception" in p.split("\n")[0] for p in problems)
            lines.append(
                f"| {name} | {n:,} | {exceptions} | {len(problems) - exceptions} | {seconds:.0f} |"
            )
        lines.append("")
    if cost:
        lines += ["| input | characters | claims | seconds | peak RSS (MB) |"]
        lines += ["|---|---|---|---|---|"]
        for case, m in cost.items():
            lines.append(
                f"| {case} | {int(m['chars']):,} | {int(m['claims'])} | {m['seconds']:.1f} | "
                f"{m['peak_mb']:.0f} |"
            )
        lines.append("")
        ratios = []
        if "200KB" in cost and "1MB" in cost:
            r = cost["1MB"]["seconds"] / cost["200KB"]["seconds"]
            ratios.append(f"1 MB / 200 KB time: {r:.1f}x (target within 7x; 5x is linear)")
            ratios.append(f"1 MB peak RSS: {cost['1MB']['peak_mb']:.0f} MB (target under 1,500)")
        if "marks4k" in cost and "marks16k" in cost:
            r = cost["marks16k"]["seconds"] / cost["marks4k"]["seconds"]
            ratios.append(f"16k / 4k marks time: {r:.1f}x (target within 6x; 4x is linear)")
        if "open40k" in cost and "open160k" in cost:
            r = cost["open160k"]["seconds"] / cost["open40k"]["seconds"]
            ratios.append(f"160k / 40k open quotations time: {r:.1f}x (4x is linear)")
        if "marks50k" in cost:
            ratios.append(f"50k marks: {cost['marks50k']['seconds']:.1f} s (target: seconds)")
        lines += [f"- {r}" for r in ratios]
    return "\n".join(lines)


def write_docs(text: str) -> None:
    md = BENCHMARKS_MD.read_text(encoding="utf-8")
    block = f"{START}\n{text}\n{END}"
    if START in md:
        head, rest = md.split(START, 1)
        md = head + block + rest.split(END, 1)[1]
    else:
        md = md.rstrip() + "\n\n## Robustness\n\n" + block + "\n"
    BENCHMARKS_MD.write_text(md, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PolNeAR's folder")
    parser.add_argument("--generated", type=int, default=10_000, help="how many generated texts")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--no-articles", action="store_true")
    parser.add_argument("--no-cost", action="store_true")
    parser.add_argument("--cases", default=",".join(CASES), help="cost cases, comma-separated")
    parser.add_argument("--write", action="store_true", help="write into docs/benchmarks.md")
    parser.add_argument("--measure", choices=list(CASES), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure_here(args.measure)))
        return 0
    parts: dict[str, tuple[int, list[str], float]] = {}
    if not args.no_articles:
        parts["PolNeAR train + dev"] = run_checks(articles(args.data))
    if args.generated:
        rng = random.Random(args.seed)
        texts = ((f"gen{i}", generate(rng)) for i in range(args.generated))
        parts["generated"] = run_checks(texts)
    for name, (_, problems, _) in parts.items():
        for p in problems[:20]:
            print(f"[{name}] {p}", file=sys.stderr)
    cost = {} if args.no_cost else {c: measure(c) for c in args.cases.split(",") if c}
    text = report(parts, cost)
    print(text)
    if args.write:
        write_docs(text)
    bad = sum(len(p) for _, p, _ in parts.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""Speaker resolution on the PolNeAR dev split: canonical speakers, hand-read referents, cost.

Figures (written to docs/benchmarks.md between ``<!-- speakers:start -->`` and
``<!-- speakers:end -->``):

1. *Proper-name sources*: of the claims matched to a gold attribution
   (:func:`quotes.evaluate.score`, lenient matching) whose gold Source is a proper name, the
   share whose canonical ``speaker`` contains the name's last word ("Hillary Clinton" ->
   "Clinton"). Bar: >= 0.95.
2. *Pronoun sources*: of the matched claims whose gold Source is a pronoun, the share whose
   ``speaker`` is neither empty nor a bare pronoun. Bar: >= 0.90.
   Both are also given for the pairs whose predicted mention overlaps the gold Source (the
   resolver's own accuracy, the claim finder's source choice set aside) and for *oracle* claims:
   the gold attributions themselves, their Source spans resolved by the resolver alone.
3. *Hand-read referents*: benchmarks/data/referents_dev.tsv lists pronoun and description
   sources with the referent a reader gives them; the oracle claims' speakers are compared with
   it (right when the speaker contains the referent's last word; for referent ``-``, meaning
   the text names nobody, the writer or the reader, right when there is no speaker).
4. *Cost*: the time of :func:`quotes.speakers.resolve_speakers` against the whole run (parse,
   claim finding, resolution), and its time per mention on a document repeated 1, 2, 4, 8 times.

    python benchmarks/speakers_dev.py                 # everything, writes docs/benchmarks.md
    python benchmarks/speakers_dev.py --no-write      # print only
    python benchmarks/speakers_dev.py --list pronoun  # gold pronoun sources with context, for
                                                      # reading referents by hand (prints only)
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import re
import subprocess
import sys
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from quotes.claims import find_claims
from quotes.document import Document
from quotes.evaluate import GoldDocument, read_split, score
from quotes.extractor import Extractor
from quotes.records import INDIRECT, Claim
from quotes.speakers import build_registry, resolve_speakers
from quotes.speakers.lexicon import speaker_lexicon
from quotes.speakers.registry.names import shortens
from quotes.table import claims_table, empty_table

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "polnear" / "dev"
REFERENTS = ROOT / "benchmarks" / "data" / "referents_dev.tsv"
DOCS = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- speakers:start -->", "<!-- speakers:end -->"
BARS = {"proper_name": 0.95, "pronoun": 0.90, "referents": 0.85}
COMMAND = "python benchmarks/speakers_dev.py"


# --- what a gold Source is ---
def source_class(doc: Document, span: tuple[int, int]) -> tuple[str, str]:
    """``("name", last word)``, ``("pronoun", word)`` or ``("description", words)``.

    A proper name: every word of the span is a proper noun (articles, possessive endings and
    punctuation aside), as the parse tags it. A pronoun: one word of the pronoun lexicon.
    """
    text = doc.text[span[0] : span[1]]
    # a name's own words end before a parenthesis or comma: "Rep. John Mica (R-Fla.)"
    cut = re.search(r"\s*[(,]", text)
    if cut and cut.start() > 0:
        span = (span[0], span[0] + cut.start())
    words = [doc[i] for i in doc.tokens_in(*span)]
    content = [
        t for t in words if t.pos not in ("DET", "PUNCT", "PART") and t.text not in ("'s", "’s")
    ]
    if len(content) == 1 and content[0].lower in speaker_lexicon().pronouns:
        return "pronoun", content[0].lower
    if content and all(t.pos == "PROPN" for t in content):
        return "name", content[-1].text
    return "description", text


def contains_word(speaker: object, word: str) -> bool:
    """Whether the canonical speaker holds the Source's last word, or spells out an initialism
    that is that word: since the registry joins "IMF" to "International Monetary Fund" (issue
    13, names whole), "The IMF said" is right with speaker "International Monetary Fund"."""
    if not isinstance(speaker, str):
        return False
    # one apostrophe for all: the registry joins "O'Neill" to "James O’Neill" (name_keys)
    word, speaker = word.replace("’", "'"), speaker.replace("’", "'")
    if re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", speaker.lower()) is not None:
        return True
    return shortens(word, speaker, frozenset())


def bare_pronoun(speaker: object) -> bool:
    return not isinstance(speaker, str) or speaker.lower() in speaker_lexicon().pronouns


# --- the run ---
@dataclass
class Run:
    documents: list[GoldDocument]
    parsed: dict[str, Document]
    table: pd.DataFrame
    unresolved: pd.DataFrame
    parse_s: float
    find_s: float
    resolve_s: float


def run(documents: list[GoldDocument], extractor: Extractor) -> Run:
    """Parse, find and resolve every document, timing each stage on its own."""
    started = time.perf_counter()
    parsed = list(extractor.backend.parse_many([d.text for d in documents], batch_size=32))
    parse_s = time.perf_counter() - started
    if parsed:  # lexicons load on first use: a corpus run pays that once, not per document
        resolve_speakers(parsed[0], find_claims(parsed[0]))
    find_s = resolve_s = 0.0
    frames, bare = [], []
    for doc, document in zip(documents, parsed, strict=True):
        t0 = time.perf_counter()
        found = find_claims(document)
        t1 = time.perf_counter()
        claims = resolve_speakers(document, found)
        t2 = time.perf_counter()
        find_s += t1 - t0
        resolve_s += t2 - t1
        frames.append(claims_table(doc.name, doc.text, claims))
        bare.append(claims_table(doc.name, doc.text, found))
    names = {d.name: p for d, p in zip(documents, parsed, strict=True)}
    return Run(documents, names, _concat(frames), _concat(bare), parse_s, find_s, resolve_s)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty_table()


def core_unchanged(r: Run) -> tuple[str, bool]:
    """The evaluation's core figures with and without resolution (they must be equal: the
    resolver fills speaker columns and changes no span, kind or mention)."""
    with_ = score(r.documents, r.table).scores
    without = score(r.documents, r.unresolved).scores
    keys = ("lenient_f1", "strict_f1", "speaker_accuracy")
    a = {k: getattr(with_, k, None) for k in keys}
    b = {k: getattr(without, k, None) for k in keys}
    text = ", ".join(f"{k} {a[k]:.3f} (unresolved {b[k]:.3f})" for k in keys if a[k] is not None)
    return text, a == b


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.share:.3f} ({self.right}/{self.total})"


def matched_figures(r: Run) -> dict[str, Tally]:
    """Figures 1 and 2 on the claims matched to gold attributions."""
    report = score(r.documents, r.table)
    speakers = {
        (row.doc_id, int(row.quote_id)): row.speaker for row in r.table.itertuples(index=False)
    }
    out = {k: Tally() for k in ("name", "name_overlap", "pronoun", "pronoun_overlap")}
    for pair in report.pairs:
        gold = pair.gold
        if not gold.sources:
            continue
        doc = r.parsed[gold.doc]
        kind, word = source_class(doc, gold.sources[0])
        speaker = speakers[(pair.predicted.doc, pair.predicted.quote_id)]
        if kind == "name":
            ok = contains_word(speaker, word)
            out["name"].add(ok)
            if pair.speaker_right:
                out["name_overlap"].add(ok)
        elif kind == "pronoun":
            ok = not bare_pronoun(speaker)
            out["pronoun"].add(ok)
            if pair.speaker_right:
                out["pronoun_overlap"].add(ok)
    return out


def oracle_claims(gold: GoldDocument) -> list[Claim]:
    """The gold attributions with a Source as claims, in text order, for the resolver alone."""
    claims = [
        Claim(spans=tuple(a.content), kind=INDIRECT, source=_span(a.sources), rule="gold")
        for a in gold.attributions
        if a.sources
    ]
    return sorted(claims, key=lambda c: (c.source or (0, 0))[0])


def _span(pieces: Sequence[tuple[int, int]]) -> tuple[int, int]:
    return pieces[0]


def oracle(r: Run) -> tuple[dict[str, Tally], dict[tuple[str, int, int], Claim]]:
    """Figures 1 and 2 on the gold sources themselves; and every resolved oracle claim."""
    out = {"name": Tally(), "pronoun": Tally()}
    resolved: dict[tuple[str, int, int], Claim] = {}
    for gold in r.documents:
        doc = r.parsed[gold.name]
        for c in resolve_speakers(doc, oracle_claims(gold)):
            assert c.source is not None
            resolved[(gold.name, c.source[0], c.source[1])] = c
            kind, word = source_class(doc, c.source)
            if kind == "name":
                out["name"].add(contains_word(c.speaker, word))
            elif kind == "pronoun":
                out["pronoun"].add(not bare_pronoun(c.speaker))
    return out, resolved


# --- hand-read referents ---
def read_referents(path: Path = REFERENTS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        return list(rows)


RELATIVES = frozenset({"who", "which", "that", "whom"})
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def referent_shape(source: str) -> str:
    """The shape of a hand-read source: relative, pronoun, possessive (a noun owned by a
    pronoun or a description: "her campaign", "the candidate's aide") or description."""
    words = source.lower().split()
    if len(words) == 1 and words[0] in RELATIVES:
        return "relative"
    if len(words) == 1 and words[0] in speaker_lexicon().pronouns:
        return "pronoun"
    if words and (words[0] in POSSESSIVES or any(w.endswith(("'s", "’s")) for w in words)):
        return "possessive"
    return "description"


def referent_right(speaker: object, referent: str) -> bool:
    """Whether the speaker holds the referent's last word; both sides in Unicode NFC first, so
    an accent typed as one character ("é") matches the article's letter and combining mark
    ("e" + U+0301), as the tenth batch's "Trévidic" showed."""
    if referent == "-":
        return not isinstance(speaker, str)
    if isinstance(speaker, str):
        speaker = unicodedata.normalize("NFC", speaker)
    return contains_word(speaker, unicodedata.normalize("NFC", referent).split()[-1])


def referent_figures(
    resolved: dict[tuple[str, int, int], Claim], path: Path = REFERENTS
) -> tuple[Tally, list[str], dict[str, Tally]]:
    """Hand-read referents right, the wrong ones, and the tally by shape of the source."""
    tally = Tally()
    shapes: dict[str, Tally] = {}
    wrong = []
    for row in read_referents(path):
        key = (row["doc"], int(row["start"]), int(row["end"]))
        c = resolved.get(key)
        speaker = c.speaker if c else None
        ok = referent_right(speaker, row["referent"])
        tally.add(ok)
        shapes.setdefault(referent_shape(row["source"]), Tally()).add(ok)
        if not ok:
            wrong.append(
                f"{row['doc']} {row['start']}: {row['source']!r} -> {speaker!r}"
                f" (referent {row['referent']!r})"
            )
    return tally, wrong, shapes


def referents_only(documents: list[GoldDocument], extractor: Extractor, path: Path) -> int:
    """Figure 3 alone on the articles a referents file names (a quick look at a train set)."""
    names = {row["doc"] for row in read_referents(path)}
    chosen = [d for d in documents if d.name in names]
    parsed = list(extractor.backend.parse_many([d.text for d in chosen], batch_size=32))
    r = Run(chosen, {d.name: p for d, p in zip(chosen, parsed, strict=True)}, empty_table(),
            empty_table(), 0.0, 0.0, 0.0)  # fmt: skip
    _, resolved = oracle(r)
    tally, wrong, shapes = referent_figures(resolved, path)
    print(f"Hand-read referents ({path.name}, {len(chosen)} articles): {tally} right")
    print("By shape: " + "; ".join(f"{k} {v}" for k, v in sorted(shapes.items())))
    print("\n".join(f"- {w}" for w in wrong))
    return 0


# --- cost ---
def growth(r: Run, extractor: Extractor) -> list[tuple[int, int, float]]:
    """Resolution time for the longest dev document repeated 1, 2, 4 and 8 times:
    ``(copies, mentions, microseconds per mention)``."""
    longest = max(r.documents, key=lambda d: len(d.text))
    out = []
    for copies in (1, 2, 4, 8):
        text = "\n".join([longest.text] * copies)
        document = extractor.backend.parse(text)
        claims = find_claims(document)
        best = float("inf")
        gc.disable()
        for _ in range(7):
            t0 = time.perf_counter()
            resolve_speakers(document, claims)
            best = min(best, time.perf_counter() - t0)
        gc.enable()
        mentions = len(build_registry(document).mentions) + len(claims)
        out.append((copies, mentions, best / mentions * 1e6))
    return out


def growth_verdict(grow: list[tuple[int, int, float]]) -> str:
    """Linear or not, from the time per mention at the largest and smallest size: a cost
    quadratic in the mentions would make the largest about ``copies`` times the smallest;
    this machine's timing noise alone moves it by up to about 1.5x."""
    (c0, _, first), (c1, _, last) = grow[0], grow[-1]
    ratio = last / first
    if ratio < 2.0:
        return (
            f"Time per mention at x{c1} is {ratio:.2f}x that at x{c0} (quadratic would be "
            f"about {c1 // c0}x): cost is linear in the mentions."
        )
    return (
        f"Time per mention at x{c1} is **{ratio:.2f}x** that at x{c0}: cost GROWS faster "
        "than linear."
    )


# --- listing for hand reading ---
def list_sources(documents: list[GoldDocument], extractor: Extractor, kind: str) -> None:
    """Print gold sources of a class with the text before them, for reading referents."""
    for gold in documents:
        doc = extractor.backend.parse(gold.text)
        for a in gold.attributions:
            if not a.sources:
                continue
            s = a.sources[0]
            if source_class(doc, s)[0] != kind:
                continue
            before = gold.text[max(0, s[0] - 400) : s[0]].replace("\n", " / ")
            print(f"{gold.name}\t{s[0]}\t{s[1]}\t{gold.text[s[0] : s[1]]!r}\n    ...{before}\n")


# --- writing ---
def section(
    r: Run,
    matched: dict[str, Tally],
    orc: dict[str, Tally],
    refs: Tally,
    wrong: list[str],
    grow: list[tuple[int, int, float]],
    core: str,
    same: bool,
    shapes: dict[str, Tally] | None = None,
) -> str:
    name_miss = matched["name"].total - matched["name"].right
    overlap_miss = matched["name_overlap"].total - matched["name_overlap"].right
    total = r.parse_s + r.find_s + r.resolve_s
    share = r.resolve_s / total if total else 0.0

    def mark(value: float, bar: float) -> str:
        return "pass" if value >= bar else "FAIL"

    lines = [
        START,
        "## Speaker resolution (issue 3)",
        "",
        f"PolNeAR dev, {len(r.documents)} articles, spaCy backend, no neural coreference. "
        f"Command: `{COMMAND}`; {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, "
        f"commit `{_commit()}`.",
        "",
        "| figure | claims matched to gold | of them, mention overlaps gold Source | oracle "
        "(gold sources resolved) | bar |",
        "|---|---|---|---|---|",
        f"| proper-name Source: speaker holds its last word | {matched['name']} | "
        f"{matched['name_overlap']} | {orc['name']} | >= {BARS['proper_name']} "
        f"{mark(matched['name'].share, BARS['proper_name'])} |",
        f"| pronoun Source: speaker not a bare pronoun | {matched['pronoun']} | "
        f"{matched['pronoun_overlap']} | {orc['pronoun']} | >= {BARS['pronoun']} "
        f"{mark(matched['pronoun'].share, BARS['pronoun'])} |",
        "",
        f"Of the {name_miss} proper-name misses on matched claims, {name_miss - overlap_miss} "
        "have a predicted source mention that does not overlap the gold Source (the claim "
        "finder chose another mention, or none); the resolver's own misses are the overlap "
        "column's.",
        "",
        f"Hand-read referents (benchmarks/data/referents_dev.tsv, pronoun and description "
        f"sources, oracle claims): **{refs}** right, aim >= {BARS['referents']} "
        f"({mark(refs.share, BARS['referents'])}).",
    ]
    if shapes:
        lines[-1] += " By shape: " + "; ".join(f"{k} {v}" for k, v in sorted(shapes.items())) + "."
    if wrong:
        lines += ["", "Wrong or unresolved:", ""] + [f"- {w}" for w in wrong]
    lines += [
        "",
        f"Core figures of the evaluation, same claims resolved and unresolved: {core}: "
        + ("unchanged." if same else "**CHANGED**."),
        "",
        f"Cost: resolution {r.resolve_s:.2f} s of a {total:.1f} s run "
        f"(parse {r.parse_s:.1f} s, claims {r.find_s:.2f} s): **{share:.1%}** of the run "
        "(bar: under 5%).",
        "",
        "Growth (longest dev article repeated): "
        + "; ".join(f"x{c}: {m} mentions, {us:.0f} µs/mention" for c, m, us in grow)
        + ". "
        + growth_verdict(grow),
        END,
    ]
    return "\n".join(lines)


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def write(text: str, path: Path = DOCS) -> None:
    """Replace this benchmark's marker section of docs/benchmarks.md (re-read just before)."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if START in old and END in old:
        head, rest = old.split(START, 1)
        new = head + text + rest.split(END, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--list", choices=("pronoun", "description", "name"), default=None)
    parser.add_argument(
        "--every",
        type=int,
        default=1,
        help="read every N-th article only (a spread sample of a large split, e.g. train)",
    )
    parser.add_argument(
        "--referents",
        type=Path,
        default=REFERENTS,
        help="hand-read referents TSV (default benchmarks/data/referents_dev.tsv)",
    )
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"no gold data at {args.gold}", file=sys.stderr)
        return 2
    documents = read_split(args.gold, limit=args.limit)[:: max(1, args.every)]
    extractor = Extractor()
    if args.list:
        list_sources(documents, extractor, args.list)
        return 0
    if args.referents != REFERENTS:
        return referents_only(documents, extractor, args.referents)
    r = run(documents, extractor)
    core, same = core_unchanged(r)
    matched = matched_figures(r)
    orc, resolved = oracle(r)
    refs, wrong, shapes = referent_figures(resolved)
    grow = growth(r, extractor)
    text = section(r, matched, orc, refs, wrong, grow, core, same, shapes)
    print(text)
    if not args.no_write:
        write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

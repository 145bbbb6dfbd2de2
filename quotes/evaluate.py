"""Evaluation against brat-annotated gold (PolNeAR): a reader, a scorer and a CLI hook.

The pipeline of an evaluation run is::

    SPLIT/text/*.txt + SPLIT/attributions/*.ann --read_split--> GoldDocument records
    texts --Extractor.iter_claims--> claims table --score--> EvaluationReport (Scores + errors)

Gold attributions are the ``E`` lines of brat standoff files (PolNeAR, Newell, Margolin & Ruths,
LREC 2018): ``E3<TAB>Attribution:T12 Content:T11 Cue:T10 Source:T9``, each argument naming a
``T`` span line (``T9<TAB>Source 271 276<TAB>Obama``; discontinuous spans as ``s e;s e``).

Predictions and gold are compared as *sets of character positions*, after both sides are
normalised the same way (quotation marks, whitespace and trailing ``,.`` stripped at the edges
of each piece), because PolNeAR annotators sometimes include the quotation marks and the final
comma in a content span and sometimes do not, while the claims table never includes the marks.
See docs/evaluation.md for every score.

Run it with ``python -m quotes.evaluate GOLD_DIR`` or ``quotes evaluate GOLD_DIR``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from quotes import errors
from quotes.records import DIRECT, INDIRECT, MIXED

Offsets = tuple[int, int]

#: Quotation marks: stripped at the edges of a piece before matching, and what makes a gold
#: content ``direct`` or ``mixed``. The ASCII apostrophe ``'`` and the right single quotation
#: mark ``’`` also serve as apostrophes; see :func:`quote_mark_positions`.
QUOTE_MARKS = '“”"‘’«»„'

#: The family of each quotation mark: a quotation closes with a mark of its opener's family.
_FAMILY: dict[str, str] = {c: "double" for c in '“”"„«»'} | {c: "single" for c in "‘’'"}

#: Marks that open a quotation nested inside one of their own family (straight marks close).
_NESTS = "“„«‘"

#: Stripped from the right edge of each piece, after the quotation marks and whitespace.
_TRAILING = ",."

#: Punctuation allowed after the closing mark of an all-quoted piece (``“...”.`` style).
_AFTER_CLOSE = ",.;:!?"

#: The trigger types of an ``E`` line: attributed with and without an in-text source.
ATTRIBUTION_TYPES = ("Attribution", "Attribution-no-source")

#: The argument roles read from an ``E`` line; ``Content2`` ... are more pieces of the content.
_CONTENT, _CUE, _SOURCE = "Content", "Cue", "Source"

#: A brat annotation line starts with an id such as T12, E3, #1, A2, R1, N4 and a tab; other
#: lines continue the text field of the line before (a span that crosses a line break).
_ANN_LINE = re.compile(r"^([TEARNM#*]\d*)\t")

#: The bars of issue 2 for the PolNeAR dev split, checked by benchmarks/polnear_dev.py.
BARS: dict[str, float] = {
    "lenient_f1": 0.78,
    "strict_f1": 0.68,
    "speaker_accuracy": 0.90,
    "recall_direct": 0.95,
    "recall_mixed": 0.92,
    "recall_indirect": 0.65,
}

#: Strict matching: least character-set Jaccard of a predicted and a gold claim.
STRICT_JACCARD = 0.5

#: Characters of each text snippet kept in error records.
SNIPPET = 160


# --- gold records ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold attribution with a content span.

    Attributes:
        doc: the document name (the .txt file name without suffix).
        ann_id: the ``E`` id in its .ann file, for finding it again.
        content: the content pieces, sorted into text order.
        cues: the cue pieces (empty when the annotator marked none).
        sources: the source pieces (empty for ``Attribution-no-source``).
        kind: ``direct``, ``mixed`` or ``indirect``; see :func:`gold_kind`.
    """

    doc: str
    ann_id: str
    content: tuple[Offsets, ...]
    cues: tuple[Offsets, ...]
    sources: tuple[Offsets, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A gold article: its text and the attributions of one annotator."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    ann_path: Path
    annotator: str


def _bad(path: Path, line: int | None, problem: str) -> errors.EvaluationError:
    where = f"{path}:{line}" if line is not None else str(path)
    return errors.EvaluationError(errors.EVAL_BAD_GOLD.format(where=where, problem=problem))


def _parse_offsets(field_text: str, path: Path, line: int, text_len: int) -> tuple[Offsets, ...]:
    """``"271 276;280 290"`` -> ``((271, 276), (280, 290))``, checked against the text."""
    pieces = []
    for part in field_text.split(";"):
        bits = part.split()
        if len(bits) != 2 or not all(b.isdigit() for b in bits):
            raise _bad(path, line, f"offsets {part!r} are not two integers 'start end'")
        start, end = int(bits[0]), int(bits[1])
        if not 0 <= start <= end <= text_len:
            raise _bad(
                path,
                line,
                f"span {start}-{end} lies outside the text ({text_len} characters): the .ann "
                "file does not belong to this .txt, or the text was changed after annotation",
            )
        pieces.append((start, end))
    return tuple(pieces)


def read_ann(path: str | Path, text: str, doc: str | None = None) -> list[GoldAttribution]:
    """The attributions of one brat .ann file whose offsets point into ``text``.

    Only ``E`` lines whose trigger is one of :data:`ATTRIBUTION_TYPES` and that have a content
    span make a record; ``T`` spans no event uses (``Discard``, ``Discuss``) and annotator
    notes (``#`` lines) are skipped. Lines that are not annotation lines continue the text of
    a span crossing a line break and are ignored (the offsets are what counts).

    Args:
        path: the .ann file.
        text: the article the offsets point into.
        doc: the document name for the records; defaults to the file name without suffix.

    Raises:
        EvaluationError: naming file and line, for a malformed line, offsets beyond the text,
            or an ``E`` argument naming a span the file does not define.
    """
    path = Path(path)
    doc = doc if doc is not None else path.stem
    spans: dict[str, tuple[str, tuple[Offsets, ...]]] = {}
    events: list[tuple[int, str, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        head = _ANN_LINE.match(line)
        if head is None:
            continue
        ident = head.group(1)
        fields = line.split("\t")
        if ident.startswith("T"):
            kind_and_offsets = fields[1].split(" ", 1)
            if len(kind_and_offsets) != 2:
                raise _bad(path, number, f"span line {ident} has no offsets: {line!r}")
            spans[ident] = (
                kind_and_offsets[0],
                _parse_offsets(kind_and_offsets[1], path, number, len(text)),
            )
        elif ident.startswith("E"):
            events.append((number, ident, fields[1] if len(fields) > 1 else ""))
    return [
        record
        for number, ident, args in events
        if (record := _event(path, number, ident, args, spans, text, doc)) is not None
    ]


def _event(
    path: Path,
    number: int,
    ident: str,
    args: str,
    spans: Mapping[str, tuple[str, tuple[Offsets, ...]]],
    text: str,
    doc: str,
) -> GoldAttribution | None:
    """One ``E`` line as a record, or None when it is not an attribution with content."""
    roles: dict[str, list[Offsets]] = defaultdict(list)
    trigger = ""
    for n, arg in enumerate(args.split()):
        role, sep, target = arg.partition(":")
        if not sep:
            raise _bad(path, number, f"argument {arg!r} of {ident} is not ROLE:ID")
        if target not in spans:
            raise _bad(
                path,
                number,
                f"{ident} names span {target!r}, which no T line of the file defines",
            )
        if n == 0:
            trigger = role
            continue
        base = role.rstrip("0123456789")
        roles[base].extend(spans[target][1])
    if trigger not in ATTRIBUTION_TYPES or not roles[_CONTENT]:
        return None
    content = tuple(sorted(set(roles[_CONTENT])))
    return GoldAttribution(
        doc=doc,
        ann_id=ident,
        content=content,
        cues=tuple(sorted(set(roles[_CUE]))),
        sources=tuple(sorted(set(roles[_SOURCE]))),
        kind=gold_kind(text, content),
    )


def annotator_of(ann: Path, doc: str) -> str:
    """The annotator id of ``NAME_ANNOTATOR.ann``."""
    return ann.stem[len(doc) + 1 :]


def read_split(gold_dir: str | Path, *, limit: int | None = None) -> list[GoldDocument]:
    """Every article of a PolNeAR-style split: ``text/NAME.txt`` + ``attributions/NAME_ANN.ann``.

    A few PolNeAR articles were annotated by several annotators (for agreement studies). Their
    annotations are not merged (that would double-count every attribution): the one whose
    annotator id comes first in sort order is used, so that runs are repeatable.

    Args:
        gold_dir: the split directory.
        limit: read only the first ``limit`` articles (in name order).

    Raises:
        EvaluationError: when the directory layout is wrong, an .ann has no .txt, or an .ann
            file is bad (see :func:`read_ann`).
    """
    gold_dir = Path(gold_dir)
    text_dir, ann_dir = gold_dir / "text", gold_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise errors.EvaluationError(errors.EVAL_NOT_A_SPLIT.format(path=gold_dir))
    texts = {p.stem: p for p in text_dir.glob("*.txt")}
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        doc = _doc_of(ann, texts)
        if doc not in chosen:  # sorted: the first annotator id wins
            chosen[doc] = ann
    names = sorted(chosen)[:limit] if limit is not None else sorted(chosen)
    documents = []
    for name in names:
        text = texts[name].read_text(encoding="utf-8")
        ann = chosen[name]
        documents.append(
            GoldDocument(
                name=name,
                text=text,
                attributions=tuple(read_ann(ann, text, name)),
                ann_path=ann,
                annotator=annotator_of(ann, name),
            )
        )
    return documents


def _doc_of(ann: Path, texts: Mapping[str, Path]) -> str:
    """The document an .ann file annotates: its name less the ``_ANNOTATOR`` suffix."""
    name, sep, _annotator = ann.stem.rpartition("_")
    if sep and name in texts:
        return name
    if ann.stem in texts:  # a plain brat pair NAME.txt + NAME.ann
        return ann.stem
    raise _bad(
        ann,
        None,
        f"no text file {name or ann.stem}.txt in {ann.parent.parent / 'text'}: every "
        "NAME_ANNOTATOR.ann needs its NAME.txt",
    )


# --- quotation marks and kinds -------------------------------------------------------------
def _is_apostrophe(text: str, i: int) -> bool:
    """Whether the ``'`` or ``’`` at ``i`` is an apostrophe, not a quotation mark.

    Inside a word (``don’t``, ``Clinton’s``) it is; so is the possessive of a plural
    (``voters’ preferences``): an ``s`` before it and no letter after it.
    """
    if text[i] not in "'’":
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or (before in "sS" and not after.isalnum()))


def quote_mark_positions(text: str) -> list[int]:
    """Positions of the quotation marks of ``text``, apostrophes left out."""
    return [i for i, c in enumerate(text) if c in QUOTE_MARKS and not _is_apostrophe(text, i)]


def _all_quoted(piece: str) -> bool:
    """Whether ``piece`` (stripped) is one quotation: it opens at its first character and the
    quotation opened there closes at its last (before trailing punctuation such as ``”.``).

    Typists' slips are tolerated, as readers do: a double quotation may open with ``”`` and
    close with ``"`` or ``“``; only marks of the opener's family (double or single) close it.
    Inside it, an opening curly mark of the same family nests one level deeper.
    """
    core = piece.strip().rstrip(_AFTER_CLOSE + " ")
    if len(core) < 2 or core[0] not in _FAMILY:
        return False
    family = _FAMILY[core[0]]
    depth = 1
    for i in range(1, len(core)):
        c = core[i]
        if _FAMILY.get(c) != family or _is_apostrophe(core, i):
            continue
        last = i == len(core) - 1
        if c in _NESTS and not last:
            depth += 1
            continue
        depth -= 1
        if depth == 0:
            return last
    return False


def gold_kind(text: str, pieces: Sequence[Offsets]) -> str:
    """The kind of a content: ``direct``, ``mixed`` or ``indirect``.

    ``direct`` when every piece, stripped of spaces, is entirely inside quotation marks (a
    quotation split by its cue, ``“A,” she said, “B.”``, is one direct content in two pieces);
    ``mixed`` when it holds quotation marks (apostrophes not counted, see
    :func:`_is_apostrophe`); ``indirect`` otherwise.
    """
    chunks = [text[a:b] for a, b in pieces if text[a:b].strip()]
    if chunks and all(_all_quoted(c) for c in chunks):
        return DIRECT
    if any(quote_mark_positions(c) for c in chunks):
        return MIXED
    return INDIRECT


# --- normalisation -------------------------------------------------------------------------
def normalise(text: str, pieces: Iterable[Offsets]) -> frozenset[int]:
    """The character positions a claim covers, for matching.

    Each piece loses quotation marks and whitespace at both edges and ``,.`` at its right
    edge (repeatedly: ``,”`` and ``.”`` go too), because whether these are inside a span is an
    annotation convention, not a difference in what was claimed. The pieces' positions are
    then united, so overlapping pieces count once.
    """
    positions: set[int] = set()
    left_strip = QUOTE_MARKS + "'"
    right_strip = left_strip + _TRAILING
    for start, end in pieces:
        start, end = max(start, 0), min(end, len(text))
        while start < end and (text[start].isspace() or text[start] in left_strip):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in right_strip):
            end -= 1
        positions.update(range(start, end))
    return frozenset(positions)


# --- predictions ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Predicted:
    """One row of a claims table, as the scorer needs it."""

    doc: str
    quote_id: int
    spans: tuple[Offsets, ...]
    kind: str
    speaker: Offsets | None
    speaker_mention: str | None
    cue: str | None
    rule: str


def _na(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def predictions_from_frame(claims: pd.DataFrame) -> dict[str, list[Predicted]]:
    """Claims table rows grouped by ``doc_id``; uses ``spans``, ``speaker_start/end``, ``kind``."""
    missing = [
        c
        for c in ("doc_id", "spans", "kind", "speaker_start", "speaker_end")
        if c not in claims.columns
    ]
    if missing:
        raise errors.EvaluationError(errors.EVAL_BAD_CLAIMS.format(missing=", ".join(missing)))
    out: dict[str, list[Predicted]] = defaultdict(list)
    columns = claims.columns
    for n, row in enumerate(claims.itertuples(index=False)):
        get = dict(zip(columns, row, strict=True))
        s_start, s_end = get["speaker_start"], get["speaker_end"]
        speaker = None if _na(s_start) or _na(s_end) else (int(s_start), int(s_end))
        doc = str(get["doc_id"])
        out[doc].append(
            Predicted(
                doc=doc,
                quote_id=int(get.get("quote_id", n)) if not _na(get.get("quote_id")) else n,
                spans=tuple((int(a), int(b)) for a, b in get["spans"]),
                kind=str(get["kind"]),
                speaker=speaker,
                speaker_mention=None
                if _na(get.get("speaker_mention"))
                else str(get["speaker_mention"]),
                cue=None if _na(get.get("cue")) else str(get["cue"]),
                rule="" if _na(get.get("rule")) else str(get["rule"]),
            )
        )
    return dict(out)


# --- matching ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Pair:
    """A predicted claim matched to a gold attribution.

    Attributes:
        overlap: shared character positions after :func:`normalise`.
        jaccard: ``overlap`` over the size of the union of both position sets.
        speaker_right: whether the predicted speaker mention overlaps a gold Source span;
            None when the gold attribution has no Source.
    """

    gold: GoldAttribution
    predicted: Predicted
    overlap: int
    jaccard: float
    speaker_right: bool | None

    @property
    def doc(self) -> str:
        return self.gold.doc


@dataclass(frozen=True, slots=True)
class Unmatched:
    """A false negative (gold) or false positive (predicted), with what error analysis needs.

    Attributes:
        doc: the document name.
        spans: the claim's pieces.
        kind: gold kind (false negatives) or predicted kind (false positives).
        text: the claim's words, pieces joined by a space, cut at :data:`SNIPPET` characters.
        cue: gold cue text, or the predicted ``cue`` column.
        source: gold Source text, or the predicted ``speaker_mention``.
        rule: the predicted ``rule`` (empty for gold).
    """

    doc: str
    spans: tuple[Offsets, ...]
    kind: str
    text: str
    cue: str | None
    source: str | None
    rule: str = ""


def _overlaps(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def speaker_right(gold: GoldAttribution, predicted: Predicted) -> bool | None:
    """Whether the predicted speaker mention overlaps any gold Source span (None: no Source)."""
    if not gold.sources:
        return None
    if predicted.speaker is None:
        return False
    return any(_overlaps(predicted.speaker, s) for s in gold.sources)


def match(
    gold: Sequence[frozenset[int]],
    predicted: Sequence[frozenset[int]],
    *,
    min_jaccard: float = 0.0,
) -> list[tuple[int, int, int, float]]:
    """One-to-one matching of gold and predicted position sets, greedy by overlap size.

    Every pair that shares a position (and reaches ``min_jaccard``) is a candidate; the pairs
    are taken largest overlap first (ties: larger Jaccard, then text order), skipping any whose
    gold or prediction is already taken. Greedy rather than optimal assignment because it is
    simple to explain, and on claims (which seldom overlap one another) the two agree.

    Returns:
        ``(gold_index, predicted_index, overlap, jaccard)`` for each matched pair.
    """
    bounds = [(min(p), max(p)) if p else (0, -1) for p in predicted]
    candidates = []
    for gi, g in enumerate(gold):
        if not g:
            continue
        g_lo, g_hi = min(g), max(g)
        for pi, p in enumerate(predicted):
            lo, hi = bounds[pi]
            if hi < g_lo or lo > g_hi:
                continue
            overlap = len(g & p)
            if not overlap:
                continue
            jaccard = overlap / len(g | p)
            if jaccard >= min_jaccard:
                candidates.append((-overlap, -jaccard, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for neg_overlap, neg_jaccard, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi, -neg_overlap, -neg_jaccard))
    return pairs


# --- scores --------------------------------------------------------------------------------
def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    """The scores of one evaluation run (see docs/evaluation.md for each).

    Counts come with every ratio so that runs can be pooled and checked. Ratios with a zero
    denominator are 0.0.
    """

    n_docs: int
    n_gold: int
    n_predicted: int
    lenient_tp: int
    lenient_precision: float
    lenient_recall: float
    lenient_f1: float
    strict_tp: int
    strict_precision: float
    strict_recall: float
    strict_f1: float
    speaker_pairs: int
    speaker_right: int
    speaker_accuracy: float
    e2e_tp: int
    e2e_precision: float
    e2e_recall: float
    e2e_f1: float
    gold_direct: int
    gold_mixed: int
    gold_indirect: int
    recall_direct: float
    recall_mixed: float
    recall_indirect: float

    def as_dict(self) -> dict[str, float | int]:
        """Every field by name, for JSON and DataFrames."""
        return asdict(self)

    def bars(self, bars: Mapping[str, float] = BARS) -> dict[str, tuple[float, float, bool]]:
        """``{score: (value, bar, passed)}`` for each bar (default: issue 2's :data:`BARS`)."""
        values = self.as_dict()
        return {name: (float(values[name]), bar, values[name] >= bar) for name, bar in bars.items()}

    def __str__(self) -> str:
        rows = [
            f"documents {self.n_docs}, gold attributions {self.n_gold} "
            f"(direct {self.gold_direct}, mixed {self.gold_mixed}, "
            f"indirect {self.gold_indirect}), predicted claims {self.n_predicted}",
            "               precision  recall     F1   (matched)",
            f"  lenient        {self.lenient_precision:7.3f} {self.lenient_recall:7.3f} "
            f"{self.lenient_f1:6.3f}   ({self.lenient_tp})",
            f"  strict         {self.strict_precision:7.3f} {self.strict_recall:7.3f} "
            f"{self.strict_f1:6.3f}   ({self.strict_tp})",
            f"  end-to-end     {self.e2e_precision:7.3f} {self.e2e_recall:7.3f} "
            f"{self.e2e_f1:6.3f}   ({self.e2e_tp})",
            f"  speaker accuracy {self.speaker_accuracy:.3f} "
            f"({self.speaker_right} of {self.speaker_pairs} matched claims with a gold source)",
            f"  recall by kind: direct {self.recall_direct:.3f}, mixed {self.recall_mixed:.3f}, "
            f"indirect {self.recall_indirect:.3f}",
        ]
        return "\n".join(rows)


@dataclass(frozen=True, eq=False)
class EvaluationReport:
    """Scores plus everything needed to analyse the errors behind them.

    Attributes:
        scores: the :class:`Scores`.
        pairs: lenient matches (strict ones are those with ``jaccard >= 0.5`` found by the
            strict matching; see :func:`score`).
        false_negatives: gold attributions no prediction matched leniently.
        false_positives: predictions that matched no gold attribution leniently.
        claims: the scored claims table.
        seconds: wall time of the extraction (0.0 when the claims were given).
        words: whitespace-separated words of the texts, for words/s.
    """

    scores: Scores
    pairs: tuple[Pair, ...]
    false_negatives: tuple[Unmatched, ...]
    false_positives: tuple[Unmatched, ...]
    claims: pd.DataFrame = field(repr=False)
    seconds: float = 0.0
    words: int = 0

    @property
    def words_per_second(self) -> float:
        return _ratio(self.words, self.seconds)

    def as_dict(self) -> dict[str, Any]:
        """The scores, plus words, seconds and words/s."""
        out: dict[str, Any] = self.scores.as_dict()
        out.update(
            words=self.words, seconds=round(self.seconds, 3), words_per_second=self.words_per_second
        )
        return out

    def __str__(self) -> str:
        speed = (
            f"\n  {self.words} words in {self.seconds:.1f} s: {self.words_per_second:,.0f} words/s"
            if self.seconds
            else ""
        )
        return f"{self.scores}{speed}"


def snippet(text: str, pieces: Iterable[Offsets], limit: int = SNIPPET) -> str:
    """The words of ``pieces`` joined by a space, cut to ``limit`` characters."""
    words = " ".join(text[a:b] for a, b in pieces).replace("\n", " ")
    return words if len(words) <= limit else words[: limit - 1] + "…"


def _gold_unmatched(doc: GoldDocument, gold: GoldAttribution) -> Unmatched:
    return Unmatched(
        doc=doc.name,
        spans=gold.content,
        kind=gold.kind,
        text=snippet(doc.text, gold.content),
        cue=snippet(doc.text, gold.cues) if gold.cues else None,
        source=snippet(doc.text, gold.sources) if gold.sources else None,
    )


def _predicted_unmatched(doc: GoldDocument, p: Predicted) -> Unmatched:
    return Unmatched(
        doc=doc.name,
        spans=p.spans,
        kind=p.kind,
        text=snippet(doc.text, p.spans),
        cue=p.cue,
        source=p.speaker_mention,
        rule=p.rule,
    )


@dataclass
class _Tally:
    """Counts pooled over documents, turned into :class:`Scores` at the end."""

    docs: int = 0
    gold: int = 0
    predicted: int = 0
    lenient: int = 0
    strict: int = 0
    speaker_pairs: int = 0
    speaker_right: int = 0
    e2e: int = 0
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    found_by_kind: Counter[str] = field(default_factory=Counter)

    def scores(self) -> Scores:
        def prf(tp: int) -> tuple[float, float, float]:
            p, r = _ratio(tp, self.predicted), _ratio(tp, self.gold)
            return p, r, _f1(p, r)

        lp, lr, lf = prf(self.lenient)
        sp, sr, sf = prf(self.strict)
        ep, er, ef = prf(self.e2e)
        g, f = self.gold_by_kind, self.found_by_kind
        return Scores(
            n_docs=self.docs,
            n_gold=self.gold,
            n_predicted=self.predicted,
            lenient_tp=self.lenient,
            lenient_precision=lp,
            lenient_recall=lr,
            lenient_f1=lf,
            strict_tp=self.strict,
            strict_precision=sp,
            strict_recall=sr,
            strict_f1=sf,
            speaker_pairs=self.speaker_pairs,
            speaker_right=self.speaker_right,
            speaker_accuracy=_ratio(self.speaker_right, self.speaker_pairs),
            e2e_tp=self.e2e,
            e2e_precision=ep,
            e2e_recall=er,
            e2e_f1=ef,
            gold_direct=g[DIRECT],
            gold_mixed=g[MIXED],
            gold_indirect=g[INDIRECT],
            recall_direct=_ratio(f[DIRECT], g[DIRECT]),
            recall_mixed=_ratio(f[MIXED], g[MIXED]),
            recall_indirect=_ratio(f[INDIRECT], g[INDIRECT]),
        )


def score(
    gold: Sequence[GoldDocument],
    claims: pd.DataFrame,
    *,
    seconds: float = 0.0,
    nested: bool = True,
) -> EvaluationReport:
    """Score a claims table against gold documents.

    Per document, gold contents and predicted claims become position sets
    (:func:`normalise`) and are matched one-to-one (:func:`match`) twice: leniently (any shared
    position) and strictly (Jaccard >= :data:`STRICT_JACCARD`). Claims whose ``doc_id`` is
    not a gold document's name are ignored, so a table of a whole corpus can be scored
    against a part of it.

    Args:
        gold: the gold documents (:func:`read_split`).
        claims: a claims table (docs/schema.md); ``doc_id`` must be the gold document's name.
        seconds: wall time of the extraction, kept for words/s.
        nested: score the claims held inside another claim's content (``nested_in``) too;
            False leaves them out, as PolNeAR annotates no claim inside another.
    """
    by_doc = predictions_from_frame(without_nested(claims) if not nested else claims)
    tally = _Tally()
    pairs: list[Pair] = []
    misses: list[Unmatched] = []
    extras: list[Unmatched] = []
    for doc in gold:
        predicted = by_doc.get(doc.name, [])
        g_sets = [normalise(doc.text, a.content) for a in doc.attributions]
        p_sets = [normalise(doc.text, p.spans) for p in predicted]
        tally.docs += 1
        tally.gold += len(g_sets)
        tally.predicted += len(p_sets)
        tally.gold_by_kind.update(a.kind for a in doc.attributions)
        tally.strict += len(match(g_sets, p_sets, min_jaccard=STRICT_JACCARD))
        lenient = match(g_sets, p_sets)
        for gi, pi, overlap, jaccard in sorted(lenient):  # pairs in gold order
            g, p = doc.attributions[gi], predicted[pi]
            right = speaker_right(g, p)
            pairs.append(Pair(g, p, overlap, jaccard, right))
            tally.lenient += 1
            tally.found_by_kind[g.kind] += 1
            if right is not None:
                tally.speaker_pairs += 1
                tally.speaker_right += right
            tally.e2e += right is not False
        matched_g = {gi for gi, *_ in lenient}
        matched_p = {pi for _, pi, *_ in lenient}
        misses.extend(
            _gold_unmatched(doc, a) for i, a in enumerate(doc.attributions) if i not in matched_g
        )
        extras.extend(
            _predicted_unmatched(doc, p) for i, p in enumerate(predicted) if i not in matched_p
        )
    return EvaluationReport(
        scores=tally.scores(),
        pairs=tuple(pairs),
        false_negatives=tuple(misses),
        false_positives=tuple(extras),
        claims=claims,
        seconds=seconds,
        words=sum(count_words(d.text) for d in gold),
    )


def without_nested(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims that no other claim's content holds (``nested_in`` is NA)."""
    if "nested_in" not in claims.columns:
        return claims
    return claims[claims["nested_in"].isna()]


def count_words(text: str) -> int:
    """Whitespace-separated words: the unit of words/s, the same for every system."""
    return len(text.split())


# --- running an extractor ------------------------------------------------------------------
def extract_documents(
    documents: Sequence[GoldDocument], extractor: Any, *, batch_size: int = 32
) -> tuple[pd.DataFrame, float]:
    """The claims table of the gold texts (``doc_id`` = document name) and its wall time."""
    from quotes.table import claims_table, empty_table

    texts = [d.text for d in documents]
    started = time.perf_counter()
    frames = [
        claims_table(doc.name, doc.text, claims)
        for doc, claims in zip(
            documents, extractor.iter_claims(texts, batch_size=batch_size), strict=True
        )
    ]
    seconds = time.perf_counter() - started
    frames = [f for f in frames if len(f)]
    table = pd.concat(frames, ignore_index=True) if frames else empty_table()
    return table, seconds


def evaluate(
    gold_dir: str | Path,
    extractor: Any = None,
    *,
    limit: int | None = None,
    batch_size: int = 32,
    nested: bool = True,
) -> EvaluationReport:
    """Run an Extractor over every text of a PolNeAR-style split and score its claims.

    Args:
        gold_dir: a directory with ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``.
        extractor: a :class:`quotes.Extractor`; None loads the default one.
        limit: evaluate only the first ``limit`` articles (in name order).
        batch_size: texts per parser batch.
        nested: score nested claims too (see :func:`score`).
    """
    documents = read_split(gold_dir, limit=limit)
    if extractor is None:
        from quotes.extractor import Extractor

        extractor = Extractor()
    claims, seconds = extract_documents(documents, extractor, batch_size=batch_size)
    return score(documents, claims, seconds=seconds, nested=nested)


# --- command line --------------------------------------------------------------------------
def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``quotes evaluate`` (and ``python -m quotes.evaluate``)."""
    parser.add_argument(
        "gold_dir",
        metavar="GOLD_DIR",
        type=Path,
        help="a PolNeAR-style split: GOLD_DIR/text/*.txt and GOLD_DIR/attributions/*.ann",
    )
    parser.add_argument(
        "--limit", type=int, default=None, metavar="N", help="only the first N articles"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--no-nested",
        dest="nested",
        action="store_false",
        help="leave out claims held inside another claim's content (nested_in), as PolNeAR "
        "annotates none",
    )
    parser.add_argument(
        "--backend", default="spacy", choices=("spacy", "stanza"), help="the parser backend"
    )
    parser.add_argument(
        "--model", default=None, help="the backend's model (a spaCy pipeline name or path)"
    )


def run(args: argparse.Namespace) -> int:
    """Evaluate as ``args`` say and print the scores; 0 on success, 2 on bad gold data."""
    from quotes.extractor import Extractor

    try:
        documents = read_split(args.gold_dir, limit=args.limit)
    except errors.EvaluationError as error:
        print(error, file=sys.stderr)
        return 2
    extractor = Extractor(backend=args.backend, model=args.model)
    claims, seconds = extract_documents(documents, extractor)
    report = score(documents, claims, seconds=seconds, nested=args.nested)
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(report)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quotes.evaluate GOLD_DIR [--limit N] [--json]``."""
    parser = argparse.ArgumentParser(
        prog="python -m quotes.evaluate",
        description="Score quotes against brat-annotated gold attributions (PolNeAR).",
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())

"""Failures the property hunt found (tests/test_properties.py, benchmarks/robustness.py), each
pinned with its reduced text, and the cost of a content over thousands of quotations."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotes.claims import _mark_range, _merge_spans, _word_outside, kind_of
from quotes.invariants import violations
from quotes.marks import Quotation


def test_according_to_keeps_its_source_when_a_full_stop_hangs_on_according(extractor) -> None:  # type: ignore[no-untyped-def]
    """The parser hung the "." after "Nakamura" as the object of "according": the phrase's
    object is the name under "to", not the full stop."""
    text = (
        "“the plan,” Ana Ruiz said. the 1990s according to Dr. Mei Nakamura. "
        "will fail said Ana Ruiz."
    )
    table = extractor.extract(text)
    assert violations(text, table) == []
    according = table[table["cue"] == "according to"]
    assert list(according["speaker_mention"]) == ["Dr. Mei Nakamura"]


def test_a_gap_sentence_of_only_an_intermediary_parts_the_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    """The table has no offsets for the intermediary ("according to U.S."), so a claim may
    not skip a sentence that holds nothing else: it comes out in two claims."""
    text = "He said that ) according to U.S.. «! , the plan»"
    table = extractor.extract(text)
    assert violations(text, table) == []
    assert all(len(spans) == 1 for spans in table["spans"])


def _naive_kind(text: str, content: list[tuple[int, int]], quotations: list[Quotation]) -> str:
    """The definition: mixed when a letter of the content lies outside every quotation that
    the content meets (marks included), direct when none does, indirect with no quotation."""
    hits = [q for q in quotations if any(q.end > a and q.start < b for a, b in content)]
    if not hits:
        return "indirect"
    ranges = [
        (q.open_mark if q.open_mark is not None else q.start,
         q.close_mark + 1 if q.close_mark is not None else q.end)
        for q in hits
    ]  # fmt: skip
    outside = any(
        text[i].isalnum() and not any(x <= i < y for x, y in ranges)
        for a, b in content
        for i in range(a, b)
    )
    return "mixed" if outside else "direct"


def _quotations(text: str) -> list[Quotation]:
    """The “...” quotations of ``text`` (no nesting), as the marks module gives them."""
    out, i = [], text.find("“")
    while i >= 0:
        j = text.find("”", i + 1)
        if j < 0:
            break
        if j > i + 1:
            out.append(Quotation(i + 1, j, i, j, 0))
        i = text.find("“", j + 1)
    return out


@given(
    parts=st.lists(st.sampled_from(["“", "”", "we", "won", " ", ",", "x"]), max_size=30),
    cuts=st.lists(st.integers(0, 60), min_size=2, max_size=6),
)
def test_kind_of_agrees_with_its_definition(parts: list[str], cuts: list[int]) -> None:
    text = "".join(parts)
    points = sorted({min(c, len(text)) for c in cuts})
    content = [(a, b) for a, b in zip(points[::2], points[1::2], strict=False) if a < b]
    quotations = _quotations(text)
    assert kind_of(text, content, quotations)[0] == _naive_kind(text, content, quotations)


class _CountingQuotations(list):  # type: ignore[type-arg]
    """A list of quotations that counts how often one is read: the work ``kind_of`` does,
    counted instead of timed (a timing in a test is noise on a loaded machine)."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        _CountingQuotations.reads += 1
        return super().__getitem__(index)


def test_a_content_over_thousands_of_quotations_costs_its_length() -> None:
    """Each character was tested against each quotation it met: a content over a paragraph of
    20,000 short quotations took hours. Now each quotation is read a bounded number of times,
    so ten times the quotations cost ten times the reads, not a hundred."""
    reads = []
    for n in (2_000, 20_000):
        text = " ".join("said “we won”" for _ in range(n))
        quotations = _CountingQuotations(_quotations(text))
        _CountingQuotations.reads = 0
        kind, hits = kind_of(text, [(0, len(text))], quotations)
        assert (kind, len(hits)) == ("mixed", n)
        reads.append(_CountingQuotations.reads)
    assert reads[1] <= 12 * reads[0]
    assert reads[1] <= 10 * 20_000
    # the gaps between the quotations are walked once: each range read a bounded number of
    # times, where testing each character against each range read them all per character
    text = " ".join("said “we won”" for _ in range(20_000))
    ranges = _CountingQuotations(_merge_spans([_mark_range(q) for q in _quotations(text)]))
    _CountingQuotations.reads = 0
    assert _word_outside(text, 0, len(text), ranges) is True
    assert _CountingQuotations.reads <= 40
    padded = " ".join("“we won”" for _ in range(20_000))
    ranges = _CountingQuotations(_merge_spans([_mark_range(q) for q in _quotations(padded)]))
    _CountingQuotations.reads = 0
    assert _word_outside(padded, 0, len(padded), ranges) is False
    assert _CountingQuotations.reads <= 10 * len(ranges)

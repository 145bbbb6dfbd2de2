"""Find claims: quotations and reported speech, with their cues and source mentions.

The stages, in order (each a function below):

1. :func:`quotes.marks.find_quotations` pairs the quotation marks of the raw text.
2. :func:`quotes.claims.reported.find_reported` finds every cue verb with a complement in the
   parse (speech, intention, speech act, interrupting clause, ``according to``, ``quoted ...
   as saying``), then the cues that are no verb of saying (:mod:`quotes.claims.stance`: a
   poll's "in" frame, stance participles and nouns, nouns of intention, "reportedly"; and
   :mod:`quotes.claims.nominal`: a stance received, a view's that-clause, a stance's holder).
3. :func:`classify` sets each candidate's kind against the quotations: ``direct`` when all its
   words are quoted (it then takes the whole quotation), ``mixed`` when it holds quoted and
   unquoted words, ``indirect`` otherwise; a cue inside a quotation belongs to that quotation
   ("I think", "he says" spoken by the quoted person) and makes no claim of its own.
4. :func:`attach_quotations` gives the quotations no verb claimed a cue from the text around
   them (:mod:`quotes.claims.direct`), or continues the previous paragraph's speaker.
5. :func:`join_split_quotes` makes ``“A,” X said, “B.”`` one claim in two pieces.
6. :func:`quotes.claims.boundaries.end_before_trailing_claims` ends an indirect content before
   a claim of another speaker that trails inside it ("A said X, and B said Y"), and cuts a
   coordinator left dangling at a content's end.
7. :func:`quotes.claims.inner.inner_claims` finds the quotations inside a claim's quotation
   that a cue inside it attributes (“He told me, ‘Never sign,’” she said): nested claims.
8. :func:`to_records` turns candidates into :class:`quotes.records.Claim` records, each sealed
   (:mod:`quotes.claims.integrity`: no piece skips words of what was said) and given its act
   (:mod:`quotes.claims.acts`: statement, question, belief, intention, finding, refusal).

Not claims: quotations with no cue and no continuation (titles, scare quotes), cues inside
quotations, cues inside a question (a question asserts nothing), and cues that are part of the
claim whose words hold them (:func:`drop_self_reports`). A claim's content ends within its
paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quotes.claims.acts import act_of
from quotes.claims.boundaries import end_before_trailing_claims
from quotes.claims.candidates import RULE_PRIORS, Candidate, PieceOf
from quotes.claims.cues import RELATIVE_PRONOUNS, Lexicons, runs
from quotes.claims.direct import (
    action_beat,
    colon_source,
    dash_source,
    headline_colon,
    headline_dash_source,
    headline_paragraphs,
    headline_quote,
    headline_said_after,
    headline_said_before,
    is_nickname,
    is_short_turn,
    paragraph_before,
    passive_author,
    quoted_complement,
    reread_headline_verbs,
    said_after,
    said_before,
    said_in_unclosed,
    signature_line,
    signed_unclosed,
    teaser_headlines,
    transcript_lines,
    verb_after,
    window_after,
    window_before,
)
from quotes.claims.inner import inner_claims
from quotes.claims.integrity import seal
from quotes.claims.reported import find_reported
from quotes.document import Document, Token
from quotes.marks import Quotation, find_quotations
from quotes.records import DIRECT, INDIRECT, MIXED, Claim

__all__ = ["find_claims", "Lexicons"]

_LEXICONS: dict[str, Lexicons] = {}


def lexicons(lang: str = "en") -> Lexicons:
    if lang not in _LEXICONS:
        _LEXICONS[lang] = Lexicons.load(lang)
    return _LEXICONS[lang]


def find_claims(document: Document, lang: str = "en") -> list[Claim]:
    """All claims of a parsed document, in text order, speakers not yet resolved."""
    if not document.tokens:
        return []
    lex = lexicons(lang)
    quotations = find_quotations(document.text, document.paragraphs)
    quotations = [q for q in quotations if not is_nickname(document, q)]
    candidates = find_reported(document, lex, quotations)
    candidates = classify(document, reread_headline_verbs(document, candidates), quotations)
    candidates += transcript_turns(document, quotations)
    candidates = with_headline_dash_sources(document, quotations, candidates)
    candidates += headline_reports(document, quotations, candidates, lex)
    candidates += attach_quotations(document, quotations, candidates, lex)
    candidates = join_split_quotes(document, candidates, quotations)
    candidates = join_same_cue(document, dedupe(candidates), quotations)
    candidates = drop_anonymity_requests(document, candidates)
    candidates = drop_teasers(document, candidates)
    end_before_trailing_claims(document, candidates)
    # a cut (a trailing claim's, a turn's) may leave a content with no words: no claim
    candidates = [c for c in candidates if c.content]
    candidates = drop_self_reports(document, candidates)
    candidates += inner_claims(document, quotations, candidates, lex)
    return to_records(document, sorted(candidates, key=lambda c: (c.start, c.end)), quotations, lex)


def transcript_turns(doc: Document, quotations: Sequence[Quotation]) -> list[Candidate]:
    """Transcript lines (``NAME: words``) and a headline's ``NAME: clause``, which also own
    the quotations inside them."""
    out = []
    lines = transcript_lines(doc)
    for para in headline_paragraphs(doc):
        if not any(para.start_char <= c.start < para.end_char for c in lines):
            lines += headline_colon(doc, para)
    for line in lines:
        if is_short_turn(doc, line):
            continue  # "A: No!": a short turn holds no claim
        line.kind, line.quotations = kind_of(doc.text, line.content, quotations)
        line.confidence = RULE_PRIORS[line.rule if line.rule in RULE_PRIORS else "transcript_line"]
        out.append(line)
    return out


def with_headline_dash_sources(
    doc: Document, quotations: Sequence[Quotation], candidates: list[Candidate]
) -> list[Candidate]:
    """A headline ending in a dash and its source (``... - sources``:
    :func:`quotes.claims.direct.headline_dash_source`) is one claim of that source; a claim
    another rule found inside the content stays, nested in it, cut at the dash where it read
    the source as its own words ("Minister says taxes will rise - sources"); one whose cue or
    source is past the dash gives way."""
    out = list(candidates)
    for para in headline_paragraphs(doc):
        cand = headline_dash_source(doc, para)
        if cand is None:
            continue
        dash = doc[cand.verb].start
        out = [_cut_at(doc, c, dash) if _runs_past(c, dash, para.end_char) else c for c in out]
        out = [c for c in out if c.content]
        cand.kind, cand.quotations = kind_of(doc.text, cand.content, quotations)
        cand.confidence = RULE_PRIORS[cand.rule]
        out.append(cand)
    return out


def _cut_at(doc: Document, cand: Candidate, dash: int) -> Candidate:
    """``cand`` with its content ending before ``dash``; no content when its cue or source
    lies past the dash."""
    if any(doc[i].start >= dash for i in (*cand.cue, *cand.source)):
        return replace(cand, content=[])
    end = len(doc.text[:dash].rstrip())
    return replace(cand, content=[(a, min(b, end)) for a, b in cand.content if a < end])


def _runs_past(cand: Candidate, start: int, end: int) -> bool:
    """Whether a candidate's content reaches into ``start``-``end``."""
    return any(a < end and start < b for a, b in cand.content)


def headline_reports(
    doc: Document, quotations: Sequence[Quotation], found: Sequence[Candidate], lex: Lexicons
) -> list[Candidate]:
    """A headline's claim with its source after the last comma (``Taxes must rise, says
    IMF``: :func:`quotes.claims.direct.headline_said_after`), when no other rule found a
    claim in the headline (in each line of a list of headlines: ``headline_paragraphs``)."""
    out = []
    for para in headline_paragraphs(doc):
        if any(para.start_char <= c.start < para.end_char for c in found):
            continue
        cand = headline_said_after(doc, lex, para) or headline_said_before(doc, lex, para)
        if cand is None:
            continue
        cand.kind, cand.quotations = kind_of(doc.text, cand.content, quotations)
        cand.confidence = RULE_PRIORS[cand.rule]
        out.append(cand)
    return out


def _mark_range(q: Quotation) -> tuple[int, int]:
    """Characters a quotation covers, its marks included."""
    a = q.open_mark if q.open_mark is not None else q.start
    b = q.close_mark + 1 if q.close_mark is not None else q.end
    return a, b


def kind_of(
    text: str, content: list[tuple[int, int]], quotations: Sequence[Quotation]
) -> tuple[str, list[int]]:
    """The kind of a content against the quotations, and the quotations it overlaps.

    Quotations are in text order and do not overlap, so the ones a span meets are found by
    bisection: the cost stays linear in the document's length."""
    hits: list[int] = []
    for a, b in content:
        n = bisect.bisect_right(quotations, a, key=lambda q: q.end)
        while n < len(quotations) and quotations[n].start < b:
            if quotations[n].end > a and n not in hits:
                hits.append(n)
            n += 1
    hits.sort()
    if not hits:
        return INDIRECT, []
    ranges = _merge_spans([_mark_range(quotations[n]) for n in hits])
    unquoted = any(_word_outside(text, a, b, ranges) for a, b in content)
    return (MIXED if unquoted else DIRECT), hits


def _word_outside(text: str, a: int, b: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``text[a:b]`` has a letter or digit outside ``ranges`` (sorted, disjoint).

    The gaps between the ranges are walked once from the first range that reaches ``a``
    (bisection), so a content over a paragraph of thousands of quotations costs its length,
    not its length times the quotations (each character tested against each range was
    quadratic: 30 s for a 160 KB paragraph of opening marks)."""
    pos = a
    k = bisect.bisect_right(ranges, a, key=lambda r: r[1])
    while k < len(ranges) and ranges[k][0] < b:
        x, y = ranges[k]
        if any(ch.isalnum() for ch in text[pos : min(x, b)]):
            return True
        pos = max(pos, y)
        k += 1
    return any(ch.isalnum() for ch in text[pos:b])


def classify(
    doc: Document, candidates: list[Candidate], quotations: Sequence[Quotation]
) -> list[Candidate]:
    """Set kind and spans of the verb-driven candidates; drop cues inside quotations."""
    out = []
    for cand in candidates:
        if cand.verb >= 0 and _in_quotation(doc[cand.verb].start, quotations):
            continue
        kind, hits = kind_of(doc.text, cand.content, quotations)
        cand.kind = kind
        cand.quotations = hits
        cand.confidence = RULE_PRIORS[cand.rule]
        if kind == DIRECT:
            cand.content = [(quotations[n].start, quotations[n].end) for n in hits]
        elif kind == MIXED:
            cand.content = _with_quoted_words(cand.content, hits, quotations)
        out.append(cand)
    return out


def _in_quotation(pos: int, quotations: Sequence[Quotation]) -> bool:
    """Whether character ``pos`` lies inside a quotation, its marks included (bisection over
    the quotations, which are in text order)."""
    n = bisect.bisect_right(quotations, pos, key=lambda q: _mark_range(q)[1])
    return n < len(quotations) and _mark_range(quotations[n])[0] <= pos


def _with_quoted_words(
    content: list[tuple[int, int]], hits: list[int], quotations: Sequence[Quotation]
) -> list[tuple[int, int]]:
    """A mixed content widened to hold each quotation it touches whole, marks included, so no
    mark is left unpaired; a repaired quotation (a mark missing) may run to its paragraph's
    end, so it is not widened to."""
    ranges = [_mark_range(quotations[n]) for n in hits if not quotations[n].repaired]
    return _merge_spans(list(content) + ranges)


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, with the touching or overlapping ones joined."""
    spans = sorted(spans)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def attach_quotations(
    doc: Document, quotations: Sequence[Quotation], candidates: list[Candidate], lex: Lexicons
) -> list[Candidate]:
    """Claims for the quotations that no cue verb claimed, from the words around them; a
    quotation that opens a sentence or a paragraph right after a sourced claim continues it."""
    used = {n for c in candidates for n in c.quotations}
    out = signed_paragraphs(doc, quotations, used)
    for signed in out:
        used.update(signed.quotations)
    sourced = sorted((c for c in [*candidates, *out] if c.source), key=lambda c: c.start)
    claimed = {i for c in [*candidates, *out] for i in _claim_tokens(doc, c)}
    for n, q in enumerate(quotations):
        if n in used:
            continue
        next_start = len(doc.text)
        if n + 1 < len(quotations):
            nq = quotations[n + 1]
            next_start = nq.open_mark if nq.open_mark is not None else nq.start
        prev_end = _mark_range(quotations[n - 1])[1] if n > 0 else 0
        after = window_after(doc, q, next_start)
        before = window_before(doc, q, prev_end)
        cand = (
            said_after(doc, q, after, lex)
            or dash_source(doc, q, after)
            or signature_line(doc, q, after)
            or signed_unclosed(doc, q)
            or said_in_unclosed(doc, q, lex)
            or headline_quote(doc, q, after)
            or _split_quotation(doc, q, before, sourced)
            or said_before(doc, q, before, lex)
            or colon_source(doc, q, before)
            or paragraph_before(doc, q, lex)
            or verb_after(doc, q, after, lex)
            or passive_author(doc, q, after, lex)
            or action_beat(doc, q, before, claimed)
            or _continuation(doc, q, sourced)
            or quoted_complement(doc, q)
        )
        if cand is None:
            continue
        if isinstance(cand, PieceOf):
            cand.claim.content = sorted(cand.claim.content + [(q.start, q.end)])
            claimed.update(doc.tokens_in(q.start, q.end))
            cand.claim.quotations.append(n)
            used.add(n)
            continue
        if cand.rule == "quoted_complement":
            cand.kind, cand.quotations = kind_of(doc.text, cand.content, quotations)
            if cand.kind == MIXED:
                cand.content = _with_quoted_words(cand.content, cand.quotations, quotations)
            if any(m in used for m in cand.quotations):
                continue
        else:
            cand.kind = DIRECT
            cand.quotations = [n]
        cand.confidence = RULE_PRIORS[cand.rule]
        out.append(cand)
        claimed.update(_claim_tokens(doc, cand))
        used.update(cand.quotations)
        if cand.source:
            bisect.insort(sourced, cand, key=lambda c: c.start)
    return out


def signed_paragraphs(
    doc: Document, quotations: Sequence[Quotation], used: set[int]
) -> list[Candidate]:
    """``“A.” “B.” ― Name.``: a paragraph of quotations signed with a dash and a name at its
    end (reader comments, lists of voices) is one claim by that name, all its quotations in
    pieces."""
    by_para: dict[int, list[int]] = {}
    for n, q in enumerate(quotations):
        by_para.setdefault(q.paragraph, []).append(n)
    out = []
    for para, members in by_para.items():
        last = members[-1]
        if last in used or len(members) < 2:
            continue
        q = quotations[last]
        end = doc.paragraphs[para].end_char
        cand = dash_source(doc, q, window_after(doc, q, end))
        if cand is None:
            continue
        free = [n for n in members if n not in used]
        cand.content = [(quotations[n].start, quotations[n].end) for n in free]
        cand.quotations = free
        cand.kind = DIRECT
        cand.confidence = RULE_PRIORS["dash_source"]
        out.append(cand)
    return out


def _claim_tokens(doc: Document, cand: Candidate) -> Iterator[int]:
    """The tokens of a candidate: its content, cue and source."""
    for a, b in cand.content:
        yield from doc.tokens_in(a, b)
    yield from cand.cue
    yield from cand.source


def _continuation(
    doc: Document, q: Quotation, sourced: list[Candidate]
) -> Candidate | PieceOf | None:
    """A quotation opening a paragraph, or a sentence, right after a sourced claim in the same
    or the previous paragraph continues that claim's source and cue (the news convention
    ``“A,” she said. “B.”`` and multi-paragraph quotes). After a quotation (a direct or mixed
    claim) it is one more piece of that claim; after an indirect claim, a claim of its own."""
    start = q.open_mark if q.open_mark is not None else q.start
    k = bisect.bisect_left(sourced, start, key=lambda c: c.start)
    earlier = [c for c in sourced[max(0, k - 8) : k] if c.end <= start]
    # a claim inside another's content ("Critics mocked it, calling it “a waste,” Anna said")
    # is not whom the next quotation continues: the outer speaker is
    outer = [c for c in earlier if not any(o is not c and _inside(c, o) for o in earlier)]
    # nor is a relative clause describing a source ("..., said Ann Lee, who has accused ...")
    outer = [c for c in outer if not _relative_source(doc, c)] or outer
    last = max(outer, key=lambda c: (c.end, c.start), default=None)
    if last is None or _names_a_thing(doc, q) or _opens_with_a_label(doc, q):
        return None
    last_para = doc[doc.token_at(last.start)].para
    opens = _opens_paragraph(doc, q)
    if opens:
        if last_para != q.paragraph - 1 and not q.continues:
            return None
    else:
        if last_para != q.paragraph:
            return None
        before = _before_open_mark(doc.text[doc.paragraphs[q.paragraph].start_char : start])
        if not before or before[-1] not in '.!?”"':
            return None
        between = doc.text[last.end : start]
        if len(between) > 80 and not _attribution_sentence(doc, last, start):
            return None
    # a quotation after a sentence that attributes another continues that one's speaker
    speaker = _attributed_quotation(doc, last, outer)
    if speaker.kind in (DIRECT, MIXED):
        # “A,” she said. “B.”, in the same paragraph or opening the next: one claim in several
        # pieces (docs/schema.md, `spans`), as PolNeAR's annotators join them (one attribution,
        # several content pieces). PolNeAR train, rules + layer: lenient F1 .809 -> .813, e2e
        # .742 -> .746, speaker .912 -> .913 (docs/benchmarks.md)
        return PieceOf(speaker)
    return Candidate(
        [(q.start, q.end)], list(speaker.cue), list(speaker.source), "continuation", verb=-1
    )


#: A capital label and a colon opening a quotation: a transcript's next turn ("LEE: ...") or a
#: clip played in it ("VIDEO: ..."), printed inside the marks.
_QUOTED_LABEL = re.compile(r"[A-Z][A-Z.'’ -]{1,30}:\s")


def _opens_with_a_label(doc: Document, q: Quotation) -> bool:
    """Whether a quotation opens with a transcript label of its own: it is that label's turn,
    no more of the claim before it (a quoted transcript, "“RAMOS: ... ¶ “VIDEO: ...")."""
    return _QUOTED_LABEL.match(doc.text, q.start) is not None


def _before_open_mark(text: str) -> str:
    """The text before a quotation, without the rest of its opening mark: a quotation opened
    with two apostrophes (``''We have ...''``, the New York Times' style) has its
    ``open_mark`` on the second one, so the first is still part of ``text``."""
    return text.rstrip().rstrip("'`").rstrip()


def _attribution_sentence(doc: Document, last: Candidate, start: int) -> bool:
    """Whether all that stands between a claim's end and a quotation at ``start`` is the rest
    of the sentence of that claim's cue: in "“A,” said Ann Lee, a nurse who has worked at the
    clinic since it opened. “B.”" the long description of the source is the attribution, not
    the writer's narration, so “B” still continues Ann Lee's words (PolNeAR annotates A and B
    as one content)."""
    if not last.cue:
        return False
    sent = doc[last.cue[0]].sent
    between = [
        i
        for i in doc.tokens_in(last.end, start)
        if doc[i].pos != "SPACE" and doc[i].text.strip("'`\"“”‘’")
    ]
    return bool(between) and all(doc[i].sent == sent for i in between)


#: What a quotation of spoken words ends with inside its marks (a title ends with none).
_SENTENCE_END = frozenset(".,!?;:—–-…")


def _split_quotation(
    doc: Document, q: Quotation, before: list[Token], sourced: list[Candidate]
) -> PieceOf | None:
    """``“A,” the coach told reporters, “and B.”``: a quotation right after the cue that
    attributed the quotation before it is that claim's second piece (docs/schema.md, `spans`)."""
    words = [t for t in before if t.pos != "SPACE"]
    if len(words) < 2 or words[-1].text != ",":
        return None
    verbs = {t.i for t in words}
    for cand in sourced:
        if cand.verb in verbs and cand.kind == DIRECT and cand.end <= words[0].start:
            return PieceOf(cand)
    return None


def _names_a_thing(doc: Document, q: Quotation) -> bool:
    """``“Burning Roads” was written by Tom Lane``: a quotation with no punctuation of its own
    whose sentence goes on to its main verb is a title or a word held up inside that sentence,
    not words a speaker goes on saying."""
    if q.close_mark is None or doc.text[q.start : q.close_mark].rstrip()[-1:] in _SENTENCE_END:
        return False
    close = doc.token_at(q.close_mark)
    if close >= len(doc):
        return False
    sent = doc.sentences[doc[close].sent]
    root = next((t for t in (doc[i] for i in range(sent.start, sent.end)) if t.head == t.i), None)
    return root is not None and root.start > q.close_mark and root.pos in ("VERB", "AUX")


def _attributed_quotation(doc: Document, last: Candidate, earlier: list[Candidate]) -> Candidate:
    """In ``“A,” said Ann Lee, using a term Tom Reed has used to describe the mayor. “B.”`` the
    claim made inside the attribution sentence (Reed's) is not whom “B” continues: the
    quotation that sentence attributes is."""
    if last.kind == DIRECT or last.verb < 0:
        return last
    sent = doc[last.verb].sent
    quoted = [
        c
        for c in earlier
        if c.kind == DIRECT and c.verb >= 0 and doc[c.verb].sent == sent and c.verb < last.verb
    ]
    return max(quoted, key=lambda c: c.verb) if quoted else last


def _relative_source(doc: Document, cand: Candidate) -> bool:
    return len(cand.source) == 1 and doc[cand.source[0]].lower in RELATIVE_PRONOUNS


def _inside(inner: Candidate, outer: Candidate) -> bool:
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and ((outer.start, outer.end) != (inner.start, inner.end))
    )


def _opens_paragraph(doc: Document, q: Quotation) -> bool:
    para = doc.paragraphs[q.paragraph]
    start = q.open_mark if q.open_mark is not None else q.start
    return doc.text[para.start_char : start].strip() == ""


def join_split_quotes(
    doc: Document, candidates: list[Candidate], quotations: Sequence[Quotation]
) -> list[Candidate]:
    """``“A,” X said, “B.”``: one claim in two pieces. Two direct candidates with one cue
    verb merge; a direct claim takes the next free quotation when only its own source, cue and
    punctuation stand between them."""
    by_verb: dict[int, Candidate] = {}
    out: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: c.start):
        if cand.kind == DIRECT and cand.verb >= 0 and cand.verb in by_verb:
            first = by_verb[cand.verb]
            first.content = sorted(set(first.content) | set(cand.content))
            first.quotations = sorted(set(first.quotations) | set(cand.quotations))
            continue
        if cand.kind == DIRECT and cand.verb >= 0:
            by_verb[cand.verb] = cand
        out.append(cand)
    used = {n for c in out for n in c.quotations}
    for cand in out:
        if cand.kind != DIRECT or not cand.cue or not cand.quotations:
            continue
        last = quotations[cand.quotations[-1]]
        nxt = cand.quotations[-1] + 1
        if nxt >= len(quotations) or nxt in used:
            continue
        q2 = quotations[nxt]
        if q2.paragraph != last.paragraph or q2.open_mark is None or last.close_mark is None:
            continue
        between = doc.tokens_in(last.close_mark + 1, q2.open_mark)
        allowed = set(cand.cue) | set(cand.source)
        if all(i in allowed or doc[i].pos in ("PUNCT", "SPACE", "ADV") for i in between) and any(
            i in set(cand.cue) for i in between
        ):
            cand.content = sorted(cand.content + [(q2.start, q2.end)])
            cand.quotations.append(nxt)
            used.add(nxt)
    return out


def dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One claim per content: where two rules found the same words, keep the surer one."""
    best: dict[tuple[tuple[int, int], ...], Candidate] = {}
    for cand in candidates:
        key = tuple(cand.content)
        if key not in best or cand.confidence > best[key].confidence:
            best[key] = cand
    return sorted(best.values(), key=lambda c: (c.start, c.end))


def join_same_cue(
    doc: Document, candidates: list[Candidate], quotations: Sequence[Quotation]
) -> list[Candidate]:
    """Claims that two rules found for one cue and one source are one claim in several pieces.

    An attribution relation has one cue, one source and one content, which may be
    discontinuous (Pareti 2012, PARC; the PolNeAR guidelines, Newell et al. 2018, join the
    pieces the same way): in "“A,” said Lee, a pollster who ... . “B.”" both quotations are
    Lee's one claim, and PolNeAR annotates them as one attribution with two pieces, where the
    rules gave two rows (the first a false positive once the second took the gold). The
    pieces join into the claim found first; its kind is read again from the joined words. A
    `continuation` (a quotation after an indirect claim) and the paragraphs of a layout cue
    that is no word (an interview's "A:") stay claims of their own, as docs/guide.md has it.
    (PolNeAR train, cached parses, with the abbreviation rule of
    :func:`quotes.invariants.ends_a_sentence`: 141 false positives gone for 15 gold claims,
    lenient F1 .8222 -> .8248, e2e .7562 -> .7587; docs/guide.md.)"""
    first: dict[tuple[tuple[int, ...], tuple[int, ...]], Candidate] = {}
    out: list[Candidate] = []
    for cand in candidates:
        if cand.verb < 0 or not doc[cand.verb].text.isalpha() or cand.rule == "continuation":
            # a cue of layout, no word (an interview's "A:", a transcript's "NAME:"), and a
            # quotation after an indirect claim keep a claim per paragraph
            out.append(cand)
            continue
        key = (tuple(cand.cue), tuple(cand.source))
        host = first.get(key)
        if host is None:
            first[key] = cand
            out.append(cand)
            continue
        host.content = _merge_spans(host.content + cand.content)
        host.confidence = max(host.confidence, cand.confidence)
        host.kind, host.quotations = kind_of(doc.text, host.content, quotations)
        if host.kind == MIXED:
            host.content = _with_quoted_words(host.content, host.quotations, quotations)
    return out


#: Verbs that report the topic of a conversation, not a statement. Inside someone's claim
#: ("the White House said that Trump and Putin discussed Iran") the conversation is part of
#: that claim, not a claim of the people talking.
TOPIC_VERBS = frozenset({"discuss", "talk", "speak", "address", "debate", "negotiate"})
#: Rules whose cue, inside the content of a claim with a source, is part of what that source
#: reports: "Lee said voters expect him to raise taxes" (the expectation is Lee's account, and
#: PolNeAR's annotators credit those words to Lee), "Lee said the bill would allow ...". Measured
#: on PolNeAR train: of the 524 such claims, 456 matched no gold attribution, and some of the
#: rest had taken the outer claim's gold match (lenient F1 .760 -> .768, proper-name sources
#: .949 -> .950; docs/benchmarks.md).
NOT_NESTED_RULES = frozenset(
    {"speech_act_object", "intention_complement", "prepositional_object", "noun_complement"}
    # the cues that are no verb of saying (quotes/claims/stance.py): "Lee said Cruz's attacks
    # on Trump had worked" is Lee's account, as a speech act's object is
    | {"poll_frame", "stance_participle", "stance_noun", "intention_noun", "evidential_adverb"}
    | {"received_stance", "noun_clause", "advocate_noun", "stance_adjective"}
    | {"predicate_clause"}
    # "Lee said the bill is expected to pass": the expectation is Lee's account, as the
    # intention_complement claim it was before it had a rule of its own
    | {"raised_subject"}
)
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})


#: "who asked not to be named", "requested anonymity to discuss ...": a source asking not to be
#: identified (wire and agency copy: Reuters, AP) says nothing the text reports.
_ANONYMITY = re.compile(
    r"(?:not\s+to\s+be\s+(?:named|identified|quoted|cited)|anonymity)\b", re.IGNORECASE
)


#: The same request's purpose: "speaking on condition of anonymity to discuss the talks".
_ANONYMITY_PURPOSE = re.compile(
    r"(?:anonymity|not\s+to\s+be\s+(?:named|identified))\s+(?:to|in\s+order\s+to)\s+$",
    re.IGNORECASE,
)


def drop_teasers(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """A headline cut off by an ellipsis is a teaser ("Fox News Just Uncovered A Video That
    Hillary Can't Hide From- And She'll Want To….", "It's Not What You Think…."): it holds
    back what was said to make a reader click, so it reports no claim (session 18: on PolNeAR
    train half A 3 of 3 such claims matched no gold, on half B 1 of 1; docs/guide.md "Claims
    that are no claim (session 18)"). An ellipsis inside a closing mark cuts a quotation short
    and stays (:func:`quotes.claims.direct.teaser_headlines`)."""
    teasers = teaser_headlines(doc)
    if not teasers:
        return candidates
    return [c for c in candidates if not any(p.start_char <= c.start < p.end_char for p in teasers)]


def drop_anonymity_requests(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """A source's request not to be named ("a ministry source, who asked not to be named,
    said ...", "requested anonymity to discuss the talks") is how wire copy shields a source,
    not a claim: the claim is what follows."""
    return [c for c in candidates if not _anonymity_request(doc, c)]


def _anonymity_request(doc: Document, cand: Candidate) -> bool:
    """The words an ask or request takes are the formula, or the cue serves one."""
    if cand.verb < 0:
        return False
    verb = doc[cand.verb]
    asked = verb.lemma in ("ask", "request", "demand")
    return (asked and _is_anonymity(doc.text, cand.start, cand.end)) or _serves_anonymity(
        doc.text, verb.start
    )


def anonymity_formula(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` are (or serve) a request for anonymity: the
    learned layer's additions, which have no cue verb to test, are checked with it."""
    return _is_anonymity(text, start, end) or _serves_anonymity(text, start)


def _is_anonymity(text: str, start: int, end: int) -> bool:
    return bool(_ANONYMITY.match(text[start:end].strip()))


def _serves_anonymity(text: str, at: int) -> bool:
    """Whether the words before ``at`` end in the request's purpose ("anonymity to ")."""
    return bool(_ANONYMITY_PURPOSE.search(text[max(0, at - 60) : at]))


def drop_self_reports(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """A cue inside another claim's content makes no claim of its own when
    :func:`_part_of_outer` says it is part of what the outer claim reports. A different source
    inside a content ("it was reported that Trump wanted ...") makes a claim."""
    kept: list[Candidate] = []
    # the kept claims by stretch of text, so that finding the contents around a cue does not
    # read every kept claim (quadratic on a long document: 57 s of 70 for 200 KB)
    near: dict[int, list[Candidate]] = {}
    # outer cues come first in news sentences ("he said that he did not agree with ...")
    by_cue = sorted(candidates, key=lambda c: doc[c.verb].start if c.verb >= 0 else c.start)
    for cand in by_cue:
        pos = doc[cand.verb].start if cand.verb >= 0 else -1
        outers = [
            other
            for other in near.get(pos // _STRETCH, ())
            if any(a <= pos < b for a, b in other.content)
        ]
        if not any(_part_of_outer(doc, cand, other) for other in outers):
            kept.append(cand)
            for a, b in cand.content:
                for k in range(a // _STRETCH, (b - 1) // _STRETCH + 1):
                    near.setdefault(k, []).append(cand)
    return sorted(kept, key=lambda c: (c.start, c.end))


#: The width in characters of the stretches :func:`drop_self_reports` files claims under.
_STRETCH = 2048


def _part_of_outer(doc: Document, inner: Candidate, outer: Candidate) -> bool:
    """Whether ``inner`` (whose cue lies in ``outer``'s content) is part of ``outer``'s claim:
    the same speaker again ("Putin said that he believes ..."), a conversation's topic
    (:data:`TOPIC_VERBS`), or a weak cue (:data:`NOT_NESTED_RULES`) in an indirect claim
    under a claim that names its source."""
    if inner.verb >= 0:
        if doc[inner.verb].lemma in TOPIC_VERBS:
            return True
        if inner.rule in NOT_NESTED_RULES and inner.kind == INDIRECT and outer.source:
            return True
    return _source_text(doc, inner) in _PRONOUNS or _same_source(doc, inner, outer)


def _same_source(doc: Document, a: Candidate, b: Candidate) -> bool:
    return _source_text(doc, a) == _source_text(doc, b)


def _source_text(doc: Document, cand: Candidate) -> str:
    return " ".join(doc[i].lower for i in cand.source)


def _sealed(
    doc: Document, candidates: list[Candidate], quotations: Sequence[Quotation]
) -> Iterator[Candidate]:
    """Each candidate with its content sealed; a candidate whose pieces narration parts
    (:func:`quotes.claims.integrity.join_or_split`) becomes one candidate per part, each with
    the same cue and source."""
    for cand in candidates:
        if not cand.content:
            continue
        groups = seal(doc, cand, quotations)
        cand.content = groups[0]
        yield cand
        for group in groups[1:]:
            yield replace(cand, content=group)


def to_records(
    doc: Document,
    candidates: list[Candidate],
    quotations: Sequence[Quotation] = (),
    lex: Lexicons | None = None,
) -> list[Claim]:
    """Candidates -> Claim records (offsets and strings only), each content sealed by
    :func:`quotes.claims.integrity.seal`: no piece skips words of what was said or cuts a
    word, whichever rule built it."""
    lex = lex or lexicons()
    records = []
    for cand in _sealed(doc, candidates, quotations):
        cue_span = None
        cue_text = None
        if cand.cue:
            # the cue's first contiguous part has the offsets; its text joins the parts by
            # "..." ("quoted ... as saying")
            parts = [(doc[r[0]].start, doc[r[-1]].end) for r in runs(cand.cue)]
            cue_span = parts[0]
            cue_text = " ... ".join(doc.text[a:b] for a, b in parts)
        source = mention_span(doc, cand.source)
        via = mention_span(doc, cand.via)
        confidence = (
            cand.confidence if source or cand.rule == "continuation" else (cand.confidence * 0.8)
        )
        records.append(
            Claim(
                spans=tuple(cand.content),
                kind=cand.kind,
                cue=cue_span,
                cue_text=cue_text,
                source=source,
                via_source=via,
                confidence=round(confidence, 3),
                rule=cand.rule,
                act=act_of(doc, cand, lex),
            )
        )
    return records


def mention_span(doc: Document, tokens: list[int]) -> tuple[int, int] | None:
    """The offsets of a mention without the tokens at its edges that hold no letter or digit
    (an emoji or a dash the parser made a subject); None when nothing with a letter is left:
    a mention names someone in words."""
    words = [i for i in tokens if any(ch.isalnum() for ch in doc[i].text)]
    if not words:
        return None
    return doc[words[0]].start, doc[words[-1]].end

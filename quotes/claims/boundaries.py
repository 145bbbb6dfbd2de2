"""Where a content ends when another claim trails inside it.

PolNeAR gives each cue one attribution and makes its content what that cue introduces
(Newell, Margolin & Ruths 2018, following PARC, Pareti 2012): in "The clerk said the ballots
were counted on Monday after the auditors concluded that the machines worked" the "after"
clause is the writer's report of a second attribution, not more of what the clerk said, and its
annotators end the first content before it. The parse often hangs such a clause inside the
first complement (a conjunct or an adverbial clause of its verb), so the first claim's content
swallows the second claim, which is then nested in it and lost to a reader who takes the
outermost claims.

:func:`end_before_trailing_claims` ends a content before a claim that trails it: a claim with
its own cue and its own source (another speaker: :func:`quotes.claims.drop_self_reports`
folds the same speaker's cues into the outer claim), whose clause is the last stretch of the
content and is joined to it as a conjunct or as an adverbial clause of time or contrast. A
claim reported inside a complement ("Lee said that Smith claimed X") is a complement, not a
trailing clause, and stays nested; so does a conjunct with its own "that" ("said that A, and
that B ...": a second complement of the same cue), and a condition or reason ("if",
"because"), which is part of what was asserted.

It runs before :func:`quotes.claims.drop_self_reports`, which folds a weak cue (a verb and its
preposition, a speech act's object) inside a content into the claim around it: a trailing
claim cut out of the content is a claim of its own.

PolNeAR train (rules + learned layer, nested claims left out, cached parses), this module with
the second complement of :func:`quotes.claims.reported.speech_complement` and the finite
conjuncts of :func:`quotes.claims.reported.intention_complement` (the same mechanism):
lenient F1 .8264 -> .8268, strict .7320 -> .7330, e2e .7603 -> .7610, speaker accuracy
.9161 -> .9166, indirect recall .7187 -> .7199.
"""

from __future__ import annotations

import bisect

from quotes import labels as L
from quotes.claims.candidates import Candidate
from quotes.claims.reported import token_spans
from quotes.document import Document

#: How a trailing claim's clause hangs on the content before it: "A, and B said ...",
#: "A, while B suggests ...", "A after B determined ...".
_TRAILING = frozenset({L.CONJ, L.ADVCL})

#: The subordinators of an adverbial clause that the writer adds beside a claim, in time or in
#: contrast ("A after B determined ...", "A while B suggests ..."). A condition or a reason ("if",
#: "because", "when") is part of what the first speaker asserted and stays in its content.
_NARRATING_MARKS = frozenset({"after", "while", "as", "though", "although", "whereas"})

#: Subjects that do not make a second speaker: a personal pronoun often is the first speaker
#: again or someone the content is about ("... after she became the first woman to ..."), a
#: relative pronoun belongs to a clause inside the content.
_NO_NEW_SPEAKER = frozenset(
    {"i", "we", "you", "he", "she", "they", "it", "who", "which", "that", "whom"}
)

#: The outer rules whose content is chosen by a scope rule of its own: "according to" reaches
#: over the clauses joined before it on purpose (reported._according_clause), and an
#: interview's or transcript's turn is its whole paragraph.
_SCOPED_RULES = frozenset(
    {"according_to", "interview_question", "interview_answer", "transcript_line"}
)

#: The marks of a complement clause: a conjunct that has one ("said that A, and that B ...")
#: is a second complement of the same cue, so more of what the first speaker said.
_COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})

#: Words that may stand between the kept content and the trailing clause, and are cut with it.
_JOINERS = frozenset({"PUNCT", "CCONJ", "SCONJ", "SPACE"})


def end_before_trailing_claims(doc: Document, candidates: list[Candidate]) -> None:
    """End each indirect content before a claim of another source that trails inside it (see
    the module docstring). The outer content keeps at least one word; the inner claim is left
    as it is and is no longer nested.

    The claims a content may hold are looked up by where their cue stands (bisection), so a
    long document costs time in proportion to its claims, not their square."""
    cued = sorted(
        (doc[c.verb].start, n) for n, c in enumerate(candidates) if c.verb >= 0 and c.source
    )
    starts = [start for start, _ in cued]
    for outer in candidates:
        if outer.kind != "indirect" or outer.verb < 0 or not outer.content:
            continue
        _drop_dangling_joiner(doc, outer)
        if outer.rule in _SCOPED_RULES or not outer.content:
            continue
        lo = bisect.bisect_left(starts, outer.content[0][0])
        hi = bisect.bisect_left(starts, outer.content[-1][1])
        for _, n in cued[lo:hi]:
            inner = candidates[n]
            if inner is outer or not outer.content:
                continue
            if _mention(doc, inner) == _mention(doc, outer):
                continue  # the same speaker goes on (drop_self_reports folds it in)
            cut = _trailing_clause_start(doc, outer, inner)
            if cut is not None:
                kept = [i for i in _content_tokens(doc, outer) if i < cut]
                while kept and doc[kept[-1]].pos in _JOINERS:
                    kept.pop()
                if kept:
                    outer.content = token_spans(doc, kept)


def _content_tokens(doc: Document, cand: Candidate) -> list[int]:
    return [i for a, b in cand.content for i in doc.tokens_in(a, b)]


def _trailing_clause_start(doc: Document, outer: Candidate, inner: Candidate) -> int | None:
    """The first token of ``inner``'s clause when that clause is the tail of ``outer``'s
    content and hangs on a word of it as a conjunct or adverbial clause, else None."""
    verb = doc[inner.verb]
    if verb.dep not in _TRAILING or not _new_speaker(doc, inner):
        return None
    marks = {k.lower for k in doc.kids(verb.i, L.MARK)}
    if verb.dep == L.ADVCL and not marks & _NARRATING_MARKS:
        return None
    if verb.dep == L.CONJ and marks & _COMPLEMENT_MARKS:
        return None
    content = _content_tokens(doc, outer)
    words = set(content)
    if verb.i not in words or verb.head not in words or inner.source[0] not in words:
        return None
    clause = doc.subtree(verb.i)
    start = clause[0]
    if start <= content[0] or inner.source[0] < start:
        return None
    inside = set(clause)
    tail = [i for i in content if i >= start]
    if not all(i in inside or doc[i].pos in _JOINERS for i in tail):
        return None
    return start


def _new_speaker(doc: Document, inner: Candidate) -> bool:
    """Whether ``inner``'s source is the subject of its own cue, and not a pronoun."""
    for subj in doc.kids(inner.verb, L.NSUBJ, L.NSUBJ_PASS):
        if inner.source[0] in doc.subtree(subj.i):
            return subj.lower not in _NO_NEW_SPEAKER
    return False


#: Coordinators a content never ends with: "the mayor is honest, and" is what remains when the
#: parser hung the "and" of the next clause inside the content.
_COORDINATORS = frozenset({"and", "but", "or", "nor"})


#: Punctuation cut with a dangling coordinator (a quotation mark stays: it closes what was said).
_JOINING_MARKS = frozenset({",", ";", "-", "–", "—"})


def _drop_dangling_joiner(doc: Document, cand: Candidate) -> None:
    """Cut a coordinator (with the punctuation around it) left at the end of a content."""
    content = _content_tokens(doc, cand)
    kept = list(content)
    while kept and (doc[kept[-1]].text in _JOINING_MARKS or doc[kept[-1]].lower in _COORDINATORS):
        kept.pop()
    if (
        kept
        and len(kept) < len(content)
        and any(doc[i].lower in _COORDINATORS for i in content[len(kept) :])
    ):
        cand.content = token_spans(doc, kept)


def _mention(doc: Document, cand: Candidate) -> str:
    return " ".join(doc[i].lower for i in cand.source)

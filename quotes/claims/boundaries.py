"""Where a content ends when another claim trails inside it.

PolNeAR gives each cue one attribution and makes its content what that cue introduces
(Newell, Margolin & Ruths 2018, following PARC, Pareti 2012): in "Nearly half said they
prefer a politician, and about the same number would rather see an outsider" the second clause
is the writer's report of a second attribution, not more of what the first group said, and its
annotators end the first content before it. The parse often hangs such a clause inside the
first complement (a conjunct or an adverbial clause of its verb), so the first claim's content
swallows the second claim, which is then nested in it and lost to a reader who takes the
outermost claims.

:func:`end_before_trailing_claims` ends a content before a claim that trails it: a claim with
its own cue and its own source (another speaker: :func:`quotes.claims.drop_self_reports` has
already folded the same speaker's cues into the outer claim), whose clause is the last stretch
of the content and is joined to it as a conjunct or an adverbial clause. A claim reported
inside a complement ("Lee said that Smith claimed X") is a complement, not a trailing clause,
and stays nested.
"""

from __future__ import annotations

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
#: over the clauses joined before it on purpose (reported._according_clause).
_SCOPED_RULES = frozenset({"according_to"})

#: Words that may stand between the kept content and the trailing clause, and are cut with it.
_JOINERS = frozenset({"PUNCT", "CCONJ", "SCONJ", "SPACE"})


def end_before_trailing_claims(doc: Document, candidates: list[Candidate]) -> None:
    """End each indirect content before a claim of another source that trails inside it (see
    the module docstring). The outer content keeps at least one word; the inner claim is left
    as it is and is no longer nested."""
    for outer in candidates:
        if outer.kind != "indirect" or outer.verb < 0 or not outer.content:
            continue
        _drop_dangling_joiner(doc, outer)
        if outer.rule in _SCOPED_RULES:
            continue
        for inner in candidates:
            if inner is outer or inner.rule != "speech_complement" or not inner.source:
                continue
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
    if verb.dep == L.ADVCL and not any(
        k.lower in _NARRATING_MARKS for k in doc.kids(verb.i, L.MARK)
    ):
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

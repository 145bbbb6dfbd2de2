"""Claims quoted inside a quotation: “He told me, ‘Never sign,’ and left,” Ann Lee said.

A cue inside a quotation belongs to the quoted speaker and makes no claim of its own
(:func:`quotes.claims.classify`): "I think", "he says" are part of what was said. A quotation
inside the quotation is different: the quoted speaker reports someone's words in their own
marks, and a fact-checker needs that claim as much as the outer one (the brother's "I am
leaving" is his claim, not Ann Lee's). Such a claim is found with the same rules as a
quotation of the narration (a verb of saying right after it or before it, a name and a
colon), with the windows kept inside the outer quotation, and it comes out nested in the
outer claim (``nested_in``, :func:`quotes.table.nesting`), which is how PolNeAR-style scoring
can leave it out.

Only quotations that are the content of a direct or mixed claim are searched: the marks of a
title or a scare quote hold no report.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes import labels as L
from quotes.claims.acts import QUESTION, cue_act
from quotes.claims.candidates import RULE_PRIORS, Candidate
from quotes.claims.cues import Lexicons
from quotes.claims.direct import (
    colon_source,
    said_after,
    said_before,
    window_after,
    window_before,
)
from quotes.document import Document, Token
from quotes.lexicons import load_lexicon
from quotes.marks import Quotation, find_inner_quotations
from quotes.records import DIRECT


def inner_claims(
    doc: Document,
    quotations: Sequence[Quotation],
    candidates: Sequence[Candidate],
    lex: Lexicons,
) -> list[Candidate]:
    """Direct claims for the quotations inside the quotations that ``candidates`` claim."""
    claimed = {n for c in candidates for n in c.quotations}
    out: list[Candidate] = []
    for outer_n, inner in find_inner_quotations(doc.text, quotations):
        if outer_n not in claimed:
            continue
        outer = quotations[outer_n]
        assert outer.open_mark is not None and outer.close_mark is not None
        after = window_after(doc, inner, outer.close_mark)
        before = window_before(doc, inner, outer.open_mark + 1)
        # a verb before the marks first: "I told her, ‘...,’ and she said she would look
        # into it" is what I told her, whatever "she said" reports after it
        cand = (
            said_before(doc, inner, before, lex)
            or colon_source(doc, inner, before)
            or said_after(doc, inner, after, lex)
        )
        if cand is None or not cand.source:
            continue
        if not any(doc[i].text[:1].isalnum() for i in cand.source):
            continue  # a clitic the parser made the subject ("[He] ’s like, ‘...’")
        if not all(outer.start <= doc[i].start < outer.end for i in cand.source):
            continue  # the parser took a subject outside the quotation: not the quoted report
        if not _a_verb_of_saying(doc, cand, lex):
            continue
        cand.content = [(inner.start, inner.end)]
        cand.kind = DIRECT
        cand.quotations = []
        cand.confidence = RULE_PRIORS[cand.rule]
        out.append(cand)
    return out


#: verbs of knowing and perceiving, which quote no one inside a quotation
KNOWING_VERBS = load_lexicon("knowing_verbs")


def _a_verb_of_saying(doc: Document, cand: Candidate, lex: Lexicons) -> bool:
    """Whether the cue says that words were spoken or written: not a belief, a finding or an
    intention (``acts.txt``), not knowing or seeing (``knowing_verbs.txt``), and not negated,
    by "not" or by a subject that is nobody ("We will not say, 'Trust us'", "Nobody in my
    department has said, 'Keep it quiet'", "No official ever said, '...'" report words
    nobody said; Quirk et al. 1985, 10.58: negative pronouns and "no" negate the clause). A
    name and a colon have no verb and pass."""
    if cand.verb < 0:
        return True
    verb = doc[cand.verb]
    if verb.lemma in KNOWING_VERBS or cue_act(verb.lemma, lex) not in (None, QUESTION):
        return False
    if doc.kids(verb.i, L.NEG):
        return False
    return not any(_nobody(doc, s) for s in doc.kids(verb.i, L.NSUBJ))


#: Subjects that negate their clause: "Nobody said, '...'".
NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "nothing", "neither", "noone"})


def _nobody(doc: Document, subject: Token) -> bool:
    """Whether a subject is nobody: a negative pronoun, or a noun (or "one") under "no"."""
    if subject.lower in NEGATIVE_PRONOUNS:
        return True
    return any(k.lower == "no" for k in doc.kids(subject.i, L.DET))

"""Cues: the words that report a claim, and the source mention they attribute it to.

Lexicons are data (``quotes/lexicons/en/*.txt``); matching is on lemmas and heads, because
inflections and auxiliaries ("has said", "also said") split the surface forms (FACTS.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from quotes import labels as L
from quotes.document import Document, Token
from quotes.lexicons import load_lexicon, load_table


@dataclass(frozen=True)
class Lexicons:
    speech: frozenset[str]
    intention: frozenset[str]
    speech_act: frozenset[str]
    not_cues: frozenset[str]
    source_nouns: frozenset[str]
    prepositional: frozenset[tuple[str, str]]
    nouns: frozenset[str] = frozenset()

    @cached_property
    def prepositional_verbs(self) -> frozenset[str]:
        """The verbs of the verb + preposition cues (built once: it is read for every token)."""
        return frozenset(v for v, _ in self.prepositional)

    @classmethod
    def load(cls, lang: str = "en") -> Lexicons:
        return cls(
            speech=load_lexicon("speech_verbs", lang),
            intention=load_lexicon("intention_verbs", lang),
            speech_act=load_lexicon("speech_act_verbs", lang),
            not_cues=load_lexicon("not_cues", lang),
            source_nouns=load_lexicon("source_nouns", lang),
            prepositional=frozenset(
                (row[0].lower(), row[1].lower()) for row in load_table("prepositional_cues", lang)
            ),
            nouns=load_lexicon("noun_cues", lang),
        )


VERBAL = frozenset({"VERB"})
#: Verbs that report what a study, report or investigation established; cues only with such
#: a subject (see :func:`quotes.claims.reported.speech_act_object`).
FINDING_VERBS = frozenset({"find", "show", "conclude", "reveal", "suggest", "confirm"})
#: Words of a source noun phrase that are kept out of the mention at its edges.
_EDGE_PUNCT = frozenset(",.;:!?—–-\"“”‘’'()")


def is_cue_verb(doc: Document, tok: Token, lex: Lexicons) -> bool:
    """A verb whose lemma is in one of the cue lexicons (and not a question verb)."""
    if tok.pos not in VERBAL and not (tok.pos == "AUX" and tok.lemma in lex.speech):
        return False
    lemma = tok.lemma
    if lemma in lex.not_cues:
        return False
    return (
        lemma in FINDING_VERBS
        or lemma in lex.speech
        or lemma in lex.intention
        or lemma in lex.speech_act
        or lemma in lex.prepositional_verbs
    )


def cue_tokens(doc: Document, verb: Token) -> list[int]:
    """The cue: the verb with its particle and, for "tell", its addressee ("told reporters")."""
    out = [verb.i]
    for kid in doc.kids(verb.i, L.PRT, L.NEG):
        out.append(kid.i)
    if verb.lemma == "tell":
        for kid in doc.kids(verb.i, L.IOBJ, L.OBJ):
            if kid.pos in ("NOUN", "PRON", "PROPN") and len(doc.subtree(kid.i)) <= 3:
                out.extend(doc.subtree(kid.i))
    return sorted(set(out))


def runs(indices: list[int]) -> list[list[int]]:
    """Token indices, sorted and grouped into runs of neighbours: [3, 4, 7] -> [[3, 4], [7]]."""
    out: list[list[int]] = []
    for i in sorted(set(indices)):
        if out and i == out[-1][-1] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def subject_of(doc: Document, verb: Token) -> Token | None:
    """The subject of ``verb``, inherited along conjoined, participial and control chains.

    "Lavrov said ..., adding that ..." gives "adding" the subject of "said"; "The President
    laughed and said ..." gives "said" the subject of "laughed".
    """
    node = verb
    for step in range(4):
        # a participle's subject may be the main clause's passive subject ("After saying
        # ..., she was taken to ...")
        deps = (L.NSUBJ, L.CSUBJ) if step == 0 else (L.NSUBJ, L.CSUBJ, L.NSUBJ_PASS)
        subj = doc.kids(node.i, *deps)
        if subj:
            return subj[0]
        if node.dep in (L.CONJ, L.ADVCL, L.XCOMP) and node.head != node.i:
            node = doc[node.head]
            continue
        if node.dep == L.PCOMP and node.head != node.i:  # "as saying", "by saying"
            node = doc[doc[node.head].head]
            continue
        return None
    return None


def passive_agent(doc: Document, verb: Token) -> Token | None:
    """The agent of a passive verb ("was reported by X")."""
    for prep, _, obj in doc.prepositional_objects(verb.i):
        if prep == "by":
            return obj
    return None


def is_passive(doc: Document, verb: Token) -> bool:
    return bool(doc.kids(verb.i, L.AUX_PASS, L.NSUBJ_PASS))


def mention_tokens(doc: Document, head: Token, *, stop: frozenset[int] = frozenset()) -> list[int]:
    """The source noun phrase headed by ``head``: its subtree without relative clauses,
    without tokens in ``stop``, cut at the first comma after the head (an appositive tail).

    The mention is what a human annotator marks as the Source ("White House press secretary
    Sarah Sanders", "Representatives of the Democratic Party", "Putin's spokesman", "he").
    """
    keep = [head.i]
    stack = [head.i]
    while stack:
        for kid in doc.kids(stack.pop()):
            if kid.dep in (L.RELCL, L.ACL, L.PUNCT) or kid.i in stop or kid.sent != head.sent:
                continue
            keep.append(kid.i)
            stack.append(kid.i)
    keep.sort()
    lo = hi = keep.index(head.i)
    while lo > 0 and keep[lo - 1] == keep[lo] - 1:
        lo -= 1
    while hi + 1 < len(keep) and keep[hi + 1] == keep[hi] + 1:
        hi += 1
    run = keep[lo : hi + 1]
    while run and doc[run[0]].text in _EDGE_PUNCT:
        run.pop(0)
    cut = next((j for j in run if j > head.i and doc[j].text == ","), None)
    if cut is not None:
        run = [j for j in run if j < cut]
    while run and (doc[run[-1]].text in _EDGE_PUNCT or doc[run[-1]].pos == "SPACE"):
        run.pop()
    return run or [head.i]

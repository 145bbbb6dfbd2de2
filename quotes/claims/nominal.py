"""Claims cued by a noun that names a stance received: ``Cruz won the support of
evangelicals``, ``the plan drew criticism from farmers``.

PolNeAR's annotators read these as the stance holders' claim about the receiver: the Source is
the "of"/"from"/"among" phrase (or none, when the text names no one), the cue the verb and
noun ("drew criticism from"), the Content the verb's subject ("the plan"). The rules that read
a stance noun's holder (:mod:`quotes.claims.stance`) see the same sentence the other way round
and leave it alone: a receiving verb's subject holds no stance (``receiving_verbs.txt``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from quotes import labels as L
from quotes.claims.candidates import Candidate
from quotes.claims.cues import (
    Lexicons,
    char_spans,
    mention_tokens,
    np_head,
    passive_agent,
    prepositions_by_noun,
    subject_of,
)
from quotes.document import Document, Token
from quotes.lexicons import load_lexicon, load_table
from quotes.speakers.lexicon import speaker_lexicon

#: Prepositions that name who gives the stance ("the support *of* unions", "criticism *from*
#: farmers", "support *among* women").
_GIVER_PREPOSITIONS = frozenset({"of", "from", "among"})
#: "has the support of X": "have" receives too (a giver is always required).
_HAVING = frozenset({"have", "hold"})
#: Where a noun of a view stands when it is no one's in particular: a subject ("fears that
#: the plant will close grew") or a predicate ("the sense is that ..."). As an object of a
#: verb or preposition it is most often someone's the sentence names elsewhere ("Lee rejected
#: the claim that ..."), and with no source found it is left out.
_UNOWNED_DEPS = frozenset({L.NSUBJ, L.NSUBJ_PASS, L.ATTR, L.ROOT, L.APPOS})

#: Entity types of a noun that can hold a stance.
HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Pronouns that can name who holds a stance ("it" is as often a thing or a clause).
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


def light_verb_subject(doc: Document, noun: Token) -> list[int]:
    """``Cruz raised questions about the deal``, ``the union voiced opposition to the plan``:
    a stance noun with no possessor that is the object of a verb whose subject holds it
    (PolNeAR marks that subject as the Source). Not for verbs whose subject receives the
    stance (``receiving_verbs.txt``: "Trump drew criticism for ...", "won the support of"),
    and only for a subject that can hold a stance: "The old beams gave support to the roof"
    is no one's claim."""
    if noun.dep != L.OBJ or doc.kids(noun.i, L.POSS):
        return []
    verb = doc[noun.head]
    if verb.pos not in ("VERB", "AUX") or verb.lemma in load_lexicon("receiving_verbs"):
        return []
    subj = subject_of(doc, verb)
    if subj is None:
        return []
    head = np_head(doc, subj)
    if head.pos == "PRON" and head.lower not in _PERSONAL_PRONOUNS:
        return []
    if head.pos != "PRON" and not could_own_a_stance(head):
        return []
    return mention_tokens(doc, head)


#: Endings of nouns for people and bodies ("runner", "governor", "activist", "leadership").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ship")


def could_own_a_stance(owner: Token) -> bool:
    """Whether a possessor can hold a stance: a pronoun ("his", "whose"), a name or a named
    entity, a role, group or organisation noun, or a noun with an agent's ending ("the
    front-runner's", "the leadership's"). "The bridge's support for the road" has none: the
    parse gives no animacy, so a plain common noun is taken for a thing."""
    if owner.pos == "PRON" or owner.tag in ("PRP$", "WP$") or names_someone(owner):
        return True
    return owner.pos == "NOUN" and owner.lemma.endswith(_AGENT_ENDINGS)


def names_someone(noun: Token) -> bool:
    """Whether a noun names a person, a group or an organisation: a name, a named entity of
    those kinds, a role or a group noun ("the senator", "the union")."""
    if noun.pos == "PROPN" or noun.ent in HOLDER_ENTITIES:
        return True
    people = speaker_lexicon()
    return (
        noun.lemma in people.role_words
        or noun.lemma in people.group_nouns
        or noun.lemma in people.org_nouns
    )


def received_stance(doc: Document, lex: Lexicons) -> Iterator[Candidate]:
    """``Cruz won the support of evangelicals``: a stance noun (``received_nouns.txt``) that is
    the object of a receiving verb (``receiving_verbs.txt``, or "have" with a giver named);
    the verb's subject is the content, the giver (:func:`_giver`) the source."""
    nouns = load_lexicon("received_nouns")
    receiving = load_lexicon("receiving_verbs")
    for noun in doc.tokens:
        if noun.pos != "NOUN" or noun.lemma not in nouns or noun.dep != L.OBJ:
            continue
        verb = doc[noun.head]
        if verb.pos not in ("VERB", "AUX") or doc.kids(noun.i, L.POSS):
            continue
        giver = _giver(doc, noun, verb)
        if not giver or (verb.lemma not in receiving and verb.lemma not in _HAVING):
            continue
        subjects = doc.kids(verb.i, L.NSUBJ)
        if not subjects:
            continue
        content = [i for i in doc.subtree(subjects[0].i) if doc[i].pos not in ("PUNCT", "SPACE")]
        if not content:
            continue
        spans = char_spans(doc, content)
        cue = sorted({verb.i, noun.i})
        yield Candidate(spans, cue, giver, "received_stance", verb=noun.i)


def _giver(doc: Document, noun: Token, verb: Token) -> list[int]:
    """Who gives the stance: the "of"/"from"/"among" phrase of the noun or of its verb ("drew
    criticism *from* Democrats", "the support of 40 percent of voters"), when a word of it can
    hold a stance ("The bridge drew support from two steel cables" has no giver). Empty when
    the text names no one."""

    for host in (noun.i, verb.i):
        for words, ptok, obj in doc.prepositional_objects(host):
            if words in _GIVER_PREPOSITIONS and ptok.i > noun.i:
                if obj.pos in ("NOUN", "PROPN", "PRON", "NUM"):
                    mention = mention_tokens(doc, obj)
                    return mention if any(could_own_a_stance(doc[i]) for i in mention) else []
    return []


def noun_clause(doc: Document, lex: Lexicons) -> Iterator[Candidate]:
    """``fears that the plant will close``, ``Lee voiced concern that ...``: a noun of a view
    or a report (``clause_nouns.txt``) with a that-clause and no possessor or by-phrase (those
    are :func:`quotes.claims.reported.noun_complement`'s). The source is the subject of the
    verb whose object the noun is, when it names someone, else none: PolNeAR annotates the
    unowned ones with no Source."""
    nouns = clause_nouns()
    for noun in doc.tokens:
        if noun.pos != "NOUN" or noun.lemma not in nouns or doc.kids(noun.i, L.POSS):
            continue
        if passive_agent(doc, noun) is not None:
            continue
        clauses = [k for k in doc.kids(noun.i, L.ACL, L.CCOMP) if _that_clause(doc, noun, k)]
        if not clauses:
            continue
        content = [i for i in doc.subtree(clauses[0].i) if doc[i].pos not in ("PUNCT", "SPACE")]
        if len(content) < 3:
            continue
        spans = char_spans(doc, content)
        source = light_verb_subject(doc, noun)
        if not source and noun.dep not in _UNOWNED_DEPS:
            continue
        act = nouns[noun.lemma]
        yield Candidate(spans, [noun.i], source, "noun_clause", verb=noun.i, act=act)


def predicate_clause(doc: Document, lex: Lexicons) -> Iterator[Candidate]:
    """``Her argument was that the plan would fail``, ``the fear is that ...``: a noun of a
    claim or a view (``noun_cues.txt``, ``clause_nouns.txt``) as the subject of "be" whose
    predicate is a that-clause. The clause is the claim, as it is the noun's own that-clause in
    "her argument that ..." (:func:`noun_clause`, ``noun_complement``); the copula only moves
    it to the predicate (Quirk et al. 1985, 16.34 on specifying "be"). The source is the noun's
    possessor, or the subject of a relative clause on it ("the promise she has made is that
    ..."), or none ("The idea is that ...": PolNeAR annotates such views with no Source).

    Sized on PolNeAR train before it was written: of the 38 such clauses with a lexicon noun,
    17 are a gold attribution cued by the noun, and of the 11 that no claim of the rules or the
    learned layer overlapped, 8 (0.73); with any other subject noun ("the problem is that",
    "the reason is that") 6 of 103, which are left out."""
    nouns = predicate_nouns(lex)
    for noun in doc.tokens:
        if noun.pos != "NOUN" or noun.lemma not in nouns or noun.dep != L.NSUBJ:
            continue
        copula = doc[noun.head]
        if copula.lemma != "be":
            continue
        clauses = [
            k
            for k in doc.kids(copula.i, L.CCOMP, L.ATTR, L.ADVCL)
            if k.i > copula.i and _opens_with_that(doc, k)
        ]
        if not clauses:
            continue
        content = [i for i in doc.subtree(clauses[0].i) if doc[i].pos not in ("PUNCT", "SPACE")]
        if len(content) < 3:
            continue
        source = _view_holder(doc, noun)
        act = clause_nouns().get(noun.lemma, "")
        yield Candidate(
            char_spans(doc, content), [noun.i], source, "predicate_clause", verb=noun.i, act=act
        )


def predicate_nouns(lex: Lexicons) -> frozenset[str]:
    """The nouns of :func:`predicate_clause`: the cue nouns and the nouns of a view."""
    return lex.nouns | frozenset(clause_nouns())


def _opens_with_that(doc: Document, clause: Token) -> bool:
    """Whether a clause is opened by the complementizer "that" (its ``mark``), not by a
    relative or demonstrative "that" ("the idea is that one")."""
    marks = doc.kids(clause.i, L.MARK)
    return bool(marks) and marks[0].lower == "that" and doc.subtree(clause.i)[0] == marks[0].i


def _view_holder(doc: Document, noun: Token) -> list[int]:
    """Whose view a subject noun is: its possessor when that can hold one ("Sanders's
    argument", "my impression"), else the subject of a relative clause on it ("the promise
    she has made"); empty when the text names no one."""
    owners = doc.kids(noun.i, L.POSS)
    if owners:
        if not could_own_a_stance(owners[0]):
            return []
        return [i for i in mention_tokens(doc, owners[0]) if doc[i].dep != L.CASE]
    for clause in doc.kids(noun.i, L.RELCL):
        subjects = doc.kids(clause.i, L.NSUBJ)
        if subjects and (subjects[0].pos == "PRON" or could_own_a_stance(subjects[0])):
            if subjects[0].lower not in ("that", "which", "who", "it"):
                return mention_tokens(doc, subjects[0])
    return []


def clause_nouns() -> dict[str, str]:
    """``clause_nouns.txt``: each noun's act."""
    return lexicon_acts("clause_nouns", 1)


@cache
def lexicon_acts(name: str, column: int) -> dict[str, str]:
    """The act a tab-separated noun lexicon gives each noun in ``column`` (nouns with none
    left out: their claims are statements)."""
    return {row[0].lower(): row[column] for row in load_table(name) if len(row) > column}


def _that_clause(doc: Document, noun: Token, clause: Token) -> bool:
    """Whether ``clause`` is the noun's content clause opened by "that" ("fears that the plant
    will close"), not a relative clause ("the fears that he raised")."""
    if clause.i < noun.i or doc[doc.subtree(clause.i)[0]].lower != "that":
        return False
    return not any(d.lower == "that" and d.dep in (L.NSUBJ, L.OBJ) for d in doc.kids(clause.i))


def advocate_noun(doc: Document, lex: Lexicons) -> Iterator[Candidate]:
    """``Lee is a longtime supporter of the plan``, ``Ruiz, a critic of the mayor, ...``: a
    noun for someone holding a stance (``advocate_nouns.txt``) with its prepositional object;
    the source is whom the noun describes (:func:`_described`), the object the content."""
    pairs = advocate_nouns()
    for noun in doc.tokens:
        preps = pairs.get(noun.lemma)
        if preps is None or noun.pos != "NOUN":
            continue
        about = [
            (ptok, obj)
            for words, ptok, obj in doc.prepositional_objects(noun.i)
            if words in preps and ptok.i > noun.i
        ]
        if not about:
            continue
        person = _described(doc, noun)
        if person is None:
            continue
        ptok, obj = about[0]
        content = [i for i in doc.subtree(obj.i) if doc[i].pos not in ("PUNCT", "SPACE")]
        if not content:
            continue
        spans = char_spans(doc, content)
        source = mention_tokens(doc, person, stop=frozenset(doc.subtree(noun.i)))
        if not source:
            continue
        yield Candidate(spans, [noun.i, ptok.i], source, "advocate_noun", verb=noun.i)


@cache
def advocate_nouns() -> dict[str, frozenset[str]]:
    """``advocate_nouns.txt``: each noun's prepositions (built once, not per document)."""
    return prepositions_by_noun(load_table("advocate_nouns"))


def _described(doc: Document, noun: Token) -> Token | None:
    """Whom a noun of a stance holder describes: the subject of the copula it is the
    predicate of ("Lee is a supporter of ..."), or the noun it stands in apposition to ("Ruiz,
    a critic of ..."). None otherwise: "supporters of the plan" alone name no one."""
    head = doc[noun.head]
    if noun.dep == L.ATTR and head.lemma == "be":
        subjects = doc.kids(head.i, L.NSUBJ)
        return subjects[0] if subjects else None
    if noun.dep == L.APPOS and head.pos in ("PROPN", "NOUN", "PRON") and head.i < noun.i:
        return head
    return None

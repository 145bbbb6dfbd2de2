"""Unnamed groups ("Democratic lawmakers", "reporters", "environmentalists") registered as
entities, candidate antecedents of "they" and of plural descriptions."""

from __future__ import annotations

import bisect

from quotes import labels as L
from quotes.document import Document, Token
from quotes.records import GROUP, ORG
from quotes.speakers.lexicon import (
    POSSESSIVE_PRONOUNS,
)
from quotes.speakers.registry.model import (
    DETERMINERS,
    PERSONAL_SUFFIXES,
    Entity,
    Registry,
    tokens_text,
)
from quotes.speakers.registry.offices import np_left, qualifier_sides


def _personal_plural(tok: Token) -> bool:
    """A plural common noun for people by a suffix only people nouns take ("-ist", "-ian":
    "environmentalists", "historians", "lobbyists"), which no list can hold all of: a later
    "they" may mean them as it means "activists" (group_nouns.txt). No lemma of six letters
    or fewer ("lists", "fists", "heists"); a compound of "list" ("checklists") is let in, as
    what "they" then takes is at least a plural."""
    lemma = tok.lemma.lower()
    return tok.tag == "NNS" and len(lemma) > 6 and lemma.endswith(PERSONAL_SUFFIXES)


def register_groups(reg: Registry) -> None:
    """Unnamed groups and organisations that could be a later "they" or "it": plural group or
    role nouns ("Democratic lawmakers", "reporters", "Russian officials"), plurals of the
    person descriptions of description_nouns.txt ("Democratic politicians", "GOP
    contenders": a later "they" means them as it means "lawmakers") or organisation
    nouns ("Unions", "tech companies") and singular organisation nouns ("Donald Trump's
    campaign", "the administration") in subject or object position."""
    doc, lex = reg.document, reg.lexicon
    last_org_by_noun: dict[str, tuple[Entity, int]] = {}
    joined: dict[int, Entity] = {}  # a plural noun conjoined to a group's head: that group
    named_orgs = sorted(
        (
            (m.token, m.entity)
            for m in reg.mentions
            if m.entity.type == ORG and not m.entity.described
        ),
        key=lambda pair: pair[
            0
        ],  # entities have no order: a tie on the token must not compare them
    )
    # only a common noun heads a group: those tokens, found in one pass (issue 13)
    for tok in [t for t in doc.tokens if t.pos == "NOUN"]:
        if tok.i in reg.at_token:
            continue
        if (
            tok.dep not in L.SUBJECTS
            and tok.dep not in (L.OBJ, L.POBJ, L.CONJ)
            and not _inverted_subject(doc, tok)
        ):
            continue
        plural = tok.tag in ("NNS", "NNPS")
        if plural and (
            tok.lower in lex.group_nouns
            or lex.find_roles([tok.lower])
            or tok.lemma in lex.org_nouns  # "Banks argue ...; they add": a group of them
            or "person" in lex.description_kinds.get(tok.lemma, frozenset())
            or tok.lemma in lex.people_nouns  # "Black women ... They watched"
            or _personal_plural(tok)  # "While environmentalists welcomed ..., they were"
        ):
            type_ = GROUP
        elif not plural and tok.lemma in lex.org_nouns and not _bare_idiom(doc, tok):
            type_ = ORG
        else:
            continue
        if tok.i in joined:
            reg.add_mention(joined[tok.i], [tok.i], tok.i)
            continue
        indices = group_phrase(doc, tok.i)
        partners = _plural_partners(doc, tok) if type_ == GROUP else []
        if partners:
            # "activists and intellectuals who ...": one group, named by the whole phrase
            indices = list(range(indices[0], partners[-1] + 1))
        name = group_name(doc, indices)
        entity = reg.by_org.get(name.lower())
        if type_ == ORG and _bare_definite(doc, indices, tok.i):
            entity = _repeated_org(doc, tok, named_orgs, last_org_by_noun) or entity
        if entity is None or entity.type != type_:
            entity = reg.new(type_)
            entity.described = True
            kinds = lex.description_kinds.get(tok.lemma, frozenset()) - {"person"}
            entity.kind = min(kinds) if type_ == ORG and len(kinds) == 1 else ""
            entity.add_name(name)
            reg.by_org[name.lower()] = entity
            entity.affiliations.update(qualifier_sides(reg, indices, {tok.i}))
        reg.add_mention(entity, [tok.i], tok.i)
        for partner in partners:
            joined[partner] = entity
        if type_ == ORG and _named_by_qualifier(doc, indices, tok.i):
            last_org_by_noun[tok.lemma] = (entity, tok.sent)


def _plural_partners(doc: Document, tok: Token) -> list[int]:
    """The plural common nouns conjoined to a plural group noun ("activists and
    intellectuals", "doctors and nurses"): a later "they" means them together, so they are one
    group. A name or a singular noun ("voters and Clinton") is no partner."""
    return [
        k.i for k in doc.kids(tok.i, L.CONJ) if k.pos == "NOUN" and k.tag == "NNS" and not k.ent
    ]


def _inverted_subject(doc: Document, tok: Token) -> bool:
    """ "On one side of this divide are activists who ...": after a fronted place phrase the
    copula's logical subject follows it and the parser calls it an attribute of a verb with no
    subject (subject-verb inversion, Quirk et al. 1985); it is a group as a subject is."""
    return (
        tok.dep == L.ATTR
        and tok.head != tok.i
        and doc[tok.head].lemma == "be"
        and not doc.kids(tok.head, *L.SUBJECTS)
        and any(k.dep == L.PREP and k.i < tok.head for k in doc.kids(tok.head))
    )


def _bare_idiom(doc: Document, tok: Token) -> bool:
    """ "what Obama accomplished in office", "went to court", "left school": a singular count
    noun with no determiner, possessive or modifier as the object of a preposition is an
    idiom naming a state or a place (Quirk et al. 1985: the zero article of institutions), not
    an organisation a later "they" or "it" could mean."""
    return tok.dep == L.POBJ and not doc.kids(tok.i)


#: How many sentences back a bare "the bank" still repeats a named one ("Kenya's central bank").
ANAPHOR_SENTENCES = 4


def _named_by_qualifier(doc: Document, indices: list[int], head: int) -> bool:
    """ "Kenya's central bank", "the Obama administration", "the Saudi government": a
    qualifier that is a name or a nationality tells which organisation the noun is, so a later
    bare "the bank" can mean it. "his campaign" (an owner the resolver reads) and "a fiction-
    filled campaign" (no name) tell nothing a later mention should inherit."""
    return any(
        i != head and (doc[i].pos == "PROPN" or doc[i].ent in ("GPE", "NORP", "ORG", "PERSON"))
        for i in indices
    ) and not any(doc[i].lower in POSSESSIVE_PRONOUNS for i in indices)


def _repeated_org(
    doc: Document,
    tok: Token,
    named: list[tuple[int, Entity]],
    described: dict[str, tuple[Entity, int]],
) -> Entity | None:
    """The organisation a bare "the bank" repeats (direct anaphora, Poesio & Vieira 1998):
    the last one of the previous :data:`ANAPHOR_SENTENCES` sentences whose name ends in that
    noun ("the Government Development Bank ... the bank"; ``named`` holds the named
    organisations' mentions in text order), else the last description with that head noun
    and a naming qualifier ("Kenya's central bank ... The bank")."""
    lo = doc.sentences[max(0, tok.sent - ANAPHOR_SENTENCES)].start
    word = tok.text.lower()
    for k in range(bisect.bisect_left(named, (tok.i,)) - 1, -1, -1):
        token, entity = named[k]
        if token < lo:
            break
        if entity.name.lower().rsplit(" ", 1)[-1] == word:
            return entity
    earlier = described.get(tok.lemma)
    if earlier is not None and tok.sent - earlier[1] <= ANAPHOR_SENTENCES:
        return earlier[0]
    return None


def _bare_definite(doc: Document, indices: list[int], head: int) -> bool:
    """ "the bank", "this company": a definite article or demonstrative and the noun alone,
    which repeats an earlier noun with that head (Poesio & Vieira 1998, direct anaphora)
    rather than introducing a new organisation, as "the central bank of Peru" would."""
    return len(indices) == 2 and indices[1] == head and doc[indices[0]].lower in (
        "the", "this", "that",
    )  # fmt: skip


def group_phrase(doc: Document, head: int) -> list[int]:
    """A group noun with its left modifiers and its "of"-phrase, as token indices."""
    return np_left(doc, head)


def group_name(doc: Document, indices: list[int]) -> str:
    """The phrase naming a group, without a leading article: "Russian authorities"."""
    toks = [doc[i] for i in indices]
    while toks and (toks[0].lower in DETERMINERS or toks[0].pos == "PUNCT"):
        toks = toks[1:]
    return tokens_text(doc, toks)

"""Gender from the pronouns the text uses: a he/his or she/her after the only person named
in a sentence votes for that person's gender, where no title or first name showed it."""

from __future__ import annotations

from quotes import labels as L
from quotes.document import Document
from quotes.records import PERSON
from quotes.speakers.lexicon import (
    FEMALE,
    MALE,
)
from quotes.speakers.registry.model import Entity, Registry, in_quotations


def add_pronoun_votes(reg: Registry) -> None:
    """Gender evidence from the pronouns the text uses: a he/his/him or she/her in a sentence
    that names exactly one person, after that name, votes for that person's gender (used only
    where no title or first name showed it; a split vote leaves it unknown). Not a pronoun
    inside a quotation when the person is the subject of the narrative's clause
    (:func:`_quoted_starts`), nor one outside the quotations for a person named inside one
    (the pronoun is the quotation's speaker, the name whom they speak of), nor one of the
    gender of a subject pronoun before the name (:func:`_earlier_subject`)."""
    doc, lex = reg.document, reg.lexicon
    quoted = reg.quotations()
    for sent in doc.sentences:
        people: set[int] = set()
        only: Entity | None = None
        named = 0  # the token of the person's name
        taken: set[str] = set()  # genders of subject pronouns before anyone is named
        for i in range(sent.start, sent.end):
            ent = reg.at_token.get(i)
            if ent is not None and ent.type == PERSON:
                people.add(ent.id)
                only, named = ent, i
                continue
            feats = lex.pronouns.get(doc[i].lower)
            if not feats or feats.gender not in (MALE, FEMALE):
                continue
            if not people and _earlier_subject(doc, i, quoted):
                taken.add(feats.gender)
            if len(people) != 1 or not only or feats.gender in taken:
                continue
            pronoun_quoted = in_quotations(doc[i].start, quoted)
            if pronoun_quoted and _narrates(doc, named, quoted):
                continue
            if not pronoun_quoted and in_quotations(doc[named].start, quoted):
                continue  # "“... as much as Kelly, I will ...,” he said": he is the speaker
            only.gender_votes[feats.gender] = only.gender_votes.get(feats.gender, 0) + 1


def _earlier_subject(doc: Document, i: int, quoted: tuple[list[int], list[int]]) -> bool:
    """Whether pronoun ``i``, named before anyone in its sentence, is the subject of a
    narrative clause: it continues a person of an earlier sentence, and a later pronoun of its
    gender in the sentence most likely goes on with that person, not with a name the sentence
    brings in ("She has argued with Lee over the plan, a fight she lost": "she" is not Lee).
    A quoted subject is someone the quoted speaker talks about; a possessive, an object or the
    subject of a clause put before the main one may point forward ("In his speech, Lee said
    he ...", "When he arrived, Lee said ..."), so only the main verb's subject counts
    (session 21)."""
    tok = doc[i]
    verb = doc[tok.head]
    main = verb.head == verb.i
    return tok.dep in L.SUBJECTS and main and not in_quotations(tok.start, quoted)


def _narrates(doc: Document, i: int, quoted: tuple[list[int], list[int]]) -> bool:
    """Whether token ``i`` is the subject of a verb outside the quotations: the narrative's
    clause ("Lee was asked, '...'"), not one of the quoted words ("Ann said Lee 'has
    failed'")."""
    tok = doc[i]
    return tok.dep in L.SUBJECTS and not in_quotations(doc[tok.head].start, quoted)

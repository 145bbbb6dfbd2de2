"""People the NER typed as organisations: an entity registered from ORG spans only that the
text itself shows to be a person (issue 13).

The small NER labels a name it does not know ORG ("Unruh", "Sweeny", "Earhardt"), and such a
name stays an organisation in the table (``speaker_type``), though the text writes of it as of
a person. Two pieces of evidence an organisation's name does not get, each a reading of the
pronoun system English style guides fix for organisations (AP Stylebook, "collective nouns"
and "it": a company, agency or team is "it", its spokesperson speaks as "we"; Quirk et al.
1985, 6.19: a reflexive agrees with its subject in person, number and gender):

* a reflexive **himself / herself** on a verb the name is subject of ("Sanders compared
  himself to ..."): the name is a man's or a woman's, and the reflexive gives the gender;
* a **direct quotation in the first person singular** the name introduces, when it is the one
  subject outside the quotation in the sentence ("Bryne went on to say, 'From the bottom of
  my soul, I know ...'"): an organisation's words come from a spokesperson as "we";
* a **he / she that goes on with it** as the next subject, no other person named between
  ("Unruh is spearheading this effort. If she succeeds ..."); not for a place;
* a short **honorific** before it ("Ms. Wexby").

A name its own clause continues with "it" / "its" ("Verizon said it would appeal") is kept an
organisation whatever else the text says.

Only a name of one or two capitalised words that is no listed outlet, party or place, holds no
organisation word ("Holdings", "University") and of no known kind (a listed company or
broadcaster) is re-typed, so "Verizon said it would", "Coldplay said they" stay.
"""

from __future__ import annotations

from quotes import labels as L
from quotes.document import Document
from quotes.lexicons import load_lexicon
from quotes.records import GROUP, ORG, PERSON
from quotes.speakers.lexicon import FEMALE, FIRST_PLURAL, FIRST_SINGULAR, MALE
from quotes.speakers.registry.model import HONORIFICS, Entity, Registry
from quotes.speakers.registry.names import org_name_words

#: The reflexives of one gender, and the gender they show.
GENDERED_REFLEXIVES = {"himself": MALE, "herself": FEMALE}


def retype_people_named_as_organisations(reg: Registry) -> None:
    """Re-type as a person every organisation of a plain name the text shows to be one
    (:func:`_reflexive_gender`, :func:`_speaks_as_i`), and index its name words as a
    person's, so a later bare surname or "he" finds it."""
    for entity in reg.entities:
        if not _plain_name(reg, entity):
            continue
        if _continued_as_it(reg, entity):
            continue
        gender = _reflexive_gender(reg, entity)
        if gender is None and not entity.place:  # "Texas passed it. She said ...": no place
            gender = _continued_as_he_or_she(reg, entity)
        if gender is None and not (_speaks_as_i(reg, entity) or _titled(reg, entity)):
            continue
        entity.type = PERSON
        if gender and not entity.gender:
            entity.gender = gender
        _index_as_person(reg, entity)


def _plain_name(reg: Registry, entity: Entity) -> bool:
    """An ORG entity named only by one or two capitalised words ("Unruh", "Whit Symms") that no
    list makes an organisation: no outlet, party or place, no organisation word, no kind."""
    if entity.type != ORG or entity.facility or entity.described:
        return False
    if entity.kind or not entity.names or not entity.mentions:
        return False
    lex = reg.lexicon
    org_words = org_name_words(lex)
    for name in entity.names:
        words = name.split()
        if not 1 <= len(words) <= 2:
            return False
        for word in words:
            if not (word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()):
                return False
            if word.lower() in org_words:
                return False
        if name.lower() in lex.outlets or lex.is_party(name) or lex.kind_of_name(name):
            return False
    return True


#: Pronouns of a thing: a name its own clause continues with one is an organisation's.
NEUTER = frozenset({"it", "its", "itself"})


def _continued_as_it(reg: Registry, entity: Entity) -> bool:
    """Whether a mention of ``entity`` is the subject of a verb whose clause goes on with
    "it" / "its" / "itself" outside quotations ("Verizon said it would appeal", "Verizon
    said its lawyers ..."): AP's pronoun for a company, the text's own typing."""
    doc = reg.document
    for m in entity.mentions:
        tok = doc[m]
        if tok.dep not in L.SUBJECTS or tok.head == tok.i:
            continue
        for i in doc.subtree(tok.head):
            if i > tok.i and doc[i].lower in NEUTER and not reg.quoted(doc[i].start):
                return True
    return False


def _reflexive_gender(reg: Registry, entity: Entity) -> str | None:
    """The gender of a himself / herself that is an object of a verb a mention of ``entity``
    is the subject of ("Sanders compared himself to Clinton"), else None."""
    doc = reg.document
    for m in entity.mentions:
        tok = doc[m]
        if tok.dep not in L.SUBJECTS or tok.head == tok.i:
            continue
        for child in doc.kids(tok.head):
            gender = GENDERED_REFLEXIVES.get(child.lower)
            if gender and child.i > tok.i:
                return gender
    return None


def _speaks_as_i(reg: Registry, entity: Entity) -> bool:
    """Whether a mention of ``entity`` is the subject of a speech verb in a sentence with a
    direct quotation in the first person singular ("I", "my") more than the plural, and no
    other registry entity named outside the quotations of that sentence."""
    doc = reg.document
    speech = load_lexicon("speech_verbs")
    starts, ends = reg.quotations()
    for m in entity.mentions:
        tok = doc[m]
        if tok.dep not in L.SUBJECTS or not _speech_verb(doc, tok.head, speech):
            continue
        sent = doc.sentences[tok.sent]
        quoted = [
            (a, b)
            for a, b in zip(starts, ends, strict=True)
            if a < doc[sent.end - 1].end and b > doc[sent.start].start
        ]
        if not quoted:
            continue

        def inside(i: int, quoted: list[tuple[int, int]] = quoted) -> bool:
            return any(a <= doc[i].start < b for a, b in quoted)

        others = {  # the subjects outside the quotations: who may be speaking
            reg.at_token[i].id
            for i in range(sent.start, sent.end)
            if i in reg.at_token and doc[i].dep in L.SUBJECTS and not inside(i)
        }
        if others != {entity.id}:
            continue
        if _mostly_singular([doc[i].lower for i in range(sent.start, sent.end) if inside(i)]):
            return True
    return False


def _mostly_singular(words: list[str]) -> bool:
    """Whether lower-cased ``words`` hold more first-person singular pronouns than plural
    ones (the shared :data:`FIRST_SINGULAR` and :data:`FIRST_PLURAL`): a speaker talking as
    "I", not a spokesperson's "we". Contractions need no entry of their own: the tokenizer
    splits "I'm", "I've", "I'd" into "I" and the verb (the old list's "I'm" never matched),
    and a capitalised "My" or "Me" opening a quotation counts as the lower-case word does."""
    singular = sum(w in FIRST_SINGULAR for w in words)
    plural = sum(w in FIRST_PLURAL for w in words)
    return singular > plural


def _speech_verb(doc: Document, i: int, speech: frozenset[str]) -> bool:
    """Whether verb ``i`` is a speech verb or goes on to one ("went on to say", "wanted to
    add": an ``xcomp`` of a listed lemma)."""
    return doc[i].lemma in speech or any(k.lemma in speech for k in doc.kids(i, L.XCOMP))


def _continued_as_he_or_she(reg: Registry, entity: Entity) -> str | None:
    """The gender of a he / she that continues a mention of ``entity`` as a subject, else
    None: the mention is a subject outside quotations, its sentence names no other person
    outside them, and the first subject pronoun of a person after it, in that sentence or the
    next, comes before any other person is named ("Unruh is leading the effort. If she
    succeeds ...", "as Menendez pointed out, ... She asked ..."): the one candidate of the
    pronoun (Lee et al. 2013's agreement constraints: "he" needs a male person)."""
    doc, lex = reg.document, reg.lexicon
    for m in entity.mentions:
        tok = doc[m]
        if tok.dep not in L.SUBJECTS or reg.quoted(tok.start) or not _main_clause(doc, tok.head):
            continue
        sent = doc.sentences[tok.sent]
        if any(_other_person(reg, entity, i) for i in range(sent.start, sent.end)):
            continue
        last = doc.sentences[tok.sent + 1].end if tok.sent + 1 < len(doc.sentences) else sent.end
        for i in range(tok.i + 1, last):
            if _other_person(reg, entity, i):
                break
            feats = lex.pronouns.get(doc[i].lower)
            if not feats or doc[i].dep not in L.SUBJECTS or reg.quoted(doc[i].start):
                continue
            if doc[doc[i].head].dep == L.PARATAXIS or doc.is_ancestor(doc[i].head, tok.i):
                break  # "Compaq, she predicted, would come": she reports the clause
            if feats.gender in (MALE, FEMALE):
                return str(feats.gender)
            break  # "it", "they": the next subject is no person's
    return None


def _main_clause(doc: Document, verb: int) -> bool:
    """Whether ``verb`` heads its sentence or an adverbial clause of the head ("as Lee
    pointed out, ..."): a subject in a clause embedded under someone else's verb ("He helped
    allow Kraft to merge") is not what the next sentence goes on with."""
    tok = doc[verb]
    if tok.head == tok.i:
        return True
    return tok.dep == L.ADVCL and doc[tok.head].head == tok.head


def _other_person(reg: Registry, entity: Entity, i: int) -> bool:
    """Whether token ``i`` is part of a mention of a person other than ``entity``, outside
    quotations."""
    other = reg.at_token.get(i)
    return (
        other is not None
        and other is not entity
        and other.type == PERSON
        and not reg.quoted(reg.document[i].start)
    )


def _titled(reg: Registry, entity: Entity) -> bool:
    """Whether a mention of ``entity`` comes right after a short honorific ("Mr.", "Ms.",
    "Dr.": honorifics.txt), a person's; not a longer one that also begins names of things
    ("King James Bible")."""
    doc = reg.document
    for m in entity.mentions:
        # the name's first word: the word before the head when it is of the same mention
        two = m > 0 and reg.at_token.get(m - 1) is entity and doc[m - 1].text[:1].isupper()
        start = m - 1 if two else m
        if start > 0 and _short_honorific(doc[start - 1].lower.rstrip(".")):
            return True
    return False


def _short_honorific(word: str) -> bool:
    return word in HONORIFICS and len(word) <= 3


def _index_as_person(reg: Registry, entity: Entity) -> None:
    """Index the re-typed entity's name words as a person's: its surname, and its first name
    when the name has two words."""
    for name in entity.names:
        words = name.lower().split()
        if entity not in reg.by_surname.get(words[-1], ()):
            reg.by_surname.setdefault(words[-1], []).append(entity)
        if len(words) == 2 and entity not in reg.by_first.get(words[0], ()):
            reg.by_first.setdefault(words[0], []).append(entity)


def retype_families(reg: Registry) -> None:
    """A family named by its plural surname ("the Clintons", "the Murdochs") is a group of
    people, not one person nor an organisation: the small NER types it either way, and as a
    person it took a later "she" ("The Clintons said ... She added": Hillary Clinton, not the
    family) and as an organisation an "it". English names a family by the surname's plural
    with the definite article ("the Smiths", "the Joneses"), as it names any group of
    people with a plural proper noun.

    Evidence, all needed: every name of the entity is one capitalised word in "-s"; a mention
    has "the" before it; that word less its "-s" / "-es" is the surname of a person the
    text names ("Hillary Clinton"); and the text reads it as a family (:func:`_a_family`),
    so "the Browns" beside Sherrod Brown or "the Beatles" stay what they were. The
    family becomes a ``GROUP`` of no gender, out of the person-name indices: "they" can mean
    it, "she" and "he" cannot, and "Clinton" alone still means the person."""
    doc = reg.document
    for entity in reg.entities:
        if entity.type not in (PERSON, ORG) or entity.described or not entity.names:
            continue
        if not all(_plural_surname(name) for name in entity.names):
            continue
        if not any(m > 0 and doc[m - 1].lower == "the" for m in entity.mentions):
            continue
        stem, people = _namesakes(reg, entity)
        if not people or not _a_family(reg, entity, stem, people):
            continue
        entity.type = GROUP
        entity.gender = ""
        entity.gender_votes.clear()
        for index in (reg.by_surname, reg.by_first, reg.by_part):
            for name in entity.names:
                holders = index.get(name, [])  # keyed as the index keys its words
                if entity in holders:
                    holders.remove(entity)


def _plural_surname(name: str) -> bool:
    """One capitalised word of letters ending in "s" ("Clintons"; not "Ross" alone: its
    stem must still be a person's surname, :func:`_surname_of_person`)."""
    return (
        " " not in name
        and len(name) > 3
        and name[0].isupper()
        and name[1:].islower()
        and name.isalpha()
        and name.endswith("s")
    )


def _stems(word: str) -> list[str]:
    """The surnames a plural may be of: "Clintons" -> "Clinton", "Joneses" -> "Jones"."""
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    return stems


def _namesakes(reg: Registry, entity: Entity) -> tuple[str, list[Entity]]:
    """The surname the plural name is of ("Clintons" -> "Clinton", "Joneses" -> "Jones",
    :func:`_stems`) and the other registered people named in full whose name ends in it;
    the first stem with any, else no people."""
    for stem in _stems(entity.names[0]):
        people = [
            other
            for other in reg.by_surname.get(stem, ())
            if other is not entity and other.type == PERSON and len(other.name.split()) > 1
        ]
        if people:
            return stem, people
    return "", []


def _a_family(reg: Registry, entity: Entity, stem: str, people: list[Entity]) -> bool:
    """Whether the plural surname is a family rather than a team or a firm of that word
    ("the Browns" beside Sen. Sherrod Brown is a football club): the NER read it as people,
    or the text names two people of the surname (``people``: "Rupert Murdoch ... James
    Murdoch"), or writes "the <surname> family"."""
    if entity.type == PERSON or len(people) > 1:
        return True
    return f"{stem.lower()} family" in reg.document.text.lower()

"""Titles, roles and affiliations of registered people: "Press Secretary Dmitry Peskov",
"Peskov, the Kremlin spokesman", "Sen. Ann Cole (R-Iowa)", so that a later description
("Putin's spokesman", "the Republican") finds the entity that holds the role."""

from __future__ import annotations

import re
from functools import cache

from quotes import labels as L
from quotes.document import POSSESSIVE_MARKS, Document, Span, Token
from quotes.lexicons import load_lexicon, load_table
from quotes.records import ORG, PERSON
from quotes.speakers.lexicon import (
    SpeakerLexicon,
    singular_title,
)
from quotes.speakers.registry.model import (
    DETERMINERS,
    HONORIFICS,
    PEERAGE_TITLES,
    Entity,
    Registry,
    run_head,
    tokens_text,
)
from quotes.speakers.registry.names import name_tokens


def _apposition_read_as_conjunct(doc: Document, tok: Token, span: Span) -> bool:
    """Whether the parser made a name in apposition a conjunct of the noun before it:
    "Qatar's Emir, Sheikh Tamim bin Hamad al-Jabiri, hosted ..." (``conj`` of "Emir", with
    no "and" or "or"): a conjunction joins with a coordinator, an apposition with commas
    alone (Quirk et al. 1985, 17.65), so a name right after a comma, with no coordinator
    between, is an apposition."""
    if tok.dep != L.CONJ or tok.head >= span.start or span.start < 1:
        return False
    if doc[span.start - 1].text != ",":
        return False
    return not any(doc[i].dep == L.CC for i in range(tok.head + 1, span.start))


def _apposition_read_as_adverbial(reg: Registry, tok: Token, span: Span) -> int | None:
    """The role noun a name in apposition belongs to when the parser hung the name on the
    verb as an adverbial: "Staff alerted Cole's chief of staff, Tom Reed, to the request"
    (``npadvmod`` of "alerted"). A name right after a comma that closes a role's noun phrase
    is its apposition (Quirk et al. 1985, 17.65), as in :func:`_apposition_read_as_conjunct`.
    Only a role noun of ``roles.txt`` (no entity) whose phrase ends right before the comma and
    that hangs on the same verb as the name."""
    doc = reg.document
    if tok.dep not in (L.NPADVMOD, L.DEP) or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    noun = doc[span.start - 2]
    while noun.head != noun.i and noun.head != tok.head and doc[noun.head].i < span.start:
        noun = doc[noun.head]
    if noun.head != tok.head or noun.pos != "NOUN" or noun.i in reg.at_token:
        return None
    if max(i for i in doc.subtree(noun.i) if doc[i].pos != "PUNCT") != span.start - 2:
        return None  # the role's phrase must end right at the comma
    words = np_left(doc, noun.i)
    roles = reg.lexicon.find_roles([doc[i].lower for i in words])
    return noun.i if any(words[a] <= noun.i <= words[b - 1] for a, b, _ in roles) else None


def add_titles(reg: Registry, span: Span, entity: Entity) -> None:
    """Roles and affiliations a name's own noun phrase gives it.

    Three places, as news style writes them: a title before the name ("Russian Foreign
    Minister Sergey Lavrov"), an apposition after it ("Dmitry Peskov, Putin's spokesman"), and
    a name in apposition to a role ("Putin's spokesman, Dmitry Peskov"). A plural title over
    coordinated names with coordinated qualifiers is shared out in order ("Russian and U.S.
    Presidents Vladimir Putin and Donald Trump": Putin is Russian, Trump American).
    """
    doc = reg.document
    head = run_head(doc, range(span.start, span.end))
    title = title_tokens(doc, head, span) + titles_inside(reg, span)
    if title:
        apply_title(reg, entity, title, doc[head])
    for app in doc.kids(head, L.APPOS):
        if app.pos in ("NOUN", "PROPN") and app.i not in reg.at_token:
            role_np = np_left(doc, app.i)
            if role_np[0] - span.end <= 2:
                apply_title(reg, entity, role_np, doc[head])
    tok = doc[head]
    if (tok.dep == L.APPOS or _apposition_read_as_conjunct(doc, tok, span)) and doc[
        tok.head
    ].i not in reg.at_token:
        role_np = np_left(doc, tok.head)
        if 0 <= span.start - role_np[-1] <= 3:
            apply_title(reg, entity, role_np, doc[head])
    elif tok.dep == L.APPOS and (role := _role_over_client(reg, tok.head)) is not None:
        apply_title(reg, entity, np_left(doc, role), doc[head])
    elif (role := _apposition_read_as_adverbial(reg, tok, span)) is not None:
        apply_title(reg, entity, np_left(doc, role), doc[head])
    office = _office_before_bracket(doc, span)
    if office:
        apply_title(reg, entity, office, doc[head])
    if entity.type == PERSON and (tag := party_state_tag(reg, span)):
        entity.affiliations.update(tag)
        entity.tagged_places.update(tag & PLACE_KINDS[0])
    heads_by_clause(reg, entity, head)
    roles_by_copula(reg, entity, head)
    roles_by_verb(reg, entity, head)


def _party_state_words() -> tuple[dict[str, str], dict[str, str]]:
    """The party letters and state words of a party-state tag (party_state_tags.txt)."""
    parties: dict[str, str] = {}
    states: dict[str, str] = {}
    for row in load_table("party_state_tags"):
        kind, word, side = (*row, "")[:3]
        (parties if kind == "party" else states)[word] = side
    return parties, states


_PARTY_LETTERS, _STATE_WORDS = _party_state_words()


_SIDES = {row[0].lower(): row[1] for row in load_table("affiliations")}


#: The sides of a U.S. party (affiliations.txt's "republican", "democratic": GOP, DEM).
PARTY_SIDES = frozenset(_SIDES[w] for w in _PARTY_LETTERS.values() if w in _SIDES)


def _place_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """The sides that place a person, by kind: a U.S. state (party_state_tags.txt) and a
    nation (the sides of affiliations.txt that are no party's)."""
    return frozenset(_STATE_WORDS.values()), frozenset(set(_SIDES.values()) - PARTY_SIDES)


#: The sides that place a person, a kind each: U.S. states, nations. Two places of one kind
#: exclude each other ("the Florida senator" is not Iowa's); a place and a party do not.
PLACE_KINDS = _place_kinds()


def placed_elsewhere(quals: set[str], entity: Entity) -> bool:
    """Whether a party-state tag placed ``entity`` in another U.S. state than the one the
    qualifiers name: "the Florida senator" is not "Sen. Ann Cole, R-Iowa,". Only the tag's
    state (``tagged_places``): the affiliations read from "Ann Cole of Maine and Mark Lund
    of Ohio" can be misattached (Lund gets Maine), and a person the text placed nowhere is
    not ruled out."""
    wanted = quals & PLACE_KINDS[0]
    return bool(wanted and entity.tagged_places and not wanted & entity.tagged_places)


def placed_there(quals: set[str], entity: Entity) -> bool:
    """Whether the text placed ``entity`` in a place the qualifiers name."""
    return any(quals & kind & entity.affiliations for kind in PLACE_KINDS)


def names_a_place(quals: set[str]) -> bool:
    """Whether the qualifiers name a U.S. state or a nation ("the Vermont senator")."""
    return any(quals & kind for kind in PLACE_KINDS)


#: The tag right after a name: "(R-Iowa)", ", D-Md.,", " (I-VT)", ", R-N.H.".
_PARTY_STATE_TAG = re.compile(r"\s*[(,]\s*([A-Z])\s*-\s*([A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def party_state_tag(reg: Registry, span: Span) -> set[str]:
    """The state and party a U.S. lawmaker's tag after the name gives: "Sen. Joni Ernst,
    R-Iowa," is a senator of Iowa and a Republican, so "the Florida senator" is not she
    (resolution.compatible). The AP style writes a lawmaker's party and state in this tag
    where a title would carry them ("Iowa Sen. Joni Ernst", "Republican Sen. Joni Ernst"),
    and the affiliation is the one such a title gives. Only a tag opening right after the
    name with a party letter and a state of party_state_tags.txt (its own name, an AP
    abbreviation or a postal code); "I" (independent) gives the state alone."""
    doc = reg.document
    found = _PARTY_STATE_TAG.match(doc.text, doc[span.end - 1].end)
    if found is None or found.group(1) not in _PARTY_LETTERS:
        return set()
    words = found.group(2)
    tries = [words, words.rstrip("."), words.split(" ")[0], words.split(" ")[0].rstrip(".")]
    state = next((_STATE_WORDS[w] for w in tries if w in _STATE_WORDS), None)
    if state is None:
        return set()
    party = reg.lexicon.side(_PARTY_LETTERS[found.group(1)] or "-")
    return {state} | ({party} if party else set())


def heads_by_clause(reg: Registry, entity: Entity, head: int) -> None:
    """The role "head" of a body a relative clause on the name gives: "Jane Roe, who heads
    the FBI," is the FBI's head, so "the FBI director" is she (RoleRules.heads_of_named_body).
    A relative clause on a name adds information about its referent (Quirk et al. 1985,
    17.22), here the office an apposition would give ("Jane Roe, the head of the FBI,").
    Only a present-tense verb of heading_verbs.txt whose subject is the relative pronoun and
    whose object names a body: "who headed the FBI until 2019" is a former head."""
    doc = reg.document
    for clause in doc.kids(head, L.RELCL):
        if clause.lemma not in load_lexicon("heading_verbs") or clause.tag not in ("VBZ", "VBP"):
            continue
        if not any(k.lower in ("who", "that") for k in doc.kids(clause.i, L.NSUBJ)):
            continue
        for obj in doc.kids(clause.i, L.OBJ):
            sides = qualifier_sides(reg, doc.subtree(obj.i), set())
            if sides:
                entity.add_role("head", "head")
                entity.affiliations.update(sides)


#: The present tenses of a verb that gives its subject an office now ("Jane Roe is the
#: director of the FBI"); "was" may tell a former office.
_PRESENT = ("VBZ", "VBP")


def _now(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` is in the present ("is", "serves") or the present perfect ("has been",
    "has served"): the office is held at the time of writing."""
    if verb.tag in _PRESENT:
        return True
    return verb.tag == "VBN" and any(
        k.lemma == "have" and k.tag in _PRESENT for k in doc.kids(verb.i, L.AUX)
    )


def _clauses_of(doc: Document, head: int) -> list[Token]:
    """The verbs a name is the subject of: its own clause's and a relative clause's on it
    ("Jane Roe, who is ..."), whose subject is the relative pronoun."""
    tok = doc[head]
    out = [doc[tok.head]] if tok.dep in L.SUBJECTS and tok.head != tok.i else []
    out += [
        c
        for c in doc.kids(head, L.RELCL)
        if any(k.lower in ("who", "that") for k in doc.kids(c.i, L.NSUBJ))
    ]
    return out


@cache
def _office_copulas() -> dict[str, str]:
    """Verb lemma -> the dependency or preposition of its predicate noun
    (office_copulas.txt: "be" -> attr, "serve" -> "as")."""
    return {row[0]: row[1] for row in load_table("office_copulas")}


def _predicate_nouns(doc: Document, verb: Token) -> list[Token]:
    """The predicate nouns of a verb of ``office_copulas.txt``, conjuncts included: "the
    director" of "is the director of the FBI", "director" of "serves as director"."""
    link = _office_copulas().get(verb.lemma)
    if link is None:
        return []
    if link == L.ATTR:
        tops = list(doc.kids(verb.i, L.ATTR))
    else:
        tops = [
            o for p in doc.kids(verb.i, L.PREP) if p.lower == link for o in doc.kids(p.i, L.POBJ)
        ]
    return [n for top in tops for n in [top, *doc.kids(top.i, L.CONJ)]]


def roles_by_copula(reg: Registry, entity: Entity, head: int) -> None:
    """The office a copula gives a name: "Jane Roe is the director of the FBI" (or "Jane Roe,
    who is the director of the FBI,", "Jane Roe serves as director of the FBI") makes her the
    FBI's director as the apposition "Jane Roe, the director of the FBI," does; a predicative
    noun phrase ascribes its description to the subject (Quirk et al. 1985, 10.16), and news
    introduces an office's holder so as often as by a title. Only a verb of
    ``office_copulas.txt`` in the present or present perfect (in the past, "was the
    director", the office is a former one: :func:`_former_office`), outside quotations (a
    quoted "Cole is the president we need" is an opinion), and a predicate noun that is
    itself a role of ``roles.txt`` ("the director", "the chief executive"; not "a supporter
    of the candidate") with no clause of its own ("the president we need")."""
    doc = reg.document
    for verb in _clauses_of(doc, head):
        now, past = _now(doc, verb), _past(doc, verb)
        if not (now or past) or reg.quoted(verb.start):
            continue
        for noun in _predicate_nouns(doc, verb):
            if noun.pos not in ("NOUN", "PROPN") or noun.i in reg.at_token:
                continue
            if doc.kids(noun.i, L.RELCL, L.ACL):
                continue
            role_np = _predicate_np(doc, noun.i)
            roles = reg.lexicon.find_roles([doc[i].lower for i in role_np])
            roles = [r for r in roles if role_np[r[0]] <= noun.i <= role_np[r[1] - 1]]
            if roles and now:
                apply_title(reg, entity, role_np, doc[head])
            elif roles:
                _former_office(reg, entity, roles)


def _past(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` is in the simple past or the past perfect ("was", "served", "had
    been"): an office held before, maybe no longer. Not in reported speech, whose past is
    the backshift of the speaker's present (Quirk et al. 1985, 14.31: "Lee said Mr. Trump
    was a candidate in the spirit of the Valley"): no verb above it takes it as a clausal
    complement."""
    if _reported(doc, verb):
        return False
    if verb.tag == "VBD":
        return True
    return verb.tag == "VBN" and any(
        k.lemma == "have" and k.tag == "VBD" for k in doc.kids(verb.i, L.AUX)
    )


def _reported(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` stands in a clausal complement ("said (that) X was ..."), at any
    depth."""
    tok = verb
    while tok.head != tok.i:
        if tok.dep == L.CCOMP:
            return True
        tok = doc[tok.head]
    return False


def _former_office(reg: Registry, entity: Entity, roles: list[tuple[int, int, str]]) -> None:
    """A past copula's office as a former one: "Ann Cole served as ambassador to France until
    2015" makes her "the former ambassador", not "the ambassador" (a past tense tells an
    office held before, and "former" is how news then names its holder, as a title "Former
    Ambassador Ann Cole" does: :func:`former_apart`). Only the canonical key, like
    :func:`former_apart`: the office is no title of hers to report, and its body no
    affiliation (her present one may be another)."""
    lex = reg.lexicon
    for _, _, phrase in roles:
        key = lex.canonical_role(phrase)
        entity.role_keys.add(
            key if key.startswith("former ") else lex.canonical_role("former " + key)
        )


def _predicate_np(doc: Document, noun: int) -> list[int]:
    """A predicate noun's phrase (:func:`np_left`) without the clauses inside it: "a
    supporter of Mr. Trump's instincts, which the candidate has made clear" names no
    candidate."""
    inner = {
        j
        for i in np_left(doc, noun)
        if doc[i].dep in (L.RELCL, L.ACL, L.APPOS) and i != noun
        for j in doc.subtree(i)
    }
    return [i for i in np_left(doc, noun) if i not in inner]


@cache
def _office_verbs() -> dict[str, str]:
    """Verb lemma -> the role its subject holds for the object (office_verbs.txt)."""
    return {row[0]: row[1] for row in load_table("office_verbs")}


def roles_by_verb(reg: Registry, entity: Entity, head: int) -> None:
    """The office a verb of its own gives a name's subject: "Ann Cole founded Harbor Watch"
    (or "Ann Cole, who founded Harbor Watch,") makes her its founder, "Tom Reed runs Acme"
    its head, so "the group's founder", "the company's chief executive" are they. The
    clause says what the apposition "the founder of Harbor Watch" would (Quirk et al. 1985,
    17.22). Only a verb of ``office_verbs.txt`` (founding in any tense: one stays a
    founder; heading and managing in the present: "headed the FBI until 2019" is a former
    head), a
    subject outside quotations, and an object naming a body (its own words and "of"
    phrase: "leads the polls in Iowa" names none). The relative clause of a heading verb is
    :func:`heads_by_clause`'s."""
    doc = reg.document
    for verb in _clauses_of(doc, head):
        role = _office_verbs().get(verb.lemma)
        if role is None or reg.quoted(verb.start):
            continue
        if role == "head" and (not _now(doc, verb) or verb.dep == L.RELCL):
            continue  # a relative clause of heading is heads_by_clause's
        if "*" in role and not _now(doc, verb):
            continue
        for obj in doc.kids(verb.i, L.OBJ):
            office = _office_of_object(reg, role, obj)
            sides = qualifier_sides(reg, np_left(doc, obj.i), set())
            if office and sides:
                entity.add_role(office, reg.lexicon.canonical_role(office))
                entity.affiliations.update(sides)


def _office_of_object(reg: Registry, role: str, obj: Token) -> str | None:
    """The office a verb of ``office_verbs.txt`` gives: the row's role, or, for a role with
    "*", the object's noun in its place when the two make a role of ``roles.txt`` ("manages
    Ann Cole's campaign": "campaign manager"; "manages the store": no "store manager", none)."""
    if "*" not in role:
        return role
    office = role.replace("*", obj.lemma)
    found = reg.lexicon.find_roles(office.split())
    return office if any(p == office for _, _, p in found) else None


#: Small words an office's name holds between its capitalised words ("Minister for Local
#: Transport", "Secretary of State for Health and Social Care").
_OFFICE_FILLERS = load_lexicon("office_name_fillers")


def _office_before_bracket(doc: Document, span: Span) -> list[int]:
    """The office a parliamentary record's label gives the name in its brackets, Hansard's
    style: "The Minister for Local Transport (Ann Lee): ..." makes Ann Lee the minister, so
    "the Minister" later in the record is she. Only a name alone in brackets right after
    the words opening its line, each capitalised or a small word of an office's name."""
    if span.start < 2 or span.end >= len(doc):
        return []
    if doc[span.start - 1].text != "(" or not doc[span.end].text.startswith(")"):
        return []
    line = doc.text.rfind("\n", 0, doc[span.start].start) + 1
    words = [i for i in doc.tokens_in(line, doc[span.start - 1].start) if doc[i].pos != "SPACE"]
    if not words or len(words) > 10:
        return []
    if not all(doc[i].text[:1].isupper() or doc[i].lower in _OFFICE_FILLERS for i in words):
        return []
    return words


def _role_over_client(reg: Registry, client: int) -> int | None:
    """The role noun a name in apposition belongs to when the parser hung the name on the
    organisation the role serves: "The defence barrister for Acme Construction, Ann Roe, ..."
    parses "Ann Roe" as an apposition to "Acme Construction", which no person can be; the
    title is the noun above its "for" ("barrister"). Only an organisation the registry knows
    as one, so "an adviser to the mayor, Ann Roe" (she may be the mayor) is left alone."""
    doc = reg.document
    entity = reg.at_token.get(client)
    if entity is None or entity.type != ORG or doc[client].dep != L.POBJ:
        return None
    prep = doc[doc[client].head]
    if prep.dep != L.PREP or prep.lower != "for":
        return None
    noun = doc[prep.head]
    if noun.pos != "NOUN" or noun.i in reg.at_token:
        return None
    return noun.i


def title_tokens(doc: Document, head: int, span: Span) -> list[int]:
    """Tokens of the modifiers left of a name: compounds, adjectives, "of"-phrases, possessors.
    Those of the name's first word count too: the parser may hang a title with a party word
    before it on the given name ("Labour MP Priya Nandra": "MP" a compound of "Priya", not of
    "Nandra"), and the title is the whole name's all the same."""
    out: list[int] = []
    for word in {head, span.start}:
        for kid in doc.kids(word, L.COMPOUND, L.AMOD, L.NMOD, L.POSS):
            if kid.i < span.start:
                out.extend(i for i in doc.subtree(kid.i) if i < span.start)
    return sorted(set(out))


def titles_inside(reg: Registry, span: Span) -> list[int]:
    """The words of a title the NER took into a person's span ("Reps. Maria Cole", one
    PERSON span; "Sen." is mostly left out, a plural title mostly not): the words before the
    name that :func:`~quotes.speakers.registry.names.name_tokens` strips, less articles and
    punctuation. :func:`title_tokens` reads only words left of the span, so before session 24
    such a title gave the names no role at all, and a description ("the treasury secretary")
    could take the untitled representative by salience."""
    doc = reg.document
    name = name_tokens(doc, span, reg.lexicon)
    if not name:
        return []
    return [
        i
        for i in range(span.start, name[0].i)
        if doc[i].pos != "PUNCT" and doc[i].lower not in DETERMINERS
    ]


def np_left(doc: Document, noun: int) -> list[int]:
    """A role noun with its left modifiers and its "of"-phrase ("the Russian president",
    "Secretary of State"), without relative clauses or other appositions."""
    out = [noun]
    for kid in doc.kids(noun):
        if kid.i < noun and kid.dep in (L.COMPOUND, L.AMOD, L.NMOD, L.POSS, L.DET):
            out.extend(doc.subtree(kid.i))
        elif kid.dep == L.PREP and kid.lower == "of":
            out.extend(doc.subtree(kid.i))
    return sorted(set(out))


def apply_title(reg: Registry, entity: Entity, indices: list[int], name_head: Token) -> None:
    """Record the roles, affiliations and gender a title gives ``entity`` (and, for a plural
    title over coordinated names, the respective qualifiers to each name)."""
    doc, lex = reg.document, reg.lexicon
    toks = [doc[i] for i in indices]
    words = [t.lower for t in toks]
    # a possessor's role is not the holder's: "the emir's mother", "the president's spokesman"
    roles = [r for r in lex.find_roles(words) if not _followed_by_pos(doc, toks[r[1] - 1].i)]
    roles = [r for r in roles if not rank_word(doc, lex, toks[r[0] : r[1]], indices)]
    partners = [entity] + [
        reg.at_token[k.i] for k in doc.kids(name_head.i, L.CONJ) if k.i in reg.at_token
    ]
    roles = [r for r in roles if not _title_of_another(reg, toks[r[1] - 1].i, partners)]
    sides = qualifier_sides(reg, indices, {i for a, b, _ in roles for i in indices[a:b]})
    for a, b, phrase in roles:
        text = doc.text[toks[a].start : toks[b - 1].end]
        plural = text.lower() != phrase
        key = lex.canonical_role(phrase)
        gender = lex.role_gender(phrase)
        if phrase.rstrip(".") in HONORIFICS:
            partners_with_role: list[Entity] = []
            if phrase in PEERAGE_TITLES and not plural:
                entity.role_keys.add("peer")  # "the peer", "the baroness" refer back to her
        else:
            partners_with_role = partners if plural else [entity]
        shown = singular_title(text, phrase) if plural else text
        for person in partners_with_role:
            person.add_role(shown, key)
            if former_apart(words, a, roles):
                # "Former Texas Gov. Rick Perry" is also "the former governor"
                person.role_keys.add(lex.canonical_role("former " + key))
        if gender:
            entity.gender = gender
    if len(sides) == len(partners) > 1:
        for person, side in zip(partners, sides, strict=True):
            person.affiliations.add(side)
    else:
        entity.affiliations.update(sides)


def _title_of_another(reg: Registry, last: int, partners: list[Entity]) -> bool:
    """Whether a title ending at token ``last`` stands right before the name of another
    person: it is that person's ("Dana Lee, director of a union that backs Mr. Ford",
    "an adviser of President Obama": neither "Mr." nor "president" is Lee's, and "Mr." gave
    her a man's gender; session 21)."""
    other = reg.at_token.get(last + 1)
    return other is not None and other.type == PERSON and other not in partners


def rank_word(doc: Document, lex: SpeakerLexicon, toks: list[Token], indices: list[int]) -> bool:
    """Whether a "head" role ("chief", "head", "former chief") modifies another noun of the
    title: "chief strategist John Weaver", "HP's former chief corporate spokesman" say a rank
    within a trade, not the head of a body (role_synonyms.txt), so the trade stays the
    person's role; "FBI chief Jane Roe" (the word hangs on the name) and "the head of the FBI"
    are heads."""
    if not toks or lex.canonical_role(toks[-1].lower) != "head":
        return False
    above = doc[toks[-1].head]
    return above.i != toks[-1].i and above.i in indices and above.pos == "NOUN"


def former_apart(words: list[str], start: int, roles: list[tuple[int, int, str]]) -> bool:
    """Whether "former" qualifies the role starting at word ``start`` from a distance, with
    a qualifier between ("Former Texas Gov.", "former U.S. Secretary of State"): the lexicon
    reads "former governor" as one office only when the words touch, and a description
    ("the former governor") names the holder either way. Not across another role ("former
    aide to Governor ...")."""
    if start < 2 or words[start - 1] == "former" or words[0:start].count("former") != 1:
        return False
    at = words.index("former")
    return at < start and not any(at < a < start for a, _, _ in roles)


def qualifier_sides(reg: Registry, indices: list[int], skip: set[int]) -> list[str]:
    """The affiliations named by tokens of a phrase, in text order, once each.

    An affiliation is a word or entity of the affiliations table ("Russian", "White House"),
    another named organisation or place (its lower-case name), or a possessor person ("@putin",
    with that person's own affiliations).
    """
    doc, lex = reg.document, reg.lexicon
    out: list[str] = []
    seen_entities: set[int] = set()
    for i in indices:
        if i in skip:
            continue
        tok = doc[i]
        other = reg.at_token.get(i)
        if other is not None and other.type == PERSON:
            # "Putin's spokesman", and "Trump campaign spokeswoman": a person's name modifying
            # the noun before a title ties the title's holder to that person as a possessor does
            is_possessor = (
                tok.dep == L.POSS
                or _followed_by_pos(doc, i)
                or (tok.dep == L.COMPOUND and doc[tok.head].pos == "NOUN")
            )
            if other.id not in seen_entities and is_possessor:
                seen_entities.add(other.id)
                out.append("@" + other.name.split()[-1].lower())
            continue
        if tok.ent:
            if not tok.ent_start and i - 1 in indices and doc[i - 1].ent == tok.ent:
                continue
            side = lex.side(_entity_text(doc, i)) or lex.side(tok.text)
            if side is None and tok.ent in ("ORG", "GPE"):
                side = _full_name(reg, i, _entity_text(doc, i).lower())
        else:
            side = lex.side(tok.text)
        if side and side not in out:
            out.append(side)
    return out


def _full_name(reg: Registry, i: int, side: str) -> str:
    """The full name of the organisation a short form at token ``i`` names again ("the Acme
    chief executive" after "Acme Corp chief executive Ann Cole": "acme corp"), so a
    description's qualifier and the holder's title name the body alike; news names a body in
    full first and by a short form after (:func:`short_form_of`). Only an organisation of the
    registry, no place, whose names include the short form."""
    body = reg.at_token.get(i)
    if body is None or body.type != ORG or body.place:
        return side
    names = {name.lower() for name in body.names}
    return body.name.lower() if side in names and side != body.name.lower() else side


def _followed_by_pos(doc: Document, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].text in POSSESSIVE_MARKS


def _entity_text(doc: Document, i: int) -> str:
    """The text of the entity token ``i`` begins (its run of tokens with the same label),
    without a possessive mark the NER took in ("New Jersey's governor" is New Jersey's, the
    side "new jersey" a party-state tag gives: :func:`party_state_tag`)."""
    j = i + 1
    while j < len(doc) and doc[j].ent == doc[i].ent and not doc[j].ent_start:
        j += 1
    toks = [doc[k] for k in range(i, j) if doc[k].lower not in DETERMINERS]
    while len(toks) > 1 and toks[-1].text in POSSESSIVE_MARKS:
        toks.pop()
    return tokens_text(doc, toks) if toks else doc[i].text

"""The registry's model: an entity (a person, organisation or group with its name forms,
roles, gender and mentions), a mention, and the :class:`Registry` that indexes them for
constant-time lookup, with the small reads of the parse the other registry steps share."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from quotes import labels as L
from quotes.document import Document, Token
from quotes.lexicons import load_lexicon
from quotes.marks import find_quotations
from quotes.speakers.lexicon import (
    SpeakerLexicon,
)
from quotes.speakers.name_keys import NameIndex, PersonWordIndex, name_key, person_word_key

#: The en dash, typed for a hyphen inside names (:func:`_close_hyphen`).
EN_DASH = "\u2013"


#: NER labels of people and of named organisations / places that speak as institutions.
PERSON_LABELS = frozenset({"PERSON", "PER"})
#: Marks a paragraph that opens on a quotation starts with (NYT's '' and the straight quote
#: too): :meth:`Registry.namesake_subject_near`.
QUOTE_OPENERS = frozenset({'"', "\u201c", "\u2018", "'"})


ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


#: Suffixes of English agent nouns (occupations, roles): "officer", "analyst", "assistant".
AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian", "person", "chief")


#: Suffixes that make nouns for people only ("environmentalist", "historian"; Quirk et al.
#: 1985, App. I.34): "-er" and "-ent" also make things ("numbers", "documents").
PERSONAL_SUFFIXES = ("ist", "ian")


DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


#: Honorifics show gender but are not roles ("Mr. Peskov" holds no office by it).
HONORIFICS = load_lexicon("honorifics")


#: Peers' titles ("Lord Patel", "Baroness Cole"): honorifics, but "the peer" refers back.
PEERAGE_TITLES = load_lexicon("peerage_titles")


#: Lower-case particles inside surnames: "Ursula von der Leyen", "Mohammed bin Salman",
#: "Lula da Silva", "Bashar al-Assad". A name runs on over them to the capitalised word after.
PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della", "la",
     "le", "du", "bin", "bint", "ibn", "al", "el", "ben", "ter", "ten", "y", "zu"}
)  # fmt: skip


@dataclass(eq=False)
class Entity:
    """A person, organisation or group of the document.

    Attributes:
        id: position in the registry.
        type: ``PERSON``, ``ORG`` or ``GROUP``.
        names: the name forms the text uses, titles removed, in order of first use.
        roles: role phrases as the text writes them ("Press Secretary"), in order.
        role_keys: their canonical roles ("spokesperson").
        affiliations: side keys ("RU", "US") and possessors ("@putin") the text ties it to.
        tagged_places: the states a party-state tag after the name gives ("R-Iowa": iowa),
            the one placement no misattached "of" phrase makes (:func:`placed_elsewhere`).
        gender: ``m``, ``f`` or ``""`` (unknown).
        mentions: head token indices of its mentions, sorted once the registry is built.
        place: a country, city or state (NER ``GPE``): it can be "it" but not "they".
        facility: a building, street or bridge (NER ``FAC``): it speaks only by metonymy ("The
            White House said"), so it is no antecedent of "the council" until it has spoken.
        described: named by a common-noun phrase ("the agency", "Russian officials"), not a
            name: such an entity is a candidate antecedent but never a name match.
        kind: what sort of organisation or thing it is ("media", "broadcaster", "campaign",
            "document", "agency", "company" ...; description_nouns.txt), "" when unknown: a
            description ("the newspaper") refers only to an entity of a kind it fits.
        publisher: for a document ("the Beige Book"), who put it out, when the text says.
    """

    id: int
    type: str
    names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_keys: set[str] = field(default_factory=set)
    affiliations: set[str] = field(default_factory=set)
    tagged_places: set[str] = field(default_factory=set)
    gender: str = ""
    gender_votes: dict[str, int] = field(default_factory=dict)
    mentions: list[int] = field(default_factory=list)
    described: bool = False
    place: bool = False
    facility: bool = False
    kind: str = ""
    publisher: Entity | None = None

    @property
    def name(self) -> str:
        """The canonical name: the fullest personal name the document gives (most words,
        capitalised before lower case, first used on a tie)."""
        order = self.names.index
        return max(self.names, key=lambda n: (len(n.split()), n[:1].isupper(), -order(n)))

    @property
    def role(self) -> str | None:
        """The role a resolution to this entity reports: the first the text gave it."""
        return self.roles[0] if self.roles else None

    @property
    def first_name(self) -> str:
        words = self.name.split()
        return words[0] if len(words) > 1 else ""

    def add_name(self, name: str) -> None:
        if name and name not in self.names:
            self.names.append(name)

    def add_role(self, phrase: str, key: str) -> None:
        if key not in self.role_keys:
            self.roles.append(phrase)
            self.role_keys.add(key)


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of a registry entity: its head token and what makes it salient."""

    token: int
    sent: int
    entity: Entity
    subject: bool
    embedded: bool


@dataclass
class Registry:
    """The entities of one document and the indices that find them.

    Attributes:
        entities: every entity, in order of first mention.
        at_token: token index -> the entity whose mention covers it.
        by_surname: last word of a person's name -> people with it.
        by_org: an organisation's name (no article) -> it.
        The name indices key every name by :func:`~quotes.speakers.name_keys.name_key`
        (:class:`~quotes.speakers.name_keys.NameIndex`): "Trump’s" and "Trump's", "José"
        and "Jose", "U.S." and "US" are one key; people's name words keep the dots of an
        abbreviation (:class:`~quotes.speakers.name_keys.PersonWordIndex`).
        mentions: every mention, sorted by head token (for the salience window).
    """

    document: Document
    lexicon: SpeakerLexicon
    entities: list[Entity] = field(default_factory=list)
    at_token: dict[int, Entity] = field(default_factory=dict)
    by_surname: dict[str, list[Entity]] = field(default_factory=PersonWordIndex)
    by_first: dict[str, list[Entity]] = field(default_factory=PersonWordIndex)
    by_part: dict[str, list[Entity]] = field(default_factory=PersonWordIndex)
    by_org: dict[str, Entity] = field(default_factory=NameIndex)
    by_role: dict[str, list[Entity]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    _mention_tokens: list[int] = field(default_factory=list)
    _quotations: tuple[list[int], list[int]] | None = None
    _word_places: dict[str, list[int]] | None = None

    # --- building -----------------------------------------------------------------------
    def new(self, type_: str) -> Entity:
        entity = Entity(len(self.entities), type_)
        self.entities.append(entity)
        return entity

    def add_mention(self, entity: Entity, tokens: Iterable[int], head: int) -> None:
        for i in tokens:
            self.at_token[i] = entity
        entity.mentions.append(head)
        self.mentions.append(
            Mention(
                head,
                self.document[head].sent,
                entity,
                is_topic_subject(self.document, head),
                is_embedded(self.document, head),
            )
        )

    def finish(self) -> None:
        self.mentions.sort(key=lambda m: m.token)
        self._mention_tokens = [m.token for m in self.mentions]
        for entity in self.entities:
            entity.mentions.sort()
            for key in entity.role_keys:
                self.by_role.setdefault(key, []).append(entity)
            if not entity.gender and entity.gender_votes:
                best = max(entity.gender_votes, key=lambda g: entity.gender_votes[g])
                if len(entity.gender_votes) == 1:
                    entity.gender = best

    # --- lookups -----------------------------------------------------------------------
    def places_of_word(self, key: str) -> list[int]:
        """The token indices of the words whose name key (:func:`name_key`) is ``key``,
        indexed once per document: a rule that asks for each name where else the text
        writes its word would read the whole text once per name (quadratic in a long
        document)."""
        if self._word_places is None:
            places: dict[str, list[int]] = {}
            for tok in self.document.tokens:
                places.setdefault(name_key(tok.text), []).append(tok.i)
            self._word_places = places
        return self._word_places.get(key, [])

    def quotations(self) -> tuple[list[int], list[int]]:
        """The document's quotations as sorted starts and ends (:func:`_quoted_starts`),
        found once per document for every rule of the registry that asks."""
        if self._quotations is None:
            self._quotations = _quoted_starts(self.document)
        return self._quotations

    def quoted(self, offset: int) -> bool:
        """Whether character ``offset`` lies inside a quotation."""
        return in_quotations(offset, self.quotations())

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions whose head token lies in ``[lo, hi)``."""
        a = bisect.bisect_left(self._mention_tokens, lo)
        b = bisect.bisect_left(self._mention_tokens, hi)
        return self.mentions[a:b]

    def person_named(
        self, word: str, before: int | None = None, gender: str = "", plain: bool = False
    ) -> Entity | None:
        """The person a single name word refers to: a surname, else a first name.

        Several people sharing a surname (Bill and Hillary Clinton): those whose gender
        agrees with the mention's (``gender``, from "Mr." / "Mrs."; none agreeing: nobody
        known, a new person), then the first one named
        before token ``before``. News style names a second person of the same surname in full
        ("his wife, Jane Sanders"), so a bare "Sanders" stays the person the article is
        about, not the one named last. A surname written ``plain`` (no particle before it)
        among several goes to those whose name has no particle before it.
        """
        low = person_word_key(word)
        people = self.by_surname.get(low) or self.by_first.get(low) or self.by_part.get(low)
        if not people:
            return None
        if gender:
            # "Mr. Khan" after "Ghazala Khan" alone is another Khan (her husband), not her
            people = [e for e in people if agrees(self, e, gender)]
            if not people:
                return None
        if plain and len(people) > 1:
            # "Silva" written without a particle: Marina Silva, not "Lula da Silva", whose
            # surname keeps its particle on second reference ("da Silva", "von der Leyen")
            people = [e for e in people if not _particle_before(e, low)] or people
        if len(people) == 1 or before is None:
            return people[0]
        named = [e for e in people if last_before(e.mentions, before) >= 0]
        if (speaking := self.namesake_subject_near(named, low, before)) is not None:
            return speaking
        return min(named or people, key=lambda e: e.id)

    def namesake_subject_near(self, people: list[Entity], low: str, before: int) -> Entity | None:
        """Of several people sharing the surname ``low``, the one the text last named in full
        as a subject in the paragraph of token ``before``, or back to the paragraph before a
        run of paragraphs that open on a quotation: "Patricia Smith, mother of Benghazi
        victim Sean Smith, rejected the claim. ¶ “She lied to me,” Smith said" is Patricia
        Smith, the one the paragraph makes act and speak, not the son named in her
        apposition. AP style names
        the second person of a surname in full; a surname alone then goes on with the one
        last introduced as the actor, and news introduces a speaker in full in one
        paragraph and quotes them in the next. A paragraph of narration after one that
        named a namesake is left to the first named ("Bill Clinton set the bar high. ¶
        Instead, Clinton found her voice": Hillary Clinton, the story's subject)."""
        doc = self.document
        para = doc[before].para
        while para > 0 and self._opens_on_a_quotation(para):
            para -= 1  # a run of quoted paragraphs goes on with the one who introduced it
        latest, found = -1, None
        for entity in people:
            for m in entity.mentions:
                if (
                    latest < m < before
                    and doc[m].para >= para
                    and person_word_key(doc[m].text) == low
                    and particle_before(doc, m) == particle_before(doc, before)
                    and self.at_token.get(m - 1) is entity  # named in full there
                    and is_subject(doc, m)
                ):
                    latest, found = m, entity
        return found

    def _opens_on_a_quotation(self, para: int) -> bool:
        paragraph = self.document.paragraphs[para]
        return self.document.text[paragraph.start_char : paragraph.start_char + 1] in QUOTE_OPENERS

    def holders(self, key: str) -> list[Entity]:
        """Entities whose roles the canonical role ``key`` names."""
        lex = self.lexicon
        out: list[Entity] = []
        for held, entities in self.by_role.items():
            if lex.role_matches(key, held):
                out.extend(e for e in entities if e not in out)
        return out


def particle_before(doc: Document, i: int) -> str:
    """The surname particle written right before token ``i`` ("al" of "al-Nasser", "bint" of
    "Moza bint Nasser"), "" for none: "al-Nasser" and the "Nasser" of "bint Nasser" are two
    surnames (:meth:`Registry.namesake_subject_near`)."""
    j = i - 1
    while j >= 0 and doc[j].text in ("-", EN_DASH) and doc.written_close(j):
        j -= 1
    return doc[j].lower if j >= 0 and doc[j].lower in PARTICLES else ""


def _particle_before(entity: Entity, low: str) -> bool:
    """Whether a name of ``entity`` writes a particle right before the word ``low`` ("da" of
    "Luiz Inacio Lula da Silva" before "silva")."""
    for name in entity.names:
        words = name_key(name).split()
        if any(w == low and k and words[k - 1] in PARTICLES for k, w in enumerate(words)):
            return True
    return False


def is_subject(doc: Document, i: int) -> bool:
    """A subject, or a conjunct of one ("Anna Berg and Maria Lund met": both are)."""
    tok = doc[i]
    if tok.dep == L.CONJ:
        tok = doc[tok.head]
    return tok.dep in L.SUBJECTS


#: Clauses that complete another clause's verb: their subjects are talked about inside
#: someone else's sentence ("Mayor Hill let Ortiz speak first", "Lee said Ford would win"),
#: not the sentence's own topic. (An adverbial clause's subject stays one: "Although Mr.
#: Brown does not endorse him, he ..." is Brown.)
EMBEDDED_CLAUSES = frozenset({L.CCOMP, L.XCOMP})


def subject_verb(doc: Document, i: int) -> Token:
    """The verb whose subject token ``i`` is, read past coordination on both sides ("Ann and
    Tom said": Tom's verb is "said"; "Lee laughed and said": the clause is "laughed"'s)."""
    tok = doc[i]
    if tok.dep == L.CONJ:
        tok = doc[tok.head]
    verb = doc[tok.head]
    while verb.dep == L.CONJ and verb.head != verb.i:
        verb = doc[verb.head]
    return verb


def is_topic_subject(doc: Document, i: int, lang: str = "en") -> bool:
    """A subject that earns salience as one (Lappin & Leass's subject emphasis): the subject
    of a main clause, or of a reporting verb wherever the parser hung it ("..., he said").
    The subject of a clause embedded in another one does not: Hobbs (1978) searches a
    sentence's tree breadth-first, so the main clause's subject comes before any noun of a
    clause below it, and Kameyama (1998) treats complement clauses as embedded in the main
    one for centering. "Hill let Ortiz speak first, and then he spoke" -> he is Hill."""
    if not is_subject(doc, i):
        return False
    tok = doc[i]
    verb = subject_verb(doc, i)
    if verb.dep not in EMBEDDED_CLAUSES:
        return True
    # "The plan will fail, he said": the parser may hang the reporting clause under the
    # reported one; after a comma or a closing quotation mark it is still the main clause
    start = min(doc.subtree(tok.i))
    return (
        doc[tok.head].lemma in load_lexicon("speech_verbs", lang)
        and start > 0
        and doc[start - 1].pos == "PUNCT"
    )


def is_embedded(doc: Document, i: int) -> bool:
    """Inside another noun phrase ("Putin's spokesman", "a report by the agency"): Lappin &
    Leass give head-noun emphasis only to the mentions that are not."""
    tok = doc[i]
    if tok.dep in (L.POSS, L.COMPOUND, L.APPOS):
        return True
    if tok.dep == L.POBJ and tok.head != tok.i:
        prep = doc[tok.head]
        return prep.head != prep.i and doc[prep.head].pos in ("NOUN", "PROPN", "PRON")
    return False


def last_before(positions: list[int], before: int) -> int:
    """The last of the sorted ``positions`` before ``before``, -1 if none: an entity's last
    mention before a token (its mentions are sorted token indices). Shared by the registry's
    naming passes and the resolver's rules, which rank candidates by recency."""
    j = bisect.bisect_left(positions, before)
    return positions[j - 1] if j else -1


def tokens_text(doc: Document, toks: list[Token]) -> str:
    """The text from the first of ``toks`` to the last as written (inner spaces and marks
    kept), "" for none: how the registry's passes key names and roles by their words."""
    if not toks:
        return ""
    return doc.text[toks[0].start : toks[-1].end]


def run_head(doc: Document, indices: Iterable[int]) -> int:
    """The syntactic head of a run of tokens: the one whose head lies outside it."""
    inside = set(indices)
    heads = [i for i in sorted(inside) if doc[i].head not in inside or doc[i].head == i]
    return heads[-1] if heads else max(inside)


def known_gender(reg: Registry, entity: Entity) -> str:
    """An entity's gender as far as the text has shown it yet: a title, else its first name."""
    return entity.gender or reg.lexicon.first_name_gender(entity.first_name)


def agrees(reg: Registry, entity: Entity, gender: str) -> bool:
    """Whether a mention of ``gender`` ("" for unknown) can be ``entity``."""
    return not gender or known_gender(reg, entity) in ("", gender)


def _quoted_starts(doc: Document) -> tuple[list[int], list[int]]:
    """The quotations of ``doc`` (:func:`quotes.marks.find_quotations`) as sorted starts and
    their ends. The narrative clause's subject is the quotation's speaker or the one it is put to
    ("Lee was asked, 'Did you ask her to stay?'", "Lee said, 'He lied'"), and a speaker is
    "I" in their own words: a quoted he/she is someone else, no evidence of the subject's
    gender (session 21). A person inside the reported clause is what the quotation speaks of
    ("Ann said Lee 'only ever looked after his own career'": "his" is Lee's)."""
    found = find_quotations(doc.text, doc.paragraphs)
    return [q.start for q in found], [q.end for q in found]


def in_quotations(offset: int, quoted: tuple[list[int], list[int]]) -> bool:
    """Whether character ``offset`` lies inside one of the quotations (by bisection: the
    quotations do not overlap)."""
    starts, ends = quoted
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and offset < ends[k]

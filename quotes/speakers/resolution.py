"""What a resolution is, and the constants and small functions the resolver's rules share.

The salience weights follow Lappin & Leass (1994), with a claim's source as a news
addition (see :mod:`quotes.speakers.resolve`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from quotes import labels as L
from quotes.document import POSSESSIVE_MARKS, Document, Token
from quotes.lexicons import load_lexicon, load_table
from quotes.records import GROUP, ORG, PERSON, UNKNOWN, Offsets
from quotes.speakers.lexicon import FEMALE, MALE, PronounFeatures
from quotes.speakers.registry.model import DETERMINERS, Entity, last_before
from quotes.speakers.registry.offices import PARTY_SIDES, PLACE_KINDS

#: Sentences back that a pronoun or role descriptor looks for its antecedent; a pronoun with
#: none there looks :data:`WIDE_WINDOW` sentences back (a speaker quoted at length).
WINDOW = 4
WIDE_WINDOW = 12
#: Sentences inside quotations do not count toward a window (:meth:`Resolver.window_start`),
#: up to this many times the window in sentences.
QUOTED_REACH = 3
# how many more mentions than anyone else the person a text is about must have for a
# pronoun that opens a section to be theirs (PronounRules._section_subject)
SECTION_LEAD = 3
# how many sentences back a he/she subject that is no claim's source may pass a topic on
# ("Her mother ... She still plays ... She said"): each step is one narrative sentence
TOPIC_DEPTH = 2
# clauses that describe a noun: their subject stands between a topic and its pronoun
NOUN_CLAUSES = frozenset({L.RELCL, L.ACL})
# owners of a possessed person noun whose subject continues it (`possessed_topic`)
POSSESSIVE_OWNERS = frozenset({"his", "her"})
# a paragraph that opens on a jump in time: "In 1998,", "Back in 2009", "Years earlier,"
TIME_JUMP = re.compile(r"(?:(?:Back )?In (?:the )?(?:19|20)\d\d|Years (?:earlier|before|later))\b")
# the rules that resolve a pronoun to an entity a chain of pronouns goes on with
CHAINED_RULES = (
    "pronoun",
    "topic",
    "possessed_topic",
    "section_topic",
    "conjunct_subject",
    "owner_host",
    "preposed",
)
# a line that is only a section break: "* * *", "***", "---", "#"
SECTION_BREAK = re.compile(
    r"[ \t]*[*#\-\u2013\u2014~\u2022]+(?:[ \t]*[*#\-\u2013\u2014~\u2022]+)*[ \t]*"
)
#: Lappin & Leass (1994) salience factors, and the weight of having been a claim's source.
RECENCY = 100.0
SUBJECT = 80.0
SOURCE = 90.0
HEAD_NOUN = 80.0
#: A descriptor whose qualifier names the candidate's side ("Russian" for a Russian) gains this.
QUALIFIER_MATCH = 100.0
#: Nouns of two people: "the couple" speaks as both of them (:meth:`GroupRules.pair`).
#: Verbs whose subject states what a poll or study it is the setting of found ("In an online
#: poll ..., Acme found that ..."; :meth:`DocumentRules._setting_of`).
FINDING_VERBS = frozenset(
    {"find", "show", "conclude", "say", "report", "suggest", "estimate", "indicate", "note"}
)
#: Prepositions whose object is what a statement is about or whom it asked, not its maker
#: ("a poll of Indiana voters", "a report on China").
TOPIC_PREPOSITIONS = frozenset({"of", "on", "about", "among", "into", "in", "for", "over"})
#: The parts of speech whose words a description's modifiers are compared on (:meth:`unnamed`).
CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "VERB"})
PAIR_NOUNS = frozenset({"couple", "pair", "duo"})
#: nouns that name an organisation by what it is about, not by its structure: "the watchdog
#: group", "the terrorist organization" point back (DescriptionRules._classifying_definite),
#: while "the city council", "the state department" are bodies of their own
KIND_ORG_NOUNS = frozenset({"group", "organization", "organisation"})
#: A headline's description refers to an entity of the body's first LEAD sentences.
LEAD = 5

#: Lappin & Leass (1994): a mention outside an adverbial phrase earns this more than one in
#: it ("Asked about Lee's vote, she said": Lee is inside one), their non-adverbial emphasis;
#: taken off the adverbial mentions, so that the other weights keep the scale they have.
NON_ADVERBIAL = 50.0
#: Lappin & Leass (1994): an antecedent in the same grammatical role (subject for subject).
PARALLEL = 35.0
#: Two candidates within this ratio of the best score count as a tie: the more recent one wins
#: and the claim's confidence is multiplied by :data:`TIE_FACTOR`.
TIE_RATIO = 0.75
TIE_FACTOR = 0.75
#: A mention inside a claim's words (a third party the speaker talks about) earns this share
#: of its points as an antecedent.
QUOTED = 0.5

#: Words by which a document or message's maker is found, by group (document_makers.txt):
#: a message speaks for its maker ("the ad says" -> the campaign that ran it).
_MAKER_WORDS = load_table("document_makers")


def _maker_words(group: str) -> frozenset[str]:
    return frozenset(word for kind, word in _MAKER_WORDS if kind == group)


#: Verbs that put a statement out, and nouns for what they put out beyond the statement nouns
#: of source_nouns.txt: "ran a piece that noted", "released a video that accuses".
PUBLISH_VERBS = _maker_words("publish_verb")
PUBLISHED_NOUNS = _maker_words("published_noun")
#: An ad and its synonyms with other senses ("the spot"), and the verbs of whoever put one out
#: beyond :data:`AUTHOR_VERBS` (:meth:`DocumentRules.ad_maker`, :meth:`DocumentRules._ads_before`).
AD_NOUNS = _maker_words("ad_noun")
AD_SYNONYMS = _maker_words("ad_synonym")
AD_VERBS = _maker_words("ad_verb")
#: Verbs of a relative clause that names a statement's maker: "a speech she delivered".
AUTHOR_VERBS = PUBLISH_VERBS | _maker_words("author_verb")
#: Verbs by which a message's writer or sender made it (:meth:`DocumentRules._written_by`).
WRITER_VERBS = _maker_words("writer_verb")
#: What an announcement puts out, those of them that can also carry words said aloud (with no
#: announcement before them, "the statement" is the last speaker's), and the verbs of the
#: announcement (:meth:`DocumentRules._announcer`, :meth:`DocumentRules._answerer`).
ISSUED_NOUNS = _maker_words("issued_noun")
SPOKEN_ISSUED_NOUNS = _maker_words("spoken_issued_noun")
ANNOUNCING_VERBS = _maker_words("announcing_verb")
#: A website and the verbs of whoever set one up; what a poll or study yields ("the results
#: show"); a reply to what was asked or said ("the answer did not rebut ...").
SITE_NOUNS = _maker_words("site_noun")
SITE_VERBS = _maker_words("site_verb")
RESULT_NOUNS = _maker_words("result_noun")
#: Result nouns that are what someone found, and the verbs of the finder ("X found ... The
#: findings show": :meth:`DocumentRules._finder`).
FINDING_NOUNS = _maker_words("finding_noun")
FINDER_VERBS = _maker_words("finder_verb")
ANSWER_NOUNS = _maker_words("answer_noun")
#: Works and documents that speak for their maker: "a film by X", "X's new book" (work_maker).
WORK_NOUNS = _maker_words("work_noun")
#: What an outlet prints: "a report in the Valley Gazette" is the Gazette's (_outlet_in).
PRINTED_NOUNS = _maker_words("printed_noun")
#: Kinds of entity that print or air what appears in them.
OUTLET_KINDS = frozenset({"media", "broadcaster"})
#: Kinds whose description ("the administration", "the newspaper") never falls back to any
#: organisation named before when none of its kind is there: the phrase stays the speaker.
UNTYPED_FALLBACK_NONE = frozenset({"media", "broadcaster", "document", "campaign", "party"})
#: The canonical role of those who speak for an organisation (role_synonyms.txt).
SPOKESPERSON = "spokesperson"

#: Determiners of an indefinite description: "a spokesman", "one Conservative MP" introduce
#: someone the reader has not met (Prince 1981's brand-new entities; Poesio & Vieira 1998
#: read definite descriptions only as pointing back), so the role is not given to a named holder.
INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
#: How far after an indefinite role descriptor the holder it introduces may first be named.
INTRODUCTION_SENTENCES = 2
#: Entity labels of words that never speak: a relative clause after a date is about the
#: noun the date's phrase modifies (:meth:`RelativeRules._agreeing_noun`).
UNSPEAKING_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
#: Words by which a sentence says its source is unnamed (:meth:`RoleRules._anonymous`).
ANONYMITY_WORDS = frozenset({"anonymity", "anonymous", "anonymously"})
#: Participles of a request not to be named: "who declined to be identified", "who asked not
#: to be named" (:meth:`RelativeRules._unnamed_above_name`).
UNNAMED_PARTICIPLES = frozenset({"identified", "named", "quoted"})


def says_anonymous(words: set[str]) -> bool:
    """Whether lower-cased ``words`` say their source is unnamed: anonymity, anonymous, or
    "not authorized" (to speak): the anonymous-sourcing convention of wire style (AP
    Stylebook, "anonymous sources"); :meth:`RoleRules._anonymous` reads a sentence,
    :meth:`RelativeRules._unnamed_clause` a relative clause."""
    return bool(words & ANONYMITY_WORDS) or {"not", "authorized"} <= words


#: Participles that give a description's bearer its name: "a group called Occupy DNC".
NAMING_VERBS = frozenset({"call", "name", "dub"})
#: Relative pronouns: they refer to the noun their clause modifies.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: The possessive relative: "Ann Lee, whose office said ..." refers to the noun its clause
#: modifies as "who" does (Quirk et al. 1985, 6.35), but hangs on the noun it owns.
POSSESSIVE_RELATIVE = "whose"
#: Verbs whose object a speaker makes or utters, beyond :data:`AUTHOR_VERBS`: "a point that
#: Ann Lee raised", "an argument he repeated" (:meth:`RelativeRules.relative_maker`).
MAKING_VERBS = frozenset(
    {"raise", "repeat", "echo", "offer", "express", "voice", "present", "put", "advance", "float"}
)
#: Political money committees, organisations a relative "which" may mean but not organisation
#: nouns of organisation_nouns.txt (the stance rules read "A super PAC supporting X" there).
FUND_NOUNS = frozenset({"pac"})
#: Organisation nouns that, owned by a person, are that person's voice: "His office said".
PERSONAL_OFFICES = frozenset({"office"})
#: Verbs whose subject asks: the pronoun after such a claim is the one asked, answering.
ASKING_VERBS = frozenset({"ask", "question", "press", "wonder", "query"})
#: Verb forms that show a plural subject: a relative pronoun before one has a plural noun.
PLURAL_VERB_FORMS = frozenset({"are", "were", "have", "'re", "’re"})
#: Pronouns that stand for a plural group and head a phrase ("those supporting Lee", "some of
#: the farmers"): a relative pronoun with a plural verb may take one as its antecedent.
PLURAL_PRONOUN_HEADS = frozenset({"those", "these", "many", "some", "others", "both", "all", "few"})
#: Prepositions that introduce examples of the plural noun they hang on ("voters such as Lee").
EXAMPLE_PREPOSITIONS = frozenset({"as", "like", "including"})
#: Parts of speech a name's head never has: a PERSON of the NER headed by one is common words
#: (:meth:`PronounRules.common_words_person`). Not NUM, SYM or PUNCT: a name the NER cut badly
#: ("Robert Galbraith /") is still a person.
NOT_NAME_TAGS = frozenset(
    {"VERB", "AUX", "ADP", "ADJ", "ADV", "CCONJ", "SCONJ", "DET", "PART", "PRON", "INTJ"}
)
#: Words left alone after an article when the noun is elided ("a third", "the latter"): the
#: article stays with them in the speaker's words (elided_noun_heads.txt).
ELIDED_NOUN_HEADS = load_lexicon("elided_noun_heads")
#: Pronouns whose own antecedent adds to that entity's salience (Lappin & Leass 1994: a
#: pronoun joins its antecedent's equivalence class, so "He ... he ... he" keeps a man salient
#: that the text named only once): the gendered ones, whose agreement is the surest.
CHAIN_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
#: How sure each rule is of its speaker; the claim's confidence is multiplied by it.
#: Quantifiers that take a partitive "of them" ("one of them", "most of them").
PARTITIVE_HEADS = frozenset(
    {"one", "two", "three", "some", "many", "most", "several", "all", "both", "each",
     "none", "few", "half", "neither", "either"}
)  # fmt: skip

#: Quantifiers that, alone as a subject, count the group the sentence before was about
#: ("Supporters cheered. Some chanted ...": :meth:`GroupRules._elided_group`).
ELIDED_PARTITIVES = frozenset({"several", "some", "most", "all", "both", "each", "half", "none"})

#: Quantifiers that, repeated alone as a subject, take back the noun of the same quantifier just
#: before ("many social conservatives ..., many said": :meth:`GroupRules._repeated_quantifier`);
#: not the pair words ("both", "each", "either"), which a conjunction's "both A and B" also spells.
REPEATED_QUANTIFIERS = frozenset({"many", "most", "some", "several", "few"})

#: Quantifiers whose noun "others" is contrasted with, as the rest of the same set ("some
#: friends say ..., others say ...": :meth:`GroupRules._others_of_contrast`).
CONTRASTED_QUANTIFIERS = frozenset({"some", "many"})

CERTAINTY = {
    "name": 1.0,
    "coref": 0.9,
    "coordination": 0.95,
    "source_noun": 0.95,
    "organisation": 0.95,
    "group": 0.95,
    "role": 0.85,
    "pronoun": 0.8,
    "topic": 0.8,
    "possessed_topic": 0.75,
    "conjunct_subject": 0.8,
    "owner_host": 0.8,
    "preposed": 0.8,
    "section_topic": 0.75,
    "relative": 0.9,
    "relative_maker": 0.8,
    "relative_host": 0.8,
    "among": 0.85,
    "apposition": 0.85,
    "named_as": 0.8,
    "continuation": 0.95,
    "description": 0.7,
    "definite": 0.8,
    "restated": 0.8,
    "headline": 0.75,
    "identified": 0.7,
    "pair": 0.75,
    "interviewee": 0.85,
    "possessive": 0.85,
    "possessive_thing": 0.8,
    "unresolved": 0.6,
    "quoter": 0.9,
}


@dataclass(frozen=True, slots=True)
class Resolution:
    """Who a mention refers to, and the rule that said so."""

    speaker: str | None
    type: str
    role: str | None
    rule: str
    certainty: float
    entity: Entity | None = None
    via: str | None = None


UNRESOLVED = Resolution(None, UNKNOWN, None, "unresolved", CERTAINTY["unresolved"])


@dataclass(slots=True)
class Scored:
    entity: Entity
    score: float = 0.0
    last: int = -1


#: The organisation nouns that can stand for a place named before ("Russia ... the
#: government", "Dover ... the city"); "the council" or "the company" after "Dover" is not Dover.
PLACE_NOUNS = frozenset({"government", "country", "nation", "state", "city", "administration"})


def agreement(feats: PronounFeatures) -> Callable[[Entity], bool] | None:
    """What a pronoun can refer to, as a test on entities (None: nothing in the text)."""
    if feats.person == 1 and feats.number == "pl":
        return lambda e: e.type == GROUP or e.type == ORG and not e.place and e.kind != "document"
    if feats.person != 3:
        return None
    if feats.number == "pl":
        return lambda e: e.type == GROUP or e.type == ORG and not e.place and e.kind != "document"
    if feats.gender == "n":
        return lambda e: e.type == ORG
    if feats.gender in (MALE, FEMALE):
        return lambda e: e.type == PERSON and e.gender in ("", feats.gender)
    return lambda e: e.type == PERSON


def compatible(quals: set[str], entity: Entity) -> bool:
    """Whether a descriptor's qualifiers allow ``entity``: yes unless both sides are known and
    share nothing ("Putin's spokesman" is not the White House press secretary). Qualifiers that
    are all U.S. states or parties (registry.PLACE_KINDS, PARTY_SIDES) are compared kind by
    kind: a state with the holder's state, a party with the holder's party."""
    sides = {q for q in quals if not q.startswith("@")}
    owners = {q for q in quals if q.startswith("@")}
    known = entity.affiliations
    if not known:
        return True
    if owners & known:
        return True
    if owners and any(k.startswith("@") for k in known):
        return False  # "his spokesman" (Reyes's) is not the spokeswoman of Ortiz
    if not sides:
        return True
    kinds = (PLACE_KINDS[0], PARTY_SIDES)
    if all(any(s in kind for kind in kinds) for s in sides):
        # a U.S. state or a party rules out only a holder of another of its kind: "the
        # Vermont senator" may be "Democratic candidate Ann Cole", not "Sen. Tom Reed
        # (R-Iowa)"; not a nation, whose side also stands for an institution ("White House":
        # US), which a holder's other institution still contradicts
        return not any(sides & kind and known & kind and not sides & known & kind for kind in kinds)
    return bool(sides & known)


def head_of(doc: Document, indices: list[int]) -> int:
    """The syntactic head of a mention: its token whose head lies outside the mention; the
    last such token where the parser split the phrase ("press secretary | Ann Lee" with the
    title hung elsewhere), as an English noun phrase ends in its head. A word before a comma
    hung on a word after it that hangs back on the mention is no such head: the parser that
    reads "envoy to the UN, Pavel Kirov" as one object "UN Kirov" of "to" leaves "UN" the
    mention's last word with its head outside, yet inside the phrase of "envoy"."""
    inside = set(indices)
    for i in reversed(indices):
        tok = doc[i]
        if tok.head not in inside or tok.head == i:
            if tok.pos in ("NOUN", "PROPN", "PRON", "NUM", "X") and not _merged_past_comma(
                doc, i, inside
            ):
                return i
    nouns = [i for i in indices if doc[i].pos in ("NOUN", "PROPN", "PRON")]
    return nouns[-1] if nouns else indices[-1]


def _merged_past_comma(doc: Document, i: int, inside: set[int]) -> bool:
    """Whether token ``i``, the mention's last word before a comma, hangs on a word after the
    comma that hangs back on a word of the mention ("to the UN, Pavel Kirov": "UN" on
    "Kirov", "Kirov" on "to")."""
    h = doc[i].head
    return (
        h > max(inside)
        and doc[h].head in inside
        and i + 1 < len(doc.tokens)
        and doc[i + 1].text == ","
    )


def phrase(doc: Document, indices: list[int]) -> str:
    """The words of a mention without a leading article or a trailing possessive. An article
    before a lone ordinal or "other" / "latter" stays ("A third", "The latter", "The other"):
    there the noun is elided (Quirk et al. 1985, 5.4 on nominal ellipsis) and "third" alone
    names no one. A demonstrative that heads the phrase as a pronoun, its postmodifier after it
    ("those in charge", "those at the meeting"), stays too: it is the noun phrase's head, not
    its determiner (Quirk et al. 1985, 6.41), and "in charge" alone names no one."""
    toks = [doc[i] for i in indices]
    while toks and (toks[0].lower in DETERMINERS or toks[0].pos == "PUNCT"):
        if len(toks) == 2 and toks[1].lower in ELIDED_NOUN_HEADS:
            break
        if len(toks) > 1 and demonstrative_head(doc, toks[0], indices):
            break
        toks = toks[1:]
    while toks and (toks[-1].text in POSSESSIVE_MARKS or toks[-1].pos == "PUNCT"):
        toks = toks[:-1]
    if not toks:
        return doc.text[doc[indices[0]].start : doc[indices[-1]].end]
    return doc.text[toks[0].start : toks[-1].end]


def demonstrative_head(doc: Document, tok: Token, indices: list[int]) -> bool:
    """Whether ``tok`` ("those") is a pronoun heading the mention, the mention's other words
    hanging on it ("those in charge"), rather than a determiner of a noun ("those voters")."""
    if tok.pos != "PRON" or tok.dep == L.DET or tok.head in indices and tok.head != tok.i:
        return False
    return any(doc[i].head == tok.i for i in indices if i != tok.i)


def in_possessor(doc: Document, i: int, indices: list[int]) -> bool:
    """Whether token ``i`` belongs to a possessor inside the mention ("Putin's" in "Putin's
    spokesman"); a mention that is itself a possessor ("The Florida senator's") is not one."""
    inside = set(indices)
    tok = doc[i]
    seen = 0
    while tok.head in inside and tok.head != tok.i and seen < len(indices):
        if tok.dep == L.POSS:
            return True
        tok = doc[tok.head]
        seen += 1
    return False


def token_inside(tok: Token, ranges: Sequence[Offsets]) -> bool:
    """Whether ``tok`` starts inside one of ``ranges`` (character offsets, in any order): the
    resolver and its rules ask it of quotations and claim spans, where a linear scan of a
    few ranges is enough (:func:`inside_sorted` for the sorted ones)."""
    return any(a <= tok.start < b for a, b in ranges)


def after_section_break(text: str, opens: int) -> bool:
    """Whether the paragraph that opens at offset ``opens`` comes right after a line that is
    only a section break ("* * *"), blank lines aside."""
    before = text[:opens].rstrip()
    line = before[before.rfind("\n") + 1 :]
    return bool(line) and SECTION_BREAK.fullmatch(line) is not None


def inside_sorted(offset: int, ranges: list[Offsets]) -> bool:
    """Whether ``offset`` lies in one of ``ranges`` (sorted by start; ranges may nest)."""
    j = bisect.bisect_right(ranges, (offset, float("inf")))
    return any(a <= offset < b for a, b in ranges[max(0, j - 3) : j])


def all_inside_sorted(offsets: list[int], ranges: list[Offsets]) -> bool:
    """Whether every offset of ``offsets`` (at least one) is :func:`inside_sorted`
    ``ranges``: the same answer, at the cost of two look-ups when no range starts between
    the lowest offset and the highest (a sentence inside one quotation). Then every offset
    sees the same ranges, which all start at or before the lowest, so an offset is inside
    iff it lies before the furthest end among them, and the highest decides for all."""
    low, high = min(offsets), max(offsets)
    j = bisect.bisect_right(ranges, (low, float("inf")))
    if j != bisect.bisect_right(ranges, (high, float("inf"))):
        return all(inside_sorted(a, ranges) for a in offsets)
    seen = ranges[max(0, j - 3) : j]
    return bool(seen) and high < max(b for _, b in seen)


def speaking_together(pair: tuple[Entity, Entity], head: int) -> Resolution:
    """Two people speaking as one source, "A and B" in the order the text last named them
    before ``head`` (:meth:`GroupRules.pair`)."""
    a, b = sorted(pair, key=lambda e: last_before(e.mentions, head))
    return Resolution(f"{a.name} and {b.name}", GROUP, None, "pair", CERTAINTY["pair"])


#: Words of an organisation's name that do not tell it from another ("CBS News", "NBC News").
GENERIC_NAME_WORDS = frozenset(
    {"the", "of", "and", "for", "news", "university", "institute", "college", "center", "group"}
)


def names_its_maker(document: Entity, publisher: Entity) -> bool:
    """Whether a named document's name holds a word of its publisher's name ("CBS News poll"
    of CBS News, "Post-ABC poll" of the Washington Post-ABC News): then the name already
    says who made it; a name of its own ("American Community Survey", "Millennial Poll", an
    initialism "PPIC poll") does not."""
    words = {w for w in re.split(r"[^\w]+", publisher.name.lower()) if len(w) > 1}
    return bool((words - GENERIC_NAME_WORDS) & set(re.split(r"[^\w]+", document.name.lower())))

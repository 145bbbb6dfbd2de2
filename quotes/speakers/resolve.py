"""Mention -> entity: who a claim's source mention refers to.

A sieve in the manner of Lee et al. (2013): the surest rules run first and the first that
applies decides. Each rule is a method named after the value it writes into ``rule``:

``name``            the mention is (or contains as its head) a name in the registry
``source_noun``     "a report by Robert Mueller", "the White House statement": the owner
``organisation``    "the Trump administration": an ORG named by the phrase
``group``           "reporters", "U.S. media", "Representatives of the Democratic Party"
``role``            "the aide", "Putin's spokesman": the holder of that role, qualifier checked
``pronoun``         "he", "they": the most salient agreeing antecedent
``description``     anything else: the phrase itself, type UNKNOWN (or PERSON for a role
                    nobody in the text holds)

Salience follows Lappin & Leass (1994): each mention earns points for recency (100),
subjecthood (80) and, our addition for news text, for being a claim's source (90); points
halve with every sentence of distance, and only the last :data:`WINDOW` sentences count, so
the cost of one resolution is bounded and a document's cost is linear in its mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from quotes import labels as L
from quotes.claims.direct import ANSWER_TURN, QUESTION_TURN, interview_turn_paragraphs
from quotes.document import POSSESSIVE_MARKS, Document, Token
from quotes.lexicons import load_lexicon, load_table
from quotes.marks import ALL_MARKS
from quotes.records import GROUP, ORG, PERSON, UNKNOWN, Offsets
from quotes.speakers.lexicon import FEMALE, MALE, SUBORDINATE, PronounFeatures
from quotes.speakers.registry import (
    AGENT_SUFFIXES,
    DETERMINERS,
    EMBEDDED_CLAUSES,
    HONORIFICS,
    POST_NOMINALS,
    Entity,
    Mention,
    Registry,
    _listed_person_noun,
    former_apart,
    gender_of_form,
    group_name,
    group_phrase,
    is_embedded,
    is_subject,
    is_topic_subject,
    person_noun_gender,
    qualifier_sides,
    short_form_of,
    subject_verb,
)
from quotes.text import dateline_end

#: Sentences back that a pronoun or role descriptor looks for its antecedent; a pronoun with
#: none there looks :data:`WIDE_WINDOW` sentences back (a speaker quoted at length).
WINDOW = 4
WIDE_WINDOW = 12
#: Sentences inside quotations do not count toward a window (:meth:`Resolver._window_start`),
#: up to this many times the window in sentences.
QUOTED_REACH = 3
# how many more mentions than anyone else the person a text is about must have for a
# pronoun that opens a section to be theirs (Resolver._section_subject)
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
#: Nouns of two people: "the couple" speaks as both of them (:meth:`Resolver.pair`).
#: Verbs whose subject states what a poll or study it is the setting of found ("In an online
#: poll ..., Acme found that ..."; :meth:`Resolver._setting_of`).
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
#: group", "the terrorist organization" point back (Resolver._classifying_definite), while "the
#: city council", "the state department" are bodies of their own
KIND_ORG_NOUNS = frozenset({"group", "organization", "organisation"})
#: A headline's description refers to an entity of the body's first LEAD sentences; a first
#: paragraph longer than HEADLINE_CHARS is no headline.
LEAD = 5
HEADLINE_CHARS = 250
#: A first paragraph of more words is a lead, whatever its length in characters: headlines
#: run to 24 words at most on PolNeAR train (839 texts), a one-sentence lead to 25-40.
HEADLINE_WORDS = 30
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
#: beyond :data:`AUTHOR_VERBS` (:meth:`Resolver.ad_maker`, :meth:`Resolver._ads_before`).
AD_NOUNS = _maker_words("ad_noun")
AD_SYNONYMS = _maker_words("ad_synonym")
AD_VERBS = _maker_words("ad_verb")
#: Verbs of a relative clause that names a statement's maker: "a speech she delivered".
AUTHOR_VERBS = PUBLISH_VERBS | _maker_words("author_verb")
#: What an announcement puts out, those of them that can also carry words said aloud (with no
#: announcement before them, "the statement" is the last speaker's), and the verbs of the
#: announcement (:meth:`Resolver._announcer`, :meth:`Resolver._answerer`).
ISSUED_NOUNS = _maker_words("issued_noun")
SPOKEN_ISSUED_NOUNS = _maker_words("spoken_issued_noun")
ANNOUNCING_VERBS = _maker_words("announcing_verb")
#: A website and the verbs of whoever set one up; what a poll or study yields ("the results
#: show"); a reply to what was asked or said ("the answer did not rebut ...").
SITE_NOUNS = _maker_words("site_noun")
SITE_VERBS = _maker_words("site_verb")
RESULT_NOUNS = _maker_words("result_noun")
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
#: noun the date's phrase modifies (:meth:`Resolver._agreeing_noun`).
UNSPEAKING_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
#: Words by which a sentence says its source is unnamed (:meth:`Resolver._anonymous`).
ANONYMITY_WORDS = frozenset({"anonymity", "anonymous", "anonymously"})
#: Participles that give a description's bearer its name: "a group called Occupy DNC".
NAMING_VERBS = frozenset({"call", "name", "dub"})
#: Relative pronouns: they refer to the noun their clause modifies.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Verbs whose object a speaker makes or utters, beyond :data:`AUTHOR_VERBS`: "a point that
#: Ann Lee raised", "an argument he repeated" (:meth:`Resolver.relative_maker`).
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
#: Prepositions that introduce examples of the plural noun they hang on ("voters such as Lee").
EXAMPLE_PREPOSITIONS = frozenset({"as", "like", "including"})
#: Parts of speech a name's head never has: a PERSON of the NER headed by one is common words
#: (:meth:`Resolver._common_words_person`). Not NUM, SYM or PUNCT: a name the NER cut badly
#: ("Robert Galbraith /") is still a person.
NOT_NAME_TAGS = frozenset(
    {"VERB", "AUX", "ADP", "ADJ", "ADV", "CCONJ", "SCONJ", "DET", "PART", "PRON", "INTJ"}
)
#: First-person singular pronouns: in an interview's answer they are the person interviewed.
FIRST_SINGULAR = frozenset({"i", "me", "my", "myself", "mine"})
#: First-person plural pronouns: outside quotations, the writer and their paper.
FIRST_PLURAL = frozenset({"we", "us", "our", "ourselves"})
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
#: ("Supporters cheered. Some chanted ...": :meth:`Resolver._elided_group`).
ELIDED_PARTITIVES = frozenset({"several", "some", "most", "all", "both", "each", "half", "none"})

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


class Resolver:
    """Resolves the mentions of one document, remembering which entities were sources.

    Args:
        document: the parsed document.
        registry: its entity registry (:func:`quotes.speakers.registry.build_registry`).
    """

    def __init__(self, document: Document, registry: Registry) -> None:
        self.doc = document
        self.reg = registry
        self.lex = registry.lexicon
        self._source_tokens: list[int] = []
        self._source_entities: list[Entity] = []
        self._done: dict[int, Resolution] = {}
        #: per pronoun, the first token of the body naming a person it could mean
        self._first_person: dict[str, int] = {}
        self._turns: tuple[list[int], list[bool], Entity | None] | None = None
        #: the document's gendered pronouns, each as a mention of its antecedent, built in one
        #: pass in text order the first time salience is needed (:meth:`_chain`)
        self._chain_tokens: list[int] | None = None
        self._chain_next = 0
        self._chain_mentions: list[Mention] = []
        self._by_id = {e.id: e for e in registry.entities}
        #: the document's lower-case words, built the first time one is asked for
        self._lower: frozenset[str] | None = None
        #: per token, the verb of the adverbial phrase it lies in, if any (:meth:`_adverbial`)
        self._adverbials: dict[int, int | None] = {}
        #: per sentence, the sentences of narrative up to it (:meth:`_distance`)
        self._narrative: list[int] | None = None
        #: the words of every claim of the document: a person named inside what someone said
        #: is talked about, not speaking, and counts :data:`QUOTED` as much as an antecedent
        self.quoted: list[Offsets] = []
        #: one rule per mention shape (:func:`shape_of`); each may look up what another
        #: mention resolved to (:meth:`lookup`) but never resolves it by calling a rule that
        #: could come back: so no chain can loop, and the order of the pass is the text's.
        self.rules: dict[str, Callable[[int, list[int], Sequence[Offsets]], Resolution]] = {
            "coordination": self.coordinated,
            "name": self.named,
            "pronoun": self.pronominal,
            "relative": self.relative_rule,
            "possessive": self.possessive,
            "description": self.described,
            "turn": self.turn,
        }

    # --- entry points ---------------------------------------------------------------------
    def resolve(
        self, span: Offsets, exclude: Sequence[Offsets] = (), keep: bool = True
    ) -> Resolution:
        """Resolve the mention at character offsets ``span`` by the rule of its shape.

        Mentions are resolved in text order (the claims' order); what each resolved to is
        kept by its head token, so a later mention whose rule needs it (a relative pronoun's
        noun, a possessive's owner, a statement's maker) looks it up.

        Args:
            span: the mention's offsets.
            exclude: character ranges whose mentions cannot be the antecedent (the claim's
                own content: a speaker rarely names themself in the third person).
            keep: whether later mentions may look this one up; not for a speaker quoted
                inside a quotation, who is talked about there and speaks in no narrative.
        """
        indices = [i for i in self.doc.tokens_in(*span) if self.doc[i].pos != "PUNCT"]
        if not indices:
            return UNRESOLVED
        head = self._past_post_nominal(head_of(self.doc, indices), indices)
        found = self.coref(head, exclude)
        if found is None:
            found = self.rules[self.shape_of(head, indices)](head, indices, exclude)
        if keep:
            self._done[head] = found
        return found

    def _past_post_nominal(self, head: int, indices: list[int]) -> int:
        """The name before letters after it: the parser heads "Rachel Reeves MP" on "MP",
        but the mention names Rachel Reeves (MP is her office: roles.txt gives the role)."""
        doc = self.doc
        if (
            head - 1 in indices
            and doc[head].text.replace(".", "") in POST_NOMINALS
            and (entity := self.reg.at_token.get(head - 1)) is not None
            and entity.type == PERSON
        ):
            return head - 1
        return head

    def lookup(self, head: int, indices: list[int], exclude: Sequence[Offsets]) -> Resolution:
        """What the mention at ``head`` resolved to earlier in the pass, else what the rules
        that need no other mention say (name, role, organisation, description, a pronoun by
        salience): one level, never back into a chained rule."""
        if head in self._done:
            return self._done[head]
        shape = self.shape_of(head, indices)
        if shape == "pronoun":
            return self.pronoun_by_salience(head, exclude)
        if shape == "possessive":
            return self.possessive(head, indices, exclude, chained=False)
        if shape == "relative":
            return UNRESOLVED
        return self.rules[shape](head, indices, exclude, chained=False)  # type: ignore[call-arg]

    def shape_of(self, head: int, indices: list[int]) -> str:
        """The shape of a mention, which picks its rule: ``coordination`` (names joined by
        "and"), ``name``, ``pronoun``, ``relative`` (who / which / that), ``possessive`` (a
        noun owned by a pronoun or a description: "her campaign", "the candidate's
        campaign") or ``description`` (anything else: a role, an organisation by its noun, a
        statement, a group)."""
        doc = self.doc
        tok = doc[head]
        if self._answer_label(head):
            return "turn"
        if self._description_head(head, indices) != head:
            return "description"
        if (tok.pos == "PRON" or len(indices) == 1) and tok.lower in self.lex.pronouns:
            return "pronoun"
        if tok.lower in RELATIVE_PRONOUNS and len(indices) == 1:
            return "relative"
        inside = set(indices)
        joined = any(k.i in inside for k in doc.kids(head, L.CONJ))
        if joined and self.coordination(head, indices, ()):
            return "coordination"
        entity = self.reg.at_token.get(head)
        if joined and (entity is not None or tok.pos == "PROPN") and not self._owner_first(indices):
            # a name joined to people it does not name ("Trump and his attorneys") is that
            # group, in its own words, not the name alone
            return "description"
        if entity is not None and self._common_noun_named(tok, entity):
            return "description"
        if self._person_epithet(head, indices):
            return "description"
        if entity is not None and not entity.described and entity.kind != "document":
            return "name"
        if entity is None and self._name_like(tok) and self.reg.person_named(tok.lower, head):
            return "name"
        if entity is None and self._bare_short_form(head, indices):
            return "name"  # "Northwind declined ..." after "Northwind Foods" (see name())
        if self._owner(head, indices) is not None:
            return "possessive"
        return "description"

    def _common_noun_named(self, tok: Token, entity: Entity) -> bool:
        """ "The network" joined to an entity "Network" that is the bare noun itself (a
        capitalised "Network" elsewhere, which the NER took for a name): the lower-case noun
        is a description that points back, not that name."""
        return (
            tok.text.islower()
            and not entity.described
            and entity.name.lower() in (tok.lower, tok.lemma)
            and tok.lemma in self.lex.description_kinds
        )

    def _bare_short_form(self, head: int, indices: list[int]) -> bool:
        """A proper noun alone (an article aside) that shortens an organisation named before
        ("Northwind" of "Northwind Foods"); not one person of a party ("one Republican")."""
        tok = self.doc[head]
        rest = [i for i in indices if i != head and self.doc[i].lower not in ("the", "The")]
        return tok.pos == "PROPN" and not rest and short_form_of(self.reg, tok.text) is not None

    def _owner_first(self, indices: list[int]) -> bool:
        """Whether the mention opens with a possessive ("Clinton's advisers and allies"): its
        head is the owned noun, resolved through the owner (the possessive rule)."""
        doc = self.doc
        return any(doc[i].text in POSSESSIVE_MARKS or doc[i].dep == L.POSS for i in indices[:3])

    def _person_epithet(self, head: int, indices: list[int]) -> bool:
        """ "The Dutchman said", "the Scot added", "The 58-year-old told the court": a
        singular demonym (description_nouns.txt, kind ``person``) or an age after "the" is an
        epithet for someone named before, the way sports, court and wire copy avoid repeating
        a name; the NER often tags the demonym as an organisation or a person named "Scot",
        which would make it a speaker of its own. A plural ("The Americans") is a group."""
        doc = self.doc
        tok = doc[head]
        if doc[indices[0]].lower != "the" or tok.tag in ("NNS", "NNPS"):
            return False
        if self._age_epithet(indices):
            return len(indices) <= 6  # "The 58-year-old", not "the 58-year-old lawyer"
        kinds = self.lex.description_kinds.get(tok.lower, frozenset())
        return "person" in kinds and tok.text[:1].isupper()

    def _age_epithet(self, indices: list[int]) -> bool:
        """ "the 58-year-old": a phrase that ends in an age, which the tokenizer splits into
        58 - year - old (Quirk et al. 1985 call it a noun phrase with an adjective head)."""
        doc = self.doc
        last = indices[-1]
        words = [doc[i].lower for i in range(max(0, last - 2), last + 1)]
        return words[-1] == "old" and words[:2] in (["year", "-"], ["years", "-"])

    def _name_like(self, tok: Token) -> bool:
        """A proper noun, or a capitalised word the tagger took for a common noun: in a
        headline ("Trump: ..." before the body's "Donald Trump"), or a singular one anywhere
        (a surname it does not know, "Keir Starmer said ... Starmer added"). Callers check the
        word against the people the text names, so "Officials said" stays a noun."""
        if tok.pos == "PROPN":
            return True
        if tok.pos == "NOUN" and tok.text.isupper() and len(tok.text) > 1:
            return True  # a transcript's label, "RAMOS:" (tagged a plural for its final S)
        if tok.text.isupper() and len(tok.text) > 1 and self._label_before_colon(tok):
            return True  # "PRITCHARD:", tagged a participle for its "-ed"-like end (session 17)
        return tok.pos == "NOUN" and tok.text[:1].isupper() and (tok.sent == 0 or tok.tag == "NN")

    def _label_before_colon(self, tok: Token) -> bool:
        """Whether ``tok`` is a transcript's label in capitals: it opens its line and a colon
        follows it ("PRITCHARD: ..."), whatever the tagger made of the word."""
        doc = self.doc
        opens = tok.i == 0 or doc[tok.i - 1].pos == "SPACE" or doc.text[tok.start - 1] == "\n"
        return opens and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (":", "):")

    # --- the rules of the table ------------------------------------------------------------
    def coordinated(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        return self.coordination(head, indices, exclude) or self.description(head, indices)

    def named(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        return self.name(head, indices, exclude) or self.described(head, indices, exclude, chained)

    def pronominal(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        """he / she / it / they: "it" in a clause whose subject is a statement is that
        statement's (looked up), else the most salient agreeing antecedent."""
        if chained:
            statement = self._statement_subject(head, exclude) or self._source_goes_on(head)
            if statement is None:
                statement = self._described_source_goes_on(head)
            if statement is None:
                statement = self._document_subject_goes_on(head, exclude)
            if statement is None and self._preposed_subject(head, exclude) is not None:
                return self.pronoun_by_salience(head, exclude)  # refers forward, not back
            if statement is None:
                statement = self._topic_goes_on(head, exclude)
            if statement is not None:
                return statement
        return self.pronoun_by_salience(head, exclude)

    def relative_rule(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        return self.relative(head, exclude) or UNRESOLVED

    def possessive(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        """A noun owned by a pronoun or a description resolves through its owner: "her
        campaign" -> the campaign of whoever "her" is; "his statement" -> his; "his
        spokesman" -> the spokesman of his side; "her adviser, Ann Lee," -> the name in
        apposition, whoever else advises; "his aides" -> a group named by its owner; "his
        spokesman" with no holder tied to him -> the spokesman of the owner, by the owner's
        name (a relational noun denotes someone relative to its owner, Barker 1995)."""
        owner_tok = self._owner(head, indices)
        assert owner_tok is not None
        named = self.apposition(head) or self._named_inside(indices)
        if named is not None:
            return replace(named, rule="possessive", certainty=CERTAINTY["possessive"])
        owner_idx = (
            [owner_tok]
            if self.doc[owner_tok].pos == "PRON"
            else self._owner_words(owner_tok, indices)
        )
        owned_by = self._owner_resolved(owner_tok, owner_idx, exclude, chained)
        owner = owned_by.entity
        tok = self.doc[head]
        if owner is not None:
            if self._statement_noun(tok):
                return self._found(owner, "possessive", owner.role)
            kinds = self.lex.description_kinds.get(tok.lemma, frozenset())
            if "campaign" in kinds and owner.type == PERSON:
                return self._campaign_of(owner)
            if self._group_head(tok):
                return self._owned_phrase(owner, owner_tok, indices, GROUP)
            found = self.role(head, indices, exclude, owner=owner)
            if found is not None and found.rule in ("role", "identified"):
                return replace(found, rule="possessive")
            if found is not None and owner.type == PERSON:
                return self._owned_phrase(owner, owner_tok, indices, PERSON, found.role)
            if owned_by.type == ORG and found is None and not self._group_head(tok):
                # "the paper's editorial board", "its board": the organisation speaks
                return replace(owned_by, rule="possessive", certainty=CERTAINTY["possessive"])
            by_pronoun = self.doc[owner_tok].pos == "PRON"  # a described owner may be misread
            if found is None and owner.type == PERSON and by_pronoun and self._owned_thing(tok):
                role = owner.role
                return self._found(owner, "possessive_thing", role)
        return self.described(head, indices, exclude, chained=False)

    def _owner_resolved(
        self, owner: int, indices: list[int], exclude: Sequence[Offsets], chained: bool
    ) -> Resolution:
        """What a possessive's owner resolved to. Looked up from another mention ("his
        campaign sent out an email" for the email's maker), one level only: an owner that
        is itself owned ("his campaign's manager's") is not followed further."""
        if chained or self.doc[owner].pos == "PRON" or owner in self._done:
            return self.lookup(owner, indices, exclude)
        if self.shape_of(owner, indices) == "possessive":
            return UNRESOLVED
        return self.lookup(owner, indices, exclude)

    def _owned_thing(self, tok: Token) -> bool:
        """Whether a possessed noun is a thing through which its owner speaks: "his website",
        "her account", "His office", "his letter to donors" (a person's office speaks for
        them, as "Senator Lee's office said" does). Not a person or people ("his wife", "her
        colleague", "his aides": roles.txt and the group nouns), not an organisation of its
        own ("his administration"), not a description of a person."""
        if tok.pos != "NOUN" or self._group_head(tok):
            return False
        words = {tok.lower, tok.lemma}
        lex = self.lex
        if lex.find_roles([tok.lower]) or lex.find_roles([tok.lemma]):
            return False
        if words & PERSONAL_OFFICES:
            return True
        if words & lex.org_nouns or self._person_noun_gender(tok) is not None:
            return False
        if tok.lemma.endswith(AGENT_SUFFIXES):
            return False  # "his backers", "her donors": agent nouns name people
        kinds = lex.description_kinds.get(tok.lemma, frozenset())
        return "person" not in kinds

    def _owned_phrase(
        self, owner: Entity, owner_tok: int, indices: list[int], type_: str, role: str | None = None
    ) -> Resolution:
        """ "his aides" -> "Ann Lee's aides": the phrase with its owner named, for a group or
        a role nobody the text names holds for that owner."""
        after = max(set(self._owner_words(owner_tok, indices)) | {owner_tok})
        words = [i for i in indices if i > after and self.doc[i].text not in POSSESSIVE_MARKS]
        rest = phrase(self.doc, words) if words else ""
        return Resolution(
            f"{owner.name}'s {rest}".strip(), type_, role, "possessive", CERTAINTY["possessive"]
        )

    def described(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        """A description: a statement (its owner), a definite description that points back
        ("the newspaper", "the report", "the candidate"), an organisation by its noun, a
        group, a role; else the phrase itself."""
        if (named := self._named_speaker_for(head, indices)) is not None:
            return named
        head = self._description_head(head, indices)
        if (lead := self.headline(head, indices)) is not None:
            return lead
        if (both := self.pair(head, indices, exclude)) is not None:
            return both
        if (some := self.partitive(head, exclude)) is not None:
            return some
        if (member := self._among_those(head, exclude)) is not None:
            return member
        rules = (
            self.source_noun,
            self.unnamed,
            self.definite,
            self.organisation,
            self.group,
            self.role,
        )
        for rule in rules:
            found = (
                rule(head, indices, exclude)
                if chained or rule != self.source_noun
                else (self.source_noun(head, indices, exclude, chained=False))
            )
            if found is not None:
                return found
            if rule == self.source_noun and (named := self.apposition(head)) is not None:
                # "the state's senator, Jane Doe," is Jane Doe, whoever else is a senator
                return named
        if (named := self.identified_next(head, indices)) is not None:
            return named
        if (named := self._name_in_title(indices)) is not None:
            return named
        return self.description(head, indices)

    def identified_next(self, head: int, indices: list[int]) -> Resolution | None:
        """Delayed identification: "A city councilwoman says she will run. ¶ Ann Lee, who
        has served two terms, said ..." -> Ann Lee. A news lead may describe a person and
        name them only in the next sentence (the AP Stylebook's *delayed identification*;
        van Dijk 1988: the lead's actors are named in the body), so a singular person
        description that is its main clause's subject, that no rule found an antecedent for
        (or a possessed role whose owner names no holder: "Lee's campaign manager said"), is
        the person the next sentence makes its grammatical subject, when that person is new
        there: named nowhere before the description but in the headline, and not in the
        description's own sentence.

        A person named before is someone the reader already knows, whom the writer would call
        by name (or whom :meth:`definite` finds), not the description's referent; a plural
        ("Two aides said"), a share of many ("a number of delegates") or an unnamed source
        ("a senior official, speaking on condition of anonymity", "one Democrat familiar
        with the talks") introduces no one the text names; nor does a role the named person
        is not given ("A Treasury spokesman said ... Treasury Secretary Jacob Lew said"), one
        tied to another office than the description's qualifiers ("the White House official
        ... Commerce Secretary Ann Lee", :func:`compatible` as in :meth:`role`), or one an
        apposition introduces as another trade ("Ann Lee, a nurse,";
        :meth:`_introduced_as_other`)."""
        doc = self.doc
        tok = doc[head]
        if tok.tag not in ("NN", "NNP") or tok.dep not in L.SUBJECTS or self._anonymous(head):
            return None
        if not self._person_description(head, indices) or any(
            doc[i].lower == "familiar" for i in indices
        ):
            return None  # "one Democrat familiar with the talks": an unnamed source
        if any(
            (e := self.reg.at_token.get(i)) is not None and e.type == PERSON and not e.described
            for i in indices
            if not _in_possessor(doc, i, indices)  # "Lee's campaign manager" names no one
        ):
            return None  # "Vice President Dave Gorab": the description names its person
        if not is_topic_subject(doc, head) or tok.sent + 1 >= len(doc.sentences):
            return None
        nxt = doc.sentences[tok.sent + 1]
        gender = gender_of_form(tok.lower)
        own_role = self._mention_role(indices, head)
        # the qualifiers of the head, not the head: "Republican seeks ..." is a party's person
        roles = (own_role[2] if own_role is not None else set()) | {head}
        headline = self._headline_end() or 0
        since = doc.sentences[tok.sent].start
        for m in self.reg.mentions_between(nxt.start, nxt.end):
            entity = m.entity
            if not m.subject or m.embedded or doc[m.token].dep not in L.SUBJECTS:
                continue  # "former CIA operative John Tiegen found": the name is no subject
            if entity.type != PERSON or entity.described:
                return None
            if gender and entity.gender not in ("", gender):
                return None
            if (
                own_role is not None
                and entity.role_keys
                and not any(self.lex.role_matches(own_role[1], key) for key in entity.role_keys)
            ):
                return None  # "A Treasury spokesman ... ¶ Treasury Secretary Jacob Lew"
            if not compatible(set(qualifier_sides(self.reg, indices, roles)), entity):
                return None  # "the White House official ... ¶ Commerce Secretary Ann Lee"
            if own_role is not None and self._introduced_as_other(m.token, tok, own_role[1]):
                return None  # "Its general secretary said ... ¶ Ann Lee, a nurse, said"
            if any(doc[k].start >= headline and k < nxt.start for k in entity.mentions):
                return None  # known before: not the one the description brings in
            if any(since <= k < nxt.start for k in entity.mentions):
                return None  # "SEIU chief says Trump can win": in its own sentence
            return self._found(entity, "identified", entity.role)
        return None

    def _introduced_as_other(self, name: int, described: Token, role: str) -> bool:
        """Whether the name at ``name`` is introduced in apposition as another person than a
        role description whose head is ``described`` (canonical role ``role``): "Ann Lee, a
        nurse at the hospital," is no general secretary. Apposition states what the named
        person is (Quirk et al. 1985, 17.65), so an apposed person noun that is neither the
        description's noun nor a role it covers tells the writer names someone new, not the
        described person ("Jan Vos, the union's general secretary," still fits)."""
        doc = self.doc
        for kid in doc.kids(name, L.APPOS):
            if kid.tag not in ("NN", "NNS") or kid.lower == described.lower:
                continue
            words = doc.subtree(kid.i)
            if not any(d.lower in ("a", "an", "the") for d in doc.kids(kid.i, L.DET)):
                continue  # not "Ola Berg, a ferry captain": no noun phrase says who he is
            other = self._mention_role(words, kid.i)
            if other is None or not (
                self.lex.role_matches(role, other[1]) or self.lex.role_matches(other[1], role)
            ):
                return True
        return False

    def _person_description(self, head: int, indices: list[int]) -> bool:
        """Whether a description names a person: a role ("the campaign manager"), a person
        noun of description_nouns.txt or a listed trade ("the candidate", "the lawyer"), or a
        nationality ("a Canadian")."""
        doc = self.doc
        tok = doc[head]
        if any(
            k.lower == "of" and any(o.tag in ("NNS", "NNPS") for o in doc.kids(k.i, L.POBJ))
            for k in doc.kids(head, L.PREP)
        ):
            return False  # "a number of Democrats", "one of the aides": a share of many
        return (
            "person" in self._kinds(head, indices)
            or self._mention_role(indices, head) is not None
            or _listed_person_noun(tok, self.lex)
            or tok.ent == "NORP"
        )

    def headline(self, head: int, indices: list[int]) -> Resolution | None:
        """A description in the headline ("Senator blasts plan", "Poll: race tightens",
        "Newspaper: minister used private email") names someone the body names: news style
        states the headline's facts again in the lead, naming their actors (van Dijk 1988,
        *News as Discourse*: the headline summarises the lead). So it refers forward, to the
        first entity of the body's first :data:`LEAD` sentences that holds the role it names,
        else that its kind fits (a person: the first one the lead makes a subject; an outlet,
        a document: the first of that kind, a dateline's wire credit "(AP)" aside). A role
        no holder in the lead has, whose noun the lead makes a subject ("Danish lawmaker ... ¶
        A lawmaker from Aarhus has asked that ..."), is that noun resolved as the
        body resolves it (:meth:`_lead_noun_resolved`), or the first person subject after its
        sentence that was not a subject in it. Nothing fits: the description stays for the
        other rules. An indefinite description ("A
        White House official said") brings in someone new (Heim 1982's novelty condition),
        so it points nowhere: a short lead passes for a headline by its length alone."""
        doc = self.doc
        end = self._headline_end()
        if end is None or doc[head].start >= end:
            return None
        if any(doc[i].lower in ("a", "an") for i in indices):
            return None  # "A White House official said": an indefinite brings in someone new
        if doc[head].tag in ("NNS", "NNPS") or self._group_head(doc[head]):
            return None  # "Black Lawmakers rip ...": many people, not the lead's first one
        if self._names_in_apposition(head):
            return None  # a short lead's own name: "The foreign minister, Ann Lee, said"
        first = doc.token_at(end) if end < len(doc.text) else len(doc)
        if first >= len(doc):
            return None
        last_sent = min(len(doc.sentences) - 1, doc[first].sent + LEAD - 1)
        lead = [
            m
            for m in self.reg.mentions_between(first, doc.sentences[last_sent].end)
            if not (m.token and doc[m.token - 1].text == "(")
        ]
        found_role = self._mention_role(indices, head)
        kinds = self._kinds(head, indices)
        if kinds and "person" not in kinds and self._named_before_in_headline(head, kinds):
            return None  # "Shares in Northwind Foods fell after the group warned": back
        chosen: Entity | None = None
        if found_role is not None:
            holders = set(self.reg.holders(found_role[1]))
            chosen = next((m.entity for m in lead if m.entity in holders), None)
        after, others = first, set()
        if chosen is None and found_role is not None:
            noun = self._lead_noun(head, first, doc.sentences[last_sent].end)
            if noun is not None:
                same = self._lead_noun_resolved(noun)
                if same.entity is not None:
                    return same
                # "Danish lawmaker wants Walsh kept out ¶ A lawmaker from Aarhus has asked that
                # Tom Walsh be kept out": the subjects of other clauses of the lead noun's own
                # sentence are others than the noun; one named after it may be who it is
                # ("¶ Ann Cole said ..."), not one of those others again
                after = doc.sentences[doc[noun].sent].end
                others = {m.entity.id for m in lead if m.token < after and is_subject(doc, m.token)}
        if chosen is None and (found_role is not None or "person" in kinds):
            gender = self.lex.role_gender(found_role[0]) if found_role else ""
            chosen = next(
                (
                    m.entity
                    for m in lead
                    if m.subject
                    and m.token >= after
                    and m.entity.id not in others
                    and m.entity.type == PERSON
                    and (not gender or m.entity.gender in ("", gender))
                    and not (found_role and self._titled_otherwise(m.entity, found_role[1]))
                ),
                None,
            )
        elif chosen is None and kinds:
            fits = [m for m in lead if m.entity.type == ORG and m.entity.kind in kinds]
            chosen = next((m.entity for m in fits if m.subject), fits[0].entity if fits else None)
        if chosen is None and (found_role is not None or "person" in kinds):
            return self._lead_description(head, first, doc.sentences[last_sent].end)
        if chosen is None:
            return None
        if chosen.kind == "document":
            return self._document(chosen, "headline")
        return self._found(chosen, "headline", chosen.role)

    def _names_in_apposition(self, head: int) -> bool:
        """Whether the description at ``head`` has a registry name in apposition ("The
        Ukrainian foreign minister, Oleksandr Marchenko, said ..."): it names its own
        referent. A first paragraph short enough to pass for a headline is then a lead (a
        headline gives no name in apposition), and the name, not the body's first person of
        that role, is who speaks (:meth:`apposition`)."""
        return any(self.reg.at_token.get(k.i) is not None for k in self.doc.kids(head, L.APPOS))

    def _named_before_in_headline(self, head: int, kinds: frozenset[str]) -> bool:
        """Whether an organisation of one of ``kinds`` is named in the headline before the
        description at ``head``: the description then points back to it (the definite rule),
        not forward to the lead."""
        return any(
            m.entity.type == ORG and m.entity.kind in kinds
            for m in self.reg.mentions_between(0, head)
        )

    def _lead_description(self, head: int, lo: int, hi: int) -> Resolution | None:
        """ "Official: talks failed" over a lead whose "a senior official" names no one:
        the headline's person noun is the lead's first subject noun with that
        head, resolved as the body resolves it, so both claims have one speaker ("Official
        says ..." over "..., a Chinese official said"). Not for documents and outlets: "WSJ
        editorial" is the Journal's, not the lead's "editorial"."""
        noun = self._lead_noun(head, lo, hi)
        return None if noun is None else self._lead_noun_resolved(noun)

    def _lead_noun(self, head: int, lo: int, hi: int) -> int | None:
        """The lead's first subject noun with the headline noun's head and number (tokens
        ``lo`` to ``hi``): "The prime minister", not "Ministers"."""
        doc = self.doc
        word = doc[head].lemma.lower()
        plural = doc[head].tag in ("NNS", "NNPS")
        for k in range(lo, hi):
            tok = doc[k]
            if (
                tok.pos == "NOUN"
                and tok.lemma.lower() == word
                and tok.dep in L.SUBJECTS
                and (tok.tag in ("NNS", "NNPS")) == plural
            ):
                return k
        return None

    def _lead_noun_resolved(self, k: int) -> Resolution:
        """The lead's noun at ``k`` resolved as the body resolves it: the name in apposition
        to it ("The city's new mayor, Ann Lee, said"), a holder, or its own words."""
        doc = self.doc
        named = self.apposition(k)
        if named is not None and named.rule == "apposition":
            return replace(named, rule="headline")
        own = [i for i in doc.subtree(k) if i <= k and doc[i].pos != "PUNCT"]
        found = self.lookup(k, own, ())
        if not found.speaker:
            found = self.description(k, own)  # the phrase, as the body keeps it
        return replace(found, rule="headline")

    def partitive(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "One of them said", "Most of them agreed": a quantifier over "them" speaks for
        the group "them" means (Quirk et al. 1985, 5.24: the partitive "of"), found as any
        "they" is, by salience. A name in apposition ("One of them, Ann Lee, said") is left
        to :meth:`apposition`, and a noun after "of" ("some of his supporters") stays the
        phrase: it says more than the group it is drawn from."""
        doc = self.doc
        tok = doc[head]
        if tok.lower not in PARTITIVE_HEADS or doc.kids(head, L.APPOS):
            return None
        if (group := self._elided_group(head)) is not None:
            return Resolution(group.name, GROUP, None, "partitive", CERTAINTY["pronoun"], group)
        for prep in doc.kids(head, L.PREP):
            objs = doc.kids(prep.i, L.POBJ) if prep.lower == "of" else []
            if len(objs) == 1 and objs[0].lower in ("them", "us"):
                group = self._salient_group(objs[0].i, exclude)
                if group is not None:
                    return Resolution(
                        group.name, GROUP, None, "partitive", CERTAINTY["pronoun"], group
                    )
        return None

    def _elided_group(self, head: int) -> Entity | None:
        """ "The Republican candidates would shrink the department. ¶ Several said ...": a
        bare quantifier subject, its noun and "of them" left out (Quirk et al. 1985, 5.24 on
        the elliptic partitive), counts the group the sentence before made its subject; only
        a group of the registry there, never someone named, and only a quantifier with no
        words of its own ("Several Democrats said" is its own phrase). "Many" and "few" are
        left out: "Many speculated", "few believe" mean people at large, not the group before."""
        doc = self.doc
        tok = doc[head]
        if tok.lower not in ELIDED_PARTITIVES or tok.dep not in L.SUBJECTS or tok.sent == 0:
            return None
        if list(doc.kids(head)):
            return None
        subject = self._main_subject(tok.sent - 1)
        entity = self.reg.at_token.get(subject.i) if subject is not None else None
        return entity if entity is not None and entity.type == GROUP else None

    def _among_those(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "Among those distressed by the vote is the Farm Council": "those" is the subject
        the fronted phrase counts among them (:meth:`_one_among`), resolved as that mention
        is; only the demonstrative "those" itself, and only a subject that resolves."""
        if self.doc[head].lower != "those" or (member := self._one_among(head)) is None:
            return None
        found = self.lookup(member, [member], exclude)
        if found.speaker is None:
            return None
        return replace(found, rule="among", certainty=CERTAINTY["among"])

    def _salient_group(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """The most salient group of people before ``head`` (ranked as a pronoun's antecedent
        is): what "them" of a partitive means; an organisation is no set to take "some of"
        ("Outside City Hall, families of the victims ... Some of them")."""
        return self._most_salient(head, lambda e: e.type == GROUP, exclude)[0]

    def _most_salient(
        self, head: int, keep: Callable[[Entity], bool], exclude: Sequence[Offsets]
    ) -> tuple[Entity | None, bool]:
        """The most salient entity before ``head`` that ``keep`` accepts, and whether it tied:
        in the near window, else the wide one (a speaker quoted at length), ranked as a
        pronoun's antecedent is."""
        for window in (WINDOW, WIDE_WINDOW):
            candidates = {e for e in self._window_entities(head, window) if keep(e)}
            best, tie = self.ranked(head, candidates, exclude, {}, window)
            if best is not None:
                return best, tie
        return None, False

    def pair(self, head: int, indices: list[int], exclude: Sequence[Offsets]) -> Resolution | None:
        """ "The two voters", "the couple", "both men": a definite description of two people
        is the last two people joined by "and" in its sentence or the two before ("Reps. Ann
        Cole and Tom Reed sent a letter ... The two lawmakers argue": a conjoined noun phrase
        is the plural antecedent a definite plural takes up, Lappin & Leass 1994), else the
        two most salient people of the last :data:`WINDOW` sentences (each ranked as a
        pronoun's antecedent is), speaking together as "A and B". Fewer than two people there:
        None, and the phrase stays."""
        doc = self.doc
        tok = doc[head]
        words = [doc[i].lower for i in indices]
        if not words or words[0] not in ("the", "both", "these", "those"):
            return None
        if words == ["both"]:
            return self._both(head, exclude)
        if words == ["the", "two"]:
            return self._the_two(head, exclude)
        two = tok.lemma in PAIR_NOUNS or (
            ("two" in words or words[0] == "both")
            and tok.tag in ("NNS", "NNPS")
            and (tok.lemma in ("man", "woman", "friend") or self._group_head(tok))
        )
        if not two:
            return self._plural_after_pair(head, words)
        pair = self._coordinated_people(head, back=2) or self._two_most_salient(head, exclude)
        return None if pair is None else _speaking_together(pair, head)

    def _the_two(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "Clinton ... received her first briefing. Her rival, Donald Trump, received his,
        as well. The two are vying ...": a bare "the two" is two people, as "both" is: the
        pair of the subject before it (two people joined by "and", or a subject that
        resolved to a pair), else the two people coordinated last, else the two most salient
        (:meth:`pair`'s way). The numeral is the phrase's head, so the plural-noun test of
        :meth:`pair` never saw it."""
        before = self._subject_pair_found(head)
        if before is not None:
            return replace(before, rule="pair", certainty=CERTAINTY["pair"])
        pair = self._coordinated_people(head) or self._two_most_salient(head, exclude)
        return None if pair is None else _speaking_together(pair, head)

    def _plural_after_pair(self, head: int, words: list[str]) -> Resolution | None:
        """ "Reps. Ann Cole and Tom Reed became the first lawmakers to endorse him", "Ann Cole
        and Tom Reed praised the plan. The brothers said ...": a definite plural description
        of people right after two people joined by "and" as the subject of the main clause
        (in its sentence or the one before) is that pair, when the description says what
        the pair is (the predicate of their own clause) or names a tie between people
        (brothers, friends, colleagues, candidates: unofficial_roles.txt's ``tie``): a
        conjoined noun phrase is the plural antecedent a definite plural takes up (Lappin &
        Leass 1994; centering, Grosz, Joshi & Weinstein 1995, for the subject). Also where
        that subject is a description that resolved to a pair ("The two voters ... The
        friends admitted"). A plural of any other role ("the organizers", "the activists")
        may be other people: None, and the other rules go on."""
        tok = self.doc[head]
        if words[0] != "the" or tok.tag not in ("NNS", "NNPS"):
            return None
        if tok.dep not in (L.ATTR, L.OPRD) and self._unofficial(tok.lemma) != "tie":
            return None
        found = self._subject_pair_found(head)
        return None if found is None else replace(found, rule="pair", certainty=CERTAINTY["pair"])

    def _both(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "Trump and Clinton have criticized the move. Both have promised ...": a bare
        "Both" that opens its sentence as its subject stands for two people, as "the two"
        does: the two people coordinated last in its sentence or the one before, else the
        two most salient (:meth:`pair`'s way). A bare subject "both" inside its sentence
        (after a colon, "and both advocate", "a contest both have long awaited") is the two
        people joined by "and" in its sentence or the one before, and only they (session 19,
        plurals). A floating "both" ("Figures - ... - both suggested", "Lee and Roe both
        condemned") quantifies a subject of its own: None, and the word stays."""
        doc = self.doc
        tok = doc[head]
        first = doc.sentences[tok.sent].start
        opening = [doc[i] for i in range(first, head) if doc[i].pos not in ("PUNCT", "CCONJ")]
        if tok.dep != L.NSUBJ:
            return None
        if opening:
            # "Lee and Roe share some views: Both are ...", "..., and both have put forward":
            # a bare subject "both" inside its sentence is the pair joined by "and" just before
            # (never a salience guess: "Both are big enough" may be two companies)
            pair = self._coordinated_people(head) if not doc.kids(head) else None
        else:
            pair = self._coordinated_people(head) or self._two_most_salient(head, exclude)
        return None if pair is None else _speaking_together(pair, head)

    def _two_most_salient(
        self, head: int, exclude: Sequence[Offsets]
    ) -> tuple[Entity, Entity] | None:
        """The two most salient people of the last :data:`WINDOW` sentences at ``head``, each
        ranked as a pronoun's antecedent is; None when there are fewer than two."""
        people = {e for e in self._window_entities(head, WINDOW) if e.type == PERSON}
        first, _ = self.ranked(head, people, exclude, {})
        if first is None:
            return None
        second, _ = self.ranked(head, people - {first}, exclude, {})
        return None if second is None else (first, second)

    def _coordinated_people(self, head: int, back: int = 1) -> tuple[Entity, Entity] | None:
        """The last two people joined by "and" before ``head`` in its sentence or the ``back``
        before ("Sen. Ted Cruz of Texas and Gov. John Kasich of Ohio")."""
        doc = self.doc
        lo = doc.sentences[max(0, doc[head].sent - back)].start
        found = None
        for i in range(lo, head):
            entity = self.reg.at_token.get(i)
            if entity is None or entity.type != PERSON:
                continue
            for kid in doc.kids(i, L.CONJ):
                other = self.reg.at_token.get(kid.i)
                if other is not None and other.type == PERSON and other is not entity:
                    found = (entity, other)
        return found

    def _titled_otherwise(self, entity: Entity, wanted: str) -> bool:
        """``entity`` has titles and none of them is ``wanted``: a headline that calls someone
        "Judge" does not mean the lead's "Mayor Ann Cole"."""
        keys = entity.role_keys
        return bool(keys) and not any(self.lex.role_matches(wanted, k) for k in keys)

    def _headline_end(self) -> int | None:
        """Where the headline ends: the text's first paragraph when a body follows and it is
        short (at most :data:`HEADLINE_CHARS`); None for a text without one. A first paragraph
        that opens on a wire dateline ("NAIROBI, March 3 (Reuters) - ...") is the lead itself:
        a headline carries no dateline."""
        text = self.doc.text
        cut = text.find("\n\n")
        if cut < 0:
            cut = text.find("\n")
        if cut <= 0 or cut > HEADLINE_CHARS or not text[cut:].strip():
            return None
        if len(text[:cut].split()) > HEADLINE_WORDS:
            return None  # a short lead paragraph, not a headline
        if dateline_end(text, 0) > 0:
            return None
        return cut

    def apposition(self, head: int) -> Resolution | None:
        """A description no rule resolved, with one person's name in apposition, is that
        person: "One of the men, Jessie Elkins, 70, said", "Another user, Roland Zech, wrote";
        and in "With ten days to go, Ann Moore, an adviser to the campaign, called ..." the
        parser may make "ten days to go" the subject and "Ann Moore" its apposition."""
        doc = self.doc
        tok = doc[head]
        common = (
            tok.text[:1].islower()
            or (tok.text[1:].islower() and self._opens_its_sentence(head))  # not "RAMOS:"
        )
        # a role in capitals the tagger calls a name: "the Conservative MP for Bath, Ann Lee"
        role_word = (tok.lower,) in self.lex.roles and tok.pos in ("NOUN", "PROPN")
        if not (tok.pos == "NOUN" and common or role_word or tok.lower in ("one", "another")):
            return None  # not "RAMOS: Secretary Clinton, ...": a name the tagger took for a noun
        for kid in doc.kids(head, L.APPOS) + self._apposition_after_place(head):
            entity = self.reg.at_token.get(kid.i) or self._named_description(kid)
            if entity is None or doc.kids(kid.i, L.CONJ):
                continue
            if entity.type == PERSON:
                return self._found(entity, "apposition", self._role_described(head, entity))
            if entity.type == ORG and not entity.described and self._fits_an_org(tok, kid):
                return self._found(entity, "apposition", None)  # "One group, Occupy DNC, is"
        return self.named_as(head)

    def _named_description(self, tok: Token) -> Entity | None:
        """The person a description in apposition names in its own apposition: "A second
        witness, the civil servant James Orton, told ..." (the parser hangs "James Orton" on
        "servant", which hangs on "witness"): a chain of appositions is one referent (Quirk et
        al. 1985, 17.65: apposition is coreference), so the name at its end is the source.
        Only a common noun not itself named, whose apposition is a single person."""
        if tok.pos != "NOUN" or not tok.text[:1].islower() or tok.i in self.reg.at_token:
            return None
        people = [
            entity
            for kid in self.doc.kids(tok.i, L.APPOS)
            if (entity := self.reg.at_token.get(kid.i)) is not None
            and entity.type == PERSON
            and not entity.described
            and not self.doc.kids(kid.i, L.CONJ)
        ]
        return people[0] if len(people) == 1 else None

    def _role_described(self, head: int, entity: Entity) -> str | None:
        """The role a description in apposition to a name gives its speaker: its own ("The
        Saudi foreign minister, Prince Faisal bin Farhan, said" -> "minister"), not the first
        the registry knows of the person ("Prince", a rank the name carries), else that one.
        Its possessor's words are not its role ("the emir's mother" is no emir)."""
        left = [i for i in self.doc.subtree(head) if i <= head]
        own = self._mention_role(left, head)
        if own is not None and own[0].lower().rstrip(".") not in HONORIFICS:
            return own[0]
        return entity.role

    def _apposition_after_place(self, head: int) -> list[Token]:
        """ "the Conservative MP for Bath, Ann Lee,", "the spokesman for Greenpeace, Tom
        Reed,": the parser hangs the name on the place or body that ends the description; a
        person in apposition to it is the description's holder (a place or an organisation
        has no person's name). Not after a person ("the lawyer for Ann Lee, Tom Hale,")."""
        doc = self.doc
        out = []
        for prep in doc.kids(head, L.PREP):
            for place in doc.kids(prep.i, L.POBJ):
                entity = self.reg.at_token.get(place.i)
                if place.ent != "PERSON" and (entity is None or entity.type != PERSON):
                    out += [k for k in doc.kids(place.i, L.APPOS) if k.ent == "PERSON"]
        return out

    def _fits_an_org(self, tok: Token, name: Token) -> bool:
        """Whether a description's head can stand for the organisation named in apposition to
        it: an organisation noun ("One group, Occupy DNC,"), or a singular noun that names no
        person's role or group ("Her publisher, Ravenhill Press, said", "Its biggest
        supplier, Halden Foods, said"); not "The spokesman, the White House," nor "Critics,
        the Tax Foundation among them,", nor a title in marks ("The spot, "Trumpcare,"
        links ...": the name of a thing)."""
        if tok.lemma in self.lex.org_nouns:
            return True
        if tok.tag != "NN" or tok.lemma in self.lex.group_nouns:
            return False
        if self.doc.text[name.start - 1 : name.start] in ALL_MARKS:
            return False
        return not (self.lex.find_roles([tok.lower]) or self.lex.find_roles([tok.lemma]))

    def _opens_its_sentence(self, i: int) -> bool:
        """Whether token ``i`` is the first word of its sentence, after no colon: a common noun
        capitalised only for that ("Counsel to the inquiry, Hugo Keith KC, asked")."""
        doc = self.doc
        before = i - 1
        while before >= 0 and doc[before].pos in ("PUNCT", "SPACE") and doc[before].text != ":":
            before -= 1
        return before < 0 or doc[before].sent != doc[i].sent and doc[before].text != ":"

    def named_as(self, head: int) -> Resolution | None:
        """ "A German news organization called "The Local" cited ...": a description that
        gives its bearer's name through a participle of naming (called, named, dubbed) is
        that name, whether or not the NER made it an entity (a title in quotes is often
        tagged a work of art). An organisation noun gives an ORG, a role noun a PERSON; the
        name of a thing ("an account called ...") and a name known before give nothing."""
        doc = self.doc
        tok = doc[head]
        if (handle := self._handle_given(head)) is not None:
            type_ = ORG if tok.lemma in self.lex.org_nouns else PERSON
            return Resolution(handle.text, type_, None, "named_as", CERTAINTY["named_as"])
        if tok.lemma in self.lex.org_nouns:
            type_ = ORG
        elif self.lex.find_roles([tok.lower]) or self.lex.find_roles([tok.lemma]):
            type_ = PERSON
        else:
            return None  # "an account called Hypo-Cruz": a thing's name speaks for no one
        for acl in doc.kids(head, L.ACL):
            if acl.lemma not in NAMING_VERBS or acl.tag != "VBN":
                continue  # not "one lawmaker called Trump a prince": a finite verb
            for named in doc.kids(acl.i, L.OPRD, L.ATTR):
                if named.pos != "PROPN":
                    continue
                entity = self.reg.at_token.get(named.i)
                if entity is not None and min(entity.mentions, default=named.i) < head:
                    return None  # "one lawmaker called Lee ...": a name known before is
                    # no name given here (a finite "called" the tagger took for a participle)
                if entity is not None and not entity.described and entity.type == type_:
                    return self._found(entity, "named_as", None)
                words = sorted(doc.subtree(named.i))
                return Resolution(
                    phrase(doc, words), type_, None, "named_as", CERTAINTY["named_as"]
                )
        return None

    def _name_in_title(self, indices: list[int]) -> Resolution | None:
        """A description no rule resolved that wraps one person's name in apposition: "Match
        of the Day presenter Gary Lane said" (the parser makes "Match" the head and the name
        its apposition), "The other man, his cousin James York," (the name hangs on
        "cousin"): the name is the source (:meth:`_named_inside`). Not a coordination ("John
        Bolton and Breitbart editor Sebastian Gorka both"): two people are no one of them."""
        if any(self.doc[i].dep == L.CONJ for i in indices):
            return None
        return self._named_inside(indices)

    def _handle_given(self, head: int) -> Token | None:
        """The social-media handle a participle of naming gives the noun at ``head`` ("A user
        called @tide_watcher posted ...", "one account named @ferrywatch"): a handle is the
        name its holder posts under, so the description is that poster whatever its noun
        (stories quoting posts name users by their handles). The tagger reads "called" before
        a handle as a participle or a past tense and the handle as its object or a number:
        the "@" decides, not the tags."""
        doc = self.doc
        for acl in doc.kids(head, L.ACL):
            if acl.lemma not in NAMING_VERBS:
                continue
            for named in doc.kids(acl.i, L.OPRD, L.ATTR, L.OBJ):
                if named.text.startswith("@") and len(named.text) > 1:
                    return named
        return None

    def _named_inside(self, indices: list[int]) -> Resolution | None:
        """A person's name in apposition inside the mention, wherever the parser hung it:
        "his best friend at Lehigh, Tom Reed," with "Tom Reed" in apposition to "Lehigh"."""
        doc = self.doc
        inside = set(indices)
        for i in indices:
            tok = doc[i]
            entity = self.reg.at_token.get(i)
            if tok.dep != L.APPOS or tok.head not in inside or entity is None:
                continue
            if entity.type == PERSON and not doc.kids(i, L.CONJ):
                return self._found(entity, "apposition", entity.role)
        return None

    def coref(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """The backend's coreference chain through the mention's head, when the document has
        chains (stanza's coref model): the chain's other mentions, earliest first, resolved by
        the name and organisation rules. The rule-based resolver decides otherwise."""
        chains = getattr(self.doc, "coref", ())
        if not chains:
            return None
        tok = self.doc[head]
        for chain in chains:
            if not any(a <= tok.start < b for a, b in chain.mentions):
                continue
            for a, b in chain.mentions:
                if a <= tok.start < b or any(x <= a < y for x, y in exclude):
                    continue
                indices = [i for i in self.doc.tokens_in(a, b) if self.doc[i].pos != "PUNCT"]
                if not indices:
                    continue
                other = head_of(self.doc, indices)
                found = self.name(other, indices, exclude) or self.organisation(
                    other, indices, exclude
                )
                if found is not None and found.speaker:
                    return Resolution(
                        found.speaker, found.type, found.role, "coref", CERTAINTY["coref"],
                        found.entity,
                    )  # fmt: skip
        return None

    def remember_source(self, span: Offsets, entity: Entity) -> None:
        """Record that ``entity`` was a claim's source at ``span`` (it gains :data:`SOURCE`)."""
        indices = list(self.doc.tokens_in(*span))
        if not indices:
            return
        token = head_of(self.doc, indices)
        j = bisect.bisect_right(self._source_tokens, token)
        self._source_tokens.insert(j, token)
        self._source_entities.insert(j, entity)

    # --- the rules --------------------------------------------------------------------------
    def name(self, head: int, indices: list[int], exclude: Sequence[Offsets]) -> Resolution | None:
        """A name of the registry: "Lavrov", "Mr. Peskov", "White House press secretary Sarah
        Sanders", "the White House" -> that entity under its canonical name."""
        entity = self.reg.at_token.get(head)
        tok = self.doc[head]
        if entity is None and self._name_like(tok):
            hint = self.lex.role_gender(self.doc[head - 1].lower) if head else ""
            entity = self.reg.person_named(tok.lower, before=head, gender=hint)
        if entity is None and tok.pos == "PROPN":
            # "Quinnipiac conducted the poll" after "a Quinnipiac University poll": the NER
            # often tags no span on an organisation's short form
            proper = [self.doc[i].text for i in indices if self.doc[i].pos == "PROPN"]
            entity = short_form_of(self.reg, " ".join(proper)) if proper else None
        if entity is None or entity.described and entity.type == ORG:
            return None  # "the agency": a description, see organisation()
        if entity.type in (ORG, PERSON) and self._group_head(tok):
            return None  # "Aides said": a plural role the NER took for a name is a group
        if entity.type == GROUP:
            words = phrase(self.doc, indices)
            return Resolution(words, GROUP, None, "group", CERTAINTY["group"], entity)
        role = entity.roles[0] if entity.roles else self._office_named(indices)
        return self._found(entity, "name", role)

    def coordination(
        self, head: int, indices: list[int], exclude: Sequence[Offsets]
    ) -> Resolution | None:
        """Coordinated names ("Trump and Putin") speak together: a GROUP named by their
        canonical names joined with "and"."""
        inside = set(indices)
        heads = [head] + [k.i for k in self.doc.kids(head, L.CONJ) if k.i in inside]
        if len(heads) < 2:
            return None
        if (holder := self._holder_after_and_in_a_name(head, heads[1:])) is not None:
            return holder
        members: list[Entity] = []
        for i in heads:
            entity = self.reg.at_token.get(i)
            if entity is None or entity.type == GROUP:
                return None
            if entity not in members:
                members.append(entity)
        if len(members) < 2:
            return None
        name = " and ".join(e.name for e in members)
        return Resolution(name, GROUP, None, "coordination", CERTAINTY["coordination"])

    def _holder_after_and_in_a_name(self, head: int, conjuncts: list[int]) -> Resolution | None:
        """ "California Department of Forestry and Fire Protection spokesman Dan Whitaker
        said": the parser joins the name to the organisation over the "and" of the
        organisation's own name; the NER's span of the organisation holds that "and", and a
        role noun stands right before the person's name, whose holder the mention is."""
        doc = self.doc
        if len(conjuncts) != 1:
            return None
        person = self.reg.at_token.get(conjuncts[0])
        if person is None or person.type != PERSON:
            return None
        ands = [i for i in range(head, conjuncts[0]) if doc[i].dep == L.CC]
        org = next(
            (
                e
                for e in doc.entities
                if e.label in ("ORG", "FAC", "GPE") and e.start <= head < e.end
            ),
            None,
        )
        if org is None or not ands or not all(org.start <= i < org.end for i in ands):
            return None
        name_start = min(i for i in range(org.end, conjuncts[0] + 1) if i in self.reg.at_token)
        between = [doc[i] for i in range(org.end, name_start)]
        if not between or not self.lex.find_roles([t.lower for t in between]):
            return None
        role = self.lex.canonical_role(" ".join(t.lower for t in between))
        return self._found(person, "name", role)

    def source_noun(
        self,
        head: int,
        indices: list[int],
        exclude: Sequence[Offsets],
        chained: bool = True,
    ) -> Resolution | None:
        """A statement noun stands for its owner: "a report by special prosecutor Robert
        Mueller" -> Robert Mueller, "the White House statement" -> White House; a named
        document ("the Beige Book", "an NBC/Wall Street Journal survey") speaks under its
        name, its publisher in ``via``."""
        tok = self.doc[head]
        if tok.lemma in PRINTED_NOUNS and (outlet := self._outlet_in(tok)) is not None:
            return outlet
        document = self.reg.at_token.get(head)
        if document is not None and document.kind == "document":
            return self._document(document, "source_noun")
        if tok.lemma not in self.lex.source_nouns and tok.lower not in self.lex.source_nouns:
            if tok.lemma in WORK_NOUNS:
                found = self.work_maker(head, indices, exclude, chained)
                if found is not None:
                    return found
            if tok.lemma in AD_SYNONYMS:
                return self.ad_maker(head, indices, exclude, chained)
            if tok.lemma in PUBLISHED_NOUNS:
                return (
                    self.publisher(head, exclude, chained)
                    or self.restated(head, indices, exclude, chained)
                    or self.ad_maker(head, indices, exclude, chained)
                    or self.work_unmade(head, indices)
                )
            return (
                self.restated(head, indices, exclude, chained)
                or self.results_of(head, indices, exclude, chained)
                or self.site_owner(head, indices, exclude, chained)
                or self.answered(head, indices, exclude, chained)
                or self.work_unmade(head, indices)
            )  # "the affidavit", "the results", "the website", "the film"
        owners = [
            self.reg.at_token[i]
            for i in indices
            if i in self.reg.at_token and not self._topic_of(i, head)
        ]
        owners = [e for e in owners if e.kind != "document"]
        people = [e for e in owners if e.type == PERSON]
        owner = (people or owners)[0] if owners else None
        if owner is not None:
            role = owner.roles[0] if owner.roles else self._office_named(indices)
            return self._found(owner, "source_noun", role)
        return (
            self.publisher(head, exclude, chained)
            or self.author(head, exclude, chained)
            or self.restated(head, indices, exclude, chained)
            or self.document_chain(head, indices, exclude, chained)
            or self.named_after(head, indices, exclude, chained)
        )

    def _outlet_in(self, noun: Token) -> Resolution | None:
        """ "A report in the Valley Gazette said ...", "a new article in Politico": a printed
        piece (:data:`PRINTED_NOUNS`) in a news outlet speaks for the outlet, its publisher
        (PolNeAR's annotators and the train sets credit the paper: "a Wednesday editorial in
        The Des Moines Register" -> the Register). Only an outlet the registry or
        media_outlets.txt knows (a name ending in Gazette, Times, Post ...); "a report in
        March", "an article in the health section" keep their words."""
        doc = self.doc
        for prep in doc.kids(noun.i, L.PREP):
            if prep.lower != "in":
                continue
            for obj in doc.kids(prep.i, L.POBJ):
                entity = self.reg.at_token.get(obj.i)
                if entity is None or entity.described or entity.place:
                    continue
                if (
                    entity.kind in OUTLET_KINDS
                    or self.lex.kind_of_name(entity.name) in OUTLET_KINDS
                ):
                    return self._found(entity, "source_noun", entity.role)
        return None

    def _topic_of(self, i: int, head: int) -> bool:
        """Whether token ``i`` sits in a prepositional phrase of the statement noun ``head``
        that says what it is about or whom it asked ("a poll of Indiana voters", "a report on
        China", "a survey among Texans"): such a name is its topic, not its maker; only
        "by" / "from" and a compound or possessive name the maker."""
        doc = self.doc
        tok = doc[i]
        seen = 0
        while tok.i != head and tok.head != tok.i and seen < 20:
            if tok.dep == L.PREP and tok.lower in TOPIC_PREPOSITIONS:
                return True
            tok = doc[tok.head]
            seen += 1
        return False

    def document_chain(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """ "A new Acme Research report compares ... the report says ... More from the
        report": a definite document noun ("the report", "the poll") with no owner of its own
        follows the chain of earlier nouns with the same head (direct anaphora, Poesio &
        Vieira 1998) back to the first that says who made it: its owner ("Acme Research",
        "by" / "from"), the verb that made or put it out, or the clause it is the setting of
        ("In an online poll ..., Acme found that ..." -> Acme). A named document on the way
        speaks as itself (:meth:`_document`); an indefinite one with no maker ends the chain:
        the description is that document, in the words that introduced it ("a congressional
        report ... the report" -> "congressional report"), never another document named
        elsewhere. No earlier noun with the head: the definite rule looks for a salient one."""
        doc = self.doc
        tok = doc[head]
        if "document" not in self._kinds(head, indices) or not self._is_definite(head, indices):
            return None
        if tok.tag != "NN":
            return None
        for k, earlier in self._same_head_before(head):
            document = self.reg.at_token.get(earlier.i)
            if document is not None and document.kind == "document":
                return self._document(document, "restated")
            if earlier.tag != tok.tag:
                continue  # "all three state polls" are not "the poll"
            found = self._statement_maker(earlier, exclude, chained) or self._setting_of(
                earlier, exclude, chained
            )
            if found is not None:
                return replace(found, rule="restated", certainty=CERTAINTY["restated"])
            dets = {d.lower for d in doc.kids(earlier.i, L.DET, L.NUMMOD)}
            if dets & {"the", "this", "that"} or doc.kids(earlier.i, L.POSS):
                continue  # "the report", "Monday's poll": the chain goes on back
            if not dets & INDEFINITE:
                return None
            if any(m.entity.kind == "document" for m in self.reg.mentions_between(k, head)):
                return None  # "a new poll. The survey, conducted by Acme, ...": the definite rule
            # the introduction says nobody made it: the description is that document
            own = [i for i in doc.subtree(earlier.i) if i <= earlier.i and doc[i].pos != "PUNCT"]
            return Resolution(phrase(doc, own), UNKNOWN, None, "restated", CERTAINTY["description"])
        return None

    def work_maker(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """ "A new film by Ana Ruiz argues ...", "Ruiz's book says ...", "Ruiz made a film
        about the river. The film argues ...": a work or document (:data:`WORK_NOUNS`) speaks
        for its maker, named on itself (possessive, "by" / "from", a participle's agent) or,
        when it is definite, on the nearest earlier noun of its head (direct anaphora,
        Poesio & Vieira 1998), whose maker may also be the subject of the verb that made it.
        A work is not its subject: "a documentary about Tom Reed" is not Reed's."""
        doc = self.doc
        tok = doc[head]
        found = self._work_owner(tok, exclude, chained)
        if found is not None:
            return found
        if not self._is_definite(head, indices):
            return None
        for _, earlier in self._same_head_before(head):
            found = self._work_owner(earlier, exclude, chained) or self._made_by(
                earlier, exclude, chained
            )
            if found is not None:
                return replace(found, rule="restated", certainty=CERTAINTY["restated"])
            break  # the nearest one decides: an earlier one may be another work
        return None

    def work_unmade(self, head: int, indices: list[int]) -> Resolution | None:
        """A definite work (:data:`WORK_NOUNS`) whose maker the text does not name, and that
        no statement rule resolved, stays a work: the words of the indefinite that introduced
        it ("a 2013 video ... The video" -> "2013 video", as :meth:`document_chain`), else its
        own words; never a salient person or a document of another head, which the definite
        rule would give it ("the book" is no "committee report"). A name of its own ("the
        Beige Book ... the book") is left to the rules after."""
        doc = self.doc
        if doc[head].lemma not in WORK_NOUNS or not self._is_definite(head, indices):
            return None
        headed = self._head_match(head)
        if headed is not None and headed.type != PERSON:
            return None
        if any(k.i in indices for k in doc.kids(head, L.CONJ)):
            return self.description(head, indices)  # "the book and film": both works
        for _, earlier in self._same_head_before(head):
            dets = {d.lower for d in doc.kids(earlier.i, L.DET, L.NUMMOD)}
            if earlier.tag == doc[head].tag and dets & INDEFINITE:
                own = [
                    i for i in doc.subtree(earlier.i) if i <= earlier.i and doc[i].pos != "PUNCT"
                ]
                words = phrase(doc, own)
                return Resolution(words, UNKNOWN, None, "restated", CERTAINTY["description"])
            if not dets & {"the", "this", "that"}:
                break  # "the video ... This new video ... a 2013 video": back to the introduction
        return self.description(head, indices)

    def _work_owner(
        self, noun: Token, exclude: Sequence[Offsets], chained: bool
    ) -> Resolution | None:
        """The maker a work's own phrase names: its possessor ("Ruiz's book", "her book"),
        the object of its "by" / "from" ("a film by Ruiz", "an email from Lee") or of the agent
        of its participle of making ("a video released by the group", not "an email
        obtained by the group"): a person or organisation the
        registry knows, not a place ("footage from Syria"), a document or a group. Not a
        compound ("the Tom Hanks movie", "a YouTube video": a star or a platform)."""
        doc = self.doc
        owners: list[Token] = list(doc.kids(noun.i, L.POSS))
        for kid in doc.kids(noun.i, L.PREP, L.ACL):
            if kid.dep == L.PREP and kid.lower in ("by", "from"):
                owners += doc.kids(kid.i, L.POBJ)
            elif kid.dep == L.ACL and kid.lemma in AUTHOR_VERBS | AD_VERBS:
                for agent in doc.kids(kid.i, L.AGENT):  # not "an email obtained by"
                    owners += doc.kids(agent.i, L.POBJ)
        for owner in owners:
            entity = self.reg.at_token.get(owner.i)
            named = [self.reg.at_token.get(k.i) for k in doc.kids(owner.i, L.APPOS)]
            if entity is None or entity.described:  # "the consulting firm Delta Economics"
                entity = next((e for e in named if e is not None and not e.described), entity)
            if entity is not None:
                if (
                    entity.type in (PERSON, ORG)
                    and entity.kind != "document"
                    and not (entity.place or entity.facility)
                ):
                    return self._found(entity, "source_noun", entity.role)
                continue
            if chained and owner.dep == L.POSS and owner.lower in POSSESSIVE_OWNERS:
                found = self.pronoun_by_salience(owner.i, exclude)
                if found.speaker is not None and found.type == PERSON:
                    return replace(found, rule="source_noun")
        return None

    def _made_by(self, noun: Token, exclude: Sequence[Offsets], chained: bool) -> Resolution | None:
        """Whoever made or put out the work ``noun``: the subject of the verb it is the
        object of ("Ruiz made a film", "the group released a video"), or a passive's agent."""
        doc = self.doc
        verb = doc[noun.head]
        if noun.head == noun.i or verb.lemma not in AUTHOR_VERBS | AD_VERBS:
            return None
        if noun.dep == L.OBJ:
            subjects = doc.kids(verb.i, L.NSUBJ)
            return self._maker(subjects[0], exclude, chained) if subjects else None
        if noun.dep == L.NSUBJ_PASS:
            return self._passive_maker(verb, exclude, chained)
        return None

    def ad_maker(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """ "The Lee campaign is releasing a new ad aimed at Park. ... The ad says ...": a bare
        definite "the ad" (:data:`AD_NOUNS`, no owner of its own) is the nearest earlier noun
        of its head and number (direct anaphora, Poesio & Vieira 1998) and speaks for whoever
        made or put that one out: its owner ("Lee's ad", "an ad by / from Acme PAC") or the
        subject of the verb that made or aired it (:data:`AUTHOR_VERBS`, :data:`AD_VERBS`), as
        a statement speaks for its maker (PolNeAR credits the sponsor). A definite "the ad" on
        the way passes the chain on back; the first other one decides, and an ad nobody is
        said to have made leaves the description as it was."""
        doc = self.doc
        tok = doc[head]
        if tok.lemma not in AD_NOUNS | AD_SYNONYMS or not indices:
            return None
        if (
            doc[indices[0]].lower != "the"
            or doc.kids(head, L.POSS, L.APPOS)
            or any(p.lower in ("by", "from") for p in doc.kids(head, L.PREP))
        ):
            return None  # "the Lee ad", "the ad by Acme": its owner is the owner rules'
        if any(k.pos == "PROPN" for k in doc.kids(head, L.COMPOUND)):
            return None
        for _, earlier in self._ads_before(head):
            if earlier.tag != tok.tag:
                continue  # "ads" before are not "the ad"
            found = self._statement_maker(earlier, exclude, chained) or self._ad_airer(
                earlier, exclude, chained
            )
            if found is not None:
                return replace(found, rule="restated", certainty=CERTAINTY["restated"])
            dets = {d.lower for d in doc.kids(earlier.i, L.DET)}
            if not dets & {"the", "this", "that"}:
                return None
        return None

    def _ads_before(self, head: int) -> Iterator[tuple[int, Token]]:
        """The antecedents "the ad" ``head`` may restate, nearest first: the nouns of its head
        (:meth:`_same_head_before`); for "the spot" (:data:`AD_SYNONYMS`, a word with other
        senses: "a breakfast spot" before is no ad), the ad nouns of its sentence and the one
        before (Poesio & Vieira 1998: a synonym's direct anaphora)."""
        if self.doc[head].lemma not in AD_SYNONYMS:
            yield from self._same_head_before(head)
            return
        doc = self.doc
        for k in range(head - 1, doc.sentences[max(0, doc[head].sent - 1)].start - 1, -1):
            earlier = doc[k]
            if earlier.lemma in AD_NOUNS and earlier.pos == "NOUN":
                yield k, doc.compound_head(k)

    def _ad_airer(
        self, noun: Token, exclude: Sequence[Offsets], chained: bool
    ) -> Resolution | None:
        """Who launched or aired the ad ``noun`` (object of a verb of :data:`AD_VERBS`): the
        verb's subject, when the text names them."""
        doc = self.doc
        verb = doc[noun.head]
        if noun.dep != L.OBJ or noun.head == noun.i or verb.lemma not in AD_VERBS:
            return None
        subjects = doc.kids(verb.i, L.NSUBJ)
        return self._maker(subjects[0], exclude, chained) if subjects else None

    def results_of(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """ "In a poll of 800 voters, Acme found that ... The results show that ...": a bare
        definite "the results" (:data:`RESULT_NOUNS`, no owner, compound or "of" phrase of
        its own) is part of the nearest document noun (poll, survey, study ...) of its own
        sentence or the one before, and speaks as that document would: for the maker the text
        names (Poesio & Vieira 1998: *bridging* by a part of the antecedent, here the results
        of the poll), else as that document in its own words ("exit polls suggested ... The
        results suggest ..." -> exit polls). "the election results", "the results of the
        vote" and "the results" with no document noun before are left alone."""
        doc = self.doc
        tok = doc[head]
        if tok.lemma not in RESULT_NOUNS or not indices or doc[indices[0]].lower != "the":
            return None
        if doc.kids(head, L.COMPOUND, L.POSS, L.NMOD, L.AMOD) or any(
            p.lower == "of" for p in doc.kids(head, L.PREP)
        ):
            return None  # "the election results", "the results of the vote"
        lo = doc.sentences[max(0, tok.sent - 1)].start
        for k in range(head - 1, lo - 1, -1):
            earlier = doc[k]
            if not self._document_noun(earlier) or earlier.dep == L.COMPOUND:
                continue
            if self._polling_place(earlier):
                return None  # "voters went to the polls": no poll, the results are the vote's
            return self._as_document(earlier, exclude, chained)
        return None

    def site_owner(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """ "Ann Lee has set up a website called ... '...,' the website explains": a bare
        definite "the website" / "the site" (:data:`SITE_NOUNS`) is the nearest earlier noun
        of its head (direct anaphora, Poesio & Vieira 1998) and speaks for whoever set that
        one up: the subject of a verb of :data:`SITE_VERBS` it is the object of, as a document
        speaks for its maker. A definite "the website" on the way passes the chain on back
        (Poesio & Vieira 1998's chains); the first other one decides, and one nobody is said
        to have set up leaves the description as it was."""
        doc = self.doc
        tok = doc[head]
        if tok.lemma not in SITE_NOUNS or not indices or doc[indices[0]].lower != "the":
            return None
        if doc.kids(head, L.COMPOUND, L.POSS, L.APPOS) or len(indices) > 2:
            return None  # "the campaign website", "the website fivethirtyeight"
        for _, earlier in self._same_head_before(head):
            verb = doc[earlier.head]
            if earlier.dep != L.OBJ or earlier.head == earlier.i or verb.lemma not in SITE_VERBS:
                if {d.lower for d in doc.kids(earlier.i, L.DET)} == {"the"}:
                    continue  # "a message on the website": the chain goes on back
                return None
            subjects = doc.kids(verb.i, L.NSUBJ)
            found = self._maker(subjects[0], exclude, chained) if subjects else None
            if found is None or found.type not in (ORG, PERSON):
                return None
            return replace(found, rule="restated", certainty=CERTAINTY["restated"])
        return None

    def _polling_place(self, noun: Token) -> bool:
        """ "went to the polls", "at the polls", "the polls closed": "polls" as where people
        vote, no survey."""
        doc = self.doc
        head = doc[noun.head]
        if noun.tag != "NNS" or noun.head == noun.i:
            return False
        if noun.dep == L.POBJ and head.lower in ("to", "at"):
            return True
        return noun.dep == L.NSUBJ and head.lemma in ("close", "open")

    def _as_document(self, noun: Token, exclude: Sequence[Offsets], chained: bool) -> Resolution:
        """What the document noun ``noun`` speaks as: the registry's document, its maker
        (owner, verb that made it, the clause it is the setting of), else its own words."""
        doc = self.doc
        document = self.reg.at_token.get(noun.i)
        if document is not None and document.kind == "document":
            return self._document(document, "restated")
        found = self._statement_maker(noun, exclude, chained) or self._setting_of(
            noun, exclude, chained
        )
        if found is not None:
            return replace(found, rule="restated", certainty=CERTAINTY["restated"])
        own = [
            i
            for i in doc.subtree(noun.i)
            if i <= noun.i and doc[i].pos != "PUNCT" and doc[i].pos != "DET"
        ]
        return Resolution(phrase(doc, own), UNKNOWN, None, "restated", CERTAINTY["description"])

    def named_after(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """ "Clinton and Sanders are deadlocked, according to a new poll. The survey,
        conducted by the Acme Institute, finds ...": a document noun (poll, survey, report,
        study ...) that says nothing of who made it, first of its kind in the text, is the
        next document noun of the following :data:`INTRODUCTION_SENTENCES` sentences, which
        the writer uses to say who made it: its owner ("The Acme poll", "by" / "from", a
        participle's agent) or its name as a document. News introduces a brand-new entity
        by an indefinite and elaborates it at once (Prince 1981); the later mention is the
        same document (Poesio & Vieira 1998 count such coreferent pairs of document nouns,
        "poll" / "survey", among their *direct anaphora* with a synonym head). The first
        document noun after decides, found or not; one before it (another poll) stops it."""
        doc = self.doc
        tok = doc[head]
        if "document" not in self._kinds(head, indices) or tok.tag != "NN":
            return None
        if any(i in self.reg.at_token for i in indices) or doc.kids(head, L.POSS):
            return None  # "the PPIC poll", "Gallup's survey": an owner of its own
        lo = self._window_start(head, WIDE_WINDOW)
        cut = self._headline_end()  # a headline's "Poll:" announces the body's poll
        if any(
            self._document_noun(doc[k]) for k in range(lo, head) if not cut or doc[k].start > cut
        ):
            return None  # not the first: an earlier poll may be the one meant
        last = min(len(doc.sentences) - 1, tok.sent + INTRODUCTION_SENTENCES)
        for k in range(head + 1, doc.sentences[last].end):
            later = doc[k]
            if not self._document_noun(later) or later.dep == L.COMPOUND:
                continue
            if later.tag != "NN":
                return None  # "Iowa polls": several, not the one introduced
            document = self.reg.at_token.get(later.i)
            if document is not None and document.kind == "document":
                return self._document(document, "restated")
            found = self._statement_maker(later, exclude, chained)
            if found is None:
                return None
            return replace(found, rule="restated", certainty=CERTAINTY["restated"])
        return None

    def _document_noun(self, tok: Token) -> bool:
        return tok.pos == "NOUN" and "document" in self.lex.description_kinds.get(
            tok.lemma, frozenset()
        )

    def _same_head_before(self, head: int) -> Iterator[tuple[int, Token]]:
        """The nouns before ``head`` with its lemma, within :data:`WIDE_WINDOW` sentences,
        nearest first, each raised to the head of its compound ("an email fundraising appeal"
        -> "appeal"): the antecedents of direct anaphora (Poesio & Vieira 1998)."""
        doc = self.doc
        lemma = doc[head].lemma
        for k in range(head - 1, self._window_start(head, WIDE_WINDOW) - 1, -1):
            earlier = doc[k]
            if earlier.lemma == lemma and earlier.pos in ("NOUN", "PROPN"):
                yield k, doc.compound_head(k)

    def _setting_of(
        self, noun: Token, exclude: Sequence[Offsets], chained: bool
    ) -> Resolution | None:
        """ "In an online poll of 800 voters, Acme found that ...": a statement noun in a
        preposed "in" phrase, the setting of a speech verb's clause, is that verb's subject's
        ("Lee saw no evidence in the report" is no setting: the phrase follows the subject)."""
        doc = self.doc
        prep = doc[noun.head]
        if noun.dep != L.POBJ or prep.lower != "in" or prep.head == prep.i:
            return None
        verb = doc[prep.head]
        if verb.pos not in ("VERB", "AUX") or verb.lemma not in FINDING_VERBS:
            return None
        subjects = doc.kids(verb.i, L.NSUBJ)
        if not subjects or subjects[0].i < prep.i:
            return None  # "Lee saw no evidence in the report": not a setting put first
        return self._maker(subjects[0], exclude, chained)

    def restated(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """ "Cook provided a written statement ... '...,' the statement said": a definite
        statement noun with no owner of its own is the nearest earlier noun with the same head
        (Poesio & Vieira 1998: *direct anaphora*, the commonest use of a definite description,
        whose head noun repeats its antecedent's), and speaks for whoever made that one: its
        owner ("the FBI summary", "his order", "an affidavit written by Ann Lee") or the subject
        of the verb that made or put it out ("Cook provided a statement")."""
        if "statement" not in self._kinds(head, indices) or not self._is_definite(head, indices):
            return None
        for _, earlier in self._same_head_before(head):
            found = self._statement_maker(earlier, exclude, chained)
            if found is None:
                return None  # the nearest one decides: an earlier one may be another statement
            return replace(found, rule="restated", certainty=CERTAINTY["restated"])
        if self.doc[head].lemma in ISSUED_NOUNS:
            found = self._announcer(head, exclude, chained)
            if found is None and self.doc[head].lemma in SPOKEN_ISSUED_NOUNS:
                found = self._answerer(head, exclude, chained)  # "X responded ... the statement"
            return found
        return None

    def answered(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """A definite "the answer" (:data:`ANSWER_NOUNS`) with no earlier noun of its head
        is the last speaker's (:meth:`_answerer`)."""
        if self.doc[head].lemma not in ANSWER_NOUNS or not self._is_definite(head, indices):
            return None
        if next(self._same_head_before(head), None) is not None:
            return None  # "a reply ... the reply": direct anaphora, left to the rules after
        return self._answerer(head, exclude, chained)

    def _answerer(self, head: int, exclude: Sequence[Offsets], chained: bool) -> Resolution | None:
        """ "'...,' she added. ¶ The answer did not rebut his point": a definite "the answer"
        / "the response" / "the reply" with no earlier noun of its head is what the last
        speaker of the sentence before or its own said (Poesio & Vieira 1998's *bridging* to
        an event by its result, as :meth:`_announcer`): the subject of the nearest verb of
        saying (speech_verbs.txt) there, when it is someone the text names. A claim's own
        words do not count; the nearest verb of saying decides, and a verb of asking
        (question_verbs.txt) there means the answer is someone else's."""
        asking = load_lexicon("question_verbs") | {"question"}  # "question" is a speech verb too
        return self._nearest_verb_maker(
            head, load_lexicon("speech_verbs"), exclude, chained, ("VERB",), stop=asking
        )

    def _announcer(self, head: int, exclude: Sequence[Offsets], chained: bool) -> Resolution | None:
        """ "On Thursday, the Wyoming Republican Party announced she wasn't coming. '...,'
        the release said": a definite "the release" / "the statement" with no earlier noun of
        its head is what the last announcement of the sentence before or its own put out
        (indirect anaphora to an event, Poesio & Vieira 1998's *bridging* by the event's
        result): the subject of the nearest verb of :data:`ANNOUNCING_VERBS` there, when it
        is someone the text names. A claim's own words do not count."""
        return self._nearest_verb_maker(head, ANNOUNCING_VERBS, exclude, chained, ("VERB", "AUX"))

    def _nearest_verb_maker(
        self,
        head: int,
        verbs: frozenset[str],
        exclude: Sequence[Offsets],
        chained: bool,
        pos: tuple[str, ...],
        stop: frozenset[str] = frozenset(),
    ) -> Resolution | None:
        """Who put out what the nearest verb of ``verbs`` (tagged one of ``pos``) before
        ``head``, in its sentence or the one before, reports: its subject's maker, when that
        is someone the text names (:meth:`_answerer`, :meth:`_announcer`). The nearest such
        verb decides; a verb of ``stop`` nearer than it ends the search with none, inside a
        quotation too ("Lee asked about the budget. The answer ...": not the asker's). A
        claim's own words do not count."""
        doc = self.doc
        lo = doc.sentences[max(0, doc[head].sent - 1)].start
        wanted = verbs | stop
        for k in range(head - 1, lo - 1, -1):
            verb = doc[k]
            if verb.pos not in pos or verb.lemma not in wanted:
                continue
            if verb.lemma in stop:
                return None
            if _inside(verb, exclude) or self.quoted and _inside_sorted(verb.start, self.quoted):
                continue
            subjects = doc.kids(k, L.NSUBJ)
            if not subjects:
                continue
            found = self._maker(subjects[0], exclude, chained)
            if found is None or found.type not in (ORG, PERSON):
                return None
            return replace(found, rule="restated", certainty=CERTAINTY["restated"])
        return None

    def _statement_maker(
        self, noun: Token, exclude: Sequence[Offsets], chained: bool
    ) -> Resolution | None:
        """Who made the statement ``noun`` names: what it resolved to as a source, its owner
        (compound, possessor, "by" / "from" phrase, a participle's agent), else the subject of
        a verb that made or put it out (:data:`AUTHOR_VERBS`)."""
        doc = self.doc
        done = self._done.get(noun.i)
        if done is not None and done.speaker and done.rule not in ("description", "unresolved"):
            return done
        owners: list[Token] = list(doc.kids(noun.i, L.COMPOUND, L.POSS))
        for kid in doc.kids(noun.i, L.PREP, L.ACL):
            if kid.dep == L.PREP and kid.lower in ("by", "from"):
                owners += doc.kids(kid.i, L.POBJ)
            elif kid.dep == L.ACL:
                for agent in doc.kids(kid.i, L.AGENT):
                    owners += doc.kids(agent.i, L.POBJ)
        for owner in owners:
            entity = self.reg.at_token.get(owner.i)
            if entity is not None and entity.kind != "document" and entity.type != GROUP:
                return self._found(entity, "restated", entity.role)
            if chained and owner.lower in CHAIN_PRONOUNS | {"its", "their"}:
                found = self.pronoun_by_salience(owner.i, exclude)
                if found.speaker is not None:
                    return found
        verb = doc[noun.head]
        if noun.dep == L.OBJ and noun.head != noun.i and verb.lemma in AUTHOR_VERBS:
            subjects = doc.kids(verb.i, L.NSUBJ)
            if subjects:
                return self._maker(subjects[0], exclude, chained)
        if noun.dep == L.NSUBJ_PASS and noun.head != noun.i and verb.lemma in AUTHOR_VERBS:
            return self._passive_maker(verb, exclude, chained)
        return self._said_in(noun, exclude, chained)

    def _passive_maker(
        self, verb: Token, exclude: Sequence[Offsets], chained: bool
    ) -> Resolution | None:
        """ "An email was sent from the club's director, Ann Lee, to members", "a letter
        signed by 40 senators": the passive's agent ("by") or the sender ("from" a verb of
        sending) made the statement, as the active subject would have."""
        doc = self.doc
        for kid in doc.kids(verb.i, L.AGENT, L.PREP):
            if kid.dep == L.AGENT or kid.lower == "from" and verb.lemma in PUBLISH_VERBS:
                for maker in doc.kids(kid.i, L.POBJ):
                    found = self._maker(maker, exclude, chained)
                    if found is not None:
                        return found
        return None

    def _said_in(self, noun: Token, exclude: Sequence[Offsets], chained: bool) -> Resolution | None:
        """ "Fox News said in a statement": a statement noun in the "in" phrase of a verb of
        saying is the medium of that verb's subject, its maker (the wire convention "X said
        in a statement", which a later "the statement said" points back to). Only a noun of
        what is issued (:data:`ISSUED_NOUNS`): in "Lee said he saw no evidence in the report"
        the report is what Lee talks about, not his medium."""
        doc = self.doc
        prep = doc[noun.head]
        if noun.lemma not in ISSUED_NOUNS or noun.dep != L.POBJ or prep.lower != "in":
            return None
        if prep.head == prep.i:
            return None
        verb = doc[prep.head]
        if verb.pos != "VERB" or verb.lemma not in load_lexicon("speech_verbs"):
            return None
        subjects = doc.kids(verb.i, L.NSUBJ)
        return self._maker(subjects[0], exclude, chained) if subjects else None

    def _document(self, document: Entity, rule: str) -> Resolution:
        """A document speaks for its publisher when the text names one: an unnamed one ("a
        report by the agency") and one whose name does not say who made it ("the Millennial
        Poll", "the PPIC poll" of the Public Policy Institute of California; the document's
        name goes to ``via``): the train referent sets read the maker there (session 19). A
        name that holds its publisher's ("CBS News poll", "Pew Research report") speaks
        under that name, its publisher in ``via``."""
        publisher = document.publisher
        if document.described and publisher is not None:
            role = publisher.role
            return self._found(publisher, rule, role)
        if publisher is not None and not _names_its_maker(document, publisher):
            # "the Beige Book", "the PPIC poll": a name that does not say who made it
            found = self._found(publisher, rule, publisher.role)
            return replace(found, via=document.name)
        via = publisher.name if publisher is not None else None
        return Resolution(
            document.name, UNKNOWN, None, rule, CERTAINTY[rule], document, via=via
        )  # fmt: skip

    def author(
        self, head: int, exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """A statement whose relative clause says who made it is theirs: "according to a speech
        Ms. Varga delivered", "the letter that the mayor signed" -> Ms. Varga, the mayor."""
        doc = self.doc
        for clause in doc.kids(head, L.RELCL):
            if clause.lemma not in AUTHOR_VERBS:
                continue
            subjects = [k for k in doc.kids(clause.i, L.NSUBJ) if k.lower not in RELATIVE_PRONOUNS]
            if not subjects or doc.kids(clause.i, L.OBJ) and not self._relative_object(clause):
                continue
            maker = self._maker(subjects[0], exclude, chained)
            if maker is not None:
                return maker
        return None

    def _relative_object(self, clause: Token) -> bool:
        return any(k.lower in RELATIVE_PRONOUNS for k in self.doc.kids(clause.i, L.OBJ))

    def publisher(
        self, head: int, exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """A statement with no owner of its own, object of a publishing verb, is its publisher's:
        "The Post ran a piece that noted ...", "Lee released a video that accuses ..." ->
        The Post, Lee (PolNeAR's annotators credit the publisher, and a fact-checker asks
        the publisher)."""
        doc = self.doc
        noun = doc[head]
        if noun.dep != L.OBJ or noun.head == noun.i or doc[noun.head].lemma not in PUBLISH_VERBS:
            return None
        subjects = doc.kids(noun.head, L.NSUBJ)
        return self._maker(subjects[0], exclude, chained) if subjects else None

    def _maker(
        self, subject: Token, exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """The statement's speaker when ``subject`` (of the verb that made or put it out)
        resolves to someone known: a bare description is no better than the statement."""
        indices = [i for i in self.doc.subtree(subject.i) if self.doc[i].pos != "PUNCT"]
        if chained:
            found = self.lookup(subject.i, indices, exclude)
        else:  # already one lookup deep: what was resolved, or a name, nothing further
            named = self._done.get(subject.i) or self.name(subject.i, indices, exclude)
            found = named or UNRESOLVED
        if found.speaker is None or found.rule in ("description", "unresolved"):
            return None
        return replace(found, rule="source_noun")

    def organisation(
        self, head: int, indices: list[int], exclude: Sequence[Offsets]
    ) -> Resolution | None:
        """An organisation named by description ("the Russian government") -> ORG, the phrase."""
        tok = self.doc[head]
        if tok.lemma not in self.lex.org_nouns or tok.tag in ("NNS", "NNPS"):
            return None
        typed = self.lex.description_kinds.get(tok.lemma, frozenset())
        named = self._eponymous(head, indices, typed)
        if named is not None:
            return self._found(named, "organisation", None)
        indices = self._spoken_for(head, indices)
        if self._bare_definite(head, indices) and (headed := self._head_match(head)) is not None:
            return Resolution(
                headed.name, ORG, None, "organisation", CERTAINTY["organisation"], headed
            )
        if self._bare_definite(head, indices) and not typed & UNTYPED_FALLBACK_NONE:
            for window in (WINDOW, WIDE_WINDOW):
                best, tie = self._salient_organisation(head, typed, exclude, window)
                if best is not None:
                    certainty = CERTAINTY["organisation"] * (TIE_FACTOR if tie else 1.0) * 0.9
                    return Resolution(best.name, ORG, None, "organisation", certainty, best)
        if self._classifying_definite(head, indices) and not typed & UNTYPED_FALLBACK_NONE:
            best, tie = self._salient_organisation(head, typed, exclude, WINDOW, repeated=True)
            if best is not None:
                certainty = CERTAINTY["organisation"] * (TIE_FACTOR if tie else 1.0) * 0.8
                return Resolution(best.name, ORG, None, "organisation", certainty, best)
        entity = self.reg.at_token.get(head)
        if entity is not None and entity.type == ORG:
            return self._found(entity, "organisation", None)
        return Resolution(
            phrase(self.doc, indices), ORG, None, "organisation", CERTAINTY["organisation"]
        )

    def _spoken_for(self, head: int, indices: list[int]) -> list[int]:
        """The words of the organisation a spokesperson speaks for, when the description's
        head is that organisation (:meth:`_description_head`): "A spokeswoman for the
        company" is bare "the company" after its "for", an anaphor as the subject "The
        company" is (business copy: "Andes Minerals said ... A spokeswoman for the company
        declined to comment"). Else the mention's words."""
        doc = self.doc
        tok = doc[head]
        if tok.dep != L.POBJ or head == indices[0]:
            return indices
        prep = doc[tok.head]
        if prep.lower != "for" or self.lex.canonical.get(doc[prep.head].lower) != SPOKESPERSON:
            return indices
        inside = set(indices)
        return [i for i in doc.subtree(head) if i in inside]

    def _salient_organisation(
        self,
        head: int,
        typed: frozenset[str],
        exclude: Sequence[Offsets],
        window: int,
        repeated: bool = False,
    ) -> tuple[Entity | None, bool]:
        """The most salient organisation ``window`` sentences back that a bare "the group" /
        "the company" may mean. First the near window; when it holds none, the wide one: a
        feature names its organisation once and calls it "the group" paragraphs later, after
        a long quotation ("IFPTE sent a dozen questions ... [answers] ... The group asked"),
        as a pronoun would not be used (Ariel 1990: a definite description is a low
        accessibility marker, for an antecedent further back than a pronoun's). Far back,
        only an organisation known to be of a kind the noun fits (a union, "Federation of
        ... Engineers", for "the group"): an untyped name there is as often an event or a
        misread phrase ("Shangri-La Dialogue", "Great Recession") as an organisation.
        ``repeated``: only an organisation the text names more than once (a capitalised word
        named once, "Defiance and determination radiates ...", is as often the NER's misread;
        the Stanford sieve's mention filtering drops such singletons, Lee et al. 2013)."""
        tok = self.doc[head]
        orgs = {m.entity for m in self.reg.mentions_between(self._window_start(head, window), head)}
        orgs = {
            e
            for e in orgs
            if e.type == ORG
            and e.name.lower() != tok.lower
            and not (e.described and " " not in e.name)  # "the organization": an anaphor too
            and (not e.place or tok.lemma in PLACE_NOUNS)
            and (not e.kind or not typed or e.kind in typed)  # "the nonprofit" is no paper
            and (e.place or "government" not in typed)  # a government is a country's
            and not (e.place and tok.lemma == "administration")  # an administration isn't
            and (window == WINDOW or e.kind in typed)
            and (not repeated or len(e.mentions) > 1 or self._trusted_singleton(e))
            # a building or a street ("the bakery on Quay Street") is no "the council"; one
            # that spoke for those in it ("The White House said", "Downing Street said") is
            and (not e.facility or any(s is e for s in self._source_entities))
        }
        return self.ranked(head, orgs, exclude, {}, window)

    def _trusted_singleton(self, entity: Entity) -> bool:
        """An organisation named once that is no NER misread: a name of several capitalised
        words ("Amnesty International", "Human Rights Watch"), or one that already spoke in a
        claim. "Defiance" opening a sentence is neither."""
        words = entity.name.split()
        return (len(words) > 1 and all(w[:1].isupper() for w in words)) or any(
            e is entity for e in self._source_entities
        )

    def _head_match(self, head: int) -> Entity | None:
        """ "the foundation" after "the Clinton Foundation": the organisation named before
        whose name ends in the description's noun, the last one mentioned (the head-match
        sieve of Lee et al. 2013), before any salience guess."""
        tok = self.doc[head]
        found: tuple[int, Entity] | None = None
        for entity in self.reg.entities:
            # a PERSON too: the NER often takes "the Clinton Foundation" for a person
            if entity.type == GROUP or entity.described or len(entity.name.split()) < 2:
                continue
            ends = {n.split()[-1].lower() for n in entity.names if n.split()}
            if entity.type == PERSON and len(ends) > 1 or not ends & {tok.lower, tok.lemma}:
                continue
            last = _last_before(entity.mentions, head)
            if last >= 0 and (found is None or last > found[0]):
                found = (last, entity)
        return found[1] if found else None

    def _eponymous(self, head: int, indices: list[int], kinds: frozenset[str]) -> Entity | None:
        """ "Podesta's firm", "Clinton's foundation": an organisation owned by a named person
        is the one named after that person ("the Podesta Group"), of a kind the noun fits
        when its kind is known. None when the text names no such organisation."""
        doc = self.doc
        owners = [
            self.reg.at_token[k.i]
            for k in doc.kids(head, L.POSS)
            if k.i in self.reg.at_token and self.reg.at_token[k.i].type == PERSON
        ]
        if not owners:
            return None
        surname = owners[0].name.split()[-1]
        for entity in self.reg.entities:
            if entity.type != ORG or entity.described or entity.kind == "document":
                continue
            words = entity.name.split()
            if surname in words and len(words) > 1 and (not entity.kind or entity.kind in kinds):
                return entity
        return None

    def _bare_definite(self, head: int, indices: list[int]) -> bool:
        """ "the agency", "the company": a definite article and the noun, nothing else, so
        the description points back to an organisation named before (Hobbs 1978 / Lappin &
        Leass 1994 treat such descriptions like pronouns). The article may lie outside the
        mention ("the nonprofit's assurances" with the mention "nonprofit's")."""
        doc = self.doc
        words = [
            doc[i] for i in indices if doc[i].pos != "PUNCT" and doc[i].text not in POSSESSIVE_MARKS
        ]
        if len(words) == 1 and words[0].i == head:
            return any(k.lower in ("the", "this") for k in doc.kids(head, L.DET))
        return len(words) == 2 and words[0].lower in ("the", "this") and words[1].i == head

    def _classifying_definite(self, head: int, indices: list[int]) -> bool:
        """ "the terrorist organization", "the government watchdog group", "the rights
        group": "the", one to three lower-case common words that classify the noun, and the
        noun last, nothing after it. News copy names an organisation and then calls it by
        its kind (Poesio & Vieira 1998: such a description with a premodifier and no
        postmodifier is most often anaphoric, the postmodified or capitalised ones
        discourse-new): it points back as "the group" does, within :data:`WINDOW` sentences
        only. Only the nouns of :data:`KIND_ORG_NOUNS` ("the city council" is a body of its
        own, no police department named before). A capitalised modifier ("the Iraqi activist
        group") or anything after the noun ("the group of donors") keeps the phrase."""
        doc = self.doc
        words = [
            doc[i] for i in indices if doc[i].pos != "PUNCT" and doc[i].text not in POSSESSIVE_MARKS
        ]
        if len(words) < 3 or len(words) > 5 or words[0].lower != "the" or words[-1].i != head:
            return False
        if words[-1].lemma not in KIND_ORG_NOUNS:
            return False
        return all(
            w.text.islower() and w.pos in ("ADJ", "NOUN") and w.dep in (L.AMOD, L.COMPOUND)
            for w in words[1:-1]
        )

    def group(self, head: int, indices: list[int], exclude: Sequence[Offsets]) -> Resolution | None:
        """Unnamed people in the plural ("reporters", "Russian authorities", "Representatives
        of the Democratic Party") or a collective ("U.S. media") -> GROUP, the phrase."""
        if not self._group_head(self.doc[head]):
            return None
        return Resolution(phrase(self.doc, indices), GROUP, None, "group", CERTAINTY["group"])

    def role(
        self,
        head: int,
        indices: list[int],
        exclude: Sequence[Offsets],
        owner: Entity | None = None,
    ) -> Resolution | None:
        """A role descriptor ("the aide", "the Russian president", "the President of the United
        States", "Putin's spokesman") -> the entity holding that role. An indefinite one ("a
        spokesman", "one Conservative MP": :data:`INDEFINITE`) only introduces a holder named
        just after it (:meth:`_introduced`); else it stays the phrase, typed PERSON.

        Holders are the entities whose titles have the same canonical role (role synonyms are
        data: spokesman = spokesperson = press secretary). The descriptor's qualifiers
        (nationality, institution, possessor) must not contradict the holder's affiliations and
        count in its favour when they agree; among the remaining holders the most salient one
        wins (:meth:`ranked`).
        """
        found = self._mention_role(indices, head)
        if found is None:
            return None
        text, key, role_tokens = found
        if (holder := self._name_after_office(indices, role_tokens)) is not None:
            return self._found(holder, "role", text)
        if self._office_to_come(indices, role_tokens):
            return Resolution(
                phrase(self.doc, indices), PERSON, text, "description", CERTAINTY["description"]
            )
        if (unnamed := self._anonymous_source_before(head, indices)) is not None:
            return Resolution(unnamed, PERSON, text, "description", CERTAINTY["description"])
        holders = [e for e in self.reg.holders(key) if e.type == PERSON]
        if self.doc[indices[0]].lower in INDEFINITE:
            holders = [] if self._anonymous(head) else self._introduced(holders, head)
        quals = set(qualifier_sides(self.reg, indices, role_tokens))
        if owner is not None and owner.type == PERSON:
            quals |= {"@" + owner.name.split()[-1].lower()} | owner.affiliations
            holders = [e for e in holders if e is not owner]
        for q in list(quals):
            if q.startswith("@"):
                owner = self.reg.person_named(q[1:], before=head)
                if owner is not None:
                    quals |= owner.affiliations
                    holders = [e for e in holders if e is not owner]
        holders = [e for e in holders if compatible(quals, e)]
        if self._role_domain(indices, role_tokens):
            # "farm leader": no holder through a synonym ("leader" covers a prime minister)
            holders = [e for e in holders if key in e.role_keys]
        if not holders:
            definite = self.doc[indices[0]].lower not in INDEFINITE  # "a" ones: _introduced
            if definite and (named := self.identified_next(head, indices)) is not None:
                return named  # "Lee's campaign manager says ... ¶ Tom Ward said": Ward
            return Resolution(
                phrase(self.doc, indices), PERSON, text, "description", CERTAINTY["description"]
            )
        bonus = {e.id: QUALIFIER_MATCH for e in holders if quals & e.affiliations}
        best, tie = self.ranked(head, set(holders), exclude, bonus)
        if best is None:
            best = max(holders, key=lambda e: (_last_before(e.mentions, head), -e.id))
            tie = len(holders) > 1
        certainty = CERTAINTY["role"] * (TIE_FACTOR if tie else 1.0)
        role = best.roles[0] if best.roles else text
        return Resolution(best.name, PERSON, role, "role", certainty, best)

    def _name_after_office(self, indices: list[int], role_tokens: set[int]) -> Entity | None:
        """The person a long title names at its end: "Union Minister for Urban Affairs Rakesh
        Sinha informed ..." (the parser hangs the name inside the office's "for" phrase, so
        the mention's head is "Minister"). A title and a name with no determiner are one
        mention of the holder (Quirk et al. 1985, 17.80: a title before a name is
        appositive), so no other minister is meant. The name must end the mention and follow
        capitalised words of the office that are no role ("Urban Affairs"); "the spokesman
        for Ann Lee" (the name opens its phrase) or "an aide to Majority Leader Tom Hale" and
        "the spokesman for Chief of Staff John Kelly" (another role before the name: the one
        served) keep the role rule."""
        doc = self.doc
        last = max(indices)
        entity = self.reg.at_token.get(last)
        if entity is None or entity.type != PERSON or entity.described:
            return None
        if doc[min(indices)].pos in ("DET", "PRON") or doc[min(indices)].dep == L.POSS:
            return None
        first = last
        while first - 1 in indices and self.reg.at_token.get(first - 1) is entity:
            first -= 1
        before = doc[first - 1] if first - 1 in indices else None
        if before is None or before.i in role_tokens or before.pos != "PROPN":
            return None
        if not before.text[:1].isupper() or (before.lower,) in self.lex.roles:
            return None
        between = [doc[i].lower for i in indices if max(role_tokens) < i < first]
        if before.i <= max(role_tokens) or self.lex.find_roles(between):
            return None  # "the spokesman for Chief of Staff John Kelly": Kelly is served
        return entity

    def _office_to_come(self, indices: list[int], role_tokens: set[int]) -> bool:
        """ "Perhaps the next president could require ...", "a future chancellor": an office
        whose holder is still to come (future_office_words.txt before the role) names no one
        the text names as holding it now, nor the salient person: the description is a
        hypothetical (Quirk et al. 1985, 5.32: "next" and "future" as attributive adjectives
        of time), so it stays its own words."""
        first = min(role_tokens, default=max(indices) + 1)
        words = load_lexicon("future_office_words")
        return any(self.doc[i].lower in words for i in indices if i < first)

    def _role_domain(self, indices: list[int], role_tokens: Iterable[int]) -> set[str]:
        """The common nouns before a role that narrow it to a field ("farm leader", "union
        boss", "campaign spokesman"): such a role is held only by someone the text gave that
        very role word, not a synonym's holder ("leader" covers a prime minister, but a
        "farm leader" is no prime minister), while "the opposition leader" still finds the
        one titled "Opposition leader". Written in lower case, no role word itself, no name or
        nationality (those are :func:`qualifier_sides`')."""
        doc = self.doc
        first = min(role_tokens, default=max(indices) + 1)
        return {
            doc[i].lower
            for i in indices
            if i < first
            and doc[i].pos == "NOUN"
            and doc[i].dep == L.COMPOUND
            and doc[i].text.islower()
            and doc[i].lower not in self.lex.role_words
        }

    def _anonymous(self, head: int) -> bool:
        """ "one senior administration official said, speaking on the condition of anonymity":
        a source the sentence says is unnamed (anonymity, anonymous, not authorized to
        speak) is nobody the text names later, however near the next holder of the title (the
        anonymous-sourcing convention of wire style, AP Stylebook "anonymous sources")."""
        doc = self.doc
        sentence = doc.sentences[doc[head].sent]
        words = {doc[i].lower for i in range(sentence.start, sentence.end)}
        return bool(words & ANONYMITY_WORDS) or {"not", "authorized"} <= words

    def _anonymous_source_before(self, head: int, indices: list[int]) -> str | None:
        """ "..., said a Mexican official who was not authorized to speak. ... '...,' the
        official said": a definite role descriptor after an unnamed source (an indefinite
        role the sentence says is anonymous, :meth:`_anonymous`) of the same noun is that
        source, not a named holder of a synonym (a foreign secretary is "an official" too);
        so is any definite role subject right after such a source ("a White House official
        who spoke anonymously said ... ¶ The aide declined to specify"): the writer goes on
        about the source just quoted (Grosz et al. 1995, the backward-looking center). The
        source's words are returned ("Mexican official"); none when someone named with
        that noun in a role comes between."""
        doc = self.doc
        tok = doc[head]
        if doc[indices[0]].lower != "the" or tok.tag != "NN":
            return None
        for k in range(head - 1, self._window_start(head, WIDE_WINDOW) - 1, -1):
            source = doc[k]
            misparsed = source.dep == L.APPOS and doc[source.head].pos == "NOUN"
            if source.pos != "NOUN" or source.tag != "NN":
                continue
            if source.dep not in L.SUBJECTS and not misparsed:
                continue  # (the parser may hang a subject on a noun before it as apposition)
            if not self.lex.find_roles([source.lower]):
                continue
            entity = self.reg.at_token.get(k)
            if entity is not None and entity.type == PERSON and not entity.described:
                continue  # a role the NER joined to a name
            same = source.lemma == tok.lemma
            if not same and (source.sent != tok.sent - 1 or tok.dep not in L.SUBJECTS):
                continue
            dets = [d for d in doc.kids(k, L.DET, L.NUMMOD) if d.i < k]
            if not dets or dets[0].lower not in INDEFINITE or not self._anonymous(k):
                continue
            if any(
                m.entity.type == PERSON
                and not m.entity.described
                and any(tok.lemma in r.lower().split() for r in m.entity.roles)
                for m in self.reg.mentions_between(k + 1, head)
            ):
                return None  # "Another official, Tom Reed, said": a named one came between
            words = [min(doc.subtree(d.i)) for d in doc.kids(k, L.AMOD, L.COMPOUND) if d.i < k]
            return doc.text[doc[min(words + [k])].start : source.end]  # "White House official"
        return None

    def _introduced(self, holders: list[Entity], head: int) -> list[Entity]:
        """The holders an indefinite role descriptor may introduce: named for the first time
        after it, within :data:`INTRODUCTION_SENTENCES` sentences ("A federal judge on Friday
        ordered ... U.S. District Judge Ann Roe wrote"). A holder named before is not "a
        spokesman" or "one MP" again: the writer brings in someone new (:data:`INDEFINITE`)."""
        sent = self.doc[head].sent
        return [
            e
            for e in holders
            if e.mentions
            and min(e.mentions) > head
            and self.doc[min(e.mentions)].sent - sent <= INTRODUCTION_SENTENCES
        ]

    def pronoun_by_salience(self, head: int, exclude: Sequence[Offsets]) -> Resolution:
        """A pronoun -> the most salient antecedent that agrees in person, number and gender.

        he/she: a person of that gender (she: a person known to be a woman; he also a person
        of unknown gender); it: an organisation or a document; they and we: an organisation
        or a group. First and second person outside quotations ("I", "you") are the writer
        and the reader: left unresolved.
        """
        feats = self.lex.pronouns.get(self.doc[head].lower)
        if feats is None:
            return UNRESOLVED
        if self.doc[head].lower in FIRST_SINGULAR:
            return self.interviewee(head)
        if self.doc[head].lower in FIRST_PLURAL and self._writers_own(head):
            return UNRESOLVED
        agree = agreement(feats)
        if agree is None:
            return UNRESOLVED
        for find, rule in (
            (self._host_subject, "pronoun"),
            (self._conjunct_subject, "conjunct_subject"),
            (self._owner_host, "owner_host"),
            (self._preposed_subject, "preposed"),
        ):
            if (entity := find(head, exclude)) is not None:
                return self._found(entity, rule, entity.role)
        if self.doc[head].lower == "they" and (pair := self._subject_pair_found(head)) is not None:
            return replace(pair, rule="pronoun", certainty=CERTAINTY["pronoun"])
        if self.doc[head].lower == "they" and (group := self._subject_group(head, exclude)):
            return group
        if self.doc[head].lower == "they" and (joined := self._pair_joined_before(head)):
            together = _speaking_together(joined, head)
            return replace(together, rule="pronoun", certainty=CERTAINTY["pronoun"])
        opener = self._section_subject(head, agree)
        if opener is not None:
            return self._found(opener, "section_topic", opener.role)
        best, tie = self._most_salient(
            head, lambda e: agree(e) and not self._common_words_person(e), exclude
        )
        if best is None:
            return UNRESOLVED
        certainty = CERTAINTY["pronoun"] * (TIE_FACTOR if tie else 1.0)
        if best.described and best.type == GROUP:
            named = self._described_pair(best, head)
            if named is not None:
                return replace(named, rule="pronoun", certainty=certainty)
        if best.kind == "document":
            return replace(self._document(best, "pronoun"), certainty=certainty)
        return Resolution(best.name, best.type, best.role, "pronoun", certainty, best)

    def _common_words_person(self, entity: Entity) -> bool:
        """A PERSON of the NER that is common words, not a person: "Harsh critics say ...",
        "Among Latinos, her net positive ...", a "Gender Equality" beside "gender" and
        "equality". Mention filtering before coreference (Lee et al. 2013, the Stanford sieve,
        drops spurious mentions and types antecedents by animacy from NER and part of speech):
        such an entity is no antecedent of "he" or "she". Only an entity mentioned once, never
        as a subject and never a claim's source (a person who speaks or acts is a person
        however plain their name: "Rex Early", "Bill Clinton" said ...), whose head the tagger
        does not call a noun ("Among", "pro-Rubio", a headline's verb), or whose words are all
        lower-case words elsewhere in the text, or which is one capitalised word that starts
        its sentence and modifies a lower-case noun ("Harsh critics", "Gender roles") or its
        verb as an adverbial ("Counter to his reputation, Lee has ...": the parser's
        ``advmod`` or ``npadvmod``; a person is an argument, not a manner of the verb). A name
        holding another person's surname, or of two words or more starting with a first name,
        is kept: the NER cut a real name badly ("Bill O'Reilly" tagged an adverb); so is a
        name with a title ("Mr. Early")."""
        if entity.type != PERSON or entity.described or len(entity.mentions) != 1:
            return False
        doc = self.doc
        tok = doc[entity.mentions[0]]
        if entity in self._source_entities:
            return False
        if self._heading_only(entity, tok):
            return True
        if tok.dep in (L.NSUBJ, L.NSUBJ_PASS):
            return False
        if any(
            other is not entity
            for word in entity.name.split()
            for other in self.reg.by_surname.get(word.lower(), ())
        ):
            return False  # a real name the NER cut badly ("Trump May Not Have Suggested")
        words = entity.name.split()
        if len(words) > 1 and self.lex.first_name_gender(words[0]):
            return False  # "Bill Price" beside "the bill" and "price": a first name, a person
        first = tok.i
        while first > 0 and self.reg.at_token.get(first - 1) is entity:
            first -= 1
        if entity.roles or (first > 0 and (doc[first - 1].lower,) in self.lex.roles):
            return False  # "Mr. Early", "Gov. Early": a title makes a person
        if tok.pos in NOT_NAME_TAGS:
            return True
        if all(word.lower() in self._lower_words() for word in words):
            return True
        sentence = doc.sentences[tok.sent]
        noun = doc[tok.head]
        if tok.i != sentence.start or len(words) != 1:
            return False
        if tok.dep in (L.ADVMOD, L.NPADVMOD):
            return True
        return tok.dep in (L.COMPOUND, L.AMOD) and noun.pos == "NOUN" and noun.text.islower()

    def _heading_only(self, entity: Entity, tok: Token) -> bool:
        """ "Blumenthal: 'No Idea' If I Would Have Told Hillary Private Email Server Was a Bad
        Idea." then "Blumenthal was asked ... He answered": a PERSON of the NER named once,
        only in a heading (inside the headline, not opening it: a headline's first words are
        its speaker or actor; or a line of at most four capitalised words: a section heading,
        "Political Frankenstein.", or a letter's signature, "Zell Okafor."), with no first
        name of the lists, no title and no surname
        another person of the text bears, is a heading's capitalised words, no antecedent of
        a pronoun in the body; the heading's subject or not (title case makes every word a
        name to the NER). A real person the headline names by surname is named again in the
        body and so merged, mentioned more than once."""
        doc = self.doc
        words = entity.name.split()
        if not words or self.lex.first_name_gender(words[0]) or entity.roles:
            return False
        if any(o is not entity for w in words for o in self.reg.by_surname.get(w.lower(), ())):
            return False
        end = self._headline_end()
        if end is not None and tok.start < end:
            first = tok.i
            while first > 0 and self.reg.at_token.get(first - 1) is entity:
                first -= 1
            return first > 0  # "Zell Okafor: 'We Won'" opens on its speaker, a person
        para = doc.paragraphs[tok.para]
        line = doc.text[para.start_char : para.end_char].split()
        return 0 < len(line) <= 4 and all(w[:1].isupper() for w in line)

    def _lower_words(self) -> frozenset[str]:
        """The words (and their lemmas) the document writes in lower case: the ordinary words
        a capitalised PERSON of the NER may be made of (:meth:`_common_words_person`)."""
        if self._lower is None:
            words = {t.text for t in self.doc.tokens if t.text.islower()}
            words |= {t.lemma for t in self.doc.tokens if t.text.islower()}
            self._lower = frozenset(words)
        return self._lower

    def _main_subjects_before(self, head: int) -> Iterator[int]:
        """The subjects of main clauses before ``head`` in its sentence, then in the
        sentence before (the centering window of :meth:`_subject_pair_found`)."""
        doc = self.doc
        sent = doc[head].sent
        for k in (sent, sent - 1):
            if k < 0:
                return
            sentence = doc.sentences[k]
            end = head if k == sent else sentence.end
            roots = [i for i in range(sentence.start, end) if doc[i].head == i]
            for root in roots:
                for subject in doc.kids(root, L.NSUBJ):
                    if subject.i < end:
                        yield subject.i

    def _subject_pair_found(self, head: int) -> Resolution | None:
        """ "Richard Alba and Nancy Foner, sociologists at ..., just published a book. They
        compare ...": "they" is the two people joined by "and" as the subject of the main
        clause before it, in its own sentence ("Rubio and Cruz ... had moments where they
        teamed up") or else the sentence before. Centering (Grosz, Joshi & Weinstein 1995):
        the previous utterance's subject is the likeliest referent; a conjoined noun phrase
        is a plural antecedent (Lappin & Leass 1994), which no organisation named in between
        ("Princeton University Press") outranks. Only two people named by the NER, each of
        the registry; three or more, or a pair that is not the main subject, is left to
        salience.

        Also a subject mention that resolved to a pair earlier in the pass (looked up, never
        resolved again: "The two are vying ... as they have traded barbs")."""
        for subject in self._main_subjects_before(head):
            pair = self._joined_people(subject)
            if pair is not None:
                return _speaking_together(pair, head)
            done = self._done.get(subject)
            if done is not None and done.rule == "pair":
                return done
        return None

    def _subject_group(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "EU member states are worried about the deal. They resent ...": "they" is the
        group of people that is the nearest subject before it (of a clause of its own
        sentence, then of a main clause of the sentence before), however salient an
        organisation named in between ("about the deal with Turkey", "at the National
        Review's party"). Centering (Grosz, Joshi & Weinstein 1995): the previous
        utterance's subject is the likeliest referent; a plural subject of people agrees with
        "they" as no organisation's name does.

        In its own sentence only subjects of the clauses above the pronoun or hung on them
        count (:meth:`_heads_up`). Subjects inside the claim's own words are passed over
        ("Many of their arguments are easily refuted, they say": what is said, not who says
        it), and so is a thing ("Aides said the role would be narrow, and they rejected
        ..."). A person, an organisation or a pronoun stops the search and leaves "they" to
        salience as before ("Ann Lee told reporters they ..."); an earlier "they" that was
        resolved (a claim's source) gives its group, one that was not stops the search. Only
        a GROUP of the registry (a plural of group_nouns.txt, roles.txt or
        people_nouns.txt), the group a partitive subject is drawn from ("Several of the
        aides"), or a capitalised plural role the tagger took for a name ("Aides said")."""
        doc = self.doc
        sentence = doc.sentences[doc[head].sent]
        chain = self._heads_up(head)
        own = [
            i
            for i in range(head - 1, sentence.start - 1, -1)
            if doc[i].dep in (L.NSUBJ, L.NSUBJ_PASS)
            and (doc[i].head in chain or doc[doc[i].head].head in chain)
        ]
        before = [i for i in self._main_subjects_before(head) if i < sentence.start]
        for subject in (*own, *reversed(before)):
            if _inside(doc[subject], exclude):
                continue  # the claim's own words are what is said, not who says it
            if doc[subject].lower == "they":
                done = self._done.get(subject)  # the same "they" again, if it was resolved
                return None if done is None else replace(done, rule="pronoun")
            entity = self.reg.at_token.get(subject) or self._partitive_group(subject)
            if entity is not None and entity.type == GROUP:
                return self._group_found(entity, head)
            if entity is not None or doc[subject].pos == "PRON":
                return None
            if doc[subject].pos == "PROPN" and self._group_head(doc[subject]):
                # "Aides said ...": a capitalised plural role the tagger took for a name
                name = group_name(doc, group_phrase(doc, subject))
                return Resolution(name, GROUP, None, "pronoun", CERTAINTY["pronoun"])
        return None

    def _group_found(self, group: Entity, head: int) -> Resolution:
        """A group "they" takes: the pair a description of two people resolved to ("the two
        candidates", :meth:`_described_pair`), else the group itself."""
        if group.described and (named := self._described_pair(group, head)) is not None:
            return replace(named, rule="pronoun", certainty=CERTAINTY["pronoun"])
        return self._found(group, "pronoun", None)

    def _pair_joined_before(self, head: int) -> tuple[Entity, Entity] | None:
        """ "Take Sens. Ann Cole and Tom Reed. Last week, they endorsed ...": the last two
        people joined by "and" in the pronoun's sentence or the one before, in any role, when
        no subject before took "they" (:meth:`_subject_group`). Only the subject "they": a
        "their" or "them" is as often bound to a plural of its own clause ("all registered
        voters are divided in their opinions of Sanders", "his eyes on audience members to
        make them feel"), which this would pass over. A conjoined noun phrase is a
        plural antecedent (Lappin & Leass 1994) that outranks a salient organisation. Only
        two people joined by "and" (not "either Cole or Reed": no plural) and not the last
        two of a longer list ("Podesta, Palmieri and Sullivan": :meth:`_joined_people`)."""
        doc = self.doc
        lo = doc.sentences[max(0, doc[head].sent - 1)].start
        found = None
        for i in range(lo, head):
            if doc[i].dep == L.CONJ or not any(k.lower == "and" for k in doc.kids(i)):
                continue
            pair = self._joined_people(i)
            if pair is not None:
                found = pair
        return found

    def _partitive_group(self, i: int) -> Entity | None:
        """ "Several of Clinton's top aides have served ..., and they": a subject drawn from a
        group by "of" (the partitive, Quirk et al. 1985, 5.24) is of that group for a later
        "they"; the group of the registry the "of" phrase names, else None."""
        for prep in self.doc.kids(i, L.PREP):
            if prep.lower == "of":
                for obj in self.doc.kids(prep.i, L.POBJ):
                    group = self.reg.at_token.get(obj.i)
                    if group is not None and group.type == GROUP:
                        return group
        return None

    def _heads_up(self, i: int) -> set[int]:
        """Token ``i`` and every head above it to the root: the clauses a pronoun is in. A
        subject of those or of a clause hung on one ("While the candidates say ..., they
        differ") is near it; a subject deeper inside another clause ("embraced his argument
        that federal courts are ...") is not."""
        doc = self.doc
        chain = {i}
        while doc[i].head != i and doc[i].head not in chain:
            i = doc[i].head
            chain.add(i)
        return chain

    def _joined_people(self, i: int) -> tuple[Entity, Entity] | None:
        """The two people of "A and B" headed at token ``i``; None for one, three or more, or
        anything not two people of the registry."""
        first = self.reg.at_token.get(i)
        conjuncts = self.doc.kids(i, L.CONJ)
        if first is None or first.type != PERSON or len(conjuncts) != 1:
            return None
        if self.doc.kids(conjuncts[0].i, L.CONJ):
            return None  # "A, B and C"
        if any(k.lower in ("or", "nor") for k in self.doc.kids(i, L.CC)):
            return None  # "either A or B" is one of them, no plural
        second = self.reg.at_token.get(conjuncts[0].i)
        if second is None or second.type != PERSON or second is first:
            return None
        return first, second

    def _described_pair(self, group: Entity, head: int) -> Resolution | None:
        """ "Clinton and Sanders ... the two candidates could not be more different ... the
        issues they care about": "they" whose antecedent is a group described, not named, is
        whoever that description resolves to ("the two candidates" -> the pair), looked up
        at its last mention before the pronoun (a chain followed by lookup, one level: the
        description's rules never come back to a pronoun). Only a pair replaces the
        description, and only two people joined by "and" within :data:`WINDOW` sentences:
        "they" after "national unions" stays "national unions", not one union named nearby."""
        last = _last_before(group.mentions, head)
        if last < 0:
            return None
        doc = self.doc
        own = [i for i in doc.subtree(last) if i <= last and doc[i].pos != "PUNCT"]
        found = self._done.get(last) or self.pair(last, own, ())
        if found is None or found.rule != "pair":
            return None  # a plural description resolved to one named entity is a guess
        before = self._subject_pair_found(last)
        if before is not None:
            return before  # the pair the description took up ("The friends" after "The two")
        # only two people the text joined by "and" shortly before: a pair by salience alone
        # is a guess, and a guess is worse than the description's own words
        joined = self._coordinated_people(last, WINDOW)
        return None if joined is None else _speaking_together(joined, last)

    def _source_goes_on(self, head: int) -> Resolution | None:
        """ "The lawsuit contends that ... It goes on to fault ...": "it" as the subject of a
        sentence continues the thing that was the source of the sentence before (a statement,
        a company, an organisation), however salient the organisations named in between."""
        doc = self.doc
        tok = doc[head]
        if tok.lower != "it" or tok.dep != L.NSUBJ or tok.sent == 0:
            return None
        verb = doc[tok.head]
        if verb.head != verb.i or doc.sentences[tok.sent].start != min(doc.subtree(verb.i)):
            return None  # "Crowds marched outside the Courier after it said": not the main clause
        for done_head, found in reversed(self._done.items()):
            before = doc[done_head]
            if before.sent < tok.sent - 1:
                break
            if (
                before.sent == tok.sent - 1
                and before.dep in (L.NSUBJ, L.NSUBJ_PASS)
                and found.speaker is not None
                and (found.type not in (PERSON, GROUP) or self._thing_for_maker(before, found))
                and not (found.entity is not None and found.entity.place)
            ):
                return replace(found, rule="pronoun", certainty=CERTAINTY["pronoun"])
        return None

    def _thing_for_maker(self, before: Token, found: Resolution) -> bool:
        """Whether the source ``before`` was a thing that speaks for its maker ("The ad says
        ..." -> the campaign that released it, rule ``restated``): "It makes no mention of
        ..." continues the thing, so its maker, a person too."""
        return found.rule == "restated" and before.tag == "NN" and before.lemma in AD_NOUNS

    def _document_subject_goes_on(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "The study, published in The Lancet, followed 4,000 patients. It found that ...":
        "it" opening a sentence as its subject is the document (a document noun of
        ``description_nouns.txt``) that was the main subject of the sentence just before, resolved
        as that noun phrase is (its maker where the text names one, else its own word), though
        the sentence between names an organisation salience would prefer.

        Centering (Grosz, Joshi & Weinstein 1995): the subject of one utterance is the likeliest
        referent of the next one's subject pronoun. Only "it", only the sentence just before,
        only a singular document noun: the registry holds no unnamed document without a maker,
        so salience could not find it; a later description ("the poll") is left to its rules."""
        doc = self.doc
        tok = doc[head]
        if tok.lower != "it" or tok.dep != L.NSUBJ:
            return None
        verb = doc[tok.head]
        root = doc[verb.head]
        if verb.dep == L.CONJ and root.head == root.i:
            # "The study followed 4,000 patients, and it found ...": the clause it is joined to
            subject = self._main_subject(tok.sent)
        elif verb.head == verb.i and doc.sentences[tok.sent].start == min(doc.subtree(verb.i)):
            subject = self._main_subject(tok.sent - 1) if tok.sent > 0 else None
        else:
            return None  # not a main clause's subject, or not at the sentence's start
        if subject is None or not self._document_noun(subject) or subject.tag != "NN":
            return None
        indices = self._up_to_comma(subject.i)
        if any(_inside(doc[i], exclude) for i in indices):
            return None
        found = self.lookup(subject.i, indices, exclude)
        if found.speaker is None:
            return None
        return replace(found, rule="pronoun", certainty=CERTAINTY["pronoun"])

    def _up_to_comma(self, noun: int) -> list[int]:
        """The noun phrase of ``noun`` up to the first punctuation after it: "The study,
        published in The Lancet," -> "The study", as the claim finder marks a source."""
        doc = self.doc
        indices = []
        for i in doc.subtree(noun):
            if i > noun and doc[i].pos == "PUNCT":
                break
            if doc[i].pos != "PUNCT":
                indices.append(i)
        return indices

    def _main_subject(self, sent: int) -> Token | None:
        """The subject of sentence ``sent``'s root verb, active or passive ("The report was
        released on Tuesday"), if it has one."""
        doc = self.doc
        sentence = doc.sentences[sent]
        for i in range(sentence.start, sentence.end):
            tok = doc[i]
            if tok.head == tok.i:
                subjects = doc.kids(tok.i, L.NSUBJ, L.NSUBJ_PASS)
                return subjects[0] if subjects else None
        return None

    def _described_source_goes_on(self, head: int) -> Resolution | None:
        """ "The police chief said ... “...,” he told reporters.": a he/she subject continues
        the source just before it when that source was a person described rather than named
        ("the police chief", "a spokesman for the ministry"), within two sentences, and no
        person the pronoun could mean is named between them outside what was said. A definite
        description after a name is usually that person's epithet ("Sheldon Adelson ... the mega
        donor ... he"), which salience resolves to the name: so it needs an indefinite ("a
        spokesman") or a body that names nobody the pronoun could mean before it (a headline's
        name aside) and a description no rule tied to a named entity.

        Centering (Grosz, Joshi & Weinstein 1995): the subject of one utterance is the likeliest
        referent of the next one's pronoun. Salience ranks the registry's named entities only,
        so without this a described speaker's "he" went to a man named in a headline, or to
        nobody. The pronoun takes what the description resolved to (its organisation, for a
        spokesman of one), so both claims have the same speaker."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or tok.dep not in L.SUBJECTS:
            return None
        # the mention resolved last before this one (the pass runs in text order): a walk
        # back from the end, not a scan of every mention, so a long text stays linear
        earlier = next(((h, found) for h, found in reversed(self._done.items()) if h < head), None)
        if earlier is None:
            return None
        before_head, found = earlier
        before = doc[before_head]
        if found.speaker is None or before.sent < tok.sent - 2:
            return None
        if before.lower in RELATIVE_PRONOUNS and doc[before.head].dep == L.RELCL:
            before = doc[doc[before.head].head]  # "said the woman, who ...": the woman
        gender = self._person_noun_gender(before)
        if gender is None or gender not in ("", feats.gender):
            return None
        if doc[before.head].lemma in ASKING_VERBS:
            return None  # "a reporter asked if ... “...,” he said": the one asked answers
        agree = agreement(feats)
        assert agree is not None  # he / she: a gender
        if any(self._could_mean(m, agree) for m in self._mentions_between(before_head + 1, head)):
            return None  # a person named in between may be who "he" is
        indefinite = any(k.lower in INDEFINITE for k in doc.kids(before_head, L.DET))
        # "the woman" that no rule tied to a named woman is someone unnamed, as "a woman" is:
        # its noun says the pronoun's gender, so it is no epithet of another person
        unnamed = found.entity is None and gender == feats.gender
        if not (indefinite or unnamed) and (
            found.entity is not None or self._first_body_person(tok.lower, agree) < before_head
        ):
            return None  # "the front-runner" after a name is that person: salience finds them
        return replace(found, rule="pronoun", certainty=CERTAINTY["pronoun"])

    def _topic_goes_on(
        self, head: int, exclude: Sequence[Offsets], depth: int = 0
    ) -> Resolution | None:
        """ "Brandt is not her only critic. ... The mayor listened. ... He said ...": a he/she
        subject outside quotations, with no person it could mean named before it in its own
        sentence, continues the person who was the main subject of the narrative sentence
        before (a name, a pronoun of the chain, or a description such as "the mayor" resolved
        as its own words are), when nobody else it could mean is named between them.

        Centering (Grosz, Joshi & Weinstein 1995): the previous utterance's subject is the
        likeliest referent of the next one's subject pronoun. Salience alone gives a claim's
        source :data:`SOURCE` points, so in a long text "he" after a paragraph about the
        profile's subject went to the rival or aide quoted a paragraph before; a title the
        registry holds no mention of ("The mayor has made ... He has proposed") counted for
        nobody. A sentence wholly inside a quotation is the speaker's, not the narrative's,
        and is skipped; an asker ("Lee asked Ford ... He said") is not who answers."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or tok.dep not in L.SUBJECTS:
            return None
        if _inside_sorted(tok.start, self.quoted) or _inside(tok, exclude):
            return None
        agree = agreement(feats)
        assert agree is not None  # he / she: a gender
        start = doc.sentences[tok.sent].start
        if any(self._could_mean(m, agree) for m in self._mentions_between(start, head)):
            return None  # a person named before it in its sentence: salience and Hobbs decide
        if TIME_JUMP.match(doc.text, doc.text.rfind("\n", 0, tok.start) + 1):
            return None  # "In 2009 she ...": a new segment, the sentence before is not its topic
        before = self._narrative_before(tok.sent)
        if before is None:
            return None
        topic = self._sentence_topic(before, exclude, depth)
        if topic is None:
            return None
        subject, found = topic
        entity = found.entity
        if found.rule == "possessed_topic":
            said = self.lex.pronouns.get(doc[subject].lower)  # a pronoun that went on with it
            gender = said.gender if said is not None else self._possessed_gender(subject)
            if gender != feats.gender:
                return None  # "Her mother ... He said": not the one she is the mother of
        elif entity is None or entity.type != PERSON or not agree(entity):
            return None
        if any(
            self._could_mean(m, agree)
            and m.entity is not entity
            and not self._ranked_below(m.token, subject)
            for m in self.reg.mentions_between(subject + 1, head)
        ):
            return None  # someone else the pronoun could mean is named in between
        rule = "possessed_topic" if found.rule == "possessed_topic" else "topic"
        return replace(found, rule=rule, certainty=CERTAINTY[rule])

    def _section_subject(self, head: int, agree: Callable[[Entity], bool]) -> Entity | None:
        """ "“...,” Holm said. ¶ * * * ¶ She said the company would ...": a he/she (or his/her)
        outside quotations in a paragraph that opens a new section (the line before it is a
        break of asterisks or dashes, or the paragraph opens on a jump in time,
        :data:`TIME_JUMP`: "In 2019 she said"), with no person it could mean named before it in that
        paragraph, is the person the whole text is about: the agreeing person mentioned most
        often before it (by name, and by the pronouns the pass chained to them), when one
        clearly leads (:data:`SECTION_LEAD` mentions more than anyone else it could mean).

        A section break ends the discourse segment (Grosz & Sidner 1986): the focus space of
        the last speaker is popped and the global focus, the profile's subject, is what a
        pronoun that opens the new segment refers to. Salience kept the last speaker's
        source points across the break."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE):
            return None
        if _inside_sorted(tok.start, self.quoted):
            return None
        opens = doc.text.rfind("\n", 0, tok.start) + 1
        if not (_after_section_break(doc.text, opens) or TIME_JUMP.match(doc.text, opens)):
            return None
        first = next(iter(doc.tokens_in(opens, tok.start)), None)
        if first is not None and any(
            self._could_mean(m, agree) for m in self.reg.mentions_between(first, head)
        ):
            return None  # a person named earlier in the paragraph: salience decides
        counts: dict[int, int] = {}
        people: dict[int, Entity] = {}
        for m in self.reg.mentions_between(0, head):
            if m.entity.type == PERSON and agree(m.entity):
                counts[m.entity.id] = counts.get(m.entity.id, 0) + 1
                people[m.entity.id] = m.entity
        for h, found in self._done.items():
            e = found.entity
            if h < head and found.rule in CHAINED_RULES and e is not None and e.id in people:
                counts[e.id] += 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked:
            return None
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if ranked[0][1] < runner_up + SECTION_LEAD:
            return None  # two people the text is about as much: no global focus to take
        return people[ranked[0][0]]

    def _narrative_before(self, sent: int) -> int | None:
        """The sentence of narrative just before sentence ``sent``: sentences wholly inside
        a quotation skipped (:meth:`_narrative_counts`), at most :data:`QUOTED_REACH` back."""
        narrative = self._narrative_counts()
        if sent >= len(narrative):
            return None
        for k in range(sent - 1, max(-1, sent - 1 - QUOTED_REACH), -1):
            if k == 0 or narrative[k] != narrative[k - 1]:
                return k if narrative[k] > 0 else None
        return None

    def _sentence_topic(
        self, sent: int, exclude: Sequence[Offsets], depth: int = 0
    ) -> tuple[int, Resolution] | None:
        """The first subject of sentence ``sent`` outside quotations, when it is a main one
        (:func:`registry.is_topic_subject`, :meth:`_in_main_clause`; a parse that hangs "He
        wants the bill Lee wrote" on "wrote" gives "He" no main clause, and Lee is not taken
        either), and what it refers to:
        the registry's entity for a name (also a surname the tagger took for a common noun,
        "Price spoke first", that the name rule matches to a person of the registry), the
        pass's resolution for a pronoun that was a
        claim's source, else, for a title one person of the registry holds ("the mayor"),
        that person (:meth:`role`), or the name in apposition to it ("The leader of the
        opposition, Tom Wick,"). None when that subject asks ("Lee asked Ford"), is inside
        ``exclude``, or refers to nobody for sure."""
        doc = self.doc
        sentence = doc.sentences[sent]
        for i in range(sentence.start, sentence.end):
            tok = doc[i]
            if tok.dep not in L.SUBJECTS or _inside_sorted(tok.start, self.quoted):
                continue
            if not is_topic_subject(doc, i) or not self._in_main_clause(i):
                return None  # the sentence opens on another clause's subject: no sure topic
            if doc[tok.head].lemma in ASKING_VERBS or _inside(tok, exclude):
                return None
            done = self._done.get(i)
            if tok.pos == "PRON":
                # a pronoun the pass resolved as a claim's source; one of the chain is
                # salience's guess again, and a wrong one would carry on
                if done is None and depth < TOPIC_DEPTH:
                    # a he/she of the narrative that is no claim's source ("Her mother ...
                    # She still plays ... She said"): the topic it continues, if sure
                    went_on = self._topic_goes_on(i, exclude, depth + 1)
                    return None if went_on is None else (i, went_on)
                if done is None or done.rule not in CHAINED_RULES or done.entity is None:
                    return None
                return i, done
            here = [m for m in self.reg.mentions_between(i, i + 1) if m.token == i]
            if here:
                entity = here[0].entity
                role = entity.role
                return i, Resolution(
                    entity.name, entity.type, role, "topic", CERTAINTY["topic"], entity
                )
            if tok.pos not in ("NOUN", "PROPN"):
                return None
            indices = self._up_to_comma(i)
            found = self.lookup(i, indices, exclude)
            if self._possessed_topic(i, found):
                # "Her father, a loom fixer, lost his job": the father, whoever "her" is
                rule = "possessed_topic"
                return i, replace(found, rule=rule, certainty=CERTAINTY[rule])
            if found.entity is None:
                return None
            if found.rule == "apposition" or found.rule == "role" and self._sole_holder(i, indices):
                return i, found
            if self._apposition_is(i, found.entity):
                return i, found  # "The southern delegation's head, Yusuf Omar," (possessive)
            if found.rule == "name" and found.entity.type == PERSON:
                return i, replace(found, rule="topic", certainty=CERTAINTY["topic"])
            return None  # a title two people hold ("the senator") is a guess to go on from
        return None

    def _ranked_below(self, i: int, subject: int) -> bool:
        """Whether the name at ``i``, in the sentence of the main subject ``subject``, stands
        where no reader takes it for the next sentence's he/she: a possessor inside a phrase
        ("Lee questioned Ford's record"), or anything in a clause below the subject's
        ("Lee, who served under Ford, ..."; "Lee is a voter who backed Ford"). Centering
        (Grosz, Joshi & Weinstein 1995) ranks the subject first, and Kameyama (1998) keeps
        an embedded clause's entities out of the main clause's ranking; an object or a
        prepositional object of the subject's own verb, or the subject of a clause joined to
        it, still stands between ("The mayor had lunch with Frank Hale ... He said" is left
        to salience)."""
        doc = self.doc
        if doc[i].sent != doc[subject].sent:
            return False
        tok = doc.compound_head(i)  # "George" of "George Ford": the name's head word
        if tok.dep == L.POSS:
            return True
        # the subject or passive agent of a clause describing a noun ("the only one whom Ford
        # refused to back", "the gun used by Ford") is what that clause is about
        actor = tok.dep in L.SUBJECTS or doc[tok.head].dep == L.AGENT
        verb = subject_verb(doc, subject)
        while tok.head != tok.i:
            tok = doc[tok.head]
            if tok.pos in ("VERB", "AUX"):
                if actor and tok.dep in NOUN_CLAUSES:
                    return False
                while tok.dep == L.CONJ and tok.i != verb.i:
                    tok = doc[tok.head]  # "Price spoke first, and Okoro spoke after her"
                return tok.i != verb.i and doc.is_ancestor(verb.i, tok.i)
        return False

    def _possessed_topic(self, i: int, found: Resolution) -> bool:
        """Whether the subject at ``i``, resolved to ``found``, is a person owned by a person
        ("Her father", "his wife") the possessive rule resolved, that a he/she subject
        after it may continue (:meth:`_possessed_gender`). Not an owned phrase ("Ann Lee's
        brother") when someone of the registry holds that tie by name ("his brother Tom
        Lee"): the owner may be misread, and the holder named is then who it is."""
        if found.type != PERSON or found.rule != "possessive" or not self._possessed_gender(i):
            return False
        return found.entity is not None or not (found.role and self.reg.holders(found.role))

    def _possessed_gender(self, i: int) -> str | None:
        """The gender of a person noun owned by a person ("Her father", "his wife", "Her
        property manager, a brisk man,"), from the noun (roles.txt: mother, husband ...) or
        from a person noun in apposition to it; None for any other subject, or no gender.

        Centering (Grosz, Joshi & Weinstein 1995) ranks a sentence's subject above its
        possessor: after "Her mother, a nurse, raised four children." a "she" that is the
        next sentence's subject continues the mother, and a "he" after "Her father ..." the
        father, not the woman "her" is, whom salience found (she is named, the father is
        not, so the pronoun went to the last speaker)."""
        doc = self.doc
        tok = doc[i]
        if not any(k.lower in POSSESSIVE_OWNERS or k.pos == "PROPN" for k in doc.kids(i, L.POSS)):
            return None
        for noun in (tok, *doc.kids(i, L.APPOS)):
            gender = self._person_noun_gender(noun)
            if gender in (MALE, FEMALE):
                return gender
        return None

    def _apposition_is(self, head: int, entity: Entity) -> bool:
        """Whether the description at ``head`` names ``entity`` in apposition ("The southern
        delegation's head, Yusuf Omar,"): whatever rule resolved the description (a
        possessor's role, "the council's leader"), the name says who it is, so the sentence's
        topic is sure (session 17, styles4)."""
        return any(self.reg.at_token.get(k.i) is entity for k in self.doc.kids(head, L.APPOS))

    def _in_main_clause(self, i: int) -> bool:
        """Whether subject ``i`` is the subject of its sentence's root (or a verb joined to
        it), or of a reporting clause hung just below the root ("“...,” he said"): not of an
        adverbial clause ("Asked about her vote in the event that Lee runs, she ...")."""
        doc = self.doc
        verb = subject_verb(doc, i)
        if verb.head == verb.i:
            return True
        up = doc[verb.head]
        return up.head == up.i and verb.dep in EMBEDDED_CLAUSES | {L.PARATAXIS}

    def _sole_holder(self, head: int, indices: list[int]) -> bool:
        """Whether the title of the description at ``head`` ("the mayor") is held by one
        person of the registry only: then the description is that person, with no guess."""
        found = self._mention_role(indices, head)
        if found is None:
            return False
        return len([e for e in self.reg.holders(found[1]) if e.type == PERSON]) == 1

    def _could_mean(self, mention: Mention, agree: Callable[[Entity], bool]) -> bool:
        """Whether ``mention`` names, outside what was said, a person a pronoun that ``agree``
        tests could mean."""
        return (
            mention.entity.type == PERSON
            and agree(mention.entity)
            and not _inside_sorted(self.doc[mention.token].start, self.quoted)
        )

    def _first_body_person(self, pronoun: str, agree: Callable[[Entity], bool]) -> int:
        """The first token of the body (the headline aside) that names, outside what was said,
        a person ``pronoun`` could mean; len(doc) when there is none. Found once per pronoun."""
        if pronoun not in self._first_person:
            cut = self._headline_end()
            body = next(iter(self.doc.tokens_in(cut, len(self.doc.text))), 0) if cut else 0
            self._first_person[pronoun] = next(
                (
                    m.token
                    for m in self.reg.mentions_between(body, len(self.doc))
                    if self._could_mean(m, agree)
                ),
                len(self.doc),
            )
        return self._first_person[pronoun]

    def _person_noun_gender(self, tok: Token) -> str | None:
        """The gender a noun for a person shows, or None (:func:`registry.person_noun_gender`)."""
        return person_noun_gender(tok, self.lex)

    def _writers_own(self, head: int) -> bool:
        """ "we" outside anyone's quoted words and outside an interview's answers is the
        writer's (a column: "In our last column we mocked ..."): nobody the text names. Inside
        a quotation it is the speaker's side and resolves by salience."""
        if _inside_sorted(self.doc[head].start, self.quoted):
            return False
        starts, answers, person = self._transcript()
        k = bisect.bisect_right(starts, self.doc[head].start) - 1
        return not (person is not None and k >= 0 and answers[k])

    def turn(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        """The "A" that opens an interview's answer (:func:`quotes.claims.direct.
        interview_turns`) is the person interviewed, as "I" in the answer is; the "Q" that
        opens a question is the interviewer, whom the text rarely names: unresolved."""
        if self.doc[head].text.rstrip(":.") == "Q":
            return UNRESOLVED
        return replace(
            self.interviewee(head), rule="interviewee", certainty=CERTAINTY["interviewee"]
        )

    def _answer_label(self, head: int) -> bool:
        """Whether ``head`` is the "A" or "Q" label opening a turn of an interview."""
        tok = self.doc[head]
        if tok.text.rstrip(":.") not in ("A", "Q"):
            return False
        para = self.doc.paragraphs[tok.para]
        line = self.doc.text[para.start_char : para.end_char]
        turn = ANSWER_TURN if tok.text[0] == "A" else QUESTION_TURN
        return bool(turn.match(line)) and not line[: tok.start - para.start_char].strip()

    def interviewee(self, head: int) -> Resolution:
        """ "I" in the answer of a Q&A transcript ("Q: Do you ...? ¶ A: I think ...") is the
        person interviewed: the person the introduction before the first turn names most
        often (first named on a tie). Outside an answer turn, "I" is the writer: unresolved."""
        starts, answers, person = self._transcript()
        if person is None:
            return UNRESOLVED
        k = bisect.bisect_right(starts, self.doc[head].start) - 1
        if k < 0 or not answers[k]:
            return UNRESOLVED
        role = person.role
        return Resolution(person.name, PERSON, role, "pronoun", CERTAINTY["pronoun"], person)

    def _transcript(self) -> tuple[list[int], list[bool], Entity | None]:
        """The turns of a Q&A transcript (start offset of each marked paragraph, whether it
        is an answer) and the person interviewed; no turns and None for other texts."""
        if self._turns is not None:
            return self._turns
        turns = interview_turn_paragraphs(self.doc)
        starts = [self.doc.paragraphs[n].start_char for n, _ in turns]
        answers = [answer for _, answer in turns]
        person = None
        if turns:
            intro = self.doc.token_at(starts[0])
            counts: dict[Entity, int] = {}
            for m in self.reg.mentions_between(0, intro):
                if m.entity.type == PERSON:
                    counts[m.entity] = counts.get(m.entity, 0) + 1
            if counts:
                person = max(counts, key=lambda e: counts[e])  # dicts keep first-named order
        self._turns = (starts, answers, person)
        return self._turns

    def _statement_subject(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "Dr. Lee's letter was mocked for its claim that ...": "it"/"its" in the clause whose
        subject is a statement noun is that statement, which speaks for its owner
        (:meth:`source_noun`)."""
        doc = self.doc
        if doc[head].lower not in ("it", "its"):
            return None
        clause = next((a for a in doc.ancestors(head) if a.pos in ("VERB", "AUX")), None)
        if clause is None:
            return None
        for subj in doc.kids(clause.i, L.NSUBJ, L.NSUBJ_PASS):
            if subj.i != head and subj.lemma in self.lex.source_nouns:
                found = self.lookup(subj.i, doc.subtree(subj.i), exclude)
                if found is not None and found.entity is not None:
                    return replace(found, rule="pronoun", certainty=CERTAINTY["pronoun"])
        return None

    def relative(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """A relative pronoun ("George W. Bush, who signed the law") -> the noun its clause
        modifies (the head of the ``relcl``), resolved in turn; a noun in apposition to a name
        ("Ann Lee, a council member who has accused ...") stands for that name."""
        doc = self.doc
        verb = doc[doc[head].head]
        while verb.dep == L.CONJ and verb.head != verb.i:
            verb = doc[verb.head]  # "Ann Lee, whom the mayor named, and who now says ..."
        if (
            head >= 2
            and doc[head - 1].lower == "and"
            and (verb.dep != L.RELCL or self._thing_clause_for_who(head, verb))
        ):
            # the parser may hang the second relative clause elsewhere: take the first one's
            earlier = next(
                (
                    doc[k]
                    for k in range(head - 2, doc.sentences[doc[head].sent].start - 1, -1)
                    if doc[k].lower in ("who", "whom") and doc[doc[k].head].dep == L.RELCL
                ),
                None,
            )
            if earlier is not None:
                verb = doc[earlier.head]
        if verb.dep == L.RELCL and verb.head != verb.i:
            noun = verb.head
        else:
            adjacent = self._adjacent_noun(head)
            if adjacent is None:
                return None
            noun = adjacent
        agreeing = self._agreeing_noun(head, noun)
        if agreeing == noun or doc[head].lower != "which":
            agreeing = self._bearer(agreeing)  # an organisation found for "which" is no bearer
        noun = agreeing
        member = self._one_among(noun)
        if member is not None:
            noun = member
        equated = self._equated_subject(noun) if self._adjacent_noun(head) == noun else None
        if equated is not None:
            noun = equated
        if (both := self._relative_on_pair(head, noun, exclude)) is not None:
            return both
        found = self._antecedent_phrase(noun, exclude) or self.lookup(noun, [noun], exclude)
        thing = doc[head].lower in ("which", "that") and (
            self._thing(noun) or doc[noun].pos == "NOUN" and self._statement_noun(doc[noun])
        )  # "who" is a person's; a statement left as its words speaks for its maker too
        if found.rule in ("description", "unresolved") and thing:
            through = self.relative_maker(head, noun, exclude) or self.relative_host(noun, exclude)
            if through is not None:
                return through
        if found.speaker is None:
            return None
        return Resolution(
            found.speaker, found.type, found.role, "relative", CERTAINTY["relative"], found.entity
        )

    def _relative_on_pair(
        self, rel: int, noun: int, exclude: Sequence[Offsets]
    ) -> Resolution | None:
        """ "her rivals, Bernie Sanders and Martin O'Malley, who both back a mandate": the
        parser hangs the clause on the first name, but a relative that is the subject of a
        plural verb (or floats "both") takes the whole conjoined phrase, as its verb's
        number comes from its antecedent (Quirk et al. 1985, 6.33, 10.36): the names speak
        together ("A and B", :meth:`coordination`). A singular or past verb ("Ann Lee and
        Tom Reed, who said") says nothing of number: None, and the first name stays."""
        doc = self.doc
        if doc[noun].dep == L.CONJ and doc[noun].head < noun:
            noun = doc[noun].head  # the clause hung on the last name: the phrase starts before
        conjuncts = [k.i for k in doc.kids(noun, L.CONJ) if k.i < rel]
        if not conjuncts or doc[rel].dep not in (L.NSUBJ, L.NSUBJ_PASS):
            return None
        verb = doc[doc[rel].head]
        words = [verb, *doc.kids(verb.i, L.AUX, L.AUX_PASS)]
        plural = any(w.tag == "VBP" or w.lower in PLURAL_VERB_FORMS for w in words)
        if not plural and not any(k.lower == "both" for k in doc.kids(verb.i)):
            return None
        found = self.coordination(noun, list(range(noun, max(conjuncts) + 1)), exclude)
        if found is None:
            return None
        return replace(found, rule="relative", certainty=CERTAINTY["relative"])

    def _equated_subject(self, noun: int) -> int | None:
        """ "Prime Minister Koizumi was the very first one that called us": a relative on the
        complement of "be" whose subject is a person is about that person, as the copula of
        an identifying sentence says subject and complement are one (Quirk et al. 1985,
        10.8: "be" identifying); the complement's noun ("one", "candidate") names no one of
        its own. Only a singular common noun that the parser calls the attribute of a form
        of "be", right before the relative (a comma between at most: "the biggest donor to
        the super PAC that backed ..." is the PAC's clause, whatever the parser says), and a
        subject that is a person of the registry; else None."""
        doc = self.doc
        tok = doc[noun]
        if tok.dep != L.ATTR or tok.tag != "NN" or tok.head == tok.i:
            return None
        verb = doc[tok.head]
        if verb.lemma != "be":
            return None
        subjects = doc.kids(verb.i, L.NSUBJ)
        if not subjects:
            return None
        entity = self.reg.at_token.get(subjects[0].i)
        if entity is None or entity.type != PERSON:
            return None
        return subjects[0].i

    def _antecedent_phrase(self, noun: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "Trump arrived on Monday. The real estate mogul, who declined to elaborate, said
        ...": the relative's antecedent is the whole noun phrase its clause modifies, the
        determiner and modifiers before the noun with it (Quirk et al. 1985, 17.8: the
        relative clause postmodifies a noun phrase), so "The real estate mogul, who" points
        back as "The real estate mogul said" does (:meth:`definite`); the noun alone, without
        its "the", is no definite description. Only when the phrase points back to a person
        as a definite description (:meth:`definite`); a phrase that stays its own words, a
        possessed or a group noun ("her campaign's leadership, who", "angered Hispanics
        who") leave the noun to the caller, and so does a title of office ("the former
        president, who": the role rule's, which knows who holds it), as only an epithet or a
        tie (unofficial_roles.txt) is left here."""
        doc = self.doc
        words = [i for i in doc.subtree(noun) if i <= noun and doc[i].pos != "PUNCT"]
        if len(words) < 2 or words != list(range(words[0], noun + 1)) or noun in self._done:
            return None
        found_role = self._mention_role(words, noun)
        if found_role is not None and not self._unofficial(found_role[1]):
            return None
        found = self.lookup(noun, words, exclude)
        if found.rule != "definite" or found.type != PERSON or found.entity is None:
            return None
        verb = doc[noun].head
        if any(self.reg.at_token.get(k.i) is found.entity for k in doc.kids(verb, *L.SUBJECTS)):
            return None  # "Lee met the candidate who ...": an object is not its own subject
        return found

    def _thing_clause_for_who(self, rel: int, verb: Token) -> bool:
        """ "A president who authorized the raid that killed ... and who hoped to ...": the
        parser joins the second "who" clause to the "that" clause on "the raid", a thing;
        "who" agrees only with persons (Quirk et al. 1985, 6.33), so the two "who" clauses
        are the president's. Only a "who" and a clause on a noun that cannot be a person."""
        doc = self.doc
        if doc[rel].lower not in ("who", "whom") or verb.head == verb.i:
            return False
        return doc[verb.head].pos == "NOUN" and not self._animate(verb.head)

    def _bearer(self, noun: int) -> int:
        """The name a relative's noun describes: "Ann Lee, a council member who ..." and "Tom
        Reed, a farmer and an influential Republican who ..." (the second of two descriptions
        in apposition, joined by "and") are Ann Lee and Tom Reed."""
        doc = self.doc
        tok = doc[noun]
        for _ in range(4):
            if tok.dep != L.CONJ or tok.head == tok.i or doc[tok.head].pos != "NOUN":
                break
            tok = doc[tok.head]
        if tok.dep == L.APPOS and doc[tok.head].pos == "PROPN":
            return tok.head
        if (named := self._fronted_apposition(tok)) is not None:
            return named
        return noun

    def _fronted_apposition(self, tok: Token) -> int | None:
        """ "A Texas voter who supports Trump, Golvach lost his son": a description that
        opens its sentence and ends in a comma before the clause's own subject, a name, is
        that name put first (a fronted appositive, Quirk et al. 1985, 17.72); the parser
        makes both subjects of the verb. Only a common noun opening the sentence and a name
        right after its comma."""
        doc = self.doc
        if tok.dep != L.NSUBJ or tok.pos != "NOUN" or tok.head == tok.i:
            return None
        if min(doc.subtree(tok.i)) != doc.sentences[tok.sent].start:
            return None
        later = [k for k in doc.kids(tok.head, L.NSUBJ) if k.i > tok.i and k.pos == "PROPN"]
        if not later or doc[min(doc.subtree(later[0].i)) - 1].text != ",":
            return None
        return later[0].i

    def _thing(self, noun: int) -> bool:
        """Whether the noun a relative hangs on is a thing that cannot speak ("a point that",
        "platform planks that", "a state with a history that"): a common noun that is no
        name, no person or body of people, no statement and no kind of description
        (a newspaper, a report speak). The tagger may take a plural noun with a possessor
        for a verb ("the committee's platform planks"): it is a noun all the same."""
        doc = self.doc
        tok = doc[noun]
        lex = self.lex
        if tok.pos != "NOUN" and not (tok.tag == "VBZ" and doc.kids(noun, L.COMPOUND, L.POSS)):
            return False
        if noun in self.reg.at_token or self._animate(noun):
            return False
        words = {tok.lower, tok.lemma}
        return words.isdisjoint(lex.source_nouns) and words.isdisjoint(lex.description_kinds)

    def _statement_noun(self, tok: Token) -> bool:
        """A noun for what someone says or puts their name to, which speaks for its maker:
        source_nouns.txt, and the nouns of kind ``statement`` in description_nouns.txt (a
        bill, a resolution: no cue for the claim finder, but their sponsor's all the same)."""
        words = {tok.lower, tok.lemma}
        if not words.isdisjoint(self.lex.source_nouns):
            return True
        return any("statement" in self.lex.description_kinds.get(w, ()) for w in words)

    def relative_maker(self, rel: int, noun: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """A relative on a thing speaks for whoever made or holds the thing: "a point that
        Ann Lee made" (the relative is the object of a verb of making or saying: its
        subject), "the council's platform planks that support ..." (the thing's owner: a
        possessor, a compound, "by" / "from"), "a bill he was introducing, which would ..."
        (another relative clause on the thing names its maker). A thing states nothing of
        itself; PolNeAR's annotators credit its maker, as for a statement noun."""
        doc = self.doc
        verb = doc[doc[rel].head]
        if doc[rel].dep == L.OBJ and verb.lemma in MAKING_VERBS | AUTHOR_VERBS:
            subjects = [k for k in doc.kids(verb.i, L.NSUBJ) if k.lower not in RELATIVE_PRONOUNS]
            if subjects and (found := self._maker(subjects[0], exclude)) is not None:
                return replace(found, rule="relative_maker", certainty=CERTAINTY["relative_maker"])
        thing = doc[noun]
        owned = [thing] + [k for k in doc.kids(noun, L.COMPOUND) if k.pos == "NOUN"]
        for tok in owned:  # "the committee's platform planks": the compound's possessor
            found = self._statement_maker(tok, exclude, True) or self.author(tok.i, exclude)
            if found is not None and found.entity is not None and found.entity.place:
                continue  # "a New Hampshire law that": a place is where, not who
            if found is not None and found.speaker is not None:
                return replace(found, rule="relative_maker", certainty=CERTAINTY["relative_maker"])
        return None

    def relative_host(self, noun: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """A relative on a thing inside a "with" phrase of a noun is about that noun: in
        "Lakeland, a county with a long history that has refused to ...", the county (and
        so Lakeland) refused; a history does not refuse. Quirk et al. (1985, 17.11) on the
        relative clause that follows a postmodifying prepositional phrase: its antecedent may
        be the head of the whole phrase."""
        doc = self.doc
        thing = doc[noun]
        prep = doc[thing.head]
        if thing.dep != L.POBJ or prep.lower != "with" or prep.head == prep.i:
            return None
        host = doc[prep.head]
        if host.pos not in ("NOUN", "PROPN"):
            return None
        host_i = self._bearer(host.i)
        found = self.lookup(host_i, [host_i], exclude)
        if found.speaker is None or found.rule in ("description", "unresolved"):
            return None
        return replace(found, rule="relative_host", certainty=CERTAINTY["relative_host"])

    def _adjacent_noun(self, rel: int) -> int | None:
        """The noun just before a relative pronoun, a comma between them at most, when the
        parser hung the clause elsewhere ("and Ann Lee, who has said ..." parsed as a modifier
        of a later noun): an English relative clause follows the noun phrase it modifies."""
        doc = self.doc
        k = rel - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k < 0 or doc[k].sent != doc[rel].sent or doc[k].pos not in ("NOUN", "PROPN"):
            return None
        return k

    def _agreeing_noun(self, rel: int, noun: int) -> int:
        """The noun a relative pronoun refers to, where the parser's choice cannot be it.

        A date, time or amount never speaks ("the files released on Thursday, which
        showed ..."): the clause is about the noun that phrase modifies. English relative
        pronouns agree in animacy with their noun (Quirk et al. 1985, 6.33: *who* for
        persons, *which* for things): "who" after "rules and two unions, who ..." is the
        unions, the conjunct that can be a person, and after "a lot of Americans, who ..." the
        people its "of" names; "which" after "members of the Trade
        Council, which ..." is the council named inside the phrase, not its members."""
        doc = self.doc
        for _ in range(4):
            if doc[noun].ent not in UNSPEAKING_ENTS:
                break
            up = next((a for a in doc.ancestors(noun) if a.pos in ("NOUN", "PROPN")), None)
            if up is None:
                break
            noun = up.i
        word = doc[rel].lower
        plural = self._plural_example_host(rel, noun)
        if plural is not None:
            return plural
        if word in ("who", "whom") and not self._animate(noun):
            for kid in reversed(doc.kids(noun, L.CONJ)):
                if kid.i < rel and self._animate(kid.i):
                    return kid.i
            for prep in doc.kids(noun, L.PREP) if self._bearer(noun) == noun else ():
                # "a lot of Americans who", "the majority of voters who": the quantity's people
                # (not a noun in apposition to a name: "the Gridiron, a clan of ... who")
                for obj in doc.kids(prep.i, L.POBJ):
                    people = obj.tag in ("NNS", "NNPS") or self._animate(obj.i)
                    if prep.lower == "of" and obj.i < rel and people:
                        return obj.i  # "who" agrees with people: a plural after "of" is them
            host = self._people_holding(noun)
            if host is not None:
                return host
        if word == "which" and self._personal(noun):
            # not a word of the relative clause itself: "Tom Reed, director of the Valley
            # Fund, which was founded after her campaign and which has said ..."
            clause = next((a for a in (doc[rel], *doc.ancestors(rel)) if a.dep == L.RELCL), None)
            limit = min(rel, min(doc.subtree(clause.i))) if clause is not None else rel
            inside = [
                i
                for i in doc.subtree(noun)
                if i != noun and i < limit and self._organisation_word(i)
            ]
            if inside:
                return inside[-1]
        return noun

    def _plural_example_host(self, rel: int, noun: int) -> int | None:
        """ "younger voters such as Ann Lee, who are drawn to ...": a relative pronoun that is
        the subject of a plural verb ("are", "were", "have", a present plural) cannot be the one
        name the parser hung it on; it is the plural noun that name is an example of ("such
        as", "like", "including"). Relative pronouns take their verb's number from their
        antecedent (Quirk et al. 1985, 6.33, 10.36). Only a singular name under one of those
        prepositions, and only a plural noun right above it; else None."""
        doc = self.doc
        tok = doc[noun]
        if doc[rel].dep not in (L.NSUBJ, L.NSUBJ_PASS) or tok.tag != "NNP":
            return None
        verb = doc[doc[rel].head]
        words = [verb, *doc.kids(verb.i, L.AUX, L.AUX_PASS)]
        if not any(w.tag == "VBP" or w.lower in PLURAL_VERB_FORMS for w in words):
            return None
        if tok.dep != L.POBJ or tok.head == tok.i:
            return None
        prep = doc[tok.head]
        if prep.lower not in EXAMPLE_PREPOSITIONS or prep.head == prep.i:
            return None
        host = doc[prep.head]
        return host.i if host.tag in ("NNS", "NNPS") else None

    def _people_holding(self, noun: int) -> int | None:
        """ "Senate candidates in competitive races who plan to attend": a "who" the parser
        hung on a thing inside a prepositional phrase is about the people that phrase
        modifies, as "who" agrees only with persons (Quirk et al. 1985, 6.33; the relative
        clause after a postmodifying phrase may take the whole phrase's head, 17.11). Only
        one preposition up, only a common noun (a name the NER left untyped may be an
        organisation) and a noun above it, or above the adjective the phrase hangs on ("one
        Democrat familiar with the discussion, who"), that can be people; else None."""
        doc = self.doc
        tok = doc[noun]
        if tok.dep != L.POBJ or tok.head == tok.i:
            return None
        prep = doc[tok.head]
        if prep.dep != L.PREP or prep.head == prep.i:
            return None
        host = doc[prep.head]
        if host.pos == "ADJ" and host.dep == L.AMOD and host.head != host.i:
            host = doc[host.head]  # "one Democrat familiar with the discussion, who": Democrat
        if tok.pos != "NOUN" or host.pos not in ("NOUN", "PROPN") or not self._animate(host.i):
            return None  # a name ("the editors of The Advocate, who") may be a body of people
        return host.i

    def _organisation_word(self, i: int) -> bool:
        """An organisation of the registry, or a noun of one ("super PACs supporting
        candidates, which ...": the PACs, a plural the NER tags as nothing)."""
        entity = self.reg.at_token.get(i)
        if entity is not None and entity.type == ORG:
            return True
        tok = self.doc[i]
        words = {tok.lemma, tok.lower.rstrip("s")}
        named = not (words.isdisjoint(self.lex.org_nouns) and words.isdisjoint(FUND_NOUNS))
        return tok.pos in ("NOUN", "PROPN") and named

    def _animate(self, i: int) -> bool:
        """Whether the noun at ``i`` can be a person or a body of people ("who" agrees)."""
        tok = self.doc[i]
        entity = self.reg.at_token.get(i)
        if entity is not None:
            return entity.type in (PERSON, GROUP, ORG)
        if tok.ent in ("PERSON", "NORP", "ORG"):
            return True
        lex = self.lex
        return bool(
            self._group_head(tok)
            or lex.find_roles([tok.lower])
            or lex.find_roles([tok.lemma])
            or tok.lemma in lex.org_nouns
        )

    def _personal(self, i: int) -> bool:
        """Whether the noun at ``i`` names a person or people, never a thing ("which" does
        not agree): a person of the registry, a role, a plural of people."""
        tok = self.doc[i]
        entity = self.reg.at_token.get(i)
        if entity is not None:
            return entity.type in (PERSON, GROUP)  # a group of the registry is people
        return bool(self._group_head(tok) or self.lex.find_roles([tok.lower]))

    def _one_among(self, noun: int) -> int | None:
        """ "Ann Lee is among those who say ...": the subject counted among them speaks; so
        does the subject after the verb when "Among those" opens the sentence ("Among those
        who objected is the Farm Council", subject-verb inversion after a fronted phrase,
        Quirk et al. 1985, 18.23), which the parser calls the copula's attribute."""
        doc = self.doc
        tok = doc[noun]
        if tok.dep != L.POBJ or tok.head == tok.i or doc[tok.head].lower != "among":
            return None
        verb = doc[doc[tok.head].head]
        if verb.lemma != "be":
            return None
        subjects = doc.kids(verb.i, L.NSUBJ)
        if subjects:
            return subjects[0].i
        inverted = [k for k in doc.kids(verb.i, L.ATTR) if k.i > verb.i > tok.head]
        return inverted[0].i if inverted else None

    def definite(
        self, head: int, indices: list[int], exclude: Sequence[Offsets]
    ) -> Resolution | None:
        """A definite description points back to the most salient earlier entity of a kind
        its head noun fits (description_nouns.txt): "the newspaper" / "the daily" -> a media
        outlet named before, "the network" -> a broadcaster, "the report" / "the survey" -> a
        document, "the candidate" / "the host" -> a person (when no one holds the title
        itself: see :meth:`role`). Two outlets: salience decides, as for pronouns."""
        doc = self.doc
        tok = doc[head]
        kinds = self._kinds(head, indices)
        titled = False  # a title of office ("the governor"), not an epithet ("the candidate")
        if not kinds and tok.tag == "NN" and self._mention_role(indices, head) is not None:
            kinds = frozenset({"person"})  # "the justice", "the former first lady"
            titled = True
        if not kinds or not self._is_definite(head, indices):
            return None
        bonus: dict[int, float] = {}
        tie_break: frozenset[int] = frozenset()
        untitled_only = False
        if "person" in kinds:
            if doc.kids(head, L.POSS):
                # "the show's presenter": someone tied to the owner, not whoever is salient
                return None
            if tok.tag in ("NNS", "NNPS"):
                return None  # "The candidates said": many people, not the one named last
            found_role = self._mention_role(indices, head)
            if found_role is not None and found_role[1] in load_lexicon("titled_offices"):
                if self._far_holders_tie(head, indices, found_role):
                    text = phrase(doc, indices)
                    return Resolution(
                        text, PERSON, found_role[0], "description", CERTAINTY["description"]
                    )
                return None  # "The police chief said": the holder titled so, or no one
            if found_role is not None and self._office_to_come(indices, found_role[2]):
                return None  # "the next president": nobody yet (the role rule keeps the words)
            quals: set[str] = set()
            if found_role is not None:
                quals = set(qualifier_sides(self.reg, indices, found_role[2]))
                if self._titled_before(head, found_role[1], quals):
                    if self._holder_before(head, found_role[1], quals):
                        return None  # the role rule knows who holds the title
                    if not self._unofficial(found_role[1]) and self._holder_far_before(
                        head, found_role[1], quals
                    ):
                        return None  # "Judge Ann Reyes" at the top of a long report
                    untitled_only = True  # its only holder comes after: see below
            gender = (
                self.lex.role_gender(found_role[0].lower())
                if found_role
                else gender_of_form(tok.lower)
            )
            # nobody named before holds the title ("the Vermont senator" for a Bernie Sanders
            # named without it, "the candidate" for a Trump whose rival is titled only later):
            # the most salient person whose known offices do not rule them out
            candidates = {
                e
                for e in self._window_entities(head, WIDE_WINDOW)
                if e.type == PERSON
                and (not gender or e.gender in ("", gender))
                and not (found_role and self._holds_another_office(e, found_role[1]))
                and not (untitled_only and e.role_keys)
            }
            if untitled_only and not candidates:
                return None  # cataphora: the holder named just after (the role rule)
            # qualifiers count for a candidate, never against one: the affiliations the
            # registry reads from "Ann Cole of Maine and Mark Lund of Ohio" can be misattached
            bonus = {e.id: QUALIFIER_MATCH for e in candidates if quals & e.affiliations}
            parallel = set(self._parallel_subjects(head, candidates))
            for e in parallel:
                bonus[e.id] = bonus.get(e.id, 0.0) + PARALLEL
            if len(parallel) == 1 and not (
                found_role and self._titled_otherwise(next(iter(parallel)), found_role[1])
            ):
                # "Lee won, defeating Roe in the state that revived her campaign. The Vermont
                # senator ...": Lee and Roe tie on salience, and the subject of the sentence
                # before continues as the subject here (Lappin & Leass's parallelism; Kameyama
                # 1986), not the one a possessive mentioned last; unless the text gave that
                # subject another title ("Hope Hicks, a spokeswoman for Trump, ... The
                # presumptive nominee": not the spokeswoman)
                tie_break = frozenset(e.id for e in parallel)
        else:
            named = self._named_document(head, indices, kinds)
            if named is not None:
                return replace(self._document(named, "definite"), certainty=CERTAINTY["definite"])
            candidates = {
                e
                for e in self._window_entities(head, WIDE_WINDOW)
                if e.type == ORG and e.kind in kinds and e.name.lower() != tok.lower
            }
        best, tie = self.ranked(head, candidates, exclude, bonus, WIDE_WINDOW, tie_break)
        if best is None:
            return None
        if titled and found_role and self._title_nobody_has(best, found_role[1], head):
            return None  # the role rule leaves the description its own words
        certainty = CERTAINTY["definite"] * (TIE_FACTOR if tie else 1.0)
        if best.kind == "document":
            return replace(self._document(best, "definite"), certainty=certainty)
        role = best.role
        return Resolution(best.name, best.type, role, "definite", certainty, best)

    def _title_nobody_has(self, best: Entity, key: str, head: int) -> bool:
        """ "The Indiana governor said ..." in a text that titles no one governor, with the
        salient man a businessman: a title of office the text gave no one, whose salient
        candidate was given other offices or a trade before it, is someone the text has not
        named (Poesio & Vieira 1998: a definite description whose head matches no antecedent
        is discourse-new), not the man the article is about. A wrong name misleads a reader
        more than the description's own words (the issue's "prefer no guess").

        unofficial_roles.txt: a tie ("candidate", "son") rules no one out, so "the Vermont
        senator" is still the candidate Sanders; a trade or a tie is no title of office, so
        "the lawyer" is still the secretary Perez. A title the text gives the candidate only
        after the description does not count ("Secretary Clinton", merged with Bill Clinton
        later, does not rule him out as "the former president").

        A title the text gives someone else, after the description, does not save a salient
        candidate of another trade either: in a court report, "The judge ruled" is not the
        defence lawyer named before it because "Judge Harold Kim" is named paragraphs later."""
        if self._unofficial(key):
            return False
        holders = [e for e in self.reg.holders(key) if e.type == PERSON]
        if any(e is best for e in holders):
            return False
        before = self.doc.text[: self.doc[head].start].lower()
        known = {self.lex.canonical_role(role) for role in best.roles if role.lower() in before}
        known = {k for k in known if self._unofficial(k) != "tie"}
        if holders:  # only a trade rules out: an office may be misread ("ran for president")
            known = {k for k in known if self._unofficial(k) == "trade"}
        return bool(known) and not any(self.lex.role_matches(key, k) for k in known)

    def _unofficial(self, key: str) -> str:
        """ "tie" or "trade" for a role that is no office (unofficial_roles.txt), "former"
        or not; "" for an office."""
        table = self.lex.unofficial
        return table.get(key.removeprefix("former "), "") or table.get(key.split()[-1], "")

    def _named_document(
        self, head: int, indices: list[int], kinds: frozenset[str]
    ) -> Entity | None:
        """ "The Census Bureau sends its American Community Survey ... [fifteen sentences,
        a study by a professor] ... The survey asks": a bare "the survey" / "the report" is
        the document named before whose name ends in its noun (the head-match sieve of Lee et
        al. 2013), however far back, before any salient document of another head."""
        if "document" not in kinds or not self._bare_definite(head, indices):
            return None
        headed = self._head_match(head)
        return headed if headed is not None and headed.kind == "document" else None

    def unnamed(
        self, head: int, indices: list[int], exclude: Sequence[Offsets]
    ) -> Resolution | None:
        """ "A police official familiar with the case said ... The official said ...": a
        definite description whose nearest earlier noun with the same head was indefinite
        continues the unnamed individual that noun introduced (direct anaphora, Poesio &
        Vieira 1998: the head noun repeats its antecedent's; "a"/"an" brings in someone new,
        the "the" after it is that one), not the most salient named person. It stays that
        introduction's phrase, or the holder the introduction names just after ("A federal
        judge ruled ... Judge Ann Roe wrote"; :meth:`role`). A definite antecedent that says
        more ("The PM's official spokesman ... the spokesman") and was a claim's source gives
        what it resolved to (:meth:`_says_more`). A named antecedent ("Acme, a Chicago
        company"), a definite one that says no more, or a statement or document noun (their
        rules find a maker) leave the mention to the other rules."""
        doc = self.doc
        tok = doc[head]
        if tok.pos != "NOUN" or tok.tag != "NN" or not self._is_definite(head, indices):
            return None
        if tok.lemma in self.lex.source_nouns or self._kinds(head, indices) & {
            "document",
            "statement",
        }:
            return None
        modifiers = {doc[i].lower for i in indices if i != head and doc[i].pos in CONTENT}
        lo = self._window_start(head, WIDE_WINDOW)
        own_role = self._mention_role(indices, head)
        for k in range(head - 1, lo - 1, -1):
            earlier = doc[k]
            if earlier.lower != tok.lower and earlier.lemma != tok.lemma:
                continue
            if self.quoted and _inside_sorted(earlier.start, self.quoted):
                continue  # "a company whose goal is ..." in a quotation introduces no one
            if own_role is not None and self._holder_between(own_role[1], k, head):
                return None  # "a president's picks ... Obama ... the president": Obama
            if earlier.pos == "PROPN":
                return None  # a title in a name, "Minority Leader Harry Reid": the role rule's
            if earlier.pos != "NOUN" or earlier.dep == L.COMPOUND:
                continue
            own = [i for i in doc.subtree(k) if i <= k and doc[i].pos != "PUNCT"]
            if not modifiers <= {doc[i].lower for i in own}:
                continue  # "the Senate leader" adds what "a former NAACP leader" did not say
            if not any(d.lower in INDEFINITE for d in doc.kids(k, L.DET, L.NUMMOD)):
                done = self._done.get(k) if self._says_more(own, indices) else None
                if done is None or not done.speaker:
                    return None  # the nearest one decides: "the official" again is another rule's
                return replace(done, rule="definite")  # what the longer one resolved to
            entity = self.reg.at_token.get(k)
            if earlier.dep in (L.APPOS, L.ATTR) or doc.kids(k, L.APPOS):
                return self._named_by(earlier)  # "Tom Reed, a farmer from Ohio": Tom Reed
            if entity is not None and not entity.described:
                return None
            introduced = self.role(k, own, exclude)
            if introduced is not None and introduced.rule == "role":
                return replace(introduced, rule="definite")
            found_role = self._mention_role(own, k)
            type_ = PERSON if found_role is not None or (tok.lemma,) in self.lex.roles else UNKNOWN
            if type_ == UNKNOWN and tok.lemma in self.lex.org_nouns:
                type_ = ORG
            return Resolution(
                phrase(doc, own),
                type_,
                found_role[0] if found_role else None,
                "definite",
                CERTAINTY["definite"],
            )
        return None

    def _says_more(self, earlier: list[int], indices: list[int]) -> bool:
        """Whether an earlier definite description says more than the one at ``indices``
        ("The PM's official spokesman ... the spokesman"): when it was a claim's source, the
        shorter one is what it resolved to (a definite description's antecedent is the
        nearest noun phrase with its head, Poesio & Vieira 1998), so both claims have one
        speaker."""
        content = {self.doc[i].lower for i in earlier if self.doc[i].pos in CONTENT}
        own = {self.doc[i].lower for i in indices if self.doc[i].pos in CONTENT}
        # "The former president ... the president": a word that makes another office
        return own < content and not (content - own) & SUBORDINATE

    def _holder_between(self, key: str, lo: int, hi: int) -> bool:
        """Whether a person holding the role ``key`` is mentioned between tokens ``lo`` and
        ``hi``: then the holder, named after the indefinite noun, is the nearer antecedent of
        a definite one with that role (the role rule's), not the individual "a" brought in."""
        return any(
            e.type == PERSON and any(lo < m < hi for m in e.mentions) for e in self.reg.holders(key)
        )

    def _named_by(self, noun: Token) -> Resolution | None:
        """The named entity an indefinite noun describes: the name it is in apposition to
        ("Tom Reed, a farmer", "a farmer, Tom Reed,") or the subject it is predicated of ("Reed
        is a farmer"); None when that is no name of the registry."""
        doc = self.doc
        if noun.dep == L.APPOS:
            named = [doc[noun.head]]
        elif noun.dep == L.ATTR:
            named = doc.kids(noun.head, L.NSUBJ)
        else:
            named = doc.kids(noun.i, L.APPOS)
        for tok in named:
            entity = self.reg.at_token.get(tok.i)
            if entity is not None and not entity.described and entity.type != GROUP:
                return self._found(entity, "definite", entity.role)
        return None

    def _parallel_subjects(self, head: int, candidates: set[Entity]) -> list[Entity]:
        """The candidates that were the subject of the sentence before (or of this one, before
        the mention) when the mention is itself a subject: Lappin & Leass (1994) reward such
        parallelism, and a news text's "The senator said" continues its topic."""
        doc = self.doc
        here = doc[head]
        if here.dep not in L.SUBJECTS and here.head != here.i:
            return []  # (a root noun: "The senator aimed ..." misparsed as a fragment)
        lo = doc.sentences[max(0, here.sent - 1)].start
        return [
            m.entity
            for m in self.reg.mentions_between(lo, head)
            if m.entity in candidates and m.subject and doc[m.token].dep in L.SUBJECTS
        ]

    def _titled_before(self, head: int, key: str, quals: set[str]) -> bool:
        """Whether someone named before token ``head``, or in the sentence after it, holds the
        role ``key`` and fits the qualifiers: a definite description points back (Poesio &
        Vieira 1998: a definite description's antecedent precedes it), so a holder titled only
        paragraphs later ("Republican candidate Jeb Bush") is not "the candidate"; news style
        may name a new role's holder right after it ("The state attorney general is suing.
        Eric Lund said ..."), which the role rule resolves."""
        doc = self.doc
        near = doc.sentences[min(len(doc.sentences) - 1, doc[head].sent + 1)].end
        return any(
            e.type == PERSON and _last_before(e.mentions, near) >= 0 and compatible(quals, e)
            for e in self.reg.holders(key)
        )

    def _holder_before(self, head: int, key: str, quals: set[str]) -> bool:
        """Whether a holder of the role ``key`` that fits the qualifiers is mentioned before
        token ``head``, within :data:`WIDE_WINDOW` sentences (a holder named paragraphs before
        is less salient than the person just named). A definite description points back first
        (Poesio & Vieira 1998): when no holder is named before it ("Gina Lopez ... the
        actress" with "actress Ana Ruiz" titled in the next paragraph), an untitled person
        named before is the antecedent (:meth:`definite`); cataphora to the holder named next
        is the fallback when there is none ("The state attorney general said ... Attorney
        General Eric Lund filed")."""
        lo = self._window_start(head, WIDE_WINDOW)
        return any(
            e.type == PERSON and _last_before(e.mentions, head) >= lo and compatible(quals, e)
            for e in self.reg.holders(key)
        )

    def _far_holders_tie(
        self, head: int, indices: list[int], found_role: tuple[str, str, set[int]]
    ) -> bool:
        """ "Judge Ann Reyes and Judge Paul Hart opened the hearing. [pages of evidence] The
        judge asked ...": a titled office (titled_offices.txt) two or more people hold, all
        named only further back than :data:`WIDE_WINDOW` and none after, could be any of
        them; the role rule would take the one named last, a guess, so the description keeps
        its words (one such holder is that holder: :meth:`_holder_far_before`)."""
        key = found_role[1]
        quals = set(qualifier_sides(self.reg, indices, found_role[2]))
        holders = [e for e in self.reg.holders(key) if e.type == PERSON and compatible(quals, e)]
        return (
            len(holders) > 1
            and not self._holder_before(head, key, quals)
            and all(e.mentions and max(e.mentions) < head for e in holders)
        )

    def _holder_far_before(self, head: int, key: str, quals: set[str]) -> bool:
        """Whether a holder of the title ``key`` is named before token ``head`` further back
        than :data:`WIDE_WINDOW`, the only one the text titles so: a long court report or
        live blog names "Judge Ann Reyes" once at the top and calls her "the judge" pages
        later, after many witnesses have spoken. The definite description points back to the
        one person the text gave that title (Poesio & Vieira 1998: direct anaphora by the
        same head), not to the witness just named, who was never called a judge. Only a
        title of office (the caller checks): a trade or an epithet (unofficial_roles.txt,
        "the actress") is shared by people the text never titles, so the woman just named
        may be one (tests/test_descriptions_unseen.py)."""
        holders = [e for e in self.reg.holders(key) if e.type == PERSON and compatible(quals, e)]
        return len(holders) == 1 and 0 <= _last_before(holders[0].mentions, head)

    def _kinds(self, head: int, indices: list[int]) -> frozenset[str]:
        doc = self.doc
        kinds = self.lex.description_kinds
        if self._age_epithet(indices):
            return frozenset({"person"})
        words = [doc[i].lower for i in indices if doc[i].pos != "PUNCT"]
        for n in (3, 2):  # "the real estate developer", "the news agency"
            if len(words) >= n and " ".join(words[-n:]) in kinds:
                return kinds[" ".join(words[-n:])]
        return kinds.get(doc[head].lemma.lower(), kinds.get(doc[head].lower, frozenset()))

    def _is_definite(self, head: int, indices: list[int]) -> bool:
        """ "the newspaper", "The popular commentator and ... supporter", "this poll": a
        definite article or demonstrative, no name of its own in the phrase, no clause."""
        doc = self.doc
        first = doc[indices[0]]
        if first.lower not in ("the", "this", "that"):
            return False
        return not any(
            self.reg.at_token.get(i) is not None
            and not self.reg.at_token[i].described
            and not self.reg.at_token[i].place  # "the Florida senator": a place qualifies
            and doc[i].dep != L.COMPOUND
            and i != head
            and not self._employer_complement(i, head)
            for i in indices
        )

    def _employer_complement(self, i: int, head: int) -> bool:
        """Whether token ``i`` is an organisation named in an "of" phrase on the head noun
        ("the former CEO of Hewlett-Packard"): it says whose officer the person is, not who
        the person is, so the description still points back (Poesio & Vieira 1998)."""
        doc = self.doc
        entity = self.reg.at_token.get(i)
        if entity is None or entity.type != ORG or entity.place:
            return False
        prep = doc[doc[i].head]
        return doc[i].dep == L.POBJ and prep.lower == "of" and prep.head == head

    def _window_entities(self, head: int, window: int) -> set[Entity]:
        lo = self._window_start(head, window)
        pool = {m.entity for m in self._mentions_between(lo, head)}
        return pool | set(self._sources_between(lo, head))

    def _named_speaker_for(self, head: int, indices: list[int]) -> Resolution | None:
        """ "A spokesman for the ministry, Ann Lee, said", "The head of the port authority,
        Jens Meier, said": a person named in apposition to the description's own noun is the
        speaker, before :meth:`_description_head` moves the head to the body the person speaks
        for (which alone, "A spokesman for the ministry said", speaks for the ministry)."""
        if self._description_head(head, indices) == head:
            return None
        named = self.apposition(head)
        return named if named is not None and named.type == PERSON else None

    def _description_head(self, head: int, indices: list[int]) -> int:
        """The head of a description the tagger misread: "the influential US daily" with
        "daily" taken for an adverb leaves the head on "US"; a description noun that ends the
        phrase is its head ("a spokesman for the ministry": the ministry; "the results of the
        exit poll": the poll), unless a person speaks for themself (:meth:`_own_voice`)."""
        doc = self.doc
        words = [i for i in indices if doc[i].pos != "PUNCT"]
        last = words[-1] if words else head
        if doc[head].lemma in WORK_NOUNS and doc.kids(head, L.POSS):
            return head  # "his show on the network": the host's work, not the network
        if last != head and doc[last].lower in self.lex.description_kinds:
            if doc[last].dep == L.POBJ and self._own_voice(head, last):
                return head
            if (
                doc[last].pos in ("ADV", "ADJ", "NOUN")
                and last > head
                and not self._below(last, head)
            ):
                return last
        return head

    def _below(self, i: int, head: int) -> bool:
        """Whether token ``i`` hangs under ``head``, a person's name, through a preposition or
        an apposition: "Ann Lee, vice chair of the Clinton campaign," ends in a description
        noun that is not the mention's head. Under a role noun it still is: "A spokesman for
        the ministry" speaks for the ministry."""
        entity = self.reg.at_token.get(head)
        if entity is None or entity.type != PERSON or entity.described:
            return False
        doc = self.doc
        tok = doc[i]
        for _ in range(12):
            if tok.i == head or tok.head == tok.i:
                return False
            if tok.dep in (L.PREP, L.APPOS, L.POBJ):
                return doc.is_ancestor(head, tok.i)
            tok = doc[tok.head]
        return False

    def _own_voice(self, person: int, place: int) -> bool:
        """ "an analyst at the bank", "attorneys for the department": a person, or people,
        tied to an organisation by a preposition speak for themselves; the organisation
        speaks only through a spokesperson ("a spokesman for the ministry"). Not when the
        noun is a document the person made ("the author of the book") or the two words are
        one title ("the secretary of state")."""
        doc, lex = self.doc, self.lex
        if not self._personal(person) or lex.canonical.get(doc[person].lower) == SPOKESPERSON:
            return False
        if "document" in lex.description_kinds[doc[place].lower]:
            return False
        words = [doc[i].lower for i in range(person, place + 1)]
        return not any(start == 0 and end == len(words) for start, end, _ in lex.find_roles(words))

    def _owner(self, head: int, indices: list[int]) -> int | None:
        """The owner of a possessive mention, when it is a pronoun ("her campaign") or a
        description ("the candidate's campaign"); a named owner ("Clinton's campaign") is
        the description rules' business."""
        doc = self.doc
        inside = set(indices)
        for kid in doc.kids(head, L.POSS):
            if kid.i not in inside:
                continue
            if kid.lower in self.lex.pronouns and kid.lower not in ("its",) or kid.lower == "its":
                return kid.i
            entity = self.reg.at_token.get(kid.i)
            if entity is None or entity.described:
                if kid.pos in ("NOUN",):
                    return kid.i
        return None

    def _owner_words(self, owner: int, indices: list[int]) -> list[int]:
        inside = set(indices)
        return [i for i in self.doc.subtree(owner) if i in inside and self.doc[i].pos != "PUNCT"]

    def _campaign_of(self, person: Entity) -> Resolution:
        """The campaign of a person: the campaign organisation the text names after them
        ("the Clinton campaign"), else one named "<surname> campaign"."""
        surname = person.name.split()[-1].lower()
        for entity in self.reg.entities:
            if entity.type == ORG and entity.kind == "campaign":
                words = {w.strip("’'s").lower() for w in entity.name.split()}
                if surname in words or surname + "’s" in entity.name.lower():
                    return self._found(entity, "possessive", None)
        name = f"{person.name.split()[-1]} campaign"
        return Resolution(name, ORG, None, "possessive", CERTAINTY["possessive"])

    def description(self, head: int, indices: list[int]) -> Resolution:
        """No rule applied: keep the phrase ("the investigation"), type from the NER; a
        phrase of several joined by "and" ("Donald Trump and his attorneys") is a group."""
        tok = self.doc[head]
        if (player := self._part_named_before(tok)) is not None:
            return self._found(player, "name", None)
        type_ = {"PERSON": PERSON, "ORG": ORG, "GPE": ORG, "NORP": GROUP}.get(tok.ent, UNKNOWN)
        if any(k.i in indices for k in self.doc.kids(head, L.CONJ)):
            type_ = GROUP
        return Resolution(
            phrase(self.doc, indices), type_, None, "description", CERTAINTY["description"]
        )

    def _part_named_before(self, tok: Token) -> Entity | None:
        """The person a transcript's label in capitals stood for when it first came with a
        name in brackets: after "MODERATOR (Hannah Osei): ...", a later "MODERATOR: ..." is
        Hannah Osei (a panel's or a play's cast list given once, at the first turn; session 17,
        styles4). Only a label opening its line, and a person the registry knows."""
        if not (tok.text.isupper() and len(tok.text) > 1 and self._label_before_colon(tok)):
            return None
        text = self.doc.text
        first = text.find("\n" + tok.text + " (", 0, tok.start)
        if first < 0 and text.startswith(tok.text + " ("):
            first = -1
        elif first < 0:
            return None
        inside = first + len(tok.text) + 3
        entity = next(
            (self.reg.at_token.get(i) for i in self.doc.tokens_in(inside, inside + 1)), None
        )
        return entity if entity is not None and entity.type == PERSON else None

    # --- salience -----------------------------------------------------------------------------
    def ranked(
        self,
        head: int,
        candidates: set[Entity],
        exclude: Sequence[Offsets],
        bonus: dict[int, float],
        window: int = WINDOW,
        tie_break: frozenset[int] = frozenset(),
    ) -> tuple[Entity | None, bool]:
        """The most salient of ``candidates`` at token ``head``, and whether it was a tie.

        Lappin & Leass (1994): every mention in the window earns recency, subject and
        head-noun points (``Mention.embedded``), every earlier claim source the :data:`SOURCE`
        points, halved per sentence of distance.
        Mentions inside ``exclude`` and co-arguments of the pronoun's own verb do not count.
        On a tie (within :data:`TIE_RATIO`) an entity in ``tie_break`` (ids the caller has a
        structural reason to prefer, such as a parallel subject) wins, else the entity
        mentioned last.
        """
        if not candidates:
            return None, False
        doc = self.doc
        here = doc[head]
        lo = self._window_start(head, window)
        scores: dict[int, Scored] = {}

        def add(entity: Entity, token: int, points: float) -> None:
            if entity not in candidates or _inside(doc[token], exclude):
                return
            rec = scores.setdefault(entity.id, Scored(entity))
            rec.score += points * 0.5 ** self._distance(doc[token].sent, here.sent)
            rec.last = max(rec.last, token)

        # an entity earns a sentence's mention points once, from its best mention there
        # (Lappin & Leass: recency is a property of the sentence; "Lee's plan ... he ...
        # his ... he" is one salient man, not four)
        best_in: dict[tuple[int, int], tuple[float, int]] = {}
        for m in self._mentions_between(lo, head):
            if m.entity not in candidates:
                continue
            if doc[m.token].head == here.head and here.head != here.i and m.token != head:
                continue  # a co-argument of the same verb is not an antecedent
            # nothing inside an adverbial phrase earns non-adverbial or subject emphasis
            host = self._adverbial(m.token)
            # Hobbs (1978) searches the clauses above the pronoun, their adjuncts too, first:
            # "Crowds marched outside the Courier after it said" keeps the Courier
            adverbial = host is not None and not doc.is_ancestor(host, head)
            points = RECENCY + (0.0 if m.embedded else HEAD_NOUN)
            points += -NON_ADVERBIAL if adverbial else (SUBJECT if m.subject else 0.0)
            if self.quoted and _inside_sorted(doc[m.token].start, self.quoted):
                points *= QUOTED
            if _inside(doc[m.token], exclude):
                continue
            key = (m.entity.id, m.sent)
            old = best_in.get(key)
            if old is None or points > old[0]:
                best_in[key] = (points, m.token if old is None else max(m.token, old[1]))
            else:
                best_in[key] = (old[0], max(m.token, old[1]))
        for (entity_id, _), (points, token) in best_in.items():
            add(self._by_id[entity_id], token, points)
        a = bisect.bisect_left(self._source_tokens, lo)
        b = bisect.bisect_left(self._source_tokens, head)
        for token, entity in zip(self._source_tokens[a:b], self._source_entities[a:b], strict=True):
            add(entity, token, SOURCE)
        for rec in scores.values():
            rec.score += bonus.get(rec.entity.id, 0.0)
        if not scores:
            return None, False
        ordered = sorted(scores.values(), key=lambda r: (r.score, r.last), reverse=True)
        best = ordered[0]
        close = [r for r in ordered[1:] if r.score >= TIE_RATIO * best.score]
        if close:
            best = max([best, *close], key=lambda r: (r.entity.id in tie_break, r.last))
        return best.entity, bool(close)

    def _distance(self, a: int, b: int) -> int:
        """Sentences of narrative from sentence ``a`` to ``b``: a sentence wholly inside a
        claim's words (the second sentence of a long quotation) does not count. A quotation
        is one report however many sentences it runs to, and the narrative's center does not
        move inside it (centering tracks the writer's utterances; the quoted speech is the
        speaker's own discourse): "'...,' she said. 'Then ... . And ... .' Asked about Lee,
        she ..." is one sentence on from the speaker, not three."""
        narrative = self._narrative_counts()
        if a > b or b >= len(narrative):
            return b - a
        return narrative[b] - narrative[a]

    def _narrative_counts(self) -> list[int]:
        """Per sentence, the sentences of narrative up to it and with it (:meth:`_distance`),
        counted once per document, after the claims' words are known."""
        if self._narrative is None:
            doc, count, total = self.doc, [], 0
            for sent in doc.sentences:
                words = [
                    t for t in range(sent.start, sent.end) if doc[t].pos not in ("PUNCT", "SPACE")
                ]
                quoted = bool(words) and all(
                    _inside_sorted(doc[t].start, self.quoted) for t in words
                )
                total += 0 if quoted else 1
                count.append(total)
            self._narrative = count
        return self._narrative

    def _adverbial(self, i: int) -> int | None:
        """The verb of the prepositional phrase token ``i`` lies in, when one hangs on a
        verb, else None ("Asked about
        her vote in the event that Lee runs, she ...", "In Lee's view, ..."): Lappin & Leass
        (1994) withhold non-adverbial emphasis from it, and the subject of a clause inside
        such a phrase is no topic (Kameyama 1998 processes an adjunct apart from the clause
        that carries the topic on). The subject of an adverbial clause of its own ("Although
        Lee opposes it, he ...") keeps both: it is often the main clause's topic."""
        if i in self._adverbials:
            return self._adverbials[i]
        doc = self.doc
        found = None
        tok = doc[i]
        while tok.head != tok.i:
            up = doc[tok.head]
            if tok.dep == L.PREP and up.pos in ("VERB", "AUX"):
                found = up.i
                break
            tok = up
        self._adverbials[i] = found
        return found

    def _mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """The registry's mentions in ``[lo, hi)`` and the gendered pronouns there, each a
        mention of the entity it resolved to (:meth:`_chain`)."""
        named = self.reg.mentions_between(lo, hi)
        tokens = self._chain(hi)
        a = bisect.bisect_left(tokens, lo)
        b = bisect.bisect_left(tokens, hi)
        return named + self._chain_mentions[a:b] if b > a else named

    def _chain(self, upto: int) -> list[int]:
        """The gendered pronouns before token ``upto``, each resolved once, in text order:
        a claim's source by what the pass resolved it to (its own words excluded), any
        other by salience over the names and the pronouns before it. The chain grows as
        the pass goes and no pronoun looks forward, so it never loops; a document with no
        pronoun to resolve never builds it."""
        if self._chain_tokens is None:
            self._chain_tokens = []
            self._chain_next = 0
        doc = self.doc
        while self._chain_next < min(upto, len(doc)):
            tok = doc[self._chain_next]
            self._chain_next += 1
            if tok.lower not in CHAIN_PRONOUNS or tok.pos != "PRON" and tok.tag != "PRP$":
                continue
            feats = self.lex.pronouns[tok.lower]
            done = self._done.get(tok.i)
            if done is not None:
                best = done.entity if done.rule in CHAINED_RULES else None
            elif (ahead := self._cataphor(tok, feats)) is not None:
                best = ahead
            elif (host := self._host_subject(tok.i, ())) is not None:
                best = host
            elif (first := self._conjunct_subject(tok.i, ())) is not None:
                best = first
            elif (owner := self._owner_host(tok.i, ())) is not None:
                best = owner
            elif (forward := self._preposed_subject(tok.i, ())) is not None:
                best = forward
            else:
                agree = agreement(feats)
                assert agree is not None
                pool = self._window_entities(tok.i, WINDOW)
                best, _ = self.ranked(tok.i, {e for e in pool if agree(e)}, (), {})
            if best is not None and best.type == PERSON:
                self._chain_tokens.append(tok.i)
                self._chain_mentions.append(
                    Mention(
                        tok.i, tok.sent, best, is_topic_subject(doc, tok.i), is_embedded(doc, tok.i)
                    )
                )
        return self._chain_tokens

    def _host_subject(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """A he/she subject of a clause under another clause is that clause's subject when it
        stands before the pronoun and agrees: "Ann Lee faced criticism after she praised the
        plan" is Ann Lee, however salient someone of the sentences before. Hobbs (1978) looks
        through the pronoun's own sentence, from the clause above it, before the sentences
        before; binding keeps a pronoun off its own clause's subject, not the host's."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or tok.dep not in L.SUBJECTS:
            return None
        agree = agreement(feats)
        assert agree is not None
        verb = doc[tok.head]
        for _ in range(3):  # up the clauses above the pronoun's to the first with a subject
            if verb.dep not in (L.ADVCL, L.CCOMP, L.XCOMP) or verb.head == verb.i:
                return None
            verb = doc[verb.head]
            subjects = doc.kids(verb.i, L.NSUBJ, L.NSUBJ_PASS)
            if not subjects:
                continue
            for subject in subjects:
                entity = self.reg.at_token.get(subject.i)
                if subject.i == head or entity is None or _inside(subject, exclude):
                    continue
                if subject.i < head and entity.type == PERSON and agree(entity):
                    return entity
            return None
        return None

    def _conjunct_subject(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """A he/she subject of the second of two clauses joined by "and" / "but" is the
        first clause's subject when that is a person named before it who agrees: "Hill let
        Ortiz speak first, and then, flanked by aides, he spoke for half an hour" is Hill,
        however salient Ortiz. Parallelism (Kameyama 1986; Lappin & Leass 1994 give a
        parallel subject its own weight): coordinated clauses share their topic, and the
        object of the first clause (Ortiz) is no rival for the second one's subject."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or tok.dep not in L.SUBJECTS:
            return None
        verb = doc[tok.head]
        if verb.dep != L.CONJ or verb.head == verb.i:
            return None
        subjects = doc.kids(verb.head, L.NSUBJ, L.NSUBJ_PASS)
        if len(subjects) != 1 or subjects[0].i > head or _inside(subjects[0], exclude):
            return None
        entity = self.reg.at_token.get(subjects[0].i)
        agree = agreement(feats)
        if entity is None or entity.type != PERSON or agree is None or not agree(entity):
            return None
        return entity

    def _owner_host(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """A he/she subject of a clause below its sentence's main clause, when that main
        clause's subject is a thing a named person owns ("Ann Lee's campaign has been out of
        step with voters who want more than the work she promised"), is that owner, when
        nobody else it could mean is named between them, in quoted words or not. Hobbs (1978)
        searches the pronoun's own sentence from the top, left to right, before the
        sentences before, and the possessor inside the subject is the first person found;
        salience had given the pronoun to a speaker quoted just before.

        Not for an owned person ("Ann Lee's lawyer said she ...": the lawyer may be "she"),
        nor for the main clause's own subject."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or tok.dep not in L.SUBJECTS:
            return None
        subject = self._main_subject(tok.sent)
        if subject is None or subject.i >= head or subject.pos != "NOUN":
            return None
        if tok.head == subject.head or self._names_people(subject):
            return None
        owners = doc.kids(subject.i, L.POSS)
        if len(owners) != 1 or owners[0].pos != "PROPN" or _inside(owners[0], exclude):
            return None
        entity = self.reg.at_token.get(owners[0].i)
        agree = agreement(feats)
        if entity is None or entity.type != PERSON or agree is None or not agree(entity):
            return None
        if any(
            m.entity.type == PERSON and agree(m.entity) and m.entity is not entity
            for m in self.reg.mentions_between(owners[0].i + 1, head)
        ):
            return None  # quoted words too: "portraying Lee as one who says what he ..."
        return entity

    def _preposed_subject(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """A he/she subject of a clause inside a prepositional phrase that opens its sentence
        is the main clause's subject after it, a named person who agrees: "In what she called
        a historic vote, Mayor Ann Lee said ..." is Ann Lee. Lappin & Leass (1994) let a
        pronoun in a preposed phrase refer forward; :meth:`_cataphor` does so for a
        possessive or an object, this for a subject inside the phrase.

        Only a phrase whose preposition is the sentence's first word and hangs on its root,
        a root with one subject after the pronoun; nobody it could mean named between them.
        Not an adverbial clause ("When he arrived, Lee ...": it may be someone before)."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or tok.dep not in L.SUBJECTS:
            return None
        first = doc[doc.sentences[tok.sent].start]
        if first.dep != L.PREP or first.pos != "ADP" or not doc.is_ancestor(first.i, head):
            return None
        root = doc[first.head]
        subjects = doc.kids(root.i, L.NSUBJ, L.NSUBJ_PASS)
        if root.head != root.i or len(subjects) != 1 or subjects[0].i < head:
            return None
        entity = self.reg.at_token.get(subjects[0].i)
        agree = agreement(feats)
        if entity is None or entity.type != PERSON or agree is None or not agree(entity):
            return None
        if _inside(subjects[0], exclude) or any(
            m.entity.type == PERSON and agree(m.entity) and m.entity is not entity
            for m in self.reg.mentions_between(head + 1, subjects[0].i)
        ):
            return None
        return entity

    def _names_people(self, tok: Token) -> bool:
        """Whether a common noun names a person or people: a role ("lawyer", "aides"), a
        description of kind ``person``, an agent noun ("backers") or a gendered form."""
        lex = self.lex
        if lex.find_roles([tok.lower]) or lex.find_roles([tok.lemma]) or self._group_head(tok):
            return True
        if "person" in lex.description_kinds.get(tok.lemma, frozenset()):
            return True
        return tok.lemma.endswith(AGENT_SUFFIXES) or bool(gender_of_form(tok.lemma))

    def _cataphor(self, tok: Token, feats: PronounFeatures) -> Entity | None:
        """A pronoun in a phrase before its sentence's subject refers forward to that subject
        when it agrees: "In his latest film, Ann's brother Tom Reed plays ..." is Reed's
        (Lappin & Leass 1994 allow such cataphora for a pronoun in a preposed phrase). Only
        a possessive or a prepositional object, never a subject, points forward, and only to
        the subject of a clause its phrase hangs on: in "Asked about her vote if Ann Lee runs,
        she ..." Lee is the subject of a clause inside the phrase, not the one it modifies."""
        doc = self.doc
        if tok.dep not in (L.POSS, L.POBJ) or tok.dep == L.POBJ and tok.tag == "PRP$":
            return None
        agree = agreement(feats)
        end = doc.sentences[tok.sent].end
        for m in self.reg.mentions_between(tok.i + 1, end):
            if not m.subject or not doc.is_ancestor(doc[m.token].head, tok.i):
                continue  # the subject of another clause ("Asked about her vote if Lee runs")
            if m.entity.type == PERSON and agree is not None and agree(m.entity):
                verb = doc[doc[m.token].head]
                # the pronoun must stand before the subject's whole clause, not inside it
                return m.entity if tok.i < min(doc.subtree(verb.i)) or self._preposed(tok) else None
            return None
        return None

    def _preposed(self, tok: Token) -> bool:
        """Whether ``tok`` lies in a phrase that opens its sentence and ends in a comma."""
        doc = self.doc
        start = doc.sentences[tok.sent].start
        for k in range(tok.i + 1, min(len(doc), tok.i + 12)):
            if doc[k].text == ",":
                return doc[start].pos in ("ADP", "SCONJ", "ADV") and doc[start].i <= tok.i
            if doc[k].pos == "VERB":
                return False
        return False

    def _window_start(self, head: int, window: int = WINDOW) -> int:
        """The first token of the window: ``window`` sentences of narrative back, the
        sentences of a quotation not counted (:meth:`_distance`), at most
        :data:`QUOTED_REACH` times as many sentences in all, so the cost stays bounded."""
        if not self.doc.sentences:
            return 0
        here = self.doc[head].sent
        narrative = self._narrative_counts()
        if here < len(narrative):
            first = bisect.bisect_left(narrative, narrative[here] - window)
            sent = max(first, here - QUOTED_REACH * window, 0)
        else:
            sent = max(0, here - window)
        return self.doc.sentences[sent].start

    def _sources_between(self, lo: int, hi: int) -> list[Entity]:
        a = bisect.bisect_left(self._source_tokens, lo)
        b = bisect.bisect_left(self._source_tokens, hi)
        return self._source_entities[a:b]

    # --- helpers ------------------------------------------------------------------------------
    def _group_head(self, tok: Token) -> bool:
        """A noun naming people in the plural or a collective: "officials", "media"; not the
        last word of an organisation's name ("Greater Manchester Police" is a named force,
        where "Police said" is a group)."""
        lex = self.lex
        if self._ends_an_org_name(tok):
            return False
        if tok.lower in lex.group_nouns or tok.lemma in lex.group_nouns:
            return True
        if tok.tag == "NNP" and tok.text[:1].isupper() and (tok.lower,) not in lex.roles:
            # "Aides said ...": a capitalised plural the tagger took for a name
            return bool(lex.find_roles([tok.lower]))
        if tok.tag not in ("NNS", "NNPS"):
            return False
        return bool(lex.find_roles([tok.lower]) or lex.find_roles([tok.lemma]))

    def _ends_an_org_name(self, tok: Token) -> bool:
        """Whether ``tok`` is the capitalised last word of a registry organisation's name of
        several words."""
        entity = self.reg.at_token.get(tok.i)
        return (
            entity is not None
            and entity.type == ORG
            and tok.text[:1].isupper()
            and len(entity.name.split()) > 1
            and entity.name.split()[-1] == tok.text
        )

    def _found(self, entity: Entity, rule: str, role: str | None) -> Resolution:
        return Resolution(entity.name, entity.type, role, rule, CERTAINTY[rule], entity)

    def _holds_another_office(self, entity: Entity, wanted: str) -> bool:
        """``entity`` holds an office named like ``wanted`` but another one: the shadow or
        former chancellor is not "the chancellor", the vice president not "the president"
        (:data:`quotes.speakers.lexicon.SUBORDINATE`)."""
        head = wanted.split()[-1]
        keys = entity.role_keys
        return any(
            key.split()[-1] == head and not self.lex.role_matches(wanted, key) for key in keys
        ) and not any(self.lex.role_matches(wanted, key) for key in keys)

    def _office_named(self, indices: list[int]) -> str | None:
        """The role phrase a name's mention holds ("Senator" of "Senator Tom Reed"), for a
        speaker the registry knows no role of; not an honorific ("Mr.", "Sir", "Dr.",
        "Sheikh"), which shows gender and holds no office, as the registry reads it
        (:data:`quotes.speakers.registry.HONORIFICS`): "Sir Keir Starmer" has no role "Sir"."""
        found = self._mention_role(indices)
        if found is None or found[0].lower().rstrip(".") in HONORIFICS:
            return None
        return found[0]

    def _mention_role(
        self, indices: list[int], head: int | None = None
    ) -> tuple[str, str, set[int]] | None:
        """The role phrase a mention names (the one holding its head when given): its text,
        canonical role and tokens. Possessors' words ("Putin's") are not part of it."""
        doc = self.doc
        own = [i for i in indices if not _in_possessor(doc, i, indices)]
        words = [doc[i].lower for i in own]
        for a, b, found in self.lex.find_roles(words):
            toks = own[a:b]
            if head is not None and head not in toks:
                continue
            text = doc.text[doc[toks[0]].start : doc[toks[-1]].end]
            if text.lower() != found:
                text = found
            key = self.lex.canonical_role(found)
            if former_apart(words, a, self.lex.find_roles(words)):
                key = self.lex.canonical_role("former " + key)  # "the former Florida governor"
            return text, key, set(toks)
        return None


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
    share nothing ("Putin's spokesman" is not the White House press secretary)."""
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
    return bool(sides & known)


def head_of(doc: Document, indices: list[int]) -> int:
    """The syntactic head of a mention: its token whose head lies outside the mention; the
    last such token where the parser split the phrase ("press secretary | Ann Lee" with the
    title hung elsewhere), as an English noun phrase ends in its head."""
    inside = set(indices)
    for i in reversed(indices):
        tok = doc[i]
        if tok.head not in inside or tok.head == i:
            if tok.pos in ("NOUN", "PROPN", "PRON", "NUM", "X"):
                return i
    nouns = [i for i in indices if doc[i].pos in ("NOUN", "PROPN", "PRON")]
    return nouns[-1] if nouns else indices[-1]


def phrase(doc: Document, indices: list[int]) -> str:
    """The words of a mention without a leading article or a trailing possessive."""
    toks = [doc[i] for i in indices]
    while toks and (toks[0].lower in DETERMINERS or toks[0].pos == "PUNCT"):
        toks = toks[1:]
    while toks and (toks[-1].text in POSSESSIVE_MARKS or toks[-1].pos == "PUNCT"):
        toks = toks[:-1]
    if not toks:
        return doc.text[doc[indices[0]].start : doc[indices[-1]].end]
    return doc.text[toks[0].start : toks[-1].end]


def _in_possessor(doc: Document, i: int, indices: list[int]) -> bool:
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


def _inside(tok: Token, ranges: Sequence[Offsets]) -> bool:
    return any(a <= tok.start < b for a, b in ranges)


def _after_section_break(text: str, opens: int) -> bool:
    """Whether the paragraph that opens at offset ``opens`` comes right after a line that is
    only a section break ("* * *"), blank lines aside."""
    before = text[:opens].rstrip()
    line = before[before.rfind("\n") + 1 :]
    return bool(line) and SECTION_BREAK.fullmatch(line) is not None


def _inside_sorted(offset: int, ranges: list[Offsets]) -> bool:
    """Whether ``offset`` lies in one of ``ranges`` (sorted by start; ranges may nest)."""
    j = bisect.bisect_right(ranges, (offset, float("inf")))
    return any(a <= offset < b for a, b in ranges[max(0, j - 3) : j])


def _speaking_together(pair: tuple[Entity, Entity], head: int) -> Resolution:
    """Two people speaking as one source, "A and B" in the order the text last named them
    before ``head`` (:meth:`Resolver.pair`)."""
    a, b = sorted(pair, key=lambda e: _last_before(e.mentions, head))
    return Resolution(f"{a.name} and {b.name}", GROUP, None, "pair", CERTAINTY["pair"])


#: Words of an organisation's name that do not tell it from another ("CBS News", "NBC News").
GENERIC_NAME_WORDS = frozenset(
    {"the", "of", "and", "for", "news", "university", "institute", "college", "center", "group"}
)


def _names_its_maker(document: Entity, publisher: Entity) -> bool:
    """Whether a named document's name holds a word of its publisher's name ("CBS News poll"
    of CBS News, "Post-ABC poll" of the Washington Post-ABC News): then the name already
    says who made it; a name of its own ("American Community Survey", "Millennial Poll", an
    initialism "PPIC poll") does not."""
    words = {w for w in re.split(r"[^\w]+", publisher.name.lower()) if len(w) > 1}
    return bool((words - GENERIC_NAME_WORDS) & set(re.split(r"[^\w]+", document.name.lower())))


def _last_before(positions: list[int], before: int) -> int:
    j = bisect.bisect_left(positions, before)
    return positions[j - 1] if j else -1

"""The resolver's rules for one shape of mention: pronouns. Run by
:class:`quotes.speakers.resolve.Resolver`, whose module describes the sieve and the salience
they share."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from quotes import labels as L
from quotes.document import Token
from quotes.marks import DOUBLE_CLOSE, DOUBLE_EITHER, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_OPEN
from quotes.records import GROUP, ORG, PERSON, Offsets
from quotes.speakers.lexicon import FEMALE, FIRST_PLURAL, FIRST_SINGULAR, MALE, PronounFeatures
from quotes.speakers.registry.model import (
    AGENT_SUFFIXES,
    EMBEDDED_CLAUSES,
    Entity,
    Mention,
    is_subject,
    is_topic_subject,
    subject_verb,
)
from quotes.speakers.registry.names import gender_of_form, person_noun_gender
from quotes.speakers.resolution import (
    AD_NOUNS,
    ASKING_VERBS,
    CERTAINTY,
    CHAINED_RULES,
    INDEFINITE,
    LEAD,
    NOT_NAME_TAGS,
    NOUN_CLAUSES,
    POSSESSIVE_OWNERS,
    QUOTED_REACH,
    RELATIVE_PRONOUNS,
    SECTION_LEAD,
    TIE_FACTOR,
    TIME_JUMP,
    TOPIC_DEPTH,
    UNRESOLVED,
    WINDOW,
    Resolution,
    after_section_break,
    agreement,
    inside_sorted,
    speaking_together,
    token_inside,
)
from quotes.speakers.rules import RuleFamily

if TYPE_CHECKING:
    from quotes.speakers.resolve import Resolver

#: Marks that open and close a quotation (quotes.marks' sets, as characters of the text and
#: as the tokenizer gives them: the Penn Treebank's doubled backtick and apostrophe too).
OPENING_MARKS = DOUBLE_OPEN | DOUBLE_EITHER | SINGLE_OPEN | {"``", "''"}
CLOSING_MARKS = DOUBLE_CLOSE | DOUBLE_EITHER | SINGLE_CLOSE | {"''"}
#: How many words back a quotation's opening mark is looked for.
QUOTATION_REACH = 200


class PronounRules(RuleFamily):
    """Pronouns: he / she / it / they / we, by the subject they continue (topic, host clause,
    conjunct) or by salience."""

    #: the document's lower-case words, built the first time one is asked for
    _lower: frozenset[str] | None = None

    def __init__(self, resolver: Resolver) -> None:
        super().__init__(resolver)
        #: per pronoun, the first token of the body naming a person it could mean
        self._first_person: dict[str, int] = {}

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
            if statement is None:
                statement = self._message_read_on(head, exclude)
            if statement is None and self.preposed_subject(head, exclude) is not None:
                return self.pronoun_by_salience(head, exclude)  # refers forward, not back
            if statement is None:
                statement = self._topic_goes_on(head, exclude)
            if statement is not None:
                return statement
        return self.pronoun_by_salience(head, exclude)

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
            return self.r.turns.interviewee(head)
        if self.doc[head].lower in FIRST_PLURAL and self._writers_own(head):
            return UNRESOLVED
        agree = agreement(feats)
        if agree is None:
            return UNRESOLVED
        for find, rule in (
            (self.host_subject, "pronoun"),
            (self._narrative_clause_subject, "pronoun"),
            (self.conjunct_subject, "conjunct_subject"),
            (self.owner_host, "owner_host"),
            (self.preposed_subject, "preposed"),
            (self._preposed_owner, "preposed"),
        ):
            if (entity := find(head, exclude)) is not None:
                return self.r.resolution_of(entity, rule, entity.role)
        if (
            self.doc[head].lower == "they"
            and (pair := self.r.groups.subject_pair_found(head)) is not None
        ):
            return replace(pair, rule="pronoun", certainty=CERTAINTY["pronoun"])
        if self.doc[head].lower == "they" and (group := self.r.groups.subject_group(head, exclude)):
            return group
        if self.doc[head].lower == "they" and (joined := self.r.groups.pair_joined_before(head)):
            together = speaking_together(joined, head)
            return replace(together, rule="pronoun", certainty=CERTAINTY["pronoun"])
        opener = self._section_subject(head, agree)
        if opener is not None:
            return self.r.resolution_of(opener, "section_topic", opener.role)
        if (owner := self._possessor_before(head, exclude)) is not None:
            return self.r.resolution_of(owner, "pronoun", owner.role)
        if (described := self._unnamed_subject_before(head, exclude)) is not None:
            return described
        askers = self._askers(head)

        gender = feats.gender

        def keep(e: Entity) -> bool:
            return (
                agree(e)
                and self.r.chain_agrees(e, gender, head)
                and not self.common_words_person(e)
                and e not in askers
            )

        prefer = self._own_clause_subject(head) | self._fronted_clause_subject(head)
        best, tie = self.r.most_salient(head, keep, exclude, prefer)
        if self.doc[head].lower == "they" and (best is None or best.type != GROUP):
            # an organisation for "they" only when no group of people fits (session 20)
            if (group := self.r.groups.object_group(head, exclude)) is not None:
                return group
        if self.doc[head].lower in ("their", "them") and best is not None and best.type == ORG:
            # "All this the Millennials missed. And now, for them, ...": a group subject before
            # outranks an organisation for "their" / "them" too (session 20)
            if (group := self.r.groups.subject_group(head, exclude)) is not None:
                return group
        if best is None:
            forward = self._headline_cataphor(head, agree)
            if forward is None:
                return UNRESOLVED
            return self.r.resolution_of(forward, "pronoun", forward.role)
        woman = self._known_woman(head, best, keep, exclude)
        if woman is not None:
            best, tie = woman, False
        speaker = self._speaker_not_talked_of(head, best, keep, exclude)
        if speaker is None:
            speaker = self._introduced_in_content(head, best, keep, exclude)
        if speaker is not None:
            best, tie = speaker, False
        certainty = CERTAINTY["pronoun"] * (TIE_FACTOR if tie else 1.0)
        if best.described and best.type == GROUP:
            named = self.r.groups.described_pair(best, head)
            if named is not None:
                return replace(named, rule="pronoun", certainty=certainty)
        if best.kind == "document":
            return replace(
                self.r.documents.document_resolution(best, "pronoun"), certainty=certainty
            )
        return Resolution(best.name, best.type, best.role, "pronoun", certainty, best)

    def _headline_cataphor(self, head: int, agree: Callable[[Entity], bool]) -> Entity | None:
        """ "Mayor attacks critics as he opens the new bridge ¶ RIVERTON - Tom Kessler
        defended ...": a he / she in the headline that nobody before it can mean refers
        forward, to the first person the lead makes a subject and the pronoun could mean, as
        a headline's description does (:meth:`DescriptionRules.headline`): the headline
        summarises the lead, which names its actors (van Dijk 1988). Only he / she / his /
        her / him, only within the body's first :data:`LEAD` sentences, never a name inside
        what was said; a pronoun of the body with nothing before it stays unresolved."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE):
            return None
        end = self.r.descriptions.doc_headline_end()
        if end is None or tok.start >= end or end >= len(doc.text):
            return None
        first = doc.token_at(end)
        if first >= len(doc):
            return None
        last = min(len(doc.sentences) - 1, doc[first].sent + LEAD - 1)
        lead = self.reg.mentions_between(first, doc.sentences[last].end)
        return next(
            (m.entity for m in lead if self._could_mean(m, agree) and is_subject(doc, m.token)),
            None,
        )

    def _possessor_before(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """A he/she that is its sentence's main subject, or a his/her that owns that subject
        ("His office said ...", "His mother ... said"), with nobody it could mean named
        before it in its sentence, is the one person it could mean whom the narrative
        sentence just before names, when that person is named there only as a possessor
        ("The fans sang Hale's name. His mother said ..." -> Hale) and that sentence's main
        subject is no one the pronoun could mean (a thing, "That", a group, a plural).

        Lappin & Leass (1994) weigh recency first (100 in the pronoun's sentence, halved per
        sentence back), and Hobbs (1978) searches the sentence before right after the
        pronoun's own; that sentence's subject being no candidate, its possessor is the
        nearest person who agrees. Salience had given the pronoun to a speaker quoted
        paragraphs before, whose source and subject points outweighed a possessor's one
        mention. Not when that sentence names two people who agree, or its subject is a
        person or a person's noun ("Mercer praised Hale's goal. He ..." is left to the
        topic rule and salience) (session 21, pronouns6)."""
        doc = self.doc
        narrated = self._narrated_he_she(head, exclude)
        if narrated is None:
            return None
        tok, _, agree = narrated
        subject = self.main_subject(tok.sent)
        if subject is None or not (
            subject.i == head or (tok.dep == L.POSS and tok.head == subject.i)
        ):
            return None
        start = doc.sentences[tok.sent].start
        if any(
            self._could_mean(m, agree) for m in self.r.mentions_and_pronouns_between(start, head)
        ):
            return None
        before = self.narrative_before(tok.sent)
        if before is None or not self._subject_no_candidate(before, agree):
            return None
        sentence = doc.sentences[before]
        named = [
            m
            for m in self.reg.mentions_between(sentence.start, sentence.end)
            if self._could_mean(m, agree)
        ]
        if not named or len({m.entity.id for m in named}) != 1:
            return None
        if not all(doc.compound_head(m.token).dep == L.POSS for m in named):
            return None
        return named[0].entity

    def _narrated_he_she(
        self, head: int, exclude: Sequence[Offsets]
    ) -> tuple[Token, PronounFeatures, Callable[[Entity], bool]] | None:
        """The pronoun at ``head``, its features and the agreement test of its gender, when it
        is a singular he/she/his/her of the narration (not inside what was said)."""
        tok = self.doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or feats.number != "sg":
            return None
        if inside_sorted(tok.start, self.r.quoted) or token_inside(tok, exclude):
            return None
        agree = agreement(feats)
        assert agree is not None  # he / she: a gender
        return tok, feats, agree

    def _unnamed_subject_before(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """A he/she/his/her with no person it could mean named before it in its sentence goes
        to a person the text describes but never names (a title nobody of the registry holds,
        "the Prime Minister"; the description rule's own words), when that description is a
        subject left of it in its own sentence ("Asked if the Prime Minister would resign if
        he lost, his spokesman said" -> the Prime Minister), or, for a main subject or the
        his/her owning it, the main subject of the narrative sentence just before ("The chief
        constable arrived at noon. He said ..."), with no person it could mean named there.

        Hobbs (1978) searches the pronoun's sentence left to right first, then the sentence
        before; Lappin & Leass (1994) weigh recency so that a mention in the pronoun's
        sentence or the one before beats an older salient one. Salience ranks the registry's
        entities only, and a description no name resolves is none of them, so the pronoun
        went to a man quoted paragraphs before. The pronoun takes the description's words, as
        the description itself resolves (session 21, pronouns6). Not a description of the
        other gender ("the first lady"), a plural, or one a rule tied to a named person."""
        doc = self.doc
        narrated = self._narrated_he_she(head, exclude)
        if narrated is None:
            return None
        tok, feats, agree = narrated
        sentence = doc.sentences[tok.sent]
        if self._names_one_of(sentence.start, head, agree):
            return None
        for i in range(sentence.start, head):
            if doc[i].dep in (L.NSUBJ, L.NSUBJ_PASS) and doc[i].head != tok.head:
                if self.pronoun_of(sentence.start, i, feats.gender):
                    return None  # "He said the minister ... his": another man in play first
                found = self._unnamed_person(i, feats.gender, exclude, reported=True)
                if found is not None:
                    return replace(found, rule="pronoun", certainty=CERTAINTY["pronoun"])
        main = self.main_subject(tok.sent)
        if main is None or not (main.i == head or (tok.dep == L.POSS and tok.head == main.i)):
            return None
        before = self.narrative_before(tok.sent)
        if before is None or (subject := self.main_subject(before)) is None:
            return None
        if doc[subject.head].lemma in ASKING_VERBS:
            return None  # "A reporter asked if ... “...,” he said": the one asked answers
        earlier = doc.sentences[before]
        if (
            self._names_one_of(earlier.start, earlier.end, agree)
            or self.pronoun_of(earlier.start, subject.i, feats.gender)
            or self.pronoun_of(subject.i + 1, earlier.end, feats.gender, objects=True)
        ):
            return None  # "A friend referred to him as ...": the friend speaks of another
        if self.pronoun_of(sentence.start, head, feats.gender):
            return None
        found = self._unnamed_person(subject.i, feats.gender, exclude)
        if found is None:
            return None
        return replace(found, rule="pronoun", certainty=CERTAINTY["pronoun"])

    def _names_one_of(self, lo: int, hi: int, agree: Callable[[Entity], bool]) -> bool:
        """Whether tokens ``[lo, hi)`` name a person ``agree`` accepts, in what was said too."""
        return any(
            m.entity.type == PERSON and agree(m.entity) for m in self.reg.mentions_between(lo, hi)
        )

    def pronoun_of(self, lo: int, hi: int, gender: str, objects: bool = False) -> bool:
        """Whether tokens ``[lo, hi)`` hold a singular third-person pronoun of ``gender`` ("he",
        "his", "him"): someone of that gender already in play. ``objects``: only a pronoun
        that is no subject and no possessive ("him", "her" as an object), which after a
        clause's subject is someone else (binding: "A friend referred to him"), where a "his"
        may be the subject's own ("the former president described his outburst")."""
        doc = self.doc
        for i in range(lo, hi):
            tok = doc[i]
            feats = self.lex.pronouns.get(tok.lower)
            if feats is None or not (tok.pos == "PRON" or tok.tag == "PRP$"):
                continue
            if objects and (tok.dep in L.SUBJECTS or tok.dep == L.POSS or tok.tag == "PRP$"):
                continue
            if (feats.person, feats.number, feats.gender) == (3, "sg", gender):
                return True
        return False

    def _unnamed_person(
        self, i: int, gender: str, exclude: Sequence[Offsets], reported: bool = False
    ) -> Resolution | None:
        """What the subject at ``i`` resolves to when it describes one person nobody of the
        registry is (a singular noun, its description rule's words of type PERSON with no
        entity) of a gender that does not rule out ``gender``; else None. Outside what was
        said, unless ``reported``: in the pronoun's own sentence a clause a claim reports
        ("Asked if the Prime Minister would resign, his spokesman said") is still searched."""
        doc = self.doc
        tok = doc[i]
        if (
            tok.pos not in ("NOUN", "PROPN")
            or tok.tag not in ("NN", "NNP")
            or i in self.reg.at_token
        ):
            return None
        if token_inside(tok, exclude) or not reported and inside_sorted(tok.start, self.r.quoted):
            return None
        if not doc.kids(i, L.DET):
            return None  # "Judge doesn't have ...": a bare title is a name the NER missed
        found = self.r.lookup(i, self._up_to_comma(i), exclude)
        if found.type != PERSON or found.entity is not None or found.rule != "description":
            return None
        said = self.lex.role_gender(found.role) if found.role else self._person_noun_gender(tok)
        return found if said in ("", gender) else None

    def _subject_no_candidate(self, sent: int, agree: Callable[[Entity], bool]) -> bool:
        """Whether sentence ``sent`` has a main subject that no he/she could mean: a thing,
        a demonstrative, a plural; not a person, a pronoun for one, or a noun for people."""
        subject = self.main_subject(sent)
        if subject is None:
            return False
        if subject.tag in ("NNS", "NNPS") or subject.lower in ("they", "that", "this", "it"):
            return True
        entity = self.reg.at_token.get(subject.i)
        if entity is not None:
            return entity.type != PERSON
        return subject.pos == "NOUN" and not self.names_people(subject)

    def _known_woman(
        self, head: int, best: Entity, keep: Callable[[Entity], bool], exclude: Sequence[Offsets]
    ) -> Entity | None:
        """For a she/her whose salience pick is a person named by one word alone and of
        unknown gender, the most salient person known to be a woman in the near window, if
        any ("Ann Cole ... Hale said ... She" -> Ann Cole when the text never gives Hale a
        first name). A person the text names by a surname alone is far more often a man in
        news copy, which names men by their surnames alone more often than women; a woman
        the text has shown to be one (a first name, "Mrs.", "spokeswoman", her pronouns) is
        the surer antecedent of "she": gender agreement is the strongest filter of pronoun
        resolution (Lappin & Leass 1994; Lee et al. 2013). Not a person whose first name
        shows no gender ("Kelly", "Erin", "Robin"): unisex names are often women's. Only for
        "she" / "her": an unknown "he" is left to salience (session 21)."""
        feats = self.lex.pronouns.get(self.doc[head].lower)
        if feats is None or feats.gender != FEMALE or best.type != PERSON or best.gender:
            return None
        if best.first_name:
            return None
        window = self.r.descriptions.window_entities(head, WINDOW)
        women = {e for e in window if keep(e) and e.type == PERSON and e.gender == FEMALE}
        found, _ = self.r.ranked(head, women, exclude, {}, WINDOW)
        return found

    def _fronted_clause_subject(self, head: int) -> frozenset[int]:
        """For a he/she subject, the person an adverbial clause put before it on its own verb
        names as that clause's subject ("While Lee agrees with much of Ford's plan, he
        said ..." -> Lee), to win a tie of salience; else nobody. Hobbs (1978) searches
        the pronoun's own sentence left of its path first, the fronted clause's subject
        before the possessor inside that clause's object; salience breaks a tie by the
        mention named last, which is the possessor (session 21)."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or tok.dep not in L.SUBJECTS:
            return frozenset()
        agree = agreement(feats)
        assert agree is not None
        for clause in doc.kids(tok.head, L.ADVCL):
            if clause.i > head:
                continue
            for subject in doc.kids(clause.i, L.NSUBJ, L.NSUBJ_PASS):
                entity = self.reg.at_token.get(subject.i)
                if entity is not None and entity.type == PERSON and agree(entity):
                    return frozenset({entity.id})
        return frozenset()

    def _own_clause_subject(self, head: int) -> frozenset[int]:
        """For a possessive his/her in the predicate of a clause, the person that clause's
        subject names before it ("Ann Lee, a Ford supporter, stirred a row over her remark"
        -> Ann Lee), to win a tie of salience; else nobody. Hobbs (1978) searches the
        pronoun's own clause, left of its path, before anything else, and finds its
        subject first; salience breaks a tie by the mention named last, here a name inside
        the subject's own apposition ("a Ford supporter"). Not when another agreeing person
        is named between the subject's phrase and the pronoun ("Lee said in reference to
        Ford's stance and her promise ...": Hobbs would take Lee, but it is Ford's)."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or tok.dep != L.POSS:
            return frozenset()
        clause = next((a for a in doc.ancestors(head) if a.pos in ("VERB", "AUX")), None)
        if clause is None:
            return frozenset()
        agree = agreement(feats)
        assert agree is not None
        for subject in doc.kids(clause.i, L.NSUBJ, L.NSUBJ_PASS):
            entity = self.reg.at_token.get(subject.i)
            if subject.i > head or entity is None or entity.type != PERSON or not agree(entity):
                continue
            end = max(doc.subtree(subject.i)) + 1  # its own apposition aside
            if any(
                m.entity.type == PERSON and agree(m.entity) and m.entity is not entity
                for m in self.reg.mentions_between(end, head)
            ):
                return frozenset()  # "Lee said in reference to Ford's stance and her ..."
            return frozenset({entity.id})
        return frozenset()

    def _speaker_not_talked_of(
        self, head: int, best: Entity, keep: Callable[[Entity], bool], exclude: Sequence[Offsets]
    ) -> Entity | None:
        """The speaker of a quotation that speaks of a third person of the pronoun's gender
        ("“He would have been a fine pilot,” he said"): two people of that gender are in
        play, and the speaker is the one who has been speaking, not the one only talked
        about. When salience's pick was, in the window, neither a claim's source nor the
        subject of a clause of the narrative (named as an object or a possessor, inside what
        someone said, in a clause below), and an agreeing person was a claim's source there,
        that source speaks (the most salient such). Issue 13: "a pronoun prefers
        antecedents that are sources of claims or subjects of sentences over people only
        talked about"; centering (Grosz, Joshi & Weinstein 1995) ranks the subject first,
        and a speaker calls themself "I" inside their own quotation, so its "he" is someone
        else.

        Only a he/she source; only words in quotation marks whose pronoun has no agreeing
        person named before it there; a person named as a subject in the narrative in
        between ("Jones rose at once. “He is wrong,” he said", "..., but Jones was not
        having it") keeps salience's pick."""
        doc = self.doc
        feats = self.lex.pronouns.get(doc[head].lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or best.type != PERSON:
            return None
        if not self._quotes_third_person(exclude, feats.gender):
            return None
        lo = self.r.window_start(head)
        sources = self.r.sources_between(lo, head)
        talked = self._talked_of_in_quotation(head, exclude, feats.gender)
        if best in sources and best not in talked:
            return None
        speakers = {e for e in sources if e.type == PERSON and keep(e) and e not in talked}
        if not speakers or any(
            self._narrative_subject(m)
            for m in self.r.mentions_and_pronouns_between(lo, head)
            if m.entity is best
        ):
            return None
        speaker, _ = self.r.ranked(head, speakers, exclude, {})
        return speaker

    def _introduced_in_content(
        self, head: int, best: Entity, keep: Callable[[Entity], bool], exclude: Sequence[Offsets]
    ) -> Entity | None:
        """The subject of a claim's content put before its he/she source, when the text
        introduces that person there ("Former Rep. Carl Dunn (R-Ohio) was for Jim Lowe while
        the governor ran, he said") and salience offered only a man talked about before (an
        object, a possessor, someone inside what was said): news copy introduces a speaker
        by full name in the paraphrase of their own words, and a person only talked about
        is the weakest antecedent (issue 13: sources and subjects before people talked
        about; pronouns4's test of who "is talked of").

        Only a he/she subject after the content (the first span of the claim's words ends
        before it); the content's subject a registry person who agrees and is named nowhere
        before the content; salience's pick, in the window, neither a claim's source nor a
        subject of the narrative."""
        doc = self.doc
        tok = doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or tok.dep not in L.SUBJECTS:
            return None
        if best.type != PERSON or not exclude:
            return None
        a, b = min(exclude)
        if b > tok.start:
            return None
        words = list(doc.tokens_in(a, b))
        roots = [i for i in words if not a <= doc[doc[i].head].start < b or doc[i].head == i]
        if len(roots) != 1:
            return None
        subjects = doc.kids(roots[0], L.NSUBJ, L.NSUBJ_PASS)
        if len(subjects) != 1:
            return None
        entity = self.reg.at_token.get(subjects[0].i)
        if entity is None or entity is best or entity.type != PERSON or not keep(entity):
            return None
        if not entity.mentions or entity.mentions[0] < words[0]:
            return None  # named before (its first mention, sorted): the content speaks of them
        lo = self.r.window_start(head)
        if best in self.r.sources_between(lo, head) or any(
            self._narrative_subject(m)
            for m in self.r.mentions_and_pronouns_between(lo, head)
            if m.entity is best
        ):
            return None
        return entity

    def _talked_of_in_quotation(
        self, head: int, exclude: Sequence[Offsets], gender: str
    ) -> set[Entity]:
        """Whom the claim's quoted he/him/his of ``gender`` before ``head`` resolved to in the
        pronoun chain (:meth:`Resolver.chain_upto`): the person its speaker talks about. A
        speaker calls themself "I" in their own quotation, so that person is not the one
        speaking, though a claim of their own came just before ("forcing Carl Dunn to drop
        his opposition to the checks. “Those town halls changed him,” he said": Dunn holds a
        stance, and is talked of)."""
        doc = self.doc
        chain = self.r.chain_upto(head)
        found: set[Entity] = set()
        for a, b in exclude:
            if not self._opens_quotation(a, b):
                continue
            for i in doc.tokens_in(a, b):
                if i >= head:
                    break
                feats = self.lex.pronouns.get(doc[i].lower)
                if feats is None or (feats.person, feats.number, feats.gender) != (3, "sg", gender):
                    continue
                k = bisect.bisect_left(chain, i)
                if k < len(chain) and chain[k] == i:
                    found.add(self.r._chain_mentions[k].entity)
        return found

    def _quotes_third_person(self, exclude: Sequence[Offsets], gender: str) -> bool:
        """Whether a claim's words in quotation marks hold a singular third-person pronoun
        of ``gender`` ("him", "his", "he") whose antecedent is outside them: none agreeing
        named before it there ("when a woman becomes a mother, she is supported" speaks of
        the woman it names)."""
        doc = self.doc
        for a, b in exclude:
            if not self._opens_quotation(a, b):
                continue
            for i in doc.tokens_in(a, b):
                tok = doc[i]
                feats = self.lex.pronouns.get(tok.lower)
                if feats is not None and (tok.pos == "PRON" or tok.tag == "PRP$"):
                    if (feats.person, feats.number, feats.gender) == (3, "sg", gender):
                        return True
                    continue
                entity = self.reg.at_token.get(i)
                if entity is not None and entity.type == PERSON and entity.gender in (gender, ""):
                    break  # a person named inside: the pronouns after it may be theirs
                if self._person_noun_gender(tok) in (gender, ""):
                    break
        return False

    def _opens_quotation(self, a: int, b: int) -> bool:
        """Whether the words at ``[a, b)`` are a quotation: they open on a quotation mark,
        or one stands right before them."""
        text = self.doc.text
        first = text[a:b].lstrip()[:2]
        before = text[max(0, a - 3) : a].rstrip()[-2:]
        return any(w[:1] in OPENING_MARKS or w == "''" for w in (first, before[-1:], before))

    def _narrative_subject(self, mention: Mention) -> bool:
        """Whether ``mention`` is a subject that earns salience as one (the main clause's, a
        joined clause's or a reporting clause's: :func:`registry.is_topic_subject`),
        outside any claim's words."""
        if not mention.subject:
            return False
        start = self.doc[mention.token].start
        return not (self.r.quoted and inside_sorted(start, self.r.quoted))

    def _askers(self, head: int) -> list[Entity]:
        """Who asks, in an adverbial clause of asking before a he/she subject: "When asked by
        the judge whether he had any questions, he said no", "When Hart asked whether he
        understood, he said he did", "Pressed by Hart on the deal, she said ...": the agent of
        the passive asking verb, or the subject of the active one with no object. The one
        asked answers, so the asker is no antecedent of the main clause's subject (the form
        :meth:`_described_source_goes_on` and :meth:`sentence_topic` give a claim's asker,
        :data:`ASKING_VERBS`): the implied subject of the participle ("asked") is the main
        clause's subject, and the agent is someone else. Salience had given the pronoun to
        the asker, the last person named before it. An active asking verb with an object
        names the one asked ("After Hart asked Reyes whether ..., he said"): either may
        speak next, and salience decides as before."""
        doc = self.doc
        tok = doc[head]
        if self._he_she_subject(tok) is None:
            return []
        askers: list[Entity] = []
        for clause in doc.kids(tok.head, L.ADVCL):
            if clause.i > head or clause.lemma not in ASKING_VERBS:
                continue
            if doc.kids(clause.i, L.OBJ, L.IOBJ):
                continue  # "After Hart asked Reyes whether ..., he ...": the one asked is named
            who = [k for by in doc.kids(clause.i, L.AGENT) for k in doc.kids(by.i, L.POBJ)]
            for asker in who + doc.kids(clause.i, L.NSUBJ):
                done = self.r._done.get(asker.i)
                entity = done.entity if done is not None else self.reg.at_token.get(asker.i)
                if entity is not None:
                    askers.append(entity)
        return askers

    def common_words_person(self, entity: Entity) -> bool:
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
        if entity in self.r._source_entities:
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
        end = self.r.descriptions.doc_headline_end()
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
        a capitalised PERSON of the NER may be made of (:meth:`common_words_person`)."""
        if self._lower is None:
            words = {t.text for t in self.doc.tokens if t.text.islower()}
            words |= {t.lemma for t in self.doc.tokens if t.text.islower()}
            self._lower = frozenset(words)
        return self._lower

    def main_subjects_before(self, head: int) -> Iterator[int]:
        """The subjects of main clauses before ``head`` in its sentence, then in the
        sentence before (the centering window of :meth:`GroupRules.subject_pair_found`)."""
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
        for done_head, found in reversed(self.r._done.items()):
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
            subject = self.main_subject(tok.sent)
        elif verb.head == verb.i and doc.sentences[tok.sent].start == min(doc.subtree(verb.i)):
            subject = self.main_subject(tok.sent - 1) if tok.sent > 0 else None
        else:
            return None  # not a main clause's subject, or not at the sentence's start
        if subject is None or not self.r.documents.document_noun(subject) or subject.tag != "NN":
            return None
        return self._subject_as_source(subject, exclude)

    def _message_read_on(
        self, head: int, exclude: Sequence[Offsets], depth: int = 0
    ) -> Resolution | None:
        """ "The email, released by Harbor Watch, was sent by Tom Reed. Two guards were hurt. ¶
        '...,' it reads. ¶ '...,' it said.": "it" in the reporting clause after a quotation
        that opens its sentence is the message (a singular statement or document noun) that
        was the main subject of the nearest sentence before whose subject could be "it",
        resolved as that noun phrase is (its writer, where the text names one); a sentence
        whose subject is plural ("Two guards") cannot hold it and is passed over, and an "it"
        of the same kind there goes on as that one does.

        Centering (Grosz, Joshi & Weinstein 1995): the subject of an utterance is the likeliest
        referent of the next one's subject pronoun, and a quotation read out of a document
        keeps the document the centre. Without this "it" went by salience to an organisation
        named in between (the group that released the email). Only two sentences back, only a
        noun of ``source_nouns.txt`` or of kind statement or document; else None."""
        doc = self.doc
        tok = doc[head]
        if tok.lower != "it" or tok.dep != L.NSUBJ:
            return None
        opening = self._opening_quotation(head)
        if opening is None:
            return None
        first = doc[opening].sent
        for sent in range(first - 1, max(-1, first - 3), -1):
            subject = self.main_subject(sent)
            if subject is None:
                return None
            if subject.tag in ("NNS", "NNPS") or subject.lower == "they":
                continue  # "Two guards were hurt": no antecedent of "it"
            if subject.lower == "it" and depth < 3:
                return self._message_read_on(subject.i, exclude, depth + 1)
            statement = self.r.relatives.statement_noun(subject)
            if subject.tag != "NN" or not (statement or self.r.documents.document_noun(subject)):
                return None
            return self._subject_as_source(subject, exclude)
        return None

    def _subject_as_source(self, subject: Token, exclude: Sequence[Offsets]) -> Resolution | None:
        """The pronoun resolved as the subject noun phrase it continues would be, up to its
        first comma as the claim finder marks a source ("The study, published in ..."); None
        when that phrase lies inside the claim's own words or resolves to no one."""
        indices = self._up_to_comma(subject.i)
        if any(token_inside(self.doc[i], exclude) for i in indices):
            return None
        found = self.r.lookup(subject.i, indices, exclude)
        if found.speaker is None:
            return None
        return replace(found, rule="pronoun", certainty=CERTAINTY["pronoun"])

    def _opening_quotation(self, head: int) -> int | None:
        """The opening mark of the quotation a main clause's subject ``head`` follows ('"...,"
        it said', the closing mark right before it), when that quotation opens its sentence
        (the sentence splitter may have cut a long one in several); else None."""
        doc = self.doc
        verb = doc[doc[head].head]
        if verb.head != verb.i or head < 3 or doc[head - 1].text not in CLOSING_MARKS:
            return None
        for k in range(head - 2, max(-1, head - QUOTATION_REACH), -1):
            if doc[k].text == "\u201d":
                return None  # another quotation closed before: not one quotation
            if doc[k].text in OPENING_MARKS:
                opens = doc.sentences[doc[k].sent].start == k
                return k if opens else None
        return None

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

    def main_subject(self, sent: int) -> Token | None:
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
        earlier = next(
            ((h, found) for h, found in reversed(self.r._done.items()) if h < head), None
        )
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
        if any(
            self._could_mean(m, agree)
            for m in self.r.mentions_and_pronouns_between(before_head + 1, head)
        ):
            return None  # a person named in between may be who "he" is
        # "One California delegate": the parser makes "One" a number, an indefinite all the
        # same (Quirk et al. 1985, 5.53: "one" as the stressed indefinite article; pronouns6)
        indefinite = any(k.lower in INDEFINITE for k in doc.kids(before_head, L.DET)) or any(
            k.lower == "one" for k in doc.kids(before_head, L.NUMMOD)
        )
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
        if inside_sorted(tok.start, self.r.quoted) or token_inside(tok, exclude):
            return None
        agree = agreement(feats)
        assert agree is not None  # he / she: a gender
        start = doc.sentences[tok.sent].start
        if any(
            self._could_mean(m, agree) for m in self.r.mentions_and_pronouns_between(start, head)
        ):
            return None  # a person named before it in its sentence: salience and Hobbs decide
        if TIME_JUMP.match(doc.text, doc.text.rfind("\n", 0, tok.start) + 1):
            return None  # "In 2009 she ...": a new segment, the sentence before is not its topic
        before = self.narrative_before(tok.sent)
        if before is None:
            return None
        topic = self.sentence_topic(before, exclude, depth)
        if topic is None or topic[1].type not in (PERSON, GROUP):
            topic = self._reported_person(before) or topic  # "The ministry announced Lund ..."
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
        if inside_sorted(tok.start, self.r.quoted):
            return None
        opens = doc.text.rfind("\n", 0, tok.start) + 1
        if not (after_section_break(doc.text, opens) or TIME_JUMP.match(doc.text, opens)):
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
        for h, found in self.r._done.items():
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

    def _reported_person(self, sent: int) -> tuple[int, Resolution] | None:
        """The named person who is the subject of what the main clause of sentence ``sent``
        reports, when that main clause's subject is an organisation or a thing: in "The
        ministry announced Paul Lund was stepping down. He had run the port for ten years."
        "He" is Lund. Centering (Grosz, Joshi & Weinstein 1995) ranks the previous
        utterance's entities, subject first; a he/she cannot continue a subject that is no
        person, so the next one down is the subject of the clause the verb reports (its
        ``ccomp``), before any object. Only a name of the registry (a PERSON), under a verb
        outside any claim's words (the clause it reports often is one); a main subject that
        is a person or people ("Aides said Lee ...") is left alone, "he" may be one of them
        (an organisation of the registry is no person, though its noun is a group's: "the
        government")."""
        doc = self.doc
        subject = self.main_subject(sent)
        if subject is None or subject.pos not in ("NOUN", "PROPN"):
            return None
        if inside_sorted(doc[subject.head].start, self.r.quoted):
            return None  # the reporting verb is the narrative's, what it reports a claim's
        owner = self.reg.at_token.get(subject.i)
        if owner.type in (PERSON, GROUP) if owner else self.names_people(subject):
            return None  # a person or people: "he" may be one of them
        reported = self.reported_entity(subject.i, PERSON)
        if reported is None:
            return None
        said, entity = reported
        return said, Resolution(
            entity.name, entity.type, entity.role, "topic", CERTAINTY["topic"], entity
        )

    def narrative_before(self, sent: int) -> int | None:
        """The sentence of narrative just before sentence ``sent``: sentences wholly inside
        a quotation skipped (:meth:`Resolver.narrative_counts`), at most
        :data:`QUOTED_REACH` back."""
        narrative = self.r.narrative_counts()
        if sent >= len(narrative):
            return None
        for k in range(sent - 1, max(-1, sent - 1 - QUOTED_REACH), -1):
            if k == 0 or narrative[k] != narrative[k - 1]:
                return k if narrative[k] > 0 else None
        return None

    def sentence_topic(
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
            if tok.dep not in L.SUBJECTS or inside_sorted(tok.start, self.r.quoted):
                continue
            if not is_topic_subject(doc, i) or not self._in_main_clause(i):
                return None  # the sentence opens on another clause's subject: no sure topic
            if self._asks(doc[tok.head]) or token_inside(tok, exclude):
                return None
            done = self.r._done.get(i)
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
            found = self.r.lookup(i, indices, exclude)
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
            if found.rule == "definite" and self.r.descriptions.named_just_before(
                i, {found.entity}
            ):
                return i, found  # "... from Tom Brennan. The striker, 19, ..." (pronouns6)
            return None  # a title two people hold ("the senator") is a guess to go on from
        return None

    def _asks(self, verb: Token) -> bool:
        """Whether ``verb`` asks someone (:data:`ASKING_VERBS`): "Lee asked Ford ...",
        "Lee pressed the minister on ...", "Lee questioned whether ...". Not "question",
        "press" or "query" with a thing as its object ("Ostrow questioned the cost of the plan",
        "Lee pressed the case"): that disputes or pushes something, and nobody asked
        answers, so its subject stays the sentence's topic. "ask" keeps its sense with any
        object ("Lee asked a question")."""
        if verb.lemma not in ASKING_VERBS:
            return False
        if verb.lemma == "ask":
            return True
        objects = self.doc.kids(verb.i, L.OBJ)
        return not any(
            o.pos == "NOUN" and o.i not in self.reg.at_token and not self.names_people(o)
            for o in objects
        )

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
                if actor and tok.dep in NOUN_CLAUSES and not self._in_content(tok, verb):
                    return False
                while tok.dep == L.CONJ and tok.i != verb.i:
                    tok = doc[tok.head]  # "Price spoke first, and Okoro spoke after her"
                return tok.i != verb.i and doc.is_ancestor(verb.i, tok.i)
        return False

    def _in_content(self, clause: Token, verb: Token) -> bool:
        """Whether ``clause`` lies inside a clausal complement of ``verb``: what the subject
        said or thought ("Ostrow said the delay helped Vance, who did not need to prove it
        as Brandt did"). The reported content is a clause below the subject's, so its
        people rank below the subject however they stand in it (Kameyama 1998), the actor
        of a clause describing a noun too (:meth:`_ranked_below`)."""
        doc = self.doc
        tok = clause
        while tok.head != tok.i and tok.i != verb.i:
            if tok.dep == L.CCOMP:
                return doc[tok.head].i == verb.i or doc.is_ancestor(verb.i, tok.head)
            tok = doc[tok.head]
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
        found = self.r.roles.mention_role(indices, head)
        if found is None:
            return False
        return len([e for e in self.reg.holders(found[1]) if e.type == PERSON]) == 1

    def _could_mean(self, mention: Mention, agree: Callable[[Entity], bool]) -> bool:
        """Whether ``mention`` names, outside what was said, a person a pronoun that ``agree``
        tests could mean."""
        return (
            mention.entity.type == PERSON
            and agree(mention.entity)
            and not inside_sorted(self.doc[mention.token].start, self.r.quoted)
        )

    def _first_body_person(self, pronoun: str, agree: Callable[[Entity], bool]) -> int:
        """The first token of the body (the headline aside) that names, outside what was said,
        a person ``pronoun`` could mean; len(doc) when there is none. Found once per pronoun."""
        if pronoun not in self._first_person:
            cut = self.r.descriptions.doc_headline_end()
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
        if inside_sorted(self.doc[head].start, self.r.quoted):
            return False
        starts, answers, person = self.r.turns.transcript()
        k = bisect.bisect_right(starts, self.doc[head].start) - 1
        return not (person is not None and k >= 0 and answers[k])

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
                found = self.r.lookup(subj.i, doc.subtree(subj.i), exclude)
                if found is not None and found.entity is not None:
                    return replace(found, rule="pronoun", certainty=CERTAINTY["pronoun"])
        return None

    def _he_she_subject(self, tok: Token) -> Callable[[Entity], bool] | None:
        """What the subject pronoun "he"/"she" at ``tok`` can mean, as a test on entities
        (:func:`agreement`); None for any other pronoun or word, or a he/she that is no
        subject. The clause rules below (:meth:`host_subject`, :meth:`_narrative_clause_subject`,
        :meth:`conjunct_subject`, :meth:`owner_host`, :meth:`preposed_subject`) all take
        only a gendered subject: its gender picks one person out of a clause's subjects, and
        binding and parallelism (Hobbs 1978; Kameyama 1986) speak of subjects."""
        feats = self.lex.pronouns.get(tok.lower)
        if feats is None or feats.gender not in (MALE, FEMALE) or tok.dep not in L.SUBJECTS:
            return None
        return agreement(feats)

    def host_subject(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """A he/she subject of a clause under another clause is that clause's subject when it
        stands before the pronoun and agrees: "Ann Lee faced criticism after she praised the
        plan" is Ann Lee, however salient someone of the sentences before. Hobbs (1978) looks
        through the pronoun's own sentence, from the clause above it, before the sentences
        before; binding keeps a pronoun off its own clause's subject, not the host's."""
        doc = self.doc
        tok = doc[head]
        if (agree := self._he_she_subject(tok)) is None:
            return None
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
                if subject.i == head or entity is None or token_inside(subject, exclude):
                    continue
                if subject.i < head and entity.type == PERSON and agree(entity):
                    return entity
            return None
        return None

    def _narrative_clause_subject(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """A he/she subject of a verb that a narrative clause before it hangs on is that
        clause's subject: the parser hangs "Vice President Ann Lee weighed in, telling a
        paper ..., “...,” she said" and "Tom Reed ... ticked through the rules: “...,” he
        said" on the reporting verb as a clausal complement (`ccomp`) that is no part of
        the claim's words, so it reports nothing: it is the narrative of the one who then
        speaks. Hobbs (1978) searches the pronoun's own sentence before the sentences
        before, and that clause's subject is the first person found; salience had given
        the pronoun to a speaker of the paragraphs before, whose chain outweighs one name.

        Only a complement outside the claim's words, before the pronoun, whose subject is a
        registry person who agrees; nobody else agreeing named between that subject's
        phrase and the pronoun, names inside another noun ("the Lee family") aside."""
        doc = self.doc
        tok = doc[head]
        if (agree := self._he_she_subject(tok)) is None:
            return None
        for clause in doc.kids(tok.head, L.CCOMP):
            if clause.i > head or token_inside(clause, exclude):
                continue
            for subject in doc.kids(clause.i, L.NSUBJ, L.NSUBJ_PASS):
                entity = self.reg.at_token.get(subject.i)
                if entity is None or entity.type != PERSON or not agree(entity):
                    continue
                if token_inside(subject, exclude):
                    continue
                end = max(doc.subtree(subject.i)) + 1
                if any(
                    m.entity.type == PERSON
                    and agree(m.entity)
                    and m.entity is not entity
                    and not m.embedded
                    and not token_inside(doc[m.token], exclude)
                    for m in self.reg.mentions_between(end, head)
                ):
                    return None
                return entity
        return None

    def conjunct_subject(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """A he/she subject of the second of two clauses joined by "and" / "but" is the
        first clause's subject when that is a person named before it who agrees: "Hill let
        Ortiz speak first, and then, flanked by aides, he spoke for half an hour" is Hill,
        however salient Ortiz. Parallelism (Kameyama 1986; Lappin & Leass 1994 give a
        parallel subject its own weight): coordinated clauses share their topic, and the
        object of the first clause (Ortiz) is no rival for the second one's subject."""
        doc = self.doc
        tok = doc[head]
        if (agree := self._he_she_subject(tok)) is None:
            return None
        verb = doc[tok.head]
        if verb.dep != L.CONJ or verb.head == verb.i:
            return None
        subjects = doc.kids(verb.head, L.NSUBJ, L.NSUBJ_PASS)
        if len(subjects) != 1 or subjects[0].i > head or token_inside(subjects[0], exclude):
            return None
        entity = self.reg.at_token.get(subjects[0].i)
        if entity is None or entity.type != PERSON or not agree(entity):
            return None
        return entity

    def owner_host(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
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
        if (agree := self._he_she_subject(tok)) is None:
            return None
        subject = self.main_subject(tok.sent)
        if subject is None or subject.i >= head or subject.pos != "NOUN":
            return None
        if tok.head == subject.head or self.names_people(subject):
            return None
        owners = doc.kids(subject.i, L.POSS)
        if len(owners) != 1 or owners[0].pos != "PROPN" or token_inside(owners[0], exclude):
            return None
        entity = self.reg.at_token.get(owners[0].i)
        if entity is None or entity.type != PERSON or not agree(entity):
            return None
        if any(
            m.entity.type == PERSON and agree(m.entity) and m.entity is not entity
            for m in self.reg.mentions_between(owners[0].i + 1, head)
        ):
            return None  # quoted words too: "portraying Lee as one who says what he ..."
        return entity

    def preposed_subject(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """A he/she subject of a clause inside a prepositional phrase that opens its sentence
        is the main clause's subject after it, a named person who agrees: "In what she called
        a historic vote, Mayor Ann Lee said ..." is Ann Lee. Lappin & Leass (1994) let a
        pronoun in a preposed phrase refer forward; :meth:`cataphor` does so for a
        possessive or an object, this for a subject inside the phrase.

        Only a phrase whose preposition is the sentence's first word and hangs on its root,
        a root with one subject after the pronoun; nobody it could mean named between them.
        Not an adverbial clause ("When he arrived, Lee ...": it may be someone before)."""
        doc = self.doc
        tok = doc[head]
        if (agree := self._he_she_subject(tok)) is None:
            return None
        first = doc[doc.sentences[tok.sent].start]
        if first.dep != L.PREP or first.pos != "ADP" or not doc.is_ancestor(first.i, head):
            return None
        root = doc[first.head]
        subjects = doc.kids(root.i, L.NSUBJ, L.NSUBJ_PASS)
        if root.head != root.i or len(subjects) != 1 or subjects[0].i < head:
            return None
        entity = self.reg.at_token.get(subjects[0].i)
        if entity is None or entity.type != PERSON or not agree(entity):
            return None
        if token_inside(subjects[0], exclude) or any(
            m.entity.type == PERSON and agree(m.entity) and m.entity is not entity
            for m in self.reg.mentions_between(head + 1, subjects[0].i)
        ):
            return None
        return entity

    def _preposed_owner(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """A his/her that owns a claim's noun ("Despite his opposition to the tax, Jim Lowe
        voted for it") in a phrase opening its sentence refers forward to the main clause's
        subject, as the chain already takes such a possessive (:meth:`cataphor`): salience
        looked back only and gave it the man quoted before, or one named inside the phrase
        ("Despite his doubts about the plan Tom Reed backs, Jim Lowe ..."). Lappin & Leass
        (1994) allow cataphora for a pronoun in a preposed phrase; the subject must stand
        outside the claim's words.

        Only a possessive (``poss``) his/her; :meth:`cataphor`'s limits (a subject of the
        clause the phrase hangs on, the pronoun before that clause or in a phrase opening the
        sentence: :meth:`_preposed`); nobody it could mean named before it in its sentence
        (a man the phrase names first may own it: "Soon after a quarrel with Tom Reed over
        his criticism of the mayor, Jim Lowe ...")."""
        tok = self.doc[head]
        feats = self.lex.pronouns.get(tok.lower)
        if tok.dep != L.POSS or feats is None or feats.gender not in (MALE, FEMALE):
            return None
        entity = self.cataphor(tok, feats)
        if entity is None:
            return None
        agree = agreement(feats)
        start = self.doc.sentences[tok.sent].start
        if agree is not None and self._names_one_of(start, head, agree):
            return None  # "Soon after a quarrel with Reed over his criticism of ..., Lowe"
        subject = next(
            (m.token for m in self.reg.mentions_between(head + 1, self.doc.sentences[tok.sent].end)
             if m.entity is entity),
            None,
        )  # fmt: skip
        if subject is None or token_inside(self.doc[subject], exclude):
            return None
        return entity

    def names_people(self, tok: Token) -> bool:
        """Whether a common noun names a person or people: a role ("lawyer", "aides"), a
        description of kind ``person``, an agent noun ("backers") or a gendered form."""
        lex = self.lex
        if (
            lex.find_roles([tok.lower])
            or lex.find_roles([tok.lemma])
            or self.r.groups.group_head(tok)
        ):
            return True
        if "person" in lex.description_kinds.get(tok.lemma, frozenset()):
            return True
        return tok.lemma.endswith(AGENT_SUFFIXES) or bool(gender_of_form(tok.lemma))

    def cataphor(self, tok: Token, feats: PronounFeatures) -> Entity | None:
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
        """Whether ``tok`` lies in a phrase that opens its sentence and ends in a comma: the
        sentence's first word a preposition whose phrase holds ``tok`` and ends right before
        a comma (a verb inside it too: "Despite his opposition to the plan proposed by the
        board, ..."), or, whatever the parse, a comma within a few words of ``tok`` and no
        verb between."""
        doc = self.doc
        start = doc.sentences[tok.sent].start
        first = doc[start]
        opens = first.dep == L.PREP and first.pos in ("ADP", "SCONJ")
        if opens and doc.is_ancestor(first.i, tok.i):
            end = max(doc.subtree(first.i)) + 1
            if end < len(doc) and doc[end].text == ",":
                return True
        for k in range(tok.i + 1, min(len(doc), tok.i + 12)):
            if doc[k].text == ",":
                return doc[start].pos in ("ADP", "SCONJ", "ADV") and doc[start].i <= tok.i
            if doc[k].pos == "VERB":
                return False
        return False

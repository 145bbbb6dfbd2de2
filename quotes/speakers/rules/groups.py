"""The resolver's rules for one shape of mention: groups. Run by
:class:`quotes.speakers.resolve.Resolver`, whose module describes the sieve and the salience
they share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotes import labels as L
from quotes.document import Token
from quotes.lexicons import load_lexicon
from quotes.records import GROUP, ORG, PERSON, Offsets
from quotes.speakers.registry.groups import group_name, group_phrase
from quotes.speakers.registry.model import Entity, last_before
from quotes.speakers.resolution import (
    CERTAINTY,
    CONTRASTED_QUANTIFIERS,
    ELIDED_PARTITIVES,
    PAIR_NOUNS,
    PARTITIVE_HEADS,
    REPEATED_QUANTIFIERS,
    WINDOW,
    Resolution,
    phrase,
    speaking_together,
    token_inside,
)
from quotes.speakers.rules import RuleFamily
from quotes.speakers.rules.roles import plural_initialism

_ADDRESSING_VERBS = load_lexicon("addressing_verbs")


class GroupRules(RuleFamily):
    """Groups: unnamed people in the plural, pairs ("the two candidates", "both"), quantifiers
    over a group ("Several said")."""

    def partitive(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "One of them said", "Most of them agreed": a quantifier over "them" speaks for
        the group "them" means (Quirk et al. 1985, 5.24: the partitive "of"), found as any
        "they" is, by salience. A name in apposition ("One of them, Ann Lee, said") is left
        to :meth:`apposition`, and a noun after "of" ("some of his supporters") stays the
        phrase: it says more than the group it is drawn from."""
        doc = self.doc
        tok = doc[head]
        if (rest := self._others_of_contrast(head, exclude)) is not None:
            return rest
        if tok.lower not in PARTITIVE_HEADS or doc.kids(head, L.APPOS):
            return None
        if (group := self._elided_group(head)) is not None:
            return Resolution(group.name, GROUP, None, "partitive", CERTAINTY["pronoun"], group)
        if (words := self._repeated_quantifier(head)) is not None:
            return Resolution(words, GROUP, None, "partitive", CERTAINTY["pronoun"])
        for prep in doc.kids(head, L.PREP):
            objs = doc.kids(prep.i, L.POBJ) if prep.lower == "of" else []
            if len(objs) == 1 and objs[0].lower in ("them", "us"):
                group = self._salient_group(objs[0].i, exclude)
                if group is not None:
                    return Resolution(
                        group.name, GROUP, None, "partitive", CERTAINTY["pronoun"], group
                    )
        return None

    def _others_of_contrast(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "While some friends say he looks thin, others say ...", "Some men flirted, others
        argued": a bare "others" subject set against a "some" or "many" noun just before is
        the rest of that noun's set, so it speaks as that noun does (Quirk et al. 1985, 6.56
        and 5.24: "others" is the elliptic "other" + the noun of the contrast, which "some"
        sets up). The nearest "some N" / "many N" (or "some of the N") subject of its sentence
        or the one before decides; only a plural common or group noun, and only "others" with
        no words of its own ("others in the party" is its own phrase). Else None, and the
        phrase stays."""
        doc = self.doc
        tok = doc[head]
        if tok.lower != "others" or tok.dep not in L.SUBJECTS:
            return None
        if any(k.dep not in (L.ADVMOD, L.PUNCT, L.CC) for k in doc.kids(head)):
            return None
        start = doc.sentences[max(tok.sent - 1, 0)].start
        for k in range(head - 1, start - 1, -1):
            noun = self._contrasted_noun(k)
            if noun is None:
                continue
            found = self.r.lookup(noun, [noun], exclude)
            speaker = found.speaker
            if (
                found.entity is not None
                and speaker
                and speaker.split()[0].lower() not in CONTRASTED_QUANTIFIERS
            ):
                return replace(found, rule="partitive", certainty=CERTAINTY["pronoun"])
            # the set in its own words, the quantifier left out: "some friends" -> friends
            words = [
                i for i in group_phrase(doc, noun) if doc[i].lower not in CONTRASTED_QUANTIFIERS
            ]
            return Resolution(
                group_name(doc, words), GROUP, None, "partitive", CERTAINTY["pronoun"]
            )
        return None

    def _contrasted_noun(self, k: int) -> int | None:
        """The plural subject noun a "some" / "many" at ``k`` quantifies: "some friends",
        "some mainstream Republicans", "Some of the donors"; else None."""
        doc = self.doc
        quantifier = doc[k]
        if quantifier.lower not in CONTRASTED_QUANTIFIERS:
            return None
        noun = doc[quantifier.head]
        if quantifier.dep in L.SUBJECTS:  # "Some of the donors were employed ..."
            objs = [
                o for p in doc.kids(k, L.PREP) if p.lower == "of" for o in doc.kids(p.i, L.POBJ)
            ]
            if len(objs) != 1:
                return None
            noun = objs[0]
        elif quantifier.dep not in (L.DET, L.AMOD) or noun.dep not in L.SUBJECTS:
            return None
        if noun.tag not in ("NNS", "NNPS") and not self.group_head(noun):
            return None
        return noun.i

    def _elided_group(self, head: int) -> Entity | None:
        """ "The Republican candidates would shrink the department. ¶ Several said ...": a
        bare quantifier subject, its noun and "of them" left out (Quirk et al. 1985, 5.24 on
        the elliptic partitive), counts the group the sentence before made its subject; only
        a group of the registry there, never someone named, and only a quantifier with no
        words of its own ("Several Democrats said" is its own phrase). "Many" and "few" are
        left out: "Many speculated", "few believe" mean people at large, not the group before."""
        doc = self.doc
        tok = doc[head]
        if tok.lower not in ELIDED_PARTITIVES or tok.dep not in L.SUBJECTS:
            return None
        if list(doc.kids(head)):
            return None
        if (fronted := self._fronted_group(head)) is not None:
            return fronted
        if tok.sent == 0:
            return None
        subject = self.r.pronouns.main_subject(tok.sent - 1)
        entity = self.reg.at_token.get(subject.i) if subject is not None else None
        return entity if entity is not None and entity.type == GROUP else None

    def _repeated_quantifier(self, head: int) -> str | None:
        """ "While many rural teachers have criticised the plan, many said ...": a bare quantifier
        subject repeating the quantifier of a plural noun just before (in its sentence or the one
        before) takes that noun back, its noun left out as the parallel phrase gave it (Quirk et
        al. 1985, 12.36 on nominal ellipsis); the words of that phrase, quantifier and all ("many
        rural teachers"). Unlike :meth:`_elided_group` this takes "many" and "few" too: the
        repeated word, not the subject before, names the set. Only a quantifier with no words of
        its own ("many of the parents" has its noun), the nearest such phrase, a plural common
        noun; else None.
        """
        doc = self.doc
        tok = doc[head]
        if tok.lower not in REPEATED_QUANTIFIERS or tok.dep not in L.SUBJECTS:
            return None
        if list(doc.kids(head)):
            return None
        start = doc.sentences[max(tok.sent - 1, 0)].start
        for k in range(head - 1, start - 1, -1):
            noun = doc[doc[k].head]
            if doc[k].lower == tok.lower and doc[k].dep in (L.DET, L.AMOD) and noun.i > k:
                if noun.tag != "NNS":
                    return None
                return doc.text[doc[k].start : noun.end]
        return None

    def _fronted_group(self, head: int) -> Entity | None:
        """ "Of the delegates at the hall, several said", "In the world of Bush-era figures,
        who ..., some are saying": a bare quantifier subject counts the group a phrase fronted
        before it in its own clause names (the elliptic partitive, Quirk et al. 1985, 5.24,
        its set given just before). The first GROUP of the registry down the chain of
        prepositions and their objects of a phrase hung on the quantifier's verb before it
        (not inside a relative clause there: "figures, who ... failed to sway voters"), or
        of the phrase that opens the sentence, wherever the parser hung it (a long relative
        clause in the phrase may make its verb the sentence's root), four steps at most;
        else None."""
        doc = self.doc
        verb = doc[head].head
        opening = doc[doc.sentences[doc[head].sent].start]
        preps = [p for p in doc.kids(verb, L.PREP) if p.i < head]
        if opening.dep == L.PREP and opening.i < head and opening not in preps:
            preps.append(opening)
        for prep in preps:
            k: Token | None = prep
            for _ in range(4):
                if k is None:
                    break
                objs = doc.kids(k.i, L.POBJ)
                if not objs:
                    break
                entity = self.reg.at_token.get(objs[0].i)
                if entity is not None and entity.type == GROUP:
                    return entity
                k = next(iter(doc.kids(objs[0].i, L.PREP)), None)
        return None

    def among_those(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "Among those distressed by the vote is the Farm Council": "those" is the subject
        the fronted phrase counts among them (:meth:`RelativeRules.one_among`), resolved as
        that mention is; only the demonstrative "those" itself, and only a subject that resolves."""
        if self.doc[head].lower != "those" or (member := self.r.relatives.one_among(head)) is None:
            return None
        found = self.r.lookup(member, [member], exclude)
        if found.speaker is None:
            return None
        return replace(found, rule="among", certainty=CERTAINTY["among"])

    def _salient_group(self, head: int, exclude: Sequence[Offsets]) -> Entity | None:
        """The most salient group of people before ``head`` (ranked as a pronoun's antecedent
        is): what "them" of a partitive means; an organisation is no set to take "some of"
        ("Outside City Hall, families of the victims ... Some of them")."""
        return self.r.most_salient(head, lambda e: e.type == GROUP, exclude)[0]

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
            and (tok.lemma in ("man", "woman", "friend") or self.group_head(tok))
        )
        if not two:
            return self._plural_after_pair(head, words)
        pair = self._coordinated_people(head, back=2) or self._two_most_salient(head, exclude)
        return None if pair is None else speaking_together(pair, head)

    def _the_two(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "Clinton ... received her first briefing. Her rival, Donald Trump, received his,
        as well. The two are vying ...": a bare "the two" is two people, as "both" is: the
        pair of the subject before it (two people joined by "and", or a subject that
        resolved to a pair), else the two people coordinated last, else the two most salient
        (:meth:`pair`'s way). The numeral is the phrase's head, so the plural-noun test of
        :meth:`pair` never saw it."""
        before = self.subject_pair_found(head)
        if before is not None:
            return replace(before, rule="pair", certainty=CERTAINTY["pair"])
        pair = self._coordinated_people(head) or self._two_most_salient(head, exclude)
        return None if pair is None else speaking_together(pair, head)

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
        if tok.dep not in (L.ATTR, L.OPRD) and self.r.roles.unofficial_kind(tok.lemma) != "tie":
            return None
        found = self.subject_pair_found(head)
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
        return None if pair is None else speaking_together(pair, head)

    def _two_most_salient(
        self, head: int, exclude: Sequence[Offsets]
    ) -> tuple[Entity, Entity] | None:
        """The two most salient people of the last :data:`WINDOW` sentences at ``head``, each
        ranked as a pronoun's antecedent is; None when there are fewer than two."""
        people = {e for e in self.r.descriptions.window_entities(head, WINDOW) if e.type == PERSON}
        first, _ = self.r.ranked(head, people, exclude, {})
        if first is None:
            return None
        second, _ = self.r.ranked(head, people - {first}, exclude, {})
        return None if second is None else (first, second)

    def _coordinated_people(self, head: int, back: int = 1) -> tuple[Entity, Entity] | None:
        """The last two people joined by "and" before ``head`` in its sentence or the ``back``
        before ("Sen. Ted Cruz of Texas and Gov. John Kasich of Ohio"): loosely, any person
        with a conjunct that is another person (:meth:`_last_pair_before` without
        ``only_two``), as a description of two ("the two", "both") has said how many."""
        return self._last_pair_before(head, back, only_two=False)

    def _last_pair_before(
        self, head: int, back: int, *, only_two: bool
    ) -> tuple[Entity, Entity] | None:
        """The last pair of people joined by a conjunction before ``head``, from the start of
        the sentence ``back`` sentences before its own: a conjoined noun phrase is the plural
        antecedent a plural takes up (Lappin & Leass 1994), and the nearest one wins. One walk
        for :meth:`_coordinated_people` and :meth:`pair_joined_before`, which differ only in
        what counts as a pair: ``only_two`` takes just two people joined by "and" and nothing
        else (:meth:`_and_pair`: not "or", not the last two of "A, B and C"), for the pronoun
        "they" that would otherwise pass over a salient organisation; without it any person's
        conjunct that is another person counts (:meth:`_conjoined_people`), for the
        descriptions "the two", "both" that say themselves how many people they mean."""
        doc = self.doc
        lo = doc.sentences[max(0, doc[head].sent - back)].start
        pair_at = self._and_pair if only_two else self._conjoined_people
        found = None
        for i in range(lo, head):
            pair = pair_at(i)
            if pair is not None:
                found = pair
        return found

    def _conjoined_people(self, i: int) -> tuple[Entity, Entity] | None:
        """The person at token ``i`` with the last conjunct of it that is another person, in
        any list and by any conjunction; None when ``i`` is no person or has no such conjunct."""
        entity = self.reg.at_token.get(i)
        if entity is None or entity.type != PERSON:
            return None
        found = None
        for kid in self.doc.kids(i, L.CONJ):
            other = self.reg.at_token.get(kid.i)
            if other is not None and other.type == PERSON and other is not entity:
                found = (entity, other)
        return found

    def _and_pair(self, i: int) -> tuple[Entity, Entity] | None:
        """The two people of "A and B" whose first conjunct is token ``i`` (not itself a
        conjunct, with an "and" of its own), as :meth:`_joined_people` takes them."""
        doc = self.doc
        if doc[i].dep == L.CONJ or not any(k.lower == "and" for k in doc.kids(i)):
            return None
        return self._joined_people(i)

    def group(self, head: int, indices: list[int], exclude: Sequence[Offsets]) -> Resolution | None:
        """Unnamed people in the plural ("reporters", "Russian authorities", "Representatives
        of the Democratic Party") or a collective ("U.S. media") -> GROUP, the phrase."""
        if not self.group_head(self.doc[head]):
            return None
        return Resolution(phrase(self.doc, indices), GROUP, None, "group", CERTAINTY["group"])

    def subject_pair_found(self, head: int) -> Resolution | None:
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
        for subject in self.r.pronouns.main_subjects_before(head):
            pair = self._joined_people(subject)
            if pair is not None:
                return speaking_together(pair, head)
            done = self.r._done.get(subject)
            if done is not None and done.rule == "pair":
                return done
        return None

    def subject_group(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
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
        resolved (a claim's source) gives its group; one that was not is resolved by this
        rule in turn ("Black women ... sat together ... They watched .... They also
        applauded", "As they made their way down Broad Street, they chanted": session 20),
        unless the pronoun is inside its clause ("they cut right to the core of why many
        people got involved ..., and why they identify": that "they" may be a thing), where
        it stops the search as before. Only
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
        before = [i for i in self.r.pronouns.main_subjects_before(head) if i < sentence.start]
        for subject in (*own, *reversed(before)):
            if token_inside(doc[subject], exclude):
                continue  # the claim's own words are what is said, not who says it
            if doc[subject].lower == "they":
                done = self.r._done.get(subject)  # the same "they" again, if it was resolved
                if done is None and doc[subject].head not in chain:
                    done = self.subject_group(subject, exclude)  # else as this rule would
                return None if done is None else replace(done, rule="pronoun")
            entity = self.reg.at_token.get(subject) or self._partitive_group(subject)
            if entity is not None and entity.type == GROUP:
                return self._joined_groups(subject, entity) or self._group_found(entity, head)
            if entity is not None or doc[subject].pos == "PRON":
                return None
            if doc[subject].pos == "PROPN" and self.group_head(doc[subject]):
                # "Aides said ...": a capitalised plural role the tagger took for a name
                name = group_name(doc, group_phrase(doc, subject))
                return Resolution(name, GROUP, None, "pronoun", CERTAINTY["pronoun"])
            if subject < sentence.start and (reported := self._reported_group(subject)):
                return self._group_found(reported, head)
        return None

    def _joined_groups(self, subject: int, first: Entity) -> Resolution | None:
        """ "While African-Americans and white working-class Democrats face similar trends,
        they interpret them differently": a group subject joined by "and" to one other group
        of people is, with it, the plural antecedent of "they" (Lappin & Leass 1994: a
        conjoined noun phrase is a plural antecedent), as two people joined are
        (:meth:`subject_pair_found`); the first group alone was half of it. Only two
        conjuncts joined by "and", the second a group of the registry or a plural of people
        (:meth:`group_head`); "Democrats and the White House" (an organisation), "either
        Democrats or Republicans" and lists of three are left to the first group."""
        doc = self.doc
        conjuncts = doc.kids(subject, L.CONJ)
        if len(conjuncts) != 1 or doc.kids(conjuncts[0].i, L.CONJ):
            return None
        if [k.lower for k in doc.kids(subject, L.CC)] != ["and"]:
            return None
        second = conjuncts[0]
        other = self.reg.at_token.get(second.i)
        if other is not None and (other.type != GROUP or other is first):
            return None
        if other is None and not self.group_head(second):
            return None
        words = other.name if other is not None else group_name(doc, group_phrase(doc, second.i))
        return Resolution(f"{first.name} and {words}", GROUP, None, "pronoun", CERTAINTY["pronoun"])

    def _reported_group(self, subject: int) -> Entity | None:
        """ "The results show that Catholic Republicans are out of step with the base. They're
        less hostile to ...": after a main subject that is a thing, a "they" continues the
        group of people its verb reports on, the subject of that verb's clausal complement
        (centering, Grosz, Joshi & Weinstein 1995: the next entity down; the form of
        ``PronounRules._reported_person`` for he/she). Only a GROUP of the registry."""
        reported = self.reported_entity(subject, GROUP)
        return None if reported is None else reported[1]

    def _group_found(self, group: Entity, head: int) -> Resolution:
        """A group "they" takes: the pair a description of two people resolved to ("the two
        candidates", :meth:`described_pair`), else the group itself."""
        if group.described and (named := self.described_pair(group, head)) is not None:
            return replace(named, rule="pronoun", certainty=CERTAINTY["pronoun"])
        return self.r.resolution_of(group, "pronoun", None)

    def pair_joined_before(self, head: int) -> tuple[Entity, Entity] | None:
        """ "Take Sens. Ann Cole and Tom Reed. Last week, they endorsed ...": the last two
        people joined by "and" in the pronoun's sentence or the one before, in any role, when
        no subject before took "they" (:meth:`subject_group`). Only the subject "they": a
        "their" or "them" is as often bound to a plural of its own clause ("all registered
        voters are divided in their opinions of Sanders", "his eyes on audience members to
        make them feel"), which this would pass over. A conjoined noun phrase is a
        plural antecedent (Lappin & Leass 1994) that outranks a salient organisation. Only
        two people joined by "and" (not "either Cole or Reed": no plural) and not the last
        two of a longer list ("Podesta, Palmieri and Sullivan": :meth:`_joined_people`)."""
        return self._last_pair_before(head, 1, only_two=True)

    def object_group(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """ "Obama will be greeted by thousands of Germans protesting against the TTIP. ...,
        they will hold banners", "..., according to sources. They said": a subject "they" with
        no group of people as a subject before it (:meth:`subject_group`) and no pair takes
        the nearest group of people named as an object or inside a prepositional phrase in
        its sentence or the one before, when salience would give an organisation or nothing
        (the caller's test): a plural of people agrees with "they" in number and animacy as
        an organisation's name agrees in neither (Lee et al. 2013 on number and animacy
        agreement; Lappin & Leass 1994 rank a non-subject antecedent below a subject, not out).

        A plural of things as a direct object nearer to the pronoun ("Cole hid the
        documents because they appeared to ...") stops the search: it agrees in number and
        may be meant. Passed over: the addressee of a verb of addressing ("Ann Cole told
        reporters they ...": those spoken to do not speak, :meth:`_addressee`), a plural of
        organisations ("companies": no people), a group inside the claim's own words, and a
        question's phrase ("how many people"). After a sentence with an organisation as a subject
        (:meth:`_organisation_subject`) only a group of the pronoun's own sentence, or one
        the sentence before cites ("according to sources"), is taken: "The Daily News claims
        ... against the American people. They are focused ..." is the paper's "they"."""
        doc = self.doc
        sent = doc[head].sent
        lo = doc.sentences[max(0, sent - 1)].start
        org_before = sent > 0 and self._organisation_subject(sent - 1)
        for i in range(head - 1, lo - 1, -1):
            tok = doc[i]
            entity = self.reg.at_token.get(i)
            if tok.dep not in (L.OBJ, L.IOBJ, L.POBJ, L.CONJ, L.APPOS):
                continue  # subjects were read by subject_group; a word inside a phrase
            if entity is None and tok.tag == "NNS" and tok.dep == L.OBJ:
                return None  # "hid the documents ... because they": a plural thing is nearer
            if entity is None or entity.type != GROUP or tok.pos not in ("NOUN", "PROPN"):
                continue
            if token_inside(tok, exclude) or tok.lemma in self.lex.org_nouns or self._addressee(i):
                continue
            if any(doc[k].tag in ("WRB", "WDT", "WP") for k in doc.subtree(i) if k < i):
                continue  # "how many people", "which voters": a question names nobody
            if org_before and tok.sent < sent and not self._according_to(i):
                return None  # "The Daily News claims ... the American people. They ...": UK usage
            return self._group_found(entity, head)
        return None

    def _organisation_subject(self, sent: int) -> bool:
        """Whether a clause of sentence ``sent`` has an organisation of the registry as its
        subject, which a "they" of the next sentence may continue (US and UK usage: "The
        Clinton campaign attributed ... . They can't make the same argument")."""
        doc = self.doc
        sentence = doc.sentences[sent]
        for i in range(sentence.start, sentence.end):
            entity = self.reg.at_token.get(i)
            if doc[i].dep in L.SUBJECTS and entity is not None and entity.type == ORG:
                return True
        return False

    def _according_to(self, i: int) -> bool:
        """Whether token ``i`` is the object of "according to": named as the source of what
        its sentence says, the likeliest speaker of the next."""
        doc = self.doc
        to = doc[doc[i].head]
        return doc[i].dep == L.POBJ and to.lower == "to" and doc[to.head].lower == "according"

    def _addressee(self, i: int) -> bool:
        """Whether token ``i`` is spoken to: the object of a verb of addressing ("told
        reporters", "assured voters": addressing_verbs.txt; not "ask": those asked answer)
        or the object of "to" / "with" on one ("said to reporters", "spoke with aides")."""
        doc = self.doc
        tok = doc[i]
        while tok.dep == L.CONJ and tok.head != tok.i:
            tok = doc[tok.head]
        verb = doc[tok.head]
        if tok.dep == L.POBJ:
            if verb.lower not in ("to", "with"):
                return False
            verb = doc[verb.head]
        elif tok.dep not in (L.OBJ, L.IOBJ):
            return False
        return verb.pos == "VERB" and verb.lemma in _ADDRESSING_VERBS

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

    def described_pair(self, group: Entity, head: int) -> Resolution | None:
        """ "Clinton and Sanders ... the two candidates could not be more different ... the
        issues they care about": "they" whose antecedent is a group described, not named, is
        whoever that description resolves to ("the two candidates" -> the pair), looked up
        at its last mention before the pronoun (a chain followed by lookup, one level: the
        description's rules never come back to a pronoun). Only a pair replaces the
        description, and only two people joined by "and" within :data:`WINDOW` sentences:
        "they" after "national unions" stays "national unions", not one union named nearby."""
        last = last_before(group.mentions, head)
        if last < 0:
            return None
        doc = self.doc
        own = [i for i in doc.subtree(last) if i <= last and doc[i].pos != "PUNCT"]
        found = self.r._done.get(last) or self.pair(last, own, ())
        if found is None or found.rule != "pair":
            return None  # a plural description resolved to one named entity is a guess
        before = self.subject_pair_found(last)
        if before is not None:
            return before  # the pair the description took up ("The friends" after "The two")
        # only two people the text joined by "and" shortly before: a pair by salience alone
        # is a guess, and a guess is worse than the description's own words
        joined = self._coordinated_people(last, WINDOW)
        return None if joined is None else speaking_together(joined, last)

    # --- helpers ------------------------------------------------------------------------------
    def group_head(self, tok: Token) -> bool:
        """A noun naming people in the plural or a collective: "officials", "media"; not the
        last word of an organisation's name ("Greater Manchester Police" is a named force,
        where "Police said" is a group)."""
        lex = self.lex
        if self.r.descriptions.ends_an_org_name(tok):
            return False
        if tok.lower in lex.group_nouns or tok.lemma in lex.group_nouns:
            return True
        if tok.tag == "NNP" and tok.text[:1].isupper() and (tok.lower,) not in lex.roles:
            # "Aides said ...": a capitalised plural the tagger took for a name
            return bool(lex.find_roles([tok.lower]))
        if plural_initialism(tok):
            # "as MPs questioned her": the tagger's NN, a plural of a role all the same, so
            # never the one MP the text titles
            return bool(lex.find_roles([tok.lower[:-1]]))
        if tok.tag not in ("NNS", "NNPS"):
            return False
        return bool(lex.find_roles([tok.lower]) or lex.find_roles([tok.lemma]))

"""The resolver's rules for one shape of mention: documents and statements. Run by
:class:`quotes.speakers.resolve.Resolver`, whose module describes the sieve and the salience
they share."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from quotes import labels as L
from quotes.document import Token
from quotes.lexicons import load_lexicon
from quotes.records import GROUP, ORG, PERSON, UNKNOWN, Offsets
from quotes.speakers.registry.model import Entity
from quotes.speakers.resolution import (
    AD_NOUNS,
    AD_SYNONYMS,
    AD_VERBS,
    ANNOUNCING_VERBS,
    ANSWER_NOUNS,
    AUTHOR_VERBS,
    CERTAINTY,
    CHAIN_PRONOUNS,
    FINDER_VERBS,
    FINDING_NOUNS,
    FINDING_VERBS,
    INDEFINITE,
    INTRODUCTION_SENTENCES,
    ISSUED_NOUNS,
    OUTLET_KINDS,
    POSSESSIVE_OWNERS,
    PRINTED_NOUNS,
    PUBLISH_VERBS,
    PUBLISHED_NOUNS,
    RELATIVE_PRONOUNS,
    RESULT_NOUNS,
    SITE_NOUNS,
    SITE_VERBS,
    SPOKEN_ISSUED_NOUNS,
    TOPIC_PREPOSITIONS,
    UNRESOLVED,
    WIDE_WINDOW,
    WORK_NOUNS,
    WRITER_VERBS,
    Resolution,
    inside_sorted,
    names_its_maker,
    phrase,
    token_inside,
)
from quotes.speakers.rules import RuleFamily


class DocumentRules(RuleFamily):
    """Documents and statements: a report, poll, ad or website speaks for its maker, or under
    its own name with its publisher as ``via``."""

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
            return self._joined_publishers(tok, document) or self.document_resolution(
                document, "source_noun"
            )
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
            role = owner.roles[0] if owner.roles else self.r.roles.office_named(indices)
            return self.r.resolution_of(owner, "source_noun", role)
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
                    return self.r.resolution_of(entity, "source_noun", entity.role)
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
        speaks as itself (:meth:`document_resolution`); an indefinite one with no maker ends
        the chain: the description is that document, in the words that introduced it ("a
        congressional report ... the report" -> "congressional report"), never another
        document named elsewhere. No earlier noun with the head: the definite rule looks for
        a salient one."""
        doc = self.doc
        tok = doc[head]
        if "document" not in self.r.descriptions.mention_kinds(
            head, indices
        ) or not self.r.descriptions.is_definite(head, indices):
            return None
        if tok.tag != "NN":
            return None
        for k, earlier in self._same_head_before(head):
            document = self.reg.at_token.get(earlier.i)
            if document is not None and document.kind == "document":
                return self.document_resolution(document, "restated")
            if earlier.tag != tok.tag:
                continue  # "all three state polls" are not "the poll"
            found = self.statement_maker(earlier, exclude, chained) or self._setting_of(
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
        if not self.r.descriptions.is_definite(head, indices):
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
        if doc[head].lemma not in WORK_NOUNS or not self.r.descriptions.is_definite(head, indices):
            return None
        headed = self.r.descriptions.head_match(head)
        if headed is not None and headed.type != PERSON:
            return None
        if any(k.i in indices for k in doc.kids(head, L.CONJ)):
            return self.r.descriptions.description(head, indices)  # "the book and film": both works
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
        return self.r.descriptions.description(head, indices)

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
        if (written := self._written_by(noun, exclude, chained)) is not None:
            return written
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
                if self._can_make(entity):
                    if owner.dep == L.POBJ and (both := self._joined_maker(owner, entity)):
                        return both
                    return self.r.resolution_of(entity, "source_noun", entity.role)
                continue
            if chained and owner.dep == L.POSS and owner.lower in POSSESSIVE_OWNERS:
                found = self.r.pronouns.pronoun_by_salience(owner.i, exclude)
                if found.speaker is not None and found.type == PERSON:
                    return replace(found, rule="source_noun")
        return None

    def _can_make(self, entity: Entity) -> bool:
        """A person or an organisation, not a document, a place or a building."""
        return (
            entity.type in (PERSON, ORG)
            and entity.kind != "document"
            and not (entity.place or entity.facility)
        )

    def _joined_publishers(self, noun: Token, document: Entity) -> Resolution | None:
        """ "A poll released Sunday by The Harbor Post and Channel 9 News": an unnamed
        document whose publisher (the registry's) is the first of two makers joined by "and"
        in its own "by" phrase, or its participle's ("released by", "conducted by"), speaks
        for both (:meth:`_joined_maker`)."""
        doc = self.doc
        publisher = document.publisher
        if publisher is None or not document.described:
            return None
        owners: list[Token] = []
        for kid in doc.kids(noun.i, L.PREP, L.ACL):
            if kid.dep == L.PREP and kid.lower == "by":
                owners += doc.kids(kid.i, L.POBJ)
            elif kid.dep == L.ACL:
                for agent in doc.kids(kid.i, L.AGENT):
                    owners += doc.kids(agent.i, L.POBJ)
        for owner in owners:
            if self.reg.at_token.get(owner.i) is publisher:
                return self._joined_maker(owner, publisher)
        return None

    def _joined_maker(self, owner: Token, first: Entity) -> Resolution | None:
        """ "A poll released by The Harbor Post and Channel 9 News", "a report by Harbor Watch
        and Ann Lee": a work made by two makers joined by "and" is both of theirs, "A and B"
        as the referent sets write two speakers (a conjoined noun phrase is one plural
        agent, Quirk et al. 1985, 13.25); the first alone was half of it. Only one conjunct
        after "and" (not "or", not a list of three), a person or organisation of the registry
        other than the first (:meth:`_can_make`); else None."""
        doc = self.doc
        conjuncts = doc.kids(owner.i, L.CONJ)
        if len(conjuncts) != 1 or doc.kids(conjuncts[0].i, L.CONJ):
            return None
        if [k.lower for k in doc.kids(owner.i, L.CC)] != ["and"]:
            return None
        second = self.reg.at_token.get(conjuncts[0].i)
        if second is None or second is first or not self._can_make(second):
            return None
        return Resolution(f"{first.name} and {second.name}", GROUP, None, "source_noun",
                          CERTAINTY["source_noun"])  # fmt: skip

    def _made_by(self, noun: Token, exclude: Sequence[Offsets], chained: bool) -> Resolution | None:
        """Whoever made or put out the work ``noun``: the subject of the verb it is the
        object of ("Ruiz made a film", "the group released a video"), or a passive's agent."""
        doc = self.doc
        verb = doc[noun.head]
        if noun.head == noun.i or verb.lemma not in AUTHOR_VERBS | AD_VERBS:
            return None
        if noun.dep == L.OBJ:
            subjects = doc.kids(verb.i, L.NSUBJ)
            return self.known_maker(subjects[0], exclude, chained) if subjects else None
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
            found = self.statement_maker(earlier, exclude, chained) or self._ad_airer(
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
        return self.known_maker(subjects[0], exclude, chained) if subjects else None

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
        vote" and "the results" with no document noun before are left alone. A bare "the
        findings" goes to whoever found them (:meth:`_finder`)."""
        doc = self.doc
        tok = doc[head]
        if tok.lemma not in RESULT_NOUNS | FINDING_NOUNS or not indices:
            return None
        if doc[indices[0]].lower != "the":
            return None
        if doc.kids(head, L.COMPOUND, L.POSS, L.NMOD, L.AMOD) or any(
            p.lower == "of" for p in doc.kids(head, L.PREP)
        ):
            return None  # "the election results", "the results of the vote"
        if tok.lemma in FINDING_NOUNS:
            return self._finder(head, exclude, chained)
        lo = doc.sentences[max(0, tok.sent - 1)].start
        for k in range(head - 1, lo - 1, -1):
            earlier = doc[k]
            if not self.document_noun(earlier) or earlier.dep == L.COMPOUND:
                continue
            if self._polling_place(earlier):
                return None  # "voters went to the polls": no poll, the results are the vote's
            return self._as_document(earlier, exclude, chained)
        return None

    def _finder(self, head: int, exclude: Sequence[Offsets], chained: bool) -> Resolution | None:
        """ "Politico interviewed 20 senators and found a strong appetite for change. ...
        The findings point to ...": a bare definite "the findings" (:data:`FINDING_NOUNS`) is
        what the subject of the nearest "found" / "concluded" (:data:`FINDER_VERBS`) of its
        sentence or the two before found (derivational anaphora: a nominalisation takes up its
        verb's event, Poesio & Vieira 1998's associative uses), and speaks for that subject, a
        document subject ("A poll found ...") as that document. A verb joined to another
        ("interviewed ... and found") takes the first one's subject; a finder that resolves
        to no one known ("researchers found") leaves the phrase."""
        doc = self.doc
        lo = doc.sentences[max(0, doc[head].sent - 2)].start
        for k in range(head - 1, lo - 1, -1):
            verb = doc[k]
            if verb.lemma not in FINDER_VERBS or verb.pos != "VERB":
                continue
            while not doc.kids(verb.i, L.NSUBJ) and verb.dep == L.CONJ and verb.head != verb.i:
                verb = doc[verb.head]  # "Politico interviewed ... and found"
            subjects = doc.kids(verb.i, L.NSUBJ)
            if not subjects:
                return None
            if self.document_noun(subjects[0]):
                return self._as_document(subjects[0], exclude, chained)
            found = self.known_maker(subjects[0], exclude, chained)
            if found is None or found.type not in (ORG, PERSON):
                return None
            return replace(found, rule="restated", certainty=CERTAINTY["restated"])
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
            found = self.known_maker(subjects[0], exclude, chained) if subjects else None
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
            return self.document_resolution(document, "restated")
        found = self.statement_maker(noun, exclude, chained) or self._setting_of(
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
        if "document" not in self.r.descriptions.mention_kinds(head, indices) or tok.tag != "NN":
            return None
        if any(i in self.reg.at_token for i in indices) or doc.kids(head, L.POSS):
            return None  # "the PPIC poll", "Gallup's survey": an owner of its own
        lo = self.r.window_start(head, WIDE_WINDOW)
        cut = (
            self.r.descriptions.doc_headline_end()
        )  # a headline's "Poll:" announces the body's poll
        if any(
            self.document_noun(doc[k]) for k in range(lo, head) if not cut or doc[k].start > cut
        ):
            return None  # not the first: an earlier poll may be the one meant
        last = min(len(doc.sentences) - 1, tok.sent + INTRODUCTION_SENTENCES)
        for k in range(head + 1, doc.sentences[last].end):
            later = doc[k]
            if not self.document_noun(later) or later.dep == L.COMPOUND:
                continue
            if later.tag != "NN":
                return None  # "Iowa polls": several, not the one introduced
            document = self.reg.at_token.get(later.i)
            if document is not None and document.kind == "document":
                return self.document_resolution(document, "restated")
            found = self.statement_maker(later, exclude, chained)
            if found is None:
                return None
            return replace(found, rule="restated", certainty=CERTAINTY["restated"])
        return None

    def document_noun(self, tok: Token) -> bool:
        """Whether ``tok`` is a common noun for a document ("report", "poll": kind
        ``document`` in description_kinds.tsv); the pronoun rules ask it of a clause's
        subject ("It found ...": the report said it)."""
        return tok.pos == "NOUN" and "document" in self.lex.description_kinds.get(
            tok.lemma, frozenset()
        )

    def _same_head_before(self, head: int) -> Iterator[tuple[int, Token]]:
        """The nouns before ``head`` with its lemma, within :data:`WIDE_WINDOW` sentences,
        nearest first, each raised to the head of its compound ("an email fundraising appeal"
        -> "appeal"): the antecedents of direct anaphora (Poesio & Vieira 1998)."""
        doc = self.doc
        lemma = doc[head].lemma
        for k in range(head - 1, self.r.window_start(head, WIDE_WINDOW) - 1, -1):
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
        return self.known_maker(subjects[0], exclude, chained)

    def restated(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """ "Cook provided a written statement ... '...,' the statement said": a definite
        statement noun with no owner of its own is the nearest earlier noun with the same head
        (Poesio & Vieira 1998: *direct anaphora*, the commonest use of a definite description,
        whose head noun repeats its antecedent's), and speaks for whoever made that one: its
        owner ("the FBI summary", "his order", "an affidavit written by Ann Lee") or the subject
        of the verb that made or put it out ("Cook provided a statement")."""
        if "statement" not in self.r.descriptions.mention_kinds(
            head, indices
        ) or not self.r.descriptions.is_definite(head, indices):
            return None
        for _, earlier in self._same_head_before(head):
            found = self.statement_maker(earlier, exclude, chained)
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
        if self.doc[head].lemma not in ANSWER_NOUNS or not self.r.descriptions.is_definite(
            head, indices
        ):
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
            if (
                token_inside(verb, exclude)
                or self.r.quoted
                and inside_sorted(verb.start, self.r.quoted)
            ):
                continue
            subjects = doc.kids(k, L.NSUBJ)
            if not subjects:
                continue
            found = self.known_maker(subjects[0], exclude, chained)
            if found is None or found.type not in (ORG, PERSON):
                return None
            return replace(found, rule="restated", certainty=CERTAINTY["restated"])
        return None

    def statement_maker(
        self, noun: Token, exclude: Sequence[Offsets], chained: bool
    ) -> Resolution | None:
        """Who made the statement ``noun`` names: what it resolved to as a source, its owner
        (compound, possessor, "by" / "from" phrase, a participle's agent), else the subject of
        a verb that made or put it out (:data:`AUTHOR_VERBS`)."""
        doc = self.doc
        done = self.r._done.get(noun.i)
        if done is not None and done.speaker and done.rule not in ("description", "unresolved"):
            return done
        if (written := self._written_by(noun, exclude, chained)) is not None:
            return written
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
                return self.r.resolution_of(entity, "restated", entity.role)
            if chained and owner.lower in CHAIN_PRONOUNS | {"its", "their"}:
                found = self.r.pronouns.pronoun_by_salience(owner.i, exclude)
                if found.speaker is not None:
                    return found
        verb = doc[noun.head]
        if noun.dep == L.OBJ and noun.head != noun.i and verb.lemma in AUTHOR_VERBS:
            subjects = doc.kids(verb.i, L.NSUBJ)
            if subjects:
                return self.known_maker(subjects[0], exclude, chained)
        if noun.dep == L.NSUBJ_PASS and noun.head != noun.i and verb.lemma in AUTHOR_VERBS:
            return self._passive_maker(verb, exclude, chained)
        return self._said_in(noun, exclude, chained)

    def _written_by(
        self, noun: Token, exclude: Sequence[Offsets], chained: bool
    ) -> Resolution | None:
        """ "The email, released by Harbor Watch, was sent by Tom Reed": a message the clause
        says someone wrote or sent (a passive of :data:`WRITER_VERBS` with its agent) is the
        writer's, though a participle before names who released it: the writer made the
        message, the one who released it only made it public (the convention of the referent
        sets, a document speaks for its maker). Only a noun with no owner of its own (a
        compound or possessor decides: "Lee's letter, signed by her aide"); else None."""
        doc = self.doc
        if doc.kids(noun.i, L.COMPOUND, L.POSS) or noun.dep != L.NSUBJ_PASS:
            return None
        verb = doc[noun.head]
        if noun.head == noun.i or verb.lemma not in WRITER_VERBS:
            return None
        return self._passive_maker(verb, exclude, chained)

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
                    found = self.known_maker(maker, exclude, chained)
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
        return self.known_maker(subjects[0], exclude, chained) if subjects else None

    def document_resolution(self, document: Entity, rule: str) -> Resolution:
        """A document speaks for its publisher when the text names one: an unnamed one ("a
        report by the agency") and one whose name does not say who made it ("the Millennial
        Poll", "the PPIC poll" of the Public Policy Institute of California; the document's
        name goes to ``via``): the train referent sets read the maker there (session 19). A
        name that holds its publisher's ("CBS News poll", "Pew Research report") speaks
        under that name, its publisher in ``via``."""
        publisher = document.publisher
        if document.described and publisher is not None:
            role = publisher.role
            return self.r.resolution_of(publisher, rule, role)
        if publisher is not None and not names_its_maker(document, publisher):
            # "the Beige Book", "the PPIC poll": a name that does not say who made it
            found = self.r.resolution_of(publisher, rule, publisher.role)
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
            maker = self.known_maker(subjects[0], exclude, chained)
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
        return self.known_maker(subjects[0], exclude, chained) if subjects else None

    def known_maker(
        self, subject: Token, exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution | None:
        """The statement's speaker when ``subject`` (of the verb that made or put it out)
        resolves to someone known: a bare description is no better than the statement."""
        indices = [i for i in self.doc.subtree(subject.i) if self.doc[i].pos != "PUNCT"]
        if chained:
            found = self.r.lookup(subject.i, indices, exclude)
        else:  # already one lookup deep: what was resolved, or a name, nothing further
            named = self.r._done.get(subject.i) or self.r.names.name(subject.i, indices, exclude)
            found = named or UNRESOLVED
        if found.speaker is None or found.rule in ("description", "unresolved"):
            return None
        return replace(found, rule="source_noun")

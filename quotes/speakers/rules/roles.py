"""The resolver's rules for one shape of mention: roles and offices. Run by
:class:`quotes.speakers.resolve.Resolver`, whose module describes the sieve and the salience
they share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from quotes import labels as L
from quotes.document import Token
from quotes.lexicons import load_lexicon
from quotes.records import GROUP, ORG, PERSON, UNKNOWN, Offsets
from quotes.speakers.lexicon import SUBORDINATE, singular_title
from quotes.speakers.registry.model import HONORIFICS, Entity, is_topic_subject, last_before
from quotes.speakers.registry.names import gender_of_form, listed_person_noun
from quotes.speakers.registry.offices import (
    PARTY_SIDES,
    PLACE_KINDS,
    former_apart,
    names_a_place,
    placed_elsewhere,
    placed_there,
    qualifier_sides,
    rank_word,
)
from quotes.speakers.resolution import (
    CERTAINTY,
    CONTENT,
    INDEFINITE,
    INTRODUCTION_SENTENCES,
    QUALIFIER_MATCH,
    TIE_FACTOR,
    WIDE_WINDOW,
    Resolution,
    compatible,
    in_possessor,
    inside_sorted,
    phrase,
    says_anonymous,
)
from quotes.speakers.rules import RuleFamily

#: Canonical roles that name a relative of their owner (family_ties.txt).
FAMILY_TIES = load_lexicon("family_ties")
#: Sentences back (the mention's own and two before) in which a holder of the office named
#: keeps the office's own holder even when the text placed it nowhere (place_unconfirmed).
PLACE_NEAR = 2


class RoleRules(RuleFamily):
    """Roles and offices: "the aide", "Putin's spokesman", "a senior official": the holder
    whose office fits, a person named next, or nobody."""

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
        :meth:`_introduced_as_other`). A plural initialism the tagger made singular ("as MPs
        questioned her", :func:`plural_initialism`) is a plural too; a subject inside a
        quotation ('"Joe should be alive," she said') is whom the quoted speaker talks
        about, not a person the writer introduces (session 23, styles8)."""
        doc = self.doc
        tok = doc[head]
        if tok.tag not in ("NN", "NNP") or tok.dep not in L.SUBJECTS or self._anonymous(head):
            return None
        if plural_initialism(tok):
            return None  # "as MPs questioned her": the tagger's NN, a plural all the same
        if not self._person_description(head, indices) or any(
            doc[i].lower == "familiar" for i in indices
        ):
            return None  # "one Democrat familiar with the talks": an unnamed source
        if any(
            (e := self.reg.at_token.get(i)) is not None and e.type == PERSON and not e.described
            for i in indices
            if not in_possessor(doc, i, indices)  # "Lee's campaign manager" names no one
        ):
            return None  # "Vice President Dave Gorab": the description names its person
        if not is_topic_subject(doc, head) or tok.sent + 1 >= len(doc.sentences):
            return None
        nxt = doc.sentences[tok.sent + 1]
        gender = gender_of_form(tok.lower)
        own_role = self.mention_role(indices, head)
        # the qualifiers of the head, not the head: "Republican seeks ..." is a party's person
        roles = (own_role[2] if own_role is not None else set()) | {head}
        headline = self.r.descriptions.doc_headline_end() or 0
        since = doc.sentences[tok.sent].start
        for m in self.reg.mentions_between(nxt.start, nxt.end):
            entity = m.entity
            if not m.subject or m.embedded or doc[m.token].dep not in L.SUBJECTS:
                continue  # "former CIA operative John Tiegen found": the name is no subject
            if self.reg.quoted(doc[m.token].start):
                continue  # '"Joe should be alive," she said': the speaker's subject, not ours
            if entity.type != PERSON or entity.described:
                return None
            if gender and entity.gender not in ("", gender):
                return None
            held = {key for key in entity.role_keys if not self._rank(key)}
            if (
                own_role is not None
                and held
                and not any(self.lex.role_matches(own_role[1], key) for key in held)
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
            return self.r.resolution_of(entity, "identified", entity.role)
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
            other = self.mention_role(words, kid.i)
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
            "person" in self.r.descriptions.mention_kinds(head, indices)
            or self.mention_role(indices, head) is not None
            or listed_person_noun(tok, self.lex)
            or tok.ent == "NORP"
        )

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
        found = self.mention_role(indices, head)
        if found is None:
            return None
        text, key, role_tokens = found
        owned_by = owner  # the pronoun's owner, before the qualifiers' owners rebind it
        if (holder := self._name_after_office(indices, role_tokens)) is not None:
            return self.r.resolution_of(holder, "role", text)
        if self.office_to_come(indices, role_tokens):
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
        if gender := self.lex.role_gender(text):
            # "the baroness", "the spokeswoman": the word shows her gender, no man holds it
            holders = [e for e in holders if e.gender in ("", gender)]
        if self._role_domain(indices, role_tokens) and key != "head":
            # "farm leader": no holder through a synonym ("leader" covers a prime minister);
            # "the agency head" reaches a director through the agency (_generic_head_holders)
            holders = [e for e in holders if key in e.role_keys]
        nouns = self.body_nouns(indices, role_tokens)
        if key == "head":
            holders = self._generic_head_holders(holders, quals, nouns, text)
        if not holders and self.doc[indices[0]].lower not in INDEFINITE:
            body = quals | _owner_body(owned_by)  # "the company's chief executive": its head
            holders = self.heads_of_named_body(key, body, nouns)  # "Roe, who heads the FBI"
        if not holders and (kin := self._relative_by_surname(key, text, head, indices, owned_by)):
            return self.r.resolution_of(kin, "role", text)  # "Trump's daughter" -> Ivanka Trump
        if not holders:
            definite = self.doc[indices[0]].lower not in INDEFINITE  # "a" ones: _introduced
            if definite and (named := self.identified_next(head, indices)) is not None:
                return named  # "Lee's campaign manager says ... ¶ Tom Ward said": Ward
            return Resolution(
                phrase(self.doc, indices), PERSON, text, "description", CERTAINTY["description"]
            )
        bonus = {e.id: QUALIFIER_MATCH for e in holders if quals & e.affiliations}
        best, tie = self.r.ranked(head, set(holders), exclude, bonus)
        if best is None:
            best = max(holders, key=lambda e: (last_before(e.mentions, head), -e.id))
            tie = len(holders) > 1
        certainty = CERTAINTY["role"] * (TIE_FACTOR if tie else 1.0)
        role = best.roles[0] if best.roles else text
        return Resolution(best.name, PERSON, role, "role", certainty, best)

    def party_member(
        self, head: int, indices: list[int], exclude: Sequence[Offsets]
    ) -> Resolution | None:
        """ "The Republican said ...", "the Ohio Democrat": a party's member named by the
        party (and a place), a second reference news style gives a candidate or a lawmaker it
        named before ("Sen. Ann Cole (R-Iowa) ... The Republican said"), is the most salient
        person of that party (the affiliations the registry read: a party-state tag,
        "Republican Donald Trump", "the Republican nominee") placed there, if a place is
        given ("(D-Ohio)", "of Ohio"); when the text gives nobody's party, the one person
        named before it and placed nowhere else. Only "the", at most two names of places,
        and a singular party noun of affiliations.txt; else the phrase stays, typed PERSON
        (one member of a party is a person, not the party's group)."""
        words = [self.doc[i] for i in indices if self.doc[i].pos != "PUNCT"]
        if not 2 <= len(words) <= 4 or words[0].lower != "the" or words[-1].i != head:
            return None
        noun, places = words[-1], words[1:-1]
        side = self.lex.side(noun.text)
        if side not in PARTY_SIDES or not noun.text[:1].isupper() or noun.tag in ("NNS", "NNPS"):
            return None
        if not all(t.pos == "PROPN" for t in places):
            return None  # "the former Republican", "the lone Democrat": more than a party
        quals = set(qualifier_sides(self.reg, [t.i for t in places], set()))
        before = [
            e for e in self.reg.entities if e.type == PERSON and any(m < head for m in e.mentions)
        ]
        members = {
            e for e in before if side in e.affiliations and (not quals or quals & e.affiliations)
        }
        if not members:
            # no party known for anyone: the one person named before whose party (and place)
            # the text does not give otherwise ("Presidential candidate Ben Carson ... the
            # Republican", "Senator Rachel Dunn ... the Ohio Democrat")
            unplaced = [
                e
                for e in before
                if not e.affiliations & PARTY_SIDES
                and compatible(quals, e)
                and not placed_elsewhere(quals, e)
            ]
            if len(unplaced) > 1 and (topic := self._topic_before(head, exclude, unplaced)):
                unplaced = [topic]  # "Ryan said ... “...,” he said. The Wisconsin Republican"
            if len(unplaced) != 1:
                text = phrase(self.doc, indices)
                return Resolution(text, PERSON, None, "description", CERTAINTY["description"])
            members = set(unplaced)
        best, tie = self.r.ranked(head, members, exclude, {})
        if best is None:
            best = max(members, key=lambda e: (last_before(e.mentions, head), -e.id))
            tie = len(members) > 1
        certainty = CERTAINTY["role"] * (TIE_FACTOR if tie else 1.0)
        return Resolution(best.name, PERSON, noun.text, "role", certainty, best)

    def _topic_before(
        self, head: int, exclude: Sequence[Offsets], candidates: list[Entity]
    ) -> Entity | None:
        """For a party's member that is a subject ("The Wisconsin Republican did give ...")
        when several people could be it and the text gives nobody's party or place: the
        candidate that is the topic (main subject) of the narrative sentence just before, a
        pronoun's resolution included (:meth:`PronounRules.sentence_topic`). News style's
        second reference continues the topic (centering: the previous utterance's subject is
        the likeliest antecedent of the next one's subject, Grosz, Joshi & Weinstein 1995);
        not when a candidate is named before it in its own sentence, nor after a subject of
        two joined people."""
        doc = self.doc
        tok = doc[head]
        if tok.dep not in L.SUBJECTS:
            return None
        start = doc.sentences[tok.sent].start
        if any(m.entity in candidates for m in self.reg.mentions_between(start, head)):
            return None
        pronouns = self.r.pronouns
        before = pronouns.narrative_before(tok.sent)
        found = None if before is None else pronouns.sentence_topic(before, exclude)
        if found is None or found[1].entity not in candidates or doc.kids(found[0], L.CONJ):
            return None  # "Tom Varga and Lena Park debated": two topics, no one continued
        return found[1].entity

    def _relative_by_surname(
        self, key: str, text: str, head: int, indices: list[int], owner: Entity | None
    ) -> Entity | None:
        """A family tie no one the text names holds ("Donald Trump's eldest daughter", "his
        father") is the one other person of the owner's surname named before it, of the
        tie's gender: "Ivanka Trump took the stage ... Donald Trump's eldest daughter has
        built ..." -> Ivanka Trump. News style names a relative in full once, with the family
        name (AP Stylebook, "second reference"); a tie is relational and denotes someone
        relative to its owner (Barker 1995). Only the owner the possessive itself names (a
        "Trump's" token, or the pronoun's resolved owner), never a surname looked up, which
        may be another Trump; two or more candidates, or none before, leave the phrase, and
        so does a family where the text gave someone this tie already ("his brother Tom Lee
        ... his brother added": the owner of the second may be misread as Tom Lee)."""
        if key not in FAMILY_TIES:
            return None
        owner = self._possessor_person(head, indices) or owner
        if owner is None or owner.type != PERSON or len(owner.name.split()) < 2:
            return None
        family = self.reg.by_surname.get(owner.name.split()[-1].lower(), [])
        if any(key in e.role_keys for e in family):
            return None  # "his brother Tom Lee ... his brother added": the owner may be misread
        gender = self.lex.role_gender(text)
        kin = [
            e
            for e in family
            if e is not owner
            and e.type == PERSON
            and e.gender in ("", gender or e.gender)
            and last_before(e.mentions, head) >= 0
        ]
        return kin[0] if len(kin) == 1 else None

    def _possessor_person(self, head: int, indices: list[int]) -> Entity | None:
        """The registry person a name possessive inside the mention names ("Donald Trump's"
        of "Donald Trump's eldest daughter")."""
        for k in self.doc.kids(head, L.POSS):
            if k.i in indices and (entity := self.reg.at_token.get(k.i)) is not None:
                return entity
        return None

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

    def office_to_come(self, indices: list[int], role_tokens: set[int]) -> bool:
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
        return says_anonymous(words)

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
        for k in range(head - 1, self.r.window_start(head, WIDE_WINDOW) - 1, -1):
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

    def title_nobody_has(self, best: Entity, key: str, head: int) -> bool:
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
        if self.unofficial_kind(key):
            return False
        holders = [e for e in self.reg.holders(key) if e.type == PERSON]
        if any(e is best for e in holders):
            return False
        start = self.doc[head].start
        known = {
            self.lex.canonical_role(role)
            for role in best.roles
            if self.title_written_before(role, start)
        }
        known = {k for k in known if self.unofficial_kind(k) != "tie"}
        if holders:  # only a trade rules out: an office may be misread ("ran for president")
            known = {k for k in known if self.unofficial_kind(k) == "trade"}
        # a broader office covers the description's: the one "who heads the FBI" (role "head")
        # is "the director" (role_synonyms.txt: head covers director, chair ...)
        return bool(known) and not any(
            self.lex.role_matches(key, k) or self.lex.role_matches(k, key) for k in known
        )

    def title_written_before(self, role: str, start: int) -> bool:
        """Whether a person's title as the registry shows it stands before character
        ``start``, as written or as the AP plural it was shared out from ("Sens. Ann Roe and
        Bob Lee": each is "Sen.", a form the text never writes, :func:`singular_title`).
        Without the plural, the two senators counted as titled nobody and "The chancellor"
        took the salient one."""
        if self.written_before(role, start):
            return True
        return role.endswith(".") and self.written_before(role[:-1] + "s.", start)

    def written_before(self, words: str, start: int) -> bool:
        """Whether ``words`` stand, in any case, wholly before character ``start``: so they do
        when their first place in the lower-cased text ends there. The first places are kept
        per document, so a long text is read once per phrase, not once per question (reading
        the text up to each description made resolution quadratic)."""
        lower = self.lower_text()
        if len(lower) != len(self.doc.text):  # lower() changed a length ("İ"): no shortcut
            return words.lower() in self.doc.text[:start].lower()
        key = words.lower()
        if key not in self._first_places:
            self._first_places[key] = lower.find(key)
        first = self._first_places[key]
        return first >= 0 and first + len(key) <= start

    def lower_text(self) -> str:
        """The document's text lower-cased, once per document (the description rules find
        where a role was first written in it)."""
        if self._lower is None:
            self._lower = self.doc.text.lower()
            self._first_places = {}
        return self._lower

    _lower: str | None = None
    _first_places: dict[str, int]

    def unofficial_kind(self, key: str) -> str:
        """ "tie" or "trade" for a role that is no office (unofficial_roles.txt), "former"
        or not; "" for an office."""
        found = self._unofficial_class(key)
        return "" if found == "rank" else found

    def _rank(self, key: str) -> bool:
        """Whether a canonical role is a military rank (unofficial_roles.txt, "rank"): held
        beside a post ("Pentagon spokesman Maj. Gen. Ann Lee", "the deputy head of the
        delegation ... Rear Admiral Guan"), so it rules out no office the text describes. The
        whole role only: an attorney general holds no rank."""
        return self.lex.unofficial.get(key.removeprefix("former "), "") == "rank"

    def _unofficial_class(self, key: str) -> str:
        table = self.lex.unofficial
        return table.get(key.removeprefix("former "), "") or table.get(key.split()[-1], "")

    def named_document(self, head: int, indices: list[int], kinds: frozenset[str]) -> Entity | None:
        """ "The Census Bureau sends its American Community Survey ... [fifteen sentences,
        a study by a professor] ... The survey asks": a bare "the survey" / "the report" is
        the document named before whose name ends in its noun (the head-match sieve of Lee et
        al. 2013), however far back, before any salient document of another head."""
        if "document" not in kinds or not self.r.descriptions.bare_definite(head, indices):
            return None
        headed = self.r.descriptions.head_match(head)
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
        if (
            tok.pos != "NOUN"
            or tok.tag != "NN"
            or not self.r.descriptions.is_definite(head, indices)
        ):
            return None
        if tok.lemma in self.lex.source_nouns or self.r.descriptions.mention_kinds(
            head, indices
        ) & {
            "document",
            "statement",
        }:
            return None
        modifiers = {doc[i].lower for i in indices if i != head and doc[i].pos in CONTENT}
        lo = self.r.window_start(head, WIDE_WINDOW)
        own_role = self.mention_role(indices, head)
        word, lemma = tok.lower, tok.lemma  # read once: the scan goes back a wide window
        for k in range(head - 1, lo - 1, -1):
            earlier = doc[k]
            if earlier.lemma != lemma and earlier.text.lower() != word:
                continue
            if self.r.quoted and inside_sorted(earlier.start, self.r.quoted):
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
                done = self.r._done.get(k) if self._says_more(own, indices) else None
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
            found_role = self.mention_role(own, k)
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
                return self.r.resolution_of(entity, "definite", entity.role)
        return None

    def parallel_subjects(self, head: int, candidates: set[Entity]) -> list[Entity]:
        """The candidates that were the subject of the sentence before (or of this one, before
        the mention) when the mention is itself a subject: Lappin & Leass (1994) reward such
        parallelism, and a news text's "The senator said" continues its topic."""
        doc = self.doc
        here = doc[head]
        if here.dep not in L.SUBJECTS and here.head != here.i:
            return []  # (a root noun: "The senator aimed ..." misparsed as a fragment)
        lo = doc.sentences[max(0, here.sent - 1)].start
        subjects = [
            m
            for m in self.reg.mentions_between(lo, head)
            if m.entity in candidates and m.subject and doc[m.token].dep in L.SUBJECTS
        ]
        main = [m.entity for m in subjects if not self._in_subordinate_clause(m.token)]
        if main and len(main) < len(subjects):
            return main  # "Hale scored twice as Rovers beat Town. The striker": Hale
        return [m.entity for m in subjects]

    def _in_subordinate_clause(self, i: int) -> bool:
        """Whether token ``i`` stands in an adverbial or relative clause ("as Rovers beat
        Town", "who Rovers signed"): centering ranks a complex sentence's entities by clause,
        the main clause's subject above a subordinate clause's (Kameyama 1998), so such a
        subject is no parallel subject while the main clause has one."""
        return any(a.dep in (L.ADVCL, L.RELCL) for a in (self.doc[i], *self.doc.ancestors(i)))

    def titled_before(self, head: int, key: str, quals: set[str]) -> bool:
        """Whether someone named before token ``head``, or in the sentence after it, holds the
        role ``key`` and fits the qualifiers: a definite description points back (Poesio &
        Vieira 1998: a definite description's antecedent precedes it), so a holder titled only
        paragraphs later ("Republican candidate Jeb Bush") is not "the candidate"; news style
        may name a new role's holder right after it ("The state attorney general is suing.
        Eric Lund said ..."), which the role rule resolves."""
        doc = self.doc
        near = doc.sentences[min(len(doc.sentences) - 1, doc[head].sent + 1)].end
        return any(
            e.type == PERSON and last_before(e.mentions, near) >= 0 and compatible(quals, e)
            for e in self.reg.holders(key)
        )

    def holder_before(self, head: int, key: str, quals: set[str]) -> bool:
        """Whether a holder of the role ``key`` that fits the qualifiers is mentioned before
        token ``head``, within :data:`WIDE_WINDOW` sentences (a holder named paragraphs before
        is less salient than the person just named). A definite description points back first
        (Poesio & Vieira 1998): when no holder is named before it ("Gina Lopez ... the
        actress" with "actress Ana Ruiz" titled in the next paragraph), an untitled person
        named before is the antecedent (:meth:`definite`); cataphora to the holder named next
        is the fallback when there is none ("The state attorney general said ... Attorney
        General Eric Lund filed")."""
        lo = self.r.window_start(head, WIDE_WINDOW)
        return any(
            e.type == PERSON and last_before(e.mentions, head) >= lo and compatible(quals, e)
            for e in self.reg.holders(key)
        )

    def far_holders_tie(
        self, head: int, indices: list[int], found_role: tuple[str, str, set[int]]
    ) -> bool:
        """ "Judge Ann Reyes and Judge Paul Hart opened the hearing. [pages of evidence] The
        judge asked ...": a titled office (titled_offices.txt) two or more people hold, all
        named only further back than :data:`WIDE_WINDOW` and none after, could be any of
        them; the role rule would take the one named last, a guess, so the description keeps
        its words (one such holder is that holder: :meth:`holder_far_before`)."""
        key = found_role[1]
        quals = set(qualifier_sides(self.reg, indices, found_role[2]))
        holders = [e for e in self.reg.holders(key) if e.type == PERSON and compatible(quals, e)]
        return (
            len(holders) > 1
            and not self.holder_before(head, key, quals)
            and all(e.mentions and max(e.mentions) < head for e in holders)
        )

    def holder_far_before(self, head: int, key: str, quals: set[str]) -> bool:
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
        return len(holders) == 1 and 0 <= last_before(holders[0].mentions, head)

    def place_unconfirmed(self, head: int, key: str, quals: set[str]) -> bool:
        """The description names a place (a U.S. state or a nation: "the Vermont senator")
        and the text placed none of the role's holders there: those left by
        :func:`compatible` are placed nowhere, not known to hold that seat. Such a holder
        does not stop the definite rule, which looks for the salient person whom the text did
        not place elsewhere (registry.placed_elsewhere): "Democratic presidential candidate
        Bernie Sanders ... the Vermont senator" with an untagged "Sen. Rand Paul" paragraphs
        up is Sanders, the topic continued (Poesio & Vieira 1998: a definite description
        whose head and modifiers fit no earlier titled mention refers by its other
        properties). Only when no holder is named in the mention's sentence or the two
        before it: "Sen. Tom Reed spoke. Ann Cole met him. The Vermont senator said" may well
        be Reed (the caller also wants a subject of the sentence before to continue)."""
        if not names_a_place(quals):
            return False
        holders = [e for e in self.reg.holders(key) if e.type == PERSON]
        if any(placed_there(quals, e) for e in holders):
            return False
        holders = [e for e in holders if not placed_elsewhere(quals, e)]
        lo = self.r.window_start(head, PLACE_NEAR)
        return not any(last_before(e.mentions, head) >= lo for e in holders)

    def holds_another_office(self, entity: Entity, wanted: str) -> bool:
        """``entity`` holds an office named like ``wanted`` but another one: the shadow or
        former chancellor is not "the chancellor", the vice president not "the president"
        (:data:`quotes.speakers.lexicon.SUBORDINATE`)."""
        head = wanted.split()[-1]
        keys = entity.role_keys
        return any(
            key.split()[-1] == head and not self.lex.role_matches(wanted, key) for key in keys
        ) and not any(self.lex.role_matches(wanted, key) for key in keys)

    def office_of_a_body(self, indices: list[int], found_role: tuple[str, str, set[int]]) -> bool:
        """ "the FBI director", "the director of the FBI", "the committee chairman": the
        office that heads a body (role_synonyms.txt: "head" covers director, chair, chief
        executive, commissioner), with the body named (an organisation of the text, or a
        common noun of its field: :meth:`_role_domain`), is a titled office as the police
        chief is (titled_offices.txt): its holder is the one the text titles so or makes head
        of that body (:meth:`heads_of_named_body`), else nobody the text names. Not the
        salient person, whom the text never tied to that body: a candidate quoted just before
        is no FBI director (the issue's "prefer no guess": a wrong name misleads more than
        the words). "The head" and "the chief" name a body's office by their meaning, so even
        alone ("The head of the union is worried", whose mention holds no "of" phrase). A bare
        "the director" (a film's) or "the chairman" still goes by salience
        (:meth:`DescriptionRules.definite`), and a former one ("the former FBI director") is
        another office."""
        key, role_tokens = found_role[1], found_role[2]
        if key == "head":
            return True  # "the head", "the chief": of some body, by the word's own meaning
        if key not in self.lex.covers.get("head", ()):
            return False
        quals = set(qualifier_sides(self.reg, indices, role_tokens))
        return bool(self._bodies(quals) or self.body_nouns(indices, role_tokens))

    def body_nouns(self, indices: list[int], role_tokens: set[int]) -> set[str]:
        """The common nouns by which a description names the body its office heads: a field
        before the role ("the committee chairman", :meth:`_role_domain`) or an organisation
        noun (organisation_nouns.txt) its "of" phrase ends in ("the chairman of the
        committee", "the head of the agency")."""
        doc = self.doc
        nouns = self._role_domain(indices, role_tokens)
        for r in role_tokens:
            for prep in doc.kids(r, L.PREP):
                if prep.lower != "of":
                    continue
                for obj in doc.kids(prep.i, L.POBJ):
                    if obj.i in indices and obj.text.islower() and obj.lemma in self.lex.org_nouns:
                        nouns.add(obj.lemma)
        return nouns

    def _generic_head_holders(
        self, holders: list[Entity], quals: set[str], nouns: set[str], word: str
    ) -> list[Entity]:
        """The holders "the head" or "the chief" of a body may mean: one the text titled so,
        or a director, chair or chief executive (role_synonyms.txt: "head" covers them) of the
        body the description names. "the chief of base" is not the film's director Michael
        Bay, "a diplomacy chief" not the chief executive of a Jewish organisation named
        before: the generic word reaches another office only through its body. A body named by
        a common noun ("the head of the RNC's rules committee") must be the holder's, by that
        noun, not by the organisation that owns it (the RNC's chairman heads no committee).
        With no body named, a title ending in the description's word is one: "Police Chief
        Ann Cole ... The chief said" is Cole."""
        sides = {q for q in quals if not q.startswith("@")}
        last = word.lower().split()[-1]

        def tied(e: Entity) -> bool:
            if nouns:
                return _names_a_body(e, nouns)
            if sides:
                return bool(sides & e.affiliations)
            return any(r.lower().split()[-1:] == [last] for r in e.roles)

        return [e for e in holders if (not nouns and "head" in e.role_keys) or tied(e)]

    def heads_of_named_body(
        self, key: str, quals: set[str], nouns: Iterable[str] = ()
    ) -> list[Entity]:
        """The people the text made head of the body a description names, for an office that
        heads a body (role_synonyms.txt: "head" covers director, chair, chief executive,
        commissioner): "the FBI director" is "Jane Roe, who heads the FBI" or "Jane Roe, the
        head of the FBI", when no one is titled FBI director. The body's head is its director
        by what "head" means, and news copy varies the office's name from one mention to the
        next (the same referent under another head noun, Poesio & Vieira 1998's bridging by
        synonymy). The description must name the body (an organisation or side among its
        qualifiers, or ``nouns``, common nouns of :meth:`body_nouns`: "the commission
        chairwoman" is "Jane Roe, who leads the Ohio Elections Commission") and the person
        must be tied to it: "the director" alone, or "the film's director", is no one's
        headship."""
        sides = {q for q in quals if not q.startswith("@")}
        if not (sides or nouns) or key not in self.lex.covers.get("head", ()):
            return []
        return [
            e
            for e in self.reg.holders("head")
            if e.type == PERSON
            and "head" in e.role_keys
            and (bool(sides & e.affiliations) or _names_a_body(e, nouns))
        ]

    def holds_it_elsewhere(self, entity: Entity, wanted: str, quals: set[str]) -> bool:
        """``entity`` holds the office ``wanted`` for another body than the one the
        description names: "CIA Director Ann Cole spoke ... The FBI director said" is not
        Cole, though she is the salient director. The role rule keeps such a holder out
        (:func:`compatible`), so the definite rule, which takes the salient person when no
        holder fits, must not let her back in by salience. Only named organisations count
        on both sides (:meth:`_bodies`): a place or party the registry ties to a person may be
        misattached ("The Ohio governor" is still a Kasich the registry ties elsewhere), and
        a person of no known office, or of another one, is :meth:`title_nobody_has`'s."""
        named = self._bodies(quals) | (quals & PLACE_KINDS[1])
        if not named or not any(self.lex.role_matches(wanted, k) for k in entity.role_keys):
            return False
        own = self._bodies(entity.affiliations) | (entity.affiliations & PLACE_KINDS[1])
        return bool(own) and not own & named

    def held_only_elsewhere(self, wanted: str, quals: set[str]) -> bool:
        """Whether the text titles someone with the office ``wanted`` and every such holder
        holds it for another body or nation than the description names
        (:meth:`holds_it_elsewhere`): "Italy's prime minister, Ann Rossi, ... Hungary's
        prime minister, ... The Dutch prime minister said" names a holder the text has not
        named (Poesio & Vieira 1998: a definite description whose head matches no antecedent
        is discourse-new), so the salient person of another office (a spokesman quoted just
        before) is no better guess than the description's own words."""
        holders = [e for e in self.reg.holders(wanted) if e.type == PERSON]
        return bool(holders) and all(self.holds_it_elsewhere(e, wanted, quals) for e in holders)

    def _bodies(self, sides: Iterable[str]) -> set[str]:
        """The sides that name an organisation of the text that is no place ("fbi" for the
        FBI), as :func:`qualifier_sides` writes them (its lower-case name)."""
        if self._body_names is None:
            self._body_names = {
                name.lower()
                for e in self.reg.entities
                if e.type == ORG and not e.place and not e.described
                for name in e.names
            }
        return {s for s in sides if s in self._body_names}

    _body_names: set[str] | None = None

    def office_named(self, indices: list[int]) -> str | None:
        """The role phrase a name's mention holds ("Senator" of "Senator Tom Reed"), for a
        speaker the registry knows no role of; not an honorific ("Mr.", "Sir", "Dr.",
        "Sheikh"), which shows gender and holds no office, as the registry reads it
        (:data:`quotes.speakers.registry.model.HONORIFICS`): "Sir Keir Starmer" has no role
        "Sir"."""
        found = self.mention_role(indices)
        if found is None or found[0].lower().rstrip(".") in HONORIFICS:
            return None
        return found[0]

    def mention_role(
        self, indices: list[int], head: int | None = None
    ) -> tuple[str, str, set[int]] | None:
        """The role phrase a mention names (the one holding its head when given): its text,
        canonical role and tokens. Possessors' words ("Putin's") are not part of it."""
        doc = self.doc
        own = [i for i in indices if not in_possessor(doc, i, indices)]
        words = [doc[i].lower for i in own]
        for a, b, found in self.lex.find_roles(words):
            toks = own[a:b]
            if head is not None and head not in toks:
                continue
            if head is None and rank_word(doc, self.lex, [doc[i] for i in toks], own):
                continue  # "Stuart Stevens, the chief strategist": the trade, not "chief"
            text = doc.text[doc[toks[0]].start : doc[toks[-1]].end]
            if text.lower() != found:  # a plural: "Senators", "Sens."
                text = singular_title(text, found)
            key = self.lex.canonical_role(found)
            if former_apart(words, a, self.lex.find_roles(words)):
                key = self.lex.canonical_role("former " + key)  # "the former Florida governor"
            return text, key, set(toks)
        return None


def plural_initialism(tok: Token) -> bool:
    """An initialism with a plural "s" ("MPs", "CEOs", "GPs"), which the tagger may call a
    singular common noun: the capitals before the "s" show the plural of an abbreviation
    (Quirk et al. 1985, 5.86: plurals of abbreviations add "s"), many people, not one."""
    word = tok.text
    return len(word) >= 3 and word.endswith("s") and word[:-1].isalpha() and word[:-1].isupper()


def _owner_body(owner: Entity | None) -> set[str]:
    """The sides an organisation owning an office description names ("the company's chief
    executive" of Acme Corp: "acme corp"), written as :func:`qualifier_sides` writes a named
    organisation (its lower-case names), so the body's head is found as "the Acme Corp chief
    executive" would find them: a possessor names the body its office heads as a qualifier
    does (Barker 1995: a relational noun is relative to its owner). Nothing for a person's
    office ("Cole's chief of staff"), compared by its own rules."""
    if owner is None or owner.type != ORG:
        return set()
    return {name.lower() for name in owner.names}


def _names_a_body(entity: Entity, nouns: Iterable[str]) -> bool:
    """Whether one of ``nouns`` ("committee") is a word of a body ``entity`` is tied to ("rules
    committee", "ohio elections commission")."""
    return any(n in a.split() for a in entity.affiliations for n in nouns)

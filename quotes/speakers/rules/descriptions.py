"""The resolver's rules for one shape of mention: descriptions. Run by
:class:`quotes.speakers.resolve.Resolver`, whose module describes the sieve and the salience
they share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotes import labels as L
from quotes.document import POSSESSIVE_MARKS, Token
from quotes.lexicons import load_lexicon, load_table
from quotes.records import GROUP, ORG, PERSON, UNKNOWN, Offsets
from quotes.speakers.headline import headline_end
from quotes.speakers.lexicon import FEMALE, MALE, head_before_of
from quotes.speakers.registry.model import AGENT_SUFFIXES, Entity, is_subject, last_before
from quotes.speakers.registry.names import gender_of_form, person_noun_gender
from quotes.speakers.registry.offices import PARTY_SIDES, placed_elsewhere, qualifier_sides
from quotes.speakers.resolution import (
    CERTAINTY,
    KIND_ORG_NOUNS,
    LEAD,
    PARALLEL,
    PERSONAL_OFFICES,
    PLACE_NOUNS,
    POSSESSIVE_RELATIVE,
    QUALIFIER_MATCH,
    SPOKESPERSON,
    TIE_FACTOR,
    UNRESOLVED,
    UNTYPED_FALLBACK_NONE,
    WIDE_WINDOW,
    WINDOW,
    WORK_NOUNS,
    Resolution,
    phrase,
)
from quotes.speakers.rules import RuleFamily

# sentences after an office's first mention ("The chief executive of Southvale Water was
# questioned ...") within which the text names its holder ("Helen Marsh told the committee")
NAMED_AFTER_OFFICE = 2

#: A party's adjective -> its members ("Republican" -> "Republicans"; party_adjectives.txt).
PARTY_MEMBERS = {row[0]: row[1] for row in load_table("party_adjectives")}


class DescriptionRules(RuleFamily):
    """Descriptions: a definite or possessed noun phrase ("the newspaper", "her campaign", "the
    Russian government"), a headline's description; what stays its own words."""

    def possessive(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        """A noun owned by a pronoun or a description resolves through its owner: "her
        campaign" -> the campaign of whoever "her" is; "his statement" -> his; "his
        spokesman" -> the spokesman of his side; "her adviser, Ann Lee," -> the name in
        apposition, whoever else advises; "his aides" -> a group named by its owner; "his
        spokesman" with no holder tied to him -> the spokesman of the owner, by the owner's
        name (a relational noun denotes someone relative to its owner, Barker 1995)."""
        owner_tok = self.possessive_owner(head, indices)
        assert owner_tok is not None
        named = self.r.names.apposition(head) or self.r.names.named_inside(indices)
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
            if self.r.relatives.statement_noun(tok):
                return self.r.resolution_of(owner, "possessive", owner.role)
            kinds = self.lex.description_kinds.get(tok.lemma, frozenset())
            if "campaign" in kinds and owner.type == PERSON:
                return self._campaign_of(owner)
            if self.r.groups.group_head(tok):
                return self._owned_phrase(owner, owner_tok, indices, GROUP)
            found = self.r.roles.role(head, indices, exclude, owner=owner)
            if found is not None and found.rule in ("role", "identified"):
                return replace(found, rule="possessive")
            if found is not None and owner.type == PERSON:
                return self._owned_phrase(owner, owner_tok, indices, PERSON, found.role)
            if owned_by.type == ORG and found is None and not self.r.groups.group_head(tok):
                # "the paper's editorial board", "its board": the organisation speaks
                return replace(owned_by, rule="possessive", certainty=CERTAINTY["possessive"])
            by_pronoun = self.doc[owner_tok].pos == "PRON"  # a described owner may be misread
            if found is None and owner.type == PERSON and by_pronoun and self._owned_thing(tok):
                role = owner.role
                return self.r.resolution_of(owner, "possessive_thing", role)
        elif self._described_owner(owned_by, owner_tok, tok):
            # "his spokesman" of an unnamed "the Prime Minister" (pronouns6): the owner's words
            return self._owned_words(owned_by.speaker or "", owner_tok, indices)
        return self.described(head, indices, exclude, chained=False)

    def _described_owner(self, owned_by: Resolution, owner_tok: int, tok: Token) -> bool:
        """Whether a pronoun owner resolved to a person the text describes but never names
        (:meth:`PronounRules._unnamed_subject_before`), and the owned noun is a person's
        ("his spokesman", "her mother"): the phrase then names that owner by its words, as
        it names a named owner (Barker 1995: a relational noun is relative to its owner)."""
        return (
            owned_by.entity is None
            and owned_by.type == PERSON
            and owned_by.rule == "pronoun"
            and bool(owned_by.speaker)
            and self.doc[owner_tok].pos == "PRON"
            and person_noun_gender(tok, self.lex) is not None
        )

    def _owned_words(self, owner: str, owner_tok: int, indices: list[int]) -> Resolution:
        """ "his spokesman" -> "Prime Minister's spokesman": the phrase with its described
        owner's words (:meth:`_owned_phrase` for an owner with no entity)."""
        words = [i for i in indices if i > owner_tok and self.doc[i].text not in POSSESSIVE_MARKS]
        rest = phrase(self.doc, words) if words else ""
        return Resolution(
            f"{owner}'s {rest}".strip(), PERSON, None, "possessive", CERTAINTY["possessive"]
        )

    def _owner_resolved(
        self, owner: int, indices: list[int], exclude: Sequence[Offsets], chained: bool
    ) -> Resolution:
        """What a possessive's owner resolved to. Looked up from another mention ("his
        campaign sent out an email" for the email's maker), one level only: an owner that
        is itself owned ("his campaign's manager's") is not followed further. "whose" is
        owned by its relative clause's noun, which the relative rule finds ("the group, whose
        members met": the group)."""
        if self.doc[owner].lower == POSSESSIVE_RELATIVE:
            return self.r.relatives.relative(owner, exclude) or UNRESOLVED
        if chained or self.doc[owner].pos == "PRON" or owner in self.r._done:
            return self.r.lookup(owner, indices, exclude)
        if self.r.shape_of(owner, indices) == "possessive":
            return UNRESOLVED
        return self.r.lookup(owner, indices, exclude)

    def _owned_thing(self, tok: Token) -> bool:
        """Whether a possessed noun is a thing through which its owner speaks: "his website",
        "her account", "His office", "his letter to donors" (a person's office speaks for
        them, as "Senator Lee's office said" does). Not a person or people ("his wife", "her
        colleague", "his aides": roles.txt and the group nouns), not an organisation of its
        own ("his administration"), not a description of a person."""
        if tok.pos != "NOUN" or self.r.groups.group_head(tok):
            return False
        words = {tok.lower, tok.lemma}
        lex = self.lex
        if lex.find_roles([tok.lower]) or lex.find_roles([tok.lemma]):
            return False
        if words & PERSONAL_OFFICES:
            return True
        if words & lex.org_nouns or person_noun_gender(tok, self.lex) is not None:
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
        head = self.description_head(head, indices)
        if (lead := self.headline(head, indices)) is not None:
            return lead
        if (both := self.r.groups.pair(head, indices, exclude)) is not None:
            return both
        if (some := self.r.groups.partitive(head, exclude)) is not None:
            return some
        if (member := self.r.groups.among_those(head, exclude)) is not None:
            return member
        rules = (
            self.r.documents.source_noun,
            self.r.roles.unnamed,
            self.definite,
            self.organisation,
            self.r.roles.party_member,
            self.r.groups.group,
            self.r.roles.role,
        )
        for rule in rules:
            found = (
                rule(head, indices, exclude)
                if chained or rule != self.r.documents.source_noun
                else (self.r.documents.source_noun(head, indices, exclude, chained=False))
            )
            if found is not None:
                return found
            if (
                rule == self.r.documents.source_noun
                and (named := self.r.names.apposition(head)) is not None
            ):
                # "the state's senator, Jane Doe," is Jane Doe, whoever else is a senator
                return named
        if (named := self.r.roles.identified_next(head, indices)) is not None:
            return named
        if (named := self.r.names.name_in_title(indices)) is not None:
            return named
        return self.description(head, indices)

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
        end = self.doc_headline_end()
        if end is None or doc[head].start >= end:
            return None
        if any(doc[i].lower in ("a", "an") for i in indices):
            return None  # "A White House official said": an indefinite brings in someone new
        if doc[head].tag in ("NNS", "NNPS") or self.r.groups.group_head(doc[head]):
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
        found_role = self.r.roles.mention_role(indices, head)
        kinds = self.mention_kinds(head, indices)
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
            return self.r.documents.document_resolution(chosen, "headline")
        return self.r.resolution_of(chosen, "headline", chosen.role)

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
                and self._same_role_word(tok.lemma.lower(), word)
                and tok.dep in L.SUBJECTS
                and (tok.tag in ("NNS", "NNPS")) == plural
            ):
                return k
        return None

    def _same_role_word(self, word: str, other: str) -> bool:
        """The same noun, or two role words of one canonical role (role_synonyms.txt): the
        headline's "SEIU chief" is the lead's "The head of the Service Employees
        International Union", a headline's word often being the shorter synonym."""
        if word == other:
            return True
        roles = self.lex.roles
        return (
            (word,) in roles
            and (other,) in roles
            and self.lex.canonical_role(word) == self.lex.canonical_role(other)
        )

    def _lead_noun_resolved(self, k: int) -> Resolution:
        """The lead's noun at ``k`` resolved as the body resolves it: the name in apposition
        to it ("The city's new mayor, Ann Lee, said"), a holder, or its own words."""
        doc = self.doc
        named = self.r.names.apposition(k)
        if named is not None and named.rule == "apposition":
            return replace(named, rule="headline")
        own = [i for i in doc.subtree(k) if i <= k and doc[i].pos != "PUNCT"]
        found = self.r.lookup(k, own, ())
        if not found.speaker:
            found = self.description(k, own)  # the phrase, as the body keeps it
        return replace(found, rule="headline")

    def _titled_otherwise(self, entity: Entity, wanted: str) -> bool:
        """``entity`` has titles and none of them is ``wanted``: a headline that calls someone
        "Judge" does not mean the lead's "Mayor Ann Cole"."""
        keys = entity.role_keys
        return bool(keys) and not any(self.lex.role_matches(wanted, k) for k in keys)

    def _in_another_office(self, entity: Entity, wanted: str) -> bool:
        """:meth:`_titled_otherwise` with the ties of unofficial_roles.txt left out: a
        "presidential candidate" may well be "the Vermont senator" (its tie rules no one out,
        as in RoleRules.title_nobody_has)."""
        keys = {k for k in entity.role_keys if self.r.roles.unofficial_kind(k) != "tie"}
        return bool(keys) and not any(self.lex.role_matches(wanted, k) for k in keys)

    def doc_headline_end(self) -> int | None:
        """Where the headline ends (:func:`headline_end`), found once per document: many
        rules ask, and finding it reads the text after the first paragraph, so asking anew
        made a long document's resolution quadratic."""
        if not self._headline_found:
            self._headline = headline_end(self.doc.text)
            self._headline_found = True
        return self._headline

    _headline: int | None = None
    _headline_found = False

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
            return self.r.resolution_of(named, "organisation", None)
        indices = self._spoken_for(head, indices)
        if self.bare_definite(head, indices) and (headed := self.head_match(head)) is not None:
            return Resolution(
                headed.name, ORG, None, "organisation", CERTAINTY["organisation"], headed
            )
        if self.bare_definite(head, indices):
            # "a spokesperson for the station": an outlet, campaign or document noun wants an
            # organisation known to be of its kind, never an untyped one
            kind_only = bool(typed & UNTYPED_FALLBACK_NONE)
            for window in (WINDOW, WIDE_WINDOW):
                best, tie = self._salient_organisation(head, typed, exclude, window, kind_only)
                if best is not None:
                    best = self._apposed_name(best) or best
                    certainty = CERTAINTY["organisation"] * (TIE_FACTOR if tie else 1.0) * 0.9
                    return Resolution(best.name, ORG, None, "organisation", certainty, best)
        if self.bare_definite(head, indices) and (after := self._named_next(head, typed)):
            return Resolution(
                after.name, ORG, None, "organisation", CERTAINTY["organisation"] * 0.8, after
            )
        if self._classifying_definite(head, indices) and not typed & UNTYPED_FALLBACK_NONE:
            best, tie = self._salient_organisation(head, typed, exclude, WINDOW, repeated=True)
            if best is not None:
                certainty = CERTAINTY["organisation"] * (TIE_FACTOR if tie else 1.0) * 0.8
                return Resolution(best.name, ORG, None, "organisation", certainty, best)
        entity = self.reg.at_token.get(head)
        if entity is not None and entity.type == ORG:
            return self.r.resolution_of(entity, "organisation", None)
        return Resolution(
            phrase(self.doc, indices), ORG, None, "organisation", CERTAINTY["organisation"]
        )

    def _spoken_for(self, head: int, indices: list[int]) -> list[int]:
        """The words of the organisation a spokesperson speaks for, when the description's
        head is that organisation (:meth:`description_head`): "A spokeswoman for the
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
        kind_only: bool = False,
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
        ``kind_only``: only an organisation known to be of one of the noun's kinds, for the
        nouns of :data:`UNTYPED_FALLBACK_NONE` ("the station" is a broadcaster named before,
        never an untyped name). ``repeated``: only an organisation the text names more than
        once (a capitalised word named once, "Defiance and determination radiates ...", is as
        often the NER's misread; the Stanford sieve's mention filtering drops such singletons,
        Lee et al. 2013)."""
        tok = self.doc[head]
        orgs = {
            m.entity for m in self.reg.mentions_between(self.r.window_start(head, window), head)
        }
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
            and ((window == WINDOW and not kind_only) or e.kind in typed)
            and (not repeated or len(e.mentions) > 1 or self._trusted_singleton(e))
            # a building or a street ("the bakery on Quay Street") is no "the council"; one
            # that spoke for those in it ("The White House said", "Downing Street said") is
            and (not e.facility or any(s is e for s in self.r._source_entities))
        }
        return self.r.ranked(head, orgs, exclude, {}, window)

    def _named_next(self, head: int, typed: frozenset[str]) -> Entity | None:
        """ "..., the union announced on Thursday. ¶ Unite said ...": a bare "the union" that
        is a subject, with no organisation before it that it could mean, is the organisation
        the next sentence makes its subject when that one is new there (named nowhere before)
        and of the noun's kind or of none known. News copy gives the kind first and the name
        next, as it does for a person (:meth:`RoleRules.identified_next`)."""
        doc = self.doc
        tok = doc[head]
        if tok.dep not in L.SUBJECTS or tok.sent + 1 >= len(doc.sentences):
            return None
        nxt = doc.sentences[tok.sent + 1]
        for m in self.reg.mentions_between(nxt.start, nxt.end):
            if not m.subject or m.embedded or doc[m.token].dep not in L.SUBJECTS:
                continue
            entity = m.entity
            if entity.type != ORG or entity.described or (entity.kind and entity.kind not in typed):
                return None
            if min(entity.mentions) < nxt.start:
                return None  # named before: "the union" would have been it already
            return entity
        return None

    def _apposed_name(self, described: Entity) -> Entity | None:
        """The named organisation a described one stands in apposition with, at any of its
        mentions ("France's air accident investigation agency, the BEA, said ... A
        spokeswoman for the agency"): the agency is the BEA, as the apposition rule reads
        the description itself, not its words. None for a named organisation."""
        if not described.described:
            return None
        doc = self.doc
        for m in described.mentions:
            near = [k.i for k in doc.kids(m, L.APPOS)]
            if doc[m].dep == L.APPOS:
                near.append(doc[m].head)
            for i in near:
                entity = self.reg.at_token.get(i)
                if entity is not None and entity.type == ORG and not entity.described:
                    return entity
        return None

    def _trusted_singleton(self, entity: Entity) -> bool:
        """An organisation named once that is no NER misread: a name of several capitalised
        words ("Amnesty International", "Human Rights Watch"), or one that already spoke in a
        claim. "Defiance" opening a sentence is neither."""
        words = entity.name.split()
        return (len(words) > 1 and all(w[:1].isupper() for w in words)) or any(
            e is entity for e in self.r._source_entities
        )

    def head_match(self, head: int) -> Entity | None:
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
            last = last_before(entity.mentions, head)
            if last >= 0 and (found is None or last > found[0]):
                found = (last, entity)
        return found[1] if found else None

    def _eponymous(self, head: int, indices: list[int], kinds: frozenset[str]) -> Entity | None:
        """ "Podesta's firm", "Clinton's foundation": an organisation owned by a named person
        is the one named after that person ("the Podesta Group"), of a kind the noun fits
        when its kind is known, and named as an organisation (:meth:`_named_as_organisation`):
        a headline's "Trump Tower Rent" or a "Trump SoHo Hotel" holds the surname but is no
        "Trump's campaign". None when the text names no such organisation (the phrase
        stays)."""
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
            if surname not in words or len(words) < 2 or entity.facility:
                continue
            if entity.kind in kinds or (
                not entity.kind
                and any(self._named_as_organisation(n.split()) for n in entity.names)
            ):
                return entity
        return None

    def _named_as_organisation(self, words: list[str]) -> bool:
        """Whether a name of no known kind says it is an organisation: its head noun (the
        last word, or the word before its first "of" / "for", as in
        :meth:`SpeakerLexicon.kind_of_name`) is an organisation noun ("Rossi Foundation",
        "Rossi Group", "Friends of Rossi" when "friends" is listed). A name for someone's
        building or business line ("Lund Tower Rent", "Lund Harbor Hotel") is not. A company
        designator says it too ("Podesta Group Inc.")."""
        low = [w.lower() for w in words]
        if len(low) > 1 and low[-1] in self.lex.company_designators:
            return True
        heads = [low[-1], head_before_of(low)]
        return any(h in self.lex.org_nouns for h in heads if h is not None)

    def bare_definite(self, head: int, indices: list[int]) -> bool:
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
        kinds = self.mention_kinds(head, indices)
        titled = False  # a title of office ("the governor"), not an epithet ("the candidate")
        if not kinds and tok.tag == "NN" and self.r.roles.mention_role(indices, head) is not None:
            kinds = frozenset({"person"})  # "the justice", "the former first lady"
            titled = True
        if not kinds or not self.is_definite(head, indices):
            return None
        bonus: dict[int, float] = {}
        tie_break: frozenset[int] = frozenset()
        untitled_only = False
        unplaced = False  # a place no holder of the office is placed in ("the Vermont senator")
        if "person" in kinds:
            if (subject := self._predicated_of(head)) is not None:
                return subject  # "Ms. Holt was the biggest donor": Holt, not the last named
            if doc.kids(head, L.POSS):
                # "the show's presenter": someone tied to the owner, not whoever is salient
                return None
            if tok.tag in ("NNS", "NNPS"):
                return None  # "The candidates said": many people, not the one named last
            found_role = self.r.roles.mention_role(indices, head)
            if found_role is not None and found_role[1] in load_lexicon("titled_offices"):
                if self.r.roles.far_holders_tie(head, indices, found_role):
                    text = phrase(doc, indices)
                    return Resolution(
                        text, PERSON, found_role[0], "description", CERTAINTY["description"]
                    )
                return None  # "The police chief said": the holder titled so, or no one
            if found_role is not None and self.r.roles.office_of_a_body(indices, found_role):
                return None  # "the FBI director": its holder or its words (the role rule)
            if found_role is not None and self.r.roles.office_to_come(indices, found_role[2]):
                return None  # "the next president": nobody yet (the role rule keeps the words)
            quals: set[str] = set()
            if found_role is not None:
                quals = set(qualifier_sides(self.reg, indices, found_role[2]))
                nouns = self.r.roles.body_nouns(indices, found_role[2])
                if self.r.roles.heads_of_named_body(found_role[1], quals, nouns):
                    return None  # "Jane Roe, who heads the FBI": the role rule's holder
                if self.r.roles.held_only_elsewhere(found_role[1], quals):
                    return None  # "The Dutch prime minister" after Italy's: someone new
                if self.r.roles.titled_before(head, found_role[1], quals) and not (
                    unplaced := self.r.roles.place_unconfirmed(head, found_role[1], quals)
                ):
                    if self.r.roles.holder_before(head, found_role[1], quals):
                        return None  # the role rule knows who holds the title
                    if not self.r.roles.unofficial_kind(
                        found_role[1]
                    ) and self.r.roles.holder_far_before(head, found_role[1], quals):
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
                for e in self.window_entities(head, WIDE_WINDOW)
                if e.type == PERSON
                and (not gender or e.gender in ("", gender))
                and not (found_role and self.r.roles.holds_another_office(e, found_role[1]))
                and not (found_role and self.r.roles.holds_it_elsewhere(e, found_role[1], quals))
                and not placed_elsewhere(quals, e)  # "the Florida senator": no Iowa senator
                and not (untitled_only and e.role_keys)
                and not self._of_another_party(quals, e)
            }
            if untitled_only and not candidates:
                return None  # cataphora: the holder named just after (the role rule)
            if found_role is None and (last := self.named_just_before(head, candidates)):
                return Resolution(
                    last.name, last.type, last.role, "definite", CERTAINTY["definite"], last
                )
            # qualifiers count for a candidate, and against one only when they name a place
            # the text put the candidate in another of (registry.placed_elsewhere): the
            # affiliations the registry reads from "Ann Cole of Maine and Mark Lund of Ohio"
            # can be misattached, a party-state tag ("Sen. Ann Cole, R-Iowa,") cannot
            bonus = {e.id: QUALIFIER_MATCH for e in candidates if quals & e.affiliations}
            parallel = set(self.r.roles.parallel_subjects(head, candidates))
            for e in parallel:
                bonus[e.id] = bonus.get(e.id, 0.0) + PARALLEL
            titled_otherwise = self._titled_otherwise
            if unplaced:
                titled_otherwise = self._in_another_office  # a candidacy is no other seat
            if len(parallel) == 1 and not (
                found_role and titled_otherwise(next(iter(parallel)), found_role[1])
            ):
                # "Lee won, defeating Roe in the state that revived her campaign. The Vermont
                # senator ...": Lee and Roe tie on salience, and the subject of the sentence
                # before continues as the subject here (Lappin & Leass's parallelism; Kameyama
                # 1986), not the one a possessive mentioned last; unless the text gave that
                # subject another title ("Hope Hicks, a spokeswoman for Trump, ... The
                # presumptive nominee": not the spokeswoman)
                tie_break = frozenset(e.id for e in parallel)
            if unplaced and not tie_break:
                return None  # no topic continued: the office's holder (the role rule)
        else:
            named = self.r.roles.named_document(head, indices, kinds)
            if named is not None:
                return replace(
                    self.r.documents.document_resolution(named, "definite"),
                    certainty=CERTAINTY["definite"],
                )
            own_classifiers = self._classifiers(indices, head)
            candidates = {
                e
                for e in self.window_entities(head, WIDE_WINDOW)
                if e.type == ORG
                and e.kind in kinds
                and e.name.lower() != tok.lower
                and not self._classified_otherwise(e, own_classifiers, head)
            }
        best, tie = self.r.ranked(head, candidates, exclude, bonus, WIDE_WINDOW, tie_break)
        if best is None:
            return None
        if titled and found_role and self.r.roles.title_nobody_has(best, found_role[1], head):
            best = self._agreeing_candidate(head, found_role, candidates, exclude, bonus)
            if best is None:
                return None  # the role rule leaves the description its own words
            tie = False
        certainty = CERTAINTY["definite"] * (TIE_FACTOR if tie else 1.0)
        if best.kind == "document":
            return replace(
                self.r.documents.document_resolution(best, "definite"), certainty=certainty
            )
        role = best.role
        return Resolution(best.name, best.type, role, "definite", certainty, best)

    def _classifiers(self, indices: list[int], head: int) -> set[str]:
        """The description's own lower-case classifiers: its adjectives and nouns before the
        head ("economy" of "the economy ministry"), read once for all its candidates."""
        doc = self.doc
        return {
            doc[i].lower
            for i in indices
            if i != head and doc[i].pos in ("ADJ", "NOUN") and doc[i].text.islower()
        }

    def _classified_otherwise(self, entity: Entity, own: set[str], head: int) -> bool:
        """Whether ``entity`` is named with the description's head noun and another
        classifier before it than the description's own (``own``, :meth:`_classifiers`): "the
        economy ministry" is not "the health ministry", "the Senate committee" not "the House
        committee" (Poesio & Vieira 1998: a definite description's premodifiers must be
        compatible with its antecedent's). Only when the description has classifiers of its
        own; a bare "the ministry" may be either."""
        if not own:
            return False
        tok = self.doc[head]
        for name in entity.names:
            words = name.lower().split()
            if len(words) < 2 or words[-1] not in (tok.lower, tok.lemma):
                continue
            theirs = set(words[:-1]) - {"the"}
            if theirs and not theirs & own:
                return True
        return False

    def _agreeing_candidate(
        self,
        head: int,
        found_role: tuple[str, str, set[int]],
        candidates: set[Entity],
        exclude: Sequence[Offsets],
        bonus: dict[int, float],
    ) -> Entity | None:
        """The most salient candidate the office does not rule out, when the most salient one
        holds another office ("Labour MP Priya Nandra pressed Ms Marsh. The chief executive
        insisted": not the MP) and the text introduced the office before, unnamed ("The chief
        executive of Southvale Water was questioned ... ¶ Helen Marsh told the committee"):
        the description repeats that earlier one (Poesio & Vieira 1998: direct anaphora, the
        commonest definite description), so its referent is someone named before, and role
        agreement goes before recency. An office the text names here for the first time
        ("The Indiana governor said" with a businessman salient) is discourse-new: None, the
        description keeps its words. Only when no one holds the office, and only an untitled
        person first named after the office was first written (the holder the text named
        once it had introduced the office, by a full name); not for a possessor ("The congressman's
        spokesman": the owner's own rules)."""
        roles, doc = self.r.roles, self.doc
        key = found_role[1]
        if self.reg.holders(key) or doc[head].dep == L.POSS:
            return None
        sentence = doc.sentences[doc[head].sent]
        if not roles.written_before(found_role[0], sentence.start_char):
            return None  # no earlier mention of the office, before the description's sentence
        introduced = doc[doc.token_at(roles.lower_text().find(found_role[0].lower()))].sent
        agreeing = {
            e
            for e in candidates
            if not e.role_keys
            and len(e.name.split()) > 1  # a full name, as news introduces one ("the Clintons")
            and e.mentions
            and introduced < doc[min(e.mentions)].sent <= introduced + NAMED_AFTER_OFFICE
            and is_subject(doc, min(e.mentions))  # brought in as a subject: "Helen Marsh told"
        }
        best, _ = self.r.ranked(head, agreeing, exclude, bonus, WIDE_WINDOW)
        return best

    def _predicated_of(self, head: int) -> Resolution | None:
        """The named person a definite person description is said of as the complement of
        "be" ("Ms. Holt was the biggest donor to the fund", "Lee is the front-runner"): a
        subject complement describes its subject (Quirk et al. 1985, 10.8), so it is that
        subject, not the most salient person before it; so is the subject of an equative "be"
        whose complement is a name ("The biggest donor was Dana Holt, who"). Only a registry
        name (no group, no description) on the other side of a copula no "not" denies ("Holt
        was not the biggest donor" says she is someone else)."""
        doc = self.doc
        tok = doc[head]
        verb = doc[tok.head]
        if tok.head == head or verb.lemma != "be" or doc.kids(verb.i, L.NEG):
            return None
        if tok.dep == L.ATTR:
            named = doc.kids(verb.i, L.NSUBJ)
        elif tok.dep == L.NSUBJ:
            named = [k for k in doc.kids(verb.i, L.ATTR) if k.i > head]
        else:
            return None
        for other in named:
            entity = self.reg.at_token.get(other.i)
            if entity is not None and entity.type == PERSON and not entity.described:
                return self.r.resolution_of(entity, "definite", entity.role)
        return None

    @staticmethod
    def _of_another_party(quals: set[str], entity: Entity) -> bool:
        """Whether the text gave ``entity`` a party and the description names another one:
        "The GOP presidential candidate" is no Democrat named before. A person of no known
        party stays a candidate (the qualifier narrows, it does not block: as
        :meth:`RoleRules.party_member` falls back to the person placed nowhere else)."""
        wanted = quals & PARTY_SIDES
        known = entity.affiliations & PARTY_SIDES
        return bool(wanted and known and not wanted & known)

    def named_just_before(self, head: int, candidates: set[Entity]) -> Entity | None:
        """For a person epithet that is a subject ("The striker, 19, had not played since
        October"), the one candidate the narrative sentence just before names, when nobody
        is named before it in its own sentence: "City were beaten by two goals from Tom
        Brennan. The striker ..." is Brennan, not the manager quoted paragraphs before. News
        copy names a person, then goes on with an epithet (the sports desk's "the striker",
        the wire's "the 58-year-old"); Lappin & Leass (1994) weigh recency, so the one person
        of the sentence before outranks an older salient one, and Hobbs (1978) searches that
        sentence right after the description's own (session 21, pronouns6). Not a title of
        office (the role rule and its holders decide), nor when that sentence names two
        people the epithet could mean."""
        doc = self.doc
        tok = doc[head]
        if tok.dep not in (L.NSUBJ, L.NSUBJ_PASS):
            return None
        start = doc.sentences[tok.sent].start
        if any(m.entity in candidates for m in self.reg.mentions_between(start, head)):
            return None
        before = self.r.pronouns.narrative_before(tok.sent)
        if before is None:
            return None
        sentence = doc.sentences[before]
        named = {
            m.entity
            for m in self.reg.mentions_between(sentence.start, sentence.end)
            if m.entity.type == PERSON
        }
        if len(named) != 1 or not named <= candidates:
            return None
        person = next(iter(named))
        pronouns = self.r.pronouns
        if any(pronouns.pronoun_of(sentence.start, sentence.end, g) for g in (MALE, FEMALE)):
            return None  # "While the mega donor didn't ... he found Trump ...": another in play
        subject = pronouns.main_subject(before)
        if subject is not None and self.reg.at_token.get(subject.i) is not person:
            if subject.pos == "PRON" and subject.lower not in ("it", "that", "this"):
                return None  # "They ..."
            if pronouns.names_people(subject):
                return None  # a person the sentence describes may be the epithet's
        return person

    def mention_kinds(self, head: int, indices: list[int]) -> frozenset[str]:
        """The kinds (description_kinds.tsv: person, document, statement ...) of a
        description mention: its last three or two words as a phrase ("the news agency"),
        else its head noun; an age epithet ("the 72-year-old") is a person. The document and
        role rules ask it to tell a document or statement noun from a person's."""
        doc = self.doc
        kinds = self.lex.description_kinds
        if self.r.age_epithet(indices):
            return frozenset({"person"})
        words = [doc[i].lower for i in indices if doc[i].pos != "PUNCT"]
        for n in (3, 2):  # "the real estate developer", "the news agency"
            if len(words) >= n and " ".join(words[-n:]) in kinds:
                return kinds[" ".join(words[-n:])]
        return kinds.get(doc[head].lemma.lower(), kinds.get(doc[head].lower, frozenset()))

    def is_definite(self, head: int, indices: list[int]) -> bool:
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
            and not self._party_qualifier(i, head)
            for i in indices
        )

    def _party_qualifier(self, i: int, head: int) -> bool:
        """Whether token ``i`` is a party's name before the head noun ("The GOP presidential
        candidate"): it says which party the person is of, as "the Florida senator" says
        where, so the description still points back (:meth:`definite` narrows the
        candidates to that party's members where parties are known). The NER tags "GOP" as
        an organisation, which made the phrase a name of its own."""
        return i < head and self.lex.side(self.doc[i].text) in PARTY_SIDES

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

    def window_entities(self, head: int, window: int) -> set[Entity]:
        """The entities mentioned, or speaking, within ``window`` sentences before ``head``:
        the candidates a description, a plural pronoun or a group rule chooses among."""
        lo = self.r.window_start(head, window)
        pool = {m.entity for m in self.r.mentions_and_pronouns_between(lo, head)}
        return pool | set(self.r.sources_between(lo, head))

    def _named_speaker_for(self, head: int, indices: list[int]) -> Resolution | None:
        """ "A spokesman for the ministry, Ann Lee, said", "The head of the port authority,
        Jens Meier, said": a person named in apposition to the description's own noun is the
        speaker, before :meth:`description_head` moves the head to the body the person speaks
        for (which alone, "A spokesman for the ministry said", speaks for the ministry)."""
        if self.description_head(head, indices) == head:
            return None
        named = self.r.names.apposition(head)
        return named if named is not None and named.type == PERSON else None

    def description_head(self, head: int, indices: list[int]) -> int:
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
        if (
            not self.r.relatives.personal(person)
            or lex.canonical.get(doc[person].lower) == SPOKESPERSON
        ):
            return False
        if "document" in lex.description_kinds[doc[place].lower]:
            return False
        words = [doc[i].lower for i in range(person, place + 1)]
        return not any(start == 0 and end == len(words) for start, end, _ in lex.find_roles(words))

    def possessive_owner(self, head: int, indices: list[int]) -> int | None:
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
            if kid.lower == POSSESSIVE_RELATIVE:
                return kid.i  # "the group, whose members met": owned by the relative's noun
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
                    return self.r.resolution_of(entity, "possessive", None)
        name = f"{person.name.split()[-1]} campaign"
        return Resolution(name, ORG, None, "possessive", CERTAINTY["possessive"])

    def description(self, head: int, indices: list[int]) -> Resolution:
        """No rule applied: keep the phrase ("the investigation"), type from the NER; a
        phrase of several joined by "and" ("Donald Trump and his attorneys") is a group."""
        tok = self.doc[head]
        if (player := self._part_named_before(tok)) is not None:
            return self.r.resolution_of(player, "name", None)
        if (members := self._party_members(tok, indices)) is not None:
            return Resolution(members, GROUP, None, "description", CERTAINTY["description"])
        type_ = {"PERSON": PERSON, "ORG": ORG, "GPE": ORG, "NORP": GROUP}.get(tok.ent, UNKNOWN)
        if any(k.i in indices for k in self.doc.kids(head, L.CONJ)):
            type_ = GROUP
        return Resolution(
            phrase(self.doc, indices), type_, None, "description", CERTAINTY["description"]
        )

    def _party_members(self, tok: Token, indices: list[int]) -> str | None:
        """ "The audit has renewed Republican calls for a special counsel", "a typical
        Democratic answer": a source that is a party's adjective alone, modifying a noun outside it,
        speaks for the party's members, named as the press names them ("Republicans";
        party_adjectives.txt, which gives the reason). Only the whole source one listed word
        with its capital, and an adjective or compound on a noun: "Republican" as a noun ("a
        Republican said") is one member, left as its words."""
        if indices != [tok.i] or tok.text not in PARTY_MEMBERS or tok.head == tok.i:
            return None
        if tok.dep not in (L.AMOD, L.COMPOUND) or self.doc[tok.head].pos not in ("NOUN", "PROPN"):
            return None
        return PARTY_MEMBERS[tok.text]

    def _part_named_before(self, tok: Token) -> Entity | None:
        """The person a transcript's label in capitals stood for when it first came with a
        name in brackets: after "MODERATOR (Hannah Osei): ...", a later "MODERATOR: ..." is
        Hannah Osei (a panel's or a play's cast list given once, at the first turn; session 17,
        styles4). Only a label opening its line, and a person the registry knows."""
        if not (tok.text.isupper() and len(tok.text) > 1 and self.r.label_before_colon(tok)):
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

    def ends_an_org_name(self, tok: Token) -> bool:
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

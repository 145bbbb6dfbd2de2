"""The resolver's rules for one shape of mention: names. Run by
:class:`quotes.speakers.resolve.Resolver`, whose module describes the sieve and the salience
they share."""

from __future__ import annotations

from collections.abc import Sequence

from quotes import labels as L
from quotes.document import Token
from quotes.records import GROUP, ORG, PERSON, Offsets
from quotes.speakers.registry.model import HONORIFICS, Entity
from quotes.speakers.registry.names import fits_an_org, short_form_of
from quotes.speakers.resolution import (
    CERTAINTY,
    NAMING_VERBS,
    Resolution,
    phrase,
)
from quotes.speakers.rules import RuleFamily


class NameRules(RuleFamily):
    """Names: a mention that is, or holds in apposition, a name of the registry; names joined
    by "and"."""

    # --- the rules of the table ------------------------------------------------------------
    def coordinated(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        return self.coordination(head, indices, exclude) or self.r.descriptions.description(
            head, indices
        )

    def named(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        return self.name(head, indices, exclude) or self.r.descriptions.described(
            head, indices, exclude, chained
        )

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
        for kid in (
            doc.kids(head, L.APPOS)
            + self._apposition_after_place(head)
            + self._name_given_in_relative(head)
            + self._name_set_off_after(head)
        ):
            entity = self.reg.at_token.get(kid.i) or self._named_description(kid)
            if entity is None or doc.kids(kid.i, L.CONJ):
                continue
            if entity.type == PERSON:
                return self.r.resolution_of(
                    entity, "apposition", self._role_described(head, entity)
                )
            if entity.type == ORG and not entity.described and self._fits_an_org(tok, kid):
                return self.r.resolution_of(
                    entity, "apposition", None
                )  # "One group, Occupy DNC, is"
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
        own = self.r.roles.mention_role(left, head)
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
                elif self._place_merged_with_name(prep.i, place):
                    out.append(place)
        return out

    def _name_given_in_relative(self, head: int) -> list[Token]:
        """ "A resident who gave only her first name, Olga, said ...", "a woman who asked to
        be identified only by her first name, Olga,": a relative clause on the description
        that gives its bearer's name, in apposition to the noun "name", gives the person who
        speaks (the wire's way with a source who withholds a surname). Only a clause opened
        by "who" and a name owned by a pronoun ("her first name"), not a name of another
        ("who gave the police the driver's name, Tom Hale,")."""
        doc = self.doc
        out = []
        for clause in doc.kids(head, L.RELCL):
            words = doc.subtree(clause.i)
            if doc[words[0]].lower != "who":
                continue
            for i in words:
                noun = doc[i]
                owners = doc.kids(i, L.POSS)
                if noun.lemma == "name" and owners and owners[0].pos == "PRON":
                    out += [k for k in doc.kids(i, L.APPOS) if k.ent == "PERSON"]
        return out

    def _name_set_off_after(self, head: int) -> list[Token]:
        """ "Asked by the committee chairman, Sir Robert Gale, whether ...", "Her nephew,
        Matteo, said": a person's name set off by commas right after the description, which
        the parser hangs on a verb or the noun as a bare noun-phrase adverbial (``npadvmod``)
        instead of in apposition. Written between commas just after the description's last
        word, it is the description's apposition all the same (Quirk et al. 1985, 17.65).
        Only the head of a PERSON entity whose span starts after the comma and is closed by
        another comma (session 23, styles8)."""
        doc = self.doc
        edge = max(doc.subtree(head))
        if edge + 2 >= len(doc) or doc[edge + 1].text != ",":
            return []
        start = edge + 2
        if doc[start].lower.rstrip(".") in HONORIFICS or self.lex.find_roles([doc[start].lower]):
            start += 1  # "Sir Robert Gale": a title before the name the NER spans
        entity = self.reg.at_token.get(start)
        if entity is None or entity.type != PERSON:
            return []
        end = start
        while end < len(doc) and self.reg.at_token.get(end) is entity:
            end += 1
        if end >= len(doc) or doc[end].text != ",":
            return []
        name = [doc[i] for i in range(edge + 2, end) if not edge + 2 <= doc[i].head < end]
        if len(name) != 1 or name[0].dep != L.NPADVMOD:
            return []
        return name

    def _place_merged_with_name(self, prep: int, place: Token) -> bool:
        """ "the Russian envoy to the UN, Pavel Kirov,": the parser may read the body and the
        name after its comma as one object of "to" headed by the name ("UN" a modifier of
        "Kirov"); the name is then in apposition to the description, as when it is parsed
        apart. Only a person's name whose modifier before the comma is a body or place by the
        NER ("the lawyer for Ann Lee, Tom Hale," keeps its person)."""
        doc = self.doc
        if place.ent != "PERSON" or place.i - 1 <= prep:
            return False
        comma = next((i for i in range(prep + 1, place.i) if doc[i].text == ","), None)
        return (
            comma is not None
            and doc[comma - 1].ent in ("ORG", "GPE", "NORP", "FAC", "LOC")
            and doc[comma - 1].head == place.i
        )

    def _fits_an_org(self, tok: Token, name: Token) -> bool:
        return fits_an_org(self.doc, tok, name, self.lex)

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
                    return self.r.resolution_of(entity, "named_as", None)
                words = sorted(doc.subtree(named.i))
                return Resolution(
                    phrase(doc, words), type_, None, "named_as", CERTAINTY["named_as"]
                )
        return None

    def name_in_title(self, indices: list[int]) -> Resolution | None:
        """A description no rule resolved that wraps one person's name in apposition: "Match
        of the Day presenter Gary Lane said" (the parser makes "Match" the head and the name
        its apposition), "The other man, his cousin James York," (the name hangs on
        "cousin"): the name is the source (:meth:`named_inside`). Not a coordination ("John
        Bolton and Breitbart editor Sebastian Gorka both"): two people are no one of them."""
        if any(self.doc[i].dep == L.CONJ for i in indices):
            return None
        return self.named_inside(indices)

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

    def named_inside(self, indices: list[int]) -> Resolution | None:
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
                return self.r.resolution_of(entity, "apposition", entity.role)
        return None

    # --- the rules --------------------------------------------------------------------------
    def name(self, head: int, indices: list[int], exclude: Sequence[Offsets]) -> Resolution | None:
        """A name of the registry: "Lavrov", "Mr. Peskov", "White House press secretary Sarah
        Sanders", "the White House" -> that entity under its canonical name."""
        entity = self.reg.at_token.get(head)
        tok = self.doc[head]
        if entity is None and self.r.name_like(tok):
            hint = self.lex.role_gender(self.doc[head - 1].lower) if head else ""
            entity = self.reg.person_named(tok.lower, before=head, gender=hint)
        if entity is None and tok.pos == "PROPN":
            # "Quinnipiac conducted the poll" after "a Quinnipiac University poll": the NER
            # often tags no span on an organisation's short form
            proper = [self.doc[i].text for i in indices if self.doc[i].pos == "PROPN"]
            entity = short_form_of(self.reg, " ".join(proper)) if proper else None
        if entity is None or entity.described and entity.type == ORG:
            return None  # "the agency": a description, see organisation()
        if entity.type in (ORG, PERSON) and self.r.groups.group_head(tok):
            return None  # "Aides said": a plural role the NER took for a name is a group
        if entity.type == GROUP:
            words = phrase(self.doc, indices)
            return Resolution(words, GROUP, None, "group", CERTAINTY["group"], entity)
        role = entity.roles[0] if entity.roles else self.r.roles.office_named(indices)
        return self.r.resolution_of(entity, "name", role)

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
        return self.r.resolution_of(person, "name", role)

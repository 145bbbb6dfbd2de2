"""The resolver's rules for one shape of mention: relative pronouns (who / which / that). Run by
:class:`quotes.speakers.resolve.Resolver`, whose module describes the sieve and the salience
they share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotes import labels as L
from quotes.document import Token
from quotes.records import GROUP, ORG, PERSON, Offsets
from quotes.speakers.registry.model import Entity
from quotes.speakers.resolution import (
    AUTHOR_VERBS,
    CERTAINTY,
    EXAMPLE_PREPOSITIONS,
    FUND_NOUNS,
    MAKING_VERBS,
    PLURAL_PRONOUN_HEADS,
    PLURAL_VERB_FORMS,
    POSSESSIVE_RELATIVE,
    RELATIVE_PRONOUNS,
    UNNAMED_PARTICIPLES,
    UNRESOLVED,
    UNSPEAKING_ENTS,
    Resolution,
    says_anonymous,
)
from quotes.speakers.rules import RuleFamily
from quotes.text import DASHES

#: Subjects of "be" that stand for one person: whom they point to is whom the complement is.
SINGULAR_PERSONAL_PRONOUNS = frozenset({"he", "she"})
#: The same people as objects ("makes him one of ..."); "her" is also the possessive, which the
#: parser may take it for ("makes her one of": "her" a possessive of "one").
SINGULAR_OBJECT_PRONOUNS = frozenset({"him", "her"})


class RelativeRules(RuleFamily):
    """Relative pronouns (who / which / that): the noun their clause describes, or who made the
    thing it hangs on."""

    def relative_rule(
        self, head: int, indices: list[int], exclude: Sequence[Offsets], chained: bool = True
    ) -> Resolution:
        return self.relative(head, exclude) or UNRESOLVED

    def relative(self, head: int, exclude: Sequence[Offsets]) -> Resolution | None:
        """A relative pronoun ("George W. Bush, who signed the law") -> the noun its clause
        modifies (the head of the ``relcl``), resolved in turn; a noun in apposition to a name
        ("Ann Lee, a council member who has accused ...") stands for that name."""
        doc = self.doc
        verb = self._clause_verb(head)
        while verb.dep == L.CONJ and verb.head != verb.i:
            verb = doc[verb.head]  # "Ann Lee, whom the mayor named, and who now says ..."
        if (
            head >= 2
            and doc[head - 1].lower == "and"
            and (verb.dep != L.RELCL or self._thing_clause_for_who(head, verb))
        ):
            # the parser may hang the second relative clause elsewhere: take the first one's
            earlier = self._earlier_relative(head)
            if earlier is not None:
                verb = doc[earlier.head]
        elif (earlier := self._relative_in_series(head, verb)) is not None:
            verb = doc[earlier.head]  # "the Trump who questions ... his heritage, who fights"
        if (enclosing := self._before_dashed_parenthesis(head)) is not None:
            noun = enclosing
        elif (opened := self._before_parenthesis(head)) is not None:
            noun = opened
        elif verb.dep == L.RELCL and verb.head != verb.i:
            noun = verb.head
        else:
            adjacent = self.adjacent_noun(head)
            if adjacent is None:
                return None
            noun = adjacent
        agreeing = self._agreeing_noun(head, noun)
        if agreeing == noun or doc[head].lower != "which":
            agreeing = self._bearer(agreeing)  # an organisation found for "which" is no bearer
        noun = agreeing
        if (restated := self._restated_group(noun)) is not None:
            noun = restated  # "superdelegates, or party leaders who": the superdelegates
        if (one := self._one_of_plural(head, noun)) is not None:
            noun = one  # "one of the farmers in the state who has": the one
        member = self.one_among(noun)
        if member is not None:
            noun = member
        equated = self._equated_subject(head, noun)
        if equated is None:
            equated = self._predicated_object(head, noun)
        if equated is None and doc[noun].lower == "one" and doc.kids(noun, L.PREP):
            equated = self._one_said_of(noun)
        if equated is not None:
            noun = equated
        if (both := self._relative_on_pair(head, noun, exclude)) is not None:
            return both
        found = (
            self._name_holding(noun)
            or self._antecedent_phrase(noun, exclude)
            or self.r.lookup(noun, [noun], exclude)
        )
        thing = doc[head].lower in ("which", "that") and (
            self._thing(noun) or doc[noun].pos == "NOUN" and self.statement_noun(doc[noun])
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

    def _clause_verb(self, rel: int) -> Token:
        """The word the relative hangs on: its clause's verb for "who" / "which" / "that",
        and for "whose" the first ``relcl`` above the noun it owns ("Ann Lee, whose office
        said ...": "whose" -> "office" -> "said"), as the possessive relative is a
        determiner of that noun (Quirk et al. 1985, 6.35); within four steps, else the
        owned noun's head as before."""
        doc = self.doc
        tok = doc[rel]
        if tok.lower != POSSESSIVE_RELATIVE:
            return doc[tok.head]
        k = tok.head
        for _ in range(4):
            if doc[k].dep == L.RELCL or doc[k].head == k:
                return doc[k]
            k = doc[k].head
        return doc[doc[tok.head].head]

    def _before_parenthesis(self, rel: int) -> int | None:
        """ "Ted Cruz (whose job was ...)", "Ann Lee (who chairs the panel)": a relative
        right after an opening parenthesis belongs to the noun or name before it, as a
        relative clause follows the noun phrase it modifies (Quirk et al. 1985, 17.8) and
        the brackets only set it apart; the parser may hang the clause on a noun further
        up. Only "who", "whom", "whose" and "which" ("(that would be Ohio's governor)" opens
        with a demonstrative as often), and a noun or a proper noun of the same sentence right
        before the bracket."""
        doc = self.doc
        k = rel - 1
        if k < 1 or doc[k].text != "(" or doc[rel].lower == "that":
            return None
        noun = k - 1
        if doc[noun].sent != doc[rel].sent or doc[noun].pos not in ("NOUN", "PROPN"):
            return None
        return noun

    def _before_dashed_parenthesis(self, rel: int) -> int | None:
        """ "heavyweights - from Ann Lee to Tom Reed - who will speak": a relative right after
        a parenthesis between two dashes belongs to the noun before the parenthesis, which
        the dashes only interrupt (Quirk et al. 1985, App. III: paired dashes enclose a
        parenthesis; the relative clause follows the noun phrase it modifies, 17.8); the
        parser hangs the clause on the parenthesis's last noun. Only spaced dashes (a hyphen
        inside a word is none), the one before the relative closing a pair (an even count of
        them in the sentence up to it) within 12 words, and a noun or name before the
        opening one; else None."""
        doc = self.doc
        closing = rel - 1
        if closing < 1 or not self._spaced_dash(closing):
            return None
        start = doc.sentences[doc[rel].sent].start
        dashes = [k for k in range(start, closing) if self._spaced_dash(k)]
        if not dashes or len(dashes) % 2 == 0 or closing - dashes[-1] > 12:
            return None
        noun = dashes[-1] - 1
        if noun < start or doc[noun].pos not in ("NOUN", "PROPN"):
            return None
        return noun

    def _spaced_dash(self, k: int) -> bool:
        """Whether the word at ``k`` is a dash with a space before it (not a hyphen)."""
        tok = self.doc[k]
        return tok.text in DASHES and k > 0 and self.doc[k - 1].end < tok.start

    def _relative_in_series(self, rel: int, verb: Token) -> Token | None:
        """ "the candidate who questions a judge because of his heritage, who fights with
        reporters and who ...": a second "who" after a comma, whose clause the parser hung on
        a thing inside the first "who" clause, continues a series of relative clauses on one
        antecedent (asyndetic coordination, Quirk et al. 1985, 13.2, 17.20), as "and who"
        does (:meth:`_earlier_relative`); "who" agrees only with persons (6.33), so the thing
        is not its antecedent. Only "who" / "whom", a comma right before it, a noun no person
        can be (:meth:`_thing_clause_for_who`) and one inside the earlier clause; a person
        there stays ("Ann Lee, who hired Tom Reed, who says ...": Tom Reed)."""
        doc = self.doc
        if rel < 2 or doc[rel - 1].text != "," or verb.dep != L.RELCL:
            return None
        if not self._thing_clause_for_who(rel, verb):
            return None
        earlier = self._earlier_relative(rel)
        if earlier is None or doc[earlier.head].dep != L.RELCL:
            return None
        clause = doc[earlier.head]
        return earlier if clause.i < verb.head and doc.is_ancestor(clause.i, verb.head) else None

    def _earlier_relative(self, rel: int) -> Token | None:
        """The first relative of two relative clauses joined by "and" ("Ann Lee, whom the mayor
        named, and who now says ..."; "a union that has endorsed Tom Reed and that says ...",
        where the parser takes the second "that" for a determiner and its clause for the
        sentence's): coordinated relative clauses share their antecedent (Quirk et al. 1985,
        17.20), and the second relative is of the first's kind, "who" / "whom" for persons,
        "that" / "which" for anything (6.33). The nearest earlier relative of the same
        sentence whose clause the parser hung on a noun; for "that" / "which" with none of
        their kind, the nearest "who" / "whom"; else None."""
        doc = self.doc
        start = doc.sentences[doc[rel].sent].start
        kinds = [("who", "whom")]
        if doc[rel].lower in ("that", "which"):
            kinds.insert(0, ("that", "which"))
        for kind in kinds:
            for k in range(rel - 2, start - 1, -1):
                if doc[k].lower in kind and doc[doc[k].head].dep == L.RELCL:
                    return doc[k]
        return None

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
        if (broken := self._pair_inside_name(rel, noun)) is not None:
            name = " and ".join(e.name for e in broken)
            return Resolution(name, GROUP, None, "relative", CERTAINTY["relative"])
        if doc[noun].dep == L.CONJ and doc[noun].head < noun:
            noun = doc[noun].head  # the clause hung on the last name: the phrase starts before
        conjuncts = [k.i for k in doc.kids(noun, L.CONJ) if k.i < rel]
        words = self._verb_words(rel)
        if not conjuncts or not words:
            return None
        plural = any(w.tag == "VBP" or w.lower in PLURAL_VERB_FORMS for w in words)
        if not plural and not any(k.lower == "both" for k in doc.kids(words[0].i)):
            return None
        found = self.r.names.coordination(noun, list(range(noun, max(conjuncts) + 1)), exclude)
        if found is None:
            return None
        return replace(found, rule="relative", certainty=CERTAINTY["relative"])

    def _pair_inside_name(self, rel: int, noun: int) -> list[Entity] | None:
        """ "rivals such as businessman Ann Lee and Sen. Tom Reed, who have billed themselves
        as outsiders": the parser may hang the first name inside the second's phrase (a
        modifier of "Reed", the "and" and the title on "Lee"), so the clause on "Reed" has no
        conjunct; a relative with a plural verb (:meth:`_plural_verb`) is both names, as for
        a coordination the parser reads (:meth:`_relative_on_pair`). Only two people or
        organisations of the registry, the first a name right before an "and" inside the
        second name's phrase; else None."""
        doc = self.doc
        if not self._plural_verb(rel) or self.reg.at_token.get(noun) is None:
            return None
        inside = [i for i in doc.subtree(noun) if i < noun]
        ands = [i for i in inside if doc[i].lower == "and" and doc[i].dep == L.CC]
        if not ands or ands[0] < 1:
            return None
        first = self.reg.at_token.get(ands[0] - 1)
        last = self.reg.at_token.get(noun)
        if first is None or last is None or first is last:
            return None
        if first.type not in (PERSON, ORG) or last.type not in (PERSON, ORG):
            return None
        return [first, last]

    def _equated_subject(self, rel: int, noun: int) -> int | None:
        """ "Prime Minister Koizumi was the very first one that called us": a relative on the
        complement of "be" whose subject is a person is about that person, as the copula of
        an identifying sentence says subject and complement are one (Quirk et al. 1985,
        10.8: "be" identifying); the complement's noun ("one", "candidate") names no one of
        its own. Only a singular common noun that the parser calls the attribute of a form
        of "be", right before the relative (a comma between at most: "the biggest donor to
        the super PAC that backed ..." is the PAC's clause, whatever the parser says), or
        ending a list of such complements ("Lee is a liar, bully and cheat who", the clause
        hung on any of them: :meth:`_complement_list`), and a subject that is a person of
        the registry or "he" / "she" ("he was a party favorite who": whom the pronoun
        points to, :meth:`lookup`); else None."""
        doc = self.doc
        tok = doc[noun]
        for _ in range(8):  # "a liar, a bully and a cheat": the list's first is the attribute
            if tok.dep not in (L.CONJ, L.APPOS) or tok.head == tok.i or tok.head >= tok.i:
                break
            tok = doc[tok.head]
        if tok.dep != L.ATTR or tok.tag != "NN" or tok.head == tok.i:
            return None
        if self.adjacent_noun(rel) != noun and not self._complement_list(tok.i, noun, rel):
            return None
        verb = doc[tok.head]
        if verb.lemma != "be":
            return None
        subjects = doc.kids(verb.i, L.NSUBJ)
        if not subjects and verb.dep == L.CONJ and verb.head < verb.i:
            # "Lee often shouts and is a bully who": the predicates share their subject
            subjects = doc.kids(verb.head, L.NSUBJ)
        if not subjects:
            return None
        if subjects[0].lower in SINGULAR_PERSONAL_PRONOUNS:
            return subjects[0].i
        entity = self.reg.at_token.get(subjects[0].i)
        if entity is None or entity.type != PERSON:
            return None
        return subjects[0].i

    def _predicated_object(self, rel: int, noun: int) -> int | None:
        """ "The ads portray Tom Reed as a reckless spender who says ...": a "who" on the
        noun of an "as" phrase that is the complement of a verb's object is about that object,
        as the object complement says object and noun are one, like the copula does of its
        subject (Quirk et al. 1985, 16.48: "regard", "treat", "portray", "see" ... "as"); the
        noun ("spender", "fools") names no one of its own. Only "who" / "whom" right after
        the noun (a comma between at most), an "as" on the verb (or joined by "and" to one:
        "see farmers as a burden and as people who"), and an object before it that is no
        thing and no statement; else None."""
        doc = self.doc
        tok = doc[noun]
        if doc[rel].lower not in ("who", "whom") or self.adjacent_noun(rel) != noun:
            return None
        if tok.dep != L.POBJ or tok.head == tok.i or doc[tok.head].lower != "as":
            return None
        prep = doc[tok.head]
        while prep.dep == L.CONJ and prep.head < prep.i and doc[prep.head].lower == "as":
            prep = doc[prep.head]
        if prep.dep != L.PREP or prep.head == prep.i or doc[prep.head].pos != "VERB":
            return None
        objects = [k for k in doc.kids(prep.head, L.OBJ) if k.i < prep.i]
        if not objects or objects[0].pos not in ("NOUN", "PROPN", "PRON"):
            return None
        thing = objects[0]  # "sent the letter to Reed as a farmer who": the sender's, no thing's
        if thing.pos == "NOUN" and (self._thing(thing.i) or self.statement_noun(thing)):
            return None
        return thing.i

    def _complement_list(self, attr: int, noun: int, rel: int) -> bool:
        """Whether a relative whose clause the parser hung on ``noun`` ends a list of nouns
        that are all complements of one "be" ("Lee is a serial liar, bully, racist and cheat
        who ...": the parser breaks such lists and may take the last noun for a verb): a
        relative clause after a coordination of nouns may take the whole list (Quirk et al.
        1985, 17.8). Only when the relative's clause hangs on the attribute or a noun of its
        list, and every word between the attribute and the relative is in the attribute's
        phrase and none a preposition or a verb of its own clause ("a donor to the fund
        that", "a man I met who": another noun's clause)."""
        doc = self.doc
        clause = doc[doc[rel].head]
        if clause.dep != L.RELCL or clause.head != noun or not attr <= noun < rel:
            return False
        phrase = set(doc.subtree(attr))
        between = range(attr + 1, rel)
        if any(i not in phrase or doc[i].pos == "ADP" for i in between):
            return False
        return not any(doc[i].dep in (L.RELCL, L.NSUBJ, L.ACL) for i in between)

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
        if len(words) < 2 or words != list(range(words[0], noun + 1)) or noun in self.r._done:
            return None
        found_role = self.r.roles.mention_role(words, noun)
        if found_role is not None and not self.r.roles.unofficial_kind(found_role[1]):
            return None
        found = self.r.lookup(noun, words, exclude)
        if found.rule != "definite" or found.type != PERSON or found.entity is None:
            return None
        verb = doc[noun].head
        if any(self.reg.at_token.get(k.i) is found.entity for k in doc.kids(verb, *L.SUBJECTS)):
            return None  # "Lee met the candidate who ...": an object is not its own subject
        return found

    def _name_holding(self, noun: int) -> Resolution | None:
        """ "the president of the Communications Workers of America, which endorsed ...": a
        noun that is a word of an organisation's name (the parser's head of the name, here
        "Workers") is that organisation, not a group its word could also name; the relative
        clause modifies the whole name (Quirk et al. 1985, 17.8). Only an organisation of the
        registry that is a name (not a description) spanning more than the noun; else None."""
        entity = self.reg.at_token.get(noun)
        if entity is None or entity.type != ORG or entity.described or entity.place:
            return None
        if len(entity.name.split()) < 2 or self.doc[noun].text == entity.name:
            return None
        return self.r.resolution_of(entity, "relative", None)

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
        if tok.dep == L.APPOS and doc[tok.head].pos == "PROPN" and self._beside_its_head(tok):
            return tok.head
        if (named := self._fronted_apposition(tok)) is not None:
            return named
        return noun

    def _restated_group(self, noun: int) -> int | None:
        """ "endorsements from superdelegates, or party leaders who can back anyone": a plural
        noun phrase that restates the plural before it, after a comma and "or" or as an
        appositive, is that group named again, and its relative clause is about it (Quirk et
        al. 1985, 17.65ff on apposition: "or" after a comma may mark a reformulation, as "that
        is" does, not a choice). The parser makes the restatement a conjunct of the group, or
        an apposition of a name far back (not beside it, :meth:`_beside_its_head`). Only
        plural common nouns on both sides, a restatement without a determiner of its own
        after "or" ("farmers, or the teachers who" may be a choice) and no "or" without its
        comma; a list inside the restatement ("the party leaders and elected officials who")
        counts from its first noun; else None."""
        doc = self.doc
        tok = doc[noun]
        if tok.tag != "NNS":
            return None
        for _ in range(4):  # "the party leaders and elected officials": from "leaders"
            if tok.dep != L.CONJ or tok.head >= tok.i or self._or_restatement(tok):
                break
            if any(k.lower != "and" for k in doc.kids(tok.head, L.CC)):
                break
            tok = doc[tok.head]
        if tok.dep == L.CONJ and tok.head < tok.i and self._or_restatement(tok):
            anchor = tok.head
        elif tok.dep == L.APPOS and tok.tag == "NNS" and not self._beside_its_head(tok):
            k = min(doc.subtree(tok.i)) - 1
            while k >= 0 and doc[k].pos == "PUNCT":
                k -= 1
            anchor = k
        else:
            return None
        if anchor < 0 or doc[anchor].tag != "NNS" or doc[anchor].sent != tok.sent:
            return None
        return anchor

    def _or_restatement(self, tok: Token) -> bool:
        """Whether the conjunct ``tok`` follows ", or" with no determiner of its own
        ("superdelegates, or party leaders")."""
        doc = self.doc
        ors = [k for k in doc.kids(tok.head, L.CC) if k.lower == "or" and k.i < tok.i]
        if not ors or ors[0].i < 1 or doc[ors[0].i - 1].text != ",":
            return False
        return not doc.kids(tok.i, L.DET, L.POSS)

    def _beside_its_head(self, tok: Token) -> bool:
        """Whether an appositive stands right after the phrase of the name the parser made it
        the apposition of, a comma, dash or bracket between at most: an appositive is
        juxtaposed to its anchor (Quirk et al. 1985, 17.65). The parser may hang a noun
        phrase on a name far back ("Ann Lee is far ahead thanks to endorsements from
        farmers, the local leaders who ...": the leaders are the farmers, not Lee) or on a
        date ("On Monday, Reed - who ...", the name taken for the date's apposition); a
        date, time or amount never speaks (:data:`UNSPEAKING_ENTS`)."""
        doc = self.doc
        head = doc[tok.head]
        if head.ent in UNSPEAKING_ENTS:
            return False
        k = min(doc.subtree(tok.i)) - 1
        while k >= 0 and doc[k].pos == "PUNCT":
            k -= 1
        return k >= 0 and k in doc.subtree(head.i) and k not in doc.subtree(tok.i)

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

    def statement_noun(self, tok: Token) -> bool:
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
            if (
                subjects
                and (found := self.r.documents.known_maker(subjects[0], exclude)) is not None
            ):
                return replace(found, rule="relative_maker", certainty=CERTAINTY["relative_maker"])
        thing = doc[noun]
        owned = [thing] + [k for k in doc.kids(noun, L.COMPOUND) if k.pos == "NOUN"]
        for tok in owned:  # "the committee's platform planks": the compound's possessor
            found = self.r.documents.statement_maker(tok, exclude, True) or self.r.documents.author(
                tok.i, exclude
            )
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
        found = self.r.lookup(host_i, [host_i], exclude)
        if found.speaker is None or found.rule in ("description", "unresolved"):
            return None
        return replace(found, rule="relative_host", certainty=CERTAINTY["relative_host"])

    def adjacent_noun(self, rel: int) -> int | None:
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
        if plural is None:
            plural = self._plural_host(rel, noun)
        if plural is not None:
            return plural
        if word in ("who", "whom") and (holder := self._role_holder_over_org(noun)) is not None:
            return holder
        if word in ("who", "whom") and (unnamed := self._unnamed_above_name(rel, noun)) is not None:
            return unnamed
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
            if host is None:
                host = self._people_just_before_phrase(rel, noun)
            if host is not None:
                return host
        if word == "which" and self.personal(noun):
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

    def _role_holder_over_org(self, noun: int) -> int | None:
        """ "Tom Reed, a senior analyst at Harbor Capital, who said ...": a "who" the parser
        hung on an organisation named inside a role in apposition to a person is about that
        person, as "who" takes a person before a body (Quirk et al. 1985, 6.33) and a relative
        clause after a postmodifying phrase may take the head of the whole phrase (17.11):
        the role's noun, which stands for the name it is in apposition to (:meth:`_bearer`).
        Only an organisation of the registry that is the object of a preposition on a common
        noun whose bearer is a person of the registry; "which" stays with the organisation
        ("Tom Reed, a member of the Farm Council, which ..."). A name with a preposition of
        its own ("the Foundation for Rural Water Access", the clause hung on "Access") is
        taken from its first word the parser heads it by; else None."""
        doc = self.doc
        tok = doc[noun]
        entity = self.reg.at_token.get(noun)
        for _ in range(6):  # "the Foundation for Rural Water Access": from "Foundation"
            up = tok.head
            if up == tok.i or up > tok.i or self.reg.at_token.get(up) is not entity:
                break
            tok = doc[up]
        host = self._host_of_phrase(tok)
        if entity is None or entity.type != ORG or host is None or host.pos != "NOUN":
            return None
        role = host.i
        bearer = self._bearer(role)
        person = self.reg.at_token.get(bearer)
        if bearer == role or person is None or person.type != PERSON:
            return None
        return role

    def _unnamed_above_name(self, rel: int, noun: int) -> int | None:
        """ "said a longtime adviser to Tom Reed, who declined to be identified": a "who" whose
        clause says its antecedent is unnamed (anonymity, not to be identified or named, not
        authorized to speak) cannot be the person the text has just named; the parser hung
        it on the name inside the phrase, and it is about the noun that phrase modifies (a
        relative clause after a postmodifying phrase may take the whole phrase's head, Quirk
        et al. 1985, 17.11; a named source asking not to be named is no reading news copy
        allows, AP Stylebook "anonymous sources"). Only a person of the registry as the
        object of a preposition on a common noun that can be a person; else None."""
        doc = self.doc
        tok = doc[noun]
        entity = self.reg.at_token.get(noun)
        if entity is None or entity.type != PERSON or entity.described:
            return None
        host = self._host_of_phrase(tok)
        if host is None:
            return None
        if host.pos != "NOUN" or not self._animate(host.i) or not self._unnamed_clause(rel):
            return None
        return host.i

    def _host_of_phrase(self, tok: Token) -> Token | None:
        """The word a prepositional phrase whose object is ``tok`` hangs on ("candidates" of
        "candidates in competitive races"), or None when ``tok`` is no such object."""
        doc = self.doc
        if tok.dep != L.POBJ or tok.head == tok.i:
            return None
        prep = doc[tok.head]
        if prep.dep != L.PREP or prep.head == prep.i:
            return None
        return doc[prep.head]

    def _unnamed_clause(self, rel: int) -> bool:
        """Whether the relative clause of ``rel`` says its antecedent goes unnamed: "who spoke
        on condition of anonymity", "who declined to be identified", "who was not authorized
        to speak"."""
        doc = self.doc
        verb = doc[rel].head
        words = [doc[i] for i in doc.subtree(verb) if i > rel]
        lowers = {w.lower for w in words}
        if says_anonymous(lowers):
            return True
        return any(
            w.lower in UNNAMED_PARTICIPLES and doc[w.i - 1].lower == "be" for w in words if w.i
        )

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
        if self._pair_inside_name(rel, noun) is not None:
            return None  # "such as Ann Lee and Sen. Tom Reed, who have": the two names
        if not any(w.tag == "VBP" or w.lower in PLURAL_VERB_FORMS for w in self._verb_words(rel)):
            return None
        if tok.dep != L.POBJ or tok.head == tok.i:
            return None
        prep = doc[tok.head]
        if prep.lower not in EXAMPLE_PREPOSITIONS or prep.head == prep.i:
            return None
        host = doc[prep.head]
        return host.i if host.tag in ("NNS", "NNPS") else None

    def _plural_host(self, rel: int, noun: int) -> int | None:
        """ "through those supporting Ann Lee, who are growing irritated", "segments of the party
        that are distrustful": a relative pronoun that is the subject of a plural verb cannot
        be the singular noun or name the parser hung its clause on, inside a phrase that
        postmodifies a plural word; it is that plural word, as a relative pronoun takes its
        verb's number from its antecedent (Quirk et al. 1985, 6.33, 10.36) and a relative
        clause after a postmodifying phrase may take the whole phrase's head (17.11). Only a
        verb whose form shows the plural (:meth:`_plural_verb`), a singular noun or name that
        is no member of a coordination ("Ann Lee and Tom Reed, who are": both, by
        :meth:`_relative_on_pair`), one step up: the object of a preposition or of a
        participle on a plural noun or a plural pronoun ("those", "some"); else None."""
        doc = self.doc
        tok = doc[noun]
        if tok.tag not in ("NN", "NNP") or not self._plural_verb(rel):
            return None
        if tok.dep == L.CONJ or any(k.i < rel for k in doc.kids(noun, L.CONJ)):
            return None
        if self._pair_inside_name(rel, noun) is not None:
            return None  # "such as Ann Lee and Sen. Tom Reed, who are": the two names
        host = self._host_of_phrase(tok)
        if host is None and tok.dep == L.OBJ and tok.head != tok.i:
            verb = doc[tok.head]  # "those supporting Ann Lee": the participle's object
            if verb.dep == L.ACL and verb.tag in ("VBG", "VBN") and verb.head != verb.i:
                host = doc[verb.head]
        if host is None or host.i > noun:
            return None
        plural = host.tag in ("NNS", "NNPS") or host.lower in PLURAL_PRONOUN_HEADS
        return host.i if plural and host.pos in ("NOUN", "PROPN", "PRON", "DET") else None

    def _one_of_plural(self, rel: int, noun: int) -> int | None:
        """ "Ann Lee is one of the few farmers in the state who has refused to sell": a relative
        pronoun that is the subject of a singular verb cannot be the plural noun the parser
        hung its clause on; after "one of" it is the "one", as the relative takes its verb's
        number from its antecedent (Quirk et al. 1985, 10.36, on "one of those who": the
        singular verb makes "one" the antecedent). Only a plural noun that is the object of
        "of" on "one" and a verb whose form shows the singular (:meth:`_singular_verb`);
        whom the "one" is said of is :meth:`_one_said_of`'s; else None."""
        doc = self.doc
        tok = doc[noun]
        if tok.tag not in ("NNS", "NNPS") or not self._singular_verb(rel):
            return None
        host = self._host_of_phrase(tok)
        if host is None or host.lower != "one" or doc[tok.head].lower != "of":
            return None
        return host.i

    def _one_said_of(self, one: int) -> int | None:
        """Whom "one of the few farmers who ..." is said of: the subject of "be" it is the
        complement of ("Ann Lee is one of ...", an identifying "be", Quirk et al. 1985, 10.8),
        or the object it complements ("The vote makes Ann Lee one of ...", an object
        complement, 16.48; the parser makes the object the subject of "one", or, for "her",
        whose object and possessive forms are alike, its possessive). Only a person of the
        registry or a singular personal pronoun; else None."""
        doc = self.doc
        tok = doc[one]
        if tok.dep == L.ATTR and tok.head != one and doc[tok.head].lemma == "be":
            candidates = doc.kids(tok.head, L.NSUBJ)
        elif tok.dep in (L.CCOMP, L.XCOMP, L.OPRD):
            candidates = doc.kids(one, L.NSUBJ) + [
                k for k in doc.kids(one, L.POSS) if k.lower == "her"
            ]
            candidates += [k for k in doc.kids(tok.head, L.OBJ) if k.i < one]
        else:
            return None
        for cand in candidates[:1]:
            if cand.lower in SINGULAR_PERSONAL_PRONOUNS | SINGULAR_OBJECT_PRONOUNS:
                return cand.i
            entity = self.reg.at_token.get(cand.i)
            if entity is not None and entity.type == PERSON:
                return cand.i
        return None

    def _singular_verb(self, rel: int) -> bool:
        """Whether ``rel`` is the subject of a verb whose form shows a singular subject: a
        present third person singular (tag VBZ: "who says", "who has said", "who is") or
        "was" on it."""
        return any(w.tag == "VBZ" or w.lower == "was" for w in self._verb_words(rel))

    def _plural_verb(self, rel: int) -> bool:
        """Whether ``rel`` is the subject of a verb whose form shows a plural subject: a present
        plural (tag VBP: "who say", "who have said") or "are", "were", "'re" on it. "Have"
        after a modal ("who may have to decide") is the base form and shows no number."""
        words = self._verb_words(rel)
        return any(w.tag == "VBP" or w.lower in PLURAL_VERB_FORMS - {"have"} for w in words)

    def _verb_words(self, rel: int) -> list[Token]:
        """The verb relative ``rel`` is the subject of and its auxiliaries, the words whose
        forms show the subject's number (Quirk et al. 1985, 10.36); empty when ``rel`` is no
        subject. Read by the number checks of this family."""
        doc = self.doc
        if doc[rel].dep not in (L.NSUBJ, L.NSUBJ_PASS):
            return []
        verb = doc[doc[rel].head]
        return [verb, *doc.kids(verb.i, L.AUX, L.AUX_PASS)]

    def _people_holding(self, noun: int) -> int | None:
        """ "Senate candidates in competitive races who plan to attend": a "who" the parser
        hung on a thing inside a prepositional phrase is about the people that phrase
        modifies, as "who" agrees only with persons (Quirk et al. 1985, 6.33; the relative
        clause after a postmodifying phrase may take the whole phrase's head, 17.11). Only
        one preposition up, only a common noun (a name the NER left untyped may be an
        organisation) and a noun above it, or above the adjective the phrase hangs on ("one
        Democrat familiar with the discussion, who") or the participle it hangs on ("millions
        watching at home, who": a number of them, "thousands", "millions", counts as people),
        that can be people; else None."""
        doc = self.doc
        tok = doc[noun]
        host = self._host_of_phrase(tok)
        if host is None:
            return None
        if host.pos == "ADJ" and host.dep == L.AMOD and host.head != host.i:
            host = doc[host.head]  # "one Democrat familiar with the discussion, who": Democrat
        participle = host.dep == L.ACL and host.tag in ("VBG", "VBN") and host.head < host.i
        if participle:
            host = doc[host.head]  # "thousands watching at home, who": the thousands
        counted = participle and host.tag == "NNS" and host.ent == "CARDINAL"  # "millions"
        people = self._animate(host.i) or counted
        if tok.pos != "NOUN" or host.pos not in ("NOUN", "PROPN") or not people:
            return None  # a name ("the editors of The Advocate, who") may be a body of people
        return host.i

    def _people_just_before_phrase(self, rel: int, noun: int) -> int | None:
        """ "a storm of protest from union members on the right, who accused ...": a "who"
        the parser hung on a thing in a prepositional phrase that it hung further up ("on the
        right" on "storm") is about the people right before that phrase, as a
        postmodifying phrase follows its noun (Quirk et al. 1985, 17.11) and "who" agrees
        only with persons (6.33); :meth:`_people_holding` reads the parser's attachment, this
        the words' order. Only a common noun, a preposition right after a noun that can be
        people ("opponents", "farmers") in the same sentence, and the phrase's object the
        last word before the relative (a comma between at most); else None."""
        doc = self.doc
        tok = doc[noun]
        if tok.pos != "NOUN" or tok.dep != L.POBJ or tok.head == tok.i:
            return None
        if not (noun == rel - 1 or noun == rel - 2 and doc[rel - 1].text == ","):
            return None
        prep = doc[tok.head]
        if prep.dep != L.PREP or prep.i < 1 or min(doc.subtree(prep.i)) != prep.i:
            return None
        before = doc[prep.i - 1]
        if before.sent != tok.sent or before.pos != "NOUN" or before.i == prep.head:
            return None  # the parser's own host is :meth:`_people_holding`'s
        return before.i if self._animate(before.i) else None

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
            self.r.groups.group_head(tok)
            or lex.find_roles([tok.lower])
            or lex.find_roles([tok.lemma])
            or tok.lemma in lex.org_nouns
        )

    def personal(self, i: int) -> bool:
        """Whether the noun at ``i`` names a person or people, never a thing ("which" does
        not agree): a person of the registry, a role, a plural of people."""
        tok = self.doc[i]
        entity = self.reg.at_token.get(i)
        if entity is not None:
            return entity.type in (PERSON, GROUP)  # a group of the registry is people
        return bool(self.r.groups.group_head(tok) or self.lex.find_roles([tok.lower]))

    def one_among(self, noun: int) -> int | None:
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

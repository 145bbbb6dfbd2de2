"""Mention -> entity: who a claim's source mention refers to.

A sieve in the manner of Lee et al. (2013): the surest rules run first and the first that
applies decides. This module runs the pass, in text order, and keeps salience; each rule
is a method of the family of its mention shape (:mod:`quotes.speakers.rules`, one module
per shape), named after the value it writes into ``rule``:

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
from collections.abc import Callable, Sequence

from quotes import labels as L
from quotes.document import POSSESSIVE_MARKS, Document, Token
from quotes.records import PERSON, Offsets
from quotes.speakers.lexicon import FEMALE, MALE
from quotes.speakers.registry.model import Entity, Mention, Registry, is_embedded, is_topic_subject
from quotes.speakers.registry.names import POST_NOMINALS, short_form_of
from quotes.speakers.resolution import (
    CERTAINTY,
    CHAIN_PRONOUNS,
    CHAINED_RULES,
    HEAD_NOUN,
    NON_ADVERBIAL,
    POSSESSIVE_RELATIVE,
    QUOTED,
    QUOTED_REACH,
    RECENCY,
    RELATIVE_PRONOUNS,
    SOURCE,
    SUBJECT,
    TIE_RATIO,
    UNRESOLVED,
    WIDE_WINDOW,
    WINDOW,
    Resolution,
    Scored,
    agreement,
    all_inside_sorted,
    head_of,
    inside_sorted,
    token_inside,
)
from quotes.speakers.rules.descriptions import DescriptionRules
from quotes.speakers.rules.documents import DocumentRules
from quotes.speakers.rules.groups import GroupRules
from quotes.speakers.rules.names import NameRules
from quotes.speakers.rules.pronouns import PronounRules
from quotes.speakers.rules.relatives import RelativeRules
from quotes.speakers.rules.roles import RoleRules
from quotes.speakers.rules.turns import TurnRules


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
        #: the document's gendered pronouns, each as a mention of its antecedent, built in one
        #: pass in text order the first time salience is needed (:meth:`chain_upto`)
        self._chain_tokens: list[int] | None = None
        #: the document's gendered pronouns (:func:`gendered_pronouns`), the chain's only
        #: candidates, found in one pass; ``_chain_next`` is the next one to resolve
        self._chain_candidates: list[int] = []
        self._chain_next = 0
        self._chain_mentions: list[Mention] = []
        #: per entity of unknown gender, the first token at which the chain joined a he/him/his
        #: or a she/her of the narrative to it, by gender (:meth:`chain_agrees`, :meth:`_narrated`)
        self._chain_genders: dict[int, dict[str, int]] = {}
        self._by_id = {e.id: e for e in registry.entities}
        #: per token, the verb of the adverbial phrase it lies in, if any (:meth:`_adverbial`)
        self._adverbials: dict[int, int | None] = {}
        #: per sentence, the sentences of narrative up to it (:meth:`_distance`)
        self._narrative: list[int] | None = None
        #: the words of every claim of the document: a person named inside what someone said
        #: is talked about, not speaking, and counts :data:`QUOTED` as much as an antecedent
        self.quoted: list[Offsets] = []
        #: the rule families, one module each under quotes/speakers/rules/
        self.names = NameRules(self)
        self.descriptions = DescriptionRules(self)
        self.roles = RoleRules(self)
        self.groups = GroupRules(self)
        self.documents = DocumentRules(self)
        self.pronouns = PronounRules(self)
        self.relatives = RelativeRules(self)
        self.turns = TurnRules(self)
        #: one rule per mention shape (:func:`shape_of`); each may look up what another
        #: mention resolved to (:meth:`lookup`) but never resolves it by calling a rule that
        #: could come back: so no chain can loop, and the order of the pass is the text's.
        self.rules: dict[str, Callable[[int, list[int], Sequence[Offsets]], Resolution]] = {
            "coordination": self.names.coordinated,
            "name": self.names.named,
            "pronoun": self.pronouns.pronominal,
            "relative": self.relatives.relative_rule,
            "possessive": self.descriptions.possessive,
            "description": self.descriptions.described,
            "turn": self.turns.turn,
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
            return self.pronouns.pronoun_by_salience(head, exclude)
        if shape == "possessive":
            return self.descriptions.possessive(head, indices, exclude, chained=False)
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
        if self.turns.answer_label(head):
            return "turn"
        if self.descriptions.description_head(head, indices) != head:
            return "description"
        if (tok.pos == "PRON" or len(indices) == 1) and tok.lower in self.lex.pronouns:
            return "pronoun"
        if tok.lower in (*RELATIVE_PRONOUNS, POSSESSIVE_RELATIVE) and len(indices) == 1:
            return "relative"
        inside = set(indices)
        joined = any(k.i in inside for k in doc.kids(head, L.CONJ))
        if joined and self.names.coordination(head, indices, ()):
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
        if entity is None and self.name_like(tok) and self.reg.person_named(tok.lower, head):
            return "name"
        if entity is None and self._bare_short_form(head, indices):
            return "name"  # "Northwind declined ..." after "Northwind Foods" (see name())
        if self.descriptions.possessive_owner(head, indices) is not None:
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
        head is the owned noun, resolved through the owner (the possessive rule). Only the
        words before the first conjunction open it: in "Sanders and his supporters" the
        "his" owns the second conjunct, and the mention is the name joined to a group."""
        doc = self.doc
        opening = []
        for i in indices[:3]:
            if doc[i].dep == L.CC:
                break
            opening.append(i)
        return any(doc[i].text in POSSESSIVE_MARKS or doc[i].dep == L.POSS for i in opening)

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
        if self.age_epithet(indices):
            return len(indices) <= 6  # "The 58-year-old", not "the 58-year-old lawyer"
        kinds = self.lex.description_kinds.get(tok.lower, frozenset())
        return "person" in kinds and tok.text[:1].isupper()

    def age_epithet(self, indices: list[int]) -> bool:
        """ "the 58-year-old": a phrase that ends in an age, which the tokenizer splits into
        58 - year - old (Quirk et al. 1985 call it a noun phrase with an adjective head)."""
        doc = self.doc
        last = indices[-1]
        words = [doc[i].lower for i in range(max(0, last - 2), last + 1)]
        return words[-1] == "old" and words[:2] in (["year", "-"], ["years", "-"])

    def name_like(self, tok: Token) -> bool:
        """A proper noun, or a capitalised word the tagger took for a common noun: in a
        headline ("Trump: ..." before the body's "Donald Trump"), or a singular one anywhere
        (a surname it does not know, "Keir Starmer said ... Starmer added"). Callers check the
        word against the people the text names, so "Officials said" stays a noun."""
        if tok.pos == "PROPN":
            return True
        if tok.pos == "NOUN" and tok.text.isupper() and len(tok.text) > 1:
            return True  # a transcript's label, "RAMOS:" (tagged a plural for its final S)
        if tok.text[:1].isupper() and len(tok.text) > 1 and self.label_before_colon(tok):
            # "PRITCHARD:", tagged a participle for its "-ed"-like end (session 17); "Reyes:",
            # a surname in mixed case tagged a plural for its final s (session 24, styles11)
            return True
        return tok.pos == "NOUN" and tok.text[:1].isupper() and (tok.sent == 0 or tok.tag == "NN")

    def label_before_colon(self, tok: Token) -> bool:
        """Whether ``tok`` is a transcript's label in capitals: it opens its line and a colon
        follows it ("PRITCHARD: ..."), whatever the tagger made of the word."""
        doc = self.doc
        opens = tok.i == 0 or doc[tok.i - 1].pos == "SPACE" or doc.text[tok.start - 1] == "\n"
        return opens and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (":", "):")

    def most_salient(
        self,
        head: int,
        keep: Callable[[Entity], bool],
        exclude: Sequence[Offsets],
        tie_break: frozenset[int] = frozenset(),
    ) -> tuple[Entity | None, bool]:
        """The most salient entity before ``head`` that ``keep`` accepts, and whether it tied:
        in the near window, else the wide one (a speaker quoted at length), ranked as a
        pronoun's antecedent is (``tie_break``: as :meth:`ranked`)."""
        for window in (WINDOW, WIDE_WINDOW):
            candidates = {e for e in self.descriptions.window_entities(head, window) if keep(e)}
            best, tie = self.ranked(head, candidates, exclude, {}, window, tie_break)
            if best is not None:
                return best, tie
        return None, False

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
                found = self.names.name(other, indices, exclude) or self.descriptions.organisation(
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
        lo = self.window_start(head, window)
        scores: dict[int, Scored] = {}

        def add(entity: Entity, token: int, points: float) -> None:
            if entity not in candidates or token_inside(doc[token], exclude):
                return
            rec = scores.setdefault(entity.id, Scored(entity))
            rec.score += points * 0.5 ** self._distance(doc[token].sent, here.sent)
            rec.last = max(rec.last, token)

        # an entity earns a sentence's mention points once, from its best mention there
        # (Lappin & Leass: recency is a property of the sentence; "Lee's plan ... he ...
        # his ... he" is one salient man, not four)
        best_in: dict[tuple[int, int], tuple[float, int]] = {}
        # an appositive itself is its name ("NASA, the space agency,"): only a pronoun inside
        # one is filtered out (:meth:`phrase_holds`)
        pronoun = here.lower in CHAIN_PRONOUNS and (here.pos == "PRON" or here.tag == "PRP$")
        for m in self.mentions_and_pronouns_between(lo, head):
            if m.entity not in candidates:
                continue
            if doc[m.token].head == here.head and here.head != here.i and m.token != head:
                continue  # a co-argument of the same verb is not an antecedent
            if token_inside(doc[m.token], exclude):
                continue  # in the claim's own words: no points to weigh
            if pronoun and m.sent == here.sent and self.phrase_holds(m.token, head):
                continue  # "Lee, an aide in her campaign": her is not Lee (i-within-i)
            # nothing inside an adverbial phrase earns non-adverbial or subject emphasis
            host = self._adverbial(m.token)
            # Hobbs (1978) searches the clauses above the pronoun, their adjuncts too, first:
            # "Crowds marched outside the Courier after it said" keeps the Courier
            adverbial = host is not None and not doc.is_ancestor(host, head)
            points = RECENCY + (0.0 if m.embedded else HEAD_NOUN)
            points += -NON_ADVERBIAL if adverbial else (SUBJECT if m.subject else 0.0)
            if self.quoted and inside_sorted(doc[m.token].start, self.quoted):
                points *= QUOTED
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

    def _narrated(self, offset: int) -> bool:
        """Whether character ``offset`` lies in the narrative: outside the claims' words and
        outside quotation marks (a question put to someone, a quoted line no claim holds)."""
        if self.quoted and inside_sorted(offset, self.quoted):
            return False
        return not self.reg.quoted(offset)

    def phrase_holds(self, noun: int, i: int) -> bool:
        """Whether token ``i`` lies inside an appositive of ``noun`` with no clause between
        them: "Ann Lee, an aide during her first run". Lappin & Leass (1994) filter out an
        antecedent whose phrase contains the pronoun (the i-within-i condition, Chomsky
        1981); only an appositive of a noun that is not the sentence's root is trusted for
        it, as the parser hangs a verb's phrases on its subject where it found no verb ("Lee,
        D-Ohio, won over farmers with his plan": "farmers" an appositive of
        Lee), and a clause has a subject of its own ("Lee, who lost his seat", session 24,
        pronouns8). The walk up from ``i`` is bounded by the depth of the tree."""
        doc = self.doc
        if doc[noun].head == noun:
            return False  # a name at the root: the parser found no verb, so no appositive
        tok = doc[i]
        for _ in range(len(doc)):  # a tree has no cycles; a malformed parse may
            if tok.head == tok.i:
                return False
            up = doc[tok.head]
            if up.i == noun:
                return tok.dep == L.APPOS
            if up.pos in ("VERB", "AUX"):
                return False
            tok = up
        return False

    def _distance(self, a: int, b: int) -> int:
        """Sentences of narrative from sentence ``a`` to ``b``: a sentence wholly inside a
        claim's words (the second sentence of a long quotation) does not count. A quotation
        is one report however many sentences it runs to, and the narrative's center does not
        move inside it (centering tracks the writer's utterances; the quoted speech is the
        speaker's own discourse): "'...,' she said. 'Then ... . And ... .' Asked about Lee,
        she ..." is one sentence on from the speaker, not three."""
        narrative = self.narrative_counts()
        if a > b or b >= len(narrative):
            return b - a
        return narrative[b] - narrative[a]

    def narrative_counts(self) -> list[int]:
        """Per sentence, the sentences of narrative up to it and with it (:meth:`_distance`),
        counted once per document, after the claims' words are known."""
        if self._narrative is None:
            tokens, count, total = self.doc.tokens, [], 0
            for sent in self.doc.sentences:
                # the words' offsets, read off a slice of the tokens in one pass
                words = [
                    t.start
                    for t in tokens[sent.start : sent.end]
                    if t.pos not in ("PUNCT", "SPACE")
                ]
                quoted = bool(words) and all_inside_sorted(words, self.quoted)
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

    def mentions_and_pronouns_between(self, lo: int, hi: int) -> list[Mention]:
        """The registry's mentions in ``[lo, hi)`` and the gendered pronouns there, each a
        mention of the entity it resolved to (:meth:`chain_upto`)."""
        named = self.reg.mentions_between(lo, hi)
        tokens = self.chain_upto(hi)
        a = bisect.bisect_left(tokens, lo)
        b = bisect.bisect_left(tokens, hi)
        return named + self._chain_mentions[a:b] if b > a else named

    def chain_upto(self, upto: int) -> list[int]:
        """The gendered pronouns before token ``upto``, each resolved once, in text order:
        a claim's source by what the pass resolved it to (its own words excluded), any
        other by salience over the names and the pronouns before it. The chain grows as
        the pass goes and no pronoun looks forward, so it never loops; a document with no
        pronoun to resolve never builds it."""
        if self._chain_tokens is None:
            self._chain_tokens = []
            self._chain_next = 0
            self._chain_candidates = gendered_pronouns(self.doc)
        doc = self.doc
        candidates = self._chain_candidates
        while self._chain_next < len(candidates) and candidates[self._chain_next] < upto:
            tok = doc[candidates[self._chain_next]]
            self._chain_next += 1
            feats = self.lex.pronouns[tok.lower]
            done = self._done.get(tok.i)
            if done is not None:
                best = done.entity if done.rule in CHAINED_RULES else None
            elif (ahead := self.pronouns.cataphor(tok, feats)) is not None:
                best = ahead
            elif (host := self.pronouns.host_subject(tok.i, ())) is not None:
                best = host
            elif (first := self.pronouns.conjunct_subject(tok.i, ())) is not None:
                best = first
            elif (owner := self.pronouns.owner_host(tok.i, ())) is not None:
                best = owner
            elif (forward := self.pronouns.preposed_subject(tok.i, ())) is not None:
                best = forward
            else:
                agree = agreement(feats)
                assert agree is not None
                pool = self.descriptions.window_entities(tok.i, WINDOW)
                fits = {e for e in pool if agree(e) and self.chain_agrees(e, feats.gender, tok.i)}
                best, _ = self.ranked(tok.i, fits, (), {})
            if best is not None and best.type == PERSON:
                if not best.gender and self._narrated(tok.start):
                    self._chain_genders.setdefault(best.id, {}).setdefault(feats.gender, tok.i)
                self._chain_tokens.append(tok.i)
                self._chain_mentions.append(
                    Mention(
                        tok.i, tok.sent, best, is_topic_subject(doc, tok.i), is_embedded(doc, tok.i)
                    )
                )
        return self._chain_tokens

    def chain_agrees(self, entity: Entity, gender: str, head: int) -> bool:
        """Whether a pronoun of ``gender`` at ``head`` can join ``entity``'s chain: not when
        the entity's gender is unknown (no title, no first name the dictionaries know) and
        the chain before ``head`` joined only pronouns of the other gender to it. Lappin &
        Leass (1994) test agreement against the whole equivalence class, and a "he" in it
        says what the name did not: "Tavi Renhol ... his answers ... Later she said" is not Renhol
        (session 24, pronouns8). A chain that took both genders decides nothing. Only the
        narrative's pronouns count: one inside a claim's words or a quotation was weighed
        with the people named there halved (:data:`QUOTED`) against the speaker, the chain's
        least sure link ("..., Lee said. Kim was pressed to run earlier than she did" is no
        "she" of Lee's)."""
        if entity.gender or gender not in (MALE, FEMALE):
            return True
        seen = self._chain_genders.get(entity.id)
        if not seen:
            return True
        other = FEMALE if gender == MALE else MALE
        return not (seen.get(other, head) < head and seen.get(gender, head) >= head)

    def window_start(self, head: int, window: int = WINDOW) -> int:
        """The first token of the window: ``window`` sentences of narrative back, the
        sentences of a quotation not counted (:meth:`_distance`), at most
        :data:`QUOTED_REACH` times as many sentences in all, so the cost stays bounded."""
        if not self.doc.sentences:
            return 0
        here = self.doc[head].sent
        narrative = self.narrative_counts()
        if here < len(narrative):
            first = bisect.bisect_left(narrative, narrative[here] - window)
            sent = max(first, here - QUOTED_REACH * window, 0)
        else:
            sent = max(0, here - window)
        return self.doc.sentences[sent].start

    def sources_between(self, lo: int, hi: int) -> list[Entity]:
        """The entities the pass has resolved claims' sources to at tokens in ``[lo, hi)``
        (a speaker counts as mentioned where their claim's source is): the rules add them to
        the candidates of a window."""
        a = bisect.bisect_left(self._source_tokens, lo)
        b = bisect.bisect_left(self._source_tokens, hi)
        return self._source_entities[a:b]

    def resolution_of(self, entity: Entity, rule: str, role: str | None) -> Resolution:
        """The resolution to a registry entity by ``rule``, at that rule's certainty
        (:data:`CERTAINTY`): how every rule family reports a speaker it found."""
        return Resolution(entity.name, entity.type, role, rule, CERTAINTY[rule], entity)


def gendered_pronouns(doc: Document) -> list[int]:
    """The tokens of ``doc`` that can join the pronoun chain (:meth:`Resolver.chain_upto`): a
    he / him / his / she / her (:data:`CHAIN_PRONOUNS`) tagged a pronoun or a possessive
    one, in text order. One pass per document: the chain then visits these alone, not every
    token up to each mention (issue 13: resolution's share of a run)."""
    return [
        n
        for n, tok in enumerate(doc.tokens)
        if (tok.pos == "PRON" or tok.tag == "PRP$") and tok.text.lower() in CHAIN_PRONOUNS
    ]

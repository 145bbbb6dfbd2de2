"""Cues: the words that report a claim, and the source mention they attribute it to.

Lexicons are data (``quotes/lexicons/en/*.txt``); matching is on lemmas and heads, because
inflections and auxiliaries ("has said", "also said") split the surface forms
(PolNeAR dev: 1,101 distinct cue strings).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property

from quotes import labels as L
from quotes.document import POSSESSIVE_MARKS, Document, Token
from quotes.lexicons import load_lexicon, load_table


@dataclass(frozen=True)
class Lexicons:
    speech: frozenset[str]
    intention: frozenset[str]
    speech_act: frozenset[str]
    not_cues: frozenset[str]
    source_nouns: frozenset[str]
    prepositional: frozenset[tuple[str, str]]
    nouns: frozenset[str] = frozenset()
    questions: frozenset[str] = frozenset()
    acts: Mapping[str, str] = field(default_factory=dict)
    #: Speech acts whose passive subject is what they are about (rule passive_subject).
    passive: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    stance_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    frame_nouns: frozenset[str] = frozenset()
    intention_nouns: frozenset[str] = frozenset()
    evidentials: frozenset[str] = frozenset()
    #: Verb + preposition pairs whose object goes with the infinitive after it ("called on X
    #: to act", controlling_prepositions.txt).
    controlling: frozenset[tuple[str, str]] = frozenset()
    #: Passive verb + preposition pairs that say what the subject is seen as ("known for",
    #: passive_prepositions.txt).
    passive_prepositions: frozenset[tuple[str, str]] = frozenset()

    @cached_property
    def prepositional_verbs(self) -> frozenset[str]:
        """The verbs of the verb + preposition cues (built once: it is read for every token)."""
        return frozenset(v for v, _ in self.prepositional)

    @cached_property
    def reporting_verbs(self) -> frozenset[str]:
        """Verbs of saying and of speech acts, whose clause is its subject's claim ("said",
        "criticized"): built once, not per token."""
        return self.speech | self.speech_act

    @classmethod
    def load(cls, lang: str = "en") -> Lexicons:
        questions = load_lexicon("question_verbs", lang)
        return cls(
            speech=load_lexicon("speech_verbs", lang) | questions,
            intention=load_lexicon("intention_verbs", lang),
            speech_act=load_lexicon("speech_act_verbs", lang),
            not_cues=load_lexicon("not_cues", lang),
            source_nouns=load_lexicon("source_nouns", lang),
            prepositional=verb_pairs("prepositional_cues", lang),
            nouns=load_lexicon("noun_cues", lang),
            questions=questions,
            acts={row[0].lower(): row[1] for row in load_table("acts", lang)},
            passive=load_lexicon("passive_cues", lang),
            stance_verbs=load_lexicon("stance_verbs", lang),
            stance_nouns=prepositions_by_noun(load_table("stance_nouns", lang)),
            frame_nouns=load_lexicon("frame_nouns", lang),
            intention_nouns=load_lexicon("intention_nouns", lang),
            evidentials=load_lexicon("evidential_adverbs", lang),
            controlling=verb_pairs("controlling_prepositions", lang),
            passive_prepositions=verb_pairs("passive_prepositions", lang),
        )


def verb_pairs(name: str, lang: str = "en") -> frozenset[tuple[str, str]]:
    """``verb TAB preposition`` rows of a lexicon as lower-case pairs."""
    return frozenset((row[0].lower(), row[1].lower()) for row in load_table(name, lang))


def prepositions_by_noun(rows: tuple[tuple[str, ...], ...]) -> dict[str, frozenset[str]]:
    """``noun TAB preposition`` rows as each noun's prepositions (stance_nouns.txt,
    advocate_nouns.txt)."""
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(row[0].lower(), set()).add(row[1].lower())
    return {noun: frozenset(preps) for noun, preps in out.items()}


VERBAL = frozenset({"VERB"})
#: Words that open an embedded wh- question (wh_words.txt): "asked why ...".
WH_WORDS = load_lexicon("wh_words")
#: Relative pronouns: a source or object that is one stands for the noun its clause modifies.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
#: Verbs that report what a study, report or investigation established; cues only with such
#: a subject (see :func:`quotes.claims.reported.speech_act_object`).
FINDING_VERBS = frozenset({"find", "show", "conclude", "reveal", "suggest", "confirm"})
#: Words of a source noun phrase that are kept out of the mention at its edges.
_EDGE_PUNCT = frozenset(",.;:!?—–-\"“”‘’'()")
#: Parts of speech that head a noun phrase that can name someone.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def is_cue_verb(doc: Document, tok: Token, lex: Lexicons) -> bool:
    """A verb whose lemma is in one of the cue lexicons (and not a question verb)."""
    if (
        tok.pos not in VERBAL
        and not (tok.pos == "AUX" and tok.lemma in lex.speech)
        and not verb_read_as_noun(doc, tok)
    ):
        return False
    lemma = tok.lemma
    if lemma in lex.not_cues:
        return False
    return (
        lemma in FINDING_VERBS
        or lemma in lex.speech
        or lemma in lex.intention
        or lemma in lex.speech_act
        or lemma in lex.prepositional_verbs
        or made_clear(doc, tok) is not None
        or made_the_case(doc, tok) is not None
        or described_self_as(doc, tok) is not None
        or speech_object(doc, tok) is not None
    )


def verb_read_as_noun(doc: Document, tok: Token) -> bool:
    """Whether a word the tagger read as a noun heads a clause as its verb: "Emails obtained
    by the paper show that ...", "Okafor claims she's owed $2 million" (the small model tags
    "show" and "claims" NN / NNS after a plural subject, yet hangs a subject before the word
    and a complement clause after it on it). A noun has no subject and no complement clause
    (Huddleston and Pullum 2002, 5.1: subjects and clausal complements are the verb's), so
    the parse's own structure says it is a verb; its lemma is then read as a cue's like any
    verb's. Only with a subject before it and a complement clause after it, so a compound
    noun ("records show" as a phrase) or a noun with a that-clause of its own ("the claims
    that ...") is no cue. (PolNeAR train: 9 such words, see docs/guide.md.)"""
    if tok.pos not in ("NOUN", "PROPN") or tok.ent:
        return False
    if not any(s.i < tok.i for s in doc.kids(tok.i, L.NSUBJ)):
        return False
    return any(k.i > tok.i for k in doc.kids(tok.i, L.CCOMP))


def speech_object(doc: Document, verb: Token) -> Token | None:
    """The object that makes ``verb`` a speech act (``speech_objects.txt``: "Fox told a
    different tale", "she made the argument that ...", "filed a lawsuit against X"), else
    None: the verb alone reports nothing (one tells a friend, makes dinner, files a form),
    and with the object the object is what was said
    (:func:`quotes.claims.reported.speech_act_object`)."""
    pairs = load_table("speech_objects")
    for obj in doc.kids(verb.i, L.OBJ):
        if obj.i > verb.i and (verb.lemma, obj.lemma) in pairs:
            return obj
    return None


#: The adjectives of "make (it) clear that ...", a light-verb cue of news reports.
_CLEAR = frozenset({"clear", "plain"})


def made_clear(doc: Document, verb: Token) -> Token | None:
    """The "clear" of "X made (it) clear that ...", else None."""
    if verb.lemma != "make":
        return None
    for kid in doc.kids(verb.i, L.CCOMP, L.OPRD, L.ACOMP, L.XCOMP):
        if kid.lemma in _CLEAR:
            return kid
    return None


#: Verbs of "make the case that ...": a light verb whose object "case" is an argument made.
_CASE_VERBS = frozenset({"make", "press"})


def made_the_case(doc: Document, verb: Token) -> Token | None:
    """The "case" of "X made the case (to Y) that ..." or "... the case for/against Z", else
    None: the that-clause, or the "for"/"against" object, is what X argued
    (:func:`case_content`). Sized on PolNeAR train: of such phrases that no claim overlapped
    yet, 5 of 7 with a that-clause and 5 of 7 with "for"/"against" are gold attributions cued
    by "case"; the "case" of a box ("made a case for the violin") reads the same."""
    if verb.lemma not in _CASE_VERBS:
        return None
    for obj in doc.kids(verb.i, L.OBJ):
        if obj.lemma == "case" and obj.i > verb.i and case_content(doc, verb, obj):
            return obj
    return None


def described_self_as(doc: Document, verb: Token) -> Token | None:
    """The reflexive object of "X cast himself as an outsider", "Lee has styled herself as a
    reformer", else None: a verb with a reflexive object (``reflexive_pronouns.txt``) and an
    "as" phrase after it is the subject's self-description, whatever the verb (Quirk et al.
    1985, 16.48 on "as" complements of a verb with an object), and PolNeAR's annotators mark
    "himself as X" as its content, as they do for "described himself as X". Sized on PolNeAR
    train, no claim overlapping the phrase yet: 8 of 13 such phrases were gold content cued
    by the verb on one half of the articles, 5 of 7 on the other (docs/benchmarks.md,
    "Session 16: indirect"). "established himself as a leader" reads the same and is not one."""
    for obj in doc.kids(verb.i, L.OBJ):
        if obj.i < verb.i or obj.lower not in load_lexicon("reflexive_pronouns"):
            continue
        for host in (verb, obj):
            for words, ptok, _ in doc.prepositional_objects(host.i):
                if words == "as" and ptok.i > obj.i:
                    return obj
    return None


def case_content(doc: Document, verb: Token, case: Token) -> list[Token]:
    """What "made the case" argues: the that-clause, wherever the parser hung it (on "case", on
    the verb after "case", or on the hearer of a "to" phrase), else the object of "for" or
    "against" ("made the case for a new bridge"); empty when there is neither."""
    hosts = [case, verb] + [
        obj for _, ptok, obj in doc.prepositional_objects(case.i) if ptok.lower == "to"
    ]
    hosts += [obj for _, ptok, obj in doc.prepositional_objects(verb.i) if ptok.lower == "to"]
    clauses = [
        kid
        for host in hosts
        for kid in doc.kids(host.i, L.ACL, L.CCOMP, L.RELCL, L.ADVCL)
        if kid.i > case.i and _opened_by_that(doc, kid)
    ][:1]
    if clauses:
        return clauses
    return [
        obj
        for host in (case, verb)
        for words, ptok, obj in doc.prepositional_objects(host.i)
        if words in ("for", "against") and ptok.i > case.i
    ][:1]


def _opened_by_that(doc: Document, clause: Token) -> bool:
    """Whether a clause opens with the complementizer "that" (its ``mark``), not with a
    relative "that" standing for a subject or an object."""
    marks = doc.kids(clause.i, L.MARK)
    return bool(marks) and marks[0].lower == "that" and doc.subtree(clause.i)[0] == marks[0].i


def cue_tokens(doc: Document, verb: Token) -> list[int]:
    """The cue: the verb with its particle and, for "tell", its addressee ("told reporters");
    "made it clear" whole."""
    out = [verb.i]
    for kid in doc.kids(verb.i, L.PRT, L.NEG):
        out.append(kid.i)
    clear = made_clear(doc, verb)
    if clear is not None:
        out.extend(i for i in range(verb.i + 1, clear.i + 1) if doc[i].lower in ("it", *_CLEAR))
    case = made_the_case(doc, verb)
    if case is not None:
        out.append(case.i)
    if verb.lemma == "tell":
        for kid in doc.kids(verb.i, L.IOBJ, L.OBJ):
            if kid.pos in _NOMINAL and len(doc.subtree(kid.i)) <= 3:
                out.extend(doc.subtree(kid.i))
    return sorted(set(out))


def to_infinitives(doc: Document, noun: Token, *deps: str) -> list[Token]:
    """The "to" infinitives a noun governs after it by one of ``deps``: "her pledge *to cut*
    fares", "the decision not *to strike*"."""
    return [
        k
        for k in doc.kids(noun.i, *deps)
        if k.i > noun.i and any(a.lower == "to" for a in doc.kids(k.i, L.AUX))
    ]


def runs(indices: list[int]) -> list[list[int]]:
    """Token indices, sorted and grouped into runs of neighbours: [3, 4, 7] -> [[3, 4], [7]]."""
    out: list[list[int]] = []
    for i in sorted(set(indices)):
        if out and i == out[-1][-1] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def char_spans(doc: Document, indices: list[int]) -> list[tuple[int, int]]:
    """Character spans of token indices, one per run of neighbours (:func:`runs`)."""
    return [(doc[run[0]].start, doc[run[-1]].end) for run in runs(indices)]


def subject_of(doc: Document, verb: Token) -> Token | None:
    """The subject of ``verb``, inherited along conjoined, participial and control chains.

    "Lavrov said ..., adding that ..." gives "adding" the subject of "said"; "The President
    laughed and said ..." gives "said" the subject of "laughed". A gerund after a preposition
    has the subject of the word the preposition hangs on ("responded by saying"), and after
    the preposition of a verb's object that verb's subject: "Trump has a long history of
    blaming others", "he drew criticism for promoting ..." (PolNeAR marks it as the source;
    on train 10 gold claims found, none lost, speakers 10 right of 12). A noun with a
    possessor ("their strategy of attacking him") or that is no object gives none: the
    possessor was the right source 1 time in 6 on train.
    """
    if is_reduced_passive(doc, verb) or _passive_addressed(doc, verb):
        return None  # "Asked whether ..., Hughes replied": Hughes was asked, she did not ask
    stranded = _stranded_relative_subject(doc, verb)
    if stranded is not None:
        return stranded
    node = verb
    for step in range(5):
        # a participle's subject may be the main clause's passive subject ("After saying
        # ..., she was taken to ...")
        deps = (L.NSUBJ, L.CSUBJ) if step == 0 else (L.NSUBJ, L.CSUBJ, L.NSUBJ_PASS)
        # a dash the parser took for a noun ("made public ― Trump boasted") is no subject
        subj = [k for k in doc.kids(node.i, *deps) if k.text.strip("―—–-")]
        if subj:
            subj = _named_one_of_them(doc, _possessed_subject(doc, subj))
            found = _not_a_participle(doc, _own_subject(subj, node), node)
            return None if found is not None and _asked_of(doc, found, node) else found
        controller = _object_controller(doc, node)
        if controller is not None:
            return controller
        taken = _subject_taken_by_participle(doc, node) if step == 0 else None
        if taken is not None:
            return taken
        if node.dep in (L.CONJ, L.ADVCL, L.XCOMP) and node.head != node.i:
            # the cue itself may be a reporting participle the parser hung in the wrong clause
            node = participle_host(doc, node) if step == 0 else doc[node.head]
            continue
        if node.dep == L.ACOMP and step > 0 and node.head != node.i:  # "X is likely to stress"
            node = doc[node.head]
            continue
        if _predicate_word(doc, node) and step > 0 and node.head != node.i:
            # the word a gerund's preposition hangs on: "X stopped short of endorsing", "X was
            # back to boasting", "X has been the most aggressive in denouncing"
            node = doc[node.head]
            continue
        if node.dep == L.PCOMP and node.head != node.i:  # "as saying", "by saying"
            node = doc[doc[node.head].head]
            if node.pos == "NOUN":  # "Trump has a long history of blaming others"
                if node.dep != L.OBJ or node.head == node.i or doc.kids(node.i, L.POSS):
                    return None
                node = doc[node.head]
            continue
        return None
    return None


#: Verbs whose preposition a relative clause leaves at its end ("the engineers I spoke to").
_STRANDING_VERBS = frozenset({"speak", "talk", "chat", "listen", "meet"})
_STRANDED_PREPOSITIONS = frozenset({"to", "with"})


def _stranded_relative_subject(doc: Document, verb: Token) -> Token | None:
    """ "The engineers I spoke to say the bridge was unsafe": the small parser reads the
    preposition a relative clause leaves at its end (Huddleston & Pullum 2002, 12.3) as the
    infinitive marker of the cue, or the cue as its object ("spoke to say", "spoke with
    argue"), and leaves the sentence with no main verb: the noun the relative clause belongs
    to is the subject. It is the root, or a bare noun phrase hung on the relative clause's
    verb made root ("Voters we talked with said"). Only with no main verb: "the man I asked
    to say a few words" has one and its own reading."""
    if verb.i < 3 or verb.head not in (verb.i - 1, verb.i - 2):
        return None
    host, preposition = doc[verb.i - 2], doc[verb.i - 1]
    if host.lemma not in _STRANDING_VERBS or preposition.lower not in _STRANDED_PREPOSITIONS:
        return None
    if host.dep == L.RELCL:
        noun = doc[host.head]
        return noun if noun.head == noun.i and noun.pos in _NOMINAL else None
    if host.head != host.i:
        return None
    subjects = [k.i for k in doc.kids(host.i, L.NSUBJ)]
    nouns = [
        k for k in doc.kids(host.i, L.NPADVMOD)
        if k.pos in _NOMINAL and subjects and k.i < min(subjects)
    ]  # fmt: skip
    return nouns[0] if nouns else None


def _predicate_word(doc: Document, node: Token) -> bool:
    """An adverb or a graded adjective predicate between a gerund's preposition and the verb
    whose subject does it ("stopped *short* of endorsing", "was *back* to boasting", "has been
    the most *aggressive* in denouncing"): the subject is that verb's. An ungraded one
    compares doings, and its subject does none ("It is not the *same* as saying ...")."""
    if node.dep == L.ADVMOD:
        return node.pos == "ADV"
    if node.dep != L.ATTR or node.pos != "ADJ":
        return False
    degrees = ("most", "more", "less", "least")
    return node.tag in ("JJR", "JJS") or any(k.lower in degrees for k in doc.kids(node.i, L.ADVMOD))


#: Verbs whose object is the subject of their infinitive ("forced the banker to admit",
#: "urged voters to say"): object control, listed because the parser also hangs purpose
#: clauses on a verb with an object ("used the speech to call for ...": the speaker calls).
#: The causative ones are reported.CAUSATIVE_VERBS's too, for the same reason.
OBJECT_CONTROL_VERBS = frozenset(
    {"force", "urge", "ask", "order", "press", "pressure", "push", "persuade", "convince",
     "compel", "encourage", "invite", "tell", "require", "challenge", "prompt", "lead",
     "cause", "inspire", "drive", "move", "get", "allow", "permit", "implore", "beg",
     "instruct", "direct"}
)  # fmt: skip


def _object_controller(doc: Document, node: Token) -> Token | None:
    """The object of the verb an infinitive depends on, which is the infinitive's subject
    ("forced the banker to admit that ...": the banker admits). Object control (Huddleston &
    Pullum 2002, ch. 14 §5; UD's ``xcomp`` guideline names the object as controller when there
    is one)."""
    if node.dep != L.XCOMP or node.head == node.i:
        return None
    head = doc[node.head]
    if head.lemma not in OBJECT_CONTROL_VERBS:
        return None
    objs = [k for k in doc.kids(head.i, L.OBJ) if k.i < node.i and k.pos in _NOMINAL]
    return objs[0] if objs else None


_CLOSERS = ("”", '"')
_OPENERS = ("“", '"')


#: Marks of a possessive ("ABC News’ Bret Lund", "CBS's Ann Lee").


def _possessed_subject(doc: Document, subjects: list[Token]) -> list[Token]:
    """Two subjects the parser split at an organisation's possessive ("ABC News’ Bret Lund
    argued that ...": "News" and "Lund" both subjects of "argued"): the one right after
    the mark is the possessed person, who speaks; the outlet before it is his employer, as
    when the parser hangs it on him as a possessor. Else ``subjects`` as given."""
    if len(subjects) != 2:
        return subjects
    first, second = sorted(subjects, key=lambda k: k.i)
    if min(doc.subtree(second.i)) == first.i + 2 and doc[first.i + 1].text in POSSESSIVE_MARKS:
        return [second]
    return subjects


#: Words that stand for one of a group named before ("One witness said ... Another, Jade
#: Morris, said ..."; "with one writing: “…”", :mod:`quotes.claims.direct`).
ONE_OF_THEM = frozenset({"one", "another"})


def _named_one_of_them(doc: Document, subjects: list[Token]) -> list[Token]:
    """Two subjects the parser split at the comma of an apposition to "one" or "another"
    ("Another, Jade Morris, 19, said: ..."; a crime or disaster report's second witness):
    the name after the comma is the person the numeral stands for, and the speaker, as
    "One of the men, Jessie Elkins, 70, said" gives the name when the parser makes it an
    apposition (:meth:`quotes.speakers.rules.names.NameRules.apposition`). Only a bare
    "one"/"another" opening its own subject, a comma, then a proper noun's phrase."""
    if len(subjects) != 2:
        return subjects
    first, second = sorted(subjects, key=lambda k: k.i)
    if first.lower not in ONE_OF_THEM or doc.subtree(first.i) != [first.i]:
        return subjects
    if doc[first.i + 1].text != "," or second.pos != "PROPN":
        return subjects
    if min(doc.subtree(second.i)) != first.i + 2:
        return subjects
    return [second]


def _own_subject(subjects: list[Token], verb: Token) -> Token:
    """Of the subjects the parser gave a verb (two are a parse error), the person nearest to
    it: in "... to, now, Lang, Jensen said" Jensen speaks; in "Ann Cole and Tom Reed of the
    University of California, Berkeley, suggest" the person, not the place."""
    people = [k for k in subjects if k.ent == "PERSON" or k.pos == "PRON"]
    if len(people) > 1:
        return min(people, key=lambda k: abs(k.i - verb.i))
    if people:
        return people[0]
    named = [k for k in subjects if _described_by_sibling(subjects, k)]
    return named[0] if named else subjects[0]


def _described_by_sibling(subjects: list[Token], name: Token) -> bool:
    """Whether ``name`` (a proper noun) comes right after another subject that is a common
    noun: "Russian state news agency TASS said" parsed as two subjects, "agency" and "TASS",
    is one noun phrase whose descriptor the parser did not make a compound of the name (as it
    does in "US carmaker Ford"): the name is the subject, the descriptor its modifier."""
    return name.pos == "PROPN" and any(
        k.i == name.i - 1 and _is_descriptor(k) for k in subjects if k is not name
    )


@cache
def descriptor_nouns() -> frozenset[str]:
    """Nouns that describe a person or an organisation before its name: the speaker
    resolver's roles, description, organisation, source, group and people nouns ("agency",
    "broadcaster", "spokesman", "lawyer"), not any noun ("The pride Mr. Cruz feels ...")."""
    words = set().union(
        *(load_lexicon(n) for n in ("organisation_nouns", "source_nouns", "group_nouns"))
    )
    words |= load_lexicon("people_nouns")
    words |= {row[0].lower() for n in ("roles", "description_nouns") for row in load_table(n)}
    return frozenset(words)


def _is_descriptor(tok: Token) -> bool:
    return tok.pos == "NOUN" and tok.lower in descriptor_nouns()


#: Second-person pronouns: inside a question they are the one asked, not a source.
_SECOND_PERSON = frozenset({"you", "ya", "y'all"})


def _asked_of(doc: Document, subj: Token, verb: Token) -> bool:
    """ "Why did you vote against the bill?": a second-person subject of a verb in a question
    is the one asked, never the source of what the question says."""
    if subj.lower not in _SECOND_PERSON:
        return False
    sentence = doc.sentences[verb.sent]
    return any(doc[k].text == "?" for k in range(verb.i + 1, sentence.end))


def _not_a_participle(doc: Document, subj: Token, verb: Token) -> Token | None:
    """ "“...,” said Fielding, wincing.": the parser may make the participle after the name the
    verb's subject and hang the name on it. A participle after the verb is never the source:
    the name it carries is, else there is none."""
    if subj.tag != "VBG" or subj.pos != "VERB":
        return subj
    if subj.i < verb.i:
        return _subject_after_opening_participle(doc, subj, verb) or subj
    names = [k for k in doc.kids(subj.i, L.NSUBJ) if k.i < subj.i and k.pos in _NOMINAL]
    return names[0] if names else None


def _subject_after_opening_participle(doc: Document, subj: Token, verb: Token) -> Token | None:
    """ "Writing in The Lancet, Dr Ann Lee and colleagues argue that ...": the parser may make
    the opening participle clause the verb's subject and join the real subject to the last
    noun of that clause ("Lancet ... and Lee"). A participle clause set off by a comma at the
    sentence's start is adverbial (Quirk et al. 1985, 15.58); the subject is the noun phrase
    right after its comma, before the verb."""
    if subj.dep != L.CSUBJ or subj.i != doc.sentences[subj.sent].start:
        return None
    tail = doc.subtree(subj.i)
    comma = next((i for i in tail if doc[i].text == ","), None)
    if comma is None:
        return None
    after = [i for i in tail if comma < i < verb.i and doc[i].pos in _NOMINAL]
    heads = [i for i in after if doc[i].head not in after]
    return np_head(doc, doc[heads[0]]) if heads else None


def participle_host(doc: Document, node: Token) -> Token:
    """The head ``node`` hangs on; for a participle after a closed quotation, the verb that
    reports the quotation: in "told X that the council “had a plan which failed,” adding, ..."
    the parser hangs "adding" on "had", inside the quotation, but who adds is who spoke."""
    head = doc[node.head]
    if node.dep == L.CONJ and head.i < node.i:
        return _conjunct_host(doc, node, head)
    if node.tag != "VBG" or node.dep != L.ADVCL or head.i > node.i:
        return head
    host = _quotation_host(doc, node, head)
    return host if host is not head else _complement_host(doc, node, head)


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _finite_tag(doc: Document, verb: Token) -> str:
    """The tense a verb group shows: its own tag when finite, else its first auxiliary's
    ("has championed" -> VBZ, "would rebound" -> MD)."""
    if verb.tag in _FINITE:
        return verb.tag
    auxes = [k for k in doc.kids(verb.i, L.AUX, L.AUX_PASS) if k.i < verb.i]
    return auxes[0].tag if auxes else verb.tag


def _verb_group_shape(doc: Document, verb: Token) -> tuple[str, bool]:
    """The tense a verb group shows (:func:`_finite_tag`) and whether it is perfect ("had
    sought": VBD, perfect; "insists": VBZ, not)."""
    perfect = any(k.lemma == "have" for k in doc.kids(verb.i, L.AUX) if k.i < verb.i)
    return _finite_tag(doc, verb), perfect


def _continues_reporter(doc: Document, node: Token, reporter: Token) -> bool:
    """Whether a finite conjunct reads as the reporter's second act, by the verb groups' form.

    News reports a speaker's acts in one tense ("said the talks had failed and warned ...",
    "insists the party must change, and has championed ..."). Two forms say the conjunct is
    more of the reported clause instead: a pluperfect under a simple past ("said his client
    had repaid the sum and had sought help": the clause backshifted, Quirk et al. 1985,
    14.31), and a plain verb under a perfect reporter ("has said that she supports X but
    supports Y": a second act of hers would share the perfect)."""
    tense, perfect = _verb_group_shape(doc, node)
    reporter_tense, reporter_perfect = _verb_group_shape(doc, reporter)
    if tense not in _FINITE or tense != reporter_tense:
        return False
    backshifted = perfect and tense == "VBD" and not reporter_perfect
    return not backshifted and not (reporter_perfect and not perfect)


def _conjunct_host(doc: Document, node: Token, head: Token) -> Token:
    """ "Mr. Lee forecast that the economy would rebound and praised ...", "He said the talks
    had failed and warned ...": the parser joins the second verb to the nearest one, inside the
    reported clause. A finite conjunct continues the verb the clause depends on when it shares
    that verb's tense (news reports a speaker's acts in one tense; the reported clause's own
    verbs rarely report speech themselves). A participle ("X pushed back, saying that the bill
    was sound - and arguing that ...") continues the participle that reports the clause."""
    if doc.kids(node.i, L.NSUBJ, L.NSUBJ_PASS, L.CSUBJ):
        return head  # "... discussed Iran, and both agreed that ...": a clause of its own
    reporter = _clause_reporter(doc, node, head)
    if reporter is None:
        return head
    if node.tag == "VBG":
        return reporter if reporter.tag == "VBG" and reporter.i < node.i else head
    return reporter if _continues_reporter(doc, node, reporter) else head


def _clause_reporter(doc: Document, node: Token, head: Token) -> Token | None:
    """The verb that governs the reported clause ``head`` lies in (the head of the nearest
    ``ccomp`` above it, within ``node``'s sentence and a few steps), or None."""
    top = head
    for _ in range(6):
        if top.dep == L.CCOMP and top.head != top.i:
            return doc[top.head]
        if top.head == top.i or doc[top.head].sent != node.sent:
            return None
        top = doc[top.head]
    return None


def _complement_host(doc: Document, node: Token, head: Token) -> Token:
    """ "X argued that a tax would keep the budget balanced, saying ...", "X dismissed the
    claims that Y broke the law, saying ...", "X decided not to run, joking that ...": a
    participle after a comma at the end of a reported clause (or a noun's complement, or an
    intention's infinitive) is hung on the clause's verb by the parser, but it
    continues the verb of the sentence that reports the clause."""
    if node.i == 0 or doc[node.i - 1].text != ",":
        return head
    if _narrating_clause(doc, head):
        return head
    top, nested = head, False
    while top.head != top.i and doc[top.head].sent == node.sent:
        nested = nested or top.dep in (L.CCOMP, L.ACL, L.RELCL, L.XCOMP)
        top = doc[top.head]
    if nested and top.i < node.i and top.pos in ("VERB", "AUX"):
        return top
    return head


#: Subordinators of a clause the writer sets beside a reported one, in contrast or in time
#: (as in :mod:`quotes.claims.boundaries`): "A said X, while B downgraded the stock, arguing".
_NARRATING_MARKS = frozenset({"while", "whereas", "although", "though"})


def _narrating_clause(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` heads an adverbial clause of contrast with a subject of its own: "Analysts
    at Barclays said the update was poor, while Jefferies downgraded the stock, arguing that
    ...": the participle continues Jefferies' clause, not the sentence's reporter."""
    if verb.dep != L.ADVCL:
        return False
    marked = any(k.lower in _NARRATING_MARKS for k in doc.kids(verb.i, L.MARK))
    subjects = [k for k in doc.kids(verb.i, L.NSUBJ) if k.pos in ("PROPN", "NOUN")]
    return marked and bool(subjects)


def _quotation_host(doc: Document, node: Token, head: Token) -> Token:
    """The verb outside a quotation that ``head`` lies in and ``node`` follows."""
    between = doc.text[head.end : node.start]
    if not any(mark in between for mark in _CLOSERS):
        return head
    opening = max(doc.text.rfind(mark, 0, head.start) for mark in _OPENERS)
    inside = doc.text[opening + 1 : head.start]
    if opening < 0 or "\n" in inside or any(mark in inside for mark in _CLOSERS):
        return head  # the head is not inside a quotation of its paragraph
    node = head
    while node.start > opening and node.head != node.i:
        node = doc[node.head]
    return node


def lost_subject(
    doc: Document, verb: Token, window: list[Token], *, after_quotation: bool = False
) -> Token | None:
    """The subject the parser lost (or found inside a quotation) around a cue: the noun right
    before the verb (``“…,” Rep. Ann Lee (D-Md.) said``), or the noun phrase right after it
    (``“…,” said the mayor``), never a noun behind a preposition (``said in an interview``).
    A participle has no such subject: "…, saying the city ..." is said by the main clause's
    subject, never by "the city", nor by the noun before the comma. ``after_quotation``: the
    window follows a quotation, whose verb may take an inverted subject the parser made its
    object (:func:`_inverted_subject`); other rules read that object as what was said."""
    if verb.tag == "VBG":
        return None
    depth = 0
    for tok in reversed([t for t in window if t.i < verb.i]):
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            depth -= 1
        elif depth == 0 and tok.pos == "NUM" and tok.i > 0 and doc[tok.i - 1].text == ",":
            continue  # an age between commas: "Ann Lee, 58, said"
        elif depth == 0 and tok.pos in ("PROPN", "PRON", "NOUN"):
            return np_head(doc, tok)
        elif depth == 0 and tok.pos not in ("PUNCT", "ADV", "SPACE"):
            break
    after = [t for t in window if t.i > verb.i and t.pos not in ("ADV", "SPACE")]
    if after and after[0].pos in ("PROPN", "DET", "NOUN", "ADJ", "PRON"):
        head = next((t for t in after if t.pos in ("PROPN", "NOUN", "PRON")), None)
        if head is None:
            return None
        head = np_head(doc, head)
        # "“...” - and stressed the state's importance": the verb's object is no subject
        if head.dep == L.OBJ and head.head == verb.i:
            inverted = after_quotation and _inverted_subject(doc, verb, head, window)
            return head if inverted else None
        return head
    return None


def _inverted_subject(doc: Document, verb: Token, obj: Token, window: list[Token]) -> bool:
    """Whether the noun phrase the parser made the object of a verb of saying right after a
    quotation is its subject, inverted: in "'Is it true,' whispered the old woman, 'that
    ...'" the verb opens the words after the quotation and the phrase ends the attribution
    (a comma, a stop or a mark follows), the quotative inversion of fiction and features
    (Quirk et al. 1985, 18.23: "said the woman"); "- and stressed the state's importance"
    has a word before the verb, "told reporters that ..." goes on after its object."""
    first = next((t for t in window if t.pos not in ("PUNCT", "SPACE")), None)
    if first is None or first.i != verb.i:
        return False
    end = doc.subtree(obj.i)[-1] + 1
    return end >= len(doc.tokens) or doc[end].pos == "PUNCT"


def np_head(doc: Document, tok: Token) -> Token:
    """Climb compounds and modifiers to the head noun of ``tok``'s phrase."""
    while tok.dep in (L.COMPOUND, L.AMOD, L.DET, L.POSS, L.FLAT, L.NUMMOD) and tok.head != tok.i:
        tok = doc[tok.head]
    return tok


def described_name(doc: Document, subj: Token, verb: Token) -> Token:
    """The name a description between commas (or brackets) stands beside: in "Col. Ann Lee, a
    military spokeswoman in Kabul, said" the parser (or the nearest-noun fallback) may take
    "Kabul" or "spokeswoman" for the subject; the source is the person or organisation named
    before the description (an apposition, as PolNeAR's annotators mark it: name and
    description together). The description may hold commas of its own ("Mr. Lee, now 81 and
    retired in Cambridge, Mass., said"), so the name is the nearest person or organisation
    followed by a comma or bracket, within :data:`_DESCRIPTION_REACH` words.
    """
    if subj.i > verb.i or subj.ent == "PERSON":
        return subj
    close = verb.i - 1
    while close > subj.i and doc[close].pos in ("ADV", "AUX", "PART"):
        close -= 1
    if close <= subj.i or doc[close].text not in (",", ")"):
        return subj
    if subj.dep in (L.NSUBJ, L.NSUBJ_PASS) and subj.i < subj.head < close:
        return subj  # "In a talk with CNN, Lee went on, saying": a clause, not a description
    for k in range(subj.i - 1, max(0, subj.i - _DESCRIPTION_REACH), -1):
        if doc[k].sent != subj.sent or _heads_a_clause_before(doc, doc[k], verb):
            break  # "the Bank, which ..., expects X, and the governor, Ann Lee, warned"
        name = doc[k - 1]
        if doc[k].text in (",", "(") and name.pos == "PROPN" and name.ent in ("PERSON", "ORG"):
            return np_head(doc, name)
    return subj


def _heads_a_clause_before(doc: Document, tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is the verb ``verb`` is a conjunct of ("expects X, and the governor,
    Ann Lee, has warned"): a name before it is that clause's subject, not the name a
    description of ``verb``'s subject stands beside. Not any verb on the way: the parser may
    make a relative clause's verb the root ("Ann Lee, whose husband was one of four ...,
    discussed")."""
    return verb.dep == L.CONJ and tok.i == verb.head


#: How far back (in words) :func:`described_name` looks for the name a description follows.
_DESCRIPTION_REACH = 30


def passive_agent(doc: Document, verb: Token) -> Token | None:
    """The agent of a passive verb ("was reported by X")."""
    for prep, _, obj in doc.prepositional_objects(verb.i):
        if prep == "by":
            return obj
    return None


def is_passive(doc: Document, verb: Token) -> bool:
    return bool(doc.kids(verb.i, L.AUX_PASS, L.NSUBJ_PASS))


#: Verbs of asking and telling: their passive subject is the one addressed, not the speaker.
#: ("Worried that ..., the government proposed": a psych verb's passive subject is who worries,
#: the source, so those are not here.) The object side of the same idea, verbs whose object is
#: the hearer rather than the message, is reported.ADDRESSEE_VERBS.
PASSIVE_ADDRESSEE_VERBS = frozenset(
    {"ask", "question", "press", "quiz", "tell", "inform", "challenge", "query", "interview"}
)


def _passive_addressed(doc: Document, verb: Token) -> bool:
    """A passive verb of asking or telling with no subject of its own, conjoined to a clause
    that has one: "She raised concerns but was told the payments were routine". The subject the
    conjunct shares is its passive subject, the one told (Quirk et al. 1985, 13.46: conjoined
    predicates share the subject in the role each verb's voice gives it), never who told."""
    if verb.lemma not in PASSIVE_ADDRESSEE_VERBS or not doc.kids(verb.i, L.AUX_PASS):
        return False
    return not doc.kids(verb.i, L.NSUBJ, L.NSUBJ_PASS, L.CSUBJ)


def is_reduced_passive(doc: Document, verb: Token) -> bool:
    """A past participle of asking or telling heading an adjunct clause of its own, with no
    subject or auxiliary: "Asked whether she would resign, Hughes replied ...", "When pressed
    by reporters, he said ...". English understands the host clause's subject as the
    participle's *passive* subject (Quirk et al. 1985, 15.58, on supplementive -ed clauses):
    Hughes is the one asked, so the host's subject is never the participle's source; only a
    "by" agent can be."""
    if verb.head == verb.i or verb.lemma not in PASSIVE_ADDRESSEE_VERBS:
        return False
    if verb.tag == "VBD" and verb.dep in (L.ADVCL, L.ACL, L.CCOMP):
        return _participle_read_as_past(doc, verb) or _participle_opening_a_sentence(doc, verb)
    if verb.tag != "VBN" or verb.dep not in (L.ADVCL, L.ACL) or verb.head < verb.i:
        return False  # after its head it is as often a past tense the parser misread
    return not doc.kids(verb.i, L.NSUBJ, L.NSUBJ_PASS, L.AUX, L.AUX_PASS, L.CSUBJ)


#: Words that may stand before a participle opening its sentence: "When asked ...".
_PARTICIPLE_OPENERS = frozenset({"when", "if", "once", "after", "while"})


def _participle_opening_a_sentence(doc: Document, verb: Token) -> bool:
    """ "Asked whether ..., a spokeswoman said ...": after a paragraph the parser may tag the
    opening "Asked" a past tense (VBD) where alone it tags it a participle. A past tense with
    no subject or auxiliary, first in its sentence (after spaces, quotation marks or a "when")
    and hung on a later verb, is no finite verb: it is the participle."""
    if verb.head < verb.i or doc.kids(verb.i, L.NSUBJ, L.NSUBJ_PASS, L.AUX, L.AUX_PASS):
        return False
    i = verb.i - 1
    while i >= 0 and doc[i].sent == verb.sent:
        if (
            doc[i].text.strip()
            and doc[i].pos != "PUNCT"
            and doc[i].lower not in _PARTICIPLE_OPENERS
        ):
            return False
        i -= 1
    return True


def _subject_taken_by_participle(doc: Document, verb: Token) -> Token | None:
    """ "Carter, asked whether ..., said ...": the subject the parser gave the participle it
    misread as a past tense (:func:`_participle_read_as_past`) is the verb's own."""
    for kid in doc.kids(verb.i, L.ADVCL, L.ACL, L.CCOMP):
        if kid.i < verb.i and kid.tag == "VBD" and _participle_read_as_past(doc, kid):
            return doc.kids(kid.i, L.NSUBJ)[0]
    return None


def _participle_read_as_past(doc: Document, verb: Token) -> bool:
    """ "Carter, asked about the strike, said ...": the parser may read the participle as a past
    tense with "Carter" its subject, hung on "said" as an adverbial or even as what was said.
    But a finite verb does not follow its subject across a lone comma into a clause that hangs
    on a later verb; a participle set off by commas does. Only a comma right after the
    subject's head word counts: in "Carter, a senator, asked" an apposition stands between."""
    subjects = doc.kids(verb.i, L.NSUBJ)
    return (
        verb.head > verb.i
        and verb.i > 1
        and doc[verb.i - 1].text == ","
        and len(subjects) == 1
        and subjects[0].i == verb.i - 2  # "Carter, asked", not "Carter, a senator, asked"
        and not doc.kids(verb.i, L.AUX, L.AUX_PASS)
    )


def _joins_a_word(doc: Document, punct: Token) -> bool:
    """A hyphen written without spaces between two words: part of the mention, which the
    tokenizer splits and the parser hangs on it as punctuation ("Aly-Khan Satchu", "The
    58-year-old", "The 23-time champion", "the vice-president"); a spaced dash parts phrases."""
    if not doc.joining_hyphen(punct.i):
        return False
    return doc[punct.i - 1].text[-1:].isalnum() and doc[punct.i + 1].text[:1].isalnum()


def _sibling_descriptor(doc: Document, head: Token, first: int) -> list[int]:
    """The descriptor the parser made a second subject beside a name ("Russian state news
    agency" of "... agency TASS said", :func:`_described_by_sibling`): its words, when they
    end right before the name's phrase; none otherwise."""
    if head.pos != "PROPN" or first == 0 or head.dep not in (L.NSUBJ, L.NSUBJ_PASS):
        return []
    before = doc[first - 1]
    if not _is_descriptor(before) or before.dep != head.dep or before.head != head.head:
        return []
    words = doc.subtree(before.i)
    if words != list(range(words[0], before.i + 1)):  # a run of words ending right there
        return []
    return words


def _focusing_adverb(doc: Document, head: Token, i: int) -> bool:
    """Whether token ``i`` opening a mention is an adverb on its head that only focuses it
    ("Even the Treasury concedes", "even some Republicans say"): the writer's stress, no
    part of the source's name (CGEL 6.7, focusing modifiers stand outside the noun phrase
    they mark; ``focusing_adverbs.txt``, which leaves out "only", "nearly", "not": on a
    share they change who speaks)."""
    tok = doc[i]
    return (
        tok.i < head.i
        and tok.head == head.i
        and tok.dep == L.ADVMOD
        and tok.lower in load_lexicon("focusing_adverbs")
    )


def mention_tokens(doc: Document, head: Token, *, stop: frozenset[int] = frozenset()) -> list[int]:
    """The source noun phrase headed by ``head``: its subtree without relative clauses,
    without tokens in ``stop``, cut at the first comma after the head (an appositive tail).

    The mention is what a human annotator marks as the Source ("White House press secretary
    Sarah Sanders", "Representatives of the Democratic Party", "Putin's spokesman", "he").
    """
    keep = [head.i]
    stack = [head.i]
    while stack:
        for kid in doc.kids(stack.pop()):
            if kid.i in stop or kid.sent != head.sent or kid.dep in (L.RELCL, L.ACL):
                continue
            if kid.dep == L.PUNCT and not _joins_a_word(doc, kid):
                continue
            keep.append(kid.i)
            stack.append(kid.i)
    keep.sort()
    lo = hi = keep.index(head.i)
    while lo > 0 and keep[lo - 1] == keep[lo] - 1:
        lo -= 1
    while hi + 1 < len(keep) and keep[hi + 1] == keep[hi] + 1:
        hi += 1
    run = keep[lo : hi + 1]
    run = _sibling_descriptor(doc, head, run[0]) + run
    while run and (doc[run[0]].text in _EDGE_PUNCT or _focusing_adverb(doc, head, run[0])):
        run.pop(0)
    cut = next((j for j in run if j > head.i and doc[j].text == ","), None)
    if cut is not None:
        run = [j for j in run if j < cut]
    while run and (doc[run[-1]].text in _EDGE_PUNCT or doc[run[-1]].pos == "SPACE"):
        run.pop()
    return run or [head.i]

"""Claims whose cue is no verb of saying: a stance held in a participle or a noun, and a
clause framed by the poll or statement it comes from.

News reports many claims with cues the speech lexicons do not hold, and PolNeAR annotates
them (Newell et al. 2018 count stance and evidential cues as attribution cues):

- ``poll_frame``: "In the CBS poll, Trump's lead narrowed to 13 points": the clause is what
  the poll found, the poll its source, "in" the cue (``frame_nouns.txt``).
- ``stance_participle``: "a super PAC supporting Marco Rubio": a stance verb's participle
  after a noun; the noun holds the stance, the object is what it is held about
  (``stance_verbs.txt``).
- ``stance_noun``: "Cruz's attacks on Trump", "Fiorina threw her support behind Cruz": a
  stance noun whose prepositional object is what the stance is about, and whose possessor
  (or, for "her", the subject of the clause that holds the noun; or a "from"/"by" phrase; or
  the subject of a verb like "raised" in "Lee raised questions about X") is who holds it
  (``stance_nouns.txt``, with each noun's act where it is not a statement).

More nouns that cue a claim with no that-clause of their own speaker are in
:mod:`quotes.claims.nominal` (a stance received, a view's that-clause, a stance's holder).

Each was kept because it adds more right claims than wrong ones on PolNeAR train
(docs/benchmarks.md); the figures are in the commit that added it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from quotes import labels as L
from quotes.claims.candidates import Candidate
from quotes.claims.cues import (
    Lexicons,
    char_spans,
    mention_tokens,
    np_head,
    subject_of,
    to_infinitives,
)
from quotes.claims.nominal import (
    advocate_noun,
    could_own_a_stance,
    lexicon_acts,
    light_verb_subject,
    names_someone,
    noun_clause,
    predicate_clause,
    received_stance,
)
from quotes.document import Document, Token
from quotes.lexicons import load_table
from quotes.records import BELIEF, INTENTION
from quotes.speakers.lexicon import POSSESSIVE_PRONOUNS

#: Pronouns that can be in a state of mind ("it is critical to act" is no one's); "who"
#: stands for the person its clause is on ("Lee, who is wary of the plan, ...").
_MINDFUL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "who"})
#: Pronouns for some of a group of people ("some remained skeptical that ...").
_SOME_OF_THEM = frozenset({"some", "many", "most", "few", "others", "both"})
#: Prepositions that name who holds a stance after the noun ("criticism from Democrats").
_HOLDER_PREPOSITIONS = frozenset({"from", "by", "among"})


def _words(doc: Document, indices: list[int]) -> bool:
    """Whether the indices hold a word that is not punctuation."""
    return any(doc[i].pos not in ("PUNCT", "SPACE") for i in indices)


def _trimmed(doc: Document, indices: list[int]) -> list[int]:
    """The indices without punctuation at either end."""
    run = sorted(set(indices))
    while run and doc[run[0]].pos in ("PUNCT", "SPACE"):
        run.pop(0)
    while run and doc[run[-1]].pos in ("PUNCT", "SPACE"):
        run.pop()
    return run


def poll_frame(doc: Document, lex: Lexicons, taken: set[int]) -> Iterator[Candidate]:
    """``In the CBS poll, Trump's lead narrowed``: a clause whose "in" phrase names the poll or
    survey it comes from. ``taken``: clause heads that already cue a claim.

    Only a clause that reports no one's words itself: "Lee said in a statement that ..." is
    Lee's claim, and "Lee unloaded on Sanders in a speech" is Lee's act (both on PolNeAR train
    gave the speech as the source of a claim whose source is Lee). Only one poll, or the "in"
    phrase opening the sentence: "slid in the polls" is a standing, not a finding."""
    for prep in doc.tokens:
        if prep.lower != "in" or prep.dep != L.PREP:
            continue
        clause = doc[prep.head]
        if clause.pos not in ("VERB", "AUX") or clause.i in taken:
            continue
        if clause.dep not in _CLAUSE_DEPS or clause.lemma in lex.reporting_verbs:
            continue
        objs = [k for k in doc.kids(prep.i, L.POBJ) if k.lemma in lex.frame_nouns]
        if not objs or not (objs[0].tag == "NN" or prep.i < clause.i):
            continue
        if subject_of(doc, clause) is None:
            continue
        phrase = set(doc.subtree(prep.i))
        content = _trimmed(doc, [i for i in doc.subtree(clause.i) if i not in phrase])
        if not _words(doc, content) or len(content) < 3:
            continue
        source = mention_tokens(doc, objs[0])
        yield Candidate(char_spans(doc, content), [prep.i], source, "poll_frame", verb=objs[0].i)


#: The dependencies of a clause that can be a poll's finding: a sentence's main clause, a
#: conjunct, a complement.
_CLAUSE_DEPS = frozenset({L.ROOT, L.CONJ, L.CCOMP})
#: Pronouns that stand for no one who could hold a view ("To date, ...", "To this end, ...").
_NO_VIEWER = frozenset({"it", "this", "that", "these", "those", "which", "what", "date"})
#: What may stand before a view frame in its sentence: "But to others, ...", "And yet, to ...".
_FRAME_OPENERS = frozenset({"CCONJ", "ADV", "PUNCT", "SPACE"})


def view_frame(doc: Document, lex: Lexicons) -> Iterator[Candidate]:
    """``To many voters, the plan is a tax on commuters``: a sentence that opens with "to" and
    someone, set off by a comma, gives the clause after it as that person's view (Quirk et al.
    1985, 8.87: the "to" of a viewpoint, "To me, it was a mistake"); PolNeAR annotates "To" as
    the cue and the person as the source. The one after "to" must be able to hold a view: a
    pronoun, "many", "some", "others", a name or a role (:func:`names_someone`), so that "To
    date, ...", "To the east, ..." and "To the shock of the crowd, ..." give none. A clause
    whose verb reports words ("To reporters, Lee said ...") is that verb's claim.
    (PolNeAR train, halves by name: 5 new claims on one half, all right; 3 on the other, 2
    right; docs/benchmarks.md "Session 18: indirect3".)"""
    for prep in doc.tokens:
        if prep.lower != "to" or prep.dep != L.PREP:
            continue
        viewers = doc.kids(prep.i, L.POBJ)
        if not viewers or not _can_hold_a_view(viewers[0]):
            continue
        phrase = doc.subtree(prep.i)
        comma = phrase[-1] + 1
        clause = doc[prep.head]
        if comma >= len(doc) or doc[comma].text != "," or not _opens_sentence(doc, prep):
            continue
        if clause.pos not in ("VERB", "AUX") or clause.i < comma:
            continue
        if clause.lemma in lex.reporting_verbs:
            continue  # "To reporters, Lee said ...": the verb's claim
        content = _trimmed(doc, [i for i in doc.subtree(clause.i) if i > comma])
        if not _words(doc, content):
            continue
        source = mention_tokens(doc, viewers[0])
        yield Candidate(
            char_spans(doc, content), [prep.i], source, "view_frame", verb=prep.i, act=BELIEF
        )


def _can_hold_a_view(noun: Token) -> bool:
    """Whether the object of a view frame's "to" names someone (see :func:`view_frame`)."""
    if noun.lower in _SOME_OF_THEM:
        return True
    if noun.pos == "PRON":
        return noun.lower not in _NO_VIEWER
    return names_someone(noun)


def _opens_sentence(doc: Document, tok: Token) -> bool:
    """Whether ``tok`` opens its sentence, but for a coordinator or an adverb ("But to ...")."""
    i = tok.i - 1
    while i >= 0 and doc[i].sent == tok.sent:
        if doc[i].pos not in _FRAME_OPENERS:
            return False
        i -= 1
    return True


#: Things, not people, a stance participle may follow ("a TV spot attacking Strickland"): the
#: stance is their maker's, whom the text names elsewhere.
_NOT_HOLDERS = frozenset({"ad", "spot", "video", "commercial", "record", "speech", "letter"})


def stance_participle(doc: Document, lex: Lexicons) -> Iterator[Candidate]:
    """``a super PAC supporting Marco Rubio``: the participle of a stance verb modifying a
    noun; the noun's phrase is the source, the participle's object the content."""
    for verb in doc.tokens:
        if verb.dep != L.ACL or verb.tag != "VBG" or verb.lemma not in lex.stance_verbs:
            continue
        holder = doc[verb.head]
        if holder.pos not in ("NOUN", "PROPN") or holder.i > verb.i:
            continue
        if holder.lemma in _NOT_HOLDERS or not _could_hold(doc, holder, lex):
            continue
        objs = [k for k in doc.kids(verb.i, L.OBJ) if k.i > verb.i]
        if not objs:
            continue
        content = _trimmed(doc, doc.subtree(objs[0].i))
        source = mention_tokens(doc, holder, stop=frozenset(doc.subtree(verb.i)))
        if not _words(doc, content) or not source:
            continue
        spans = char_spans(doc, content)
        yield Candidate(spans, [verb.i], source, "stance_participle", verb=verb.i)


def _could_hold(doc: Document, noun: Token, lex: Lexicons) -> bool:
    """Whether a noun can hold a stance: one that names someone (:func:`names_someone`: "a
    super PAC", "Democrats", "the senator", "the union"), or a plural ("pastors supporting
    Cruz"). "The bridge supporting the road" holds none. Sources of text (a statement, a
    report) are left out: their maker holds the stance."""
    if noun.lemma in lex.source_nouns:
        return False
    return noun.tag == "NNS" or names_someone(noun)


def _owning_clause(doc: Document, noun: Token) -> Token | None:
    """The clause whose subject a possessive pronoun on a stance noun stands for: the verb whose
    object the noun is ("Fiorina threw her support behind Cruz"), or the verb or adjective
    whose "in" phrase holds it ("the paper has been outspoken in its opposition to Trump",
    "they differ in their support for the war": PolNeAR marks the subject). None otherwise."""
    if noun.dep == L.OBJ and doc[noun.head].pos in ("VERB", "AUX"):
        return doc[noun.head]
    if noun.dep != L.POBJ or doc[noun.head].lower != "in":
        return None
    host = doc[doc[noun.head].head]
    if host.pos == "ADJ" and host.dep == L.ACOMP:
        host = doc[host.head]
    return host if host.pos in ("VERB", "AUX") else None


def _holder(doc: Document, noun: Token) -> list[int]:
    """Who holds the stance a noun names: its possessor ("Cruz's attacks"); for a possessive
    pronoun, the subject of the clause that holds the noun (:func:`_owning_clause`:
    "Fiorina threw her support", PolNeAR annotators mark the subject);
    else a "from" or "by" phrase after the noun or its verb ("drew criticism from Democrats").
    Empty when the text gives none."""
    owners = doc.kids(noun.i, L.POSS)
    if owners:
        owner = owners[0]
        clause = _owning_clause(doc, noun) if owner.lower in POSSESSIVE_PRONOUNS else None
        if clause is not None:
            subj = subject_of(doc, clause)
            if subj is not None and subj.lower not in POSSESSIVE_PRONOUNS:
                return mention_tokens(doc, np_head(doc, subj))
        if not could_own_a_stance(owner):
            return []  # "the bridge's support for the road": a thing holds no stance
        return [i for i in mention_tokens(doc, owner) if doc[i].dep != L.CASE]
    hosts = [noun.i] + ([noun.head] if noun.dep == L.OBJ else [])
    for host in hosts:
        for words, _ptok, obj in doc.prepositional_objects(host):
            if words in _HOLDER_PREPOSITIONS and obj.pos in ("NOUN", "PROPN", "PRON"):
                return mention_tokens(doc, obj)
    return light_verb_subject(doc, noun) or _in_phrase_subject(doc, noun)


def _in_phrase_subject(doc: Document, noun: Token) -> list[int]:
    """``Sanders voted in support of the bill``, ``the base has long stood in opposition to
    trade deals``, ``I am not in favor of the toll``: a stance noun with no possessor in an
    "in" phrase is the stance of the subject of the clause that holds the phrase
    (:func:`_owning_clause`), as PolNeAR marks it, when that subject can hold one
    (:func:`could_own_a_stance`, a personal pronoun or a plural)."""
    if noun.dep != L.POBJ or doc[noun.head].lower != "in":
        return []
    clause = _owning_clause(doc, noun)
    subj = subject_of(doc, clause) if clause is not None else None
    if subj is None:
        return []
    head = np_head(doc, subj)
    if head.pos == "PRON" and head.lower not in _MINDFUL_PRONOUNS - {"who"}:
        return []
    if head.pos != "PRON" and head.tag not in ("NNS", "NNPS") and not could_own_a_stance(head):
        return []
    return mention_tokens(doc, head)


def stance_noun(doc: Document, lex: Lexicons) -> Iterator[Candidate]:
    """``Cruz's attacks on Trump``, ``Fiorina threw her support behind Cruz``: a stance noun
    whose prepositional object (on, of, for, behind ... by noun: ``stance_nouns.txt``) is what
    the stance is about, with a holder (:func:`_holder`)."""
    for noun in doc.tokens:
        preps = lex.stance_nouns.get(noun.lemma)
        if preps is None or noun.pos != "NOUN":
            continue
        hosts = [noun.i] + ([noun.head] if noun.dep == L.OBJ else [])
        about = [
            (ptok, obj)
            for host in hosts
            for words, ptok, obj in doc.prepositional_objects(host)
            if words in preps and ptok.i > noun.i
        ]
        if not about:
            continue
        ptok, obj = about[0]
        source = _holder(doc, noun)
        content = _trimmed(doc, doc.subtree(obj.i))
        if not source or not _words(doc, content):
            continue
        cue = sorted({noun.i, ptok.i})
        act = lexicon_acts("stance_nouns", 2).get(noun.lemma, "")
        yield Candidate(char_spans(doc, content), cue, source, "stance_noun", verb=noun.i, act=act)


def intention_noun(doc: Document, lex: Lexicons) -> Iterator[Candidate]:
    """``Obama's decision not to strike Syria``, ``her pledge to cut taxes``: a noun of
    intention (``intention_nouns.txt``) with its "to" infinitive, whose holder
    (:func:`_holder`) is the source. The claim's act is an intention."""
    for noun in doc.tokens:
        if noun.pos != "NOUN" or noun.lemma not in lex.intention_nouns:
            continue
        infinitives = to_infinitives(doc, noun, L.ACL)
        if not infinitives:
            continue
        source = _holder(doc, noun)
        content = _trimmed(doc, doc.subtree(infinitives[0].i))
        if not source or not _words(doc, content):
            continue
        yield Candidate(char_spans(doc, content), [noun.i], source, "intention_noun", verb=noun.i)


def evidential_adverb(doc: Document, lex: Lexicons, taken: set[int]) -> Iterator[Candidate]:
    """``The FBI is reportedly making arrangements to ...``: an evidential adverb
    (``evidential_adverbs.txt``) makes its clause a claim of an unnamed source (PolNeAR
    annotates these with no Source). A sentence-opening "Reportedly," stays out of the
    content; inside the clause it stays in, as annotators mark it."""
    for adverb in doc.tokens:
        if adverb.dep != L.ADVMOD or adverb.lower not in lex.evidentials:
            continue
        clause = doc[adverb.head]
        if clause.pos not in ("VERB", "AUX") or clause.i in taken:
            continue
        sub = doc.subtree(clause.i)
        drop: set[int] = set()
        if sub[0] == adverb.i:
            drop = {adverb.i, adverb.i + 1} if doc[sub[1]].text == "," else {adverb.i}
        content = _trimmed(doc, [i for i in sub if i not in drop])
        if not _words(doc, content) or len(content) < 3:
            continue
        spans = char_spans(doc, content)
        yield Candidate(spans, [adverb.i], [], "evidential_adverb", verb=adverb.i)


#: Verbs that predicate a state of mind of their subject: "is confident", "remains wary",
#: "grew nervous", "seemed eager".
_COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "grow", "feel", "stay", "sound"})
#: Prepositions that open what a stance adjective is about: "critical *of*", "worried
#: *about*", "angry *at*", "hostile *to*", "interested *in*", "impressed *by*".
_ADJECTIVE_PREPOSITIONS = frozenset(
    {"of", "about", "over", "with", "on", "to", "toward", "towards", "at", "in", "by", "regarding"}
)


@cache
def stance_adjectives() -> dict[str, str]:
    """``stance_adjectives.txt``: each adjective's act (built once, not per document)."""
    return {
        row[0].lower(): row[1] if len(row) > 1 else "" for row in load_table("stance_adjectives")
    }


def stance_adjective(doc: Document, lex: Lexicons, nouns: set[int]) -> Iterator[Candidate]:
    """``Lee is confident that the bill will pass``, ``farmers are critical of the plan``,
    ``the union was eager to settle``: an adjective of a stance (``stance_adjectives.txt``)
    predicated of someone by a copula, with a that-clause, a to-infinitive or a prepositional
    object as what the stance is about; the copula's subject holds it. PolNeAR (Newell et al.
    2018) marks the adjective as cue, the subject as source and the complement as content; a
    belief in Pareti's (2012) terms, an intention when it is an infinitive. Only a subject that
    can hold a stance (:func:`_can_hold_adjective`): "the bridge is open to traffic" is no
    one's. ``nouns``: the cue nouns of this module's other claims; a complement holding one
    is left to that noun's claim ("The Gazette is outspoken in its opposition to the toll",
    "Fishermen were angry about Okafor's decision to close the bridge": a claim of the
    adjective would swallow the noun's, as a weak cue inside another claim's content is
    dropped)."""
    adjectives = stance_adjectives()
    for adj in doc.tokens:
        if adj.dep == L.ACOMP and _adjective_word(adj) in adjectives:
            host = doc[adj.head]
            if host.i == adj.i or host.lemma not in _COPULAS:
                continue
            subj = subject_of(doc, host)
        elif _participle_adjective(doc, adj, adjectives):
            host = adj
            subj = _participle_subject(doc, adj)
        else:
            continue
        if subj is None or not (_can_hold_adjective(subj) or _holding_relative(doc, subj, host)):
            continue
        found = _adjective_complement(doc, adj)
        if found is None or any(i in nouns for i in doc.subtree(found[1].i)):
            continue
        cue, head, act = found
        content = _trimmed(doc, doc.subtree(head.i))
        source = mention_tokens(doc, np_head(doc, subj), stop=frozenset(doc.subtree(adj.i)))
        if not source or not _words(doc, content):
            continue
        act = act or adjectives.get(_adjective_word(adj)) or adjectives.get(adj.lower, "")
        yield Candidate(
            char_spans(doc, content), cue, source, "stance_adjective", verb=adj.i, act=act
        )


def is_participle_adjective(doc: Document, verb: Token) -> bool:
    """Whether ``verb`` is a stance participle read as a passive ("Lee is convinced the plan
    is doomed"): its claim is :func:`stance_adjective`'s, with the subject as the holder,
    not a passive claim of no one (:func:`quotes.claims.reported.speech_complement`)."""
    return _participle_adjective(doc, verb, stance_adjectives())


def _participle_adjective(doc: Document, verb: Token, adjectives: dict[str, str]) -> bool:
    """ "Lee is convinced that ...", "farmers are concerned that ...": a participle of the
    stance adjectives' list that the parser read as a passive verb (be + -ed, a passive
    subject, no "by" agent). Quirk et al. (1985, 3.74-3.78) call such participles adjectival
    when they take a clause of their own; the subject holds the stance, as with "confident"."""
    if verb.tag != "VBN" or verb.lower not in adjectives:
        return False
    if not doc.kids(verb.i, L.AUX_PASS) or _participle_subject(doc, verb) is None:
        return False
    return not any(prep == "by" for prep, _, _ in doc.prepositional_objects(verb.i))


def _participle_subject(doc: Document, verb: Token) -> Token | None:
    """The one subject of a be + participle group: on the participle, or on its "be" (the
    parser hangs "Lee" on "is" in "Lee is convinced the plan ...")."""
    holders = [verb, *doc.kids(verb.i, L.AUX_PASS)]
    subjects = [k for h in holders for k in doc.kids(h.i, L.NSUBJ_PASS, L.NSUBJ) if k.i < verb.i]
    return subjects[0] if len(subjects) == 1 else None


def _adjective_word(tok: Token) -> str:
    """The form a stance adjective is listed under: an adjective's lemma ("confident"), a
    participle's own form ("convinced", which the tagger may call a verb after "is")."""
    if tok.pos == "ADJ":
        return tok.lemma.lower()
    return tok.lower if tok.pos == "VERB" and tok.tag == "VBN" else ""


def _adjective_complement(doc: Document, adj: Token) -> tuple[list[int], Token, str] | None:
    """What a stance adjective is about, with the cue and the act the construction gives: its
    that-clause ("confident that ..."), its to-infinitive ("eager to settle": an intention), or
    the object of its first preposition ("critical of the plan"). None when it has none
    ("Lee is confident")."""
    for kid in doc.kids(adj.i, L.CCOMP, L.XCOMP, L.PREP):
        if kid.i < adj.i:
            continue
        if kid.dep == L.CCOMP:
            return [adj.i], kid, ""
        if kid.dep == L.XCOMP:
            return [adj.i], kid, INTENTION
        objs = doc.kids(kid.i, L.POBJ, L.PCOMP)
        if kid.lower in _ADJECTIVE_PREPOSITIONS and objs:
            return [adj.i, kid.i], objs[0], ""
        return None
    return None


def _holding_relative(doc: Document, subj: Token, host: Token) -> bool:
    """Whether ``subj`` is "which" or "that" opening a relative clause on a noun that can
    hold a stance: "the White House, which has long been lukewarm about ...", "members of
    the party that are distrustful of him" (the relative pronoun stands for the noun, as
    PolNeAR marks it)."""
    if subj.lower not in ("which", "that") or host.dep != L.RELCL or host.head == host.i:
        return False
    noun = doc[host.head]
    return noun.pos in ("NOUN", "PROPN") and _can_hold_adjective(noun)


def _can_hold_adjective(subj: Token) -> bool:
    """Whether a copula's subject can be in a state of mind: a personal pronoun, some of a
    group ("some remained skeptical"), someone named (:func:`could_own_a_stance`), or a plural
    ("voters are wary of ..."). Not "it" ("it is critical to act"), nor "which" or "that" (a
    thing's clause)."""
    if subj.pos == "PRON" or subj.lower in _SOME_OF_THEM:
        return subj.lower in _MINDFUL_PRONOUNS or subj.lower in _SOME_OF_THEM
    return subj.tag in ("NNS", "NNPS") or could_own_a_stance(subj)


def stance_candidates(doc: Document, lex: Lexicons, taken: set[int]) -> list[Candidate]:
    """The candidates of this module's rules, for :func:`quotes.claims.reported.find_reported`."""
    out = list(poll_frame(doc, lex, taken))
    out.extend(view_frame(doc, lex))
    out.extend(stance_participle(doc, lex))
    out.extend(stance_noun(doc, lex))
    out.extend(intention_noun(doc, lex))
    out.extend(evidential_adverb(doc, lex, taken))
    out.extend(received_stance(doc, lex))
    out.extend(noun_clause(doc, lex))
    out.extend(predicate_clause(doc, lex))
    out.extend(advocate_noun(doc, lex))
    out.extend(stance_adjective(doc, lex, {c.verb for c in out}))
    return out

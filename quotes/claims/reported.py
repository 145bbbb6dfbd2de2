"""Reported speech: claims found from a cue verb and its complement in the parse.

Each rule is a small function named after the pattern it finds; its name goes into the
``rule`` column. The patterns follow the attribution relations of Pareti (2012) and PolNeAR
(Newell et al. 2018): a source, a cue and a content, where the content of a speech or belief
verb is its clausal complement, of an intention verb its infinitive, and of a speech-act verb
its object.

Conjoined clauses under one cue ("X said that A and that B") are one claim: the cue asserts
them together, and PolNeAR annotates them as one content span.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from quotes import labels as L
from quotes.claims.asides import finding_asides
from quotes.claims.candidates import Candidate
from quotes.claims.cues import (
    FINDING_VERBS,
    RELATIVE_PRONOUNS,
    WH_WORDS,
    Lexicons,
    case_content,
    char_spans,
    cue_tokens,
    described_name,
    described_self_as,
    is_cue_verb,
    is_passive,
    is_reduced_passive,
    lost_subject,
    made_clear,
    made_the_case,
    mention_tokens,
    participle_host,
    passive_agent,
    speech_object,
    subject_of,
    to_infinitives,
    verb_pairs,
)
from quotes.claims.direct import timestamp_end
from quotes.claims.stance import is_participle_adjective, stance_candidates
from quotes.document import Document, Token
from quotes.lexicons import load_lexicon, load_table
from quotes.marks import DOUBLE_EITHER, DOUBLE_OPEN, SINGLE_EITHER, SINGLE_OPEN, Quotation
from quotes.speakers.lexicon import speaker_lexicon
from quotes.text import dateline_end

#: Words a content may not consist of alone ("he said so"). A free relative ("what Lee says
#: is the baseline") or a reflexive ("defended himself") as the whole object points at words
#: the sentence gives elsewhere, if at all (PolNeAR train: 19 such contents matched no gold,
#: 8 did; lenient and e2e F1 rise, docs/guide.md).
_EMPTY_CONTENT = frozenset(
    {"so", "it", "as", "otherwise", "yes", "no", "not", "what", "whatever"}
    | {"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"}
)
_EDGE = frozenset(",.;:!?—–-()[]“”‘’\"'«»„")


def token_spans(doc: Document, indices: list[int]) -> list[tuple[int, int]]:
    """Character spans of sorted token indices, merging neighbours (and trimming punctuation
    at the edges of the whole)."""
    idx = [i for i in sorted(set(indices)) if doc[i].pos != "SPACE"]
    while idx and doc[idx[0]].text in _EDGE:
        idx.pop(0)
    while idx and doc[idx[-1]].text in _EDGE:
        idx.pop()
    return char_spans(doc, idx)


def _source(doc: Document, verb: Token, cue: set[int], quoted: set[int]) -> list[int]:
    """The source mention of ``verb``'s claim; words quoted from someone are never it
    (:func:`_unquoted_source`)."""
    mention = _parsed_source(doc, verb, cue)
    if mention and verb.i not in quoted and all(i in quoted for i in mention):
        return _unquoted_source(doc, verb, cue, quoted)
    return mention


def _unquoted_source(doc: Document, verb: Token, cue: set[int], quoted: set[int]) -> list[int]:
    """When the parser makes a quoted word the subject (``“... than with my brain,” said Ann
    Lee``; ``“... Michigan, Ohio,” Mr. Lee said``), the source is the noun phrase next to the
    verb outside the quotation, if there is one."""
    sent = doc.sentences[verb.sent]
    window = [doc[i] for i in range(sent.start, sent.end) if i not in quoted]
    subj = lost_subject(doc, verb, window)
    if subj is None or subj.i in quoted:
        return []
    subj = described_name(doc, subj, verb)
    return mention_tokens(doc, subj, stop=frozenset(cue))


def _parsed_source(doc: Document, verb: Token, cue: set[int]) -> list[int]:
    named = _name_before(doc, verb)
    if named:
        return _title_before(doc, named)
    if _as_reported_by(doc, verb) or _own_passive_with_agent(doc, verb):
        return _agent_mention(doc, verb, cue)
    subj = (
        _reporter_of_conjoined_complement(doc, verb)
        or subject_of(doc, verb)
        or _subject_read_as_root(doc, verb)
    )
    if subj is None and (
        is_passive(doc, verb) or is_reduced_passive(doc, verb) or _modifying_participle(verb)
    ):
        return _agent_mention(doc, verb, cue)
    if subj is None:
        subj = (
            _left_subject(doc, verb)
            or _participle_noun(doc, verb)
            or _issuer(doc, verb)
            or _deliverer(doc, verb)
            or _subject_with_participle(doc, verb)
        )
    if subj is None:
        return []
    subj = _issuer_of_relative(doc, verb, subj) or described_name(doc, subj, verb)
    if subj.dep == L.EXPL or (subj.lower == "it" and is_passive(doc, verb)):
        return []  # "it was reported that ...": no source
    if _raised_from_hearsay(doc, verb, subj):
        return mention_tokens(doc, subj, stop=frozenset(cue))
    if subj.dep == L.NSUBJ_PASS and not _active_conjunct(doc, verb, subj):
        agent = passive_agent(doc, verb)
        return mention_tokens(doc, agent) if agent is not None else []
    mention = mention_tokens(doc, subj, stop=frozenset(cue))
    return _past_dateline(doc, _title_before(doc, mention), verb)


def _own_passive_with_agent(doc: Document, verb: Token) -> bool:
    """A passive with a passive subject of its own and a "by" agent: the agent is its source,
    also when the verb is conjoined to an active one whose subject :func:`subject_of` would
    pass on ("Cole spoke first, and the levy was then criticized by the fishermen": the
    fishermen, not Cole, criticized it; "when he was accused by a reporter of ..."). A "by"
    phrase of time ("should have been confirmed by now", "by Friday") names no agent."""
    agent = passive_agent(doc, verb)
    if agent is None or not doc.kids(verb.i, L.NSUBJ_PASS):
        return False
    return agent.pos != "ADV" and agent.ent not in ("DATE", "TIME")


#: Tags of a finite verb, which a sentence's predicate has and a modifier of a noun never has.
_PREDICATE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Tags of a root that is no finite verb: a participle or an adjective ("activists clamoring
#: ... say", "sources privy to the talks say", "figures reported on Sunday suggest").
_NONFINITE_ROOT_TAGS = frozenset({"VBN", "VBG", "JJ"})


def _subject_read_as_root(doc: Document, verb: Token) -> Token | None:
    """The subject of a sentence whose verb the parser hung on the subject: in "A Marist poll
    found last week that ...", "Ann Lee, for example, named X as her favourite", "Lee called
    Tuesday for ..." the parser makes the noun the root and the cue a modifier of it (acl), in
    "farmers marching to block the road say ..." it makes the participle the root and the cue a
    dependent of it (dep). A sentence has a predicate (Huddleston & Pullum 2002, ch. 4): when
    its root is a noun, or a participle or adjective with no auxiliary, the cue after it is
    that predicate, and the noun (or the root's own subject) is its subject, which PolNeAR's
    annotators mark as the source. Only a cue with no subject or auxiliary of its own, finite,
    or a past participle with an object or a clause and no "by" agent (an active "named X";
    "Lee named to the panel" and "a group called Unite" are reduced passives)."""
    if verb.dep not in (L.ACL, L.DEP) or verb.head == verb.i:
        return None
    root = doc[verb.head]
    if root.head != root.i or root.i > verb.i:
        return None
    if doc.kids(verb.i, L.NSUBJ, L.NSUBJ_PASS, L.AUX, L.AUX_PASS):
        return None
    active_participle = (
        verb.tag == "VBN"
        and bool(doc.kids(verb.i, L.OBJ, L.CCOMP))
        and passive_agent(doc, verb) is None
    )
    if verb.tag not in _PREDICATE_TAGS and not active_participle:
        return None
    if root.pos in ("NOUN", "PROPN"):
        return root
    if root.tag not in _NONFINITE_ROOT_TAGS or doc.kids(root.i, L.AUX, L.AUX_PASS):
        return None
    subjects = [k for k in doc.kids(root.i, L.NSUBJ) if k.i < verb.i]
    return subjects[0] if subjects else None


def _as_reported_by(doc: Document, verb: Token) -> bool:
    """``As reported by the Gazette, the council ...``: a passive "as" clause with an agent and
    no subject; its source is the agent (:func:`as_clause`), not the subject of the clause it
    modifies, which the subject chain (:func:`quotes.claims.cues.subject_of`) would reach."""
    marks = doc.kids(verb.i, L.MARK)
    return (
        verb.dep == L.ADVCL
        and bool(marks)
        and marks[0].lower == "as"
        and not doc.kids(verb.i, L.NSUBJ, L.NSUBJ_PASS)
        and passive_agent(doc, verb) is not None
    )


#: Passives of hearsay that raise the subject of an infinitive ("X is said to have told").
HEARSAY_PASSIVES = frozenset({"say", "understand", "report", "believe", "think", "rumour", "rumor"})


def _raised_from_hearsay(doc: Document, verb: Token, subj: Token) -> bool:
    """``The chancellor is said to have told colleagues that ...``, ``Ms Lee is understood to
    have warned ministers ...``: the passive subject of a verb of hearsay is the subject of its
    infinitive (subject raising, Huddleston & Pullum 2002, ch. 14 §4), so the chancellor is
    who told colleagues; the passive of the hearsay verb has no agent to look for, and the
    speech verb's claim was lost for want of a source. British political copy reports
    unattributed briefings this way."""
    if subj.dep != L.NSUBJ_PASS or verb.dep != L.XCOMP or verb.head == verb.i:
        return False
    head = doc[verb.head]
    return head.lemma in HEARSAY_PASSIVES and subj.head == head.i and is_passive(doc, head)


def _reporter_of_conjoined_complement(doc: Document, verb: Token) -> Token | None:
    """The reporter, when the parser conjoined a cue to the verb of what the reporter said: in
    "McConnell says he spoke to Trump and asked him to condemn violence", "Lee says the goal
    is to win, but conceded that ...", the parser hangs "asked"/"conceded" on the complement's
    verb, so the inherited subject is the complement's ("he", "the goal"); the second cue is
    the reporter's own act, as PolNeAR's annotators read it. Only a cue with no subject of its
    own, with a clause of its own ("asked him to ...", "conceded that ..."), after a complement
    verb of a verb of saying (``speech_verbs.txt``)."""
    if verb.dep != L.CONJ or verb.head == verb.i or verb.head > verb.i:
        return None
    if doc.kids(verb.i, L.NSUBJ, L.NSUBJ_PASS, L.CSUBJ) or is_passive(doc, verb):
        return None
    if not doc.kids(verb.i, L.CCOMP, L.XCOMP):
        return None  # "suggested X be fired and defended him": an object cue stays in X's clause
    said = doc[verb.head]
    if said.dep != L.CCOMP or said.head == said.i:
        return None
    reporting = doc[said.head]
    if reporting.pos != "VERB" or reporting.lemma not in load_lexicon("speech_verbs"):
        return None
    return subject_of(doc, reporting)


#: Prepositions naming whose view a passive of seeing reports: "known *to* fans as",
#: "seen *within* the party as", "regarded *among* economists as".
_VIEWER_PREPOSITIONS = frozenset({"to", "among", "within", "inside"})


def _viewers(doc: Document, verb: Token) -> list[int]:
    """Whose view a passive of seeing or naming reports when it has no "by" agent: "known to
    fans as X" is the fans' name for it (PolNeAR's annotators make them the source)."""
    for prep, _ptok, obj in doc.prepositional_objects(verb.i):
        if prep in _VIEWER_PREPOSITIONS and obj.pos in ("NOUN", "PROPN", "PRON"):
            return mention_tokens(doc, obj)
    return []


def _active_conjunct(doc: Document, verb: Token, subj: Token) -> bool:
    """Whether ``verb`` is an active verb conjoined to a passive one whose subject it shares:
    in "FBI officials were angered by the deal and predicted it would fail" the officials
    predict (they are the passive subject of "angered" only). A passive verb's own subject is
    what was acted on, and so is that of a conjunct that is passive itself ("was criticized
    and was rebuked")."""
    if verb.dep != L.CONJ or subj.head == verb.i:
        return False
    return not (is_passive(doc, verb) or verb.tag == "VBN" or doc.kids(verb.i, L.AUX_PASS))


def _agent_mention(doc: Document, verb: Token, cue: set[int]) -> list[int]:
    """A passive verb's "by" agent as a mention, or none: a passive has no other source."""
    agent = passive_agent(doc, verb)
    if agent is None:
        return []
    seen_as = _as_on_agent(doc, verb)
    stop = set(cue) | (set(doc.subtree(seen_as.i)) if seen_as is not None else set())
    return mention_tokens(doc, agent, stop=frozenset(stop))


def _as_on_agent(doc: Document, verb: Token) -> Token | None:
    """The "as" phrase the parser hangs on a passive's "by" agent: "was seen by some *as a
    demotion*" says what the subject is seen as, as "was seen as a demotion" does, and is no
    part of who sees it (:func:`passive_as`). Not "such as", which lists examples of the agent
    ("echoed by websites such as X")."""
    agent = passive_agent(doc, verb)
    if agent is None:
        return None
    for prep in doc.kids(agent.i, L.PREP):
        if prep.lower == "as" and prep.i > agent.i and doc.kids(prep.i):
            return None if doc[prep.i - 1].lower == "such" else prep
    return None


def _participle_noun(doc: Document, verb: Token) -> Token | None:
    """The noun an -ing participle modifies, which does what it says: in "a super PAC
    supporting the senator", "guidelines telling schools to act", "polls showing a tie" the
    PAC supports, the guidelines tell, the polls show (a reduced relative clause: "a PAC
    that supports ..."). Only a noun before the participle: the participle's subject."""
    head = doc[verb.head]
    if verb.dep != L.ACL or verb.tag != "VBG" or head.i > verb.i or head.i == verb.i:
        return None
    return head if _can_speak(head) else None


def _subject_with_participle(doc: Document, verb: Token) -> Token | None:
    """The subject noun an -ing participle modifies, when nobody issued it: in "a petition
    calling on him to leave has reached ...", "a gunman claiming allegiance to ... carried
    out", "the share of voters saying ... rose" PolNeAR's annotators make the noun the source
    though it names no speaker (:func:`_can_speak`); a thing in the clause's subject is what
    the sentence is about, not something said in someone's speech ("in a speech attacking
    ..." is the speaker's, whom the text names elsewhere)."""
    head = doc[verb.head]
    if verb.dep != L.ACL or verb.tag != "VBG" or head.i >= verb.i:
        return None
    if head.dep not in (L.NSUBJ, L.NSUBJ_PASS) or head.pos not in ("NOUN", "PROPN"):
        return None
    if head.tag == "NNS" and verb.lemma in load_lexicon("stance_verbs"):
        return None  # "Farmers backing Lopez met": the stance_participle rule's
    return head


def _issuer(doc: Document, verb: Token) -> Token | None:
    """Who issued the thing an -ing participle modifies: in "the campaign issued a statement
    saying ...", "Lee released an ad calling ...", "his office put out a letter urging ..." the
    statement says what its issuer says, and PolNeAR's annotators name the issuer (the subject
    of the verb of issuing, ``issuing_verbs.txt``). Only a participle after a noun that is that
    verb's object and cannot speak itself (:func:`_participle_noun` takes those)."""
    head = doc[verb.head]
    if verb.dep != L.ACL or verb.tag != "VBG" or head.i >= verb.i or head.dep != L.OBJ:
        return None
    issuing = doc[head.head]
    if issuing.i == head.i or issuing.lemma not in load_lexicon("issuing_verbs"):
        return None
    return subject_of(doc, issuing) or _left_subject(doc, issuing)


#: Prepositions of the occasion a speech or text is delivered on: "attacked X *in* a speech
#: saying", "*during* a speech attacking", "launched it *with* a speech denouncing".
_DELIVERY_PREPOSITIONS = frozenset({"in", "during", "with", "at", "through"})
#: Verbs whose object is a speech or rally their subject delivers ("opened a rally blasting").
_DELIVERING_VERBS = frozenset({"give", "deliver", "open", "hold", "make", "write", "pen"})


def _deliverer(doc: Document, verb: Token) -> Token | None:
    """Who delivered the speech or text an -ing participle modifies (``delivered_nouns.txt``):
    "Lee shot back in an article stating ...", "Lee made the remarks during a speech attacking
    ...", "Lee opened a rally blasting ...", "Lee spent much of his speech praising ..." are
    Lee's: the subject of the active verb the occasion's preposition
    (``_DELIVERY_PREPOSITIONS``), a verb of delivering (``_DELIVERING_VERBS``) or "much / part
    of" hangs the noun on, else a named possessor ("Ruiz's speech praising ..."). PolNeAR's
    annotators name that person, and mark the subject where a pronoun owns the speech ("he
    spent much of his speech praising": "he"); :func:`_subject_with_participle` leaves "in a
    speech attacking ..." to the speaker the text names. "Lee criticized a speech attacking
    him" or "Lee read an article stating ..." judge or receive someone else's text: no
    source."""
    head = doc[verb.head]
    if verb.dep != L.ACL or verb.tag != "VBG" or head.i >= verb.i:
        return None
    if head.pos != "NOUN" or head.lemma.lower() not in load_lexicon("delivered_nouns"):
        return None
    host = _delivering_host(doc, head)
    if host is not None:
        subj = subject_of(doc, host) or _left_subject(doc, host)
        if subj is not None:
            return subj
    owners = doc.kids(head.i, L.POSS)
    return owners[0] if owners else None


def _delivering_host(doc: Document, noun: Token) -> Token | None:
    """The active verb whose subject delivered ``noun`` (:func:`_deliverer`): the verb of its
    occasion's preposition ("spoke *in* a speech"), of delivering ("*gave* a speech"), or the
    verb whose object has it in an "of" phrase ("*spent* much of his speech")."""
    host: Token | None = None
    if noun.dep == L.POBJ and noun.head != noun.i:
        prep = doc[noun.head]
        above = doc[prep.head]
        if prep.lower in _DELIVERY_PREPOSITIONS and prep.head != prep.i:
            host = above
        elif prep.lower == "of" and above.dep == L.OBJ and above.head != above.i:
            host = doc[above.head]
    elif noun.dep == L.OBJ and noun.head != noun.i and doc[noun.head].lemma in _DELIVERING_VERBS:
        host = doc[noun.head]
    if host is None or host.pos not in ("VERB", "AUX"):
        return None
    if is_passive(doc, host) or is_reduced_passive(doc, host):
        return None
    return host


def _issuer_of_relative(doc: Document, verb: Token, subj: Token) -> Token | None:
    """Who put out the thing a relative clause's cue is said by: in "the senator released a
    video that accuses ...", "the paper ran a piece that noted ..." the piece says what its
    publisher says, as in "released a video accusing ..." (:func:`_issuer`), and PolNeAR's
    annotators name the publisher, not "that". Only a relative pronoun subject of a clause on
    the object of a verb, an object that cannot speak itself ("a super PAC that backed ..." is
    the PAC's own claim); "which" only after a verb of issuing (``issuing_verbs.txt``), as a
    ", which ..." aside is the thing's own and PolNeAR marks its "which"; never a verb of
    seeming ("a post that appeared to mock ..." is how the post looks). Measured on PolNeAR
    train: 11 speakers right gained, 1 lost."""
    if subj.lower not in ("that", "which") or verb.dep != L.RELCL or verb.head == verb.i:
        return None
    if verb.lemma in load_lexicon("seeming_verbs"):
        return None  # "a post that appeared to mock ...": how the thing itself looks
    thing = doc[verb.head]
    if thing.dep != L.OBJ or thing.i > verb.i or _can_speak(thing):
        return None
    issuing = doc[thing.head]
    if issuing.i == thing.i or issuing.pos != "VERB":
        return None
    if subj.lower == "which" and issuing.lemma not in load_lexicon("issuing_verbs"):
        return None  # ", which ...": an aside on the thing, whose "which" PolNeAR marks
    return subject_of(doc, issuing) or _left_subject(doc, issuing)


def _issues_a_saying(doc: Document, verb: Token, objs: list[Token], lex: Lexicons) -> bool:
    """Whether ``verb`` issues a thing whose -ing participle is a cue: "issued a statement
    saying that ..." is the participle's claim, its source the issuer (:func:`_issuer`), not a
    claim that the statement was issued."""
    if verb.lemma not in load_lexicon("issuing_verbs"):
        return False
    return any(
        kid.tag == "VBG" and kid.i > obj.i and is_cue_verb(doc, kid, lex)
        for obj in objs
        for kid in doc.kids(obj.i, L.ACL)
    )


#: Entity labels of nouns that name someone who can speak.
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _can_speak(noun: Token) -> bool:
    """Whether a noun names a speaker (a person, a group, an organisation, a role), not an
    event, a document or a thing: "a rally attacking the plan", "a statement saying ..."
    are said by whoever held the rally or issued the statement (PolNeAR's annotators name
    the issuer, whom the resolver cannot reach from the noun)."""
    if noun.pos == "PRON" or noun.ent in _SPEAKING_ENTITIES:
        return True
    if noun.pos not in ("NOUN", "PROPN"):
        return False
    words = speaker_lexicon()
    lemma = noun.lemma.lower()
    return (
        lemma in words.group_nouns
        or noun.lower in words.group_nouns
        or lemma in words.org_nouns
        or bool(words.find_roles([noun.lower]))
    )


def _modifying_participle(verb: Token) -> bool:
    """A past participle modifying a noun ("a fact first reported by X"): a passive without
    an auxiliary, whose only source is its "by" agent."""
    return verb.dep == L.ACL and verb.tag == "VBN"


def _name_before(doc: Document, verb: Token) -> list[int]:
    """A person's name right before a conjoined finite cue that the parser gave no subject
    of its own: in "X hinted the vote may be on the 3rd and county clerk Ann Lee said ...",
    "said" is read as X's second verb and "Ann Lee" as part of X's clause, but a conjoined
    verb shares its subject only across "and", never across a name standing right before it.
    """
    if verb.dep != L.CONJ or verb.tag not in ("VBD", "VBZ", "VBP") or doc.kids(verb.i, L.NSUBJ):
        return []
    j = verb.i
    while j > 0 and doc[j - 1].pos == "PROPN" and doc[j - 1].ent == "PERSON":
        j -= 1
    if j == verb.i or doc[j].sent != verb.sent:
        return []
    return list(range(j, verb.i))


#: Words a title before a name may hold besides its role noun: "White House press secretary".
_TITLE_WORDS = frozenset({"PROPN", "NOUN", "ADJ"})


def _title_before(doc: Document, mention: list[int]) -> list[int]:
    """The mention with the title the parser left outside it: in "... on the 12th and White
    House press secretary Ann Lee said that ..." the parser may join "secretary" to "the 12th"
    and give "said" the subject "Ann Lee" alone. A role phrase (roles.txt) right before a
    name, with the names and modifiers before it, is part of the mention (PolNeAR's Sources
    and docs/speakers.md: the title is the mention's), and so no part of another claim.
    """
    if not mention or doc[mention[0]].pos != "PROPN":
        return mention
    first = mention[0]
    if first == 0 or doc[first - 1].pos not in _TITLE_WORDS:
        return mention
    j = first - 1  # the role noun, wherever the parser hung it; the words before it modify it
    while (
        j > 0
        and doc[j - 1].pos in _TITLE_WORDS
        and doc[j - 1].sent == doc[first].sent
        and j <= doc[j - 1].head < first
    ):
        j -= 1
    words = [doc[i].lower for i in range(j, first)]
    roles = [r for r in speaker_lexicon().find_roles(words) if r[1] == len(words)]
    if not roles:
        return mention
    return list(range(j, first)) + mention


_DATELINE_NEXT = frozenset({L.NSUBJ, L.APPOS, L.COMPOUND, L.NPADVMOD, L.DEP})


#: A wire dateline at a paragraph start: a place, an agency in brackets, a dash ("Washington
#: (AFP) -- ", "LONDON, England (CNN) - "), the AP/Reuters style the parser reads as a subject.
_WIRE_DATELINE = re.compile(r"[A-Z][\w .,'’]{0,40}?\s*\([\w .&/]{1,20}\)\s*(?:--|[—–―-])\s")


def _past_dateline(doc: Document, mention: list[int], verb: Token) -> list[int]:
    """A dateline or section head at the paragraph start ("WASHINGTON -- President Obama ...
    said", "Washington (AFP) - Hillary Clinton ... said", "THE BORROWING Back when ..., Mr.
    McKinley said", "OSLO, March 3 -- Brightwater Energy today announced", see
    :func:`quotes.text.dateline_end`) is not the source, whatever the parser made of it: the
    source is the next noun phrase before the verb."""
    if not mention:
        return mention
    first = doc[mention[0]]
    para_start = doc.paragraphs[first.para].start_char if doc.paragraphs else 0
    if first.start != para_start:
        return mention
    wire = _WIRE_DATELINE.match(doc.text, para_start)
    # a dated dateline with no agency ("OSLO, March 3 -- "): the date is no source either
    cut = wire.end() if wire is not None else dateline_end(doc.text, para_start)
    # a live blog's time stamp ("10:30 Police said ...") is no source either
    if cut == para_start:
        cut = timestamp_end(doc.text, para_start)
        kept = _past_stamp(doc, mention, cut) if cut > para_start else []
        if kept:
            return kept
    if cut > para_start:
        j = mention[0]
        while j < verb.i and doc[j].start < cut:
            j += 1
    else:
        caps = [i for i in mention if doc[i].text.isupper() and len(doc[i].text) > 1]
        if not caps or caps[0] != mention[0]:
            return mention
        j = mention[0]
        while j < verb.i and (doc[j].text.isupper() or doc[j].pos in ("PUNCT", "SPACE")):
            j += 1
    for i in range(j, verb.i):
        tok = doc[i]
        if tok.pos in ("PROPN", "NOUN") and tok.dep in _DATELINE_NEXT:
            head = doc.compound_head(i)
            # the parser may hang the dateline's words on the noun ("10:30 Police")
            return [k for k in mention_tokens(doc, head) if doc[k].start >= cut] or [head.i]
    return mention


def _past_stamp(doc: Document, mention: list[int], cut: int) -> list[int]:
    """The mention less a live page's time stamp the parser hung on its noun, when the
    mention's own head lies past the stamp ("02:52 Reform UK's candidate in Kingswood, Dean
    Cole, claims ...": the candidate, not the first proper noun after the stamp, "Reform
    UK"); else nothing, and :func:`_past_dateline` looks for the next noun."""
    inside = set(mention)
    heads = [i for i in mention if doc[i].head == i or doc[i].head not in inside]
    if len(heads) != 1 or doc[heads[0]].start < cut:
        return []
    return [i for i in mention if doc[i].start >= cut]


def _left_subject(doc: Document, verb: Token) -> Token | None:
    """A subject the parser lost: the noun right before the verb, across commas and an
    "according to" parenthetical ("Trump, according to Peskov, said ..."). Only for a finite
    verb at the root of its sentence, where a subject must exist."""
    if verb.tag not in ("VBD", "VBZ", "VBP") or verb.dep != L.ROOT:
        return None
    parenthetical: set[int] = set()
    for i in range(verb.i - 1, 0, -1):
        if doc[i].sent != verb.sent:
            break
        if doc[i].lower == "according":
            parenthetical |= set(doc.subtree(i)) | {i + 1}
    for i in range(verb.i - 1, -1, -1):
        tok = doc[i]
        if tok.sent != verb.sent:
            return None
        if i in parenthetical or tok.pos in ("PUNCT", "ADV", "SPACE"):
            continue
        return tok if tok.pos in ("PROPN", "PRON", "NOUN") else None
    return None


def _under_question(doc: Document, verb: Token, lex: Lexicons) -> bool:
    """The verb sits inside a question someone asked ("asked Trump if he would tell Putin
    that ..."): what it reports is not asserted by anyone."""
    for anc in doc.ancestors(verb.i):
        if anc.lemma in lex.questions:
            return True
        if anc.dep == L.ROOT:
            break
    return False


def _content(doc: Document, heads: list[Token], exclude: set[int]) -> list[int]:
    out: list[int] = []
    for h in heads:
        out.extend(i for i in doc.subtree(h.i) if i not in exclude)
    return out


def _meaningful(doc: Document, content: list[int]) -> bool:
    words = [doc[i] for i in content if doc[i].pos not in ("PUNCT", "SPACE")]
    if not words:
        return False
    return not (len(words) == 1 and words[0].lower in _EMPTY_CONTENT)


def speech_complement(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``X said (that) ...``, ``X told reporters that ...``: the clausal complement.

    A complement before the verb is the claim of ``"...," X said`` only when the verb has no
    object of its own ("..., he announced the cancellation" reports the object, not the
    clause). The parser sometimes hangs a that-clause under a time phrase ("said at the time
    that ..."); such a clause is taken too.
    """
    clear = made_clear(doc, verb)
    if clear is not None:  # "made it clear that ...": the clause hangs on "clear"
        comps = [k for k in doc.kids(clear.i, L.ADVCL, L.CCOMP) if k.i > clear.i]
        return _content(doc, comps, set()) if comps else None
    case = made_the_case(doc, verb)
    if case is not None:  # "made the case (to voters) that ...", "... for X"
        return _content(doc, case_content(doc, verb, case), set())
    if verb.lemma not in lex.speech or is_participle_adjective(doc, verb):
        return None  # "Lee is convinced (that) ...": the stance adjective's claim, Lee's
    comps = doc.kids(verb.i, L.CCOMP)
    if comps and all(c.i < verb.i for c in comps) and _reported_object(doc, verb):
        return None
    if not comps:
        comps = _that_clauses(doc, verb)
    if not comps and verb.lemma in lex.questions:
        comps = _if_clauses(doc, verb)
    if not comps:
        comps = _complement_read_as_relative(doc, verb)
    if not comps:
        return None
    comps = [_clause_under_hearer(doc, verb, c) for c in comps]
    comps = [c for c in comps if not _second_report(doc, verb, c, comps, lex)]
    content = _content(doc, comps, set())
    # a cue the parser hung inside this complement but that continues the reporting verb
    # ("..., “A,” adding, “B”", "forecast that X would rebound and praised Y"): it and what it
    # reports are not part of this complement (see cues.participle_host), nor is the "and".
    # Such a cue ends the complement: one with words of the complement after it ("even if
    # the meeting were revived, holding it on the 12th would be impossible") is part of it,
    # and cutting it out would leave a hole in what was said.
    content = _without_escaped_cues(doc, content, lex)
    # the complement lies on one side of its cue: what the parser hung on it from the other
    # side ("While he acknowledged A, Ham noted B") is not part of it
    if all(c.i > verb.i for c in comps):
        content = _without_time_of_saying(doc, [i for i in content if i > verb.i], comps)
        if content:
            content.extend(_conjoined_complement(doc, verb, content, lex))
    elif all(c.i < verb.i for c in comps):
        content = [i for i in content if i < verb.i]
    else:
        content = _after_cue_only(doc, verb, comps, content)
    return content


def _without_time_of_saying(doc: Document, content: list[int], comps: list[Token]) -> list[int]:
    """``content`` less a time phrase that opens it before the clause's subject: in "said
    Tuesday the vote would be close", "said last week the bridge was safe" (wire style, AP:
    the day goes right after "said") the parser hangs the date on the reported verb, but it
    is when the words were said, not part of them. A date after the subject ("the vote on
    Tuesday would ...") stays."""
    if not content or doc[content[0]].ent not in ("DATE", "TIME"):
        return content
    starts = {
        min(doc.subtree(k.i)) for c in comps for k in doc.kids(c.i, L.NSUBJ, L.NSUBJ_PASS, L.EXPL)
    }
    n = 0
    while n < len(content) and doc[content[n]].ent in ("DATE", "TIME"):
        n += 1
    # the clause's subject must begin right after the time phrase: "said two years ago was
    # the worst year" (a date that is the subject) keeps its words
    return content[n:] if n < len(content) and content[n] in starts else content


def _without_escaped_cues(doc: Document, content: list[int], lex: Lexicons) -> list[int]:
    """``content`` less a cue at its end that continues the verb reporting it (see
    :func:`speech_complement`), with the "and" or punctuation before it."""
    escaped = {
        j
        for i in content
        if doc[i].dep in (L.ADVCL, L.CONJ)
        and is_cue_verb(doc, doc[i], lex)
        and not _state_of_the_clause(doc[i])
        and participle_host(doc, doc[i]).i != doc[i].head
        and _ends(doc, content, doc.subtree(i))
        for j in doc.subtree(i)
    }
    if escaped:
        content = [i for i in content if i not in escaped]
        while content and (doc[content[-1]].dep == L.CC or doc[content[-1]].pos == "PUNCT"):
            content.pop()
    return content


def _state_of_the_clause(cue: Token) -> bool:
    """Whether a cue conjoined inside a reported clause names an inner state of the clause's
    subject, a belief or a wish (``state_conjuncts.txt``): "Lee said she could not support the
    mayor but *understood* why people did", "said he was tired and *wanted* a new plan" go on
    with what was said (PolNeAR's annotators keep them in the content), where a verb of
    saying or a speech act ("... and *warned* ...", "... and *criticized* him for ...") is the
    reporter's next act. Only a conjunct: a participle ("..., *believing* ...") continues
    the reporting verb (:func:`participle_host`)."""
    return cue.dep == L.CONJ and cue.lemma.lower() in load_lexicon("state_conjuncts")


def _second_report(
    doc: Document, verb: Token, comp: Token, comps: list[Token], lex: Lexicons
) -> bool:
    """Whether ``comp``, a later complement of ``verb`` by the parse, is a report of its own:
    in "most said A, and three-quarters said B" the parser may hang the second "said" on the
    first as a second complement, but it is a second speech verb with its own subject, so a
    second attribution (PolNeAR: one attribution per cue; Newell et al. 2018), not more of
    what the first group said."""
    after = [c.i for c in comps if c.i > verb.i]
    return (
        comp.i > verb.i
        and comp.i > min(after)
        and comp.lemma in lex.speech
        and bool(doc.kids(comp.i, L.NSUBJ))
    )


#: What may stand between a complement and the rest of it that the parser hung on the cue.
_CONJUNCTION_GAP = frozenset({"PUNCT", "CCONJ", "SPACE", "ADV"})


def _conjoined_complement(
    doc: Document, verb: Token, content: list[int], lex: Lexicons
) -> list[int]:
    """The second half of a complement that the parser conjoined to the cue instead: in "she
    said the ferry was late, but the crew is not to blame" or "he said he hoped to win, and
    then would retire", the clause after "but"/"and" hangs on "said", and the content would
    stop at "late". A conjunct of the cue goes on with what was said when it is no cue itself
    and it cannot be the writer's next sentence about the source: it has a subject of its own
    and a tense other than the cue's and than the narrative past ("is", "would ..."), or no
    subject and a bare verb under an auxiliary ("and then would retire"). A conjunct in the
    narrative past ("said X, and the crowd cheered") is left out: on PolNeAR train it was part
    of the content about as often as not. (Rules alone: strict F1 matches 12528 -> 12537.)"""
    found = _first_conjunct_after(doc, verb, max(content))
    if found is None:
        return []
    kid, gap, sub = found
    if any(doc[i].pos not in _CONJUNCTION_GAP or doc[i].text in ";:()" for i in gap):
        return []
    if is_cue_verb(doc, kid, lex) or not _continues_complement(doc, verb, kid):
        return []
    return gap + sub


def _first_conjunct_after(
    doc: Document, verb: Token, end: int
) -> tuple[Token, list[int], list[int]] | None:
    """The verb's first conjunct after token ``end``: the conjunct, the words between ``end``
    and its phrase, and its phrase (the conjoined complement and object rules read it)."""
    for kid in doc.kids(verb.i, L.CONJ):
        if kid.i > end:
            sub = doc.subtree(kid.i)
            return kid, list(range(end + 1, sub[0])), sub
    return None


#: Words that may join a second object to the first: "X and Y", "X or Y", "X - and Y".
_OBJECT_JOINERS = frozenset({"and", "or", ",", "—", "–", "-", "--"})


def _conjoined_object(doc: Document, verb: Token, content: list[int], lex: Lexicons) -> list[int]:
    """A second object that the parser conjoined to the verb instead of to the first object:
    in "criticized the film and the books for being too soft" or "wants to emerge as the
    favourite - and the chief alternative to X", the noun after "and" hangs on the verb and
    the content would stop before it. Only a noun joined by "and"/"or" (with a comma or a dash)
    goes on: after "but" ("denied it, but the report ...") the writer goes on in their own
    voice, and so does a conjoined clause ("..., and they certainly don't mind"). A "noun"
    that is a cue word ("chides Turkey and praises ...") is a second act, mis-tagged.
    (PolNeAR train, rules + layer: 6 contents become strict matches, 2 stop being.)"""
    found = _first_conjunct_after(doc, verb, max(content))
    if found is None:
        return []
    kid, gap, sub = found
    if not gap or any(doc[i].lower not in _OBJECT_JOINERS for i in gap):
        return []
    if kid.pos not in ("NOUN", "PROPN") or not any(doc[i].pos == "CCONJ" for i in gap):
        return []
    if doc[sub[0]].tag.startswith("VB") or kid.lemma in lex.reporting_verbs:
        return []  # "chides Turkey and praises ...": a second act the tagger took for a noun
    return gap + sub


def _continues_complement(doc: Document, verb: Token, kid: Token) -> bool:
    """Whether the conjunct ``kid`` of the cue ``verb`` reads as more of what was said (see
    :func:`_conjoined_complement`)."""
    marks = doc.kids(kid.i, L.MARK)
    if marks and marks[0].lower == "that":
        return True  # "said that A, but that B"
    if doc.kids(kid.i, L.NSUBJ, L.NSUBJ_PASS, L.EXPL):
        return kid.tag not in ("VBD", verb.tag)
    return kid.tag == "VB" and bool(doc.kids(kid.i, L.AUX))


def _after_cue_only(
    doc: Document, verb: Token, comps: list[Token], content: list[int]
) -> list[int]:
    """A cue with a complement on each side reports the one after it: in "The budget was late
    again: the treasurer admitted that C" or "A nurse ... counts herself among the undecided -
    only she thinks C" the parser made the clause before the cue a second complement, but an
    attribution relation has one content (Pareti 2012; PolNeAR's annotators give "admitted"
    and "thinks" the content C alone). A clause before the cue set off by quotation marks is
    left alone: "“A,” he said, “B”" is one claim in two pieces."""
    before = [c for c in comps if c.i < verb.i]
    first = min(doc.subtree(c.i)[0] for c in before)
    if any(_is_quote_mark(doc[i].text) for i in range(max(first - 1, 0), verb.i)):
        return content
    return [i for i in content if i > verb.i]


def _is_quote_mark(text: str) -> bool:
    """A token of quotation marks (``“``, ``''``, ``"`` ...)."""
    return bool(text) and all(ch in "“”\"‘’«»„'`" for ch in text)


def _ends(doc: Document, content: list[int], part: list[int]) -> bool:
    """Whether ``part`` is the tail of ``content``: nothing but punctuation and conjunctions
    of the content comes after its first token."""
    inner = set(part)
    return all(
        i in inner or doc[i].pos in ("PUNCT", "SPACE", "CCONJ") for i in content if i > part[0]
    )


#: Verbs whose object is the one spoken to, not what was said: "..., the clerk told the
#: Ledger" reports the clause before it, where "..., he announced the cancellation" reports
#: its object (Levin 1993, "verbs of communication" 37.1-37.2: tell, inform and kin take
#: the hearer as object).
ADDRESSEE_VERBS = frozenset({"tell", "assure", "reassure", "inform", "remind", "notify", "brief"})


#: Words that open a relative clause (the relative pronouns and adverbs); a clause after the
#: hearer without one, with a subject of its own, is what was told.
_RELATIVIZERS = RELATIVE_PRONOUNS | {"where", "when", "why"}


def _complement_read_as_relative(doc: Document, verb: Token) -> list[Token]:
    """``Haddad told the programme the government had lost control``: with no "that", the
    parser may hang the told clause on the hearer as a relative clause ("the programme [that]
    the government had ..."). After a verb whose object is the hearer (:data:`ADDRESSEE_VERBS`),
    a clause on that object with no relative word and a subject of its own is the complement:
    a relative clause on the hearer would leave a gap where the hearer stands, and "told
    someone something" tells the clause (Quirk et al. 1985, 16.63 on ditransitive report
    verbs). Not a relative clause opened by who/which/that ("told the voters who came ...")."""
    if verb.lemma not in ADDRESSEE_VERBS:
        return []
    out = []
    for obj in doc.kids(verb.i, L.OBJ):
        if obj.i < verb.i:
            continue
        for clause in doc.kids(obj.i, L.RELCL, L.ACL):
            first = doc[doc.subtree(clause.i)[0]]
            subjects = doc.kids(clause.i, L.NSUBJ, L.NSUBJ_PASS)
            if (
                clause.i > obj.i
                and (first.lower not in _RELATIVIZERS or _complementizer(first, clause))
                and subjects
                and subjects[0].lower not in _RELATIVIZERS
                and first.i > obj.i
                and (_no_gap(doc, clause) or _named_hearer(doc, obj))
            ):
                out.append(clause)
    return out


def _clause_under_hearer(doc: Document, verb: Token, comp: Token) -> Token:
    """``told BBC Radio 4's Today programme the government had ...``: after a verb whose
    object is the hearer (:data:`ADDRESSEE_VERBS`), the parser may split a long hearer, make
    its last noun the "complement" and hang the told clause under it. A noun is no clause:
    the clause under it, after it and with a subject of its own, is what was told, and the
    noun is the rest of the hearer (Quirk et al. 1985, 16.63: "tell" takes the hearer, then
    the clause)."""
    if verb.lemma not in ADDRESSEE_VERBS or comp.pos not in ("NOUN", "PROPN") or comp.i < verb.i:
        return comp
    for clause in doc.kids(comp.i, L.CCOMP):
        if clause.i > comp.i and doc.kids(clause.i, L.NSUBJ, L.NSUBJ_PASS):
            return clause
    return comp


def _named_hearer(doc: Document, obj: Token) -> bool:
    """Whether the hearer of "told" is named (a proper noun, or a noun with a proper noun as its
    possessor or compound: "BBC Radio Kent's Breakfast programme", "Sky News"): a clause on it
    with no relative word is what was told even with no object in place ("told BBC Radio Kent's
    Breakfast programme the hospital would reopen in May"), as a relative clause with no
    relative word on a named hearer does not occur in news copy; a common noun still needs the
    gap test ("told the story the children loved")."""
    if obj.pos == "PROPN":
        return True
    return any(k.pos == "PROPN" for k in doc.kids(obj.i, L.POSS, L.COMPOUND))


def _complementizer(first: Token, clause: Token) -> bool:
    """Whether the "that" opening a clause the parser hung on the hearer is the clause's
    complementizer (``mark``), not a relative pronoun: "told a packed meeting that the marina
    would bring ..." (session 17, styles4); a relative "that" is the clause's subject or
    object ("told the voters that came")."""
    return first.lower == "that" and first.dep == L.MARK and first.head == clause.i


def _no_gap(doc: Document, clause: Token) -> bool:
    """Whether a clause has its object or complement in place, or is passive: a relative
    clause on a noun leaves the noun's place empty ("the story [] the children loved"), a told
    clause does not ("the government had lost control", "the plan was dead")."""
    if doc.kids(clause.i, L.NSUBJ_PASS):
        return True
    return bool(doc.kids(clause.i, L.OBJ, L.CCOMP, L.XCOMP, L.ATTR, L.ACOMP, L.OPRD))


def _reported_object(doc: Document, verb: Token) -> bool:
    """Whether the verb has an object that is what it reports (not its hearer)."""
    if verb.lemma in ADDRESSEE_VERBS:
        return False
    return bool(doc.kids(verb.i, L.OBJ))


def _that_clauses(doc: Document, verb: Token) -> list[Token]:
    """Clauses introduced by "that" that the parser hung elsewhere: under the verb's
    prepositional phrases ("said at the time that ...", "said on a call with investors that
    ...": on the phrase's noun or the noun of a phrase inside it), or as an adverbial clause
    ("tweeted in the early hours that ...")."""
    out = [
        kid
        for kid in doc.kids(verb.i, L.ADVCL)
        if kid.i > verb.i and doc[doc.subtree(kid.i)[0]].lower == "that"
    ]
    for words, ptok, obj in doc.prepositional_objects(verb.i):
        if ptok.i < verb.i:
            continue  # "In a reply that she kept, she urged ...": a fronted phrase's own clause
        if _adds_to_a_thing(verb, words, obj):
            continue
        nouns = [obj, *(n for p, _, n in doc.prepositional_objects(obj.i) if p in _INNER_PREPS)]
        for kid in (k for noun in nouns for k in doc.kids(noun.i, L.RELCL, L.ACL)):
            marks = doc.kids(kid.i, L.MARK) or _that_read_as_when(doc, verb, kid)
            if marks and marks[0].lower == "that" and _right_after_phrase(doc, obj, kid, marks[0]):
                out.append(kid)
    return out


#: Verb + preposition pairs that mean "increase" with a thing as object ("added to evidence
#: that ...", "adds to fears that ..."), not a place or a hearer of the saying.
_INCREASING = frozenset({("add", "to")})


def _adds_to_a_thing(verb: Token, words: str, obj: Token) -> bool:
    """Whether ``verb``'s phrase is "add to" + a thing: "The study added to evidence that
    exercise helps" says the study made the evidence larger; the that-clause is the content
    of "evidence" (a noun's own complement, Huddleston and Pullum 2002, 8.10.2), not what
    the study "added" as a speaker adds a remark. Unlike "said in a statement that ...",
    where the phrase only places the saying, the clause is never the verb's. A hearer after
    "to" ("added to reporters that ...", :func:`_addressee`) keeps the saying."""
    return (verb.lemma, words) in _INCREASING and not _addressee(obj)


def _that_read_as_when(doc: Document, verb: Token, clause: Token) -> list[Token]:
    """The "that" of "told her on the first day that he had never employed a woman", which
    the parser reads as a relative adverb of time ("the day that = on which he ..."): a
    clause after the phrase of a cue that has no complement of its own is what was said (the
    parser's own ``mark`` reading, as in "said at the time that ..."). Only a "that" opening
    a clause with a subject and its object or complement in place, after a cue with no
    object but its hearer ("told her the news on the day that he signed the bill" tells the
    news; "on the day that he left" dates the telling)."""
    first = doc[doc.subtree(clause.i)[0]]
    if first.lower != "that" or first.dep != L.ADVMOD or first.head != clause.i:
        return []
    objects = doc.kids(verb.i, L.OBJ, L.IOBJ)
    if len(objects) > (1 if verb.lemma in ADDRESSEE_VERBS else 0):
        return []
    if not doc.kids(clause.i, L.NSUBJ, L.NSUBJ_PASS) or not _no_gap(doc, clause):
        return []
    return [first]


#: Prepositions of a phrase inside the phrase of "said": who heard the words or where they
#: were put ("on a call with investors", "in a letter to shareholders", "in a piece for the
#: Journal", "in one of his posts").
_INNER_PREPS = frozenset({"with", "to", "for", "of"})


def _right_after_phrase(doc: Document, obj: Token, clause: Token, that: Token) -> bool:
    """Whether the complementizer ``that`` (a ``mark``: a relative "that" is its clause's
    subject or object, Huddleston and Pullum 2002, 12.3) of a clause the parser hung on the
    prepositional object ``obj``, or on the noun of a phrase inside it, comes right after
    ``obj``'s phrase: "said at the time that ...", "said on a call with investors that the
    company would ...". Words between must be ``obj``'s own and their phrases those of
    :data:`_INNER_PREPS` ("in the event that ...", "the lawsuit against X that he oversees"
    are no such phrase)."""
    between = range(obj.i + 1, that.i)
    own = set(doc.subtree(obj.i)) - set(doc.subtree(clause.i))
    if not all(i in own for i in between):
        return False
    return all(doc[i].dep != L.PREP or doc[i].lower in _INNER_PREPS for i in between)


def _if_clauses(doc: Document, verb: Token) -> list[Token]:
    """The indirect question of a question verb that the parser hung as an adverbial clause
    ("wondered if the bridge would open")."""
    return [
        kid
        for kid in doc.kids(verb.i, L.ADVCL)
        if kid.i > verb.i and doc[doc.subtree(kid.i)[0]].lower in ("if", "whether")
    ]


def intention_complement(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``X vowed to ...``, ``X wants to ...``: the to-infinitive complement."""
    if verb.lemma not in lex.intention:
        return None
    comps = [
        k
        for k in doc.kids(verb.i, L.XCOMP)
        if k.pos in ("VERB", "AUX") and not _quoted(doc, verb, k)
    ]
    if not comps:
        return None
    content = _content(doc, comps, _finite_conjuncts(doc, comps))
    # "decided not to run, joking to friends that ...": the joke is the decider's next act
    content = _without_escaped_cues(doc, content, lex)
    if not content:
        return None
    # "urged Congress to act": the object belongs with the infinitive
    for obj in doc.kids(verb.i, L.OBJ):
        if obj.i < comps[0].i:
            content.extend(doc.subtree(obj.i))
    content.extend(_called_on(doc, verb, comps[0], lex))
    return content + _conjoined_object(doc, verb, content, lex)


#: Marks that open a quotation (straight marks open one after a colon too).
_OPENING_MARKS = DOUBLE_OPEN | DOUBLE_EITHER | SINGLE_OPEN | SINGLE_EITHER


def _quoted(doc: Document, verb: Token, comp: Token) -> bool:
    """Whether the verb's "complement" is a quotation after a colon: in "The first minister
    has tweeted: 'Thank you to everyone ...'" the parser hangs the quoted imperative on
    "tweeted" as an ``xcomp``, but the words are what was written, a statement (the direct
    quotation's own rule finds it), not an intention to thank. A quotation right after the
    verb stays ("chanted “Build the wall!”", "urged leaders “not to ...”": PolNeAR marks
    those as intentions)."""
    words = [i for i in doc.subtree(comp.i) if doc[i].pos not in ("PUNCT", "SPACE")]
    first = words[0] if words else comp.i
    between = [doc[i].text for i in range(verb.i + 1, first) if doc[i].pos != "SPACE"]
    return len(between) == 2 and between[0] == ":" and between[1] in _OPENING_MARKS


def _called_on(doc: Document, verb: Token, infinitive: Token, lex: Lexicons) -> list[int]:
    """ "called on Congress to act": the object of the preposition before the infinitive is
    the one asked to act, and belongs with the infinitive as the object of "urged Congress to
    act" does; PolNeAR's annotators mark "Congress to act" (PolNeAR train: the object was in
    the gold content of all 21 matched "called on X to ..."). For the verb + preposition pairs
    of ``controlling_prepositions.txt``."""
    return [
        i
        for words, ptok, obj in doc.prepositional_objects(verb.i)
        if (verb.lemma, words) in lex.controlling
        and verb.i < ptok.i < infinitive.i
        and _can_act(obj)
        for i in doc.subtree(obj.i)
    ]


def _can_act(noun: Token) -> bool:
    """Whether the object of "called on" can be the one asked to act: not a day or a time
    ("called on Monday night to demand a recount"). A thing reads the same ("called on the
    phone to urge calm" is taken): keeping only nouns that name someone (:func:`_can_speak`)
    lost 3 right contents of 31 on PolNeAR train ("the spouse", "the regime")."""
    return noun.ent not in ("DATE", "TIME")


#: Tags of a finite verb (and of the auxiliary that makes a verb finite: "has gone", "would go").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "MD"})


def _finite_conjuncts(doc: Document, comps: list[Token]) -> set[int]:
    """The conjuncts of an infinitive that cannot be part of it: in "vowed to keep the clinic
    open and celebrated the ruling" (or "... to attack the oil that funds X and proposed a
    safe zone"), a finite verb with no subject joined to the non-finite content is the
    subject's next act, which the parser hung inside the content; what it reports is a second
    attribution (PolNeAR: one attribution per cue), and what it does not report is the
    writer's narration. Taken out with the "and" (and comma) before it."""
    out: set[int] = set()
    for comp in comps:
        for i in doc.subtree(comp.i):
            tok = doc[i]
            if tok.dep != L.CONJ or i in out or tok.pos not in ("VERB", "AUX"):
                continue
            if doc.kids(i, L.NSUBJ, L.NSUBJ_PASS) or doc[tok.head].tag not in ("VB", "VBG"):
                continue
            finite = tok.tag in _FINITE_TAGS or any(
                a.tag in _FINITE_TAGS for a in doc.kids(i, L.AUX)
            )
            if not finite:
                continue
            sub = doc.subtree(i)
            out |= set(sub)
            j = sub[0] - 1
            while j > comp.i and (doc[j].dep == L.CC or doc[j].text in (",", "-", "—", "–")):
                out.add(j)
                j -= 1
    return out


#: Verbs that cause someone else's intention: "the provocations prompted NATO to deploy
#: troops" attributes the intention to NATO, not to the provocations.
CAUSATIVE_VERBS = frozenset({"prompt", "lead", "cause", "force", "drive", "inspire", "move"})


def _caused(doc: Document, verb: Token) -> list[int]:
    """The object of a causative verb, whose intention its infinitive states."""
    objs = doc.kids(verb.i, L.OBJ)
    return mention_tokens(doc, objs[0]) if objs else []


def _comma_modifiers(doc: Document, heads: list[Token]) -> set[int]:
    """Relative clauses, appositives and participles set off by a comma after an object
    ("criticized the plan, which he said ...") describe the object; annotators leave them out
    of what was attributed (PolNeAR dev: the main cause of too-long object contents)."""
    out: set[int] = set()
    for head in heads:
        for kid in doc.kids(head.i, L.RELCL, L.ACL, L.APPOS):
            if _list_read_as_appositive(doc, kid):
                continue
            start = doc.subtree(kid.i)[0]
            if start > 0 and doc[start - 1].text == ",":
                out |= set(doc.subtree(kid.i)) | {start - 1}
    return out


#: Prepositions whose phrase after a speech act's object is part of what was said: "accused
#: Y *of* ...", "praised Y *as* ...", "offered its support *to* the strikers" (PolNeAR
#: annotates the to-phrase with the object; measured on train: strict .7083 -> .7094, no
#: speaker lost; "from" was tried too and added nothing).
_OBJECT_PREPOSITIONS = frozenset({"of", "as", "for", "with", "over", "to"})


#: Nouns for an audience: "denied the charges *to reporters*" names who heard it.
_AUDIENCE_NOUNS = frozenset(
    {"reporter", "journalist", "crowd", "audience", "supporter", "voter", "press", "viewer"}
)


def _addressee(pobj: Token) -> bool:
    """Whether the object of "to" is whom the act was addressed to (a person, a pronoun, an
    audience), not part of what was said: "denied the charges to reporters"."""
    return pobj.pos == "PRON" or pobj.ent == "PERSON" or pobj.lemma in _AUDIENCE_NOUNS


#: Verbs whose object is the hearer and whose "of"/"about" phrase is what was said: "warned
#: MPs of a summer of strikes", "reminded the audience of comments Trump made", "told
#: reporters about her plans" (Levin 1993, 37.2, verbs of telling).
_HEARER_VERBS = frozenset(
    {"tell", "remind", "warn", "inform", "assure", "reassure", "caution", "brief", "notify",
     "alert"}
)  # fmt: skip


def hearer_topic(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``X warned MPs of a summer of strikes``, ``X told reporters about her plans``: a verb of
    telling whose object is the hearer (a pronoun, a person or a group) and an "of" or
    "about" phrase after it: the phrase's object is what was said, the hearer no part of it,
    as PolNeAR's annotators mark it ("reminded the audience of [comments Trump made]"). A
    clause after the hearer ("told reporters that ...") is :func:`speech_complement`'s."""
    if verb.lemma not in _HEARER_VERBS:
        return None
    objs = doc.kids(verb.i, L.OBJ)
    if len(objs) != 1 or objs[0].i < verb.i or not _hearer(doc, objs[0], lex):
        return None
    subject = subject_of(doc, verb)
    if subject is not None and subject.pos == "NOUN" and not _can_speak(subject):
        return None  # "Her win assured her of 318 delegates": a thing guarantees, no one tells
    obj = objs[0]
    for prep in sorted(doc.kids(obj.i, L.PREP) + doc.kids(verb.i, L.PREP), key=lambda t: t.i):
        if prep.i > obj.i and prep.lower in ("of", "about"):
            topic = [k for k in doc.kids(prep.i) if k.dep in (L.POBJ, L.PCOMP)]
            return doc.subtree(topic[0].i) if len(topic) == 1 else None
    return None


def _hearer(doc: Document, obj: Token, lex: Lexicons) -> bool:
    """Whether a verb's object is someone told: a personal pronoun, a person, or a noun of
    people (an audience, a group, a role: "MPs", "the committee", "reporters")."""
    if obj.pos == "PRON":
        return obj.lower not in ("it", "this", "that", "what")
    if obj.ent in ("PERSON", "NORP") or obj.lemma in _AUDIENCE_NOUNS:
        return True
    return obj.lemma in load_lexicon("group_nouns") or obj.lemma.lower() in _HEARER_NOUNS


#: Nouns of people told that no lexicon of groups lists.
_HEARER_NOUNS = frozenset(
    {"mp", "mps", "lawmaker", "senator", "committee", "jury", "court", "inquiry", "panel",
     "member", "official", "delegate", "investor", "analyst", "staff", "employee", "worker",
     "resident", "parent", "student", "colleague", "reader", "listener", "public", "nation",
     "country", "house", "congress", "parliament"}
)  # fmt: skip


def speech_act_object(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``X accused Y of ...``, ``X praised Y as ...``, ``X denied ...``: the object with its
    "of"/"as"/"for" complement, or the predicate of ``X called Y "..."``."""
    if not _object_cue(doc, verb, lex):
        return None
    objs = doc.kids(verb.i, L.OBJ)
    preds = doc.kids(verb.i, L.OPRD)
    # with no object, the parser may make an idiom's noun the predicate ("called the fire
    # brigade": "brigade" an oprd); not a counted one ("called Rubio “Little Marco” multiple
    # times": how often, no idiom)
    plain = [p for p in preds if not doc.kids(p.i, L.AMOD, L.NUMMOD)]
    if _trusts_someone(doc, verb, objs) or _idiom_object(verb, objs or plain):
        return None
    if objs and not preds and all(_date_read_as_object(doc, o) for o in objs):
        return None  # "Lee called Wednesday for ...": when it was said, not what
    if not objs and not preds:
        return None
    if _issues_a_saying(doc, verb, objs, lex):
        return None  # the participle's claim, with this verb's subject as its source
    if preds and all(o.lower in RELATIVE_PRONOUNS for o in objs):
        return _content(doc, preds, set())  # "which Trump called 'very positive'"
    topic = _stance_topic(doc, objs)
    if topic is not None and not preds:
        return doc.subtree(topic.i)
    content = _content(doc, objs + preds, _comma_modifiers(doc, objs))
    for prep, ptok, pobj in doc.prepositional_objects(verb.i):
        if prep in _OBJECT_PREPOSITIONS and objs and ptok.i > verb.i:
            if prep == "to" and _addressee(pobj):
                continue
            content.extend(doc.subtree(ptok.i))
    if objs:
        content.extend(_object_continuation(doc, verb, content))
        content.extend(_in_phrase_after_object(doc, verb, content))
        content.extend(_value_after_object(doc, verb, content))
        content.extend(_conjoined_object(doc, verb, content, lex))
    if objs and all(o.lower in RELATIVE_PRONOUNS for o in objs) and not preds:
        return content if _which_acted_on(doc, verb, objs) else None
    if not preds and _makes_a_medium(verb) and _names_only_a_medium(doc, content):
        return None
    return content


def _date_read_as_object(doc: Document, obj: Token) -> bool:
    """Whether an object is only a date or time ("Lee called Wednesday for the mayor to
    resign", "promised Sunday to ..."): in wire style the day goes right after the verb (AP),
    and the parser takes it for the object, but it says when the act was done, not what it
    was about, as :func:`_without_time_of_saying` reads it after "said". The verb's other
    rules then read what it was about."""
    return all(doc[i].ent in ("DATE", "TIME") for i in doc.subtree(obj.i))


def _in_phrase_after_object(doc: Document, verb: Token, content: list[int]) -> list[int]:
    """An "in" or "on" phrase of the cue verb right after its object, which says where or in
    what the object stands, or what it is about: "praised his rival *in the primary*", "put
    Ruiz *in third*", "saw the image *in question*", "attacked the council *on its housing
    record*", "faulted the plan *on two fronts*"; the parser hangs it on the verb, and PolNeAR's
    annotators carry the content over it. Not a phrase of when, where or through what it was
    said, which the annotators leave out: a date, a time or a place ("in June", "in Georgia",
    "on Monday"), an organisation or building after "on" ("on CNN"), or a speech or medium
    (``delivered_nouns.txt``, ``medium_nouns.txt``: "in an interview", "in a tweet"), or
    where a text was put out ("published a column *in the Gazette*": a verb of issuing or
    writing, :func:`_makes_a_medium`). "on" was added in session 19's second round
    (docs/benchmarks.md, "Session 19: indirect6": strict matches 3 gained, 2 lost on half A;
    6 gained, 2 lost on half B; the losses are outlets the lexicons do not list and the parser
    tags as no organisation: "on cable news", "on its Facebook page", "on social media")."""
    if _makes_a_medium(verb):
        return []
    prep = _preposition_after(doc, verb, content, _STANDING_PREPOSITIONS)
    if prep is None:
        return []
    objects = doc.kids(prep.i, L.POBJ)
    if not objects:
        return []
    phrase = doc.subtree(prep.i)
    if any(doc[i].ent in _SETTING_ENTITIES for i in phrase):
        return []
    if prep.lower == "on" and any(doc[i].ent in _OUTLET_ENTITIES for i in phrase):
        return []  # "on CNN": where it was said
    lemma = objects[0].lemma.lower()
    if lemma in load_lexicon("delivered_nouns") or lemma in load_lexicon("medium_nouns"):
        return []
    return phrase


def _value_after_object(doc: Document, verb: Token, content: list[int]) -> list[int]:
    """An "at" phrase of the cue verb right after its object that holds a share or a sum:
    "put Ruiz in third *at 11 percent*", "estimated his fortune *at $2 billion*" say what the
    object was put at, and PolNeAR's annotators carry the content over it (half A of train:
    2 of 2). Any other "at" phrase is where or when it was said ("at a rally", "at noon")
    and stays out."""
    prep = _preposition_after(doc, verb, content, _VALUE_PREPOSITIONS)
    if prep is None:
        return []
    phrase = doc.subtree(prep.i)
    if not any(doc[i].ent in _VALUE_ENTITIES for i in phrase):
        return []
    return phrase


def _preposition_after(
    doc: Document, verb: Token, content: list[int], prepositions: frozenset[str]
) -> Token | None:
    """The preposition right after the content, one of ``prepositions``, when the parser hung
    its phrase on the cue verb (:func:`_in_phrase_after_object`, :func:`_value_after_object`)."""
    if not content or max(content) + 1 >= len(doc.tokens):
        return None
    prep = doc[max(content) + 1]
    if prep.lower not in prepositions or prep.dep != L.PREP or prep.head != verb.i:
        return None
    return prep


#: Entities of a share or a sum, and the preposition before them (:func:`_value_after_object`).
_VALUE_ENTITIES = frozenset({"PERCENT", "MONEY"})
_VALUE_PREPOSITIONS = frozenset({"at"})


#: Entities of when and where something was said, never part of what was said.
_SETTING_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC"})
#: Prepositions of :func:`_in_phrase_after_object`.
_STANDING_PREPOSITIONS = frozenset({"in", "on"})
#: Entities of an outlet or a building, where an "on" phrase says something was said.
_OUTLET_ENTITIES = frozenset({"ORG", "FAC"})


def _idiom_object(verb: Token, objs: list[Token]) -> bool:
    """Whether the verb and its object make an idiom that reports nothing ("called time on
    the romance", "called the shots": ``idiom_objects.txt``)."""
    idioms = load_table("idiom_objects")
    return any((verb.lemma, o.lemma) in idioms for o in objs)


def _object_cue(doc: Document, verb: Token, lex: Lexicons) -> bool:
    """Whether ``verb``'s object can be what it reports: a speech act (``speech_act_verbs.txt``),
    a finding of a study (:func:`_finding`), a belief whose object is what is believed
    (``belief_object_verbs.txt``: "does not believe the allegations"), a self-description
    ("cast himself as an outsider", :func:`quotes.claims.cues.described_self_as`), or an
    object that makes the verb a speech act ("told a different tale", "made the argument",
    :func:`quotes.claims.cues.speech_object`)."""
    return (
        (verb.lemma in lex.speech_act and not _without_its_particle(doc, verb))
        or _finding(doc, verb, lex)
        or verb.lemma in load_lexicon("belief_object_verbs")
        or described_self_as(doc, verb) is not None
        or speech_object(doc, verb) is not None
    )


def _without_its_particle(doc: Document, verb: Token) -> bool:
    """Whether a speech-act verb that reports speech only with its particle
    (``particle_speech_acts.txt``: "laid out her plan") stands without it: "laid bare the
    divisions", "laid the groundwork", "laid a wreath" name an act, not something said
    (docs/guide.md, "Claims that are no claim (session 17)")."""
    particles = _needed_particles().get(verb.lemma)
    if not particles:
        return False
    return not any(k.lower in particles for k in doc.kids(verb.i, L.PRT, L.PREP, L.ADVMOD))


@cache
def _needed_particles() -> dict[str, frozenset[str]]:
    """``particle_speech_acts.txt`` as each verb's particles, read once."""
    out: dict[str, set[str]] = {}
    for verb, particle in verb_pairs("particle_speech_acts"):
        out.setdefault(verb, set()).add(particle)
    return {verb: frozenset(ps) for verb, ps in out.items()}


#: Objects of a belief verb that name whom one trusts, not what one holds true: "believe me",
#: "we should believe him". "it", "this" and "that" stand for a claim ("I don't believe it").
_TRUSTED = frozenset({"me", "you", "him", "her", "us", "them"})


def _trusts_someone(doc: Document, verb: Token, objs: list[Token]) -> bool:
    """ "Believe me, ...", "we should believe him": a belief verb of ``belief_object_verbs.txt``
    whose only object is a personal pronoun trusts the person; it reports no claim."""
    if verb.lemma not in load_lexicon("belief_object_verbs") or len(objs) != 1:
        return False
    return objs[0].lower in _TRUSTED and not doc.kids(objs[0].i)


def _which_acted_on(doc: Document, verb: Token, objs: list[Token]) -> bool:
    """Whether a speech act's relative pronoun object is its content: in "the levy, which the
    mayor denounced" PolNeAR's annotators mark "which" as what was denounced (Newell et al.
    2018: the content stands where the text puts it), with the clause's subject its source.
    Only the "which" of a relative clause set off by a comma, a dash or a bracket: such a
    clause comments on a thing already named (Quirk et al. 1985, 17.22), here with someone's
    stance on it, where a restrictive one ("the flowers which she laid", "the thing that he
    said") or a second conjoined one ("..., which A denied and which B ...") only picks the
    thing out. PolNeAR train, sized on the parse: "that" and "whom" objects matched a gold
    attribution 6 times in 52 and 5 in 14, a set-off "which" 17 in 21; with the rules and
    the learned layer, 15 of the 18 claims this adds match one."""
    return len(objs) == 1 and objs[0].i < verb.i and _set_off_which(doc, objs[0])


def _set_off_which(doc: Document, word: Token) -> bool:
    """Whether ``word`` is the "which" opening a relative clause set off by a comma, a dash or
    a bracket (after a closing quotation mark too: '"tax reform," which ...')."""
    if word.lower != "which" or word.i < 2:
        return False
    before = doc[word.i - 1]
    if before.text in _ASIDE_OPENERS:
        return True
    return _is_quote_mark(before.text) and doc[word.i - 2].text == ","


def _makes_a_medium(verb: Token) -> bool:
    """Whether the verb issues or writes a text (issuing_verbs.txt, writing_verbs.txt):
    "issued a statement" makes one, where "praised the statement" judges one, and what is
    judged is the claim."""
    return verb.lemma in load_lexicon("issuing_verbs") or verb.lemma in load_lexicon(
        "writing_verbs"
    )


def _names_only_a_medium(doc: Document, content: list[int]) -> bool:
    """Whether the object is no more than a noun of the medium a saying comes in, with its
    determiners and modifiers before it (medium_nouns.txt): "issued a statement", "wrote an
    op-ed", "posted a campaign message" name the vehicle, and what it says (the quotation
    or clause the text gives next) is the claim, as PolNeAR's annotators and Pareti (2012)
    take it. A noun with words after it ("a letter congratulating the crew") is kept.
    (PolNeAR train, rules + layer: see docs/guide.md.)"""
    words = [i for i in content if doc[i].pos not in ("PUNCT", "SPACE")]
    if not words:
        return False
    last = doc[words[-1]]
    if last.pos not in ("NOUN", "PROPN") or last.lemma.lower() not in load_lexicon("medium_nouns"):
        return False
    return all(doc[i].head == last.i or doc.is_ancestor(last.i, i) for i in words[:-1])


#: Prepositions that open the topic of a stance noun: "concern *about* X", "support *for* X".
_TOPIC_PREPOSITIONS = frozenset({"about", "for", "over", "on", "toward", "towards", "regarding"})
#: Words a stance noun phrase may hold besides its noun and topic: "his deep concern about".
_STANCE_MODIFIERS = frozenset({L.DET, L.POSS, L.AMOD, L.ADVMOD, L.NUMMOD, L.COMPOUND})


def _stance_topic(doc: Document, objs: list[Token]) -> Token | None:
    """The topic of a stance noun that is a speech act's only object: in "expressed concern
    about the plan" or "sounded a positive note about Trump" the noun names the act (PolNeAR
    makes "expressed concern about" the cue) and what it is about is the content
    (attitude_nouns.txt). The object may hold only the noun, its modifiers and the topic's
    phrase, so "denied any role in the attacks" and "expressed concern about X, which ..."
    keep their whole object."""
    if len(objs) != 1 or objs[0].lemma not in load_lexicon("attitude_nouns"):
        return None
    obj = objs[0]
    preps = doc.kids(obj.i, L.PREP)
    rest = [k for k in doc.kids(obj.i) if k.dep not in _STANCE_MODIFIERS and k.dep != L.PREP]
    if len(preps) != 1 or rest or preps[0].i < obj.i or preps[0].lower not in _TOPIC_PREPOSITIONS:
        return None
    if any(_someone_elses(doc, k) for k in doc.kids(obj.i)):
        return None
    topic = doc.children[preps[0].i]
    if len(topic) != 1 or doc[topic[0]].dep not in (L.POBJ, L.PCOMP):
        return None  # "concern over the case, and of ...": more than one topic
    return doc[topic[0]]


def _someone_elses(doc: Document, modifier: Token) -> bool:
    """Whether a modifier of a stance noun names whose stance it is, other than by a pronoun:
    in "criticized Trump's statements on Israel" or "rebutted American criticism on X" the
    stance is another's, and the whole noun phrase is what was acted on."""
    if modifier.dep == L.POSS:
        return modifier.pos != "PRON"
    return modifier.dep in (L.COMPOUND, L.AMOD) and modifier.ent in ("NORP", "PERSON", "ORG", "GPE")


#: Prepositions whose phrase, right after a speech act's object with no comma between, goes
#: on with what was acted on: "opposed the bill *without* exceptions", "warned the council
#: *against* delays" (PolNeAR train; "in", "on", "at", "during", "after" were as often the
#: writer's setting of the act as part of it, and are left out).
_ADJACENT_OBJECT_PREPOSITIONS = _OBJECT_PREPOSITIONS | frozenset(
    {"against", "without", "from", "about", "into", "like", "than"}
)


def _object_continuation(doc: Document, verb: Token, content: list[int]) -> list[int]:
    """What the parser hung on a speech act verb right after its object and that annotators
    read as part of the object: "praised the plan *warmly*", "criticized the mayor *to score
    points*", "described the talks *as* productive" (a purpose or "as" clause, an adverb, an
    open complement, one of :data:`_ADJACENT_OBJECT_PREPOSITIONS`; not an "as" clause of when,
    :func:`_finite_clause`). Read left to right from the content's end, each must start right
    after the previous one: a comma or any other word between ends the content (PolNeAR
    train, rules alone: indirect contents too short 748 -> 687, strict F1 .683 -> .687)."""
    out: list[int] = []
    for kid, sub in _adjacent_phrases(doc, verb, max(content)):
        if not _continues_object(doc, kid, doc[sub[0]]):
            break
        out.extend(sub)
    return out


def _adjacent_phrases(doc: Document, verb: Token, end: int) -> Iterator[tuple[Token, list[int]]]:
    """The verb's dependents after token ``end`` with their subtrees, in order, each starting
    right after the previous one (after ``end`` for the first): a comma or any other word
    between ends them. A dependent whose words are already inside is passed over."""
    for kid in doc.kids(verb.i):
        if kid.i <= end:
            continue
        sub = doc.subtree(kid.i)
        if sub[0] <= end:
            continue
        if sub[0] != end + 1:
            return
        yield kid, sub
        end = sub[-1]


def _continues_object(doc: Document, kid: Token, first: Token) -> bool:
    """Whether ``kid`` (starting with ``first``) is one of the shapes of
    :func:`_object_continuation`."""
    if kid.dep == L.PREP:
        pobjs = doc.kids(kid.i, L.POBJ)
        if kid.lower == "to" and pobjs and _addressee(pobjs[0]):
            return False  # "denied the charges to reporters": whom it was said to
        return kid.lower in _ADJACENT_OBJECT_PREPOSITIONS or _by_name(doc, kid)
    if kid.dep == L.ADVCL:
        return first.lower == "to" or (first.lower == "as" and not _finite_clause(doc, kid))
    return kid.dep in (L.ADVMOD, L.XCOMP)


def _finite_clause(doc: Document, verb: Token) -> bool:
    """Whether a clause has a subject and a tensed verb of its own: "opposed it *as he
    positioned himself for a run*" is a clause of when, the writer's (Quirk et al. 1985,
    15.25); "praised the plan *as being bold*" and "described the dinner *as Washington
    celebrating itself*" say how the object was described."""
    if not doc.kids(verb.i, L.NSUBJ, L.NSUBJ_PASS, L.EXPL):
        return False
    return verb.tag in ("VBD", "VBZ", "VBP") or bool(doc.kids(verb.i, L.AUX, L.AUX_PASS))


def _by_name(doc: Document, prep: Token) -> bool:
    """Whether ``prep`` is a bare "by name" ("did not mention Lee *by name*", "never
    mentioned his rivals *by name*"): how the object was named is part of what was said, and
    PolNeAR's annotators carry the content over it (PolNeAR train, half A: 5 of the 6 gold
    contents after such a phrase hold it). A "by" of anything else is left out."""
    if prep.lower != "by":
        return False
    pobjs = doc.kids(prep.i, L.POBJ)
    return len(pobjs) == 1 and pobjs[0].lower == "name" and len(doc.subtree(prep.i)) == 2


#: Cues that interrupt or follow the clause they report ("..., he said.").
PARENTHETICAL_CUES = frozenset(
    {"say", "tell", "add", "explain", "note", "write", "report", "argue", "claim", "insist",
     "continue", "recall", "observe", "warn", "state", "reply", "respond", "tweet", "post",
     "joke", "predict", "concede", "acknowledge", "admit", "caution", "stress", "emphasize",
     "contend", "maintain", "assert", "believe", "think", "suggest", "complain", "conclude"}
)  # fmt: skip


def _finding(doc: Document, verb: Token, lex: Lexicons) -> bool:
    """``the investigation found no evidence``: "find" reports a claim when its subject is a
    document or inquiry (source_nouns.txt); with a person as subject it mostly does not
    (right 28 times in 98 on PolNeAR train)."""
    if verb.lemma not in FINDING_VERBS:
        return False
    subj = subject_of(doc, verb)
    return subj is not None and subj.lemma in lex.source_nouns


def prepositional_object(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``X called for an end to ...``, ``X warned of ...``: the object of the verb's
    preposition, for the verb + preposition pairs of ``prepositional_cues.txt``."""
    for prep, _ptok, obj in doc.prepositional_objects(verb.i):
        if (verb.lemma, prep) in lex.prepositional and obj.ent not in ("DATE", "TIME"):
            # "has known him for years": a time is when or how long, never what was said
            if prep == "with" and obj.lemma in load_lexicon("manner_nouns"):
                continue  # "said with a smile", "responded with a shrug": how, not what
            content = doc.subtree(obj.i)
            content = content + _prepositional_continuation(doc, verb, content, lex)
            content = content + _conjoined_object(doc, verb, content, lex)
            return content + _conjoined_question(doc, verb, content)
    topic = _topic_after_hearer(doc, verb, lex)
    if topic is not None:
        return doc.subtree(topic.i)
    # "called for the governor to resign": the parser makes "for" the mark of a clause
    for clause in doc.kids(verb.i, L.ADVCL):
        marks = doc.kids(clause.i, L.MARK)
        if clause.i > verb.i and marks and (verb.lemma, marks[0].lower) in lex.prepositional:
            return [i for i in doc.subtree(clause.i) if i != marks[0].i]
    return None


def _conjoined_question(doc: Document, verb: Token, content: list[int]) -> list[int]:
    """An embedded question or a gerund joined to a prepositional object by "and" / "or":
    "talk about the border *and how many can slip through*", "spoke about her charity work
    *and what she learned*", "spoke at length about the attack *and confronting terror*".
    The parser hangs it on the cue verb as a second clause, but it is a second object of the
    preposition ("about X and about how Y"), what was talked about too (PolNeAR train: 2
    contents become strict matches, none stops being one). Not a question that is the
    subject of a clause of its own ("... and what followed was a row"): the question word
    must hang on the conjoined verb itself (or be it, a gerund)."""
    end = max(content)
    if end + 2 >= len(doc.tokens) or doc[end + 1].lower not in ("and", "or"):
        return []
    first = doc[end + 2]
    gerund = first.tag == "VBG" and first.dep == L.CONJ and first.head == verb.i
    if first.lower not in _QUESTION_WORDS and not gerund:
        return []
    for kid in doc.kids(verb.i, L.CONJ):
        sub = doc.subtree(kid.i)
        if sub[0] == first.i and kid.i in (first.i, first.head):
            return [end + 1] + sub
    return []


#: Words that open an embedded question.
_QUESTION_WORDS = WH_WORDS | {"whether"}


#: Prepositions that name whom a verb of speaking addresses: "talked *to* voters", "spoke *with*".
_HEARER_PREPOSITIONS = frozenset({"to", "with"})


def _topic_after_hearer(doc: Document, verb: Token, lex: Lexicons) -> Token | None:
    """The object of the "about" phrase of ``talk to X about Y`` (Quirk et al. 1985, 16.21: a
    verb with two prepositional complements) that the parser hung on the hearer X instead of
    on the verb: "he is talking to voters about health care" reports talk about health care,
    with the talker as source. Only "about", right after the hearer's phrase, for the verb +
    "about" pairs of ``prepositional_cues.txt`` (PolNeAR train: 4 of 5 matched; "of" after a
    hearer is the hearer's own, "spoke to leaders of both parties": 7 of 52)."""
    if (verb.lemma, "about") not in lex.prepositional:
        return None
    for prep, ptok, obj in doc.prepositional_objects(verb.i):
        if prep not in _HEARER_PREPOSITIONS or ptok.i < verb.i:
            continue
        end = doc.subtree(obj.i)[-1]
        for about in doc.kids(obj.i, L.PREP):
            topics = doc.kids(about.i, L.POBJ, L.PCOMP)
            if about.lower == "about" and about.i > obj.i and topics:
                return topics[0] if doc.subtree(about.i)[-1] == end else None
    return None


#: What the parser hangs on a prepositional cue's verb after its object that goes on with
#: the content: "pointed to China *as the enforcer*", "agreed with Trump *on the issue*",
#: "called for the senator *to resign*", "referred to ISIS *44 times*".
_PREPOSITIONAL_GOES_ON = frozenset({L.PREP, L.ADVCL, L.ADVMOD, L.NPADVMOD, L.XCOMP, L.OPRD})


def _prepositional_continuation(
    doc: Document, verb: Token, content: list[int], lex: Lexicons
) -> list[int]:
    """The rest of a prepositional cue's content that the parser hung on the verb: the phrases
    right after the object, each starting where the previous one ends (no comma or other
    word between) and holding no cue of a claim of its own. PolNeAR's annotators run such a
    content to the end of the verb's phrase: "voted against the package *because of its
    provisions*", "fired back at Christie *over the rating*"."""
    out: list[int] = []
    for kid, sub in _adjacent_phrases(doc, verb, max(content)):
        if kid.dep not in _PREPOSITIONAL_GOES_ON:
            break
        if any(is_cue_verb(doc, doc[i], lex) for i in sub):
            break  # "... before savaging Clinton as a criminal": a claim of its own
        out.extend(sub)
    return out


def interrupting_clause(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``The talks went well, he said.`` / ``The talks, he said, went well.``: the cue is a
    parenthetical (parataxis, or a ccomp the parser hung the wrong way) and the claim is the
    clause it interrupts. The cue must stand after the start of that clause, set off by a
    comma, with no complement of its own."""
    if verb.lemma not in PARENTHETICAL_CUES or verb.head == verb.i:
        return None
    if verb.dep not in (L.PARATAXIS, L.CCOMP, L.ADVCL, L.CONJ) and not _comment_relative(doc, verb):
        return None
    if doc.kids(verb.i, L.CCOMP, L.XCOMP, L.OBJ):
        return None
    head = _clause_of_subject(doc, verb, doc[verb.head])
    head_start = doc.subtree(head.i)[0]
    if verb.i < head_start or verb.i - 1 < 0:
        return None
    mention_start = min([verb.i, *(doc.subtree(k.i)[0] for k in doc.kids(verb.i, L.NSUBJ))])
    before = doc[mention_start - 1] if mention_start > 0 else None
    if before is None or before.text not in (",", "—", "–", "-"):
        return None
    if verb.i < head.i and verb.dep not in (L.PARATAXIS, L.RELCL):
        return None  # a relative clause here passed _comment_relative
    exclude = set(doc.subtree(verb.i))
    return [i for i in doc.subtree(head.i) if i not in exclude]


def _clause_of_subject(doc: Document, verb: Token, head: Token) -> Token:
    """The clause a parenthetical interrupts after its subject: in "Her father, she
    recalled, used to count the wagons" the parser hangs "recalled" on "father", the subject
    of "used", yet the clause interrupted is the whole of "Her father used to count the
    wagons" (Quirk et al. 1985, 15.53: a comment clause may stand after the subject). Only a
    parataxis or a comment clause read as a relative (:func:`_comment_relative`) on a noun
    subject whose verb comes after the parenthetical."""
    if verb.dep not in (L.PARATAXIS, L.RELCL) or head.dep not in (L.NSUBJ, L.NSUBJ_PASS):
        return head
    clause = doc[head.head]
    return clause if clause.i > verb.i and clause.pos in ("VERB", "AUX") else head


def _comment_relative(doc: Document, verb: Token) -> bool:
    """A parenthetical the parser read as a relative clause of the noun before it ("Her
    father, she recalled, used to ..."): a relative clause set off by commas is
    non-restrictive, and a non-restrictive one always opens with a relative word (Quirk et
    al. 1985, 17.22), so a clause between commas with none, whose subject is right before
    its verb, is a comment clause."""
    if verb.dep != L.RELCL:
        return False
    words = [i for i in doc.subtree(verb.i) if doc[i].pos != "PUNCT"]
    if any(doc[i].lower in RELATIVE_PRONOUNS | {"where", "when", "why"} for i in words):
        return False
    lo, hi = words[0], words[-1]
    subjects = doc.kids(verb.i, L.NSUBJ)
    return (
        lo > 0
        and doc[lo - 1].text == ","
        and hi + 1 < len(doc.tokens)
        and doc[hi + 1].text == ","
        and len(subjects) == 1
        and subjects[0].i == lo
        and hi == verb.i
    )


#: Verbs that report in an "as" clause. "As" also means "while" and "because" ("As she hopped
#: on the board, ...") and compares ("as much as many hoped"): on PolNeAR train the other
#: speech verbs matched no gold attribution in this position.
AS_CLAUSE_CUES = frozenset(
    {
        "report", "note", "say", "write", "explain", "reveal", "acknowledge", "point",
        "mention", "tell", "state", "announce", "observe", "show", "suggest", "speculate",
        "argue", "claim", "warn", "predict", "describe", "detail", "put",
    }
)  # fmt: skip


def _as_put_it(doc: Document, verb: Token) -> bool:
    """``As the mayor put it, ...``: "put" is no speech verb of the lexicons (one puts boxes
    on tables), but "as X put it" reports the clause it modifies."""
    if verb.lemma != "put" or verb.dep != L.ADVCL:
        return False
    marks = doc.kids(verb.i, L.MARK)
    objects = doc.kids(verb.i, L.OBJ)
    placed = [k for k in doc.kids(verb.i, L.PREP, L.PRT) if k.lower in _PLACING]
    return (
        bool(marks)
        and marks[0].lower == "as"
        and [k.lower for k in objects] == ["it"]
        and not placed  # "as she put it on the table" places a thing
    )


#: Particles and prepositions of putting a thing somewhere ("put it on the shelf", "put it away").
_PLACING = frozenset({"on", "onto", "into", "under", "down", "away", "back", "aside", "off", "up"})


def as_clause(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``As the Gazette reported, the council refused ...`` / ``The council, as the Gazette
    first reported, has agreed ...``, ``As reported by the Gazette, ...``: a speech verb in an
    adverbial clause marked "as", with no complement of its own, reports the clause it
    modifies (PolNeAR's annotators make that clause the content and the subject of "reported",
    or the agent of the passive "as reported by", its source)."""
    if verb.lemma not in AS_CLAUSE_CUES or verb.dep != L.ADVCL or verb.head == verb.i:
        return None
    marks = doc.kids(verb.i, L.MARK)
    if not marks or marks[0].lower != "as" or doc.kids(verb.i, L.CCOMP, L.XCOMP):
        return None
    if doc.kids(verb.i, L.OBJ) and not _as_put_it(doc, verb):
        return None  # "as she put it" reports the clause; "as she told the court" does not
    if not doc.kids(verb.i, L.NSUBJ) and passive_agent(doc, verb) is None:
        # "As expected, ...": no one reports it; "As reported by the Gazette, ..." names who
        # did, in the passive's agent, its source
        return None
    clause = doc.subtree(verb.i)
    head = verb.head
    # the "as" clause ends at its comma: words the parser hung on it past the comma ("As Ann
    # Lee said last week, the city ...") belong to the clause it modifies, and vice versa
    commas = [i for i in range(verb.i + 1, head) if doc[i].text == ","]
    lo, hi = (clause[0], commas[0]) if commas else (clause[0], clause[-1])
    outside = [i for i in doc.subtree(head) if not lo <= i <= hi]
    return [i for i in outside if not (doc[i].pos == "PUNCT" and (i == lo - 1 or i == hi + 1))]


def _patient(doc: Document, verb: Token) -> Token | None:
    """What a passive cue acts on: its passive subject ("The meeting was first reported by
    ..."), or the noun a past participle modifies ("a fact first reported by ...")."""
    if is_passive(doc, verb):
        subjects = doc.kids(verb.i, L.NSUBJ_PASS)
        return subjects[0] if subjects else None
    head = doc[verb.head]
    if _modifying_participle(verb) and head.i < verb.i and head.pos in ("NOUN", "PROPN"):
        return head
    return None


def passive_subject(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``The meeting was first reported by Politico``, ``a proposal backed by most voters``:
    a passive speech act of ``passive_cues.txt`` with a "by" agent reports its passive
    subject, or the noun its participle modifies; the agent is the source (PolNeAR annotates
    the subject as the content). Without an agent, only a sentence's main verb makes a claim,
    of no one (:func:`agentless_passive`); verbs of making or handling ("a book written by",
    "a statement issued by") are not listed: their passive subject is a thing made, not a
    stance's object.
    """
    if verb.lemma not in lex.passive or doc.kids(verb.i, L.CCOMP, L.XCOMP):
        return None
    if passive_agent(doc, verb) is None:
        return None
    patient = _patient(doc, verb)
    if patient is None or patient.dep == L.EXPL:
        return None
    if patient.lower in RELATIVE_PRONOUNS:
        # "the letter, which was first reported by the Post": a set-off "which" stands for
        # what was reported, as it does as a speech act's object (:func:`_which_acted_on`)
        return [patient.i] if _set_off_which(doc, patient) else None
    if patient.lower == "it":
        return None  # "it was reported by X that ...": the clause, not "it"
    return _patient_phrase(doc, verb, patient)


def _patient_phrase(doc: Document, verb: Token, patient: Token) -> list[int]:
    """The words of what a passive cue acts on: the patient's phrase, less the participle's
    own clause when it modifies the patient ("a plan *criticized by ...*") and less what
    commas set off on it ("the levy, *a tax on ferries*,")."""
    own = set(doc.subtree(verb.i)) if verb.head == patient.i else set()
    exclude = own | _comma_modifiers(doc, [patient])
    return [i for i in doc.subtree(patient.i) if i not in exclude]


def passive_as(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``Lee is widely seen as the favourite``, ``a state regarded as critical``, ``the group,
    also known as X``: a passive of seeing or naming (``passive_as_verbs.txt``) with an "as"
    phrase says how someone sees the passive subject (or the noun the participle modifies).
    The claim is that subject with the "as" phrase; its source is the "by" agent, or no
    one ("is widely seen as": PolNeAR annotates most of these with no source). A relative
    pronoun stands for its noun, as annotators mark it ("who was regarded as a lightweight").
    """
    if verb.lemma not in load_lexicon("passive_as_verbs") or verb.tag != "VBN":
        return None
    ases = [k for k in doc.kids(verb.i, L.PREP) if k.i > verb.i and _views_as(doc, verb, k, lex)]
    on_agent = _as_on_agent(doc, verb)
    ases = ases or ([on_agent] if on_agent is not None else [])
    if not ases or not doc.kids(ases[0].i):
        return None  # "as" with nothing after it
    patient = _patient(doc, verb)
    if patient is None or patient.dep == L.EXPL or patient.lower == "it":
        return None
    if ases[0].lower == "as" and _speaker_named_as(doc, verb, patient):
        return None  # "Joko Widodo, known as Jokowi, said ...": a name, no claim
    own = set(doc.subtree(verb.i)) if verb.head == patient.i else set()
    exclude = own | _comma_modifiers(doc, [patient])
    subject = [i for i in doc.subtree(patient.i) if i not in exclude]
    if ases[0].lower != "as":  # "known for her candour": the cue ends with its preposition
        return subject + [i for k in doc.kids(ases[0].i) for i in doc.subtree(k.i)]
    return subject + doc.subtree(ases[0].i)


def _speaker_named_as(doc: Document, verb: Token, patient: Token) -> bool:
    """Whether a naming participle (``naming_participles.txt``) set off by a comma gives the
    name a speaker goes by: "Joko Widodo, known as Jokowi, said ...". The participle
    modifies a proper noun that is the subject of a speech verb; the writer names who speaks
    (the resolver reads the name, quotes/speakers), he claims nothing. "Lee is known as a
    tough negotiator" (a passive, no apposition) and "the group, also known as X, was ..."
    (no speaker; PolNeAR marks most of these) stay claims: on PolNeAR train, appositions of
    "known" are gold 10 times in 15, so only a speaker's name is left out."""
    if verb.lemma not in load_lexicon("naming_participles") or verb.head != patient.i:
        return False
    if patient.pos != "PROPN" or verb.i < 1 or doc[verb.i - 1].text != ",":
        return False
    if patient.dep != L.NSUBJ:
        return False
    head = doc[patient.head]
    return head.pos == "VERB" and head.lemma in load_lexicon("speech_verbs")


def _views_as(doc: Document, verb: Token, prep: Token, lex: Lexicons) -> bool:
    """Whether ``prep`` opens what a passive of seeing or naming says of its subject: "as"
    ("seen as the favourite"), or a preposition of ``passive_prepositions.txt`` for the verb
    ("known for her candour"), whose object is no time ("has been known for years")."""
    if prep.lower == "as":
        return True
    if (verb.lemma, prep.lower) not in lex.passive_prepositions:
        return False
    objects = doc.kids(prep.i, L.POBJ, L.PCOMP)
    return bool(objects) and all(o.ent not in ("DATE", "TIME") for o in objects)


def asked_about(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``Lee was asked about the fares``, ``Asked about the fares, Lee said ...``, ``..., she
    said when asked about the strike``: the one asked is the passive subject (or the host
    clause's), the asker is the "by" agent or unnamed, and what the question was about is the
    claim (act ``question``); PolNeAR's annotators mark the topic, with no source when no
    asker is named. Only the passive: "Lee asked Cole about X" was a claim in 10 of 24 on
    PolNeAR train, against 26 of 37 for the passive."""
    if verb.lemma not in lex.questions or verb.tag != "VBN":
        return None
    for prep, ptok, obj in doc.prepositional_objects(verb.i):
        if prep == "about" and ptok.i > verb.i:
            return doc.subtree(obj.i)
    return None


def agentless_passive(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``The deal was widely criticized.``, ``Donations were reported.``: a finite passive
    speech act of ``passive_cues.txt`` at the root of its sentence, with no "by" agent, is a
    claim about its passive subject that the text attributes to no one (Pareti 2012 and
    PolNeAR's guidelines, Newell et al. 2018: an attribution may have no source); the content
    is the passive subject, as in :func:`passive_subject`. Only at the root, where the
    sentence is the report: a passive in a subordinate clause or a participle ("a plan
    criticized in May", "after it was rejected") sets the scene of another statement, and
    there PolNeAR train matched about one in four (at the root: 15 of 19)."""
    if verb.lemma not in lex.passive or verb.dep != L.ROOT or verb.tag != "VBN":
        return None
    if not is_passive(doc, verb) or passive_agent(doc, verb) is not None:
        return None  # with an agent: passive_subject's
    if doc.kids(verb.i, L.CCOMP, L.XCOMP):
        return None  # "it was reported that ...": the clause is another rule's
    patient = _patient(doc, verb)
    if patient is None or patient.i > verb.i:
        return None
    if patient.lower in RELATIVE_PRONOUNS or patient.dep == L.EXPL or patient.lower == "it":
        return None
    if verb.lemma in _PERSONNEL_SENSES:
        return None  # "The coach was dismissed after ...": fired, not argued against
    return _patient_phrase(doc, verb, patient)


#: Verbs of ``passive_cues.txt`` whose passive with no agent names a personnel act as often as
#: a stance ("the coach was dismissed": fired; "Lee was named": appointed), which the parse
#: cannot tell apart (a person's title is no sure sign: "the coach").
_PERSONNEL_SENSES = frozenset({"dismiss", "name"})


#: Words that stand for a whole reported clause after a verb of saying or thinking: "so"
#: (Quirk et al. 1985, 12.29: "I think so", "she said so") and the answers "yes" and "no".
_PRO_FORMS = frozenset({"so", "yes", "no"})


def pro_form(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``Ted Cruz thinks so.``, ``55 percent said so in May.``, ``Most members said yes.``: a
    verb of saying or thinking (``speech_verbs.txt``, not a question verb) whose only complement
    is a pro-form standing for a clause reports that clause, and PolNeAR's annotators mark the
    pro-form itself as the content (Newell et al. 2018). Only right after the verb (or after
    its pronoun hearer: "told me so"), with no clause or object of its own, and never "no" with
    a "to" phrase ("said no to the levy" refuses a thing: another act). On PolNeAR train 13 of
    15 such claims matched a gold attribution; "otherwise" (2 of 8) and "hope so" (0 of 2) are
    not taken."""
    if verb.lemma not in lex.speech or verb.lemma in lex.questions or verb.lemma == "hope":
        return None
    if doc.kids(verb.i, L.CCOMP, L.XCOMP):
        return None
    j = verb.i + 1
    while j < len(doc) and doc[j].head == verb.i and doc[j].pos == "PRON" and doc[j].lower != "so":
        j += 1  # the hearer: "told me so"
    if j >= len(doc) or doc[j].lower not in _PRO_FORMS or doc[j].head != verb.i:
        return None
    word = doc[j]
    if doc.kids(word.i) or (word.lower == "so" and word.dep != L.ADVMOD):
        return None  # "so far", "so much", "said so that ...": no pro-form
    if word.lower == "no" and any(p == "to" for p, _t, _o in doc.prepositional_objects(verb.i)):
        return None
    if any(k.i != word.i and k.i > verb.i for k in doc.kids(verb.i, L.OBJ) if k.pos != "PRON"):
        return None
    return [word.i]


#: Predicates of a verb of seeming: "seems *close*", "appeared *a long shot*".
#: A predicate with a clause of its own is the subject's stance, not an impression of it.
_CLAUSES = (L.CCOMP, L.XCOMP, L.ADVCL)
_SEEMING_PREDICATES = frozenset({L.OPRD, L.ACOMP, L.ATTR})


def seems_predicate(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``The race seems close``, ``The team appeared paralyzed``: a verb of seeming
    (``seeming_verbs.txt``) with an adjective or noun predicate is an impression of its subject,
    which is the claim with the predicate; no one is named as its holder (the writer's, or an
    unnamed observer's), so it has no source unless a "to" phrase names whom it seems so to
    ("seemed unfair to the fishermen"). A clause ("it seems that ...") and an infinitive
    ("seems to be failing") are other rules'; an expletive "it" has nothing to say."""
    if verb.lemma not in load_lexicon("seeming_verbs"):
        return None
    preds = [k for k in doc.kids(verb.i, *_SEEMING_PREDICATES) if k.i > verb.i]
    subjects = [k for k in doc.kids(verb.i, L.NSUBJ) if k.i < verb.i]
    if not preds or not subjects or subjects[0].lower == "it" or subjects[0].dep == L.EXPL:
        return None
    pred = preds[0]
    if pred.pos not in ("ADJ", "NOUN", "PROPN") or doc.kids(pred.i, *_CLAUSES):
        return None  # "seemed hopeful that ...", "appeared likely to ...": the subject's own
    return _content(doc, subjects[:1], _comma_modifiers(doc, subjects[:1])) + doc.subtree(pred.i)


def raised_subject(doc: Document, verb: Token, lex: Lexicons) -> list[int] | None:
    """``The bill seems to have stalled``, ``The vote is expected to take place on Friday``: a
    verb of seeming (``seeming_verbs.txt``) or a passive of ``raising_passives.txt`` raises the
    subject of its infinitive (Huddleston & Pullum 2002, ch. 14 §4): the bill is not who seems,
    it is what the impression is about. PolNeAR's annotators mark the subject with the
    infinitive as the content ("The vote | to take place on Friday") and, most often, no source
    (PolNeAR train: of 212 such claims matched, 155 had the subject in the gold content and no
    gold source). A subject that can speak or a plural ("Lee seemed to relish the fight", "the
    talks appear to have stalled") is left to :func:`intention_complement`, with the subject as
    the source: with it, e2e F1 and speaker accuracy fell on train. So is an infinitive that is
    a cue itself ("the report seemed to suggest that ...", "appeared to mock")."""
    passive = is_passive(doc, verb)
    if verb.lemma not in (
        load_lexicon("raising_passives") if passive else load_lexicon("seeming_verbs")
    ):
        return None
    subjects = [k for k in doc.kids(verb.i, L.NSUBJ, L.NSUBJ_PASS) if k.i < verb.i]
    if not subjects or subjects[0].dep == L.EXPL or subjects[0].lower in ("it", "there"):
        return None
    if subjects[0].lower in RELATIVE_PRONOUNS:
        return None  # "a bill that seems to have stalled": the noun is outside the clause
    if _can_speak(subjects[0]) or subjects[0].tag in ("NNS", "NNPS"):
        return None  # "Lee seemed to relish the fight": PolNeAR's annotators make Lee the source
    comps = [k for k in doc.kids(verb.i, L.XCOMP) if k.pos in ("VERB", "AUX") and k.i > verb.i]
    if not comps or is_cue_verb(doc, comps[0], lex):
        return None
    infinitive = intention_complement(doc, verb, lex)
    if not infinitive:
        return None
    subject = _content(doc, subjects[:1], _comma_modifiers(doc, subjects[:1]))
    return subject + infinitive


def _raised_viewer(doc: Document, verb: Token, cue: set[int]) -> list[int]:
    """Whose impression a :func:`raised_subject` claim is, when the text names one: the "by"
    agent of the raising passive or of its passive infinitive ("is expected by analysts to
    ...", "appears to be understated by the polls"), or whom it seems so to ("seemed unfair to
    the fishermen"); else no one."""
    infinitives = [k for k in doc.kids(verb.i, L.XCOMP) if k.i > verb.i]
    return (
        _agent_mention(doc, verb, cue)
        or (_agent_mention(doc, infinitives[0], cue) if infinitives else [])
        or _viewers(doc, verb)
    )


RULES = (
    speech_complement,
    raised_subject,
    intention_complement,
    hearer_topic,
    speech_act_object,
    passive_as,
    prepositional_object,
    interrupting_clause,
    as_clause,
    passive_subject,
    agentless_passive,
    asked_about,
    seems_predicate,
    pro_form,
)


def _as_saying(doc: Document, verb: Token) -> Token | None:
    """The "saying" of ``X quoted Y as saying``."""
    for prep, _ptok, obj in doc.prepositional_objects(verb.i):
        if prep == "as" and obj.lemma == "say":
            return obj
    for kid in doc.kids(verb.i, L.PREP):
        if kid.lower == "as":
            for g in doc.kids(kid.i, L.PCOMP):
                if g.lemma == "say":
                    return g
    return None


def quoted_as_saying(doc: Document, verb: Token, lex: Lexicons) -> Candidate | None:
    """``Bloomberg quoted the statement as saying ...``: the object is the source, the
    subject the intermediary (``via``)."""
    if verb.lemma not in ("quote", "cite"):
        return None
    saying = _as_saying(doc, verb)
    objs = doc.kids(verb.i, L.OBJ)
    if saying is None or not objs:
        return None
    comps = doc.kids(saying.i, L.CCOMP) or doc.kids(verb.i, L.CCOMP)
    if comps:
        content = _content(doc, comps, set())
    elif verb.dep in (L.PARATAXIS, L.CCOMP) and verb.head != verb.i:
        exclude = set(doc.subtree(verb.i))
        content = [i for i in doc.subtree(verb.head) if i not in exclude]
    else:
        return None
    cue = sorted({verb.i, *[k.i for k in doc.kids(saying.i)], saying.i} | _as_tokens(doc, saying))
    subj = subject_of(doc, verb)
    via = mention_tokens(doc, subj) if subj is not None else []
    return Candidate(
        content=token_spans(doc, content),
        cue=[verb.i] + [i for i in cue if doc[i].lower in ("as", "saying")],
        source=mention_tokens(doc, objs[0]),
        via=via,
        rule="quoted_as_saying",
        verb=verb.i,
    )


def _as_tokens(doc: Document, saying: Token) -> set[int]:
    head = doc[saying.head]
    return {head.i} if head.lower == "as" else set()


def according_to(doc: Document) -> Iterator[tuple[Token, Token, Token]]:
    """``according to X``: yields (the head it attaches to, "according", X)."""
    for tok in doc.tokens:
        if tok.lower != "according":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower != "to":
            continue
        for prep, ptok, obj in doc.prepositional_objects(tok.head):
            if prep.startswith("according") and ptok.i == tok.i:
                yield doc[tok.head], tok, obj
                break
        else:
            objs = [doc[c] for c in doc.children[nxt.i] if doc[c].dep in (L.POBJ,)]
            if objs:
                yield doc[tok.head], tok, objs[0]


def _own_claims(doc: Document, verb: Token, content: list[int], lex: Lexicons) -> set[int]:
    """Conjoined cues inside a content make claims of their own: "he said that A, but noted
    that B" is two claims, so B (with its "but") is cut out of the first. A conjunct with a
    subject of its own ("said that A discussed X, and both agreed that ...") is part of what
    was said."""
    out: set[int] = set()
    for i in content:
        tok = doc[i]
        if tok.dep != L.CONJ or tok.i == verb.i or i in out:
            continue
        if (
            is_cue_verb(doc, tok, lex)
            and doc.kids(tok.i, L.CCOMP, L.XCOMP)
            and not doc.kids(tok.i, L.NSUBJ, L.NSUBJ_PASS)
        ):
            sub = doc.subtree(tok.i)
            out |= set(sub)
            j = sub[0] - 1
            while j >= 0 and (doc[j].dep == L.CC or doc[j].text == ","):
                out.add(j)
                j -= 1
    return out


def _coordinator(doc: Document, verb: Token) -> int:
    """Index of the "and"/"but" (with its comma) right before ``verb``, else ``verb.i``."""
    j = verb.i - 1
    while j >= 0 and doc[j].pos == "ADV":
        j -= 1
    if j >= 0 and doc[j].lower in ("and", "but"):
        if j > 0 and doc[j - 1].text == ",":
            return j - 1
        return j
    return verb.i


def _coordinated_with(
    doc: Document, verb: Token, by_verb: dict[int, Candidate]
) -> Candidate | None:
    """``he said that A, but noted that B`` where the parser lost the coordination: a cue with
    no subject right after "and"/"but" shares the source of the sentence's previous cue."""
    if _coordinator(doc, verb) == verb.i:
        return None
    earlier = [c for v, c in by_verb.items() if v < verb.i and doc[v].sent == verb.sent]
    pos = verb.start
    holding = [c for c in earlier if any(a <= pos < b for a, b in c.content)]
    if holding:  # the outermost claim whose content swallowed this cue
        return min(holding, key=lambda c: c.verb)
    return max(earlier, key=lambda c: c.verb) if earlier else None


def _subtract(spans: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    """Character spans with ``[a, b)`` cut out (edge spaces and commas trimmed by the caller's
    normalisation)."""
    out = []
    for x, y in spans:
        if y <= a or x >= b:
            out.append((x, y))
            continue
        if x < a:
            out.append((x, a))
        if y > b:
            out.append((b, y))
    return [(x, y) for x, y in out if y > x]


def noun_complement(doc: Document, noun: Token, lex: Lexicons) -> Candidate | None:
    """``Trump's claim that ...``, ``a warning by the agency that ...``: a cue noun whose
    that-clause is the claim and whose possessor (or by-phrase) is the source; with a
    possessor, its to-infinitive too (``Obama's pledge to withdraw``)."""
    if noun.pos != "NOUN" or noun.lemma not in lex.nouns:
        return None
    clauses = [
        k
        for k in doc.kids(noun.i, L.ACL, L.CCOMP, L.RELCL)
        if k.i > noun.i
        and doc[doc.subtree(k.i)[0]].lower == "that"
        and not any(d.lower == "that" and d.dep in (L.NSUBJ, L.OBJ) for d in doc.kids(k.i))
    ]
    owners = doc.kids(noun.i, L.POSS)
    if not clauses and owners:
        clauses = _owned_infinitive(doc, noun)
    if not clauses:
        return None
    if owners:
        source = [i for i in mention_tokens(doc, owners[0]) if doc[i].dep != L.CASE]
    else:
        agent = passive_agent(doc, noun) or _from_phrase(doc, noun)
        if agent is None:
            return None
        source = mention_tokens(doc, agent)
    content = _content(doc, clauses, set())
    if not source or not _meaningful(doc, content):
        return None
    return Candidate(token_spans(doc, content), [noun.i], source, "noun_complement", verb=noun.i)


def _from_phrase(doc: Document, noun: Token) -> Token | None:
    """Who a cue noun's that-clause comes from when the noun has no possessor and no "by":
    its "from" phrase ("complaints from the dockers that ...", "an admission from Ms. Lee
    that ..."), as PolNeAR marks the Source. Only for a noun of ``noun_cues.txt`` with a
    that-clause of its own (:func:`noun_complement`), so "a letter from the council" or "a
    call from the mayor" with no that-clause gives nothing. (Session 18, indirect4: on half A
    of PolNeAR train 3 of 3 such that-clauses no claim overlapped were gold with that Source.)"""
    for prep, _, obj in doc.prepositional_objects(noun.i):
        if prep == "from" and obj.pos in ("NOUN", "PROPN", "PRON"):
            return obj
    return None


def _owned_infinitive(doc: Document, noun: Token) -> list[Token]:
    """What a cue noun with a possessor reports when no that-clause follows: its
    to-infinitive ("Obama's pledge to withdraw the troops", "her promise to cut fares").
    Only with a possessor, who is the source: "a pledge to cut fares" names no one. (The
    object of a topic preposition, "Trump's remarks about trade", was tried too: on PolNeAR
    train it added as many wrong claims and speakers as right ones, and e2e F1 fell.)"""
    return [k for k in to_infinitives(doc, noun, L.ACL, L.XCOMP) if k.pos == "VERB"][:1]


#: Words that open a relative clause describing what it follows, set off by a comma ("...,
#: which ...", "..., who ..."); a clause opened by "that" restricts its noun and stays.
_ASIDE_RELATIVES = frozenset({"which", "who", "whom", "whose", "where", "when"})
#: Marks of an adverbial clause that sets the writer's context beside what was said ("...,
#: even as ...", "..., while ...").
_ASIDE_MARKS = frozenset({"while", "as", "even", "although", "though", "whereas"})
_ASIDE_OPENERS = frozenset({",", "—", "–", "--", "("})
#: Rules whose content is a phrase or clause of the parse, and so may end in a writer's aside.
_ASIDE_RULES = frozenset(
    {"speech_complement", "intention_complement", "speech_act_object", "prepositional_object"}
    | {"raised_subject"}
)


def _trailing_aside(doc: Document, content: list[int]) -> set[int]:
    """The writer's aside at the end of a content, from its comma (or dash, or bracket) on:
    a non-restrictive relative clause ("said the bridge would reopen in May, which ...", "...,
    for whom ..."), an appositive ("praised the work of Ann Lee, the team's physio"), or an
    adverbial clause of context ("..., even as ...", "..., while ...", "..., citing ...").
    The parser hangs these inside the complement, but they describe what was said about, in
    the writer's words; annotators leave them out (PolNeAR train, rules alone: indirect
    contents too long 602 -> 489, strict F1 .687 -> .690). Only the tail is cut, so the
    content keeps every word before it; an aside holding quotation marks is quoted words and
    stays."""
    inside = set(content)
    start: int | None = None
    for i in content:
        tok = doc[i]
        if tok.dep not in _ASIDE_DEPS:
            continue  # before the subtree: most words head no aside
        sub = doc.subtree(i)
        opener = sub[0] - 1
        if opener not in inside or doc[opener].text not in _ASIDE_OPENERS:
            continue
        if not _is_aside(doc, tok, sub) or not _ends(doc, sorted(content), sub):
            continue
        if any(_is_quote_mark(doc[j].text) for j in sub):
            continue
        if start is None or opener < start:
            start = opener  # the outermost aside, where asides nest
    return set() if start is None else {i for i in content if i >= start}


#: The dependencies of the heads of :func:`_is_aside`'s asides.
_ASIDE_DEPS = frozenset({L.RELCL, L.ADVCL, L.APPOS})


def _is_aside(doc: Document, tok: Token, sub: list[int]) -> bool:
    """Whether ``tok`` heads one of the asides of :func:`_trailing_aside`."""
    first = doc[sub[0]].lower
    if tok.dep == L.RELCL:
        return first in _ASIDE_RELATIVES or _fronted_relative(doc, sub)
    if tok.dep == L.ADVCL:
        return first in _ASIDE_MARKS or (tok.tag == "VBG" and sub[0] == tok.i)
    return tok.dep == L.APPOS and not _list_read_as_appositive(doc, tok)


def _fronted_relative(doc: Document, sub: list[int]) -> bool:
    """Whether a relative clause opens with a preposition before its pronoun ("..., for whom
    he raised money", "..., with whom he worked", "..., in which four died"): the clause tells
    the reader more about the noun before it, a writer's aside like "..., which ...". A
    quantifier before the pronoun ("..., most of whom thought ...", "..., all of which were
    ...") is left in: there the annotators went on (PolNeAR train, half A)."""
    if doc[sub[0]].pos != "ADP":
        return False
    return any(doc[i].lower in _FRONTED_RELATIVES for i in sub[1:4])


#: Relative pronouns after the preposition that opens a relative clause.
_FRONTED_RELATIVES = frozenset({"whom", "which", "whose"})


def _list_read_as_appositive(doc: Document, tok: Token) -> bool:
    """Whether an "appositive" is the rest of a list: in "cited reductions in early voting,
    restrictions on registration and the ID law" or "called himself the first gentleman,
    first husband or even first dude" the parser hangs the second item on the first as an
    appositive and the last on the second by "and" / "or"; a list's items are all what was
    said, and PolNeAR's annotators mark them all (half A of train: the gold went on over
    the list 6 times of 6), where a true appositive ("Ann Lee, the team's physio") is the
    writer's aside. Only an appositive with a conjunct and its conjunction of its own, and
    not one that opens with "a" / "an": "Ann Lee, a banker and former official" classifies
    the name (Quirk et al. 1985, 17.65), a description the annotators leave out (2 claims of
    half B of train ran on over one, and took the next claim's words)."""
    if tok.dep != L.APPOS:
        return False
    if doc[doc.subtree(tok.i)[0]].lower in ("a", "an"):
        return False
    kids = {k.dep for k in doc.kids(tok.i)}
    return L.CONJ in kids and L.CC in kids


#: Rules whose claim may have no source, each with how it finds one when the text names it:
#: the "by" agent of a passive, or whom a "to"/"among" phrase says it seems so to
#: ("known to fans as", "seemed unfair to the fishermen"); never the subject, which is what
#: the claim is about.
_SOURCELESS_RULES: dict[Callable[..., list[int] | None], Callable[..., list[int]]] = {
    passive_as: lambda doc, verb, cue: _agent_mention(doc, verb, cue) or _viewers(doc, verb),
    asked_about: _agent_mention,
    agentless_passive: lambda doc, verb, cue: [],
    seems_predicate: lambda doc, verb, cue: _viewers(doc, verb),
    raised_subject: lambda doc, verb, cue: _raised_viewer(doc, verb, cue),
}


def find_reported(
    doc: Document, lex: Lexicons, quotations: Sequence[Quotation] = ()
) -> list[Candidate]:
    """All verb-driven candidates of the document (``quotations``: the document's, so that a
    quoted word is never taken for a source)."""
    quoted = {i for q in quotations for i in doc.tokens_in(q.start, q.end)}
    out: list[Candidate] = []
    claimed_as_saying: set[int] = set()
    by_verb: dict[int, Candidate] = {}
    for verb in doc.tokens:
        if not (is_cue_verb(doc, verb, lex) or _as_put_it(doc, verb)):
            continue
        if _under_question(doc, verb, lex):
            continue
        if verb.i in claimed_as_saying:
            continue
        special = quoted_as_saying(doc, verb, lex)
        if special is not None:
            saying = _as_saying(doc, verb)
            if saying is not None:
                claimed_as_saying.add(saying.i)
            out.append(special)
            by_verb[verb.i] = special
            continue
        for rule in RULES:
            content = rule(doc, verb, lex)
            if content is None or (rule is not pro_form and not _meaningful(doc, content)):
                continue
            cue = cue_tokens(doc, verb)
            source = _source(doc, verb, set(cue), quoted)
            if rule is intention_complement and verb.lemma in CAUSATIVE_VERBS:
                source = _caused(doc, verb) or source
            if rule in _SOURCELESS_RULES:
                source = _SOURCELESS_RULES[rule](doc, verb, set(cue))
            drop = set(cue) | set(source) | _own_claims(doc, verb, content, lex)
            if rule.__name__ in _ASIDE_RULES:
                drop |= _trailing_aside(doc, [i for i in content if i not in drop])
            if source and max(source) < verb.i:
                # "Ann Lee, a rabbi in Tampa, said": what stands between the source and its
                # cue describes the source; it is never what was said
                drop |= set(range(max(source) + 1, verb.i))
            content = [i for i in content if i not in drop]
            earlier = None
            sourceless = (
                rule in _SOURCELESS_RULES or is_passive(doc, verb) or is_reduced_passive(doc, verb)
            )
            if not source and not sourceless:
                earlier = _coordinated_with(doc, verb, by_verb)
                if earlier is not None:
                    source = list(earlier.source)
                elif rule is not interrupting_clause:
                    continue
            spans = token_spans(doc, content)
            if not spans:
                continue
            cand = Candidate(spans, cue, source, rule.__name__, verb=verb.i)
            if earlier is not None:
                cut_from = doc[_coordinator(doc, verb)].start
                earlier.content = _subtract(earlier.content, cut_from, spans[-1][1])
            out.append(cand)
            by_verb[verb.i] = cand
            break
    out.extend(_according_to_candidates(doc, by_verb, lex))
    out.extend(finding_asides(doc, lex, {i for cand in out for i in cand.cue}))
    out.extend(stance_candidates(doc, lex, set(by_verb)))
    _end_before_other_sources(doc, out)
    for tok in doc.tokens:
        nominal = noun_complement(doc, tok, lex)
        if nominal is not None and not _under_question(doc, tok, lex):
            out.append(nominal)
    # a content of punctuation alone has no spans ("“?,” according to Ana Ruiz"), and a cut
    # (_end_before_other_sources, a coordinated cue's) may leave none: no words, no claim
    return [cand for cand in out if cand.content]


def _end_before_other_sources(doc: Document, candidates: list[Candidate]) -> None:
    """A content that runs into another claim's source mention ends before it: "X indicated
    the talks may go ahead on the 12th and press secretary Ann Lee said ..." gives X the
    words up to "the 12th", not "and press secretary". Only a content whose tail is that
    mention is cut (a content that goes on past it holds the other claim, which is nested).

    The other claims are looked up by where their source starts (bisect), so a long document
    costs time in proportion to its claims, not their square."""
    sourced = sorted(
        (doc[o.source[0]].start, n) for n, o in enumerate(candidates) if o.source and o.verb >= 0
    )
    starts = [start for start, _ in sourced]
    for cand in candidates:
        if not cand.content:
            continue
        lo = bisect.bisect_right(starts, cand.content[0][0])
        hi = bisect.bisect_left(starts, cand.content[-1][1])
        for n in sorted(n for _, n in sourced[lo:hi]):
            other = candidates[n]
            if other is cand:
                continue
            start = doc[other.source[0]].start
            if not cand.content or not cand.content[0][0] < start < cand.content[-1][1]:
                continue
            if any(a <= doc[other.verb].start < b for a, b in cand.content):
                continue  # the other claim is said inside this one
            tail = [i for a, b in cand.content for i in doc.tokens_in(max(a, start), b)]
            if all(i in other.source or doc[i].pos == "PUNCT" for i in tail):
                kept = [i for a, b in cand.content for i in doc.tokens_in(a, b) if i < tail[0]]
                while kept and doc[kept[-1]].pos in ("CCONJ", "PUNCT", "SPACE"):
                    kept.pop()
                cand.content = token_spans(doc, kept)


#: How a clause hangs on the one before it when both are one statement: "A, and B", "A,
#: while B"; the parser hangs a trailing "according to" on the last of them.
_JOINED_CLAUSES = frozenset({L.CONJ, L.ADVCL})


def _reporting_host(
    doc: Document, clause: Token, according: Token, by_verb: dict[int, Candidate]
) -> Candidate | None:
    """The claim whose complement an "according to" phrase closes: in "X said the plan
    failed, according to Z" the parser hangs the phrase on "failed", but Z vouches for X's
    saying, not for the failure (the phrase set off at the end of the sentence reports the
    report). Only a complement clause of a reporting verb with a claim, the phrase after that
    verb and set off by a comma."""
    if clause.dep != L.CCOMP or clause.head not in by_verb or according.i < 1:
        return None
    host = by_verb[clause.head]
    if host.rule == "interrupting_clause" or according.i < clause.head:
        return None
    if doc[according.i - 1].text != ",":
        return None
    return host


def _phrase_chars(doc: Document, according: Token, phrase: set[int]) -> tuple[int, int]:
    """The characters of an "according to" phrase with the comma before it."""
    start = doc[according.i - 1].start if doc[according.i - 1].text == "," else according.start
    return start, doc[max(phrase)].end


def _according_clause(doc: Document, head: Token, by_verb: dict[int, Candidate]) -> Token:
    """The clause an "according to" phrase vouches for. From the word the parser hung it on,
    up to a verb that is not a participle modifying a noun ("leads by 271 *pledged* delegates
    according to ..."), then up through clauses joined before it ("A has raised $2 million,
    while B has raised $6 million, according to ..."; "X was paid $1, and Y was paid $2,
    according to ..."): PolNeAR's annotators make the whole statement the content. A joined
    clause's head that is a cue stops the climb (its claim is relayed, not vouched for)."""
    clause = head
    while (clause.pos not in ("VERB", "AUX") or clause.dep == L.AMOD) and clause.head != clause.i:
        clause = doc[clause.head]
    while (
        clause.dep in _JOINED_CLAUSES
        and clause.head != clause.i
        and clause.head not in by_verb
        and doc[clause.head].pos in ("VERB", "AUX")
        and clause.head < clause.i
    ):
        clause = doc[clause.head]
    return clause


#: The pronouns that open a set-off relative clause ("which", "most of whom"): the relative
#: pronouns but "that", which opens a restrictive one.
_WHO_WHICH = RELATIVE_PRONOUNS - {"that"}


def _relative_clause_before(doc: Document, according: int, phrase: set[int]) -> Token | None:
    """The relative clause set off by a comma that ends right before "according to" ("X hired
    Lee, who had worked for Cruz, according to Politico"; "voters, 82 percent of whom ...
    according to the poll"): PolNeAR's annotators make that clause alone the content, whatever
    word the parser hung the phrase on."""
    last = according - 1
    if last >= 0 and doc[last].text == ",":
        last -= 1
    if last < 0:
        return None
    tok = doc[last]
    while tok.head != tok.i:
        span = [i for i in doc.subtree(tok.i) if i not in phrase] if tok.dep == L.RELCL else []
        # a clause wholly inside the phrase (a parse of odd text) is none before it: walk on
        if span:
            if span[-1] != last:
                return None  # the clause goes on past the phrase
            opening = {doc[i].lower for i in span[:4]}
            if span[0] > 0 and doc[span[0] - 1].text == "," and opening & _WHO_WHICH:
                return tok  # not "..., when 42% voted, according to": that dates the statement
            # a restrictive clause ("the poll that ...") may sit inside a set-off one
        tok = doc[tok.head]
    return None


def _according_to_candidates(
    doc: Document, by_verb: dict[int, Candidate], lex: Lexicons
) -> list[Candidate]:
    out = []
    for head, according, obj in according_to(doc):
        phrase = set(doc.subtree(according.i)) | {according.i}
        if obj.i not in phrase:
            phrase |= set(doc.subtree(obj.i))
        source = mention_tokens(doc, obj)
        cue = [according.i, according.i + 1]
        relative = _relative_clause_before(doc, according.i, phrase)
        if relative is not None:
            content = [i for i in doc.subtree(relative.i) if i < according.i and i not in phrase]
            if _meaningful(doc, content):
                out.append(
                    Candidate(
                        token_spans(doc, content), cue, source, "according_to", verb=according.i
                    )
                )
            continue
        clause = _according_clause(doc, head, by_verb)
        host = _reporting_host(doc, clause, according, by_verb)
        if host is not None:
            # "X said the plan failed, according to Z": Z relays X's claim, whose content
            # ends before the phrase
            host.via = source
            host.content = _subtract(host.content, *_phrase_chars(doc, according, phrase))
            continue
        if clause.i in by_verb and _relayed(doc, by_verb[clause.i], lex):
            # "Trump, according to Peskov, said ...": Peskov relays Trump's claim
            by_verb[clause.i].via = source
            continue
        aside = _after_participle_aside(doc, according)
        if aside is not None:
            content = aside
        else:
            content = [i for i in doc.subtree(clause.i) if i not in phrase]
            content = sorted(_subject_in_phrase(doc, clause, content) + content)
        if not _meaningful(doc, content):
            continue
        out.append(
            Candidate(token_spans(doc, content), cue, source, "according_to", verb=according.i)
        )
    return out


def _relayed(doc: Document, claim: Candidate, lex: Lexicons) -> bool:
    """Whether an "according to" phrase on the clause of ``claim``'s cue relays that claim
    (see :func:`_according_to_candidates`): only when the cue is a verb of saying ("Trump,
    according to Peskov, said ..."). A clause whose verb is an act, an intention or a stance
    ("the campaign has reserved air time in four states, according to media buyers", "the
    publisher declined to renew the offer, according to an executive") is what the phrase's
    source says, all of it: PolNeAR's annotators make the whole clause the content of the
    according-to attribution, with the clause's own cue inside it. A claim with no source
    is relayed by no one: in "Cruz is expected to address the incident, according to his
    office" the office is who expects it, and the whole clause is its claim."""
    return (
        claim.rule != "interrupting_clause"
        and doc[claim.verb].lemma in lex.speech
        and bool(claim.source)
    )


def _subject_in_phrase(doc: Document, clause: Token, content: list[int]) -> list[int]:
    """The subject the parser hung inside the according-to phrase as an apposition of its
    last noun ("According to X, ..., six in ten adults did not know ...": "adults" an
    apposition of the name before it), so that the clause lost its subject. An apposition
    set off by a comma that ends right before the content of a clause with no subject is
    that clause's subject."""
    if not content or doc.kids(clause.i, L.NSUBJ, L.NSUBJ_PASS):
        return []
    k = min(content) - 1
    while k >= 0 and doc[k].pos in ("PUNCT", "SPACE") and doc[k].text != ",":
        k -= 1
    if k < 0 or doc[k].dep != L.APPOS and doc[doc[k].head].dep != L.APPOS:
        return []
    appos = doc[k] if doc[k].dep == L.APPOS else doc[doc[k].head]
    sub = doc.subtree(appos.i)
    if sub[-1] != k or appos.pos not in ("NOUN", "PROPN", "PRON", "NUM"):
        return []
    if sub[0] == 0 or doc[sub[0] - 1].text != ",":
        return []
    return [i for i in sub if i not in content]


def _after_participle_aside(doc: Document, according: Token) -> list[int] | None:
    """The clause after an according-to phrase that opens its sentence and carries a
    participle aside, read on the words, not the parse: in "According to the survey,
    conducted by the charity Dementia Action, six in ten adults did not know ..." the parser
    hangs the clause, or its subject, inside the aside as often as not. The aside (a past
    participle after the source's comma, to the next comma) is the source's; the words after
    it, to the sentence's end, are what the source says. None when the sentence has no such
    shape or the words after the aside hold no verb."""
    sent = doc.sentences[according.sent]
    words = [i for i in range(sent.start, sent.end) if doc[i].pos not in ("PUNCT", "SPACE")]
    if not words or words[0] != according.i:
        return None
    commas = [i for i in range(according.i, sent.end) if doc[i].text == ","]
    if len(commas) < 2 or commas[0] + 1 >= sent.end or doc[commas[0] + 1].tag != "VBN":
        return None
    content = [i for i in range(commas[1] + 1, sent.end)]
    while content and doc[content[-1]].pos in ("PUNCT", "SPACE"):
        content.pop()
    if not any(doc[i].pos in ("VERB", "AUX") for i in content):
        return None
    return content

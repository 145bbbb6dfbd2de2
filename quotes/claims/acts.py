"""The act of a claim: what its source did with the words (the table's ``act`` column).

A fact-checker treats "Peskov said that ..." (a statement to check), "reporters asked
whether ..." (a question, which asserts nothing), "Lee believes ..." (a belief), "Trump
wanted to hold a parade" (an intention), "the poll shows ..." (a finding of a study) and
"the ministry declined to comment" (a refusal to speak, with no content to check)
differently. The acts follow the attribution types of Pareti (2012: assertion, belief,
fact, eventuality) and PolNeAR's cue classes (Newell et al. 2018), with the question and the
refusal added because news reports both as attributions and a reader must not mistake either
for an assertion.

Decided in this order, the first that applies:

1. ``refusal``: "declined to comment", "refused to say whether ...": a verb of refusing
   whose complement is a verb of speaking (:data:`REFUSING`, the speech lexicons); or an
   answer withheld by a negated cue ("did not say whether", "would not confirm that",
   "would neither confirm nor deny": :func:`_withheld`).
2. ``question``: a question verb (``question_verbs.txt``: asked, wondered ...), or a direct
   quotation or an interview's turn ("Q: Will you run?") that ends in a question mark; not a
   question verb with a "to"-infinitive ("asked residents to stay indoors") or a "for" object
   ("asked for a recount"), a request, whose act is ``intention`` as for "urged".
3. the act the rule's own lexicon gives its cue noun (``stance_nouns.txt``,
   ``clause_nouns.txt``: "questions about" a question, "concern that" a belief), then the
   cue lemma's act in ``acts.txt`` (belief, finding, intention).
4. ``intention``: a claim found by ``intention_complement`` ("urged voters to ...") or
   ``intention_noun`` ("her decision to run").
5. ``statement``: anything else.
"""

from __future__ import annotations

from quotes import labels as L
from quotes.claims.candidates import Candidate
from quotes.claims.cues import WH_WORDS, Lexicons, is_passive
from quotes.claims.reported import HEARSAY_PASSIVES
from quotes.document import Document
from quotes.records import (
    BELIEF,
    DIRECT,
    FINDING,
    INTENTION,
    QUESTION,
    REFUSAL,
    STATEMENT,
)

#: Verbs of refusing: with a verb of speaking as complement they report no content.
REFUSING = frozenset({"decline", "refuse"})
#: Verbs of speaking that a refusal takes beyond the speech lexicon ("declined to comment").
_SPEAKING = frozenset({"comment", "elaborate", "discuss", "speculate", "answer", "respond"})
#: What may close a quotation after its question mark: marks, brackets, spaces.
_CLOSING = "”\"’'»)] \t\n"

_ACT_NAMES = {BELIEF, FINDING, INTENTION, QUESTION, STATEMENT, REFUSAL}


def act_of(doc: Document, cand: Candidate, lex: Lexicons) -> str:
    """The act of a candidate claim (see the module docstring for the order)."""
    verb = doc[cand.verb] if 0 <= cand.verb < len(doc.tokens) else None
    lemma = verb.lemma if verb is not None else ""
    if verb is not None and lemma in REFUSING and _refuses_to_speak(doc, verb.i, lex):
        return REFUSAL
    if verb is not None and not _verbatim(cand) and _withheld(doc, verb.i, cand):
        return REFUSAL
    if _verbatim(cand) and _ends_in_question(doc, cand):
        return QUESTION
    if cand.act in _ACT_NAMES:
        return cand.act
    if verb is not None and _open_question(doc, verb.i, cand):
        return QUESTION
    if _asks_to_do(doc, cand, lemma, lex) or _asks_for(doc, cand, lemma, lex):
        return INTENTION
    act = cue_act(lemma, lex)
    if act is not None:
        return act
    if verb is not None and _hearsay(doc, cand, verb.i):
        return STATEMENT
    if cand.rule in ("intention_complement", "intention_noun"):
        return INTENTION
    return STATEMENT


def _hearsay(doc: Document, cand: Candidate, verb: int) -> bool:
    """``The actor is said to be heartbroken``, ``the envoy is reported to have left``: the
    passive of a verb of hearsay (``HEARSAY_PASSIVES``) with its infinitive reports what is
    said of its subject, a statement with no source, not an intention of anyone's (the
    infinitive is raised, Huddleston & Pullum 2002, ch. 14 §4). Found on tabloid copy
    (session 17); "believed to" and "thought to" keep the belief their lexicon gives."""
    tok = doc[verb]
    return (
        cand.rule == "intention_complement"
        and tok.lemma in HEARSAY_PASSIVES
        and is_passive(doc, tok)
    )


def cue_act(lemma: str, lex: Lexicons) -> str | None:
    """The act a cue's lemma gives by itself ("asked" a question, "found" a finding), None when
    the construction must decide. Shared with the learned layer, whose claims have a cue but
    no rule."""
    if lemma in lex.questions:
        return QUESTION
    act = lex.acts.get(lemma)
    return act if act in _ACT_NAMES else None


#: Infinitives that ask for words: "asked him to name one achievement" is a question.
_TELLING = frozenset({"name", "explain", "describe", "share", "identify", "clarify", "justify"})


def _asks_to_do(doc: Document, cand: Candidate, lemma: str, lex: Lexicons) -> bool:
    """ "Police asked residents to stay indoors": a question verb with a "to"-infinitive
    (found by ``intention_complement``) makes a request, which asks nothing, like "urged
    residents to ..." (Quirk et al. 1985, 16.63: "ask" + object + to-infinitive is a
    directive). Its act is the intention of "urged"; "asked whether ..." stays a question,
    and so does a request for words ("asked Trump to explain his views", "asked to name one
    achievement": the infinitive is a verb of speaking or of :data:`_TELLING`)."""
    if cand.rule != "intention_complement" or lemma not in lex.questions:
        return False
    if not 0 <= cand.verb < len(doc.tokens):
        return False
    told = [kid.lemma for kid in doc.kids(cand.verb, L.XCOMP, L.CCOMP)]
    return not any(w in _TELLING or w in _SPEAKING or w in lex.speech for w in told)


def _asks_for(doc: Document, cand: Candidate, lemma: str, lex: Lexicons) -> bool:
    """ "The senator asked for a recount": a question verb with a "for" object (found by
    ``prepositional_object``, the pair in ``prepositional_cues.txt``) requests a thing, as
    "called for a recount" does, and asks no question (Quirk et al. 1985, 16.5: "ask for" is
    a prepositional verb of requesting). Its act is an intention, as for :func:`_asks_to_do`;
    "asked about the fares" stays a question."""
    if cand.rule != "prepositional_object" or lemma not in lex.questions or not cand.content:
        return False
    first = doc.token_at(cand.content[0][0])
    return first > 0 and doc[first - 1].lower == "for"


def _verbatim(cand: Candidate) -> bool:
    """Words given as said: a direct quotation, or an interview's turn or a transcript's line
    ("PRESENTER: Have you failed?"), printed verbatim without quotation marks."""
    return (
        cand.kind == DIRECT or cand.rule.startswith("interview_") or cand.rule == "transcript_line"
    )


def _withheld(doc: Document, verb: int, cand: Candidate) -> bool:
    """An answer withheld, reported as a negated cue: "did not say whether ...", "would not
    confirm that ...", "would neither confirm nor deny the report". The source asserts
    nothing to check, like "declined to comment"; a negated plain saying ("never said that
    ...") is a statement about what was said and stays one. Negation is the cue's own "not",
    "n't" or "never", or the "neither ... nor" pair the cue stands in; a quotation keeps its
    act (a "not" in it is the speaker's own word)."""
    tok = doc[verb]
    head = doc[tok.head] if tok.dep == L.CONJ and tok.head != verb else tok
    paired = any(k.lower == "neither" for k in doc.kids(head.i))
    negated = paired or any(
        k.lower in ("not", "n't", "never") for k in doc.kids(verb, L.NEG, L.ADVMOD)
    )
    if not negated:
        return False
    if paired or tok.lemma in _ANSWERING:
        return True
    # a verb of saying before an embedded question ("did not say whether", "would not
    # explain why"); not a verb of knowing ("did not know what he was talking about") nor
    # of asking ("hard not to wonder whether")
    return tok.lemma in _TELLING and _opens_with(doc, cand, _WHETHER | WH_WORDS)


#: Verbs of saying whose negation before an embedded question withholds an answer ("did not
#: say whether", "would not explain why"); verbs of knowing are not here ("did not know what
#: he was talking about" says what someone lacks, not what they kept back).
_TELLING = frozenset(
    {"say", "tell", "explain", "indicate", "state", "specify", "identify", "mention", "clarify",
     "announce", "address", "name"}
)  # fmt: skip

#: Verbs whose negation withholds an answer ("would not confirm", "did not disclose").
_ANSWERING = frozenset(
    {"confirm", "comment", "disclose", "discuss", "elaborate", "specify", "detail", "reveal",
     "answer", "respond"}
)  # fmt: skip


def _open_question(doc: Document, verb: int, cand: Candidate) -> bool:
    """ "questioned whether the findings apply", "wanted to know why the report was late":
    an embedded question (Quirk et al. 1985, 15.5: a "whether"/"if" or wh- clause) under
    "question", or under "know" after a verb of wanting or demanding, asks rather than asserts.
    Other verbs take such clauses without asking ("did not say whether", "explained why")."""
    lemma = doc[verb].lemma
    if lemma == "question":
        return _opens_with(doc, cand, _WHETHER)
    if lemma in _WANTING:
        return any(
            k.lemma == "know" and _opens_with(doc, cand, _WHETHER | WH_WORDS, skip=2)
            for k in doc.kids(verb, L.XCOMP)
        )
    return False


def _opens_with(doc: Document, cand: Candidate, words: frozenset[str], skip: int = 0) -> bool:
    """Whether the content's word after ``skip`` words ("to know") is one of ``words``."""
    if not cand.content:
        return False
    start = cand.content[0][0]
    firsts = doc.text[start : start + 80].split()[skip : skip + 1]
    return bool(firsts) and firsts[0].lower() in words


#: Openers of an embedded yes/no question (a wh- question's: :data:`cues.WH_WORDS`).
_WHETHER = frozenset({"whether", "if"})
#: Verbs of wanting or demanding that take "to know" + an embedded question.
_WANTING = frozenset({"want", "demand", "wish", "need"})


def _refuses_to_speak(doc: Document, verb: int, lex: Lexicons) -> bool:
    """ "declined to comment", "refused to say whether ...": the refusal's infinitive is a
    verb of speaking."""
    return any(
        kid.lemma in _SPEAKING or kid.lemma in lex.speech
        for kid in doc.kids(verb, L.XCOMP, L.CCOMP)
    )


def _ends_in_question(doc: Document, cand: Candidate) -> bool:
    """Whether the claim's last piece ends with a question mark (closing marks aside): "“Who
    would do that? Nobody.”" ends in an answer, and is a statement."""
    if not cand.content:
        return False
    a, b = cand.content[-1]
    return doc.text[a:b].rstrip(_CLOSING).endswith("?")

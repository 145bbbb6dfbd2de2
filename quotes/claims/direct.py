"""Direct quotes whose cue the parse did not tie to them: found from the text around the marks.

The news patterns (AP Stylebook conventions for attribution):
``“…,” X said.`` / ``“…,” said X.`` / ``X said, “…”`` / ``X: “…”`` / ``“…” – X`` (a dash and
the source, no verb) / a quote paragraph with no cue that continues the speaker of the
paragraph before. Each is a function named after its pattern; the name is the ``rule``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import replace

from quotes import labels as L
from quotes.claims.candidates import Candidate
from quotes.claims.cues import (
    ONE_OF_THEM,
    RELATIVE_PRONOUNS,
    WH_WORDS,
    Lexicons,
    cue_tokens,
    described_name,
    descriptor_nouns,
    is_cue_verb,
    lost_subject,
    mention_tokens,
    np_head,
    subject_of,
)
from quotes.document import Document, Paragraph, Token
from quotes.lexicons import load_lexicon
from quotes.marks import Quotation
from quotes.text import DASHES, colon_dateline_end, colon_label_end

_NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "PART"})


def window_after(doc: Document, q: Quotation, next_start: int) -> list[Token]:
    """Tokens after the closing mark, up to the next quotation or the end of the sentence
    that holds the closing mark."""
    if q.close_mark is None:
        return []
    first = doc.token_at(q.close_mark + 1)
    # a closing mark of two characters (the New York Times' ``''``) is one token that starts
    # before ``close_mark + 1``: the window's sentence is that of the first word after it
    while first < len(doc) and doc[first].start < q.close_mark + 1:
        first += 1
    if first >= len(doc):
        return []
    out = []
    sent = doc[doc.token_at(q.close_mark)].sent
    for i in range(first, len(doc)):
        tok = doc[i]
        if tok.start < q.close_mark + 1 or tok.start >= next_start:
            if tok.start >= next_start:
                break
            continue
        if tok.para != q.paragraph or (tok.sent != sent and tok.sent != doc[first].sent):
            break
        out.append(tok)
    return out


def window_before(doc: Document, q: Quotation, prev_end: int) -> list[Token]:
    """Tokens before the opening mark, back to the previous quotation or the start of the
    sentence."""
    if q.open_mark is None:
        return []
    idx = doc.token_at(q.open_mark)
    out: list[Token] = []
    sent = None
    for i in range(idx - 1, -1, -1):
        tok = doc[i]
        if tok.end > q.open_mark:
            continue
        if tok.end <= prev_end or tok.para != q.paragraph:
            break
        if sent is None:
            sent = tok.sent
        elif tok.sent != sent:
            break
        out.append(tok)
    out.reverse()
    return out


def said_after(doc: Document, q: Quotation, window: list[Token], lex: Lexicons) -> Candidate | None:
    """``“…,” X said.`` and ``“…,” said X.``: a speech verb right after the quote.

    "Right after" is within eight words, not counting the words of a relative clause or an
    apposition describing the source (``“…,” Ann Lee, who led the inquiry for the council,
    told the Herald``)."""
    if _ends_sentence(doc, q, window) or names_a_title(doc, q) or _inside_a_phrase(doc, q):
        return None
    aside = _asides(doc, window, lex)
    words = [t for t in window if t.pos not in ("PUNCT", "SPACE") and t.i not in aside]
    for tok in words[:8]:
        if is_cue_verb(doc, tok, lex) and tok.lemma in lex.speech:
            subj = subject_of(doc, tok)
            # a participle's subject is the main clause's, before the quote ("Carson shared
            # it, writing “…”"); anyone else's subject must follow the quote
            before_ok = tok.tag == "VBG" and subj is not None and subj.end <= q.start
            if subj is None or (subj.i < window[0].i and not before_ok):
                subj = lost_subject(doc, tok, window, after_quotation=True)
                if subj is None:
                    return None
            subj = described_name(doc, subj, tok)
            cue = cue_tokens(doc, tok)
            return Candidate(
                [(q.start, q.end)], cue, mention_tokens(doc, subj, stop=frozenset(cue)),
                "said_after", verb=tok.i,
            )  # fmt: skip
    return None


#: Words that open a phrase a quotation can finish: a determiner ("the “pivot”"), a
#: preposition ("on “New Day,”"), a possessive ("its “Bathroom Bill,”", "Trump’s “line”").
_PHRASE_OPENERS = frozenset({"DET", "ADP"})


def _inside_a_phrase(doc: Document, q: Quotation) -> bool:
    """A quotation right after a determiner, preposition, possessive or modifier of the
    writer's sentence ("giving weapons to the so-called “rebels” that would ...", "told
    MSNBC’s “Morning Joe,” adding ...") finishes the writer's phrase: the words after it
    attribute the sentence, not the quoted fragment, which is the `quoted_complement` rule's
    to read if any verb took it."""
    if q.open_mark is None:
        return False
    k = doc.token_at(q.open_mark) - 1
    while k >= 0 and doc[k].end > q.open_mark:
        k -= 1
    if k < 0 or doc[k].para != q.paragraph:
        return False
    prev = doc[k]
    if doc.text[prev.end : q.open_mark].strip(" '`‘"):  # NYT's ''...'': the first mark
        return False
    return prev.pos in _PHRASE_OPENERS or prev.dep in (L.POSS, L.CASE, L.AMOD)


def _ends_sentence(doc: Document, q: Quotation, window: list[Token]) -> bool:
    """A quotation closed by a full stop inside its marks, and followed by a capitalised word,
    ends its sentence (``“... no place in politics.” Ann Lee said she would ...``): news puts
    a comma before the closing mark when the words after it attribute the quotation (AP
    Stylebook, "quotation marks"), so the next sentence's verb is not its cue even where the
    parser joins the two sentences."""
    if q.close_mark is None or not window:
        return False
    inner = doc.text[q.start : q.close_mark].rstrip()
    first = next((t for t in window if t.pos not in ("PUNCT", "SPACE")), None)
    return inner.endswith(".") and first is not None and first.text[:1].isupper()


#: What a quotation ends with when the words after it attribute it (“…,” “…?” “…!” “…—”).
_ATTRIBUTION_END = frozenset(",?!—–")


def verb_after(
    doc: Document,
    q: Quotation,
    window: list[Token],
    lex: Lexicons,
) -> Candidate | None:
    """``“…,” Bennett shot back.`` / ``“…?” reacted Trump.``: a quotation ending in a comma,
    question or exclamation mark, then a subject and any verb (or the verb, then its subject)
    right after it. News attributes a quotation this way with verbs no lexicon lists ("shot
    back", "went on", "interjected"); the words after the quotation say who spoke, so the
    quotation is theirs and never continues an earlier speaker.

    A question verb ("“…?” asked Trump") makes a question (:mod:`quotes.claims.acts`).
    """
    if q.close_mark is None or names_a_title(doc, q) or _inside_a_phrase(doc, q):
        return None
    inner = doc.text[q.start : q.close_mark].rstrip()
    after = doc.text[q.close_mark + 1 : q.close_mark + 3].lstrip()
    if not (inner and inner[-1] in _ATTRIBUTION_END) and not after.startswith(","):
        return None
    words = [t for t in window if t.pos not in ("PUNCT", "SPACE")][:4]
    inside = {t.i for t in window}
    for tok in words:
        if tok.pos != "VERB":
            continue
        subjects = [k for k in doc.kids(tok.i, L.NSUBJ) if k.i in inside]
        if not subjects and tok is words[0]:  # "“…?” reacted Trump"
            later = [t for t in words[1:3] if t.pos in ("PROPN", "NOUN")]
            subjects = [np_head(doc, later[0])] if later else []
        if not subjects:
            return None
        subj = subjects[0]
        # the subject comes first or right after the verb, never a relative pronoun ("“…,”
        # which votes in May")
        if subj.pos not in ("PROPN", "PRON", "NOUN") or subj.lower in RELATIVE_PRONOUNS:
            return None
        if tok is not words[0] and words[0].i not in doc.subtree(subj.i):
            return None
        cue = cue_tokens(doc, tok)
        source = mention_tokens(doc, subj, stop=frozenset(cue))
        return Candidate([(q.start, q.end)], cue, source, "verb_after", verb=tok.i)
    return None


#: Subject pronouns of one person: the subject of an action beat ("She shrugged. '...'").
#: Not "it" or "this", which are things, nor "you", whom a narration addresses, nor "they"
#: and "we", which in news are as often places and things ("They also lie in a media
#: dead zone. '...'" continues the speaker before: PolNeAR train).
_BEAT_PRONOUNS = frozenset({"he", "she", "i"})
#: The last characters of a quotation that is a whole sentence (or a turn cut off).
_SENTENCE_END = (".", "!", "?", "…", "—", "-")
#: Verbs of perceiving and knowing (knowing_verbs.txt): a beat of hearing or reading ("He
#: heard a voice. 'Help!'", "She read the sign. 'No entry.'") names who takes the words in,
#: not who says them.
_KNOWING_VERBS = load_lexicon("knowing_verbs")


def action_beat(
    doc: Document, q: Quotation, window: list[Token], claimed: set[int]
) -> Candidate | None:
    """``Anna shrugged. “Anywhere but here.”``: a quotation that opens a sentence in the
    middle of a paragraph, right after a sentence whose subject is a person doing something
    (an *action beat*, the Chicago Manual of Style's term, 13.42 in the 17th edition): the
    quotation is that person's. Fiction and feature writing attribute turns this way with no
    verb of saying; news does too ("Smith paused. “We will not resign.”").

    Only when the beat is a whole sentence of the quotation's own paragraph (a beat in the
    paragraph before belongs to that paragraph's turn) that holds no claim (none of its words
    in ``claimed``, the contents, cues and sources of the claims found so far: a quotation
    after a report or after "Cole said." continues it, :func:`quotes.claims._continuation`),
    its main verb is no verb of perceiving, and its subject looks like a person:
    a personal pronoun, a name, or a noun of the speaker lexicons ("the driver" is not one;
    "the spokesman" is), never a thing ("The door opened. “Hello?”" gives no claim).
    """
    if q.open_mark is None or not window or not _whole_sentence(doc, q):
        return None
    if names_a_title(doc, q) or is_nickname(doc, q):
        return None
    words = [t for t in window if t.pos not in ("SPACE",)]
    if len(words) < 2 or words[-1].text not in (".", "!", "?"):
        return None
    para_start = doc.paragraphs[q.paragraph].start_char
    before = doc.text[para_start : words[0].start].rstrip()
    if before and before[-1] not in ".!?\"”’'":
        return None  # the window does not start a sentence
    inside = {t.i for t in words}
    roots = [t for t in words if t.head not in inside or t.head == t.i]
    verb = roots[0] if len(roots) == 1 else None
    if verb is None or verb.lemma in _KNOWING_VERBS:
        return None
    if verb.pos != "VERB" and not _un_state(doc, verb):
        return None
    if any(t.i in claimed for t in words if t.i not in _fronted_question(doc, verb)):
        return None  # "Walker said she would vote. “...”": the report's quotation goes on
    subjects = [k for k in doc.kids(verb.i, L.NSUBJ) if k.i in inside]
    if not subjects and _un_state(doc, verb):
        subjects = [k for k in doc.kids(verb.i, L.NSUBJ_PASS) if k.i in inside]
    if not subjects or not _beat_subject(subjects[0]):
        return None
    cue = cue_tokens(doc, verb)
    if verb.pos != "VERB":  # "was unconvinced": the adjective names the beat
        cue = sorted({*cue, *(k.i for k in doc.kids(verb.i, L.ACOMP))})
    source = mention_tokens(doc, subjects[0], stop=frozenset(cue))
    return Candidate([(q.start, q.end)], cue, source, "action_beat", verb=verb.i)


def _un_state(doc: Document, verb: Token) -> bool:
    """ "Varga was unmoved. “They said the same in 2011.”", "Lee was unconvinced. “...”": a
    word with "un-" after "be" is an adjective of state, not a passive (Wasow 1977: "un-"
    takes adjectives, so "unmoved", "unconvinced", "undeterred" have no verb "to unmove"),
    however the parser tags it (a passive verb, or "be" with an adjective); the sentence is
    a beat of its subject's stance. Not with an agent ("was unseated by a rival" is an
    event), nor any other adjective ("was in London", "was ill")."""
    if verb.tag == "VBN":
        return (
            verb.lower.startswith("un")
            and any(k.lemma == "be" for k in doc.kids(verb.i, L.AUX_PASS))
            and not doc.kids(verb.i, L.AGENT)
        )
    return verb.lemma == "be" and any(
        k.pos == "ADJ" and k.lower.startswith("un") for k in doc.kids(verb.i, L.ACOMP)
    )


def _fronted_question(doc: Document, verb: Token) -> set[int]:
    """The words of a participle clause of asking before a beat's verb: "Asked whether she
    was sad to leave, Varga laughed. “...”" reports the interviewer's question, and the
    answer that follows is the beat's subject's (a claim of the question alone leaves the
    beat a beat). Only a clause headed by "asked" and "pressed" that opens the sentence."""
    out: set[int] = set()
    for kid in doc.kids(verb.i, L.ADVCL):
        words = doc.subtree(kid.i)
        if kid.lemma in _ASKING and kid.i < verb.i and min(words) == kid.i:
            out.update(words)
    return out


#: Participles that report an interviewer's question (:func:`_fronted_question`).
_ASKING = frozenset({"ask", "press"})


def _whole_sentence(doc: Document, q: Quotation) -> bool:
    """Whether a quotation ends a sentence: its words end in a full stop, question or
    exclamation mark (or a dash: a turn cut off), inside the marks or, in the British style,
    right after them ('Anywhere but here'.); not a title or phrase the sentence goes on after
    ("“Tales of the Night,” a series that ...")."""
    inner = doc.text[q.start : q.end].rstrip()
    if inner.endswith(_SENTENCE_END):
        return True
    if q.close_mark is None:
        return False
    # a closing mark of two characters (``''``) leaves its second one after ``close_mark``
    after = doc.text[q.close_mark + 1 : q.close_mark + 3].lstrip("'’")
    return after[:1] in (".", "!", "?")


def _beat_subject(subj: Token) -> bool:
    """Whether an action beat's subject is someone who could speak (:func:`action_beat`)."""
    if subj.pos == "PRON":
        return subj.lower in _BEAT_PRONOUNS
    if subj.ent == "PERSON" or subj.pos == "PROPN":
        return True
    return subj.pos == "NOUN" and subj.lemma.lower() in descriptor_nouns()


def passive_author(
    doc: Document, q: Quotation, window: list[Token], lex: Lexicons
) -> Candidate | None:
    """``“Burning Roads” was written by Tom Lane``, ``“…” was first said by Ann Cole``: a
    quotation that is the passive subject of a speech verb belongs to the verb's agent."""
    inside = set(doc.tokens_in(q.start, q.end))
    words = [t for t in window if t.pos not in ("PUNCT", "SPACE")][:4]
    for tok in words:
        if tok.pos != "VERB":
            continue
        if tok.lemma not in lex.speech or not any(
            k.i in inside for k in doc.kids(tok.i, *L.SUBJECTS)
        ):
            return None
        agents = [o for a in doc.kids(tok.i, L.AGENT) for o in doc.kids(a.i, L.POBJ)]
        if not agents:
            return None
        source = mention_tokens(doc, agents[0])
        return Candidate(
            [(q.start, q.end)], cue_tokens(doc, tok), source, "passive_author", verb=tok.i
        )
    return None


def _asides(doc: Document, window: list[Token], lex: Lexicons) -> set[int]:
    """The words of relative clauses and appositions in ``window`` that hold no speech verb."""
    out: set[int] = set()
    for tok in window:
        if tok.dep in (L.RELCL, L.APPOS) and tok.i not in out:
            words = doc.subtree(tok.i)
            if not any(doc[i].lemma in lex.speech and doc[i].pos == "VERB" for i in words):
                out.update(words)
    return out


#: Dependents a dash's source holds beside its nouns.
_DASH_SOURCE_DEPS = (L.COMPOUND, L.POSS, L.CASE, L.AMOD)


def dash_source(doc: Document, q: Quotation, window: list[Token]) -> Candidate | None:
    """``“…”, – the president (indignantly on Twitter).``: a dash, then the source."""
    toks = [t for t in window if t.pos != "SPACE"]
    if toks and toks[0].text == ",":
        toks = toks[1:]
    if not toks or toks[0].text not in DASHES:
        return None
    np: list[int] = []
    for t in toks[1:]:
        if t.pos in _NP_POS or t.dep in _DASH_SOURCE_DEPS or t.text in ("’s", "'s"):
            np.append(t.i)  # an amod participle too: "- striking nurses", "- grieving parents"
        else:
            break
    if not any(doc[i].pos in ("PROPN", "NOUN", "PRON") for i in np):
        return None
    return Candidate([(q.start, q.end)], [toks[0].i], np, "dash_source", verb=toks[0].i)


def signature_line(doc: Document, q: Quotation, window: list[Token]) -> Candidate | None:
    """``“…”`` ending its paragraph, then a paragraph of a dash and a name alone (``– Sanders.``):
    the way fact checks and round-ups sign a quotation. At most five words, each capitalised."""
    if q.close_mark is None or any(t.pos not in ("PUNCT", "SPACE") for t in window):
        return None
    if q.paragraph + 1 >= len(doc.paragraphs):
        return None
    para = doc.paragraphs[q.paragraph + 1]
    toks = [doc[i] for i in doc.tokens_in(para.start_char, para.end_char) if doc[i].pos != "SPACE"]
    if toks and toks[-1].text == ".":
        toks = toks[:-1]
    if len(toks) < 2 or toks[0].text not in DASHES:
        return None
    name = toks[1:]
    if len(name) > 5 or not all(t.text[:1].isupper() or t.text in ".'’-" for t in name):
        return None
    return Candidate(
        [(q.start, q.end)], [toks[0].i], [t.i for t in name], "dash_source", verb=toks[0].i
    )


def signed_unclosed(doc: Document, q: Quotation) -> Candidate | None:
    """``“A quote never closed ― Jane Doe.``: an unclosed quotation whose paragraph ends with a
    dash and a short name is that name's claim, the quote ending at the dash."""
    if q.close_mark is not None:
        return None
    text = doc.text
    dash = max(text.rfind(d, q.start, q.end) for d in DASHES)
    if dash <= q.start:
        return None
    name = [doc[i] for i in doc.tokens_in(dash + 1, q.end) if doc[i].pos not in ("SPACE", "PUNCT")]
    if not name or len(name) > 5 or not all(t.text[:1].isupper() for t in name):
        return None
    end = dash
    while end > q.start and (text[end - 1].isspace() or text[end - 1] in '”"’,'):
        end -= 1
    if end <= q.start:
        return None
    return Candidate(
        [(q.start, end)], [doc.token_at(dash)], [t.i for t in name], "dash_source",
        verb=doc.token_at(dash),
    )  # fmt: skip


def headline_quote(doc: Document, q: Quotation, window: list[Token]) -> Candidate | None:
    """``‘We are not the enemy’: farmers take protest to Brussels``: a headline (the text's
    first paragraph) that opens with a quotation, then a colon and a clause, gives the
    quotation to the clause's subject, the headline style of British papers and the BBC
    ("'Quote': Speaker does something"). Only the headline, only a clause whose subject
    follows the colon; a colon followed by a title or a phrase with no verb gives nothing."""
    if q.open_mark is None or q.close_mark is None or not is_headline(doc, q.paragraph):
        return None
    para = doc.paragraphs[q.paragraph]
    if doc.text[para.start_char : q.open_mark].strip():
        return None
    words = [t for t in window if t.pos != "SPACE"]
    if len(words) < 3 or words[0].text != ":":
        return None
    rest = {t.i for t in words[1:]}
    for tok in words[1:]:
        head = doc[tok.head]
        if tok.dep == L.NSUBJ and head.i in rest and head.pos in ("VERB", "AUX"):
            return Candidate(
                [(q.start, q.end)], [words[0].i], mention_tokens(doc, tok), "headline_quote",
                verb=words[0].i,
            )  # fmt: skip
    return None


def said_in_unclosed(doc: Document, q: Quotation, lex: Lexicons) -> Candidate | None:
    """``“They never listen, said Anna Kowalska, a farmer.``: an unclosed quotation whose last
    sentence goes on, after a comma, with a speech verb and its subject alone (``, said X``
    or ``, X said``, an apposition after X allowed) lost its closing mark before that comma.
    The quote ends at the comma and X said it, as ``said_after`` reads the same words after a
    closed quote. Only the quotation's last sentence, and only a verb that reports nothing
    else after it (no "that" clause, no object), so quoted speech that itself reports ("I
    told him, he said, to wait") keeps its words."""
    if q.close_mark is not None:
        return None
    toks = [doc[i] for i in doc.tokens_in(q.start, q.end) if doc[i].pos != "SPACE"]
    if len(toks) < 4:
        return None
    last = [t for t in toks if t.sent == toks[-1].sent]
    for k, tok in enumerate(last):
        if not (is_cue_verb(doc, tok, lex) and tok.lemma in lex.speech) or tok.i <= toks[0].i:
            continue
        comma = _comma_before_source(last, k)
        if comma is None or comma.start <= q.start:
            continue
        subj = subject_of(doc, tok)
        if subj is None or not (comma.i < subj.i <= last[-1].i):
            subj = _inverted_subject(doc, tok, last)
        if subj is None or subj.i < comma.i or subj.pos not in ("PROPN", "NOUN"):
            continue
        if any(k2.i > tok.i for k2 in doc.kids(tok.i, L.CCOMP, L.OBJ, L.XCOMP)):
            continue
        cue = cue_tokens(doc, tok)
        return Candidate(
            [(q.start, comma.start)], cue, mention_tokens(doc, subj, stop=frozenset(cue)),
            "said_after", verb=tok.i,
        )  # fmt: skip
    return None


def _comma_before_source(last: list[Token], k: int) -> Token | None:
    """The comma that opens ``, said X`` (right before the verb ``last[k]``) or ``, X said``
    (before a subject of at most four words right before it), None for neither."""
    if k > 0 and last[k - 1].text == ",":
        return last[k - 1]
    for back in range(1, 5):
        if k - back - 1 < 0:
            return None
        word = last[k - back]
        if word.pos not in ("PROPN", "NOUN", "DET", "ADJ") and word.text not in ("'s", "’s"):
            return None
        if last[k - back - 1].text == ",":
            return last[k - back - 1]
    return None


def said_before(
    doc: Document, q: Quotation, window: list[Token], lex: Lexicons
) -> Candidate | None:
    """``X said, “…”`` / ``X said: “…”`` / ``X told reporters: “…”``: a speech verb before
    the quote, with nothing else for it to report."""
    words = [t for t in window if t.pos != "SPACE"]
    if not words or words[-1].text not in (",", ":"):
        return None
    for tok in reversed(words):
        puts_it = _puts_it(doc, tok)
        if (is_cue_verb(doc, tok, lex) and tok.lemma in lex.speech) or puts_it:
            if doc.kids(tok.i, L.CCOMP) and not any(
                q.start <= k.start < q.end for k in doc.kids(tok.i, L.CCOMP)
            ):
                return None
            subj = subject_of(doc, tok)
            if subj is not None and q.start <= subj.start < q.end:
                subj = None  # the quoted words never name who speaks them
            if subj is None:
                if puts_it:
                    return None  # "it" is the idiom's object, never who puts it
                subj = _inverted_subject(doc, tok, words)
                if subj is None:
                    return None
            cue = cue_tokens(doc, tok)
            if puts_it:
                cue = sorted({*cue, *(k.i for k in doc.kids(tok.i, L.OBJ))})
            return Candidate(
                [(q.start, q.end)], cue, mention_tokens(doc, subj, stop=frozenset(cue)),
                "said_before", verb=tok.i,
            )  # fmt: skip
    return _with_one_saying(words, q, lex)


def _with_one_saying(words: list[Token], q: Quotation, lex: Lexicons) -> Candidate | None:
    """``Fans took sides, with one writing: ‘…’``: a "with" clause of a numeral and a speech
    verb's participle before the quote, which the parser reads as a noun ("one writing", a
    number and its noun) and so no cue; tabloid and social-media copy quote one of a crowd
    so (session 17). The numeral is the source, as "one user" is when the parse holds."""
    if len(words) < 4 or words[-4].lower != "with" or words[-3].lower not in ONE_OF_THEM:
        return None
    verb = words[-2]
    stem = verb.lower[:-3] if verb.lower.endswith("ing") else ""
    if not stem or not ({stem, stem + "e"} & lex.speech):
        return None
    return Candidate([(q.start, q.end)], [verb.i], [words[-3].i], "said_before", verb=verb.i)


def _puts_it(doc: Document, verb: Token) -> bool:
    """ "Lee put it more bluntly: “...”", "as she put it this way: “...”": "put it" with its
    manner is a verb of saying (the idiom "to put it", to express it in words; OED put, v.,
    21), though "put" alone is none ("put the bill to a vote")."""
    if verb.lemma != "put" or not any(k.lower == "it" for k in doc.kids(verb.i, L.OBJ)):
        return False
    return not doc.kids(verb.i, L.PREP, L.PRT)  # "put it on the table", "put it off"


def _inverted_subject(doc: Document, verb: Token, words: list[Token]) -> Token | None:
    """``Said Ellis: “…”``: the noun phrase right after a finite cue. Not after a participle
    ("telling the crowd, “…”": the crowd is told) nor behind a preposition ("tweeted in
    response: “…”")."""
    if verb.tag == "VBG":
        return None
    after = [t for t in words if t.i > verb.i and t.pos not in ("PUNCT", "SPACE")]
    if not after or after[0].pos not in ("PROPN", "NOUN", "PRON", "DET"):
        return None
    names = [t for t in after if t.pos in ("PROPN", "NOUN", "PRON")]
    return np_head(doc, names[0]) if names else None


def colon_source(doc: Document, q: Quotation, window: list[Token]) -> Candidate | None:
    """``Lavrov: “…”``: a name and a colon right before the quote (headlines, transcripts)."""
    words = _after_bullet(doc, [t for t in window if t.pos != "SPACE"])
    if len(words) < 2 or words[-1].text != ":":
        return None
    if (read := _text_read_out(doc, words)) is not None:
        return Candidate([(q.start, q.end)], [read.i, words[-1].i], [
            t.i for t in words[: words.index(read)]
        ], "colon_source", verb=read.i)  # fmt: skip
    np = words[:-1]
    if len(np) > 6 or not all(t.pos in _NP_POS or t.text in ("’s", "'s", ".") for t in np):
        return None
    if not any(
        t.pos in ("PROPN", "PRON") or t.ent in ("PERSON", "ORG") or t.text[:1].isupper() for t in np
    ):
        return None
    return Candidate([(q.start, q.end)], [words[-1].i], _headline_subject(np), "colon_source")


def _text_read_out(doc: Document, words: list[Token]) -> Token | None:
    """The "read" of ``A statement from the family read: “…”``, which the tagger often makes a
    noun: a written text's words given after "read:" are the text's (its maker's, through the
    resolver's statement rule). Only after a noun phrase that opens the paragraph, holds a
    noun and no verb (``A note left at the scene`` parses with a verb and is said_before's)."""
    if len(words) < 3 or words[-2].lower not in ("read", "reads"):
        return None
    np = words[:-2]
    if len(np) > 8 or not any(t.pos in ("NOUN", "PROPN") for t in np):
        return None
    if any(t.pos in ("VERB", "AUX") for t in np):
        return None
    return words[-2]


#: Marks that open an item of a list ("- Ann Lee: “...”", "• Ann Lee: “...”").
BULLETS = frozenset("-*•·–—▪‣◦●")


def _after_bullet(doc: Document, words: list[Token]) -> list[Token]:
    """``words`` less a list item's bullet opening its paragraph: a round-up of reactions
    ("What they said: ¶ - Finance minister Oren Katz: “...”") sets each speaker after a
    bullet, which is no word of the speaker's name."""
    if not words or words[0].text not in BULLETS:
        return words
    para = doc.paragraphs[words[0].para] if doc.paragraphs else None
    if para is None or doc.text[para.start_char : words[0].start].strip():
        return words
    return words[1:]


def _headline_subject(np: list[Token]) -> list[int]:
    """In a title-case headline, "Elizabeth Warren Hammers Wells Fargo CEO: “…”", the person
    named first is who speaks: a PERSON entity opening the words before the colon and followed
    by more words (not a possessive ending) is the mention."""
    name: list[Token] = []
    for tok in np:
        if tok.ent != "PERSON" or (name and tok.ent_start):
            break
        name.append(tok)
    rest = np[len(name) :]
    if not name or not rest or rest[0].text in ("’s", "'s", "’", "'"):
        return [t.i for t in np]
    return [t.i for t in name]


def transcript_lines(doc: Document) -> list[Candidate]:
    """A transcript line ``NAME: words`` is a claim by NAME (PolNeAR annotates the colon as the
    cue). NAME opens the paragraph: one to three words in capitals (``PENCE:``, ``MS.
    SMITH:``), or one to three proper nouns that the NER tags as a person. Mixed-case names
    alone are too often headings ("Update: ...", "Trump: ..."): right 40 times in 98 on
    PolNeAR train before this restriction. A Q&A interview's turns are read by
    :func:`interview_turns` instead."""
    out = interview_turns(doc)
    if out:
        return out
    dialogue = dialogue_labels(doc)
    wire = wire_datelines(doc)
    hansard = False
    for para in doc.paragraphs:
        toks = doc.tokens_in(para.start_char, para.end_char)
        words = _after_timestamp(doc, [doc[i] for i in toks if doc[i].pos != "SPACE"])
        skip = _question_number(words)  # "1. Mrs Helen Carver (...) (Con): ..."
        turn = _bracketed_label(words[skip:])
        if turn is not None:
            turn = turn[0], turn[1] + skip
        elif hansard:
            turn = _honorific_label(words)
        if turn is not None:
            hansard = True
            speaker, colon = turn
            rest = words[colon + 1 :]
            spans = _unquoted_edges(doc, rest[0].start, rest[-1].end) if len(rest) >= 2 else None
            if spans:
                out.append(
                    Candidate([spans], [words[colon].i], [t.i for t in speaker],
                              "transcript_line", verb=words[colon].i)
                )  # fmt: skip
            continue
        if words and colon_dateline_end(doc.text, words[0].start) > words[0].start:
            continue  # "MUMBAI: The civic body ...": a dateline, no turn (quotes.text)
        for n, tok in enumerate(words[:4]):
            if tok.text != ":":
                continue
            name = words[:n]
            rest = words[n + 1 :]
            if not name or len(rest) < 2:
                break
            if not (_speaker_label(name) or _label_text(doc, name) in dialogue):
                break
            if _is_heading(name):
                break  # "BREAKING: ...", "WATCH: ...": a kind of item, no one speaking
            if _dateline_before_a_report(doc, name, rest):
                break  # "MUMBAI: The port will reopen, officials said.": a dateline
            if _label_text(doc, name) in wire:
                break  # "KOLKATA: Trains ran late.": a dateline of a wire text, no turn
            spans = _unquoted_edges(doc, rest[0].start, rest[-1].end)
            if spans:
                out.append(
                    Candidate([spans], [tok.i], [t.i for t in name], "transcript_line",
                              verb=tok.i)
                )  # fmt: skip
            break
    return out


#: The rules of a transcript's or an interview's turns (``NAME: words``, ``Q:``, ``A:``).
TURN_RULES = frozenset({"transcript_line", "interview_question", "interview_answer"})
#: The most words of a turn that holds no claim (:func:`is_short_turn`).
SHORT_TURN_WORDS = 2


def is_short_turn(doc: Document, cand: Candidate) -> bool:
    """A turn below the title of at most two words with no verb and no question: a bare
    "A: Yes.", "A: No!", a tally ("Clinton: 547."), "Carson: A miracle.", an e-mail footer
    ("EMAIL: desk@paper.com"). It holds no claim PolNeAR's annotators mark (session 18,
    docs/guide.md "Claims that are no claim (session 18)"). Short turns with a verb or a
    question stay ("We do.", "Thank you.", "Why not?"), as a title's "NAME: words" does."""
    if cand.rule not in TURN_RULES or not cand.content or not doc.paragraphs:
        return False
    if cand.start < doc.paragraphs[0].end_char:
        return False
    text = " ".join(doc.text[a:b] for a, b in cand.content)
    if len(text.split()) > SHORT_TURN_WORDS or "?" in text:
        return False
    words = [doc[i] for a, b in cand.content for i in doc.tokens_in(a, b)]
    return not any(t.pos in ("VERB", "AUX") for t in words)


#: Words that may stand in a parliamentary label beside capitalised ones ("The Minister for
#: Housing", "The Secretary of State for Health and Social Care").
_LABEL_FILLERS = load_lexicon("office_name_fillers")
#: Honorifics that open a member's label in a parliamentary record ("Mr Hart:", "Dame Ann:").
_HONORIFICS = load_lexicon("honorifics")


def _bracketed_label(words: list[Token]) -> tuple[list[Token], int] | None:
    """A parliamentary record's label (Hansard's style): a member's name or office followed by
    one or two bracketed groups and a colon, opening the paragraph: "Mr Daniel Hart
    (Northfield) (Lab):", "The Minister for Housing (Ann Cole):". The speaker is the person a
    bracket names (an office's holder), else the words before the brackets; the constituency
    and party are no speaker. Returns the speaker's tokens and the colon's index."""
    colon = next((n for n, t in enumerate(words[:20]) if t.text in (":", "):")), None)
    if colon is None or colon < 3:
        return None
    closed = words[colon].text == "):"  # the tokenizer may keep "):" one token
    if not closed and words[colon - 1].text != ")":
        return None
    name: list[Token] = []
    groups: list[list[Token]] = []
    inside: list[Token] | None = None
    for t in words[: colon + 1] if closed else words[:colon]:
        if t.text == "(" and inside is None:
            inside = []
        elif t.text in (")", "):") and inside is not None:
            groups.append(inside)
            inside = None
        elif inside is not None:
            inside.append(t)
        elif groups:
            return None  # words between the bracketed groups: no label
        else:
            name.append(t)
    if inside is not None or not name or not groups or len(groups) > 2 or len(name) > 8:
        return None
    if not all(_label_word(t) or t.lower in _LABEL_FILLERS for t in name):
        return None
    if name[0].lower.rstrip(".") in _HONORIFICS or any(t.ent == "PERSON" for t in name):
        return name, colon  # a member by name: the brackets are constituency and party
    from quotes.speakers.lexicon import speaker_lexicon  # here: speakers imports this module

    # an office ("The Minister for Housing (Ann Cole)"): its holder's name in the brackets
    holder = next((g for g in groups if 2 <= len(g) <= 4 and all(_label_word(t) for t in g)), None)
    if not speaker_lexicon().find_roles([t.lower for t in name]):
        if holder is not None and any(t.ent == "PERSON" for t in holder):
            return holder, colon  # "MODERATOR (Hannah Osei):", a transcript's part and player
        return None  # no member and no office: a heading ("Results (first round): ...")
    return (holder or name), colon


def _question_number(words: list[Token]) -> int:
    """How many words a parliamentary record's question number takes at a line's start:
    Hansard numbers the oral questions of a session ("1. Mrs Helen Carver (North Fellside)
    (Con): What steps ..."); the number is no part of the member's label. 0 when none."""
    if len(words) > 2 and words[0].text.isdigit() and words[1].text == ".":
        return 2
    if len(words) > 1 and words[0].text[:-1].isdigit() and words[0].text.endswith("."):
        return 1
    return 0


def _honorific_label(words: list[Token]) -> tuple[list[Token], int] | None:
    """In a parliamentary record (one bracketed label seen), a later short label opening with
    an honorific ("Mr Hart: ...") is a member's turn too."""
    colon = next((n for n, t in enumerate(words[:5]) if t.text == ":"), None)
    if colon is None or colon < 2 or words[0].lower.rstrip(".") not in _HONORIFICS:
        return None
    name = words[:colon]
    return (name, colon) if all(_label_word(t) for t in name) else None


def _label_text(doc: Document, name: list[Token]) -> str:
    return doc.text[name[0].start : name[-1].end]


def dialogue_labels(doc: Document) -> frozenset[str]:
    """Mixed-case labels of an interview's named turns ("Holm: Will you run again? ¶ Ruiz:
    No."): a label of one to three capitalised words before a colon opening a paragraph
    that opens at least two paragraphs with two words or more after it (not a tally,
    "Clinton: 547. ¶ Sanders: 46."), in a text where the labelled paragraphs change
    label at least once (a dialogue). A heading ("Update: ...", ``heading_labels.txt``) is
    never one, and one label alone, however often it opens a line, is no dialogue. Capital
    labels and a person's name need no repetition (:func:`_speaker_label`)."""
    order: list[str] = []
    for para in doc.paragraphs:
        toks = doc.tokens_in(para.start_char, para.end_char)
        words = _after_timestamp(doc, [doc[i] for i in toks if doc[i].pos != "SPACE"])
        colon = next((n for n, t in enumerate(words[:4]) if t.text == ":"), None)
        if not colon or sum(t.text.isalpha() for t in words[colon + 1 :]) < 2:
            continue  # not a tally ("Clinton: 547."): a turn says something in words
        name = words[:colon]
        if all(_label_word(t) for t in name) and not _is_heading(name):
            order.append(_label_text(doc, name))
    counts = {label: order.count(label) for label in set(order)}
    repeated = frozenset(label for label, n in counts.items() if n >= 2)
    if len(repeated) < 2 or not any(a != b for a, b in zip(order, order[1:], strict=False)):
        return frozenset()
    return repeated


def wire_datelines(doc: Document) -> frozenset[str]:
    """The labels in capitals that are a wire text's datelines, not a transcript's speakers:
    in a text where one line's label is a dateline before a report
    (:func:`_dateline_before_a_report`: "MUMBAI: The port will reopen, officials said."),
    every other label of a dateline's shape (a place of at least three capitals,
    :func:`quotes.text.colon_label_end`) opening a line is a dateline too ("KOLKATA: Trains
    ran late on Monday.", a line with no reporting clause), unless it opens two lines or
    more: a transcript's speaker speaks again ("HARTLEY: ... ¶ OKAFOR: ... ¶ HARTLEY: ..."),
    a wire text's place rarely does. A text with no dateline before a report has none: its
    labels in capitals are a transcript's ("MAYOR: ...", "LEE: ..."; the NER tags places in
    capitals too unevenly to tell "KOLKATA" from "DENVER" alone)."""
    labels: list[str] = []
    confirmed = False
    for para in doc.paragraphs:
        toks = doc.tokens_in(para.start_char, para.end_char)
        words = [doc[i] for i in toks if doc[i].pos != "SPACE"]
        colon = next((n for n, t in enumerate(words[:6]) if t.text == ":"), None)
        if not colon or len(words) - colon < 3:  # "NEW DELHI, March 3: ..." has five words
            continue
        name, rest = words[:colon], words[colon + 1 :]
        if colon_label_end(doc.text, name[0].start) == name[0].start:
            continue  # not a place in capitals ("Q:", "UN:", "Lee:")
        labels.append(_label_text(doc, name))
        confirmed = confirmed or _dateline_before_a_report(doc, name, rest)
    if not confirmed:
        return frozenset()
    return frozenset(label for label in labels if labels.count(label) == 1)


#: Subjects of a reporting clause that a speaker's own turn may hold ("..., I said.").
_TURN_SUBJECTS = frozenset({"i", "we", "you"})


def _dateline_before_a_report(doc: Document, name: list[Token], rest: list[Token]) -> bool:
    """A label in capitals before words that carry their own reporting clause after a comma
    ("MUMBAI: The port will reopen on Friday, officials said.", "LAGOS: ..., union leaders
    said."): the label is a dateline (the Indian and Commonwealth press's colon style), the
    claim is the reporting clause's. A turn's words are its speaker's own; they do not name
    another speaker of the whole line. :func:`quotes.text.colon_dateline_end` reads a lone
    dateline past the first line; this reads one anywhere, the first line and several
    datelines in one wire text included. The label has a dateline's shape (a place of at least
    three capitals, :func:`quotes.text.colon_label_end`; not "UN: ..."). Not "MAYOR: We will
    reopen the port." (no clause), nor "..., I said." (the turn's speaker reporting himself)."""
    if colon_label_end(doc.text, name[0].start) == name[0].start:
        return False  # not a place in capitals ("UN: ...", "Mumbai: ...")
    inside = {t.i for t in rest}
    for verb in rest:
        if verb.pos != "VERB" or verb.lemma not in load_lexicon("speech_verbs"):
            continue
        subjects = [s for s in doc.kids(verb.i, L.NSUBJ) if s.i in inside and s.i < verb.i]
        if not subjects or subjects[0].lower in _TURN_SUBJECTS:
            continue
        first = min(doc.subtree(subjects[0].i))
        if first - 1 in inside and doc[first - 1].text == ",":
            return True
    return False


def _group_says(name: list[Token], rest: list[Token]) -> bool:
    """``Experts: Ocean heat at record high``: a headline's verbless words after a colon are
    a claim when the label is one plural noun for a group that speaks (``group_nouns.txt``:
    experts, doctors, police), as headlines drop the verb "be" ("Ocean heat [is] at a record
    high"), and the words are in sentence case: a title-case run after the colon is a title
    ("Morning Email: The State Of The Union")."""
    if len(name) != 1 or name[0].lower not in load_lexicon("group_nouns"):
        return False
    words = [t for t in rest[1:] if t.text[:1].isalpha()]
    return bool(words) and not all(t.text[:1].isupper() for t in words)


def _is_heading(name: list[Token]) -> bool:
    """Whether a label before a colon holds a word naming a kind of news item, not a source
    (``heading_labels.txt``: "The Latest", "BREAKING", "Update")."""
    return any(t.lower in load_lexicon("heading_labels") for t in name)


def _label_word(t: Token) -> bool:
    """A word of a turn's label: capitalised ("Holm", "Ms", "Dr."), or a full stop."""
    return t.text == "." or (t.text[:1].isupper() and t.text.rstrip(".").isalpha())


#: The most words of a line in a list of headlines (:func:`headline_paragraphs`).
_HEADLINE_LIST_WORDS = 16
#: The fewest lines of a list of headlines.
_HEADLINE_LIST_LINES = 3


def headline_paragraphs(doc: Document) -> list[Paragraph]:
    """The paragraphs that are headlines: the text's first, or every one in a list of
    headlines (a news site's front page, a digest, a feed's titles: three lines or more,
    each of at most sixteen words and none ending in a full stop, so no line is a body's
    sentence). Each line of such a list is a headline of its own, with its own source
    ("Police: ...", "'...' - nurses", "Taxes must rise, says IMF"), not a body under the
    first line; a news text, whose body's paragraphs end in full stops, keeps one headline."""
    paras = doc.paragraphs
    if len(paras) >= _HEADLINE_LIST_LINES and all(_headline_line(doc, p) for p in paras):
        return list(paras)
    return paras[:1]


def reread_headline_verbs(doc: Document, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A headline's verb of a speech act that the tagger read as a plural noun, with the
    next word (a noun that can be a verb) as the claim's cue: "Minister rejects call for
    inquiry" parsed "[Minister rejects] call for [inquiry]", speaker "Minister rejects".
    Headlines drop articles, so a noun-verb-noun line is ambiguous to a tagger trained on
    body text (the headline grammar of Mårdh 1980, *Headlinese*): the line is read again
    with the "-s" word as the cue, the words before it
    as the source and everything after it as the content. Only a verb of
    ``headline_verbs.txt`` (which leaves out the "-s" words that are as often plural nouns:
    "Iran and Gulf states agree to ..." keeps its parse), only in a headline line (no full
    stop), only when the "-s" word closes the source and the old cue follows it."""
    heads = {p.index for p in headline_paragraphs(doc) if _headline_line(doc, p)}
    out = list(candidates)
    for n, cand in enumerate(candidates):
        if len(cand.source) < 2 or len(cand.cue) != 1:
            continue
        word = doc.tokens[cand.source[-1]]
        if word.para not in heads or word.tag != "NNS" or cand.cue[0] != word.i + 1:
            continue
        if word.text not in load_lexicon("headline_verbs"):
            continue
        after = doc.tokens[word.i + 1]
        out[n] = replace(
            cand,
            content=[(after.start, cand.end)],
            cue=[word.i],
            verb=word.i,
            source=cand.source[:-1],
            rule="speech_act_object",
            act="",
        )
    return out


#: An ellipsis closing a line, outside any quotation: "... She'll Want To….", "IF…". One
#: before a closing mark ("'Fares will rise, but not by much…'") cuts a quotation short.
_CLOSING_ELLIPSIS = re.compile(r"(?:…|\.\.\.)\.?$")


def teaser_headlines(doc: Document) -> list[Paragraph]:
    """The headlines that end in an ellipsis, as a click-bait teaser does ("It's Not What You
    Think….", "... If He Doesn't Do This…."): they report no claim, neither a rule's
    (:func:`quotes.claims.drop_teasers`) nor the learned layer's."""
    return [
        p
        for p in headline_paragraphs(doc)
        if _CLOSING_ELLIPSIS.search(doc.text[p.start_char : p.end_char].rstrip())
    ]


def is_headline(doc: Document, index: int) -> bool:
    """Whether paragraph ``index`` is a headline (:func:`headline_paragraphs`)."""
    if index == 0:
        return bool(doc.paragraphs)
    return any(p.index == index for p in headline_paragraphs(doc))


def _headline_line(doc: Document, para: Paragraph) -> bool:
    """A line short enough for a headline that does not end as a sentence of a body does."""
    line = doc.text[para.start_char : para.end_char].strip()
    return not line.endswith(".") and len(line.split()) <= _HEADLINE_LIST_WORDS


#: Words that open a feature's subtitle after its title ("The quiet fixer: how ...").
_SUBTITLE_OPENERS = WH_WORDS | {"inside"}


def headline_colon(doc: Document, para: Paragraph | None = None) -> list[Candidate]:
    """``Poll: Clinton and Trump hold narrow leads``: a text's first paragraph (its headline)
    that opens with a short noun phrase, a colon and a clause is a claim of that noun phrase
    (PolNeAR annotates the colon as the cue and the noun phrase as the source, whatever its
    case: "Sanders: ...", "Newspaper: ...", "Report: ..."). Only the headline: further in,
    "Update: ..." and "Related: ..." are headings; in it, a label naming a kind of news item
    ("The Latest: ...", "Breaking: ...", ``heading_labels.txt``) makes none. The words after
    the colon need a verb (a clause, not a title: "Morning Email: The State Of The Union").
    ``para`` is another headline of a list of headlines (:func:`headline_paragraphs`)."""
    if not doc.paragraphs:
        return []
    para = para or doc.paragraphs[0]
    words = [doc[i] for i in doc.tokens_in(para.start_char, para.end_char) if doc[i].pos != "SPACE"]
    colon = next((n for n, t in enumerate(words[:7]) if t.text == ":"), 0)
    name, rest = words[:colon], words[colon + 1 :]
    if not name or len(rest) < 3 or not any(t.text[:1].isupper() for t in name):
        return []
    if rest[0].text[:1] in "“\"‘'«„":
        return []  # a quotation after the colon is colon_source's (the person named first)
    if not all(t.pos in _NP_POS or t.text in ("’s", "'s", ".") for t in name):
        return []
    if _is_heading(name):
        return []  # "The Latest: ...", "Breaking: ...": a kind of news item, no source
    if _dateline_before_a_report(doc, name, rest):
        return []  # "MUMBAI: The port will reopen, officials said.": a dateline, no source
    if name[0].lower in ("the", "a", "an") and rest[0].lower in _SUBTITLE_OPENERS:
        return []  # "The quiet fixer: how Maria Delgado ...": a feature's title and subtitle
    if all(_is_heading([t]) for t in rest[:2]):
        return []  # "Storm Edda: live updates as gales hit Wales": a live page's title
    if not any(t.pos in ("VERB", "AUX") for t in rest) and not _group_says(name, rest):
        return []
    spans = _unquoted_edges(doc, rest[0].start, rest[-1].end)
    if spans is None:
        return []
    colon_i = words[colon].i
    return [Candidate([spans], [colon_i], [t.i for t in name], "headline_colon", verb=colon_i)]


#: The most words of a headline's source after its comma ("says the International Monetary
#: Fund", "a new study of older adults finds").
_HEADLINE_SOURCE_WORDS = 7


def headline_said_after(
    doc: Document, lex: Lexicons, para: Paragraph | None = None
) -> Candidate | None:
    """``Taxes must rise, says IMF``, ``Daily walk cuts dementia risk, study finds``: a
    headline (the text's first paragraph) ending, after its last comma, in a speech verb and
    its source (either order) is a claim of that source, the words before the comma its
    content. News headlines put the attribution last this way (the inverted "says X" of
    British and wire headlines); the parser often reads such a headline's clause as a noun
    phrase ("Daily walk cuts dementia risk"), so the verb rules miss it. Only the headline,
    only a verb of the speech lexicon (read from its present form, "Finds", as a headline in
    title case tags it oddly), a source of noun-phrase words (:func:`_headline_source_word`),
    and a content of two words or more. ``para`` is another headline of a list of headlines
    (:func:`headline_paragraphs`)."""
    if not doc.paragraphs:
        return None
    para = para or doc.paragraphs[0]
    words = [doc[i] for i in doc.tokens_in(para.start_char, para.end_char) if doc[i].pos != "SPACE"]
    if words and words[-1].text == ".":
        words = words[:-1]
    commas = [n for n, t in enumerate(words) if t.text == ","]
    if not commas or not 2 <= len(words) - commas[-1] - 1 <= _HEADLINE_SOURCE_WORDS:
        return None
    before, tail = words[: commas[-1]], words[commas[-1] + 1 :]
    if sum(t.text[:1].isalnum() for t in before) < 2:
        return None
    if _headline_speech_verb(tail[0], lex):
        verb, source = tail[0], tail[1:]
    elif _headline_speech_verb(tail[-1], lex):
        verb, source = tail[-1], tail[:-1]
    else:
        return None
    if not source or not all(_headline_source_word(t) for t in source):
        return None
    if verb.i > source[-1].i and source[-1].text in ("’s", "'s"):
        return None  # "..., Evades Reporter’s Question": a possessed noun, no verb
    spans = _unquoted_edges(doc, before[0].start, before[-1].end)
    if spans is None:
        return None
    return Candidate([spans], [verb.i], [t.i for t in source], "headline_said_after", verb=verb.i)


#: Entity types that make a headline's dash source a place or a time, not a speaker
#: ("Election results - Ohio"). A name the small model tags otherwise is taken: it tags
#: names in headlines loosely ("Lagarde" GPE, "April - Ofgem" one DATE).
_NOT_DASH_SOURCE_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME"})
#: Day and month names, which a headline's dash may date it with ("- Tuesday").
_CALENDAR_WORDS = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.day_abbr) if w
)


def headline_dash_source(doc: Document, para: Paragraph | None = None) -> Candidate | None:
    """``Port operator weighs sale of terminals - sources``: a headline ending in a spaced
    dash and a short source is a claim of that source, the words before the dash its content
    (wire style: "- sources", "- FT", "- minister", "- report"; the unquoted twin of
    :func:`dash_source`). Only a headline, a content with a verb, and a source that says it
    is one: a noun of the speaker lexicons ("sources", "minister", "report") or a person,
    organisation or group the NER names, never a place or a date ("Election results -
    Ohio", "Storm warnings - Tuesday"). A heading label before a colon ("Exclusive: ...",
    ``heading_labels.txt``) stays out of the content. The dash is the cue."""
    if not doc.paragraphs:
        return None
    para = para or doc.paragraphs[0]
    words = [doc[i] for i in doc.tokens_in(para.start_char, para.end_char) if doc[i].pos != "SPACE"]
    dashes = [n for n, t in enumerate(words) if t.text in DASHES and _spaced(doc, t)]
    if not dashes:
        return None
    before, source = words[: dashes[-1]], words[dashes[-1] + 1 :]
    if not 1 <= len(source) <= _HEADLINE_SUBJECT_WORDS:
        return None
    if not all(_headline_source_word(t) for t in source) or not _says_a_source(source[-1]):
        return None
    colon = next((n for n, t in enumerate(before[:4]) if t.text == ":"), -1)
    if colon >= 0 and _is_heading(before[:colon]):
        before = before[colon + 1 :]
    if len(before) < 3 or not any(t.pos in ("VERB", "AUX") for t in before):
        return None
    spans = _unquoted_edges(doc, before[0].start, before[-1].end)
    if spans is None:
        return None
    dash = words[dashes[-1]].i
    return Candidate([spans], [dash], [t.i for t in source], "headline_dash_source", verb=dash)


def _spaced(doc: Document, tok: Token) -> bool:
    """Whether a dash stands between spaces (a phrase's dash, not a hyphen in a word)."""
    return (
        doc.text[tok.start - 1 : tok.start].isspace() and doc.text[tok.end : tok.end + 1].isspace()
    )


def _says_a_source(head: Token) -> bool:
    """Whether a headline's dash source names a speaker (:func:`headline_dash_source`): a
    noun of the speaker lexicons, or a name that is no place, day or month."""
    if head.pos == "NOUN":
        return head.lower in descriptor_nouns() or head.lemma.lower() in descriptor_nouns()
    if head.pos != "PROPN" or head.lower in _CALENDAR_WORDS:
        return False
    return head.ent not in _NOT_DASH_SOURCE_ENTS or head.ent in ("DATE", "TIME")


#: The most words of a headline's source before its verb ("Trump", "Hospital chief").
_HEADLINE_SUBJECT_WORDS = 4


def headline_said_before(
    doc: Document, lex: Lexicons, para: Paragraph | None = None
) -> Candidate | None:
    """``Trump claims election was 'rigged'``: a headline (a list's line, or the text's first
    paragraph) opening with a short source and a speech verb in the present ("claims",
    "insists", "warns"), then its content of two words or more, when no rule found its claim:
    the parser reads such a headline's first words as one noun phrase ("Trump claims
    election", a compound), as it reads "Daily walk cuts dementia risk" in
    :func:`headline_said_after`. Only a verb of ``headline_verbs.txt`` in lower case (a
    sentence-case headline: in title case "Trump Fires Up Base" reads as well as "Trump
    Claims ..."), a source of noun-phrase words and no pronoun, and no full stop at the end
    (a sentence: "What the mayor says is now the baseline.")."""
    if not doc.paragraphs:
        return None
    para = para or doc.paragraphs[0]
    words = [doc[i] for i in doc.tokens_in(para.start_char, para.end_char) if doc[i].pos != "SPACE"]
    if not words or words[-1].text == ".":
        return None  # a sentence ("What the mayor says is ..."), no headline
    for k, tok in enumerate(words[1 : _HEADLINE_SUBJECT_WORDS + 1], start=1):
        if not _headline_source_word(words[k - 1]) or words[k - 1].pos == "PRON":
            return None
        if tok.text in load_lexicon("headline_verbs"):
            rest = words[k + 1 :]
            if sum(t.text[:1].isalnum() for t in rest) < 2:
                return None
            spans = _unquoted_edges(doc, rest[0].start, rest[-1].end)
            if spans is None:
                return None
            return Candidate(
                [spans], [tok.i], [t.i for t in words[:k]], "headline_said_before", verb=tok.i
            )
    return None


def _headline_source_word(tok: Token) -> bool:
    """A word of a headline's source: a noun phrase's, or the small words inside a name
    ("Board Of Election", "Institute for Fiscal Studies", "Marks & Spencer")."""
    return tok.pos in _NP_POS or tok.lower in ("of", "for", "and", "&", "’s", "'s")


def _headline_speech_verb(tok: Token, lex: Lexicons) -> bool:
    """A speech verb as a headline writes it: "says", "Finds", "warn", "said"."""
    word = tok.lower
    forms = {word, tok.lemma.lower(), word[:-1] if word.endswith("s") else word}
    if word.endswith("es"):
        forms.add(word[:-2])
    return bool(forms & lex.speech) and tok.pos not in ("DET", "ADP", "PRON")


#: A Q&A interview's turns: a question paragraph ("Q: ...", "Q. ...", "QWhy ...", the NYT's
#: run-in style) and an answer paragraph ("A: ...").
QUESTION_TURN = re.compile(r"\s*(?:Q\s*[:.]\s|Q(?=[A-Z][a-z]))")
ANSWER_TURN = re.compile(r"\s*A\s*[:.]\s")


def interview_turns(doc: Document) -> list[Candidate]:
    """The turns of a Q&A interview, each a claim: "A: ..." is the person interviewed
    speaking (rule ``interview_answer``, its source the ``A`` label, which the speaker stage
    resolves to that person), "Q: ..." the interviewer (``interview_question``, its source
    the ``Q`` label, left unresolved: the text rarely names who asks; PolNeAR's annotators
    mark the label as the question's source; a run-in "QWhy" has none). An answer runs on
    over unmarked paragraphs up to the next question, as a printed interview sets a long
    answer; paragraphs after the last answer (a closing note, a correction) are nobody's turn.

    A text is an interview when it has both kinds of turn; a lone "A." or "Q:" paragraph in
    other text is left to the other rules. News prints interviews this way (the NYT and
    Politico Q&As); the turn is the claim, as a transcript's ``NAME:`` line is.
    """
    turns = interview_turn_paragraphs(doc)
    if not turns:
        return []
    out: list[Candidate] = []
    bounds = [n for n, _ in turns[1:]] + [turns[-1][0] + 1]
    for (first, answer), end in zip(turns, bounds, strict=True):
        found = _turn_label(doc, first)
        if found is None:
            continue
        label, after = found
        last = _answer_end(doc, first, end) if answer else first
        for n in range(first, max(first, last) + 1):
            para = doc.paragraphs[n]
            start = after if n == first else para.start_char
            spans = _unquoted_edges(doc, start, para.end_char)
            if spans is None or not doc.text[spans[0] : spans[1]].strip():
                continue
            rule = "interview_answer" if answer else "interview_question"
            source = [label[0]] if answer or doc[label[0]].text.rstrip(":.") == "Q" else []
            out.append(Candidate([spans], [label[-1]], source, rule, verb=label[-1]))
    return out


#: Words of the first and second person: a paragraph holding none of them speaks of others.
_FIRST_SECOND = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves".split()
)


def _answer_end(doc: Document, first: int, end: int) -> int:
    """The last paragraph of the answer opened at paragraph ``first``, the next turn at
    ``end``: an answer runs on over unmarked paragraphs, but not over the writer's own
    narration set between the turns (a court report's "Under cross-examination, defence
    lawyer Ann Roe suggested that ..."): the run stops before it."""
    for n in range(first + 1, end):
        if _narrates(doc, n):
            return n - 1
    return end - 1


def _narrates(doc: Document, paragraph: int) -> bool:
    """Whether an unmarked paragraph is the writer's report of someone else speaking: no word
    of the first or second person, and a sentence whose main verb is a speech verb with a
    named person as its subject ("defence lawyer Ann Roe suggested that ..."). The person
    interviewed speaks as "I" and "we"; a narrator names the speaker in the third person."""
    para = doc.paragraphs[paragraph]
    toks = [doc[i] for i in doc.tokens_in(para.start_char, para.end_char)]
    if any(t.text.lower() in _FIRST_SECOND for t in toks):
        return False
    verbs = load_lexicon("speech_verbs")
    for t in toks:
        if t.head == t.i and t.pos == "VERB" and t.lemma in verbs:
            subject = subject_of(doc, t)
            if subject is not None and subject.ent == "PERSON":
                return True
    return False


def interview_turn_paragraphs(doc: Document) -> list[tuple[int, bool]]:
    """``(paragraph, is an answer)`` of each marked turn of a Q&A interview, in text order;
    empty for a text that lacks either kind of turn (no interview). The claim rule above and
    the speaker stage (the person interviewed) read the turns from here."""
    turns: list[tuple[int, bool]] = []
    for n, para in enumerate(doc.paragraphs):
        line = doc.text[para.start_char : para.end_char]
        if QUESTION_TURN.match(line):
            turns.append((n, False))
        elif ANSWER_TURN.match(line):
            turns.append((n, True))
    if not any(a for _, a in turns) or all(a for _, a in turns):
        return []
    return turns


def _turn_label(doc: Document, paragraph: int) -> tuple[list[int], int] | None:
    """The tokens of a turn's label ("Q" or "A" and the colon or period after it) and where
    the turn's words start. A run-in "QWhy ..." is one token: its words start after the Q."""
    para = doc.paragraphs[paragraph]
    toks = [i for i in doc.tokens_in(para.start_char, para.end_char) if doc[i].pos != "SPACE"]
    if not toks:
        return None
    first = doc[toks[0]]
    if first.text in ("Q", "A") and len(toks) > 1 and doc[toks[1]].text in (":", "."):
        return [toks[0], toks[1]], doc[toks[1]].end
    if first.text in ("Q:", "A:", "Q.", "A."):
        return [toks[0]], first.end
    if first.text[:1] == "Q":
        return [toks[0]], first.start + 1
    return None


#: A time stamp opening a line: a transcript's ("[00:12:03]", "(14:02)", "14:02:11") or a
#: live blog's ("14:02 GMT -", "10:30 ", "9.15am:"), with a zone and a dash or colon after it.
_TIMESTAMP = re.compile(
    r"[\[(]?\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?[\])]?|\d{1,2}[.:]\d{2}[ \t]?(?:[ap]\.?m\.?)"
)
_TIMESTAMP_TAIL = re.compile(
    r"(?:[ \t]+(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT))?[ \t]*[-–—:|]?[ \t]+"
)


def timestamp_end(text: str, start: int) -> int:
    """Where the words after a time stamp opening the line at ``start`` begin; else ``start``."""
    match = _TIMESTAMP.match(text, start)
    if match is None:
        return start
    tail = _TIMESTAMP_TAIL.match(text, match.end())
    return tail.end() if tail is not None else start


def _after_timestamp(doc: Document, words: list[Token]) -> list[Token]:
    """A transcript line's words less a time stamp before the speaker's label: a podcast's
    or a hearing's transcript stamps each turn ("[00:12:09] DR LENA PARK: Slowly."), and the
    label then no longer opened the line."""
    if not words:
        return words
    cut = timestamp_end(doc.text, words[0].start)
    return [t for t in words if t.start >= cut] if cut > words[0].start else words


def _speaker_label(name: list[Token]) -> bool:
    letters = "".join(t.text for t in name if t.text not in (".", "’s", "'s"))
    if letters.isupper() and len(letters) >= 2:
        return True
    return all(t.pos == "PROPN" for t in name) and any(t.ent == "PERSON" for t in name)


def _unquoted_edges(doc: Document, a: int, b: int) -> tuple[int, int] | None:
    """``[a, b)`` without quotation marks and spaces at its edges, but for a closing mark
    whose quotation opens inside (``Pay offer 'an insult'``: the claim holds the quoted
    words whole, marks and all, as a mixed claim's words are kept elsewhere)."""
    text = doc.text
    marks = "“”\"‘’'«»„ "
    while a < b and text[a] in marks:
        a += 1
    while b > a and text[b - 1] in marks and not _closes_inside(text, a, b - 1):
        b -= 1
    return (a, b) if b > a else None


#: Each closing mark and the mark that opens its quotation.
_OPENER_OF = {"”": "“", "’": "‘", "»": "«", '"': '"', "'": "'"}


def _closes_inside(text: str, a: int, close: int) -> bool:
    """Whether the mark at ``close`` closes a quotation opened in ``text[a:close]``: an opener
    there with no closer after it. A straight or a curly single mark opens only after a space
    or at ``a`` and before a letter or digit (so an apostrophe, "Teachers' union", "don't",
    opens none), and closes only where no letter follows (not "don't")."""
    opener = _OPENER_OF.get(text[close])
    if opener is None:
        return False
    if text[close] == opener and opener == '"':
        return text.count('"', a, close) % 2 == 1
    depth = 0
    for k in range(a, close):
        c = text[k]
        after = text[k + 1] if k + 1 < len(text) else " "
        if c == opener and (k == a or text[k - 1].isspace()) and after.isalnum():
            depth += 1
        elif c == text[close] and depth and not after.isalpha():
            depth -= 1
    return depth > 0


def paragraph_before(doc: Document, q: Quotation, lex: Lexicons) -> Candidate | None:
    """``He said:`` closing one paragraph, the quote opening the next."""
    if q.paragraph == 0 or q.open_mark is None:
        return None
    prev = doc.paragraphs[q.paragraph - 1]
    idx = list(doc.tokens_in(prev.start_char, prev.end_char))
    if not idx or doc[idx[-1]].text != ":":
        return None
    sent = doc[idx[-1]].sent
    window = [doc[i] for i in idx if doc[i].sent == sent]
    cand = said_before(doc, q, window, lex)
    if cand is not None:
        cand.rule = "paragraph_before"
    return cand


#: Words a title leaves in lower case ("Parks and Recreation", "Last Week Tonight With ..."):
#: title_small_words.txt, the list the speaker registry reads title-case headlines by.
_TITLE_SMALL_WORDS = load_lexicon("title_small_words")
#: The most words a quoted title holds ("The Late Show With Stephen Colbert").
_TITLE_WORDS = 8


def names_a_title(doc: Document, q: Quotation) -> bool:
    """A quotation in title case inside a sentence of the writer's: the name of a show, a
    book, a slogan or a campaign (``on Fox News’ “Sunday Morning Futures,” Ann Lee said``,
    ``held a party at the “Red Neck Country Club”``), not words someone said. PolNeAR's
    annotators (following PARC) leave such names unattributed; the speaker's claim, if any, is
    the sentence's own. The quotation does not open its sentence (a quotation's first word is
    capitalised whatever it says), holds at most eight words, each capitalised but for the
    small words of a title, and the sentence's words outside it are not in title case too (a
    headline capitalises every word, its quotations included)."""
    if doc.text[q.start : q.end].rstrip(" ,.'’”\"").endswith(("!", "?")):
        return False  # an exclamation or a question is said ("Marco! Marco!", "Really?")
    words = [doc[i] for i in doc.tokens_in(q.start, q.end) if doc[i].text[:1].isalpha()]
    opens = q.open_mark if q.open_mark is not None else q.start
    if len(words) == 1 and words[0].text[:1].isupper() and _after_a_named_owner(doc, opens):
        return True  # "NBC’s “Today”", "the BBC's “Newsnight”": a show one word long
    if not 2 <= len(words) <= _TITLE_WORDS or not words[0].text[:1].isupper():
        return False
    if not all(w.text[:1].isupper() or w.lower in _TITLE_SMALL_WORDS for w in words):
        return False
    closes = q.close_mark + 1 if q.close_mark is not None else q.end
    a, b = _sentence_around(doc, q.paragraph, opens, closes)
    before = _words_in(doc, a, opens)
    if not before:
        return False  # the quotation opens its sentence
    outside = before + _words_in(doc, closes, b)
    return any(t.text[:1].islower() and t.lower not in _TITLE_SMALL_WORDS for t in outside)


def _after_a_named_owner(doc: Document, opens: int) -> bool:
    """Whether a quotation's opening mark follows a proper noun's possessive ("NBC’s “"): a
    capitalised word quoted there is the name of what the owner makes (a show, a column, a
    product), not words someone said."""
    before = [i for i in doc.tokens_in(max(0, opens - 40), opens) if doc[i].end <= opens]
    if len(before) < 2 or doc[before[-1]].lower not in ("’s", "'s"):
        return False
    return doc[before[-2]].pos == "PROPN" and doc[before[-1]].end >= opens - 1


def _sentence_around(doc: Document, paragraph: int, start: int, end: int) -> tuple[int, int]:
    """The characters of the sentence around ``[start, end)``, read from the text (the parser
    often starts a sentence at an opening quotation mark): back to the last ``.!?`` before it
    and on to the first after it, within the paragraph."""
    para = doc.paragraphs[paragraph]
    text = doc.text
    a = max(text.rfind(ch, para.start_char, start) for ch in ".!?") + 1
    ends = [i for i in (text.find(ch, end, para.end_char) for ch in ".!?") if i >= 0]
    return max(a, para.start_char), min(ends, default=para.end_char)


def _words_in(doc: Document, a: int, b: int) -> list[Token]:
    return [doc[i] for i in doc.tokens_in(a, b) if doc[i].text[:1].isalpha()]


#: Verbs too light to make quoted words a claim ("this is a 'disaster'").
_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "become", "seem", "make", "take", "go"})


def quoted_complement(doc: Document, q: Quotation) -> Candidate | None:
    """Quoted words in the complement of any verb with a source as its subject: ``Reid has
    gone after Trump as a “con artist”``, ``she called it “a disgrace”``. PolNeAR annotates
    such quoted fragments as attributed (mixed) content whatever the verb; the long tail of
    cue verbs is too long for a lexicon (docs/benchmarks.md)."""
    inside = set(doc.tokens_in(q.start, q.end))
    if not inside or names_a_title(doc, q):
        return None
    attach: Token | None = None
    for i in sorted(inside):
        tok = doc[i]
        if tok.head not in inside and tok.head != tok.i:
            attach = doc[tok.head]
            break
    if attach is None:
        return None
    verb = attach
    child = None
    for _ in range(6):
        if verb.pos == "VERB" and verb.i not in inside:
            break
        if verb.head == verb.i:
            return None
        child = verb
        verb = doc[verb.head]
    else:
        return None
    if verb.lemma in _LIGHT_VERBS or verb.sent != doc[min(inside)].sent:
        return None
    subj = subject_of(doc, verb)
    if subj is None or subj.i in inside or subj.dep == L.EXPL:
        return None
    if subj.pos not in ("PROPN", "PRON", "NOUN") or subj.lower in ("it", "this", "that", "which"):
        return None
    top = (
        child
        if child is not None
        else next((doc[i] for i in sorted(inside) if doc[i].head == verb.i), None)
    )
    if top is None or top.dep in (L.NSUBJ, L.NSUBJ_PASS):
        return None
    content = doc.subtree(top.i)
    # "went after Trump as a 'con artist'": the object is in what was said; "pestered the
    # board that ...": the object of a clause's verb is its hearer
    objects = doc.kids(verb.i, L.OBJ) if top.dep != L.CCOMP else []
    for obj in objects:
        if obj.i < top.i and obj.i not in inside:
            content = sorted(set(content) | set(doc.subtree(obj.i)))
    spans = [(doc[content[0]].start, doc[content[-1]].end)]
    a, b = spans[0]
    a, b = min(a, q.start), max(b, q.end)
    return Candidate(
        [(a, b)], [verb.i], mention_tokens(doc, subj), "quoted_complement", verb=verb.i
    )


#: The most words a nickname holds ("The Hammer", "Big Bad John").
_NICKNAME_WORDS = 3


def is_nickname(doc: Document, q: Quotation) -> bool:
    """A nickname written in marks inside a person's name (``Darren "Dazza" Dawson``,
    ``Mick "The Hammer" Doyle``): sports pages and tabloids put one between the first name and
    the surname, and read as a quotation it becomes a claim's content ("Dazza" vowed ...) or
    the content's first words, and the name loses its first half. A nickname is one to three
    capitalised words with no punctuation of their own, written between two capitalised
    words with a space on each side, in a sentence not set in title case (a headline's
    ``Trump "Very Pleased" With Deal`` capitalises every word; the words outside the marks
    then decide, as for :func:`names_a_title`)."""
    if q.open_mark is None or q.close_mark is None:
        return False
    text = doc.text
    inside = text[q.start : q.end].split()
    if not 1 <= len(inside) <= _NICKNAME_WORDS:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in inside):
        return False
    before = text[max(0, q.open_mark - 1) : q.open_mark]
    after = text[q.close_mark + 1 : q.close_mark + 2]
    if before != " " or after != " ":
        return False
    left = _words_in(doc, doc.paragraphs[q.paragraph].start_char, q.open_mark)
    right = _words_in(doc, q.close_mark + 1, doc.paragraphs[q.paragraph].end_char)
    if not left or not right or left[-1].end != q.open_mark - 1:
        return False
    surname = right[1] if len(right) > 1 and _surname_particle(right[0]) else right[0]
    if not (_capitalised_name_word(left[-1]) and _capitalised_name_word(surname)):
        return False
    if right[0].start != q.close_mark + 2:
        return False
    # the parser's sentence, not the text's: "Robert "Bobby" Kennedy Jr. told" ends no
    # sentence at "Jr."
    sent = doc.sentences[left[-1].sent]
    outside = [doc[i] for i in range(sent.start, sent.end) if not q.start <= doc[i].start < q.end]
    return any(t.text[:1].islower() and t.lower not in _TITLE_SMALL_WORDS for t in outside)


def _capitalised_name_word(t: Token) -> bool:
    """A word that can stand in a person's name around a nickname: capitalised, a proper noun
    to the parser, not a small word of a title."""
    return t.text[:1].isupper() and t.pos == "PROPN" and t.lower not in _TITLE_SMALL_WORDS


def _surname_particle(t: Token) -> bool:
    """A particle that opens a surname ("van" of "Ann "Kiki" van Dijk"). Imported here, not at
    the top: the speakers package reads this module (a cycle at import time)."""
    from quotes.speakers.registry.model import PARTICLES

    return t.lower in PARTICLES

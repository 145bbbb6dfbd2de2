"""Findings reported by a short aside the parser does not read as a clause: "..., campaign
finance records show." and "Over the same period, court records show, the firm paid no tax."

News copy credits a fact to documents with a comment clause of a plural document noun and a
finding verb, set off by commas after or inside the clause it reports (Quirk et al. 1985,
15.53: comment clauses). The small spaCy model often reads "records show" as one noun (a
compound whose head is "show", tagged NN) or hangs "show" as a loose dependent, so no verb
rule sees a cue (PolNeAR train: 9 of 28 such asides, 7 of them gold attributions, had no
claim). The aside is read by position: the words of the aside, a comma before it, and the end
of the sentence or a comma after it.
"""

from __future__ import annotations

from quotes.claims.candidates import Candidate
from quotes.claims.cues import Lexicons, char_spans
from quotes.document import Document, Token

#: Forms of the finding verbs that follow a plural or mass document noun in such an aside.
FINDING_FORMS = frozenset(
    {"show", "shows", "showed", "suggest", "suggests", "indicate", "indicates", "reveal"}
)
#: Words that may stand in the document's noun phrase before its head ("campaign finance",
#: "state and federal", "F.A.A."): nouns, names, adjectives, numbers and "and".
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "CCONJ"})
#: The longest document phrase read, in words ("Federal Election Commission records").
_MAX_PHRASE = 5
#: Punctuation that opens the aside.
_OPENERS = frozenset({",", "—", "–", "("})
#: Punctuation that closes the sentence after a final aside.
_CLOSERS = frozenset({".", "!", ")", "…"})


def finding_asides(doc: Document, lex: Lexicons, cues: set[int]) -> list[Candidate]:
    """The claims of the finding asides of ``doc`` whose verb no other rule made a cue
    (``cues``: the token indices of cues found already)."""
    out = []
    for tok in doc.tokens:
        if tok.lower not in FINDING_FORMS or tok.i in cues or tok.i == 0:
            continue
        source = _document_phrase(doc, tok, lex)
        if not source or source[0] == 0 or doc[source[0] - 1].text not in _OPENERS:
            continue
        content = _reported_words(doc, tok, source[0] - 1)
        if content is None or not any(doc[i].pos in ("VERB", "AUX") for i in content):
            continue
        out.append(
            Candidate(
                char_spans(doc, content),
                [tok.i],
                source,
                "finding_aside",
                verb=tok.i,
                act="finding",
            )
        )
    return out


def _document_phrase(doc: Document, verb: Token, lex: Lexicons) -> list[int]:
    """The noun phrase right before ``verb`` whose last word is a document noun of
    source_nouns.txt ("records", "data", "filings"), at most :data:`_MAX_PHRASE` words of
    nouns, names, adjectives, numbers and "and", opened by neither "and" nor a word of the
    clause before. Empty when there is none."""
    head = doc[verb.i - 1]
    if head.pos not in ("NOUN", "PROPN") or not (
        head.lower in lex.source_nouns or head.lemma in lex.source_nouns
    ):
        return []
    start = head.i
    while (
        start > 0
        and head.i - start + 1 < _MAX_PHRASE
        and doc[start - 1].pos in _PHRASE_POS
        and doc[start - 1].sent == verb.sent
    ):
        start -= 1
    while start < head.i and doc[start].pos == "CCONJ":
        start += 1
    return list(range(start, head.i + 1))


def _reported_words(doc: Document, verb: Token, opener: int) -> list[int] | None:
    """The words of the sentence the aside reports on: all before it when it ends the
    sentence or a coordinated clause follows it ("..., records show, and experts say ...");
    when it interrupts the sentence, the words on both sides, or only those after when a
    coordinator opens it ("and, records show, does not live there": the second conjunct).
    None when the aside is followed by anything else."""
    sentence = doc.sentences[verb.sent]
    after = verb.i + 1
    before = list(range(sentence.start, opener))
    if after >= sentence.end or doc[after].text in _CLOSERS:
        return _trimmed(doc, before) or None
    if doc[after].text != ",":
        return None
    if after + 1 < sentence.end and doc[after + 1].pos == "CCONJ":
        return _trimmed(doc, before) or None  # "..., records show, and experts say ...": ends it
    rest = _trimmed(doc, list(range(after + 1, sentence.end)))
    if not rest:
        return None
    if opener > sentence.start and doc[opener - 1].pos == "CCONJ":
        return rest
    return _trimmed(doc, before + rest)


def _trimmed(doc: Document, words: list[int]) -> list[int]:
    """``words`` less punctuation, spaces and a coordinator at their edges ("And the firm
    ...", "... no tax.")."""
    edge = ("PUNCT", "SPACE")
    while words and (doc[words[0]].pos in edge or doc[words[0]].pos == "CCONJ"):
        words = words[1:]
    while words and doc[words[-1]].pos in edge:
        words = words[:-1]
    return words

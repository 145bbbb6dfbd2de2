"""Token features of the learned recall layer: what the CRF sees of each word.

The features read only the backend-neutral :class:`quotes.document.Document` and the rules'
own claims, so a model trained on spaCy parses works on any document the rules work on, and a
model holds learned weights over these feature strings, never a text. Changing what a feature
means changes :data:`FEATURE_VERSION`; a model stamped with another version is refused
(:class:`quotes.errors.TaggerError`), because its weights would silently mean something else.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes import labels as L
from quotes.claims.cues import FINDING_VERBS, Lexicons
from quotes.document import Document
from quotes.marks import Quotation
from quotes.records import Claim

#: Bump when any feature below changes meaning.
FEATURE_VERSION = 1

#: The labels: Begin / Inside a claim's Content or its Source, Outside both.
OUTSIDE, B_CONTENT, I_CONTENT, B_SOURCE, I_SOURCE = "O", "B-C", "I-C", "B-S", "I-S"
LABELS = (OUTSIDE, B_CONTENT, I_CONTENT, B_SOURCE, I_SOURCE)

#: Characters that open or close a quotation; a paragraph holding one may hold a claim.
_QUOTE_CHARS = frozenset('"“”«»')
#: Parts of speech of the cue words that open a paragraph to the tagger.
_VERBAL = frozenset({"VERB", "AUX"})


def cue_lemmas(lex: Lexicons) -> frozenset[str]:
    """Every lemma some cue lexicon lists: the words that can report a claim."""
    return (
        frozenset(
            lex.speech
            | lex.intention
            | lex.speech_act
            | lex.nouns
            | lex.prepositional_verbs
            | FINDING_VERBS
            | {"according"}
        )
        - lex.not_cues
    )


def paragraph_tokens(doc: Document) -> list[list[int]]:
    """Token indices of each paragraph, in order: the CRF's sequences."""
    out: list[list[int]] = [[] for _ in doc.paragraphs]
    for tok in doc.tokens:
        if 0 <= tok.para < len(out) and tok.pos != "SPACE":
            out[tok.para].append(tok.i)
    return [p for p in out if p]


def has_cue_candidate(
    doc: Document, para: Sequence[int], cues: frozenset[str], covered: Sequence[bool] = ()
) -> bool:
    """Whether a paragraph holds a word that can report a claim, or a quotation mark, outside
    the rules' claims (``covered``: per token, inside a rule claim's content, cue or source).

    Only such paragraphs are tagged (and trained on): the others hold no claim the layer could
    add and source, and skipping them keeps the layer's cost to a fraction of the parse.
    """
    return any(
        ((doc[i].lemma in cues and doc[i].pos in _VERBAL) or doc[i].text in _QUOTE_CHARS)
        and not (covered and covered[i])
        for i in para
    )


def covered_tokens(doc: Document, claims: Sequence[Claim]) -> list[bool]:
    """Per token, whether it lies in a rule claim's content, cue or source."""
    out = [False] * len(doc)
    for claim in claims:
        pieces = [*claim.spans, *(x for x in (claim.cue, claim.source) if x is not None)]
        for a, b in pieces:
            for i in doc.tokens_in(a, b):
                out[i] = True
    return out


def _claim_labels(doc: Document, claims: Sequence[Claim]) -> tuple[list[str], list[str]]:
    """Per token, whether the rules put it in a claim's content (B/I/O) or source (S/O)."""
    content = ["O"] * len(doc)
    source = ["O"] * len(doc)
    for claim in claims:
        for a, b in claim.spans:
            toks = doc_tokens_in(doc, a, b)
            for n, i in enumerate(toks):
                content[i] = "B" if n == 0 and content[i] == "O" else "I"
        if claim.source is not None:
            for i in doc_tokens_in(doc, *claim.source):
                source[i] = "S"
        if claim.cue is not None:
            for i in doc_tokens_in(doc, *claim.cue):
                source[i] = "Q" if source[i] == "O" else source[i]
    return content, source


def doc_tokens_in(doc: Document, start: int, end: int) -> list[int]:
    """Indices of the tokens (spaces left out) inside the characters ``[start, end)``."""
    return [i for i in doc.tokens_in(start, end) if doc[i].pos != "SPACE"]


def _quoted(doc: Document, quotations: Sequence[Quotation]) -> list[bool]:
    """Per token, whether it stands between a pair of quotation marks."""
    inside = [False] * len(doc)
    for q in quotations:
        for i in doc.tokens_in(q.start, q.end):
            inside[i] = True
    return inside


def _cue_ancestor(doc: Document, i: int, cues: frozenset[str]) -> str:
    """The dependency by which token ``i``'s clause hangs under a cue word, or ``""``.

    "ccomp" for the words of "that ..." under "said", "dobj" for "denied the report".
    """
    node = doc[i]
    for _ in range(12):
        if node.head == node.i:
            return ""
        head = doc[node.head]
        if head.lemma in cues and head.i != i:
            return node.dep
        node = head
    return ""


def _shape(text: str) -> str:
    if text[:1].isupper():
        return "Xx" if not text.isupper() else "XX"
    if text.isdigit():
        return "d"
    if text.isalpha():
        return "x"
    return "p"


def document_features(
    doc: Document,
    claims: Sequence[Claim],
    quotations: Sequence[Quotation],
    cues: frozenset[str],
    paragraphs: Sequence[Sequence[int]],
) -> list[list[list[str]]]:
    """The feature strings of every token of each paragraph in ``paragraphs``.

    Built straight as strings (no per-token dict), each word's neighbour strings made once:
    the features are most of the layer's cost.
    """
    content, source = _claim_labels(doc, claims)
    quoted = _quoted(doc, quotations)
    subjects = (L.NSUBJ, L.NSUBJ_PASS)
    out = []
    for para in paragraphs:
        own: list[list[str]] = []
        near: list[tuple[str, str, str, str, str, str]] = []
        for i in para:
            t = doc[i]
            head = doc[t.head]
            lemma = t.lemma if len(t.lemma) < 25 else "<long>"
            head_cue = head.lemma in cues
            cue = "1" if t.lemma in cues else "0"
            q = "1" if quoted[i] else "0"
            rc, rs = content[i], source[i]
            own.append(
                [
                    f"l={lemma}",
                    f"p={t.pos}",
                    f"t={t.tag}",
                    f"d={t.dep}",
                    f"hl={head.lemma if head_cue else head.pos}",
                    f"hd={head.dep}",
                    f"cue={cue}",
                    f"hcue={'1' if head_cue else '0'}",
                    f"anc={_cue_ancestor(doc, i, cues)}",
                    f"q={q}",
                    f"rc={rc}",
                    f"rs={rs}",
                    f"e={t.ent}",
                    f"sh={_shape(t.text)}",
                    f"ss={'1' if i == 0 or doc[i - 1].sent != t.sent else '0'}",
                    f"subj={'1' if t.dep in subjects else '0'}",
                    f"l|d={lemma}|{t.dep}",
                    f"rc|q={rc}|{q}",
                ]
            )
            near.append((lemma, t.pos, rc, rs, q, cue))
        size = len(own)
        feats = []
        for n, row in enumerate(own):
            for off in (-2, -1, 1, 2):
                m = n + off
                if 0 <= m < size:
                    lemma, pos, rc, rs, q, cue = near[m]
                    row += [
                        f"{off}l={lemma}",
                        f"{off}p={pos}",
                        f"{off}rc={rc}",
                        f"{off}rs={rs}",
                        f"{off}q={q}",
                        f"{off}cue={cue}",
                    ]
                else:
                    row.append(f"{off}=edge")
            feats.append(row)
        out.append(feats)
    return out

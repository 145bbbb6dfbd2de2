"""Token features of the learned recall layer: what the CRF sees of each word.

The features read only the backend-neutral :class:`quotes.document.Document` and the rules'
own claims, so a model trained on spaCy parses works on any document the rules work on, and a
model holds learned weights over these feature strings, never a text. Changing what a feature
means changes :data:`FEATURE_VERSION`; a model stamped with another version is refused
(:class:`quotes.errors.TaggerError`), because its weights would silently mean something else.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache

from quotes import labels as L
from quotes.claims.cues import FINDING_VERBS, Lexicons
from quotes.claims.nominal import advocate_nouns, clause_nouns
from quotes.document import Document
from quotes.lexicons import load_lexicon, load_table
from quotes.marks import Quotation
from quotes.records import Claim

#: Bump when any feature below changes meaning. 2 (session 12): the lexicon families of the
#: word, its head, its neighbours and the first family word above it (:func:`word_families`).
FEATURE_VERSION = 2

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


@cache
def resolver_speaker_nouns() -> frozenset[str]:
    """Common nouns that name people or organisations: the speaker resolver's lexicons' nouns
    as they are now (they grow with the resolver). The source gate of learned claims reads
    them (:mod:`quotes.learned.tagger`); the CRF's features do not (:func:`speaker_nouns`)."""
    words = set(load_lexicon("group_nouns") | load_lexicon("organisation_nouns"))
    words |= load_lexicon("source_nouns")
    words |= {row[0].lower() for row in load_table("roles")}
    words |= {row[0].lower() for row in load_table("description_nouns")}
    return frozenset(w for w in words if " " not in w)


@cache
def speaker_nouns() -> frozenset[str]:
    """The speaker nouns of the CRF's feature ``speaker_noun``: a frozen list
    (learned_speaker_nouns.txt), the resolver's nouns as they were on main at session 18's
    start, the lists the shipped model's figures were measured with. Read from the resolver's
    own files, a word added for the resolver ("maker", session 17) moved the model's features
    without a retraining and lost a learned claim; a retraining may write the list again from
    :func:`resolver_speaker_nouns`."""
    return load_lexicon("learned_speaker_nouns")


def _families(lex: Lexicons) -> dict[str, frozenset[str]]:
    """Each lexicon family the CRF tells apart, by name: the rules' cue families (verbs of
    saying, speech acts, stance, intention, findings; the noun cues of claims/nominal.py and
    claims/stance.py; the clause lexicons of claims/reported.py) and the speaker nouns."""
    return {
        "speech": lex.speech - lex.questions,
        "question": lex.questions,
        "speech_act": lex.speech_act,
        "intention": lex.intention,
        "prep_verb": lex.prepositional_verbs,
        "finding": FINDING_VERBS,
        "stance_verb": lex.stance_verbs,
        "noun_cue": lex.nouns,
        "stance_noun": frozenset(lex.stance_nouns),
        "frame_noun": lex.frame_nouns,
        "intention_noun": lex.intention_nouns,
        "evidential": lex.evidentials,
        "received_noun": load_lexicon("received_nouns"),
        "receiving_verb": load_lexicon("receiving_verbs"),
        "clause_noun": frozenset(clause_nouns()),
        "advocate_noun": frozenset(advocate_nouns()),
        "issuing_verb": load_lexicon("issuing_verbs"),
        "passive_as": load_lexicon("passive_as_verbs"),
        "seeming_verb": load_lexicon("seeming_verbs"),
        "attitude_noun": load_lexicon("attitude_nouns"),
        "speaker_noun": speaker_nouns(),
        "not_cue": lex.not_cues,
    }


#: :func:`word_families` of each Lexicons object, kept with it (an id alone could be reused).
_WORD_FAMILIES: dict[int, tuple[Lexicons, Mapping[str, str]]] = {}


def word_families(lex: Lexicons) -> Mapping[str, str]:
    """Each lemma some family lists, with its families joined by ``|`` in a fixed order.

    Read from the rules' own lexicon readers (no list is copied here), so a lexicon entry
    added for the rules reaches the CRF too (after a retraining). Built once per lexicons.
    """
    key = id(lex)
    if key not in _WORD_FAMILIES or _WORD_FAMILIES[key][0] is not lex:
        out: dict[str, list[str]] = {}
        for name, words in _families(lex).items():
            for word in words:
                if " " not in word:
                    out.setdefault(word, []).append(name)
        _WORD_FAMILIES[key] = (lex, {word: "|".join(names) for word, names in out.items()})
    return _WORD_FAMILIES[key][1]


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
    add and source, and skipping them keeps the layer's cost to a fraction of the parse. A
    model trained with ``paragraphs="every"`` skips none (docs/model.md, session 15).
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


def _cue_ancestor(
    doc: Document, i: int, cues: frozenset[str], families: Mapping[str, str]
) -> tuple[str, str]:
    """The dependency by which token ``i``'s clause hangs under a cue word (``""`` if none),
    and the families of the first word of any lexicon family above it with that dependency.

    "ccomp" for the words of "that ..." under "said", "dobj" for "denied the report";
    "stance_noun|prep" for the words of "support for the bill".
    """
    node = doc[i]
    cue = family = ""
    for _ in range(12):
        if node.head == node.i:
            break
        head = doc[node.head]
        if not family and head.lemma in families:
            family = f"{families[head.lemma]}|{node.dep}"
        if head.lemma in cues and head.i != i:
            cue = node.dep
            break
        node = head
    return cue, family


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
    families: Mapping[str, str],
) -> list[list[list[str]]]:
    """The feature strings of every token of each paragraph in ``paragraphs``; ``families``:
    :func:`word_families`. All of them at once: :func:`iter_document_features` gives them a
    paragraph at a time."""
    return list(iter_document_features(doc, claims, quotations, cues, paragraphs, families))


def iter_document_features(
    doc: Document,
    claims: Sequence[Claim],
    quotations: Sequence[Quotation],
    cues: frozenset[str],
    paragraphs: Sequence[Sequence[int]],
    families: Mapping[str, str],
) -> Iterator[list[list[str]]]:
    """The feature strings of each paragraph in ``paragraphs``, one paragraph at a time.

    Built straight as strings (no per-token dict), each word's neighbour strings made once:
    the features are most of the layer's cost. About 60 strings a token: tagging a long
    document paragraph by paragraph keeps one paragraph's strings in memory, not the whole
    document's (a 1 MB document held hundreds of MB of them).
    """
    content, source = _claim_labels(doc, claims)
    quoted = _quoted(doc, quotations)
    subjects = (L.NSUBJ, L.NSUBJ_PASS)
    for para in paragraphs:
        own: list[list[str]] = []
        near: list[tuple[str, str, str, str, str, str, str]] = []
        for i in para:
            t = doc[i]
            head = doc[t.head]
            lemma = t.lemma if len(t.lemma) < 25 else "<long>"
            head_cue = head.lemma in cues
            head_family = families.get(head.lemma, "")
            family = families.get(t.lemma, "")
            cue = "1" if t.lemma in cues else "0"
            q = "1" if quoted[i] else "0"
            rc, rs = content[i], source[i]
            anc, above = _cue_ancestor(doc, i, cues, families)
            own.append(
                [
                    f"l={lemma}",
                    f"p={t.pos}",
                    f"t={t.tag}",
                    f"d={t.dep}",
                    f"hl={head.lemma if head_cue or head_family else head.pos}",
                    f"hd={head.dep}",
                    f"cue={cue}",
                    f"hcue={'1' if head_cue else '0'}",
                    f"anc={anc}",
                    f"f={family}",
                    f"hf={head_family}",
                    f"fa={above}",
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
            near.append((lemma, t.pos, rc, rs, q, cue, family))
        size = len(own)
        feats = []
        for n, row in enumerate(own):
            for off in (-2, -1, 1, 2):
                m = n + off
                if 0 <= m < size:
                    lemma, pos, rc, rs, q, cue, family = near[m]
                    row += [
                        f"{off}l={lemma}",
                        f"{off}p={pos}",
                        f"{off}rc={rc}",
                        f"{off}rs={rs}",
                        f"{off}q={q}",
                        f"{off}cue={cue}",
                        f"{off}f={family}",
                    ]
                else:
                    row.append(f"{off}=edge")
            feats.append(row)
        yield feats

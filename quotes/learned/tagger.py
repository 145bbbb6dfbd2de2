"""The learned recall layer: a CRF that finds the claims the rules missed.

The rules are precise but stop at what their lexicons and patterns know. A linear-chain CRF
(crfsuite, through python-crfsuite) tags each paragraph that holds a cue candidate (or every
paragraph, for a model trained so: ``paragraphs`` in its header) with BIO labels for claim
contents and sources, reading the parse and the rules' own claims as
features (:mod:`quotes.learned.features`). :func:`add_learned_claims` keeps only the contents
that overlap no rule claim and have a source (:func:`learned_source`): the subject of the cue
word that governs the content (the rules' own source finder), of the verb above it, or the
source the CRF tagged. The CRF's marginal probability of
the content becomes the claim's ``confidence``; its rule is ``learned``.

A model file is gzip of one JSON header line (format, :data:`FEATURE_VERSION`, labels, the
quotes version and training figures) followed by crfsuite's binary model: weights over
feature strings, no text of the training data.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from quotes import errors, labels
from quotes.backends import parse_fingerprint
from quotes.claims import kind_of, lexicons, mention_span
from quotes.claims.acts import REFUSAL, STATEMENT, cue_act
from quotes.claims.cues import (
    RELATIVE_PRONOUNS,
    Lexicons,
    is_reduced_passive,
    mention_tokens,
    subject_of,
)
from quotes.claims.direct import teaser_headlines
from quotes.claims.integrity import snap_to_words
from quotes.document import Document, Token
from quotes.learned.features import (
    B_CONTENT,
    B_SOURCE,
    FEATURE_VERSION,
    I_CONTENT,
    I_SOURCE,
    OUTSIDE,
    covered_tokens,
    cue_lemmas,
    doc_tokens_in,
    document_features,
    has_cue_candidate,
    iter_document_features,
    paragraph_tokens,
    resolver_speaker_nouns,
    word_families,
)
from quotes.marks import Quotation, find_quotations
from quotes.records import Claim

FORMAT = "quotes-crf"
#: The rule name of the claims the layer adds.
RULE = "learned"
#: The model shipped in the package, trained on PolNeAR train (docs/model.md).
DEFAULT_MODEL = "polnear.crf.gz"
#: Contents shorter than this many words are not added (they are mostly stray fragments).
MIN_WORDS = 2
_EDGE = frozenset(",.;:!?—–-\"“”‘’'()")
#: A learned claim's cue is a verb: nominal cues ("threat", "report") and their subjects gave
#: the wrong speaker for most of the claims they sourced (PolNeAR dev, docs/model.md).
_VERBS = frozenset({"VERB", "AUX"})
#: How far above a content :func:`_governing_verb` looks (a preposition and a noun: "comments
#: on", "a demand by").
_VERB_STEPS = 3
#: Which paragraphs a model was trained on and is run on (its header's ``paragraphs``):
#: ``cue``, those with a cue candidate (:func:`has_cue_candidate`; every model before session
#: 15, whose header has no such key), or ``every`` paragraph (docs/model.md, session 15).
CUE_PARAGRAPHS = "cue"
EVERY_PARAGRAPH = "every"
PARAGRAPH_MODES = (CUE_PARAGRAPHS, EVERY_PARAGRAPH)


def _crfsuite() -> Any:
    try:
        import pycrfsuite
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise errors.TaggerError(errors.TAGGER_NEEDS_CRFSUITE) from exc
    return pycrfsuite


def default_model_path() -> Path:
    """Where the shipped model lies inside the package."""
    return Path(str(resources.files("quotes.learned") / "models" / DEFAULT_MODEL))


@dataclass(frozen=True)
class TaggedSpan:
    """A run of tokens the CRF tagged as a content or a source, with its mean marginal."""

    tokens: tuple[int, ...]
    role: str
    probability: float


class Tagger:
    """A trained CRF with its header; see :func:`load_tagger` and :func:`train_tagger`."""

    def __init__(self, header: dict[str, Any], model: bytes) -> None:
        self.header = header
        self.model = model
        self._tagger = _crfsuite().Tagger()
        self._tagger.open_inmemory(model)
        self.min_confidence: float = float(header.get("min_confidence", 0.5))
        #: whether a content no cue verb governs may take the source the CRF tagged near it
        self.tagged_sources: bool = bool(header.get("tagged_sources", True))
        #: whether only a speech verb ("say", "insist", "respond") may govern a learned claim
        self.speech_only: bool = bool(header.get("speech_only", True))
        #: whether a content with no other source may take the subject of the verb above it
        #: (:func:`_governing_verb`): "X has enacted <content>", "X was ready <content>"
        self.verb_sources: bool = bool(header.get("verb_sources", True))
        #: whether the subject of the verb above the content comes before the source the CRF
        #: tagged (:func:`learned_source`; session 15, "Who speaks for learned claims")
        self.verb_before_tagged: bool = bool(header.get("verb_before_tagged", True))
        #: whether the clause of a noun takes the noun's holder ("Ryan's view that ...") before
        #: the verb above the noun (:func:`_noun_holder`)
        self.noun_holders: bool = bool(header.get("noun_holders", True))
        #: whether a source the CRF tagged, or a non-cue verb's subject, must look like a
        #: speaker (:func:`_looks_like_speaker`)
        self.speaker_like: bool = bool(header.get("speaker_like", True))
        #: tag every paragraph, as a model trained on every paragraph is (its header's
        #: ``paragraphs``); else only those with a cue candidate (:func:`has_cue_candidate`)
        self.every_paragraph: bool = header.get("paragraphs", CUE_PARAGRAPHS) == EVERY_PARAGRAPH
        #: with the cue-candidate test, tag only paragraphs with a cue word or quotation mark
        #: outside the rules' claims
        self.gate: bool = True
        #: the cue words that open a paragraph to the tagger (None: every cue lexicon)
        self.gate_cues: frozenset[str] | None = None

    # --- files ------------------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write the model (gzip: header line + crfsuite model) to ``path``."""
        path = Path(path)
        head = json.dumps(self.header, sort_keys=True).encode("utf-8")
        path.write_bytes(gzip.compress(head + b"\n" + self.model, compresslevel=9, mtime=0))
        return path

    # --- tagging ----------------------------------------------------------------------
    def tag_document(self, doc: Document, claims: Sequence[Claim]) -> list[TaggedSpan]:
        """The contents and sources the CRF finds in the paragraphs it tags
        (:meth:`tagged_paragraphs`)."""
        lex = lexicons()
        cues = cue_lemmas(lex)
        paragraphs = self.tagged_paragraphs(doc, claims, cues)
        if not paragraphs:
            return []
        quotations = find_quotations(doc.text, doc.paragraphs)
        features = iter_document_features(
            doc, claims, quotations, cues, paragraphs, word_families(lex)
        )
        out: list[TaggedSpan] = []
        for para, feats in zip(paragraphs, features, strict=True):
            tags = self._tagger.tag(feats)
            if all(t == OUTSIDE for t in tags):
                continue
            out += _runs(para, tags, self._tagger.marginal)
        return out

    def tagged_paragraphs(
        self, doc: Document, claims: Sequence[Claim], cues: frozenset[str]
    ) -> list[list[int]]:
        """The paragraphs to tag: every one for a model trained on every paragraph (the
        paragraphs without a cue candidate are what it learned to leave alone), else those
        with a cue word or quotation mark outside the rules' claims."""
        if self.every_paragraph:
            return paragraph_tokens(doc)
        covered = covered_tokens(doc, claims) if self.gate else []
        opening = self.gate_cues if self.gate_cues is not None else cues
        return [p for p in paragraph_tokens(doc) if has_cue_candidate(doc, p, opening, covered)]


def _runs(
    para: Sequence[int], tags: Sequence[str], marginal: Callable[[str, int], float]
) -> list[TaggedSpan]:
    """The BIO runs of one tagged paragraph; an I without its B starts a run too."""
    out: list[TaggedSpan] = []
    run: list[int] = []
    probs: list[float] = []
    role = ""

    def close() -> None:
        if run:
            out.append(TaggedSpan(tuple(para[n] for n in run), role, sum(probs) / len(probs)))

    for n, tag in enumerate(tags):
        kind = tag[2:] if tag != OUTSIDE else ""
        if tag == OUTSIDE or tag.startswith("B-") or kind != role:
            close()
            run, probs, role = [], [], kind
            if tag == OUTSIDE:
                continue
        run.append(n)
        probs.append(marginal(tag, n))
    close()
    return out


# --- loading ---------------------------------------------------------------------------------
def read_model(path: str | Path) -> tuple[dict[str, Any], bytes]:
    """The header and crfsuite bytes of a model file, checked; see :class:`Tagger`."""
    path = Path(path)
    if not path.is_file():
        raise errors.TaggerError(errors.TAGGER_MISSING.format(path=path))
    try:
        raw = gzip.decompress(path.read_bytes())
        head, _, model = raw.partition(b"\n")
        header = json.loads(head)
    except (OSError, EOFError, ValueError) as exc:
        raise errors.TaggerError(
            errors.TAGGER_BAD_FILE.format(path=path, error=type(exc).__name__)
        ) from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise errors.TaggerError(errors.TAGGER_BAD_FILE.format(path=path, error="no header"))
    if header.get("paragraphs", CUE_PARAGRAPHS) not in PARAGRAPH_MODES:
        raise errors.TaggerError(
            errors.TAGGER_BAD_FILE.format(path=path, error=f"paragraphs {header['paragraphs']!r}")
        )
    if header.get("feature_version") != FEATURE_VERSION:
        raise errors.TaggerError(
            errors.TAGGER_VERSION.format(
                path=path, found=header.get("feature_version"), expected=FEATURE_VERSION
            )
        )
    return header, model


def load_tagger(spec: str | Path | Tagger) -> Tagger:
    """A :class:`Tagger` from a model path, ``"default"`` (the shipped model) or a Tagger."""
    if isinstance(spec, Tagger):
        return spec
    path = default_model_path() if spec == "default" else Path(spec)
    header, model = read_model(path)
    return Tagger(header, model)


# --- adding claims ---------------------------------------------------------------------------
def _trim(doc: Document, tokens: Sequence[int]) -> list[int]:
    toks = list(tokens)
    while toks and doc[toks[0]].text in _EDGE:
        toks.pop(0)
    while toks and doc[toks[-1]].text in _EDGE:
        toks.pop()
    return toks


def _governing_cue(doc: Document, content: set[int], cues: frozenset[str]) -> int | None:
    """The nearest cue word above the content in the parse, outside it, in its sentence."""
    first = doc[min(content)]
    for i in sorted(content):
        node = doc[i]
        for _ in range(12):
            if node.head == node.i:
                break
            node = doc[node.head]
            if node.i in content:
                continue
            if node.lemma in cues and node.pos in _VERBS and node.sent == first.sent:
                return node.i
            break
    return None


def _governing_verb(doc: Document, content: set[int]) -> int | None:
    """The first verb above the content in the parse, outside it, in its sentence.

    A content the CRF tags under a verb no cue lexicon lists ("has enacted", "was ready to")
    is most often said or held by that verb's subject.
    """
    first = doc[min(content)]
    node = doc[min(content)]
    while node.head != node.i and node.head in content:
        node = doc[node.head]
    for _ in range(_VERB_STEPS):
        if node.head == node.i:
            return None
        node = doc[node.head]
        if node.sent != first.sent:
            return None
        if node.pos in _VERBS:
            return node.i
    return None


#: Heads a source may not have when it was found by the CRF or a verb no lexicon lists:
#: expletives and things ("it is clear that", "all signs", "the deal"), and relative pronouns,
#: which the resolver cannot follow from a learned claim.
_NOT_SPEAKERS = frozenset({"it", "its", "itself", "this", "there", "what"}) | RELATIVE_PRONOUNS
#: Entity types of speakers (spaCy's and stanza's names).
_SPEAKER_ENTS = frozenset({"PERSON", "PER", "ORG", "NORP", "GPE"})


def _looks_like_speaker(doc: Document, tokens: Sequence[int]) -> bool:
    """Whether a source mention is a person, an organisation, a group or a document: its head
    (the word whose parent lies outside it) is a name, a personal pronoun, a speaker entity
    or a noun of the speaker lexicons. The CRF's sources and the subjects of verbs no cue
    lexicon lists are often things ("the deal", "it"), whose claims then get a wrong speaker.
    """
    inside = set(tokens)
    heads = [i for i in tokens if doc[i].head not in inside or doc[i].head == i]
    head = doc[heads[0]] if heads else doc[tokens[-1]]
    if head.lower in _NOT_SPEAKERS:
        return False
    if head.pos in ("PROPN", "PRON") or head.ent in _SPEAKER_ENTS:
        return True
    nouns = resolver_speaker_nouns()
    return head.lemma.lower() in nouns or head.lower in nouns


def _nearest_cue(doc: Document, content: set[int], cues: frozenset[str]) -> int | None:
    """The cue word closest to the content in its sentence(s), outside it."""
    sents = {doc[i].sent for i in content}
    lo, hi = min(content), max(content)
    best: tuple[int, int] | None = None
    for t in doc.tokens[max(0, lo - 40) : hi + 40]:
        if t.sent in sents and t.i not in content and t.lemma in cues:
            gap = lo - t.i if t.i < lo else t.i - hi
            if best is None or gap < best[0]:
                best = (gap, t.i)
    return best[1] if best else None


def _tagged_source(
    doc: Document, content: set[int], sources: Mapping[int, Sequence[TaggedSpan]]
) -> list[int] | None:
    """The tagged source nearest the content in the same sentence(s) (``sources`` by the
    sentence of their first token, so a long document costs linear time)."""
    sents = {doc[i].sent for i in content}
    lo, hi = min(content), max(content)
    near = [s for n in sents for s in sources.get(n, ()) if not (set(s.tokens) & content)]
    if not near:
        return None
    best = min(near, key=lambda s: min(abs(s.tokens[0] - hi), abs(lo - s.tokens[-1])))
    return _trim(doc, best.tokens) or None


@dataclass(frozen=True)
class SourceChoice:
    """The source a learned content gets, the cue word it hangs by (None: none found), and
    the step of :func:`learned_source` that chose it (:data:`SOURCE_STEPS`)."""

    source: list[int]
    cue: int | None
    step: str


#: The steps of :func:`learned_source`, in order (docs/model.md, "How a learned claim gets
#: its source"): the governing cue verb's subject, the CRF's tagged source, the subject of
#: the verb above the content.
SOURCE_STEPS = ("cue", "tagged", "verb")


def learned_source(
    doc: Document,
    content: set[int],
    sources: Mapping[int, Sequence[TaggedSpan]],
    tagger: Tagger,
    source_cues: frozenset[str],
    cues: frozenset[str],
) -> SourceChoice | None:
    """Who speaks for a learned content, and by which step (None: nobody found, or a relative
    pronoun the resolver cannot follow): the subject of the speech verb governing it, else
    the subject of the verb above it, else the source the CRF tagged nearest it when a cue
    word stands in its sentence; the last two only when they look like a speaker.

    The verb's subject comes before the tagged source (``Tagger.verb_before_tagged``; the
    other way round before session 15's mends): the nearest tagged source is often another
    claim's speaker ("Jones pointed to the debt, Smith said"; "many people will vote for her
    all the same, they say"), while the content's own verb says who holds it. On held-out
    train (docs/model.md, "Who speaks for learned claims (session 15)") this turned 1-2 wrong
    speakers right per 140 articles and no right one wrong."""
    cue = _governing_cue(doc, content, source_cues)
    if cue is not None:
        subject = subject_of(doc, doc[cue])
        if subject is not None and subject.i not in content:
            if subject.lower in RELATIVE_PRONOUNS:
                return None  # "who", "that": the rules' resolver cannot follow them here
            return SourceChoice(mention_tokens(doc, subject, stop=frozenset(content)), cue, "cue")
    holder = _noun_holder(doc, content) if tagger.noun_holders else None
    if holder and (not tagger.speaker_like or _looks_like_speaker(doc, holder[0])):
        return SourceChoice(holder[0], cue if cue is not None else holder[1], "noun")
    verb = _verb_source(doc, content, tagger) if tagger.verb_sources else None
    if verb is not None and verb[0] and tagger.verb_before_tagged:
        return SourceChoice(verb[0], cue if cue is not None else verb[1], "verb")
    if tagger.tagged_sources:
        cue = cue if cue is not None else _nearest_cue(doc, content, cues)
        source = _tagged_source(doc, content, sources) if cue is not None else None
        if source and (not tagger.speaker_like or _looks_like_speaker(doc, source)):
            return SourceChoice(source, cue, "tagged")
    if verb is not None and verb[0]:
        return SourceChoice(verb[0], cue if cue is not None else verb[1], "verb")
    return None  # nobody, or a relative pronoun, which the resolver cannot follow here


#: The prepositions by which a noun names whose it is: "the advice of his aides", "a
#: demand by the union", "word from the White House".
_HOLDER_PREPS = frozenset({"of", "by", "from"})


def _noun_holder(doc: Document, content: set[int]) -> tuple[list[int], int] | None:
    """Whose a content is when it is the clause of a noun ("Ryan's view that ...", "the advice
    of his aides that ..."): the noun's possessor, or the object of its "of", "by" or "from",
    with the noun. The verb above such a noun is often someone else's ("Smith rejected Ryan's
    view that ..."), so the noun's holder comes first."""
    inside = set(content)
    root = next((i for i in sorted(content) if doc[i].head not in inside), None)
    if root is None or doc[root].dep != labels.ACL:
        return None
    noun = doc[doc[root].head]
    if noun.pos not in ("NOUN", "PROPN") or noun.i == root:
        return None
    for child in doc.children[noun.i]:
        if child in inside:
            continue
        if doc[child].dep == labels.POSS:  # less its "'s", as the rules' nominal cues take it
            mention = mention_tokens(doc, doc[child], stop=frozenset(content))
            return _verbless(doc, [i for i in mention if doc[i].dep != labels.CASE], noun.i)
        if doc[child].dep == labels.PREP and doc[child].lower in _HOLDER_PREPS:
            objs = [o for o in doc.children[child] if doc[o].dep == labels.POBJ]
            if objs:
                return _verbless(
                    doc, mention_tokens(doc, doc[objs[0]], stop=frozenset(content)), noun.i
                )
    return None


def _verbless(doc: Document, mention: list[int], noun: int) -> tuple[list[int], int] | None:
    """The holder and its noun, unless a verb lies inside the holder: a misparse ("Mayor
    rejects council's view that ...", a headline, parsed as one noun phrase)."""
    if any(doc[i].pos in _VERBS for i in mention):
        return None
    return mention, noun


def _verb_source(doc: Document, content: set[int], tagger: Tagger) -> tuple[list[int], int] | None:
    """The subject of the verb above the content (:func:`_governing_verb`) with the verb, if it
    looks like a speaker; an empty mention for a relative pronoun ("who", "that")."""
    verb = _governing_verb(doc, content)
    subject = subject_of(doc, doc[verb]) if verb is not None else None
    if verb is None or subject is None or subject.i in content:
        return None
    if subject.lower in RELATIVE_PRONOUNS:
        return [], verb
    mention = mention_tokens(doc, subject, stop=frozenset(content))
    if tagger.speaker_like and not _looks_like_speaker(doc, mention):
        return None
    return mention, verb


def add_learned_claims(doc: Document, claims: Sequence[Claim], tagger: Tagger) -> list[Claim]:
    """The rules' claims with the tagger's additions (:func:`learned_claims`), in text order."""
    return sorted([*claims, *learned_claims(doc, claims, tagger)], key=lambda c: (c.start, c.end))


def resolve_with_learned(
    doc: Document,
    resolved: Sequence[Claim],
    claims: Sequence[Claim],
    learned: Sequence[Claim],
    resolve: Callable[[Document, Sequence[Claim], int], list[Claim]],
) -> list[Claim]:
    """The rules' claims as resolved without the layer, and the learned ones resolved among them.

    The learned claims are resolved in a second pass over all claims, and only their result
    is kept: a wrong learned speaker never becomes the "previous speaker" a rule claim's
    continuation takes, so the layer cannot change what the rules found. ``resolve`` resolves
    the first claims it is given, up to the count it is given
    (:func:`quotes.speakers.resolve_speakers`'s ``upto``): the pass stops after the last
    learned claim, as no later claim is kept.
    """
    if not learned:
        return list(resolved)
    both = sorted([*claims, *learned], key=lambda c: (c.start, c.end))
    last = max((n for n, c in enumerate(both) if c.rule.split("+")[0] == RULE), default=-1)
    together = resolve(doc, both, last + 1)
    mine = [c for c in together if c.rule.split("+")[0] == RULE]
    return sorted([*resolved, *mine], key=lambda c: (c.start, c.end))


#: Verbs and nouns around a request for comment: "did not respond to a request for comment",
#: "did not return requests to comment".
_REPLY_CUES = frozenset({"respond", "reply", "return", "answer", "request"})


def _request_for_comment(doc: Document, cue: Token, content: set[int]) -> bool:
    """ "X did not respond to a request for comment": the newsroom's formula for a source that
    said nothing. PolNeAR's annotators mark it as an attribution (8 of the tagger's 11 such
    claims on train match one), so it stays a claim, but of the act ``refusal``, as "declined
    to comment" is: nothing in it to check (:mod:`quotes.claims.acts`)."""
    return cue.lemma in _REPLY_CUES and any(doc[i].lemma == "comment" for i in content)


def _learned_act(doc: Document, cue: int | None, content: set[int], lex: Lexicons) -> str:
    """The act of a learned claim: its cue's (:func:`cue_act`), a statement by default, a
    refusal for a request for comment left unanswered."""
    if cue is None:
        return STATEMENT
    if _request_for_comment(doc, doc[cue], content):
        return REFUSAL
    return cue_act(doc[cue].lemma, lex) or STATEMENT


def learned_claims(doc: Document, claims: Sequence[Claim], tagger: Tagger) -> list[Claim]:
    """The claims the tagger adds to the rules' ``claims``, unresolved.

    A tagged content is added only when it overlaps no rule claim, has :data:`MIN_WORDS`
    words, reaches the tagger's ``min_confidence``, and has a source (:func:`learned_source`:
    the subject of the cue verb that governs it, the holder of the noun it is the clause of,
    the subject of the verb above it, or the tagged source nearest to it).
    """
    if not doc.tokens:
        return []
    spans = tagger.tag_document(doc, claims)
    contents = [s for s in spans if s.role == "C" and s.probability >= tagger.min_confidence]
    if not contents:
        return []
    sources: dict[int, list[TaggedSpan]] = {}
    for s in spans:
        if s.role == "S":
            sources.setdefault(doc[s.tokens[0]].sent, []).append(s)
    lex = lexicons()
    cues = cue_lemmas(lex)
    source_cues = lex.speech if tagger.speech_only else cues
    # per token, whether a claim's words hold it: the overlap test of each tagged content is
    # then a look at its own tokens, not at every claim (linear in a long document)
    taken = [False] * len(doc)
    for claim in claims:
        for a, b in claim.spans:
            for i in doc.tokens_in(a, b):
                taken[i] = True
    for para in teaser_headlines(doc):  # a teaser reports no claim (claims.drop_teasers)
        for i in doc.tokens_in(para.start_char, para.end_char):
            taken[i] = True
    quotations: list[Quotation] | None = None  # found only when a claim is added
    added: list[Claim] = []
    for span in contents:
        toks = _trim(doc, span.tokens)
        if sum(doc[i].text not in _EDGE for i in toks) < MIN_WORDS:
            continue
        # a run may stop inside a word ("do" of "don't"): a claim never cuts a word
        ((start, end),) = snap_to_words(doc.text, [doc.char_span(toks)])
        if any(taken[i] for i in doc.tokens_in(start, end)):
            continue
        content = set(toks)
        choice = learned_source(doc, content, sources, tagger, source_cues, cues)
        if choice is None:
            continue
        source, cue = choice.source, choice.cue
        if not source or set(source) & content:
            continue
        source_span = mention_span(doc, source)
        if source_span is None:
            continue  # a "mention" with no letter or digit (a stray mark the parser made a subject)
        if cue is not None and is_reduced_passive(doc, doc[cue]):
            continue  # "Asked whether ..., X replied": X was asked, so X is not the source
        if quotations is None:
            quotations = find_quotations(doc.text, doc.paragraphs)
        kind, _ = kind_of(doc.text, [(start, end)], quotations)
        cue_span = (doc[cue].start, doc[cue].end) if cue is not None else None
        added.append(
            Claim(
                spans=((start, end),),
                kind=kind,
                cue=cue_span,
                cue_text=doc[cue].text if cue is not None else None,
                source=source_span,
                confidence=round(span.probability, 3),
                rule=RULE,
                act=_learned_act(doc, cue, content, lex),
            )
        )
        for i in doc.tokens_in(start, end):
            taken[i] = True
    return added


# --- training --------------------------------------------------------------------------------
def gold_labels(
    doc: Document,
    contents: Iterable[Sequence[tuple[int, int]]],
    sources: Iterable[Sequence[tuple[int, int]]],
) -> list[str]:
    """BIO labels of every token from gold pieces; a content wins over a source."""
    labels = [OUTSIDE] * len(doc)
    for pieces in sources:
        for n, i in enumerate(i for a, b in pieces for i in doc_tokens_in(doc, a, b)):
            labels[i] = B_SOURCE if n == 0 else I_SOURCE
    for pieces in contents:
        for n, i in enumerate(i for a, b in pieces for i in doc_tokens_in(doc, a, b)):
            labels[i] = B_CONTENT if n == 0 else I_CONTENT
    return labels


def parse_cached(
    texts: Sequence[str],
    cache: str | Path | None,
    parse_many: Callable[[list[str]], Any],
    fingerprint: str = "",
) -> list[Document]:
    """Parse each text once: a pickle per text (named by its hash) in ``cache``, inside a
    folder of the parser's ``fingerprint`` (:func:`quotes.backends.parse_fingerprint`), so a
    new model or a new version of quotes' parse stage parses again instead of reading parses
    it would not make."""
    if cache is None:
        return list(parse_many(list(texts)))
    folder = Path(cache) / fingerprint if fingerprint else Path(cache)
    folder.mkdir(parents=True, exist_ok=True)
    names = [folder / (hashlib.sha1(t.encode("utf-8")).hexdigest()[:20] + ".pkl") for t in texts]
    todo = [n for n, p in enumerate(names) if not p.is_file()]
    if todo:
        for n, document in zip(todo, parse_many([texts[n] for n in todo]), strict=True):
            names[n].write_bytes(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
    return [pickle.loads(p.read_bytes()) for p in names]


def training_paragraphs(doc: Document, cues: frozenset[str], mode: str) -> list[list[int]]:
    """The paragraphs a model of ``mode`` (:data:`PARAGRAPH_MODES`) learns from: every one, or
    those with a cue candidate, the rules' claims not masked (as every model before session 15
    was trained; at run time the paragraphs whose cue candidates the rules hold are skipped)."""
    if mode == EVERY_PARAGRAPH:
        return paragraph_tokens(doc)
    return [p for p in paragraph_tokens(doc) if has_cue_candidate(doc, p, cues)]


def train_tagger(
    brat_dir: str | Path,
    out: str | Path,
    *,
    iterations: int = 100,
    cache: str | Path | None = None,
    extractor: Any = None,
    c1: float = 1.0,
    c2: float = 0.01,
    min_freq: int = 2,
    min_confidence: float = 0.4,
    limit: int | None = None,
    paragraphs: str = CUE_PARAGRAPHS,
    log: Callable[[str], None] | None = None,
) -> Tagger:
    """Train a tagger on a brat split (``text/*.txt`` + ``attributions/*.ann``) and save it.

    One annotator per article (as :func:`quotes.evaluate.read_split` chooses), each text
    parsed once (and kept in ``cache`` when given). ``c1`` (L1) makes the weights sparse and
    ``min_freq`` drops rare features, which keeps the model small. ``paragraphs`` is
    :data:`CUE_PARAGRAPHS` (train on the paragraphs with a cue candidate, tag those) or
    :data:`EVERY_PARAGRAPH` (train on every paragraph, so the CRF also sees where no claim
    lies, and tag every one); it is stamped in the header, which the runtime follows.
    """
    if paragraphs not in PARAGRAPH_MODES:
        raise ValueError(f"paragraphs must be one of {PARAGRAPH_MODES}, not {paragraphs!r}")
    from quotes import __version__
    from quotes.claims import find_claims
    from quotes.evaluate import read_split
    from quotes.extractor import Extractor

    crfsuite = _crfsuite()
    say = log or (lambda message: None)
    gold = read_split(brat_dir, limit=limit)
    if not gold:
        raise errors.TaggerError(errors.TAGGER_NO_DATA.format(path=brat_dir))
    extractor = extractor or Extractor()
    say(f"parsing {len(gold)} documents (cache: {cache or 'none'})")
    backend = extractor.backend
    parsed = parse_cached(
        [g.text for g in gold], cache, backend.parse_many, parse_fingerprint(backend)
    )
    lex = lexicons()
    cues = cue_lemmas(lex)
    families = word_families(lex)
    trainer = crfsuite.Trainer(verbose=False)
    sequences = tokens = 0
    for g, doc in zip(gold, parsed, strict=True):
        claims = find_claims(doc)
        quotations = find_quotations(doc.text, doc.paragraphs)
        labels = gold_labels(
            doc, (a.content for a in g.attributions), (a.sources for a in g.attributions)
        )
        chosen = training_paragraphs(doc, cues, paragraphs)
        for para, feats in zip(
            chosen,
            document_features(doc, claims, quotations, cues, chosen, families),
            strict=True,
        ):
            trainer.append(feats, [labels[i] for i in para])
            sequences += 1
            tokens += len(para)
    say(f"training on {sequences} paragraphs, {tokens} tokens, {iterations} iterations")
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.minfreq": min_freq,
            "feature.possible_transitions": True,
        }
    )
    fd, tmp = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        trainer.train(tmp)
        model = Path(tmp).read_bytes()
    finally:
        os.unlink(tmp)
    header = {
        "format": FORMAT,
        "feature_version": FEATURE_VERSION,
        "labels": [OUTSIDE, B_CONTENT, I_CONTENT, B_SOURCE, I_SOURCE],
        "quotes_version": __version__,
        "min_confidence": min_confidence,
        "paragraphs": paragraphs,
        "trained_on": {"documents": len(gold), "paragraphs": sequences, "tokens": tokens},
        "params": {"iterations": iterations, "c1": c1, "c2": c2, "min_freq": min_freq},
    }
    tagger = Tagger(header, model)
    tagger.save(out)
    say(f"saved {out} ({Path(out).stat().st_size / 1e6:.1f} MB)")
    return tagger

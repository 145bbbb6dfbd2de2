"""The stanza backend: a stanza ``Pipeline``'s Universal Dependencies parse as a :class:`Document`.

Research groups use stanza for its UD parses and its coreference model; this backend gives
them the same claims table as the spaCy one. It has two halves:

- :class:`StanzaBackend` builds the pipeline (tokenize, pos, lemma, depparse, ner, and coref
  when asked for) offline first: it checks the models are on disk before any work starts and
  never downloads (``download_method=None``), so a corpus run cannot stall on the network
  half way through.
- :func:`from_stanza` turns a stanza ``Document`` into the backend-neutral
  :class:`quotes.document.Document`. Every claim and speaker rule is written once, against
  what the spaCy backend gives, so the differences of UD that the label layer
  (:func:`quotes.labels.normalise`) cannot rename away are converted here (see
  :func:`_dep`, :func:`_word_offsets`).

Coreference chains, when the document has them, come out as :class:`CorefChain` records by
character offsets (:func:`coref_chains`), ready for the speaker resolver; they are passed to the
:class:`Document` as its ``coref`` field as soon as it has one (see docs/stanza.md).
"""

from __future__ import annotations

import bisect
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from quotes import errors
from quotes import labels as L
from quotes.document import CorefChain, Document, Span, Token, split_paragraphs
from quotes.text import Prepared, plain_text, prepare

try:  # stanza is an optional dependency: `pip install 'quotes-attribution[stanza]'`
    import stanza
except ImportError:  # pragma: no cover - exercised only where stanza is absent
    stanza = None

#: The processors quotes needs, in stanza's order; stanza adds ``mwt`` itself where the
#: language has multi-word tokens.
PROCESSORS = ("tokenize", "pos", "lemma", "depparse", "ner")
COREF = "coref"

#: Words that UD attaches as ``advmod`` and ClearNLP (spaCy) as ``neg``: the rules read
#: negation from :data:`quotes.labels.NEG` whichever backend parsed.
NEGATIONS = frozenset({"not", "n't", "n’t", "nt", "never"})

Offsets = tuple[int, int]


# CorefChain lives in quotes.document: the backend-neutral record the resolver reads.


# --- the pipeline ----------------------------------------------------------------------------


def default_model_dir() -> str:
    """Where stanza keeps its models: ``STANZA_RESOURCES_DIR``, else stanza's own default.

    Read at call time (not import time) so that setting the variable after ``import quotes``
    still counts.
    """
    found = os.environ.get("STANZA_RESOURCES_DIR")
    if found:
        return found
    if stanza is not None:
        from stanza.resources.common import DEFAULT_MODEL_DIR

        return str(DEFAULT_MODEL_DIR)
    return os.path.join(os.path.expanduser("~"), "stanza_resources")


def processor_list(processors: str | Sequence[str] | None, coref: bool) -> list[str]:
    """The processors to load: the user's list when given, else :data:`PROCESSORS` (+ coref)."""
    if processors is None:
        names = list(PROCESSORS)
    elif isinstance(processors, str):
        names = [p.strip() for p in processors.split(",") if p.strip()]
    else:
        names = list(processors)
    if coref and COREF not in names:
        names.append(COREF)
    return names


def missing_models(lang: str, model_dir: str, processors: Sequence[str]) -> list[str]:
    """What is not on disk for ``lang`` under ``model_dir``: resources.json, processors.

    Stanza lays its models out as ``<model_dir>/<lang>/<processor>/<package>.pt`` next to a
    ``resources.json`` index; checking for those before building the pipeline lets us fail
    with one clear message instead of a traceback from the middle of stanza.
    """
    if not os.path.isfile(os.path.join(model_dir, "resources.json")):
        return ["resources.json", *processors]
    lang_dir = os.path.join(model_dir, lang)
    return [p for p in processors if not os.path.isdir(os.path.join(lang_dir, p))]


def model_missing_error(
    lang: str, model_dir: str, missing: Sequence[str]
) -> errors.ModelNotFoundError:
    """The error of a missing model: the language, the directory and the download command."""
    return errors.ModelNotFoundError(
        errors.STANZA_MODEL_MISSING.format(
            lang=lang, model_dir=model_dir, missing=", ".join(missing)
        )
    )


def build_pipeline(
    lang: str,
    model_dir: str,
    processors: Sequence[str],
    *,
    use_gpu: bool = False,
) -> Any:
    """A ``stanza.Pipeline`` loaded from disk only, or the Q002 error before any work starts."""
    missing = missing_models(lang, model_dir, processors)
    if missing:
        raise model_missing_error(lang, model_dir, missing)
    try:
        return stanza.Pipeline(
            lang=lang,
            dir=model_dir,
            processors=",".join(processors),
            use_gpu=use_gpu,
            download_method=None,
            logging_level="WARN",
        )
    except (FileNotFoundError, ValueError) as exc:
        # a model file stanza expected was not there after all, or resources.json does not
        # list the language: stanza's own reason goes into the message
        raise model_missing_error(lang, model_dir, [str(exc)]) from exc


class StanzaBackend:
    """Parses with a stanza pipeline and converts its parse with :func:`from_stanza`.

    Args:
        model: a ready ``stanza.Pipeline`` (or anything with its ``process`` / ``stream``
            methods), used as it is; a string is the language code (``model="de"``, so that
            ``quotes.extract(text, backend="stanza", model="de")`` caches one pipeline per
            language); None builds one from the options below.
        lang: the language code of the models (``"en"``).
        model_dir: where the models are; default ``STANZA_RESOURCES_DIR``, else stanza's
            default directory.
        use_gpu: passed to stanza; False keeps the parse on the CPU.
        coref: also load stanza's coreference model; its chains then reach the speaker
            resolver (see :func:`coref_chains`).
        processors: the processors to load instead of :data:`PROCESSORS`.
        **_: other Extractor options (spaCy's ``disable=``...), ignored.
    """

    name = "stanza"

    def __init__(
        self,
        model: Any = None,
        *,
        lang: str = "en",
        model_dir: str | os.PathLike[str] | None = None,
        use_gpu: bool = False,
        coref: bool = False,
        processors: str | Sequence[str] | None = None,
        **_: Any,
    ) -> None:
        if isinstance(model, str):
            lang, model = model, None
        if model is None and stanza is None:
            raise errors.ModelNotFoundError(errors.STANZA_MISSING)
        self.lang = lang
        self.model_dir = os.fspath(model_dir) if model_dir is not None else default_model_dir()
        if model is None:
            model = build_pipeline(
                lang, self.model_dir, processor_list(processors, coref), use_gpu=use_gpu
            )
        self.nlp = model

    @property
    def model_id(self) -> str:
        """What parses: stanza's version, the language and the loaded processors (see
        :func:`quotes.backends.parse_fingerprint`)."""
        version = getattr(stanza, "__version__", "none")
        processors = ",".join(sorted(getattr(self.nlp, "processors", {}) or {}))
        return f"stanza {version} {self.lang} {processors}"

    def parse(self, text: str) -> Document:
        """Parse the text stage's parse text (:mod:`quotes.text`), offsets mapped back."""
        prepared = prepare(text)
        safe, inserted = paragraph_safe(prepared.parse_text)
        return _convert(self.nlp.process(safe), prepared, inserted)

    def parse_many(
        self, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Document]:
        """Parse a stream of texts in batches of ``batch_size`` with ``Pipeline.stream``.

        ``n_process`` is accepted for the Backend protocol and ignored: stanza's models
        parallelise inside torch (threads, or the GPU with ``use_gpu=True``).
        """
        pending: deque[tuple[Prepared, list[int]]] = deque()

        def safe_texts() -> Iterator[str]:
            for text in texts:
                prepared = prepare(text)
                safe, inserted = paragraph_safe(prepared.parse_text)
                pending.append((prepared, inserted))
                yield safe

        for doc in self.nlp.stream(safe_texts(), batch_size=batch_size):
            prepared, inserted = pending.popleft()
            yield _convert(doc, prepared, inserted)


# --- paragraphs -----------------------------------------------------------------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_BREAKS = re.compile(r"(?:\r\n|\r|\n)+")


def paragraph_safe(text: str) -> tuple[str, list[int]]:
    """``text`` with every single line break doubled, and where the added characters are.

    A paragraph (a line, :func:`quotes.document.split_paragraphs`) is a claim's outer limit,
    so no sentence may run across a line break, as the spaCy backend ensures too. Stanza's
    tokenizer ends sentences only at a blank line, so a lone line break gets a ``\\n`` after
    it; offsets of the parse are mapped back with :func:`original_offset`. The document stays
    one text, so coreference chains still cross paragraphs.

    Returns:
        The text to parse and the sorted offsets, in that text, of the inserted characters.
    """
    pieces: list[str] = []
    inserted: list[int] = []
    last = 0
    for m in _LINE_BREAKS.finditer(text):
        if len(_LINE_BREAK.findall(m.group())) > 1:
            continue
        pieces.append(text[last : m.end()])
        inserted.append(m.end() + len(inserted))
        pieces.append("\n")
        last = m.end()
    if not inserted:
        return text, []
    pieces.append(text[last:])
    return "".join(pieces), inserted


def original_offset(offset: int, inserted: Sequence[int]) -> int:
    """Map an offset in :func:`paragraph_safe`'s text back to the original text."""
    return offset - bisect.bisect_right(inserted, offset - 1) if inserted else offset


# --- the adapter ----------------------------------------------------------------------------


def from_stanza(doc: Any, text: str | None = None) -> Document:
    """Convert a stanza ``Document`` into a :class:`quotes.document.Document`.

    Args:
        doc: a parsed ``stanza.Document`` with character offsets on its tokens (the
            pipeline sets them; a CoNLL-U parse carries them as ``start_char=..|end_char=..``
            in MISC).
        text: the text ``doc`` was parsed from; defaults to ``doc.text``.

    Returns:
        The document the rules read: UD labels normalised, heads as document token indices
        (the root its own head), multi-word tokens as their words, entities from the BIOES
        tags, paragraphs from the text's lines.
    """
    full = doc.text if text is None else text
    if full is None:
        raise ValueError("from_stanza needs the document's text: pass text= or set doc.text")
    return _convert(doc, Prepared(full, plain_text(full), full), [])


class _Back:
    """Offsets of a parse of ``prepared.parse_text`` with the characters ``inserted`` added
    (:func:`paragraph_safe`), back in the original text."""

    def __init__(self, prepared: Prepared, inserted: Sequence[int]) -> None:
        self.prepared = prepared
        self.inserted = inserted

    def start(self, offset: int) -> int:
        return int(self.prepared.start_of(original_offset(offset, self.inserted)))

    def end(self, offset: int) -> int:
        return int(self.prepared.end_of(original_offset(offset, self.inserted)))


def _convert(doc: Any, prepared: Prepared, inserted: Sequence[int]) -> Document:
    """:func:`from_stanza` for a parse of ``prepared.parse_text`` with the characters
    ``inserted`` added; the Document's text is the plain view (:mod:`quotes.text`)."""
    back = _Back(prepared, inserted)
    text = prepared.plain
    paragraphs = split_paragraphs(text)
    para_starts = [p.start_char for p in paragraphs]
    tokens: list[Token] = []
    agents: set[int] = set()
    sentences: list[Span] = []
    for s_index, sentence in enumerate(doc.sentences):
        base = len(tokens)
        for word, (start, end), (ent, ent_start) in zip(
            sentence.words, _word_offsets(sentence, back), _word_entities(sentence), strict=True
        ):
            tokens.append(
                Token(
                    i=base + word.id - 1,
                    text=word.text,
                    start=start,
                    end=end,
                    lemma=(word.lemma or word.text).lower(),
                    pos=word.upos or "X",
                    tag=word.xpos or "",
                    dep=_dep(word),
                    head=base + (word.head - 1 if word.head else word.id - 1),
                    sent=s_index,
                    para=max(0, bisect.bisect_right(para_starts, start) - 1),
                    ent=ent,
                    ent_start=ent_start,
                )
            )
            if word.deprel == "obl:agent":
                agents.add(tokens[-1].i)
        if len(tokens) > base:
            sentences.append(
                Span(base, len(tokens), tokens[base].start, max(t.end for t in tokens[base:]))
            )
    # Chains reach the Document once it has a field for them (see docs/stanza.md).
    chains = _chains(doc, back)
    extra: dict[str, Any] = {}
    if chains:
        extra["coref"] = chains
    tokens = clearnlp_shapes(tokens, agents)
    return Document(text, tokens, sentences, paragraphs, _entities(tokens), **extra)


def _dep(word: Any) -> str:
    """The internal label of a word: :func:`quotes.labels.normalise` plus UD's negation.

    UD has no ``neg`` relation (``not`` is an ``advmod``); spaCy's models have one, and the
    rules read negation from it.
    """
    deprel = word.deprel or "dep"
    if deprel == "advmod" and (word.text or "").lower() in NEGATIONS:
        return L.NEG
    return L.normalise(deprel, "ud")


def _word_offsets(sentence: Any, back: _Back) -> list[Offsets]:
    """Character offsets of each word of a sentence, in the original text.

    A word of a multi-word token (``don't`` -> ``do`` + ``n't``) may have no offsets of its
    own; when the words spell the token, as English ones do, each word gets its stretch of
    the token, otherwise (French ``du`` -> ``de`` + ``le``) every word gets the whole token.
    """
    out: list[Offsets] = []
    for token in sentence.tokens:
        t_start, t_end = back.start(token.start_char), back.end(token.end_char)
        words = token.words
        if len(words) == 1:
            w = words[0]
            if w.start_char is not None and w.end_char is not None:
                out.append((back.start(w.start_char), back.end(w.end_char)))
            else:
                out.append((t_start, t_end))
            continue
        out.extend(_split_token(token.text or "", [w.text or "" for w in words], t_start, t_end))
    return out


def _split_token(surface: str, words: Sequence[str], start: int, end: int) -> list[Offsets]:
    """Offsets of the words of a multi-word token spanning ``[start, end)``."""
    if "".join(words).lower() == surface.lower() and len(surface) == end - start:
        out = []
        at = start
        for w in words:
            out.append((at, at + len(w)))
            at += len(w)
        return out
    return [(start, end)] * len(words)


def _word_entities(sentence: Any) -> list[tuple[str, bool]]:
    """``(entity label, begins an entity)`` of each word, from the tokens' BIOES tags.

    The words of a multi-word token share its tag; only the first begins the entity. An
    ``I-`` or ``E-`` tag that does not continue an entity of its label begins one, as a
    lenient reader of model output must.
    """
    out: list[tuple[str, bool]] = []
    previous = ""
    for token in sentence.tokens:
        tag = token.ner or "O"
        if tag == "O" or "-" not in tag:
            label, begins = "", False
        else:
            prefix, label = tag.split("-", 1)
            begins = prefix in ("B", "S") or previous != label
        for k, _ in enumerate(token.words):
            out.append((label, begins and k == 0))
        previous = "" if tag.startswith(("E-", "S-")) else label
    return out


def _entities(tokens: Sequence[Token]) -> list[Span]:
    """The entity spans: maximal runs of one label, each started by an ``ent_start`` token."""
    spans: list[Span] = []
    open_start: int | None = None
    for tok in tokens:
        if open_start is not None and (tok.ent_start or tok.ent != tokens[open_start].ent):
            spans.append(_entity_span(tokens, open_start, tok.i))
            open_start = None
        if tok.ent and open_start is None:
            open_start = tok.i
    if open_start is not None:
        spans.append(_entity_span(tokens, open_start, len(tokens)))
    return spans


def _entity_span(tokens: Sequence[Token], start: int, end: int) -> Span:
    return Span(start, end, tokens[start].start, tokens[end - 1].end, tokens[start].ent)


# --- the shapes of spaCy's trees ------------------------------------------------------------

#: Prepositions that head a gerund in ClearNLP (``as saying``, ``of hiding``): UD makes them
#: the ``mark`` of an ``advcl`` / ``acl``, ClearNLP a ``prep`` with the gerund as ``pcomp``.
GERUND_PREPOSITIONS = frozenset(
    "about after against as at before by despite for from in into of on over since through "
    "upon with without".split()
)


def clearnlp_shapes(tokens: Sequence[Token], agents: Iterable[int] = ()) -> list[Token]:
    """Re-hang UD's prepositional phrases the way spaCy's (ClearNLP) parser does.

    The rules are written once, against what the spaCy backend gives, and the two schemes
    differ in where a preposition sits, which renaming labels cannot fix:

    - ``left -obl-> ministry -case-> according -fixed-> to`` becomes ``left -prep->
      according -prep-> to -pobj-> ministry`` (``agent`` for the passive ``by`` of
      ``obl:agent``): :func:`_preposition_heads`.
    - ``quoted -advcl-> saying -mark-> as`` becomes ``quoted -prep-> as -pcomp-> saying``:
      :func:`_gerund_prepositions`.
    - an infinitive's ``to``, UD's ``mark``, becomes ClearNLP's ``aux`` ("her decision *to*
      veto"): :func:`_infinitive_to`.
    - ``confident -cop-> is`` becomes ``is -acomp-> confident`` for an adjective predicate
      ("Lee is confident that ..."): :func:`_copula_heads`.

    Subtrees keep their words, so spans read off the tree do not change; only which token
    heads them does. Roots are left alone.

    Args:
        tokens: the document's tokens with UD's shapes and the internal labels.
        agents: indices of the tokens UD labels ``obl:agent``.
    """
    heads = [t.head for t in tokens]
    deps = [t.dep for t in tokens]
    children: list[list[int]] = [[] for _ in tokens]
    for t in tokens:
        if t.head != t.i:
            children[t.head].append(t.i)
    _preposition_heads(tokens, heads, deps, children, set(agents))
    _gerund_prepositions(tokens, heads, deps, children)
    _infinitive_to(tokens, deps)
    _copula_heads(tokens, heads, deps, children)
    return [
        t if (t.head, t.dep) == (h, d) else t._replace(head=h, dep=d)
        for t, h, d in zip(tokens, heads, deps, strict=True)
    ]


def _preposition_heads(
    tokens: Sequence[Token],
    heads: list[int],
    deps: list[str],
    children: Sequence[Sequence[int]],
    agents: set[int],
) -> None:
    for noun in tokens:
        if noun.dep not in (L.OBL, L.NMOD) or noun.head == noun.i:
            continue
        cases = [c for c in children[noun.i] if deps[c] == L.CASE and c < noun.i]
        if not cases:
            continue
        chain = [cases[0], *sorted(c for c in children[cases[0]] if deps[c] == L.FLAT)]
        heads[chain[0]] = noun.head
        deps[chain[0]] = L.AGENT if noun.i in agents else L.PREP
        for prev, nxt in zip(chain, chain[1:], strict=False):
            heads[nxt], deps[nxt] = prev, L.PREP
        heads[noun.i], deps[noun.i] = chain[-1], L.POBJ


def _gerund_prepositions(
    tokens: Sequence[Token],
    heads: list[int],
    deps: list[str],
    children: Sequence[Sequence[int]],
) -> None:
    for verb in tokens:
        if verb.dep not in (L.ADVCL, L.ACL) or verb.head == verb.i or verb.tag != "VBG":
            continue
        marks = [
            c
            for c in children[verb.i]
            if deps[c] == L.MARK and c < verb.i and tokens[c].lower in GERUND_PREPOSITIONS
        ]
        if marks:
            heads[marks[0]], deps[marks[0]] = verb.head, L.PREP
            heads[verb.i], deps[verb.i] = marks[0], L.PCOMP


def _infinitive_to(tokens: Sequence[Token], deps: list[str]) -> None:
    """UD makes the ``to`` of an infinitive its ``mark`` (UD guidelines, "mark"); ClearNLP
    makes it an ``aux``, and the rules find infinitives by that ``aux``
    (:func:`quotes.claims.cues.to_infinitives`). Only the particle (tag ``TO``) under a verb."""
    for t in tokens:
        if deps[t.i] == L.MARK and t.lower == "to" and t.tag == "TO" and t.head != t.i:
            if tokens[t.head].pos in ("VERB", "AUX"):
                deps[t.i] = L.AUX


#: The dependents of a UD adjective predicate that ClearNLP hangs on the copula instead: its
#: subject, auxiliaries, negation, subordinator and punctuation ("*Lee* *has* *not* been
#: confident", "*because* he is confident").
_COPULA_DEPENDENTS = frozenset(
    {L.NSUBJ, L.NSUBJ_PASS, L.CSUBJ, L.EXPL, L.AUX, L.AUX_PASS, L.NEG, L.MARK, L.PUNCT}
)


def _copula_heads(
    tokens: Sequence[Token], heads: list[int], deps: list[str], children: Sequence[Sequence[int]]
) -> None:
    """UD heads a copular clause by its predicate (``confident -cop-> is``, UD guidelines,
    "cop"); ClearNLP by the copula (``is -acomp-> confident``), and the stance-adjective rule
    (:func:`quotes.claims.stance.stance_adjective`) reads that shape. Only adjective
    predicates: the copula takes the adjective's head and label, the adjective becomes its
    ``acomp``, and the subject, auxiliaries, negation, subordinator and punctuation move to the
    copula; what the adjective is about (its clause, infinitive or prepositional phrase) stays
    under it. The last of the reshapings: ``children`` is read as it was before them."""
    for adj in tokens:
        if adj.pos != "ADJ":
            continue
        cops = [c for c in children[adj.i] if deps[c] == L.COP]
        if not cops or deps[adj.i] not in (L.ROOT, L.CCOMP, L.ADVCL, L.RELCL, L.CONJ, L.XCOMP):
            continue
        cop = cops[0]
        heads[cop] = cop if heads[adj.i] == adj.i else heads[adj.i]
        deps[cop] = deps[adj.i]
        heads[adj.i], deps[adj.i] = cop, L.ACOMP
        for kid in children[adj.i]:
            if kid != cop and deps[kid] in _COPULA_DEPENDENTS:
                heads[kid] = cop
        for other in cops[1:]:
            heads[other] = cop


# --- coreference ----------------------------------------------------------------------------


def coref_chains(doc: Any, inserted: Sequence[int] = ()) -> list[CorefChain]:
    """The coreference chains of a stanza ``Document`` by character offsets; [] when none.

    Stanza (1.7+) puts chains on ``doc.coref``, each mention a sentence index and a
    half-open range of 0-based word indices. Mentions of dropped pronouns (zero anaphora,
    a tuple index) have no text and are left out, as is a chain left with no mention.
    ``inserted``: the characters :func:`paragraph_safe` added to the parsed text.
    """
    text = doc.text or ""
    return _chains(doc, _Back(Prepared(text, text, text), inserted))


def _chains(doc: Any, back: _Back) -> list[CorefChain]:
    chains = getattr(doc, "coref", None) or []
    out: list[CorefChain] = []
    offsets: dict[int, list[Offsets]] = {}
    for chain in chains:
        mentions = []
        for m in chain.mentions:
            if isinstance(m.start_word, tuple) or m.end_word <= m.start_word:
                continue
            if m.sentence not in offsets:
                offsets[m.sentence] = _word_offsets(doc.sentences[m.sentence], back)
            words = offsets[m.sentence]
            mentions.append((words[m.start_word][0], words[m.end_word - 1][1]))
        if mentions:
            out.append(CorefChain(tuple(sorted(mentions)), str(chain.representative_text)))
    return out

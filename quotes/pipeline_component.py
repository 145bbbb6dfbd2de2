"""The ``quotes`` spaCy component: claims inside a spaCy pipeline, no other API needed.

``nlp.add_pipe("quotes")`` (after the parser and NER) sets, on every Doc:

* ``doc._.claims``: the :class:`~quotes.records.Claim` records, in text order;
* ``doc.spans["quotes"]``: one span per claim piece, labelled with the claim's kind; a claim
  split around its cue (``"A," X said, "B."``) gives two spans with the same ``span.id_``,
  the claim's index in ``doc._.claims``; ``span._.claim`` is that record.

The component reuses whatever parse the pipeline made: it converts the Doc with
:func:`quotes.backends.spacy.to_document` and runs the same rules as :class:`quotes.Extractor`,
so the results match ``quotes.extract`` given the same parse. (``quotes.extract`` also starts
a sentence at every line break; add ``quotes_paragraph_breaks`` before the parser to match.)
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, SpanGroup

from quotes import errors
from quotes.backends.spacy import keep_title_abbreviations, split_quotation_marks, to_document
from quotes.errors import ComponentError
from quotes.extractor import Extractor
from quotes.records import Claim

CLAIMS_ATTR = "claims"
CLAIM_ATTR = "claim"


class QuotesComponent:
    """Find the claims of each Doc and store them on it (see the module docstring).

    Args:
        nlp: the pipeline; its tokenizer learns to cut double quotation marks out of words
            (:func:`quotes.backends.spacy.split_quotation_marks`) and to keep a title
            abbreviation's full stop ("Govs.",
            :func:`quotes.backends.spacy.keep_title_abbreviations`), as the default backend's
            does, so the component and :class:`quotes.Extractor` see the same tokens.
        name: the component's name in the pipeline.
        spans_key: the ``doc.spans`` key to write; ``"quotes"`` by default.
    """

    def __init__(self, nlp: Any, name: str = "quotes", *, spans_key: str = "quotes") -> None:
        self.name = name
        self.spans_key = spans_key
        split_quotation_marks(nlp)
        keep_title_abbreviations(nlp)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Match, then set annotations.

        Raises:
            ComponentError: the Doc has no dependency parse (the component was added to a
                pipeline without a parser, or before it).
        """
        if len(doc) and not doc.has_annotation("DEP"):
            raise ComponentError(errors.COMPONENT_NO_PARSE)
        claims = sorted(
            Extractor.claims_from_document(to_document(doc)), key=lambda c: (c.start, c.end)
        )
        set_annotations(doc, claims, self.spans_key)
        return doc


def register_extensions() -> None:
    """Register ``Doc._.claims`` and ``Span._.claim`` once, whoever asks first.

    Idempotent, so that two pipelines with the component (or a reloaded one) do not clash.
    """
    if not Doc.has_extension(CLAIMS_ATTR):
        Doc.set_extension(CLAIMS_ATTR, default=None)
    if not Span.has_extension(CLAIM_ATTR):
        Span.set_extension(CLAIM_ATTR, getter=_claim_of_span)


def set_annotations(doc: Doc, claims: list[Claim], spans_key: str = "quotes") -> None:
    """Store ``claims`` on ``doc``: the records, and their pieces as labelled spans.

    Pieces are aligned to tokens with ``alignment_mode="expand"``: a claim's offsets are
    characters and may cut a token (a quotation mark glued to a word); the span then covers
    the whole token rather than being dropped.
    """
    doc._.set(CLAIMS_ATTR, list(claims))
    spans = []
    for n, claim in enumerate(claims):
        for start, end in claim.spans:
            span = doc.char_span(
                start, end, label=claim.kind, alignment_mode="expand", span_id=str(n)
            )
            if span is not None:
                spans.append(span)
    doc.spans[spans_key] = SpanGroup(doc, name=spans_key, spans=spans)


def _claim_of_span(span: Span) -> Claim | None:
    """The record a ``doc.spans["quotes"]`` span belongs to (by its ``id_``), else None."""
    claims = span.doc._.get(CLAIMS_ATTR)
    if not claims or not span.id_.isdigit():
        return None
    n = int(span.id_)
    return claims[n] if n < len(claims) else None  # type: ignore[no-any-return]

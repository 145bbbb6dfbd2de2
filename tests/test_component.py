"""The ``quotes`` spaCy component: ``nlp.add_pipe("quotes")`` and nothing else."""

from __future__ import annotations

import importlib
import importlib.util

import pandas as pd
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quotes.backends.spacy import DEFAULT_MODELS, resolve_model, to_document
from quotes.errors import ComponentError
from quotes.extractor import Extractor
from quotes.pipeline_component import QuotesComponent, register_extensions, set_annotations
from quotes.records import Claim

SENTENCES = 'The mayor said, "The bridge opens in May." Officials said the delay cost millions.'


@pytest.fixture(scope="module")
def nlp() -> Language:
    """A pipeline of its own (the shared extractor's must not get the component added)."""
    pipeline = resolve_model()
    pipeline.add_pipe("quotes")
    return pipeline


def test_factory_is_found_through_the_entry_point() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("quotes", config={"spans_key": "claims"})
    assert blank.pipe_names == ["quotes"]
    assert blank.get_pipe("quotes").spans_key == "claims"
    assert "doc._.claims" in blank.get_pipe_meta("quotes").assigns


def test_component_runs_after_the_parser_and_ner(nlp: Language) -> None:
    assert nlp.pipe_names[-1] == "quotes"
    assert nlp.pipe_names.index("parser") < nlp.pipe_names.index("quotes")


def test_claims_and_spans_match_the_extractor(nlp: Language) -> None:
    doc = nlp(SENTENCES)
    without = nlp.select_pipes(disable=["quotes"])
    try:
        expected = Extractor.claims_from_document(to_document(nlp(SENTENCES)))
    finally:
        without.restore()
    assert doc._.claims == sorted(expected, key=lambda c: (c.start, c.end))
    spans = list(doc.spans["quotes"])
    assert len(spans) == sum(len(c.spans) for c in doc._.claims)
    for span in spans:
        claim = span._.claim
        assert span.label_ == claim.kind
        assert any(span.start_char <= a and b <= span.end_char for a, b in claim.spans)


def test_component_finds_the_claims_of_a_plain_sentence(nlp: Language) -> None:
    doc = nlp(SENTENCES)
    assert "The bridge opens in May." in [span.text for span in doc.spans["quotes"]]
    assert doc._.claims, "the engine found nothing in a sentence with 'said' and a quote"


def test_seed_claims_are_those_of_quotes_extract(nlp, extractor, seed_text) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(seed_text)
    table = extractor.extract(seed_text)
    assert [tuple(map(tuple, c.spans)) for c in doc._.claims] == [
        tuple(map(tuple, s)) for s in table["spans"]
    ]
    assert [c.speaker for c in doc._.claims] == [
        None if pd.isna(s) else s for s in table["speaker"]
    ]
    assert len(table) > 0


# --- on hand-built docs, with no model ---------------------------------------------------
def _doc(text_words: list[str], spaces: list[bool]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=text_words, spaces=spaces)


def test_spans_expand_to_whole_tokens_and_split_claims_share_an_id() -> None:
    register_extensions()
    doc = _doc(
        ['"', "We", "stay", ",", '"', "he", "said", ",", '"', "we", "win", ".", '"'],
        [False, True, False, False, True, True, False, True, False, True, False, False, False],
    )
    text = doc.text
    first = (text.index("We") + 1, text.index("stay") + 2)  # cuts "We" and "stay"
    second = (text.index("we win"), text.index("win.") + 4)
    claim = Claim(spans=(first, second), kind="direct", speaker="He")
    set_annotations(doc, [claim])
    spans = list(doc.spans["quotes"])
    assert [s.text for s in spans] == ["We stay", "we win."]
    assert {s.id_ for s in spans} == {"0"}
    assert all(s.label_ == "direct" and s._.claim is claim for s in spans)
    assert doc._.claims == [claim]


def test_extensions_register_idempotently() -> None:
    register_extensions()
    register_extensions()
    spacy.blank("en").add_pipe("quotes")
    spacy.blank("en").add_pipe("quotes")
    assert Doc.has_extension("claims")


def test_a_doc_without_a_parse_gets_a_clear_error() -> None:
    component = QuotesComponent(spacy.blank("en"), "quotes")
    with pytest.raises(ComponentError, match="Q009"):
        component(_doc(["He", "said", "so", "."], [True, True, False, False]))


def test_the_component_cuts_quotation_marks_out_of_words_as_the_extractor_does() -> None:
    """A pipeline loaded without quotes' help: adding the component teaches its tokenizer
    that "”―" is two tokens, so "“…”― Ann Roe" is signed as with quotes.extract."""
    name = next(n for n in DEFAULT_MODELS if importlib.util.find_spec(n) is not None)
    pipeline = importlib.import_module(name).load()
    text = "Here is what readers sent us.\n“The moderator lost control early on.”― Dana Whitfield"
    assert "”―" in [t.text for t in pipeline(text)]
    pipeline.add_pipe("quotes")
    doc = pipeline(text)
    assert "”―" not in [t.text for t in doc]
    assert [(c.speaker, c.rule.split("+")[0]) for c in doc._.claims] == [
        ("Dana Whitfield", "dash_source")
    ]


def test_the_component_keeps_a_title_abbreviation_whole_as_the_extractor_does() -> None:
    """Adding the component teaches the tokenizer the plural titles ("Sens.") the backend's
    tokenizer knows (issues 13, 14)."""
    name = next(n for n in DEFAULT_MODELS if importlib.util.find_spec(n) is not None)
    pipeline = importlib.import_module(name).load()
    text = "Sens. Ann Roe and Bob Lee voted against the bill."
    assert [t.text for t in pipeline(text)][:2] == ["Sens", "."]
    pipeline.add_pipe("quotes")
    assert [t.text for t in pipeline(text)][:2] == ["Sens.", "Ann"]

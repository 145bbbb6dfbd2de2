"""The spaCy adapter: the bulk conversion (Doc.to_array) gives exactly spaCy's own token view."""

from __future__ import annotations

from quotes import labels as L
from quotes.backends.spacy import split_quotation_marks, to_document


def test_document_tokens_are_spacys_tokens(extractor):
    nlp = extractor.backend.nlp
    text = (
        "“We won,” Ms. Chen said on Monday.\n\nReuters quoted the ministry as saying the "
        "talks, which began in Oslo, had failed. Don’t worry 🎉\u200b."
    )
    doc = nlp(text)
    document = to_document(doc)
    assert len(document.tokens) == len(doc)
    for ours, theirs in zip(document.tokens, doc, strict=True):
        assert ours.text == theirs.text
        assert (ours.start, ours.end) == (theirs.idx, theirs.idx + len(theirs.text))
        assert ours.head == theirs.head.i  # negative head offsets unwrap correctly
        assert ours.dep == L.normalise(theirs.dep_, "clearnlp")
        assert ours.lemma == (theirs.lemma_ or theirs.lower_).lower()
        assert (ours.pos, ours.tag, ours.ent) == (theirs.pos_, theirs.tag_, theirs.ent_type_)
        assert ours.ent_start == (theirs.ent_iob_ == "B")
    assert [t.para for t in document.tokens if t.text == "Reuters"] == [1]


def test_quotation_marks_are_cut_out_of_words(extractor):
    """spaCy's English tokenizer keeps "”—Ann" and "it—“We" whole; a mark is its own token,
    and so is a dash glued to a closing mark."""
    document = extractor.backend.parse("“It was fine.”—Ann Roe said it—“We won.”")
    words = [t.text for t in document.tokens]
    assert words[words.index("fine") :] == [
        "fine", ".", "”", "—", "Ann", "Roe", "said", "it—", "“", "We", "won", ".", "”",
    ]  # fmt: skip


def test_quotation_infixes_are_added_once(extractor):
    nlp = extractor.backend.nlp
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    split_quotation_marks(nlp)
    assert nlp.tokenizer.infix_finditer.__self__.pattern == pattern


def test_lemmas_on_demand_are_the_lemmatizers_own(extractor):
    """The backend parses without spaCy's lemmatizer component and asks it once per distinct
    (word, POS, morphology): every lemma must be the one the component sets in the full
    pipeline, including the attribute ruler's ("n't" -> "not", "'s" -> "be")."""
    backend = extractor.backend
    assert backend.lemmas is not None and "lemmatizer" in backend._outside_pipe
    text = (
        "The ministers said they weren't leaving; she's been saying it for years.\n\n"
        "Analysts warned the banks' losses were mounting, and the governor's aides denied "
        "it. Better days, happier voters, the best polls: “We’re winning,” he argued. "
        "Reuters quoted officials as saying talks had stalled in Geneva."
    )
    ours = backend.parse(text).tokens
    full = backend.nlp(text)  # every component, the lemmatizer included
    assert len(ours) == len(full)
    assert [t.lemma for t in ours] == [t.lemma_.lower() for t in full]
    assert {t.lemma for t in ours} >= {"say", "be", "not", "bank", "loss", "good", "happy"}
    stream = list(backend.parse_many([text, "Voters were asking questions."]))
    assert [t.lemma for t in stream[0].tokens] == [t.lemma for t in ours]
    assert [t.lemma for t in stream[1].tokens][:4] == ["voter", "be", "ask", "question"]


def test_a_pipeline_without_a_lemmatizer_gives_lower_cased_words():
    import spacy

    from quotes.backends.spacy import SpacyBackend

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("parser")  # untrained: enough for the backend's check, not for claims
    nlp.initialize()
    backend = SpacyBackend(nlp)
    assert backend.lemmas is None and backend._outside_pipe == []
    assert [t.lemma for t in backend.parse("Voters Were ASKING.").tokens] == [
        "voters", "were", "asking", ".",
    ]  # fmt: skip


def test_the_users_lemmatizer_is_left_as_it_was(extractor):
    """The set-indexed tables belong to a twin of the component: the pipeline's own component
    keeps its lists and still serialises (a user may save the pipeline after using it)."""
    backend = extractor.backend
    component = backend.nlp.get_pipe("lemmatizer")
    assert backend.lemmas.lemmatizer is not component
    index = component.lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in index.values())
    twin_index = backend.lemmas.lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, set) for words in twin_index.values())
    assert component.to_bytes()

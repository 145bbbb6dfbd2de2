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


def _sentences(document) -> list[str]:  # type: ignore[no-untyped-def]
    return [document.text[s.start_char : s.end_char].strip() for s in document.sentences]


def test_a_title_abbreviation_keeps_its_full_stop_and_its_name(extractor):
    """spaCy's tokenizer split "Govs.", "Sens.", "Lt.", "Capt." from their full stop and the
    parser ended a sentence there, cutting the name from its title (issues 13, 14): the
    abbreviation is one word (title_abbreviations.txt) and the name stays in its sentence."""
    texts = [
        "Govs. Ann Roe and Bob Lee said the plan would fail.",
        "The vote angered two leaders, particularly Govs. Ann Roe and Bob Lee, who said so.",
        "Lt. Govs. Ann Roe and Bob Lee said it. Navy Capt. Jo Ray said so.",
    ]
    parsed = list(extractor.backend.parse_many(texts))
    assert [_sentences(d) for d in parsed] == [
        [texts[0]],
        [texts[1]],
        ["Lt. Govs. Ann Roe and Bob Lee said it.", "Navy Capt. Jo Ray said so."],
    ]
    assert {"Govs.", "Lt.", "Capt."} <= {t.text for d in parsed for t in d.tokens}


def test_a_title_abbreviation_before_no_name_may_end_a_sentence(extractor):
    """Hard negatives: a lower-case word is no title ("sales reps."), a word that is no proper
    noun starts its sentence after a title ("the Govs. Then"), and so does a new paragraph."""
    texts = [
        "The firm hired more sales reps. Then it cut them.",
        "She thanked the Govs. Then she left the hall.",
        "Ann met the Govs.\n\nRoe said it was fine.",
    ]
    parsed = list(extractor.backend.parse_many(texts))
    assert [_sentences(d) for d in parsed] == [
        ["The firm hired more sales reps.", "Then it cut them."],
        ["She thanked the Govs.", "Then she left the hall."],
        ["Ann met the Govs.", "Roe said it was fine."],
    ]
    assert [len(d.paragraphs) for d in parsed] == [1, 1, 2]


def test_a_plural_title_is_no_speaker(extractor):
    """The claim's source is the names after "Sens.", not "Sens" (the sentence was cut after
    it), and the content keeps its title ("For Sgt. Ann Roe, ...")."""
    claims = extractor.extract("“We will not sign it,” said Sens. Ann Roe and Bob Lee.")
    assert list(claims.speaker) == ["Ann Roe and Bob Lee"]
    text = "For Sgt. Ann Roe, who spent a year in the camp, the deal came late, her lawyer said."
    claims = extractor.extract(text)
    assert [q.split(",")[0] for q in claims.quote] == ["For Sgt. Ann Roe"]


def test_title_abbreviations_are_added_once(extractor):
    from quotes.backends.spacy import TITLE_NAMES, keep_title_abbreviations, resolve_model

    nlp = extractor.backend.nlp
    rules = dict(nlp.tokenizer.rules)
    keep_title_abbreviations(nlp)
    assert dict(nlp.tokenizer.rules) == rules and "Govs." in rules
    assert resolve_model(nlp).pipe_names.count(TITLE_NAMES) == 1

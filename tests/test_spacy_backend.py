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

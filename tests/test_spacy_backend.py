"""The spaCy adapter: the bulk conversion (Doc.to_array) gives exactly spaCy's own token view."""

from __future__ import annotations

from quotes import labels as L
from quotes.backends.spacy import to_document


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

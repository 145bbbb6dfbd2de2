"""Long documents are parsed in pieces (quotes.backends.spacy): exact offsets, claims across
a cut as whole as without one. Cost itself is measured by benchmarks/robustness.py, not here."""

from __future__ import annotations

import pytest

import quotes
from quotes.backends.spacy import chunk_text
from quotes.errors import BackendError
from quotes.invariants import violations

PARAGRAPHS = [
    "The mayor said on Tuesday: “The harbour will reopen next spring, and the ships will come.",
    "“We have asked the port for more cranes and more pilots.”",
    "Ana Ruiz, who chairs the council, said the budget was not enough.",
    "“It is the workers’ decision,” the union’s leader told reporters.",
]


@pytest.fixture(scope="module")
def small_pieces() -> quotes.Extractor:
    return quotes.Extractor(piece_chars=120)


def claims_of(ex: quotes.Extractor, text: str) -> list[tuple[object, ...]]:
    df = ex.extract(text)
    assert violations(text, df) == []
    return [(tuple(r.spans), r.speaker_mention, r.speaker, r.cue, r.rule) for r in df.itertuples()]


def test_pieces_cut_at_paragraph_breaks_and_cover_the_text() -> None:
    text = "\n".join(PARAGRAPHS * 3)
    pieces = chunk_text(text, 120)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a < b <= a + 120 for a, b in pieces)
    assert all(pieces[i][1] == pieces[i + 1][0] for i in range(len(pieces) - 1))
    assert all(text[b - 1] == "\n" for _, b in pieces[:-1])


def test_a_paragraph_longer_than_a_piece_is_cut_at_a_sentence_end_then_a_space() -> None:
    text = "One two three. Four five six seven. " * 4
    pieces = chunk_text(text, 40)
    assert all(text[b - 2 : b] == ". " for _, b in pieces[:-1])
    words = "word " * 30
    assert all(words[b - 1] == " " for _, b in chunk_text(words, 23)[:-1])
    assert chunk_text("x" * 50, 20) == [(0, 20), (20, 40), (40, 50)]


def test_offsets_are_exact_across_pieces(extractor, small_pieces) -> None:
    text = "\n".join(PARAGRAPHS * 4)
    whole = extractor.backend.parse(text)
    pieced = small_pieces.backend.parse(text)
    assert len(chunk_text(text, small_pieces.backend.piece_limit)) > 4
    assert [(t.text, t.start, t.end) for t in pieced.tokens] == [
        (t.text, t.start, t.end) for t in whole.tokens
    ]
    assert all(text[t.start : t.end] == t.text for t in pieced.tokens)
    assert [t.i for t in pieced.tokens] == list(range(len(pieced)))
    assert all(0 <= t.head < len(pieced) for t in pieced.tokens)
    for s in pieced.sentences:
        assert pieced[s.start].start == s.start_char and pieced[s.end - 1].end == s.end_char
    for e in pieced.entities:
        assert text[e.start_char : e.end_char] == " ".join(
            t.text for t in pieced.tokens[e.start : e.end]
        )


def test_a_quotation_over_two_paragraphs_keeps_its_speaker_across_a_cut(
    extractor, small_pieces
) -> None:
    text = "\n".join(PARAGRAPHS)
    cut = chunk_text(text, 120)[0][1]
    assert text[cut:].startswith(PARAGRAPHS[1])  # the cut falls inside the quotation
    got = claims_of(small_pieces, text)
    assert got == claims_of(extractor, text)
    # the paragraph after the cut is one more piece of the mayor's quotation
    continued = [c for c in got if any(a == cut + 1 for a, _ in c[0])]
    assert continued and continued[0][1] == "The mayor"


def test_a_quotation_cut_mid_paragraph_stays_whole(extractor) -> None:
    text = (
        "“The harbour will reopen next spring. The ships will come in one by one. "
        "The cranes are ready,” the mayor said."
    )
    ex = quotes.Extractor(piece_chars=45)
    assert len(chunk_text(text, 45)) > 2
    got = claims_of(ex, text)
    assert got == claims_of(extractor, text)
    assert got[0][0] == ((1, text.index(",”") + 1),)
    assert got[0][1] == "the mayor"


def test_parse_many_parses_long_texts_in_pieces_too(small_pieces) -> None:
    texts = ["\n".join(PARAGRAPHS * 2), "“Short,” she said.", "\r\n".join(PARAGRAPHS)]
    many = list(small_pieces.backend.parse_many(texts, batch_size=2))
    one = [small_pieces.backend.parse(t) for t in texts]
    assert [[(t.text, t.start) for t in d.tokens] for d in many] == [
        [(t.text, t.start) for t in d.tokens] for d in one
    ]
    assert [d.text for d in many] == [d.text for d in one]


@pytest.mark.parametrize("bad", [0, -5, 2.5, "10k"])
def test_piece_chars_must_be_a_positive_integer(bad: object) -> None:
    with pytest.raises(BackendError, match="Q003: piece_chars"):
        quotes.Extractor(piece_chars=bad)

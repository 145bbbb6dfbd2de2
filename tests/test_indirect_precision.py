"""Precision of the indirect-claim rules (issue 14): claims the rules made that are not
claims, or not claims of their own. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes
from quotes.invariants import ends_a_sentence

# --- one cue, one claim (quotes.claims.join_same_cue) ---------------------------------------
SAME_CUE = [
    (
        "''I think she has become more cautious and less bold,'' said Tom Reyes, a former "
        "adviser to Mr. Ruiz. ''Going negative just is not her strength. Her strength is a "
        "positive story.''",
        [
            (
                "I think she has become more cautious and less bold, Going negative just is "
                "not her strength. Her strength is a positive story.",
                "Tom Reyes",
                "speech_complement",
                "statement",
            )
        ],
    ),
    (
        "''It is not going to be easy for Ms. Okafor to do it,'' said Councillor Ben Cole of "
        "Tampa, who endorsed Ms. Okafor on Tuesday. ''There is no doubt that right now Ruiz is "
        "the favourite.''",
        [
            (
                "It is not going to be easy for Ms. Okafor to do it, There is no doubt that right "
                "now Ruiz is the favourite.",
                "Councillor Ben Cole of Tampa",
                "speech_complement",
                "statement",
            ),
            ("Ms. Okafor", "who", "speech_act_object", "statement"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_CUE)
def test_two_pieces_of_one_cue_are_one_claim(
    extractor: quotes.Extractor, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert claim_rows(extractor, text) == expected


def test_one_claim_keeps_its_pieces_as_spans(extractor: quotes.Extractor) -> None:
    text = SAME_CUE[0][0]
    df = extractor.extract(text)
    spans = df.iloc[0]["spans"]
    assert len(spans) == 2
    assert text[spans[0][0] : spans[0][1]].startswith("I think")
    assert text[spans[1][0] : spans[1][1]].startswith("Going negative")


def test_two_cues_of_one_speaker_stay_two_claims(extractor: quotes.Extractor) -> None:
    """Hard negative: the same speaker with a cue for each claim makes two claims."""
    rows = claim_rows(
        extractor, "Ms. Okafor said the ferry was late. Ms. Okafor said the crew was tired."
    )
    assert [r[0] for r in rows] == ["the ferry was late", "the crew was tired"]


@pytest.mark.parametrize(
    ("gap", "ends"),
    [
        ("said Tom Reyes, an adviser to Mr. Ruiz. ", True),  # "Ruiz." ends it
        ("to Mr. Ruiz", False),
        ("said Peter T. King", False),
        ("said Sen. Lee", False),
        ("said the president. ", True),  # hard negative: a title word that ends a sentence
        ("the ferry was late. ", True),
    ],
)
def test_a_title_or_initial_ends_no_sentence(gap: str, ends: bool) -> None:
    assert ends_a_sentence(gap, 0, len(gap)) is ends


# --- a medium is no claim (reported._names_only_a_medium) ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The harbour board issued a statement on Monday.",
        "Ms. Okafor wrote an op-ed.",
        "The union posted a campaign message.",
    ],
)
def test_issuing_a_medium_is_no_claim(extractor: quotes.Extractor, text: str) -> None:
    assert claim_rows(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # hard negatives: a judged statement, and a medium with what it says after it
        ("The mayor praised the statement.", "the statement"),
        ("Ms. Okafor wrote a letter congratulating the crew.", "a letter congratulating the crew"),
        ("Ms. Okafor denied the report.", "the report"),
    ],
)
def test_a_judged_or_described_medium_keeps_its_claim(
    extractor: quotes.Extractor, text: str, content: str
) -> None:
    assert [r[0] for r in claim_rows(extractor, text)] == [content]


def test_the_words_after_an_issued_statement_are_the_claim(extractor: quotes.Extractor) -> None:
    rows = claim_rows(
        extractor, 'The harbour board issued a statement on Monday. "The ferry will run," it said.'
    )
    assert [r[0] for r in rows] == ["The ferry will run,"]


# --- a free relative or reflexive alone is no content (reported._EMPTY_CONTENT) --------------
@pytest.mark.parametrize(
    "text",
    [
        "What the mayor says is now the baseline for the council.",
        "The harbour board defended itself.",
    ],
)
def test_a_bare_what_or_reflexive_is_no_claim(extractor: quotes.Extractor, text: str) -> None:
    assert claim_rows(extractor, text) == []


def test_a_what_clause_as_content_is_kept(extractor: quotes.Extractor) -> None:
    """Hard negative: "what" opening a clause that is the content keeps the whole clause."""
    rows = claim_rows(extractor, "Ms. Okafor said what the crew wanted was a fair wage.")
    assert [r[0] for r in rows] == ["what the crew wanted was a fair wage"]

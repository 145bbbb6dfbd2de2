"""Claims that are no claim (issue 14, session 17): a cue verb in a sense that reports no
speech. Sentences written for these tests; docs/guide.md, "Claims that are no claim
(session 17)"."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes

# --- "lay" reports speech only as "lay out" (particle_speech_acts.txt) ---------------------
NO_SPEECH = [
    "The leak laid bare the divisions inside the council.",
    "Her campaign spent the spring laying the groundwork for a run.",
    "The governor laid a wreath at the memorial on Sunday.",
    "It is too early to lay odds on the by-election.",
]


@pytest.mark.parametrize("text", NO_SPEECH)
def test_lay_without_its_particle_is_no_claim(extractor: quotes.Extractor, text: str) -> None:
    assert claim_rows(extractor, text) == []


def test_lay_out_stays_a_claim(extractor: quotes.Extractor) -> None:
    # the hard negative: the same verb with its particle presents a plan
    rows = claim_rows(extractor, "The mayor laid out her plan for the harbour on Tuesday.")
    assert rows == [("her plan for the harbour", "The mayor", "speech_act_object", "statement")]


def test_lay_off_stays_a_claim(extractor: quotes.Extractor) -> None:
    # an announced act PolNeAR's annotators mark, kept as it was
    rows = claim_rows(extractor, "The bakery laid off forty drivers in March.")
    assert [r[:3] for r in rows] == [("forty drivers", "The bakery", "speech_act_object")]


def test_lay_out_split_by_its_object_stays_a_claim(extractor: quotes.Extractor) -> None:
    rows = claim_rows(extractor, "Ms. Park laid her case for higher bus fares out at the hearing.")
    assert [r[1] for r in rows] == ["Ms. Park"]


# --- session 18: a bare turn (two words or fewer, no verb, no question) holds no claim --------
INTERVIEW = (
    "Harbour plans divide the council\n\n"
    "The harbour master spoke to us on Friday about the terminal.\n\n"
    "Q: Have you met the mayor?\n\n"
    "A: No.\n\n"
    "Q: Will the terminal open before the summer season?\n\n"
    "A: Yes.\n\n"
    "Q: Who pays?\n\n"
    "A: We do.\n"
)


def test_a_bare_yes_or_no_is_no_claim(extractor: quotes.Extractor) -> None:
    answers = [r[0] for r in claim_rows(extractor, INTERVIEW) if r[2] == "interview_answer"]
    # the hard negative: a two-word answer with a verb stays a claim, as do the questions
    assert answers == ["We do."]
    questions = [r[0] for r in claim_rows(extractor, INTERVIEW) if r[2] == "interview_question"]
    assert "Who pays?" in questions and len(questions) == 3


TALLY = (
    "Delegates pledged so far\n\n"
    "The party counted the pledged delegates again on Monday night.\n\n"
    "HOLT: 412.\n\n"
    "REYES: 388.\n\n"
    "HOLT: We will carry this fight to the convention floor.\n\n"
    "REYES: Thank you.\n"
)


def test_a_tally_line_is_no_turn(extractor: quotes.Extractor) -> None:
    rows = claim_rows(extractor, TALLY)
    assert [r[0] for r in rows if r[2] == "transcript_line"] == [
        "We will carry this fight to the convention floor.",
        "Thank you.",
    ]


def test_a_bare_turn_in_the_title_stays(extractor: quotes.Extractor) -> None:
    # a title's "NAME: words" is a headline's claim, however short
    rows = claim_rows(extractor, "HOLT: 412.\n\nThe council met on Monday night.\n")
    assert [r[0] for r in rows] == ["412."]


# --- session 18: a headline cut off by an ellipsis is a teaser (direct.teaser_headlines) ---
BODY = "\n\nMayor Ann Lee spoke to reporters at the depot on Monday morning.\n"


@pytest.mark.parametrize(
    "title",
    [
        "Mayor Lee Just Revealed Who She Will Back For Governor – It Might Surprise You….",
        "Council Staff Are Planning To Do Something Big To The Mayor If She Doesn't Do This...",
        "Union Boss Sends Brutal Message To Mayor She Never Saw Coming...",
    ],
)
def test_a_teaser_headline_is_no_claim(extractor: quotes.Extractor, title: str) -> None:
    rows = claim_rows(extractor, title + BODY)
    assert [r for r in rows if r[0] in title] == []


def test_a_headline_without_the_ellipsis_stays_a_claim(extractor: quotes.Extractor) -> None:
    # the hard negative: the same verb in a headline that says what was revealed
    title = "Mayor Lee Revealed She Will Back Ruiz For Governor"
    rows = claim_rows(extractor, title + BODY)
    assert [r[1] for r in rows if r[0].startswith("She Will Back")] == ["Mayor Lee"]


def test_a_quotation_cut_short_in_a_headline_stays_a_claim(extractor: quotes.Extractor) -> None:
    title = "Mayor Lee: 'Fares will rise, but not by much…'"
    rows = claim_rows(extractor, title + BODY)
    assert [r[0] for r in rows if r[0] in title] == ["Fares will rise, but not by much…"]

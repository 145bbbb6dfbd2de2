"""A printed Q&A interview: each answer is a claim of the person interviewed, each question a
claim of the interviewer (act ``question`` when it asks), with sentences written for these tests."""

from __future__ import annotations

import pytest

INTERVIEW = (
    "Mayor Ana Ruiz spoke to the Courier about the budget.\n\n"
    "Q: Will you raise taxes next year?\n\n"
    "A: No. We will not raise taxes, and I have said so many times.\n\n"
    "Q: Why did the budget fail?\n\n"
    "A: The council refused to compromise.\n\n"
    "They wanted a fight, and they got one.\n\n"
    "Q. And the schools?\n\n"
    "A. They will open in September.\n\n"
    "This interview has been condensed and edited."
)


@pytest.fixture(scope="module")
def turns(extractor):
    claims = extractor.extract(INTERVIEW)
    return claims[claims["rule"].str.startswith("interview_")].reset_index(drop=True)


def test_each_answer_is_the_person_interviewed(turns):
    answers = turns[turns["rule"].str.startswith("interview_answer")]
    assert list(answers["quote"]) == [
        "No. We will not raise taxes, and I have said so many times.",
        "The council refused to compromise.",
        "They wanted a fight, and they got one.",  # an answer runs on to the next question
        "They will open in September.",
    ]
    assert set(answers["speaker"]) == {"Ana Ruiz"}
    assert set(answers["speaker_type"]) == {"PERSON"}
    assert set(answers["rule"]) == {"interview_answer+interviewee"}
    assert set(answers["act"]) == {"statement"}


def test_each_question_is_the_interviewers_and_asks(turns):
    questions = turns[turns["rule"].str.startswith("interview_question")]
    assert list(questions["quote"]) == [
        "Will you raise taxes next year?",
        "Why did the budget fail?",
        "And the schools?",
    ]
    assert questions["speaker"].isna().all()  # the text does not name who asks
    assert set(questions["act"]) == {"question"}


def test_the_note_after_the_last_answer_is_nobodys_turn(turns):
    assert not turns["quote"].str.contains("condensed").any()


def test_a_lettered_list_is_no_interview(extractor):
    text = (
        "The council weighed two options.\n\n"
        "A. The first option costs more.\n\n"
        "B. The second option costs less."
    )
    claims = extractor.extract(text)
    assert not claims["rule"].str.startswith("interview_").any()


def test_a_named_transcript_keeps_its_names(extractor):
    text = "PARK: We did our part.\n\nREYES: They did not. The vote was rigged, we think."
    claims = extractor.extract(text)
    lines = claims[claims["rule"].str.startswith("transcript_line")]
    assert list(lines["speaker"]) == ["PARK", "REYES"]


def test_a_transcript_line_that_asks_is_a_question(extractor):
    """A transcript's line is printed verbatim, as an interview's turn is: one ending in a
    question mark asks; one that asks and then answers ("Why? Because ...") states."""
    text = (
        "PRESENTER: Minister, you promised to halve the lists. Have you failed?\n\n"
        "MORRIS: Failed? No. We are on track."
    )
    claims = extractor.extract(text)
    lines = claims[claims["rule"].str.startswith("transcript_line")]
    assert list(lines["act"]) == ["question", "statement"]


def test_an_interview_in_uk_style_with_a_quoted_word(extractor):
    text = (
        "Sir Keith Hollis, the chief executive, talked to us in Leeds.\n\n"
        "Q: Is the merger 'dead'?\n\n"
        "A: It is 'resting', as I told the board. We will look again in June."
    )
    claims = extractor.extract(text)
    answer = claims[claims["rule"] == "interview_answer+interviewee"]
    assert list(answer["quote"]) == [
        "It is 'resting', as I told the board. We will look again in June."
    ]
    assert answer["speaker"].iloc[0].endswith("Hollis")
    # the question's source is its "Q" label (PolNeAR marks it so), the interviewer unnamed
    question = claims[claims["rule"] == "interview_question+unresolved"]
    assert list(question["act"]) == ["question"]
    assert list(question["speaker_mention"]) == ["Q"]
    assert question["speaker"].isna().all()


HANSARD = (
    "Mr Daniel Hart (Northfield) (Lab): Will the Minister tell the House when the report "
    "will be published?\n\n"
    "The Minister for Housing (Ann Cole): The report will be published next month.\n\n"
    "Mr Hart: That is not good enough."
)


def test_a_parliamentary_record_gives_each_member_their_turn(extractor):
    """Hansard's labels: a member with constituency and party in brackets, an office with its
    holder in brackets, then members by honorific alone (before: one claim, cut from the
    question, and none for the answers)."""
    claims = extractor.extract(HANSARD)
    turns = claims[claims.rule.str.startswith("transcript_line")]
    assert list(zip(turns.speaker, turns.act, strict=True)) == [
        ("Daniel Hart", "question"),
        ("Ann Cole", "statement"),
        ("Daniel Hart", "statement"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Results (first round): Lee 40%, Hale 30%.",  # a heading with a bracket
        "Update (10:30): The minister said the talks had failed.",
        "Mr Hart: That is not good enough.",  # an honorific label alone, no record around it
    ],
)
def test_a_bracketed_heading_is_no_members_turn(extractor, text):
    claims = extractor.extract(text)
    assert not claims.rule.str.startswith("transcript_line").any()


def test_a_text_read_out_after_read_colon_is_the_texts(extractor):
    """ "A statement from the family read: “...”": the tagger makes "read" a noun, and the
    quotation had no claim at all; the words are the statement's."""
    text = 'A statement from the family read: "We are heartbroken."'
    claims = extractor.extract(text)
    assert list(zip(claims.quote, claims.speaker_mention, strict=True)) == [
        ("We are heartbroken.", "A statement from the family")
    ]


def test_a_clause_before_read_colon_is_no_text_read_out(extractor):
    """The hard negative: words before "read:" that hold a verb are a clause whose subject
    read the words out ("The editor, who checked the copy, read: ..."), the said_before rule's
    reading, not a text's."""
    claims = extractor.extract('The editor, who checked the copy, read: "fine".')
    assert list(zip(claims.speaker_mention, claims.rule.str.split("+").str[0], strict=True)) == [
        ("The editor", "said_before")
    ]


def test_a_capital_heading_label_is_no_speaker(extractor):
    """ "BREAKING: ...", "WATCH: ...", "PIC: ..." open a line of a live page or of a scraped
    post as a capital transcript label would, and were claims of speakers "BREAKING" and
    "PIC"; a label holding a heading word (heading_labels.txt) is no one's. The hard negative:
    the capital names of a transcript beside them keep their turns."""
    text = (
        "Councillors met on Monday.\n\nBREAKING: The bridge will close for a year.\n\n"
        "PIC: The crowd outside the town hall.\n\nLEE: We have no choice.\n\nRUIZ: We do."
    )
    df = extractor.extract(text)
    assert list(zip(df.quote, df.speaker_mention, strict=True)) == [
        ("We have no choice.", "LEE"),
        ("We do.", "RUIZ"),
    ]


def test_a_quoted_transcripts_next_label_opens_no_continuation(extractor):
    """A transcript printed inside quotation marks, one paragraph a turn, each opening with a
    mark: the paragraph of a clip played in it ("“VIDEO: ...") was joined to the turn before
    as one more piece of it, the convention of a quotation running over paragraphs; a
    quotation opening with a capital label is that label's, never the previous turn's."""
    text = (
        "A transcript follows:\n\n"
        '"LEE: We had no choice, and I said so at the time. Listen.\n\n'
        '"VIDEO: They told me the bridge was safe when they knew it was not.\n\n'
        '"LEE: Did you mislead them?'
    )
    df = extractor.extract(text)
    assert not any("bridge was safe" in q for q in df[df.speaker == "LEE"].quote)
    assert list(df[df.speaker == "LEE"].quote) == [
        "We had no choice, and I said so at the time. Listen.",
        "Did you mislead them?",
    ]

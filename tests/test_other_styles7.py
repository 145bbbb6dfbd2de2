"""Rules found on texts of other styles (session 21, styles4): a Q&A with bold names, a live
blog, a wire story, a court report, a list of headlines.

Each test fails on the code before its rule; each has a hard negative. Sentences written for
these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import pandas as pd
import pytest
from claim_rows import row_holding

import quotes
from quotes.invariants import violations
from quotes.text import prepare


def _row(extractor: quotes.Extractor, text: str, words: str):  # type: ignore[no-untyped-def]
    return row_holding(extractor.extract(text), words)


# --- markdown bold is markup --------------------------------------------------------------

BOLD_QA = (
    "The harbour master retires this week. We asked her about the job.\n\n"
    "**Sam Okoro:** What will you miss most?\n\n"
    "**Lena Brandt:** The early mornings. The water is never the same twice.\n\n"
    "**Sam Okoro:** And what will you not miss?\n\n"
    "**Lena Brandt:** The paperwork, without a doubt."
)


def test_bold_speaker_labels_are_turns_of_the_people_named(extractor: quotes.Extractor) -> None:
    df = extractor.extract(BOLD_QA)
    turns = [(r.speaker, r.quote) for r in df.itertuples() if r.rule.startswith("transcript")]
    assert turns == [
        ("Sam Okoro", "What will you miss most?"),
        ("Lena Brandt", "The early mornings. The water is never the same twice."),
        ("Sam Okoro", "And what will you not miss?"),
        ("Lena Brandt", "The paperwork, without a doubt."),
    ]
    assert not violations(BOLD_QA, df)


def test_asterisks_in_a_word_or_a_break_are_no_bold() -> None:
    text = "He told them to \u201cgo f*** themselves\u201d.\n\n***\n\nA new part **starts."
    assert prepare(text).parse_text == text


# --- a that-clause after a prepositional phrase holding another ------------------------------


def test_a_that_clause_after_a_phrase_within_a_phrase_is_what_was_said(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "The airline's finance chief, Ruth Ames, said on a call with analysts that fares "
        "would rise in the spring."
    )
    row = _row(extractor, text, "fares would rise")
    assert (row.speaker, row.quote) == ("Ruth Ames", "that fares would rise in the spring")


def test_a_relative_that_after_such_a_phrase_is_not_what_was_said(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Ruth Ames said on a call with analysts that lasted an hour: "
        "\u201cThe delay was regrettable.\u201d"
    )
    df = extractor.extract(text)
    assert list(df.quote) == ["The delay was regrettable."]


# --- a passive "was told" conjoined to an active verb ---------------------------------------


def test_who_was_told_is_not_who_told(extractor: quotes.Extractor) -> None:
    text = "The auditor raised concerns but was told the payments were routine."
    row = _row(extractor, text, "payments were routine")
    assert pd.isna(row.speaker) and pd.isna(row.speaker_mention)


def test_an_active_tell_conjoined_keeps_the_shared_subject(extractor: quotes.Extractor) -> None:
    text = "The auditor raised concerns and told the board the payments were irregular."
    row = _row(extractor, text, "payments were irregular")
    assert row.speaker == "auditor"


def test_a_passive_tell_with_an_agent_is_the_agents(extractor: quotes.Extractor) -> None:
    text = "She raised concerns but was told by the manager that the payments were routine."
    row = _row(extractor, text, "payments were routine")
    assert row.speaker == "manager"


# --- a quoted imperative after "tweeted:" is no intention -----------------------------------


def test_a_quoted_imperative_after_a_colon_is_a_statement(extractor: quotes.Extractor) -> None:
    text = "The mayor has tweeted: \u2018Thank you to every volunteer who came out tonight.\u2019"
    row = _row(extractor, text, "Thank you")
    assert (row.act, row.speaker) == ("statement", "mayor")


@pytest.mark.parametrize("opening, closing", [("\u201c", "\u201d"), ("\u201a", "\u2018")])
def test_an_imperative_the_parser_hangs_the_marks_on_is_a_statement(
    extractor: quotes.Extractor, opening: str, closing: str
) -> None:
    # the parser makes ":" and the opening mark children of the quoted imperative
    text = f"The mayor has tweeted: {opening}Come and join us at the fair on Sunday.{closing}"
    row = _row(extractor, text, "join us")
    assert (row.act, row.speaker) == ("statement", "mayor")
    assert row.quote.startswith("Come and join us")


def test_an_infinitive_after_tweeted_stays_an_intention(extractor: quotes.Extractor) -> None:
    row = _row(extractor, "The mayor tweeted to thank the volunteers.", "thank")
    assert row.act == "intention"
    row = _row(extractor, "The mayor vowed to \u201cfix every road in town\u201d.", "fix")
    assert row.act == "intention"


# --- a long hearer of "told" the parser split ----------------------------------------------


def test_the_clause_under_a_hearers_last_noun_is_what_was_told(
    extractor: quotes.Extractor,
) -> None:
    text = "Ann Cole told BBC Radio 4's Today programme the council had failed its tenants."
    row = _row(extractor, text, "council")
    assert (row.speaker, row.quote) == ("Ann Cole", "the council had failed its tenants")


def test_a_plain_hearer_keeps_its_clause(extractor: quotes.Extractor) -> None:
    text = "Ann Cole told the committee the hospital would reopen in May."
    row = _row(extractor, text, "hospital")
    assert (row.cue, row.quote) == ("told the committee", "the hospital would reopen in May")


# --- headlines: a live page's title, a group's verbless claim ----------------------------------


def test_a_live_pages_title_is_no_claim(extractor: quotes.Extractor) -> None:
    text = (
        "Flood alert: live updates as river bursts its banks in York\n\n"
        "The Environment Agency said water levels were still rising."
    )
    df = extractor.extract(text)
    assert list(df.speaker) == ["Environment Agency"]


def test_a_headline_colon_before_live_words_stays_a_claim(extractor: quotes.Extractor) -> None:
    text = (
        "Police: live rounds were not fired at protesters\n\n"
        "The Environment Agency said water levels were still rising."
    )
    df = extractor.extract(text)
    assert list(df.speaker)[0] == "Police"


def test_a_groups_verbless_headline_is_its_claim(extractor: quotes.Extractor) -> None:
    text = "Doctors: Flu cases at highest level in a decade\n\nHospitals are under strain."
    row = _row(extractor, text, "Flu cases")
    assert (row.speaker, row.cue) == ("Doctors", ":")


def test_a_title_after_a_colon_is_no_claim(extractor: quotes.Extractor) -> None:
    text = "Doctors: The Inside Story Of A Winter Ward\n\nHospitals are under strain."
    assert extractor.extract(text).empty


def test_a_clause_on_a_named_hearer_is_told_with_no_object(extractor: quotes.Extractor) -> None:
    text = (
        "The health minister, Ann Cole, told BBC Radio Kent's Breakfast programme the hospital "
        "would reopen in May."
    )
    row = _row(extractor, text, "hospital")
    assert (row.speaker, row.quote) == ("Ann Cole", "the hospital would reopen in May")


def test_a_relative_clause_on_a_common_noun_is_no_told_clause(extractor: quotes.Extractor) -> None:
    row = _row(extractor, "Ann Cole told the story the children loved.", "children")
    assert row.quote == "the story the children loved"

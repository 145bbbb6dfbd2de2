"""Rules found on texts of other styles (session 22, styles6): a long interview written as
prose, a roundup of leaders' reactions, a diplomatic report, a biography, a wire digest.

Each test fails on the code before its rule; each has a hard negative. Sentences written for
these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

from claim_rows import row_holding, rows_holding

import quotes


def _row(extractor: quotes.Extractor, text: str, words: str):  # type: ignore[no-untyped-def]
    return row_holding(extractor.extract(text), words)


# --- "the Russian envoy to the UN, Pavel Kirov," read as one object "UN Kirov" --------------


def test_a_name_merged_with_the_body_before_its_comma_is_in_apposition(
    extractor: quotes.Extractor,
) -> None:
    text = "Russia's envoy to the UN, Pavel Kirov, said the mediators had been biased."
    row = _row(extractor, text, "mediators")
    assert row.speaker == "Pavel Kirov"


def test_a_person_before_the_comma_keeps_the_description(extractor: quotes.Extractor) -> None:
    # hard negative: "the lawyer for Ann Lee, Tom Hale," is not Ann Lee, and the rule does not
    # make the lawyer Ann Lee either
    text = "The lawyer for Ann Lee, Tom Hale, said the charges would be dropped."
    row = _row(extractor, text, "charges")
    assert row.speaker != "Ann Lee"


# --- "A resident who gave only her first name, Olga, said": the name the clause gives -----


def test_a_name_given_in_a_relative_clause_is_the_speaker(extractor: quotes.Extractor) -> None:
    text = (
        "Dr Ines Walde said the shelter had closed. A resident who gave only her first name, "
        "Irena, said by telephone that she had waited three days. 'Nobody came,' she said."
    )
    assert _row(extractor, text, "waited three days").speaker == "Irena"
    assert _row(extractor, text, "Nobody came").speaker == "Irena"


def test_a_name_of_another_in_the_relative_clause_is_not_the_speaker(
    extractor: quotes.Extractor,
) -> None:
    # hard negative: the driver's name is not the witness's
    text = "A witness who gave police the driver's name, Tom Hale, said the car was red."
    assert _row(extractor, text, "car was red").speaker != "Tom Hale"


# --- an action beat after a reported question ---------------------------------------------


def test_a_beat_after_a_fronted_question_gives_the_answer(extractor: quotes.Extractor) -> None:
    text = (
        "Asked whether she would miss the lab, Moreau laughed. "
        '"Miss it? I will be back every week. Nobody else can fix the freezer."'
    )
    row = _row(extractor, text, "freezer")
    assert row.speaker == "Moreau"


def test_a_said_after_a_fronted_question_is_no_beat(extractor: quotes.Extractor) -> None:
    # hard negative: the sentence holds a claim of its own ("said no"); the quotation goes on
    # with it (continuation), not as a beat
    text = (
        "Asked whether she would miss the lab, Moreau said no. "
        '"I will be back every week. Nobody else can fix the freezer."'
    )
    row = _row(extractor, text, "freezer")
    assert row.rule != "action_beat"


# --- "Varga was unmoved. '...'": an "un-" adjective of state is a beat ---------------------


def test_an_un_participle_of_state_is_a_beat(extractor: quotes.Extractor) -> None:
    text = (
        "The agency disputed the figure. Moreau was unmoved. "
        '"They said the same thing in 2015, and then they had to revise it."'
    )
    row = _row(extractor, text, "revise it")
    assert (row.speaker, row.rule) == ("Moreau", "action_beat+name")


def test_an_un_adjective_after_be_is_a_beat(extractor: quotes.Extractor) -> None:
    text = 'The agency disputed the figure. Lee was unconvinced. "Show me the data."'
    row = _row(extractor, text, "Show me")
    assert (row.speaker, row.cue) == ("Lee", "was unconvinced")


def test_a_passive_event_or_another_adjective_is_no_beat(extractor: quotes.Extractor) -> None:
    # hard negatives: an agent makes an event; "ill" is no "un-" state
    for beat in ("Lee was unseated by a rival.", "Lee was ill."):
        text = f'The agency disputed the figure. {beat} "It was a fair fight."'
        assert _row(extractor, text, "fair fight").rule != "action_beat+name"


# --- "Her father, she recalled, used to ...": a comment clause read as a relative ------------


def test_a_comment_clause_after_the_subject_reports_the_clause(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Lena Varo grew up in Tartu. Her uncle, she recalled, used to count the ships in the bay "
        "and write their names in a notebook."
    )
    row = _row(extractor, text, "count the ships")
    assert row.cue == "recalled"
    assert row.speaker == "Lena Varo"
    assert "Her uncle" in row.quote


def test_a_relative_clause_with_its_relative_word_is_no_comment(
    extractor: quotes.Extractor,
) -> None:
    # hard negative: "who, she recalled" has a relative word; and a relative clause with a
    # gap is no comment clause
    text = "Lena Varo grew up in Tartu. The house, which she recalled fondly, was sold in 1990."
    assert not rows_holding(extractor.extract(text), "sold in 1990")


# --- "told her on the first day that ...": a that-clause read as a relative of time --------


def test_a_that_clause_after_a_time_phrase_of_told(extractor: quotes.Extractor) -> None:
    text = (
        "Albert Polk hired her in June. "
        "He told her on the first day that he had never hired a clerk."
    )
    row = _row(extractor, text, "never hired a clerk")
    assert (row.speaker, row.cue) == ("Albert Polk", "told her")


def test_a_relative_of_time_with_a_gap_is_no_content(extractor: quotes.Extractor) -> None:
    # hard negative: "the day that he left" dates the telling; the news is what was told
    text = "Albert Polk hired her in June. He told her the news on the day that he left."
    assert not rows_holding(extractor.extract(text), "he left")


# --- "X is expected to ..., according to Y": no one relays a claim with no source ---------


def test_according_to_after_a_sourceless_expectation(extractor: quotes.Extractor) -> None:
    text = "President Ana Lima is expected to visit the port on Friday, according to her office."
    row = _row(extractor, text, "Ana Lima is expected")
    assert row.speaker == "her office"
    assert row.cue == "according to"


def test_according_to_inside_a_sourced_report_relays_it(extractor: quotes.Extractor) -> None:
    # hard negative: a claim with a source is relayed, not taken over
    text = "Lima, according to her aides, said the port would reopen on Friday."
    row = _row(extractor, text, "port would reopen")
    assert row.speaker == "Lima"


# --- a that-clause inside a fronted phrase is no complement of the verb after it -----------


def test_a_relative_in_a_fronted_phrase_is_not_what_was_urged(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Ruth, for her part, thought Nora was wasting her talent. In a reply that Nora kept "
        "all her life, she urged her to come home and apply to the college."
    )
    df = extractor.extract(text)
    urged = df[(df.cue == "urged") & (df.rule.str.startswith("intention_complement"))]
    assert len(urged) == 1, df[["quote", "cue", "rule"]]
    assert urged.iloc[0].quote.startswith("her to come home")


def test_a_that_clause_after_said_at_the_time_stays(extractor: quotes.Extractor) -> None:
    # hard negative: the phrase after the verb still leads to its clause
    text = "Ruth wrote back at once. She said at the time that the college was too far."
    row = _row(extractor, text, "too far")
    assert row.quote == "that the college was too far"

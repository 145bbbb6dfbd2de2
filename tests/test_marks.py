"""Quotation-mark pairing on raw text (quotes.marks), no model needed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotes.document import split_paragraphs
from quotes.marks import find_quotations


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text, split_paragraphs(text))]


def test_curly_straight_guillemets_and_low_marks():
    assert quoted("“A b,” he said.") == ["A b,"]
    assert quoted('"A b," he said.') == ["A b,"]
    assert quoted("«A b», dit-il.") == ["A b"]
    assert quoted("„A b“ sagte er.") == ["A b"]


def test_low_single_marks_pair_with_their_high_closer():
    # ‚…‘: the closer has the shape of an English opener (German and Czech style)
    assert quoted("Sie sagte: ‚Ja, bitte.‘ Dann ging sie.") == ["Ja, bitte."]
    assert quoted("He wrote: ‚Vote tomorrow!‘ Then ‚No,‘ she said.") == ["Vote tomorrow!", "No,"]


def test_an_opening_single_mark_without_its_low_partner_still_needs_a_closer():
    # hard negative: only a low mark's partner closes; a lone ‘ (the ‘90s) stays no quotation
    assert quoted("It was the ‘90s, and he said: ‚Yes.‘ once.") == []
    assert quoted("‘Yes,’ she said.") == ["Yes,"]


def test_apostrophes_are_not_quotation_marks():
    assert quoted("Trump’s aide said don’t worry about the parents’ votes.") == []
    assert quoted("It's the 1990's and y'all know it.") == []


def test_single_marks_quote_in_a_headline_without_double_marks():
    assert quoted("Minister: ‘We will not resign’") == ["We will not resign"]


def test_single_marks_inside_double_marks_belong_to_the_outer_quote():
    assert quoted("“He called it ‘a disaster’ twice,” she said.") == [
        "He called it ‘a disaster’ twice,"
    ]


def test_closing_mark_without_opener_opens_after_the_previous_quotation():
    text = "She said it was “fine.” The rest went well. We agreed,” the aide added."
    assert quoted(text) == ["fine.", "The rest went well. We agreed,"]


def test_closing_mark_without_opener_opens_at_the_paragraph_start():
    text = "First paragraph.\nThe talks went well,” the aide said."
    assert quoted(text) == ["The talks went well,"]


def test_unclosed_opener_runs_to_the_paragraph_end_and_continues():
    text = "“We will build it.\n“And they will pay for it,” he said.\nNo quote here."
    qs = find_quotations(text, split_paragraphs(text))
    assert [text[q.start : q.end] for q in qs] == ["We will build it.", "And they will pay for it,"]
    assert qs[0].close_mark is None and qs[1].continues


def test_an_odd_number_of_marks_never_drops_the_document():
    text = "“One,” he said. “Two, she said.\nThree.”"
    assert quoted(text) == ["One,", "Two, she said.", "Three."]


def test_two_apostrophes_are_one_double_mark():
    assert quoted("He told me, ''We won,'' and left.") == ["We won,"]


@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”\"'‘’«»„‚‹›")), max_size=80))
def test_quotations_are_inside_the_text_and_in_order(text):
    qs = find_quotations(text, split_paragraphs(text))
    last = -1
    for q in qs:
        assert 0 <= q.start < q.end <= len(text)
        assert q.start >= last
        last = q.end
        assert "\n" not in text[q.start : q.end]


def test_a_plural_possessive_before_uk_single_quotes_is_an_apostrophe():
    text = "The nurses' union said the offer was 'an insult'. 'We won't accept it,' said Ann."
    assert quoted(text) == ["an insult", "We won't accept it,"]
    curly = "The workers’ union called it ‘an insult’. ‘We won’t accept it,’ said Ann."
    assert quoted(curly) == ["an insult", "We won’t accept it,"]
    # a mark after an "s" that closes an open quotation still closes it
    assert quoted("Ann said 'we want more pay rises'. Then she left.") == ["we want more pay rises"]


def test_double_marks_inside_uk_single_marks_belong_to_the_outer_quote():
    """British style quotes with single marks and nests double ones: the single-quoted
    quotation is the quotation, the double-quoted words part of it."""
    text = "Ravi Mehta said: 'The report was \"not yet finished\". We know it was done.'"
    assert quoted(text) == ['The report was "not yet finished". We know it was done.']


def test_double_marks_outside_single_marks_stay_the_quotation():
    """The hard negatives: US style nests single marks in double ones, and a double-quoted
    quotation beside a single-quoted one is not inside it."""
    text = "\"It's a 'disaster',\" said Ann Lee."
    assert quoted(text) == ["It's a 'disaster',"]
    text = "She called it 'a farce' and said \"we will appeal\"."
    assert quoted(text) == ["we will appeal"]

"""Quotations inside quotations (quotes.claims.inner, quotes.marks.find_inner_quotations):
the quoted speaker's own report of someone's words is a claim nested in theirs, and a
quoted speaker's "I" and "my ..." are that speaker.

Sentences written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import pandas as pd
import pytest

import quotes
from quotes.document import split_paragraphs
from quotes.marks import find_inner_quotations, find_quotations


def _inner(text: str) -> list[str]:
    quotations = find_quotations(text, split_paragraphs(text))
    return [text[q.start : q.end] for _, q in find_inner_quotations(text, quotations)]


def _claims(extractor: quotes.Extractor, text: str) -> pd.DataFrame:
    return extractor.extract(text).reset_index(drop=True)


# --- the marks ----------------------------------------------------------------------------------


def test_single_marks_inside_double_marks_are_an_inner_quotation() -> None:
    text = "\"The guard shouted, 'Stop the van,' and we stopped,\" said Omar Bell."
    assert _inner(text) == ["Stop the van,"]


def test_double_marks_inside_single_marks_are_an_inner_quotation_in_british_style() -> None:
    text = "'The porter told me: \"The lift is broken,\" so we walked,' said Mr Hale."
    assert _inner(text) == ["The lift is broken,"]


def test_apostrophes_and_an_unclosed_mark_make_no_inner_quotation() -> None:
    """Hard negatives: possessives and contractions are no marks; a lone opener pairs with
    nothing, so nothing is invented."""
    assert _inner("\"The nurses' union says it's the drivers' fault,\" she said.") == []
    assert _inner('"He kept saying \'never again and left the room," she said.') == []


# --- claims -------------------------------------------------------------------------------------


def test_a_named_quoted_report_is_a_claim_nested_in_the_outer_one(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "'The inspector told me: \"This building is not safe,\" and we left at once,' "
        "said Mr Patel."
    )
    df = _claims(extractor, text)
    inner = df[df.quote.str.startswith("This building")]
    outer = df[df.quote.str.startswith("The inspector")]
    assert len(inner) == 1 and len(outer) == 1
    assert inner.iloc[0].speaker == "inspector"
    assert inner.iloc[0].kind == "direct"
    assert inner.iloc[0].nested_in == outer.iloc[0].quote_id
    assert outer.iloc[0].speaker == "Patel"


def test_a_quoted_speakers_i_is_that_speaker(extractor: quotes.Extractor) -> None:
    text = "\"I told her, 'Go home and rest,' but she stayed,\" Tom Reed said."
    df = _claims(extractor, text)
    inner = df[df.quote.str.startswith("Go home")]
    assert len(inner) == 1
    assert (inner.iloc[0].speaker, inner.iloc[0].speaker_type) == ("Tom Reed", "PERSON")
    assert inner.iloc[0].rule.endswith("+quoter")


def test_a_quoted_speakers_my_brother_is_that_speakers_brother(
    extractor: quotes.Extractor,
) -> None:
    """Hard negative: the narration names Ann Lee just after; "My brother" is not her."""
    text = "\"My brother said, 'I am leaving tonight.' Then he hung up,\" Ann Lee said."
    df = _claims(extractor, text)
    inner = df[df.quote.str.startswith("I am leaving")]
    assert len(inner) == 1
    assert inner.iloc[0].speaker == "Ann Lee's brother"


def test_a_scare_quote_inside_a_quotation_is_no_claim(extractor: quotes.Extractor) -> None:
    """Hard negative: inner marks with no verb of saying around them are a name or a scare
    quote, not a report."""
    text = "\"They call it 'the bridge to nowhere' for a reason,\" Ms. Lund said."
    df = _claims(extractor, text)
    assert list(df.quote) == ["They call it 'the bridge to nowhere' for a reason,"]


def test_inner_marks_of_an_unclaimed_quotation_make_no_claim(extractor: quotes.Extractor) -> None:
    """Hard negative: a title in quotation marks with no cue is no claim, and neither is
    what it quotes inside."""
    text = "The exhibition \"Grandma said, 'Eat your greens'\" opens in March at the museum."
    assert _claims(extractor, text).empty


def test_a_quoted_report_is_no_antecedent_for_the_narration(extractor: quotes.Extractor) -> None:
    """Hard negative: the adviser speaks only inside the mayor's quotation, so the
    narration's "he" after it is still the mayor (before the rule kept the adviser's mention
    out of the pass, "he" continued it)."""
    text = (
        '"This is a distraction," Tom Reed said. "Not once has a single adviser said, '
        '\'Use that phrase and we win.\'"\n\nHe said the critics "should know better."'
    )
    df = _claims(extractor, text)
    inner = df[df.quote.str.startswith("Use that phrase")]
    assert len(inner) == 1 and inner.iloc[0].nested_in == df.iloc[0].quote_id
    later = df[df.quote.str.contains("should know better")]
    assert len(later) == 1 and later.iloc[0].speaker == "Tom Reed"


def test_a_quoted_speakers_aide_of_mine_is_that_speakers_aide(
    extractor: quotes.Extractor,
) -> None:
    text = (
        '"This is a distraction," Tom Reed said. "Not once has an aide of mine said, '
        "'Use that phrase and we win.'\""
    )
    df = _claims(extractor, text)
    inner = df[df.quote.str.startswith("Use that phrase")]
    assert len(inner) == 1 and inner.iloc[0].speaker == "Tom Reed's aide"


def test_a_quoted_speakers_he_stays_unresolved(extractor: quotes.Extractor) -> None:
    """Hard negative: "he" inside the quotation is a man of her story, not the man the
    narration names, so no speaker is guessed."""
    text = (
        "Mark Dunn chaired the meeting. \"'It is over,' he whispered to me that night,\" "
        "said Ann Lee."
    )
    df = _claims(extractor, text)
    inner = df[df.quote.str.startswith("It is over")]
    assert len(inner) == 1
    assert pd.isna(inner.iloc[0].speaker) and inner.iloc[0].rule.endswith("+quoted_pronoun")


@pytest.mark.parametrize(
    "text",
    [
        "\"I saw the sign: 'No entry after dark,' and turned back,\" Ann Lee said.",
        "\"I know, 'Lock the back door,' is the rule here,\" Ann Lee said.",
        "\"We will not say, 'Trust us,' to anyone,\" Tom Reed said.",
        "'Nobody in my office has said, \"Keep it quiet.\"' Ms Ashby said.",
        "\"No one on the board ever said, 'Sell the land,' to me,\" Tom Reed said.",
    ],
)
def test_knowing_or_a_negated_verb_quotes_no_one(extractor: quotes.Extractor, text: str) -> None:
    """Hard negatives: seeing or knowing words, or not saying them (by "not" or by a subject
    that is nobody), is no report of words said (each made a nested claim before
    ``_a_verb_of_saying``)."""
    df = _claims(extractor, text)
    assert df.nested_in.isna().all(), df[["quote", "cue", "speaker"]]

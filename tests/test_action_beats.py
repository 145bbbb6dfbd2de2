"""Action beats (quotes.claims.direct.action_beat): a quotation that opens a sentence right
after a sentence whose subject is a person doing something is that person's, as fiction and
feature writing attribute turns with no verb of saying.

Sentences written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import pandas as pd
from claim_rows import speaker_of

import quotes


def _claims(extractor: quotes.Extractor, text: str) -> pd.DataFrame:
    return extractor.extract(text).reset_index(drop=True)


def _speaker_of(extractor: quotes.Extractor, text: str, words: str) -> object:
    return speaker_of(extractor.extract(text), words)


def test_a_named_person_s_beat_attributes_the_quotation(extractor: quotes.Extractor) -> None:
    text = "Marta Quill shrugged. “I never wanted the job anyway.”"
    df = _claims(extractor, text)
    assert list(df["speaker"]) == ["Marta Quill"]
    assert df.loc[0, "quote"] == "I never wanted the job anyway."
    assert df.loc[0, "rule"].startswith("action_beat")
    assert df.loc[0, "cue"] == "shrugged"


def test_a_pronoun_beat_goes_to_the_person_it_stands_for(extractor: quotes.Extractor) -> None:
    text = (
        "Councillor Ruth Abara left the chamber early on Tuesday.\n\n"
        "Later she stopped at the door. 'We will not give up on the library.'"
    )
    assert _speaker_of(extractor, text, "library") == "Ruth Abara"


def test_a_beat_in_british_style_with_the_full_stop_outside(extractor: quotes.Extractor) -> None:
    text = "Gareth Holm folded his arms. 'Not on my watch'."
    assert _speaker_of(extractor, text, "watch") == "Gareth Holm"


def test_a_beat_of_another_person_outweighs_the_speaker_before(
    extractor: quotes.Extractor,
) -> None:
    text = "“It was a fair vote,” said Paul Dent. Irene Dent shook her head. “It was rigged.”"
    assert _speaker_of(extractor, text, "rigged") == "Irene Dent"


def test_a_thing_doing_something_is_no_beat(extractor: quotes.Extractor) -> None:
    text = "The phone rang twice. “Is anybody home?”"
    assert _claims(extractor, text).empty


def test_a_beat_in_the_paragraph_before_attributes_nothing(extractor: quotes.Extractor) -> None:
    text = "Marta Quill shrugged.\n\n“I never wanted the job anyway.”"
    assert _claims(extractor, text).empty


def test_hearing_or_reading_is_no_beat(extractor: quotes.Extractor) -> None:
    text = "Omar Lutz heard a voice from the cellar. “Is anybody there?”"
    assert _claims(extractor, text).empty


def test_a_title_after_a_person_s_sentence_is_no_beat(extractor: quotes.Extractor) -> None:
    text = "Dana Pike starred in the pilot. “Night Shift,” a drama from 1991, returns in May."
    assert _claims(extractor, text).empty


def test_a_report_before_the_quotation_is_continued_not_beaten(
    extractor: quotes.Extractor,
) -> None:
    text = "Mayor Ana Ruiz said the budget was balanced. “We did not borrow a penny.”"
    df = _claims(extractor, text)
    row = df[df["quote"].str.contains("penny")].iloc[0]
    assert row["speaker"] == "Ana Ruiz"
    assert not row["rule"].startswith("action_beat")


def test_a_denial_with_nothing_to_report_is_a_beat(extractor: quotes.Extractor) -> None:
    text = "Councillor Sam Tate denied it. 'I was never at the depot.'"
    assert _speaker_of(extractor, text, "depot") == "Sam Tate"


def test_a_statement_announced_then_quoted_is_the_announcer_s(
    extractor: quotes.Extractor,
) -> None:
    text = "Lena Park, the club's secretary, said in a statement. “The ground will reopen in May.”"
    assert _speaker_of(extractor, text, "reopen") == "Lena Park"


def test_a_quotation_after_its_own_attribution_is_not_a_new_beat(
    extractor: quotes.Extractor,
) -> None:
    text = "“The plan works,” Mark Odell said. “Nobody else has one.”"
    df = _claims(extractor, text)
    assert len(df) == 1  # one claim in two pieces
    assert df.loc[0, "speaker"] == "Mark Odell"

"""Rules found on texts of other styles (session 22, styles7): a social-media reactions
piece, a flood report, an entertainment story, a product launch, an education dispute in UK
marks, a religious festival.

Each test fails on the code before its rule; each has a hard negative. Sentences written for
these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import pandas as pd
from claim_rows import row_holding

import quotes


def _row(extractor: quotes.Extractor, text: str, words: str):  # type: ignore[no-untyped-def]
    return row_holding(extractor.extract(text), words)


# --- "Bishop Matteo Ricci", an ORG of the NER: "He" after it found no man ------------------


def test_a_title_and_a_first_name_inside_an_org_span_are_a_person(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Bishop Matteo Ricci told the congregation that the bells had been recast. "
        "He said the parish had paid for them."
    )
    assert _row(extractor, text, "bells").speaker == "Matteo Ricci"
    row = _row(extractor, text, "parish had paid")
    assert row.speaker == "Matteo Ricci"
    assert row.speaker_type == "PERSON"


def test_a_title_word_before_no_first_name_stays_an_organisation(
    extractor: quotes.Extractor,
) -> None:
    # hard negative: "Cardinal Health" is a company, no cardinal; "He" does not become it
    text = (
        "Cardinal Health said in a statement that the recall was voluntary. "
        "He said the shipments had stopped."
    )
    assert _row(extractor, text, "recall").speaker_type != "PERSON"
    assert pd.isna(_row(extractor, text, "shipments").speaker)


# --- "Her son, Davide, said": a first name the NER called an organisation ------------------


def test_a_first_name_in_apposition_to_a_person_noun_is_the_person(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Lucia Bernardi said the climb had been long. "
        "Her son, Davide, said the view from the top had been worth it."
    )
    row = _row(extractor, text, "view from the top")
    assert row.speaker == "Davide"
    assert row.speaker_type == "PERSON"


def test_an_organisation_in_apposition_to_a_person_noun_stays_one(
    extractor: quotes.Extractor,
) -> None:
    # hard negative: "His employer, Google," names no person; the employer stays the company
    text = (
        "Tom Hale said the commute had been long. "
        "His employer, Google, said the office would reopen in May."
    )
    assert _row(extractor, text, "office would reopen").speaker_type == "ORG"

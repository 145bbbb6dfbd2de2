"""Rules found on texts of other styles (session 23, styles8): a select committee hearing, an
inquest, a bus strike in UK marks, an aviation incident, a planning row, an Australian
political story.

Each test fails on the code before its rule; each has a hard negative. Sentences written for
these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

from claim_rows import row_holding
from resolving import relabel

import quotes
from quotes.records import PERSON
from quotes.speakers.registry import build_registry


def _row(extractor: quotes.Extractor, text: str, words: str):  # type: ignore[no-untyped-def]
    return row_holding(extractor.extract(text), words)


# --- delayed identification: the next sentence's subject inside a quotation ----------------


def test_a_subject_inside_a_quotation_does_not_identify_a_description(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Tom Hill died in the crash. In a statement, Mr Hill's sister said the family had "
        'waited too long for answers. "Joe should be alive. Nobody listened," she said.'
    )
    assert _row(extractor, text, "waited too long").speaker != "Joe"
    assert _row(extractor, text, "Nobody listened").speaker != "Joe"


def test_a_subject_outside_quotation_marks_still_identifies_a_description(
    extractor: quotes.Extractor,
) -> None:
    # hard negative: the writer's own next sentence names the person the lead described
    text = (
        "The CEO of the rail company said on Monday that punctuality had improved. "
        "Ann Lee told the committee that trains were full."
    )
    assert _row(extractor, text, "punctuality").speaker == "Ann Lee"


# --- delayed identification: "MPs", a plural the tagger called singular -------------------


def test_a_plural_initialism_is_no_person_the_next_sentence_names(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "The head of the rail company was grilled on Monday as MPs on the transport "
        "committee questioned her about delays. Ann Lee told the committee that "
        "punctuality had improved."
    )
    assert _row(extractor, text, "about delays").speaker != "Ann Lee"
    assert _row(extractor, text, "punctuality").speaker == "Ann Lee"


# --- "Mr Brennan's sister, Clare,": a first name the NER called an organisation -------------


def test_clare_in_apposition_to_a_sister_is_her_name(extractor: quotes.Extractor) -> None:
    text = (
        "Tom Hill died in the crash. Outside the court, Mr Hill's sister, Clare, said the "
        'family had waited too long for answers. "Nobody listened," she said.'
    )
    assert _row(extractor, text, "waited too long").speaker == "Clare"
    assert _row(extractor, text, "Nobody listened").speaker == "Clare"


# --- "A coroner has concluded ... Senior coroner Ann Roe found": a coroner is a role --------


def test_a_coroner_is_the_coroner_the_text_names(extractor: quotes.Extractor) -> None:
    text = (
        "A coroner has ruled that the death of a climber was an accident. Senior coroner "
        "Ann Roe found that Tom Hill fell from a ledge. The coroner said the path should be "
        "closed."
    )
    assert _row(extractor, text, "climber").speaker == "Ann Roe"
    assert _row(extractor, text, "path should be closed").speaker == "Ann Roe"


def test_the_coroner_is_no_lawyer_named_before(extractor: quotes.Extractor) -> None:
    # hard negative: a coroner the text never names is not the family's lawyer
    text = (
        "Ann Roe, the family's lawyer, said the inquest had been delayed. "
        "The coroner said the path should be closed."
    )
    assert _row(extractor, text, "path should be closed").speaker != "Ann Roe"


# --- "The conciliation service Acas": a classifying noun with a modifier of its own ---------


def test_a_name_after_a_modified_organisation_noun_is_an_organisation(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "The conciliation service Acas confirmed that it had held talks. "
        "It said it remained available to help."
    )
    row = _row(extractor, text, "held talks")
    assert row.speaker == "Acas"
    assert row.speaker_type == "ORG"
    assert _row(extractor, text, "available to help").speaker == "Acas"


def test_a_name_after_a_modified_person_noun_stays_a_person(
    extractor: quotes.Extractor,
) -> None:
    # hard negative: "union leader" classes a person; "He" still finds him
    text = "The union leader Mick Walsh said the offer was poor. He said members would strike."
    row = _row(extractor, text, "offer was poor")
    assert row.speaker == "Mick Walsh"
    assert row.speaker_type == "PERSON"
    assert _row(extractor, text, "members would strike").speaker == "Mick Walsh"


# --- "an independent analyst, Shane Oliver of AMP,": the NER's one span over "of AMP" -------


def test_a_person_span_is_cut_before_of_and_an_initialism(extractor: quotes.Extractor) -> None:
    text = (
        "Economists were divided, while an independent analyst, Shane Oliver of AMP, argued "
        "the effect would be short-lived. He said rates would fall."
    )
    assert _row(extractor, text, "short-lived").speaker == "Shane Oliver"
    assert _row(extractor, text, "rates would fall").speaker == "Shane Oliver"


def test_a_person_span_with_of_and_a_title_case_place_stays_whole(
    extractor: quotes.Extractor,
) -> None:
    # hard negative: a peer's territorial title ("of Ashby") is no body's initialism, and
    # "of" with an initialism the NER left out of the span is not touched
    text = "Lord Reed of Ashby said the bill was flawed. Ann Lee of RBC said it was fair."
    doc = extractor.backend.parse(text)
    relabel(doc, text, "Reed of Ashby", "PERSON")
    names = {e.name for e in build_registry(doc).entities if e.type == PERSON}
    assert "Reed of Ashby" in names
    assert "Ann Lee" in names


# --- "Asked by the committee chairman, Sir Robert Gale, whether": a name hung as npadvmod ----


def test_a_name_set_off_by_commas_after_a_description_is_its_apposition(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Helen Marsh told the committee that the company had invested more. Asked by the "
        "committee chairman, Sir Robert Gale, whether she would return her bonus, Ms Marsh "
        "said she had given it away."
    )
    assert _row(extractor, text, "return her bonus").speaker == "Robert Gale"
    assert _row(extractor, text, "given it away").speaker == "Helen Marsh"


def test_a_name_after_the_question_is_not_the_askers_apposition(
    extractor: quotes.Extractor,
) -> None:
    # hard negative: the name after the question's comma is the one who answers
    text = (
        "Tom Reed told the committee that the company had invested more. Asked by the "
        "chairman whether she would resign, Ann Lee, the chief executive, said she would not."
    )
    assert _row(extractor, text, "whether she would resign").speaker != "Ann Lee"
    assert _row(extractor, text, "she would not").speaker == "Ann Lee"

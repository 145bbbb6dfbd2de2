"""A name in apposition to an organisation's description is that organisation, whatever the
NER labelled it (quotes.speakers.registry.names.appositive_organisations).

Sentences written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import quotes


def test_a_name_the_ner_reads_as_a_place_is_the_operator_it_names(
    extractor: quotes.Extractor,
) -> None:
    text = "The operator, Aran Sea Links, said in a statement that the sailing was cancelled."
    df = extractor.extract(text)
    assert list(df["speaker"]) == ["Aran Sea Links"]
    assert list(df["speaker_type"]) == ["ORG"]


def test_a_role_in_apposition_keeps_its_person(extractor: quotes.Extractor) -> None:
    text = "The harbour master, Tom Gill, said nobody would sail tonight."
    df = extractor.extract(text)
    assert list(df["speaker"]) == ["Tom Gill"]
    assert list(df["speaker_type"]) == ["PERSON"]


def test_a_place_after_a_group_noun_is_no_organisation(extractor: quotes.Extractor) -> None:
    text = "Residents of the valley, the Lake District, said the road was unsafe."
    df = extractor.extract(text)
    assert "Lake District" not in set(df["speaker"])

"""A name the NER types PERSON that ends in a plural group noun or an organisation's
designator is a group or an organisation, so "he" and "she" pass over it (session 18, types2;
docs/speakers.md, "Names the NER types PERSON"). Sentences written for these tests."""

from __future__ import annotations

from resolving import claim, relabel

from quotes.records import GROUP, ORG, PERSON
from quotes.speakers.registry import build_registry


def _types(extractor, text: str, label: tuple[str, str] | None = None) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Entity name -> type in the registry of ``text``; ``label`` (words, NER label) sets the
    NER's label of the span of those words, as the NER reads some texts."""
    doc = extractor.backend.parse(text)
    if label is not None:
        relabel(doc, text, *label)
    return {e.name: e.type for e in build_registry(doc).entities}


def test_he_passes_over_plural_group_typed_person(resolve):
    text = (
        "Ann Lee spoke after Tom Reed, who leads Latino Republicans for Reform. He said the "
        "vote would be close."
    )
    (c,) = resolve(text, claim(text, "the vote would be close", "He"))
    assert c.speaker == "Tom Reed"


def test_plural_group_typed_person_is_a_group(extractor):
    text = "Tom Reed, who leads Latino Republicans for Reform, said the vote would be close."
    assert _types(extractor, text, ("Latino Republicans", "PERSON"))["Latino Republicans"] == GROUP


def test_designator_typed_person_is_an_organisation(extractor):
    text = "Tom Reed said America Rising PAC paid for the ad against him."
    assert _types(extractor, text, ("America Rising PAC", "PERSON"))["America Rising PAC"] == ORG


def test_first_name_and_a_designator_word_stays_a_person(extractor):
    """Hard negative: a first name before a surname that is also an organisation noun."""
    text = "Lena Fund said the vote would be close."
    assert _types(extractor, text, ("Lena Fund", "PERSON"))["Lena Fund"] == PERSON


def test_plural_surname_stays_a_person(extractor):
    """Hard negative: a surname ending in "s" that is no group noun."""
    text = "Cole Williams said the vote would be close."
    assert _types(extractor, text, ("Cole Williams", "PERSON"))["Cole Williams"] == PERSON

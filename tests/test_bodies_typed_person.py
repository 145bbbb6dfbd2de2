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


def test_a_family_by_its_plural_surname_is_a_group_she_passes_over(extractor):
    """Session 24: "the Clintons" beside Hillary Clinton is the family, a group: "she" is the
    woman, not the family the NER typed a person (before: "She added" -> `Clintons`)."""
    text = (
        "Hillary Clinton spoke in Ohio on Monday. The Clintons said they paid all taxes owed. "
        "She added that the charge was absurd."
    )
    assert _types(extractor, text, ("Clintons", "PERSON"))["Clintons"] == GROUP
    rows = extractor.extract(text)
    assert list(rows.speaker) == ["Clintons", "Hillary Clinton"]
    assert list(rows.speaker_type) == [GROUP, PERSON]


def test_a_family_the_ner_types_organisation_needs_two_members_or_the_word_family(extractor):
    """An ORG "the Murdochs" is the family when two Murdochs are named or "the Murdoch family"
    is written; hard negative: with one person of the surname ("the Browns" beside Sen.
    Sherrod Brown, a football club) the organisation stays one."""
    two = "Rupert Murdoch met his son James Murdoch. The Murdochs said they would sell the papers."
    assert _types(extractor, two, ("Murdochs", "ORG"))["Murdochs"] == GROUP
    word = "Rupert Murdoch flew in. The Murdoch family met. The Murdochs said they would sell."
    assert _types(extractor, word, ("Murdochs", "ORG"))["Murdochs"] == GROUP
    one = "Sen. Sherrod Brown was at the game. The Browns said they would appeal the fine."
    assert _types(extractor, one, ("Browns", "ORG"))["Browns"] == ORG


def test_a_plural_name_of_no_person_of_the_text_is_no_family(extractor):
    """Hard negative: "the Beatles" with no person of the surname "Beatle" keeps its type."""
    text = "Ann Lee said the Beatles changed her life."
    assert _types(extractor, text, ("Beatles", "ORG"))["Beatles"] == ORG

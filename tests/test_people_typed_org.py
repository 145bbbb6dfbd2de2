"""A name the NER types ORG that the text shows to be a person is a person (issue 13,
session 23 types; docs/speakers.md, "Names the NER types ORG"): a himself / herself on its
verb, a he / she that goes on with it, a direct quotation it speaks as "I", an honorific or a
capitalised title and a listed first name before it. Companies, outlets, bands and places stay
what they are. Sentences written for these tests; ``relabel`` sets the NER's label as the NER
reads such names in some texts."""

from __future__ import annotations

from resolving import relabel

from quotes.records import ORG, PERSON
from quotes.speakers.registry import build_registry


def _entity(extractor, text: str, words: str, label: str = "ORG"):  # type: ignore[no-untyped-def]
    """The registry entity of ``words`` in ``text``, the NER's span of them set to ``label``."""
    doc = extractor.backend.parse(text)
    relabel(doc, text, words, label)
    reg = build_registry(doc)
    return next(e for e in reg.entities if words in e.names)


def test_reflexive_makes_a_man(extractor):
    text = "At the debate on Sunday, Wexby compared himself to the governor."
    entity = _entity(extractor, text, "Wexby")
    assert (entity.type, entity.gender) == (PERSON, "m")


def test_she_going_on_makes_a_woman(extractor):
    text = "Dorrance is leading the drive for a new vote. If she wins, the rules will change."
    entity = _entity(extractor, text, "Dorrance")
    assert (entity.type, entity.gender) == (PERSON, "f")


def test_first_person_quotation_makes_a_person(extractor):
    text = "Orlanth went on to say, \u201cFrom the bottom of my heart, I know it will fail.\u201d"
    assert _entity(extractor, text, "Orlanth").type == PERSON


def test_honorific_makes_a_person(extractor):
    text = "The campaign has always been lean, Ms. Wexby told the crowd on Monday."
    assert _entity(extractor, text, "Wexby").type == PERSON


def test_company_continued_as_it_stays(extractor):
    text = "Verizon said it would appeal the ruling. He said the fight was not over."
    assert _entity(extractor, text, "Verizon").type == ORG


def test_spokesperson_we_stays(extractor):
    text = "\u201cWe disagree with the decision and I expect we will appeal,\u201d Grovant said."
    assert _entity(extractor, text, "Grovant").type == ORG


def test_band_continued_as_they_stays(extractor):
    text = "Coldplay said they would tour again next year."
    assert _entity(extractor, text, "Coldplay").type == ORG


def test_pronoun_that_reports_the_clause_is_not_the_name(extractor):
    text = "Anna Lee met the board. Compex, she predicted, would come to them."
    assert _entity(extractor, text, "Compex").type == ORG


def test_place_is_not_continued_by_she(extractor):
    text = "Ohio passed the law in May. She said the vote was close."
    assert _entity(extractor, text, "Ohio", "GPE").type == ORG


def test_name_as_modifier_after_a_title_stays(extractor):
    text = "Chief Morgan Stanley economist Ann Lee said rates would rise."
    assert _entity(extractor, text, "Morgan Stanley").type == ORG

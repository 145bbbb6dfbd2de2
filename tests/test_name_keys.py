"""One entity per name whatever its typographic marks (session 22, names3, issue 13;
docs/speakers.md, "One name, several spellings"): the registry compares names by
:func:`quotes.speakers.name_keys.name_key`, and the canonical name keeps the spelling of the
first full mention. Sentences written for these tests."""

from __future__ import annotations

from claim_rows import speaker_of
from resolving import relabel

import quotes
from quotes.speakers.name_keys import name_key
from quotes.speakers.registry import build_registry
from quotes.speakers.registry.model import Entity


def _registry_names(
    extractor: quotes.Extractor, text: str, label: tuple[str, str] | None = None
) -> list[list[str]]:
    """The name forms of each named entity of ``text``; ``label`` (words, NER label) sets the
    NER's span of those words, as the NER reads some texts."""
    doc = extractor.backend.parse(text)
    if label is not None:
        relabel(doc, text, *label)
    entities: list[Entity] = build_registry(doc).entities
    return [e.names for e in entities if e.mentions and not e.described]


def _speakers(extractor: quotes.Extractor, text: str) -> list[str]:
    return [str(row.speaker) for row in extractor.extract(text).itertuples()]


def test_name_key_folds_marks_not_letters() -> None:
    assert name_key("Brook’s") == name_key("Brook's")
    assert name_key("Okafor–Hale") == name_key("Okafor-Hale")
    assert name_key("José  Ruiz") == name_key("Jose Ruiz")
    assert name_key("U.S.") == name_key("US")
    assert name_key("Mara\u00a0Quist\n") == name_key("Mara Quist")
    # hard negative: a letter apart is another name
    assert name_key("Jon Lee") != name_key("Jan Lee")


def test_accent_dropped_in_a_later_mention_is_the_same_person(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "José Ruiz, the mayor of Tolosa, said the bridge would open in May. "
        "Jose Ruiz added that the council had agreed."
    )
    assert _speakers(extractor, text) == ["José Ruiz", "José Ruiz"]


def test_dotted_and_undotted_initials_are_one_person(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "J.D. Vance said the bill would pass. Later, JD Vance told reporters he had the votes."
    # the NER types this "J.D. Vance" ORG; as a PERSON span it is the man "JD Vance" is
    names = _registry_names(extractor, text, ("J.D. Vance", "PERSON"))
    assert ["J.D. Vance", "JD Vance"] in names
    text = (
        "A.J. Brennan, the union leader, said the strike would go on. "
        "On Friday, AJ Brennan told members that talks had failed."
    )
    assert _speakers(extractor, text) == ["A.J. Brennan", "A.J. Brennan"]


def test_curly_and_straight_apostrophes_are_one_organisation(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nadia Brook’s campaign said it raised $2 million. "
        "Nadia Brook's campaign later said it would spend it on ads."
    )
    assert _speakers(extractor, text) == ["Nadia Brook’s campaign"] * 2


def test_en_dash_in_a_double_barrelled_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council said Ana Ferreira–Costa would lead the review. "
        "Ferreira-Costa said the review would take a year."
    )
    assert ["Ana Ferreira–Costa"] in _registry_names(extractor, text)
    assert _speakers(extractor, text)[-1] == "Ana Ferreira–Costa"


def test_dotted_acronym_is_the_undotted_one(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials at the F.B.I. said the inquiry was open. The FBI added that it had no suspects."
    )
    assert ["F.B.I."] in _registry_names(extractor, text)
    assert _speakers(extractor, text)[-1] == "F.B.I."


def test_line_break_the_ner_ran_on_to_is_no_part_of_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Talks resumed with Mara Quist\nMara Quist said the deal was close."
    names = _registry_names(extractor, text, ("Mara Quist\n", "PERSON"))
    assert names == [["Mara Quist"]]  # one person, both mentions


def test_names_a_letter_apart_stay_two_people(extractor) -> None:  # type: ignore[no-untyped-def]
    """Hard negative: the key folds marks, never letters."""
    text = "Jon Lee said the port would reopen. Jan Lee said the strike would go on."
    names = _registry_names(extractor, text)
    assert ["Jon Lee"] in names and ["Jan Lee"] in names
    assert _speakers(extractor, text) == ["Jon Lee", "Jan Lee"]


def test_the_pronoun_us_is_not_the_country(extractor) -> None:  # type: ignore[no-untyped-def]
    """Hard negative: "U.S." and "US" share a key, "us" the pronoun is no name of it."""
    text = (
        "The U.S. said the talks would resume. Some of us said the talks were a mistake. "
        "The US added that sanctions would stay."
    )
    speakers = _speakers(extractor, text)
    assert speakers[0] == speakers[-1] == "U.S."
    assert speakers[1] != "U.S."


def test_a_hyphenated_given_name_twice_is_one_person(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sen. Jean-Pierre Dubois said the vote would fail. "
        "Jean-Pierre Dubois added that he would vote no."
    )
    assert _registry_names(extractor, text) == [["Jean-Pierre Dubois"]]
    text = text.replace("Sen. Jean-Pierre", "Sen. Jean–Pierre")  # an en dash, then a hyphen
    assert _registry_names(extractor, text) == [["Jean–Pierre Dubois", "Jean-Pierre Dubois"]]


def test_a_shorter_given_name_is_another_person(extractor) -> None:  # type: ignore[no-untyped-def]
    """Hard negative: "Jean Dubois" is not "Jean-Pierre Dubois" by his first name's key."""
    text = (
        "Jean-Pierre Dubois said the vote would fail. "
        "Jean Dubois, his brother, added that he would vote no."
    )
    assert _registry_names(extractor, text) == [["Jean-Pierre Dubois"], ["Jean Dubois"]]


def test_a_dotted_abbreviation_is_no_persons_name_word(extractor) -> None:  # type: ignore[no-untyped-def]
    """Hard negative of the dot folding: "U.N." without its dots is keyed as Kim Jong Un's
    "Un"; an organisation's dotted abbreviation names no person."""
    text = (
        "North Korean leader Kim Jong Un ordered a new missile test on Friday. "
        "The U.N. said the test broke its resolutions."
    )
    assert speaker_of(extractor.extract(text), "broke its resolutions") == "U.N."

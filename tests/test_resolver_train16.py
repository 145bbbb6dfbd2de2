"""Rules written after reading a sixteenth batch of train sources
(benchmarks/data/referents_train16.tsv). Sentences written for these tests, each rule with a
hard negative (docs/speakers.md, "Rules of session 21: referents16")."""

from __future__ import annotations

from resolving import claim

from quotes.speakers import build_registry


# --- a family tie nobody holds is the one other person of the owner's surname ----------------
def test_named_owners_daughter_is_the_other_person_of_his_surname(resolve):
    text = (
        "Clara Whitmore opened the factory gates on Monday. Later the crowd cheered as "
        "Edgar Whitmore arrived. Edgar Whitmore's eldest daughter, 41, said the plant would "
        "hire 300 workers."
    )
    (c,) = resolve(
        text, claim(text, "the plant would hire 300 workers", "Edgar Whitmore's eldest daughter")
    )
    assert c.speaker == "Clara Whitmore"


def test_his_father_is_the_other_man_of_his_surname(resolve):
    text = (
        "Bruno Falk founded the bakery in 1970. His son Lukas Falk now runs it. In an "
        "interview, Lukas Falk said his father had warned that the town was changing."
    )
    (c,) = resolve(text, claim(text, "the town was changing", "his father"))
    assert c.speaker == "Bruno Falk"


def test_daughter_with_two_women_of_the_surname_stays_the_phrase(resolve):
    """Hard negative: two women share the owner's surname; nobody is picked."""
    text = (
        "Clara Whitmore and Nora Whitmore opened the gates on Monday. Edgar Whitmore "
        "arrived later. Edgar Whitmore's daughter said the plant would hire 300 workers."
    )
    mention = "Edgar Whitmore's daughter"
    (c,) = resolve(text, claim(text, "the plant would hire 300 workers", mention))
    assert c.speaker not in ("Clara Whitmore", "Nora Whitmore", "Edgar Whitmore")


def test_wife_is_not_the_man_of_the_surname(resolve):
    """Hard negative: the only other Whitmore is a man; "wife" is a woman's tie."""
    text = (
        "Paul Whitmore spoke first. Edgar Whitmore arrived later. Edgar Whitmore's wife said "
        "the plant would hire 300 workers."
    )
    (c,) = resolve(text, claim(text, "the plant would hire 300 workers", "Edgar Whitmore's wife"))
    assert c.speaker != "Paul Whitmore"


# --- "the findings" are the finder's -------------------------------------------------------------
def test_the_findings_are_what_the_subject_of_found_found(resolve):
    text = (
        "The Harbor Courier interviewed 40 shop owners last week and found broad support for "
        "the new parking rules. Most of the owners asked for longer hours. The findings "
        "suggest that the council will pass the rules."
    )
    (c,) = resolve(text, claim(text, "the council will pass the rules", "The findings"))
    assert c.speaker == "Harbor Courier"


def test_the_findings_after_a_poll_are_the_polls(resolve):
    text = (
        "Most voters back the new tax, according to a Harbor Courier poll released Monday. "
        "The findings suggest that the council will pass the tax."
    )
    (c,) = resolve(text, claim(text, "the council will pass the tax", "The findings"))
    assert c.speaker is not None and "Harbor Courier" in c.speaker


def test_the_findings_with_no_finder_stay_the_phrase(resolve):
    """Hard negative: the finder is someone unnamed ("inspectors"); no name is taken."""
    text = (
        "Ann Lee toured the plant on Monday. Inspectors found cracks in two tanks. The "
        "findings suggest that the plant must close."
    )
    (c,) = resolve(text, claim(text, "the plant must close", "The findings"))
    assert c.speaker != "Ann Lee"


# --- "they" after two groups joined by "and" as the subject is both ------------------------------
def test_they_after_two_joined_groups_is_both(resolve):
    text = (
        "Turnout fell in the county this spring. While Catholics and young Democrats saw the "
        "same ads, they said the campaign had let them down in different ways."
    )
    (c,) = resolve(text, claim(text, "the campaign had let them down in different ways", "they"))
    assert c.speaker is not None and "Catholics" in c.speaker and "Democrats" in c.speaker


def test_they_after_a_group_joined_to_an_organisation_is_not_joined(resolve):
    """Hard negative: the second conjunct is an organisation, not a group of people."""
    text = (
        "Turnout fell in the county this spring. While Catholics and the Harbor County "
        "Council saw the same ads, they said the campaign had let them down."
    )
    (c,) = resolve(text, claim(text, "the campaign had let them down", "they"))
    assert c.speaker is None or "Council" not in c.speaker


def test_they_after_either_or_groups_is_not_joined(resolve):
    """Hard negative: "either ... or" joins no plural."""
    text = (
        "Turnout fell in the county this spring. Either Catholics or young Democrats will "
        "decide the race, and they said the campaign had let them down."
    )
    (c,) = resolve(text, claim(text, "the campaign had let them down", "they"))
    assert c.speaker is None or " and " not in c.speaker


# --- a name the NER opened with the possessive before it ------------------------------------------
def test_name_the_ner_opened_with_a_possessive_mark_drops_it(resolve, extractor):
    text = (
        "Maria Lenz has led the council since 2010. “He is so terrible. He is our party’s "
        "Donald Trump,” said Lenz, who does not like him. She said the vote would fail."
    )
    names = [e.name for e in build_registry(extractor.backend.parse(text)).entities]
    assert "Donald Trump" in names and not any(n.startswith("’s") for n in names)
    (c,) = resolve(text, claim(text, "the vote would fail", "She"))
    assert c.speaker == "Maria Lenz"


def test_possessive_after_a_name_still_ends_it(extractor):
    """Hard negative: the mark after a name is cut as before, not the name's first word."""
    text = "Donald Trump’s campaign said the vote would fail. Maria Lenz agreed."
    names = [e.name for e in build_registry(extractor.backend.parse(text)).entities]
    assert "Donald Trump" in names and "Maria Lenz" in names

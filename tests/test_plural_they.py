"""Plural "they" (issue 13, session 19 `plurals`): "they" takes the group of people that is
the nearest subject before it (centering), however salient an organisation named in between;
plural nouns for people that are neither roles nor group nouns ("women", "attendees",
people_nouns.txt) are groups a later "they" can take.

Sentences written for these tests, each with a hard negative. Each test resolves claims over
a real parse, so it fails when its rule is missing.
"""

from __future__ import annotations

from resolving import claim


def test_they_is_the_plural_subject_not_the_organisation_after_it(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods cut wages again this year. Northgate Foods said the cuts were needed. "
        "Farm workers are angry about the cuts at Northgate Foods. They said that the company "
        "had broken its word."
    )
    (c,) = resolve(text, claim(text, "the company had broken its word", "They"))
    assert c.speaker == "Farm workers"  # before: Northgate Foods


def test_they_after_a_clause_of_its_own_sentence(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods cut wages again this year. Northgate Foods said the cuts were needed. "
        "While farm workers marched to the gates of Northgate Foods, they said that the cuts "
        "were unfair."
    )
    (c,) = resolve(text, claim(text, "the cuts were unfair", "they"))
    assert c.speaker == "farm workers"  # before: Northgate Foods


def test_they_takes_a_subject_of_people_nouns(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Riverside Arts Council held its spring gala on Friday. Young women from the "
        "neighbourhood sat together at the Riverside Arts Council's tables. They said that "
        "the gala should be held every year."
    )
    (c,) = resolve(text, claim(text, "the gala should be held every year", "They"))
    assert c.speaker is not None and "women" in c.speaker  # before: the council


def test_they_skips_a_subject_inside_the_claim(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods cut wages again this year. Northgate Foods said the cuts were needed. "
        "Farm workers marched to the gates of Northgate Foods. Doctors at the clinic are "
        "worried, they said."
    )
    (c,) = resolve(text, claim(text, "Doctors at the clinic are worried", "they"))
    assert c.speaker == "Farm workers"  # not the doctors the claim is about (before: the firm)


def test_a_person_subject_stops_the_group(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a person is the nearest subject, and a plural object ("reporters") is
    # not a subject: "they" is not given to the farm workers of the sentence before
    text = (
        "Farm workers marched to the offices of Northgate Foods. Ann Cole told reporters "
        "that they had been misled."
    )
    (c,) = resolve(text, claim(text, "had been misled", "they"))
    assert c.speaker != "Farm workers"


def test_a_company_subject_keeps_they(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "they" for a company (British usage) when the company is the subject
    text = (
        "Shoppers were told of the price rise on Monday. Northgate Foods blamed the weather, "
        "and they said that prices would fall in the spring."
    )
    (c,) = resolve(text, claim(text, "prices would fall in the spring", "they"))
    assert c.speaker != "Shoppers"


def test_they_after_a_capitalised_plural_role(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Tom Reed named his wife to the Harbor Commission. Aides said her role would "
        "be limited to the Port of Ellsworth, and they rejected any talk of favouritism."
    )
    (c,) = resolve(text, claim(text, "any talk of favouritism", "they"))
    assert c.speaker == "Aides"  # not the port named in between


# --- a bare subject "both" inside its sentence ---
def test_both_after_a_colon_is_the_pair(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Ann Cole and Governor Tom Reed share some views on schools: both have said "
        "that teachers should be paid more."
    )
    (c,) = resolve(text, claim(text, "teachers should be paid more", "both"))
    assert c.speaker == "Ann Cole and Tom Reed"  # before: the word "both"


def test_both_inside_a_sentence_needs_a_joined_pair(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: two companies, no two people joined by "and": no salience guess
    text = (
        "Senator Ann Cole met Governor Tom Reed on Monday. Northgate Foods and Marlow "
        "Textiles are big enough to expand, and both have said that they will hire."
    )
    (c,) = resolve(text, claim(text, "they will hire", "both"))
    assert c.speaker != "Ann Cole and Tom Reed"


# --- two people joined by "and" in any role; a partitive subject ---
def test_they_after_two_people_joined_as_an_object(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods has few friends in the capital. Take Senators Ann Cole and Tom Reed. "
        "Last week, they said that the company should pay more tax."
    )
    (c,) = resolve(text, claim(text, "the company should pay more tax", "they"))
    assert c.speaker == "Ann Cole and Tom Reed"


def test_they_after_either_or_is_no_pair(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "either ... or" names one of two people, no plural antecedent
    text = (
        "Either Ann Cole or Tom Reed will chair the panel on Northgate Foods. That worries "
        "many farm workers, because they said that the panel would be weak."
    )
    (c,) = resolve(text, claim(text, "the panel would be weak", "they"))
    assert c.speaker != "Ann Cole and Tom Reed"


def test_they_after_a_partitive_subject(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Several of the mayor's aides have worked for Northgate Foods and Marlow Textiles, "
        "and they said that the contracts were fair."
    )
    (c,) = resolve(text, claim(text, "the contracts were fair", "they"))
    assert c.speaker is not None and "aides" in c.speaker

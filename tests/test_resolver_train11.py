"""Speaker resolution of the classes read on referents_train11.tsv and the train sets before
it (issue 13): a surname the NER gives an organisation or a place is a person's when an
apposition calls it one ("Bouzid, a physics professor,"), so the "he" after it finds it.

Sentences written for these tests, each with a hard negative. Each test resolves claims over
a real parse, so it fails when its rule is missing.
"""

from __future__ import annotations

from resolving import claim


# --- a mislabelled surname is a person by its apposition ---
def test_surname_tagged_org_is_a_person_by_its_apposition(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Members of the mosque met on Sunday. Bouzid, a physics professor and a member of the "
        "board, said the group would raise money. Bouzid sat in the hall where he had prayed. "
        "He said that about 100 people came to the meeting."
    )
    (found,) = resolve(text, claim(text, "about 100 people came to the meeting", "He"))
    assert found.speaker == "Bouzid"


def test_surname_tagged_place_is_a_person_by_a_listed_role(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kessing, a hotel manager, said the rooms were full. Kessing met Senator Ann Lee. "
        "He said the city needed more visitors."
    )
    (found,) = resolve(text, claim(text, "the city needed more visitors", "He"))
    assert found.speaker == "Kessing"


def test_a_country_in_apposition_with_a_trade_noun_stays_a_country(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "supplier" is a person noun by its suffix only, and Mexico is a place
    text = (
        "Mexico, the largest supplier of avocados, said exports would rise. President Tom "
        "Hale met the trade minister. He said the deal was fair."
    )
    (found,) = resolve(text, claim(text, "the deal was fair", "He"))
    assert found.speaker == "Tom Hale"


# --- a relative pronoun with a plural verb is the plural noun a name exemplifies ---
def test_who_with_a_plural_verb_after_such_as_a_name(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Tom Reed is courting young farmers such as Ana Ruiz, who are convinced that "
        "the state has ignored the valley for years."
    )
    (found,) = resolve(text, claim(text, "the state has ignored the valley for years", "who"))
    assert found.speaker == "farmers"


def test_who_with_a_singular_verb_after_such_as_is_the_name(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "who is" agrees with the one name
    text = (
        "Governor Tom Reed is courting young farmers such as Ana Ruiz, who is convinced that "
        "the state has ignored the valley for years."
    )
    (found,) = resolve(text, claim(text, "the state has ignored the valley for years", "who"))
    assert found.speaker == "Ana Ruiz"


# --- a poll "of N voters released by X": the participle the parser hung on the voters ---
def test_the_survey_is_its_maker_named_after_its_sample(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voters in the valley are angry, according to a survey of 600 likely voters conducted "
        "last week by the Harmon Institute. The survey found that most want lower taxes."
    )
    (found,) = resolve(text, claim(text, "most want lower taxes", "The survey"))
    assert found.speaker == "Harmon Institute"


def test_the_survey_is_not_who_interviewed_its_sample(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a relative clause on the voters says nothing of who made the survey
    text = (
        "Voters in the valley are angry, according to a survey of 600 likely voters who were "
        "interviewed last week by the Harmon Institute. The survey found that most want lower "
        "taxes."
    )
    (found,) = resolve(text, claim(text, "most want lower taxes", "The survey"))
    assert found.speaker == "survey"


# --- a photo someone posted speaks for them, as a statement does ---
def test_the_photo_is_who_posted_it(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Monday, Mayor Ana Ruiz posted a photo of the repaired bridge on her page. The "
        "photo suggests that the town has recovered from the flood."
    )
    (found,) = resolve(text, claim(text, "the town has recovered from the flood", "The photo"))
    assert found.speaker == "Ana Ruiz"


def test_a_photo_found_by_nobody_stays_the_photo(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a photo found in an archive has no maker in the text
    text = (
        "Mayor Ana Ruiz visited the archive on Monday. A photo was found in a box of letters. "
        "The photo suggests that the bridge was built before the war."
    )
    (found,) = resolve(text, claim(text, "the bridge was built before the war", "The photo"))
    assert found.speaker != "Ana Ruiz"


# --- "which" hung on a person: the organisation before the clause, not one inside it ---
def test_second_which_is_the_organisation_before_both_clauses(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Lee, policy director of the advocacy group Citizens for Parks - which was founded "
        "by Tom Reed after his 2004 campaign and which has argued that the tax is unfair - said "
        "the city had options."
    )
    first, second = resolve(
        text,
        claim(text, "was founded by Tom Reed", "which"),
        claim(text, "the tax is unfair", "which", 1),
    )
    assert first.speaker == "Citizens for Parks"  # as before
    assert second.speaker == "Citizens for Parks"  # not "2004 campaign", inside the first clause

"""Speaker resolution of the classes read on referents_train12.tsv and the train sets before
it (issue 13): delayed identification, a description in a lead that the next sentence names.

Sentences written for these tests, each with a hard negative. Each test resolves claims over
a real parse, so it fails when its rule is missing.
"""

from __future__ import annotations

from resolving import claim


# --- delayed identification: the next sentence names the described person ---
def test_a_described_newcomer_is_the_person_the_next_sentence_names(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Stranded travelers offered a ride\n\n"
        "Now, one generous Norwegian wants to help the stranded travelers get home.\n\n"
        "Ola Berg, a ferry captain in Bergen, has offered free passage to anyone who asks."
    )
    (found,) = resolve(
        text, claim(text, "to help the stranded travelers get home", "one generous Norwegian")
    )
    assert found.speaker == "Ola Berg"


def test_a_possessed_role_with_no_holder_is_the_person_named_next(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Ann Cole won the vote on Tuesday.\n\n"
        "Tom Hale's campaign manager says he is pleased the charges were dropped.\n\n"
        "Victor Sand, in a statement released by the campaign, said he thanked the prosecutor."
    )
    (found,) = resolve(
        text, claim(text, "he is pleased the charges were dropped", "Tom Hale's campaign manager")
    )
    assert found.speaker == "Victor Sand"


def test_a_person_named_before_is_not_the_description_brought_in(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Victor Sand is known before the description, so the description is
    # someone else the text leaves unnamed
    text = (
        "March route in dispute\n\n"
        "Victor Sand met the mayor on Monday to talk about the parade.\n\n"
        "The organizer of a student march says the route is too short.\n\n"
        "Victor Sand, in a statement released by his office, said he would join the march."
    )
    (found,) = resolve(
        text, claim(text, "the route is too short", "The organizer of a student march")
    )
    assert found.speaker != "Victor Sand"


def test_an_indefinite_role_does_not_take_a_newcomer_of_another_office(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the secretary named next is no spokesman
    text = (
        "Two companies ended their merger.\n\n"
        "A Treasury spokesman said the agency does not comment on specific deals. Treasury "
        "Secretary Jacob Lund said the rules would slow such deals."
    )
    (found,) = resolve(
        text, claim(text, "the agency does not comment on specific deals", "A Treasury spokesman")
    )
    assert found.speaker != "Jacob Lund"


def test_a_number_of_people_is_no_one_named_next(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a share of many people, not one person
    text = (
        "The party met in Ohio.\n\n"
        "A large number of delegates want the rules changed before the vote. Senator Ann "
        "Brook said she would listen to them."
    )
    (found,) = resolve(
        text, claim(text, "the rules changed before the vote", "A large number of delegates")
    )
    assert found.speaker != "Ann Brook"


def test_an_unnamed_source_familiar_with_the_talks_is_no_one_named_next(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "familiar with" marks an unnamed source, whoever the next sentence names
    text = (
        "Budget talks stall\n\n"
        "One Democrat familiar with the talks said the offer was weak. Senate Leader Harold "
        "Venn told reporters he expected a deal."
    )
    (found,) = resolve(
        text, claim(text, "the offer was weak", "One Democrat familiar with the talks")
    )
    assert found.speaker != "Harold Venn"


# --- an organisation in an "of" phrase does not stop a description pointing back ---
def test_an_officer_of_a_named_company_points_back(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tax cuts come first, Dana Whitlow said on Monday. But, the former chief executive of "
        "Northgate Foods added, they must be paid for."
    )
    (found,) = resolve(
        text, claim(text, "they must be paid for", "the former chief executive of Northgate Foods")
    )
    assert found.speaker == "Dana Whitlow"


def test_a_person_in_the_of_phrase_is_not_the_description(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a person named in the "of" phrase is who the description is about, so
    # the description keeps its own words ("the former adviser of Ann Lee" is not Ann Lee)
    text = (
        "Tax cuts come first, Dana Whitlow said on Monday. But the former adviser of Ann Lee "
        "added that they must be paid for."
    )
    (found,) = resolve(text, claim(text, "they must be paid for", "the former adviser of Ann Lee"))
    assert found.speaker != "Ann Lee"

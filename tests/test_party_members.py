"""A party's member named by the party alone (quotes.speakers.rules.roles.RoleRules.
party_member): "Sen. Ann Cole (R-Iowa) ... The Republican said" is Ann Cole.

Sentences written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

from claim_rows import row_holding

import quotes


def _speaker(extractor: quotes.Extractor, text: str, words: str) -> tuple[str, str]:
    row = row_holding(extractor.extract(text), words)
    return str(row.speaker), str(row.speaker_type)


def test_the_party_s_member_named_before_is_the_speaker(extractor: quotes.Extractor) -> None:
    text = (
        "Sen. Ann Cole (R-Iowa) and Sen. Paul Hart (D-Ohio) met on Monday. "
        "The Republican said the bill would raise taxes."
    )
    assert _speaker(extractor, text, "raise taxes") == ("Ann Cole", "PERSON")


def test_the_one_person_whose_party_is_not_given(extractor: quotes.Extractor) -> None:
    text = (
        "Presidential candidate Tom Varga toured a factory in Ohio.\n\n"
        "The Republican said the plant should never have closed."
    )
    assert _speaker(extractor, text, "never have closed") == ("Tom Varga", "PERSON")


def test_a_member_of_the_other_party_is_not_taken(extractor: quotes.Extractor) -> None:
    text = "Sen. Paul Hart (D-Ohio) spoke first. The Republican said the plan was dead."
    assert _speaker(extractor, text, "plan was dead") == ("Republican", "PERSON")


def test_two_people_of_no_known_party_leave_the_phrase(extractor: quotes.Extractor) -> None:
    text = (
        "Tom Varga and Lena Park debated in Ohio.\n\n"
        "The Republican said the plant should never have closed."
    )
    assert _speaker(extractor, text, "never have closed") == ("Republican", "PERSON")


def test_the_party_s_members_stay_a_group(extractor: quotes.Extractor) -> None:
    text = "Sen. Ann Cole (R-Iowa) spoke first. The Republicans said the bill was dead."
    speaker, kind = _speaker(extractor, text, "bill was dead")
    assert speaker != "Ann Cole"
    assert kind == "GROUP"


def test_a_place_picks_the_member_placed_there(extractor: quotes.Extractor) -> None:
    text = (
        "Sen. Rachel Dunn (D-Ohio) and Sen. Mark Webb (D-Iowa) voted no.\n\n"
        "The Ohio Democrat said the bill was a gift to lenders."
    )
    assert _speaker(extractor, text, "gift to lenders") == ("Rachel Dunn", "PERSON")


def test_a_place_nobody_is_placed_in_leaves_the_phrase(extractor: quotes.Extractor) -> None:
    text = (
        "Sen. Rachel Dunn (D-Ohio) voted no.\n\n"
        "The Texas Democrat said the bill was a gift to lenders."
    )
    assert _speaker(extractor, text, "gift to lenders") == ("Texas Democrat", "PERSON")


def test_the_one_person_of_no_known_party_and_no_other_place(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Senator Rachel Dunn said a shutdown was now likely.\n\n"
        "The Ohio Democrat blamed House leaders for the collapse of the talks."
    )
    assert _speaker(extractor, text, "House leaders") == ("Rachel Dunn", "PERSON")

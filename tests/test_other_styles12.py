"""Rules found on texts of other styles (session 23, styles9): a central bank decision, an
investigative piece with anonymous sources, a charity's report launch, a court judgment, an
Irish political story.

Each test fails on the code before its rule; each has a hard negative. Sentences written for
these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

from claim_rows import row_holding

import quotes


def _row(extractor: quotes.Extractor, text: str, words: str):  # type: ignore[no-untyped-def]
    return row_holding(extractor.extract(text), words)


# --- Irish offices: the Tánaiste and a TD are roles (roles.txt) ----------------------------


def test_the_tanaiste_in_apposition_names_the_holder(extractor: quotes.Extractor) -> None:
    text = (
        "The Tánaiste, Ciarán Walsh, defended the budget on Tuesday. Asked about rents, "
        "he said the plan was working."
    )
    assert _row(extractor, text, "the budget").speaker == "Ciarán Walsh"


def test_a_td_nobody_named_is_not_another_office_holder(extractor: quotes.Extractor) -> None:
    # hard negative: the role takes no salient holder of another office
    text = "Mayor Ann Roe opened the bridge on Monday. The TD for Kerry said the road was unsafe."
    assert _row(extractor, text, "road was unsafe").speaker != "Ann Roe"


# --- Irish parties: Fine Gael and Fianna Fáil are parties (parties.txt) -------------------


def test_a_party_td_for_a_seat_is_the_name_after_it(extractor: quotes.Extractor) -> None:
    text = (
        "However, a Fianna Fáil TD for Galway West, Aoife Byrne, told the radio station that "
        "members were angry. She said there was real anger in the party."
    )
    assert _row(extractor, text, "members were angry").speaker == "Aoife Byrne"
    assert _row(extractor, text, "real anger").speaker == "Aoife Byrne"
    text = "A Fine Gael TD for Dublin Central, Aoife Keane, told reporters that the vote was close."
    assert _row(extractor, text, "vote was close").speaker == "Aoife Keane"


def test_a_party_speaking_alone_is_still_the_party(extractor: quotes.Extractor) -> None:
    # hard negative: the party as the subject is the party
    text = "Fine Gael said on Monday that it would back the housing bill."
    assert _row(extractor, text, "back the housing bill").speaker == "Fine Gael"


# --- a misread name after a classifying organisation noun is the organisation -------------


def test_a_misread_name_after_an_organisation_noun_is_that_organisation(
    extractor: quotes.Extractor,
) -> None:
    text = "The charity Oxfam said on Monday that the poor were getting poorer."
    assert _row(extractor, text, "getting poorer").speaker == "Oxfam"
    text = (
        "A report by the charity Child First found that one in five children is poor. "
        "The charity said the figures were shocking."
    )
    assert _row(extractor, text, "one in five").speaker == "Child First"
    assert _row(extractor, text, "shocking").speaker == "Child First"


def test_a_name_after_a_noun_of_no_organisation_or_in_its_clause_is_not_one(
    extractor: quotes.Extractor,
) -> None:
    # hard negatives: a name inside a relative clause on the noun; a book after "novel"
    text = "The campaign the charity Oxfam funds said the poor were getting poorer."
    assert _row(extractor, text, "getting poorer").speaker != "Oxfam"
    text = "The author of the novel Small Island said the book was about her mother."
    assert _row(extractor, text, "about her mother").speaker != "Small Island"


# --- a party or "Independent" before a title inside the NER's ORG span ---------------------


def test_a_party_and_a_title_before_a_name_in_one_org_span_is_the_person(
    extractor: quotes.Extractor,
) -> None:
    text = "Labour TD Aoife O'Rourke said she would vote against the bill. She said it was unfair."
    assert _row(extractor, text, "vote against").speaker == "Aoife O'Rourke"
    assert _row(extractor, text, "unfair").speaker == "Aoife O'Rourke"
    text = "Independent TD Niamh Rourke said she would back the government."
    assert _row(extractor, text, "back the government").speaker == "Niamh Rourke"


def test_a_party_and_a_title_before_a_name_in_one_person_span_is_the_person(
    extractor: quotes.Extractor,
) -> None:
    text = "Sinn Féin TD Niamh Rourke said she would vote no. She said it was a bad deal."
    assert _row(extractor, text, "vote no").speaker == "Niamh Rourke"
    assert _row(extractor, text, "bad deal").speaker == "Niamh Rourke"


def test_a_party_before_a_role_with_no_name_stays_a_description(
    extractor: quotes.Extractor,
) -> None:
    # hard negative: no first name after the title, no person
    text = "A Labour Party spokesman said it would vote against the bill."
    assert _row(extractor, text, "vote against").speaker != "Labour"

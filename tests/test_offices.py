"""Office and role descriptions go to their holder, or to nobody (issue 13, session 19: the
class of wrong speakers where a title is given to the article's most salient person whose own
office does not fit). Each rule with a hard negative.

Sentences written for these tests. Each test resolves claims over a real parse, so it fails
when the rule is missing.
"""

from __future__ import annotations

import pytest
from resolving import claim


# --- an office still to come: "the next president" -------------------------------------------
def test_the_next_president_is_nobody_yet_not_the_salient_person(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Cole, who runs a bakery in the harbour district, spoke in Denver on Tuesday. "
        "Cole said the harbour needs a new wall. "
        "The next president should say that the rules are unfair."
    )
    (c,) = resolve(text, claim(text, "the rules are unfair", "The next president"))
    assert c.speaker == "next president"


def test_the_next_president_is_not_the_president_in_office(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Tom Walsh signed the bill in Denver on Tuesday. "
        "The next president should say that the rules are unfair."
    )
    (c,) = resolve(text, claim(text, "the rules are unfair", "The next president"))
    assert c.speaker == "next president"


def test_the_president_is_still_the_president_in_office(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: no word of time, and others speak in between
    text = (
        "President Tom Walsh signed the bill in Denver on Tuesday. "
        "Ann Cole, a banker, said the bill was too long. "
        "Mark Pryce, a farmer, said it was too short. "
        "The president said that the rules are fair."
    )
    (c,) = resolve(text, claim(text, "the rules are fair", "The president"))
    assert c.speaker == "Tom Walsh"


# --- a judge is the one the text titles so, or nobody -----------------------------------------
def test_the_judge_is_not_the_untitled_man_who_spoke_before(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mark Pryce spoke for an hour in the courtroom on Monday. "
        "He asked the court for mercy and then sat down. "
        "The judge said that the sentence would be light."
    )
    (c,) = resolve(text, claim(text, "the sentence would be light", "The judge"))
    assert c.speaker == "judge"


def test_the_judge_is_the_judge_the_text_names_later(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mark Pryce spoke for an hour in the courtroom on Monday. "
        "He asked the court for mercy and then sat down. "
        "The judge said that the sentence would be light. "
        "Pryce thanked the court. Days later, Judge Ann Roe signed the order."
    )
    (c,) = resolve(text, claim(text, "the sentence would be light", "The judge"))
    assert c.speaker == "Ann Roe"


def test_the_judge_titled_before_is_the_judge(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the judge named first, a lawyer speaking in between
    text = (
        "Judge Ann Roe heard the case in the courtroom on Monday. "
        "Mark Pryce spoke for an hour and asked for mercy. "
        "The judge said that the sentence would be light."
    )
    (c,) = resolve(text, claim(text, "the sentence would be light", "The judge"))
    assert c.speaker == "Ann Roe"


# --- a headline's role is the lead's noun of that role, not the lead's first person -----------
def test_a_headline_lawmaker_is_the_leads_lawmaker_not_the_man_she_attacks(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Danish lawmaker wants Walsh kept out.\n\n"
        "A lawmaker from Aarhus has asked that Tom Walsh be kept out of Denmark after the "
        "American investor mocked Danish bakers on television.\n\n"
        "Walsh did not answer."
    )
    (c,) = resolve(text, claim(text, "wants Walsh kept out", "Danish lawmaker"))
    assert c.speaker != "Tom Walsh"
    assert "lawmaker" in str(c.speaker)


def test_a_headline_lawmaker_named_after_the_lead_sentence_is_that_lawmaker(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Danish lawmaker wants Walsh kept out.\n\n"
        "A lawmaker from Aarhus has asked that Tom Walsh be kept out of Denmark after the "
        "American investor mocked Danish bakers on television.\n\n"
        '"Our bakers deserve better," Ann Cole wrote in her motion on Monday.'
    )
    (c,) = resolve(text, claim(text, "wants Walsh kept out", "Danish lawmaker"))
    assert c.speaker == "Ann Cole"


def test_a_headline_lawmaker_named_in_the_lead_is_that_lawmaker(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the lead names the lawmaker
    text = (
        "Danish lawmaker wants Walsh kept out.\n\n"
        "Lawmaker Ann Cole has asked that Tom Walsh be kept out of Denmark after the "
        "American investor mocked Danish bakers on television."
    )
    (c,) = resolve(text, claim(text, "wants Walsh kept out", "Danish lawmaker"))
    assert c.speaker == "Ann Cole"


def test_a_headline_mayor_is_the_name_in_apposition_to_the_leads_mayor(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the lead's noun of that role has the holder's name in apposition
    text = (
        "Danish mayor rebuffs Walsh.\n\n"
        "The Danish capital's new mayor, Ann Cole, said on Tuesday that Tom Walsh was wrong "
        "about Danish bakers."
    )
    (c,) = resolve(text, claim(text, "Walsh", "Danish mayor"))
    assert c.speaker == "Ann Cole"


# --- an attorney general is the one the text titles so, or nobody ---------------------------
def test_the_attorney_general_is_not_the_businessman_sued(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Walsh runs a chain of sandwich shops across Ohio and Indiana. "
        "The attorney general of Ohio said that the chain had cheated its workers."
    )
    (c,) = resolve(
        text, claim(text, "the chain had cheated its workers", "The attorney general of Ohio")
    )
    assert c.speaker != "Tom Walsh"
    assert "attorney general" in str(c.speaker)


def test_the_attorney_general_titled_before_is_the_attorney_general(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: titled before, a businessman speaking in between
    text = (
        "Attorney General Ann Cole sued Tom Walsh on Monday. "
        "Walsh said the suit was baseless. "
        "The attorney general said that the chain had cheated its workers."
    )
    (c,) = resolve(text, claim(text, "the chain had cheated its workers", "The attorney general"))
    assert c.speaker == "Ann Cole"


# --- staff who speak for someone are not the one they serve ---------------------------------
@pytest.mark.parametrize("noun", ["spokesman", "aide", "campaign manager", "prosecutor"])
def test_a_staff_role_is_not_the_salient_man_it_serves(resolve, noun) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Walsh spoke to a crowd in Ohio on Monday. He attacked the press for an hour. "
        f"The {noun} said that the crowd was large."
    )
    (c,) = resolve(text, claim(text, "the crowd was large", f"The {noun}"))
    assert c.speaker == noun


def test_a_staff_role_titled_before_is_the_one_titled(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the spokesman is named, the man he serves speaks in between
    text = (
        "Mark Pryce, a spokesman for Tom Walsh, spoke to reporters on Monday. "
        "Walsh attacked the press for an hour. "
        "The spokesman said that the crowd was large."
    )
    (c,) = resolve(text, claim(text, "the crowd was large", "The spokesman"))
    assert c.speaker == "Mark Pryce"


def test_the_senator_is_still_the_untitled_candidate(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: an office a candidate may hold is still guessed by salience (the Vermont
    # senator of tests/test_speakers_descriptions.py), a staff role is not
    text = (
        "Ann Cole spoke to a crowd in Ohio on Monday. She attacked the banks for an hour. "
        "The Ohio senator said that the crowd was large."
    )
    (c,) = resolve(text, claim(text, "the crowd was large", "The Ohio senator"))
    assert c.speaker == "Ann Cole"


# --- a peer's title: an honorific, yet "the peer" refers back ---------------------------------
def test_the_peer_and_the_baroness_are_the_person_the_title_came_with(extractor) -> None:  # type: ignore[no-untyped-def]
    """ "Baroness Ann Cole" holds no office "baroness" (the title stays out of the name and
    out of speaker_role), but British copy calls her "the baroness" or "the peer" after.
    Hard negatives: "the baroness" is not the lord named after her (her title shows her
    gender), and "the peer" takes the nearer of two."""
    text = 'Baroness Ann Cole said the housing bill was flawed. "It will fail," the baroness said.'
    df = extractor.extract(text)
    assert df.speaker.tolist() == ["Ann Cole", "Ann Cole"]
    assert df.speaker_role.isna().tolist() == [True, False]
    lord = (
        "Baroness Ann Cole said the bill was flawed. Lord Raj Patel disagreed. "
        '"It will pass," the baroness said.'
    )
    assert extractor.extract(lord).speaker.tolist()[-1] == "Ann Cole"
    two = (
        "Baroness Ann Cole said the bill was flawed. Lord Raj Patel disagreed. "
        '"It will pass," the peer said.'
    )
    assert extractor.extract(two).speaker.tolist()[-1] == "Raj Patel"

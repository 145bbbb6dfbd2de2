"""Descriptions that name someone named elsewhere (issue 13, second pass): a definite person
description that points back, a statement restated by its head noun, a headline's description
named in the body, two people as "the couple"; each with hard negatives, and in other styles
(UK single quotes, wire copy, an interview).

Sentences written for these tests. Each test resolves claims over a real parse, so it fails
when the rule is missing.
"""

from __future__ import annotations

from resolving import claim

from quotes.records import GROUP


# --- a definite person description points back ---------------------------------------------
def test_the_candidate_is_not_a_candidate_titled_only_later(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mara Quist opened her campaign office in Dover on Monday. "
        "The candidate said taxes on farms would fall. "
        "Farmers in the county have lost money for three years. "
        "Two weeks later, Republican candidate Tom Hale entered the race."
    )
    (c,) = resolve(text, claim(text, "taxes on farms would fall", "The candidate"))
    assert c.speaker == "Mara Quist"


def test_a_title_whose_holder_is_named_in_the_next_sentence(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Phil Moss, the campaign's state chairman, declined to comment on Monday. "
        "The state attorney general said the company broke the law. "
        "Attorney General Eric Lund filed the suit in Albany."
    )
    (c,) = resolve(text, claim(text, "the company broke the law", "The state attorney general"))
    assert c.speaker == "Eric Lund"


def test_an_epithet_names_the_person_named_before(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ed Marsh spoke to dairy farmers in Ohio on Sunday. "
        "The self-described socialist said wages had to rise."
    )
    (c,) = resolve(text, claim(text, "wages had to rise", "The self-described socialist"))
    assert c.speaker == "Ed Marsh"
    assert c.rule.endswith("+definite")


def test_the_former_president_is_not_the_president(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Ana Ruiz met former President Carl Metz in Lima on Friday. "
        "The former president said the talks had gone well. "
        "The president said she would visit again."
    )
    former, current = resolve(
        text,
        claim(text, "the talks had gone well", "The former president"),
        claim(text, "she would visit again", "The president"),
    )
    assert former.speaker == "Carl Metz"
    assert current.speaker == "Ana Ruiz"


def test_a_description_that_fits_nobody_stays_unresolved(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The city council of Dover voted on Tuesday to close the bridge. "
        "The senator said the vote was a mistake."
    )
    (c,) = resolve(text, claim(text, "the vote was a mistake", "The senator"))
    assert c.speaker == "senator"
    assert c.rule.endswith("+description")


def test_two_holders_of_a_title_the_one_the_text_is_about(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Ann Boyd and Senator Raj Patel met voters in Reno on Monday. "
        "Boyd criticized the water bill at length. "
        "The senator said the bill would fail."
    )
    (c,) = resolve(text, claim(text, "the bill would fail", "The senator"))
    assert c.speaker == "Ann Boyd"


# --- a statement restated by its head noun -----------------------------------------------------
def test_the_statement_is_whoever_provided_it(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lena Ford provided a written statement to reporters on Friday. "
        "“I regret nothing about the vote,” the statement said."
    )
    (c,) = resolve(text, claim(text, "I regret nothing about the vote", "the statement"))
    assert c.speaker == "Lena Ford"
    assert c.rule.endswith("+restated")


def test_the_affidavit_is_its_writer_and_so_is_the_next_one(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The charge is explained in an affidavit written by Sam Colton, a detective. "
        "The affidavit said the man fled on foot. "
        "The affidavit also said a neighbour saw him."
    )
    first, second = resolve(
        text,
        claim(text, "the man fled on foot", "The affidavit"),
        claim(text, "a neighbour saw him", "The affidavit", nth=1),
    )
    assert first.speaker == second.speaker == "Sam Colton"


def test_uk_style_statement_of_an_office(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Home Office issued a statement on Tuesday evening. "
        "'The figures published today are wrong,' the statement said."
    )
    (c,) = resolve(text, claim(text, "The figures published today are wrong", "the statement"))
    assert c.speaker == "Home Office"


def test_a_statement_whose_maker_the_text_does_not_give_stays(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A statement was found pinned to the door of the town hall. "
        "The statement said the office was closed until May."
    )
    (c,) = resolve(text, claim(text, "the office was closed until May", "The statement"))
    assert c.rule is not None and not c.rule.endswith("+restated")
    assert c.speaker in (None, "statement")


def test_a_report_speaks_under_its_own_name_not_restated(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The parents filed a lawsuit against the county on Monday. "
        "The lawsuit says the county ignored the warnings."
    )
    (c,) = resolve(text, claim(text, "the county ignored the warnings", "The lawsuit"))
    assert not (c.rule or "").endswith("+restated")


# --- a headline's description named in the body -------------------------------------------------
def test_a_headline_senator_is_the_senator_of_the_lead(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator blasts budget plan.\n\n"
        "President Tom Reed's budget drew fire on Monday from Senator Jane Doe of Utah. "
        "Doe said the plan was reckless."
    )
    (c,) = resolve(text, claim(text, "budget plan", "Senator"))
    assert c.speaker == "Jane Doe"
    assert c.rule.endswith("+headline")


def test_a_headline_newspaper_is_not_the_wire_credit(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Newspaper: minister used private email.\n\n"
        "LONDON (Reuters) — The Daily Courier reported on Wednesday that the minister had used "
        "a private email account for government business."
    )
    (c,) = resolve(text, claim(text, "minister used private email", "Newspaper"))
    assert c.speaker == "Daily Courier"


def test_a_headline_poll_is_the_poll_of_the_lead(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Poll: governor's race is tied.\n\n"
        "A Marist College poll released Tuesday shows the race for governor tied at 44 percent."
    )
    (c,) = resolve(text, claim(text, "governor's race is tied", "Poll"))
    assert c.speaker is not None and "Marist" in c.speaker


def test_a_headline_candidate_in_an_interview(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Candidate defends her farm record.\n\n"
        "In an interview on Sunday, Mara Quist defended her votes on farm aid.\n\n"
        "Q: Why did you vote against the bill?\n"
        "A: I read it, and it was a giveaway."
    )
    (c,) = resolve(text, claim(text, "her farm record", "Candidate"))
    assert c.speaker == "Mara Quist"


def test_a_headline_judge_with_no_judge_in_the_lead_stays(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Judge halts stadium project.\n\n"
        "The city's plan to build a stadium by the river was put on hold on Monday. "
        "Mayor Ann Cole said she was disappointed."
    )
    (c,) = resolve(text, claim(text, "stadium project", "Judge"))
    assert c.speaker != "Ann Cole"
    assert not (c.rule or "").endswith("+headline")


def test_a_plural_headline_description_is_not_one_person(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senators rip budget plan.\n\n"
        "Senator Jane Doe of Utah on Monday called the budget plan reckless."
    )
    (c,) = resolve(text, claim(text, "budget plan", "Senators"))
    assert c.speaker != "Jane Doe"


# --- two people -----------------------------------------------------------------------------
def test_the_couple_is_the_two_people_named_before(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Omar Haddad, 31, and his wife, Lina Saleh, 29, reached the camp in March. "
        "The couple said they feared another winter in the tents."
    )
    (c,) = resolve(text, claim(text, "they feared another winter in the tents", "The couple"))
    assert c.speaker_type == GROUP
    assert c.speaker is not None and {"Haddad", "Saleh"} <= set(c.speaker.split())


def test_the_two_voters_in_wire_copy(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "DOVER, Del. (AP) — Sara Paine has voted at the same school since 1970. "
        "Her neighbour Bob Vance has voted there for 20 years. "
        "The two voters said the lines were the longest they had seen."
    )
    (c,) = resolve(text, claim(text, "the lines were the longest they had seen", "The two voters"))
    assert c.speaker is not None and {"Paine", "Vance"} <= set(c.speaker.split())


def test_the_couple_with_one_person_named_stays_a_phrase(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Omar Haddad reached the camp in March after a long walk. "
        "The couple said they feared another winter in the tents."
    )
    (c,) = resolve(text, claim(text, "they feared another winter in the tents", "The couple"))
    assert not (c.rule or "").endswith("+pair")
    assert c.speaker is None or "Haddad" not in c.speaker


# --- a platform the NER takes for a person -----------------------------------------------------
def test_a_listed_platform_is_a_company_not_a_person(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Ann Boyd took to Twitter on Monday to attack the plan. "
        "The company said the posts broke no rule."
    )
    (c,) = resolve(text, claim(text, "the posts broke no rule", "The company"))
    assert c.speaker == "Twitter"

"""Documents and reports as sources (issue 13): an unnamed document that was a sentence's
subject is the "it" that opens the next sentence; a report whose maker the text names speaks
for its maker; hard negatives: a report and its publisher in one text, two documents, an "it"
that is no document, "the poll" that restates a named poll.

Sentences written for these tests. Each test resolves claims over a real parse, so it fails
when the rule is missing.
"""

from __future__ import annotations

import pytest
from resolving import claim


# --- an unnamed document, then "it" --------------------------------------------------------
def test_it_after_a_study_published_in_a_journal_is_the_study(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The study, published in The Lancet, followed 4,000 patients for ten years. "
        "It found that daily walking cut the risk of heart disease by a third."
    )
    (c,) = resolve(text, claim(text, "daily walking cut the risk", "It"))
    assert c.speaker == "study"  # not the journal it was published in


def test_it_after_an_unnamed_report_is_the_report(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The report, released on Tuesday by city officials in Dover, runs to 300 pages. "
        "It says the city lost $40 million on the stadium."
    )
    (c,) = resolve(text, claim(text, "the city lost $40 million", "It"))
    assert c.speaker == "report"


def test_it_after_a_report_by_a_named_office_is_the_office(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A report by the Harmon Budget Office, which Senator Jane Doe had asked for, "
        "runs to 80 pages. It says the plan would cost $2 trillion."
    )
    (c,) = resolve(text, claim(text, "the plan would cost", "It"))
    assert c.speaker == "Harmon Budget Office"  # a document speaks for its maker


def test_it_after_a_bill_is_no_document(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The bill, written by the Harmon Budget Office, passed the Senate on Friday. "
        "It says that farmers would pay less."
    )
    (c,) = resolve(text, claim(text, "farmers would pay less", "It"))
    assert c.speaker != "bill"


def test_it_after_a_document_that_was_no_subject_is_left_to_salience(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harmon Institute criticised the study on Monday. "
        "It said that the sample was too small."
    )
    (c,) = resolve(text, claim(text, "the sample was too small", "It"))
    assert c.speaker == "Harmon Institute"


def test_it_two_sentences_after_the_study_is_not_the_study(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The study followed 4,000 patients for ten years. "
        "The Harmon Institute paid for the work. "
        "It said that the results were clear."
    )
    (c,) = resolve(text, claim(text, "the results were clear", "It"))
    assert c.speaker == "Harmon Institute"


# --- a named poll stays itself -------------------------------------------------------------
def test_the_poll_and_it_after_a_named_poll_stay_that_poll(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A new Harbor College poll was released on Sunday. "
        "The poll found that Ann Cole leads by six points. "
        "It also found that most voters distrust Congress."
    )
    first, second = resolve(
        text,
        claim(text, "Ann Cole leads by six points", "The poll"),
        claim(text, "most voters distrust Congress", "It"),
    )
    assert first.speaker == second.speaker
    assert "Harbor College" in (first.speaker or "")


# --- a report whose maker the text names ---------------------------------------------------
@pytest.mark.parametrize(
    "source",
    [
        "A report by the Harmon Budget Office",
        "A survey conducted by the Harmon Institute",
        "The Harmon Institute's survey",
    ],
)
def test_a_document_whose_maker_is_named_speaks_for_its_maker(resolve, source: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{source} found that 40 percent of voters backed the plan."
    (c,) = resolve(text, claim(text, "40 percent of voters", source))
    assert c.speaker is not None and "Harmon" in c.speaker
    assert c.speaker_type == "ORG"


def test_two_documents_keep_their_makers(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A study by the Harmon Corporation found that the program saved money. "
        "A second report, from the Urban Institute, found that it did not."
    )
    first, second = resolve(
        text,
        claim(text, "the program saved money", "A study by the Harmon Corporation"),
        claim(text, "it did not", "A second report"),
    )
    assert (first.speaker, first.speaker_type) == ("Harmon Corporation", "ORG")
    assert (second.speaker, second.speaker_type) == ("Urban Institute", "ORG")


def test_a_title_and_a_first_name_before_an_institution_noun_stay_a_person(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Dr. Grace Institute said the school would open in May."
    (c,) = resolve(text, claim(text, "the school would open", "Dr. Grace Institute"))
    assert c.speaker_type == "PERSON"


def test_it_after_plural_documents_is_not_a_document(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "The studies followed 4,000 patients for ten years. It said that the results were clear."
    (c,) = resolve(text, claim(text, "the results were clear", "It"))
    assert c.speaker != "studies"


def test_it_after_a_report_that_was_released_is_the_report(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "The report was released on Tuesday. It says the city lost $40 million on the stadium."
    (c,) = resolve(text, claim(text, "the city lost $40 million", "It"))
    assert c.speaker == "report"


def test_it_after_a_survey_released_by_an_institute_is_the_institute(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A new survey of 900 voters was released on Monday by the Harmon Institute. "
        "It found that most voters back the plan."
    )
    (c,) = resolve(text, claim(text, "most voters back the plan", "It"))
    assert c.speaker == "Harmon Institute"


def test_it_in_a_clause_joined_to_a_study_subject_is_the_study(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The study followed 4,000 patients for ten years, and it found that daily walking "
        "cut the risk of heart disease."
    )
    (c,) = resolve(text, claim(text, "daily walking", "it"))
    assert c.speaker == "study"


# --- session 17 (documents2): "the results" of a poll speak as the poll ----------------------
def test_the_results_after_a_poll_an_institute_ran_are_the_institute(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In an online poll of 800 voters, conducted in May, the Harmon Institute found that "
        "taxes were the top worry. The results show that voters like the mayor."
    )
    (c,) = resolve(text, claim(text, "voters like the mayor", "The results"))
    assert c.speaker == "Harmon Institute"  # was "results"


def test_the_results_after_unnamed_exit_polls_are_the_exit_polls(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In Ohio, exit polls suggested that young voters stayed home. "
        "The results suggest that the senator faces a hard road."
    )
    (c,) = resolve(text, claim(text, "the senator faces", "The results"))
    assert c.speaker == "exit polls"


def test_the_results_after_voters_went_to_the_polls_are_no_poll(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voters in Ohio went to the polls on Tuesday and turnout was low. "
        "The results suggest that the senator faces a hard road."
    )
    (c,) = resolve(text, claim(text, "the senator faces", "The results"))
    assert c.speaker == "results"  # "the polls" where people vote is no survey


def test_the_election_results_are_no_part_of_the_poll_before(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harmon Institute released a poll of 500 nurses on Monday. "
        "The election results show that pay is low."
    )
    (c,) = resolve(text, claim(text, "pay is low", "The election results"))
    assert c.speaker == "election results"  # a results phrase with a qualifier of its own


# --- session 17 (documents2): a court's "order" is what it announced or issued ----------------
def test_the_order_after_a_court_announced_is_the_court(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In March, the Supreme Court announced that it had split four to four in the case. "
        "The brief order said that the lower court's ruling stands."
    )
    (c,) = resolve(text, claim(text, "the lower court's ruling stands", "The brief order"))
    assert c.speaker == "Supreme Court"  # was "brief order"


def test_the_order_after_a_judge_issued_a_ruling_is_the_judge(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On Friday, Judge Ann Lee issued a ruling in the case. "
        "The order said that the files must be released."
    )
    (c,) = resolve(text, claim(text, "the files must be released", "The order"))
    assert c.speaker == "Ann Lee"


def test_the_order_after_a_mayor_only_said_something_stays_the_order(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor said on Monday that the park would close. The order says that dogs are banned."
    )
    (c,) = resolve(text, claim(text, "dogs are banned", "The order"))
    assert c.speaker == "order"  # "said" announces nothing issued


# --- session 17 (documents2): "the answer" is the last speaker's -------------------------------
def test_the_answer_after_a_quote_is_its_speaker(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We rebuilt the port, and it was good for the town," Mayor Ann Lee added. '
        "The answer suggested that she had no regrets."
    )
    (c,) = resolve(text, claim(text, "she had no regrets", "The answer"))
    assert c.speaker == "Ann Lee"  # was "answer"


def test_the_answer_with_no_speaker_before_stays_the_answer(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The storm hit the port on Monday and the town lost power. "
        "The answer suggests that the town needs a new grid."
    )
    (c,) = resolve(text, claim(text, "the town needs", "The answer"))
    assert c.speaker == "answer"


def test_the_response_after_a_question_is_not_the_askers(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Tom Hale questioned the mayor about the budget on Monday. "
        "The response made clear that the money was gone."
    )
    (c,) = resolve(text, claim(text, "the money was gone", "The response"))
    assert c.speaker == "response"  # the asker does not answer


# --- session 17 (documents2): "the website" speaks for whoever set it up -----------------------
def test_the_website_a_baker_set_up_is_the_baker(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Reed, a baker in Dover, has set up a website that sells bread to tourists. "
        "It is new. The website says that he ships to every state."
    )
    (c,) = resolve(text, claim(text, "he ships to every state", "The website"))
    assert c.speaker == "Tom Reed"  # was "website"


def test_the_website_a_baker_only_reads_stays_the_website(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Reed, a baker in Dover, often reads a website about bread. "
        "The website says that rye is back."
    )
    (c,) = resolve(text, claim(text, "rye is back", "The website"))
    assert c.speaker != "Tom Reed"  # reading a site does not make it his


def test_the_website_after_another_the_website_goes_back_to_its_maker(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Reed, a baker in Dover, has set up a website that sells bread to tourists. "
        "A note on the website thanks his mother. The website says that he ships to every state."
    )
    (c,) = resolve(text, claim(text, "he ships to every state", "The website"))
    assert c.speaker == "Tom Reed"


# --- "the ad" is its sponsor's (session 18: documents3) -------------------------------------
def test_the_ad_is_the_campaign_that_released_it(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Lee campaign is releasing a new online ad Monday aimed at Ann Park. "
        "The ad comes a day before the vote. "
        "The ad says Park cannot be trusted on taxes."
    )
    (c,) = resolve(text, claim(text, "Park cannot be trusted", "The ad"))
    assert c.speaker == "Lee campaign"  # through the "The ad" between


def test_the_ad_is_the_group_that_launched_it(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Citizens for Tomorrow launched a radio ad on Saturday in Ohio. "
        "The ad claims that the senator voted against veterans."
    )
    (c,) = resolve(text, claim(text, "the senator voted against veterans", "The ad"))
    assert c.speaker == "Citizens for Tomorrow"


def test_of_two_ads_by_two_campaigns_the_nearest_decides(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Citizens for Tomorrow ran an ad against Ann Park last week. "
        "The Park campaign released an ad of its own on Sunday. "
        "The ad says Lee cannot be trusted on taxes."
    )
    (c,) = resolve(text, claim(text, "Lee cannot be trusted", "The ad"))
    assert c.speaker == "Park campaign"  # not the group whose ad came first


def test_the_ad_after_plural_ads_is_no_one_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voters in Iowa have seen ads from six campaigns this month. "
        "The ad says Park cannot be trusted on taxes."
    )
    (c,) = resolve(text, claim(text, "Park cannot be trusted", "The ad"))
    assert c.speaker == "ad"  # "ads" from many makers: no one of them


def test_it_after_the_ad_is_the_ad_s_maker(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Ann Park is releasing a new radio ad that urges voters in Ohio to call Congress. "
        "The ad says “the mines must stay open.” "
        "It makes no mention of her rival, but repeats her message on coal."
    )
    (_, c) = resolve(
        text,
        claim(text, "the mines must stay open", "The ad"),
        claim(text, "no mention of her rival", "It"),
    )
    assert c.speaker == "Ann Park"  # not Congress, named last before it


def test_the_spot_after_an_ad_is_the_ad_s_maker(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The focus of the race shifted on Monday to a new television ad from the Ohio Farm Bureau. "
        "The 60-second spot, which airs on cable, says the senator forgot rural roads."
    )
    (c,) = resolve(text, claim(text, "the senator forgot rural roads", "The 60-second spot"))
    assert c.speaker == "Ohio Farm Bureau"


def test_the_spot_after_a_breakfast_spot_is_no_ad(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Lee runs a breakfast spot in Dover. The spot says on its menu that eggs are local."
    (c,) = resolve(text, claim(text, "eggs are local", "The spot"))
    assert c.speaker != "Ann Lee"  # a place she runs, not an ad she aired

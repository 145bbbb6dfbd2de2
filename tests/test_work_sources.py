"""Works and documents as sources (issue 13, session 19): a film, book, video, memoir, email
or projection speaks for the maker the text names ("a film by X", "X's new book", "an email
from X", "a video released by X"), on itself or on the nearest earlier noun of its head; a
work whose maker the text does not name stays the work, never a salient person or a document
of another head. Hard negatives: a film about a person, a report and its publisher, a star's
name as a compound, a place a video comes from.

Sentences written for these tests. Each test resolves claims over a real parse, so it fails
when the rule is missing.
"""

from __future__ import annotations

from resolving import claim


# --- the maker on the work itself ---------------------------------------------------------
def test_a_film_by_a_director_is_the_director_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "A new film by Ana Ruiz argues that the river is dying."
    (c,) = resolve(text, claim(text, "the river is dying", "A new film by Ana Ruiz"))
    assert c.speaker == "Ana Ruiz"


def test_a_memoir_owned_by_a_name_is_its_author_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Former aide Tom Hale left in 2019. Hale's memoir says that the budget was a sham."
    (c,) = resolve(text, claim(text, "the budget was a sham", "Hale's memoir"))
    assert c.speaker == "Tom Hale"


def test_an_email_from_a_person_is_theirs(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "An email from Rita Vance told staff that the office would close in May."
    (c,) = resolve(text, claim(text, "the office would close in May", "An email from Rita Vance"))
    assert c.speaker == "Rita Vance"


def test_a_projection_by_a_described_firm_is_the_named_firm_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "A projection by the consulting firm Delta Economics shows that growth will slow."
    source = "A projection by the consulting firm Delta Economics"
    (c,) = resolve(text, claim(text, "growth will slow", source))
    assert c.speaker == "Delta Economics"  # the name in apposition, not "consulting firm"


def test_a_video_released_by_a_group_is_the_group_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "A video released by the Harbor Institute shows that the camp was bombed."
    source = "A video released by the Harbor Institute"
    (c,) = resolve(text, claim(text, "the camp was bombed", source))
    assert c.speaker == "Harbor Institute"


def test_a_documentary_about_a_person_is_not_theirs(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Reed won the race in 2010. A documentary about Tom Reed claims that he lied."
    (c,) = resolve(text, claim(text, "he lied", "A documentary about Tom Reed"))
    assert c.speaker != "Tom Reed"  # its subject, not its maker


def test_an_email_obtained_by_a_group_is_not_the_group_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "An email obtained by the Harbor Institute shows that the mayor knew of the leak."
    source = "An email obtained by the Harbor Institute"
    (c,) = resolve(text, claim(text, "the mayor knew of the leak", source))
    assert c.speaker != "Harbor Institute"  # it obtained the email, it did not write it


def test_a_video_from_a_country_is_not_the_country_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "A new video from Ukraine shows that the bridge was hit twice."
    (c,) = resolve(text, claim(text, "the bridge was hit twice", "A new video from Ukraine"))
    assert c.speaker != "Ukraine"  # where it was filmed, not who made it


# --- a definite work and its earlier mention ----------------------------------------------
def test_the_film_after_a_film_by_a_director_is_the_director_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "A new film by Ana Ruiz opened on Friday. The film argues that the dam must go."
    (c,) = resolve(text, claim(text, "the dam must go", "The film"))
    assert c.speaker == "Ana Ruiz"


def test_the_book_after_someone_released_it_is_theirs(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Ruiz released a new book on Friday. The book says that the war was lost."
    (c,) = resolve(text, claim(text, "the war was lost", "The book"))
    assert c.speaker == "Ana Ruiz"


def test_the_film_about_a_person_stays_the_film(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Tom Reed was re-elected in 2012. A new documentary tells his story. "
        "The documentary claims that he lied to voters."
    )
    (c,) = resolve(text, claim(text, "he lied to voters", "The documentary"))
    assert c.speaker != "Tom Reed"  # nobody named made it


def test_the_book_is_no_report_of_another_head(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A 2014 Senate Armed Services Committee report found no evidence of a delay. "
        "Captain Ann Cole, who led the team, spoke to reporters on Monday. "
        "The book accuses Cole of holding the team back."
    )
    (c,) = resolve(text, claim(text, "holding the team back", "The book"))
    assert c.speaker == "book"  # not the committee's report, not Cole


def test_the_report_of_a_named_publisher_is_still_theirs(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbor Institute released a report on rents on Monday. "
        "The report says that rents rose by a third."
    )
    (c,) = resolve(text, claim(text, "rents rose by a third", "The report"))
    assert c.speaker == "Harbor Institute"  # a report and its publisher: unchanged


# --- a named document and its publisher (the convention of session 19) ------------------
def test_a_poll_named_by_an_initialism_speaks_for_its_publisher(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbor Policy Institute of Maine released its spring survey on Monday. "
        "The HPIM poll finds that most voters back the bridge."
    )
    (c,) = resolve(text, claim(text, "most voters back the bridge", "The HPIM poll"))
    assert c.speaker == "Harbor Policy Institute of Maine"
    assert c.via == "HPIM poll"  # the name that does not say who made it


def test_a_poll_whose_name_holds_its_publisher_keeps_its_name(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A new Harbor Research poll was released by Harbor Research on Monday. "
        "The Harbor Research poll finds that most voters back the bridge."
    )
    (c,) = resolve(text, claim(text, "most voters back the bridge", "The Harbor Research poll"))
    assert c.speaker == "Harbor Research poll"  # a report and its publisher: both in view


# --- a printed piece in an outlet ----------------------------------------------------------
def test_a_report_in_a_newspaper_is_the_newspaper_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "A report in the Valley Gazette said that the mill would close in June."
    source = "A report in the Valley Gazette"
    (c,) = resolve(text, claim(text, "the mill would close in June", source))
    assert c.speaker == "Valley Gazette"


def test_an_article_in_a_listed_outlet_is_the_outlet_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "A new article in Politico says that the senator will run again."
    (c,) = resolve(text, claim(text, "the senator will run again", "A new article in Politico"))
    assert c.speaker == "Politico"


def test_a_report_in_a_state_is_not_the_state_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "A report in Ohio found that the mill had polluted the river."
    (c,) = resolve(text, claim(text, "the mill had polluted the river", "A report in Ohio"))
    assert c.speaker != "Ohio"  # where, not who printed it


# --- a possessed show on a network ----------------------------------------------------------
def test_his_show_on_a_channel_is_the_host_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Reed hosts an hour of prime time on the Valley Channel. "
        "Reed uses his show on the channel to say that the tax is a fraud."
    )
    (c,) = resolve(text, claim(text, "the tax is a fraud", "his show on the channel"))
    assert c.speaker == "Tom Reed"  # his work, not the channel it airs on


def test_a_show_about_a_person_is_not_theirs(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Reed won the race in 2010. A new show about Tom Reed says that he lied."
    (c,) = resolve(text, claim(text, "he lied", "A new show about Tom Reed"))
    assert c.speaker != "Tom Reed"


# --- "its" survey: the publisher is the clause's subject -----------------------------------
def test_its_named_survey_is_the_subject_s(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbor Bureau sends its Coastal Housing Survey to 3,000 homes a year. "
        "Lee said rents rose. The survey asks who lives in each home and finds that most rent."
    )
    (c,) = resolve(text, claim(text, "most rent", "The survey"))
    assert c.speaker == "Harbor Bureau"
    assert c.via == "Coastal Housing Survey"


def test_its_survey_under_a_preposition_is_not_bound(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Reed praised the Harbor Bureau for its Coastal Housing Survey. "
        "The survey finds that most rent."
    )
    (c,) = resolve(text, claim(text, "most rent", "The survey"))
    assert c.speaker == "Coastal Housing Survey"  # no object of the bureau's verb: no publisher

"""Westminster and wire copy, written for these tests: single quotation marks, MPs, public
bodies named "Office for ..." and then "the watchdog", indefinite sources ("one MP")."""

from __future__ import annotations

import pandas as pd
import pytest


def _by_quote(claims, words: str):  # type: ignore[no-untyped-def]
    rows = claims[claims["quote"].str.contains(words, regex=False)]
    assert len(rows) == 1, (words, list(claims["quote"]))
    return rows.iloc[0]


def test_an_indefinite_source_is_nobody_named(extractor):
    """ "one Conservative MP" and "a spokesman" introduce someone new: not the MP named
    before or after, not the named spokesman."""
    text = (
        "Labour MP Jane Doyle said the figures were wrong.\n\n"
        "'It is a shambles,' one Conservative MP said.\n\n"
        "The Treasury's spokesman, Paul Ennis, said the sums were sound. "
        "A spokesman later said the minister was on holiday."
    )
    claims = extractor.extract(text)
    mp = _by_quote(claims, "shambles")
    assert mp["speaker"] == "one Conservative MP"
    assert mp["speaker_type"] == "PERSON" and mp["speaker_role"] == "MP"
    assert _by_quote(claims, "figures were wrong")["speaker"] == "Jane Doyle"
    assert _by_quote(claims, "sums were sound")["speaker"] == "Paul Ennis"
    assert _by_quote(claims, "on holiday")["speaker"] != "Paul Ennis"


def test_the_definite_role_still_points_back(extractor):
    text = (
        "Labour MP Jane Doyle said the figures were wrong. "
        "The MP added that she would vote against the budget."
    )
    claims = extractor.extract(text)
    assert _by_quote(claims, "vote against")["speaker"] == "Jane Doyle"


def test_the_watchdog_is_the_office_named_before(extractor):
    """A public body named "Office for ...": its head noun is "office", an agency, so "the
    watchdog" (an agency noun) finds it; "Bank of England" is not an agency."""
    text = (
        "The Bank of England said rates would stay on hold. The Office for Budget "
        "Responsibility said in a report that debt would peak in 2028. The watchdog added "
        "that the forecast was 'highly uncertain'."
    )
    claims = extractor.extract(text)
    row = _by_quote(claims, "highly uncertain")
    assert row["speaker"] == "Office for Budget Responsibility"
    assert row["speaker_type"] == "ORG"


def test_a_watchdog_with_nothing_to_point_to_stays_itself(extractor):
    text = "The watchdog said the forecast was 'highly uncertain'."
    claims = extractor.extract(text)
    assert _by_quote(claims, "highly uncertain")["speaker"] == "watchdog"


def test_an_indefinite_source_may_introduce_the_person_named_next(extractor):
    """Wire copy brings a source in by role and names them a sentence later: "A federal judge
    ... U.S. District Judge Ann Roe wrote"."""
    text = (
        "A federal judge on Friday ordered the release of the records, saying the public had "
        "a right to see them. U.S. District Judge Ann Roe wrote that the case was of public "
        "interest."
    )
    claims = extractor.extract(text)
    assert _by_quote(claims, "a right to see them")["speaker"] == "Ann Roe"


@pytest.mark.parametrize(
    "party", ["Labour", "Reform UK", "Plaid Cymru", "the Scottish National Party"]
)
def test_a_listed_party_is_one_organisation_and_the_party_after_it(extractor, party: str):
    """The NER tags "Labour" a person, finds only "UK" in "Reform UK" and nothing in "Plaid
    Cymru": parties.txt makes each one organisation of kind party, so "The party" is it."""
    text = (
        f"{party[0].upper() + party[1:]} said the rise in fuel duty was a betrayal. "
        "The party added that it would force a vote on Tuesday."
    )
    claims = extractor.extract(text)
    name = party.removeprefix("the ")
    assert list(claims["speaker"]) == [name, name]
    assert set(claims["speaker_type"]) == {"ORG"}


def test_a_party_inside_a_longer_name_is_that_name(extractor):
    # hard negative: a state party is not the national one
    text = "The Ohio Democratic Party said the map was unfair."
    assert list(extractor.extract(text)["speaker"]) == ["Ohio Democratic Party"]


def test_labour_the_noun_is_no_party(extractor):
    # hard negative: the match keeps its capitals
    text = "Union leaders said the cost of labour had doubled."
    claims = extractor.extract(text)
    assert "Labour" not in set(claims["speaker"])


def test_a_singular_role_in_a_short_first_paragraph_is_not_a_plural_group(extractor):
    """A short first paragraph is read as a headline, whose person noun may point to the
    lead's subject with the same head; "The prime minister" is one person, not the lead's
    "Ministers" (before, the claim went to the group)."""
    text = (
        "The prime minister insists the economy has turned a corner. The figures disagree.\n\n"
        "Unemployment rose again in March. Ministers argue that the worst is over."
    )
    df = extractor.extract(text)
    assert df[df.cue == "insists"].iloc[0].speaker != "Ministers"


def test_a_description_opening_its_sentence_is_the_name_in_apposition(extractor):
    """ "Counsel to the inquiry, Hugo Keith KC, asked ...": the common noun is capitalised only
    because it opens the sentence; the name beside it is the speaker."""
    text = "Counsel to the inquiry, Hugo Keith KC, asked whether the minister had been told."
    df = extractor.extract(text)
    assert list(df.speaker) == ["Hugo Keith"]  # "KC" is an honour, no part of the name


def test_a_transcript_label_before_a_title_is_not_an_apposition(extractor):
    """The hard negative: after a speaker's label and colon, "Secretary Clinton" is a name
    addressed, not a description opening a sentence."""
    df = extractor.extract("RAMOS: Secretary Clinton, will you run?")
    assert "Clinton" not in " ".join(df.speaker.dropna())


def test_a_transcript_label_in_capitals_is_not_a_description(extractor):
    """The hard negative of a transcript quoted whole: the label "RAMOS" opens the sentence and
    has "Secretary Clinton" in apposition, but it is the asker, not a common noun."""
    text = 'The exchange went on.\n\n"RAMOS: Secretary Clinton, did you lie to them?'
    df = extractor.extract(text)
    assert "Clinton" not in " ".join(df.speaker.dropna())


def test_a_name_hung_on_the_place_that_ends_a_role_is_the_role_holder(extractor):
    """ "the Conservative MP for Bath, Ann Lee": the parser hangs "Ann Lee" on "Bath"; the
    MP is Ann Lee (before: the description, and "MP" in capitals kept it from the rule)."""
    df = extractor.extract('"It is a scandal," said the Conservative MP for Bath, Ann Lee.')
    assert list(df.speaker) == ["Ann Lee"]


def test_a_name_after_a_person_in_a_role_is_not_the_role_holder(extractor):
    """The hard negative: "the lawyer for Ann Lee, Tom Hale" leaves the two apart."""
    df = extractor.extract('"It is a scandal," said the lawyer for Ann Lee, Tom Hale.')
    assert list(df.speaker) != ["Ann Lee"]


@pytest.mark.parametrize("seat", ["Downing Street", "Number 10", "No 10"])
def test_a_seat_of_government_speaks_as_an_organisation(extractor, seat: str):
    """The NER leaves "Downing Street" untagged and tags "10" of "Number 10" a number: a seat
    of seats_of_government.txt is an organisation named as written, as "the White House" is."""
    text = f"{seat} said on Friday that the rail strike was unlawful."
    claims = extractor.extract(text)
    assert list(claims["speaker"]) == [seat]
    assert list(claims["speaker_type"]) == ["ORG"]


def test_a_seat_of_government_before_a_role_leaves_the_role_the_speaker(extractor):
    # hard negative: "A No 10 spokesman" is a person, the spokesman, not the seat
    text = "A No 10 spokesman said the rail strike was unlawful."
    claims = extractor.extract(text)
    assert list(claims["speaker_type"]) == ["PERSON"]
    assert list(claims["speaker_role"]) == ["spokesman"]


def test_a_headline_minister_is_the_cabinet_secretary_of_the_body(extractor):
    """A UK cabinet secretary is a minister (role_synonyms.txt): the headline's "Minister"
    is the body's "Health Secretary Ann Cole", and so is "the minister" after her."""
    text = (
        "Minister defends waiting list figures\n\n"
        "Health Secretary Ann Cole said the rise reflected a winter of strikes. "
        "The minister added that the lists would fall by spring."
    )
    claims = extractor.extract(text)
    assert list(claims["speaker"]) == ["Ann Cole"] * 3


def test_a_shadow_secretary_is_no_minister(extractor):
    # hard negative: the opposition's shadow secretary holds no ministry
    text = "Shadow Home Secretary Ann Cole said the cap failed. The minister said it worked."
    claims = extractor.extract(text)
    assert list(claims["speaker"]) == ["Ann Cole", "minister"]


def test_dame_is_an_honorific_before_a_first_name(extractor):
    """ "Dame Jackie" (the NER's span, "Dame" in it) is Dame Jackie Daniel, named before: a
    dame or knight is called by title and first name. "Dame" is an honorific (no role)."""
    text = (
        "Dame Jackie Daniel, the chief executive of a large hospital trust in Newcastle, said "
        'staff were "running on empty". Dame Jackie told the Guardian that beds were full '
        "every night.\n\nDame Ann Harlow said the wards were calm."
    )
    claims = extractor.extract(text)
    assert list(claims["speaker"]) == ["Jackie Daniel", "Jackie Daniel", "Ann Harlow"]
    assert claims["speaker_role"].iloc[2] is pd.NA or pd.isna(claims["speaker_role"].iloc[2])


def test_the_club_is_the_club_named_before(extractor):
    """Sports copy calls a club "the club" after naming it ("Northfield Rovers ... The club
    said"): "club" is an organisation noun of kind association (description_nouns.txt), so
    the description resolves to the club named before (before session 20: the words "club",
    typed UNKNOWN). Hard negative: with no club named, "the club" stays its words, typed ORG."""
    text = (
        "Northfield Rovers sacked their manager on Monday. "
        "The club said the decision was unanimous."
    )
    df = extractor.extract(text)
    assert df.speaker.tolist() == ["Northfield Rovers"]
    alone = extractor.extract("Fans hate the new kit, the club admitted.")
    row = alone[alone.cue == "admitted"].iloc[0]
    assert (row.speaker, row.speaker_type) == ("club", "ORG")

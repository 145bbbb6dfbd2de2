"""A content ends before a second claim that trails inside it (issue 14, quotes/claims/
boundaries.py and reported._second_report): PolNeAR gives each cue one attribution, and the
content is what that cue introduces (Newell et al. 2018; PARC, Pareti 2012). Sentences written
for these tests, each with a hard negative that must keep its content whole."""

from __future__ import annotations

import pytest

import quotes
from tests.claim_rows import claim_rows


def _contents(extractor: quotes.Extractor, text: str) -> dict[str, str]:
    """Content by speaker mention."""
    return {mention: quote for quote, mention, _rule, _act in claim_rows(extractor, text)}


@pytest.mark.parametrize(
    ("text", "first_speaker", "first", "second_speaker", "second"),
    [
        # a second speech verb with its own subject, hung on the first as a second complement
        (
            "Nearly half of the members said they were worried about the price of bread, and "
            "more than 4 in 10 said the governor would handle the economy best.",
            "Nearly half of the members",
            "they were worried about the price of bread",
            "more than 4 in 10",
            "the governor would handle the economy best",
        ),
        # ... or as a conjunct of the first complement's verb
        (
            "The coach said the team played well and the fans said the referee was unfair.",
            "The coach",
            "the team played well",
            "the fans",
            "the referee was unfair",
        ),
        # an adverbial clause of time the writer adds, with its own speaker
        (
            "The clerk said the ballots were counted on Monday after the auditors concluded "
            "that the machines worked.",
            "The clerk",
            "the ballots were counted on Monday",
            "the auditors",
            "that the machines worked",
        ),
        # the trailing claim may be of any rule: here a verb and its preposition
        (
            "The senators accused each other of playing politics with the crisis while doctors "
            "warned of the risk of an outbreak.",
            "The senators",
            "each other of playing politics with the crisis",
            "doctors",
            "the risk of an outbreak",
        ),
        (
            "The board hopes to sell the land after the auditors called for the sale.",
            "The board",
            "to sell the land",
            "the auditors",
            "the sale",
        ),
    ],
)
def test_a_trailing_claim_of_another_speaker_ends_the_content(
    extractor: quotes.Extractor,
    text: str,
    first_speaker: str,
    first: str,
    second_speaker: str,
    second: str,
) -> None:
    contents = _contents(extractor, text)
    assert contents.get(first_speaker) == first, contents
    assert contents.get(second_speaker) == second, contents


def test_the_trailing_claim_is_no_longer_nested(extractor: quotes.Extractor) -> None:
    df = extractor.extract(
        "The clerk said the ballots were counted on Monday after the auditors concluded "
        "that the machines worked."
    )
    assert df["nested_in"].isna().all(), df[["quote", "nested_in"]]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a condition is part of what the minister asserted
        (
            "The minister said the talks would fail if the unions decided that the offer was "
            "too low.",
            "The minister",
            "the talks would fail if the unions decided that the offer was too low",
        ),
        # so is a reason
        (
            "Lee said that the deal failed because buyers believed prices would fall.",
            "Lee",
            "that the deal failed because buyers believed prices would fall",
        ),
        # semicolons inside a list are one claim
        (
            "The report said the plan had three parts: new buses; wider roads; and cheaper fares.",
            "The report",
            "the plan had three parts: new buses; wider roads; and cheaper fares",
        ),
        # a conjunct with its own "that" is a second complement of the same cue
        (
            "The agency said the listings were posted by users, and that the company kept the "
            "right to reject any of them.",
            "The agency",
            "the listings were posted by users, and that the company kept the right to reject "
            "any of them",
        ),
        # a conjunct with no cue of its own is more of what was said
        (
            "The coach said the team played well and the fans stayed until the end.",
            "The coach",
            "the team played well and the fans stayed until the end",
        ),
    ],
)
def test_a_clause_that_is_part_of_the_claim_stays_in_it(
    extractor: quotes.Extractor, text: str, speaker: str, content: str
) -> None:
    assert _contents(extractor, text).get(speaker) == content


def test_a_report_inside_a_complement_stays_nested(extractor: quotes.Extractor) -> None:
    """ "Lee said that the auditors concluded X": the auditors' claim is what Lee said."""
    df = extractor.extract("Lee said that the auditors concluded that the machines worked.")
    lee = df[df["speaker_mention"] == "Lee"]
    assert list(lee["quote"]) == ["that the auditors concluded that the machines worked"]


def test_no_content_ends_with_a_dangling_and(extractor: quotes.Extractor) -> None:
    """The "and" of the next clause, hung inside the content by the parser, is cut with its
    comma."""
    rows = claim_rows(
        extractor,
        "Most of those polled said the mayor is honest and capable, and three-quarters said "
        "the same of her rival.",
    )
    assert rows[0][0] == "the mayor is honest and capable", rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She vowed to keep the clinic open and celebrated the ruling on Monday.",
            "to keep the clinic open",
        ),
        (
            "The union wants to raise wages and has gone so far as to threaten a strike.",
            "to raise wages",
        ),
        ("Ms. Lee promised to cut taxes and signed a pledge against new fees.", "to cut taxes"),
    ],
)
def test_a_finite_verb_after_an_infinitive_is_the_subjects_next_act(
    extractor: quotes.Extractor, text: str, content: str
) -> None:
    """A finite verb with no subject cannot continue a "to" infinitive: it is the subject's
    next act, which the parser hung inside the intention."""
    rows = claim_rows(extractor, text)
    assert rows[0][0] == content, rows


@pytest.mark.parametrize(
    "text",
    [
        # a second bare infinitive, and a second "to" infinitive, are more of the intention
        "The mayor vowed to repair the road and open the bridge by May.",
        "The mayor vowed to repair the road and to open the bridge by May.",
        # a finite verb joined to a relative clause inside the intention belongs to that clause
        "The board plans to hire nurses who worked at the old hospital and knew its patients.",
    ],
)
def test_an_intention_joined_to_its_own_verbs_stays_whole(
    extractor: quotes.Extractor, text: str
) -> None:
    rows = claim_rows(extractor, text)
    start = text.index(" to ") + 1
    assert rows[0][0] == text[start:].rstrip("."), rows


def test_a_cue_participle_after_an_intention_is_the_holders_next_act(
    extractor: quotes.Extractor,
) -> None:
    """Quotation marks keep a participle in the content as quoted words (an aside of the
    writer's would be cut without them); a cue participle still is the holder's next act."""
    rows = claim_rows(
        extractor,
        "He wants to avoid giving any help to his rivals, recalling how they called his plan "
        "“a fairy tale.”",
    )
    assert rows[0][:2] == ("to avoid giving any help to his rivals", "He"), rows


def test_a_cue_participle_that_is_the_means_stays_in_the_intention(
    extractor: quotes.Extractor,
) -> None:
    """With no comma before it, the participle is how the holder means to do it: part of the
    intention."""
    text = "The mayor hopes to win the vote by promising “lower fares for all.”"
    rows = claim_rows(extractor, text)
    assert [r[0] for r in rows] == ["to win the vote by promising “lower fares for all.”"], rows

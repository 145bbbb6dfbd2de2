"""Companies in business copy (issue 13, found on a business story we wrote): a name ending in
a company word ("Northwind Foods") is a company, so "the group", "the company" find it, and its
first word alone ("Northwind declined to comment") is the same company.

Sentences written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import quotes

STORY = (
    "Shares in Halden Foods fell sharply after the supermarket group warned that profits "
    "would miss forecasts.\n\n"
    "The company blamed higher energy costs. In a trading update, it said sales had fallen.\n\n"
    "Halden declined to comment on the remarks of one shareholder."
)


def test_a_company_is_found_by_its_descriptions_and_its_short_name(
    extractor: quotes.Extractor,
) -> None:
    df = extractor.extract(STORY)
    assert set(df.speaker) == {"Halden Foods"}, df[["speaker_mention", "speaker", "rule"]]
    assert set(df.speaker_mention) == {"the supermarket group", "The company", "it", "Halden"}


def test_a_description_of_another_kind_does_not_take_the_company(
    extractor: quotes.Extractor,
) -> None:
    """The hard negative: "the regulator" is an agency, not the company named before it."""
    text = (
        "Shares in Halden Foods fell after the regulator warned that prices were too high.\n\n"
        "The company said it would appeal."
    )
    df = extractor.extract(text)
    speakers = dict(zip(df.cue, df.speaker, strict=True))
    assert speakers["warned"] != "Halden Foods"
    assert speakers["said"] == "Halden Foods"


def test_a_common_first_word_is_not_the_company(extractor: quotes.Extractor) -> None:
    """The hard negative: "Northern" is no proper noun of its own in "Northern voters"."""
    text = "Northern Foods reported a loss. Northern voters said the plant should stay open."
    df = extractor.extract(text)
    assert "Northern Foods" not in set(df[df.cue == "said"].speaker)


def test_one_member_of_a_party_is_not_the_party(extractor: quotes.Extractor) -> None:
    """The hard negative: "One Republican" shortens "the Republican Party" word for word, but
    it is one person, not the party."""
    text = "The Republican Party met on Monday. One Republican said the party was split."
    df = extractor.extract(text)
    assert list(df.speaker) == ["One Republican"]

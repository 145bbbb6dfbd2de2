"""Issue 13, who a long text is about (session 17, topic2): the ``topic`` rule also takes as
the main subject of the sentence before a surname the tagger reads as a common noun ("Price
spoke first. She listed ..."), when the name rule matches it to a person of the registry.

Sentences written for these tests, each with a hard negative.
"""

from __future__ import annotations

import pytest
from claim_rows import speaker_of


@pytest.fixture(scope="module")
def extract(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract


DEBATE = (
    "Grace Okoro, the harbour master, is running for mayor of Westhaven against the mayor, "
    "Helen Price.\n\n"
    '"I know every boat in this harbour," Okoro said on the quay last week. '
    '"I would like to know the rest of the town as well."\n\n'
    "The two candidates met for a debate at the school on Friday. "
    "About two hundred people came.\n\n"
    "Price spoke first. She said the town was in better shape than it had been for years."
)


def test_a_surname_read_as_a_noun_is_the_topic(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Grace Okoro, the last speaker, by salience
    df = extract(DEBATE)
    assert speaker_of(df, "the town was in better shape") == "Helen Price"


def test_a_common_noun_subject_is_no_topic(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "The price rose first" names nobody; the speaker stays Okoro
    text = DEBATE.replace("Price spoke first.", "The price of fish rose first.")
    df = extract(text)
    assert speaker_of(df, "the town was in better shape") == "Grace Okoro"


def test_a_name_in_between_stops_the_surname_topic(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: another woman named between the surname and "She": salience decides
    text = DEBATE.replace("Price spoke first.", "Price spoke first, and Okoro spoke after her.")
    df = extract(text)
    rows = [r for r in df.itertuples() if "the town was in better shape" in r.quote]
    assert len(rows) == 1 and not str(rows[0].rule).endswith("+topic")


PROFILE = (
    "Anna Berg has run the ferry company in Lindholm for twenty years. "
    "Berg started as a deckhand at sixteen. Berg bought her first boat in 1998, and Berg "
    "still steers it on Sundays. "
    '"The sea does not care who you are," Berg said.\n\n'
    "Berg has no office. Berg works from the cabin of the oldest boat, and she keeps the "
    "accounts herself.\n\n"
    "Her rival, Clara Holm, runs the bus company. Holm said the ferries were too slow. "
    '"Nobody wants to wait an hour," Holm said. She said the town should build a bridge.\n\n'
    "* * *\n\n"
    "She said the company would buy two new boats next year."
)


def test_a_pronoun_opening_a_section_is_who_the_text_is_about(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Clara Holm, the last speaker
    df = extract(PROFILE)
    assert speaker_of(df, "two new boats") == "Anna Berg"
    assert speaker_of(df, "build a bridge") == "Clara Holm"


def test_without_a_section_break_the_last_speaker_goes_on(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "..., Holm said. She said" in the next paragraph is still Holm
    df = extract(PROFILE.replace("* * *\n\n", ""))
    assert speaker_of(df, "two new boats") == "Clara Holm"


def test_two_women_as_present_give_no_section_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: two women, the text about neither more than the other by SECTION_LEAD
    short = PROFILE.replace(
        "Berg has no office. Berg works from the cabin of the oldest boat, and she keeps the "
        "accounts herself.\n\n",
        "",
    )
    df = extract(short)
    assert speaker_of(df, "two new boats") == "Clara Holm"


def test_a_pronoun_after_a_time_jump_is_who_the_text_is_about(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Clara Holm, the last speaker; a paragraph opening on "In 2019" is a new segment
    text = PROFILE.replace("* * *\n\nShe said", "In 2019 she said")
    df = extract(text)
    assert speaker_of(df, "two new boats") == "Anna Berg"


def test_a_time_jump_with_two_women_as_present_stays_with_salience(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: no clear leader, the last speaker keeps "she"
    short = PROFILE.replace(
        "Berg has no office. Berg works from the cabin of the oldest boat, and she keeps the "
        "accounts herself.\n\n",
        "",
    ).replace("* * *\n\nShe said", "In 2019 she said")
    df = extract(short)
    assert speaker_of(df, "two new boats") == "Clara Holm"


def test_a_second_speaker_quoted_for_paragraphs_keeps_a_section_opener(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: an interview where Holm speaks for several paragraphs; her chained
    # pronouns count, so Berg does not lead by SECTION_LEAD and "She" stays with Holm
    interview = PROFILE.replace(
        "* * *\n\n",
        "Holm said the bridge would take five years to build. She said the bus company "
        "would run a service across it. She said the council had already seen the plans. "
        "Holm said she had met the engineers twice. She said they were confident.\n\n"
        "* * *\n\n",
    )
    df = extract(interview)
    assert speaker_of(df, "two new boats") == "Clara Holm"

"""A name in apposition that the parser read as a conjunct (quotes.speakers.registry.
_apposition_read_as_conjunct): "Qatar's Emir, Sheikh Tamim bin Hamad al-Jabiri," gives the
title to the name, so "the Emir" and his "he" are that man.

Sentences written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

from claim_rows import speaker_of

import quotes

_TEXT = (
    "Gulf mediators host talks as ceasefire holds\n\n"
    "DOHA - Qatar's Emir, Sheikh Tamim bin Hamad al-Jabiri, hosted rival delegations on "
    "Sunday as a fragile ceasefire entered its second week, officials said.\n\n"
    "Speaking through an interpreter, the Emir told reporters that both sides had shown "
    "courage."
)


def test_the_title_before_a_name_read_as_a_conjunct_is_the_name_s(
    extractor: quotes.Extractor,
) -> None:
    df = extractor.extract(_TEXT)
    assert speaker_of(df, "shown courage") == "Tamim bin Hamad al-Jabiri"


def test_two_people_joined_by_and_share_no_title(extractor: quotes.Extractor) -> None:
    text = (
        "The minister, Ann Cole, and Paul Hart met on Monday.\n\n"
        "The minister said the talks had gone well."
    )
    assert speaker_of(extractor.extract(text), "talks had gone well") == "Ann Cole"

"""Wire headlines with a dash and a source (quotes.claims.direct.headline_dash_source):
"Port operator weighs sale of terminals - sources" is a claim of the sources.

Headlines written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import pytest

import quotes

_BODY = "\n\nThe story's first paragraph follows the headline, as it does on the wire."


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("Port operator weighs sale of Baltic terminals - sources", "sources",
         "Port operator weighs sale of Baltic terminals"),
        ("Exclusive: Chipmaker plans second plant in Ohio - sources", "sources",
         "Chipmaker plans second plant in Ohio"),
        ("Bank will cut rates in March – Reuters poll", "Reuters poll",
         "Bank will cut rates in March"),
        ("Ukraine must withdraw its troops from the border - Kremlin", "Kremlin",
         "Ukraine must withdraw its troops from the border"),
    ],
)  # fmt: skip
def test_a_headline_s_dash_source_makes_a_claim(
    extractor: quotes.Extractor, headline: str, speaker: str, content: str
) -> None:
    df = extractor.extract(headline + _BODY)
    rows = df[df["rule"].str.startswith("headline_dash_source")]
    assert list(rows["speaker"]) == [speaker]
    assert list(rows["quote"]) == [content]


def test_the_body_s_full_name_is_the_headline_s_source(extractor: quotes.Extractor) -> None:
    text = (
        "Taxes will rise next year - Sunak\n\n"
        "Finance minister Rishi Sunak said on Tuesday that taxes would have to rise."
    )
    df = extractor.extract(text)
    assert set(df["speaker"]) == {"Rishi Sunak"}
    assert len(df) == 2


@pytest.mark.parametrize(
    "headline",
    [
        "Election results - Ohio",  # a place
        "Storm warnings issued for the coast - Tuesday",  # a day
        "Brexit deal - what it means for you",  # no source
        "Rail strike timetable - the full list",  # no verb before the dash
        "Pay talks resume after well-known row",  # a hyphen, no dash
    ],
)
def test_a_dash_that_names_no_speaker_makes_no_claim(
    extractor: quotes.Extractor, headline: str
) -> None:
    df = extractor.extract(headline + _BODY)
    assert not df["rule"].str.startswith("headline_dash_source").any()


def test_a_claim_inside_the_content_stays_cut_at_the_dash(extractor: quotes.Extractor) -> None:
    df = extractor.extract("Minister says taxes will rise next year - sources" + _BODY)
    quotes_by_speaker = dict(zip(df["speaker"], df["quote"], strict=True))
    assert quotes_by_speaker == {
        "sources": "Minister says taxes will rise next year",
        "Minister": "taxes will rise next year",
    }

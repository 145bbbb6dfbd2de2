"""A spokesperson for "the station" / "the newspaper" speaks for the outlet named before
(session 22, lead, found on a social-media reactions piece of our own). Sentences written for
these tests; each runs the whole extractor on a real parse."""

from __future__ import annotations

from claim_rows import speaker_of

import quotes


def test_a_spokesperson_for_the_station_speaks_for_the_radio_named_before(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Valley Radio said it would cut two shows. "
        "A spokesperson for the station said no jobs would be lost."
    )
    assert speaker_of(extractor.extract(text), "no jobs would be lost") == "Valley Radio"


def test_a_name_ending_in_fm_is_a_broadcaster(extractor: quotes.Extractor) -> None:
    text = (
        "Harbour FM announced that its breakfast show would end. "
        "A spokeswoman for the station said both presenters had been offered new slots."
    )
    assert speaker_of(extractor.extract(text), "both presenters") == "Harbour FM"


def test_a_spokesperson_for_the_newspaper_speaks_for_the_paper_named_before(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "The Valley Gazette said it would print two pages fewer. "
        "A spokesman for the newspaper said the cuts were final."
    )
    assert speaker_of(extractor.extract(text), "the cuts were final") == "Valley Gazette"


def test_a_company_of_no_outlet_kind_is_not_the_newspaper(extractor: quotes.Extractor) -> None:
    # hard negative: an organisation not known to be an outlet is never "the newspaper"
    text = (
        "Acme Corp said it would cut jobs. "
        "A spokesperson for the newspaper said the cuts were final."
    )
    assert speaker_of(extractor.extract(text), "the cuts were final") == "newspaper"


def test_the_fm_is_no_broadcaster(extractor: quotes.Extractor) -> None:
    # hard negative: "FM" ends a broadcaster's name, but "the FM" (a first minister) is no
    # description of one
    text = "Harbour FM said it would close. The FM said the station had served the town well."
    assert speaker_of(extractor.extract(text), "had served the town well") != "Harbour FM"

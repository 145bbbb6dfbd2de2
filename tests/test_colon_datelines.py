"""Datelines ending in a colon ("MUMBAI: ...") that carry their own reporting clause: on a
text's first line and several in one wire text (session 18, types2; docs/guide.md, "a dateline
ending in a colon"). Sentences written for these tests."""

from __future__ import annotations

import quotes
from quotes.text import colon_label_end


def _quotes_by_speaker(extractor: quotes.Extractor, text: str) -> dict[str, str]:
    df = extractor.extract(text)
    return {row.quote: row.speaker for row in df.itertuples()}


def test_colon_label_end_reads_a_place_and_a_date() -> None:
    text = "MUMBAI, March 3: The port will reopen."
    assert text[colon_label_end(text, 0) :] == "The port will reopen."
    assert colon_label_end("Mumbai: The port will reopen.", 0) == 0


def test_dateline_on_the_first_line_is_no_turn(extractor: quotes.Extractor) -> None:
    text = (
        "MUMBAI: The port will reopen on Friday, officials said.\n\n"
        "The harbour master said ships were waiting outside."
    )
    found = _quotes_by_speaker(extractor, text)
    assert "MUMBAI" not in found.values()
    assert found.get("The port will reopen on Friday") == "officials"


def test_several_datelines_in_a_wire_text(extractor: quotes.Extractor) -> None:
    text = (
        "Port and rail news\n\n"
        "MUMBAI, March 3: The port will reopen on Friday, officials said.\n\n"
        "CHENNAI: The dock strike is over, union leaders told reporters.\n\n"
        "KOLKATA: The new bridge will open in May, the city engineer said."
    )
    found = _quotes_by_speaker(extractor, text)
    assert not {"MUMBAI", "CHENNAI", "KOLKATA"} & set(found.values())
    assert found.get("The port will reopen on Friday") == "officials"
    assert found.get("The dock strike is over") == "union leaders"


def test_a_transcript_turn_stays_a_turn(extractor: quotes.Extractor) -> None:
    """Hard negative: a turn's words hold no reporting clause of their own."""
    text = "MAYOR: We will reopen the port on Friday.\n\nREPORTER: Why so late?"
    found = _quotes_by_speaker(extractor, text)
    assert found.get("We will reopen the port on Friday.") == "MAYOR"


def test_a_turn_reporting_its_own_speaker_stays_a_turn(extractor: quotes.Extractor) -> None:
    """Hard negative: "..., I said." is the turn's speaker telling what he said."""
    text = "MAYOR: We will reopen the port, I said to them.\n\nREPORTER: Why so late?"
    found = _quotes_by_speaker(extractor, text)
    assert "MAYOR" in found.values()

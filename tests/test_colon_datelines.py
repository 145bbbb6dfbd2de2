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


def test_a_dateline_line_with_no_report_is_no_turn(extractor: quotes.Extractor) -> None:
    """In a wire text whose other lines are datelines before a report, a dateline's line with
    no reporting clause ("KOLKATA: Trains ran late ...") is the writer's, no turn of KOLKATA
    (session 18, datelines2)."""
    text = (
        "Rail and port news\n\n"
        "MUMBAI, March 3: The port will reopen on Friday, officials said.\n\n"
        "KOLKATA: Trains ran late on Monday after a signal failure near the main station.\n\n"
        "CHENNAI: The dock strike is over, union leaders told reporters."
    )
    found = _quotes_by_speaker(extractor, text)
    assert not {"MUMBAI", "CHENNAI", "KOLKATA"} & set(found.values())
    assert not any("Trains ran late" in quote for quote in found)
    assert found.get("The dock strike is over") == "union leaders"


def test_a_panel_of_surnames_stays_turns(extractor: quotes.Extractor) -> None:
    """Hard negative: a panel transcript's labels are surnames in capitals (one of them a
    city's name, DENVER); with no dateline before a report in the text, each line is a turn."""
    text = (
        "Panel on the budget\n\n"
        "HARTLEY: We cannot afford another tax cut this year.\n\n"
        "OKAFOR: The deficit is smaller than you claim.\n\n"
        "HARTLEY: It is not, and the numbers show it.\n\n"
        "DENVER: I agree with both of you on one point."
    )
    found = _quotes_by_speaker(extractor, text)
    assert found.get("We cannot afford another tax cut this year.") == "HARTLEY"
    assert found.get("The deficit is smaller than you claim.") == "OKAFOR"
    assert found.get("I agree with both of you on one point.") == "DENVER"


def test_a_speaker_who_speaks_twice_in_a_wire_text_stays_a_turn(
    extractor: quotes.Extractor,
) -> None:
    """Hard negative: a label that opens two lines is a speaker, even in a text with a
    dateline before a report."""
    text = (
        "Port news\n\n"
        "CHENNAI: The dock strike is over, union leaders told reporters.\n\n"
        "HARTLEY: We cannot afford another strike this year.\n\n"
        "OKAFOR: The deficit is smaller than you claim.\n\n"
        "HARTLEY: It is not, and the numbers show it."
    )
    found = _quotes_by_speaker(extractor, text)
    assert found.get("We cannot afford another strike this year.") == "HARTLEY"


def test_a_parenthesised_dateline_still_works(extractor: quotes.Extractor) -> None:
    """Hard negative: "WASHINGTON (AP) —" datelines are untouched."""
    text = (
        "Bridge to reopen\n\n"
        "WASHINGTON (AP) — The bridge will reopen in May, the city engineer said.\n\n"
        "KOLKATA: The dock strike is over, union leaders told reporters."
    )
    found = _quotes_by_speaker(extractor, text)
    assert found.get("The bridge will reopen in May") == "city engineer"
    assert found.get("The dock strike is over") == "union leaders"

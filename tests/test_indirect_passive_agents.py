"""A passive with its own passive subject and a "by" agent takes the agent as its source, also
when it is conjoined to an active clause whose subject the conjunct would otherwise inherit
(issue 14, session 21, ``reported._own_passive_with_agent``); a "by" phrase of time is no
agent. Sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_rows import content_source_rule

_rows = content_source_rule


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Cole spoke first, and the levy was then criticized by the fishermen.", "the levy",
         "the fishermen"),
        ("Her seat is safe, and its loyalty might be claimed by one of her rivals.",
         "its loyalty", "one of her rivals"),
    ],
)  # fmt: skip
def test_a_conjoined_passive_takes_its_own_agent(extractor, text, content, source):
    rows = _rows(extractor, text)
    assert (content, source, "passive_subject") in rows, rows


def test_a_by_phrase_of_time_is_no_agent(extractor):
    rows = _rows(extractor, "If any levy should have been rejected by now, it is the ferry levy.")
    assert ("any levy", "<NA>", "passive_subject") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "The new timetable was seen by some as a retreat.",
        "Cole kept her seat, but the new timetable was seen by some as a retreat.",
    ],
)
def test_an_as_phrase_hung_on_the_agent_is_what_the_subject_is_seen_as(extractor, text):
    rows = _rows(extractor, text)
    assert any(
        r[0].endswith("new timetable as a retreat") and r[1] == "some" and r[2] == "passive_as"
        for r in rows
    ), rows


def test_such_as_on_the_agent_lists_examples_of_it(extractor):
    rows = _rows(extractor, "Her remarks were echoed by websites such as the Harbour Post.")
    assert ("Her remarks", "websites such as the Harbour Post", "passive_subject") in rows, rows

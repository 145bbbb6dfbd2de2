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

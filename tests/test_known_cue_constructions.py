"""Claims of cues already in a lexicon, in constructions no rule read before (issue 14, the
train census of missed gold whose cue verb is known): each construction on sentences written
for it, with a hard negative that must give no such claim."""

from __future__ import annotations

import pytest
from claim_rows import content_source_rule

_rows = content_source_rule


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The new ferry timetable was widely criticized.", "The new ferry timetable"),
        ("The harbour levy has been rejected.", "The harbour levy"),
        ("Donations to the lifeboat fund were reported on Friday.",
         "Donations to the lifeboat fund"),
    ],
)  # fmt: skip
def test_a_root_passive_speech_act_with_no_agent_is_a_claim_of_no_one(extractor, text, content):
    rows = _rows(extractor, text)
    assert (content, "<NA>", "agentless_passive") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "After the harbour levy was rejected, the council met again.",  # a subordinate clause
        "The plan, which was criticized in May, goes to a vote.",  # a relative clause
        "The timetable was printed on Monday.",  # no speech act
    ],
)
def test_a_passive_that_only_sets_the_scene_is_no_such_claim(extractor, text):
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "agentless_passive"], rows


def test_a_passive_with_an_agent_keeps_its_source(extractor):
    rows = _rows(extractor, "The bridge plan was criticized by the fishermen.")
    assert ("The bridge plan", "the fishermen", "passive_subject") in rows, rows
    assert not [r for r in rows if r[2] == "agentless_passive"], rows

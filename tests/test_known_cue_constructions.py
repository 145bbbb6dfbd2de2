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


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Ms. Okafor thinks so, too.", "so", "Ms. Okafor"),
        ("In May, 55 percent of the fishermen said so.", "so", "55 percent of the fishermen"),
        ("Asked whether the ferry would run, most members said yes.", "yes", "most members"),
        ("The harbour master told me so.", "so", "The harbour master"),
    ],
)  # fmt: skip
def test_a_pro_form_after_a_verb_of_saying_or_thinking_is_the_claim(
    extractor, text, content, source
):
    rows = _rows(extractor, text)
    assert (content, source, "pro_form") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "The council said no to the levy.",  # refusing a thing, not answering
        "She said so far the ferry was on time.",  # "so far": no pro-form
        "I hope so.",
        "Will the ferry run? He asked so.",  # a question verb
    ],
)
def test_no_pro_form_claim_where_the_word_stands_for_no_clause(extractor, text):
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "pro_form"], rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The council approved the levy, which the mayor denounced on Monday.", "the mayor"),
        ("The harbour levy (which Ms. Okafor has long opposed) passed.", "Ms. Okafor"),
    ],
)
def test_the_which_of_a_set_off_relative_clause_is_what_a_speech_act_took_on(
    extractor, text, source
):
    rows = _rows(extractor, text)
    assert ("which", source, "speech_act_object") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "She brought the flowers which she praised.",  # restrictive: picks the flowers out
        "It was the levy that the mayor denounced.",
        "The fishermen, whom the mayor praised, went home.",
    ],
)
def test_a_restrictive_or_personal_relative_object_is_no_claim(extractor, text):
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[0] in ("which", "that", "whom")], rows


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Ms. Okafor is talking to voters about the ferry fares.", "the ferry fares", "Ms. Okafor"),
        ("The mayor spoke with reporters about the harbour levy.", "the harbour levy", "The mayor"),
    ],
)  # fmt: skip
def test_the_topic_after_the_hearer_is_what_was_talked_about(extractor, text, content, source):
    rows = _rows(extractor, text)
    assert (content, source, "prepositional_object") in rows, rows


def test_a_phrase_of_the_hearer_is_no_topic(extractor):
    rows = _rows(extractor, "The mayor spoke to leaders of both parties.")
    assert not [r for r in rows if r[2] == "prepositional_object"], rows


def test_a_set_off_which_is_what_a_passive_report_is_about(extractor):
    text = "The council sent a letter to the minister, which was first reported by the Gazette."
    rows = _rows(extractor, text)
    assert ("which", "the Gazette", "passive_subject") in rows, rows


def test_a_restrictive_relative_passive_subject_is_no_claim(extractor):
    rows = _rows(extractor, "The letter that was reported by the Gazette was long.")
    assert not [r for r in rows if r[2] == "passive_subject"], rows


def test_a_person_dismissed_or_named_is_a_personnel_act_not_a_claim(extractor):
    rows = _rows(extractor, "The harbour master was dismissed on Friday.")
    assert not [r for r in rows if r[2] == "agentless_passive"], rows


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The minister warned MPs of a summer of strikes.", "a summer of strikes",
         "The minister"),
        ("Ann Lee reminded the audience of the comments the mayor had made.",
         "the comments the mayor had made", "Ann Lee"),
        ("She told reporters about her plans for the harbour.", "her plans for the harbour",
         "She"),
    ],
)  # fmt: skip
def test_a_verb_of_telling_says_its_of_or_about_phrase_to_its_hearer(
    extractor, text, content, source
):
    """ "warned MPs of X": the hearer is no part of what was said (it was before: "MPs of a
    summer of strikes"), and "told reporters about X" is a claim at all."""
    rows = _rows(extractor, text)
    assert (content, source, "hearer_topic") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "Her win in six states assured her of at least 300 delegates.",  # a thing guarantees
        "She told the story of her father.",  # a story told, no hearer
        "She told reporters that the harbour plan was dead.",  # a clause: speech_complement
    ],
)
def test_no_hearer_or_no_teller_is_no_such_claim(extractor, text):
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "hearer_topic"], rows

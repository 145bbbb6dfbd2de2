"""Claims of cues the lexicons already know, in constructions the rules used to miss (issue
14): each construction on sentences written for it, with a hard negative that must give no
such claim."""

from __future__ import annotations

import pytest

import quotes


def _rows(extractor: quotes.Extractor, text: str) -> list[tuple[str, str, str]]:
    """(content, speaker mention, rule) of each claim."""
    df = extractor.extract(text)
    return [(r.quote, str(r.speaker_mention), r.rule.split("+")[0]) for r in df.itertuples()]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The harbour deal was first reported by the Coastal Herald.", "The harbour deal",
         "the Coastal Herald"),
        ("The new curfew was rejected by most shop owners on Monday.", "The new curfew",
         "most shop owners"),
        ("The ferry levy, which the council set in May, is backed by the port workers' union.",
         "The ferry levy", "the port workers' union"),
        ("Voters turned out for a school budget endorsed by the teachers' union.",
         "a school budget", "the teachers' union"),
    ],
)  # fmt: skip
def test_a_passive_stance_with_an_agent_reports_its_subject(extractor, text, content, source):
    rows = [r for r in _rows(extractor, text) if r[2] == "passive_subject"]
    assert rows, _rows(extractor, text)
    got, mention, _ = rows[0]
    assert got == content
    assert mention == source


@pytest.mark.parametrize(
    "text",
    [
        "The new curfew was rejected on Monday.",  # no agent: no one to attribute it to
        "The mayor read from a book written by a local historian.",  # a thing made
        "Two sailors were held by the rebels for a week.",  # not a speech act
        "It was reported by the Herald that the ferry had sunk.",  # the clause, not "it"
    ],
)
def test_a_passive_without_an_agent_or_of_a_verb_of_making_is_no_such_claim(extractor, text):
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "passive_subject"], rows


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("A super PAC supporting the senator spent two million dollars on ads.", "the senator",
         "A super PAC"),
        ("Angry residents opposing the merger marched to the town hall.", "the merger",
         "Angry residents"),
    ],
)  # fmt: skip
def test_the_noun_an_ing_participle_modifies_is_its_source(extractor, text, content, source):
    rows = [r for r in _rows(extractor, text) if r[0] == content]
    assert rows, _rows(extractor, text)
    assert rows[0][1] == source


@pytest.mark.parametrize(
    "text",
    [
        "She gave a speech attacking the plan.",  # an event: the speaker is whoever gave it
        "Workers held a rally backing the strike on Friday.",
    ],
)
def test_an_event_an_ing_participle_modifies_is_not_its_source(extractor, text):
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[1] in ("a speech", "a rally")], rows


def test_an_owned_cue_nouns_infinitive_is_its_claim(extractor):
    rows = _rows(extractor, "The mayor's pledge to cut bus fares won her the election.")
    assert ("to cut bus fares", "The mayor", "noun_complement") in rows, rows


def test_a_cue_nouns_infinitive_without_an_owner_names_no_one(extractor):
    rows = _rows(extractor, "A pledge to cut bus fares won the election.")
    assert not [r for r in rows if r[2] == "noun_complement"], rows

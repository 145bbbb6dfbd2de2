"""Source mentions the claim finder must not choose (issue 13), and a headline's name merged
with the body's: each on sentences written for these tests, with the near miss that keeps
its mention."""

from __future__ import annotations

import pytest

from quotes.claims import find_claims
from quotes.records import Claim
from quotes.speakers import resolve_speakers


@pytest.fixture(scope="module")
def claims(extractor):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[tuple[str, str | None, str | None]]:
        doc = extractor.backend.parse(text)
        found: list[Claim] = resolve_speakers(doc, find_claims(doc))
        return [
            (
                text[c.spans[0][0] : c.spans[0][1]],
                text[c.source[0] : c.source[1]] if c.source else None,
                c.speaker,
            )
            for c in found
        ]

    return run


def test_a_participle_after_the_name_is_never_the_source(claims) -> None:  # type: ignore[no-untyped-def]
    (c,) = claims("“We lost the vote,” said Fielding, wincing.")
    assert c[1] == "Fielding"
    (d,) = claims("“We lost the vote,” said Ann Fielding, smiling at the crowd.")
    assert d[1] == "Ann Fielding"


def test_you_inside_a_question_is_never_the_source(claims) -> None:  # type: ignore[no-untyped-def]
    found = claims("Why did you vote against the bill? Lane said the bill was bad.")
    assert [c[1] for c in found] == ["Lane"]
    assert claims("Why did you say the harbour plan was unfair?") == []
    # not a question: the pronoun stays the mention (unresolved: the reader)
    (c,) = claims("You said the harbour plan was unfair, Senator.")
    assert c[1] == "You"
    # a question with a third-person subject keeps its subject
    (d,) = claims("Why did he say the harbour plan was unfair?")
    assert d[1] == "he"


def test_a_headline_surname_is_the_person_the_body_names(claims) -> None:  # type: ignore[no-untyped-def]
    text = "Trump: “The wall will be built.”\n\nDonald Trump said on Monday that it would be built."
    first, second = claims(text)
    assert first[2] == second[2] == "Donald Trump"
    other = "Lane: “The wall will be built.”\n\nDonald Trump said on Monday that it would be built."
    assert claims(other)[0][2] != "Donald Trump"


def test_the_one_asked_is_never_the_source_of_the_question(claims) -> None:  # type: ignore[no-untyped-def]
    # a fronted "asked" clause: the main clause's subject is the one asked (a reduced passive)
    found = claims("Asked whether she would resign, Hughes replied that she would stay.")
    assert ("whether she would resign", None, None) in found
    assert ("that she would stay", "Hughes", "Hughes") in found
    # "when asked" and a "by" agent: the agent asked
    found = claims("When asked by reporters whether he had met the envoy, Carter said he had not.")
    assert ("whether he had met the envoy", "reporters", "reporters") in found
    assert ("he had not", "Carter", "Carter") in found
    # set off by commas after the name, which the parser may read as a past tense
    found = claims("Carter, asked whether the strike would end, said the union had a point.")
    assert ("whether the strike would end", None, None) in found
    assert ("the union had a point", "Carter", "Carter") in found
    # after a paragraph the parser may tag the opening "Asked" a past tense: still the participle
    text = (
        "The minister spoke.\n\nAsked whether the strike would continue into next week, a "
        "union spokeswoman said members would decide."
    )
    found = claims(text)
    assert ("whether the strike would continue into next week", None, None) in found
    assert ("members would decide", "a union spokeswoman", "union spokeswoman") in found


def test_an_asker_who_asks_keeps_the_question(claims) -> None:  # type: ignore[no-untyped-def]
    # near misses: an active "asked" has its own subject; an apposition is no participle
    found = claims("Hughes asked whether the vote would be held on Friday.")
    assert found == [("whether the vote would be held on Friday", "Hughes", "Hughes")]
    found = claims("Carter, a senator, asked whether the strike would end.")
    assert [c[1] for c in found] == ["Carter"]
    # a psych verb's passive subject is who holds the belief
    found = claims("Worried that the deal would collapse, the minister said talks must go on.")
    assert ("talks must go on", "the minister", "minister") in found


def test_a_descriptor_the_parser_made_a_second_subject_joins_the_name(claims) -> None:  # type: ignore[no-untyped-def]
    """ "Russian state news agency TASS said" is parsed with two subjects, "agency" and
    "TASS": the mention is the whole phrase and the speaker the name (before: speaker
    "Russian state news agency"). Hard negatives: a descriptor parsed as a compound ("US
    carmaker Ford") keeps its mention; a common-noun subject with no name after it stays."""
    (c,) = claims("Russian state news agency TASS said the talks had failed.")
    assert c[1:] == ("Russian state news agency TASS", "TASS")
    (d,) = claims("US carmaker Ford said the plant would close in March.")
    assert d[1:] == ("US carmaker Ford", "Ford")
    (e,) = claims("The state news agency said the talks had failed.")
    assert e[1] == "The state news agency"

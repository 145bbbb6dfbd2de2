"""Wire copy (Reuters/AP style), written for these tests: datelines, anonymous sources and
their requests for anonymity, which are no claims."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "A ministry source, who asked not to be named, said the veto had been expected.",
            "the veto had been expected",
        ),
        (
            "Two officials, who requested anonymity to discuss private talks, said the deal "
            "was close.",
            "the deal was close",
        ),
        (
            "The aide, speaking on condition of anonymity to describe internal deliberations, "
            "said Lee would not run.",
            "Lee would not run",
        ),
    ],
)
def test_a_request_for_anonymity_is_no_claim(extractor, text: str, claim: str):
    claims = extractor.extract(text)
    assert list(claims["quote"]) == [claim]
    assert set(claims["act"]) == {"statement"}


def test_being_asked_to_do_something_else_is_still_a_question(extractor):
    """Only the anonymity formula goes: "was asked to name ..." stays a question."""
    claims = extractor.extract("Ms. Park was asked to name one bill she had opposed.")
    assert list(claims["act"]) == ["question"]


def test_a_dateline_is_not_part_of_the_claim(extractor):
    text = (
        "BRASILIA, May 3 (Reuters) - The central bank will hold rates steady, two people "
        "familiar with the matter said on Wednesday."
    )
    claims = extractor.extract(text)
    assert list(claims["quote"]) == ["The central bank will hold rates steady"]
    assert claims["speaker"].iloc[0] == "two people familiar with the matter"


def _speakers(extractor, text: str) -> list[object]:
    return list(extractor.extract(text)["speaker"])


def test_a_pronoun_continues_a_described_speaker(extractor):
    # an unnamed source introduced by a description: its "he"/"she" is the same speaker
    text = (
        "A spokesman for the ministry said the talks had failed. "
        "He added that a new round was planned."
    )
    first, second = _speakers(extractor, text)
    assert first == second == "ministry"
    text = "An analyst at the bank said rates would rise. She added that inflation was sticky."
    first, second = _speakers(extractor, text)
    assert first == second and "analyst" in str(first)
    # a definite description in a body naming nobody: a headline's name is not the pronoun's
    text = (
        "Biden vows to veto bill\n\n"
        "The police chief said his officers had received no warning. "
        '"We were not warned," he told reporters.'
    )
    assert _speakers(extractor, text)[-2:] == ["police chief", "police chief"]


def test_a_described_speaker_yields_to_a_name(extractor):
    # hard negatives: the description is a named man's epithet; a man named in between;
    # a gender the noun rules out; the asker of a question is not who answers
    text = (
        "Tom Reed spoke in Leeds. The farmer said the harvest was poor. He added that prices fell."
    )
    assert _speakers(extractor, text)[-1] == "Tom Reed"
    text = (
        "A spokesman for the ministry said the talks had failed. Minister Paul Kerr arrived late. "
        "He said that a new round was planned."
    )
    assert _speakers(extractor, text)[-1] == "Paul Kerr"
    text = "A spokeswoman for the ministry said the talks had failed. He said the port was shut."
    assert str(_speakers(extractor, text)[-1]) != "ministry"
    text = (
        "Governor Dan Holt took questions. A reporter asked if the port would close. "
        '"It will stay open," he said.'
    )
    assert _speakers(extractor, text)[-1] == "Dan Holt"


def test_a_wire_lead_is_no_headline_and_the_bank_is_it(extractor):
    """A first paragraph opening on a dateline is the lead, not a headline whose description
    points forward; a bare "The bank" repeats the bank named by its country before, and the
    bank (an organisation) is the "it" after, not the city an analyst works in."""
    text = (
        "LIMA, June 9 (Reuters) - Peru's central bank kept its key rate at 6 percent on "
        "Thursday, saying price pressures were easing.\n\n"
        '"Growth has held up," said Rosa Quispe, an economist in Lima.\n\n'
        "The bank said it would watch copper prices, which it called the main risk to the "
        "economy."
    )
    claims = extractor.extract(text)
    assert list(claims["cue"]) == ["saying", "said", "said", "called"]
    bank = "Peru's central bank"
    assert list(claims["speaker"]) == [bank, "Rosa Quispe", bank, bank]
    assert claims["speaker_type"].iloc[0] == "ORG"


def test_a_bare_definite_takes_no_organisation_of_another_noun(extractor):
    # hard negative: "the bank" after a named ministry is not the ministry
    text = (
        "The Finance Ministry said on Monday that exports rose. "
        "The bank said it would keep rates on hold."
    )
    claims = extractor.extract(text)
    assert list(claims["cue"]) == ["said", "said"]
    assert claims["speaker"].iloc[0] == "Finance Ministry"
    assert claims["speaker"].iloc[1] != "Finance Ministry"


def test_a_headline_role_is_the_lead_description_with_that_noun(extractor):
    """ "Official: ..." over a lead that names no one: the headline's speaker is the lead's
    "a senior official", as the body's claim has it."""
    text = (
        "Official: 'Talks failed'\n\n"
        "The talks on the border collapsed on Monday, a senior official said."
    )
    claims = extractor.extract(text)
    assert list(claims["speaker_mention"]) == ["Official", "a senior official"]
    assert list(claims["speaker"]) == ["senior official", "senior official"]
    assert claims["rule"].iloc[0].endswith("+headline")


def test_a_headline_role_with_no_such_noun_in_the_lead_stays_itself(extractor):
    # hard negative: a lead with no "judge" gives the headline nobody else
    text = (
        "Judge: 'The law stands'\n\n"
        "A crowd gathered outside the court on Monday. The ruling was read at noon."
    )
    claims = extractor.extract(text)
    assert list(claims["speaker"]) == ["Judge"]

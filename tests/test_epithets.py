"""Epithets for a person named before (issue 13): "The Dutchman said", "the Scot added",
"The 58-year-old told the court". Sports, court and wire copy use a demonym or an age instead
of repeating a name; the NER often tags the demonym as an organisation or a person of its own.

Sentences written for these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import pytest

import quotes


def _speaker_of(extractor: quotes.Extractor, text: str, cue: str) -> tuple[str, str]:
    df = extractor.extract(text)
    rows = df[df.cue == cue]
    assert len(rows) == 1, df[["quote", "cue", "speaker"]]
    row = rows.iloc[0]
    return row.speaker, row.speaker_mention


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Marco van Basten scored twice on Sunday. The Dutchman said the title race was "
            "far from over.",
            "Marco van Basten",
            "The Dutchman",
        ),
        (
            "Andy Murray retired after the match. The Scot said he had no regrets.",
            "Andy Murray",
            "The Scot",
        ),
        (
            "Graham Pike denies fraud. The 58-year-old said he had repaid the money.",
            "Graham Pike",
            "The 58-year-old",
        ),
    ],
)
def test_an_epithet_is_the_person_named_before(
    extractor: quotes.Extractor, text: str, speaker: str, mention: str
) -> None:
    assert _speaker_of(extractor, text, "said") == (speaker, mention)


def test_a_gendered_demonym_skips_the_person_of_the_other_gender(
    extractor: quotes.Extractor,
) -> None:
    """Hard negative: the last person named is a woman, so "the Welshman" is the man."""
    text = "Tom Price met Sarah Jones in Cardiff. The Welshman said the talks went well."
    assert _speaker_of(extractor, text, "said")[0] == "Tom Price"


def test_a_plural_demonym_is_a_group_not_a_person(extractor: quotes.Extractor) -> None:
    """Hard negative: "The Americans" are a group, not the American named before."""
    text = "Serena Williams lost the final. The Americans said the schedule was unfair."
    speaker, _ = _speaker_of(extractor, text, "said")
    assert speaker != "Serena Williams"


def test_an_age_before_a_noun_is_that_noun_phrase(extractor: quotes.Extractor) -> None:
    """Hard negative: "the 58-year-old lawyer" is a description headed by its noun, kept whole."""
    text = "The 58-year-old lawyer said the case was weak."
    speaker, mention = _speaker_of(extractor, text, "said")
    assert mention == "The 58-year-old lawyer"


def test_one_of_them_speaks_for_the_group_them_means(extractor: quotes.Extractor) -> None:
    """ "One of them said": a partitive over "them" is drawn from the group named before."""
    text = (
        "Two officials familiar with the talks said the offer had been refused. One of them "
        "said the message was delivered on Thursday."
    )
    df = extractor.extract(text)
    row = df[df.speaker_mention == "One of them"].iloc[0]
    assert (row.speaker, row.speaker_type) == ("officials", "GROUP")
    assert row.rule.endswith("+partitive")


def test_one_of_them_with_a_name_beside_it_is_that_person(extractor: quotes.Extractor) -> None:
    """The hard negative: a name in apposition says which one."""
    text = "Ann Lee and Tom Hale spoke. One of them, Ann Lee, said the plan was dead."
    assert list(extractor.extract(text).speaker) == ["Ann Lee"]


def test_some_of_them_is_no_organisation(extractor: quotes.Extractor) -> None:
    """The hard negative: "them" of a partitive is a set of people, never "City Hall"."""
    text = "Outside City Hall, the crowd grew. Some of them said their calls had been ignored."
    df = extractor.extract(text)
    assert "City Hall" not in " ".join(df.speaker.dropna())


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Serena Williams won in Paris. The 23-time champion said it was her best win.",
            "Serena Williams",
            "The 23-time champion",
        ),
        (
            "Emma Raducanu lost in the second round. The teenager said she had learned a lot.",
            "Emma Raducanu",
            "The teenager",
        ),
    ],
)
def test_an_epithet_of_sport_is_the_person_named_before(
    extractor: quotes.Extractor, text: str, speaker: str, mention: str
) -> None:
    """A number-led compound stays whole in the mention ("23-time"), and sport's epithets
    (champion, teenager, striker, veteran ...) point back like "the candidate"."""
    assert _speaker_of(extractor, text, "said") == (speaker, mention)


def test_a_plural_epithet_of_sport_is_a_group(extractor: quotes.Extractor) -> None:
    """The hard negative: "The champions" are a team or a group, not the person named last."""
    text = "Marco Silva spoke after the game. The champions said the title was not won yet."
    assert _speaker_of(extractor, text, "said")[0] != "Marco Silva"

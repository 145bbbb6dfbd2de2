"""Which mention of the source the claim finders pick (issue 14, end-to-end F1): each
mechanism that gave a right claim the wrong speaker, on sentences written for it, with a hard
negative that must keep the old reading."""

from __future__ import annotations

import pytest
from claim_rows import content_source_rule

import quotes

_rows = content_source_rule


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The harbour board released a video on Monday that accuses the mayor of lying.",
         "the mayor of lying", "The harbour board"),
        ("Ann Okafor has released a new ad that urges voters to back the ferry plan.",
         "voters to back the ferry plan", "Ann Okafor"),
        ("The Harbour Gazette ran a column that noted the ferry plan would cost more.",
         "the ferry plan would cost more", "The Harbour Gazette"),
    ],
)  # fmt: skip
def test_a_relative_clause_on_an_issued_thing_speaks_for_its_issuer(
    extractor: quotes.Extractor, text: str, content: str, source: str
) -> None:
    rows = _rows(extractor, text)
    assert any(r[0] == content and r[1] == source for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        # the antecedent speaks itself: a group, not a thing issued
        "Harbour Voice, a super PAC that backed Ms. Okafor, spent heavily.",
        # hiring issues nothing: the firm's warning is the firm's
        "The council hired a firm that warned of flooding.",
        # a verb of seeming: how the post looks, not what the coach says
        "The coach was dismissed after sharing a post that appeared to mock the new law.",
    ],
)
def test_a_relative_clause_on_a_speaker_or_an_unissued_thing_keeps_its_pronoun(
    extractor: quotes.Extractor, text: str
) -> None:
    rows = _rows(extractor, text)
    assert rows and all(r[1] == "that" for r in rows), rows


def test_a_which_aside_on_a_thing_not_issued_keeps_its_which(extractor: quotes.Extractor) -> None:
    rows = _rows(
        extractor, "Voters backed the ferry bill, which says that tolls must fall by a third."
    )
    assert any(r[0] == "that tolls must fall by a third" and r[1] == "which" for r in rows), rows


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Senator Ann Lee says she spoke to the governor and asked him to condemn the violence.",
         "him to condemn the violence", "Senator Ann Lee"),
        ("Tom Reed says the main goal is to win the seat, but conceded that the race was close.",
         "that the race was close", "Tom Reed"),
    ],
)  # fmt: skip
def test_a_cue_conjoined_to_what_the_reporter_said_is_the_reporters_own(
    extractor: quotes.Extractor, text: str, content: str, source: str
) -> None:
    rows = _rows(extractor, text)
    assert any(r[0] == content and r[1] == source for r in rows), rows


def test_a_conjoined_cue_with_a_subject_of_its_own_keeps_it(extractor: quotes.Extractor) -> None:
    rows = _rows(
        extractor, "Tom Reed says the mayor lied, and the mayor insisted that the budget was sound."
    )
    assert any(r[0] == "that the budget was sound" and r[1] == "the mayor" for r in rows), rows


def test_a_subject_after_and_is_not_the_name_of_the_clause_before(
    extractor: quotes.Extractor,
) -> None:
    """ "The Bank, which sets rates, expects X, and the governor, Ann Lee, has warned ...": the
    name before the first clause's verb is that clause's subject, not the name "the governor"
    stands beside (before: the warning went to "England" of "the Bank of England")."""
    text = (
        "The Bank of England, which sets interest rates, expects weak growth, and the "
        "governor, Ann Lee, has warned that inflation may last."
    )
    df = extractor.extract(text)
    row = df[df.cue == "warned"].iloc[0]
    assert (row.speaker_mention, row.speaker) == ("the governor", "Ann Lee")


def test_a_description_between_commas_still_stands_beside_its_name(
    extractor: quotes.Extractor,
) -> None:
    """The hard negative: "Col. Ann Lee, a spokeswoman in Kabul, said" is Ann Lee's."""
    df = extractor.extract("Col. Ann Lee, a military spokeswoman in Kabul, said the base was safe.")
    assert list(df.speaker) == ["Ann Lee"]


def test_an_opening_participle_clause_is_not_the_subject(extractor: quotes.Extractor) -> None:
    """ "Writing in The Lancet, Dr Ann Lee and colleagues argue ...": the parser made the
    participle clause the subject and joined the people to "Lancet"; the source is who comes
    after the comma (before: the Lancet)."""
    text = "Writing in The Lancet, Dr Ann Lee and colleagues argue that screening saves lives."
    row = extractor.extract(text).iloc[0]
    assert row.speaker_mention == "Dr Ann Lee and colleagues"


def test_a_participle_clause_that_is_the_claim_keeps_its_source(
    extractor: quotes.Extractor,
) -> None:
    """The hard negative: "Raising taxes would hurt growth, the bank said" is the bank's."""
    row = extractor.extract("Raising taxes would hurt growth, the bank said.").iloc[0]
    assert (row.quote, row.speaker_mention) == ("Raising taxes would hurt growth", "the bank")

"""Trust on any text: no crash in a late stage, and a failure there degrades, never loses.

Sentences written for these tests; each shape was met on real news that no test had.
"""

from __future__ import annotations

import warnings

import pytest

import quotes
from quotes import errors


@pytest.mark.parametrize(
    "text",
    [
        # "its" resolves through the statement of its clause, whose owner is "its"
        "Its statement said the talks had failed.",
        "The ministry issued a note on Monday. Its statement claimed that it had won the case.",
        "Its report found that its own figures were wrong, and its letter said it would appeal.",
    ],
)
def test_a_mention_that_resolves_through_itself_does_not_loop(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("error", errors.ResolutionWarning)  # no degrading either
        table = extractor.extract(text)
    assert len(table) >= 1
    assert not table["rule"].str.endswith("resolution_failed").any()


def test_the_cycle_resolves_by_salience_when_an_antecedent_exists(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry issued a note on Monday. Its statement claimed that it had won the case."
    table = extractor.extract(text)
    assert "ministry" in str(table["speaker"].iloc[0]).lower()


def test_a_failing_resolution_keeps_the_claims_unresolved_and_warns(extractor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import quotes.extractor as stage

    text = "“We are ready,” said Ann Lee. The mayor added that taxes would fall."
    expected = extractor.extract(text)

    def broken(document, claims):  # type: ignore[no-untyped-def]
        raise RuntimeError("resolver bug")

    monkeypatch.setattr(stage, "resolve_speakers", broken)
    with pytest.warns(errors.ResolutionWarning, match="RuntimeError: resolver bug"):
        table = extractor.extract(text, doc_id="d1")
    assert list(table["quote"]) == list(expected["quote"])  # nothing lost
    assert list(table["speaker_mention"]) == list(expected["speaker_mention"])
    assert table["speaker"].isna().all()
    assert table["rule"].str.endswith("+resolution_failed").all()
    assert set(table["speaker_type"]) == {quotes.records.UNKNOWN}

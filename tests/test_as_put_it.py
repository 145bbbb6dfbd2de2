"""\"As X put it, ..." reports the clause it modifies (issue 14): "put" is no speech verb of the
lexicons, so only the idiom with "it" and no place to put it counts."""

from __future__ import annotations

import pytest
from claim_rows import claim_rows

import quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "As the mayor put it, the bridge will open when it is safe.",
            "the bridge will open when it is safe",
            "the mayor",
        ),
        (
            "As Ann Lee put it in her letter to the board, the ferry is the town's lifeline.",
            "the ferry is the town's lifeline",
            "Ann Lee",
        ),
        (
            'As the union leader put it: "We are not going back to the old rota."',
            "We are not going back to the old rota.",
            "the union leader",
        ),
    ],
)
def test_as_put_it_reports_the_clause(
    extractor: quotes.Extractor, text: str, content: str, speaker: str
) -> None:
    rows = [(q, m, rule) for q, m, rule, _ in claim_rows(extractor, text)]
    assert (content, speaker, "as_clause") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "As the mayor put it on the table, the lights went out.",
        "As the clerk put the box away, the phone rang twice.",
    ],
)
def test_putting_a_thing_somewhere_is_no_claim(extractor: quotes.Extractor, text: str) -> None:
    assert claim_rows(extractor, text) == []

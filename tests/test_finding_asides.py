"""Findings credited to documents by a comment clause the parser does not read as a clause:
"..., campaign finance records show." (session 24; docs/guide.md, `finding_aside`).
Sentences written for these tests."""

from __future__ import annotations


def _rows(extractor, text: str) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    table = extractor.extract(text)
    return [
        (str(r.quote), str(r.speaker_mention), str(r.cue), str(r.act))
        for r in table.itertuples()
        if str(r.rule).startswith("finding_aside")
    ]


def test_a_final_aside_reports_the_sentence_before_it(extractor):
    text = "The charity sent 9,000 dollars to the group in May, campaign finance records show."
    assert _rows(extractor, text) == [
        (
            "The charity sent 9,000 dollars to the group in May",
            "campaign finance records",
            "show",
            "finding",
        )
    ]


def test_an_aside_inside_the_sentence_reports_both_sides(extractor):
    text = "Over the same period, court records show, the company paid no tax at all."
    table = extractor.extract(text)
    (row,) = [r for r in table.itertuples() if str(r.rule).startswith("finding_aside")]
    assert row.speaker_mention == "court records"
    assert text[row.start : row.end] == text[:-1]  # the words on both sides, aside left out
    assert "court records show" not in row.quote


def test_an_aside_after_and_reports_the_second_conjunct_only(extractor):
    text = "The senator owns two homes and, records show, does not live in either."
    assert _rows(extractor, text) == [("does not live in either", "records", "show", "finding")]


def test_an_aside_before_a_coordinated_clause_ends_the_claim(extractor):
    """Hard negative: the clause after ", and" is another claim, not the records'."""
    text = (
        "The jet was insured for 35 million dollars in 2011, records show, and experts say "
        "it is worth less."
    )
    table = extractor.extract(text)
    mine = [r for r in table.itertuples() if str(r.rule).startswith("finding_aside")]
    assert [r.quote for r in mine] == ["The jet was insured for 35 million dollars in 2011"]
    assert "it is worth less" in set(table.quote)


def test_no_aside_without_a_document_noun_a_comma_or_a_clause(extractor):
    """Hard negatives: "TV shows" names no document; the phrase with no comma before it is
    the sentence's subject; a list of names with no verb reports nothing."""
    for text in (
        "Ratings rose in May for the network, cable TV shows.",
        "Ann Lee said the city's records show room for growth.",
        "A long list of donors and firms, records show.",
    ):
        assert _rows(extractor, text) == [], text

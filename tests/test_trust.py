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

    def broken(document, claims, registry=None):  # type: ignore[no-untyped-def]
        raise RuntimeError("resolver bug")

    monkeypatch.setattr(stage, "resolve_speakers", broken)
    with pytest.warns(errors.ResolutionWarning, match="RuntimeError: resolver bug"):
        table = extractor.extract(text, doc_id="d1")
    assert list(table["quote"]) == list(expected["quote"])  # nothing lost
    assert list(table["speaker_mention"]) == list(expected["speaker_mention"])
    assert table["speaker"].isna().all()
    assert table["rule"].str.endswith("+resolution_failed").all()
    assert set(table["speaker_type"]) == {quotes.records.UNKNOWN}


# --- no misquotes: a claim skips only its own attribution, and cuts no word ----------------


def _pieces(text: str, spans) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[a:b] for a, b in spans]


def test_a_hole_in_a_content_is_filled_whatever_rule_made_it(extractor) -> None:  # type: ignore[no-untyped-def]
    """The mechanism: a content that skips words of its own clause is sealed whole."""
    from quotes.claims.candidates import Candidate
    from quotes.claims.integrity import seal

    text = (
        "An official told reporters that even if the summit were revived, holding it on "
        "March 3 would be impossible."
    )
    doc = extractor.backend.parse(text)
    verb = next(t for t in doc.tokens if t.text == "told")
    start, hole = text.index("that even"), text.index("holding")
    resume, end = text.index("would be"), text.index("impossible") + len("impossible")
    cand = Candidate(
        content=[(start, hole - 2), (resume, end)],
        cue=[verb.i],
        source=[t.i for t in doc.tokens if t.text in ("An", "official")],
        rule="speech_complement",
        verb=verb.i,
        kind="indirect",
    )
    (pieces,) = seal(doc, cand, [])
    assert _pieces(text, pieces) == [text[start:end]]


def test_a_gap_that_holds_only_the_attribution_stays_a_gap(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The new plan, the minister said on Tuesday, would fail within a year."
    table = extractor.extract(text)
    row = table.iloc[0]
    assert _pieces(text, row["spans"]) == ["The new plan", "would fail within a year"]


def test_a_piece_never_cuts_a_word() -> None:
    from quotes.claims.integrity import snap_to_words

    text = "They don't know, she said, what comes next."
    cut = [(0, text.index("n't")), (text.index("what") + 2, len(text) - 1)]
    assert _pieces(text, snap_to_words(text, cut)) == ["They don't", "what comes next"]


def test_a_claim_ends_before_the_next_speakers_title(extractor) -> None:  # type: ignore[no-untyped-def]
    """The parser hangs "county spokeswoman Jane Fry" on the first clause and reads "said"
    as Rivera's second verb: the name right before "said" is its subject, and the first
    claim ends before the title."""
    text = (
        "Rivera has hinted the vote may take place on March 3 and county spokeswoman "
        "Jane Fry said on Friday that the date was fixed."
    )
    table = extractor.extract(text)
    claims = dict(zip(table["quote"], table["speaker"], strict=True))
    assert claims == {
        "the vote may take place on March 3": "Rivera",
        "that the date was fixed": "Jane Fry",
    }
    assert table["speaker_mention"].iloc[1] == "county spokeswoman Jane Fry"


def test_uk_single_quotes_after_a_plural_possessive(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The nurses' union said the offer was 'an insult'. 'We won't accept it,' said Mary "
        "Cole, its leader. The bosses' offer was final, a manager said."
    )
    table = extractor.extract(text)
    rows = list(zip(table["kind"], table["quote"], strict=True))
    assert ("mixed", "the offer was 'an insult'") in rows
    assert ("direct", "We won't accept it,") in rows
    assert "bosses'" not in " ".join(table["speaker_mention"].dropna())


def test_narration_between_two_quotations_parts_them_into_two_claims(extractor) -> None:  # type: ignore[no-untyped-def]
    """Pieces of one claim are apart only where its attribution stands: a sentence of the
    writer's between two quotations makes them two claims of the same speaker."""
    text = "“We won,” the coach said. Fans cheered loudly. “We will win again.”"
    table = extractor.extract(text)
    assert list(table["quote"]) == ["We won,", "We will win again."]
    assert set(table["speaker_mention"]) == {"the coach"}
    assert all(len(spans) == 1 for spans in table["spans"])


def test_a_split_quotation_around_its_attribution_stays_one_claim(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "“We won,” the coach said on Sunday in a statement, “and we will win again.”"
    table = extractor.extract(text)
    assert list(table["quote"]) == ["We won, and we will win again."]


def test_a_gap_outside_the_attribution_sentence_is_filled_or_parted(extractor) -> None:  # type: ignore[no-untyped-def]
    """The table's reading of a gap holds in the claim finder too: words beside a cue's
    particle ("show the mayor *up by 12 points*") are filled in; a sentence the parse joined
    to the claim parts it."""
    from quotes.claims.candidates import Candidate
    from quotes.claims.integrity import split_at_other_sentences

    text = "New surveys show the mayor up by 12 points in the race for the council seat."
    doc = extractor.backend.parse(text)
    words = [t.text for t in doc.tokens]
    cue = [words.index("show"), words.index("up")]
    source = [words.index("New"), words.index("surveys")]
    first = (text.index("the mayor"), text.index("mayor") + 5)
    second = (text.index("in the race"), len(text) - 1)
    cand = Candidate([first, second], cue, source, "speech_act_object", verb=cue[0])
    (pieces,) = split_at_other_sentences(doc, cand, [first, second])
    assert [text[a:b] for a, b in pieces] == [text[first[0] : second[1]]]

    text = "“We won,” the coach said. Fans cheered. “We will win again.”"
    doc = extractor.backend.parse(text)
    words = [t.text for t in doc.tokens]
    pieces = [(1, 8), (text.index("We will"), len(text) - 1)]
    cand = Candidate(pieces, [words.index("said")], [words.index("coach")], "said_after")
    assert split_at_other_sentences(doc, cand, pieces) == [[pieces[0]], [pieces[1]]]


def test_a_speaker_is_never_a_sign(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Most voters, 61%, back the plan, including 20% who say they would vote for it twice."
    table = extractor.extract(text)
    assert violations_of(text, table) == []
    for speaker in table["speaker"].dropna():
        assert any(ch.isalnum() for ch in speaker), speaker


def violations_of(text: str, table):  # type: ignore[no-untyped-def]
    from quotes.invariants import violations

    return violations(text, table)

"""Westminster and wire copy, written for these tests: single quotation marks, MPs, public
bodies named "Office for ..." and then "the watchdog", indefinite sources ("one MP")."""

from __future__ import annotations


def _by_quote(claims, words: str):  # type: ignore[no-untyped-def]
    rows = claims[claims["quote"].str.contains(words, regex=False)]
    assert len(rows) == 1, (words, list(claims["quote"]))
    return rows.iloc[0]


def test_an_indefinite_source_is_nobody_named(extractor):
    """ "one Conservative MP" and "a spokesman" introduce someone new: not the MP named
    before or after, not the named spokesman."""
    text = (
        "Labour MP Jane Doyle said the figures were wrong.\n\n"
        "'It is a shambles,' one Conservative MP said.\n\n"
        "The Treasury's spokesman, Paul Ennis, said the sums were sound. "
        "A spokesman later said the minister was on holiday."
    )
    claims = extractor.extract(text)
    mp = _by_quote(claims, "shambles")
    assert mp["speaker"] == "one Conservative MP"
    assert mp["speaker_type"] == "PERSON" and mp["speaker_role"] == "MP"
    assert _by_quote(claims, "figures were wrong")["speaker"] == "Jane Doyle"
    assert _by_quote(claims, "sums were sound")["speaker"] == "Paul Ennis"
    assert _by_quote(claims, "on holiday")["speaker"] != "Paul Ennis"


def test_the_definite_role_still_points_back(extractor):
    text = (
        "Labour MP Jane Doyle said the figures were wrong. "
        "The MP added that she would vote against the budget."
    )
    claims = extractor.extract(text)
    assert _by_quote(claims, "vote against")["speaker"] == "Jane Doyle"


def test_the_watchdog_is_the_office_named_before(extractor):
    """A public body named "Office for ...": its head noun is "office", an agency, so "the
    watchdog" (an agency noun) finds it; "Bank of England" is not an agency."""
    text = (
        "The Bank of England said rates would stay on hold. The Office for Budget "
        "Responsibility said in a report that debt would peak in 2028. The watchdog added "
        "that the forecast was 'highly uncertain'."
    )
    claims = extractor.extract(text)
    row = _by_quote(claims, "highly uncertain")
    assert row["speaker"] == "Office for Budget Responsibility"
    assert row["speaker_type"] == "ORG"


def test_a_watchdog_with_nothing_to_point_to_stays_itself(extractor):
    text = "The watchdog said the forecast was 'highly uncertain'."
    claims = extractor.extract(text)
    assert _by_quote(claims, "highly uncertain")["speaker"] == "watchdog"


def test_an_indefinite_source_may_introduce_the_person_named_next(extractor):
    """Wire copy brings a source in by role and names them a sentence later: "A federal judge
    ... U.S. District Judge Ann Roe wrote"."""
    text = (
        "A federal judge on Friday ordered the release of the records, saying the public had "
        "a right to see them. U.S. District Judge Ann Roe wrote that the case was of public "
        "interest."
    )
    claims = extractor.extract(text)
    assert _by_quote(claims, "a right to see them")["speaker"] == "Ann Roe"

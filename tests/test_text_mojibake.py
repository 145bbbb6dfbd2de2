"""Mojibake (issue 13; quotes.text.mojibake_runs): UTF-8 read as Windows-1252 reaches the
parser repaired ("PeÃ±a" as "Peña", "â€œ" as "“"), the table quotes the user's text as written,
and a name's key is its repaired form's. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.invariants import violations
from quotes.speakers.name_keys import name_key
from quotes.text import mojibake_runs, prepare, repair_mojibake


def _broken(text: str) -> str:
    """``text`` as a scraper shows it: its UTF-8 bytes read as Windows-1252 (a browser's
    reading: the bytes cp1252 leaves undefined are Latin-1's controls, "”" is "â€\x9d")."""
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in text.encode("utf-8"))


@pytest.mark.parametrize(
    "good", ["Peña", "José", "“Yes”", "don’t", "€5", "Zürich—Genève", "naïve", "東京", "🙂"]
)
def test_a_mojibake_run_is_the_character_it_encodes(good: str) -> None:
    assert repair_mojibake(_broken(good)) == good


def test_a_latin1_reading_with_c1_controls_is_repaired() -> None:
    assert repair_mojibake("He said \xe2\x80\x9cno\xe2\x80\x9d.") == "He said “no”."


def test_an_nfkd_normalised_copy_of_a_mojibake_accent_is_repaired() -> None:
    # "è" is C3 A8, and A8 ("¨") decomposes into a space and a combining diaeresis
    assert repair_mojibake("Hél\u00c3 \u0308ne Marchand") == "Hélène Marchand"


@pytest.mark.parametrize(
    "text",
    [
        "SÃO PAULO — the team",  # Portuguese capitals: "Ã" before a letter
        "A Ãgua Viva",
        "Rua da Conceição, São Paulo",  # real Latin-1 letters, no run
        "Crème brûlée at the café",
        "â la carte",  # "â" before a space
        "un café\xa0» et voilà\xa0« non",  # French spacing: a valid but foreign sequence
        "Der Fuß« und",  # German "ß" before a guillemet
        "realÃ¢€world",  # encoded twice with a byte lost: repairing one layer helps nobody
    ],
)
def test_real_latin1_text_is_left_alone(text: str) -> None:
    assert mojibake_runs(text) == []
    prepared = prepare(text)
    assert len(prepared.plain) == len(text)


def test_parse_text_is_repaired_and_maps_back_to_the_original() -> None:
    text = "Enrique PeÃ±a Nieto said â€œwe will winâ€\x9d on Friday."
    prepared = prepare(text)
    assert prepared.parse_text == "Enrique Peña Nieto said “we will win” on Friday."
    assert len(prepared.plain) == len(text)
    assert "PeÃ±a" in prepared.plain  # a letter's run stays for the rules
    word = prepared.parse_text.index("Peña")
    assert prepared.span(word, word + 4) == (text.index("Pe"), text.index("Nieto") - 1)
    mark = prepared.parse_text.index("“")
    assert prepared.span(mark, mark + 1) == (text.index("â€œ"), text.index("â€œ") + 3)
    assert prepared.plain[text.index("â€œ") : text.index("we")] == "“  "  # its outer end


def test_name_key_folds_mojibake_to_the_repaired_name() -> None:
    assert name_key("PeÃ±a Nieto") == name_key("Peña Nieto") == name_key("Pena Nieto")
    assert name_key(_broken("Zoë Müller")) == name_key("Zoë Müller")
    # hard negatives: a Portuguese "Ã" before a letter is left as it is, and two mojibake
    # names a letter apart ("Peña" / "Peóa") keep apart
    assert repair_mojibake("JoÃo Silva") == "JoÃo Silva"
    assert name_key("PeÃ±a") != name_key("PeÃ³a")


def test_a_mojibake_name_is_one_speaker_with_its_repaired_form(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The budget is ready,” said Lucía Ordóñez, the finance minister.\n"
        f"“We will vote on Monday,” {_broken('Ordóñez')} added."
    )
    df = extractor.extract(text)
    assert violations(text, df) == []
    assert list(df["speaker"]) == ["Lucía Ordóñez", "Lucía Ordóñez"]
    assert df.loc[1, "speaker_mention"] == _broken("Ordóñez")  # the user's text, as written


def test_mojibake_quotation_marks_are_marks(extractor) -> None:  # type: ignore[no-untyped-def]
    """Unrepaired, "â€œWe ... May,â€" was an indirect claim, its marks quoted as words."""
    good = "“We will open the bridge in May,” the mayor, Ana Ruiz, said. ‘Not yet,’ she added."
    text = _broken(good)
    df = extractor.extract(text)
    assert violations(text, df) == []
    assert list(df["kind"]) == list(extractor.extract(good)["kind"]) == ["direct", "direct"]
    assert list(df["speaker"]) == ["Ana Ruiz", "Ana Ruiz"]
    assert list(df["quote"]) == ["We will open the bridge in May,", "Not yet,"]
    for row in df.itertuples():
        assert text[row.start : row.end] == row.quote  # offsets index the original


def test_a_claim_that_holds_its_marks_quotes_the_whole_runs(extractor) -> None:  # type: ignore[no-untyped-def]
    """A mark's run is read at its outer end, so a claim with its marks holds the whole run."""
    good = "The mayor, Ana Ruiz, said “we will open the bridge in May” at the meeting."
    text = _broken(good)
    df = extractor.extract(text)
    assert violations(text, df) == []
    assert text[df.loc[0, "start"] : df.loc[0, "end"]].startswith("â€œwe will")
    assert "Mayâ€\x9d at" in text[df.loc[0, "start"] : df.loc[0, "end"]]


def test_good_utf8_and_mojibake_in_one_text(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“São Paulo will host the summit,” said Tomás Álvarez.\n"
        f"{_broken('“We have the hotels,” said Tomás Álvarez.')}"
    )
    df = extractor.extract(text)
    assert violations(text, df) == []
    assert list(df["speaker"]) == ["Tomás Álvarez", "Tomás Álvarez"]
    assert list(df["quote"]) == ["São Paulo will host the summit,", "We have the hotels,"]
    for row in df.itertuples():
        assert text[row.start : row.end] == row.quote


@given(st.text(alphabet="ab ñéèïüçØÁÓ“”’—€…東🙂.,\n", max_size=40))
def test_any_broken_text_is_repaired_whole(good: str) -> None:
    assert repair_mojibake(_broken(good)) == good


@given(st.text(alphabet="aZ ñé“\xa0\x80\x9c\x9d\u0308ÃâÂ€œ™©±ß«»", max_size=40))
def test_any_text_keeps_its_length_and_maps_back(text: str) -> None:
    prepared = prepare(text)
    assert len(prepared.plain) == len(text)
    n = len(prepared.parse_text)
    if n:
        starts = [prepared.span(i, i + 1)[0] for i in range(n)]
        assert starts == sorted(starts) and 0 <= starts[0] and starts[-1] < len(text)


def test_a_repaired_space_or_invisible_character_is_read_as_one_written_plainly() -> None:
    """ "Â\xa0" is a no-break space and "â€‹" a zero-width space: the parser reads them as it
    reads those characters, a space; the rules read plain spaces."""
    text = "said Ana\xc2\xa0Ruiz and\xe2\x80\x8bthen left".encode("latin-1").decode("cp1252")
    prepared = prepare(text)
    assert prepared.parse_text == "said Ana Ruiz and then left"
    assert prepared.plain == "said Ana  Ruiz and   then left"

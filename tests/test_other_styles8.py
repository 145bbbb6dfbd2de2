"""Rules found on texts of other styles (session 21, styles5): an election night live page
with time stamps, a crime report quoting witnesses in both families of marks.

Each test fails on the code before its rule; each has a hard negative. Sentences written for
these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

import pandas as pd

import quotes
from quotes.invariants import violations


def _row(extractor: quotes.Extractor, text: str, words: str) -> pd.Series:
    df = extractor.extract(text)
    rows = df[df.quote.str.contains(words, regex=False)]
    assert len(rows) == 1, df[["quote", "cue", "speaker"]]
    return rows.iloc[0]


# --- a live page's time stamp opening an entry ---------------------------------------------

COUNT = "Count night in Marsden\n\n"


def test_a_time_stamp_is_no_part_of_a_fronted_content(extractor: quotes.Extractor) -> None:
    text = COUNT + "23:40 Turnout in the ward is down to 41%, according to the council."
    row = _row(extractor, text, "Turnout")
    assert row.quote == "Turnout in the ward is down to 41%"
    assert row.speaker == "council"


def test_a_time_stamp_before_a_said_after_content(extractor: quotes.Extractor) -> None:
    # passes before the rule too (the parse keeps the stamp out here): a guard
    text = COUNT + "00:15 The recount was fair, says agent Nadia Brook."
    row = _row(extractor, text, "recount")
    assert (row.quote, row.speaker) == ("The recount was fair", "Nadia Brook")


def test_a_time_inside_the_content_stays(extractor: quotes.Extractor) -> None:
    text = COUNT + "The boxes arrived at 23:40 and the count began, the council said."
    row = _row(extractor, text, "boxes")
    assert row.quote == "The boxes arrived at 23:40 and the count began"


def test_a_time_stamp_before_a_possessive_source_leaves_its_head(
    extractor: quotes.Extractor,
) -> None:
    text = COUNT + "01:05 Plaid Cymru's candidate in Marsden, Omar Reid, claims the count was slow."
    row = _row(extractor, text, "count was slow")
    assert row.speaker == "Omar Reid"


def test_a_time_stamp_the_parser_hangs_on_a_plain_source(extractor: quotes.Extractor) -> None:
    text = COUNT + "01:20 Police said the hall would stay open until the count ended."
    row = _row(extractor, text, "hall")
    assert (row.speaker, row.speaker_mention) == ("Police", "Police")


# --- single marks apart from double marks in one paragraph ---------------------------------

WITNESSES = (
    "A van hit a shopfront in Kettering on Friday.\n\n"
    'One passer-by said the driver "just kept going". Another, Ruth Abara, 40, said: '
    "'I heard the glass go and ran. Nobody was hurt, thank God.'"
)


def test_single_marks_apart_from_double_marks_quote_too(extractor: quotes.Extractor) -> None:
    row = _row(extractor, WITNESSES, "glass")
    assert row.kind == "direct"
    assert row.quote == "I heard the glass go and ran. Nobody was hurt, thank God."
    assert not violations(WITNESSES, extractor.extract(WITNESSES))


def test_single_marks_inside_double_marks_stay_nested(extractor: quotes.Extractor) -> None:
    text = (
        "A van hit a shopfront.\n\n"
        "\"Then the driver shouted 'move' at us and drove off,\" said Ruth Abara. "
        "She said it was 'a miracle' that no one was hurt."
    )
    df = extractor.extract(text)
    row = _row(extractor, text, "driver shouted")
    assert row.quote == "Then the driver shouted 'move' at us and drove off,"
    assert not df.quote.eq("move").any()


def test_apostrophes_beside_double_marks_quote_nothing(extractor: quotes.Extractor) -> None:
    text = (
        "A van hit a shopfront.\n\n"
        "The owners' insurer said it was \"looking into\" the crash at the Abaras' shop."
    )
    df = extractor.extract(text)
    assert len(df) == 1 and df.iloc[0].kind == "mixed"


def test_a_scare_quoted_term_beside_double_marks_stays_words(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "A van hit a shopfront.\n\n"
        "The so-called 'safe lane' was shut, and the council said it was \"reviewing\" it."
    )
    df = extractor.extract(text)
    assert not df.quote.str.startswith("safe lane").any()
    assert len(df) == 1 and df.iloc[0].kind == "mixed"


# --- "Another, <name>, said" ---------------------------------------------------------------


def test_another_with_a_name_after_its_comma_is_the_person(extractor: quotes.Extractor) -> None:
    text = (
        "The fire spread fast. Another, Jade Morris, 19, said: "
        "'Everyone just started running. The staff were great.'"
    )
    row = _row(extractor, text, "running")
    assert (row.speaker, row.speaker_mention) == ("Jade Morris", "Jade Morris")


def test_another_with_a_description_stays_another(extractor: quotes.Extractor) -> None:
    text = "Police were called to the square. Another, a barman, said they all ran for the doors."
    row = _row(extractor, text, "doors")
    assert row.speaker == "Another"


# --- a focusing "even" opening a source ----------------------------------------------------


def test_even_before_a_source_is_no_part_of_it(extractor: quotes.Extractor) -> None:
    text = "Even the Treasury concedes that rural buses pay for themselves."
    row = _row(extractor, text, "rural buses")
    assert (row.speaker, row.speaker_mention) == ("Treasury", "the Treasury")


def test_a_share_keeps_its_only_or_nearly(extractor: quotes.Extractor) -> None:
    df = extractor.extract("Nearly half of the tenants said the rent was too high.")
    assert df.iloc[0].speaker_mention.startswith("Nearly half")
    df = extractor.extract("Only a quarter of the tenants said the rent was fair.")
    assert df.iloc[0].speaker_mention.startswith("Only a quarter")


# --- calling an emergency service ----------------------------------------------------------


def test_calling_the_fire_brigade_is_no_speech_act(extractor: quotes.Extractor) -> None:
    text = "Two neighbours called the fire brigade. One said the smoke was black."
    df = extractor.extract(text)
    assert list(df.cue) == ["said"]
    assert extractor.extract("A passer-by called an ambulance.").empty


def test_calling_the_police_something_is_a_speech_act(extractor: quotes.Extractor) -> None:
    row = _row(extractor, "The mayor called the police chief a liar.", "liar")
    assert (row.speaker, row.cue) == ("mayor", "called")


def test_singing_a_name_is_no_speech_act(extractor: quotes.Extractor) -> None:
    # session 21, the lead's sports report: the possessor is then the next "His" (pronouns6)
    text = (
        "Jordan Hale scored twice for Rovers on Saturday. The home fans sang Hale's name long "
        "after the final whistle. His mother, watching from the stand, said: 'I couldn't "
        "breathe.'"
    )
    df = extractor.extract(text)
    assert list(df.cue) == ["said"]
    assert df.iloc[0].speaker == "Jordan Hale's mother"


def test_singing_an_anthem_s_words_is_still_read(extractor: quotes.Extractor) -> None:
    row = _row(extractor, "The crowd chanted 'Build the wall!' as he spoke.", "Build the wall")
    assert row.cue == "chanted"


# --- a headline's label naming an event's night or a letter --------------------------------


def test_an_election_nights_label_is_no_source(extractor: quotes.Extractor) -> None:
    text = "Count night: Greens gain Marsden as turnout drops\n\nThe Greens won the seat."
    assert extractor.extract(text).empty


def test_an_open_letters_label_leaves_the_headlines_own_claim(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Open letter: Nurses urge ministers to fund school meals\n\n"
        "More than 300 nurses have signed the letter."
    )
    row = _row(extractor, text, "ministers to fund")
    assert row.speaker == "Nurses"


def test_a_named_label_before_a_colon_stays_the_source(extractor: quotes.Extractor) -> None:
    text = "Nightingale: the ward will reopen in May\n\nThe trust confirmed the date."
    row = _row(extractor, text, "ward will reopen")
    assert (row.speaker, row.cue) == ("Nightingale", ":")

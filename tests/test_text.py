"""The text stage (quotes.text): line breaks, spaces and invisible characters are what they are
to the parser, the rules and the names, with every offset into the user's text."""

from __future__ import annotations

import sys
import unicodedata

import pandas as pd
import pytest

import quotes
from quotes.invariants import violations
from quotes.text import INVISIBLE, LINE_BREAKS, RUN_KEEP, SPACES, plain_text, prepare

SPOKEN = "He said “We won”{br}She said “We lost”."


def rows(df: pd.DataFrame) -> list[tuple[object, ...]]:
    return [(r.quote, r.speaker, r.speaker_mention, r.cue) for r in df.itertuples()]


def test_invisible_is_every_format_and_control_character_but_tab_and_breaks() -> None:
    """INVISIBLE is written out (scanning Unicode at import costs 0.4 s): it must be Cf + Cc."""
    import re

    pattern = re.compile(f"[{INVISIBLE}]")
    breaks = set("\n\t" + LINE_BREAKS)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        expected = unicodedata.category(ch) in ("Cf", "Cc") and ch not in breaks
        assert bool(pattern.match(ch)) == expected, hex(cp)


def test_spaces_are_every_space_separator_but_the_space() -> None:
    import re

    pattern = re.compile(f"[{SPACES}]")
    for cp in range(0x3001):
        ch = chr(cp)
        assert bool(pattern.match(ch)) == (unicodedata.category(ch) == "Zs" and ch != " ")


def test_plain_view_has_the_same_length_and_plain_breaks_and_spaces() -> None:
    text = "\ufeffA\r\nb\u200bc d\xa0e gov\xadern “x”\u200b said\u2060 f\u2028g"
    plain = plain_text(text)
    assert len(plain) == len(text)
    assert plain == " A\n\nb c d e gov\xadern “x”  said  f\ng"
    assert prepare(text).plain == plain


def test_parse_text_maps_every_character_back() -> None:
    text = "\ufeffA\r\nb\u200bc d\xa0e gov\xadern «x»\u200b said\u2060 f\u2028g"
    prepared = prepare(text)
    assert prepared.parse_text == "A\nb c d e govern “x” said f\ng"
    replaced = {("\n", "\r\n"), ("\n", "\u2028"), (" ", "\u200b"), (" ", "\xa0")}
    replaced |= {("“", "«"), ("”", "»")}
    for i, ch in enumerate(prepared.parse_text):
        a, b = prepared.span(i, i + 1)
        assert ch == text[a:b] or (ch, text[a:b]) in replaced, (i, ch, text[a:b])
    word = prepared.parse_text.index("govern")
    assert prepared.span(word, word + 6) == (text.index("gov"), text.index("ern") + 3)


def test_a_text_with_nothing_odd_is_its_own_views() -> None:
    prepared = prepare("“We won,” the coach said.\n")
    assert prepared.identity
    assert prepared.plain == prepared.parse_text == prepared.original


def test_a_long_run_of_marks_reaches_the_parser_shortened() -> None:
    text = "He said " + "“”\"'" * 5000 + " and left. " + "“ ” " * 5000 + "Then he sat."
    prepared = prepare(text)
    assert len(prepared.parse_text) < 4 * (2 * RUN_KEEP + 2) + 40
    assert prepared.parse_text.startswith("He said “”\"'")
    assert prepared.parse_text.endswith("Then he sat.")
    tail = prepared.parse_text.index("Then")
    assert prepared.span(tail, tail + 4) == (text.index("Then"), text.index("Then") + 4)
    middle = prepared.parse_text.index(" ", len("He said ") + 1)
    a, b = prepared.span(middle, middle + 1)
    assert b - a > 10_000  # the space stands for the run's middle


def test_a_run_of_marks_is_shortened_from_twice_run_keep_on() -> None:
    text = "He said “" + "!" * (2 * RUN_KEEP - 3) + "”."  # a run of 2 * RUN_KEEP
    assert prepare(text).parse_text == text
    longer = "He said “" + "!" * (2 * RUN_KEEP - 2) + "”."
    assert prepare(longer).parse_text != longer


def test_the_document_text_is_the_plain_view_and_tokens_the_parsed_words(extractor) -> None:
    text = "“We are ready,”\u200b said\u2060 Ana\xa0Ruiz.\r\nShe left."
    document = extractor.backend.parse(text)
    assert document.text == plain_text(text)
    assert all("\u200b" not in t.text and "\u2060" not in t.text for t in document.tokens)
    assert [t.text for t in document.tokens[-3:]] == ["She", "left", "."]
    for t in document.tokens:
        assert text[t.start : t.end].replace("\xa0", " ") == t.text or t.pos == "SPACE"


@pytest.mark.parametrize("br", ["\n", "\r", "\r\n", "\v", "\f", "\x85", "\u2028", "\u2029"])
def test_every_line_break_ends_a_paragraph(extractor, br: str) -> None:
    """`He said “We won”\\rShe said ...` fused two speakers into one claim."""
    text = SPOKEN.format(br=br)
    df = extractor.extract(text)
    assert violations(text, df) == []
    assert rows(df) == rows(extractor.extract(SPOKEN.format(br="\n")))
    assert list(df["quote"]) == ["We won", "We lost"]


def test_a_leading_bom_keeps_the_headline_claim(extractor) -> None:
    text = 'Mayor: "The bridge will open in May"\nThe city council met on Tuesday.'
    plain = extractor.extract(text)
    with_bom = extractor.extract("\ufeff" + text)
    assert violations("\ufeff" + text, with_bom) == []
    assert len(plain) == 1
    assert rows(with_bom) == rows(plain)
    assert with_bom.loc[0, "start"] == plain.loc[0, "start"] + 1


def test_a_zero_width_space_is_never_the_speaker(extractor) -> None:
    text = "“We are ready,”\u200b said Ana Ruiz."
    df = extractor.extract(text)
    assert violations(text, df) == []
    assert rows(df) == [("We are ready,", "Ana Ruiz", "Ana Ruiz", "said")]


def test_a_word_joiner_after_the_cue_keeps_the_claim(extractor) -> None:
    text = "“We are ready,” said\u2060 Ana Ruiz."
    df = extractor.extract(text)
    assert violations(text, df) == []
    assert rows(df) == [("We are ready,", "Ana Ruiz", "Ana Ruiz", "said")]


@pytest.mark.parametrize("space", ["\xa0", "\u202f", "\u2009"])
def test_a_no_break_space_in_a_name_gives_the_plain_name(extractor, space: str) -> None:
    text = f"“We are ready,” said Ana{space}Ruiz.\n“We go now,” Ana Ruiz added."
    df = extractor.extract(text)
    assert violations(text, df) == []
    assert list(df["speaker"]) == ["Ana Ruiz", "Ana Ruiz"]
    assert df.loc[0, "speaker_mention"] == f"Ana{space}Ruiz"  # the user's text, as it stands
    summary = quotes.summary(df)
    assert list(summary["speaker"]) == ["Ana Ruiz"] and list(summary["claims"]) == [2]


def test_a_joiner_inside_a_name_joins(extractor) -> None:
    text = "“We are ready,” said Ana Ru\xadiz.\n“We go now,” Ana Ruiz added."
    df = extractor.extract(text)
    assert violations(text, df) == []
    assert len(df) == 2
    assert df.loc[1, "speaker"] == "Ana Ruiz"


def test_guillemets_are_quotation_marks_to_the_parser(extractor) -> None:
    """The parser took » after a word for a noun: it became the source."""
    text = "«We are ready,» wrote Ana Ruiz, «and we go now.»"
    df = extractor.extract(text)
    assert violations(text, df) == []
    assert len(df) == 1
    assert df.loc[0, "speaker"] == "Ana Ruiz"
    assert df.loc[0, "quote"] == "We are ready, and we go now."


def test_the_spacy_component_reads_the_plain_view() -> None:
    from quotes.backends.spacy import to_document

    ex = quotes.Extractor()
    text = "He said “We won”\u2028She said “We lost”."
    document = to_document(ex.backend.nlp(text))
    assert document.text == plain_text(text)
    assert len(document.paragraphs) == 2


def test_display_drops_invisible_characters_and_folds_spaces() -> None:
    from quotes.text import display

    assert display("Ana\xa0Ru\xadiz") == "Ana Ruiz"
    assert display(" Lee\u2060\n\tCho ") == "Lee Cho"
    assert display(None) is None


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("KYIV, March 4 (Reuters) - The bridge will reopen", "The bridge will reopen"),
        ("PORTLAND, Maine (AP) — Three ferries were late", "Three ferries were late"),
        ("ST. LOUIS -- Voters queued early", "Voters queued early"),
        ("LAGOS, Jan. 9, 2025 (AFP) - Fuel prices rose", "Fuel prices rose"),
    ],
)
def test_a_wire_dateline_is_found_at_the_start_of_a_line(line: str, words: str) -> None:
    from quotes.text import dateline_end

    assert line[dateline_end(line, 0) :] == words
    text = "Headline\n" + line
    assert text[dateline_end(text, 9) :] == words


@pytest.mark.parametrize(
    "line",
    [
        "NATO — the alliance said it would act",  # lower case after the dash: a sentence
        "US - Trump said the talks had failed",  # too short to be a place in capitals
        "Russia will not send troops - ever",
        "The UN - a body of 193 states - voted",
    ],
)
def test_no_dateline_where_there_is_none(line: str) -> None:
    from quotes.text import dateline_end

    assert dateline_end(line, 0) == 0
    assert dateline_end("x " + line, 2) == 2  # not at a line's start


def test_a_fronted_claim_after_a_dateline_leaves_the_dateline_out(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "KYIV, March 4 (Reuters) - The bridge will reopen within a week, the city's mayor "
        "said on Tuesday. “We have the steel,” she told reporters."
    )
    table = extractor.extract(text)
    assert table["quote"].iloc[0] == "The bridge will reopen within a week"
    assert not violations(text, table)


# --- markup left from the web --------------------------------------------------------------
def test_entities_and_tags_are_read_as_what_they_stand_for(extractor) -> None:  # type: ignore[no-untyped-def]
    """ "said&nbsp;the", "&quot;...&quot;", "<p>...</p>": copied from a web page, these gave no
    claim at all (the parser read "said&nbsp;the" as one word, the rules saw no quotation
    mark). The parser now reads the characters they stand for; every offset is still the
    user's text, so a quote shows the markup as written."""
    text = (
        "<p>The mayor said&nbsp;the bridge would open in May.</p>"
        "<p>&quot;We are ready,&quot; she added.</p>"
    )
    df = extractor.extract(text)
    assert rows(df) == [
        ("the bridge would open in May", "mayor", "The mayor", "said"),
        ("We are ready,", "mayor", "she", "added"),
    ]
    for r in df.itertuples():
        assert text[r.start : r.end] == r.quote
    assert not violations(text, df)


def test_an_embed_tag_is_markup_and_its_attributes_no_quotation(extractor) -> None:  # type: ignore[no-untyped-def]
    """An embedded post as scraped copy keeps it (``<post id="..." author="@...">``): the
    parser read the tag as words of the sentence after it, which then gave no claim, and its
    attribute values as quotations; an empty tag ran into the claim before it. Any tag with
    ``name="value"`` attributes, a closing tag and an empty tag are now markup, read as a line
    break (an embed is a block)."""
    text = (
        "Ann Lee shared a photo of the bridge.\n\n"
        '<post id="7712" author="@annlee" date="May 2, 2024">The bridge opens in May, she wrote.'
        "</post>\n\nCouncillors said the cost had doubled.<post/>"
    )
    prepared = prepare(text)
    assert "id=" not in prepared.parse_text and "post" not in prepared.parse_text.split()
    df = extractor.extract(text)
    assert rows(df) == [
        ("The bridge opens in May", "Ann Lee", "she", "wrote"),
        ("the cost had doubled", "Councillors", "Councillors", "said"),
    ]
    assert not violations(text, df)


def test_angle_brackets_that_are_no_tag_stay_text() -> None:
    """The hard negatives: a comparison, an arrow, a bare word in angle brackets."""
    for text in ("Growth was <3 per cent, Lee said.", "a < b and c > d", "Type <name> here."):
        assert prepare(text).parse_text == text


def test_an_entity_inside_a_word_stays_for_the_rules_and_a_lone_ampersand_is_text() -> None:
    """The hard negatives: "didn&#39;t" keeps its letters together in the rules' view (padding
    would split the word), and "a < b" or "5 & 6" is no markup at all."""
    prepared = prepare("Lee said he didn&#39;t know.")
    assert prepared.plain == "Lee said he didn&#39;t know."
    assert "didn't" in prepared.parse_text
    for text in ("a < b and c > d, Lee said.", "Prices rose 5 & 6 per cent, Lee said."):
        assert prepare(text).parse_text == text


def test_a_hard_wrapped_sentence_is_one_paragraph(extractor) -> None:  # type: ignore[no-untyped-def]
    """Text cut at 72 columns (e-mail, plain-text archives): a line break inside a sentence is
    read as a space; before, every line was a paragraph and the claim stopped at "would"."""
    text = (
        "The council leader, Ann Lee, said on Monday that the new bridge would\n"
        "open in May and that the cost had risen to four million pounds."
    )
    df = extractor.extract(text)
    assert list(df.quote) == [text[text.index("that") : -1]]
    assert not violations(text, df)


@pytest.mark.parametrize(
    "text",
    [
        "Bridge to open in May\nThe council leader said the bridge would open in May.",
        "Items:\n- a\n- b",
        "short line\nand more",
    ],
)
def test_a_line_break_between_lines_that_do_not_run_on_stays(text: str) -> None:
    """The hard negatives: a headline line, a list, a short line keep their breaks."""
    assert prepare(text).plain == text


def test_a_run_of_spaces_is_one_space_to_the_parser(extractor) -> None:  # type: ignore[no-untyped-def]
    """ "The   mayor,    Tom Ruiz, said": the parser read each run of spaces as a token,
    which broke the apposition (the speaker stayed "mayor"); it now reads one space, and the
    table still quotes the user's spacing."""
    text = "The   mayor,    Tom Ruiz,  said the   bridge would open."
    assert prepare(text).parse_text == "The mayor, Tom Ruiz, said the bridge would open."
    df = extractor.extract(text)
    assert list(df.speaker) == ["Tom Ruiz"]
    assert list(df.quote) == ["the   bridge would open"]
    assert not violations(text, df)


def test_spaces_inside_a_tag_are_the_tags_and_before_a_capital_a_break() -> None:
    """The hard negatives: a run of spaces inside markup is part of the markup's edit, and a
    run between a word and a capital may end a scraped heading ("Cheers, Ms. Yellen  The
    Federal Reserve chairwoman ..."): the parser keeps it."""
    prepared = prepare('<a  href="x">link</a>   Ann Lee said so.')
    assert prepared.parse_text == "link Ann Lee said so."
    text = "Cheers, Ms. Yellen  The Federal Reserve chairwoman said so."
    assert prepare(text).parse_text == text

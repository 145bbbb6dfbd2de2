"""The HTML report: every claim marked with its speaker, text kept exact and escaped.

Claims are built by hand (records -> :func:`quotes.table.claims_table`), so these tests do not
depend on the claim-finding engine; the CLI test at the end runs the real extractor.
"""

from __future__ import annotations

import argparse
import json

import pandas as pd
import pytest
from htmldom import Element, claim_text, parse
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import render
from quotes.records import Claim
from quotes.render import render_corpus, render_html
from quotes.table import claims_table, empty_table

TEXT = (
    'Mayor Ana Ruiz said, "The bridge opens in May," adding that the city had '
    '"no money left for repairs."\n'
    "Officials believe the delay cost millions, according to the council."
)


def _at(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _claims(text: str = TEXT) -> list[Claim]:
    """Three claims on TEXT: a direct quote, a mixed one, and an unattributed indirect one."""
    return [
        Claim(
            spans=(_at(text, "The bridge opens in May,"),),
            kind="direct",
            cue=_at(text, "said"),
            cue_text="said",
            source=_at(text, "Mayor Ana Ruiz"),
            speaker="Ana Ruiz",
            speaker_type="PERSON",
            speaker_role="Mayor",
            confidence=0.9,
            rule="quote_with_cue+named",
        ),
        Claim(
            spans=(_at(text, 'the city had "no money left for repairs."'),),
            kind="mixed",
            cue=_at(text, "adding"),
            cue_text="adding",
            source=_at(text, "Mayor Ana Ruiz"),
            speaker="Ana Ruiz",
            speaker_type="PERSON",
            via="City Gazette",
            confidence=0.75,
            rule="speech_complement+named",
        ),
        Claim(
            spans=(_at(text, "the delay cost millions"),),
            kind="indirect",
            cue=_at(text, "believe"),
            cue_text="believe",
            source=_at(text, "Officials"),
            speaker=None,
            speaker_type="GROUP",
            confidence=0.5,
            rule="speech_complement",
        ),
    ]


@pytest.fixture()
def frame() -> pd.DataFrame:
    return claims_table("ruiz", TEXT, _claims())


def _article(page: str) -> Element:
    (article,) = parse(page).find_all("div", class_="article")
    return article


def _first_fragments(root: Element) -> dict[int, Element]:
    """The focusable (first) fragment of each claim, by quote_id."""
    return {int(el.attrs["data-quote-id"]): el for el in root.find_all("mark", tabindex="0")}


# --- what the reader sees ---------------------------------------------------------------
def test_every_claim_is_marked_once_with_its_kind_and_speaker(frame: pd.DataFrame) -> None:
    root = parse(render_html(TEXT, frame))
    marks = _first_fragments(root)
    assert sorted(marks) == [0, 1, 2]
    for row in frame.itertuples():
        mark = marks[row.quote_id]
        assert mark.attrs["data-kind"] == row.kind
        assert f"k-{row.kind}" in mark.attrs["class"].split()
        expected = "" if pd.isna(row.speaker) else row.speaker
        assert mark.attrs["data-speaker"] == expected


def test_speaker_badge_stands_beside_each_claim(frame: pd.DataFrame) -> None:
    root = parse(render_html(TEXT, frame))
    badges = {el.attrs["data-badge"]: el.text() for el in root.find_all("a", class_="who")}
    assert badges == {"0": "Ana Ruiz", "1": "Ana Ruiz", "2": "Officials (unresolved)"}


def test_unresolved_mention_is_shown_when_there_is_no_speaker() -> None:
    text = 'He said, "We are done."'
    claim = Claim(spans=(_at(text, "We are done."),), kind="direct", source=(0, 2))
    root = parse(render_html(text, claims_table("x", text, [claim])))
    (badge,) = root.find_all("a", class_="who")
    assert badge.text() == "He (unresolved)"
    assert badge.attrs["data-speaker"] == ""


def test_details_on_hover_and_focus_name_cue_via_confidence_and_rule(
    frame: pd.DataFrame,
) -> None:
    marks = _first_fragments(parse(render_html(TEXT, frame)))
    title = marks[1].attrs["title"]
    for part in ("cue: adding", "via: City Gazette", "confidence: 0.75", "speech_complement+named"):
        assert part in title
    assert marks[1].attrs["data-details"] == title
    assert "speaker: Ana Ruiz (Mayor)" in marks[0].attrs["title"]


def test_article_text_is_kept_exactly(frame: pd.DataFrame) -> None:
    article = _article(render_html(TEXT, frame))
    assert article.text(skip_badges=True) == TEXT


def test_each_claim_covers_exactly_its_words(frame: pd.DataFrame) -> None:
    root = _article(render_html(TEXT, frame))
    for row in frame.itertuples():
        assert claim_text(root, row.quote_id) == row.quote


def test_source_mention_and_cue_are_marked(frame: pd.DataFrame) -> None:
    root = _article(render_html(TEXT, frame))
    sources = root.find_all("span", class_="src")
    assert [s.text() for s in sources] == ["Mayor Ana Ruiz", "Officials"]
    # one mention serving two claims is marked once, naming both
    assert sources[0].attrs["data-quote-id"] == "0 1"
    assert [c.text() for c in root.find_all("span", class_="cue")] == ["said", "adding", "believe"]


def test_claims_table_and_summary_are_under_the_text(frame: pd.DataFrame) -> None:
    root = parse(render_html(TEXT, frame))
    (table,) = root.find_all("table", class_="claims")
    rows = table.find_all("tr", data_quote_id="1")
    assert len(rows) == 1 and rows[0].attrs["data-speaker"] == "Ana Ruiz"
    assert "the city had" in rows[0].text()
    (speakers,) = root.find_all("table", class_="summary")
    body = [tr.text() for tr in speakers.find_all("tr")[1:]]
    assert body[0].startswith("Ana RuizPERSON2")
    assert body[-1].startswith(render.NO_SPEAKER)


def test_legend_names_every_kind(frame: pd.DataFrame) -> None:
    (legend,) = parse(render_html(TEXT, frame)).find_all("aside", class_="legend")
    assert {el.text() for el in legend.find_all("span", class_="claim")} == {
        "direct",
        "indirect",
        "mixed",
    }


# --- escaping ---------------------------------------------------------------------------
def test_document_text_is_escaped_so_a_script_shows_as_text() -> None:
    text = 'The post read "<script>alert(1)</script>" and <b>bold</b> & more, she said.'
    quote = _at(text, "<script>alert(1)</script>")
    speaker = '"><img src=x onerror=alert(2)>'
    claim = Claim(spans=(quote,), kind="direct", speaker=speaker, rule="<r>", cue_text="<c>")
    page = render_html(text, claims_table("<doc>", text, [claim]), title="<title>")
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    root = parse(page)
    assert root.find_all("script") == [] and root.find_all("img") == []
    assert _article(page).text(skip_badges=True) == text
    (mark,) = root.find_all("mark")
    assert mark.attrs["data-speaker"] == speaker
    assert mark.text() == "<script>alert(1)</script>"


def test_page_is_self_contained(frame: pd.DataFrame) -> None:
    page = render_html(TEXT, frame)
    lowered = page.lower()
    for needle in ("<script", "<link", "<img", "@import", "url(", "http://", "https://"):
        assert needle not in lowered
    assert 'name="viewport"' in page
    assert "@media print" in page and "@media (max-width" in page


# --- shapes of the claims table ---------------------------------------------------------
def test_empty_frame_gives_the_text_and_no_marks() -> None:
    text = "Nothing is attributed here."
    root = parse(render_html(text, empty_table()))
    assert root.find_all("mark") == []
    assert _article(render_html(text, empty_table())).text() == text
    assert "No claims found." in render_html(text, None)


def test_claim_in_two_pieces_is_one_claim_with_two_marks() -> None:
    text = '"We will stay," the minister said, "and we will win."'
    pieces = (_at(text, "We will stay,"), _at(text, "and we will win."))
    claim = Claim(spans=pieces, kind="direct", speaker="The Minister", cue=_at(text, "said"))
    root = parse(render_html(text, claims_table("m", text, [claim])))
    marks = root.find_all("mark", data_quote_id="0")
    assert [m.text() for m in marks] == ["We will stay,", "and we will win."]
    assert [m.attrs.get("tabindex") for m in marks] == ["0", None]
    assert all(m.attrs["data-speaker"] == "The Minister" for m in marks)
    assert len(root.find_all("a", class_="who")) == 1


def test_nested_and_crossing_claims_nest_properly() -> None:
    text = "Kim said that Lee told him the deal was off and that talks were over."
    outer = Claim(
        spans=(_at(text, "Lee told him the deal was off and that talks"),), kind="indirect"
    )
    inner = Claim(spans=(_at(text, "the deal was off"),), kind="indirect", speaker="Lee")
    crossing = Claim(spans=(_at(text, "off and that talks were over."),), kind="mixed")
    frame = claims_table("k", text, [outer, inner, crossing])
    page = render_html(text, frame)
    article = _article(page)  # parse() fails if the elements do not nest
    assert article.text(skip_badges=True) == text
    for row in frame.itertuples():
        assert claim_text(article, row.quote_id) == row.quote
    assert len(_first_fragments(article)) == 3


def test_frame_without_spans_falls_back_to_start_and_end(frame: pd.DataFrame) -> None:
    flat = frame.drop(columns=["spans"])
    article = _article(render_html(TEXT, flat))
    assert claim_text(article, 0) == frame.loc[0, "quote"]


def test_records_are_accepted_as_well_as_frames() -> None:
    root = _article(render_html(TEXT, _claims()))
    assert len(_first_fragments(root)) == 3


def test_text_must_be_a_string(frame: pd.DataFrame) -> None:
    with pytest.raises(TypeError, match="DataFrame"):
        render_html(frame, frame)  # type: ignore[arg-type]


@st.composite
def _text_and_claims(draw: st.DrawFn) -> tuple[str, list[Claim]]:
    text = draw(st.text(alphabet='ab <&">\n', min_size=1, max_size=40))
    n = len(text)
    claims = []
    for _ in range(draw(st.integers(0, 5))):
        cuts = sorted(draw(st.lists(st.integers(0, n), min_size=2, max_size=4, unique=True)))
        pairs = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
        kind = draw(st.sampled_from(["direct", "indirect", "mixed"]))
        claims.append(Claim(spans=tuple(pairs), kind=kind, speaker=draw(st.none() | st.text())))
    return text, claims


@settings(max_examples=150, deadline=None)
@given(_text_and_claims())
def test_any_claims_nest_and_keep_the_text(case: tuple[str, list[Claim]]) -> None:
    text, claims = case
    frame = claims_table("h", text, claims)
    article = _article(render_html(text, frame))
    assert article.text(skip_badges=True) == text
    for row in frame.itertuples():
        assert claim_text(article, row.quote_id) == "".join(text[a:b] for a, b in row.spans)


# --- a corpus ---------------------------------------------------------------------------
def test_corpus_has_an_index_and_one_page_per_document(frame: pd.DataFrame) -> None:
    other = 'Ms. Park said, "No comment."'
    claim = Claim(spans=(_at(other, "No comment."),), kind="direct", speaker="Park")
    claims = pd.concat([frame, claims_table("park", other, [claim])], ignore_index=True)
    page = render_corpus({"ruiz": TEXT, "park": other, "blank": "No claims."}, claims)
    root = parse(page)
    sections = root.find_all("section", class_="doc")
    assert [s.attrs["data-doc-id"] for s in sections] == ["ruiz", "park", "blank"]
    assert [len(_first_fragments(s)) for s in sections] == [3, 1, 0]
    (index,) = root.find_all("section", id="index")
    assert [a.attrs["href"] for a in index.find_all("a")] == ["#d0", "#d1", "#d2"]
    assert ".page:target" in page and "break-before:page" in page
    assert claim_text(sections[1], 0) == "No comment."


# --- quotes show ------------------------------------------------------------------------
def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    render.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_show_reads_files_and_folders(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "sub").mkdir()
    (folder / "sub" / "c.txt").write_text("Third.", encoding="utf-8")
    (folder / "b.txt").write_text("Second.", encoding="utf-8")
    (folder / "a.txt").write_text("First.", encoding="utf-8")
    single = tmp_path / "one.txt"
    single.write_text("Only <one>.", encoding="utf-8")
    assert render.read_inputs([folder, single]) == [
        ("a", "First."),
        ("b", "Second."),
        ("sub/c", "Third."),
        ("one", "Only <one>."),
    ]
    (folder / "skip.md").write_text("not read", encoding="utf-8")
    with pytest.raises(ValueError, match="skip.md: not read"):
        render.read_inputs([folder])


def test_show_reads_corpus_files_record_by_record(  # type: ignore[no-untyped-def]
    tmp_path, capsys, extractor
) -> None:
    """A JSONL file is a corpus: each record is a document (not the raw JSON as one text)."""
    src = tmp_path / "small.jsonl"
    records = [{"id": "n1", "text": "“Bridges matter,” Ana said."}, {"id": "n2", "text": "Rain."}]
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert render.run(_args(str(src), "-o", str(out)), extractor=extractor) == 1
    page = out.read_text(encoding="utf-8")
    assert "n1" in page and "n2" in page and "&quot;text&quot;" not in page and '"text"' not in page
    err = capsys.readouterr().err
    assert f"{src}:3: not valid JSON" in err and "2 documents" in err


def test_show_reports_missing_input(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = render.run(_args(str(tmp_path / "nope.txt"), "-o", str(tmp_path / "r.html")))
    assert code == 2
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_show_reports_a_model_that_cannot_load(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("He said so.", encoding="utf-8")
    args = _args(str(tmp_path / "a.txt"), "--model", str(tmp_path / "no-model"))
    assert render.run(args) == 2
    assert "Q001" in capsys.readouterr().err


def test_show_writes_a_report_of_the_extracted_claims(tmp_path, seed_text, extractor) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "seed.txt"
    src.write_text(seed_text, encoding="utf-8")
    out = tmp_path / "report.html"
    assert render.run(_args(str(src), "-o", str(out)), extractor=extractor) == 0
    article = _article(out.read_text(encoding="utf-8"))
    assert article.text(skip_badges=True) == seed_text


def test_show_act_keeps_only_claims_of_that_act(tmp_path, extractor) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "hearing.txt"
    src.write_text(
        "Reporters asked Mayor Ann Cole whether the bridge would open. Ann Cole said the "
        "bridge would open in May.",
        encoding="utf-8",
    )
    out = tmp_path / "report.html"
    assert (
        render.run(_args(str(src), "-o", str(out), "--act", "question"), extractor=extractor) == 0
    )
    marks = parse(out.read_text(encoding="utf-8")).find_all("mark")
    acts = {m.attrs.get("data-act") for m in marks if m.attrs.get("data-quote-id") is not None}
    assert acts == {"question"}
    with pytest.raises(SystemExit):
        _args(str(src), "--act", "rumour")

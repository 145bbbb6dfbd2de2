"""The HTML report: every claim marked with its speaker, text kept exact and escaped.

Claims are built by hand (records -> :func:`quotes.table.claims_table`), so these tests do not
depend on the claim-finding engine; the CLI test at the end runs the real extractor.
"""

from __future__ import annotations

import argparse
import json
import re

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


# --- a corpus: speaker pages and claim groups ---------------------------------------------
WORDS = "The talks in Geneva will continue next week without any preconditions from Moscow."
EDITED = "The talks in Geneva will continue next week without preconditions from Moscow."
NEAR_MISS = "The talks in Geneva will not continue next week without any preconditions from Moscow."
PESKOV = {
    "tass": f'Kremlin spokesman Dmitry Peskov said on Monday: "{WORDS}"',
    "wire": f'"{EDITED}" Peskov told reporters.',
    "daily": (
        f'Maria Zakharova said: "{NEAR_MISS}" Dmitry Peskov said later: "We have nothing to add."'
    ),
}


def _said(doc_id: str, *quoted: tuple[str, str]) -> pd.DataFrame:
    """The claims table of one PESKOV document: each (words, speaker) a direct claim, the
    speaker's name in the text as its source."""
    text = PESKOV[doc_id]
    claims = [
        Claim(
            spans=(_at(text, words),),
            kind="direct",
            source=_at(text, speaker),
            speaker=speaker,
            speaker_type="PERSON",
            rule="quote_with_cue+named",
        )
        for words, speaker in quoted
    ]
    return claims_table(doc_id, text, claims)


@pytest.fixture()
def peskov() -> pd.DataFrame:
    """Dmitry Peskov's words in two documents, lightly edited, under two name forms; in a
    third, Maria Zakharova's near miss (a negation added) and another claim of Peskov's (the
    full name in two documents lets the bare "Peskov" join it: docs/corpus.md)."""
    return pd.concat(
        [
            _said("tass", (WORDS, "Dmitry Peskov")),
            _said("wire", (EDITED, "Peskov")),
            _said(
                "daily",
                (NEAR_MISS, "Maria Zakharova"),
                ("We have nothing to add.", "Dmitry Peskov"),
            ),
        ],
        ignore_index=True,
    )


def _links_resolve(root: Element) -> set[str]:
    """Every ``href="#..."`` of the page names an element's id, and ids are unique; returns
    the ids."""
    ids = [el.attrs["id"] for el in root.iter() if "id" in el.attrs]
    assert len(ids) == len(set(ids)), "an id is used twice"
    hrefs = {el.attrs["href"] for el in root.find_all("a") if "href" in el.attrs}
    assert all(h.startswith("#") for h in hrefs)
    missing = {h for h in hrefs if h[1:] not in set(ids)}
    assert not missing, f"links to nothing: {sorted(missing)}"
    return set(ids)


def _row(root: Element, doc_id: str, words: str) -> Element:
    """The claims-table row of the claim with these words in this document's section."""
    (section,) = root.find_all("section", data_doc_id=doc_id)
    rows = [tr for tr in section.find_all("tr") if "data-quote-id" in tr.attrs]
    (row,) = [tr for tr in rows if words in tr.text()]
    return row


def _links(el: Element, cls: str) -> list[str]:
    return [a.attrs["href"] for a in el.find_all("a", class_=cls)]


def _page_of(root: Element, href: str) -> Element:
    (page,) = root.find_all(id=href[1:])
    assert "page" in page.attrs["class"].split()
    return page


def test_claims_of_one_person_link_to_one_speaker_page_and_one_group_page(
    peskov: pd.DataFrame,
) -> None:
    root = parse(render_corpus(PESKOV, peskov))
    tass, wire = _row(root, "tass", WORDS), _row(root, "wire", EDITED)
    (speaker,) = set(_links(tass, "to-speaker")) | set(_links(wire, "to-speaker"))
    (group,) = set(_links(tass, "to-group")) | set(_links(wire, "to-group"))
    assert _page_of(root, speaker).attrs["data-speaker-id"] == "dmitry-peskov"
    zakharova = _row(root, "daily", NEAR_MISS)
    assert _links(zakharova, "to-speaker") != [speaker]
    assert _links(zakharova, "to-group") == []  # the near miss is carried by nobody else
    assert _page_of(root, group).find_all("h2")[0].text().endswith("Carried by 2 documents")
    assert "same words: 2 documents" in tass.text()


def test_every_link_of_a_corpus_report_points_at_an_element(peskov: pd.DataFrame) -> None:
    ids = _links_resolve(parse(render_corpus(PESKOV, peskov)))
    assert {"index", "speakers", "groups", "d0", "d1", "d2", "s0", "s1", "g0"} <= ids


def test_speaker_page_lists_every_claim_of_that_speaker_across_documents(
    peskov: pd.DataFrame,
) -> None:
    root = parse(render_corpus(PESKOV, peskov))
    page = _page_of(root, _links(_row(root, "wire", EDITED), "to-speaker")[0])
    assert "Dmitry Peskov" in page.find_all("h2")[0].text()
    assert "“Dmitry Peskov”, “Peskov”" in page.text()  # every name form
    claims = page.find_all("a", class_="to-claim")
    assert [a.text() for a in claims] == [WORDS, EDITED, "We have nothing to add."]
    for link in claims:  # each leads to that claim's marked words in its document
        (target,) = root.find_all(id=link.attrs["href"][1:])
        assert target.tag == "mark" and claim_text(target, int(target.attrs["data-quote-id"]))
        assert target.text(skip_badges=True) == link.text()
    assert NEAR_MISS not in page.text()


def test_speakers_page_has_one_row_per_speaker_id_linking_to_its_page(
    peskov: pd.DataFrame,
) -> None:
    root = parse(render_corpus(PESKOV, peskov))
    (speakers,) = root.find_all("section", id="speakers")
    rows = speakers.find_all("tr")[1:]
    assert [r.find_all("a", class_="to-speaker")[0].text() for r in rows] == [
        "Dmitry Peskov",
        "Maria Zakharova",
    ]
    first = rows[0].text()
    assert "Dmitry Peskov, Peskov" in first and "3: tass, wire, daily" in first
    assert _links(rows[0], "to-speaker") == ["#s0"]


def test_group_page_gives_the_documents_the_first_and_the_variants(
    peskov: pd.DataFrame,
) -> None:
    root = parse(render_corpus(PESKOV, peskov))
    page = _page_of(root, _links(_row(root, "tass", WORDS), "to-group")[0])
    claims = [a.text() for a in page.find_all("table")[0].find_all("a", class_="to-claim")]
    assert claims == [WORDS, EDITED]
    assert [a.text() for a in page.find_all("a", class_="to-doc")] == ["tass", "tass", "wire"]
    (variants,) = page.find_all("ol", class_="variants")
    items = variants.find_all("li")
    assert [li.children[0] for li in items] == [WORDS, EDITED]
    assert [_links(li, "to-claim") for li in items] == [["#d0-c0"], ["#d1-c0"]]
    assert NEAR_MISS not in page.text()
    (groups,) = root.find_all("section", id="groups")
    assert len(groups.find_all("tr")) == 2  # the header and the one group


def test_aliases_name_the_speaker_and_win_over_ids_already_there(peskov: pd.DataFrame) -> None:
    from quotes.identity import assign_speaker_ids

    with_ids = assign_speaker_ids(peskov)
    aliases = {"Peskov": {"id": "Q2311", "name": "Dmitry S. Peskov"}, "Dmitry Peskov": "Q2311"}
    root = parse(render_corpus(PESKOV, with_ids, aliases=aliases))
    page = _page_of(root, _links(_row(root, "tass", WORDS), "to-speaker")[0])
    assert page.attrs["data-speaker-id"] == "Q2311"
    assert "Dmitry S. Peskov" in page.find_all("h2")[0].text()


def test_claim_groups_already_in_the_table_are_used_as_they_are(peskov: pd.DataFrame) -> None:
    grouped = peskov.assign(claim_group=[0, 1, 0, 2])  # the user's groups: tass with daily
    root = parse(render_corpus(PESKOV, grouped))
    assert _links(_row(root, "tass", WORDS), "to-group") == ["#g0"]
    assert _links(_row(root, "daily", NEAR_MISS), "to-group") == ["#g0"]
    assert _links(_row(root, "wire", EDITED), "to-group") == []


def test_without_the_corpus_extra_the_report_says_so_and_still_links(
    peskov: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(claims: pd.DataFrame) -> pd.DataFrame:
        raise ImportError("No module named 'datasketch'", name="datasketch")

    monkeypatch.setattr(render, "assign_claim_groups", missing)
    root = parse(render_corpus(PESKOV, peskov))
    (note,) = root.find_all("p", class_="note")
    assert "datasketch" in note.text() and "quotes-attribution[corpus]" in note.text()
    assert root.find_all("a", class_="to-group") == []
    assert _links(_row(root, "wire", EDITED), "to-speaker") == ["#s0"]
    _links_resolve(root)


def test_ids_and_names_with_any_character_are_escaped_and_anchors_stay_safe() -> None:
    evil_doc = '"><script>alert(1)</script> #d0'
    evil_name = 'Eve "<b>" O\'Hara & Co'
    words = "We will keep every promise we made to the voters of this city."
    text = f"{evil_name} said: “{words}”"
    claim = Claim(
        spans=(_at(text, words),),
        kind="direct",
        source=_at(text, evil_name),
        speaker=evil_name,
        speaker_type="PERSON",
    )
    frame = pd.concat(
        [claims_table(evil_doc, text, [claim]), claims_table("#d0", text, [claim])],
        ignore_index=True,
    )
    frame["speaker_id"] = 'id with spaces "<x>" #s0'
    page = render_corpus({evil_doc: text, "#d0": text}, frame)
    assert "<script" not in page and "<b>" not in page
    root = parse(page)
    ids = _links_resolve(root)
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)
    assert root.find_all("section", data_speaker_id='id with spaces "<x>" #s0')
    assert [s.attrs["data-doc-id"] for s in root.find_all("section", class_="doc")] == [
        evil_doc,
        "#d0",
    ]
    (group,) = root.find_all("section", class_="group")
    assert [a.text() for a in group.find_all("a", class_="to-doc")][1:] == [evil_doc, "#d0"]


def test_claims_of_a_document_without_text_are_listed_without_a_link(
    peskov: pd.DataFrame,
) -> None:
    shown = {k: v for k, v in PESKOV.items() if k != "wire"}
    root = parse(render_corpus(shown, peskov))
    _links_resolve(root)
    (page,) = root.find_all("section", data_speaker_id="dmitry-peskov")
    assert EDITED in page.text() and EDITED not in [a.text() for a in page.find_all("a")]


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

"""The report in a real browser: headless Chromium renders it, and we read the DOM it built.

What a browser builds can differ from the markup we wrote (it repairs bad nesting, runs any
script that slipped through, drops what it cannot parse), so these tests read Chromium's own
DOM (``--dump-dom``) rather than our string. Skipped when Chromium is not installed; CI
installs it with ``apt-get install -y chromium``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from htmldom import Element, claim_text, parse

from quotes import render
from quotes.records import Claim
from quotes.table import claims_table

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed: apt-get install -y chromium",
)

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def dump_dom(page: Path, profile: Path) -> str:
    """The DOM Chromium builds from ``page``, serialised (after any script ran)."""
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def _article(dom: Element) -> Element:
    (article,) = dom.find_all("div", class_="article")
    return article


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, seed_text, extractor) -> tuple[pd.DataFrame, Element]:  # type: ignore[no-untyped-def]
    """The seed's claims, and the DOM Chromium built from ``quotes show seed -o report.html``."""
    folder = tmp_path_factory.mktemp("seed")
    src = folder / "000_da181a9541637482.txt"
    src.write_text(seed_text, encoding="utf-8")
    out = folder / "report.html"
    parser = render.argparse.ArgumentParser()
    render.add_arguments(parser)
    assert render.run(parser.parse_args([str(src), "-o", str(out)]), extractor=extractor) == 0
    dom = parse(dump_dom(out, folder / "profile"))
    return extractor.extract(seed_text, doc_id=src.stem), dom


def test_seed_has_claims_to_show(seed_report) -> None:  # type: ignore[no-untyped-def]
    claims, _ = seed_report
    assert len(claims) > 0, "quotes.extract(seed) found no claims: nothing to highlight"


def test_every_seed_claim_is_highlighted_with_its_speaker(seed_report, seed_text) -> None:  # type: ignore[no-untyped-def]
    claims, dom = seed_report
    article = _article(dom)
    marks = {int(m.attrs["data-quote-id"]): m for m in article.find_all("mark", tabindex="0")}
    badges = {int(b.attrs["data-badge"]): b for b in article.find_all("a", class_="who")}
    assert sorted(marks) == list(claims["quote_id"])
    for row in claims.itertuples():
        speaker = "" if pd.isna(row.speaker) else row.speaker
        mark = marks[row.quote_id]
        assert mark.attrs["data-kind"] == row.kind
        assert mark.attrs["data-speaker"] == speaker
        assert badges[row.quote_id].attrs["data-speaker"] == speaker
        if speaker:
            assert badges[row.quote_id].text() == speaker
        pieces = "".join(seed_text[a:b] for a, b in row.spans)
        assert claim_text(article, row.quote_id) == pieces


def test_seed_text_is_shown_whole(seed_report, seed_text) -> None:  # type: ignore[no-untyped-def]
    _, dom = seed_report
    assert _article(dom).text(skip_badges=True) == seed_text


def test_a_script_in_the_article_shows_as_text_and_never_runs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The note said \"<script>document.title = 'pwned'</script>\" and "
        "<img src=x onerror=\"document.title='pwned'\"> was all."
    )
    start = text.index("<script>")
    quote = (start, text.index("</script>") + len("</script>"))
    claim = Claim(spans=(quote,), kind="direct", speaker="<b>Eve</b>", cue_text="said")
    page = tmp_path / "evil.html"
    page.write_text(
        render.render_html(text, claims_table("evil", text, [claim]), title="<i>t</i>"),
        encoding="utf-8",
    )
    dom = parse(dump_dom(page, tmp_path / "profile"))
    assert dom.find_all("script") == [] and dom.find_all("img") == []
    (title,) = dom.find_all("title")
    assert title.text() == "<i>t</i>"
    assert _article(dom).text(skip_badges=True) == text
    (mark,) = dom.find_all("mark")
    assert mark.text() == text[quote[0] : quote[1]]
    assert mark.attrs["data-speaker"] == "<b>Eve</b>"


# --- a corpus report: CSS :target shows one page at a time -----------------------------------
#: Injected into a copy of the report (the report itself holds no script): it records which
#: of the report's pages Chromium displays.
SHOWN_PROBE = """<script>
addEventListener("load", () => {
  const shown = [...document.querySelectorAll("main > section")]
    .filter((s) => getComputedStyle(s).display !== "none").map((s) => s.id);
  document.body.setAttribute("data-shown", shown.join(" "));
});
</script>"""


def _corpus_frame() -> tuple[dict[str, str], pd.DataFrame]:
    words = "The new bridge will open to traffic in May after three years of repairs."
    texts = {"a": f"Mayor Ann Cole said: “{words}”", "b": f"“{words}” Ann Cole said."}
    frames = []
    for doc_id, text in texts.items():
        start = text.index(words)
        claim = Claim(
            spans=((start, start + len(words)),),
            kind="direct",
            source=(text.index("Ann Cole"), text.index("Ann Cole") + 8),
            speaker="Ann Cole",
            speaker_type="PERSON",
        )
        frames.append(claims_table(doc_id, text, [claim]))
    return texts, pd.concat(frames, ignore_index=True)


@pytest.mark.parametrize(
    ("fragment", "shown"),
    [("", "index"), ("#d1-c0", "d1"), ("#s0", "s0"), ("#g0", "g0"), ("#speakers", "speakers")],
)
def test_following_a_link_shows_that_page_alone(tmp_path, fragment: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    """A link to a claim shows its document (not a blank page); a speaker's or a claim
    group's page shows alone; without a fragment, the index."""
    texts, frame = _corpus_frame()
    page = render.render_corpus(texts, frame)
    assert f'href="{fragment}"' in page or not fragment
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace("</body>", SHOWN_PROBE + "</body>"), encoding="utf-8")
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'p'}", "--dump-dom",
         probe.as_uri() + fragment],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    (body,) = parse(done.stdout).find_all("body")
    assert body.attrs["data-shown"] == shown

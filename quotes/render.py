"""Show the claims to people: one self-contained HTML page per report.

The page holds the article with every claim highlighted by kind and its speaker beside it; the
cue, ``via``, confidence and ``rule`` show on hover (``title``) and on focus (a panel fixed at
the bottom of the screen, so they can be read on a phone, where there is no hover); a legend;
the table of claims; and the summary by speaker (:func:`quotes.summary.summary`).
A report of several documents (:func:`render_corpus`) adds a page per speaker across the corpus
and a page per quotation carried by several documents, and links every claim to both.

Design choices, and why:

* One file, no script, no CDN, no web font: a report is mailed, archived and opened offline.
  Paging between the documents of a corpus uses CSS ``:target`` only.
* Every piece of document text goes through :func:`html.escape`: articles are untrusted input,
  and a ``<script>`` in one must show as text.
* The article keeps its characters exactly (``white-space: pre-wrap``), so what the reader sees
  at a claim is ``text[start:end]``; the speaker badges are inserted *between* characters and
  are marked ``aria-hidden``/``data-badge`` so that readers and tests can tell them apart.
* Claims may overlap or nest, and may come in several pieces. Elements must nest, so a claim
  that crosses another's boundary is cut into fragments; every fragment carries the claim's
  ``data-quote-id``, ``data-kind``, ``data-speaker`` and ``title``, and only the first one is
  focusable (``tabindex="0"``), so the keyboard visits each claim once.
"""

from __future__ import annotations

import argparse
import html
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from quotes.errors import QuotesError
from quotes.identity import Alias, Aliases, assign_speaker_ids, read_aliases
from quotes.records import ACTS, KINDS, Claim
from quotes.speaker_table import speakers
from quotes.spread import assign_claim_groups, spread
from quotes.summary import summary
from quotes.table import claims_table, empty_table, of_acts

if TYPE_CHECKING:
    from quotes.extractor import Extractor

#: What each kind means, for the legend.
KIND_LABELS = {
    "direct": "direct: all inside quotation marks",
    "indirect": "indirect: paraphrase, no quotation marks",
    "mixed": "mixed: paraphrase holding quoted words",
}

NO_SPEAKER = "unknown source"


# --- public API --------------------------------------------------------------------------
def render_html(
    text: str, claims: pd.DataFrame | Sequence[Claim] | None = None, *, title: str | None = None
) -> str:
    """One document and its claims as a self-contained HTML page.

    Args:
        text: the document, exactly as the claims' offsets refer to it.
        claims: its claims table (docs/schema.md columns), or its :class:`~quotes.records.Claim`
            records, or None for none.
        title: the page title; defaults to the document's ``doc_id`` or its first line.

    Returns:
        The page, as a ``str``; write it with ``encoding="utf-8"``.
    """
    if not isinstance(text, str):
        raise TypeError(f"quotes.render_html() takes a str as text, got {type(text).__name__}.")
    frame = _as_frame(text, claims)
    doc_id = _str(frame["doc_id"].iloc[0]) if len(frame) else None
    heading = title or doc_id or _headline(text) or "quotes report"
    body = _document_section(0, doc_id or "", text, frame, heading=None)
    return _page(heading, _header(heading, frame, 1) + _legend() + body)


def render_corpus(
    texts: Mapping[str, str] | Iterable[tuple[str, str]],
    claims: pd.DataFrame,
    *,
    title: str | None = None,
    aliases: Aliases = None,
) -> str:
    """Many documents in one self-contained page: an index, one page per document, one per
    speaker and one per quotation carried by several documents.

    The index lists every document with its claim count and links to it; following a link
    shows that document alone (CSS ``:target``, no script). Printed, every page starts on a
    new sheet. Across the corpus, each claim links to its speaker's page (every claim of that
    ``speaker_id``, in every document) and, when other documents carry the same words, to
    its claim group's page (the documents, the first one, the variants of the words): what a
    fact-checker opens.

    Args:
        texts: the documents by ``doc_id``, in the order to show them.
        claims: the corpus's claims table; rows are matched to texts by ``doc_id``. Its
            ``speaker_id`` (when all NA or missing) and ``claim_group`` (when missing or NA) are
            computed over the whole table (:func:`quotes.identity.assign_speaker_ids`,
            :func:`quotes.spread.assign_claim_groups`).
        title: the page title.
        aliases: the user's alias table (see :func:`quotes.identity.read_aliases`); when
            given, the speaker ids are computed with it even if the table has ids.

    Raises:
        quotes.errors.AliasError: the alias table cannot be read (Q010).
    """
    docs = list(texts.items() if isinstance(texts, Mapping) else texts)
    table = read_aliases(aliases)
    frame, notes = _with_corpus_columns(_as_frame("", claims), table, fresh_ids=aliases is not None)
    heading = title or f"quotes report: {len(docs)} documents"
    links = _Links.of(frame, table, docs)
    by_doc = {str(k): g for k, g in frame.groupby(frame["doc_id"].astype("object"), sort=False)}
    sections = []
    placed: dict[str, list[dict[str, Any]]] = {}
    none = empty_table()  # built once: it costs more than a document's rows
    for k, (doc_id, text) in enumerate(docs):
        part = by_doc.get(str(doc_id), none)
        rows = links.rows(f"d{k}", text, part)
        placed.setdefault(str(doc_id), rows)  # a repeated id: its claims are listed once
        sections.append(
            _document_section(
                k, str(doc_id), text, part, heading=str(doc_id), rows=rows, links=links
            )
        )
    for doc_id, part in by_doc.items():  # claims of a document without a text: no anchor
        if doc_id not in placed:
            placed[doc_id] = links.rows(None, "", part)
    claims_in_order = [row for rows in placed.values() for row in rows]
    pages = _speaker_pages(links, claims_in_order) + _group_pages(links, claims_in_order)
    index = _index(docs, by_doc)
    body = (
        _header(heading, frame, len(docs), nav=_nav(links))
        + "".join(f'<p class="note">{_esc(n)}</p>' for n in notes)
        + _legend()
        + index
        + "".join(sections)
        + pages
    )
    return _page(heading, body, corpus=True)


# --- the document -----------------------------------------------------------------------
@dataclass
class _Layer:
    """A stretch of text to wrap in an element; cut into fragments where layers cross."""

    start: int
    end: int
    rank: int
    tag: str
    attrs: dict[str, str]
    first_attrs: dict[str, str] = field(default_factory=dict)
    opened: bool = False

    def open(self) -> str:
        """The opening tag of the next fragment; the first fragment gets ``first_attrs``."""
        attrs = dict(self.attrs)
        if not self.opened:
            attrs.update(self.first_attrs)
        else:
            attrs["class"] = attrs.get("class", "") + " cont"
        self.opened = True
        return f"<{self.tag}{_attrs(attrs)}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def _document_section(
    k: int,
    doc_id: str,
    text: str,
    frame: pd.DataFrame,
    *,
    heading: str | None,
    rows: list[dict[str, Any]] | None = None,
    links: _Links | None = None,
) -> str:
    """The article with its claims marked, then its claims table and its speakers.

    In a corpus report ``rows`` come from :meth:`_Links.rows`, with the pages they link to.
    """
    prefix = f"d{k}"
    rows = list(_rows(frame)) if rows is None else rows
    layers, badges = _layers(prefix, text, rows)
    article = _markup(text, layers, badges)
    parts = [f'<section class="doc page" id="{prefix}" data-doc-id="{_esc(doc_id)}">']
    if heading is not None:
        parts.append(f'<h2><a href="#index" class="back">index</a> {_esc(heading)}</h2>')
    parts.append(f'<div class="article" lang="en">{article}</div>')
    parts.append(f'<h3 id="{prefix}-claims">Claims ({len(rows)})</h3>')
    parts.append(_claims_table(prefix, rows))
    pages = links.speaker_page if links is not None else None
    parts.append(f"<h3>Speakers</h3>{_summary_table(summary(frame), pages)}")
    parts.append("</section>")
    return "\n".join(parts)


def _layers(
    prefix: str, text: str, rows: list[dict[str, Any]]
) -> tuple[list[_Layer], dict[int, list[str]]]:
    """Claims, their source mentions and cues as layers; speaker badges by position."""
    n = len(text)
    layers: list[_Layer] = []
    badges: dict[int, list[str]] = defaultdict(list)
    marks: dict[tuple[int, int, str], list[str]] = defaultdict(list)
    for row in rows:
        qid = row["quote_id"]
        common = _claim_attrs(row)
        pieces = _pieces(row, n)
        for p, (a, b) in enumerate(pieces):
            first = {"tabindex": "0", "id": f"{prefix}-c{qid}"} if p == 0 else {}
            layers.append(_Layer(a, b, 0, "mark", common, first))
        if pieces:
            badges[pieces[0][0]].append(_badge(prefix, row))
        for key, cls in (("speaker", "src"), ("cue", "cue")):
            a, b = row[f"{key}_start"], row[f"{key}_end"]
            if a is not None and b is not None and min(n, b) > max(0, a):
                marks[(max(0, a), min(n, b), cls)].append(str(qid))
    for (a, b, cls), qids in marks.items():
        # one mention often serves several claims ("X said A and added B"): mark it once
        layers.append(_Layer(a, b, 1, "span", {"class": cls, "data-quote-id": " ".join(qids)}))
    return layers, badges


def _pieces(row: dict[str, Any], n: int) -> list[tuple[int, int]]:
    """The claim's pieces that fall inside a text of ``n`` characters (the ones marked)."""
    return [(max(0, a), min(n, b)) for a, b in row["spans"] if min(n, b) > max(0, a)]


def _claim_target(prefix: str, n: int, row: dict[str, Any]) -> str:
    """The anchor a link to this claim goes to: its first mark in the text; its row in the
    claims table when no piece of it is in the text (offsets out of range)."""
    mark = "c" if _pieces(row, n) else "r"
    return f"{prefix}-{mark}{row['quote_id']}"


def _claim_attrs(row: dict[str, Any]) -> dict[str, str]:
    """What every fragment of a claim carries: kind, speaker, and the details to hover."""
    kind = row["kind"] or "indirect"
    details = _details(row)
    return {
        "class": f"claim k-{kind}",
        "data-quote-id": str(row["quote_id"]),
        "data-kind": kind,
        "data-act": row["act"] or "",
        "data-speaker": row["speaker"] or "",
        "title": details,
        "data-details": details,
    }


def _details(row: dict[str, Any]) -> str:
    """The hover / focus text of a claim: who, through what words, via whom, how sure, why."""
    who = row["speaker"] or NO_SPEAKER
    if row["speaker_role"]:
        who += f" ({row['speaker_role']})"
    act = f" ({row['act']})" if row["act"] else ""
    lines = [f"#{row['quote_id']} {row['kind']} claim{act}", f"speaker: {who}"]
    if row["speaker_mention"] and row["speaker_mention"] != row["speaker"]:
        lines.append(f"mention: {row['speaker_mention']}")
    lines.append(f"cue: {row['cue'] or '-'}")
    if row["via"]:
        lines.append(f"via: {row['via']}")
    lines.append(f"confidence: {_confidence(row['confidence'])}")
    lines.append(f"rule: {row['rule'] or '-'}")
    if row.get("group_label"):
        lines.append(f"same words: {row['group_label']}")
    return "\n".join(lines)


def _badge(prefix: str, row: dict[str, Any]) -> str:
    """The speaker's name beside the claim, linking to the claim's row in the table."""
    name = _speaker_label(row)
    cls = "who" if row["speaker"] else "who none"
    return (
        f'<a class="{cls} k-{row["kind"]}" href="#{prefix}-r{row["quote_id"]}" aria-hidden="true"'
        f' tabindex="-1" data-badge="{row["quote_id"]}"'
        f' data-speaker="{_esc(row["speaker"] or "")}">{_esc(name)}</a>'
    )


def _speaker_label(row: dict[str, Any]) -> str:
    """The canonical speaker; else the unresolved mention, marked as such; else unknown."""
    if row["speaker"]:
        return str(row["speaker"])
    if row["speaker_mention"]:
        return f"{row['speaker_mention']} (unresolved)"
    return NO_SPEAKER


def _markup(text: str, layers: list[_Layer], badges: Mapping[int, list[str]]) -> str:
    """``text`` escaped, with the layers as properly nested elements and the badges inserted.

    At each boundary: close every element that ends there (closing and later reopening those
    opened inside it that go on), insert the badges, then open what starts there, longest
    first, so that enclosing claims stay outside the enclosed ones.
    """
    starting: dict[int, list[_Layer]] = defaultdict(list)
    for layer in layers:
        starting[layer.start].append(layer)
    bounds = sorted({0, len(text), *badges, *(x for la in layers for x in (la.start, la.end))})
    out: list[str] = []
    stack: list[_Layer] = []
    for pos, nxt in zip(bounds, [*bounds[1:], None], strict=True):
        reopen = _close_at(pos, stack, out)
        out.extend(badges.get(pos, ()))
        for layer in sorted(reopen + starting.get(pos, []), key=lambda la: (-la.end, la.rank)):
            out.append(layer.open())
            stack.append(layer)
        if nxt is not None:
            out.append(_esc_text(text[pos:nxt]))
    out.extend(layer.close() for layer in reversed(stack))
    return "".join(out)


def _close_at(pos: int, stack: list[_Layer], out: list[str]) -> list[_Layer]:
    """Close the layers ending at ``pos``; return those closed early that must reopen."""
    ending = [i for i, layer in enumerate(stack) if layer.end == pos]
    if not ending:
        return []
    low = min(ending)
    closed = stack[low:]
    del stack[low:]
    out.extend(layer.close() for layer in reversed(closed))
    return [layer for layer in closed if layer.end != pos]


# --- tables ------------------------------------------------------------------------------
def _claims_table(prefix: str, rows: list[dict[str, Any]]) -> str:
    """The claims under the text, one row each, linked both ways with the marked text."""
    if not rows:
        return '<p class="empty">No claims found.</p>'
    head = "".join(
        f"<th>{h}</th>"
        for h in ("#", "kind", "act", "speaker", "claim", "cue", "via", "confidence", "rule")
    )
    body = []
    for r in rows:
        qid = r["quote_id"]
        who = _esc(_speaker_label(r))
        if r.get("speaker_page"):
            who = f'<a class="to-speaker" href="#{r["speaker_page"]}">{who}</a>'
        if r["speaker_role"]:
            who += f"<br><small>{_esc(r['speaker_role'])}</small>"
        if r["speaker_mention"] and r["speaker_mention"] != r["speaker"] and r["speaker"]:
            who += f"<br><small>as “{_esc(r['speaker_mention'])}”</small>"
        cells = [
            f'<a href="#{prefix}-c{qid}">{qid}</a>',
            f'<span class="chip k-{r["kind"]}">{_esc(r["kind"])}</span>',
            _esc(r["act"] or ""),
            who,
            _esc(r["quote"] or "") + _group_link(r),
            _esc(r["cue"] or ""),
            _esc(r["via"] or ""),
            _confidence(r["confidence"]),
            f"<code>{_esc(r['rule'] or '')}</code>",
        ]
        tds = "".join(f"<td>{c}</td>" for c in cells)
        body.append(
            f'<tr id="{prefix}-r{qid}" data-quote-id="{qid}"'
            f' data-speaker="{_esc(r["speaker"] or "")}">{tds}</tr>'
        )
    return (
        f'<div class="scroll"><table class="claims"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def _group_link(row: dict[str, Any]) -> str:
    """Under a claim's words: the link to its claim group's page, when others carry them."""
    if not row.get("group_page"):
        return ""
    return (
        f'<br><a class="to-group" href="#{row["group_page"]}">'
        f"same words: {_esc(row['group_label'])}</a>"
    )


def _summary_table(table: pd.DataFrame, pages: Mapping[str | None, str] | None = None) -> str:
    """The summary by speaker (:func:`quotes.summary.summary`) as an HTML table; with
    ``pages`` (speaker_id -> anchor), each speaker links to its page of the report."""
    if table.empty:
        return '<p class="empty">No speakers.</p>'
    head = "".join(
        f"<th>{h}</th>" for h in ("speaker", "type", "claims", *KINDS, "documents", "roles")
    )
    body = []
    for row in table.itertuples(index=False):
        name = _str(row.speaker)
        docs = ", ".join(row.documents)
        label = _esc(name or NO_SPEAKER)
        page = pages.get(_str(row.speaker_id)) if pages is not None else None
        cells = [
            f'<a class="to-speaker" href="#{page}">{label}</a>' if page else label,
            _esc(str(row.speaker_type)),
            str(row.claims),
            *(str(getattr(row, kind)) for kind in KINDS),
            _esc(docs) if row.n_documents <= 5 else f"{row.n_documents}: {_esc(docs)}",
            _esc(", ".join(row.roles)),
        ]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (
        f'<div class="scroll"><table class="summary"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def _index(docs: list[tuple[str, str]], by_doc: Mapping[str, pd.DataFrame]) -> str:
    """The corpus index: each document, its first line and claim count (the speakers have
    their own page, :func:`_speaker_pages`)."""
    items = []
    for k, (doc_id, text) in enumerate(docs):
        n = len(by_doc.get(str(doc_id), ()))
        items.append(
            f'<li><a href="#d{k}">{_esc(str(doc_id))}</a> <span class="count">{n} claims</span>'
            f' <span class="headline">{_esc(_headline(text))}</span></li>'
        )
    return (
        f'<section id="index" class="index"><h2>Documents</h2><ol>{"".join(items)}</ol></section>'
    )


def _header(heading: str, frame: pd.DataFrame, n_docs: int, *, nav: str = "") -> str:
    kinds = frame["kind"].astype("object").value_counts() if len(frame) else {}
    counts = ", ".join(f"{int(kinds.get(k, 0))} {k}" for k in KINDS)
    docs = f"{n_docs} documents, " if n_docs != 1 else ""
    return (
        f"<header><h1>{_esc(heading)}</h1>"
        f'<p class="meta">{docs}{len(frame)} claims ({counts})</p>{nav}</header>'
    )


def _legend() -> str:
    """What the colours mean, and how to see a claim's details."""
    items = "".join(
        f'<li><span class="claim k-{k}">{k}</span> {_esc(KIND_LABELS[k].split(": ", 1)[1])}</li>'
        for k in KINDS
    )
    return (
        f'<aside class="legend" aria-label="legend"><ul>{items}'
        f'<li><span class="who">Speaker</span> who made the claim, beside it</li>'
        f'<li><span class="src">source</span> the words naming the speaker;'
        f' <span class="cue">cue</span> the reporting words</li></ul>'
        f"<p>Hover over a claim, or tap or tab to it, for its cue, via, confidence and rule."
        f"</p></aside>"
    )


# --- the corpus: speakers and claim groups ----------------------------------------------
def _with_corpus_columns(
    frame: pd.DataFrame, aliases: Mapping[str, Alias], *, fresh_ids: bool
) -> tuple[pd.DataFrame, list[str]]:
    """The corpus table with ``speaker_id`` and ``claim_group``, computed over all of it when
    it lacks them; and what could not be computed, to say on the page (the two need the
    ``corpus`` extra: textacy, datasketch, scipy)."""
    notes: list[str] = []
    if frame.empty:
        return frame, notes
    no_ids = "speaker_id" not in frame.columns or bool(frame["speaker_id"].isna().all())
    try:
        if fresh_ids or no_ids:
            frame = assign_speaker_ids(frame, aliases)
    except ImportError as exc:
        notes.append(_NEEDS_CORPUS.format(what="Speaker ids across documents", name=exc.name))
    try:
        if "claim_group" not in frame.columns or bool(frame["claim_group"].isna().any()):
            frame = assign_claim_groups(frame)
    except ImportError as exc:
        notes.append(_NEEDS_CORPUS.format(what="Claim groups", name=exc.name))
    return frame, notes


_NEEDS_CORPUS = (
    "{what} need the {name} package, not installed here: pip install 'quotes-attribution[corpus]'."
)


@dataclass
class _Links:
    """Where the claims of a corpus report lead: one page per speaker (``s0``, ``s1`` ... in
    the order of :func:`quotes.speakers`), one per claim group carried twice or more (``g0``
    ... in the order of :func:`quotes.spread`), one per document (``d0`` ...).

    Anchors are built from positions, never from ids or names, which may hold any character.
    """

    people: pd.DataFrame
    carried: pd.DataFrame
    speaker_page: dict[str | None, str]
    speaker_name: dict[str | None, str]
    group_page: dict[int, str]
    group_label: dict[int, str]
    doc_page: dict[str, str]

    @classmethod
    def of(
        cls, frame: pd.DataFrame, aliases: Mapping[str, Alias], docs: list[tuple[str, str]]
    ) -> _Links:
        has_ids = "speaker_id" in frame.columns and bool(frame["speaker_id"].notna().any())
        people = speakers(frame, aliases=aliases) if has_ids else speakers(frame.iloc[:0])
        has_groups = (
            "claim_group" in frame.columns
            and not frame.empty
            and bool(frame["claim_group"].notna().all())
        )
        carried = spread(frame) if has_groups else spread(_no_groups())
        ids = [_str(v) for v in people["speaker_id"]]
        names = [_str(v) or NO_SPEAKER for v in people["speaker"]]
        groups = [int(g) for g in carried["claim_group"]]
        doc_page: dict[str, str] = {}
        for k, (doc_id, _text) in enumerate(docs):
            doc_page.setdefault(str(doc_id), f"d{k}")
        return cls(
            people=people,
            carried=carried,
            speaker_page={ident: f"s{n}" for n, ident in enumerate(ids)},
            speaker_name=dict(zip(ids, names, strict=True)),
            group_page={g: f"g{n}" for n, g in enumerate(groups)},
            group_label={
                int(r.claim_group): _carried_label(int(r.size), int(r.n_documents))
                for r in carried.itertuples(index=False)
            },
            doc_page=doc_page,
        )

    def doc_order(self, doc_id: str) -> tuple[int, str]:
        """A sort key putting documents in the report's order (those it does not show last)."""
        page = self.doc_page.get(doc_id)
        return (int(page[1:]) if page else len(self.doc_page), doc_id)

    def rows(self, prefix: str | None, text: str, part: pd.DataFrame) -> list[dict[str, Any]]:
        """The rows of one document's claims, each with the pages it links to and the anchor
        that leads to it (``target``; None for a document the report does not show)."""
        rows = list(_rows(part))
        for row in rows:
            group = row["claim_group"]
            row["speaker_page"] = self.speaker_page.get(row["speaker_id"])
            row["group_page"] = self.group_page.get(group) if group is not None else None
            row["group_label"] = self.group_label.get(group) if group is not None else None
            row["target"] = _claim_target(prefix, len(text), row) if prefix else None
        return rows


def _no_groups() -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [], "quote": [], "claim_group": pd.Series([], dtype="Int64")})


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _carried_label(size: int, n_documents: int) -> str:
    if n_documents > 1:
        return f"{n_documents} documents"
    return f"{size} times in one document"


def _nav(links: _Links) -> str:
    """The links to the corpus's index pages, in the header, so every page shows them."""
    return (
        '<nav class="pages"><a href="#index">Documents</a>'
        f'<a href="#speakers">Speakers ({len(links.people)})</a>'
        f'<a href="#groups">Carried by several documents ({len(links.carried)})</a></nav>'
    )


def _doc_link(links: _Links, doc_id: str | None) -> str:
    page = links.doc_page.get(doc_id or "")
    label = _esc(doc_id or "")
    return f'<a class="to-doc" href="#{page}">{label}</a>' if page else label


def _claim_link(row: dict[str, Any]) -> str:
    """The claim's words, linking to the claim in its document."""
    words = _esc(row["quote"] or "")
    return f'<a class="to-claim" href="#{row["target"]}">{words}</a>' if row["target"] else words


def _speaker_link(links: _Links, row: dict[str, Any]) -> str:
    label = _esc(links.speaker_name.get(row["speaker_id"]) or _speaker_label(row))
    page = row["speaker_page"]
    return f'<a class="to-speaker" href="#{page}">{label}</a>' if page else label


def _table(cls: str, head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """An HTML table of cells that are already markup."""
    ths = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for cells in rows)
    return (
        f'<div class="scroll"><table class="{cls}"><thead><tr>{ths}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def _rows_by_page(claims: list[dict[str, Any]], page: str) -> dict[str, list[dict[str, Any]]]:
    """The claim rows by the page (``speaker_page`` or ``group_page``) they link to."""
    by_page: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in claims:
        if row[page]:
            by_page[row[page]].append(row)
    return by_page


def _speaker_pages(links: _Links, claims: list[dict[str, Any]]) -> str:
    """The "Speakers" page (one row per ``speaker_id``), then one page per speaker listing all
    their claims across the documents, each linking to the claim in its document."""
    by_page = _rows_by_page(claims, "speaker_page")
    index_rows = []
    pages = []
    for n, person in enumerate(links.people.itertuples(index=False)):
        anchor = f"s{n}"
        ident = _str(person.speaker_id)
        name = _esc(_str(person.speaker) or NO_SPEAKER)
        docs = sorted(person.documents, key=links.doc_order)
        shown = ", ".join(_doc_link(links, d) for d in docs[:5])
        more = f" and {len(docs) - 5} more" if len(docs) > 5 else ""
        index_rows.append(
            [
                f'<a class="to-speaker" href="#{anchor}">{name}</a>',
                _esc(str(person.speaker_type)),
                _esc(", ".join(person.names)),
                str(person.claims),
                *(str(getattr(person, kind)) for kind in KINDS),
                f"{person.n_documents}: {shown}{more}",
            ]
        )
        pages.append(_speaker_page(links, anchor, ident, name, person, by_page.get(anchor, [])))
    head = ("speaker", "type", "named as", "claims", *KINDS, "documents")
    table = _table("speakers", head, index_rows) if index_rows else '<p class="empty">None.</p>'
    return (
        '<section class="page" id="speakers"><h2><a href="#index" class="back">index</a> '
        f"Speakers ({len(index_rows)})</h2>{table}</section>" + "".join(pages)
    )


def _speaker_page(
    links: _Links,
    anchor: str,
    ident: str | None,
    name: str,
    person: Any,
    rows: list[dict[str, Any]],
) -> str:
    about = [f"{_count(person.claims, 'claim')} in {_count(person.n_documents, 'document')}"]
    if ident is not None:
        about.insert(0, f"id <code>{_esc(ident)}</code>, {_esc(str(person.speaker_type))}")
    if len(person.names):
        about.append("named as " + _esc(", ".join(f"“{n}”" for n in person.names)))
    if len(person.roles):
        about.append("roles: " + _esc(", ".join(person.roles)))
    cells = [
        [
            _doc_link(links, r["doc_id"]),
            _esc(r["act"] or ""),
            f'<span class="chip k-{r["kind"]}">{_esc(r["kind"])}</span>',
            _claim_link(r) + _group_link(r),
        ]
        for r in rows
    ]
    table = _table("speaker-claims", ("document", "act", "kind", "claim"), cells)
    data = f' data-speaker-id="{_esc(ident)}"' if ident is not None else ""
    return (
        f'<section class="page speaker" id="{anchor}"{data}>'
        f'<h2><a href="#speakers" class="back">speakers</a> {name}</h2>'
        f'<p class="meta">{"; ".join(about)}</p>{table}</section>'
    )


def _group_pages(links: _Links, claims: list[dict[str, Any]]) -> str:
    """The index of the claim groups carried twice or more, then one page per group: the
    documents carrying it, the first one, the variants of the words, each linking to the
    claim in its document."""
    by_page = _rows_by_page(claims, "group_page")
    index_rows = []
    pages = []
    for n, group in enumerate(links.carried.itertuples(index=False)):
        anchor = f"g{n}"
        order = {d: i for i, d in enumerate(group.documents)}
        rows = sorted(by_page.get(anchor, []), key=lambda r: order.get(r["doc_id"], len(order)))
        who = ", ".join(_esc(links.speaker_name.get(s, s)) for s in group.speakers)
        index_rows.append(
            [
                f'<a class="to-group" href="#{anchor}">{group.size} claims</a>',
                str(group.n_documents),
                _doc_link(links, _str(group.first_doc)),
                _esc(_str(group.quote) or ""),
                who,
            ]
        )
        pages.append(_group_page(links, anchor, group, rows))
    head = ("group", "documents", "first", "words (first document)", "speakers")
    table = _table("groups", head, index_rows) if index_rows else '<p class="empty">None.</p>'
    return (
        '<section class="page" id="groups"><h2><a href="#index" class="back">index</a> '
        f"Carried by several documents ({len(index_rows)})</h2>"
        "<p>The same quotation (allowing light edits) in several claims: who carried it, "
        f"first, and with which words.</p>{table}</section>" + "".join(pages)
    )


def _group_page(links: _Links, anchor: str, group: Any, rows: list[dict[str, Any]]) -> str:
    first_doc = _str(group.first_doc)
    first = next((r for r in rows if r["doc_id"] == first_doc), None)
    first_link = _claim_link(first) if first is not None else _esc(_str(group.quote) or "")
    carried = [
        [_doc_link(links, r["doc_id"]), _speaker_link(links, r), _claim_link(r)] for r in rows
    ]
    variants = []
    for words in group.variants:
        where = ", ".join(
            f'<a class="to-claim" href="#{r["target"]}">{_esc(r["doc_id"] or "")}</a>'
            if r["target"]
            else _esc(r["doc_id"] or "")
            for r in rows
            if r["quote"] == words
        )
        variants.append(f"<li>{_esc(words)}<br><small>in {where}</small></li>")
    label = _esc(_group_label(group))
    return (
        f'<section class="page group" id="{anchor}">'
        f'<h2><a href="#groups" class="back">carried</a> Carried by {label}</h2>'
        f"<p>First: {_doc_link(links, first_doc)}: {first_link}</p>"
        f"<h3>Documents ({group.n_documents})</h3>"
        + _table("group-claims", ("document", "speaker", "claim"), carried)
        + f'<h3>Variants of the words ({group.n_variants})</h3><ol class="variants">'
        + "".join(variants)
        + "</ol></section>"
    )


def _group_label(group: Any) -> str:
    return _carried_label(int(group.size), int(group.n_documents))


# --- the page ----------------------------------------------------------------------------
CSS = """
:root{--direct:#cfe3ff;--direct-line:#0b5cad;--indirect:#ffe9b8;--indirect-line:#9a6400;
--mixed:#d9f2d9;--mixed-line:#2d7a2d;--ink:#1d1d1f;--muted:#5f6368;--paper:#fff;--rule:#d0d0d0}
*{box-sizing:border-box}
body{margin:0 auto;max-width:52rem;padding:1rem;font:17px/1.6 Georgia,'Times New Roman',serif;
color:var(--ink);background:var(--paper);-webkit-text-size-adjust:100%}
h1,h2,h3,.legend,.meta,table,.who,.index{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1.05rem}
.meta,.count,.headline,small{color:var(--muted)}
.legend{font-size:.9rem;border:1px solid var(--rule);border-radius:6px;padding:.4rem .8rem;
margin:1rem 0}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
.legend p{margin:.3rem 0 0;color:var(--muted)}
.article{white-space:pre-wrap;overflow-wrap:break-word;margin:1rem 0 2rem}
.claim{color:inherit;padding:.05em 0;border-bottom:2px solid;cursor:help;
-webkit-print-color-adjust:exact;print-color-adjust:exact}
.claim .claim{padding:.15em 0;border-bottom-width:3px}
.k-direct{background:var(--direct);border-color:var(--direct-line)}
.k-indirect{background:var(--indirect);border-color:var(--indirect-line);border-bottom-style:dashed}
.k-mixed{background:var(--mixed);border-color:var(--mixed-line);border-bottom-style:dotted}
.claim:focus{outline:3px solid var(--ink);outline-offset:1px}
.claim:focus::after{content:attr(data-details);position:fixed;left:0;right:0;bottom:0;
z-index:10;white-space:pre-line;background:var(--ink);color:#fff;padding:.6rem 1rem;
font:14px/1.4 system-ui,sans-serif;max-height:45vh;overflow:auto}
.who{font-size:.72em;font-weight:600;text-decoration:none;color:var(--ink);white-space:nowrap;
border:1px solid;border-radius:.8em;padding:0 .45em;margin:0 .25em 0 .1em;vertical-align:.1em;
background:var(--paper)}
.who.none{font-weight:400;font-style:italic;color:var(--muted)}
.legend .who{border-color:var(--ink)}
.src{font-weight:700}
.cue{text-decoration:underline wavy;text-decoration-thickness:1px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.85rem;width:100%}
th,td{border-bottom:1px solid var(--rule);padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}
tr:target{background:#fff6cc}
.chip{padding:0 .3em;border-bottom:2px solid}
.empty{color:var(--muted);font-style:italic}
.back{font-size:.8rem;font-weight:400;margin-right:.5rem}
.index ol{padding-left:1.5rem}
.index .headline{display:block;font-size:.85rem}
@media (max-width:600px){body{font-size:16px;padding:.6rem}
.claims td:nth-child(n+7),.claims th:nth-child(n+7){display:none}}
@media print{body{max-width:none;font-size:11pt;padding:0}
.claim:focus::after{display:none}.claim:focus{outline:none}
.back{display:none}a{color:inherit;text-decoration:none}
tr{break-inside:avoid}.scroll{overflow:visible}
.legend{break-inside:avoid}}
"""

CORPUS_CSS = """
.paged .page{display:none}
.paged .page:target,.paged .page:has(:target){display:block}
.paged:has(.page:target,.page :target) .index{display:none}
nav.pages{font-size:.9rem}nav.pages a{margin-right:1rem}
.claim:target{outline:3px solid var(--ink);outline-offset:1px}
.to-group{font-size:.8rem}
.note{color:var(--muted);font-style:italic}
ol.variants li{margin-bottom:.4rem}
@media print{.paged .page{display:block;break-before:page}.paged .index{display:block}}
"""


def _page(title: str, body: str, *, corpus: bool = False) -> str:
    css = CSS + (CORPUS_CSS if corpus else "")
    main_class = ' class="paged"' if corpus else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="quotes">'
        f"<title>{_esc(title)}</title><style>{css}</style></head>\n"
        f"<body><main{main_class}>{body}</main></body></html>\n"
    )


# --- values ------------------------------------------------------------------------------
def _as_frame(text: str, claims: pd.DataFrame | Sequence[Claim] | None) -> pd.DataFrame:
    """A claims table, whatever form of claims was given."""
    if claims is None:
        return empty_table()
    if isinstance(claims, pd.DataFrame):
        return claims
    return claims_table("0", text, list(claims))


def _rows(frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """The table's rows as plain dicts: NA as None, offsets as int, spans as int pairs."""
    for k, rec in enumerate(frame.to_dict("records")):
        row: dict[str, Any] = {key: _str(rec.get(key)) for key in _STRINGS}
        row["quote_id"] = _int(rec.get("quote_id"), k)
        for key in ("start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end"):
            row[key] = _int(rec.get(key))
        row["spans"] = _spans(rec.get("spans"), row["start"], row["end"])
        row["kind"] = row["kind"] if row["kind"] in KINDS else "indirect"
        row["confidence"] = rec.get("confidence")
        row["speaker_id"] = _str(rec.get("speaker_id"))
        row["claim_group"] = _int(rec.get("claim_group"))
        yield row


_STRINGS = (
    "doc_id", "quote", "kind", "act", "speaker", "speaker_mention", "speaker_type",
    "speaker_role", "cue", "via", "rule",
)  # fmt: skip


def _spans(value: object, start: int | None, end: int | None) -> list[tuple[int, int]]:
    """The claim's pieces; ``[(start, end)]`` when the spans are missing (e.g. a CSV round trip)."""
    pieces: list[tuple[int, int]] = []
    if value is not None and not isinstance(value, (str, float)):
        try:
            pieces = [(int(a), int(b)) for a, b in value]  # type: ignore[attr-defined]
        except (TypeError, ValueError):
            pieces = []
    if not pieces and start is not None and end is not None:
        pieces = [(start, end)]
    return sorted(pieces)


def _str(value: object) -> str | None:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):  # type: ignore[arg-type]
        return None
    return str(value)


def _int(value: object, default: int | None = None) -> int | None:
    if value is None or pd.isna(value):  # type: ignore[arg-type]
        return default
    return int(value)  # type: ignore[call-overload]


def _confidence(value: object) -> str:
    if value is None or pd.isna(value):  # type: ignore[arg-type]
        return "-"
    return f"{float(value):.2f}"  # type: ignore[arg-type]


def _headline(text: str) -> str:
    """The first non-empty line of a document, cut short: its title in news text."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= 120 else line[:119] + "…"


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def _esc_text(value: str) -> str:
    return html.escape(value, quote=False)


def _attrs(attrs: Mapping[str, str]) -> str:
    return "".join(f' {k}="{_esc(v)}"' for k, v in attrs.items())


# --- the command line: quotes show INPUT... -o report.html ------------------------------
def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``quotes show`` (called by :mod:`quotes.cli`)."""
    from quotes.cli import add_alias_argument, add_model_arguments, add_record_arguments

    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="files (.txt, .json, .jsonl, .jsonl.gz, .csv, .parquet) or folders of them; "
        "each record is one document",
    )
    parser.add_argument(
        "-o", "--output", default="report.html", help="the HTML file to write (report.html)"
    )
    parser.add_argument("--title", default=None, help="the report's title")
    parser.add_argument(
        "--act",
        action="append",
        choices=ACTS,
        default=None,
        help="show only claims of this act (repeat for several): statement, question, belief, "
        "intention, finding, refusal (docs/schema.md)",
    )
    add_alias_argument(parser, used_for="the speaker pages of a report of several documents")
    add_record_arguments(parser)
    add_model_arguments(parser)


def run(args: argparse.Namespace, *, extractor: Extractor | None = None) -> int:
    """Extract the claims of the inputs and write the report.

    Returns 0 on success, 1 when some records could not be read (each is printed, the
    others are shown), 2 on unusable input or a bad ``--aliases`` table (before the model
    loads).

    Args:
        args: parsed by a parser that :func:`add_arguments` set up.
        extractor: an already loaded one to reuse (tests, notebooks); else one is built from
            ``--backend`` and ``--model``.
    """
    from quotes import cli

    try:
        aliases = cli.read_alias_argument(args)
    except QuotesError as exc:
        print(f"quotes show: {exc}", file=sys.stderr)
        return 2
    try:
        docs, failures = read_documents(
            args.inputs,
            text_col=getattr(args, "text_field", "text"),
            id_col=getattr(args, "id_field", None),
        )
    except (OSError, ValueError) as exc:
        print(f"quotes show: {exc}", file=sys.stderr)
        return 2
    for message in failures:
        print(f"quotes show: error: {message}", file=sys.stderr)
    if not docs:
        print("quotes show: no document could be read; nothing written", file=sys.stderr)
        return 2 if not failures else 1
    if extractor is None:
        try:
            # as `quotes extract` loads it (tests share one)
            extractor = cli.extractor_from_args(args)
        except QuotesError as exc:
            print(f"quotes show: {exc}", file=sys.stderr)
            return 2
    frames = [extractor.extract(text, doc_id=doc_id) for doc_id, text in docs]
    frame = pd.concat(frames, ignore_index=True) if frames else empty_table()
    frame = of_acts(frame, getattr(args, "act", None))
    title = getattr(args, "title", None)
    if len(docs) == 1:
        page = render_html(docs[0][1], frame, title=title or docs[0][0])
    else:
        page = render_corpus(docs, frame, title=title, aliases=aliases)
    out = Path(args.output)
    out.write_text(page, encoding="utf-8")
    print(f"wrote {out} ({len(docs)} documents, {len(frame)} claims)", file=sys.stderr)
    return 1 if failures else 0


def read_documents(
    inputs: Sequence[str | Path], *, text_col: str = "text", id_col: str | None = None
) -> tuple[list[tuple[str, str]], list[str]]:
    """``(doc_id, text)`` of every document of the inputs, and the messages of the records
    that could not be read.

    Inputs are read as :func:`quotes.extract_corpus` reads them (:mod:`quotes.corpus`): a
    ``.txt`` file is one document, each record of a ``.json``, ``.jsonl``, ``.csv`` or
    ``.parquet`` file is one, a folder holds such files; the ids are the same.

    Raises:
        FileNotFoundError: an input does not exist.
        ValueError: an input's name has no known format.
    """
    from quotes.corpus import Item, check_paths, cli_wording, read_source

    paths = [Path(item) for item in inputs]
    for path in paths:
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
    docs: list[tuple[str, str]] = []
    failures: list[str] = []
    with cli_wording():
        check_paths(paths)
        for entry in read_source(paths, text_col=text_col, id_col=id_col):
            if isinstance(entry, Item):
                docs.append((entry.doc_id or "", entry.text))
            else:
                failures.append(entry.message)
    return docs, failures


def read_inputs(inputs: Sequence[str | Path]) -> list[tuple[str, str]]:
    """``(doc_id, text)`` of each input document (see :func:`read_documents`).

    Raises:
        FileNotFoundError: an input does not exist.
        ValueError: an input cannot be read, or no document was found.
    """
    docs, failures = read_documents(inputs)
    if failures:
        raise ValueError(failures[0])
    if not docs:
        raise ValueError(f"no documents in {', '.join(map(str, inputs))}")
    return docs


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quotes.render INPUT... -o report.html``, until ``quotes show`` exists."""
    parser = argparse.ArgumentParser(prog="quotes show", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())

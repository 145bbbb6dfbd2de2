"""A tiny DOM for the report tests: parse HTML strictly, find elements, read their text.

The standard library's :class:`html.parser.HTMLParser` tokenises; this builds the tree and
fails on any end tag that does not close the innermost open element, so a test using it also
checks that the report's elements nest properly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "br", "link", "img", "input", "hr", "wbr", "source"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    def iter(self) -> Iterator[Element]:
        """This element and all below it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        """Elements with ``tag`` (any when None) whose attributes hold ``attrs``
        (``class_`` matches one class; other underscores stand for dashes)."""
        out = []
        for el in self.iter():
            if tag is not None and el.tag != tag:
                continue
            if all(_has(el, k, v) for k, v in attrs.items()):
                out.append(el)
        return out

    def text(self, *, skip_badges: bool = False) -> str:
        """The text below this element; without the speaker badges when asked."""
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif not (skip_badges and "data-badge" in child.attrs):
                parts.append(child.text(skip_badges=skip_badges))
        return "".join(parts)


def _has(el: Element, key: str, value: str) -> bool:
    if key == "class_":
        return value in el.attrs.get("class", "").split()
    return el.attrs.get(key.replace("_", "-")) == value


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_endtag(self, tag: str) -> None:
        top = self.stack[-1].tag
        if tag != top:
            raise AssertionError(f"</{tag}> closes <{top}>: elements do not nest")
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(markup: str) -> Element:
    """The tree of ``markup``; AssertionError when its elements do not nest or stay open."""
    builder = _Builder()
    builder.feed(markup)
    builder.close()
    open_tags = [el.tag for el in builder.stack[1:]]
    if open_tags:
        raise AssertionError(f"elements left open: {open_tags}")
    return builder.root


def claim_text(root: Element, quote_id: int, *, scope: Element | None = None) -> str:
    """The text of all fragments of one claim, in document order, joined (no badges).

    A fragment inside another fragment of the same claim is not counted twice.
    """
    base = scope or root
    parts = []
    for el in base.iter():
        if el.tag == "mark" and el.attrs.get("data-quote-id") == str(quote_id):
            parts.append(_own_text(el, str(quote_id)))
    return "".join(parts)


def _own_text(el: Element, qid: str) -> str:
    out = []
    for child in el.children:
        if isinstance(child, str):
            out.append(child)
        elif "data-badge" in child.attrs:
            continue
        elif child.tag == "mark" and child.attrs.get("data-quote-id") == qid:
            continue
        else:
            out.append(_own_text(child, qid))
    return "".join(out)

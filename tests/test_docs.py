"""The docs say what the code does: the schema lists the real columns, the rule examples fire."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotes.table import COLUMNS

DOCS = Path(__file__).resolve().parent.parent / "docs"

#: Examples that need more than their table cell: a rule that reads the previous paragraph.
CONTEXT = {
    "continuation": (
        'Mayor Ana Ruiz told reporters that the port was ready.\n"Nothing will stop us."'
    ),
    # a Q&A interview needs both kinds of turn: one alone is no interview
    "interview_answer": (
        "Mayor Ana Ruiz spoke to us.\n\nQ: Will you run?\n\nA: No. We will not raise taxes."
    ),
    "interview_question": "Mayor Ana Ruiz spoke to us.\n\nQ: Will you raise taxes?\n\nA: No.",
}


def _table_rows(markdown: str, heading: str) -> list[list[str]]:
    """The body rows of the first table after ``heading``, as lists of cell strings."""
    section = markdown.split(heading, 1)[1]
    rows = []
    for line in section.splitlines():
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
        elif rows:
            break
    return rows[2:]  # header and separator


def test_schema_lists_every_column_in_order_with_its_dtype() -> None:
    rows = _table_rows((DOCS / "schema.md").read_text(encoding="utf-8"), "## Columns")
    names = [n for row in rows for n in re.findall(r"`([a-z_]+)`", row[0])]
    assert names == list(COLUMNS)
    for row in rows:
        for name in re.findall(r"`([a-z_]+)`", row[0]):
            dtype = COLUMNS[name]
            expected = "category" if str(dtype) == "category" else str(dtype)
            assert row[1].startswith(f"`{expected}`"), (name, row[1], expected)


def _rule_examples() -> list[tuple[str, str, str]]:
    """``(rule, text, claim words)`` for each row of the guide's table of rules."""
    guide = (DOCS / "guide.md").read_text(encoding="utf-8")
    out = []
    for rule_cell, _, example in _table_rows(guide, "## How claims are found"):
        rule = rule_cell.strip("`")
        (bold,) = re.findall(r"\*\*(.+?)\*\*", example)
        text = CONTEXT.get(rule) or re.sub(r"\*", "", example)
        out.append((rule, text, bold))
    return out


@pytest.mark.parametrize(("rule", "text", "words"), _rule_examples())
def test_each_rule_example_in_the_guide_is_found_by_that_rule(
    extractor, rule: str, text: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    table = extractor.extract(text)
    found = {
        str(r).split("+")[0]: str(q) for r, q in zip(table["rule"], table["quote"], strict=True)
    }
    assert rule in found, f"{rule} did not fire on {text!r}: {dict(found)}"
    assert words.strip('"') in found[rule]


ROOT = DOCS.parent
#: What a user reads: the README, the docs and the library's own messages and docstrings.
USER_FILES = [
    ROOT / "README.md",
    *sorted(DOCS.glob("*.md")),
    *sorted((ROOT / "quotes").rglob("*.py")),
]


def _distribution_name() -> str:
    import tomllib  # noqa: PLC0415 (Python 3.11+; the test is skipped before)

    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["name"])


@pytest.mark.skipif(__import__("sys").version_info < (3, 11), reason="tomllib is Python 3.11+")
def test_every_install_line_names_our_distribution_not_the_other_quotes_package() -> None:
    """`quotes` on the package index is somebody else's package: every `pip install` of ours
    names the distribution of pyproject.toml (the import name stays `quotes`)."""
    name = _distribution_name()
    assert name != "quotes"
    for path in USER_FILES:
        for line in path.read_text("utf-8").splitlines():
            for target in re.findall(r"pip install\s+['\"]?([A-Za-z0-9_.\-]+)", line):
                assert target.split("[")[0] != "quotes", f"{path.name}: {line.strip()}"
            for extra in re.findall(r"['\"]?([A-Za-z0-9_.\-]+)\[[a-z,]+\]", line):
                if "pip install" in line and extra not in (".", "-e"):
                    assert extra == name, f"{path.name}: {line.strip()}"


def test_user_files_link_only_to_what_a_clone_has() -> None:
    """CONTRACT.md and FACTS.md live beside the project, not in a user's clone."""
    for path in USER_FILES:
        text = path.read_text("utf-8")
        for missing in ("CONTRACT.md", "FACTS.md", "STYLE.md", "](../shared", "](../../shared"):
            assert missing not in text, f"{path.relative_to(ROOT)} names {missing}"

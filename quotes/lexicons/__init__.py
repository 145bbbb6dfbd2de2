"""Lexicons as data: one word or phrase a line under ``quotes/lexicons/<lang>/<name>.txt``.

Lines starting with ``#`` are comments; blank lines are skipped. Tables (``load_table``) hold
tab-separated fields. Each file is read once per process (``functools.cache``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from quotes import errors

SUPPORTED_LANGUAGES = ("en",)


def _lines(name: str, lang: str) -> list[str]:
    if lang not in SUPPORTED_LANGUAGES:
        raise errors.BackendError(
            errors.UNSUPPORTED_LANGUAGE.format(lang=lang, known=", ".join(SUPPORTED_LANGUAGES))
        )
    path = resources.files("quotes.lexicons").joinpath(lang).joinpath(f"{name}.txt")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@cache
def load_lexicon(name: str, lang: str = "en") -> frozenset[str]:
    """The entries of a one-column lexicon, lower-cased."""
    return frozenset(line.lower() for line in _lines(name, lang))


@cache
def load_table(name: str, lang: str = "en") -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated lexicon, fields stripped."""
    return tuple(tuple(f.strip() for f in line.split("\t")) for line in _lines(name, lang))

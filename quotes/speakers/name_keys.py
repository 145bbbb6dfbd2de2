"""One key per name, whatever its typographic marks (issue 13).

News copy writes the same name in several typographic forms, often within one article (wire
copy pasted into a story, a headline typed by hand): curly and straight apostrophes
("Trump’s campaign" / "Trump's campaign"), hyphens and en dashes ("Okafor-Hale" /
"Okafor–Hale"), runs of spaces or a line break inside a span, dotted and undotted
abbreviations and initials ("U.S." / "US", "F.B.I." / "FBI", "J.D. Vance" / "JD Vance"), and
accents kept in one place and dropped in another ("José" / "Jose", "François Hollande" /
"Francois Hollande"). The registry compares names by :func:`name_key`, which folds exactly
these marks and case, so each form finds the one entity; names that differ in a letter
("Jon Lee" / "Jan Lee") keep different keys. Scraped copy may hold a name as mojibake, its
UTF-8 bytes read as Windows-1252 ("PeÃ±a Nieto"): the key is its repaired form's. An
entity's canonical name keeps the spelling of its first full mention
(:attr:`~quotes.speakers.registry.model.Entity.name`), never the key.

Folding follows Unicode's compatibility decomposition (NFKD, UAX #15) with the combining
marks dropped, the usual accent-insensitive match of search engines and of name matching in
entity linking.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TypeVar

from quotes.text import repair_mojibake

#: Apostrophes and the marks typed for them: right and left single quotation marks, the
#: modifier letter apostrophe, the prime, grave and acute accents.
APOSTROPHES = "'\u2019\u2018\u02bc\u2032`\u00b4"
#: Hyphens and the dashes written for them inside a name: hyphen, non-breaking hyphen,
#: figure dash, en dash, em dash, horizontal bar, minus sign.
NAME_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_MARKS = str.maketrans(
    {**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in NAME_DASHES}, ".": None}
)
_SPACES = re.compile(r"\s+")

V = TypeVar("V")
T = TypeVar("T")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The form two spellings of one name share: mojibake repaired ("PeÃ±a" is "Peña",
    :func:`quotes.text.repair_mojibake`), accents dropped (NFKD less combining marks),
    apostrophes straight, dashes a hyphen, dots gone, spaces one, ends trimmed, case folded.

    >>> name_key("José  Ruiz") == name_key("Jose Ruiz"), name_key("J.D.") == name_key("JD")
    (True, True)
    """
    decomposed = unicodedata.normalize("NFKD", repair_mojibake(name))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", plain.translate(_MARKS)).strip().casefold()


#: A word of dotted letters ("U.N.", "u.s.", "J.D."), any case.
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}")


@lru_cache(maxsize=65536)
def person_word_key(word: str) -> str:
    """:func:`name_key` for the single name words of people (surnames, first names, parts),
    save that a word of dotted letters keeps its dots: without them "U.N." would be keyed as
    Kim Jong Un's "Un" and "U.S." as a surname "Us", and an organisation's abbreviation would
    name a person. An initial pair written both ways ("J.D." / "JD") still meets in the full
    name's key (:func:`name_key`)."""
    if _DOTTED_INITIALS.fullmatch(word.strip()):
        return word.strip().casefold()
    return name_key(word)


class NameIndex(dict[str, V]):
    """A dict from names to what they name whose every key goes through :func:`name_key`, so
    a lookup by any spelling of a name finds what another spelling stored (the registry's
    ``by_org``; people's name words: :class:`PersonWordIndex`)."""

    key = staticmethod(name_key)

    def __getitem__(self, key: str) -> V:
        return super().__getitem__(self.key(key))

    def __setitem__(self, key: str, value: V) -> None:
        super().__setitem__(self.key(key), value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(self.key(key))

    def get(self, key: str, default: T | None = None) -> V | T | None:  # type: ignore[override]
        return super().get(self.key(key), default)

    def setdefault(self, key: str, default: V) -> V:  # type: ignore[override]
        return super().setdefault(self.key(key), default)


class PersonWordIndex(NameIndex[V]):
    """A :class:`NameIndex` of people's single name words, keyed by :func:`person_word_key`
    (the registry's ``by_surname``, ``by_first`` and ``by_part``)."""

    key = staticmethod(person_word_key)

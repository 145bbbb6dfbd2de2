"""The word lists the speaker resolver reads, as data (``quotes/lexicons/<lang>/``).

Roles and their synonyms, pronouns with their agreement features, first names with their
usual gender, affiliation words with the side they stand for, group and organisation nouns.
Each table is read once per process and indexed for lookups in constant time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from quotes.lexicons import load_lexicon, load_table

#: Words that make a role a different, lower office ("vice president", "deputy prime minister").
#: Words before a role that make it another office: a vice president is not "the president",
#: a former or shadow chancellor not "the chancellor" (the UK opposition's "shadow" offices).
SUBORDINATE = frozenset(
    {"vice", "deputy", "first", "assistant", "under", "acting", "former", "shadow"}
)

MALE = "m"
FEMALE = "f"
#: First-person singular pronouns, lower-case (compare a token's ``lower``): outside quotations
#: in an interview's answer they are the person interviewed (PronounRules.pronoun); inside a
#: direct quotation, its speaker talking as one person, not for an organisation
#: (registry/retype). One list for both, so the two cannot drift apart.
FIRST_SINGULAR = frozenset({"i", "me", "my", "myself", "mine"})
#: First-person plural pronouns, lower-case: outside quotations the writer and their paper;
#: inside a quotation a spokesperson speaking for an organisation ("we", "our").
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
#: Possessive determiners: "his campaign" is owned (the resolver reads the owner), and "her
#: support" stands for the subject of its clause ("Fiorina threw her support behind Cruz").
POSSESSIVE_PRONOUNS = frozenset({"my", "your", "his", "her", "its", "our", "their"})
#: The kind of a political party (description_nouns.txt: "the party" points back to one).
PARTY = "party"


@dataclass(frozen=True, slots=True)
class PronounFeatures:
    """Agreement features of a personal pronoun (person 1-3, number sg/pl, gender m/f/n/any)."""

    person: int
    number: str
    gender: str


@dataclass(frozen=True)
class SpeakerLexicon:
    """Every lexicon of the resolver for one language, indexed.

    Attributes:
        roles: role phrase (lower case, as word tuples) -> gender the word shows, or "".
        role_first: first word -> role phrases starting with it, longest first.
        role_words: every word that occurs in a role phrase ("press", "state" ...).
        canonical: role phrase -> canonical role ("press secretary" -> "spokesperson").
        covers: canonical role -> narrower canonical roles it also names ("leader" ->
            "president" ...).
        pronouns: pronoun -> its features.
        male, female: first names.
        sides: affiliation word or phrase -> side key ("kremlin" -> "RU").
        group_nouns, org_nouns, source_nouns: noun lemmas (see the data files).
        people_nouns: lemmas of plural nouns for people that only antecedents read
            (people_nouns.txt: "women", "attendees").
        description_kinds: head noun of a description -> the kinds of entity it fits
            ("newspaper" -> media; description_nouns.txt).
        outlets: a news outlet's name, or the last word of one, -> media / broadcaster
            (media_outlets.txt).
        parties: first word of a political party's name, as written -> the names starting
            with it, as word tuples, longest first (parties.txt).
        seats: the same for the seats of government that speak by metonymy ("Downing
            Street", "No 10": seats_of_government.txt).
        initialisms: a common agency's initialism as written ("FBI") -> its kind
            (organisation_initialisms.txt).
        unofficial: a role that is no office -> ``tie`` (a candidacy, a family or social
            tie) or ``trade`` (an occupation: unofficial_roles.txt).
        company_designators: last words of companies' names ("Foods", "Holdings":
            company_designators.txt).
    """

    roles: dict[tuple[str, ...], str]
    role_first: dict[str, list[tuple[str, ...]]]
    role_words: frozenset[str]
    canonical: dict[str, str]
    covers: dict[str, frozenset[str]]
    pronouns: dict[str, PronounFeatures]
    male: frozenset[str]
    female: frozenset[str]
    sides: dict[str, str]
    group_nouns: frozenset[str]
    org_nouns: frozenset[str]
    source_nouns: frozenset[str]
    people_nouns: frozenset[str] = frozenset()
    description_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)
    parties: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    seats: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    initialisms: dict[str, str] = field(default_factory=dict)
    unofficial: dict[str, str] = field(default_factory=dict)
    company_designators: frozenset[str] = frozenset()

    # --- roles -------------------------------------------------------------------------
    def find_roles(self, words: list[str]) -> list[tuple[int, int, str]]:
        """Role phrases in ``words`` (lower case), longest match first, left to right.

        Returns:
            ``(start, end, phrase)`` word ranges, non-overlapping.
        """
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            match = None
            for phrase in self.role_first.get(words[i], ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    match = phrase
                    break
            if match is None:
                match = self._plural_role(words[i])
            if match is None:
                i += 1
                continue
            end = i + len(match)
            if i and words[i - 1] in SUBORDINATE and (not out or out[-1][1] < i):
                # "shadow chancellor", "former president": another office than the role alone
                i, match = i - 1, (words[i - 1], *match)
            out.append((i, end, " ".join(match)))
            i = end
        return out

    def _plural_role(self, word: str) -> tuple[str, ...] | None:
        """``("president",)`` for "presidents": a plural of a one-word role; ``("sen.",)`` for
        "sens.", an abbreviated title's plural (AP style: "Sens. Ann Roe and Bob Lee",
        ``title_abbreviations.txt``)."""
        for stem in (word[:-1], word[:-2]) if word.endswith("s") else ():
            if (stem,) in self.roles:
                return (stem,)
        singular = self.abbreviated_singular(word)
        if singular:
            return (singular,)
        if word.endswith("men"):
            stem = word[:-3] + "man"
            if (stem,) in self.roles:
                return (stem,)
        return None

    def abbreviated_singular(self, word: str) -> str | None:
        """The role an abbreviated title's plural is of ("sen." for "sens."), else None."""
        if word.endswith("s.") and (word[:-2] + ".",) in self.roles:
            return word[:-2] + "."
        return None

    def canonical_role(self, phrase: str) -> str:
        """The canonical role of a role phrase (itself when it has no synonym). "Former" is
        kept before the canonical role of the rest ("former Gov." -> "former governor")."""
        low = phrase.lower()
        if low in self.canonical:
            return self.canonical[low]
        first, _, rest = low.partition(" ")
        if first == "former" and rest:
            return "former " + self.canonical.get(rest, rest)
        return low

    def role_matches(self, wanted: str, held: str) -> bool:
        """Whether a descriptor's canonical role ``wanted`` names a holder of ``held``.

        Equal roles match; a broader role covers its narrower ones ("leader" -> "president");
        a role matches a longer role with the same last word ("minister" -> "foreign
        minister", "secretary" -> "secretary of state" does not: its head is "secretary" but
        it is named by its whole phrase).
        """
        if wanted == held or held in self.covers.get(wanted, ()):
            return True
        if not held.endswith(" " + wanted):
            return False
        # a vice president is not "the president", a deputy minister not "the minister"
        return held.split()[0] not in SUBORDINATE

    def role_gender(self, phrase: str) -> str:
        return self.roles.get(tuple(phrase.lower().split()), "")

    # --- names, sides, pronouns -----------------------------------------------------------
    def first_name_gender(self, name: str) -> str:
        """The usual gender of a first name: the project's short lists first, then the
        first-name dictionary of the optional ``gender-guesser`` package (about 45,000 names
        of many countries, :func:`name_dictionary`); ``""`` for a name both or neither list."""
        low = name.lower()
        if low in self.male and low not in self.female:
            return MALE
        if low in self.female and low not in self.male:
            return FEMALE
        if low in self.male or not low.isalpha() or len(low) < 2:
            return ""
        guess = name_dictionary()
        return guess(name) if guess is not None else ""

    def kind_of_name(self, name: str) -> str:
        """The kind of a named organisation: a listed outlet, else the kind its head noun
        names: the last word ("Congressional Budget Office" -> agency, "Valley Gazette" ->
        media), or the word before an "of" / "for" ("Office for Budget Responsibility",
        "Department of Labor" -> agency; "Bank of England" -> company); a listed initialism
        as written ("FBI" -> agency: organisation_initialisms.txt)."""
        low = name.lower().strip()
        if low.startswith("the "):
            low = low[4:]
        if low in self.outlets:
            return self.outlets[low]
        if self.is_party(name):
            return PARTY
        bare = name.strip().removeprefix("the ").removeprefix("The ")
        if bare in self.initialisms:  # "the FBI": no head noun, a listed initialism
            return self.initialisms[bare]
        words = low.split()
        if not words:
            return ""
        if (head := head_before_of(words)) is not None:
            kinds = self.description_kinds.get(head, frozenset()) - {"person"}
            return min(kinds) if len(kinds) == 1 else ""
        if words[-1] in self.outlets and len(words) > 1:
            return self.outlets[words[-1]]
        if words[-1] in self.company_designators and len(words) > 1:
            return "company"
        kinds = self.description_kinds.get(words[-1], frozenset())
        kinds = kinds - {"person"}
        return min(kinds) if len(words) > 1 and len(kinds) == 1 else ""

    def is_party(self, name: str) -> bool:
        """Whether ``name`` (article aside) is a listed political party, capitals and all."""
        words = tuple(name.split())
        if words[:1] in (("the",), ("The",)):
            words = words[1:]
        return bool(words) and words in self.parties.get(words[0], ())

    def side(self, phrase: str) -> str | None:
        """The side key of an affiliation word or phrase, None for an unlisted one."""
        low = phrase.lower().strip()
        if low.startswith("the "):
            low = low[4:]
        return self.sides.get(low)


def head_before_of(words: list[str]) -> str | None:
    """The word before a name's first "of" / "for", which is its head noun ("Department of
    Labor", "Office for Budget Responsibility", "Friends of the Earth"); None when the name
    has no such phrase and its head is its last word ("Congressional Budget Office"). Shared
    by :meth:`SpeakerLexicon.kind_of_name` and the descriptions' test of a name of no known
    kind, so both read a name's head the same way."""
    for head, word in zip(words, words[1:], strict=False):
        if word in ("of", "for"):
            return head
    return None


@cache
def _name_codes() -> dict[str, frozenset[str]] | None:
    """Each first name of the optional ``gender-guesser`` package's data file (Jörg Michael's
    list of about 48,000 names from many countries), lower-cased, with its gender codes
    ("M", "F", "?M", "1F", "?" ...), or None when the package is not installed.

    The data file is read directly (a tenth of a second, where the package's own detector
    takes seconds to build per-country tables we do not need)."""
    try:
        import gender_guesser  # type: ignore[import-untyped]
    except ImportError:
        return None
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    codes: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line[:1] in ("#", "=") or len(line) < 4:
                continue
            parts = line[:30].split()
            if len(parts) < 2:
                continue
            name = "".join(parts[1:]).replace("+", " ").lower()
            codes.setdefault(name, set()).add(parts[0])
    return {name: frozenset(found) for name, found in codes.items()}


@cache
def name_dictionary() -> Callable[[str], str] | None:
    """The first-name dictionary of the optional ``gender-guesser`` package as ``name -> "m" |
    "f" | ""``, or None when the package is not installed (``pip install
    quotes-attribution[gender]``): the hand lists of first_names_*.txt then decide alone.

    Only a name listed as male and never as female (or the reverse) counts; "mostly", unisex
    and mixed names stay unknown, so a pronoun is never matched on a guess.
    """
    codes = _name_codes()
    if codes is None:
        return None
    table = {
        name: MALE if found == {"M"} else FEMALE
        for name, found in codes.items()
        if found in ({"M"}, {"F"})
    }

    def guess(name: str) -> str:
        return table.get(name.lower(), "")

    return guess


def listed_first_name(name: str) -> bool:
    """Whether ``name`` is a first name of the ``gender-guesser`` dictionary, whatever its
    gender ("Luiz", mostly male there, and unisex names count): a test of being a given name,
    not of gender. False when the package is not installed."""
    codes = _name_codes()
    return codes is not None and name.lower() in codes


def singular_title(text: str, phrase: str) -> str:
    """The title each name after the plural title ``text`` holds: as the text abbreviates it
    for an abbreviated title ("Sens." -> "Sen.", AP style's plural), else the singular role
    ``phrase`` found for it ("senators" -> "senator")."""
    if text.endswith("s.") and phrase.endswith(".") and " " not in text:
        return text[:-2] + "."
    return phrase


@cache
def speaker_lexicon(lang: str = "en") -> SpeakerLexicon:
    """The resolver's lexicons for ``lang``, loaded once (raises for an unsupported language)."""
    roles: dict[tuple[str, ...], str] = {}
    for row in load_table("roles", lang):
        roles[tuple(row[0].lower().split())] = row[1] if len(row) > 1 else ""
    canonical: dict[str, str] = {}
    covers: dict[str, frozenset[str]] = {}
    for row in load_table("role_synonyms", lang):
        key = row[0].lower()
        canonical[key] = key
        if len(row) > 1:
            for syn in filter(None, (s.strip().lower() for s in row[1].split(","))):
                canonical[syn] = key
                roles.setdefault(tuple(syn.split()), "")
        if len(row) > 2:
            covers[key] = frozenset(s.strip().lower() for s in row[2].split(",") if s.strip())
    role_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(roles, key=len, reverse=True):
        role_first.setdefault(phrase[0], []).append(phrase)
    pronouns = {
        row[0].lower(): PronounFeatures(int(row[1]), row[2], row[3])
        for row in load_table("pronouns", lang)
    }
    sides = {row[0].lower(): row[1] for row in load_table("affiliations", lang)}
    return SpeakerLexicon(
        roles=roles,
        role_first=role_first,
        role_words=frozenset(w for phrase in roles for w in phrase),
        canonical=canonical,
        covers=covers,
        pronouns=pronouns,
        male=load_lexicon("first_names_male", lang),
        female=load_lexicon("first_names_female", lang),
        sides=sides,
        group_nouns=load_lexicon("group_nouns", lang),
        org_nouns=load_lexicon("organisation_nouns", lang),
        source_nouns=load_lexicon("source_nouns", lang),
        people_nouns=load_lexicon("people_nouns", lang),
        description_kinds={
            row[0].lower(): frozenset(k.strip() for k in row[1].split(",") if k.strip())
            for row in (
                *load_table("description_nouns", lang),
                *load_table("sponsored_texts", lang),
            )
        },
        outlets={row[0].lower(): row[1] for row in load_table("media_outlets", lang)},
        parties=_by_first_word(row[0] for row in load_table("parties", lang)),
        seats=_by_first_word(row[0] for row in load_table("seats_of_government", lang)),
        initialisms={row[0]: row[1] for row in load_table("organisation_initialisms", lang)},
        unofficial={row[0].lower(): row[1] for row in load_table("unofficial_roles", lang)},
        company_designators=load_lexicon("company_designators", lang),
    )


def _by_first_word(names: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """Names as word tuples under their first word, longest first (the longest match wins:
    "Labour Party" before "Labour")."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(name.split())
        out.setdefault(words[0], []).append(words)
    for options in out.values():
        options.sort(key=len, reverse=True)
    return out

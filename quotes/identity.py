"""One id per speaker across a corpus: the name forms of one person or organisation meet.

Each document resolves its speakers on its own (:mod:`quotes.speakers`), so a corpus table
holds "Trump" (a headline-only article), "Donald Trump" and "Donald J. Trump" as three
strings, "Dmitry Peskov" and "Dmitri Peskov" as two. :func:`assign_speaker_ids` adds the
column ``speaker_id``: one id per real speaker, merging name forms only where the corpus
makes the merge safe (docs/corpus.md, "Speaker ids across a corpus", says how a merge is
decided). A user alias table wins over every automatic decision.

The work is done on the distinct speaker strings (tens of thousands in a large corpus), never
on the claims, so it is cheap and can run on the client of a Dask computation
(:mod:`quotes.dask_spread`): :func:`name_stats` per partition, :func:`resolve_names` once.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeAlias, TypeGuard

import pandas as pd

from quotes import errors
from quotes.lexicons import load_lexicon
from quotes.records import GROUP, PERSON, SPEAKER_TYPES, UNKNOWN
from quotes.table import STRING

#: A bare surname (or first name) joins the most documented full name it fits when that name
#: has at least this share of the documents of all the full names it fits; 1.0: only a unique
#: fit merges. Measured on PolNeAR (docs/benchmarks.md): "Trump" -> Donald Trump, while two
#: Smiths of one document each stay apart from a bare "Smith".
DOMINANCE = 0.8

#: Two first names are one (with the same surname) when their transliteration skeletons are
#: equal, or when textacy's Levenshtein similarity of the skeletons reaches this value and
#: they start with the same letter ("Aleksandr" / "Alexander"; not "Ivana" / "Ivanka").
FIRST_NAME_SIMILARITY = 0.85

#: A lone first name ("Hillary", "Jeb") joins a full name only when the corpus names that
#: person in at least this many documents: a first name alone in a document is as often a
#: private person quoted by first name.
FIRST_NAME_MIN_DOCS = 20

#: A bare surname joins a full name only when the corpus gives that full name in at least this
#: many documents: on PolNeAR, about half of the bare surnames joined to a full name seen in
#: one document were someone else (a "Waters" beside an unquoted David Waters).
SURNAME_MIN_DOCS = 2

#: Lower-case words a personal name may hold ("Ludwig van Beethoven", "Bashar al-Assad").
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "della",
        "der",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "bin",
        "al",
        "el",
        "y",
    }
)

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: An alias table in any accepted form (see :func:`read_aliases`).
Aliases: TypeAlias = str | Path | Mapping[str, Any] | pd.DataFrame | None


@dataclass(frozen=True, slots=True)
class Alias:
    """The user's word for a name form: its id, and optionally a display name and type."""

    id: str
    name: str | None = None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a speaker string is across the corpus."""

    id: str
    name: str
    type: str


# --- names -----------------------------------------------------------------------------------


def fold(text: str) -> str:
    """ASCII letters, lower case: "Dmitrí" -> "dmitri" (accents are a spelling, not a name)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_key(name: str) -> str:
    """The form under which two spellings of one name are equal: folded, possessive, leading
    article and punctuation removed ("The White House's" -> "white house", "U.S." -> "us")."""
    text = fold(name).replace("’", "'")
    text = re.sub(r"'s?\b", "", text)
    text = re.sub(r"[^a-z0-9&]+", " ", text.replace(".", "")).strip()
    text = re.sub(r"^the ", "", text)
    return text.replace("&", "and")


def skeleton(word: str) -> str:
    """A spelling-insensitive form of one name word, for transliteration variants.

    "Dmitry" and "Dmitri", "Zelensky" and "Zelenskiy", "Alexei" and "Aleksey", "Sergey" and
    "Sergei" each give one skeleton: y/j -> i, ks -> x, kh -> h, ph -> f, doubled letters once.
    """
    w = fold(word)
    for old, new in (("kh", "h"), ("ks", "x"), ("ph", "f"), ("ck", "k"), ("y", "i"), ("j", "i")):
        w = w.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", w)


@cache
def _titles() -> tuple[tuple[str, ...], ...]:
    """The title phrases of ``name_titles.txt`` as word tuples, longest first."""
    phrases = (tuple(t.split()) for t in load_lexicon("name_titles"))
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@dataclass(frozen=True, slots=True)
class PersonName:
    """A personal name in parts (skeletons), titles removed."""

    first: str | None
    middle: tuple[str, ...]
    last: str
    suffix: str
    surname: str = ""  # folded, not a skeleton: a bare surname must match it exactly

    @property
    def initial_only(self) -> bool:
        return self.first is not None and len(self.first) == 1

    @property
    def full(self) -> bool:
        """A first name and a surname, not a bare surname nor an initial."""
        return self.first is not None and not self.initial_only


def parse_person(name: str) -> PersonName | None:
    """The parts of a person's name; None when nothing is left once titles are removed, or
    when the string is no personal name: a possessive ("Elliott's father") or a lower-case
    word ("Democratic nominee", "New York judge")."""
    if re.search(r"\w['’]s?\s+\w", name):
        return None
    if any(w[0].islower() and w not in _PARTICLES for w in re.findall(r"[^\W\d_][\w'’.-]*", name)):
        return None
    words = name_key(name).replace("-", " ").split()
    stripped = True
    while stripped and words:
        stripped = False
        for title in _titles():
            if tuple(words[: len(title)]) == title and len(words) > len(title):
                words = words[len(title) :]
                stripped = True
                break
    suffix = ""
    if len(words) > 1 and words[-1] in _SUFFIXES:
        suffix = words.pop()
    if not words:
        return None
    skel = [skeleton(w) for w in words]
    if len(skel) == 1:
        return PersonName(None, (), skel[0], suffix, words[0])
    return PersonName(skel[0], tuple(skel[1:-1]), skel[-1], suffix, words[-1])


def is_description(name: str, speaker_type: str) -> bool:
    """True for a source the text describes but does not name ("senior diplomat", "reporters",
    "Russian authorities"): such a speaker is not one speaker across documents, so its id is
    scoped to its document."""
    if speaker_type == GROUP:
        return True
    letters = [c for c in re.sub(r"^(the|a|an)\s+", "", name.strip()) if c.isalpha()]
    return not letters or letters[0].islower()


def slug(name: str) -> str:
    """A readable id from a display name: "Dmitry Peskov" -> "dmitry-peskov"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "speaker"


# --- alias tables ----------------------------------------------------------------------------


def read_aliases(aliases: Aliases) -> dict[str, Alias]:
    """The user's alias table, keyed by :func:`name_key` of each variant.

    Accepts a CSV path (columns ``variant``, ``id``, optional ``name``, ``type``), a
    DataFrame with those columns, or a mapping variant -> id (or -> a dict with ``id`` and
    optional ``name``, ``type``). Nothing is fetched: ids are whatever the table says (a
    newsroom's own ids, Wikidata QIDs it exported).
    """
    if aliases is None:
        return {}
    if _is_read(aliases):
        return dict(aliases)  # type: ignore[arg-type]
    if isinstance(aliases, (str, Path)):
        path = Path(aliases)
        if not path.is_file():
            raise errors.AliasError(
                errors.ALIAS_BAD_TABLE.format(where=str(path), problem="no such file")
            )
        with path.open(encoding="utf-8-sig", newline="") as fh:  # Excel writes a BOM
            rows = list(csv.DictReader(fh))
        return _alias_rows(rows, str(path))
    if isinstance(aliases, pd.DataFrame):
        return _alias_rows(aliases.to_dict("records"), "the alias DataFrame")
    if isinstance(aliases, Mapping):
        rows = []
        for variant, value in aliases.items():
            if isinstance(value, Mapping):
                rows.append({"variant": variant, **value})
            else:
                rows.append({"variant": variant, "id": value})
        return _alias_rows(rows, "the alias mapping")
    raise errors.AliasError(
        errors.ALIAS_BAD_TABLE.format(where="aliases", problem=f"got a {type(aliases).__name__}")
    )


def _alias_rows(rows: Iterable[Mapping[str, Any]], where: str) -> dict[str, Alias]:
    out: dict[str, Alias] = {}
    for n, row in enumerate(rows, start=2 if where.endswith(".csv") else 1):
        place = f"{where}, row {n}"
        variant, alias_id = _text(row.get("variant")), _text(row.get("id"))
        if variant is None or alias_id is None:
            raise errors.AliasError(
                errors.ALIAS_BAD_TABLE.format(where=place, problem="a variant or id is missing")
            )
        kind = _text(row.get("type"))
        if kind is not None:
            kind = kind.upper()
            if kind not in SPEAKER_TYPES:
                raise errors.AliasError(
                    errors.ALIAS_BAD_TYPE.format(
                        where=place, value=kind, known=", ".join(SPEAKER_TYPES)
                    )
                )
        key = name_key(variant)
        alias = Alias(alias_id, _text(row.get("name")), kind)
        if key in out and out[key].id != alias_id:
            raise errors.AliasError(
                errors.ALIAS_BAD_TABLE.format(
                    where=place,
                    problem=f"{variant!r} is given two ids, {out[key].id!r} and {alias_id!r}",
                )
            )
        out[key] = alias
    return _share_names(out)


def _share_names(table: dict[str, Alias]) -> dict[str, Alias]:
    """Every variant of an id gets the display name and type given on any of its rows."""
    names: dict[str, str] = {}
    types: dict[str, str] = {}
    for alias in table.values():
        if alias.name:
            names.setdefault(alias.id, alias.name)
        if alias.type:
            types.setdefault(alias.id, alias.type)
    return {k: Alias(a.id, names.get(a.id), types.get(a.id)) for k, a in table.items()}


def _text(value: object) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):  # type: ignore[arg-type]
        return None
    text = str(value).strip()
    return text or None


# --- the corpus's names ----------------------------------------------------------------------

_NEEDED = ("doc_id", "speaker", "speaker_type")


def check_claims(claims: object, func: str, needed: Iterable[str] = _NEEDED) -> None:
    """Fail early, naming what is missing, rather than deep inside pandas."""
    if not isinstance(claims, pd.DataFrame):
        raise TypeError(f"quotes.{func}() takes a claims DataFrame, got {type(claims).__name__}.")
    needed = tuple(needed)
    missing = [c for c in needed if c not in claims.columns]
    if missing:
        raise errors.AliasError(
            errors.IDENTITY_BAD_CLAIMS.format(
                func=func, needed=", ".join(needed), missing=", ".join(missing)
            )
        )


def name_stats(claims: pd.DataFrame) -> pd.DataFrame:
    """Per speaker string and type: its documents and claims (``speaker``, ``speaker_type``,
    ``n_docs``, ``n_claims``). Partial tables' stats add up (:func:`combine_stats`) when no
    document is split between them, which is how a corpus run or a Dask partition holds them."""
    named = claims.loc[claims["speaker"].notna(), ["doc_id", "speaker", "speaker_type"]]
    named = named.astype({"doc_id": "object", "speaker": "object", "speaker_type": "object"})
    if named.empty:
        return pd.DataFrame(
            {
                "speaker": pd.Series(dtype="object"),
                "speaker_type": pd.Series(dtype="object"),
                "n_docs": pd.Series(dtype="int64"),
                "n_claims": pd.Series(dtype="int64"),
            }
        )
    grouped = named.groupby(["speaker", "speaker_type"], sort=True)
    return pd.DataFrame(
        {"n_docs": grouped["doc_id"].nunique(), "n_claims": grouped.size()}
    ).reset_index()


def combine_stats(parts: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """The :func:`name_stats` of a whole corpus from those of its parts."""
    frames = [p for p in parts if len(p)]
    if not frames:
        return name_stats(pd.DataFrame(columns=list(_NEEDED)))
    both = pd.concat(frames, ignore_index=True)
    return both.groupby(["speaker", "speaker_type"], sort=True, as_index=False)[
        ["n_docs", "n_claims"]
    ].sum()


@dataclass
class _Node:
    """One name key: the speaker strings that normalise to it, pooled."""

    key: str
    type: str
    forms: Counter[str] = field(default_factory=Counter)  # speaker string -> documents
    n_docs: int = 0
    person: PersonName | None = None
    alias: Alias | None = None


class _Clusters:
    """Union-find over nodes that refuses to join two different alias ids (the user's word)."""

    def __init__(self, nodes: list[_Node]) -> None:
        self.parent = list(range(len(nodes)))
        self.alias = [n.alias.id if n.alias else None for n in nodes]
        self.docs = [n.n_docs for n in nodes]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if self.alias[a] and self.alias[b] and self.alias[a] != self.alias[b]:
            return False
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.alias[a] = self.alias[a] or self.alias[b]
        self.docs[a] += self.docs[b]
        return True


def resolve_names(
    stats: pd.DataFrame, aliases: Aliases = None, *, dominance: float = DOMINANCE
) -> dict[str, Identity]:
    """Speaker string -> its corpus identity, for every named (not described) speaker.

    Args:
        stats: :func:`name_stats` of the corpus (or :func:`combine_stats` of its parts).
        aliases: the user's alias table (:func:`read_aliases`); it wins over every merge.
        dominance: see :data:`DOMINANCE`.

    The result depends only on the set of names and their counts, not on row order, so the
    same corpus gives the same ids in one process, in chunks or on a Dask cluster.
    """
    table = aliases if _is_read(aliases) else read_aliases(aliases)
    nodes = _nodes(stats, table)
    clusters = _Clusters(nodes)
    _merge_people(nodes, clusters, dominance)
    return _identities(nodes, clusters)


def _is_read(aliases: object) -> TypeGuard[dict[str, Alias]]:
    """True for the output of :func:`read_aliases` (a dict of :class:`Alias`)."""
    return isinstance(aliases, dict) and all(isinstance(v, Alias) for v in aliases.values())


def _nodes(stats: pd.DataFrame, table: Mapping[str, Alias]) -> list[_Node]:
    """One node per name key of a named speaker, its type the one given most documents."""
    by_key: dict[str, _Node] = {}
    types: dict[str, Counter[str]] = {}
    for row in stats.itertuples(index=False):
        name, kind, n_docs = str(row.speaker), str(row.speaker_type), int(row.n_docs)
        if is_description(name, kind):
            continue
        key = name_key(name) or name
        node = by_key.setdefault(key, _Node(key, kind))
        node.forms[name] += n_docs
        node.n_docs += n_docs
        types.setdefault(key, Counter())[kind] += n_docs
    nodes = [by_key[k] for k in sorted(by_key)]
    for node in nodes:
        counts = types[node.key]
        node.type = max(counts, key=lambda t: (counts[t], t == PERSON, t))
        node.alias = table.get(node.key)
        if node.type in (PERSON, UNKNOWN):
            # the resolver types a name the NER did not label UNKNOWN ("Trump" in a headline)
            node.person = _person_name(node)
    return nodes


def _person_name(node: _Node) -> PersonName | None:
    """A node's personal name when each of its forms reads as one."""
    parsed = [parse_person(form) for form in sorted(node.forms)]
    if any(p is None for p in parsed):
        return None
    return parsed[0]  # the forms share one name key, so they parse alike


def _first_compatible(a: str, b: str) -> bool:
    """Two first names (skeletons) of one person: equal, or one edit apart in a long name."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a[0] != b[0] or min(len(a), len(b)) < 5:
        return False
    from textacy.similarity import levenshtein  # noqa: PLC0415 (heavy; corpus-level only)

    return levenshtein(a, b) >= FIRST_NAME_SIMILARITY


def _middle_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names agree when either is absent or their initials are the same."""
    return not a or not b or [w[0] for w in a] == [w[0] for w in b]


def _merge_people(nodes: list[_Node], clusters: _Clusters, dominance: float) -> None:
    """Full names, then names with a middle name, then bare surnames and first names."""
    people = [i for i, n in enumerate(nodes) if n.person is not None]
    groups: dict[tuple[str, str], list[int]] = {}
    for i in people:
        p = nodes[i].person
        assert p is not None
        groups.setdefault((p.last, p.suffix), []).append(i)
    for members in groups.values():
        _merge_full_names(nodes, clusters, members, dominance)
    for members in groups.values():
        for i in members:
            p = nodes[i].person
            assert p is not None
            if not p.full:
                fits = [
                    j
                    for j in members
                    if _is_full(nodes[j])
                    and nodes[j].person.surname == p.surname  # type: ignore[union-attr]
                    and clusters.docs[clusters.find(j)] >= SURNAME_MIN_DOCS
                    and (p.first is None or _first_compatible(p.first, _first(nodes[j])))
                ]
                _join_dominant(clusters, i, fits, dominance)
    # A lone word that is nobody's surname may be a first name ("Bernie").
    for i in people:
        p = nodes[i].person
        assert p is not None
        if p.first is not None or p.suffix or nodes[i].type != PERSON:
            continue
        if any(_is_full(nodes[j]) for j in groups[(p.last, "")]):
            continue
        fits = [
            j
            for j in people
            if _is_full(nodes[j])
            and _first(nodes[j]) == p.last
            and clusters.docs[clusters.find(j)] >= FIRST_NAME_MIN_DOCS
        ]
        _join_dominant(clusters, i, fits, dominance)


def _is_full(node: _Node) -> bool:
    """A full personal name the documents typed PERSON (an UNKNOWN "Islamic State" is none)."""
    return node.person is not None and node.person.full and node.type == PERSON


def _first(node: _Node) -> str:
    assert node.person is not None and node.person.first is not None
    return node.person.first


def _merge_full_names(
    nodes: list[_Node], clusters: _Clusters, members: list[int], dominance: float
) -> None:
    """Within one surname: full names with compatible first and middle names are one person;
    a full name without a middle name joins the middle-named person it fits, if only one."""
    full = [i for i in members if _is_full(nodes[i])]
    with_middle = [i for i in full if nodes[i].person.middle]  # type: ignore[union-attr]
    without = [i for i in full if not nodes[i].person.middle]  # type: ignore[union-attr]
    for pool in (with_middle, without):
        for x, i in enumerate(pool):
            for j in pool[x + 1 :]:
                pi, pj = nodes[i].person, nodes[j].person
                assert pi is not None and pj is not None
                if _first_compatible(_first(nodes[i]), _first(nodes[j])) and _middle_compatible(
                    pi.middle, pj.middle
                ):
                    clusters.union(i, j)
    for i in without:
        fits = [j for j in with_middle if _first_compatible(_first(nodes[i]), _first(nodes[j]))]
        roots = {clusters.find(j) for j in fits}
        if len(roots) == 1:
            clusters.union(i, fits[0])
        elif roots:
            _join_dominant(clusters, i, fits, dominance)


def _join_dominant(clusters: _Clusters, i: int, fits: list[int], dominance: float) -> None:
    """Join node ``i`` to the cluster among ``fits`` that the corpus makes unambiguous: the
    only one, or one holding at least ``dominance`` of their documents."""
    roots = sorted({clusters.find(j) for j in fits} - {clusters.find(i)})
    if not roots:
        return
    docs = {r: clusters.docs[r] for r in roots}
    best = max(roots, key=lambda r: (docs[r], -r))
    if len(roots) == 1 or docs[best] >= dominance * sum(docs.values()):
        clusters.union(i, best)


def _identities(nodes: list[_Node], clusters: _Clusters) -> dict[str, Identity]:
    members: dict[int, list[int]] = {}
    for i in range(len(nodes)):
        members.setdefault(clusters.find(i), []).append(i)
    found: list[tuple[str, str, list[int], Alias | None]] = []
    for group in members.values():
        alias = next((nodes[i].alias for i in group if nodes[i].alias), None)
        kinds: Counter[str] = Counter()
        forms: Counter[str] = Counter()
        for i in group:
            kinds[nodes[i].type] += nodes[i].n_docs
            forms.update(nodes[i].forms)
        kind = (alias.type if alias and alias.type else None) or max(
            kinds, key=lambda t: (kinds[t], t)
        )
        name = (alias.name if alias and alias.name else None) or display_name(forms, kind)
        found.append((name, kind, group, alias))
    found.sort(key=lambda f: (-sum(nodes[i].n_docs for i in f[2]), f[0]))
    used: set[str] = {f[3].id for f in found if f[3]}
    out: dict[str, Identity] = {}
    for name, kind, group, alias in found:
        ident = alias.id if alias else _fresh(slug(name), used)
        for i in group:
            for form in nodes[i].forms:
                out[form] = Identity(ident, name, kind)
    return out


def _fresh(base: str, used: set[str]) -> str:
    ident, n = base, 1
    while ident in used:
        n += 1
        ident = f"{base}-{n}"
    used.add(ident)
    return ident


def display_name(forms: Mapping[str, int], speaker_type: str) -> str:
    """The name to show for a speaker: of its forms (string -> documents), a person's full
    name given in most documents (a shorter one on a tie: "Donald Trump" before "Donald J.
    Trump"); for others the form in most documents. Ties: not in capitals ("Jake Tapper", not
    "JAKE TAPPER" of a transcript), fewer words, alphabetical order."""

    def rank(form: str) -> tuple[int, int, bool, int, str]:
        parsed = parse_person(form) if speaker_type in (PERSON, UNKNOWN) else None
        full = 1 if parsed is not None and parsed.full else 0
        return (-full, -forms[form], form.isupper(), len(form.split()), form)

    return min(forms, key=rank)


# --- the column ------------------------------------------------------------------------------


def assign_speaker_ids(
    claims: pd.DataFrame,
    aliases: Aliases = None,
    *,
    dominance: float = DOMINANCE,
    identities: Mapping[str, Identity] | None = None,
) -> pd.DataFrame:
    """The claims table with ``speaker_id`` set: one id per real speaker across the corpus.

    Args:
        claims: a claims table (docs/schema.md) of a whole corpus; ``doc_id``, ``speaker`` and
            ``speaker_type`` are read.
        aliases: the user's alias table (a CSV path, a DataFrame or a mapping; see
            :func:`read_aliases`): a name form it lists gets its id, whatever the merge says.
        dominance: see :data:`DOMINANCE`.
        identities: a precomputed :func:`resolve_names` result (a Dask run computes it once
            for all partitions); by default computed from ``claims``.

    Returns:
        A copy of ``claims`` with the column ``speaker_id`` (``string``): NA where ``speaker``
        is NA; ``<slug>@<doc_id>`` for a described source ("senior-diplomat@a12"), which is
        not one speaker across documents; else the alias id or the slug of the display name
        ("dmitry-peskov"). Deterministic: the same corpus gives the same ids.
    """
    check_claims(claims, "assign_speaker_ids")
    if identities is None:
        identities = resolve_names(name_stats(claims), aliases, dominance=dominance)
    out = claims.copy()
    out["speaker_id"] = pd.Series(
        speaker_id_values(claims, identities), index=claims.index, dtype=STRING
    )
    return out


def speaker_id_values(claims: pd.DataFrame, identities: Mapping[str, Identity]) -> list[object]:
    """The ``speaker_id`` of each row, from the corpus's identities (see
    :func:`assign_speaker_ids`)."""
    values: list[object] = []
    types = claims["speaker_type"] if "speaker_type" in claims.columns else [None] * len(claims)
    for doc_id, speaker, kind in zip(claims["doc_id"], claims["speaker"], types, strict=True):
        if pd.isna(speaker):
            values.append(pd.NA)
            continue
        ident = identities.get(str(speaker))
        if ident and _first_name_of_other(str(speaker), kind, ident):
            ident = None
        values.append(ident.id if ident else f"{slug(str(speaker))}@{doc_id}")
    return values


def _first_name_of_other(speaker: str, kind: object, ident: Identity) -> bool:
    """A lone word joined to a person by first name ("Bill" -> Bill Clinton), on a row the
    document did not know as a person (``UNKNOWN``): a first name alone is weak evidence, and
    without the type it is as often a word cut from a longer name ("Bathroom Bill"), so that
    row keeps an id of its own document (PolNeAR: the one wrong first-name join of 97)."""
    if str(kind) != UNKNOWN or " " in speaker.strip():
        return False
    parts = ident.name.split()
    return len(parts) > 1 and fold(parts[0]) == fold(speaker)


__all__ = [
    "DOMINANCE",
    "Alias",
    "Identity",
    "assign_speaker_ids",
    "display_name",
    "name_key",
    "name_stats",
    "read_aliases",
    "resolve_names",
    "skeleton",
]

"""Claim spread: the same quotation carried by many documents, as one group.

Thirty outlets carrying one quotation give thirty rows; a fact-checker wants one group with
its documents, who carried it first and the edits each made. :func:`assign_claim_groups`
adds ``claim_group`` to a claims table; :func:`spread` gives one row per group.

How (docs/corpus.md, "Claim groups"):

1. Each claim's words are normalised (case, accents, quotation marks, punctuation); an
   ellipsis or a bracketed insertion ("[Clinton]") becomes a gap, the mark of an editor's cut.
2. Candidates: MinHash signatures of word 2-shingles (datasketch's ``affine32`` scheme and
   permutations, computed in bulk with numpy) cut into LSH bands; two claims sharing a band
   are candidates. Cost grows linearly with the number of claims.
3. Each candidate pair is aligned word by word; a pair is the same claim when, apart from a
   trimmed start or end and the words behind a gap, textacy's Levenshtein similarity of what
   is left reaches :data:`SIMILARITY`, a trim keeps at least 8 words
   and cuts one claim only (not the start of one and the end of the other),
   each edit is a respelling or one word added or dropped, no negation and no number
   differs, and at least :data:`MIN_WORDS` words are shared.
4. Groups are the connected components of the accepted pairs.

Short claims (fewer than :data:`MIN_WORDS` words: "We will win.") join only identical claims
of the same speaker, and claims of one or two words none: such words recur without being one
quotation.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

import numpy as np
import pandas as pd

from quotes.identity import check_claims, fold
from quotes.table import STRING

NUM_PERM = 128
SEED = 1
#: Jaccard similarity of 2-shingle sets at which datasketch's LSH parameters are chosen (its
#: ``MinHashLSH(threshold=...)`` gives 32 bands of 4 rows for 128 permutations): a claim
#: sharing about 40% of its shingles with another is a candidate with probability 0.56, 60%
#: with 0.99.
LSH_THRESHOLD = 0.4
SHINGLE = 2
#: Fewest words a claim needs to be grouped with a different text or another speaker's claim
#: (shorter: identical words of the same speaker only: "to comment for this article" is
#: boilerplate, not a quotation carried), and fewest words two claims must share.
MIN_WORDS = 8
#: A trimmed claim is the same claim only when it keeps at least this many words of the other:
#: else a phrase ("Clinton's use of a private email server", "Senator Bernie Sanders of
#: Vermont") links every claim that contains it (PolNeAR: 5 of 50 groups checked were such
#: links when half of the longer claim was enough).
TRIM_MIN_WORDS = 8
#: Fewest words of a short claim grouped at all (identical words, same speaker): one or two
#: words ("them", "a conservative") recur as the object of many unrelated acts.
MIN_SHORT_WORDS = 3
#: textacy Levenshtein similarity the aligned words must reach (1.0 = identical).
SIMILARITY = 0.9
#: textacy Levenshtein similarity of the words one edit replaces, at least, for a respelling.
RESPELLING = 0.5
#: Candidate buckets larger than this (distinct texts) are chained, not paired all to all.
MAX_BUCKET = 50

GAP = "<gap>"
NEGATIONS = frozenset(
    {"not", "no", "never", "nothing", "none", "neither", "nor", "nobody", "without", "cannot"}
)
_WORD = re.compile(r"<gap>|[a-z0-9]+(?:'[a-z]+)?")
_GAPS = re.compile(r"\.\s*\.\s*\.|…|\[[^\]]*\]")


def words(quote: str) -> list[str]:
    """The comparable words of a claim: folded, punctuation gone, cuts marked as one gap."""
    text = _GAPS.sub(f" {GAP} ", str(quote))
    text = fold(text).replace("’", "'").replace("‘", "'").replace("%", " percent ")
    out: list[str] = []
    for w in _WORD.findall(text):
        if w == GAP and (not out or out[-1] == GAP):
            continue
        out.append(w)
    while out and out[-1] == GAP:
        out.pop()
    return out


def shingles(ws: Sequence[str]) -> list[str]:
    """Word bigrams that do not span a gap; a one-word run is one shingle. Bigrams, not
    trigrams: a word changed in an eight-word claim leaves 5 of 9 bigrams shared (an LSH
    candidate with probability 0.9) but 3 of 9 trigrams (0.3)."""
    out: list[str] = []
    run: list[str] = []
    for w in [*ws, GAP]:
        if w != GAP:
            run.append(w)
            continue
        if len(run) >= SHINGLE:
            out.extend(" ".join(run[k : k + SHINGLE]) for k in range(len(run) - SHINGLE + 1))
        elif run:
            out.append(" ".join(run))
        run = []
    return out


# --- MinHash LSH -----------------------------------------------------------------------------


def hash32(values: Sequence[str]) -> np.ndarray:
    """Stable 32-bit hashes of strings (pandas' SipHash with a fixed key: the same in every
    process, unlike Python's ``hash``)."""
    arr = np.asarray(list(values), dtype=object)
    return (pd.util.hash_array(arr) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, as datasketch applies it before its permutations."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash  # noqa: PLC0415 (optional dependency, corpus level)

    a, b = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def signatures(
    shingle_lists: Sequence[Sequence[str]], num_perm: int = NUM_PERM, seed: int = SEED
) -> np.ndarray:
    """MinHash signatures, one row per claim: the values ``datasketch.MinHash(num_perm, seed,
    scheme="affine32", hashfunc=<hash32 of one string>)`` gives after ``update_batch`` of the
    shingles (tests/test_spread.py checks it), computed for many claims at once."""
    a, b = _permutations(num_perm, seed)
    out = np.full((len(shingle_lists), num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    chunk = 2048
    with np.errstate(over="ignore"):
        for lo in range(0, len(shingle_lists), chunk):
            part = shingle_lists[lo : lo + chunk]
            lengths = np.fromiter((len(s) for s in part), dtype=np.int64, count=len(part))
            if not lengths.sum():
                continue
            flat = hash32([s for ss in part for s in ss])
            permuted = _fmix32(flat)[:, None] * a[None, :] + b[None, :]
            rows = np.flatnonzero(lengths)
            starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])[rows]
            out[lo + rows] = np.minimum.reduceat(permuted, starts, axis=0)
    return out


def lsh_bands(num_perm: int = NUM_PERM, threshold: float = LSH_THRESHOLD) -> tuple[int, int]:
    """Bands and rows per band, as datasketch's ``MinHashLSH`` chooses them for a threshold."""
    from datasketch import MinHashLSH  # noqa: PLC0415

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per claim and band: equal keys mean an equal band (up to rare
    collisions, which the pair check removes)."""
    keys = np.zeros((sigs.shape[0], bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for band in range(bands):
            key = np.full(sigs.shape[0], band + 1, dtype=np.uint64)
            for col in sigs[:, band * rows : (band + 1) * rows].T:
                key = key * np.uint64(0x100000001B3) ^ col.astype(np.uint64)
            keys[:, band] = key
    return keys


def candidate_pairs(keys: np.ndarray, ids: np.ndarray) -> pd.DataFrame:
    """Pairs ``(a, b)`` of ids (``a < b``) that share a band key. A bucket of up to
    :data:`MAX_BUCKET` ids gives all its pairs; a larger one a chain and a star, so the
    number of pairs stays linear. Band by band, so memory holds one band's keys."""
    frames = []
    for band in range(keys.shape[1]):
        column = pd.Series(keys[:, band])
        shared = column.duplicated(keep=False).to_numpy()
        if shared.any():
            frames.append(
                pd.DataFrame({"band": band, "key": keys[shared, band], "id": ids[shared]})
            )
    if not frames:
        return pairs_in_buckets(pd.DataFrame({"band": [], "key": [], "id": []}))
    pairs = pairs_in_buckets(pd.concat(frames, ignore_index=True))
    return pairs.drop_duplicates().reset_index(drop=True)


def pairs_in_buckets(long: pd.DataFrame) -> pd.DataFrame:
    """The candidate pairs of a table of ``band``, ``key``, ``id`` rows (ids in one bucket)."""
    if long.empty:
        return pd.DataFrame({"a": pd.Series(dtype="int64"), "b": pd.Series(dtype="int64")})
    long = long.sort_values(["band", "key", "id"], kind="stable")
    size = long.groupby(["band", "key"])["id"].transform("size")
    small = long[size <= MAX_BUCKET]
    big = long[size > MAX_BUCKET]
    frames = []
    if len(small):
        both = small.merge(small, on=["band", "key"], suffixes=("_a", "_b"))
        both = both[both["id_a"] < both["id_b"]]
        frames.append(pd.DataFrame({"a": both["id_a"].to_numpy(), "b": both["id_b"].to_numpy()}))
    if len(big):
        grouped = big.groupby(["band", "key"])["id"]
        first = grouped.transform("first")
        prev = grouped.shift(1)
        frames.append(pd.DataFrame({"a": first.to_numpy(), "b": big["id"].to_numpy()}))
        chain = prev.notna()
        frames.append(
            pd.DataFrame(
                {"a": prev[chain].astype("int64").to_numpy(), "b": big["id"][chain].to_numpy()}
            )
        )
    out = pd.concat(frames, ignore_index=True)
    out = out[out["a"] != out["b"]]
    return out.drop_duplicates().reset_index(drop=True).astype("int64")


# --- the pair check --------------------------------------------------------------------------


def same_claim(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when two claims' words (:func:`words`) are one quotation, allowing light edits, a
    trimmed start or end and the words behind an ellipsis; never a changed negation or number.
    """
    if list(a) == list(b):
        return True
    short, long = sorted((list(a), list(b)), key=lambda ws: (len(ws), ws))
    ops = difflib.SequenceMatcher(None, short, long, autojunk=False).get_opcodes()
    kept_short: list[str] = []
    kept_long: list[str] = []
    shared = 0
    trimmed_sides: set[str] = set()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        s_part, l_part = short[i1:i2], long[j1:j2]
        if tag == "equal":
            shared += i2 - i1
            kept_short += s_part
            kept_long += l_part
            continue
        if tag in ("insert", "delete") and k in (0, len(ops) - 1):
            trimmed_sides.add(tag)
            continue  # a trimmed start or end
        if GAP in s_part or GAP in l_part:
            continue  # the editor's cut
        if not _light(s_part, l_part):
            return False
        kept_short += s_part
        kept_long += l_part
    if shared < MIN_WORDS:
        return False
    if trimmed_sides and shared < TRIM_MIN_WORDS:
        return False  # a phrase two different claims share, not one claim cut short
    if len(trimmed_sides) == 2:
        return False  # each goes on where the other stops: two claims that overlap
    from textacy.similarity import levenshtein  # noqa: PLC0415 (heavy; corpus level only)

    return levenshtein(" ".join(kept_short), " ".join(kept_long)) >= SIMILARITY


def _light(s_part: list[str], l_part: list[str]) -> bool:
    """An edit inside a quotation that keeps it the same claim: a respelling ("we will" /
    "we'll", a typo: textacy Levenshtein similarity >= :data:`RESPELLING`) or one word added
    or dropped; never a changed negation or number, nor one word put for another."""
    from textacy.similarity import levenshtein  # noqa: PLC0415 (heavy; corpus level only)

    changed = set(s_part) ^ set(l_part)
    if changed & NEGATIONS or any(any(c.isdigit() for c in w) for w in changed):
        return False
    if not s_part or not l_part:
        return len(s_part) + len(l_part) <= 1
    return levenshtein(" ".join(s_part), " ".join(l_part)) >= RESPELLING


# --- groups ----------------------------------------------------------------------------------


def _speaker_keys(claims: pd.DataFrame) -> list[str]:
    has_ids = "speaker_id" in claims.columns and bool(claims["speaker_id"].notna().any())
    column = "speaker_id" if has_ids else "speaker"
    if column not in claims.columns:
        return [""] * len(claims)
    return ["" if pd.isna(v) else str(v) for v in claims[column]]


Occurrence = tuple[str, int, int]  # doc_id, start, end


def group_labels(
    quotes: Sequence[str],
    speakers: Sequence[str] | None = None,
    occurrences: Sequence[Occurrence] | None = None,
    *,
    threshold: float = LSH_THRESHOLD,
    num_perm: int = NUM_PERM,
) -> np.ndarray:
    """A group label per claim (0, 1, ... by first claim), from its words (and speaker key,
    which only short claims use; a short claim without a speaker is a group of its own).
    ``occurrences`` (doc_id, start, end) keep apart two claims that overlap in one document
    (a claim and the claim nested in its words are one stretch of text, not a repetition).
    The whole pipeline of the module docstring."""
    n = len(quotes)
    speakers = speakers if speakers is not None else [""] * n
    texts: dict[tuple[str, ...], int] = {}
    text_of = np.empty(n, dtype=np.int64)
    text_words: list[list[str]] = []
    where: list[list[Occurrence]] = []
    for i, (quote, speaker) in enumerate(zip(quotes, speakers, strict=True)):
        ws = words(quote)
        long_enough = sum(w != GAP for w in ws) >= MIN_WORDS
        groupable = long_enough or (speaker and len(ws) >= MIN_SHORT_WORDS)
        key = tuple(ws) if long_enough else (speaker if groupable else f"\x00{i}", "\x00", *ws)
        if key not in texts:
            texts[key] = len(text_words)
            text_words.append(ws if long_enough else [])
            where.append([])
        text_of[i] = texts[key]
        if occurrences is not None:
            where[texts[key]].append(occurrences[i])
    comparable = np.array([i for i, ws in enumerate(text_words) if ws], dtype=np.int64)
    edges = _accepted_pairs(text_words, where, comparable, threshold, num_perm)
    return text_components(len(text_words), edges, text_of)


def _apart(a: list[Occurrence], b: list[Occurrence]) -> bool:
    """False when a claim of text ``a`` and one of ``b`` are one stretch of text somewhere:
    a claim and the claim nested in its words, which a duplicated article repeats."""
    return not any(x[0] == y[0] and x[1] < y[2] and y[1] < x[2] for x in a for y in b)


def _accepted_pairs(
    text_words: list[list[str]],
    where: list[list[Occurrence]],
    comparable: np.ndarray,
    threshold: float,
    num_perm: int,
) -> pd.DataFrame:
    if len(comparable) < 2:
        return pd.DataFrame({"a": pd.Series(dtype="int64"), "b": pd.Series(dtype="int64")})
    sigs = signatures([shingles(text_words[i]) for i in comparable], num_perm)
    bands, rows = lsh_bands(num_perm, threshold)
    pairs = candidate_pairs(band_keys(sigs, bands, rows), comparable)
    keep = [
        _apart(where[a], where[b]) and same_claim(text_words[a], text_words[b])
        for a, b in zip(pairs["a"], pairs["b"], strict=True)
    ]
    return pairs[np.array(keep, dtype=bool)] if len(pairs) else pairs


def text_components(n_texts: int, edges: pd.DataFrame, text_of: np.ndarray) -> np.ndarray:
    """Connected components of the texts, numbered by their first claim."""
    from scipy.sparse import coo_matrix  # noqa: PLC0415
    from scipy.sparse.csgraph import connected_components  # noqa: PLC0415

    graph = coo_matrix(
        (np.ones(len(edges), dtype=np.int8), (edges["a"].to_numpy(), edges["b"].to_numpy())),
        shape=(n_texts, n_texts),
    )
    _, component = connected_components(graph, directed=False)
    per_claim = component[text_of]
    _, first_seen = np.unique(per_claim, return_index=True)
    order = np.argsort(np.argsort(first_seen))
    renumber = np.empty(len(first_seen), dtype=np.int64)
    renumber[np.unique(per_claim)] = order
    return renumber[per_claim]


def assign_claim_groups(claims: pd.DataFrame, *, threshold: float = LSH_THRESHOLD) -> pd.DataFrame:
    """The claims table with ``claim_group`` (``Int64``, docs/schema.md): claims that are the
    same words across documents share a group; groups are numbered 0, 1, ... in order of
    their first claim in the table. A claim carried once is a group of one.

    Args:
        claims: a claims table (``quote`` and ``doc_id``; ``speaker_id`` or ``speaker`` is used
            for short claims only).
        threshold: :data:`LSH_THRESHOLD`.
    """
    check_claims(claims, "assign_claim_groups", ("doc_id", "quote"))
    occurrences = None
    if "start" in claims.columns and "end" in claims.columns:
        occurrences = list(
            zip(
                claims["doc_id"].astype(str),
                claims["start"].astype("int64"),
                claims["end"].astype("int64"),
                strict=True,
            )
        )
    labels = group_labels(
        [str(q) for q in claims["quote"]],
        _speaker_keys(claims),
        occurrences,
        threshold=threshold,
    )
    out = claims.copy()
    out["claim_group"] = pd.Series(labels, index=claims.index, dtype="Int64")
    return out


#: The columns of :func:`spread`, in order, with their dtypes.
SPREAD_COLUMNS: dict[str, object] = {
    "claim_group": "int64",
    "size": "int64",
    "n_documents": "int64",
    "documents": "object",
    "first_doc": STRING,
    "first_date": "datetime64[ns]",
    "quote": STRING,
    "n_variants": "int64",
    "variants": "object",
    "speakers": "object",
}


def spread(
    claims: pd.DataFrame,
    *,
    dates: str | Mapping[str, Any] | pd.Series | None = None,
    min_size: int = 2,
    threshold: float = LSH_THRESHOLD,
) -> pd.DataFrame:
    """One row per claim group carried at least ``min_size`` times: what a fact-checker
    builds to see who carried a quotation, first, and with which edits.

    Args:
        claims: a claims table; with ``claim_group`` set on every row it is used as is, else
            :func:`assign_claim_groups` runs first (a single document's table has it NA).
        dates: the documents' dates: the name of a column of ``claims``, or a mapping (or
            Series) doc_id -> date; by default a ``date`` column when there is one. Without
            dates, "first" is the first in the table (corpus order).
        min_size: smallest group (claims) to list; 1 lists every claim.

    Returns:
        Columns :data:`SPREAD_COLUMNS`: ``size`` (claims), ``n_documents`` and ``documents``
        (in date order, then table order), ``first_doc`` and ``first_date`` (NaT without
        dates), ``quote`` (the first document's words), ``variants`` (the distinct wordings,
        first seen first) and ``speakers`` (their ``speaker_id``, or ``speaker`` when the
        table has no ids, in order). Largest groups first, then by first claim.
    """
    if "claim_group" not in getattr(claims, "columns", ()) or claims["claim_group"].isna().any():
        claims = assign_claim_groups(claims, threshold=threshold)
    check_claims(claims, "spread", ("doc_id", "quote", "claim_group"))
    when = document_dates(claims, dates)
    speakers = _speaker_keys(claims)
    frame = pd.DataFrame(
        {
            "group": claims["claim_group"].to_numpy(),
            "doc": claims["doc_id"].astype("object").to_numpy(),
            "quote": claims["quote"].astype("object").to_numpy(),
            "speaker": speakers,
            "date": when.to_numpy(),
            "pos": np.arange(len(claims)),
        }
    )
    sizes = frame.groupby("group")["pos"].transform("size")
    frame = frame[sizes >= min_size].sort_values(["group", "date", "pos"], kind="stable")
    rows = [_group_row(int(g), part) for g, part in frame.groupby("group", sort=False)]
    rows.sort(key=lambda r: (-cast(int, r["size"]), cast(int, r["_pos"])))
    table = pd.DataFrame.from_records(rows, columns=[*SPREAD_COLUMNS, "_pos"])
    table = table.drop(columns="_pos")
    return table.astype({k: v for k, v in SPREAD_COLUMNS.items() if v != "object"})


def _group_row(group: int, part: pd.DataFrame) -> dict[str, object]:
    first = part.iloc[0]
    return {
        "claim_group": group,
        "size": len(part),
        "n_documents": part["doc"].nunique(),
        "documents": _ordered(part["doc"]),
        "first_doc": first["doc"],
        "first_date": first["date"],
        "quote": first["quote"],
        "n_variants": part["quote"].nunique(),
        "variants": _ordered(part.sort_values("pos")["quote"]),
        "speakers": [s for s in _ordered(part["speaker"]) if s],
        "_pos": int(part["pos"].min()),
    }


def _ordered(values: Iterable[object]) -> list[str]:
    return list(dict.fromkeys(str(v) for v in values))


def document_dates(
    claims: pd.DataFrame, dates: str | Mapping[str, Any] | pd.Series | None
) -> pd.Series:
    """The date of each claim's document (``datetime64``; NaT where none is known)."""
    if dates is None:
        dates = "date" if "date" in claims.columns else None
    if dates is None:
        return pd.Series(pd.NaT, index=claims.index, dtype="datetime64[ns]")
    if isinstance(dates, str):
        if dates not in claims.columns:
            raise ValueError(
                f"dates={dates!r} names no column of the claims table; pass a column name or a "
                "mapping doc_id -> date."
            )
        raw = claims[dates]
    else:
        lookup = dict(dates.items()) if hasattr(dates, "items") else dict(dates)
        raw = claims["doc_id"].astype("object").map(lambda d: lookup.get(d))
    return pd.to_datetime(raw, errors="coerce").astype("datetime64[ns]")

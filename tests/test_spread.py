"""Claim spread: one group per quotation carried by several documents."""

from __future__ import annotations

import numpy as np
import pandas as pd

from quotes.spread import (
    assign_claim_groups,
    candidate_pairs,
    hash32,
    lsh_bands,
    same_claim,
    shingles,
    signatures,
    spread,
    words,
)
from quotes.table import to_frame

BASE = "We will build the new bridge before the winter comes, and the city will pay for it"


def claims(*rows: tuple[str, str, str]) -> pd.DataFrame:
    """A claims table from ``(doc_id, quote, speaker)`` rows."""
    return to_frame(
        {
            "doc_id": d,
            "quote_id": n,
            "quote": q,
            "start": 1000 * n,
            "end": 1000 * n + len(q),
            "spans": [(1000 * n, 1000 * n + len(q))],
            "kind": "direct",
            "speaker": s,
            "speaker_type": "PERSON",
            "confidence": 0.9,
            "rule": "said_after+name",
        }
        for n, (d, q, s) in enumerate(rows)
    )


def test_light_edits_trims_and_ellipses_are_one_quotation() -> None:
    assert same_claim(words(BASE), words(BASE.upper() + "."))
    assert same_claim(words(BASE), words(BASE.replace("We will", "We'll")))  # light edit
    assert same_claim(words(BASE), words("the new bridge before the winter comes, and the city"))
    assert same_claim(words(BASE), words("We will build the new bridge ... and the city will pay"))
    assert same_claim(words(BASE), words(BASE.replace("the city", "[Springfield]")))
    assert same_claim(words(BASE), words(BASE.replace("bridge", "brigde")))  # a typo


def test_near_misses_stay_apart() -> None:
    assert not same_claim(words(BASE), words(BASE.replace("will build", "will not build")))
    assert not same_claim(words(BASE), words(BASE.replace("the city will", "the state will")))
    assert not same_claim(words("Prices rose 3 percent in May"), words("Prices rose 5% in May"))
    assert not same_claim(
        words("We are going to win this election"), words("We are going to win the war")
    )


def test_a_shared_phrase_is_not_a_trimmed_quotation() -> None:
    show = "on the morning show and on the late show with Stephen Colbert"
    assert not same_claim(words(f"a little more of his side {show}"), words(f"{show} among others"))
    assert not same_claim(
        words("Senator Ann Lee of Ohio"), words("the mayor trailing Senator Ann Lee of Ohio")
    )
    phrase = "the mayor's use of a private car"
    assert not same_claim(
        words(phrase), words(f"that {phrase} should cost him the election next year in May")
    )
    assert same_claim(
        words("We are going to win so much, believe me."),
        words("We will win, and we are going to win so much, believe me"),
    )


def test_groups_across_documents_with_sizes_first_document_and_variants() -> None:
    table = claims(
        ("a", BASE, "Ann Cole"),
        ("a", "The council has not met since March and nobody knows why", "Tom Reed"),
        ("b", "“" + BASE.replace("We will", "We'll") + "”", "Cole"),
        ("c", "We will build the new bridge ... and the city will pay for it", "Mayor Cole"),
        ("d", BASE.replace("will build", "will not build"), "Ann Cole"),
        ("d", "No comment today.", "Tom Reed"),
        ("e", "No comment today.", "Ann Cole"),
        ("e", "No comment today.", "Ann Cole"),
    )
    out = assign_claim_groups(table)
    g = list(out["claim_group"])
    assert g[0] == g[2] == g[3]
    assert len({g[0], g[1], g[4], g[5], g[6]}) == 5  # near miss and other speakers apart
    assert g[6] == g[7]  # the same short words of the same speaker
    assert g == sorted(g) or g[:2] == [0, 1]  # numbered by first claim
    table["date"] = ["2016-05-03", "2016-05-03", "2016-05-01", "2016-05-02", None, None, None, None]
    rows = spread(assign_claim_groups(table)).set_index("claim_group")
    bridge = rows.loc[g[0]]
    assert bridge["size"] == 3 and bridge["n_documents"] == 3
    assert bridge["documents"] == ["b", "c", "a"] and bridge["first_doc"] == "b"
    assert bridge["first_date"] == pd.Timestamp("2016-05-01")
    assert bridge["n_variants"] == 3 and bridge["variants"][0] == BASE
    assert rows.loc[g[6], "n_documents"] == 1
    assert set(rows.index) == {g[0], g[6]}  # groups of one are not listed
    undated = spread(table.drop(columns="date")).set_index("claim_group")
    assert undated.loc[g[0], "first_doc"] == "a" and pd.isna(undated.loc[g[0], "first_date"])


def test_signatures_are_datasketch_minhashes() -> None:
    from datasketch import MinHash

    lists = [shingles(words(BASE)), shingles(words("a b")), []]
    sigs = signatures(lists, num_perm=64)
    for row, shs in zip(sigs, lists, strict=True):
        m = MinHash(num_perm=64, seed=1, scheme="affine32", hashfunc=lambda s: int(hash32([s])[0]))
        m.update_batch(shs)
        assert np.array_equal(row, m.hashvalues)


def test_lsh_finds_near_duplicates_among_unrelated_claims() -> None:
    rng = np.random.default_rng(7)
    vocab = [f"w{n}" for n in range(5000)]
    texts = [list(rng.choice(vocab, 20)) for _ in range(2000)]
    edited = [*texts[0][:10], "changed", *texts[0][11:]]
    lists = [shingles(t) for t in [*texts, edited]]
    bands, rows = lsh_bands()
    assert (bands, rows) == (32, 4)
    from quotes.spread import band_keys

    pairs = candidate_pairs(band_keys(signatures(lists), bands, rows), np.arange(len(lists)))
    assert (0, 2000) in set(zip(pairs["a"], pairs["b"], strict=True))
    assert len(pairs) < 20  # unrelated claims are (almost) never candidates


def test_empty_and_single_tables() -> None:
    empty = assign_claim_groups(claims())
    assert list(empty["claim_group"]) == [] and spread(claims()).empty
    assert list(assign_claim_groups(claims(("a", BASE, "X")))["claim_group"]) == [0]


def test_a_claim_nested_in_another_is_no_repetition_and_short_claims_need_a_speaker() -> None:
    outer = "The mayor said that " + BASE
    table = claims(("a", outer, "Tom Reed"), ("a", BASE, "Ann Cole"), ("b", BASE, "Ann Cole"))
    table.loc[1, ["start", "end"]] = [20, 20 + len(BASE)]  # inside the first claim
    g = list(assign_claim_groups(table)["claim_group"])
    assert g[1] == g[2]  # carried again by document b
    assert g[0] != g[1] or g[0] == g[2]  # the nesting alone makes no group
    alone = claims(("a", outer, "Tom Reed"), ("a", BASE, "Ann Cole"))
    alone.loc[1, ["start", "end"]] = [20, 20 + len(BASE)]
    assert len(set(assign_claim_groups(alone)["claim_group"])) == 2
    unattributed = claims(("a", "today", None), ("b", "today", None))  # type: ignore[arg-type]
    assert len(set(assign_claim_groups(unattributed)["claim_group"])) == 2

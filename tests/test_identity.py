"""assign_speaker_ids: one id per real speaker across a corpus, merges only where safe."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from quotes.errors import AliasError
from quotes.identity import (
    assign_speaker_ids,
    name_key,
    name_stats,
    parse_person,
    read_aliases,
    resolve_names,
    skeleton,
)
from quotes.table import to_frame


def corpus(*docs: tuple[str, list[tuple[str | None, str]]]) -> pd.DataFrame:
    """A claims table from ``(doc_id, [(speaker, speaker_type), ...])``: one claim a speaker."""
    rows = []
    for doc_id, speakers in docs:
        for n, (speaker, kind) in enumerate(speakers):
            rows.append(
                {
                    "doc_id": doc_id,
                    "quote_id": n,
                    "quote": f"words {doc_id} {n}",
                    "start": 0,
                    "end": 10,
                    "spans": [(0, 10)],
                    "kind": "indirect",
                    "speaker": speaker,
                    "speaker_type": kind,
                    "confidence": 0.9,
                    "rule": "speech_complement+name",
                }
            )
    return to_frame(rows)


def ids(table: pd.DataFrame) -> dict[tuple[str, str], str]:
    out = assign_speaker_ids(table)
    return {
        (str(d), str(s)): str(i)
        for d, s, i in zip(out["doc_id"], out["speaker"], out["speaker_id"], strict=True)
        if not pd.isna(s)
    }


def test_a_bare_surname_joins_the_only_person_with_that_surname() -> None:
    found = ids(
        corpus(
            ("a", [("Dmitry Peskov", "PERSON"), ("White House", "ORG")]),
            ("b", [("Peskov", "PERSON")]),
            ("c", [("Dmitry Peskov", "PERSON")]),
        )
    )
    assert found[("a", "Dmitry Peskov")] == found[("b", "Peskov")] == "dmitry-peskov"
    assert found[("a", "White House")] == "white-house"


def test_a_bare_surname_does_not_join_a_full_name_seen_in_one_document_only() -> None:
    found = ids(corpus(("a", [("Tim Waters", "PERSON")]), ("b", [("Waters", "PERSON")])))
    assert found[("b", "Waters")] != found[("a", "Tim Waters")]


def test_two_people_with_one_surname_stay_apart_and_the_bare_surname_with_them() -> None:
    found = ids(
        corpus(
            ("a", [("John Smith", "PERSON")]),
            ("b", [("Adam Smith", "PERSON")]),
            ("c", [("Smith", "PERSON")]),
        )
    )
    assert len({found[("a", "John Smith")], found[("b", "Adam Smith")], found[("c", "Smith")]}) == 3


def test_a_bare_surname_joins_a_person_the_corpus_names_far_more_often() -> None:
    docs = [(f"d{n}", [("Donald Trump", "PERSON")]) for n in range(9)]
    docs += [("m", [("Melania Trump", "PERSON")]), ("h", [("Trump", "PERSON")])]
    found = ids(corpus(*docs))
    assert found[("h", "Trump")] == found[("d0", "Donald Trump")] == "donald-trump"
    assert found[("m", "Melania Trump")] == "melania-trump"


def test_a_lone_first_name_joins_a_well_known_person_only_on_a_row_typed_person() -> None:
    well_known = [(f"d{k}", [("Bill Carver", "PERSON")]) for k in range(20)]
    found = ids(
        corpus(
            *well_known,
            ("x", [("Bill", "PERSON")]),  # "her husband, Bill": the person
            ("y", [("Bill", "UNKNOWN")]),  # "the Harbour Bill, which says": a cut name
        )
    )
    assert found[("x", "Bill")] == found[("d0", "Bill Carver")] == "bill-carver"
    assert found[("y", "Bill")] == "bill@y"


def test_middle_initials_titles_and_suffixes() -> None:
    found = ids(
        corpus(
            ("a", [("Donald Trump", "PERSON"), ("Donald Trump Jr.", "PERSON")]),
            ("b", [("Donald J. Trump", "PERSON")]),
            ("c", [("President Trump", "PERSON")]),
            ("d", [("George W. Bush", "PERSON"), ("George H. W. Bush", "PERSON")]),
            ("e", [("George Bush", "PERSON")]),
        )
    )
    trump = found[("a", "Donald Trump")]
    assert found[("b", "Donald J. Trump")] == found[("c", "President Trump")] == trump
    assert found[("a", "Donald Trump Jr.")] != trump
    bushes = {found[("d", "George W. Bush")], found[("d", "George H. W. Bush")]}
    assert len(bushes) == 2
    assert found[("e", "George Bush")] not in bushes  # it could be either


def test_transliteration_variants_are_one_person() -> None:
    found = ids(
        corpus(
            ("a", [("Dmitry Peskov", "PERSON"), ("Volodymyr Zelensky", "PERSON")]),
            ("b", [("Dmitri Peskov", "PERSON"), ("Volodymyr Zelenskiy", "PERSON")]),
            ("c", [("Alexei Navalny", "PERSON"), ("Aleksey Navalny", "PERSON")]),
        )
    )
    assert found[("a", "Dmitry Peskov")] == found[("b", "Dmitri Peskov")]
    assert found[("a", "Volodymyr Zelensky")] == found[("b", "Volodymyr Zelenskiy")]
    assert found[("c", "Alexei Navalny")] == found[("c", "Aleksey Navalny")]
    assert skeleton("Dmitry") == skeleton("Dmitri") and skeleton("Mark") != skeleton("Mike")


def test_different_first_names_are_different_people() -> None:
    found = ids(
        corpus(
            ("a", [("Mark Lee", "PERSON")]),
            ("b", [("Mike Lee", "PERSON")]),
            ("c", [("Ann Lee", "PERSON")]),
        )
    )
    assert len(set(found.values())) == 3


def test_organisations_meet_by_name_and_acronyms_only_through_aliases(tmp_path: Path) -> None:
    table = corpus(
        ("a", [("the White House", "ORG"), ("The New York Times", "ORG")]),
        ("b", [("White House", "ORG"), ("NYT", "ORG")]),
    )
    found = ids(table)
    assert found[("a", "the White House")] == found[("b", "White House")]
    assert found[("a", "The New York Times")] != found[("b", "NYT")]
    path = tmp_path / "aliases.csv"
    path.write_text(
        "variant,id,name,type\nNYT,nyt,The New York Times,ORG\nNew York Times,nyt,,\n",
        encoding="utf-8",
    )
    out = assign_speaker_ids(table, aliases=path)
    assert set(out.loc[out["speaker"].str.contains("N"), "speaker_id"]) == {"nyt"}


def test_an_alias_table_overrides_a_merge() -> None:
    table = corpus(
        ("a", [("Dmitry Peskov", "PERSON")]),
        ("b", [("Dmitri Peskov", "PERSON")]),
        ("c", [("Peskov", "PERSON")]),
    )
    assert len(set(ids(table).values())) == 1
    out = assign_speaker_ids(
        table, aliases={"Dmitry Peskov": "Q2311", "Dmitri Peskov": {"id": "other-peskov"}}
    )
    by_doc = dict(zip(out["doc_id"], out["speaker_id"], strict=True))
    assert by_doc["a"] == "Q2311" and by_doc["b"] == "other-peskov"
    assert by_doc["c"] not in {"Q2311", "other-peskov"}  # now ambiguous: two Peskovs
    # an alias id also gathers the variants the automatic merge joins to it
    out = assign_speaker_ids(table, aliases={"Dmitry Peskov": "Q2311"})
    assert set(out["speaker_id"]) == {"Q2311"}


def test_described_sources_are_scoped_to_their_document() -> None:
    out = assign_speaker_ids(
        corpus(
            (
                "a",
                [
                    ("senior diplomat", "UNKNOWN"),
                    ("Democratic lawmakers", "GROUP"),
                    (None, "UNKNOWN"),
                ],
            ),
            ("b", [("senior diplomat", "UNKNOWN")]),
        )
    )
    assert list(out["speaker_id"].iloc[:2]) == ["senior-diplomat@a", "democratic-lawmakers@a"]
    assert pd.isna(out["speaker_id"].iloc[2])
    assert out["speaker_id"].iloc[3] == "senior-diplomat@b"
    assert str(out["speaker_id"].dtype) == "string"


def test_ids_do_not_depend_on_row_order_or_chunking() -> None:
    table = corpus(
        ("a", [("Dmitry Peskov", "PERSON"), ("Trump", "PERSON")]),
        ("b", [("Peskov", "PERSON"), ("Donald Trump", "PERSON")]),
        ("c", [("Ivanka Trump", "PERSON"), ("Kremlin", "ORG")]),
    )
    forward = assign_speaker_ids(table)["speaker_id"].tolist()
    backward = assign_speaker_ids(table.iloc[::-1])["speaker_id"].tolist()[::-1]
    assert forward == backward
    from quotes.identity import combine_stats

    parts = combine_stats([name_stats(table.iloc[:2]), name_stats(table.iloc[2:])])
    assert resolve_names(parts) == resolve_names(name_stats(table))


def test_bad_alias_tables_are_named(tmp_path: Path) -> None:
    with pytest.raises(AliasError, match="Q010.*no such file"):
        read_aliases(tmp_path / "missing.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("variant,id,type\nNYT,nyt,NEWSPAPER\n", encoding="utf-8")
    with pytest.raises(AliasError, match="row 2.*NEWSPAPER"):
        read_aliases(bad)
    with pytest.raises(AliasError, match="two ids"):
        read_aliases({"NYT": "a", "nyt": "b"})
    with pytest.raises(AliasError, match="missing: speaker_type"):
        assign_speaker_ids(pd.DataFrame({"doc_id": ["a"], "speaker": ["X"]}))


def test_name_helpers() -> None:
    assert name_key("The White House’s") == "white house"
    assert name_key("U.S. State Department") == "us state department"
    parsed = parse_person("Sen. Elizabeth A. Warren")
    assert parsed is not None and (parsed.first, parsed.middle, parsed.last) == (
        "elizabeth",
        ("a",),
        "waren",
    )


def test_on_extracted_documents(extractor) -> None:  # type: ignore[no-untyped-def]
    texts = [
        ("full", "Kremlin spokesman Dmitry Peskov said the talks would go on. Peskov added more."),
        ("bare", "Peskov said on Monday that the summit was not cancelled."),
        ("other", "Mayor Ann Cole said the bridge would open in May."),
        ("again", "Dmitry Peskov told reporters that no date had been set."),
    ]
    table = pd.concat([extractor.extract(t, doc_id=d) for d, t in texts], ignore_index=True)
    out = assign_speaker_ids(table)
    peskov = set(out.loc[out["doc_id"].isin(["full", "bare", "again"]), "speaker_id"])
    assert peskov == {"dmitry-peskov"}
    assert set(out.loc[out["doc_id"] == "other", "speaker_id"]) == {"ann-cole"}


def test_speakers_table_one_row_per_id_with_names_dates_and_aliases() -> None:
    import quotes

    table = corpus(
        ("a", [("Dmitry Peskov", "PERSON"), ("Dmitry Peskov", "PERSON"), (None, "UNKNOWN")]),
        ("b", [("Peskov", "PERSON"), ("The New York Times", "ORG")]),
        ("c", [("Dmitri Peskov", "PERSON"), ("NYT", "ORG")]),
        ("d", [("Dmitry Peskov", "PERSON")]),
    )
    table["date"] = [
        "2016-03-02",
        "2016-03-02",
        "2016-03-02",
        "2016-03-01",
        "2016-03-01",
        "2016-04-09",
        "2016-04-09",
        None,
    ]
    table["act"] = pd.Categorical(
        ["statement", "question", None, "statement", "belief", "statement", "belief", "statement"],
        dtype=table["act"].dtype,
    )
    people = quotes.speakers(table)
    peskov = people.iloc[0]
    assert peskov["speaker_id"] == "dmitry-peskov" and peskov["speaker"] == "Dmitry Peskov"
    assert peskov["claims"] == 5 and peskov["n_documents"] == 4
    assert peskov["names"] == ["Dmitry Peskov", "Dmitri Peskov", "Peskov"]
    assert peskov["acts"] == {"statement": 4, "question": 1}
    assert peskov["rules"] == {"speech_complement": 5}
    assert (peskov["first_date"], peskov["last_date"]) == (
        pd.Timestamp("2016-03-01"),
        pd.Timestamp("2016-04-09"),
    )
    assert pd.isna(people["speaker_id"].iloc[-1]) and people["claims"].sum() == len(table)
    aliased = quotes.speakers(
        table,
        aliases={
            "NYT": {"id": "Q9684", "name": "The New York Times", "type": "ORG"},
            "New York Times": "Q9684",
        },
    ).set_index("speaker_id")
    assert aliased.loc["Q9684", "speaker"] == "The New York Times"
    assert aliased.loc["Q9684", "names"] == ["NYT", "The New York Times"]


def test_summary_groups_by_speaker_id_when_the_table_has_ids() -> None:
    import quotes

    table = corpus(
        ("a", [("Dmitry Peskov", "PERSON")]),
        ("b", [("Peskov", "PERSON")]),
        ("c", [("Dmitry Peskov", "PERSON")]),
    )
    by_name = quotes.summary(table)
    assert list(by_name["speaker"]) == ["Dmitry Peskov", "Peskov"]
    assert by_name["speaker_id"].isna().all()
    by_id = quotes.summary(quotes.assign_speaker_ids(table))
    assert list(by_id["speaker"]) == ["Dmitry Peskov"] and list(by_id["claims"]) == [3]
    assert list(by_id["speaker_id"]) == ["dmitry-peskov"]


def test_speakers_is_the_table_function_and_the_resolver_package_still_imports() -> None:
    import quotes
    from quotes.speakers import resolve_speakers

    assert callable(quotes.speakers) and callable(resolve_speakers)

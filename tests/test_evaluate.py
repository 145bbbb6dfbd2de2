"""The evaluation module: brat reader, gold kinds, normalisation, matching and scores.

Gold files are in tests/data/brat/split (texts and annotations written for these tests).
Predictions are hand-built claims tables, so no model is needed except in the one
end-to-end test.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from quotes import evaluate as ev
from quotes.errors import EvaluationError
from quotes.records import Claim
from quotes.table import claims_table, empty_table

HERE = Path(__file__).resolve().parent
SPLIT = HERE / "data" / "brat" / "split"
POLNEAR_DEV = HERE.parents[0].parent / "shared" / "data" / "polnear" / "dev"


def at(text: str, words: str, nth: int = 1) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``words`` in ``text``."""
    i = -1
    for _ in range(nth):
        i = text.index(words, i + 1)
    return i, i + len(words)


@pytest.fixture(scope="module")
def gold() -> list[ev.GoldDocument]:
    return ev.read_split(SPLIT)


@pytest.fixture(scope="module")
def alpha(gold: list[ev.GoldDocument]) -> ev.GoldDocument:
    return next(d for d in gold if d.name == "alpha")


def table(doc: ev.GoldDocument, *claims: Claim) -> pd.DataFrame:
    return claims_table(doc.name, doc.text, list(claims))


# --- reader --------------------------------------------------------------------------------
def test_reader_reads_every_attribution_with_content_and_skips_the_rest(alpha):
    # Discard/Discuss spans, the annotator note and the continuation line of a span that
    # crosses a line break make no record.
    assert [a.ann_id for a in alpha.attributions] == ["E1", "E2", "E3", "E4"]


def test_reader_keeps_discontinuous_content_pieces(alpha):
    text = alpha.text
    e1 = alpha.attributions[0]
    assert e1.content == (
        at(text, "“We will build the bridge,”"),
        at(text, "“and we will pay for it.”"),
    )
    assert e1.cues == (at(text, "said"),)
    assert e1.sources == (at(text, "the mayor"),)


def test_reader_attribution_without_source(alpha):
    e2 = alpha.attributions[1]
    assert e2.sources == ()
    assert alpha.text[slice(*e2.cues[0])] == "is believed"


def test_reader_kinds(alpha):
    assert [a.kind for a in alpha.attributions] == ["direct", "indirect", "mixed", "indirect"]


def test_reader_uses_the_first_annotator_in_sort_order(gold):
    beta = next(d for d in gold if d.name == "beta")
    assert beta.annotator == "1a"
    assert beta.ann_path.name == "beta_1a.ann"
    assert len(beta.attributions) == 1
    assert [d.name for d in gold] == ["alpha", "beta"]


def test_reader_limit():
    assert [d.name for d in ev.read_split(SPLIT, limit=1)] == ["alpha"]


def write_split(root: Path, text: str, ann: str, name: str = "doc") -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    (root / "attributions" / f"{name}_x1.ann").write_text(ann, encoding="utf-8")
    return root


def test_offsets_beyond_the_text_name_file_and_line(tmp_path):
    ann = "T1\tSource 0 3\tAna\nT2\tContent 10 99\tfar away\n"
    split = write_split(tmp_path, "Ana spoke.", ann)
    with pytest.raises(EvaluationError, match=r"doc_x1\.ann:2: span 10-99 lies outside the text"):
        ev.read_split(split)


def test_unknown_span_id_names_file_line_and_id(tmp_path):
    ann = "T1\tContent 0 3\tAna\nT2\tAttribution 4 9\tspoke\nE1\tAttribution:T2 Content:T1 Cue:T7\n"
    split = write_split(tmp_path, "Ana spoke.", ann)
    with pytest.raises(EvaluationError, match=r"doc_x1\.ann:3: E1 names span 'T7'"):
        ev.read_split(split)


def test_malformed_offsets_are_an_error(tmp_path):
    split = write_split(tmp_path, "Ana spoke.", "T1\tContent 0 x\tAna\n")
    with pytest.raises(EvaluationError, match=r"doc_x1\.ann:1: offsets '0 x'"):
        ev.read_split(split)


def test_missing_text_file_names_the_ann_file(tmp_path):
    split = write_split(tmp_path, "Ana spoke.", "T1\tSource 0 3\tAna\n")
    (split / "attributions" / "other_x1.ann").write_text("T1\tSource 0 3\tAna\n")
    with pytest.raises(EvaluationError, match=r"other_x1\.ann: no text file other\.txt"):
        ev.read_split(split)


def test_a_folder_without_text_and_attributions_is_not_a_split(tmp_path):
    with pytest.raises(EvaluationError, match="needs the folders text/"):
        ev.read_split(tmp_path)


# --- kinds and normalisation ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("“We can’t wait.”", "direct"),
        ('"We can\'t wait,"', "direct"),
        ("“It’s ‘in their heads.’”", "direct"),  # nested single quotation
        ("”Typed with the wrong opener.”", "direct"),
        ("“Closed outside the stop”.", "direct"),
        ("“A,” and “B,”", "mixed"),  # two quotations with words between: not one quotation
        ("the plan was “reckless”", "mixed"),
        ("the plan was ‘reckless’", "mixed"),
        ("the voters’ choice and Clinton’s plan", "indirect"),  # apostrophes only
        ("the budget will hold", "indirect"),
    ],
)
def test_gold_kind(content, kind):
    assert ev.gold_kind(content, [(0, len(content))]) == kind


def test_gold_kind_quotation_split_around_its_cue_is_direct():
    text = "“A,” she said, “B.”"
    assert ev.gold_kind(text, [at(text, "“A,”"), at(text, "“B.”")]) == "direct"


def test_normalise_strips_marks_spaces_and_trailing_comma_at_each_piece():
    text = "“We will build it,” she said, “and pay.” "
    pieces = [at(text, "“We will build it,” "), at(text, "“and pay.” ")]
    got = ev.normalise(text, pieces)
    assert got == set(range(*at(text, "We will build it"))) | set(range(*at(text, "and pay")))


def test_normalise_keeps_inner_marks_and_unites_overlapping_pieces():
    text = "the plan was “reckless” and costly."
    got = ev.normalise(text, [(0, 20), (10, len(text))])
    assert got == set(range(len(text) - 1))  # only the final full stop goes


def test_normalise_of_only_marks_is_empty():
    assert ev.normalise("“ ”", [(0, 3)]) == frozenset()


# --- matching ------------------------------------------------------------------------------
def test_match_is_one_to_one_and_largest_overlap_first():
    gold = [frozenset(range(0, 10))]
    small, large = frozenset(range(0, 3)), frozenset(range(2, 10))
    assert ev.match(gold, [small, large]) == [(0, 1, 8, 0.8)]


def test_match_min_jaccard_drops_small_overlaps():
    gold = [frozenset(range(0, 10))]
    assert ev.match(gold, [frozenset(range(0, 4))], min_jaccard=0.5) == []
    assert ev.match(gold, [frozenset(range(0, 5))], min_jaccard=0.5) == [(0, 0, 5, 0.5)]


def test_two_predictions_on_one_gold_are_one_tp_and_one_fp(alpha):
    text = alpha.text
    first = Claim(spans=(at(text, "We will build the bridge"),), kind="direct")
    second = Claim(spans=(at(text, "and we will pay for it."),), kind="direct")
    report = ev.score([alpha], table(alpha, first, second))
    s = report.scores
    assert (s.n_gold, s.n_predicted, s.lenient_tp) == (4, 2, 1)
    assert len(report.false_positives) == 1
    assert len(report.false_negatives) == 3
    # the larger overlap wins: "We will build the bridge" is 24 characters, the other 22
    assert report.pairs[0].predicted.spans == first.spans
    assert report.false_positives[0].text == "and we will pay for it."


# --- scores --------------------------------------------------------------------------------
def perfect_claims(doc: ev.GoldDocument) -> list[Claim]:
    """Each gold attribution as a prediction, with its first gold source as the speaker."""
    return [
        Claim(
            spans=a.content,
            kind=a.kind,
            source=a.sources[0] if a.sources else None,
            cue=a.cues[0],
            cue_text=doc.text[slice(*a.cues[0])],
            rule="test",
        )
        for a in doc.attributions
    ]


def test_perfect_predictions_score_one(gold):
    claims = pd.concat([table(d, *perfect_claims(d)) for d in gold], ignore_index=True)
    s = ev.score(gold, claims).scores
    assert s.n_docs == 2
    assert (s.n_gold, s.n_predicted) == (5, 5)
    assert s.lenient_f1 == s.strict_f1 == s.e2e_f1 == s.speaker_accuracy == 1.0
    assert (s.recall_direct, s.recall_mixed, s.recall_indirect) == (1.0, 1.0, 1.0)
    assert (s.gold_direct, s.gold_mixed, s.gold_indirect) == (1, 1, 3)


def test_no_predictions_score_zero_and_every_gold_is_a_false_negative(gold):
    report = ev.score(gold, empty_table())
    assert report.scores.lenient_f1 == report.scores.strict_f1 == 0.0
    assert len(report.false_negatives) == 5
    fn = report.false_negatives[0]
    assert (fn.doc, fn.kind, fn.cue, fn.source) == ("alpha", "direct", "said", "the mayor")


def test_strict_needs_jaccard_one_half_lenient_any_overlap(alpha):
    text = alpha.text
    rain = Claim(spans=(at(text, "Rain"),), kind="indirect")  # 4 of 25 characters
    council = Claim(spans=(at(text, "the plan was “reckless”"),), kind="mixed")  # 22 of 34
    s = ev.score([alpha], table(alpha, rain, council)).scores
    assert s.lenient_tp == 2
    assert s.strict_tp == 1
    assert s.lenient_precision == 1.0
    assert s.strict_precision == 0.5
    assert s.strict_recall == 0.25


def test_speaker_accuracy_and_end_to_end(alpha):
    text = alpha.text
    claims = [
        # right: the mention overlaps the gold Source "the mayor"
        Claim(spans=alpha.attributions[0].content, kind="direct", source=at(text, "mayor")),
        # no Source in gold: not in speaker accuracy, counts end to end
        Claim(spans=alpha.attributions[1].content, kind="indirect", source=at(text, "It")),
        # wrong speaker
        Claim(spans=alpha.attributions[2].content, kind="mixed", source=at(text, "the plan")),
        # no speaker at all: wrong
        Claim(spans=alpha.attributions[3].content, kind="indirect"),
    ]
    report = ev.score([alpha], table(alpha, *claims))
    s = report.scores
    assert (s.speaker_pairs, s.speaker_right) == (3, 1)
    assert s.speaker_accuracy == pytest.approx(1 / 3)
    assert s.e2e_tp == 2
    assert s.e2e_f1 == pytest.approx(0.5)
    assert [p.speaker_right for p in report.pairs] == [True, None, False, False]


def test_recall_by_kind(alpha):
    text = alpha.text
    claims = [
        Claim(spans=(at(text, "the plan was"),), kind="indirect"),  # finds the mixed one
        Claim(spans=(at(text, "Rain is expected"),), kind="indirect"),
    ]
    s = ev.score([alpha], table(alpha, *claims)).scores
    assert (s.recall_direct, s.recall_mixed, s.recall_indirect) == (0.0, 1.0, 0.5)


def test_claims_of_other_documents_are_ignored(alpha):
    other = claims_table("elsewhere", alpha.text, perfect_claims(alpha))
    s = ev.score([alpha], other).scores
    assert (s.n_predicted, s.lenient_tp) == (0, 0)


def test_a_table_without_spans_is_an_error(alpha):
    with pytest.raises(EvaluationError, match="lacks the columns spans"):
        ev.score([alpha], pd.DataFrame({"doc_id": ["alpha"], "kind": ["direct"]}))


def test_scores_as_dict_str_and_bars(gold):
    claims = pd.concat([table(d, *perfect_claims(d)) for d in gold], ignore_index=True)
    s = ev.score(gold, claims).scores
    d = s.as_dict()
    assert d["lenient_f1"] == 1.0 and d["n_gold"] == 5
    json.dumps(d)
    assert "lenient" in str(s) and "speaker accuracy 1.000" in str(s)
    assert all(passed for _, _, passed in s.bars().values())
    assert s.bars({"lenient_f1": 1.1})["lenient_f1"] == (1.0, 1.1, False)


# --- running an extractor and the command line --------------------------------------------
class ScriptedExtractor:
    """Stands in for an Extractor: 'finds' the gold claims of each text, in order."""

    def __init__(self, documents: list[ev.GoldDocument]) -> None:
        self.by_text = {d.text: perfect_claims(d) for d in documents}
        self.batches: list[int] = []

    def iter_claims(self, texts, *, batch_size=32, n_process=1):
        texts = list(texts)
        self.batches.append(len(texts))
        for text in texts:
            yield self.by_text[text]


def test_evaluate_runs_the_extractor_over_the_split(gold):
    fake = ScriptedExtractor(gold)
    report = ev.evaluate(SPLIT, fake)
    assert fake.batches == [2]  # one stream of all texts: batching is the backend's
    assert report.scores.lenient_f1 == 1.0
    assert set(report.claims["doc_id"]) == {"alpha", "beta"}
    assert report.words == sum(len(d.text.split()) for d in gold)
    assert report.seconds > 0


def test_add_arguments():
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    args = parser.parse_args([str(SPLIT), "--limit", "1", "--json", "--model", "m"])
    assert (args.gold_dir, args.limit, args.json, args.backend, args.model) == (
        SPLIT,
        1,
        True,
        "spacy",
        "m",
    )


def test_main_reports_bad_gold_and_returns_2(tmp_path, capsys):
    assert ev.main([str(tmp_path)]) == 2
    assert "Q005" in capsys.readouterr().err


def test_evaluate_with_the_real_extractor(extractor):
    report = ev.evaluate(SPLIT, extractor)
    assert report.scores.n_gold == 5
    # The split-quote sentence with an explicit speaker is the easiest claim there is.
    assert any(p.gold.ann_id == "E1" and p.gold.doc == "alpha" for p in report.pairs)


# --- the real dev split --------------------------------------------------------------------
@pytest.mark.polnear
@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason=f"PolNeAR dev not at {POLNEAR_DEV}")
def test_polnear_dev_gold_counts():
    documents = ev.read_split(POLNEAR_DEV)
    kinds = Counter(a.kind for d in documents for a in d.attributions)
    assert len(documents) == 84
    assert sum(kinds.values()) == 2192  # FACTS.md
    # FACTS.md counts 231 direct: exactly the all-quoted contents in ONE piece. Quotations
    # split around their cue ("A," X said, "B.") are direct too (CONTRACT.md): 125 more.
    one_piece = sum(
        1
        for d in documents
        for a in d.attributions
        if a.kind == "direct" and sum(bool(d.text[s:e].strip()) for s, e in a.content) == 1
    )
    assert one_piece == 231
    assert kinds == {"direct": 356, "mixed": 283, "indirect": 1553}


# --- the benchmark script's helpers --------------------------------------------------------
def load_benchmark(name: str):
    """A script of benchmarks/ as a module (it is not a package)."""
    import importlib.util

    path = HERE.parent / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_write_section_replaces_only_its_own_block(tmp_path):
    bench = load_benchmark("polnear_dev")
    md = tmp_path / "benchmarks.md"
    bench.write_section("first", md)
    assert "<!-- polnear-dev:start -->\nfirst\n<!-- polnear-dev:end -->" in md.read_text()
    md.write_text(md.read_text() + "\n<!-- other:start -->\nkeep me\n<!-- other:end -->\n")
    bench.write_section("second", md)
    text = md.read_text()
    assert "second" in text and "first" not in text and "keep me" in text
    assert text.count("<!-- polnear-dev:start -->") == 1


def test_growth_verdict_tells_linear_from_quadratic_cost():
    bench = load_benchmark("speakers_dev")
    flat = [(1, 350, 40.0), (2, 700, 52.0), (8, 2800, 55.0)]
    quadratic = [(1, 350, 40.0), (2, 700, 80.0), (8, 2800, 320.0)]
    assert "linear" in bench.growth_verdict(flat) and "GROWS" not in bench.growth_verdict(flat)
    assert "GROWS" in bench.growth_verdict(quadratic)


def test_textacy_triples_become_direct_claims_with_speaker_offsets(extractor):
    pytest.importorskip("textacy")
    bench = load_benchmark("polnear_dev")
    nlp = extractor.backend.nlp
    text = "First line.\nThe mayor said, “We will build the new bridge next year.”\n"
    doc = ev.GoldDocument("d", text, (), Path("d_x.ann"), "x")
    claims, seconds, failed = bench.textacy_claims([doc], nlp)
    assert failed == 0 and seconds > 0
    assert list(claims["quote"]) == ["“We will build the new bridge next year.”"]
    assert list(claims["kind"]) == ["direct"]
    row = claims.iloc[0]
    assert text[row["speaker_start"] : row["speaker_end"]] == "mayor"  # textacy drops "The"
    assert row["cue"] == "said"


def test_textacy_gives_up_on_a_paragraph_with_an_odd_number_of_marks(extractor):
    pytest.importorskip("textacy")
    bench = load_benchmark("polnear_dev")
    text = "She said, “We will win this race easily.”\nHe said, “no way.\n"
    doc = ev.GoldDocument("d", text, (), Path("d_x.ann"), "x")
    claims, _, failed = bench.textacy_claims([doc], extractor.backend.nlp)
    assert failed == 1
    assert len(claims) == 1  # the first paragraph still counts


def test_referent_scorer_compares_in_nfc():
    """A referent typed with a precomposed "é" matches a speaker written with "e" and a
    combining acute accent (and the reverse); another name still does not match."""
    bench = load_benchmark("speakers_dev")
    decomposed = "Ana Rene\u0301e Duval Mare\u0301chal"
    assert bench.referent_right(decomposed, "Ana Maréchal")
    assert bench.referent_right("Ana Maréchal", "Ana Mare\u0301chal")
    assert not bench.referent_right(decomposed, "Ana Marechal")
    assert not bench.referent_right(None, "Ana Maréchal")
    assert bench.referent_right(None, "-")

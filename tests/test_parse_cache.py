"""The parse cache (`quotes train --cache`, benchmarks/train_claims.py): a parse is read back
only under the fingerprint of the parser that made it, so an upgraded model or parse stage
parses again instead of serving an older parse (the cache was keyed by the text alone)."""

from __future__ import annotations

from pathlib import Path

from quotes.backends import parse_fingerprint
from quotes.learned.tagger import parse_cached


class CountingParser:
    """A stand-in parse: the text upper-cased, tagged with the parser's version."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.parsed: list[str] = []

    def parse_many(self, texts: list[str]) -> list[tuple[str, str]]:
        self.parsed.extend(texts)
        return [(self.version, t.upper()) for t in texts]


def test_a_second_run_reads_the_cache(tmp_path: Path) -> None:
    first, second = CountingParser("v1"), CountingParser("v1")
    parse_cached(["Ann said so.", "Lee agreed."], tmp_path, first.parse_many, "fp1")
    again = parse_cached(["Ann said so.", "Lee agreed."], tmp_path, second.parse_many, "fp1")
    assert second.parsed == []
    assert again == [("v1", "ANN SAID SO."), ("v1", "LEE AGREED.")]


def test_another_fingerprint_parses_again(tmp_path: Path) -> None:
    """Hard negative: the same text under a new parser's fingerprint is not the old parse."""
    parse_cached(["Ann said so."], tmp_path, CountingParser("v1").parse_many, "fp1")
    newer = CountingParser("v2")
    (parsed,) = parse_cached(["Ann said so."], tmp_path, newer.parse_many, "fp2")
    assert newer.parsed == ["Ann said so."]
    assert parsed == ("v2", "ANN SAID SO.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fp1", "fp2"]


class Named:
    name = "spacy"

    def __init__(self, model_id: str) -> None:
        self.model_id = model_id


def test_the_fingerprint_follows_the_model() -> None:
    same = parse_fingerprint(Named("spacy 3.8 en_core_web_sm 3.8.0 tagger,parser,ner"))
    assert same == parse_fingerprint(Named("spacy 3.8 en_core_web_sm 3.8.0 tagger,parser,ner"))
    assert same != parse_fingerprint(Named("spacy 3.8 en_core_web_sm 3.8.0 tagger,parser"))
    assert same != parse_fingerprint(Named("spacy 3.8 en_core_web_sm 3.7.1 tagger,parser,ner"))


def test_the_spacy_backend_names_its_pipeline(extractor) -> None:  # type: ignore[no-untyped-def]
    model_id = extractor.backend.model_id
    assert model_id.startswith("spacy ")
    assert "parser" in model_id and "ner" in model_id


def test_no_fingerprint_keeps_the_flat_folder(tmp_path: Path) -> None:
    parse_cached(["Ann said so."], tmp_path, CountingParser("v1").parse_many)
    assert [p.suffix for p in tmp_path.iterdir()] == [".pkl"]

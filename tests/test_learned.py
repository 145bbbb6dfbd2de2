"""The learned recall layer: train / save / load / predict on a tiny brat set written here,
its errors (Q011), and how its claims join the rules' ones."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

pytest.importorskip("pycrfsuite")

from quotes import errors  # noqa: E402
from quotes.cli import main as cli_main  # noqa: E402
from quotes.extractor import Extractor  # noqa: E402
from quotes.learned import RULE, Tagger, add_learned_claims, load_tagger, train_tagger  # noqa: E402
from quotes.learned.features import LABELS  # noqa: E402
from quotes.learned.tagger import TaggedSpan  # noqa: E402

#: (paragraphs, [(content, source, cue)]) of each tiny article; every content is in the text.
ARTICLES = [
    (
        "Mayor Ann Holt said that the new bridge would open in May.\n"
        "The council met on Tuesday to discuss the budget.",
        [("the new bridge would open in May", "Mayor Ann Holt", "said")],
    ),
    (
        "Residents complained that the buses were always late.\n"
        "\u201cWe wait for an hour every morning,\u201d said Tom Reyes, a teacher.",
        [
            ("the buses were always late", "Residents", "complained"),
            ("We wait for an hour every morning,", "Tom Reyes", "said"),
        ],
    ),
    (
        "The minister claimed the tax cut would help families.\n"
        "Opposition leaders warned that the deficit could double.",
        [
            ("the tax cut would help families", "The minister", "claimed"),
            ("the deficit could double", "Opposition leaders", "warned"),
        ],
    ),
    (
        "Police said the driver had fled the scene.\nThe road stayed closed for six hours.",
        [("the driver had fled the scene", "Police", "said")],
    ),
    (
        "Dr. Lena Park told reporters that the vaccine was safe.\n"
        "She added that more trials would follow next year.",
        [
            ("the vaccine was safe", "Dr. Lena Park", "told"),
            ("more trials would follow next year", "She", "added"),
        ],
    ),
    (
        "The company announced that profits had risen sharply.\n"
        "Analysts expect the shares to climb.",
        [("profits had risen sharply", "The company", "announced")],
    ),
]


def ann_for(text: str, attributions: list[tuple[str, str, str]]) -> str:
    """brat lines for ``attributions``, offsets found in ``text``."""
    lines = []
    t = 0
    for n, (content, source, cue) in enumerate(attributions, start=1):
        ids = []
        for role, words in (("Content", content), ("Source", source), ("Cue", cue)):
            start = text.index(words)
            t += 1
            lines.append(f"T{t}\t{role} {start} {start + len(words)}\t{words}")
            ids.append(f"{role}:T{t}")
        t += 1
        lines.append(f"T{t}\tAttribution {text.index(cue)} {text.index(cue) + len(cue)}\t{cue}")
        lines.append(f"E{n}\tAttribution:T{t} {' '.join(ids)}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def brat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("brat")
    (root / "text").mkdir()
    (root / "attributions").mkdir()
    for n, (text, attributions) in enumerate(ARTICLES):
        (root / "text" / f"a{n}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"a{n}_x1.ann").write_text(
            ann_for(text, attributions), encoding="utf-8"
        )
    return root


@pytest.fixture(scope="module")
def model(brat: Path, tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Path:
    out = tmp_path_factory.mktemp("model") / "tiny.crf.gz"
    cache = tmp_path_factory.mktemp("cache")
    train_tagger(brat, out, iterations=30, cache=cache, extractor=extractor, min_freq=1)
    # each article parsed once, kept in the folder of the parser's fingerprint
    assert len(list(cache.glob("*/*.pkl"))) == len(ARTICLES)
    return out


def test_round_trip_train_save_load_predict(model: Path, extractor: Extractor) -> None:
    tagger = load_tagger(model)
    assert tagger.header["labels"] == list(LABELS)
    assert tagger.header["trained_on"]["documents"] == len(ARTICLES)
    text, attributions = ARTICLES[0]
    doc = extractor.backend.parse(text)
    tagger.gate = False  # the rules hold this paragraph's cue; tag it all the same
    spans = tagger.tag_document(doc, Extractor.claims_from_document(doc))
    contents = [s for s in spans if s.role == "C"]
    assert contents, "the tagger found no content in a sentence it was trained on"
    words = " ".join(doc[i].text for i in contents[0].tokens)
    assert "bridge would open in May" in words
    assert 0.0 < contents[0].probability <= 1.0


def test_model_holds_no_text_of_its_data(model: Path) -> None:
    raw = gzip.decompress(model.read_bytes())
    assert b"bridge would open" not in raw and b"Holt said" not in raw


def test_extractor_loads_a_tagger_and_its_claims_are_marked(model: Path) -> None:
    ex = Extractor(tagger=model)
    assert isinstance(ex.tagger, Tagger)
    claims = ex.claims(ARTICLES[2][0])
    assert claims
    for claim in claims:
        assert 0.0 <= claim.confidence <= 1.0
    assert Extractor(tagger=None).tagger is None


def test_missing_model_is_a_q011_error(tmp_path: Path) -> None:
    with pytest.raises(errors.TaggerError, match="Q011: no tagger model"):
        load_tagger(tmp_path / "nope.crf.gz")
    with pytest.raises(errors.TaggerError, match="Q011"):
        Extractor(tagger=tmp_path / "nope.crf.gz")


def test_feature_version_mismatch_is_refused(model: Path, tmp_path: Path) -> None:
    head, _, body = gzip.decompress(model.read_bytes()).partition(b"\n")
    header = json.loads(head)
    header["feature_version"] = -1
    old = tmp_path / "old.crf.gz"
    old.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n" + body))
    with pytest.raises(errors.TaggerError, match="Q011: .*feature version -1.*Retrain"):
        load_tagger(old)


def test_a_file_that_is_no_model_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.crf.gz"
    junk.write_bytes(b"not gzip at all")
    with pytest.raises(errors.TaggerError, match="Q011: .* is not a quotes tagger model"):
        load_tagger(junk)


def test_a_model_of_the_previous_feature_version_is_refused(model: Path, tmp_path: Path) -> None:
    from quotes.learned import FEATURE_VERSION

    raw = gzip.decompress(model.read_bytes())
    head, _, body = raw.partition(b"\n")
    header = json.loads(head)
    header["feature_version"] = FEATURE_VERSION - 1
    old = tmp_path / "old.crf.gz"
    old.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n" + body))
    expected = f"feature version {FEATURE_VERSION - 1}, and this quotes computes feature version"
    with pytest.raises(errors.TaggerError, match=expected):
        load_tagger(old)


def _with_header(model: Path, out: Path, **changes: object) -> Path:
    """A copy of ``model`` whose header has ``changes`` (None: the key dropped)."""
    head, _, body = gzip.decompress(model.read_bytes()).partition(b"\n")
    header = json.loads(head)
    for key, value in changes.items():
        if value is None:
            header.pop(key, None)
        else:
            header[key] = value
    out.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n" + body))
    return out


#: A paragraph with no cue word and no quotation mark: the usual tagging skips it.
NO_CUE = "The ferry left the harbour at dawn and the gulls followed it."


def test_a_model_trained_on_every_paragraph_is_stamped_and_tags_every_paragraph(
    brat: Path, model: Path, tmp_path: Path, extractor: Extractor
) -> None:
    from quotes.learned.features import paragraph_tokens

    every = tmp_path / "every.crf.gz"
    train_tagger(brat, every, iterations=30, extractor=extractor, min_freq=1, paragraphs="every")
    usual, tagger = load_tagger(model), load_tagger(every)
    assert tagger.header["paragraphs"] == "every" and tagger.every_paragraph
    assert usual.header["paragraphs"] == "cue" and not usual.every_paragraph
    # every tiny article has a paragraph with no cue candidate, which only "every" trains on
    n_paragraphs = sum(len(a[0].split("\n")) for a in ARTICLES)
    assert tagger.header["trained_on"]["paragraphs"] == n_paragraphs
    assert usual.header["trained_on"]["paragraphs"] < n_paragraphs
    doc = extractor.backend.parse("Ms. Ruiz argued that the rent was too high.\n" + NO_CUE)
    rules = Extractor.claims_from_document(doc)
    assert tagger.tagged_paragraphs(doc, rules, frozenset({"argue"})) == paragraph_tokens(doc)
    assert usual.tagged_paragraphs(doc, rules, frozenset({"argue"})) == []  # rules hold the cue


def test_a_model_without_the_paragraphs_stamp_tags_as_before(
    model: Path, tmp_path: Path, extractor: Extractor
) -> None:
    old = load_tagger(_with_header(model, tmp_path / "old.crf.gz", paragraphs=None))
    assert "paragraphs" not in old.header and not old.every_paragraph
    doc = extractor.backend.parse("Ana Ruiz argued the rent was too high.\n" + NO_CUE)
    rules = Extractor.claims_from_document(doc)
    old.gate = False
    tagged = old.tagged_paragraphs(doc, rules, frozenset({"argue"}))
    assert len(tagged) == 1 and doc[tagged[0][0]].text == "Ana"
    stamped = load_tagger(model)
    stamped.gate = False
    assert old.tag_document(doc, rules) == stamped.tag_document(doc, rules)
    shipped = load_tagger("default")  # trained before the stamp: tags as it always did
    assert "paragraphs" not in shipped.header and not shipped.every_paragraph


def test_an_unknown_paragraphs_stamp_is_refused(model: Path, tmp_path: Path) -> None:
    odd = _with_header(model, tmp_path / "odd.crf.gz", paragraphs="some")
    with pytest.raises(errors.TaggerError, match="Q011: .* is not a quotes tagger model"):
        load_tagger(odd)
    with pytest.raises(ValueError, match="paragraphs must be one of"):
        train_tagger(tmp_path, tmp_path / "x.crf.gz", paragraphs="some")


def test_word_families_come_from_the_rules_lexicons() -> None:
    from quotes.claims import lexicons
    from quotes.claims.nominal import advocate_nouns, clause_nouns
    from quotes.learned.features import speaker_nouns, word_families
    from quotes.lexicons import load_lexicon

    lex = lexicons()
    families = word_families(lex)
    assert word_families(lex) is families  # built once per lexicons

    def listed(word: str) -> set[str]:
        return set(families.get(word, "").split("|"))

    for name, words in (
        ("stance_noun", set(lex.stance_nouns)),
        ("advocate_noun", set(advocate_nouns())),
        ("clause_noun", set(clause_nouns())),
        ("issuing_verb", load_lexicon("issuing_verbs")),
        ("seeming_verb", load_lexicon("seeming_verbs")),
        ("speaker_noun", speaker_nouns()),
    ):
        assert words, name
        assert all(name in listed(w) for w in words if " " not in w), name
    assert "the" not in families and "bridge" not in families


def test_words_under_a_stance_noun_carry_its_family(extractor: Extractor) -> None:
    from quotes.claims import lexicons
    from quotes.learned.features import cue_lemmas, document_features, word_families

    text = "The farmers voiced strong support for the new bridge."
    doc = extractor.backend.parse(text)
    lex = lexicons()
    (para,) = [[t.i for t in doc.tokens if t.pos != "SPACE"]]
    (feats,) = document_features(doc, [], [], cue_lemmas(lex), [para], word_families(lex))
    row = {doc[i].text: f for i, f in zip(para, feats, strict=True)}
    above = [f for f in row["bridge"] if f.startswith("fa=")]
    assert above and "stance_noun" in above[0].split("|")
    own = [f for f in row["support"] if f.startswith("f=")]
    assert own and "stance_noun" in own[0][2:].split("|")
    # the noun's family reaches the words below it, not its holder above it
    assert not any("stance_noun" in f for f in row["farmers"] if f.startswith("fa="))
    assert "f=" in row["bridge"]  # a word of no lexicon


@pytest.fixture
def grown_description_nouns(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """description_nouns.txt with one more person epithet, "goatherd", as the resolver's data
    grows; every lexicon cache is emptied before and after, so no other test sees it."""
    import quotes.lexicons as lexicons_module
    from quotes.learned import features

    real = lexicons_module._lines

    def grown(name: str, lang: str) -> list[str]:
        extra = ["goatherd\tperson"] if name == "description_nouns" else []
        return real(name, lang) + extra

    def clear() -> None:
        lexicons_module.load_table.cache_clear()
        lexicons_module.load_lexicon.cache_clear()
        features.speaker_nouns.cache_clear()
        features.resolver_speaker_nouns.cache_clear()
        features._WORD_FAMILIES.clear()

    clear()
    monkeypatch.setattr(lexicons_module, "_lines", grown)
    yield
    monkeypatch.undo()
    clear()


def test_the_learned_features_stay_when_the_resolvers_nouns_grow(
    extractor: Extractor,
    grown_description_nouns: None,
) -> None:
    """The CRF reads its own frozen speaker nouns (learned_speaker_nouns.txt), not the
    resolver's description_nouns.txt: a word added for the resolver reaches the source gate of
    learned claims, never the features the shipped model was trained on."""
    from quotes.claims import lexicons
    from quotes.learned.features import (
        cue_lemmas,
        document_features,
        resolver_speaker_nouns,
        speaker_nouns,
        word_families,
    )
    from quotes.learned.tagger import _looks_like_speaker

    text = "The goatherd said the bridge would close."
    doc = extractor.backend.parse(text)
    lex = lexicons()
    para = [t.i for t in doc.tokens if t.pos != "SPACE"]
    (feats,) = document_features(doc, [], [], cue_lemmas(lex), [para], word_families(lex))
    assert "goatherd" in resolver_speaker_nouns()  # the resolver's data grew
    assert "goatherd" not in speaker_nouns()
    assert not any("speaker_noun" in f for f in feats[1])  # "goatherd": no family
    assert _looks_like_speaker(doc, list(doc.tokens_in(0, len("The goatherd"))))
    # hard negative: a noun of the frozen list keeps its family
    assert "speaker_noun" in word_families(lex)["mayor"].split("|")


class StubTagger:
    """Tags what it is told to: the joining logic, apart from what a CRF learned."""

    def __init__(self, spans: list[tuple[str, str, float]], text: str, doc: object) -> None:
        self.min_confidence = 0.5
        self.speech_only = False
        self.tagged_sources = True
        self.verb_sources = True
        self.speaker_like = True
        self.verb_before_tagged = True
        self.noun_holders = True
        self.wanted = spans
        self.text = text

    def tag_document(self, doc, claims):  # type: ignore[no-untyped-def]
        out = []
        for words, role, p in self.wanted:
            a = self.text.index(words)
            toks = tuple(i for i in doc.tokens_in(a, a + len(words)))
            out.append(TaggedSpan(toks, role, p))
        return out


def test_learned_content_gets_the_cue_subject_as_source(extractor: Extractor) -> None:
    text = "Ms. Vega, the harbour master, reckons the storm will pass by Friday."
    doc = extractor.backend.parse(text)
    stub = StubTagger([("the storm will pass by Friday", "C", 0.8)], text, doc)
    # as if the rules had missed it: the layer must find the source through the cue "reckons"
    (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert claim.rule == RULE
    assert claim.cue_text == "reckons"
    assert claim.quote(text) == "the storm will pass by Friday"
    assert claim.source is not None and "Vega" in text[slice(*claim.source)]
    assert claim.confidence == 0.8


def test_a_learned_claim_takes_the_act_of_its_cue(extractor: Extractor) -> None:
    # the act comes from the cue's lexicon entry, as a rule claim's does (docs/schema.md)
    text = "Ms. Vega, the harbour master, reckons the storm will pass by Friday."
    doc = extractor.backend.parse(text)
    stub = StubTagger([("the storm will pass by Friday", "C", 0.8)], text, doc)
    (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert claim.act == "belief"
    text = "Ms. Vega, the harbour master, wondered how the storm would pass by Friday."
    doc = extractor.backend.parse(text)
    stub = StubTagger([("how the storm would pass by Friday", "C", 0.8)], text, doc)
    (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert claim.act == "question"


def test_an_unanswered_request_for_comment_is_a_refusal(extractor: Extractor) -> None:
    """ "did not respond to a request for comment" is an attribution in PolNeAR, but nothing in
    it can be checked: the act says so, as for "declined to comment". A reply with content
    keeps its cue's act."""
    text = "Ms. Vega did not respond to a request for comment."
    doc = extractor.backend.parse(text)
    stub = StubTagger([("a request for comment", "C", 0.8)], text, doc)
    (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert claim.act == "refusal"
    text = "Ms. Vega responded to the charges with a list of repairs."
    doc = extractor.backend.parse(text)
    stub = StubTagger([("the charges with a list of repairs", "C", 0.8)], text, doc)
    (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert claim.act != "refusal"


def test_the_one_asked_is_no_learned_claims_source(extractor: Extractor) -> None:
    text = "Carter, asked about the strike at the harbour, said the union had a point."
    doc = extractor.backend.parse(text)
    stub = StubTagger([("the strike at the harbour", "C", 0.8)], text, doc)
    assert add_learned_claims(doc, [], stub) == []  # type: ignore[arg-type]


def test_learned_content_without_a_source_or_over_a_rule_claim_is_not_added(
    extractor: Extractor,
) -> None:
    text = "Officials said the port would reopen. The weather stayed calm all week."
    doc = extractor.backend.parse(text)
    rules = Extractor.claims_from_document(doc)
    stub = StubTagger(
        [
            ("the port would reopen", "C", 0.9),  # the rules have it already
            ("The weather stayed calm all week", "C", 0.9),  # nobody said it
            ("stayed calm", "C", 0.2),  # below min_confidence
        ],
        text,
        doc,
    )
    got = add_learned_claims(doc, rules, stub)  # type: ignore[arg-type]
    assert got == rules


def test_tagged_source_is_used_when_no_cue_governs(extractor: Extractor) -> None:
    text = "Ana Ruiz on the plan: the costs are far too high for the town."
    doc = extractor.backend.parse(text)
    stub = StubTagger(
        [("Ana Ruiz", "S", 0.9), ("the costs are far too high for the town", "C", 0.7)],
        text,
        doc,
    )
    got = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert len(got) == 1 and got[0].rule == RULE
    assert text[slice(*got[0].source)] == "Ana Ruiz"  # type: ignore[misc]


def test_the_verbs_subject_comes_before_a_tagged_source(
    extractor: Extractor,
) -> None:
    """The nearest tagged source is often another claim's speaker: the content's own verb
    says who speaks for it, whether that source comes after the content or before it."""
    from quotes.learned.tagger import learned_source

    text = "Jones pointed to the rising debt of the city, while Smith praised the new budget."
    doc = extractor.backend.parse(text)
    stub = StubTagger([("the rising debt of the city", "C", 0.8), ("Smith", "S", 0.9)], text, doc)
    (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert text[slice(*claim.source)] == "Jones"  # type: ignore[misc]
    a = text.index("the rising debt")
    content = set(doc.tokens_in(a, a + len("the rising debt of the city")))
    sources = {
        doc[i].sent: [s] for s in stub.tag_document(doc, []) if s.role == "S" for i in s.tokens[:1]
    }
    from quotes.claims import lexicons
    from quotes.learned.features import cue_lemmas

    cues = cue_lemmas(lexicons())
    choice = learned_source(doc, content, sources, stub, lexicons().speech, cues)  # type: ignore[arg-type]
    assert choice is not None and choice.step == "verb"
    stub.verb_before_tagged = False  # as before session 15: the nearest tagged source
    (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert text[slice(*claim.source)] == "Smith"  # type: ignore[misc]
    # the same when the other claim's speaker comes first
    text = "Smith praised the new budget, while Jones pointed to the rising debt of the city."
    doc = extractor.backend.parse(text)
    stub = StubTagger([("the rising debt of the city", "C", 0.8), ("Smith", "S", 0.9)], text, doc)
    (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert text[slice(*claim.source)] == "Jones"  # type: ignore[misc]
    assert claim.cue_text == "pointed"


def test_the_clause_of_a_noun_is_its_holders(extractor: Extractor) -> None:
    """ "X rejected the mayor's view that ...": the view is the mayor's, not X's; so too the
    object of the noun's "by", "of" or "from". A holder that is a thing is no speaker."""
    for text, content, holder in (
        (
            "Smith rejected the mayor's view that the bridge would never open.",
            "that the bridge would never open",
            "the mayor",
        ),
        (
            "The council dismissed a demand by the union that every driver be paid more.",
            "that every driver be paid more",
            "the union",
        ),
    ):
        doc = extractor.backend.parse(text)
        stub = StubTagger([(content, "C", 0.8)], text, doc)
        (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
        assert text[slice(*claim.source)] == holder  # type: ignore[misc]
        stub.noun_holders = False  # as before session 15: the subject of the verb above
        (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
        assert text[slice(*claim.source)] != holder  # type: ignore[misc]
    # a headline the parser reads as one noun phrase: no holder with a verb in it
    text = "Mayor rejects council's view that bridge must close"
    doc = extractor.backend.parse(text)
    stub = StubTagger([("that bridge must close", "C", 0.8)], text, doc)
    for claim in add_learned_claims(doc, [], stub):  # type: ignore[arg-type]
        assert "rejects" not in text[slice(*claim.source)]  # type: ignore[misc]
    text = "Smith rejected the terms of the deal that the port would close at night."
    doc = extractor.backend.parse(text)
    stub = StubTagger([("that the port would close at night", "C", 0.8)], text, doc)
    for claim in add_learned_claims(doc, [], stub):  # type: ignore[arg-type]
        assert "deal" not in text[slice(*claim.source)]  # type: ignore[misc]


def test_a_content_under_a_verb_no_lexicon_lists_takes_that_verb_subject(
    extractor: Extractor,
) -> None:
    text = "The city council has approved a ban on plastic bags in every shop."
    doc = extractor.backend.parse(text)
    stub = StubTagger([("a ban on plastic bags in every shop", "C", 0.8)], text, doc)
    (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert claim.cue_text == "approved"
    assert claim.source is not None and "council" in text[slice(*claim.source)]
    stub.verb_sources = False  # the gate off: no speech cue, no tagged source, no claim
    assert add_learned_claims(doc, [], stub) == []  # type: ignore[arg-type]


def test_a_thing_or_an_expletive_is_no_learned_claims_source(extractor: Extractor) -> None:
    text = "It remains unclear whether the new bridge will open before winter."
    doc = extractor.backend.parse(text)
    stub = StubTagger(
        [("whether the new bridge will open before winter", "C", 0.9), ("It", "S", 0.9)],
        text,
        doc,
    )
    assert add_learned_claims(doc, [], stub) == []  # type: ignore[arg-type]
    stub.speaker_like = False  # without the gate "It" would become the speaker
    (claim,) = add_learned_claims(doc, [], stub)  # type: ignore[arg-type]
    assert text[slice(*claim.source)] == "It"  # type: ignore[misc]


def test_speaker_like_mentions(extractor: Extractor) -> None:
    from quotes.learned.tagger import _looks_like_speaker

    text = "The mayor and Ana Ruiz met. It rained. The deal collapsed. She left."
    doc = extractor.backend.parse(text)

    def words(w: str) -> list[int]:
        a = text.index(w)
        return list(doc.tokens_in(a, a + len(w)))

    assert _looks_like_speaker(doc, words("The mayor"))
    assert _looks_like_speaker(doc, words("Ana Ruiz"))
    assert _looks_like_speaker(doc, words("She"))
    assert not _looks_like_speaker(doc, words("It"))
    assert not _looks_like_speaker(doc, words("The deal"))


def test_cli_train_writes_a_model(brat: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.crf.gz"
    assert cli_main(["train", "--brat", str(brat), "-o", str(out), "--iterations", "3"]) == 0
    assert load_tagger(out).header["params"]["iterations"] == 3
    out2 = tmp_path / "cli2.crf.gz"
    args = ["train", "--brat", str(brat), "-o", str(out2), "--iterations", "3", "--c1", "0.5"]
    assert cli_main(args) == 0
    assert load_tagger(out2).header["params"]["c1"] == 0.5
    assert cli_main([*args, "--c2", "-1"]) == 2
    out3 = tmp_path / "cli3.crf.gz"
    every = ["train", "--brat", str(brat), "-o", str(out3), "--iterations", "3"]
    assert cli_main([*every, "--paragraphs", "every"]) == 0
    assert load_tagger(out3).header["paragraphs"] == "every"


def test_cli_train_on_a_folder_that_is_no_split(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "m.crf.gz"
    assert cli_main(["train", "--brat", str(tmp_path), "-o", str(out)]) == 2
    assert "Q005" in capsys.readouterr().err
    assert not out.exists()


def test_the_shipped_model_loads_and_is_small() -> None:
    from quotes.extractor import _load_tagger
    from quotes.learned import FEATURE_VERSION, default_model_path

    assert default_model_path().stat().st_size <= 5_000_000
    shipped = load_tagger("default")
    assert shipped.header["feature_version"] == FEATURE_VERSION
    assert isinstance(_load_tagger("auto"), Tagger)  # python-crfsuite is installed here
    assert _load_tagger(None) is None and _load_tagger(False) is None


def test_the_shipped_model_tags_a_reported_claim_and_its_source(extractor: Extractor) -> None:
    text = "Ms. Duarte responded that the budget would be balanced by next spring."
    doc = extractor.backend.parse(text)
    shipped = load_tagger("default")
    rules = Extractor.claims_from_document(doc)
    assert shipped.tag_document(doc, rules) == []  # the rules hold every cue: nothing to tag
    shipped.gate = False
    spans = shipped.tag_document(doc, rules)
    words = {s.role: " ".join(doc[i].text for i in s.tokens) for s in spans}
    assert "budget would be balanced by next spring" in words.get("C", "")
    assert "Duarte" in words.get("S", "")


def test_cli_extract_with_a_missing_tagger_stops_with_q011(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "a.txt"
    text.write_text("Ana said the road is closed.", encoding="utf-8")
    out = tmp_path / "claims.csv"
    code = cli_main(["extract", str(text), "-o", str(out), "--tagger", str(tmp_path / "x.gz")])
    assert code == 2
    assert "Q011: no tagger model" in capsys.readouterr().err
    assert not out.exists()
    assert (
        cli_main(["extract", str(text), "-o", str(out), "--tagger", "none", "--no-progress"]) == 0
    )
    assert out.exists()

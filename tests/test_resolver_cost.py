"""What the resolver reads of a long document, once: the pieces of a document many rules ask
about are found once per document, so resolution stays linear in the text (a headline end
found anew per description, or the text read up to each description, made a 1 MB text's
resolution quadratic: session 19).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import quotes
from quotes.speakers import Resolver, build_registry
from quotes.speakers.rules import descriptions


def test_the_headline_end_is_found_once_per_document(
    extractor: quotes.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    found = descriptions.headline_end

    def counted(text: str) -> int | None:
        calls.append(text)
        return found(text)

    monkeypatch.setattr(descriptions, "headline_end", counted)
    body = " ".join(
        f"The official said the plan {n} would pass. The spokesman added that it was fair."
        for n in range(30)
    )
    df = extractor.extract("Council backs harbour plan\n\n" + body)
    assert len(df) >= 30
    assert len(calls) <= 1


@pytest.mark.parametrize(
    ("text", "words", "upto", "expected"),
    [
        ("The Governor spoke. Later the mayor spoke.", "governor", 30, True),
        ("The mayor spoke. Later the Governor spoke.", "governor", 20, False),
        ("The mayor spoke. Later the Governor spoke.", "governor", 40, True),
        # a word whose lower case is longer than it ("İ") shifts offsets: still right
        ("İstanbul's governor spoke. The mayor spoke.", "governor", 25, True),
        ("İstanbul's governor spoke. The mayor spoke.", "governor", 15, False),
    ],
)
def test_written_before_agrees_with_reading_the_text_up_to_the_place(
    extractor: quotes.Extractor, text: str, words: str, upto: int, expected: bool
) -> None:
    doc = extractor.backend.parse(text)
    roles = Resolver(doc, build_registry(doc)).roles
    assert roles.written_before(words, upto) is expected
    assert (words.lower() in text[:upto].lower()) is expected


def test_all_inside_sorted_agrees_with_asking_of_each_offset() -> None:
    """The narrative count asks whether a sentence's words all lie in claims' words
    (:meth:`Resolver.narrative_counts`): two look-ups in place of one per word when no claim
    starts among them, the same answer as asking of each word, nested ranges and all."""
    import random

    from quotes.speakers.resolution import all_inside_sorted, inside_sorted

    rng = random.Random(13)
    for _ in range(3000):
        ranges = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, 60)
            ranges.append((a, a + rng.randint(1, 40)))
        ranges.sort()
        offsets = sorted(rng.sample(range(0, 90), rng.randint(1, 8)))
        expected = all(inside_sorted(a, ranges) for a in offsets)
        assert all_inside_sorted(offsets, ranges) is expected, (offsets, ranges)


def _spans(doc: quotes.Document, spans: list) -> list[str]:  # type: ignore[type-arg]
    return [doc.text[doc[s.start].start : doc[s.end - 1].end] for s in spans]


def test_listed_names_skip_the_openers_inside_a_name_found(extractor: quotes.Extractor) -> None:
    """The listed names are tried only where a listed name opens (one pass over the tokens,
    session 21); a name found still swallows the openers inside it ("Downing" inside
    "Number 10 Downing Street" opens no second name)."""
    from quotes.speakers.lexicon import speaker_lexicon
    from quotes.speakers.registry.names import _listed_names

    doc = extractor.backend.parse(
        "Number 10 Downing Street said on Monday that Reform UK and Plaid Cymru would meet. "
        "Downing Street declined to comment."
    )
    lex = speaker_lexicon("en")
    seats = _spans(doc, _listed_names(doc, lex.seats, "FAC"))
    assert seats == ["Number 10 Downing Street", "Downing Street"]
    assert _spans(doc, _listed_names(doc, lex.parties, "ORG")) == ["Reform UK", "Plaid Cymru"]


def test_one_pass_name_scans_find_what_they_did(extractor: quotes.Extractor) -> None:
    """Particle surnames, nicknamed names and legal forms, each found from the tokens that
    can open one (session 21): the names of a text written for this test, and no more."""
    from quotes.speakers.lexicon import speaker_lexicon
    from quotes.speakers.registry.names import legal_form_names, nicknamed_names, particle_surnames

    doc = extractor.backend.parse(
        'Darren "Dazza" Dawson said the club would fight on. In Leeds, Castlegate plc said '
        "it would cut jobs."
    )
    lex = speaker_lexicon("en")
    assert _spans(doc, nicknamed_names(doc, [])) == ['Darren "Dazza" Dawson']
    assert _spans(doc, legal_form_names(doc, set())) == ["Castlegate plc"]
    doc = extractor.backend.parse("The deal was fair. Later de Vries agreed with van Dijk.")
    assert _spans(doc, particle_surnames(doc, [], lex)) == ["de Vries"]
    doc = extractor.backend.parse(
        "Frans de Vries, who heads the fund, spoke. De Vries said the plan would work."
    )
    assert _spans(doc, particle_surnames(doc, [], lex)) == ["Frans de Vries"]


def test_the_pronoun_chain_visits_the_gendered_pronouns_alone(
    extractor: quotes.Extractor,
) -> None:
    """The chain of gendered pronouns (:meth:`Resolver.chain_upto`) is built from the pronouns
    found in one pass, not by reading every token up to each mention (session 21)."""
    from quotes.speakers.resolve import gendered_pronouns

    doc = extractor.backend.parse(
        "Ann Cole said her plan would pass. Tom Reed said he doubted it, and it was late."
    )
    assert [doc[i].text for i in gendered_pronouns(doc)] == ["her", "he"]
    resolver = Resolver(doc, build_registry(doc))
    resolver.chain_upto(len(doc))
    assert resolver._chain_next == 2
    assert [doc[i].text for i in resolver._chain_tokens or []] == ["her", "he"]


def test_a_pass_cut_short_resolves_its_claims_as_the_whole_pass(
    extractor: quotes.Extractor,
) -> None:
    """The learned layer's second pass keeps its own claims alone and stops after the last
    (``upto``, session 21): a claim is resolved from the claims before it and the words of
    all, so the first claims of a pass cut short are those of the whole pass."""
    from quotes.claims import find_claims
    from quotes.speakers import resolve_speakers

    doc = extractor.backend.parse(
        "Mayor Ann Cole said on Monday that the bridge would reopen in May. "
        '"We have waited long enough," she told reporters. Her rival, Tom Reed, said the plan '
        "was rushed. He added that the council had not seen the costs. "
        '"It is a mess," Reed said. Cole later said she would publish the figures.'
    )
    claims = find_claims(doc)
    assert len(claims) >= 4
    registry = build_registry(doc)
    whole = resolve_speakers(doc, claims, registry)
    for upto in range(len(claims) + 1):
        assert resolve_speakers(doc, claims, registry, upto) == whole[:upto]

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
    assert roles._written_before(words, upto) is expected
    assert (words.lower() in text[:upto].lower()) is expected


def test_all_inside_sorted_agrees_with_asking_of_each_offset() -> None:
    """The narrative count asks whether a sentence's words all lie in claims' words
    (:meth:`Resolver._narrative_counts`): two look-ups in place of one per word when no claim
    starts among them, the same answer as asking of each word, nested ranges and all."""
    import random

    from quotes.speakers.resolution import _all_inside_sorted, _inside_sorted

    rng = random.Random(13)
    for _ in range(3000):
        ranges = []
        for _ in range(rng.randint(0, 6)):
            a = rng.randint(0, 60)
            ranges.append((a, a + rng.randint(1, 40)))
        ranges.sort()
        offsets = sorted(rng.sample(range(0, 90), rng.randint(1, 8)))
        expected = all(_inside_sorted(a, ranges) for a in offsets)
        assert _all_inside_sorted(offsets, ranges) is expected, (offsets, ranges)

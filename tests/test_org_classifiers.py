"""Organisations named by a field and a body noun ("health ministry") keep the field: as a
name and against another body of the same noun (session 24). Sentences written for these
tests."""

from __future__ import annotations


def _speakers(extractor, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(s) for s in extractor.extract(text).speaker]


def test_a_field_word_before_an_organisation_noun_stays_in_its_name(extractor):
    """The NER's lower-case ORG span "health ministry": "health" is a word of roles ("health
    minister") but here names the ministry's field (was the speaker `ministry`)."""
    text = (
        "Kenya's health ministry said on Friday that 40 cases had been confirmed. The "
        "ministry added that schools would stay open."
    )
    assert _speakers(extractor, text) == ["health ministry", "health ministry"]


def test_another_classifier_is_another_body(extractor):
    """ "The economy ministry" is not the health ministry named before (was); hard negative:
    "The health ministry" again, and a bare "the ministry", are."""
    text = (
        "The health ministry said that a cholera outbreak had killed 11 people. The economy "
        "ministry said all rules had been followed. The health ministry added that vaccines "
        "were on the way."
    )
    assert _speakers(extractor, text) == ["health ministry", "economy ministry", "health ministry"]

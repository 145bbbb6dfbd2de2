"""Plural "they" whose group was named as an object or inside a prepositional phrase (issue
13, session 20 `plurals2`): with no group of people as a subject before it and salience
offering only an organisation, "they" takes the nearest group of people named as an object
or in a prepositional phrase of its sentence or the one before. Not the people spoken to
("told reporters they"), not a plural of things or of organisations, and not after a
sentence whose subject is an organisation (that "they" may be the organisation's).

Sentences written for these tests, each rule with a hard negative. Each test resolves claims
over a real parse, so it fails when its rule is missing.
"""

from __future__ import annotations

from resolving import claim

from quotes.speakers.registry import build_registry
from quotes.speakers.resolve import Resolver


def test_they_is_the_group_in_a_prepositional_phrase(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods cut wages again this year. On Friday the mayor was greeted by "
        "hundreds of farm workers outside the gates of Northgate Foods. Later, they said "
        "that the cuts were unfair."
    )
    (c,) = resolve(text, claim(text, "the cuts were unfair", "they"))
    assert c.speaker is not None and "workers" in c.speaker  # before: Northgate Foods


def test_they_is_the_group_a_sentence_cites(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods hired a new chief this spring. The company plans to close two "
        "plants in the valley, according to union officials. They said that the plants "
        "would close in June."
    )
    (c,) = resolve(text, claim(text, "the plants would close in June", "They"))
    assert c.speaker is not None and "officials" in c.speaker  # before: Northgate Foods


def test_they_is_the_object_of_its_own_sentence(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Valley Gazette ran a poll on its website to ask readers whether they think "
        "that the mill should close."
    )
    (c,) = resolve(text, claim(text, "the mill should close", "they"))
    assert c.speaker == "readers"  # before: Valley Gazette


def test_they_is_not_the_people_spoken_to(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods cut wages again this year. Ann Cole, who runs Northgate Foods, "
        "told reporters on Friday that they would see the figures soon. They said that the "
        "cuts were needed."
    )
    (c,) = resolve(text, claim(text, "the cuts were needed", "They"))
    assert c.speaker is None or "reporters" not in c.speaker


def test_they_is_not_a_plural_thing(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbor Council met on Monday. Ann Cole praised the new taxes on the harbour. "
        "They said that the harbour must grow."
    )
    (c,) = resolve(text, claim(text, "the harbour must grow", "They"))
    assert c.speaker is None or "taxes" not in c.speaker


def test_they_after_an_organisation_subject_stays_the_organisation(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Valley Gazette says the new plant is a danger to the farm workers of the "
        "valley. They said that the plant must close."
    )
    (c,) = resolve(text, claim(text, "the plant must close", "They"))
    assert c.speaker == "Valley Gazette"  # an outlet's "they" (UK and US usage)


def _subject_group(extractor, text: str, nth: int):  # type: ignore[no-untyped-def]
    """The group rule's answer for the ``nth`` "they" of ``text`` (0-based, any case), no
    claim resolved before it: an earlier "they" was never a claim's source."""
    doc = extractor.backend.parse(text)
    head = [t.i for t in doc if t.lower == "they"][nth]
    return Resolver(doc, build_registry(doc)).groups.subject_group(head, ())


def test_they_after_an_earlier_they_takes_its_group(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Farm workers sat together in the town hall of Northgate Foods on Friday night. They "
        "listened as the singer Tom Reed led an evening of songs. They also said that the "
        "evening had been a joy."
    )
    found = _subject_group(extractor, text, 1)
    assert found is not None and "workers" in found.speaker  # before: None (the rule stopped)


def test_they_in_the_clause_of_an_earlier_they_stops(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Farm workers have argued about the mill for years. They cut right to the core of "
        "why many people came to the valley, and why they stay."
    )
    # the second "they" is inside the first one's clause: not taken through it (the many
    # people are meant); salience decides, as before
    assert _subject_group(extractor, text, 1) is None


def test_they_after_an_organisations_they_stays_the_organisation(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods closed its plant in the valley. They moved the work to the coast. "
        "They said that the move would save money."
    )
    (c,) = resolve(text, claim(text, "the move would save money", "They"))
    assert c.speaker == "Northgate Foods"


def test_they_is_a_plural_of_people_nouns_added(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods named Ann Cole its chief again on Monday. While many Northgate Foods "
        "watchers expect Ann Cole to stay, they say that she will have to work to keep her post."
    )
    (c,) = resolve(text, claim(text, "she will have to work to keep her post", "they"))
    assert c.speaker is not None and "watchers" in c.speaker  # before: Northgate Foods


def test_hands_are_no_people(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The old mill is now in the hands of Northgate Foods. They said that the mill would "
        "stay open."
    )
    (c,) = resolve(text, claim(text, "the mill would stay open", "They"))
    assert c.speaker is None or "hands" not in c.speaker


def test_them_is_the_group_subject_not_the_organisation(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods cut wages again this year. Northgate Foods said the cuts were needed. "
        "Farm workers are angry about the cuts at Northgate Foods. For them, the cuts are a "
        "betrayal."
    )
    (c,) = resolve(text, claim(text, "the cuts are a betrayal", "them"))
    assert c.speaker == "Farm workers"  # before: Northgate Foods


def test_them_after_an_organisation_subject_stays_the_organisation(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods cut wages at its plants this year. For them, the cuts are a way "
        "to survive."
    )
    (c,) = resolve(text, claim(text, "the cuts are a way to survive", "them"))
    assert c.speaker == "Northgate Foods"


def test_they_is_the_group_a_thing_subject_reports_on(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbor Institute released its survey of Northgate Foods on Monday. The results "
        "show that young farm workers are angry about the cuts at Northgate Foods. They "
        "said that the cuts were unfair."
    )
    (c,) = resolve(text, claim(text, "the cuts were unfair", "They"))
    assert c.speaker is not None and "workers" in c.speaker  # before: an organisation


def test_they_after_a_thing_reporting_on_an_organisation(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbor Institute released its survey of the valley on Monday. The results show "
        "that Northgate Foods cut wages at its plants. They said that the cuts were needed."
    )
    (c,) = resolve(text, claim(text, "the cuts were needed", "They"))
    assert c.speaker is None or "workers" not in c.speaker


def test_they_with_two_groups_takes_the_nearest_not_the_addressed(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Northgate Foods cut wages again this year. On Friday the mayor met union leaders at "
        "the plant of Northgate Foods and later spoke to farm workers outside Northgate Foods. "
        "They said that the cuts were unfair."
    )
    (c,) = resolve(text, claim(text, "the cuts were unfair", "They"))
    assert c.speaker == "union leaders"  # the farm workers were spoken to (before: the firm)

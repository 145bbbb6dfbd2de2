"""Issue 13, he/she to the right person (session 21, pronouns5): the gender a person's
pronouns show. A first name that shows no gender ("Casey", "Jordan") leaves a person's gender
to the pronouns after the name in sentences that name only that person
(:func:`quotes.speakers.registry.gender.add_pronoun_votes`); a pronoun inside a quotation speaks of
someone the quoted speaker talks about, so it casts no vote for the narrative's subject, and a
subject pronoun before the name goes on with a person of an earlier sentence, so its gender
casts no vote in that sentence; a person named inside a quotation takes no vote from the
speaker's he/she outside it. A title right before another person's name gives neither role
nor gender to the name whose apposition holds it (:func:`registry.apply_title`). A she/her
whose salience pick is a one-word name of unknown gender goes to a person known to be a woman
in the near window (:meth:`PronounRules._known_woman`); a he/she subject after a fronted
adverbial clause wins a tie for that clause's subject
(:meth:`PronounRules._fronted_clause_subject`).

Sentences written for these tests, each rule with a hard negative.
"""

from __future__ import annotations

import pytest
from claim_rows import speaker_of
from resolving import claim, resolver

from quotes.speakers.registry import build_registry


@pytest.fixture(scope="module")
def extract(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract


def _gender(extractor, text: str, surname: str) -> str:  # type: ignore[no-untyped-def]
    reg = build_registry(extractor.backend.parse(text))
    return next(e.gender for e in reg.entities if e.type == "PERSON" and surname in e.name)


ASKED = (
    "Casey Marsh ran the animal shelter on Dock Road for a decade. Marsh was asked on Monday, "
    "“Did the new vet tell you she was leaving, and did you ask her to stay?” "
)


def test_a_quoted_pronoun_casts_no_gender_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    # before: "f", from the quoted "she" and "her" (someone Marsh is asked about)
    assert _gender(extractor, ASKED, "Marsh") == ""


def test_the_man_asked_about_a_woman_answers(extract) -> None:  # type: ignore[no-untyped-def]
    # before: no speaker (Marsh taken for a woman, so "He" found nobody)
    text = ASKED + "He answered, “I never knew, and nobody told me.”"
    assert speaker_of(extract(text), "I never knew") == "Casey Marsh"


def test_a_pronoun_outside_a_quotation_still_votes(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the writer's own "her" after the one name of its sentence
    text = "Jordan Pell said her shelter had taken in forty dogs, “more than ever before.” "
    assert _gender(extractor, text, "Pell") == "f"


def test_a_quoted_pronoun_of_the_person_a_quotation_speaks_of_votes(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Brody is the subject of the quoted words, not the narrative's speaker
    text = (
        "The union's leader spoke to reporters on Monday. She said Brody “has only ever "
        "looked after his own career.”"
    )
    assert _gender(extractor, text, "Brody") == "m"


def test_a_subject_pronoun_before_the_name_keeps_its_gender_from_the_name(extractor) -> None:  # type: ignore[no-untyped-def]
    # before: "f", from the second "she" (the woman of the sentence before, who lost)
    text = (
        "Ann Cole ran the county clinic for twelve years. She has long argued with Jordan Pell "
        "over the new wing, a fight she lost in May."
    )
    assert _gender(extractor, text, "Pell") == ""


def test_a_pronoun_of_a_clause_put_before_the_name_still_votes(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "he" of the fronted clause points forward to Pell
    text = "When he arrived at the hall on Monday, Jordan Pell said he was ready to vote."
    assert _gender(extractor, text, "Pell") == "m"


def test_a_name_in_a_quotation_takes_no_vote_from_the_speakers_pronoun(extractor) -> None:  # type: ignore[no-untyped-def]
    # before: "m", from the "he" of "he said" (the speaker, not the one he praises)
    text = (
        "Tom Hale runs the ferry company. “Nobody on this island works as hard as Jordan "
        "Pell,” he said."
    )
    assert _gender(extractor, text, "Pell") == ""


def test_a_name_and_a_pronoun_inside_one_quotation_still_vote(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the quoted speaker's own words name Pell and go on with "she"
    text = "The ferry was late again. “Jordan Pell told me she would stay,” a sailor said."
    assert _gender(extractor, text, "Pell") == "f"


def _speaker(extractor, text: str, content: str, source: str) -> str | None:  # type: ignore[no-untyped-def]
    return resolver(extractor)(text, claim(text, content, source))[0].speaker


ADVISER = (
    "{name}, an economist who worked for Mayor {first} Cole in {poss} first term, spoke "
    "at the town hall on Monday. The hall was full. {pron} said the rent cap would pass in June."
)


def test_she_goes_to_the_known_woman_not_to_a_surname_alone(extractor) -> None:  # type: ignore[no-untyped-def]
    # before: Kessler, the subject, named by a surname alone (Cole is named as an object)
    text = ADVISER.format(name="Kessler", first="Ann", poss="her", pron="She")
    assert _speaker(extractor, text, "the rent cap would pass", "She") == "Ann Cole"


def test_she_with_no_known_woman_stays_with_the_surname(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: nobody known to be a woman is named
    text = (
        "Kessler, an economist, spoke at the town hall on Monday. The hall was full. She said "
        "the rent cap would pass in June."
    )
    assert _speaker(extractor, text, "the rent cap would pass", "She") == "Kessler"


def test_a_unisex_first_name_is_left_to_salience(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "Robin" shows no gender, and such names are often women's
    text = ADVISER.format(name="Robin Hale", first="Ann", poss="her", pron="She")
    assert _speaker(extractor, text, "the rent cap would pass", "She") == "Robin Hale"


def test_he_is_left_to_salience(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "he" keeps the subject named by a surname alone
    text = ADVISER.format(name="Kessler", first="Tom", poss="his", pron="He")
    assert _speaker(extractor, text, "the rent cap would pass", "He") == "Kessler"


def test_two_women_are_left_to_salience(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: both known to be women: the subject goes on
    text = ADVISER.format(name="Mary Hale", first="Ann", poss="her", pron="She")
    assert _speaker(extractor, text, "the rent cap would pass", "She") == "Mary Hale"


def _person(extractor, text: str, surname: str):  # type: ignore[no-untyped-def]
    reg = build_registry(extractor.backend.parse(text))
    return next(e for e in reg.entities if e.type == "PERSON" and surname in e.name)


def test_an_honorific_of_another_name_in_the_apposition_gives_no_gender(extractor) -> None:  # type: ignore[no-untyped-def]
    # before: "m", from the "Mr." of Mr. Ford inside Whitfield's apposition
    text = (
        "Dana Whitfield, director of the Harbor Workers Union, a union that has backed Mr. Ford "
        "since May, said the members would march on Friday."
    )
    assert _person(extractor, text, "Whitfield").gender == ""


def test_a_title_before_the_own_name_still_counts(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the title stands before the person's own name
    text = "Mr. Dana Whitfield, director of the Harbor Workers Union, said they would march."
    assert _person(extractor, text, "Whitfield").gender == "m"


WARD = (
    "Senator Tom Ward is counting on the churches of the county. He will need their help, with "
    "polls showing a close race against Ward's rival. "
)


def test_a_fronted_clause_subject_wins_a_tie(extractor) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Ward, named last (as the possessor inside the clause) on a tie
    text = (
        WARD + "While Ed Dale agrees with much of Mr. Ward's plan, he said the tariffs would hurt."
    )
    assert _speaker(extractor, text, "the tariffs would hurt", "he") == "Ed Dale"


def test_a_fronted_clause_subject_of_the_other_gender_is_no_candidate(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the clause's subject is a woman
    text = (
        WARD + "While Ann Dale agrees with much of Mr. Ward's plan, he said the tariffs would hurt."
    )
    assert _speaker(extractor, text, "the tariffs would hurt", "he") == "Tom Ward"


def test_a_fronted_clause_subject_only_breaks_a_tie(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the senator the paragraph is about stays far ahead
    text = WARD + "When Ed Dale met Mr. Ward on Monday, he said the senator had his support."
    assert _speaker(extractor, text, "the senator had his support", "he") == "Tom Ward"

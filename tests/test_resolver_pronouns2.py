"""Issue 13, pronouns to the right person (session 18, pronouns2): a he/she subject after a
sentence that opens on a possessed person ("Her father, a fisherman, ... He said") continues
that person (``possessed_topic``), also through a he/she of the narrative that is no claim's
source; and a he/she subject of the second of two coordinated clauses is the first clause's
subject (``conjunct_subject``).

Sentences written for these tests, each with hard negatives.
"""

from __future__ import annotations

import pytest
from claim_rows import rule_of, speaker_of


@pytest.fixture(scope="module")
def extract(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract


BAKERY = (
    "Marta Solis runs the bakery on Quay Street. Her landlord, Peter Quist, wants to double "
    "the rent. “The street has changed,” Quist said.\n\n"
    "“We open at five,” Solis said. “We close when the bread is gone.”\n\n"
)
FATHER = (
    "Her father, a fisherman, taught her to bake bread on the boat. "
    "He said she was the only child who never burned a loaf."
)
MOTHER = (
    "Her mother, a retired teacher, lives above the shop. She is 80 and still kneads the "
    "dough on Sundays. She said the oven is older than the house."
)


def test_a_possessed_father_is_the_next_he(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Peter Quist, the last man quoted, by salience
    df = extract(BAKERY + FATHER)
    assert speaker_of(df, "the only child who never burned") == "Marta Solis's father"
    assert rule_of(df, "the only child who never burned").endswith("+possessed_topic")


def test_a_possessed_mother_goes_on_through_a_pronoun(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Marta Solis; "She is 80" is no claim's source but continues the mother
    df = extract(BAKERY + MOTHER)
    assert speaker_of(df, "the oven is older") == "Marta Solis's mother"


def test_the_other_gender_is_not_the_possessed(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "Her father ... She said" is the woman "her" is, not the father
    text = BAKERY + FATHER.replace("He said she was", "She said she was")
    df = extract(text)
    assert speaker_of(df, "the only child who never burned") == "Marta Solis"


def test_a_name_between_stops_the_possessed_topic(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: another man named between the father and "He": salience decides
    text = BAKERY + FATHER.replace("taught her to bake bread on", "worked with Tom Rask on")
    df = extract(text)
    assert not rule_of(df, "the only child who never burned").endswith("+possessed_topic")


def test_a_pronoun_right_after_a_quote_stays_with_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "..., Solis said. She added" is Solis, after a possessive opening too
    text = (
        BAKERY + "Her mother, a retired teacher, lives above the shop. “She still checks the "
        "ovens,” Solis said. She added that the shop would stay open in August."
    )
    df = extract(text)
    assert speaker_of(df, "stay open in August") == "Marta Solis"


def test_a_tie_held_by_a_name_is_no_owned_phrase(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "his brother" where the text names the brother ("his brother Tom
    # Lee"): the owner may be misread, so the rule stands aside
    text = (
        "Paul Lee, 40, lived in Leeds, according to an interview his brother Tom Lee gave "
        "to the radio. Tom Lee called him a kind man. He had just become a father, his brother "
        "added. “He was so proud,” he said."
    )
    df = extract(text)
    assert not rule_of(df, "He was so proud").endswith("+possessed_topic")


def test_two_women_the_possessed_one_is_named(extract) -> None:  # type: ignore[no-untyped-def]
    # a possessed person named in apposition is the named woman, the topic rule as before
    text = BAKERY + "Her sister, Ana Solis, bakes the cakes. She said the cakes sell out by noon."
    df = extract(text)
    assert speaker_of(df, "the cakes sell out") == "Ana Solis"


COUNCIL = (
    "Ann Berg is running for the harbour seat. Berg has lived on the quay for forty years.\n\n"
    "On Friday, Lena Ford let Berg speak first at the meeting, and then, flanked by her "
    "aides, she said the harbour wall would be rebuilt by May."
)


def test_the_second_clause_subject_is_the_first_clause_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Ann Berg, named most and last; the parallel subject is Lena Ford
    df = extract(COUNCIL)
    assert speaker_of(df, "the harbour wall would be rebuilt") == "Lena Ford"
    assert rule_of(df, "the harbour wall would be rebuilt").endswith("+conjunct_subject")


def test_a_first_subject_that_does_not_agree_is_passed_over(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "The council let Berg speak first, and then she said": Berg
    df = extract(COUNCIL.replace("Lena Ford let Berg", "the council let Berg"))
    assert speaker_of(df, "the harbour wall would be rebuilt") == "Ann Berg"


def test_an_interviewee_who_speaks_for_paragraphs_keeps_she(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the second woman speaks for three paragraphs, then "She said" is hers,
    # not the profile's subject's, and not her own possessed person's
    text = (
        BAKERY + "Her rival, a baker named Rosa Kell, runs the shop across the street.\n\n"
        "“We were friendly rivals,” Kell said. “Her sourdough is better than mine.”\n\n"
        "“My croissants are better than hers. I will say that in print.”\n\n"
        "“People queue for her bread in the rain.”\n\n"
        "She said she had never once bought a loaf from Solis."
    )
    df = extract(text)
    assert speaker_of(df, "never once bought a loaf") == "Rosa Kell"


DAIRY = (
    "Paul Ford runs the dairy in Elmbridge. Ford has sold milk there for thirty years. "
    "“Milk is cheap,” Ford said. “Cheaper than water.”\n\n"
    "Tom Hale is a farmer who sold his herd to Ford in 2019. “I miss the cows,” he said."
)


def test_a_name_in_a_clause_below_the_subject_does_not_stop_the_topic(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Paul Ford, the last speaker, named only inside the relative clause since
    df = extract(DAIRY)
    assert speaker_of(df, "I miss the cows") == "Tom Hale"
    assert rule_of(df, "I miss the cows").endswith("+topic")


def test_the_name_below_is_still_who_the_pronoun_agrees_with(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "she" after a man's sentence is the woman named in its relative clause
    text = DAIRY.replace("Ford has sold", "She has sold").replace("Paul Ford", "Ann Ford")
    df = extract(text.replace("“I miss the cows,” he said.", "“He paid a fair price,” she said."))
    assert speaker_of(df, "He paid a fair price") == "Ann Ford"


def test_the_subject_of_a_joined_clause_still_stands_between(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "Hale sold his herd, and Ford bought it. He said": Ford is a subject too
    text = DAIRY.replace(
        "Tom Hale is a farmer who sold his herd to Ford in 2019.",
        "Tom Hale sold his herd in 2019, and Ford bought every cow.",
    )
    df = extract(text)
    assert not rule_of(df, "I miss the cows").endswith("+topic")


def test_the_subject_of_a_clause_on_a_noun_still_stands_between(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "the only farmer whom Ford paid in cash" is about Ford's act: the
    # relative clause's subject stays a rival, the topic rule stands aside
    text = DAIRY.replace(
        "Tom Hale is a farmer who sold his herd to Ford in 2019.",
        "Tom Hale was not the only farmer whom Ford paid in cash.",
    )
    df = extract(text)
    assert not rule_of(df, "I miss the cows").endswith("+topic")


POLLSTER = (
    "“Being cautious is not her friend,” said Anna Green, a pollster. “She has had to "
    "adjust,” Ms. Green added.\n\n"
    "For months, Mary Hale's campaign has struggled with young voters, who stayed away after "
    "she said in May that the fees would rise."
)


def test_a_pronoun_below_an_owned_subject_is_the_owner(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Anna Green, the pollster quoted just before, by salience
    df = extract(POLLSTER)
    assert speaker_of(df, "the fees would rise") == "Mary Hale"
    assert rule_of(df, "the fees would rise").endswith("+owner_host")


def test_an_owned_person_is_no_owner_host(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "Mary Hale's lawyer ... she said" may be the lawyer: the rule stands aside
    df = extract(POLLSTER.replace("campaign", "lawyer"))
    assert not rule_of(df, "the fees would rise").endswith("+owner_host")


HARBOUR = (
    "Tom Hale spoke for an hour about the harbour. “It is falling apart,” Hale said.\n\n"
    "In what he called a historic vote, Mayor Paul Reed said the council would rebuild the wall."
)


def test_a_subject_in_a_preposed_phrase_refers_forward(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Hale, the subject of the sentence before (topic)
    df = extract(HARBOUR)
    assert speaker_of(df, "a historic vote") == "Paul Reed"
    assert rule_of(df, "a historic vote").endswith("+preposed")


def test_an_adverbial_clause_does_not_refer_forward(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "When he called it a historic vote, Mayor Paul Reed said": may be Hale
    text = HARBOUR.replace("In what he called a historic vote", "When he called it a historic vote")
    df = extract(text)
    rows = [r for r in df.itertuples() if "historic vote" in r.quote]
    assert all(not str(r.rule).endswith("+preposed") for r in rows)


def test_a_preposed_subject_of_the_other_gender_is_passed_over(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "In what he called ..., Mayor Ann Reed said": not Ann Reed
    df = extract(HARBOUR.replace("Mayor Paul Reed", "Mayor Ann Reed"))
    assert speaker_of(df, "a historic vote") == "Tom Hale"

"""Speaker resolution of the classes read on referents_train10.tsv and the nine train sets
before it (issue 13): a bare "the two", and a definite plural that says what a pair is or
names a tie ("the brothers", "the first lawmakers to ..."), after two people as the subject
before, are that pair, and so is "they" after such a subject; "who" hung on a thing inside a
prepositional phrase ("candidates in competitive races who") is the people the phrase modifies;
"the" + lower-case classifying words + an organisation noun ("the government watchdog
group") points back to an organisation the text named more than once; a PERSON named once,
only in a heading line (a signature, a section heading, inside a headline), is no antecedent of
"he" in the body.

Sentences written for these tests, each with a hard negative. Each test resolves claims over
a real parse, so it fails when its rule is missing.
"""

from __future__ import annotations

from resolving import claim

PAIR = "Ann Cole and Tom Reed"


# --- "the two", a plural of the pair, and "they" after it ---
def test_the_two_after_two_people_in_two_sentences(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Ann Cole toured the flooded district on Monday. Her rival, the businessman Tom "
        "Reed, visited it on Tuesday. The two are competing for the mayor's office, and they "
        "have said that the state failed the city."
    )
    first, second = resolve(
        text,
        claim(text, "are competing for the mayor's office", "The two"),
        claim(text, "the state failed the city", "they"),
    )
    assert first.speaker == PAIR
    assert second.speaker == PAIR  # not "mayor's office": "they" takes up the pair


def test_the_two_is_the_joined_subject_not_a_third_person(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a third person (the governor) is named between the pair and "The two"
    text = (
        "Ann Cole and Tom Reed met the governor, Maria Lenz, on Monday. The two said that the "
        "plan was dead."
    )
    (c,) = resolve(text, claim(text, "the plan was dead", "The two"))
    assert c.speaker == PAIR


def test_a_tie_plural_after_a_joined_subject(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Cole and Tom Reed, who run the family farm, praised the plan on Monday. The "
        "brothers said that it would pass."
    )
    (c,) = resolve(text, claim(text, "it would pass", "The brothers"))
    assert c.speaker == PAIR


def test_a_plural_predicate_of_the_pair(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Reps. Ann Cole and Tom Reed on Monday became the first lawmakers to endorse the mayor."
    (c,) = resolve(text, claim(text, "to endorse the mayor", "the first lawmakers"))
    assert c.speaker == PAIR


def test_they_after_a_tie_plural_is_its_pair_not_the_pair_talked_about(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: another pair ("Mark Lund and Sara Diaz") is joined by "and" in between
    text = (
        "Ann Cole and Tom Reed meet for coffee every week. The two voters acknowledged that "
        "both Mark Lund and Sara Diaz are tapping into the same anger. The friends admitted "
        "that their bond is rare. \u201cWe can talk,\u201d Cole said. Despite their friendship, "
        "they said that they often argue."
    )
    *_, friends, _, they = resolve(
        text,
        claim(
            text, "both Mark Lund and Sara Diaz are tapping into the same anger", "The two voters"
        ),
        claim(text, "their bond is rare", "The friends"),
        claim(text, "We can talk", "Cole"),
        claim(text, "they often argue", "they"),
    )
    assert friends.speaker == PAIR
    assert they.speaker == PAIR


def test_a_plural_of_other_people_is_not_the_pair(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "the organizers" after a pair who spoke are other people
    text = (
        "Ann Cole and Tom Reed spoke at the rally. Later, the organizers said that the "
        "turnout was high."
    )
    (c,) = resolve(text, claim(text, "the turnout was high", "the organizers"))
    assert c.speaker == "organizers"


# --- "who" on a thing inside a prepositional phrase ---
def test_who_on_a_thing_is_the_people_the_phrase_modifies(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Democratic House candidates in competitive races who plan to attend the convention "
        "include Ann Cole and Tom Reed. Voters in swing states who say the economy matters "
        "most favour the challenger."
    )
    first, second = resolve(
        text,
        claim(text, "plan to attend the convention", "who"),
        claim(text, "the economy matters most", "who", nth=1),
    )
    assert first.speaker is not None and first.speaker.endswith("candidates")  # not "races"
    assert second.speaker == "Voters"  # not "states"


def test_who_on_a_name_after_people_stays_the_name(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a name the NER may leave untyped (a newspaper) keeps its "who"
    text = (
        "That did not sit well with the editors of The Valley Gazette, who said that the mayor "
        "had failed the city."
    )
    (c,) = resolve(text, claim(text, "the mayor had failed the city", "who"))
    assert c.speaker is not None and "Gazette" in c.speaker


# --- "the" + classifying words + an organisation noun ---
def test_a_classified_group_points_back(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbor Watch Project sued the city on Monday. The Harbor Watch Project said in a "
        "release that the city hid the files. The government watchdog group said that the "
        "mayor knew."
    )
    (c,) = resolve(text, claim(text, "the mayor knew", "The government watchdog group"))
    assert c.speaker == "Harbor Watch Project"


def test_a_classified_organisation_is_not_a_word_named_once(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Defiance and anger marked the speech Ann Cole gave about ISIS after she learned that "
        "the terrorist organization had said that it would strike again. ISIS has made such "
        "threats before."
    )
    (c,) = resolve(text, claim(text, "it would strike again", "the terrorist organization"))
    assert c.speaker == "ISIS"


def test_a_body_of_its_own_is_not_the_organisation_before(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a council is no department: only "group" / "organization" point back
    text = (
        "The police department released the video on Monday. The police department said the "
        "officer had acted alone. The city council said that the officers had lied."
    )
    (c,) = resolve(text, claim(text, "the officers had lied", "The city council"))
    assert c.speaker == "city council"


def test_a_capitalised_or_postmodified_group_stays_its_words(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: a capitalised modifier or a phrase after the noun is a new group
    text = (
        "The Harbor Watch Project sued the city on Monday. The Harbor Watch Project said the "
        "city hid the files. The Iraqi activist group said that the mayor knew. The group of "
        "donors said that the vote was rigged."
    )
    first, second = resolve(
        text,
        claim(text, "the mayor knew", "The Iraqi activist group"),
        claim(text, "the vote was rigged", "The group of donors"),
    )
    assert first.speaker == "Iraqi activist group"
    assert second.speaker == "group of donors"


# --- a name only in a heading line is no antecedent of "he" in the body ---
def test_a_signature_line_is_no_antecedent_of_he(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "LETTERS.\n\nMayor Tom Reed has been sued 300 times in 30 years. The city is suing him "
        "again.\n\nZell Okafor.\n\nEveryone can see this man is a fraud except his fans.\n\nHe "
        "flies in on his jet to tell everyone that life here is hard."
    )
    (c,) = resolve(text, claim(text, "life here is hard", "He"))
    assert c.speaker == "Tom Reed"  # not the previous letter's signature


def test_a_headline_opening_on_a_person_keeps_its_person(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a headline's first words are its speaker, however capitalised
    text = (
        "Zell Okafor: \u2018We Won\u2019.\n\nThe county counted the ballots on Monday. He said "
        "that the result was fair."
    )
    (c,) = resolve(text, claim(text, "the result was fair", "He"))
    assert c.speaker == "Zell Okafor"

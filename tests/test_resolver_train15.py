"""Rules written after reading a fifteenth batch of train sources
(benchmarks/data/referents_train15.tsv): "others" set against "some N". Sentences written for
these tests, each rule with a hard negative (docs/speakers.md, "Rules of session 20:
referents15")."""

from __future__ import annotations

from resolving import claim


# --- "others" set against "some N" is the rest of N ----------------------------------------------
def test_others_after_some_farmers_are_farmers(resolve):
    text = (
        "The new water rules reached the valley in March. Some farmers welcomed the limits, "
        "while others said the rules would ruin them."
    )
    (c,) = resolve(text, claim(text, "the rules would ruin them", "others"))
    assert c.speaker == "farmers"


def test_others_after_some_of_the_nurses_are_nurses(resolve):
    text = (
        "The hospital cut the night shift last year. Some of the nurses moved to the city. "
        "Others said they would stay until the spring."
    )
    (c,) = resolve(text, claim(text, "they would stay until the spring", "Others"))
    assert c.speaker is not None and "nurses" in c.speaker


def test_others_with_words_of_their_own_stay_the_phrase(resolve):
    """Hard negative: "others in the union" is its own phrase, not the farmers."""
    text = (
        "Some farmers welcomed the limits on Monday. Others in the union said the rules "
        "would ruin the valley."
    )
    (c,) = resolve(text, claim(text, "the rules would ruin the valley", "Others in the union"))
    assert c.speaker is None or "farmers" not in c.speaker


def test_others_after_no_quantified_group_stay_others(resolve):
    """Hard negative: no "some N" before; "others" is not the named farmer."""
    text = "Ann Lee welcomed the limits on Monday. Others said the rules would ruin the valley."
    (c,) = resolve(text, claim(text, "the rules would ruin the valley", "Others"))
    assert c.speaker is None or "Lee" not in c.speaker


# --- a "who" that says its antecedent is unnamed is not the name inside the phrase --------------
def test_who_declined_to_be_identified_is_the_adviser_not_the_name(resolve):
    text = (
        'Tom Reed has run the campaign since June. "He listens to nobody," said a longtime '
        "adviser to Reed, who declined to be identified and said the staff was leaving."
    )
    (c,) = resolve(text, claim(text, "the staff was leaving", "who"))
    assert c.speaker is not None and "adviser" in c.speaker and c.speaker != "Tom Reed"


def test_who_spoke_on_condition_of_anonymity_is_the_aide(resolve):
    text = (
        "Ann Lee opened her office in Dover in May. One aide to Lee, who spoke on condition of "
        "anonymity, said the office would close."
    )
    (c,) = resolve(text, claim(text, "the office would close", "who"))
    assert c.speaker is not None and "aide" in c.speaker and c.speaker != "Ann Lee"


def test_who_after_the_name_with_no_anonymity_stays_the_name(resolve):
    """Hard negative: a clause that does not say its antecedent is unnamed stays on the name."""
    text = (
        "Ann Lee opened her office in Dover in May. Reporters met a cousin of Ann Lee, who "
        "said the office would close."
    )
    (c,) = resolve(text, claim(text, "the office would close", "who"))
    assert c.speaker == "Ann Lee"


# --- a message is its writer's, though someone else released it; "it" after a quotation reads on
EMAIL = (
    "The email, released by Harbor Watch, was sent at 7 p.m. by chief of staff Tom Reed, an "
    "hour after the fire. Two guards were hurt. \u201cWe have found the teams that could "
    "move,\u201d it reads. \u201cThey are ready,\u201d it said."
)


def test_the_email_released_by_one_and_sent_by_another_is_the_sender_s(resolve):
    (c,) = resolve(EMAIL, claim(EMAIL, "was sent at 7 p.m.", "The email"))
    assert c.speaker == "Tom Reed"


def test_it_after_a_quotation_is_the_email_past_a_plural_subject(resolve):
    first, second = resolve(
        EMAIL,
        claim(EMAIL, "We have found the teams that could move", "it"),
        claim(EMAIL, "They are ready", "it", 1),
    )
    assert first.speaker == "Tom Reed" and second.speaker == "Tom Reed"


def test_the_email_released_by_a_group_with_no_writer_is_the_group_s(resolve):
    """Hard negative: no verb of writing or sending names a writer; the releaser still speaks."""
    text = (
        "The email, released by Harbor Watch on Monday, reached reporters at 7 p.m. "
        "\u201cWe have found the teams,\u201d it reads."
    )
    (c,) = resolve(text, claim(text, "We have found the teams", "it"))
    assert c.speaker == "Harbor Watch"


def test_it_after_a_quotation_past_a_singular_person_subject_stays_salience(resolve):
    """Hard negative: a sentence whose subject is a person stops the walk back."""
    text = (
        "The email was sent at 7 p.m. by chief of staff Tom Reed. The Harbor Watch director "
        "read it aloud on Monday. \u201cWe have found the teams,\u201d it reads."
    )
    (c,) = resolve(text, claim(text, "We have found the teams", "it"))
    assert c.speaker != "Tom Reed"


# --- relational people nouns owned by a pronoun are people, not a thing the owner speaks through
def test_his_enemies_are_not_the_owner(resolve):
    text = (
        "Senator Tom Reed has run the farm committee since 2010. His enemies within the party "
        "say he is finished."
    )
    (c,) = resolve(text, claim(text, "he is finished", "His enemies within the party"))
    assert c.speaker != "Tom Reed" and c.speaker is not None and "enemies" in c.speaker


def test_many_of_his_contemporaries_are_not_the_owner(resolve):
    text = (
        "The singer Tom Reed returns to the stage this week. While many of his contemporaries "
        "say old songs bore them, Reed will sing only old songs."
    )
    (c,) = resolve(text, claim(text, "old songs bore them", "many of his contemporaries"))
    assert c.speaker != "Tom Reed"


def test_his_office_still_speaks_for_the_owner(resolve):
    """Hard negative: an office is a thing through which its owner speaks."""
    text = (
        "Senator Tom Reed voted against the bill. His office put out a statement saying the "
        "bill would hurt farmers."
    )
    (c,) = resolve(text, claim(text, "the bill would hurt farmers", "His office"))
    assert c.speaker == "Tom Reed"


# --- an acronym that keeps a small word's letter is the organisation's ----------------------------
def test_acronym_with_the_small_word_joins_the_full_name(resolve):
    text = (
        "Ann Lee, director of the advocacy group Voters for Maine, or VFM - which has endorsed "
        "Tom Reed - said the vote would be close."
    )
    (c,) = resolve(text, claim(text, "has endorsed", "which"))
    assert c.speaker == "Voters for Maine"


def test_acronym_of_other_letters_stays_its_own(resolve):
    """Hard negative: "VMF" is not the initials of "Voters for Maine"."""
    text = (
        "Ann Lee, director of the advocacy group Voters for Maine, or VMF - which has endorsed "
        "Tom Reed - said the vote would be close."
    )
    (c,) = resolve(text, claim(text, "has endorsed", "which"))
    assert c.speaker != "Voters for Maine"


# --- a relative on a word of an organisation's name is that organisation ------------------------
def test_which_on_the_head_of_a_union_s_name_is_the_union(resolve):
    text = (
        "Ann Lee, the president of the Communications Workers of America, which endorsed Tom "
        "Reed in May, said the vote would be close."
    )
    (c,) = resolve(text, claim(text, "endorsed Tom Reed", "which"))
    assert c.speaker == "Communications Workers of America"


def test_who_on_plain_workers_stays_the_workers(resolve):
    """Hard negative: "the workers of the Harbor Steel plant" is no name; "who" stays on them."""
    text = "Ann Lee met the workers of the Harbor Steel plant, who said the vote would be close."
    (c,) = resolve(text, claim(text, "the vote would be close", "who"))
    assert c.speaker is not None and "workers" in c.speaker.lower()

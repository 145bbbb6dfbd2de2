"""Rules written after reading a thirteenth batch of train sources
(benchmarks/data/referents_train13.tsv): relatives that agree in animacy, "Among those ... is X".
Sentences written for these tests, each rule with a hard negative (docs/speakers.md, "Rules of
the thirteenth batch")."""

from __future__ import annotations

from resolving import claim


# --- "who" agrees with a person: past an adjective's phrase, past a thing's clause -----------
def test_who_after_familiar_with_a_thing_is_the_person(resolve):
    text = (
        'Tom Reed met the mayor on Monday. "It went badly," said one Republican familiar '
        "with the meeting, who added that the mayor seemed tired."
    )
    (c,) = resolve(text, claim(text, "the mayor seemed tired", "who"))
    assert c.speaker is not None and "Republican" in c.speaker


def test_who_after_a_person_in_the_phrase_stays_that_person(resolve):
    """Hard negative: the noun in the phrase is a person; "who" stays on it."""
    text = (
        "Tom Reed met the mayor on Monday. One aide close to Ann Lee, who said the talks "
        "failed, left early."
    )
    (c,) = resolve(text, claim(text, "the talks failed", "who"))
    assert c.speaker == "Ann Lee"


def test_second_who_after_a_thing_s_clause_is_the_first_who_s(resolve):
    text = (
        "A governor who signed the law that raised the wage and who wanted a second term "
        "lost on Tuesday."
    )
    (c,) = resolve(text, claim(text, "a second term", "who", 1))
    assert c.speaker == "governor"


def test_second_who_after_a_person_s_clause_stays_on_the_person(resolve):
    """Hard negative: the second clause joins one on a person ("the aide that ... and who"),
    who can be its antecedent; the first "who" holder is not taken."""
    text = (
        "Senator Ann Lee praised the aide Tom Ward, who trained the staff that left and who "
        "hoped to stay."
    )
    (c,) = resolve(text, claim(text, "to stay", "who"))
    assert c.speaker != "Ann Lee"


# --- "Among those ... is X" -------------------------------------------------------------------
def test_among_those_is_the_subject_after_the_verb(resolve):
    text = (
        "The council voted to close the market on Monday. Among those dismayed by the vote is "
        "the Farm Council of Ohio."
    )
    (c,) = resolve(text, claim(text, "dismayed by the vote", "those"))
    assert c.speaker is not None and "Farm Council" in c.speaker


def test_who_among_those_is_the_subject_after_the_verb(resolve):
    text = (
        "The plan was leaked on Monday. Among those who described the plan are former "
        "employees of the Farm Council."
    )
    (c,) = resolve(text, claim(text, "described the plan", "who"))
    assert c.speaker is not None and "employees" in c.speaker


def test_those_not_counted_among_stay_their_words(resolve):
    """Hard negative: "those who" with no "among" names nobody after it."""
    text = (
        "The council voted to close the market on Monday. Those dismayed by the vote met "
        "the Farm Council of Ohio."
    )
    (c,) = resolve(text, claim(text, "dismayed by the vote", "Those"))
    assert c.speaker is None or "Farm Council" not in c.speaker


# --- "the statement" with no announcement before it is the last speaker's --------------------
def test_the_statement_after_a_response_is_the_responder_s(resolve):
    text = (
        "The Lee campaign on Tuesday responded that it had moved to a larger office. "
        '"We needed room for the new staff," the statement said.'
    )
    (c,) = resolve(text, claim(text, "We needed room for the new staff", "the statement"))
    assert c.speaker is not None and "Lee campaign" in c.speaker


def test_the_order_after_a_response_is_not_the_responder_s(resolve):
    """Hard negative: a court's order is only what it issued; a reply does not make one."""
    text = (
        "The Lee campaign on Tuesday responded that it would appeal. "
        '"The vote must be held again," the order said.'
    )
    (c,) = resolve(text, claim(text, "The vote must be held again", "the order"))
    assert c.speaker is None or "Lee" not in c.speaker


def test_the_statement_after_a_question_is_not_the_asker_s(resolve):
    """Hard negative: a verb of asking nearer than any verb of saying: not the asker's."""
    text = (
        "Reporters asked the Lee campaign on Tuesday about the move. "
        '"We needed room for the new staff," the statement said.'
    )
    (c,) = resolve(text, claim(text, "We needed room for the new staff", "the statement"))
    assert c.speaker is None or "Reporters" not in c.speaker


# --- a plural of a person description is a group a later "they" can mean ----------------------
def test_they_after_plural_politicians_is_those_politicians(resolve):
    text = (
        '"Every plan taxes spending," said Ann Lee, who directs the Tax Policy Center. '
        "Democratic politicians typically oppose such taxes. They favor progressive rates."
    )
    (c,) = resolve(text, claim(text, "favor progressive rates", "They"))
    assert c.speaker is not None and "politicians" in c.speaker


def test_it_after_plural_politicians_stays_the_organisation(resolve):
    """Hard negative: the new group is plural; a singular "it" keeps the organisation."""
    text = (
        "The Tax Policy Center studied the plans of Democratic politicians this year. "
        "It says most of them raise rates."
    )
    (c,) = resolve(text, claim(text, "most of them raise rates", "It"))
    assert c.speaker == "Tax Policy Center"


# --- a definite role after an anonymous source is that source -------------------------------
def test_the_official_after_an_anonymous_official_is_that_official(resolve):
    text = (
        '"The mood has changed," said a Mexican official who was not authorized to speak '
        "publicly. Foreign Secretary Ana Ruiz told a newspaper on Tuesday that the government "
        'must act. "We found new fears," the official said.'
    )
    (c,) = resolve(text, claim(text, "We found new fears", "the official"))
    assert c.speaker == "Mexican official"


def test_the_aide_right_after_an_anonymous_source_is_that_source(resolve):
    text = (
        "Senior policy adviser Jake Sullivan has served in the White House. A White House "
        "official who spoke anonymously said on Wednesday that talks go on. The aide "
        "declined to specify the nature of those talks."
    )
    (c,) = resolve(text, claim(text, "to specify the nature of those talks", "The aide"))
    assert c.speaker == "White House official"


def test_the_aide_after_a_named_source_stays_the_holder(resolve):
    """Hard negative: the source before is not anonymous; the aide is the adviser named."""
    text = (
        "Senior policy adviser Jake Sullivan has served in the White House. A White House "
        "official said on Wednesday that talks go on. The aide declined to specify the "
        "nature of those talks."
    )
    (c,) = resolve(text, claim(text, "to specify the nature of those talks", "The aide"))
    assert c.speaker == "Jake Sullivan"


# --- a bare quantifier subject counts the group the sentence before was about ------------------
def test_several_alone_counts_the_group_before(resolve):
    text = (
        "The Republican candidates would also limit federal spending on schools. Several said "
        "they would rather send block grants to the states."
    )
    (c,) = resolve(text, claim(text, "they would rather send block grants", "Several"))
    assert c.speaker is not None and "candidates" in c.speaker


def test_many_alone_means_people_at_large(resolve):
    """Hard negative: "Many speculated" is people at large, not the voters before it."""
    text = (
        "Mr. Lee's voters also turned out in large numbers. Many speculated that he might "
        "fail to turn out his supporters."
    )
    (c,) = resolve(text, claim(text, "he might fail to turn out his supporters", "Many"))
    assert c.speaker is None or "voters" not in c.speaker


# --- "the two lawmakers" are the pair joined by "and" just before ------------------------------
def test_the_two_lawmakers_are_the_pair_that_signed(resolve):
    text = (
        "Rep. Ann Cole and Rep. Tom Reed sent a letter to Director Dan Hale on Monday. Hale "
        "said there was no case against Mayor Eva Ross. The two lawmakers, however, argue "
        "that there is precedent for a case."
    )
    (c,) = resolve(text, claim(text, "there is precedent for a case", "The two lawmakers"))
    assert c.speaker == "Ann Cole and Tom Reed"


def test_the_two_lawmakers_far_after_a_pair_are_the_salient_two(resolve):
    """Hard negative: a pair three sentences back is not taken; the two most salient are."""
    text = (
        "Rep. Ann Cole and Rep. Tom Reed met in May. Senator Dan Hale spoke on Monday. "
        "Senator Eva Ross answered him on Tuesday. Hale then left the room. The two "
        "lawmakers argue that there is precedent for a case."
    )
    (c,) = resolve(text, claim(text, "there is precedent for a case", "The two lawmakers"))
    assert c.speaker != "Ann Cole and Tom Reed"


# --- a relative with a plural verb after names joined by "and" is both names -----------------
def test_who_with_a_plural_verb_after_two_names_is_both(resolve):
    text = (
        "Her rivals, Senator Ann Cole and Governor Tom Reed, who both back a strong ethanol "
        "mandate, spoke in Iowa."
    )
    (c,) = resolve(text, claim(text, "a strong ethanol mandate", "who"))
    assert c.speaker == "Ann Cole and Tom Reed"


def test_who_with_a_singular_verb_after_two_names_is_not_both(resolve):
    """Hard negative: "who is" is one of them; the names do not speak together."""
    text = "The panel heard Senator Ann Cole and Governor Tom Reed, who is a farmer, on Monday."
    (c,) = resolve(text, claim(text, "a farmer", "who"))
    assert c.speaker != "Ann Cole and Tom Reed"


# --- a description put before its name: "A Texas voter who ..., Golvach lost" ----------------
def test_who_in_a_fronted_apposition_is_the_name_after_it(resolve):
    text = (
        "Tom Reed spoke at the hearing on Monday. A Texas farmer who backs the plan, Reed "
        "lost his farm in the flood."
    )
    (c,) = resolve(text, claim(text, "backs the plan", "who"))
    assert c.speaker == "Tom Reed"


def test_who_on_a_subject_with_no_name_after_stays_the_description(resolve):
    """Hard negative: no comma and name after it: the farmer is someone else."""
    text = (
        "Tom Reed spoke at the hearing on Monday. A Texas farmer who backs the plan met "
        "Reed after the flood."
    )
    (c,) = resolve(text, claim(text, "backs the plan", "who"))
    assert c.speaker != "Tom Reed"

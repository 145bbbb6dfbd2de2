"""Relative pronouns on the complement of "be" (issue 13, session 19 round 2): the copula
equates subject and complement, so a clause on the complement is the subject's also when the
subject is "he" / "she", when the complement is a list of nouns, and when "be" is the second
of two predicates sharing one subject. Sentences written for these tests, each with a hard
negative (docs/speakers.md, "a relative on the complement of "be"")."""

from __future__ import annotations

import pytest
from resolving import claim


def test_who_on_the_complement_of_a_pronoun_subject_is_whom_it_points_to(resolve):
    text = (
        "Tom Reed farmed the valley for thirty years. He was a desperate man who said the bank "
        "would take the farm."
    )
    (c,) = resolve(text, claim(text, "the bank would take the farm", "who"))
    assert c.speaker == "Tom Reed"


def test_who_on_the_complement_of_she_is_her_referent(resolve):
    text = (
        "Ann Lee ran for mayor in 2010. Ten years ago, she was a party favorite who said the "
        "town would grow."
    )
    (c,) = resolve(text, claim(text, "the town would grow", "who"))
    assert c.speaker == "Ann Lee"


def test_who_after_a_list_of_complements_is_the_subject(resolve):
    text = (
        "Ann Lee spoke at the fair. Tom Reed is a serial liar, a rampant bully, a racist, a "
        "cheat and a fraud who says the plant will close."
    )
    (c,) = resolve(text, claim(text, "the plant will close", "who"))
    assert c.speaker == "Tom Reed"


def test_who_on_the_complement_of_a_second_predicate_is_the_shared_subject(resolve):
    text = (
        "Ann Lee spoke at the fair. Tom Reed often shouts at his staff and is a serial liar, "
        "bully and cheat who says the plant will close."
    )
    (c,) = resolve(text, claim(text, "the plant will close", "who"))
    assert c.speaker == "Tom Reed"


def test_who_on_a_noun_inside_the_complement_stays_off_the_subject(resolve):
    """Hard negative: "He was a friend of the mayor who ...": a preposition stands between the
    complement and the relative, so the clause may be the mayor's; never the subject's."""
    text = (
        "Tom Reed farmed the valley for thirty years. He was a friend of the mayor who said the "
        "bank would take the farm."
    )
    (c,) = resolve(text, claim(text, "the bank would take the farm", "who"))
    assert c.speaker != "Tom Reed"


def test_that_on_the_complement_of_it_stays_its_noun(resolve):
    """Hard negative: "it" is no person; the complement's noun stays."""
    text = (
        "Tom Reed farmed the valley for thirty years. It was a ruling that said the bank would "
        "take the farm."
    )
    (c,) = resolve(text, claim(text, "the bank would take the farm", "that"))
    assert c.speaker != "Tom Reed"


# --- "who" on an organisation inside a role in apposition to a person is the person ----------
def test_who_on_the_employer_of_a_named_analyst_is_the_analyst(resolve):
    text = (
        "Ann Lee spoke first. But that is not enough, said Tom Reed, a senior analyst at Harbor "
        "Capital, who said the harbour must grow."
    )
    (c,) = resolve(text, claim(text, "the harbour must grow", "who"))
    assert c.speaker == "Tom Reed"


def test_which_on_the_council_of_a_named_member_stays_the_council(resolve):
    """Hard negative: "which" is a thing's or a body's, never the member's."""
    text = (
        "Ann Lee spoke first. But that is not enough, said Tom Reed, a member of the Valley Farm "
        "Council, which said the harbour must grow."
    )
    (c,) = resolve(text, claim(text, "the harbour must grow", "which"))
    assert c.speaker == "Valley Farm Council"


def test_who_on_an_organisation_after_an_unnamed_noun_is_not_the_earlier_person(resolve):
    """Hard negative: no person is in apposition to "the staff": the rule does not reach back
    to the subject."""
    text = "Ann Lee praised the staff at Harbor Capital, who said the harbour must grow."
    (c,) = resolve(text, claim(text, "the harbour must grow", "who"))
    assert c.speaker != "Ann Lee"


# --- a second "that" / "which" joined by "and" takes the first one's antecedent -------------
def test_second_that_after_and_is_the_first_thats_organisation(resolve):
    text = (
        "Ann Lee, director of the Valley Nurses Union, a union that has endorsed Tom Reed and "
        "that says the harbour must grow, spoke first."
    )
    (c,) = resolve(text, claim(text, "the harbour must grow", "that", 1))
    assert c.speaker == "Valley Nurses Union"


def test_that_after_and_as_a_conjunction_stays_unresolved(resolve):
    """Hard negative: "said that ... and that ...": both are conjunctions, no relative before
    for the second to share."""
    text = "The council said that the plan is sound and that the harbour must grow."
    (c,) = resolve(text, claim(text, "the harbour must grow", "that", 1))
    assert c.speaker is None


# --- "who" on the "as" complement of an object is that object ---------------------------------
def test_who_on_the_as_complement_of_an_object_is_the_object(resolve):
    text = (
        "Ann Lee runs the mill. The ads portray Tom Reed as a reckless spender who says the "
        "harbour must grow."
    )
    (c,) = resolve(text, claim(text, "the harbour must grow", "who"))
    assert c.speaker == "Tom Reed"


def test_who_on_an_as_phrase_with_a_thing_for_object_is_no_object(resolve):
    """Hard negative: "sent the letter to Tom Reed as a farmer who": the object is a thing,
    so "as a farmer" is not its complement; neither the letter's sender nor Reed."""
    text = (
        "Tom Reed spoke on Monday. Ann Lee sent the letter to Tom Reed as a farmer who says the "
        "harbour must grow."
    )
    (c,) = resolve(text, claim(text, "the harbour must grow", "who"))
    assert c.speaker not in ("Ann Lee", "Tom Reed")


def test_who_on_an_as_phrase_without_object_stays_its_noun(resolve):
    """Hard negative: "came to town as a farmer who": no object to be equated with."""
    text = (
        "Tom Reed spoke on Monday. Ann Lee came to town as a farmer who said the harbour must grow."
    )
    (c,) = resolve(text, claim(text, "the harbour must grow", "who"))
    assert c.speaker != "Tom Reed"


# --- a relative after a parenthesis between dashes is the noun before it ---------------------
def test_who_after_a_dashed_parenthesis_is_the_noun_before_it(resolve):
    text = (
        "The town will hear from its farm leaders \u2014 from Ann Lee to Tom Reed \u2014 who "
        "will say the harbour must grow."
    )
    (c,) = resolve(text, claim(text, "the harbour must grow", "who"))
    assert c.speaker is not None and "leaders" in c.speaker


@pytest.mark.parametrize("dash", ["\u2015", "--", "-"])
def test_every_dash_of_the_text_stage_encloses_the_parenthesis(resolve, dash):
    """One set of dashes (`quotes.text.DASHES`, session 20) for the claim finder, the
    registry and the resolver: a horizontal bar or a doubled hyphen encloses the parenthesis
    as an em dash does (the resolver's own list lacked the bar)."""
    text = (
        f"The town will hear from its farm leaders {dash} from Ann Lee to Tom Reed {dash} who "
        "will say the harbour must grow."
    )
    (c,) = resolve(text, claim(text, "the harbour must grow", "who"))
    assert c.speaker is not None and "leaders" in c.speaker


def test_who_after_an_opening_dash_is_the_name_before_it(resolve):
    """Hard negative: "Tom Reed - who runs the mill - said": the dash before "who" opens the
    parenthesis; the name stays."""
    text = (
        "The mayor spoke first. Later, Tom Reed - who runs the mill - said the harbour must grow."
    )
    (c,) = resolve(text, claim(text, "the harbour must grow", "who"))
    assert c.speaker == "Tom Reed"

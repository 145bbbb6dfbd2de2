"""Rules written after reading a twentieth batch of train sources
(benchmarks/data/referents_train20.tsv) and the wrong rows of all sets. Sentences written for
these tests, each rule with a hard negative (docs/speakers.md, "Rules of session 24:
referents20")."""

from __future__ import annotations

from resolving import claim


# --- a demonstrative heading its phrase stays in the speaker's words ---------------------------
def test_those_in_charge_keeps_those(resolve):
    text = (
        "The paper has thrived because of the willingness of those in charge to hire "
        "reporters with odd habits."
    )
    (c,) = resolve(text, claim(text, "to hire reporters", "those in charge"))
    assert c.speaker == "those in charge"


def test_those_voters_drops_its_determiner(resolve):
    """Hard negative: "those" before a noun is its determiner, left out as "the" is."""
    text = "Those voters in the valley towns said the new tax was unfair to farmers."
    (c,) = resolve(text, claim(text, "the new tax was unfair", "Those voters in the valley towns"))
    assert c.speaker == "voters in the valley towns"


# --- a quantifier alone recovers its elided noun from the phrase just before ------------------
def test_many_alone_is_the_many_named_before(resolve):
    text = (
        "While many rural teachers have complained about the new exams, many said on Monday "
        "that the reading test was fair."
    )
    (c,) = resolve(text, claim(text, "the reading test was fair", "many", nth=1))
    assert c.speaker == "many rural teachers"


def test_most_alone_in_the_next_sentence(resolve):
    text = (
        "Most farmers in the valley have sold their land to the mine. Most said the offers "
        "were too good to refuse."
    )
    (c,) = resolve(text, claim(text, "the offers were too good", "Most", nth=1))
    assert c.speaker == "Most farmers"


def test_many_alone_without_the_same_quantifier_before_stays(resolve):
    """Hard negative: no phrase of the same quantifier before: "many" keeps its word."""
    text = (
        "Several rural teachers have complained about the new exams. Many said on Monday "
        "that the reading test was fair."
    )
    (c,) = resolve(text, claim(text, "the reading test was fair", "Many"))
    assert c.speaker == "Many"


def test_many_of_them_is_not_an_elided_noun(resolve):
    """Hard negative: "many of them" has its own noun phrase: not the rule's."""
    text = (
        "While many rural teachers have complained about the new exams, many of the parents "
        "said the reading test was fair."
    )
    (c,) = resolve(text, claim(text, "the reading test was fair", "many of the parents"))
    assert c.speaker != "many rural teachers"


def test_both_of_a_conjunction_is_no_repeated_quantifier(resolve):
    """Hard negative: "both A and B" spells a conjunction, not a quantifier on a noun: a later
    "both" is not "both Henrico and Loudoun counties"."""
    text = (
        "Two counties in the west, Brown and Racine, voted for Lee, while both Henrico and "
        "Loudoun counties went to Kessler. In the north, both said the count was fair."
    )
    (c,) = resolve(text, claim(text, "the count was fair", "both", nth=1))
    assert "Henrico" not in str(c.speaker)


# --- "whose" + noun is owned by the relative clause's noun --------------------------------------
def test_whose_members_are_the_organisations(resolve):
    text = (
        "Residents of Lakeview have long trusted the Harbour Trust, whose members said on "
        "Monday that the new pier was unsafe."
    )
    (c,) = resolve(text, claim(text, "the new pier was unsafe", "whose members"))
    assert c.speaker == "Harbour Trust's members"


def test_whose_political_arm_speaks_for_the_organisation(resolve):
    text = (
        "One of those groups was the Riverside Farmers Union, whose political arm has "
        "endorsed Ann Lowry for the council seat."
    )
    (c,) = resolve(text, claim(text, "has endorsed Ann Lowry", "whose political arm"))
    assert c.speaker == "Riverside Farmers Union"


def test_whose_lawyers_of_an_unnamed_man_keep_their_words(resolve):
    """Hard negative: the relative's noun names nobody ("A man whose lawyers"): the words stay."""
    text = "A man whose lawyers said the fine was unfair left the court on Monday."
    (c,) = resolve(text, claim(text, "the fine was unfair", "whose lawyers"))
    assert c.speaker == "whose lawyers"


# --- "the journalist" is an epithet for a person named before -----------------------------------
def test_the_star_journalist_who_is_the_journalist_named_before(resolve):
    text = (
        "Jorge Ramos said the interview would be tough. But the star journalist, who is "
        "promoting his new book, said he had no power over voters."
    )
    (c,) = resolve(text, claim(text, "is promoting his new book", "who"))
    assert c.speaker == "Jorge Ramos"


def test_the_journalist_who_broke_the_story_is_someone_new(resolve):
    """Hard negative: a restrictive "who" clause picks out another journalist: the words stay."""
    text = (
        "The mayor said the river plan was sound. But the journalist who broke the story said "
        "the costs were hidden."
    )
    source = "the journalist who broke the story"
    (c,) = resolve(text, claim(text, "the costs were hidden", source))
    assert c.speaker == "journalist who broke the story"

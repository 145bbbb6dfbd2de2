"""Speaker resolution of the classes read on referents_train8.tsv (issue 13): a statement put
out by an owned maker ("his campaign sent out an email"), a statement sent "from" or made "by"
someone in the passive, and "they" for a described pair ("the two candidates") that two
people joined by "and" just before name.

Sentences written for these tests, each with a hard negative. Each test resolves claims over
a real parse, so it fails when its rule is missing.
"""

from __future__ import annotations

from resolving import claim

from quotes.records import GROUP


# --- a statement whose maker is owned: "his campaign sent out an email" ---
def test_email_sent_by_his_campaign_is_the_campaigns(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Mark Lund lost the primary in Ohio on Tuesday. He has vowed to stay in the "
        "race. On Saturday, his campaign sent out a fundraising email arguing that the race "
        "is far from over."
    )
    (c,) = resolve(text, claim(text, "the race is far from over", "a fundraising email"))
    assert c.speaker == "Lund campaign"
    assert c.rule.endswith("+source_noun")


def test_email_about_his_campaign_is_not_the_campaigns(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the campaign is what the email is about, not who sent it
    text = (
        "Senator Mark Lund lost the primary in Ohio on Tuesday. He has vowed to stay in the "
        "race. On Saturday, a fundraising email about his campaign argued that the race is "
        "far from over."
    )
    (c,) = resolve(text, claim(text, "the race is far from over", "a fundraising email about"))
    assert c.speaker != "Lund campaign"


# --- the passive: "an email was sent from the club's director, Ann Lee" ---
def test_email_sent_from_a_director_is_hers(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The club closed its doors on Thursday. An email was sent from the club's executive "
        "director, Ann Lee, to the members. The email said that the club would end its "
        "programs at once."
    )
    (c,) = resolve(text, claim(text, "that the club would end its programs at once", "The email"))
    assert c.speaker == "Ann Lee"
    assert c.rule.endswith("+restated")


def test_email_sent_to_a_director_is_not_hers(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "to" names whom it was sent to, not who sent it
    text = (
        "The club closed its doors on Thursday. An email was sent to the club's executive "
        "director, Ann Lee, by a member. The email said that the club had failed its members."
    )
    (c,) = resolve(text, claim(text, "that the club had failed its members", "The email"))
    assert c.speaker != "Ann Lee"


def test_letter_signed_by_a_senator_is_his(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A letter was signed by Senator Tom Reed on Monday. The letter said that the base "
        "must stay open."
    )
    (c,) = resolve(text, claim(text, "that the base must stay open", "The letter"))
    assert c.speaker == "Tom Reed"


# --- "they" for a described pair ---
def test_they_after_the_two_candidates_is_the_pair_named(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Cole and Mark Lund are both running for the Senate seat. Their goals are close. "
        "But on one point the two candidates could not be more different. They say that the "
        "plant must close, though for different reasons."
    )
    (c,) = resolve(text, claim(text, "that the plant must close", "They"))
    assert (c.speaker, c.speaker_type) == ("Ann Cole and Mark Lund", GROUP)
    assert c.rule.endswith("+pronoun")


def test_they_after_the_two_candidates_named_by_no_and_stays(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: two people named apart, not joined by "and": no pair is guessed
    text = (
        "Ann Cole spoke in Ohio on Monday. Mark Lund spoke in Maine. Tom Reed stayed home. "
        "The two candidates could not be more different. They say that the plant must close."
    )
    (c,) = resolve(text, claim(text, "that the plant must close", "They"))
    assert " and " not in (c.speaker or "")


# --- a document introduced, then named: "a new poll. The survey, conducted by ..." ---
def test_new_poll_is_the_one_the_next_sentence_names(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Cole and Mark Lund are tied in Maine, according to a new poll. The survey, "
        "conducted by the Harbor Research Institute, finds Cole with a small lead among women."
    )
    (c,) = resolve(text, claim(text, "Ann Cole and Mark Lund are tied in Maine", "a new poll"))
    assert c.speaker == "Harbor Research Institute"
    assert c.rule.endswith("+restated")


def test_new_poll_after_another_poll_is_not_named_by_the_next(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a poll named before it may be the one meant; no forward guess
    text = (
        "A Gallup poll last month had Mark Lund ahead. Ann Cole and Mark Lund are now tied "
        "in Maine, according to a new poll. The survey, conducted by the Harbor Research "
        "Institute, finds Cole with a small lead among women."
    )
    (c,) = resolve(text, claim(text, "Ann Cole and Mark Lund are now tied", "a new poll"))
    assert c.speaker != "Harbor Research Institute"


def test_new_poll_before_several_polls_stays(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the next document noun is a plural, other polls, not the one introduced
    text = (
        "Ann Cole and Mark Lund are tied in Maine, a new poll shows. Harbor Research polls "
        "had shown Lund ahead all year."
    )
    (c,) = resolve(text, claim(text, "Ann Cole and Mark Lund are tied in Maine", "a new poll"))
    assert c.speaker != "Harbor Research"


# --- a bill or resolution speaks for its sponsor ---
def test_the_chairmans_bill_is_the_chairmans(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Tom Reed, the committee chairman, met members of both parties on Monday. "
        "The chairman's bill would bar the president from waiving the sanctions."
    )
    (c,) = resolve(
        text, claim(text, "bar the president from waiving the sanctions", "The chairman's bill")
    )
    assert c.speaker == "Tom Reed"
    assert c.rule.endswith("+possessive")


def test_the_chairmans_vote_is_not_a_text_of_his(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a vote is no text he put his name to
    text = (
        "Senator Tom Reed, the committee chairman, met members of both parties on Monday. "
        "The chairman's vote would bar the president from waiving the sanctions."
    )
    (c,) = resolve(
        text, claim(text, "bar the president from waiving the sanctions", "The chairman's vote")
    )
    assert c.speaker != "Tom Reed"


def test_a_resolution_the_party_passed_is_the_partys(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Maine Democratic Party passed a resolution on Saturday. The resolution said that "
        "caucuses should end."
    )
    (c,) = resolve(text, claim(text, "that caucuses should end", "The resolution"))
    assert c.speaker == "Maine Democratic Party"
    assert c.rule.endswith("+restated")


def test_a_resolution_the_party_opposed_is_not_the_partys(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: opposing a resolution does not make it yours
    text = (
        "The Maine Democratic Party opposed a resolution on Saturday. The resolution said that "
        "caucuses should end."
    )
    (c,) = resolve(text, claim(text, "that caucuses should end", "The resolution"))
    assert c.speaker != "Maine Democratic Party"


# --- "she" after "said the woman, who ...": the unnamed woman goes on speaking ---
def test_she_after_the_woman_who_is_that_woman(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Cole, a waitress, said the town was proud of its mix. At a shop nearby, a cashier "
        'was shaken by the talk. "They came in shouting," said the woman, who asked not to be '
        'named. "Too much hate," she said, blaming the campaign.'
    )
    shout = claim(text, "They came in shouting", "the woman")
    hate = claim(text, "Too much hate", "she")
    who = claim(text, "asked not to be named", "who")
    found = resolve(text, shout, who, hate)
    assert found[-1].speaker == "woman"
    assert found[-1].rule.endswith("+pronoun")


def test_she_after_the_cashier_who_is_not_that_cashier(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "cashier" shows no gender, so it may be an epithet of the woman named
    # before; salience decides, as for any description
    text = (
        "Ann Cole, a waitress, said the town was proud of its mix. At a shop nearby, a cashier "
        'was shaken by the talk. "They came in shouting," said the cashier, who asked not to '
        'be named. "Too much hate," she said, blaming the campaign.'
    )
    shout = claim(text, "They came in shouting", "the cashier")
    hate = claim(text, "Too much hate", "she")
    who = claim(text, "asked not to be named", "who")
    found = resolve(text, shout, who, hate)
    assert found[-1].speaker != "cashier"

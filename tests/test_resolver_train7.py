"""Speaker resolution of the description classes read on referents_train7.tsv (issue 13): a
bare "Both" for a pair, an organisation named in apposition or by "called", "the group" past
an earlier "the organization", a lower-case "the network" the registry joined to a bare
"Network", "X said in a statement" for a later "the statement", an outlet whose name starts
with a first name ("the Orlando Sentinel").

Sentences written for these tests, each with a hard negative. Each test resolves claims over
a real parse, so it fails when its rule is missing.
"""

from __future__ import annotations

import pytest
from resolving import claim

from quotes.records import GROUP, ORG, PERSON


# --- pair: a bare "Both" ---
def test_bare_both_is_the_two_people_just_named(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Ann Cole and Governor Mark Lund criticized the plant closure on Monday. "
        "Both have promised to pass a law that would make the company pay."
    )
    (c,) = resolve(text, claim(text, "to pass a law that would make the company pay", "Both"))
    assert (c.speaker, c.speaker_type) == ("Ann Cole and Mark Lund", GROUP)
    assert c.rule.endswith("+pair")


def test_both_with_one_person_named_stays(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Cole spoke at the plant on Monday. Both candidates said the closure was a mistake."
    (c,) = resolve(text, claim(text, "the closure was a mistake", "Both candidates"))
    assert c.speaker == "Both candidates"
    assert not c.rule.endswith("+pair")


def test_both_prefers_the_two_people_joined_by_and(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Reed spoke first at the conference on Monday. "
        "The two other candidates - Senator Ann Cole of Maine and Governor Mark Lund of "
        "Ohio - also spoke there. Both said the plan would fail."
    )
    (c,) = resolve(text, claim(text, "the plan would fail", "Both"))
    assert c.speaker == "Ann Cole and Mark Lund"


def test_a_floating_both_is_not_a_pair_of_people_named_before(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Reed met Ann Cole on Monday. "
        "Party leaders - whose party once prized discipline - both suggested that the "
        "writer be fired."
    )
    (c,) = resolve(text, claim(text, "that the writer be fired", "both"))
    assert c.speaker != "Tom Reed and Ann Cole"
    assert not c.rule.endswith("+pair")


# --- apposition and named_as: an organisation named inside its description ---
def test_an_organisation_in_apposition_is_that_organisation(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Protesters will march on Friday. "
        "One group, Harbor Watch, is telling members that the port is unsafe."
    )
    (c,) = resolve(text, claim(text, "the port is unsafe", "One group, Harbor Watch,"))
    assert (c.speaker, c.speaker_type) == ("Harbor Watch", ORG)
    assert c.rule.endswith("+apposition")


def test_an_apposition_that_names_nobody_leaves_the_description(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Protesters will march on Friday. "
        "One group, the largest in town, is telling members that the port is unsafe."
    )
    (c,) = resolve(text, claim(text, "the port is unsafe", "One group, the largest in town,"))
    assert c.speaker == "group"
    assert not c.rule.endswith("+apposition")


def test_a_group_called_by_name_is_that_name(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "A local group called Harbor Watch said the port was unsafe."
    (c,) = resolve(text, claim(text, "the port was unsafe", "A local group called Harbor Watch"))
    assert (c.speaker, c.speaker_type) == ("Harbor Watch", ORG)
    assert c.rule.endswith("+named_as")


def test_a_group_calling_for_something_is_not_named(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "A group calling for reform said the port was unsafe."
    (c,) = resolve(text, claim(text, "the port was unsafe", "A group calling for reform"))
    assert c.speaker == "group"
    assert not c.rule.endswith("+named_as")


def test_a_lawmaker_who_called_someone_a_name_is_not_them(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Parliament debated a ban on Ann Lee; one lawmaker called Lee "
        '"the loudest woman in politics" and said the ban was silly.'
    )
    (c,) = resolve(text, claim(text, "the ban was silly", "one lawmaker"))
    assert c.speaker != "Ann Lee"
    assert not c.rule.endswith("+named_as")


# --- role: an anonymous source is nobody named later ---
def test_an_anonymous_official_is_not_the_next_holder_named(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"This is not a combat mission," one senior official said, speaking on the condition '
        "of anonymity. Later, Col. Tom Reed, a military spokesman, told reporters that raids "
        "would go on."
    )
    (c,) = resolve(text, claim(text, "This is not a combat mission", "one senior official"))
    assert c.speaker != "Tom Reed"
    assert c.speaker_type == PERSON


def test_an_official_named_just_after_is_still_introduced(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal judge on Friday ordered the city to release the emails. "
        "U.S. District Judge Ann Roe wrote that the public had a right to see them."
    )
    (c,) = resolve(text, claim(text, "the city to release the emails", "A federal judge"))
    assert c.speaker == "Ann Roe"


# --- organisation: "the group" past an earlier "the organization" ---
def test_the_group_skips_an_earlier_the_organization(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbor Watch, a nonprofit that sued the city last year, is spending $1 million on ads. "
        "The organization is also paying for buses. The group said the port was unsafe."
    )
    (c,) = resolve(text, claim(text, "the port was unsafe", "The group"))
    assert (c.speaker, c.speaker_type) == ("Harbor Watch", ORG)


def test_the_group_with_no_organisation_named_stays(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Neighbours met on Friday. The organization is paying for buses. "
        "The group said the port was unsafe."
    )
    (c,) = resolve(text, claim(text, "the port was unsafe", "The group"))
    assert c.speaker == "group"


# --- a description noun joined to a bare capitalised "Network" ---
def test_the_network_is_the_broadcaster_not_a_bare_network(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fox chief quits as Network faces lawsuit.\n\n"
        "Fox News said on Monday that its chairman, Roger Ailes, had resigned. "
        "The network said ratings were strong."
    )
    (c,) = resolve(text, claim(text, "ratings were strong", "The network"))
    assert (c.speaker, c.speaker_type) == ("Fox News", ORG)
    assert c.rule.endswith("+definite")


def test_the_network_named_network_keeps_its_name(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Valley Cable Network said on Monday that its chairman had resigned. "
        "The network said ratings were strong."
    )
    (c,) = resolve(text, claim(text, "ratings were strong", "The network"))
    assert c.speaker == "Valley Cable Network"


# --- "X said in a statement ... the statement said" ---
def test_said_in_a_statement_makes_the_statement_its_speakers(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Valley Cable said in a statement that the show would end. "
        '"We thank our viewers for ten years," the statement said.'
    )
    (c,) = resolve(text, claim(text, "We thank our viewers for ten years", "the statement"))
    assert (c.speaker, c.speaker_type) == ("Valley Cable", ORG)
    assert c.rule.endswith("+restated")


def test_a_report_talked_about_is_not_the_talkers(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Lee said she saw no evidence in the report that the port was unsafe. "
        '"Repairs are overdue," the report said.'
    )
    (c,) = resolve(text, claim(text, "Repairs are overdue", "the report"))
    assert c.speaker != "Ann Lee"


# --- an outlet whose name starts with a first name ---
def test_the_orlando_sentinel_is_a_newspaper(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Clinton met the victims' families on Monday, the Orlando Sentinel reported. "
        "The newspaper said she stayed for an hour."
    )
    (c,) = resolve(text, claim(text, "she stayed for an hour", "The newspaper"))
    assert (c.speaker, c.speaker_type) == ("Orlando Sentinel", ORG)


def test_orlando_as_a_first_name_is_still_a_person(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Orlando Bloom met the families on Monday. He said the visit was private."
    (c,) = resolve(text, claim(text, "the visit was private", "He"))
    assert (c.speaker, c.speaker_type) == ("Orlando Bloom", PERSON)


# --- definite: "the survey" is the survey named before, however far back ---
def test_the_survey_is_the_named_survey_not_a_nearer_study(resolve) -> None:  # type: ignore[no-untyped-def]
    filler = " ".join(f"Critic number {n} worried about privacy." for n in range(1, 14))
    text = (
        "The Census Bureau sends its American Community Survey to three million homes. "
        + filler
        + " A study by a professor found that many people skip questions. "
        "The survey asks where each resident was born."
    )
    (c,) = resolve(text, claim(text, "where each resident was born", "The survey"))
    # session 19: a named document whose name lacks its publisher's ("its" survey: the
    # Census Bureau's) speaks for the publisher, its name in via; still not the professor
    assert (c.speaker, c.via) == ("Census Bureau", "American Community Survey")
    assert c.rule.endswith("+definite")


def test_the_poll_is_not_a_named_survey_of_another_noun(resolve) -> None:  # type: ignore[no-untyped-def]
    filler = " ".join(f"Critic number {n} worried about privacy." for n in range(1, 14))
    text = (
        "The Census Bureau sends its American Community Survey to three million homes. "
        + filler
        + " The Valley Institute released a poll of 800 voters on Monday. "
        "The poll found that most voters wanted lower taxes."
    )
    (c,) = resolve(text, claim(text, "most voters wanted lower taxes", "The poll"))
    assert c.speaker != "American Community Survey"
    assert c.speaker == "Valley Institute"


# --- definite: a parallel subject wins a salience tie ---
PRIMARY = (
    "Outsider beats insider in {winner_last} victory;\n{loser_last} looks ahead to contests in "
    "the South.\n\n{first} the Maine primary on Tuesday, {rest} in the state that helped revive "
    "{pron} campaign four years earlier.\n\nThe Maine senator said the result showed that "
    "voters wanted change."
)


def test_a_description_continues_the_subject_before_on_a_tie(resolve) -> None:  # type: ignore[no-untyped-def]
    text = PRIMARY.format(
        winner_last="Cole",
        loser_last="Lund",
        first="Ann Cole won",
        rest="defeating Mark Lund",
        pron="his",
    )
    (c,) = resolve(
        text, claim(text, "the result showed that voters wanted change", "The Maine senator")
    )
    assert (c.speaker, c.speaker_type) == ("Ann Cole", PERSON)
    assert c.rule.endswith("+definite")


def test_the_subject_before_wins_not_the_one_named_last(resolve) -> None:  # type: ignore[no-untyped-def]
    text = PRIMARY.format(
        winner_last="Lund",
        loser_last="Cole",
        first="Mark Lund lost",
        rest="to Ann Cole",
        pron="her",
    )
    (c,) = resolve(
        text, claim(text, "the result showed that voters wanted change", "The Maine senator")
    )
    assert c.speaker == "Mark Lund"


# --- registry: "in office" is no organisation; an inverted subject and its partners a group ---
SCHOOL = "the old school building is unsafe"


def test_a_bare_noun_after_a_preposition_is_no_organisation(resolve) -> None:  # type: ignore[no-untyped-def]
    text = f"Mayor Ann Cole has served eight years in office. They say {SCHOOL}."
    (c,) = resolve(text, claim(text, SCHOOL, "They"))
    assert c.speaker != "office"


def test_an_organisation_noun_with_its_article_is_still_one(resolve) -> None:  # type: ignore[no-untyped-def]
    text = f"Ann Cole wrote a letter to the office of the governor on Monday. It said {SCHOOL}."
    (c,) = resolve(text, claim(text, SCHOOL, "It"))
    assert (c.speaker, c.speaker_type) == ("office of the governor", ORG)


def test_they_is_the_conjoined_group_after_an_inverted_copula(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The debate is about what Mayor Ann Cole achieved in office. On one side of the "
        "debate are activists and parents who feel let down by her. "
        f"They say {SCHOOL}."
    )
    (c,) = resolve(text, claim(text, SCHOOL, "They"))
    assert (c.speaker, c.speaker_type) == ("activists and parents", GROUP)


def test_a_name_conjoined_to_a_group_noun_is_not_joined_to_it(resolve) -> None:  # type: ignore[no-untyped-def]
    text = f"On one side of the debate are activists and Ann Cole. They say {SCHOOL}."
    (c,) = resolve(text, claim(text, SCHOOL, "They"))
    assert c.speaker != "activists and Ann Cole"


@pytest.mark.xfail(
    reason="the spokeswoman, subject of the sentence before, outranks the man she speaks for "
    "on salience alone (not a tie): her apposed title is not yet weighed against 'nominee'",
    strict=True,
)
def test_a_spokeswoman_named_before_is_not_the_nominee(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The posts came from Mark Lund's account. It was not clear whether someone inside "
        "Lund's campaign made the image. Ann Cole, a spokeswoman for Lund, did not respond to "
        "a request for comment.\n\nThe presumptive Republican nominee said the image was taken "
        "out of context."
    )
    content = "the image was taken out of context"
    (c,) = resolve(text, claim(text, content, "The presumptive Republican nominee"))
    assert c.speaker == "Mark Lund"

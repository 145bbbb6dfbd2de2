"""Claims of known cues in subordinate, conjoined and passive clauses the rules used to miss
(issue 14): each construction on sentences written for it, with a hard negative that must give
no such claim."""

from __future__ import annotations

import pytest
from claim_rows import content_source_rule

_rows = content_source_rule


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The harbour board issued a statement saying that the ferry would resume on Monday.",
         "that the ferry would resume on Monday", "The harbour board"),
        ("The port authority published a report showing that ferry traffic had doubled.",
         "that ferry traffic had doubled", "The port authority"),
    ],
)  # fmt: skip
def test_a_participle_on_an_issued_statement_speaks_for_its_issuer(
    extractor, text, content, source
):
    rows = _rows(extractor, text)
    assert (content, source, "speech_complement") in rows, rows


def test_a_participle_on_a_statement_someone_only_obtained_is_not_theirs(extractor):
    rows = _rows(extractor, "Reporters obtained a memo saying the pier was unsafe.")
    assert not [r for r in rows if r[1] == "Reporters"], rows


@pytest.mark.parametrize(
    ("text", "content", "source", "rule"),
    [
        ("A petition calling for a night ferry has gathered 4,000 signatures.",
         "a night ferry", "A petition", "prepositional_object"),
        ("The share of fishermen saying the harbour is too crowded rose by ten points.",
         "the harbour is too crowded", "The share of fishermen", "speech_complement"),
        ("Letters urging the council to act arrived on Monday.",
         "the council to act", "Letters", "intention_complement"),
    ],
)  # fmt: skip
def test_a_participle_on_the_subject_noun_has_the_noun_as_source(
    extractor, text, content, source, rule
):
    rows = _rows(extractor, text)
    assert (content, source, rule) in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        # an object: the speech is the mayor's, whom the rule cannot name from the noun
        "Mayor Ruiz gave a speech attacking the toll plan on Monday.",
        "Ms. Okafor spent much of a long speech attacking the toll plan.",
    ],
)
def test_a_participle_on_a_thing_that_is_no_subject_gives_it_no_claim(extractor, text):
    rows = _rows(extractor, text)
    assert not [r for r in rows if "speech" in r[1]], rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ms. Okafor stopped short of endorsing the toll plan.", "Ms. Okafor"),
        ("The mayor was back to praising the ferry crew on Monday.", "The mayor"),
        ("Mayor Ruiz has been the most aggressive in criticizing the toll plan.", "Mayor Ruiz"),
    ],
)
def test_a_gerund_after_a_predicate_word_is_its_verbs_subjects(extractor, text, source):
    rows = _rows(extractor, text)
    assert [r for r in rows if r[1] == source and r[2] == "speech_act_object"], rows


def test_a_gerund_after_an_ungraded_predicate_has_no_source(extractor):
    # "the same as praising": a comparison of doings, which "it" does not do
    rows = _rows(extractor, "It is not the same as praising the crew.")
    assert not [r for r in rows if r[1] == "It"], rows


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Ms. Okafor is widely seen as the favourite in the harbour race.",
         "Ms. Okafor as the favourite in the harbour race", "<NA>"),
        ("The toll plan, regarded by many fishermen as a tax on workers, passed on Monday.",
         "The toll plan as a tax on workers", "many fishermen"),
        ("The pier, known to local fishermen as the Long Finger, was closed.",
         "The pier as the Long Finger", "local fishermen"),
        ("The old pier, which is regarded as unsafe, will close.", "which as unsafe", "<NA>"),
    ],
)  # fmt: skip
def test_a_passive_of_seeing_with_as_reports_its_subject(extractor, text, content, source):
    rows = _rows(extractor, text)
    assert (content, source, "passive_as") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "The ferry was seen at the pier on Monday.",  # no "as": a sighting, not a view
        "The pier was used as a stage.",  # not a verb of seeing or naming
        "It is seen as a risk to the harbour.",  # "it" stands for nothing the text names
    ],
)
def test_a_passive_without_as_or_of_another_verb_is_no_such_claim(extractor, text):
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "passive_as"], rows


def test_an_active_verb_conjoined_to_a_passive_shares_its_subject(extractor):
    text = "Harbour officials were angered by the ruling and predicted that ferry fares would rise."
    rows = _rows(extractor, text)
    assert ("that ferry fares would rise", "Harbour officials", "speech_complement") in rows, rows


def test_a_passive_conjunct_keeps_its_subject_as_what_was_acted_on(extractor):
    text = "The mayor was criticized by the union and was accused of lying about the fares."
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[1] == "The mayor"], rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Asked about the ferry fares, Ms. Okafor said that they would fall.", "the ferry fares"),
        ('"We will see," she said when asked about the strike.', "the strike"),
        ("The mayor was asked about the harbour levy on Monday.", "the harbour levy"),
    ],
)
def test_what_someone_was_asked_about_is_a_question_with_no_named_asker(extractor, text, content):
    df = extractor.extract(text)
    rows = df[df.rule.str.startswith("asked_about")]
    assert list(rows.quote) == [content], df[["quote", "rule"]]
    assert list(rows.act) == ["question"]
    assert rows.speaker_mention.isna().all()  # the one asked is not the source


def test_an_active_asking_about_is_no_such_claim(extractor):
    rows = _rows(extractor, "Lee asked Cole about the strike.")
    assert not [r for r in rows if r[2] == "asked_about"], rows


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The harbour race seems close.", "The harbour race close", "<NA>"),
        ("Ms. Okafor appeared irritated by the question.",
         "Ms. Okafor irritated by the question", "<NA>"),
        ("The levy seemed unfair to the fishermen.", "The levy unfair", "the fishermen"),
    ],
)  # fmt: skip
def test_a_verb_of_seeming_reports_an_impression_of_its_subject(extractor, text, content, source):
    rows = _rows(extractor, text)
    assert (content, source, "seems_predicate") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "The ferry appeared on the horizon.",  # no predicate: it came into view
        "Ms. Okafor seemed hopeful that the levy would pass.",  # her own hope, with a clause
        "It seems clear that the pier will close.",  # an expletive subject
    ],
)
def test_seeming_without_a_plain_predicate_is_no_such_claim(extractor, text):
    rows = _rows(extractor, text)
    assert not [r for r in rows if r[2] == "seems_predicate"], rows


@pytest.mark.parametrize(
    "text",
    [
        "The ferry plan seems to have stalled.",  # an infinitive: once read as an intention
        "The harbour race seems close.",
        "The levy appeared unfair to the fishermen.",
    ],
)
def test_how_something_seems_is_a_belief_not_an_intention(extractor, text):
    df = extractor.extract(text)
    seeming = df[df.cue.str.lower().isin(["seems", "appeared"])]
    assert len(seeming) == 1, df[["quote", "cue", "act"]]
    assert list(seeming.act) == ["belief"]

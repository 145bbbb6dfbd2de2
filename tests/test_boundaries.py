"""Content boundaries of reported claims (issue 14): where a content starts and ends, each rule
on sentences written for it, with the hard negatives that must keep their shape."""

from __future__ import annotations

import pytest

import quotes


def _claims(extractor: quotes.Extractor, text: str) -> list[tuple[str, str]]:
    df = extractor.extract(text)
    return [(r.quote, r.cue) for r in df.itertuples()]


def _quote_of(extractor: quotes.Extractor, text: str, cue: str) -> str:
    quotes_ = [q for q, c in _claims(extractor, text) if cue in c]
    assert quotes_, _claims(extractor, text)
    return quotes_[0]


# --- one content per cue: the clause after it ------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "content", "not_in"),
    [
        (
            "The budget was late again: the treasurer admitted that the office had lost "
            "track of two accounts.",
            "admitted",
            "that the office had lost track of two accounts",
            "The budget was late",
        ),
        (
            "Ann Ruiz, 41, a nurse who came to the rally, counts herself among the undecided "
            "- only she thinks the senator should run.",
            "thinks",
            "the senator should run",
            "counts herself",
        ),
    ],
)
def test_a_clause_before_the_cue_is_not_its_second_content(extractor, text, cue, content, not_in):
    quote = _quote_of(extractor, text, cue)
    assert content in quote
    assert not_in not in quote


def test_a_quotation_split_by_its_cue_stays_one_claim(extractor):
    text = "“We will win this district,” the candidate said, “and then we will win the state.”"
    quote = _quote_of(extractor, text, "said")
    assert "We will win this district" in quote
    assert "we will win the state" in quote


def test_a_clause_before_a_parenthetical_cue_is_its_content(extractor):
    quote = _quote_of(extractor, "The ferry will run on time next week, the captain said.", "said")
    assert "The ferry will run on time next week" in quote


# --- a quotation after the attribution sentence continues it ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        # the source's long description is still the attribution sentence
        "“The bridge will open in May,” said Carla Mendes, a city engineer who has worked on "
        "the project since it began. “We have the steel on site.”",
        # quotations opened with two apostrophes (the New York Times' style)
        "''The bridge will open in May,'' said Carla Mendes, the city engineer. ''We have the "
        "steel on site.''",
    ],
)
def test_a_quotation_after_the_attribution_sentence_is_the_same_claim(extractor, text):
    rows = _claims(extractor, text)
    assert len(rows) == 1, rows
    quote, cue = rows[0]
    assert "The bridge will open in May" in quote
    assert "We have the steel on site" in quote
    assert cue == "said"


def test_a_quotation_after_narration_is_not_joined_to_the_claim_before(extractor):
    text = (
        "“The bridge will open in May,” said Carla Mendes, the city engineer. The council voted "
        "on Tuesday to approve the last payment to the contractor. “We have the steel on site.”"
    )
    first = _quote_of(extractor, text, "said")
    assert "We have the steel on site" not in first


# --- a speech act's object with its to-phrase ------------------------------------------
def test_the_to_phrase_after_a_speech_acts_object_is_part_of_it(extractor):
    text = "The governor promised a full pardon to the two protesters."
    assert _quote_of(extractor, text, "promised") == "a full pardon to the two protesters"


@pytest.mark.parametrize(
    "text",
    ["The chairman denied the charges to reporters.", "The senator denied the charges to them."],
)
def test_whom_a_speech_act_was_addressed_to_is_not_its_content(extractor, text):
    assert _quote_of(extractor, text, "denied") == "the charges"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The senator praised the ferry plan warmly.", "praised", "the ferry plan warmly"),
        (
            "The governor opposed the levy without exceptions for farmers.",
            "opposed",
            "the levy without exceptions for farmers",
        ),
        (
            "The council warned residents against swimming in the lake.",
            "warned",
            "residents against swimming in the lake",
        ),
        (
            "Critics attacked the mayor to score points before the vote.",
            "attacked",
            "the mayor to score points before the vote",
        ),
    ],
)
def test_what_follows_a_speech_acts_object_without_a_comma_goes_on_with_it(
    extractor, text, cue, content
):
    assert _quote_of(extractor, text, cue) == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # the setting of the act, not what it was about
        ("The mayor criticized the plan on Tuesday.", "criticized", "the plan"),
        (
            "The senator praised the ferry plan warmly at the hearing.",
            "praised",
            "the ferry plan warmly",
        ),
        # a comma ends the object
        ("The governor opposed the levy, without saying why.", "opposed", "the levy"),
    ],
)
def test_the_setting_of_a_speech_act_or_a_comma_ends_its_object(extractor, text, cue, content):
    assert _quote_of(extractor, text, cue) == content


# --- the writer's aside at the end of a content -----------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The council said the bridge would reopen in May, which surprised many drivers.",
            "said",
            "the bridge would reopen in May",
        ),
        (
            "Ann Lee said she backed the mayor, who has led the city since 2019.",
            "said",
            "she backed the mayor",
        ),
        (
            "The minister said the plant would close, even as workers protested outside.",
            "said",
            "the plant would close",
        ),
        (
            "The coach praised the work of Ann Lee, the team's physio.",
            "praised",
            "the work of Ann Lee",
        ),
    ],
)
def test_an_aside_at_the_end_of_a_content_is_the_writers(extractor, text, cue, content):
    assert _quote_of(extractor, text, cue) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a restrictive relative clause says which plan
        (
            "Ann Lee said the plan that the council passed was unfair.",
            "the plan that the council passed was unfair",
        ),
        # an aside inside the content leaves no hole: the words after it were said too
        (
            "The mayor said the tunnel, which opened in 2010, needs repairs.",
            "the tunnel, which opened in 2010, needs repairs",
        ),
        # quoted words in the aside were said
        (
            'The mayor said the contract went to Ann Lee, who "knows the job".',
            'the contract went to Ann Lee, who "knows the job"',
        ),
    ],
)
def test_a_clause_that_is_not_a_trailing_aside_stays(extractor, text, content):
    assert _quote_of(extractor, text, "said") == content


# --- the rest of a complement that the parser conjoined to the cue ----------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Lee said the ferry was late, but the crew is not to blame.",
            "the ferry was late, but the crew is not to blame",
        ),
        (
            "The minister said wages had risen this year, and would rise again in spring.",
            "wages had risen this year, and would rise again in spring",
        ),
        (
            "The club said it had sold the ground last year, but could buy it back.",
            "it had sold the ground last year, but could buy it back",
        ),
    ],
)
def test_a_conjunct_the_parser_hung_on_the_cue_goes_on_with_the_complement(
    extractor, text, content
):
    assert _quote_of(extractor, text, "said") == content


def test_a_conjunct_in_the_narrative_past_is_the_writers(extractor):
    text = "The coach said the team had played well, and the crowd cheered."
    assert _quote_of(extractor, text, "said") == "the team had played well"


def test_a_conjoined_cue_keeps_its_own_claim(extractor):
    text = "The mayor said the bridge was safe, and the engineers agreed that it could reopen."
    assert _quote_of(extractor, text, "said") == "the bridge was safe"
    assert _quote_of(extractor, text, "agreed") == "that it could reopen"


# --- a stance noun's topic is the content of the act ------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The mayor expressed concern about the new parking rules.",
            "expressed",
            "the new parking rules",
        ),
        ("The union sounded a cautious note about the pay offer.", "sounded", "the pay offer"),
    ],
)
def test_a_stance_nouns_topic_is_the_content(extractor, text, cue, content):
    assert _quote_of(extractor, text, cue) == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # someone else's statements are what was criticized, not their topic
        (
            "The mayor criticized Smith's statements about the harbour.",
            "criticized",
            "Smith's statements about the harbour",
        ),
        # "role" is no stance noun: the denied thing is the whole object
        (
            "The mayor denied any role in the closure of the harbour.",
            "denied",
            "any role in the closure of the harbour",
        ),
    ],
)
def test_an_object_that_is_no_ones_stance_stays_whole(extractor, text, cue, content):
    assert _quote_of(extractor, text, cue) == content


# --- a prepositional cue's content runs on past its object ------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor pointed to the drought as the main cause of the fires.",
            "pointed",
            "the drought as the main cause of the fires",
        ),
        (
            "Ms. Okafor agreed with the mayor on the question of bus fares.",
            "agreed",
            "the mayor on the question of bus fares",
        ),
        (
            "The nurses voted against the contract because of the night shifts.",
            "voted",
            "the contract because of the night shifts",
        ),
    ],
)
def test_a_prepositional_cues_content_runs_to_the_end_of_its_phrase(extractor, text, cue, content):
    assert _quote_of(extractor, text, cue) == content


def test_a_prepositional_content_stops_before_a_claim_of_its_own(extractor):
    text = "The senator talked about the harbour before criticizing the governor as a coward."
    assert _quote_of(extractor, text, "talked") == "the harbour"
    assert _quote_of(extractor, text, "criticizing") == "the governor as a coward"


# --- a second object the parser conjoined to the verb ------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The governor wants to emerge as the favourite, and the main rival to Ms. Lee.",
            "wants",
            "to emerge as the favourite, and the main rival to Ms. Lee",
        ),
        (
            "The senator blamed the mayor for the long delay and a half of the extra costs.",
            "blamed",
            "the mayor for the long delay and a half of the extra costs",
        ),
        (
            "The union talked about building a new depot and a plan to hire more drivers.",
            "talked",
            "building a new depot and a plan to hire more drivers",
        ),
    ],
)
def test_a_second_object_conjoined_to_the_verb_goes_on(extractor, text, cue, content):
    assert _quote_of(extractor, text, cue) == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # after "but" the writer goes on in their own voice
        (
            "The bishop criticized the new film, but the old books sold well.",
            "criticized",
            "the new film",
        ),
        # a second act is a claim of its own
        ("The mayor chides the council and praises the volunteers.", "chides", "the council"),
    ],
)
def test_what_follows_but_or_a_second_act_is_no_second_object(extractor, text, cue, content):
    assert _quote_of(extractor, text, cue) == content


# --- "according to" vouches for the whole statement it ends ------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # clauses joined before the phrase are one statement
        (
            "The city spent $2 million on roads, while the county spent $6 million, "
            "according to a report by the auditor.",
            "The city spent $2 million on roads, while the county spent $6 million",
        ),
        (
            "The bridge was closed in May and the ferry was cancelled in June, according to "
            "the harbour office.",
            "The bridge was closed in May and the ferry was cancelled in June",
        ),
        # a participle before the phrase modifies a noun; the clause is the sentence's
        (
            "The mayor leads the challenger by 12 pledged votes according to a count by the "
            "Ledger.",
            "The mayor leads the challenger by 12 pledged votes",
        ),
    ],
)
def test_according_to_vouches_for_the_whole_statement(extractor, text, content):
    assert _quote_of(extractor, text, "according to") == content


def test_according_to_does_not_climb_into_another_sources_claim(extractor):
    text = (
        "The mayor said the budget was balanced, and the council agreed, according to the minutes."
    )
    assert _quote_of(extractor, text, "according to") == "the council agreed"
    assert _quote_of(extractor, text, "said") == "the budget was balanced"


# --- "according to" after a relative clause set off by commas vouches for that clause -----
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The council hired a new planner, who has worked on three bridge projects, "
            "according to the Herald.",
            "who has worked on three bridge projects",
        ),
        (
            "The club sold its stadium, which cost 40 million dollars to build, according to "
            "the club's accounts.",
            "which cost 40 million dollars to build",
        ),
    ],
)
def test_according_to_after_a_set_off_relative_clause(
    extractor: quotes.Extractor, text: str, content: str
) -> None:
    assert _quote_of(extractor, text, "according to") == content


def test_according_to_after_a_clause_that_only_holds_a_relative_clause(
    extractor: quotes.Extractor,
) -> None:
    text = "The bridge, which opened in May, was closed again in June, according to the mayor."
    assert (
        _quote_of(extractor, text, "according to")
        == "The bridge, which opened in May, was closed again in June"
    )


def test_according_to_after_a_when_clause_keeps_the_whole_statement(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Turnout was higher this spring than in 2012, when 40 percent of voters took part, "
        "according to the county clerk."
    )
    assert _quote_of(extractor, text, "according to") == (
        "Turnout was higher this spring than in 2012, when 40 percent of voters took part"
    )


# --- a pluperfect conjunct is more of the reported clause ------------------------------------
def test_a_backshifted_conjunct_stays_in_what_was_said(extractor: quotes.Extractor) -> None:
    """ "said his client had repaid ... and had sought help": both pluperfect verbs are the
    client's, reported by the barrister; the second is not the barrister's own act."""
    text = "His lawyer, Owen Blake, said his client had repaid the sum and had sought help."
    df = extractor.extract(text)
    said = df[df.cue == "said"]
    assert list(said.quote) == ["his client had repaid the sum and had sought help"]
    # nothing of the content comes out as the lawyer's own outermost claim
    outer = df[df.nested_in.isna()]
    assert list(outer.cue) == ["said"]


def test_a_simple_past_conjunct_is_still_the_reporters_act(extractor: quotes.Extractor) -> None:
    """The hard negative: "said the economy had slowed and warned that ..." is two acts of the
    reporter, in the simple past news uses for them."""
    text = "Ann Lee said the economy had slowed and warned that prices would rise."
    df = extractor.extract(text)
    assert dict(zip(df.cue, df.quote, strict=True)) == {
        "said": "the economy had slowed",
        "warned": "that prices would rise",
    }
    assert set(df.speaker) == {"Ann Lee"}


def test_a_participle_after_a_contrast_clause_is_that_clauses_subjects(
    extractor: quotes.Extractor,
) -> None:
    """ "A said X, while B downgraded the stock, arguing that ...": the participle continues
    B's clause (the parser hangs it there), not the sentence's reporter A."""
    text = (
        "Analysts at Barclays said the update was weak, while Jefferies downgraded the "
        "stock, arguing that the recovery would take years."
    )
    df = extractor.extract(text)
    assert dict(zip(df.cue, df.speaker, strict=True))["arguing"] == "Jefferies"


def test_a_participle_after_a_reported_clause_is_still_the_reporters(
    extractor: quotes.Extractor,
) -> None:
    """The hard negative: no contrast clause, so "saying" is the reporter's."""
    text = "Ann Lee argued that the tax would keep the budget balanced, saying it was fair."
    df = extractor.extract(text)
    assert dict(zip(df.cue, df.speaker, strict=True))["saying"] == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee (D-Md.) said Tuesday the vote would be close.", "the vote would be close"),
        ("Officials said last week the bridge was safe.", "the bridge was safe"),
        # hard negatives: the date is what was said about, or is the subject itself
        ("She said two years ago was the worst year of her life.",
         "two years ago was the worst year of her life"),
        ("He said Friday would be too late.", "Friday would be too late"),
    ],
)  # fmt: skip
def test_the_day_of_saying_is_no_part_of_what_was_said(
    extractor: quotes.Extractor, text: str, content: str
) -> None:
    """Wire style puts the day right after "said" ("said Tuesday the vote ..."); the parser
    hangs it on the reported verb, but it dates the saying."""
    assert _quote_of(extractor, text, "said") == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee said she would vote for Tom Ruiz, for whom she raised money last year.",
         "she would vote for Tom Ruiz"),
        ("The mayor said the ferry crash was a tragedy, in which four sailors drowned.",
         "the ferry crash was a tragedy"),
        ("Ann Lee said the council hired Tom Ruiz, with whom she worked in Leeds.",
         "the council hired Tom Ruiz"),
    ],
)  # fmt: skip
def test_a_relative_clause_opened_by_a_preposition_is_an_aside(
    extractor: quotes.Extractor, text: str, content: str
) -> None:
    """ "..., for whom ...", "..., in which ..." tell the reader more about the noun before
    them, as "..., which ..." does (``reported._fronted_relative``)."""
    assert _quote_of(extractor, text, "said") == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # hard negatives: a quantifier before the pronoun, and a restrictive clause with no comma
        ("Ann Lee said she had asked her neighbours, most of whom backed the plan.",
         "she had asked her neighbours, most of whom backed the plan"),
        ("Ann Lee said the town in which she grew up had changed.",
         "the town in which she grew up had changed"),
    ],
)  # fmt: skip
def test_a_relative_clause_not_opened_by_a_preposition_after_a_comma_stays(
    extractor: quotes.Extractor, text: str, content: str
) -> None:
    assert _quote_of(extractor, text, "said") == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor will talk about the port and how it is changing the city.",
         "the port and how it is changing the city"),
        ("Lee spoke about the flood and rebuilding the harbour wall.",
         "the flood and rebuilding the harbour wall"),
    ],
)  # fmt: skip
def test_a_question_or_gerund_conjoined_to_a_prepositional_object_stays(
    extractor: quotes.Extractor, text: str, content: str
) -> None:
    """ "about X and how Y" is "about X and about how Y" (``reported._conjoined_question``)."""
    assert _quote_of(extractor, text, "spoke" if "spoke" in text else "talk") == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # hard negatives: a second act of the speaker, a clause of the writer's
        ("Lee spoke about the flood and left the hall.", "the flood"),
        ("Lee complained about the delays and what followed was a row.", "the delays"),
    ],
)  # fmt: skip
def test_a_second_act_after_a_prepositional_object_stays_out(
    extractor: quotes.Extractor, text: str, content: str
) -> None:
    cue = "spoke" if "spoke" in text else "complained"
    assert _quote_of(extractor, text, cue) == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The senator opposed the bill as he prepared his campaign.", "opposed", "the bill"),
        ("Okafor praised the ferry crews as the storm passed.", "praised", "the ferry crews"),
        # hard negatives: "as" says how the object was described
        ("Lee described the plan as being too timid.", "described",
         "the plan as being too timid"),
        ("Lee described the dinner as the town celebrating itself.", "described",
         "the dinner as the town celebrating itself"),
    ],
)  # fmt: skip
def test_an_as_clause_of_when_after_the_object_is_the_writers(
    extractor: quotes.Extractor, text: str, cue: str, content: str
) -> None:
    """An "as" clause with its own subject and tense says when (``reported._finite_clause``)."""
    assert _quote_of(extractor, text, cue) == content

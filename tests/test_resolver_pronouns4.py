"""Issue 13, salience that knows who speaks (session 20, pronouns4): the he/she speaker of a
quotation that speaks of a third person of the same gender ("“He was the best sailor we
had,” he said") is the one who has been speaking, not a person only talked about
(:meth:`PronounRules._speaker_not_talked_of`); a possessive his/her in a clause's predicate
wins a tie of salience for that clause's subject (:meth:`PronounRules._own_clause_subject`);
a he/she subject of a verb that a narrative clause before it hangs on is that clause's
subject (:meth:`PronounRules._narrative_clause_subject`).

Sentences written for these tests, each with hard negatives.
"""

from __future__ import annotations

import pytest
from claim_rows import speaker_of
from resolving import claim, resolver


@pytest.fixture(scope="module")
def extract(extractor):  # type: ignore[no-untyped-def]
    return extractor.extract


FERRY = (
    "Tom Hale runs the ferry company on the island. “We carry two thousand people a day,” "
    "Hale said on Monday.\n\n"
)
DEPUTY = (
    "In 2019, the board hired Carl Reed as a deputy. The job never suited Reed, and two years "
    "later the board let him go.\n\n"
)


def test_the_speaker_is_not_the_man_he_talks_about(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Carl Reed, named last (an object, then inside a clause joined to the main one)
    quoted = "“He was the best sailor we ever had, and everybody liked him,” he said."
    assert speaker_of(extract(FERRY + DEPUTY + quoted), "best sailor") == "Tom Hale"


def test_the_speaker_is_not_the_woman_she_talks_about(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Rita Moss, the woman only talked about
    text = (
        "Anna Berg runs the bakery on Mill Street. “We bake all night,” Berg said on Monday.\n\n"
        "The owners sold the shop next door to Rita Moss in 2018, and a year later the bank "
        "took it from Moss.\n\n“She never had enough customers, and I told her so,” she said."
    )
    assert speaker_of(extract(text), "enough customers") == "Anna Berg"


def test_the_man_talked_about_speaks_when_he_is_the_next_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Reed is the main subject of the sentence before: he may speak
    text = (
        FERRY + "Hale has long criticised Carl Reed, the port director.\n\n"
        "Reed stood up at the meeting on Tuesday. “He has never read our accounts, and "
        "nobody believes him,” he said."
    )
    assert speaker_of(extract(text), "never read our accounts") == "Carl Reed"


def test_the_speaker_goes_on_after_talking_about_another_man(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the last source is also salience's pick: unchanged
    text = (
        FERRY + "“He has never read our accounts,” Hale said of Carl Reed, the port director. "
        "“He should resign,” he added."
    )
    assert speaker_of(extract(text), "should resign") == "Tom Hale"


def test_two_men_speaking_in_turn_are_left_to_salience(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: both men spoke; the rule stands aside and salience decides as before
    text = (
        FERRY + "“The fees are too high,” said Carl Reed, the port director. “He is wrong "
        "about the fees,” Hale said. “He knows nothing about boats,” he said."
    )
    df = extract(text)
    assert speaker_of(df, "nothing about boats") == "Tom Hale"


def test_the_man_talked_about_speaks_when_he_is_a_joined_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Reed is the subject of a clause joined to the main one: he may speak
    text = (
        FERRY + "The others wanted to move on, but Carl Reed, the port director, was not "
        "having it.\n\n“He has never read our accounts,” he said."
    )
    assert speaker_of(extract(text), "never read our accounts") == "Carl Reed"


def test_a_woman_named_inside_the_quotation_is_its_she(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the quotation's "she" is the woman it names, nobody outside it, so
    # nothing shows two women in play: salience decides as before
    text = (
        "Anna Berg runs the bakery on Mill Street. “We bake all night,” Berg said on Monday.\n\n"
        "The owners sold the shop next door to Rita Moss in 2018, and a year later the bank "
        "took it from Moss.\n\n“When a woman opens a shop here, "
        "she is welcome,” she said."
    )
    assert speaker_of(extract(text), "she is welcome") == "Rita Moss"


def test_a_quotation_about_nobody_keeps_salience(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the quotation speaks of no third man, so nothing shows two men in play
    text = FERRY + DEPUTY + "“It was a hard year for all of us on the boats,” he said."
    assert speaker_of(extract(text), "hard year") == "Carl Reed"


CORNER = "Mary Ford has a long list of famous supporters in her corner.\n\n"


def test_a_possessive_in_the_predicate_ties_to_its_clause_subject(extract) -> None:  # type: ignore[no-untyped-def]
    # before: Mary Ford, named last (inside the subject's apposition) on a tie of salience
    text = (
        CORNER + "Former mayor Ann Lee, a Ford supporter, stirred a row last year over her "
        "remark that the harbour should be sold."
    )
    assert speaker_of(extract(text), "the harbour should be sold") == "Ann Lee"


def test_a_subject_of_the_other_gender_wins_no_tie(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "her" cannot be Tom Reed; salience keeps Mary Ford
    text = (
        CORNER + "Former mayor Tom Reed, a Ford supporter, stirred a row last year over her "
        "remark that the harbour should be sold."
    )
    assert speaker_of(extract(text), "the harbour should be sold") == "Mary Ford"


def test_a_subject_that_is_no_person_wins_no_tie(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the clause's subject is a thing; salience decides as before (Ford)
    text = (
        CORNER + "Ann Lee, a Ford supporter, was in the news last year. The harbour board "
        "stirred a row over her remark that the harbour should be sold."
    )
    assert speaker_of(extract(text), "the harbour should be sold") == "Mary Ford"


def test_a_person_named_between_stops_the_tie_break(extract) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Ford is named in the predicate before "her": salience decides (Ford)
    text = (
        CORNER + "Former mayor Ann Lee, a Ford supporter, stirred a row last year over Ford's "
        "plan and her remark that the harbour should be sold."
    )
    assert speaker_of(extract(text), "the harbour should be sold") == "Mary Ford"


STADIUM = (
    "Mayor Tom Brandt wants a new stadium. “We will build it,” Brandt said on Monday. “It will "
    "pay for itself,” he said.\n\n"
)


@pytest.fixture(scope="module")
def run(extractor):  # type: ignore[no-untyped-def]
    return resolver(extractor)


def _last_speaker(run, text: str, quoted: str) -> object:  # type: ignore[no-untyped-def]
    """The speaker of ``quoted`` ("he said" after it), the claims before it placed too."""
    claims = [
        claim(text, "We will build it", "Brandt"),
        claim(text, "It will pay for itself", "he"),
        claim(text, quoted, "he", 1),
    ]
    return run(text, *claims)[-1].speaker


def test_a_narrative_clause_hung_on_said_gives_its_subject(run) -> None:  # type: ignore[no-untyped-def]
    # before: Tom Brandt, the speaker of the paragraph before, by salience
    text = (
        STADIUM + "Councilman Paul Reed weighed in as well, telling the Courier in an "
        "interview, “But the town has no money for it,” he said."
    )
    assert _last_speaker(run, text, "But the town has no money for it") == "Paul Reed"


def test_a_narrative_clause_before_a_colon_gives_its_subject(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        STADIUM + "Paul Reed, who served under Brandt's father, ticked through the rules the "
        "Brandt family has kept: “Nobody builds without a vote,” he said."
    )
    assert _last_speaker(run, text, "Nobody builds without a vote") == "Paul Reed"


def test_a_narrative_clause_of_the_other_gender_gives_nothing(run) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "he" cannot be Ann Reed; salience keeps Tom Brandt
    text = (
        STADIUM + "Councilwoman Ann Reed weighed in as well, telling the Courier in an "
        "interview, “But the town has no money for it,” he said."
    )
    assert _last_speaker(run, text, "But the town has no money for it") == "Tom Brandt"


def test_a_man_named_after_the_clause_subject_stops_it(run) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Brandt is named between the clause's subject and "he"
    text = (
        STADIUM + "Councilman Paul Reed weighed in as well, telling Brandt at the meeting, "
        "“But the town has no money for it,” he said."
    )
    assert _last_speaker(run, text, "But the town has no money for it") == "Tom Brandt"

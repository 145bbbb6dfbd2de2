"""Rules found on texts of other styles (session 18, styles5): an inquiry report, a sports
report, an Indian parliamentary story, business copy.

Each test fails on the code before its rule; each has a hard negative. Sentences written for
these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

from claim_rows import row_holding

import quotes


def _row(extractor: quotes.Extractor, text: str, words: str):  # type: ignore[no-untyped-def]
    return row_holding(extractor.extract(text), words)


# --- a chain of appositions ends in the name -------------------------------------------------


def test_a_description_in_apposition_gives_the_name_it_holds(extractor: quotes.Extractor) -> None:
    text = (
        "A second witness, the civil servant Helen Marsh, told the panel that she did not "
        "recall the call."
    )
    row = _row(extractor, text, "did not recall")
    assert (row.speaker, row.speaker_type) == ("Helen Marsh", "PERSON")


def test_a_description_in_apposition_without_a_name_stays(extractor: quotes.Extractor) -> None:
    text = (
        "A second witness, a retired engineer from Leeds, told the panel that he did not "
        "recall the call."
    )
    row = _row(extractor, text, "did not recall")
    assert row.speaker == "second witness"


# --- a title wrapping a name the parser did not make the head -------------------------------


def test_a_programme_title_before_a_name_is_that_person(extractor: quotes.Extractor) -> None:
    text = "Match of the Day presenter Gary Lane said the referee had been poor."
    row = _row(extractor, text, "the referee")
    assert (row.speaker, row.speaker_type) == ("Gary Lane", "PERSON")


def test_two_people_joined_in_one_mention_are_not_one_of_them(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "Former Ambassador John Bolton and Breitbart News National Security editor Dr. "
        "Sebastian Gorka both slammed the movement."
    )
    row = _row(extractor, text, "the movement")
    assert row.speaker != "Sebastian Gorka"


# --- a long title ending in its holder's name ------------------------------------------------

_LATER_CHIEF = (
    "The work is 70 per cent complete. Chief Minister Suresh Rao said the state would pay half "
    "the cost."
)


def test_a_long_title_with_its_name_is_that_holder_not_a_later_one(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "The new bridge over the Kaveri will open by June 2027, Union Minister for Urban "
        "Affairs Rakesh Sinha informed the Lok Sabha on Monday. " + _LATER_CHIEF
    )
    row = _row(extractor, text, "new bridge")
    assert (row.speaker, row.speaker_type) == ("Rakesh Sinha", "PERSON")


def test_a_name_served_by_the_role_is_not_its_holder(extractor: quotes.Extractor) -> None:
    text = "The spokesman for Chief of Staff John Kelly said the memo was accurate."
    row = _row(extractor, text, "the memo")
    assert row.speaker != "John Kelly"


# --- a name classed by an organisation noun is an organisation -------------------------------

_AIRLINE = (
    "A post by the actor Tom Reed criticising the airline Alder has been viewed a million "
    'times. Alder replied to the post within an hour. "We\'re sorry to hear this," the '
    "airline wrote. Alder said it would review its rules."
)


def test_a_name_after_an_organisation_noun_is_that_organisation(
    extractor: quotes.Extractor,
) -> None:
    said = _row(extractor, _AIRLINE, "review its rules")
    assert (said.speaker, said.speaker_type) == ("Alder", "ORG")
    wrote = _row(extractor, _AIRLINE, "sorry to hear")
    assert (wrote.speaker, wrote.speaker_type) == ("Alder", "ORG")


def test_a_name_after_a_person_noun_or_in_a_relative_clause_stays_a_person(
    extractor: quotes.Extractor,
) -> None:
    text = (
        "The singer Mira Vale criticised the airline on Sunday. Vale said the staff had been rude."
    )
    assert _row(extractor, text, "staff had been rude").speaker_type == "PERSON"
    text = (
        "A video about the campaign Tom Reed ran last year was shared widely. Reed said the "
        "video was unfair."
    )
    row = _row(extractor, text, "video was unfair")
    assert (row.speaker, row.speaker_type) == ("Tom Reed", "PERSON")


# --- a claim does not stop inside a bracket --------------------------------------------------


def test_a_claim_ending_inside_a_bracket_takes_its_close(extractor: quotes.Extractor) -> None:
    text = (
        "Your report on the council's plan to cut rural bus routes (November 28) missed the point."
    )
    row = _row(extractor, text, "rural bus routes")
    assert row.quote == "to cut rural bus routes (November 28)"


def test_a_closed_bracket_or_a_far_one_is_left_as_it_was(extractor: quotes.Extractor) -> None:
    text = "Ms Hale (Labour) said the depot would close in June."
    assert _row(extractor, text, "depot").quote == "the depot would close in June"
    far = (
        "Tom Reed said the new depot would close (though nobody at the council has yet "
        "confirmed any date)."
    )
    quote = _row(extractor, far, "depot").quote
    assert quote.count("(") == quote.count(")")


# --- a user named by a handle ----------------------------------------------------------------


def test_a_user_called_by_a_handle_is_that_handle(extractor: quotes.Extractor) -> None:
    text = "A user called @tide_watcher posted that the ferry had been cancelled again."
    row = _row(extractor, text, "ferry")
    assert (row.speaker, row.speaker_type) == ("@tide_watcher", "PERSON")


def test_a_thing_called_by_a_name_that_is_no_handle_stays(extractor: quotes.Extractor) -> None:
    text = "An account called Hypo-Cruz posted that the ferry had been cancelled again."
    assert _row(extractor, text, "ferry").speaker == "account"

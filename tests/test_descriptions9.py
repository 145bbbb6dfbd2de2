"""Descriptions of unseen texts, session 23 (issue 13, descriptions9): an office introduced
unnamed and its holder named next, a party word before a title, a plural initialism.

Sentences written for these tests. Each test resolves claims over a real parse, so it fails
when the rule is missing.
"""

from __future__ import annotations

from resolving import claim

HEADLINE = "Food firm grilled over closures\n\n"
INTRODUCED = (
    "The chief executive of Harlow Foods was questioned by councillors on Monday about the "
    "closures.\n\n"
)
NAMED = "Dana Price told the council that the firm had lost money on both sites.\n\n"
LAST = (
    "Green councillor Omar Reyes asked about bonuses. "
    "The chief executive insisted that no bonus had been paid."
)


def _last(text: str, words: str) -> int:
    return text.count(words) - 1


def test_an_office_introduced_unnamed_is_the_holder_named_next_not_a_councillor(resolve) -> None:  # type: ignore[no-untyped-def]
    text = HEADLINE + INTRODUCED + NAMED + LAST
    src = "The chief executive"
    (c,) = resolve(text, claim(text, "no bonus had been paid", src, _last(text, src)))
    assert c.speaker == "Dana Price"


def test_an_office_named_first_here_keeps_its_words(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: no earlier "chief executive", so nobody named was introduced as one
    text = HEADLINE + NAMED + LAST
    (c,) = resolve(text, claim(text, "no bonus had been paid", "The chief executive"))
    assert c.speaker == "chief executive"


def test_a_person_named_long_after_the_office_is_not_its_holder(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: Dana Price comes four sentences after the office, as a shopper
    text = (
        HEADLINE
        + INTRODUCED
        + "The hearing lasted three hours. Shares fell. Analysts were gloomy.\n\n"
        + "Dana Price, a shopper, said prices would rise.\n\n"
        + LAST
    )
    src = "The chief executive"
    (c,) = resolve(text, claim(text, "no bonus had been paid", src, _last(text, src)))
    assert c.speaker != "Dana Price"


def test_a_title_after_a_party_word_is_the_name_s(resolve) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "Labour MP" on the given name, not the surname
    text = (
        "Bus strike looms\n\n"
        "Labour MP Priya Nandra pressed the operator on pay. Senator Tom Hale was also there.\n\n"
        "The MP said the drivers deserved better."
    )
    (c,) = resolve(text, claim(text, "the drivers deserved better", "The MP"))
    assert c.speaker == "Priya Nandra"


def test_a_plural_initialism_is_a_group_not_the_one_mp(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Labour MP Priya Nandra sits on the transport committee.\n\n"
        "The regulator was criticised on Tuesday as MPs on the committee questioned the "
        "operator's chief."
    )
    (c,) = resolve(text, claim(text, "the operator's chief", "MPs on the committee"))
    assert c.speaker == "MPs on the committee"
    assert c.speaker_type == "GROUP"


# --- "a spokeswoman for the agency": the agency the text named in apposition ---------------
CRASH = (
    "Plane lands safely after cabin scare\n\n"
    "A passenger jet made an emergency landing in Lyon on Sunday after the cabin lost "
    "pressure.\n\n"
)


def test_the_agency_is_the_name_apposed_to_its_description(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        CRASH + "France's air accident investigation agency, the BEA, said it had opened an "
        "inquiry. A spokeswoman for the agency declined to speculate on the cause."
    )
    (c,) = resolve(text, claim(text, "to speculate on the cause", "A spokeswoman for the agency"))
    assert c.speaker == "BEA"


def test_the_agency_with_no_name_apposed_stays_the_description(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: no apposition names the agency, so no name is invented
    text = (
        CRASH + "France's air accident investigation agency said it had opened an inquiry. "
        "A spokeswoman for the agency declined to speculate on the cause."
    )
    (c,) = resolve(text, claim(text, "to speculate on the cause", "A spokeswoman for the agency"))
    assert c.speaker == "France's air accident investigation agency"


# --- "..., the union announced. ¶ The Seafarers Alliance said": the kind first, the name next --
STRIKE = "Ferry crews to strike over pay\n\n"
WALKOUT = "Ferry crews on the Solent will walk out for three days next month, "


def test_the_union_is_the_organisation_the_next_sentence_names(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        STRIKE + WALKOUT + "the union announced on Friday.\n\n"
        "The Seafarers Alliance said its members had rejected a 3% offer."
    )
    (c,) = resolve(text, claim(text, "Ferry crews on the Solent will walk out", "the union"))
    assert c.speaker == "Seafarers Alliance"


def test_the_union_is_not_a_person_named_next(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the next subject is a person, so the union stays its words
    text = (
        STRIKE + WALKOUT + "the union announced on Friday.\n\n"
        "Tom Reed said the crews had rejected a 3% offer."
    )
    (c,) = resolve(text, claim(text, "Ferry crews on the Solent will walk out", "the union"))
    assert c.speaker == "union"


def test_an_organisation_named_before_goes_first(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: one named before is the anaphor's, whatever the next sentence names
    text = (
        STRIKE
        + "The Harbour Users Group met on Monday. "
        + WALKOUT
        + "the union announced on Friday.\n\n"
        "The Seafarers Alliance said its members had rejected a 3% offer."
    )
    (c,) = resolve(text, claim(text, "Ferry crews on the Solent will walk out", "the union"))
    assert c.speaker != "Seafarers Alliance"

"""Speaker resolution of two description classes left from referents_train7/8 (issue 13): a
title description ("the former governor") for the person the text gave that title, and "the
agency" for an agency named only by its initials ("the FBI").

Sentences written for these tests, each with a hard negative. Each test resolves claims over
a real parse, so it fails when its rule is missing.
"""

from __future__ import annotations

from resolving import claim

from quotes.speakers.lexicon import speaker_lexicon


# --- an initialism of a listed agency has the kind "agency" ---
def test_listed_initialism_is_an_agency() -> None:
    lex = speaker_lexicon("en")
    assert lex.kind_of_name("FBI") == "agency"
    assert lex.kind_of_name("the CIA") == "agency"
    assert lex.kind_of_name("NRA") == ""  # not listed: no kind
    assert lex.kind_of_name("Fbi") == ""  # an initialism only as written, in capitals


def test_the_agency_is_the_initialism_named_last(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department opened an inquiry into the city's police in March. Crime in "
        "the city rose by a tenth last year, according to figures from the FBI. The agency "
        "said that most of the rise came from car thefts."
    )
    (c,) = resolve(text, claim(text, "that most of the rise came from car thefts", "The agency"))
    assert c.speaker == "FBI"
    assert c.rule.endswith("+definite")


def test_the_agency_is_not_an_unlisted_initialism(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the NRA is no listed agency, so the agency named before keeps it
    text = (
        "The Justice Department opened an inquiry into the city's gun shops in March. Sales in "
        "the city rose by a tenth last year, according to figures from the NRA. The agency "
        "said that most of the rise came from rifles."
    )
    (c,) = resolve(text, claim(text, "that most of the rise came from rifles", "The agency"))
    assert c.speaker != "NRA"
    assert c.speaker.endswith("Department")


# --- "former" apart from the role: "Former Ohio Gov. Tom Reed" is "the former governor" ---
FORMER = (
    "Former Ohio Gov. Tom Reed endorsed Senator Mark Lund on Sunday. Lund thanked him at a "
    "rally in Dayton, where Lund spoke for an hour. {source} said that Lund would win the state."
)


def test_former_governor_is_the_one_titled_former_governor(resolve) -> None:  # type: ignore[no-untyped-def]
    text = FORMER.format(source="The former governor")
    (c,) = resolve(text, claim(text, "that Lund would win the state", "The former governor"))
    assert c.speaker == "Tom Reed"
    assert c.rule.endswith("+role")


def test_former_governor_is_not_a_sitting_governor(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the title "former governor" no one was given; a sitting governor does
    # not hold it, and salience decides as before
    text = FORMER.replace("Former Ohio Gov.", "Ohio Gov.").format(source="The former governor")
    (c,) = resolve(text, claim(text, "that Lund would win the state", "The former governor"))
    assert c.speaker != "Tom Reed"


def test_governor_after_two_governors_is_the_nearest(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: two holders of the title, the former one first: salience, as before
    text = (
        "Former Ohio Gov. Tom Reed met Gov. Ann Cole in Dayton on Sunday. Cole spoke for an "
        "hour about roads. The governor said that the state would build two bridges."
    )
    (c,) = resolve(text, claim(text, "that the state would build two bridges", "The governor"))
    assert c.speaker == "Ann Cole"


# --- "the editorial board": an outlet's ---
def test_editorial_board_is_the_newspapers(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Valley Gazette endorsed Mark Lund on Sunday. In a long piece, the editorial board "
        "wrote that Lund had the best plan for the roads."
    )
    (c,) = resolve(text, claim(text, "that Lund had the best plan", "the editorial board"))
    assert c.speaker == "Valley Gazette"


def test_editorial_board_with_no_outlet_stays(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: no outlet named before, an agency nearby is not the board
    text = (
        "The FBI closed its inquiry into Mark Lund on Sunday. In a long piece, the editorial "
        "board wrote that Lund had the best plan for the roads."
    )
    (c,) = resolve(text, claim(text, "that Lund had the best plan", "the editorial board"))
    assert c.speaker != "FBI"


# --- "former" apart in the description: "the former Ohio governor" for "Former Gov. Tom Reed" ---
ADJACENT = (
    "Former Gov. Tom Reed endorsed Senator Mark Lund on Sunday. Lund thanked him at a rally "
    "in Dayton, where Lund spoke for an hour. {source} said that Lund would win the state."
)


def test_former_ohio_governor_is_the_former_governor(resolve) -> None:  # type: ignore[no-untyped-def]
    text = ADJACENT.format(source="The former Ohio governor")
    (c,) = resolve(text, claim(text, "that Lund would win the state", "The former Ohio governor"))
    assert c.speaker == "Tom Reed"


def test_ohio_governor_is_not_the_former_governor(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: without "former", a former governor does not hold the title
    text = ADJACENT.format(source="The Ohio governor")
    (c,) = resolve(text, claim(text, "that Lund would win the state", "The Ohio governor"))
    assert c.speaker != "Tom Reed"

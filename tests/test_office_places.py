"""A role description with a place or nation qualifier ("the Florida senator", "the Texas
senator") goes to a holder whose affiliations fit it, never to one the text placed elsewhere;
a party-state tag after a lawmaker's name ("Sen. Ann Cole, R-Iowa,") places her (issue 13,
session 20: offices5). Each rule with a hard negative.

Sentences written for these tests. Each test resolves claims over a real parse, so it fails
when the rule is missing.
"""

from __future__ import annotations

from resolving import claim

from quotes.speakers.registry import build_registry


def speaker(resolve, text: str, content: str, source: str) -> str | None:  # type: ignore[no-untyped-def]
    (c,) = resolve(text, claim(text, content, source))
    return c.speaker


def affiliations(extractor, text: str) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    reg = build_registry(extractor.backend.parse(text))
    return {e.name: e.affiliations for e in reg.entities if e.type == "PERSON"}


# --- a party-state tag places the lawmaker ------------------------------------------------------
def test_a_party_state_tag_gives_the_state_and_party(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sen. Ann Cole (R-Fla.) and Rep. Tom Reed, D-Md., said the bill was weak. "
        "Sen. Joe Dunn (I-VT) and Rep. Ed Lutz, R-N.H., disagreed."
    )
    got = affiliations(extractor, text)
    assert got["Ann Cole"] == {"florida", "GOP"}
    assert got["Tom Reed"] == {"maryland", "DEM"}
    assert got["Joe Dunn"] == {"vermont"}  # an independent: the state alone
    assert got["Ed Lutz"] == {"new hampshire", "GOP"}


def test_no_tag_no_state(extractor) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: a letter and a word after a dash that are no party and no state
    text = "Sen. Ann Cole (X-Fla.) met Tom Reed, R-Acme, on Monday."
    got = affiliations(extractor, text)
    assert got.get("Ann Cole", set()) == set()
    assert got.get("Tom Reed", set()) == set()


def test_the_florida_senator_is_not_the_senator_from_iowa(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Hale, who leads the polls in Iowa, campaigned on Monday with Sen. Ann Cole, "
        "R-Iowa. The Florida senator said the plan was weak."
    )
    # was Ann Cole, the only senator of the text; now the salient man the text means
    assert speaker(resolve, text, "the plan was weak", "The Florida senator") == "Tom Hale"


def test_the_texas_senator_is_the_one_tagged_texas(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sen. Ann Cole (D-Ohio) met Sen. Tom Reed (R-Texas) on Monday. "
        "The Texas senator said the plan was weak."
    )
    assert speaker(resolve, text, "the plan was weak", "The Texas senator") == "Tom Reed"


def test_a_tag_that_fits_keeps_its_senator(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: the state of the tag, and no qualifier at all, still find her
    text = (
        "Tom Hale campaigned on Monday with Sen. Ann Cole (R-Iowa). "
        "The Iowa senator said the plan was weak."
    )
    assert speaker(resolve, text, "the plan was weak", "The Iowa senator") == "Ann Cole"
    text = (
        "Tom Hale campaigned on Monday with Sen. Ann Cole (R-Iowa). "
        "The senator said the plan was weak."
    )
    assert speaker(resolve, text, "the plan was weak", "The senator") == "Ann Cole"
    text = (
        "Tom Hale, who leads the polls in Iowa, campaigned on Monday with Sen. Ann Cole, "
        "R-Fla. The Florida senator said the plan was weak."
    )
    assert speaker(resolve, text, "the plan was weak", "The Florida senator") == "Ann Cole"


# --- a place no holder is placed in: the topic continued, not a far holder ----------------------
FAR = (
    "Sen. Joe Dunn ended his campaign last week. His donors were upset. The race moved on. "
    "Voters in the state were tired of the ads. "
)


def test_the_vermont_senator_is_the_candidate_just_named(resolve) -> None:  # type: ignore[no-untyped-def]
    text = FAR + (
        "Democratic presidential candidate Ann Cole won the vote. "
        "The Vermont senator said the plan was weak."
    )
    # was Joe Dunn, the only senator of the text, placed nowhere and named paragraphs up
    assert speaker(resolve, text, "the plan was weak", "The Vermont senator") == "Ann Cole"


def test_the_florida_senator_passes_over_the_iowa_senator(resolve) -> None:  # type: ignore[no-untyped-def]
    text = FAR + (
        "Ann Cole, who is third in the polls, campaigned on Monday with Sen. Tom Reed "
        "(R-Iowa). The Florida senator said the plan was weak."
    )
    assert speaker(resolve, text, "the plan was weak", "The Florida senator") == "Ann Cole"


def test_a_near_or_unqualified_holder_keeps_the_office(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: no place named; a senator named two sentences up; a holder placed there
    text = FAR + "Ann Cole won the vote. The senator said the plan was weak."
    assert speaker(resolve, text, "the plan was weak", "The senator") == "Joe Dunn"
    text = (
        "Sen. Joe Dunn spoke on Monday. Ann Cole won the vote. "
        "The Vermont senator said the plan was weak."
    )
    assert speaker(resolve, text, "the plan was weak", "The Vermont senator") == "Joe Dunn"
    text = FAR.replace("Sen. Joe Dunn", "Sen. Joe Dunn (D-Vt.)") + (
        "Democratic presidential candidate Ann Cole won the vote. "
        "The Vermont senator said the plan was weak."
    )
    assert speaker(resolve, text, "the plan was weak", "The Vermont senator") == "Joe Dunn"


# --- a possessive place is the place ------------------------------------------------------------
def test_new_jerseys_governor_is_the_governor_tagged_new_jersey(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gov. Ann Cole (D-N.J.) met Gov. Tom Reed (R-Ohio) on Monday. "
        "New Jersey's governor said the plan was weak."
    )
    got = speaker(resolve, text, "the plan was weak", "New Jersey's governor")
    assert got == "Ann Cole"
    # hard negative: the other state's governor
    text = text.replace("New Jersey's", "Ohio's")
    assert speaker(resolve, text, "the plan was weak", "Ohio's governor") == "Tom Reed"


# --- a place or a party rules out only a holder of another of its kind --------------------------
def test_a_party_qualifier_does_not_rule_out_a_placed_holder(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sen. Ann Cole (I-Vt.) spoke on Monday. Sen. Tom Reed (R-Iowa) spoke on Tuesday. "
        "The Democratic senator said the plan was weak."
    )
    # was Tom Reed: Cole's state was taken to contradict the party, leaving no holder
    got = speaker(resolve, text, "the plan was weak", "The Democratic senator")
    assert got == "Ann Cole"
    text = (
        "Democratic Sen. Ann Cole spoke on Monday. Sen. Tom Reed (R-Iowa) spoke on Tuesday. "
        "The Vermont senator said the plan was weak."
    )
    assert speaker(resolve, text, "the plan was weak", "The Vermont senator") == "Ann Cole"


def test_a_party_qualifier_still_rules_out_the_other_party(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: party against party
    text = (
        "Sen. Ann Cole (I-Vt.) spoke on Monday. Sen. Tom Reed (R-Iowa) spoke on Tuesday. "
        "The Republican senator said the plan was weak."
    )
    assert speaker(resolve, text, "the plan was weak", "The Republican senator") == "Tom Reed"
    text = (
        "Sen. Ann Cole (R-Vt.) spoke on Monday. Sen. Tom Reed (D-Iowa) spoke on Tuesday. "
        "The Democratic senator said the plan was weak."
    )
    assert speaker(resolve, text, "the plan was weak", "The Democratic senator") == "Tom Reed"

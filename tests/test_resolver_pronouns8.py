"""Rules of session 24, pronouns8: a pronoun agrees with the pronoun chain it would join, not
with the name alone (docs/speakers.md, "Rules of session 24: pronouns8"). Sentences written
for these tests, each rule with a hard negative."""

from __future__ import annotations

from resolving import claim


# --- a he in an unknown-gender person's chain keeps a later she off them ----------------------
def test_a_she_skips_an_unknown_name_the_chain_made_a_he(resolve):
    text = (
        "Senator Maria Okafor opened the hearing on Monday. The contractor, Dalvren Osk, "
        "spoke for an hour. His answers angered the panel. Later she said the bids were rigged."
    )
    (c,) = resolve(text, claim(text, "the bids were rigged", "she"))
    assert c.speaker == "Maria Okafor"


def test_a_she_keeps_an_unknown_name_with_no_he(resolve):
    """Hard negative: with no he / his in the chain, the nearer unknown-gender subject stays
    the one she means."""
    text = (
        "Senator Maria Okafor opened the hearing on Monday. The contractor, Dalvren Osk, "
        "spoke for an hour. The answers angered the panel. Later she said the bids were fair."
    )
    (c,) = resolve(text, claim(text, "the bids were fair", "she"))
    assert c.speaker == "Dalvren Osk"


def test_a_he_skips_an_unknown_name_the_chain_made_a_she(resolve):
    text = (
        "Governor Paul Brandt toured the plant on Friday. The plant's manager, Tavi Renhol, "
        "led the tour. Her staff showed the new line. Afterwards he said the jobs would stay."
    )
    (c,) = resolve(text, claim(text, "the jobs would stay", "he"))
    assert c.speaker == "Paul Brandt"


def test_a_he_keeps_an_unknown_name_with_no_she(resolve):
    """Hard negative: the nearer unknown-gender subject keeps the he when no she joined it."""
    text = (
        "Governor Paul Brandt toured the plant on Friday. The plant's manager, Tavi Renhol, "
        "led the tour. The staff showed the new line. Afterwards he said the jobs would stay."
    )
    (c,) = resolve(text, claim(text, "the jobs would stay", "he"))
    assert c.speaker == "Tavi Renhol"


# --- a pronoun inside a name's own phrase is not that name's (i-within-i) ---------------------
def test_her_in_an_apposition_is_not_the_named_aide(resolve):
    text = (
        "Ruth Vance ran for the Senate in 2010. Dalvren Osk, an aide during her campaign, "
        "quit in May. Her office said the split was friendly."
    )
    (c,) = resolve(text, claim(text, "the split was friendly", "Her office"))
    assert c.speaker == "Ruth Vance"


def test_her_in_a_relative_clause_keeps_the_named_person(resolve):
    """Hard negative: a relative clause has its own subject, so its "her" may be the person
    the clause describes, and the nearer subject keeps "Her office"."""
    text = (
        "Ruth Vance ran for the Senate in 2010. Dalvren Osk, a councillor who lost her seat "
        "in May, quit the party. Her office said the split was friendly."
    )
    (c,) = resolve(text, claim(text, "the split was friendly", "Her office"))
    assert c.speaker == "Dalvren Osk"

"""Claim patterns of news text, each on a sentence written for it (tests/data/claim_cases.json),
run through the default spaCy model."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from quotes import labels as L
from quotes.claims.cues import subject_of

CASES = json.loads((Path(__file__).parent / "data" / "claim_cases.json").read_text("utf-8"))


def _param(case):
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["name"], marks=marks)


def _rows(extractor, text):
    df = extractor.extract(text)
    return [
        (
            r.quote,
            r.kind,
            r.speaker_mention if pd.notna(r.speaker_mention) else None,
            r.cue if pd.notna(r.cue) else "",
            r.act,
        )
        for r in df.itertuples()
    ]


@pytest.mark.parametrize("case", [_param(c) for c in CASES["cases"]])
def test_claim_pattern(extractor, case):
    rows = _rows(extractor, case["text"])
    expected = case["claims"]
    assert len(rows) == len(expected), rows
    for (quote, kind, mention, cue, act), (
        want_quote,
        want_kind,
        want_mention,
        want_cue,
        *rest,
    ) in zip(rows, expected, strict=True):
        assert want_quote in quote, (quote, want_quote)
        assert kind == want_kind, (quote, kind)
        assert mention == want_mention, (quote, mention)
        assert want_cue in cue, (quote, cue)
        if rest:  # the act, where the case gives it
            assert act == rest[0], (quote, act)
    for words in case.get("outside", []):  # words no claim may take in
        assert all(words not in quote for quote, *_ in rows), (words, rows)


def test_a_dash_the_parser_made_a_subject_is_not_the_source(extractor):
    """spaCy has tagged "―" (U+2015) as a noun and the subject of the next verb ("were made
    public ― Trump boasted"); that parse is rebuilt here on our own words, since it depends
    on the context the parser saw."""
    text = "His returns were made public ― Dole boasted that it made him clever."
    parsed = extractor.backend.parse(text)
    words = [t.text for t in parsed.tokens]
    dash, dole, boasted = words.index("―"), words.index("Dole"), words.index("boasted")
    tokens = list(parsed.tokens)
    tokens[dash] = tokens[dash]._replace(pos="NOUN", dep=L.NSUBJ, head=boasted)
    tokens[dole] = tokens[dole]._replace(dep=L.NSUBJ, head=boasted)
    document = replace(parsed, tokens=tokens)
    assert subject_of(document, document[boasted]).text == "Dole"


def test_of_two_subjects_a_place_is_not_the_speaker(extractor):
    """A parse giving "suggested" two subjects, the person and the place after the comma
    (rebuilt here on our own words): the person speaks."""
    text = "Ann Cole of the University of California, Berkeley, suggested that trade hurt."
    parsed = extractor.backend.parse(text)
    words = [t.text for t in parsed.tokens]
    cole, berkeley, verb = words.index("Cole"), words.index("Berkeley"), words.index("suggested")
    tokens = list(parsed.tokens)
    tokens[cole] = tokens[cole]._replace(dep=L.NSUBJ, head=verb)
    tokens[berkeley] = tokens[berkeley]._replace(dep=L.NSUBJ, head=verb, ent="GPE")
    document = replace(parsed, tokens=tokens)
    assert subject_of(document, document[verb]).text == "Cole"


@pytest.mark.parametrize(
    "text",
    [
        "The city kept giving boats to the so-called “harbour friends” that would later find "
        "their way to the mayor.",
        "She spoke on Harbour TV’s “morning hour,” adding that the ferry would run.",
    ],
)
def test_a_quotation_finishing_the_writers_phrase_is_not_attributed_by_the_words_after(
    extractor, text
):
    """A quotation right after a determiner, preposition, possessive or modifier finishes
    the writer's phrase: the verb after it ("find", "adding") does not make it a direct claim."""
    table = extractor.extract(text)
    direct = table[table["kind"] == "direct"]
    assert direct.empty, direct[["quote", "rule"]].to_string()


def test_a_quotation_opening_its_sentence_is_attributed_by_the_words_after(extractor):
    """Hard negative: a quotation after the full stop of the sentence before opens its own
    sentence, and "the mayor added" after it is its attribution."""
    table = extractor.extract("The vote was close. “We will win the next one,” the mayor added.")
    rows = [(r.quote, r.kind, r.speaker_mention) for r in table.itertuples()]
    assert ("We will win the next one,", "direct", "the mayor") in rows, rows


def test_an_unclosed_quotation_ending_in_said_x_is_x_s_words(extractor):
    """ "“They never listen, said Ana Kowalska, a farmer." lost its closing mark before the
    comma: the quote ends there and Kowalska said it (either order of verb and name). A
    quotation whose own words report ("I told him to wait, he said, and then I left ...") has
    more after the verb and stays unclaimed rather than cut."""
    text = (
        "Not everyone was convinced.\n\n"
        "\u201cThey always say they listen, and then nothing changes, said Ana Kowalska, a dairy "
        "farmer from Poland.\n\n"
        '"We will not go home, Kowalska said.'
    )
    rows = _rows(extractor, text)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("They always say they listen, and then nothing changes", "direct", "Ana Kowalska"),
        ("We will not go home", "direct", "Kowalska"),
    ]
    reporting = '"I told him to wait, he said, and then I left the room and never came back.'
    assert _rows(extractor, reporting) == []


def test_a_headline_opening_with_a_quotation_gives_it_to_the_subject_after_the_colon(extractor):
    """British headline style: "‘Quote’: Speaker does something". The quotation is the
    subject's; a quoted title before a colon and a phrase with no verb ("“Hamilton”: the
    musical returns" has one, so only a headline with a subject counts) and a quotation
    further in are not headlines."""
    text = (
        "\u2018We are not the enemy\u2019: farmers take protest to Brussels\n\n"
        "Thousands of farmers drove tractors into the city on Thursday."
    )
    rows = _rows(extractor, text)
    assert [(r[0], r[2]) for r in rows] == [("We are not the enemy", "farmers")]
    titled = "\u201cSlow Horses\u201d: season five\n\nThe show returns on Friday."
    assert _rows(extractor, titled) == []
    inside = (
        "Rail strike talks collapse\n\n"
        "\u201cUnacceptable\u201d: that was the verdict of commuters on Friday."
    )
    assert all(r[2] != "commuters" for r in _rows(extractor, inside))


def test_a_headline_speech_act_the_tagger_read_as_a_noun_is_the_cue(extractor):
    """Headlines drop articles: "Minister rejects call for inquiry" was parsed with
    "Minister rejects" as the subject of "call", so the speaker came out as "Minister
    rejects". The "-s" word is the cue; the words before it, the source. The same line in a
    body (a full stop) and an "-s" noun that is no speech act ("Minister's remarks spark
    row") keep the parse."""
    text = (
        "Minister rejects call for inquiry into hospital deaths\n\n"
        "The health minister said on Tuesday that the hospital had been cleared."
    )
    rows = _rows(extractor, text)
    assert (
        "call for inquiry into hospital deaths",
        "indirect",
        "Minister",
        "rejects",
        "statement",
    ) in [r[:4] + (r[4],) for r in rows]
    assert all(r[2] != "Minister rejects" for r in rows)
    spark = "Ferry crews call for pay rise\n\nThe union said on Monday that crews were tired."
    assert all(r[3] != "crews" for r in _rows(extractor, spark))
    states = "Iran and Gulf states agree to reopen talks\n\nThe talks start on Monday."
    assert [(r[2], r[3]) for r in _rows(extractor, states)] == [("Iran and Gulf states", "agree")]


def test_an_inverted_subject_read_as_an_object_still_speaks_both_pieces(extractor):
    """ "'Is it true,' whispered the old woman, 'that the mill has closed?'": the parser made
    "the old woman" the object of "whispered", so the first piece found no cue and the next
    paragraph's quotation was joined to the claim before it (a claim that skipped words). A
    phrase right after the quotation's verb that ends the attribution is its subject, inverted
    (Quirk et al. 1985, 18.23). Hard negative: "- and stressed the state's importance" has a
    word before the verb: its object stays no speaker."""
    text = (
        '"Is it true," whispered the old woman, "that the mill has closed?"\n\n'
        "'Is it true,' whispered the old woman, 'that the mill has closed?'"
    )
    rows = _rows(extractor, text)
    assert [(r[0], r[2]) for r in rows] == [
        ("Is it true, that the mill has closed?", "the old woman"),
        ("Is it true, that the mill has closed?", "the old woman"),
    ]
    stressed = '"We will rebuild the port" - and stressed the state\'s importance to trade.'
    assert all(r[2] != "the state's importance" for r in _rows(extractor, stressed))


def test_a_told_clause_the_parser_hung_on_the_hearer_is_what_was_told(extractor):
    """ "Haddad told the programme the government had lost control": with no "that" the
    parser may read the clause as a relative clause on the hearer. A clause with its own
    subject and object, no relative word, is the complement; a true relative clause leaves a
    gap ("the lie the children believed") and tells nothing. (The sentence was "told the
    story the children loved" until session 18: "told the story" is now a speech act of its
    own, speech_objects.txt, whose object is what was told.)"""
    rows = _rows(extractor, "Haddad told the programme the government had lost control.")
    assert [(r[0], r[2]) for r in rows] == [("the government had lost control", "Haddad")]
    assert _rows(extractor, "Lee told the lie the children believed.") == []


def test_according_to_after_a_report_relays_it(extractor):
    """ "X said the levy would hurt farmers, according to two officials": the parser hangs the
    phrase on "hurt", but the officials relay X's saying. One claim, X's, with them as
    intermediary and the phrase out of its content; a plain "The plan failed, according to
    Reuters" stays Reuters's claim."""
    text = "Lee said the levy would hurt farmers, according to two officials."
    claims = extractor.extract(text)
    assert list(zip(claims["quote"], claims["speaker"], claims["via"], strict=True)) == [
        ("the levy would hurt farmers", "Lee", "two officials")
    ]
    plain = extractor.extract("The plan failed, according to Reuters.")
    assert list(zip(plain["quote"], plain["speaker"], strict=True)) == [
        ("The plan failed", "Reuters")
    ]


def test_the_hearer_of_a_clause_is_no_part_of_quoted_content(extractor) -> None:
    """ "Lee pestered the board that the plan was 'a disaster'": a verb of no lexicon with
    quoted words in its clause (rule quoted_complement): the clause is the content, the
    object before it the hearer. Hard negative: an object with "as" stays ("went after
    Trump as a 'con artist'": what is said is about him)."""
    df = extractor.extract('Lee pestered the board that the plan was "a disaster".')
    assert list(df.quote) == ['that the plan was "a disaster"']
    df = extractor.extract('Reid went after Trump as a "con artist".')
    assert len(df) == 1 and df.quote.iloc[0].startswith('Trump as a "con artist')

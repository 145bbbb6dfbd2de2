"""Relative pronouns and their verb's number (issue 13, session 23: relatives3): a relative
pronoun takes its verb's number from its antecedent (Quirk et al. 1985, 6.33, 10.36), so a
clause with a plural verb that the parser hung on a singular name inside a phrase is the
phrase's plural head, and a clause with a singular verb hung on the plural after "one of" is
the "one". Sentences written for these tests, each rule with a hard negative (docs/speakers.md,
"Rules of session 23: relatives3")."""

from __future__ import annotations

from dataclasses import replace

from resolving import claim

from quotes.speakers import resolve_speakers


def test_plural_verb_after_a_participle_on_those_is_those(resolve):
    text = (
        "Tom Reed spoke in Ohio. The delay alarmed those supporting Ann Lee, who say the count "
        "was rigged."
    )
    (c,) = resolve(text, claim(text, "the count was rigged", "who"))
    assert c.speaker != "Ann Lee"
    assert "those" in str(c.speaker).lower()


def test_plural_verb_after_a_preposition_is_the_plural_noun(resolve):
    text = "Ann Lee spoke in Ohio. Fans of Ann Lee, who say the count was rigged, marched."
    (c,) = resolve(text, claim(text, "the count was rigged", "who"))
    assert c.speaker == "Fans"


def test_singular_verb_keeps_the_name_inside_the_phrase(resolve):
    """Hard negative: "who says" agrees with the name, which keeps the clause."""
    text = "Ann Lee spoke in Ohio. Fans of Ann Lee, who says the count was rigged, marched."
    (c,) = resolve(text, claim(text, "the count was rigged", "who"))
    assert c.speaker == "Ann Lee"


def test_have_after_a_modal_shows_no_number(resolve):
    """Hard negative: "may have to" is the base form; the name keeps the clause."""
    text = "The vote alarmed fans of Ann Lee, who may have to say whether the count was rigged."
    (c,) = resolve(text, claim(text, "whether the count was rigged", "who"))
    assert c.speaker == "Ann Lee"


def test_singular_verb_after_one_of_is_the_subject_of_be(resolve):
    text = (
        "Tom Reed spoke in Ohio. Ann Lee is one of the few farmers in the state who has "
        "refused to sell, saying the land must stay in the family."
    )
    (c,) = resolve(text, claim(text, "to sell", "who"))
    assert c.speaker == "Ann Lee"


def test_singular_verb_after_one_of_is_the_object_it_complements(resolve):
    text = (
        "Ann Lee spoke in Ohio. The vote makes her one of the few farmers in the state who has "
        "refused to sell."
    )
    (c,) = resolve(text, claim(text, "to sell", "who"))
    assert c.speaker == "Ann Lee"


def test_plural_verb_after_one_of_keeps_the_plural(resolve):
    """Hard negative: "who have refused" agrees with the farmers, not with Ann Lee."""
    text = (
        "Tom Reed spoke in Ohio. Ann Lee is one of the few farmers in the state who have "
        "refused to sell."
    )
    (c,) = resolve(text, claim(text, "to sell", "who"))
    assert c.speaker != "Ann Lee"


def _rehung(extractor, text: str, word: str, head: str, dep: str = "appos"):  # type: ignore[no-untyped-def]
    """The parse of ``text`` with ``word`` hung on ``head`` as ``dep``, as the parser does in
    some longer sentences of news copy (rebuilt here on our own words)."""
    parsed = extractor.backend.parse(text)
    words = [t.text for t in parsed.tokens]
    i, h = words.index(word), words.index(head)
    tokens = list(parsed.tokens)
    tokens[i] = tokens[i]._replace(dep=dep, head=h)
    return replace(parsed, tokens=tokens)


def test_an_apposition_hung_on_a_name_far_back_is_no_bearer(extractor):
    text = (
        "Lee is far ahead in the count thanks to early support from farmers, the local "
        "leaders who say the dam must go."
    )
    doc = _rehung(extractor, text, "leaders", "Lee")
    (c,) = resolve_speakers(doc, [claim(text, "the dam must go", "who")])
    assert c.speaker is not None and "Lee" not in c.speaker


def test_a_name_hung_on_a_date_is_no_apposition_of_it(extractor):
    text = "On Monday, Tom Reed \u2014 who has backed the dam \u2014 will say the dam must go."
    doc = _rehung(extractor, text, "Reed", "Monday")
    (c,) = resolve_speakers(doc, [claim(text, "has backed the dam", "who")])
    assert c.speaker == "Tom Reed"


def test_an_apposition_right_after_its_name_keeps_the_bearer(resolve):
    """Hard negative: "Ann Lee of Ohio, a local leader who ..." is Ann Lee."""
    text = "Ann Lee of Ohio, a local leader who says the dam must go, spoke first."
    (c,) = resolve(text, claim(text, "the dam must go", "who"))
    assert c.speaker == "Ann Lee"


def test_a_group_restated_after_comma_or_is_the_group(resolve):
    text = (
        "The plan won early support from delegates, or party leaders who can vote on any "
        "zoning change."
    )
    (c,) = resolve(text, claim(text, "any zoning change", "who"))
    assert c.speaker == "delegates"


def test_a_group_restated_in_an_apposition_hung_far_back_is_the_group(extractor):
    text = (
        "Lee is far ahead in the count thanks to early support from farmers, the local "
        "leaders who say the dam must go."
    )
    doc = _rehung(extractor, text, "leaders", "Lee")
    (c,) = resolve_speakers(doc, [claim(text, "the dam must go", "who")])
    assert c.speaker == "farmers"


def test_or_before_a_determiner_is_a_choice_not_a_restatement(resolve):
    """Hard negative: "delegates, or the party leaders who" may name other people."""
    text = (
        "The plan won early support from delegates, or the party leaders who can vote on any "
        "zoning change."
    )
    (c,) = resolve(text, claim(text, "any zoning change", "who"))
    assert c.speaker == "leaders"


def _pair_hung_inside(extractor, text: str):  # type: ignore[no-untyped-def]
    """ "such as ... Ann Cole and Texas Sen. Tom Reed, who": the parse with "Cole" a modifier
    of "Reed", "Reed" the object of "as" and "Sen." a conjunct of "Cole", as the parser read
    a sentence of news copy (rebuilt here on our own words)."""
    parsed = extractor.backend.parse(text)
    words = [t.text for t in parsed.tokens]
    cole, reed, sen, as_ = (words.index(w) for w in ("Cole", "Reed", "Sen.", "as"))
    tokens = list(parsed.tokens)
    tokens[cole] = tokens[cole]._replace(dep="nmod", head=reed)
    tokens[reed] = tokens[reed]._replace(dep="pobj", head=as_)
    tokens[sen] = tokens[sen]._replace(dep="conj", head=cole)
    return replace(parsed, tokens=tokens)


def test_a_plural_verb_on_a_pair_the_parser_hung_inside_a_name_is_both(extractor):
    text = (
        "Lee slid in the polls behind rivals such as businessman Ann Cole and Texas Sen. Tom "
        "Reed, who have billed themselves as outsiders."
    )
    doc = _pair_hung_inside(extractor, text)
    (c,) = resolve_speakers(doc, [claim(text, "outsiders", "who")])
    assert c.speaker == "Ann Cole and Tom Reed"


def test_a_singular_verb_on_that_parse_is_the_last_name(extractor):
    """Hard negative: "who has billed himself" agrees with Tom Reed alone."""
    text = (
        "Lee slid in the polls behind rivals such as businessman Ann Cole and Texas Sen. Tom "
        "Reed, who has billed himself as an outsider."
    )
    doc = _pair_hung_inside(extractor, text)
    (c,) = resolve_speakers(doc, [claim(text, "an outsider", "who")])
    assert c.speaker == "Tom Reed"


def test_who_on_an_org_name_with_its_own_preposition_is_the_role_holder(resolve):
    text = (
        "Lee has invited Tom Reed, the president of the Foundation for Rural Water Access, who "
        "often criticizes the dam plan."
    )
    (c,) = resolve(text, claim(text, "the dam plan", "who"))
    assert c.speaker == "Tom Reed"


def test_which_on_that_name_stays_the_organisation(resolve):
    """Hard negative: "which" agrees with the body, not with its president."""
    text = (
        "Lee has invited Tom Reed, the president of the Foundation for Rural Water Access, "
        "which often criticizes the dam plan."
    )
    (c,) = resolve(text, claim(text, "the dam plan", "which"))
    assert c.speaker == "Foundation for Rural Water Access"


def test_who_on_a_place_after_a_participle_is_the_people_watching(resolve):
    text = (
        "Lee told the council and thousands watching at home, who could easily guess the "
        "answer, that the dam would go."
    )
    (c,) = resolve(text, claim(text, "the answer", "who"))
    assert c.speaker == "thousands"


def test_who_on_a_place_after_a_participle_on_things_is_not_the_things(extractor):
    """Hard negative: "files kept at home, who": files are no people (the clause rebuilt as
    the parser hangs it in the sentence above, off the noun)."""
    text = (
        "Lee told the council and the files kept at home, who could easily guess the answer, "
        "that the dam would go."
    )
    doc = _rehung(extractor, text, "guess", "told", "ccomp")
    (c,) = resolve_speakers(doc, [claim(text, "the answer", "who")])
    assert c.speaker != "files"

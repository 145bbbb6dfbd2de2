"""People who share a surname (issue 13): a couple written with one family name, a father
and son, two unrelated namesakes. The registry decides which namesake a bare surname or an
honorific + surname is (docs/speakers.md, "namesakes"); each rule has a hard negative, on
sentences written for these tests."""

from __future__ import annotations

from resolving import claim, relabel

from quotes.document import Span
from quotes.speakers import resolve_speakers
from quotes.speakers.registry import build_registry


# --- a first name alone before "and" shares the surname after it -----------------------------
def test_a_couple_named_with_one_surname_then_mr(resolve):
    text = (
        "The parents, Tom and Ann Rostami, spoke at the rally on Monday. Their son, Daniel "
        "Rostami, died in 2004. Mr. Rostami said the law was cruel."
    )
    (c,) = resolve(text, claim(text, "the law was cruel", "Mr. Rostami"))
    assert c.speaker == "Tom Rostami"  # was Daniel Rostami, the son named later


def test_ms_after_the_couple_is_the_wife(resolve):
    """A first name of unknown gender ("Omid"): the "Mr." of a later mention makes him a man,
    so "Ms." is the wife."""
    text = (
        "The parents, Omid and Leila Rostami, spoke at the rally. Mr. Rostami held up a flag. "
        "Ms. Rostami said the law was cruel."
    )
    (c,) = resolve(text, claim(text, "the law was cruel", "Ms. Rostami"))
    assert c.speaker == "Leila Rostami"


def test_a_surname_before_and_keeps_its_own_name(resolve):
    """Hard negative: a word the text writes again is a surname, not a first name."""
    text = "Moreno and Ann Lee met on Monday. Moreno said the talks had failed."
    (c,) = resolve(text, claim(text, "the talks had failed", "Moreno", 1))
    assert c.speaker == "Moreno"


def test_a_foundation_named_for_a_couple_names_no_one(extractor):
    """Hard negative: "the Tom and Ann Rostami Foundation" is a body's name."""
    text = "Tom and Ann Rostami Foundation gave money to the school. Ann Rostami said it was fine."
    reg = build_registry(extractor.backend.parse(text))
    assert not any(e.name == "Tom Foundation" for e in reg.entities)


# --- an honorific before a surname the NER labelled ORG picks the namesake of its gender ------
def test_mr_before_a_surname_labelled_org_is_the_man(extractor):
    text = (
        "Ann Voss and her husband, Peter Voss, ran the charity. Ann Voss spoke first. "
        "Mr. Voss said the charity would close."
    )
    doc = extractor.backend.parse(text)
    relabel(doc, text, "Voss said", "ORG")  # the NER's other reading of a surname
    a = text.index("Voss said")
    i = doc.tokens_in(a, a + 4)[0]
    doc.entities = [e for e in doc.entities if e.start != i] + [Span(i, i + 1, a, a + 4, "ORG")]
    doc.entities.sort(key=lambda e: e.start)
    (c,) = resolve_speakers(doc, [claim(text, "the charity would close", "Mr. Voss")])
    assert c.speaker == "Peter Voss"  # was Ann Voss, the Voss named first


# --- a bare surname goes on with the namesake last named in full as a subject ----------------
def test_the_mother_named_in_full_then_quoted(resolve):
    text = (
        "Paul Dunn died in the attack in 2012. Last week the mayor said the families were "
        "wrong.\n\nHowever, Maria Dunn, the mother of Paul Dunn, rejected the claim.\n\n"
        "\u201cShe lied to me,\u201d Dunn said."
    )
    (c,) = resolve(text, claim(text, "She lied to me", "Dunn", 3))
    assert c.speaker == "Maria Dunn"  # was Paul Dunn, named first


def test_a_run_of_quoted_paragraphs_keeps_the_one_introduced(resolve):
    text = (
        "Paul Dunn died in the attack in 2012. Last week the mayor said the families were "
        "wrong.\n\nHowever, Maria Dunn, the mother of Paul Dunn, rejected the claim.\n\n"
        "\u201cShe lied to me. I know what I heard.\u201d\n\n"
        "\u201cShe will answer for it,\u201d Dunn said."
    )
    (c,) = resolve(text, claim(text, "She will answer for it", "Dunn", 3))
    assert c.speaker == "Maria Dunn"


def test_two_unrelated_namesakes_in_one_paragraph(resolve):
    text = (
        "Senator John Smith backed the bill in May.\n\nMary Smith, a teacher in Akron, "
        "closed her school in June. Smith said the bill came too late."
    )
    (c,) = resolve(text, claim(text, "the bill came too late", "Smith", 2))
    assert c.speaker == "Mary Smith"


def test_a_narrative_paragraph_keeps_the_first_named(resolve):
    """Hard negative: the paragraph before named the husband in full, but this one opens on
    no quotation, so the surname alone stays with the woman the story is about."""
    text = (
        "Ann Hale ran for mayor in 2014 and lost.\n\nThis year her husband, Tom Hale, "
        "raised money for her.\n\nInstead, Hale said the race was close."
    )
    (c,) = resolve(text, claim(text, "the race was close", "Hale", 2))
    assert c.speaker == "Ann Hale"


def test_a_namesake_named_only_as_an_object_is_no_speaker(resolve):
    """Hard negative: a namesake named in full as an object in the paragraph leaves the
    surname with the one named first."""
    text = (
        "Ann Hale ran for mayor in 2014.\n\nThe council thanked Tom Hale for his gift. "
        "Hale said the race was close."
    )
    (c,) = resolve(text, claim(text, "the race was close", "Hale", 2))
    assert c.speaker == "Ann Hale"

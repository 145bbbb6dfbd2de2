"""Headline words the NER reads as names (issue 13), with headlines and bodies written for
these tests. A title-case headline capitalises every major word, so the NER runs a name into
the headline's verb ("Clinton Hid Past Health"): the registry admits such a span as a name only
on evidence the body gives (quotes.speakers.registry.names.title_case_name). The NER's spans are
set by hand (``relabel``), as the small model reads them in some texts."""

from __future__ import annotations

from quotes.document import Span
from quotes.speakers.registry import build_registry
from quotes.speakers.registry.names import sentence_case_starts, title_case_lines


def registry(extractor, text, *labels):  # type: ignore[no-untyped-def]
    """The registry of ``text`` with the NER spans ``(words, label[, nth])`` set by hand."""
    doc = extractor.backend.parse(text)
    for words, kind, *nth in labels:
        a = -1
        for _ in range((nth[0] if nth else 0) + 1):
            a = text.index(words, a + 1)
        toks = doc.tokens_in(a, a + len(words))
        span = Span(toks[0], toks[-1] + 1, a, a + len(words), kind)
        doc.entities = [e for e in doc.entities if e.end <= span.start or e.start >= span.end]
        doc.entities = sorted([*doc.entities, span], key=lambda e: e.start)
    return doc, build_registry(doc)


def entity_at(doc, reg, text, words, nth=0):  # type: ignore[no-untyped-def]
    """The registry entity of the ``nth`` occurrence of ``words``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return reg.at_token.get(doc.token_at(start))


def names(reg):  # type: ignore[no-untyped-def]
    return {name for e in reg.entities for name in e.names}


def test_a_headline_span_is_cut_to_the_name_the_body_gives(extractor):
    """ "Clinton Hid Past Health" is Clinton, the body's Hillary Clinton: not a person of
    four words whom "the candidate" could then mean."""
    text = (
        "Clinton Hid Past Health Scare From Voters, Aides Say\n\n"
        "Hillary Clinton kept a minor illness from voters last year, two former aides said "
        "on Monday. The candidate has denied the account."
    )
    doc, reg = registry(extractor, text, ("Clinton Hid Past Health", "PERSON"))
    assert "Clinton Hid Past Health" not in names(reg)
    assert entity_at(doc, reg, text, "Clinton") is entity_at(doc, reg, text, "Hillary Clinton")


def test_a_headline_span_of_common_words_is_no_name(extractor):
    """ "Turnout Numbers": words the body writes in lower case, named nowhere."""
    text = (
        "Party Leaders Fear Low Turnout Numbers In Spring Vote\n\n"
        "Officials said the turnout numbers in the spring vote were the lowest in years. "
        "Ana Ferreira, the party chair, said the numbers were a warning."
    )
    doc, reg = registry(extractor, text, ("Turnout Numbers", "PERSON"))
    assert "Turnout Numbers" not in names(reg)
    assert entity_at(doc, reg, text, "Turnout Numbers") is None


def test_a_full_name_in_the_headline_keeps_its_first_name(extractor):
    """Hard negative: a person named in full only in the headline and by surname in the body
    stays one person with her first name ("Mara Quill Wins" -> "Mara Quill")."""
    text = (
        "Mara Quill Wins Seat On Harbor Council\n\n"
        "The former teacher won the seat by forty votes. Quill said she would start work "
        "on the budget at once."
    )
    doc, reg = registry(extractor, text, ("Mara Quill Wins", "PERSON"), ("Quill", "PERSON", 1))
    person = entity_at(doc, reg, text, "Mara")
    assert person is not None and person.name == "Mara Quill"
    assert entity_at(doc, reg, text, "Quill", nth=1) is person


def test_a_name_only_in_the_headline_stays(extractor):
    """Hard negative: a name the body never gives, its words no common words of the body."""
    text = (
        "Oren Vasquez: The Harbor Deserves Better\n\n"
        "The council has ignored the harbor for a decade, and the bill now falls due."
    )
    doc, reg = registry(extractor, text, ("Oren Vasquez", "PERSON"))
    assert "Oren Vasquez" in names(reg)


def test_a_surname_opening_the_headline_joins_the_full_name(extractor):
    """Hard negative: "Trump: ..." is the body's Donald Trump, cut or not."""
    text = (
        "Trump: We Will Win Back The Rust Belt\n\n"
        "Donald Trump told a rally in Ohio on Tuesday that he would carry the state."
    )
    doc, reg = registry(extractor, text, ("Trump", "PERSON"))
    assert entity_at(doc, reg, text, "Trump") is entity_at(doc, reg, text, "Donald Trump")
    doc, reg = registry(extractor, text, ("Trump: We Will Win", "PERSON"))
    assert entity_at(doc, reg, text, "Trump") is entity_at(doc, reg, text, "Donald Trump")
    assert "Trump: We Will Win" not in names(reg)


def test_an_outlet_opening_a_headline_span_is_kept(extractor):
    """Hard negative: an outlet named in a headline, listed (media_outlets.txt), is cut to
    its name, not dropped; one the body never names, unlisted, stays whole."""
    text = (
        "Washington Post Says Mayor Hid Budget Gap\n\n"
        "The mayor's office hid a budget gap of two million dollars, the newspaper reported."
    )
    doc, reg = registry(extractor, text, ("Washington Post Says Mayor", "ORG"))
    assert "Washington Post" in names(reg)
    assert "Washington Post Says Mayor" not in names(reg)
    text = "Valley Courier: Mayor Rejects Budget Deal\n\nThe mayor rejected the deal on Friday."
    doc, reg = registry(extractor, text, ("Valley Courier", "ORG"))
    assert "Valley Courier" in names(reg)


def test_captions_and_sentence_case_lines_are_no_title_case_headlines(extractor):
    """A headline is the first paragraph in title case, or a title-case line with a verb;
    a caption or a list of names has none, and a sentence-case line is running text."""
    text = (
        "Clinton Hid Past Health Scare From Voters\n\n"
        "Ann Cole, 40.\n\n"
        "Tom Reed Wins The Harbor Seat\n\n"
        "Ann Cole said the vote was close."
    )
    doc = extractor.backend.parse(text)
    lines = title_case_lines(doc)
    assert 0 in lines and 1 not in lines and 3 not in lines


def test_a_first_name_among_common_words_is_the_body_person(extractor):
    """Headlines name the famous by first name: "Judge Just Gave Hillary Some Bad News" with
    the body's Hillary Clinton is her (the span's other words are common ones)."""
    text = (
        "Judge Just Gave Hillary Some Bad News\n\n"
        "A federal judge ruled against Hillary Clinton on Monday in the email case."
    )
    doc, reg = registry(extractor, text, ("Just Gave Hillary Some", "PERSON"))
    assert "Just Gave Hillary Some" not in names(reg)
    assert entity_at(doc, reg, text, "Hillary") is entity_at(doc, reg, text, "Hillary Clinton")


def test_a_first_name_beside_a_surname_is_no_body_person(extractor):
    """Hard negative: "John Nolte" in the headline is not the body's John Kerry."""
    text = (
        "John Nolte Wins The Harbor Prize\n\n"
        "Secretary John Kerry handed out the prize at a dinner on Monday."
    )
    doc, reg = registry(extractor, text, ("John Nolte", "PERSON"))
    assert entity_at(doc, reg, text, "John") is not entity_at(doc, reg, text, "John Kerry")
    assert "John Nolte" in names(reg)


# Sentence-case headlines (session 24, headlines3): only a sentence's first word and names are
# capitalised, so the first word's capital is no evidence of a name
# (quotes.speakers.registry.names.sentence_case_name).


def test_sentence_case_starts_are_the_first_words_of_the_headline(extractor):
    """The headline's first word, the deck line's, the word after a colon and after an
    opening article; no word inside a sentence, none in the body."""
    text = (
        "Poll: Voters sour on Harbor Council plan; \n"
        "The Upshot.\n\n"
        "Voters in Marlow turned against the plan, a poll found."
    )
    doc = extractor.backend.parse(text)
    starts = {doc[i].text for i in sentence_case_starts(doc, title_case_lines(doc))}
    assert starts == {"Poll", "Voters", "The", "Upshot"}


def test_a_sentence_case_headline_first_word_is_no_name(extractor):
    """ "Plumber who flooded the archive ..." read as one ORG "Plumber": a word the body
    writes in lower case, named nowhere, is no organisation (before, an entity "Plumber")."""
    text = (
        "Plumber who flooded the city archive is fined.\n\n"
        "A plumber who left a tap running over a weekend must pay the city, a judge ruled. "
        "The plumber said he was sorry."
    )
    doc, reg = registry(extractor, text, ("Plumber", "ORG"))
    assert "Plumber" not in names(reg)
    assert entity_at(doc, reg, text, "Plumber") is None


def test_a_word_after_a_headline_colon_is_no_name(extractor):
    """ "Survey: Tenants ..." read as one ORG "Survey: Tenants": the word after the colon
    opens a sentence too; neither word is a name."""
    text = (
        "Survey: Tenants expect rents to rise again.\n\n"
        "Most tenants expect their rents to rise next year, a survey of renters found."
    )
    doc, reg = registry(extractor, text, ("Survey: Tenants", "ORG"))
    assert "Survey: Tenants" not in names(reg)


def test_a_sentence_case_headline_span_is_cut_to_the_body_name(extractor):
    """ "Longtime Okafor ally quits ..." read as one PERSON "Longtime Okafor": cut to the
    name the body gives, the body's Grace Okafor."""
    text = (
        "Longtime Okafor ally quits harbor board.\n\n"
        "A close ally of Mayor Grace Okafor resigned from the harbor board on Monday. "
        "Okafor thanked him for his work."
    )
    doc, reg = registry(extractor, text, ("Longtime Okafor", "PERSON"), ("Grace Okafor", "PERSON"))
    assert "Longtime Okafor" not in names(reg)
    person = entity_at(doc, reg, text, "Okafor")
    assert person is not None and person is entity_at(doc, reg, text, "Grace Okafor")


def test_a_name_opening_a_sentence_case_headline_stays(extractor):
    """Hard negatives: a headline-only initialism ("KLDB editorial: ..."), a person named by
    first name and surname ("Oren Vasquez: ..."), and words capitalised mid-headline that the
    body never writes in lower case ("Coastal Greens back ..."): names, never in the body."""
    text = (
        "KLDB editorial: 'Close the harbor.'\n\n"
        "The station's editors asked the council to close the harbor for the winter."
    )
    doc, reg = registry(extractor, text, ("KLDB", "ORG"))
    assert "KLDB" in names(reg)
    text = (
        "Oren Vasquez: the harbor deserves better.\n\n"
        "The council has ignored the harbor for a decade, and the bill now falls due."
    )
    doc, reg = registry(extractor, text, ("Oren Vasquez", "PERSON"))
    assert "Oren Vasquez" in names(reg)
    text = (
        "Coastal Greens back the harbor plan.\n\n"
        "The small party said on Monday that it would vote for the plan."
    )
    doc, reg = registry(extractor, text, ("Coastal Greens", "ORG"))
    assert "Coastal Greens" in names(reg)


def test_a_name_capitalised_mid_sentence_is_not_cut_to_the_body_name(extractor):
    """Hard negative: "Harlow Systems unveils ..." with the body's "Harlow" alone: the word
    the body does not name is capitalised mid-sentence, so the span is a name whole (a short
    lead passes for a headline, and its subject opens it)."""
    text = (
        "Harlow Systems unveils a folding laptop.\n\n"
        "The laptop will go on sale in March. Harlow expects strong demand from businesses."
    )
    doc, reg = registry(extractor, text, ("Harlow Systems", "ORG"), ("Harlow", "ORG", 1))
    assert "Harlow Systems" in names(reg)


def test_a_particle_capitalised_by_the_headline_is_the_body_name(extractor):
    """ "De Vries: ..." opening a sentence-case headline is the body's "Anna de Vries": the
    headline capitalises the particle as a sentence's first word (before the rule the
    misread span hid it; with it, a second person "De Vries" took her later mentions)."""
    text = (
        "De Vries: the harbor will stay open.\n\n"
        "Mayor Anna de Vries said on Monday that the harbor would stay open all winter. "
        "De Vries said the council agreed."
    )
    doc, reg = registry(
        extractor,
        text,
        ("De Vries", "PERSON"),
        ("Anna de Vries", "PERSON"),
        ("De Vries", "PERSON", 1),
    )
    person = entity_at(doc, reg, text, "Anna de Vries")
    assert person is not None and person.name == "Anna de Vries"
    assert entity_at(doc, reg, text, "De Vries") is person
    assert entity_at(doc, reg, text, "De Vries", nth=1) is person


def test_a_longer_body_name_beats_the_outlet_opening_a_sentence_case_headline(extractor):
    """Hard negative: "POLITICO Harbor City's weekly report: ..." with the body's "POLITICO
    Harbor City" is that edition, not the listed outlet "POLITICO" alone."""
    text = (
        "POLITICO Harbor City's weekly report: the ferry vote.\n\n"
        "Welcome to POLITICO Harbor City's weekly report on the council and its budget."
    )
    doc, reg = registry(
        extractor,
        text,
        ("POLITICO Harbor City's", "ORG"),
        ("POLITICO Harbor City", "ORG", 1),
    )
    org = entity_at(doc, reg, text, "POLITICO")
    assert org is not None and org.name == "POLITICO Harbor City"


def test_a_first_name_opening_a_short_lead_keeps_the_name_whole(extractor):
    """Hard negative: a short first paragraph passes for a headline; "Ines Duarte runs ..."
    read as one ORG with the body's "Duarte" alone stays "Ines Duarte" (the first name is
    evidence by itself), where "Will Duarte ..." is cut: the body writes "will" in lower case."""
    text = (
        "Ines Duarte runs the ferry to the island.\n\n"
        "Duarte said the boat will need a new engine before the summer."
    )
    doc, reg = registry(extractor, text, ("Ines Duarte", "ORG"), ("Duarte", "ORG", 1))
    assert "Ines Duarte" in names(reg)
    text = (
        "Will Duarte keep the ferry running?\n\n"
        "Mayor Ines Duarte said the boat will need a new engine before the summer."
    )
    doc, reg = registry(extractor, text, ("Will Duarte", "PERSON"), ("Ines Duarte", "PERSON"))
    assert "Will Duarte" not in names(reg)
    assert entity_at(doc, reg, text, "Duarte") is entity_at(doc, reg, text, "Ines Duarte")


def test_a_surname_opening_a_short_lead_the_body_does_not_repeat_stays(extractor):
    """Hard negative: "Okonjo said: ..." as a short first paragraph, the next naming nobody:
    a proper noun the body never writes in lower case is a name, though it opens the text."""
    text = "Okonjo said: “We will not sell the port.\n“Nobody should doubt our resolve,” he added."
    doc, reg = registry(extractor, text, ("Okonjo", "PERSON"))
    assert "Okonjo" in names(reg)

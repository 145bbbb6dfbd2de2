"""Rules found on texts of other styles (session 24, styles11): an investigation built on
documents, a family business, an EU summit, a sports press conference in "Q:" lines, a local
election debate, a health study with its lead author and an outside expert.

Each test fails on the code before its rule; each has a hard negative. Sentences written for
these tests; each runs the whole extractor on a real parse.
"""

from __future__ import annotations

from claim_rows import row_holding, rows_holding

import quotes

# --- a finding verb the tagger read as a noun ("Emails obtained by X show that ...") ---------


def test_a_finding_verb_tagged_a_noun_after_its_subject_is_a_cue(
    extractor: quotes.Extractor,
) -> None:
    text = "Letters obtained by the Courier show that the harbour board knew of the leak in May."
    row = row_holding(extractor.extract(text), "the harbour board knew")
    assert row.cue == "show"
    assert row.speaker == "Letters"
    assert row.act == "finding"


def test_a_noun_show_with_no_clause_of_its_own_is_no_cue(extractor: quotes.Extractor) -> None:
    # hard negative: "show" a noun (the object, no subject or clause of its own)
    text = "The harbour board put on a show for the visitors that the children enjoyed."
    assert not rows_holding(extractor.extract(text), "children enjoyed")


# --- "add to" a thing: the that-clause is the noun's, not what was added ---------------------


def test_adding_to_evidence_is_no_saying(extractor: quotes.Extractor) -> None:
    text = (
        "The Lung Trust said in a statement that the trial added to evidence that cold "
        "water swimming eases joint pain."
    )
    df = extractor.extract(text)
    assert row_holding(df, "cold water swimming").cue == "said"
    assert all(cue != "added" for cue in df.cue)


def test_adding_to_reporters_is_still_a_saying(extractor: quotes.Extractor) -> None:
    # hard negative: a hearer after "to" keeps "added" a verb of saying
    text = "Mayor Ruth Obi added to reporters that the ferry would run again on Monday."
    row = row_holding(extractor.extract(text), "ferry would run again")
    assert row.cue == "added"
    assert "Ruth Obi" in str(row.speaker)


# --- a transcript's label in mixed case, a surname tagged a plural ---------------------------

PRESSER = (
    "Port Vale manager Alan Hughes praised his defence after the draw on Saturday.\n\n"
    "Q: Are you happy with the point?\n\n"
    "Hughes: Very happy. The lads ran until the final whistle.\n\n"
    "Q: Will the captain be fit?\n\n"
    "Hughes: I hope so. We will know more on Monday."
)


def test_a_surname_label_is_the_person_named_before(extractor: quotes.Extractor) -> None:
    df = extractor.extract(PRESSER)
    assert row_holding(df, "ran until the final whistle").speaker == "Alan Hughes"
    assert row_holding(df, "know more on Monday").speaker == "Alan Hughes"


def test_a_label_no_one_was_named_by_stays_its_words(extractor: quotes.Extractor) -> None:
    # hard negative: a label that is no one the text names is not taken for the manager
    text = PRESSER.replace("Hughes:", "Jenkins:")
    df = extractor.extract(text)
    assert row_holding(df, "ran until the final whistle").speaker != "Alan Hughes"


# --- a nation on a title: another nation's holder is not the one described ----------------

SUMMIT = (
    "Spain's prime minister, Ana Ruiz, said Madrid would not pay more. A Council spokesman, "
    "Piet Claes, said the talks would go on. The Greek prime minister said he was hopeful "
    "that a deal could be found."
)


def test_a_title_of_another_nation_is_not_its_holder_here(extractor: quotes.Extractor) -> None:
    row = row_holding(extractor.extract(SUMMIT), "deal could be found")
    assert row.speaker not in ("Ana Ruiz", "Piet Claes")
    assert "Greek prime minister" in str(row.speaker)


def test_the_same_nation_on_the_title_is_its_holder(extractor: quotes.Extractor) -> None:
    # hard negative: "the Spanish prime minister" is Spain's, named before
    text = SUMMIT.replace("The Greek prime minister said he", "The Spanish prime minister said she")
    assert row_holding(extractor.extract(text), "deal could be found").speaker == "Ana Ruiz"

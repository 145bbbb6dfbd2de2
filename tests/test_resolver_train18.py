"""Rules written after reading an eighteenth batch of train sources
(benchmarks/data/referents_train18.tsv) and the description rows of all sets. Sentences
written for these tests, each rule with a hard negative (docs/speakers.md, "Rules of session
23: referents18")."""

from __future__ import annotations

from resolving import claim


# --- a diplomat is whoever holds a diplomatic office ------------------------------------------
def test_the_diplomat_after_an_ambassador_is_the_ambassador(resolve):
    text = (
        "Ambassador Kwame Osei met the press in Geneva. Later, the veteran diplomat said "
        "the talks had failed."
    )
    (c,) = resolve(text, claim(text, "the talks had failed", "the veteran diplomat"))
    assert c.speaker == "Kwame Osei"


def test_the_diplomat_after_a_secretary_general_is_the_secretary_general(resolve):
    text = (
        "Secretary General Kwame Osei met the press in Geneva. Later, the veteran diplomat "
        "said the talks had failed."
    )
    (c,) = resolve(text, claim(text, "the talks had failed", "the veteran diplomat"))
    assert c.speaker == "Kwame Osei"


def test_the_diplomat_after_a_lawyer_keeps_its_words(resolve):
    """Hard negative: a lawyer holds no diplomatic office; "the diplomat" is someone else."""
    text = (
        "Lawyer Kwame Osei met the press in Geneva. Later, the veteran diplomat said the "
        "talks had failed."
    )
    (c,) = resolve(text, claim(text, "the talks had failed", "the veteran diplomat"))
    assert c.speaker == "veteran diplomat"


# --- "the mega donor" restates the donor named before -----------------------------------------
def test_the_mega_donor_is_the_donor_named_before(resolve):
    text = (
        "Top Republican donor Harlan Voss said on Friday that he met Ann Pike this week. "
        "While the mega donor did not reveal his plans, he said Pike was charming."
    )
    (c,) = resolve(text, claim(text, "Pike was charming", "the mega donor"))
    assert c.speaker == "Harlan Voss"


def test_the_donor_is_the_donor_not_the_last_person_named(resolve):
    text = (
        "Party donor Harlan Voss met Ann Pike and Carl Brandt on Friday. The mega donor "
        "said the race was open."
    )
    (c,) = resolve(text, claim(text, "the race was open", "The mega donor"))
    assert c.speaker == "Harlan Voss"


def test_a_donor_keeps_its_words(resolve):
    """Hard negative: an indefinite "a donor" brings in someone new."""
    text = (
        "Ann Pike spoke at the gala on Friday. A donor at the dinner said the hospital "
        "needed a new wing."
    )
    (c,) = resolve(text, claim(text, "the hospital needed a new wing", "A donor"))
    assert c.speaker == "donor"


# --- a person description said of a name by "be" is that name ----------------------------------
GIVERS = (
    "Some of the largest givers have been women, including Dana Holt, the chief executive of "
    "a roofing company, and Karen Lisle, the head of an Ohio company. "
)


def test_the_complement_of_be_is_its_subject(resolve):
    text = GIVERS + (
        "Ms. Holt was the biggest investor in the super PAC that backed the presidential bid "
        "of Gov. Ann Pike of Ohio."
    )
    (c,) = resolve(text, claim(text, "the presidential bid", "the biggest investor"))
    assert c.speaker == "Dana Holt"


def test_the_subject_of_be_before_a_name_is_that_name(resolve):
    text = "Karen Lisle spoke first. The biggest donor was Dana Holt, who said the fund was sound."
    (c,) = resolve(text, claim(text, "the fund was sound", "The biggest donor"))
    assert c.speaker == "Dana Holt"


def test_a_denied_complement_is_not_its_subject(resolve):
    """Hard negative: "was not the biggest donor" says the donor is someone else."""
    text = GIVERS + (
        "Ms. Holt was not the biggest donor to the super PAC that backed the presidential bid "
        "of Gov. Ann Pike of Ohio."
    )
    (c,) = resolve(text, claim(text, "the presidential bid", "the biggest donor"))
    assert c.speaker != "Dana Holt"


# --- a defendant's counsel is the defense attorney named after ---------------------------------
TRIAL = "Gabor Tisza was arrested in May. In court papers, Tisza's defense counsel asked for a "


def test_the_defense_counsel_is_the_defense_attorney_named_after(resolve):
    text = TRIAL + (
        "short sentence, calling the charges weak. Despite his record, defense attorney Mira "
        "Stone wrote, Tisza is a devoted father."
    )
    (c,) = resolve(text, claim(text, "a short sentence", "Tisza's defense counsel"))
    assert c.speaker == "Mira Stone"


def test_the_defense_counsel_is_no_prosecutor(resolve):
    """Hard negative: a prosecutor is the other side's lawyer, not the defendant's counsel."""
    text = TRIAL + "short sentence. Prosecutor Mira Stone wrote that Tisza was a danger."
    (c,) = resolve(text, claim(text, "a short sentence", "Tisza's defense counsel"))
    assert c.speaker == "Tisza's defense counsel"

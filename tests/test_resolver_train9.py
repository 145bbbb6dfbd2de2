"""Speaker resolution of the classes read on referents_train9.tsv (issue 13): a PERSON of the
NER that is common words ("Among Latinos", "Gender Equality") is no antecedent of "he" or
"she"; a title of office the text gave no one ("The Indiana governor") is not the salient
man given other offices or a trade: the description stays the speaker; "they" after two
people joined by "and" as the subject before is that pair; "who" after a quantity ("a lot of
farmers who") is its people.

Sentences written for these tests, each with a hard negative. Each test resolves claims over
a real parse, so it fails when its rule is missing.
"""

from __future__ import annotations

from resolving import claim

from quotes.records import PERSON


# --- common words the NER typed PERSON are no antecedent of "he" / "she" ---
def test_she_is_not_a_prepositional_phrase_typed_person(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Cole's numbers have slipped since the fall. Among Latinos, her rating is just two "
        "points. Asked about it on Monday, she said that the poll was wrong."
    )
    (c,) = resolve(text, claim(text, "the poll was wrong", "she"))
    assert c.speaker == "Ann Cole"


def test_she_is_not_a_capitalised_theme(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council met on Monday to discuss gender and equality. The theme of the day was "
        "Gender Equality. She said that the plan would pass."
    )
    (c,) = resolve(text, claim(text, "the plan would pass", "She"))
    assert c.speaker is None  # no woman named: unresolved rather than "Gender Equality"


def test_a_person_whose_name_is_ordinary_words_is_kept(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "bill" and "price" are ordinary words here, but "Bill" is a first name
    text = (
        "The council thanked Bill Price for his work on the bill and its price. He said that "
        "the plan would pass."
    )
    (c,) = resolve(text, claim(text, "the plan would pass", "He"))
    assert c.speaker == "Bill Price"


def test_a_titled_name_of_ordinary_words_is_kept(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "early" is an ordinary word here, but "Mr." makes "Early" a person
    text = (
        "The board met early on Monday, and thanked Mr. Early for the plan. He said that the "
        "vote would pass."
    )
    (c,) = resolve(text, claim(text, "the vote would pass", "He"))
    assert c.speaker == "Early"


# --- a title no one in the text was given: no guess ---
def test_a_title_no_one_holds_is_not_the_titled_candidate(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Businessman Mark Lund, the Republican candidate, held a rally in Ohio on Monday. "
        "Lund promised to cut taxes and build roads. The Indiana governor said that the state "
        "would join the lawsuit."
    )
    (c,) = resolve(text, claim(text, "the state would join the lawsuit", "The Indiana governor"))
    assert c.speaker == "Indiana governor"
    assert c.speaker_type == PERSON
    assert c.rule.endswith("+description")


def test_an_agency_head_is_not_the_titled_candidate(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Mark Lund held a rally in Ohio on Monday. Lund promised to cut taxes. The "
        "FBI director said that the inquiry was over."
    )
    (c,) = resolve(text, claim(text, "the inquiry was over", "The FBI director"))
    assert c.speaker == "FBI director"


def test_an_untitled_man_may_be_the_title(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the text gave Lund no title, so "the Ohio governor" may be his epithet
    text = (
        "Mark Lund held a rally in Ohio on Monday. Lund promised to cut taxes and build "
        "roads. The Ohio governor said that the state would join the lawsuit."
    )
    (c,) = resolve(text, claim(text, "the state would join the lawsuit", "The Ohio governor"))
    assert c.speaker == "Mark Lund"


def test_a_candidacy_rules_no_one_out(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a candidate may hold any office: "the Ohio senator" may be his epithet
    text = (
        "Republican presidential candidate Mark Lund held a rally in Ohio on Monday. Lund "
        "promised to cut taxes and build roads. The Ohio senator said that the state would "
        "join the lawsuit."
    )
    (c,) = resolve(text, claim(text, "the state would join the lawsuit", "The Ohio senator"))
    assert c.speaker == "Mark Lund"


def test_the_titled_holder_is_still_found(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: someone in the text holds the title
    text = (
        "Gov. Tom Reed met Republican presidential candidate Mark Lund in Ohio on Monday. Lund "
        "promised to cut taxes and build roads. The governor said that the state would join "
        "the lawsuit."
    )
    (c,) = resolve(text, claim(text, "the state would join the lawsuit", "The governor"))
    assert c.speaker == "Tom Reed"


# --- "they" after two people joined by "and" as the subject before ---
def test_they_is_the_pair_that_was_the_subject(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Cole and Mark Lund, economists at Harbor University, published a book on trade "
        "with Acme Press. They argue that tariffs hurt workers."
    )
    (c,) = resolve(text, claim(text, "tariffs hurt workers", "They"))
    assert c.speaker == "Ann Cole and Mark Lund"
    assert c.rule.endswith("+pronoun")


def test_they_in_the_pairs_own_sentence(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Cole and Mark Lund, who have clashed for months, had moments on Monday where they "
        "said that the plan was weak."
    )
    (c,) = resolve(text, claim(text, "the plan was weak", "they"))
    assert c.speaker == "Ann Cole and Mark Lund"


def test_they_after_a_pair_that_was_no_subject(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the pair is the object; the subject, a group, continues
    text = (
        "The union members met Ann Cole and Mark Lund on Monday. They said that the plan was weak."
    )
    (c,) = resolve(text, claim(text, "the plan was weak", "They"))
    assert c.speaker == "union members"


def test_they_after_three_people_is_left_to_salience(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a pair only; three people joined are not taken as two
    text = (
        "Ann Cole, Mark Lund and Tom Reed published a book with Acme Press. They argue that "
        "tariffs hurt workers."
    )
    (c,) = resolve(text, claim(text, "tariffs hurt workers", "They"))
    assert c.speaker not in ("Ann Cole and Mark Lund", "Mark Lund and Tom Reed")


# --- "who" after a quantity of people: "a lot of farmers who" ---
def test_who_after_a_quantity_is_its_people(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "The plan has critics. There are a lot of farmers who say that the tax is unfair."
    (c,) = resolve(text, claim(text, "the tax is unfair", "who"))
    assert c.speaker == "farmers"
    assert c.rule.endswith("+relative")


def test_who_after_a_person_of_a_group_is_that_person(resolve) -> None:  # type: ignore[no-untyped-def]
    # hard negative: the head is already a person; the people after "of" are not taken
    text = (
        "The plan has critics. A leader of the farmers, who spoke on Monday, said that the tax "
        "is unfair."
    )
    (c,) = resolve(text, claim(text, "the tax is unfair", "who"))
    assert c.speaker == "leader"

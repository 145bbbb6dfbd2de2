"""One first-person word list (quotes.speakers.lexicon.FIRST_SINGULAR / FIRST_PLURAL) for the
pronoun rules and the registry's re-typing of an organisation that speaks as "I"
(registry/retype): the sentences here are our own."""

from __future__ import annotations

import spacy

from quotes.speakers import lexicon
from quotes.speakers.registry import retype
from quotes.speakers.rules import pronouns


def _lower_words(text: str) -> list[str]:
    return [t.lower_ for t in spacy.blank("en")(text)]


def test_one_list_serves_the_pronoun_rules_and_retype() -> None:
    assert pronouns.FIRST_SINGULAR is lexicon.FIRST_SINGULAR is retype.FIRST_SINGULAR
    assert pronouns.FIRST_PLURAL is lexicon.FIRST_PLURAL is retype.FIRST_PLURAL


def test_a_speaker_talking_as_i_is_mostly_singular() -> None:
    assert retype._mostly_singular(_lower_words("My view is simple: I'm staying, and we'll win."))
    # a contraction is split by the tokenizer: "I'm" counts as its "I"
    assert retype._mostly_singular(_lower_words("I'm sure of it."))


def test_a_spokesperson_talking_as_we_is_not() -> None:
    # hard negatives: the plural outnumbers the singular, or ties it
    assert not retype._mostly_singular(_lower_words("We think our plan works, and I agree."))
    assert not retype._mostly_singular(_lower_words("I know we will."))
    assert not retype._mostly_singular(_lower_words("The plan works."))

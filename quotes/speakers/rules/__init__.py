"""The resolver's rules, one family per shape of mention.

Each family holds the :class:`~quotes.speakers.resolve.Resolver` that runs the pass; a rule
reads the document, the registry and the lexicon, asks the resolver for salience and for what an
earlier mention resolved to, and calls another family's rule through the resolver
(``self.r.pronouns.pronoun_by_salience``), so where each rule lives is explicit. The resolver
keeps each family under its module's name:

``names``         NameRules: names
``descriptions``  DescriptionRules: descriptions
``roles``         RoleRules: roles and offices
``groups``        GroupRules: groups
``documents``     DocumentRules: documents and statements
``pronouns``      PronounRules: pronouns
``relatives``     RelativeRules: relative pronouns (who / which / that)
``turns``         TurnRules: interview turns
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotes.speakers.resolve import Resolver


class RuleFamily:
    """The rules of one mention shape, over the document of one :class:`Resolver`."""

    def __init__(self, resolver: Resolver) -> None:
        self.r = resolver
        self.doc = resolver.doc
        self.reg = resolver.reg
        self.lex = resolver.lex

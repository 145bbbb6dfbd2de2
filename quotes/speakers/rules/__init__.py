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

from quotes import labels as L

if TYPE_CHECKING:
    from quotes.speakers.registry.model import Entity
    from quotes.speakers.resolve import Resolver


class RuleFamily:
    """The rules of one mention shape, over the document of one :class:`Resolver`."""

    def __init__(self, resolver: Resolver) -> None:
        self.r = resolver
        self.doc = resolver.doc
        self.reg = resolver.reg
        self.lex = resolver.lex

    def reported_entity(self, subject: int, kind: str) -> tuple[int, Entity] | None:
        """The first entity of type ``kind`` that is the subject of a clause the verb of
        ``subject`` reports (its ``ccomp``): "Paul Lund" of "The ministry announced Paul Lund
        was stepping down". Centering (Grosz, Joshi & Weinstein 1995) ranks the previous
        utterance's entities subject first; when that subject cannot be the pronoun's (a
        thing for "he", a thing for "they"), the next one down is what its verb reports on.
        Read by ``PronounRules._reported_person`` (a person) and
        ``GroupRules._reported_group`` (a group); its token and entity, else None."""
        doc = self.doc
        for clause in doc.kids(doc[subject].head, L.CCOMP):
            for inner in doc.kids(clause.i, L.NSUBJ, L.NSUBJ_PASS):
                entity = self.reg.at_token.get(inner.i)
                if entity is not None and entity.type == kind:
                    return inner.i, entity
        return None

"""Documents as entities: a named report, survey, statement or book ("the Beige Book", "an
NBC/WSJ survey"), its publisher where the text gives one, and short names joined to the
full one, so that "the report" and "it" can resolve to it."""

from __future__ import annotations

from quotes import labels as L
from quotes.document import Document, Token
from quotes.records import ORG
from quotes.speakers.registry.model import Entity, Mention, Registry, tokens_text

#: Verbs whose subject put a document out: "The Fed released the Beige Book".
DOCUMENT_VERBS = frozenset({"release", "publish", "issue", "conduct", "commission", "produce"})


def register_documents(reg: Registry) -> None:
    """Reports, surveys and polls as entities, so that a later "the report" or "it" finds them.

    A *named* document has a name of its own ("the Beige Book", tagged as a name) or a name
    in front of its noun ("an NBC/Wall Street Journal survey"): it speaks under that name and
    its publisher goes to ``via``. An *unnamed* one with an owner ("a report by the
    Congressional Budget Office", "the agency's study") is registered as a description: it
    speaks for its owner, as
    :meth:`quotes.speakers.rules.documents.DocumentRules.source_noun` has it.
    The publisher is the named organisation in front of the noun, the possessor, the object
    of "by"/"from", or the subject of the verb that released it.
    """
    doc, lex = reg.document, reg.lexicon
    kinds = lex.description_kinds
    # the nouns of a document's kind, found in one pass (issue 13)
    for tok in [t for t in doc.tokens if "document" in kinds.get(t.lemma.lower(), ())]:
        if tok.dep == L.COMPOUND or tok.tag in ("NNS", "NNPS"):
            continue
        entity = reg.at_token.get(tok.i)
        if entity is not None:
            if entity.type == ORG and not entity.place:
                entity.kind = "document"
                entity.publisher = entity.publisher or _publisher(reg, tok)
            continue
        front = [k for k in doc.kids(tok.i, L.COMPOUND) if k.pos == "PROPN"]
        publisher = _publisher(reg, tok)
        if not front and publisher is None:
            continue
        indices = sorted({i for k in front for i in doc.subtree(k.i)} | {tok.i})
        name = tokens_text(doc, [doc[i] for i in indices])
        entity = reg.by_org.get(name.lower())
        if entity is None or entity.kind != "document":
            entity = reg.new(ORG)
            entity.kind = "document"
            entity.described = not front
            entity.add_name(name)
            reg.by_org[name.lower()] = entity
        entity.publisher = entity.publisher or publisher
        reg.add_mention(entity, [tok.i], tok.i)


def join_short_documents(reg: Registry) -> None:
    """ "the latest Rasmussen Reports poll ... the Rasmussen poll", "a Fox News poll ... a Fox
    poll": a named document whose name is another's first word(s) and head noun is that
    document again, named short, as "Quinnipiac" is "Quinnipiac University" (the same
    short-form convention as :func:`shortens`). Its mentions join the fuller one, so its
    canonical name is whole. Two fuller documents it could shorten: no guess."""
    documents = [e for e in reg.entities if e.kind == "document" and not e.described and e.mentions]
    for short in documents:
        fuller = [
            e
            for e in documents
            if e is not short
            and e.mentions
            and any(_shortens_document(n, f) for n in short.names for f in e.names)
        ]
        if len(fuller) == 1:
            _join(reg, short, fuller[0])


def _shortens_document(name: str, full: str) -> bool:
    """ "Fox poll" of "Fox News poll": the same head noun, the front words a prefix."""
    words, parts = name.lower().split(), full.lower().split()
    return (
        1 < len(words) < len(parts)
        and words[-1] == parts[-1]
        and words[:-1] == parts[: len(words) - 1]
    )


def _join(reg: Registry, gone: Entity, into: Entity) -> None:
    """Move every mention of ``gone`` to ``into`` (its names too); ``gone`` stays in the
    list, with no mention left, so that entity ids keep their positions."""
    for name in gone.names:
        into.add_name(name)
        reg.by_org[name.lower()] = into
    for i, entity in list(reg.at_token.items()):
        if entity is gone:
            reg.at_token[i] = into
    into.mentions.extend(gone.mentions)
    gone.mentions.clear()
    into.publisher = into.publisher or gone.publisher
    reg.mentions[:] = [
        Mention(m.token, m.sent, into, m.subject, m.embedded) if m.entity is gone else m
        for m in reg.mentions
    ]


def _document_clauses(doc: Document, tok: Token) -> list[Token]:
    """The participle clauses on a document noun: its own, and those the parser hung on the
    object of its "of" ("a poll of 400 voters released on Friday by Acme": the voters are not
    what was released; a participle of :data:`DOCUMENT_VERBS` there tells who made the poll,
    as the same clause on the noun itself would)."""
    clauses = list(doc.kids(tok.i, L.ACL))
    for prep in doc.kids(tok.i, L.PREP):
        if prep.lower == "of":
            for obj in doc.kids(prep.i, L.POBJ):
                clauses += [c for c in doc.kids(obj.i, L.ACL) if c.lemma in DOCUMENT_VERBS]
    return clauses


def _publisher(reg: Registry, tok: Token) -> Entity | None:
    """Who put out the document ``tok`` names: the entity in front of it or owning it, the
    object of its "by"/"from"/"of", the subject of the verb it is the object of
    (:func:`_subject_publisher`), the "by" phrase of the verb that released it."""
    doc = reg.document
    for kid in doc.kids(tok.i, L.COMPOUND, L.POSS, L.NMOD):
        found = reg.at_token.get(kid.i)
        if found is not None and found.kind != "document":
            return found
    for prep in doc.kids(tok.i, L.PREP):
        if prep.lower in ("by", "from", "of"):
            for obj in doc.kids(prep.i, L.POBJ):
                found = reg.at_token.get(obj.i)
                if found is not None and found.kind != "document":
                    return found
    found = _subject_publisher(reg, tok)
    if found is not None:
        return found
    verb = doc[tok.head]
    if tok.dep == L.NSUBJ_PASS and verb.lemma in DOCUMENT_VERBS:
        # "A survey of 900 voters was released on Monday by the Harmon Institute"
        found = _by_agent(reg, verb)
        if found is not None:
            return found
    for clause in _document_clauses(doc, tok):
        if clause.lemma in DOCUMENT_VERBS:
            found = _by_agent(reg, clause)
            if found is not None:
                return found
    return None


def _subject_publisher(reg: Registry, tok: Token) -> Entity | None:
    """The subject of the verb whose object is the document ``tok``, for the two reasons a
    subject publishes it. "The Census Bureau sends its American Community Survey": "its" on
    the object is the subject's (the likeliest antecedent of a possessive on the object), so
    with a bound possessive the first subject that is an organisation (not another document)
    is the publisher, whatever the verb; else, after a verb of :data:`DOCUMENT_VERBS` ("The
    Fed released the Beige Book"), the first subject of the registry of any type."""
    doc = reg.document
    if tok.dep != L.OBJ:
        return None
    verb = doc[tok.head]
    subjects = [e for s in doc.kids(verb.i, L.NSUBJ) if (e := reg.at_token.get(s.i)) is not None]
    if tok.head != tok.i and _bound_possessive(doc, tok):
        owner = next((e for e in subjects if e.type == ORG and e.kind != "document"), None)
        if owner is not None:
            return owner
    if verb.lemma in DOCUMENT_VERBS and subjects:
        return subjects[0]
    return None


def _bound_possessive(doc: Document, tok: Token) -> bool:
    """Whether ``tok`` is owned by "its" (or "their"): on an object, the clause's subject."""
    return any(k.lower in ("its", "their") for k in doc.kids(tok.i, L.POSS))


def _by_agent(reg: Registry, verb: Token) -> Entity | None:
    """The registry entity of the "by" phrase on ``verb`` ("released by the institute")."""
    doc = reg.document
    for prep in doc.kids(verb.i, L.PREP, L.AGENT):
        if prep.lower == "by":
            for obj in doc.kids(prep.i, L.POBJ):
                found = reg.at_token.get(obj.i)
                if found is not None:
                    return found
    return None

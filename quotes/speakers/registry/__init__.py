"""Who is in the document: the entity registry the resolver links mentions to.

One pass over the named entities builds the people and organisations of a document, each with
its name forms, the roles and titles the text gives it, its affiliations and, for people, its
gender. Name forms, token positions and roles are indexed in dicts, so building is linear in
the number of entity mentions and every lookup is constant time (no all-pairs comparison).

The design follows the deterministic, entity-centric sieves of Lee et al. (2013, "Deterministic
coreference resolution based on entity-centric, precision-ranked rules"): a mention is linked
to an *entity* (a cluster with pooled attributes: names, roles, gender), not to another
mention, so a role given once ("Press Secretary Dmitry Peskov") serves every later descriptor
("Putin's spokesman").
"""

from __future__ import annotations

from functools import partial

from quotes.document import Document
from quotes.records import PERSON
from quotes.speakers.lexicon import speaker_lexicon
from quotes.speakers.registry.documents import join_short_documents, register_documents
from quotes.speakers.registry.gender import add_pronoun_votes
from quotes.speakers.registry.groups import register_groups
from quotes.speakers.registry.model import ORG_LABELS, PERSON_LABELS, Registry
from quotes.speakers.registry.names import (
    LEGAL_FORMS,
    a_role_alone,
    add_bare_surnames,
    add_known_as,
    add_unlabelled_org_names,
    after_a_party,
    appositive_organisations,
    appositive_people,
    body_named_as_a_person,
    body_words,
    classified_org_names,
    classing_nouns,
    cut_at_spaced_dash,
    cut_before_an_initialism,
    first_names_in_apposition,
    headline_name,
    in_byline,
    is_outlet,
    legal_form_names,
    listed_parties,
    listed_seats,
    mononym_gender,
    nicknamed_names,
    org_short_form,
    org_span_short_forms,
    outermost,
    outlet_possessed_people,
    overlap,
    particle_surnames,
    register_organisation,
    register_person,
    span_text,
    surnames_after_a_comma,
    titled_org_people,
    unlabelled_names,
    whole_names,
)
from quotes.speakers.registry.offices import add_titles
from quotes.speakers.registry.retype import (
    retype_families,
    retype_people_named_as_organisations,
)


def build_registry(doc: Document, lang: str = "en") -> Registry:
    """The registry of ``doc``: people, then organisations, then titles, gender and groups.

    People are registered first so that a name the NER labels ORG in one place ("Trump's"
    often is) still joins the person.
    """
    lex = speaker_lexicon(lang)
    reg = Registry(doc, lex)
    # a listed outlet the NER took for a person ("Politifact", "Xinhua") is an organisation
    short_forms = org_span_short_forms(doc, lex)
    classified = classified_org_names(doc, lex)
    outlets = [
        e
        for e in doc.entities
        if e.label in PERSON_LABELS
        and (
            is_outlet(doc, e, lex)
            or org_short_form(e, doc, short_forms)
            or span_text(doc, e) in classified
        )
    ]
    titled = titled_org_people(doc, lex)
    possessed = outlet_possessed_people(doc, lex)
    titled = titled + [person for person, _ in possessed]
    people = [
        cut_before_an_initialism(doc, cut_at_spaced_dash(doc, e))
        for e in doc.entities
        if e.label in PERSON_LABELS
        and e not in outlets
        and not a_role_alone(doc, e, lex)
        and doc[e.end - 1].text not in LEGAL_FORMS  # "Verant GmbH": a company's name
    ] + titled
    surnames = surnames_after_a_comma(doc, people)
    people = people + surnames
    nicknamed = nicknamed_names(doc, people)
    if nicknamed:
        people = [p for p in people if not any(overlap(p, q) for q in nicknamed)] + nicknamed
    people = people + unlabelled_names(doc, lex, people)
    people = people + appositive_people(doc, lex, people)
    people = people + first_names_in_apposition(doc, lex, people)
    people = sorted(people + particle_surnames(doc, people, lex), key=lambda s: s.start)
    people = outermost(whole_names(doc, people, lex))
    people = [p for p in people if not in_byline(doc, p)]
    # title-case headlines and sentence-case headlines' first words: a span the body does not
    # name is cut to the name it does, with the body's label for it, or dropped
    # (:func:`headline_name`)
    evidence = body_words(doc, lex)
    cut = [headline_name(doc, lex, evidence, span) for span in people]
    named = [
        headline_name(doc, lex, evidence, cut_at_spaced_dash(doc, e))
        if e.label in ORG_LABELS
        else e
        for e in doc.entities
    ]
    people = [p for p in cut if p is not None and p.label in PERSON_LABELS]
    moved = [  # "Pressure From Clinton Ally" (ORG) -> the body's person "Clinton"
        c
        for e, c in zip(doc.entities, named, strict=True)
        if c is not None and c is not e and c.label in PERSON_LABELS
    ]
    if moved:
        moved = [c for c in moved if not any(overlap(c, p) for p in people)]
        people = sorted(people + moved, key=lambda s: s.start)
    renamed = {  # "Trump Tower Rent" (PERSON) -> the body's organisation "Trump Tower"
        (c.start, c.end): c for c in cut if c is not None and c.label not in PERSON_LABELS
    }
    bodies = [body for body in map(partial(body_named_as_a_person, doc, lex), people) if body]
    people = [p for p in people if not any(overlap(p, b) for b in bodies)]
    person_tokens = {i for span in people for i in range(span.start, span.end)}
    parties = [
        p
        for p in listed_parties(doc, lex)
        # "the Nevada State Democratic Party": the NER's longer name is the party meant
        if not any(
            e.label in ORG_LABELS
            and e.start <= p.start
            and p.end <= e.end
            and e.end - e.start > p.end - p.start
            for e in doc.entities
        )
    ]
    party_tokens = {i for span in parties for i in range(span.start, span.end)}
    people = [after_a_party(doc, lex, p) for p in people]  # "Sinn Féin TD Ann Roe" (PERSON)
    people = [p for p in people if not any(i in party_tokens for i in range(p.start, p.end))]
    split = {(span.start, span.end) for span in surnames}
    admitted = [e for e in named if e is not None] + list(renamed.values())
    others = [
        e
        for e in admitted
        if e.label in ORG_LABELS
        and not any(e.start < a and b == e.end for a, b in split)
        and not any(i in person_tokens or i in party_tokens for i in range(e.start, e.end))
        and not a_role_alone(doc, e, lex)
    ]
    taken = person_tokens | party_tokens
    taken |= {
        i
        for e in doc.entities
        if not (e.label in PERSON_LABELS and doc[e.end - 1].text in LEGAL_FORMS)
        for i in range(e.start, e.end)
    }
    seats = listed_seats(doc, lex, person_tokens | party_tokens)
    taken |= {i for span in seats for i in range(span.start, span.end)}
    others = sorted(
        others
        + outlets
        + bodies
        + [org for _, org in possessed]
        + parties
        + seats
        + legal_form_names(doc, taken)
        + appositive_organisations(doc, lex, taken),
        key=lambda s: s.start,
    )
    person_spans = [(span, register_person(reg, span)) for span in people]
    for span, entity in person_spans:
        if entity is not None:
            add_known_as(reg, span, entity)
    for span in others:
        register_organisation(reg, span)
    for noun, first in classing_nouns(doc, lex):
        if (entity := reg.at_token.get(first)) is not None and noun not in reg.at_token:
            reg.add_mention(entity, [noun], noun)  # "by the charity Child First"
    for name, kind in classified.items():
        entity = reg.by_org.get(name.lower())
        if entity is not None and not entity.kind:
            entity.kind = kind  # "the airline Skyline": a company
    retype_people_named_as_organisations(reg)  # "Unruh said, 'I ...'": the NER's ORG
    add_bare_surnames(reg)
    retype_families(reg)  # "the Clintons": a group, once the people are known
    add_unlabelled_org_names(reg)
    register_documents(reg)
    join_short_documents(reg)
    for span, entity in person_spans:
        if entity is not None:
            add_titles(reg, span, entity)
    for entity in reg.entities:
        # a first name the dictionaries give one gender is surer than the pronoun votes,
        # which guess that a pronoun refers to the one person named in its sentence
        if entity.type == PERSON and not entity.gender:
            entity.gender = lex.first_name_gender(entity.first_name) or mononym_gender(entity, lex)
    add_pronoun_votes(reg)
    register_groups(reg)
    reg.finish()
    return reg

"""The registry's pass over named entities: which spans of the NER are people and
organisations, cut and joined into whole names (titles out, particles and double-barrelled
surnames in, headline words and bylines out), and the names the NER missed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from quotes import labels as L
from quotes.document import POSSESSIVE_MARKS, Document, Span, Token
from quotes.lexicons import load_lexicon, load_table
from quotes.marks import ALL_MARKS
from quotes.records import GROUP, ORG, PERSON
from quotes.speakers.headline import headline_end
from quotes.speakers.lexicon import (
    FEMALE,
    MALE,
    SpeakerLexicon,
    listed_first_name,
)
from quotes.speakers.name_keys import name_key
from quotes.speakers.registry.model import (
    AGENT_SUFFIXES,
    DETERMINERS,
    EN_DASH,
    HONORIFICS,
    ORG_LABELS,
    PARTICLES,
    PEERAGE_TITLES,
    PERSON_LABELS,
    Entity,
    Registry,
    agrees,
    last_before,
    run_head,
    tokens_text,
)
from quotes.text import DASHES, dateline_end


def name_tokens(doc: Document, span: Span, lex: SpeakerLexicon) -> list[Token]:
    """The tokens of an entity span that form the name: no article, punctuation ("― Jane
    Doe" after a dash), possessive, trailing whitespace or title (one word, "Mayor", or
    several, "Crown Prince")."""
    toks = [doc[i] for i in range(span.start, span.end)]
    while toks and toks[0].lower in DETERMINERS:
        toks = toks[1:]
    title = leading_title(toks, lex)
    if title and len(toks) > title:
        toks = toks[title:]
    if len(toks) > 2 and _epithet_opening_a_sentence(doc, toks[0], lex):
        toks = toks[1:]
    while toks and (
        toks[0].lower in DETERMINERS
        or not any(ch.isalnum() for ch in toks[0].text)
        or toks[0].text in POSSESSIVE_MARKS  # "our party’s Donald Trump": the NER took "’s"
        or toks[0].lower in lex.role_words
        and toks[0].pos != "PROPN"
        and not _modifies_an_organisation_noun(span, toks, lex)
        or _is_title(toks[0], lex)
        and len(toks) > 1
    ):
        toks = toks[1:]
    while toks and (
        toks[-1].text in POSSESSIVE_MARKS
        or toks[-1].pos == "PUNCT"
        or toks[-1].text.isspace()  # "Donald Trump\n": a line break the NER ran on to
        or (len(toks) > 2 and toks[-1].text.replace(".", "") in POST_NOMINALS)
    ):
        toks = toks[:-1]
    if len(toks) > 1 and span.label == "PERSON" and _headline_speech_verb(doc, toks[-1]):
        toks = toks[:-1]
    return _without_nickname(toks)


def _modifies_an_organisation_noun(span: Span, toks: list[Token], lex: SpeakerLexicon) -> bool:
    """Whether a word of a role ("health", "finance") opens an organisation span that ends in
    an organisation noun ("health ministry", "finance committee"): there it names the body's
    field, not a title the NER took into a name, and the organisation is the whole phrase
    ("Kenya's health ministry" was named "ministry")."""
    return span.label in ORG_LABELS and len(toks) > 1 and toks[-1].lemma in lex.org_nouns


def _headline_speech_verb(doc: Document, tok: Token) -> bool:
    """A title-case headline's verb of saying the NER ran into the name before it ("Senate
    Passes Bill, Schumer Says": one PERSON "Schumer Says"): a capitalised third-person form of
    speech_verbs.txt ("Says", "Warns", "Insists") ends no person's name in a sentence with no
    word in lower case. In running text it may be a surname ("Jim Adds, a mechanic")."""
    word = tok.lower
    return (
        tok.text[:1].isupper()
        and word.endswith("s")
        and (word[:-1] in load_lexicon("speech_verbs") or word == "says")
        and not _lower_word_in_sentence(doc, tok.i)
    )


def _epithet_opening_a_sentence(doc: Document, tok: Token, lex: SpeakerLexicon) -> bool:
    """A person noun of description_nouns.txt ("striker", "veteran", "actress") capitalised
    only because it opens the sentence, before a name the NER ran it into: "Striker Jamie
    Kane scored twice" names Jamie Kane, as "Rovers striker Jamie Kane" does. Not a known
    first name ("Hunter S. Thompson")."""
    starts = tok.i == 0 or doc[tok.i - 1].sent != tok.sent
    return (
        starts
        and "person" in lex.description_kinds.get(tok.lower, frozenset())
        and not _first_name(tok, lex)
    )


#: Marks that enclose a nickname inside a name (``Darren "Dazza" Dawson``).
_NICKNAME_MARKS = frozenset("\"“”'‘’")


def _without_nickname(toks: list[Token]) -> list[Token]:
    """A name's words less a nickname in marks between them: "Tom "Bear" Bryce" is Tom
    Bryce, and the nickname would keep the name from joining the person's other mentions."""
    marks = [k for k, t in enumerate(toks) if t.text in _NICKNAME_MARKS]
    if len(marks) != 2 or marks[0] == 0 or marks[1] == len(toks) - 1:
        return toks
    return toks[: marks[0]] + toks[marks[1] + 1 :]


def nicknamed_names(doc: Document, people: list[Span]) -> list[Span]:
    """Personal names with a nickname in marks between the first name and the surname
    (``Darren "Dazza" Dawson``, ``Mick "The Hammer" Doyle``), as one PERSON span: the NER
    splits such a name, tags it a work of art or misses it, and the surname alone then speaks
    as an unknown. The shape is read on the tokens: a capitalised proper noun, an opening
    mark, one to three capitalised words, the closing mark and a capitalised proper noun
    (more may follow: "Ann "Kiki" van Dijk"; a word before the first name may be a title, so
    none is taken), in a sentence that is not a title-case headline
    (the claim finder's :func:`quotes.claims.direct.is_nickname` drops the same quotation).
    A person span the NER found overlapping it gives way."""
    out: list[Span] = []
    toks = doc.tokens
    n = len(doc)
    after = 0  # the first token past the last name found
    # a name word before an opening mark: those tokens, found in one pass (issue 13)
    opening = [i for i in range(n - 4) if toks[i + 1].text in _NICKNAME_MARKS]
    for i in opening:
        if i < after or not _name_word(toks[i]):
            continue
        j = i + 2
        while j < n and j - i - 2 < 3 and doc[j].text[:1].isupper() and doc[j].text.isalpha():
            j += 1
        if j == i + 2 or j >= n - 1 or doc[j].text not in _NICKNAME_MARKS:
            continue
        k = j + 1
        while (
            k < n
            and doc[k].sent == doc[i].sent
            and (
                _name_word(doc[k])
                or doc[k].lower in PARTICLES
                and k + 1 < n
                and _name_word(doc[k + 1])
            )
        ):
            k += 1
        if k == j + 1 or not _lower_word_in_sentence(doc, i):
            continue
        out.append(Span(i, k, doc[i].start, doc[k - 1].end, "PERSON"))
        after = k
    return out


def _name_word(tok: Token) -> bool:
    return tok.pos == "PROPN" and tok.text[:1].isupper() and tok.text.rstrip(".").isalpha()


def _lower_word_in_sentence(doc: Document, i: int) -> bool:
    """Whether the sentence of token ``i`` has a word in lower case beyond the small words of
    a title (title_small_words.txt, the claim finder's list too): it is not a title-case
    headline, whose marks hold no nickname."""
    sent = doc.sentences[doc[i].sent]
    small = load_lexicon("title_small_words")
    return any(
        doc[m].text[:1].islower() and doc[m].text.isalpha() and doc[m].lower not in small
        for m in range(sent.start, sent.end)
    )


#: Letters after a name that are an office or an honour, not part of the name ("Jane Doe MP",
#: "Hugo Keith KC", "Ann Lee OBE"): a later "Ms Doe" must meet "Jane Doe", and the canonical
#: name is the name (the office is read into ``speaker_role`` where roles.txt lists it).
POST_NOMINALS = frozenset(
    {"MP", "MPs", "MEP", "MSP", "MS", "AM", "MLA", "TD", "KC", "QC", "OBE", "MBE", "CBE", "KBE",
     "DBE", "PhD"}
)  # fmt: skip


def leading_title(toks: list[Token], lex: SpeakerLexicon) -> int:
    """How many leading words of a name span are a title of several words ("Crown Prince",
    "Vice President"), 0 for none (one-word titles are left to :func:`_is_title`)."""
    words = [t.lower for t in toks]
    for a, b, _ in lex.find_roles(words[:4]):
        return b if a == 0 and b > 1 else 0
    return 0


def whole_names(doc: Document, spans: list[Span], lex: SpeakerLexicon) -> list[Span]:
    """Person spans run on over surname particles and the capitalised word after them: the
    NER often cuts "Ursula von der Leyen" into "Ursula von der" and an ORG "Leyen". They also
    reach back over a known first name the NER left out at the start ("Luiz" of "Luiz Inácio
    Lula da Silva", see :func:`_first_names_before`)."""
    out = []
    # words of a name or of an entity the NER found: none of them is a first name left out
    taken = {i for span in spans for i in range(span.start, span.end)}
    taken |= {i for e in doc.entities for i in range(e.start, e.end)}
    for span in spans:
        start = _first_names_before(doc, span, lex, taken)
        if start != span.start:
            span = Span(start, span.end, doc[start].start, span.end_char, span.label)
        end = span.end
        j = end
        while j < len(doc) and (doc[j].lower in PARTICLES or _close_hyphen(doc, j)):
            j += 1
        k = j
        while k < len(doc) and doc[k].pos == "PROPN" and doc[k].text[:1].isupper():
            k += 1
        if j > end and k > j and doc[k - 1].sent == doc[span.start].sent:
            end = k
        elif doc[end - 1].lower in PARTICLES and end < len(doc) and doc[end].text[:1].isupper():
            end = end + 1
        if end != span.end:
            span = Span(span.start, end, doc[span.start].start, doc[end - 1].end, span.label)
        out.append(span)
    return out


def _close_hyphen(doc: Document, j: int) -> bool:
    """A hyphen written close to the words either side ("al-Assad"), not a spaced dash that
    parts two phrases ("DES MOINES - Donald Trump"). An en dash written close stands for the
    hyphen of a name as often ("Ferreira–Costa" beside "Ferreira-Costa", issue 13;
    :mod:`~quotes.speakers.name_keys` gives the two one key); a close em dash opens an aside
    ("Trump—who ...") and joins nothing."""
    return doc.joining_hyphen(j) or (doc[j].text == EN_DASH and doc.written_close(j))


def _first_names_before(doc: Document, span: Span, lex: SpeakerLexicon, taken: set[int]) -> int:
    """Where a person's name really starts when the NER began it a word or two late: a known
    first name (:func:`_first_name`) written as a proper noun right before the span, in the
    same sentence, hanging inside the name (a ``compound`` of one of its words) and none of
    the ``taken`` words (another name's or an entity's). Names of several given names lose
    the first one this way, at a sentence's start above all ("Luiz Inácio Lula da Silva" ->
    "Inácio Lula da Silva"). A title ("Mayor"), a party word or a place before the name is no
    first name and stays out."""
    inside = range(span.start, span.end)
    start = span.start
    while start > 0 and span.start - start < 2:
        tok = doc[start - 1]
        if (
            tok.pos != "PROPN"
            or not tok.text[:1].isupper()
            or tok.text.isupper()  # a headline in capitals ("ON DONALD TRUMP")
            or tok.i in taken
            or tok.head not in inside
            or tok.sent != doc[span.start].sent
            or _is_title(tok, lex)
            or not (_first_name(tok, lex) or listed_first_name(tok.text))
        ):
            break
        start -= 1
    return start


def _is_title(tok: Token, lex: SpeakerLexicon) -> bool:
    """A title word that can stand inside a name span ("Mr.", "President", "Sen.", "Sens.")."""
    return (
        (tok.lower,) in lex.roles
        or tok.lower.rstrip(".") + "." in lex.role_words
        or lex.abbreviated_singular(tok.lower) is not None
    )


def _name_text(doc: Document, toks: list[Token]) -> str:
    """A person's name as written; a name less its nickname (:func:`_without_nickname`) joins
    its two pieces with one space."""
    cut = next((k for k in range(1, len(toks)) if toks[k].i != toks[k - 1].i + 1), 0)
    if not cut:
        return tokens_text(doc, toks)
    return f"{tokens_text(doc, toks[:cut])} {tokens_text(doc, toks[cut:])}"


@cache
def _epithet_genders() -> dict[str, str]:
    """Epithets that show a gender (gendered_epithets.txt): word -> "male" or "female"."""
    return {row[0]: row[1] for row in load_table("gendered_epithets")}


def gender_of_form(word: str) -> str:
    """The gender a person noun's form shows ("Dutchwoman", "spokeswoman": female;
    "Frenchman": male; "Scot", "candidate": either; "hunk": male, gendered_epithets.txt)."""
    listed = _epithet_genders().get(word)
    if listed:
        return FEMALE if listed == "female" else MALE
    if word.endswith("woman"):
        return FEMALE
    return MALE if word.endswith("man") else ""


def person_noun_gender(tok: Token, lex: SpeakerLexicon) -> str | None:
    """The gender a noun for a person shows ("spokeswoman": female; "analyst": "", either),
    or None when ``tok`` names no person (a name, a pronoun, an organisation, a document).

    A person noun is a role of roles.txt, a description noun of kind ``person``, or, for the
    open class of occupations no list holds, an agent noun by its suffix ("-er", "-or",
    "-ist", "-ant", "-man" ...: Quirk et al. 1985, App. I.34) that no lexicon gives another
    kind (a "paper" is media, a "department" an organisation)."""
    if tok.pos != "NOUN" or tok.tag != "NN":
        return None  # "aides", "officials": "he" and "she" are one person
    words = {tok.lower, tok.lemma}
    for phrase, gender in lex.roles.items():
        if phrase[-1] in words:
            return gender
    kinds = lex.description_kinds.get(tok.lemma) or lex.description_kinds.get(tok.lower)
    if kinds:
        return "" if "person" in kinds else None
    if words & (lex.org_nouns | lex.group_nouns | lex.source_nouns):
        return None
    if gender := gender_of_form(tok.lemma):
        return gender
    return "" if tok.lemma.endswith(AGENT_SUFFIXES) else None


def listed_person_noun(tok: Token, lex: SpeakerLexicon) -> bool:
    """A person noun a list gives (a one-word role of roles.txt, a trade of
    unofficial_roles.txt, a description noun of kind ``person``), not one guessed by its suffix
    alone ("supplier", "exporter") nor a tie ("St. Louis, Ferguson's neighbor")."""
    if person_noun_gender(tok, lex) is None:
        return False
    words = {tok.lower, tok.lemma}
    return bool(
        any((word,) in lex.roles for word in words)  # "state" ends "secretary of state" only
        or any(lex.unofficial.get(word) == "trade" for word in words)  # not a tie: "neighbor"
        or "person" in (lex.description_kinds.get(tok.lemma) or ())
    )


def _capitalised_noun(tok: Token) -> bool:
    """A word of a name as the tagger may read an unknown surname: a proper noun, or a noun
    written with a capital ("Bouzid" tagged NOUN inside the NER's span)."""
    return tok.pos == "PROPN" or (tok.pos == "NOUN" and tok.text[:1].isupper())


def appositive_people(doc: Document, lex: SpeakerLexicon, people: list[Span]) -> list[Span]:
    """Names the NER gave an organisation or a place that an apposition calls a person:
    "Nefzi, a chemistry professor, said", "Ostrander, a retired engineer, said" (issue 13: a
    bare surname the NER mislabels is no antecedent of the "he" that follows, which then goes
    to someone named earlier). An appositive noun phrase is coreferent with the name it
    follows (Quirk et al. 1985, 17.65): a person noun there makes the name a person's.

    Only a name of capitalised nouns with no organisation or company word and no listed outlet,
    the subject of its clause (a name in a prepositional phrase is often a place the parser
    joins to the next clause's subject: "At Trump National Doral, the candidate boasted"),
    written right before the comma of an appositive whose head is a singular person noun
    (:func:`person_noun_gender`); for a place ("GPE") only a person noun a list gives, as
    "Mexico, the largest supplier of ..." is still a country."""
    taken = {i for span in people for i in range(span.start, span.end)}
    org_words = lex.org_nouns | lex.company_designators
    out = []
    for span in doc.entities:
        if span.label not in ("ORG", "GPE", "FAC") or span.end >= len(doc):
            continue
        toks = [doc[i] for i in range(span.start, span.end)]
        if any(t.i in taken for t in toks) or not all(_capitalised_noun(t) for t in toks):
            continue
        if any(t.lower in org_words for t in toks) or is_outlet(doc, span, lex):
            continue
        if lex.kind_of_name(tokens_text(doc, toks)) or doc[span.end].text != ",":
            continue
        head = run_head(doc, range(span.start, span.end))
        if doc[head].dep not in (L.NSUBJ, L.NSUBJ_PASS):
            continue  # "... in Japan, the son of ...", "At Trump National Doral, the candidate"
        nouns = [k for k in doc.kids(head, L.APPOS) if k.i > span.end]
        if not nouns:
            continue
        listed = listed_person_noun(nouns[0], lex)
        if listed or (span.label != "GPE" and person_noun_gender(nouns[0], lex) is not None):
            out.append(Span(span.start, span.end, toks[0].start, toks[-1].end, "PERSON"))
    return out


def first_names_in_apposition(doc: Document, lex: SpeakerLexicon, people: list[Span]) -> list[Span]:
    """A first name the NER gave an organisation or a place, set off by commas after a person
    noun it is in apposition to: "Her son, Davide, said ..." (the NER's ORG "Davide", so the
    son stayed "Lucia Bernardi's son" while "Her son, David," met David; "Her daughter,
    Georgia," a GPE). The mirror of
    :func:`appositive_people`: an appositive noun phrase is coreferent with its anchor
    (Quirk et al. 1985, 17.65), and a person noun anchor makes the name a person's. Only an
    ORG or GPE span of one to three capitalised proper nouns, the first a known first name
    (:func:`_first_name`), none a word of an organisation's name or a listed outlet, between
    commas, whose head is an ``appos`` of a singular person noun (:func:`person_noun_gender`)
    written right before the first comma. Not "His employer, Google," (no first name), nor
    "the capital, Victoria," (no person noun) (session 22, styles7)."""
    taken = {i for span in people for i in range(span.start, span.end)}
    designators = org_name_words(lex)
    out = []
    for span in doc.entities:
        if span.label not in ("ORG", "GPE") or not 1 <= span.end - span.start <= 3:
            continue
        if span.start < 2 or span.end >= len(doc):
            continue
        if doc[span.end].text != "," or doc[span.start - 1].text != ",":
            continue
        toks = [doc[i] for i in range(span.start, span.end)]
        if any(t.i in taken for t in toks) or is_outlet(doc, span, lex):
            continue
        if not all(t.pos == "PROPN" and t.text[:1].isupper() for t in toks):
            continue
        if any(t.lower in designators for t in toks) or not _first_name(toks[0], lex):
            continue
        head = doc[run_head(doc, range(span.start, span.end))]
        noun = doc[span.start - 2]
        if head.dep != L.APPOS or head.head != noun.i or noun.pos != "NOUN":
            continue
        if person_noun_gender(noun, lex) is None:
            continue
        out.append(Span(span.start, span.end, toks[0].start, toks[-1].end, "PERSON"))
    return out


def cut_at_spaced_dash(doc: Document, span: Span) -> Span:
    """An entity span cut to the side of a spaced dash that holds its head: the NER runs a
    dateline into the name after it ("DES MOINES - Donald Trump dominated ...") and a name
    into the words after a dash ("the Tax Policy Center - half of ..."), while a hyphen inside
    a name has no spaces ("Aly-Khan")."""
    cuts = [
        i
        for i in range(span.start + 1, span.end - 1)
        if doc[i].text in DASHES  # spaced, it parts two phrases: never inside a name
        and doc[i - 1].end < doc[i].start
        and doc[i].end < doc[i + 1].start
    ]
    if not cuts:
        return span
    head = run_head(doc, range(span.start, span.end))
    bounds = [span.start, *[c + 1 for c in cuts], span.end + 1]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if lo <= head < hi - 1 or hi == span.end + 1:
            end = min(hi - 1, span.end)
            return Span(lo, end, doc[lo].start, doc[end - 1].end, span.label)
    return span


def cut_before_an_initialism(doc: Document, span: Span) -> Span:
    """A person's span cut before "of" and an initialism after it: the NER runs "Shane Oliver
    of AMP" into one PERSON span, where "Tom Ward of UBS" it splits, and the name's words
    are the person's ("X of Y" names the body the person works for, as in "Ann Lee of RBC").
    Only a single word of capitals after "of" (two letters or more), at least one name word
    before it: a peer's territorial title has a place in title case ("Lord Smith of
    Finsbury") and stays whole (session 23, styles8)."""
    if span.label not in PERSON_LABELS or span.end - span.start < 3:
        return span
    of, last = doc[span.end - 2], doc[span.end - 1]
    word = last.text
    if of.lower != "of" or not (len(word) >= 2 and word.isalpha() and word.isupper()):
        return span
    return Span(span.start, span.end - 2, span.start_char, doc[span.end - 3].end, span.label)


#: Tags that make a line a clause: a headline has a verb ("Clinton Hid ...", "Trump Says"),
#: a caption, a photo credit or a list of names none ("Ann Cole, 40.", "Facebook/Ann Cole").
CLAUSE_TAGS = frozenset({"VERB", "AUX"})


def title_case_lines(doc: Document) -> frozenset[int]:
    """The headlines written in title case: paragraphs whose every word is capitalised but the
    small words of a title (title_small_words.txt), as AP and Chicago headline style
    capitalise every major word, that are the text's first paragraph with a body after it
    (the headline, whose verb the tagger often reads as a name: "Ben Carson Slams ...") or
    hold a verb (:data:`CLAUSE_TAGS`: a headline inside the text is a clause; a caption, a
    photo credit or a list of names is none, and there the capitals are names'). In such a
    line a capital is no evidence of a name (:func:`title_case_name`). A piece the tokenizer
    split off a word ("n’t" of "Don’t", "not" of "Cannot", "runner" of "Front-runner") is no
    word of its own."""
    small = load_lexicon("title_small_words")
    lines = set()
    for para in doc.paragraphs:
        tokens = [doc[i] for i in doc.tokens_in(para.start_char, para.end_char)]
        words = [
            t.text
            for t in tokens
            if t.text[:1].isalpha() and not (t.i and doc[t.i - 1].end == t.start)
        ]
        if (
            words
            and all(w[:1].isupper() or w.lower() in small for w in words)
            and (
                para.index == 0 < len(doc.paragraphs) - 1
                or any(t.pos in CLAUSE_TAGS for t in tokens)
            )
        ):
            lines.add(para.index)
    return frozenset(lines)


#: Marks after which a headline's next word opens a sentence, capitalised for that alone
#: ("Poll: Voters see ...", "Race tightens; Candidates scramble ...", "... good. Maybe ...").
SENTENCE_BREAKS = frozenset({":", ";", ".", "?", "!"})


def sentence_case_starts(doc: Document, lines: frozenset[int]) -> frozenset[int]:
    """The words a sentence-case headline capitalises only because they open a sentence: its
    first word, a deck line's first word and the first word after a colon, semicolon or full
    stop (AP and Chicago "down" style capitalises those and proper nouns alone, so there
    the first word's capital is no evidence of a name, "Plumber who flooded ...", "Tenants
    expect ..."), with the word after an opening article ("The Upshot"). The headline is
    :func:`~quotes.speakers.headline.headline_end`'s; its paragraphs in title case
    (``lines``, :func:`title_case_lines`) are no sentence case."""
    end = headline_end(doc.text)
    if end is None:
        return frozenset()
    starts: set[int] = set()
    for para in doc.paragraphs:
        if para.start_char >= end:
            break
        if para.index in lines:
            continue
        opening = True
        for i in doc.tokens_in(para.start_char, min(para.end_char, end)):
            tok = doc[i]
            if tok.text in SENTENCE_BREAKS:
                opening = True
            elif tok.text[:1].isalpha():
                if opening:
                    starts.add(i)
                opening = tok.lower in DETERMINERS and i in starts  # "The Upshot"
    return frozenset(starts)


@dataclass(frozen=True)
class BodyWords:
    """What the text outside its title-case lines (the body) says of a word. ``names``: the
    names its NER entities give (their words' :func:`~quotes.speakers.name_keys.name_key`
    keys, titles and articles left out, :func:`name_tokens`), with a person's surname alone
    too (the AP Stylebook's second reference: the form by which a headline's person is named
    again in the body), each with the label the body's NER gives it most often ("Twitter" an
    ORG four times and a PERSON once is an ORG). ``lower``: the words and lemmas it writes in
    lower case, common words. ``lines``: the title-case headlines (:func:`title_case_lines`).
    ``starts``: the words a sentence-case headline capitalises as a sentence's first
    (:func:`sentence_case_starts`); that headline is no body either."""

    lines: frozenset[int]
    names: dict[tuple[str, ...], str]
    lower: frozenset[str]
    #: the first words of the body's people's names, none a surname there: no evidence that
    #: a headline's "John Nolte" is the body's "John Kerry" ("John" alone is no name)
    firsts: frozenset[tuple[str, ...]] = frozenset()
    starts: frozenset[int] = frozenset()


def body_words(doc: Document, lex: SpeakerLexicon) -> BodyWords:
    """The :class:`BodyWords` of ``doc``."""
    lines = title_case_lines(doc)
    starts = sentence_case_starts(doc, lines)
    heads = lines | {doc[i].para for i in starts}
    labels: dict[tuple[str, ...], dict[str, int]] = {}
    firsts: set[tuple[str, ...]] = set()
    surnames: set[tuple[str, ...]] = set()
    for span in doc.entities:
        if doc[span.start].para in heads:
            continue
        person = span.label in PERSON_LABELS
        toks = name_tokens(doc, span, lex)
        forms = [toks] if toks else []
        joined = _hyphenated_surname(doc, toks) if toks else 1
        if person and len(toks) > joined:
            forms.append(toks[-joined:])  # the surname, "Abu-Laban" whole
            surnames.add(tuple(name_key(t.text) for t in toks[-joined:]))
            firsts.add((name_key(toks[0].text),))
        for form in forms:
            counts = labels.setdefault(tuple(name_key(t.text) for t in form), {})
            counts[span.label] = counts.get(span.label, 0) + 1
    names = {  # the label the NER gives the name most often, a person's on a tie
        key: max(counts, key=lambda label: (counts[label], _label_rank(label)))
        for key, counts in labels.items()
    }
    lower = {
        word
        for tok in doc.tokens
        if tok.para not in heads and tok.text.islower()
        for word in (tok.text, tok.lemma)
    }
    return BodyWords(lines, names, frozenset(lower), frozenset(firsts - surnames), starts)


def _label_rank(label: str) -> int:
    """Which label the body's name keeps when the NER gives it two as often: a person's,
    then an organisation's, then any other (a work, an event)."""
    return 2 if label in PERSON_LABELS else 1 if label in ORG_LABELS else 0


def title_case_name(doc: Document, lex: SpeakerLexicon, body: BodyWords, span: Span) -> Span | None:
    """An NER span in a title-case line, admitted as a name only on evidence the body gives:
    the NER reads a headline's run of capitalised words as one name ("Donald Trump Rampages
    to Lead", one PERSON "Donald Trump Rampages"; "Clinton Hid Past Health"), and title case
    (AP and Chicago headline style) capitalises every major word, so there the capitals show
    nothing. A span the body names whole stays; one holding a name the body gives
    (:class:`BodyWords`, :func:`_longest_named_run`) is cut to it, with the body's label for
    it, run on to the left over first names and titles ("Kelli Ward Vows" with the body's
    "Ward said" -> "Kelli Ward"), or to a listed outlet it opens with ("Washington Post Says
    Mayor", media_outlets.txt). One
    holding none is dropped when every word is a common one (written in lower case in the
    body, or not tagged a proper noun, the tagger reading title case as well as it can:
    "Turnout Numbers", "Will Run Ads Demanding", "FIX IS IN")
    and it opens on no first name tagged a proper noun; else it stays: a real name in the
    headline only ("Ann Coulter: ..."), an outlet the body never names."""
    if doc[span.start].para not in body.lines:
        return span
    words = [i for i in range(span.start, span.end) if doc[i].text[:1].isalpha()]
    if not words:
        return span
    run = _longest_named_run(doc, lex, span, body)
    if run is not None and run[:2] == (span.start, span.end):
        return span
    outlet = _outlet_opening(doc, lex, span)
    if outlet is not None:
        return outlet
    if run is not None:
        return _cut_to_run(doc, lex, body, span, run)
    first = doc[words[0]]
    if all(_common_word(doc, i, body) for i in words) and not (
        first.pos == "PROPN" and (_first_name(first, lex) or listed_first_name(first.text))
    ):
        return None
    return span


def headline_name(doc: Document, lex: SpeakerLexicon, body: BodyWords, span: Span) -> Span | None:
    """An NER span of a headline as the registry admits it: :func:`sentence_case_name` for one
    opening a sentence-case headline's sentence, :func:`title_case_name` for the rest."""
    if span.start in body.starts:
        return sentence_case_name(doc, lex, body, span)
    return title_case_name(doc, lex, body, span)


def sentence_case_name(
    doc: Document, lex: SpeakerLexicon, body: BodyWords, span: Span
) -> Span | None:
    """An NER span opening a sentence of a sentence-case headline (:func:`sentence_case_starts`),
    admitted as a name on evidence other than its first capital, which the sentence gives: the
    NER reads the capitalised first word as a name ("Plumber who flooded ...", one ORG "Plumber";
    "Tenants expect ...", "Longtime Okafor ally quits ..."). A span the body names whole stays;
    one holding a name the body gives is cut to it, as in a title-case headline
    (:func:`title_case_name`: "Longtime Okafor" -> the body's Okafor), or to a listed
    outlet it opens with when the body names no longer name opening it ("POLITICO New
    York's" -> the body's "POLITICO New York"), unless each of its other words is capitalised
    mid-sentence, where sentence case capitalises names alone, and no word the body writes
    in lower case (:func:`_a_capital_of_a_name`): "Kestrel Systems unveiled ..." with the
    body's "Kestrel" stays whole. A first word that shows a name by itself and is no word the
    body writes in lower case (:func:`_a_name_by_its_letters`: "WSJ", "U.S.", "Calif.", a
    first name the tagger calls a proper noun, "Marta Solis runs ..." with the body's
    "Solis"; not "Will Sanders come back?") counts as such a word. One holding no name of
    the body stays when its first word is such a word, or no common word (the tagger calls it
    a proper noun and the body never writes it in lower case, :func:`_common_word`: a
    surname in a short lead the body does not repeat), or another is such a capital
    ("Millennial Democratics"); else it is dropped: its one capital shows nothing."""
    run = _longest_named_run(doc, lex, span, body)
    if run is not None and run[:2] == (span.start, span.end):
        return span
    outlet = _outlet_opening(doc, lex, span)
    if outlet is not None and not (run is not None and run[0] == span.start < outlet.end < run[1]):
        return outlet  # "POLITICO New York's ..." with the body's "POLITICO New York" is that
    words = [
        i
        for i in range(span.start, span.end)
        if doc[i].text[:1].isalpha() and not (i > span.start and doc[i - 1].end == doc[i].start)
    ]  # "Stop-Trumpers" is one word, hyphen and all
    first = next((i for i in words if doc[i].lower not in DETERMINERS), words[0])
    named_first = _a_name_by_its_letters(doc[first], lex) and doc[first].lower not in body.lower
    if run is not None:
        a, b, _ = run
        outside = [i for i in words if not a <= i < b]
        if outside and all(
            _a_capital_of_a_name(doc, body, i) or (i == first and named_first) for i in outside
        ):
            return span  # "Kestrel Systems", "Marta Solis" with the body's "Solis"
        return _cut_to_run(doc, lex, body, span, run)
    if (
        named_first
        or not _common_word(doc, first, body)  # "Lavrov said: ...": a proper noun of no body
        or any(_a_capital_of_a_name(doc, body, i) for i in words if i > first)
    ):
        return span
    return None


def _a_capital_of_a_name(doc: Document, body: BodyWords, i: int) -> bool:
    """A word a sentence-case headline capitalises as a name's: not a sentence's first
    (:func:`sentence_case_starts`) and no word the body writes in lower case."""
    return doc[i].text[:1].isupper() and i not in body.starts and doc[i].lower not in body.lower


def _a_name_by_its_letters(tok: Token, lex: SpeakerLexicon) -> bool:
    """A word whose letters show a name wherever it stands: a capital after the first
    ("WSJ", "U.S.", "AP-GfK", "McCain"), an abbreviation's full stop ("Calif.", "Ariz.": the
    AP Stylebook abbreviates states, not common words) or a first name the tagger calls a
    proper noun ("Ann Roe: ...")."""
    letters = tok.text[1:]
    return (
        any(c.isupper() for c in letters)
        or (len(tok.text) > 2 and tok.text.endswith("."))
        or (tok.pos == "PROPN" and (_first_name(tok, lex) or listed_first_name(tok.text)))
    )


def _cut_to_run(
    doc: Document, lex: SpeakerLexicon, body: BodyWords, span: Span, run: tuple[int, int, str]
) -> Span:
    """A headline's span cut to the ``run`` of it the body names (:func:`_longest_named_run`),
    with the body's label for it, run on to the left over first names and titles ("Kelli Ward
    Vows" with the body's "Ward said" -> "Kelli Ward")."""
    start, end, label = run
    if span.label in PERSON_LABELS and _first_name(doc[start], lex) and end - start > 1:
        label = span.label  # "Carly Fiorina Endorses": a person though the body's NER says ORG
    while (
        label in PERSON_LABELS
        and start > span.start
        and (
            (_first_name(doc[start - 1], lex) or listed_first_name(doc[start - 1].text))
            and doc[start - 1].lower not in body.lower  # "Will Twitter Be Next": a verb
            or _is_title(doc[start - 1], lex)
        )
    ):
        start -= 1
    return Span(start, end, doc[start].start, doc[end - 1].end, label)


def _common_word(doc: Document, i: int, body: BodyWords) -> bool:
    """A word of a title-case headline that is no evidence of a name: one the body writes in
    lower case, or one the tagger does not call a proper noun (title case aside, it reads
    verbs and function words right: "Will Run Ads Demanding", "FIX IS IN")."""
    return doc[i].lower in body.lower or doc[i].pos != "PROPN"


def _outlet_opening(doc: Document, lex: SpeakerLexicon, span: Span) -> Span | None:
    """The listed outlet (media_outlets.txt) a span opens with, its longest, or None."""
    for end in range(span.end - 1, span.start, -1):
        text = span_text(doc, Span(span.start, end, 0, 0)).lower()
        if text.removeprefix("the ") in lex.outlets:
            return Span(span.start, end, doc[span.start].start, doc[end - 1].end, span.label)
    return None


def _longest_named_run(
    doc: Document, lex: SpeakerLexicon, span: Span, body: BodyWords
) -> tuple[int, int, str] | None:
    """The run of the span's tokens that is a name the body gives (:class:`BodyWords`), with
    the body's label for it; None for none. A name of the span's own kind (a person's for a
    PERSON span) comes first ("Facebook/Ann Cole" in a photo credit is Ann Cole), then the
    longest, then the first. A first name of the body's people is none beside a word that
    may be a name ("John Nolte" with the body's "John Kerry"), only beside common words
    ("Judge Just Gave Hillary Some" with the body's "Hillary Clinton": headlines name the
    famous by first name); nor is one word the body also writes in lower case (a common
    word). A whole span is a run too, its article aside."""
    start = span.start
    while start < span.end - 1 and doc[start].lower in DETERMINERS:
        start += 1
    keys = [name_key(doc[i].text) for i in range(span.start, span.end)]
    person = span.label in PERSON_LABELS
    best: tuple[tuple[bool, int, int], tuple[int, int, str]] | None = None
    for length in range(span.end - start, 0, -1):
        for a in range(start, span.end - length + 1):
            key = tuple(keys[a - span.start : a - span.start + length])
            label = body.names.get(key) or ("PERSON" if key in body.firsts else None)
            if label is None or length == 1 and doc[a].lower in body.lower:
                continue
            if key in body.firsts and not all(
                _common_word(doc, i, body)
                for i in range(span.start, span.end)
                if not a <= i < a + length and doc[i].text[:1].isalpha()
            ):
                continue
            rank = ((label in PERSON_LABELS) == person, length, -a)
            if best is None or rank > best[0]:
                best = (rank, (span.start if a == start else a, a + length, label))
    return best[1] if best else None


#: How many paragraphs from the top a byline may stand in (after a headline and a standfirst).
BYLINE_PARAGRAPHS = 4


#: The most words a byline holds ("By Ann Cole and Tom Reed, Reuters").
BYLINE_WORDS = 12


def in_byline(doc: Document, span: Span) -> bool:
    """Whether a name stands in the article's byline ("By Ann Cole", "By Ann Cole and Tom
    Reed, Reuters", "Opinion by Ann Cole"): a short paragraph near the top opening with "By"
    (or one capitalised label and "by") and a capitalised word.
    The byline names the writer, who reports the claims and makes none of them, so the name
    is no antecedent of "the mayor" or "she" in the story (before, "By Ann Cole ... a move the
    mayor called ..." made Ann Cole the mayor)."""
    para = doc[span.start].para
    if para >= BYLINE_PARAGRAPHS:
        return False
    paragraph = doc.paragraphs[para]
    words: list[Token] = []
    for i in doc.tokens_in(paragraph.start_char, paragraph.end_char):
        if doc[i].pos != "SPACE":
            words.append(doc[i])
            if len(words) > BYLINE_WORDS:
                return False  # a paragraph of the story: its words need not all be read
    if len(words) < 2:
        return False
    # "By Ann Cole", or a label first: "Opinion by Ann Cole", "Analysis by ..."
    by = 0 if words[0].text in ("By", "BY") else 1
    if by == 1 and not (
        words[1].lower == "by"
        and words[0].lower in load_lexicon("heading_labels")  # not "Hit by Trump: ..."
        and len(words) > 2
    ):
        return False
    return words[by + 1].text[:1].isupper() and words[by + 1].i <= span.start


def outermost(spans: list[Span]) -> list[Span]:
    """Person spans less those inside another: the NER splits "Moza bint Nasser" into "Moza"
    and "Nasser", :func:`whole_names` runs "Moza" on to the whole name, and the "Nasser" left
    over would be a second mention in the same words, linked by its surname alone to whoever
    else is called Nasser ("Abdullah al-Nasser"), giving him the name's roles.

    One sweep in order of start (longest first on a tie), not a test of every pair: a long
    text has tens of thousands of person spans. A span lies inside a longer one when an
    earlier span ends after it, or ends with it and starts before it."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end))
    inside = set()
    furthest_end, its_start = -1, -1
    for i in order:
        span = spans[i]
        if furthest_end > span.end or (furthest_end == span.end and its_start < span.start):
            inside.add(i)
        if span.end > furthest_end:
            furthest_end, its_start = span.end, span.start
    return [span for i, span in enumerate(spans) if i not in inside]


def overlap(a: Span, b: Span) -> bool:
    """Whether two token spans share a token: build_registry drops a NER span that a span
    found by another pass (a nickname, an organisation) covers in part."""
    return a.start < b.end and b.start < a.end


def listed_parties(doc: Document, lex: SpeakerLexicon) -> list[Span]:
    """Political parties of parties.txt, found by their words as written: the NER tags
    "Labour" a person, finds only "UK" in "Reform UK" and nothing in "Plaid Cymru". Each is
    an ORG span, which wins over any NER span it overlaps."""
    return _listed_names(doc, lex.parties, "ORG")


def listed_seats(doc: Document, lex: SpeakerLexicon, taken: set[int]) -> list[Span]:
    """Seats of government of seats_of_government.txt that the NER left untagged, found by
    their words as written: "Downing Street said", "Number 10 said" (the NER tags nothing, or
    "10" a number) speak for the government by metonymy, as "the White House said" does, so
    each is a FAC span, an organisation named as written. A seat the NER tagged, or one
    inside a person's or party's span (``taken``), keeps its span."""
    tagged = {
        i
        for e in doc.entities
        if e.label in ORG_LABELS or e.label in PERSON_LABELS
        for i in range(e.start, e.end)
    }
    return [
        span
        for span in _listed_names(doc, lex.seats, "FAC")
        if not any(i in taken or i in tagged for i in range(span.start, span.end))
    ]


def _listed_names(doc: Document, names: dict[str, list[tuple[str, ...]]], label: str) -> list[Span]:
    """Spans of ``label`` over the names of a list keyed by first word, matched on whole tokens
    as written (case kept), the longest name first. Only the tokens that open a listed name
    are tried, found in one pass (issue 13: resolution's share of a run); a name found skips
    the openers inside it."""
    out: list[Span] = []
    n = len(doc)
    after = 0  # the first token past the last name found
    for i in [k for k, tok in enumerate(doc.tokens) if tok.text in names]:
        if i < after:
            continue
        for words in names[doc[i].text]:
            end = i + len(words)
            if end <= n and tuple(doc[k].text for k in range(i, end)) == words:
                out.append(Span(i, end, doc[i].start, doc[end - 1].end, label))
                after = end
                break
    return out


def span_text(doc: Document, span: Span) -> str:
    """A token span's text as written, from its first token to its last."""
    return doc.text[doc[span.start].start : doc[span.end - 1].end]


def classified_org_names(doc: Document, lex: SpeakerLexicon) -> dict[str, str]:
    """Names the NER called people that the text classes as organisations: "the airline
    Skyline", "the retailer Halden": a determiner and an organisation noun
    (organisation_nouns.txt) right before the name, the noun a compound of the name or the
    name in apposition to it (a classifying noun before a name gives its kind, as "the
    actor Jonah Reeve" does a person's: Quirk et al. 1985, 17.83). Every span with the
    same words is then that organisation ("Skyline said"). Not "the campaign Tom Reed ran"
    (a relative clause: the name is its subject). Each name with the kind its noun gives
    when the noun gives one (description_nouns.txt: "airline" -> company), so that "the
    airline" later finds it (:meth:`DescriptionRules.definite`).

    The noun may have lower-case modifiers of its own between the determiner and itself
    ("the conciliation service Acas", :func:`_modifiers_start`), and the parser may make the
    noun and the name two subjects of one verb ("service" and "Acas" both ``nsubj`` of
    "confirmed"): the same classifying noun (session 23, styles8)."""
    names: dict[str, str] = {}
    for span in doc.entities:
        if span.label not in PERSON_LABELS or span.start < 2:
            continue
        noun = doc[span.start - 1]
        if noun.pos != "NOUN" or not noun.text.islower() or not _organisation_kind(noun, lex):
            continue
        start = _modifiers_start(doc, noun)
        if start < 1 or doc[start - 1].lower not in ("the", "a", "an"):
            continue
        last = doc[span.end - 1]
        compound = noun.dep == L.COMPOUND and noun.head == last.i
        appositive = last.dep == L.APPOS and last.head == noun.i
        subjects = noun.dep == last.dep == L.NSUBJ and noun.head == last.head
        if compound or appositive or subjects:
            kinds = lex.description_kinds.get(noun.lemma, frozenset()) - NON_ORG_KINDS
            names[span_text(doc, span)] = min(kinds) if len(kinds) == 1 else ""
    return names


def _modifiers_start(doc: Document, noun: Token) -> int:
    """The first of the lower-case words right before ``noun`` that modify it ("conciliation"
    of "the conciliation service", a ``compound`` or ``amod`` of the noun), else the noun's
    own index."""
    start = noun.i
    while (
        start > 0
        and doc[start - 1].head == noun.i
        and doc[start - 1].dep in (L.COMPOUND, L.AMOD)
        and doc[start - 1].text.islower()
    ):
        start -= 1
    return start


#: Kinds of description_nouns.txt that are no organisation: a person's epithet, a text.
NON_ORG_KINDS = frozenset({"person", "document", "statement"})


def _organisation_kind(noun: Token, lex: SpeakerLexicon) -> bool:
    """Whether a common noun names an organisation: organisation_nouns.txt, or a kind of
    organisation in description_nouns.txt ("airline", "carmaker": company)."""
    kinds = lex.description_kinds.get(noun.lemma, frozenset()) - NON_ORG_KINDS
    return noun.lemma in lex.org_nouns or bool(kinds)


def is_outlet(doc: Document, span: Span, lex: SpeakerLexicon) -> bool:
    """Whether a span's words are a listed media outlet's name (media_outlets.txt)."""
    text = span_text(doc, span).lower()
    text = text[4:] if text.startswith("the ") else text
    return text in lex.outlets


def unlabelled_names(doc: Document, lex: SpeakerLexicon, people: list[Span]) -> list[Span]:
    """Personal names the NER missed or mislabelled ("Theresa May" as a date, "Yuri Ushakov"
    after a title): a known first name followed by one or two capitalised proper nouns.

    Not the tail of a longer name the NER gave an organisation or place: "York" is a first
    name, but in "The New York Times" the words "York Times" are no person."""
    taken = {i for span in people for i in range(span.start, span.end)}
    # a word that continues an organisation's or place's name ("York" after "New"), not one
    # after a dateline's dash the NER ran into the name ("CLEVELAND - Donald Trump")
    continues_name = {
        i
        for e in doc.entities
        if e.label in ORG_LABELS
        for i in range(e.start + 1, e.end)
        if doc[i - 1].pos == "PROPN"
    }
    in_entity = {i for e in doc.entities for i in range(e.start, e.end)}
    known_surnames = {doc[span.end - 1].text for span in people}
    alone = _surnames_alone(doc, taken | in_entity, lex) - known_surnames
    out = []
    after = 0  # the first token past the last run of capitals read
    # only a proper noun opens a name: those tokens, found in one pass (issue 13)
    for i in [k for k, tok in enumerate(doc.tokens[:-1]) if tok.pos == "PROPN"]:
        if i < after or i in taken or i in continues_name:
            continue
        tok = doc[i]
        if not _first_name(tok, lex) and not _surname_used_alone(doc, i, alone, in_entity, lex):
            continue
        j = i + 1
        while (
            j < len(doc)
            and j - i <= 2
            and j not in taken
            and doc[j].pos == "PROPN"
            and doc[j].text[:1].isupper()
            and doc[j].sent == tok.sent
            and doc[j].lower not in lex.role_words
        ):
            j += 1
        if (
            j - i >= 2
            and not _outlet_inside_org(doc, i, j, lex)
            and not _opens_an_org(doc, i, j, lex)
            and not _in_dateline(doc, i)
        ):
            first = _hyphened_first(doc, i, taken)
            out.append(Span(first, j, doc[first].start, doc[j - 1].end, "PERSON"))
        after = j
    return out


def _surnames_alone(doc: Document, taken: set[int], lex: SpeakerLexicon) -> frozenset[str]:
    """The capitalised proper nouns that stand alone as a verb's subject somewhere in the text
    ("Guardiola added"), outside any entity the NER found: a surname on second reference."""
    return frozenset(
        tok.text
        for tok in doc.tokens
        if tok.pos == "PROPN"
        and tok.dep == L.NSUBJ
        and tok.i not in taken
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and tok.lower not in lex.role_words
        and not any(doc[k].pos == "PROPN" for k in (tok.i - 1, tok.i + 1) if 0 <= k < len(doc))
    )


def _surname_used_alone(
    doc: Document, i: int, alone: frozenset[str], in_entity: set[int], lex: SpeakerLexicon
) -> bool:
    """Whether the capitalised proper nouns from ``i`` are a name the NER missed whole ("Pep
    Guardiola said ... Guardiola added"): a first word the name lists do not know, then one
    surname, that the text uses alone as a subject elsewhere (news style names a person in
    full once, then by the surname: AP Stylebook, "second reference"). Two words only, none
    in an entity, a role, an organisation's word or a place's ("Downing Street" is never
    used alone as "Street"), not in a title-case headline ("Absent Trump Derides ..."), and
    not the surname of a person the NER found (then "Woods" alone is that person)."""
    if i + 2 > len(doc) or i in in_entity or i + 1 in in_entity:
        return False
    first, last = doc[i], doc[i + 1]
    if last.pos != "PROPN" or last.text not in alone or last.sent != first.sent:
        return False
    if i + 2 < len(doc) and doc[i + 2].pos == "PROPN":
        return False  # a longer run of capitals: a title or an organisation's name
    words = {first.lower, last.lower}
    return (
        first.text[:1].isupper()
        and first.text.isalpha()
        and not words & (lex.role_words | lex.org_nouns)
        and first.lower not in DETERMINERS
        and _lower_word_in_sentence(doc, i)  # not "Absent Trump Derides Debate"
    )


def _in_dateline(doc: Document, i: int) -> bool:
    """Whether token ``i`` lies in a dateline that opens its line ("DES MOINES - ...": "Des"
    is a first name, but the city is no person)."""
    line = doc.text.rfind("\n", 0, doc[i].start) + 1
    return dateline_end(doc.text, line) > doc[i].start


#: Particles that open a surname written without its first name ("Von der Leyen", "de Vries",
#: "bin Salman"). Not the articles "al", "el", "la", "le", "der", "die": they open as many
#: names of organisations and papers ("al-Shabab", "Le Monde", "Der Spiegel").
SURNAME_OPENERS = frozenset(
    {"von", "van", "de", "da", "das", "dos", "di", "du", "del", "della", "bin", "ibn", "ter", "ten",
     "zu"}
)  # fmt: skip


def particle_surnames(doc: Document, people: list[Span], lex: SpeakerLexicon) -> list[Span]:
    """Surnames that open with a particle, written without a first name ("Von der Leyen
    said", "said de Vries"): a name, though the NER tags the capitalised word alone a place
    or an organisation ("Leyen", GPE) or nothing. The particle must not follow a capitalised
    word of the same name ("Banco de España", "Rio de Janeiro") nor lie inside an entity the
    NER found whole ("Van Nuys", "Da Nang" as places); "Van" or "De" then needs a capitalised
    proper noun after the particles.

    A known first name before the particle opens the name with it ("Frans de Vries, who
    heads ...", which the NER leaves untagged) when the surname, particle and all, stands
    elsewhere in the text without it ("De Vries said"): news names a person in full once,
    then by the surname (AP Stylebook, "second reference"), while "Rio de Janeiro" is never
    "de Janeiro" alone."""
    taken = {i for span in people for i in range(span.start, span.end)}
    in_entity = {i for e in doc.entities for i in range(e.start, e.end)}
    # an organisation the NER made of a whole name ("Frans de Vries" as one ORG)
    org_bounds = {(e.start, e.end) for e in doc.entities if e.label == "ORG"}
    org_starts = {start for start, _ in org_bounds}
    out = []
    after = 0  # the first token past the last name's particles
    # only a particle opens one: those tokens, found in one pass (issue 13)
    openers = [k for k, tok in enumerate(doc.tokens[:-1]) if tok.text.lower() in SURNAME_OPENERS]
    for i in openers:
        if i < after:
            continue
        tok = doc[i]
        before = doc[i - 1] if i > 0 and doc[i - 1].sent == tok.sent else None
        capital = before is not None and before.pos == "PROPN" and before.text[:1].isupper()
        if (
            i in taken
            or (i in in_entity and not (capital and i - 1 in org_starts))
            or capital
            and not _first_name_opening(doc, i - 1, taken | (in_entity - org_starts), lex)
        ):
            continue
        j = i + 1
        while j < len(doc) and doc[j].lower in PARTICLES and doc[j].lower not in ("al", "el"):
            j += 1
        k = j
        while (
            k < len(doc)
            and k - j < 2
            and k not in taken
            and doc[k].pos == "PROPN"
            and doc[k].text[:1].isupper()
            and doc[k].sent == tok.sent
        ):
            k += 1
        whole = i not in in_entity or (i - 1, k) in org_bounds  # not "the de Vries Fund"
        if k > j and whole and not (capital and not _surname_stands_alone(doc, i, k)):
            start = i - 1 if capital else i
            out.append(Span(start, k, doc[start].start, doc[k - 1].end, "PERSON"))
        after = k  # past the particles at least (k >= j > i)
    return out


def _first_name_opening(doc: Document, f: int, taken: set[int], lex: SpeakerLexicon) -> bool:
    """Whether token ``f`` is a known first name that opens a name before its particle
    ("Frans" of "Frans de Vries"): no word of a span found already, nor after another
    capitalised word ("Banco de España", "Gran Canaria de ...")."""
    tok = doc[f]
    if f in taken or not _first_name(tok, lex):
        return False
    prev = doc[f - 1] if f > 0 and doc[f - 1].sent == tok.sent else None
    return prev is None or not (prev.pos == "PROPN" and prev.text[:1].isupper())


def _surname_stands_alone(doc: Document, i: int, k: int) -> bool:
    """Whether the words ``i:k`` (a particle and a surname, "de Vries") stand elsewhere in the
    text without the word before them here ("De Vries said")."""
    words = [doc[m].lower for m in range(i, k)]
    first = doc[i - 1].text
    n = k - i
    return any(
        p != i
        and [doc[p + m].lower for m in range(n)] == words
        and (p == 0 or doc[p - 1].text != first)
        for p in range(len(doc) - n + 1)
        if doc[p].lower == words[0]
    )


#: Legal forms written after a company's name ("Castlegate plc", "Verant AG", "Tollan Inc."),
#: as written: a company's name however the NER read it.
LEGAL_FORMS = frozenset(
    {
        "plc", "PLC", "Plc", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "AG", "GmbH", "Corp",
        "Corp.", "S.A.", "N.V.", "NV", "SpA", "Pty",
    }
)  # fmt: skip


#: Post-nominal letters that also end an organisation's name: a radio band ("Radio Nova AM"),
#: a ship's prefix or a title ("MS").
_BAND_OR_TITLE = frozenset({"AM", "MS", "MPs"})


def body_named_as_a_person(doc: Document, lex: SpeakerLexicon, span: Span) -> Span | None:
    """A name the NER typed PERSON whose last word shows a body of people, no person: a plural
    group noun ("Latino Republicans", "Ohio Voters", group_nouns.txt) is a GROUP (as the NER's
    NORP "Republicans"), a designator ("America Rising PAC", "the Reed Victory Fund":
    :data:`ORG_DESIGNATORS`, body_designators.txt) an ORG. "He" and
    "she" then pass over it to a person. A span of two words opening with a known first name
    before a designator stays a person ("Margaret Court"); a plural group noun is no surname
    ("Latino", a first name in the name dictionary, opens "Latino Republicans"). Not every
    organisation noun: a "Clinton Foundation" the NER took for a person then drew "Mrs.
    Clinton's campaign" to it on train (session 18, types2)."""
    if span.label not in PERSON_LABELS or span.end - span.start < 2:
        return None
    last = doc[span.end - 1]
    if not last.text[:1].isupper():
        return None
    word = last.lower
    if word in lex.group_nouns and word.endswith("s") and last.tag in ("NNS", "NNPS"):
        return Span(span.start, span.end, span.start_char, span.end_char, "NORP")
    if span.end - span.start == 2 and _first_name(doc[span.start], lex):
        return None  # "Margaret Court"
    if word in ORG_DESIGNATORS or word in load_lexicon("body_designators"):
        return Span(span.start, span.end, span.start_char, span.end_char, "ORG")
    return None


def surnames_after_a_comma(doc: Document, people: list[Span]) -> list[Span]:
    """A surname the NER ran into the place before it over a comma ("Speaking to reporters
    at Mantralaya, Rao said ...": one ORG "Mantralaya, Rao"): the last word of an entity span
    after its comma, a capitalised proper noun that is the last word of a person's name the
    text gives ("Devendra Rao"), is that person's mention; the span loses it."""
    surnames = {doc[span.end - 1].text for span in people if span.end - span.start > 1}
    out = []
    for e in doc.entities:
        if e.label in PERSON_LABELS or e.end - e.start < 3:
            continue
        last, comma = doc[e.end - 1], doc[e.end - 2]
        if comma.text == "," and last.pos == "PROPN" and last.text in surnames:
            out.append(Span(e.end - 1, e.end, last.start, last.end, "PERSON"))
    return out


def a_role_alone(doc: Document, span: Span, lex: SpeakerLexicon) -> bool:
    """An entity span that is a title of office and nothing else ("The Taoiseach, Ciarán
    Moloney, said": the NER's ORG "Taoiseach"; a headline's "Taoiseach defends ...", its
    PERSON): a role for its holder, as "the prime minister" is, no organisation and no
    name."""
    lowered = (doc[i].lower for i in range(span.start, span.end))
    words = tuple(word for word in lowered if word not in DETERMINERS)  # each read once
    return bool(words) and words in lex.roles


def titled_org_people(doc: Document, lex: SpeakerLexicon) -> list[Span]:
    """Names the NER labelled an organisation that the words around them show to be a
    person's: a role noun in lower case right before them ("ANC spokesperson Thabo
    Mokoena", the NER's ORG "Thabo Mokoena"), or post-nominal letters after them ("Róisín
    Ní Bhriain TD", an ORG whole). Names it does not know (African, Irish, Indian ones) are
    the NER's usual misses. Two or three capitalised proper nouns besides the letters, none
    a word of an organisation's name ("Board", "Holdings", "Inc."); a PERSON span."""
    designators = org_name_words(lex)
    out = []
    for e in doc.entities:
        if e.label != "ORG":
            continue
        toks = [doc[i] for i in range(e.start, e.end)]
        if _title_inside_before_a_name(toks, lex, designators):
            out.append(Span(e.start, e.end, e.start_char, e.end_char, "PERSON"))
            continue
        lead = _side_before_a_title(toks, lex)
        if lead and _title_inside_before_a_name(toks[lead:], lex, designators):
            out.append(Span(e.start + lead, e.end, toks[lead].start, e.end_char, "PERSON"))
            continue
        lettered = toks[-1].text in POST_NOMINALS - _BAND_OR_TITLE
        name = toks[:-1] if lettered else toks
        if not 1 <= len(name) <= 3 or not all(
            t.pos == "PROPN" and t.text[:1].isupper() and t.lower not in designators for t in name
        ):
            continue
        before = doc[e.start - 1] if e.start > 0 else None
        titled = (
            before is not None
            and before.text.islower()
            and before.pos == "NOUN"
            and ((before.lower,) in lex.roles or before.lower in lex.canonical)
        )
        if len(name) == 1 and not lettered:
            if before is None or not _mononym_after_a_person_noun(doc, before, name[0], lex):
                continue
        elif not (titled or lettered):
            continue
        out.append(Span(e.start, e.end, e.start_char, e.end_char, "PERSON"))
    return out


def after_a_party(doc: Document, lex: SpeakerLexicon, span: Span) -> Span:
    """A person span that opens with a listed party or "Independent" before a title and a
    name ("Sinn Féin TD Niamh Rourke", the NER's PERSON whole) cut to the title and the name,
    as :func:`titled_org_people` cuts the NER's ORG: the party stays its own span, and a
    person span holding a party's words would be dropped (session 23, styles9)."""
    toks = [doc[i] for i in range(span.start, span.end)]
    lead = _side_before_a_title(toks, lex)
    if not lead or not _title_inside_before_a_name(toks[lead:], lex, org_name_words(lex)):
        return span
    return Span(span.start + lead, span.end, toks[lead].start, span.end_char, span.label)


def _side_before_a_title(toks: list[Token], lex: SpeakerLexicon) -> int:
    """How many leading words of an ORG span are a listed party (parties.txt) or
    "Independent" before a capitalised title: "Labour TD Aoife Byrne", "Independent TD Aoife
    Byrne" (the NER's ORG whole) are a member of the party and her name; the party stays its
    own span (session 23, styles9). 0 for none."""
    if len(toks) > 1 and toks[0].text == "Independent":
        return 1
    for n in (2, 1):
        if len(toks) > n and lex.is_party(" ".join(t.text for t in toks[:n])):
            return n
    return 0


def _title_inside_before_a_name(
    toks: list[Token], lex: SpeakerLexicon, designators: frozenset[str]
) -> bool:
    """An ORG span that is a capitalised one-word title and a person's name after it: the NER
    labels "Bishop Matteo Ricci" an organisation (the title reads as a body's first word), so
    "He" after it found no man. The title a listed role (roles.txt: "Bishop", "Senator"), the
    name two or three capitalised proper nouns, the first a known first name
    (:func:`_first_name`), none a word of an organisation's name. Not "Cardinal Health" or
    "Bishop Auckland" (no first name after the title) (session 22, styles7). ``designators``:
    :func:`org_name_words`."""
    title, name = toks[0], toks[1:]
    return (
        2 <= len(name) <= 3
        and title.text[:1].isupper()
        and (title.lower,) in lex.roles
        and _first_name(name[0], lex)
        and all(t.pos == "PROPN" and t.text[:1].isupper() for t in name)
        and not any(t.lower in designators for t in name)
    )


def outlet_possessed_people(doc: Document, lex: SpeakerLexicon) -> list[tuple[Span, Span]]:
    """An ORG span the NER ran over an organisation's possessive and the person after it
    ("ABC News’ Bret Lund argued ...": one ORG, so the outlet spoke and "He" found no man):
    two or three capitalised proper nouns after the possessive, the first a known first name
    (:func:`_first_name`) and none a word of an organisation's name, are a PERSON, the
    outlet's journalist or the firm's officer; the words before the possessive are the ORG.
    Pairs (person, organisation). Not "ABC News’ World Report" (no first name)."""
    designators = org_name_words(lex)
    out = []
    for e in doc.entities:
        if e.label != "ORG":
            continue
        marks = [i for i in range(e.start + 1, e.end - 2) if doc[i].text in POSSESSIVE_MARKS]
        if not marks:
            continue
        m = marks[-1]
        name = [doc[i] for i in range(m + 1, e.end)]
        if not 2 <= len(name) <= 3 or not _first_name(name[0], lex):
            continue
        if not all(t.pos == "PROPN" and t.text[:1].isupper() for t in name):
            continue
        if any(t.lower in designators for t in name):
            continue
        person = Span(m + 1, e.end, name[0].start, name[-1].end, "PERSON")
        org = Span(e.start, m, doc[e.start].start, doc[m - 1].end, "ORG")
        out.append((person, org))
    return out


def _mononym_after_a_person_noun(
    doc: Document, noun: Token, name: Token, lex: SpeakerLexicon
) -> bool:
    """A one-word ORG span that is a person known by one name, as footballers, singers and
    Indonesian or Brazilian public figures are ("Brazilian footballer Neymar", "the singer
    Rihanna"): right after a lower-case person noun that a list gives (a role, a trade or a
    description of kind person: :func:`listed_person_noun`) that the name hangs on or is
    in apposition to. Not a word in capitals ("union FNV", "the agency NASA"), nor a listed
    outlet or party."""
    word = name.text
    return (
        noun.text.islower()
        and listed_person_noun(noun, lex)
        and word.isalpha()
        and not word.isupper()
        and word.lower() not in lex.outlets
        and not lex.is_party(word)
        and (name.head == noun.i or noun.head == name.i)
    )


def mononym_gender(entity: Entity, lex: SpeakerLexicon) -> str:
    """The gender of a person the text names by one word only, when that word is a first
    name of the project's short lists (first_names_female.txt, first_names_male.txt) and
    no other: fiction and features call people by first names ("Anna shrugged. ... He
    laughed." is not Anna). Not the large name dictionary, which gives a gender to many
    surnames ("Sanders", "Cruz" alone are surnames)."""
    if len(entity.names) != 1 or " " in entity.name:
        return ""
    low = entity.name.lower()
    if low in lex.female and low not in lex.male:
        return FEMALE
    if low in lex.male and low not in lex.female:
        return MALE
    return ""


def legal_form_names(doc: Document, taken: set[int]) -> list[Span]:
    """Company names ending in a legal form that the NER left unlabelled ("In London,
    Castlegate plc said ...": nothing, though "Castlegate Plc" is an ORG): one to three
    capitalised proper nouns before the form, in the same sentence, none of them in another
    span (``taken``: the NER's entities and the people), are one ORG span with the form."""
    out = []
    # the legal forms, found in one pass (issue 13)
    forms = [k for k, tok in enumerate(doc.tokens[1:], 1) if tok.text in LEGAL_FORMS]
    for j in forms:
        if j in taken:
            continue
        i = j
        while (
            i > 0
            and j - i < 3
            and i - 1 not in taken
            and doc[i - 1].pos == "PROPN"
            and doc[i - 1].text[:1].isupper()
            and doc[i - 1].text not in LEGAL_FORMS
            and doc[i - 1].sent == doc[j].sent
        ):
            i -= 1
        if i < j:
            out.append(Span(i, j + 1, doc[i].start, doc[j].end, "ORG"))
    return out


#: The NER's labels of names that are no organisation's by its reading, but are one in
#: apposition to an organisation's description ("The operator, Aran Sea Links," LOC).
_MISREAD_NAME_LABELS = frozenset({"LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def appositive_organisations(doc: Document, lex: SpeakerLexicon, taken: set[int]) -> list[Span]:
    """Names in apposition to a description that fits an organisation (:func:`fits_an_org`)
    are organisations whatever else the NER labelled them: "The operator, Aran Sea Links,
    said" (the small model reads "Sea" and tags a place). Apposition is coreference (Quirk
    et al. 1985, 17.65), and the description says what kind of thing the name is. Only spans
    of ``_MISREAD_NAME_LABELS`` whose words are all capitalised proper nouns."""
    out = []
    for e in doc.entities:
        if e.label not in _MISREAD_NAME_LABELS:
            continue
        words = [doc[i] for i in range(e.start, e.end)]
        if not all(t.pos == "PROPN" and t.text[:1].isupper() for t in words):
            continue
        heads = [t for t in words if not e.start <= t.head < e.end]
        if _classed_before(doc, e, lex):
            out.append(Span(e.start, e.end, e.start_char, e.end_char, "ORG"))
            continue
        if len(heads) != 1 or heads[0].dep != L.APPOS:
            continue
        noun = doc[heads[0].head]
        if noun.pos == "NOUN" and fits_an_org(doc, noun, heads[0], lex):
            out.append(Span(e.start, e.end, e.start_char, e.end_char, "ORG"))
    return out


def classing_nouns(doc: Document, lex: SpeakerLexicon) -> list[tuple[int, int]]:
    """(the noun, the name's first token) of each misread name a classifying organisation
    noun stands before (:func:`_classed_before`): the noun is a mention of the organisation
    too, so "a report by the charity Child First" is the charity's report when the parser
    hangs only "charity" on "by"."""
    return [
        (e.start - 1, e.start)
        for e in doc.entities
        if e.label in _MISREAD_NAME_LABELS and _classed_before(doc, e, lex)
    ]


def _classed_before(doc: Document, span: Span, lex: SpeakerLexicon) -> bool:
    """A misread name right after a determiner and a lower-case organisation noun: "the
    charity Oxfam said" (the NER's LOC), "a report by the charity Child First has found"
    (its WORK_OF_ART, the parser's ``nsubj`` of "found" while "charity" hangs on "by"). A
    classifying noun before a name gives its kind (Quirk et al. 1985, 17.83), as in
    :func:`classified_org_names`, whatever the parser made of the pair; only not when the
    name is the subject of a relative clause on the noun ("the charity Oxfam funds":
    the noun's own clause) (session 23, styles9)."""
    words = [doc[i] for i in range(span.start, span.end)]
    if span.start < 2 or not all(t.pos == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    noun = doc[span.start - 1]
    if noun.pos != "NOUN" or not noun.text.islower() or not _organisation_kind(noun, lex):
        return False
    start = _modifiers_start(doc, noun)
    if start < 1 or doc[start - 1].lower not in ("the", "a", "an"):
        return False
    last = doc[span.end - 1]
    return not (last.dep == L.NSUBJ and doc[last.head].dep == L.RELCL)


def fits_an_org(doc: Document, noun: Token, name: Token, lex: SpeakerLexicon) -> bool:
    """Whether a description's head can stand for the organisation named in apposition to
    it: an organisation noun ("One group, Occupy DNC,"), or a singular noun that names no
    person's role or group ("Her publisher, Ravenhill Press, said", "Its biggest
    supplier, Halden Foods, said"); not "The spokesman, the White House," nor "Critics,
    the Tax Foundation among them,", nor a title in marks ("The spot, "Trumpcare,"
    links ...": the name of a thing)."""
    if noun.lemma in lex.org_nouns:
        return True
    if noun.tag != "NN" or noun.lemma in lex.group_nouns:
        return False
    if doc.text[name.start - 1 : name.start] in ALL_MARKS:
        return False
    return not (lex.find_roles([noun.lower]) or lex.find_roles([noun.lemma]))


#: Heads of institutions' names that organisation_nouns.txt leaves out (as descriptions, "the
#: school said" is no organisation's voice), but that end no person's name before "of".
_INSTITUTION_NOUNS = frozenset(
    {"college", "university", "school", "academy", "society", "association", "federation"}
)


#: Organisation nouns of a body a person leads or owns, after a person's name: "the Hillary
#: Clinton Campaign" is hers, no institution named "Hillary Clinton Campaign".
_PERSONAL_BODIES = frozenset(
    {"administration", "campaign", "team", "government", "party", "house", "group", "cabinet"}
)


def _opens_an_org(doc: Document, start: int, end: int, lex: SpeakerLexicon) -> bool:
    """ "The Royal College of Nursing": a first name ("Royal") and a capitalised organisation
    noun after it ("College", organisation_nouns.txt) that go on as a longer name ("of
    Nursing", or inside a longer span the NER labelled an organisation) are an organisation's
    words, not a person's name. A person's surname is no organisation noun, so "Meenakshi
    Ganguly of Human Rights Watch" stays a person."""
    if doc[end - 1].lower not in lex.org_nouns and doc[end - 1].lower not in _INSTITUTION_NOUNS:
        return False
    if end < len(doc) and doc[end].lower in ("of", "for"):
        return True
    if any(e.label in ORG_LABELS and e.start <= start and end < e.end for e in doc.entities):
        return True
    return _named_institution(doc, start, end, lex)


def _named_institution(doc: Document, start: int, end: int, lex: SpeakerLexicon) -> bool:
    """ "a report by the Rand Corporation", "the Harmon Budget Office": a run the NER labelled
    an organisation, from its first word after "the" to its last, ending on an organisation
    noun, names an institution, though its first word is a first name. Not a noun a person
    leads or owns ("the Hillary Clinton Campaign", "the Barack Obama Administration":
    ``_PERSONAL_BODIES``), and not without "the": a person's name with a capitalised word
    after it in a headline has none. Not an eponym of a person the text names ("the Clinton
    Foundation" beside Hillary Clinton): the person registry decides those, as before."""
    if doc[end - 1].lower in _PERSONAL_BODIES or start == 0 or doc[start - 1].lower != "the":
        return False
    if not any(
        e.label in ORG_LABELS and e.start == start - 1 and e.end == end for e in doc.entities
    ):
        return False
    first = doc[start].text
    return not any(
        doc[i].text == first
        for e in doc.entities
        if e.label in PERSON_LABELS
        for i in range(e.start, e.end)
    )


def _outlet_inside_org(doc: Document, start: int, end: int, lex: SpeakerLexicon) -> bool:
    """ "the Orlando Sentinel": a first name ("Orlando") whose run ends in an outlet's last
    word, inside a span the NER labelled an organisation, is the paper, not a person."""
    words = doc.text[doc[start].start : doc[end - 1].end]
    if lex.kind_of_name(words) not in ("media", "broadcaster"):
        return False
    return any(e.label in ORG_LABELS and e.start <= start and end <= e.end for e in doc.entities)


def _hyphened_first(doc: Document, i: int, taken: set[int]) -> int:
    """Where a name starting at ``i`` really starts: "Jean-Pierre Dubois" when "Pierre" is
    the known first name, its "Jean-" written close before it (no space either side of the
    hyphen), and "Jean" no word of another name."""
    if i >= 2 and _close_hyphen(doc, i - 1) and i - 2 not in taken:
        before = doc[i - 2]
        if before.pos == "PROPN" and before.text[:1].isupper():
            return i - 2
    return i


def _first_name(tok: Token, lex: SpeakerLexicon) -> bool:
    """A known first name: in the hand lists, or one the name dictionary gives a gender."""
    if tok.lower in lex.male or tok.lower in lex.female:
        return True
    return (
        tok.text[:1].isupper()
        and tok.lower not in lex.role_words
        and bool(lex.first_name_gender(tok.text))
    )


def add_bare_surnames(reg: Registry) -> None:
    """Later mentions by surname alone that the NER left unlabelled ("Keel said"); in the
    headline also a capitalised word the tagger took for a common noun ("Schlafly's Final
    Column Explains Why She ...": title case hides the name from the tagger)."""
    doc = reg.document
    # a name's tag or a mistagged one's (:data:`MISTAGGED_POS`): those tokens, in one pass
    for tok in [t for t in doc.tokens if t.pos == "PROPN" or t.pos in MISTAGGED_POS]:
        name_like = tok.pos == "PROPN" or (
            tok.pos == "NOUN" and tok.text[:1].isupper() and tok.sent == 0
        )
        mistagged = not name_like and _mistagged_surname(doc, tok)
        if (name_like or mistagged) and tok.i not in reg.at_token and tok.lower in reg.by_surname:
            if tok.dep == L.COMPOUND:
                continue
            hint = reg.lexicon.role_gender(doc[tok.i - 1].lower) if tok.i else ""
            plain = not (tok.i and doc[tok.i - 1].lower in PARTICLES)
            person = reg.person_named(tok.lower, before=tok.i, gender=hint, plain=plain)
            if mistagged and person is not None and last_before(person.mentions, tok.i) < 0:
                continue  # a word the tagger read right, before anyone of that name
            if person is not None:
                reg.add_mention(person, [tok.i], tok.i)


#: The tags the tagger gives a surname it takes for an English word (:func:`_mistagged_surname`).
MISTAGGED_POS = ("NOUN", "VERB")


def _mistagged_surname(doc: Document, tok: Token) -> bool:
    """ "Trump himself was delighted", "Giffords was a member of Congress", "Sanders’ aides
    say": a capitalised word the tagger took for a verb or a common noun (a surname that is
    also an English word, or any word opening a sentence) that is a clause's subject or a
    possessor, spelled as the surname of a person named before, is that person again
    (:func:`add_bare_surnames`). A missed mention leaves a subject out of the salience that
    a pronoun in the next sentence needs (Lappin & Leass 1994 count every mention). Only a
    subject or a possessor (the parser's ``poss``, or a word before a possessive mark): a
    modifier ("anti-Trump rallies") or a word inside a name ("an Executive Order") is no
    mention; an all-capital word (a headline's "GOING BROKE FOR RUBIO") neither."""
    text = tok.text
    if not text[:1].isupper() or text.isupper() or tok.pos not in MISTAGGED_POS:
        return False
    if tok.dep in (L.NSUBJ, L.NSUBJ_PASS, L.POSS):
        return True
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text in POSSESSIVE_MARKS


def add_unlabelled_org_names(reg: Registry) -> None:
    """Later uses of an organisation's name, letter for letter, that the NER left unlabelled
    ("G-III did not respond ... G-III reports show. The company ..."): the NER labels a
    name in one context and not in the next, and a bare "the company" must find it. Only
    names of two or more characters with a capital, in whole tokens none of which is
    another mention already (the same thing :func:`add_bare_surnames` does for people).
    A one-word name must look like no common word: capitals throughout or a hyphen or digit
    in it ("DOJ", "G-III", "AFL-CIO"); "House", "Time", "Latino" are words as often."""
    doc = reg.document
    text = doc.text
    for entity in list(reg.entities):
        if entity.type != ORG or entity.place or entity.described or not entity.mentions:
            continue
        for name in entity.names:
            if len(name) < 2 or not any(c.isupper() for c in name):
                continue
            if " " not in name and not (name.isupper() or not name.isalpha()):
                continue
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                whole = (start == 0 or not text[start - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()
                )
                tokens = list(doc.tokens_in(start, end))
                if (
                    whole
                    and tokens
                    and doc[tokens[0]].start == start
                    and doc[tokens[-1]].end == end
                    and not any(i in reg.at_token for i in tokens)
                ):
                    reg.add_mention(entity, tokens, run_head(doc, tokens))
                start = text.find(name, end)


def _lower_case_words(toks: list[Token]) -> bool:
    """Whether every word of a PERSON span begins in lower case ("jabbed", "election
    matchup", "gaunt"): English writes a name with capitals, and the NER's lower-case
    "names" in news copy are common words; one that is the surname of someone named before
    ("bush" in a quoted tweet after "Jeb Bush") still joins that person."""
    words = [t for t in toks if t.text[:1].isalpha()]
    return bool(words) and all(t.text[:1].islower() for t in words)


def surname_shared_after(reg: Registry, toks: list[Token]) -> Token | None:
    """The surname a lone first name shares with the full name joined to it by "and":
    "Khizr and Ghazala Khan", "Bill and Hillary Clinton" name Khizr Khan and Bill Clinton (a
    couple or siblings written with one family name; English coordinates the first names
    and lets the surname end both, Quirk et al. 1985, 13.60 on shared constituents). Only a
    first name that is no surname of the registry, right before "and", then two or three
    capitalised proper nouns opening on a known first name, the last one the conjunct of
    the first name (the parser's reading of the shared surname) and the surname. The lone
    word is never written alone elsewhere (a surname recurs alone: "Moreno and Ann Lee met.
    Moreno said"), and is a known first name or one the text writes nowhere else ("Khizr",
    no list's)."""
    doc, lex = reg.document, reg.lexicon
    if len(toks) != 1:
        return None
    tok = toks[0]
    if tok.lower in reg.by_surname or not tok.text[:1].isupper():
        return None
    again = [doc[i] for i in reg.places_of_word(name_key(tok.text)) if i != tok.i]
    if any(not _name_word(doc[t.i + 1]) for t in again if t.i + 1 < len(doc)):
        return None
    if not (_first_name(tok, lex) or listed_first_name(tok.text)) and again:
        return None
    j = tok.i + 1
    if j + 2 >= len(doc) or doc[j].lower != "and":
        return None
    k = j + 1
    while k < len(doc) and k - j <= 3 and doc[k].pos == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    words = [doc[i] for i in range(j + 1, k)]
    if not 2 <= len(words) <= 3 or not _first_name(words[0], lex):
        return None
    last = words[-1]
    if last.sent != tok.sent or not (last.head == tok.i or tok.head == last.i):
        return None
    if _names_an_organisation(" ".join(w.text for w in words), lex):
        return None  # "the Bill and Hillary Clinton Foundation": a body's name, no surname
    return last


def register_person(reg: Registry, span: Span) -> Entity | None:
    """Link one PERSON span to a person of the registry, creating it when new.

    A full name joins the person with the same surname and first name, or the one known so
    far only by the surname; a single word joins the person with that surname or first name.
    """
    doc, lex = reg.document, reg.lexicon
    toks = name_tokens(doc, span, lex)
    if not toks or not any(t.text[:1].isalpha() for t in toks):
        return None
    if _lower_case_words(toks) and "".join(t.lower for t in toks[-1:]) not in reg.by_surname:
        return None  # "The Chinese finance minister jabbed back": a verb the NER took for a name
    name = _name_text(doc, toks)
    joined = _hyphenated_surname(doc, toks)
    surname = "".join(t.lower for t in toks[-joined:])
    # "bin Salman", "von der Leyen": a surname with its particles names no first name
    first = toks[0].lower if len(toks) > joined and toks[0].lower not in PARTICLES else ""
    entity = None
    hint = name_gender(reg, span, toks)
    shared = surname_shared_after(reg, toks)
    if shared is not None:
        # "Khizr and Ghazala Khan": a first name alone before "and" is Khizr Khan
        name, surname, first = f"{toks[0].text} {shared.text}", shared.lower, toks[0].lower
        hint = hint or lex.first_name_gender(toks[0].text)
    if first:
        for cand in reg.by_surname.get(surname, ()):
            if (
                name_key(cand.first_name) in (name_key(first), _first_word_key(name))
                or (not cand.first_name and agrees(reg, cand, hint))
                or _ends_a_name_of(cand, name, lex)
            ):
                entity = cand
                break
        if entity is None:
            entity = _known_by_a_middle_name(reg, toks, hint)
        if entity is None:
            entity = _known_by_a_longer_name(reg, name, surname)
    else:
        plain = len(toks) == joined
        entity = reg.person_named(surname, before=toks[0].i, gender=hint, plain=plain)
    if entity is None:
        entity = reg.new(PERSON)
    if len(toks) == 1 and hint and not entity.gender:
        # "Mr. Khan" after "Khizr and Ghazala Khan": the honorific shows the man's gender
        # (the strongest evidence, as inside the span), so a later "Ms. Khan" is not him
        entity.gender = hint
    if first and name_key(first) not in {name_key(f) for f in _firsts(entity)}:
        reg.by_first.setdefault(first, []).append(entity)
    if entity not in reg.by_surname.get(surname, ()) and (first or not reg.by_first.get(surname)):
        reg.by_surname.setdefault(surname, []).append(entity)
    for middle in toks[1:-1] + (toks[-joined:] if joined > 1 else []):
        # "Luiz Inacio Lula da Silva": "Lula" alone is the same man (a mononym); "Awlaki"
        # alone after "Anwar al-Awlaki" is him, when no one has it as the whole surname
        low = middle.lower
        if low not in PARTICLES and middle.text[:1].isupper() and len(low) > 2:
            if entity not in reg.by_part.get(low, ()):
                reg.by_part.setdefault(low, []).append(entity)
    entity.add_name(name)
    reg.add_mention(entity, range(span.start, span.end), run_head(doc, [t.i for t in toks]))
    prefix = [doc[i] for i in range(span.start, toks[0].i)]
    words = [t.lower for t in prefix]
    for a, b, phrase in reg.lexicon.find_roles(words):
        if b - a > 1:
            text = doc.text[prefix[a].start : prefix[b - 1].end]
            entity.add_role(text, lex.canonical_role(phrase))
            gender = lex.role_gender(phrase)
            if gender:
                entity.gender = gender
    for tok in prefix:
        _title_word(reg, entity, tok)
    return entity


#: Words that may stand before "known as" in an alias phrase ("better known as").
_ALIAS_ADVERBS = frozenset({"better", "widely", "popularly", "commonly", "universally"})


def add_known_as(reg: Registry, span: Span, entity: Entity) -> None:
    """A name the text says a person is known by: "Joko Widodo, known as Jokowi, said ...
    Jokowi added" (Indonesian, Brazilian and sporting figures go by a short name the NER
    tags an organisation or misses). The one or two capitalised proper nouns after "known
    as" (or "better known as") right after the name, outside any other person's span, are
    a name of that person: a later mention of them is the person, whose canonical name stays
    the fullest."""
    doc = reg.document
    i = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    while i < len(doc) and doc[i].lower in _ALIAS_ADVERBS:
        i += 1
    if i + 2 >= len(doc) or doc[i].lower != "known" or doc[i + 1].lower != "as":
        return
    j = k = i + 2
    while k < len(doc) and k - j < 2 and _name_word(doc[k]) and k not in reg.at_token:
        k += 1
    if k == j:
        return
    alias = tokens_text(doc, [doc[m] for m in range(j, k)])
    if entity not in reg.by_surname.get(alias.lower(), ()):
        reg.by_surname.setdefault(alias.lower(), []).append(entity)
    entity.add_name(alias)
    reg.add_mention(entity, range(j, k), k - 1)


def _hyphenated_surname(doc: Document, toks: list[Token]) -> int:
    """How many tokens the surname at the end of a name takes: one, or the pieces of a
    double-barrelled surname the tokenizer split at its hyphen ("Miriam Okafor-Hale" ->
    "Okafor", "-", "Hale"). The whole is the surname: a bare "Okafor-Hale" is her, not a
    first name "Okafor" and a surname "Hale", and a bare "Hale" is her husband Jonathan
    Hale, not her (the convention of double-barrelled names: the whole is used)."""
    n = 1
    while (
        n + 2 <= len(toks)
        and toks[-n - 2].i + 1 == toks[-n - 1].i == toks[-n].i - 1
        and _close_hyphen(doc, toks[-n - 1].i)
        and all(len(t.text) > 1 and t.text.isalpha() for t in (toks[-n - 2], toks[-n]))
        and toks[-n - 2].lower not in PARTICLES  # "al-Awlaki": the article, then the name
    ):
        n += 2
    return n


def _names_an_organisation(name: str, lex: SpeakerLexicon) -> bool:
    """Whether a name's last word is an organisation noun ("Foundation", "Institute") or
    the name has a kind (organisation_nouns.txt, description_nouns.txt)."""
    return name.split()[-1].lower() in lex.org_nouns or bool(lex.kind_of_name(name))


def _ends_a_name_of(entity: Entity, name: str, lex: SpeakerLexicon) -> bool:
    """Whether ``name`` and a known name of ``entity``, one of two words or more, are one
    the end of the other, the longer one starting with first names: a compound surname
    written without the first name ("Wasserman Schultz" after "Debbie Wasserman Schultz", or
    in a headline before it), whose first word is then no first name. The words before must
    be given names (the NER runs spans over other words: "Certainly Donald Trump") and new
    to the shorter name ("Christie Chris Christie"); a name of a kind of organisation ("Clinton
    Foundation") is no surname. A particle is compared without its case: a sentence's first
    word capitalises it ("De Blasio: ..." in a headline is "Bill de Blasio")."""
    for n in entity.names:
        for short, long in ((name, n), (n, name)):
            if (
                len(short.split()) > 1
                and long[-len(short) - 1 :].lower() == " " + short.lower()
                and not _names_an_organisation(short, lex)
            ):
                extra = long[: -len(short) - 1].split()
                if all(
                    w[:1].isupper()
                    and w.lower() not in short.lower().split()
                    and (lex.first_name_gender(w) or listed_first_name(w))
                    for w in extra
                ):
                    return True
    return False


def _first_word_key(name: str) -> str:
    """The key of a name's first word as written, a hyphenated given name whole: "Jean-Pierre"
    of "Jean-Pierre Dubois", which an entity's :attr:`Entity.first_name` holds whole too, where
    the first token is "Jean" only (the tokenizer splits at the hyphen). Without it a second
    "Jean-Pierre Dubois" was a second person (issue 13)."""
    return name_key(name.split()[0])


def _known_by_a_middle_name(reg: Registry, toks: list[Token], hint: str) -> Entity | None:
    """The person a headline or an early mention named by one word of this full name, its
    middle ("Brazil's Lula says ..." before "Luiz Inacio Lula da Silva"; the other order is
    :attr:`Registry.by_part`) or its first name ("Bill is back: Hillary's husband ..."
    before "Bill Clinton"; headlines name the famous by first name, and the body then names
    them in full). Only a person known so far by that one word alone, of agreeing gender;
    by the first word only when it is a known first name ("Obama-Clinton" is two people)."""
    for k, middle in enumerate(toks[:-1]):
        low = middle.lower
        if low in PARTICLES or not middle.text[:1].isupper() or len(low) <= 2:
            continue
        if k == 0 and not reg.lexicon.first_name_gender(middle.text):
            continue
        for cand in reg.by_surname.get(low, ()):
            if not cand.first_name and len(cand.names) == 1 and agrees(reg, cand, hint):
                return cand
    return None


def _known_by_a_longer_name(reg: Registry, name: str, last: str) -> Entity | None:
    """The person named before in full whose name this one opens, its last word a middle
    name of theirs: "Sri Mulyani" after "Sri Mulyani Indrawati" (Indonesian and Brazilian
    names drop the last of three words as often as the first: "Lula" of "Luiz Inacio Lula da
    Silva" is :attr:`Registry.by_part` already). Only one such person, named in running text:
    a title-case headline runs its verb into the name ("Ana Ferreira Refuses to Quit", one PERSON
    "Ana Ferreira Refuses"), which no later "Ana Ferreira" is."""
    doc = reg.document
    found = [
        e
        for e in reg.by_part.get(last, ())
        if any(n.startswith(name + " ") for n in e.names)
        and any(_lower_word_in_sentence(doc, m) for m in e.mentions)
    ]
    return found[0] if len(found) == 1 else None


def name_gender(reg: Registry, span: Span, toks: list[Token]) -> str:
    """The gender a name mention shows by itself: an honorific or gendered title inside the
    span or just before it ("Mrs. Clinton", "Mr. Clinton"), else its first name. It picks
    which of two people sharing a surname the mention is (Bill and Hillary Clinton)."""
    doc, lex = reg.document, reg.lexicon
    before = [doc[i] for i in range(max(0, span.start - 1), toks[0].i)]
    for tok in reversed(before):
        gender = lex.role_gender(tok.lower)
        if gender:
            return gender
    return lex.first_name_gender(toks[0].text) if len(toks) > 1 else ""


def _firsts(entity: Entity) -> Iterator[str]:
    for name in entity.names:
        words = name.split()
        if len(words) > 1:
            yield words[0]


def _title_word(reg: Registry, entity: Entity, tok: Token) -> None:
    """A title inside a name span ("Mr." in "Mr. Trump"): its gender and role."""
    lex = reg.lexicon
    phrase = tok.lower
    if (phrase,) in lex.roles:
        gender = lex.role_gender(phrase)
        if gender:
            entity.gender = gender
        if phrase.rstrip(".") not in HONORIFICS:
            entity.add_role(tok.text, lex.canonical_role(phrase))
        elif phrase in PEERAGE_TITLES:
            entity.role_keys.add("peer")  # "the peer", "the baroness" refer back to her


#: Pronouns no organisation's name holds: a span with one is a headline read as a name.
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})


def register_organisation(reg: Registry, span: Span) -> None:
    """Link an ORG / GPE / NORP span: to a person when it is one's name, else to the
    organisation of that name. Spans made of role words ("Press", "State" in titles) and
    adjectives ("Russian") are not organisations."""
    doc, lex = reg.document, reg.lexicon
    toks = name_tokens(doc, span, lex)
    if not toks:
        return
    # a surname, with its particles ("Von der Leyen said": capitalised, the NER's ORG), or
    # double-barrelled ("Okafor-Hale said" after "Miriam Okafor-Hale")
    joined = _hyphenated_surname(doc, toks)
    surname = "".join(t.lower for t in toks[-joined:])
    if surname in reg.by_surname and all(t.lower in PARTICLES for t in toks[:-joined]):
        # "Mr. Clinton" the NER labelled ORG: the honorific picks the namesake, as for a PERSON
        hint = name_gender(reg, span, toks)
        plain = len(toks) == joined
        person = reg.person_named(surname, before=toks[0].i, gender=hint, plain=plain)
        if person is not None:
            reg.add_mention(person, range(span.start, span.end), toks[0].i)
            return
    person = _first_name_alone(reg, span, toks)
    if person is not None:
        reg.add_mention(person, range(span.start, span.end), toks[0].i)
        return
    if all(t.lower in lex.role_words for t in toks) or toks[-1].pos == "ADJ":
        return
    if any(doc[i].lower in SUBJECT_PRONOUNS for i in range(span.start, span.end)):
        return  # a title-case headline the NER took whole: "Schlafly's Column Explains Why She"
    if span.label == "NORP" and toks[-1].tag not in ("NNS", "NNPS"):
        return
    name = tokens_text(doc, toks)
    key = name.lower()
    entity = reg.by_org.get(key)
    if entity is None and span.label != "NORP":
        entity = short_form_of(reg, name)
        if entity is not None:
            entity.add_name(name)
            reg.by_org[key] = entity
    if entity is None:
        entity = reg.new(GROUP if span.label == "NORP" else ORG)
        entity.place = span.label == "GPE" and key not in lex.outlets  # "Breitbart" as GPE
        entity.facility = span.label == "FAC"
        entity.kind = "" if entity.place else lex.kind_of_name(name)
        entity.add_name(name)
        reg.by_org[key] = entity
        side = lex.side(name)
        if side:
            entity.affiliations.add(side)
    reg.add_mention(entity, range(span.start, span.end), run_head(doc, [t.i for t in toks]))


def _first_name_alone(reg: Registry, span: Span, toks: list[Token]) -> Entity | None:
    """The person a first name alone names when the NER took it for an organisation: tabloid
    and showbusiness copy calls people by their first names ("Tasha Reyes ended the romance.
    ... Tasha posted a message"), and the NER tags a name it does not know as ORG. Only an
    ORG span of one word that is the first name of one person named before it, and the name
    of no organisation the text names whole, so "Ford" stays the company (session 17)."""
    if span.label != "ORG" or len(toks) != 1:
        return None
    low = toks[0].lower
    people = [e for e in reg.by_first.get(low, []) if e.type == PERSON]
    if len(people) != 1 or low in reg.by_org or low in reg.by_surname:
        return None
    person = people[0]
    return person if any(m < toks[0].i for m in person.mentions) else None


#: The last words of an organisation's full name that its short form drops ("Quinnipiac
#: University" -> "Quinnipiac", "Pew Research Center" -> "Pew"), besides organisation_nouns.txt:
#: these words and every legal form of :data:`LEGAL_FORMS` in lower case.
ORG_DESIGNATORS = frozenset(
    {
        "university", "college", "institution", "school", "center", "centre", "research",
        "corporation", "co.", "poll", "polling",
    }
    | {form.lower() for form in LEGAL_FORMS}
)  # fmt: skip


def org_name_words(lex: SpeakerLexicon) -> frozenset[str]:
    """Words of an organisation's name that no person's name holds ("Board", "Holdings",
    "Inc.", "University"): :data:`ORG_DESIGNATORS`, organisation nouns and company
    designators."""
    return ORG_DESIGNATORS | lex.org_nouns | lex.company_designators


#: Words an acronym skips ("Public Policy Institute of California" -> "PPIC").
ACRONYM_SKIPS = frozenset({"of", "for", "the", "and", "on", "&"})


def shortens(name: str, full: str, designators: frozenset[str]) -> bool:
    """Whether ``name`` is a short form of the organisation name ``full``: its first word(s)
    without the trailing designator ("Quinnipiac" of "Quinnipiac University", "Pew" of "Pew
    Research Center"), or its initials ("PPIC" of "Public Policy Institute of California")."""
    words, parts = name.split(), full.split()
    if len(parts) <= len(words):
        return False
    rest = parts[len(words) :]
    if (
        [w.lower() for w in parts[: len(words)]] == [w.lower() for w in words]
        and rest[-1].lower() in designators
        and all(w[:1].isupper() for w in rest)
    ):
        return True
    return len(words) == 1 and name.isupper() and len(name) >= 3 and name in _acronyms(parts)


def _initials(words: list[str]) -> str:
    """The initials of a name's words, the words an acronym skips aside ("PPIC")."""
    return "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIPS)


def _acronyms(words: list[str]) -> set[str]:
    """The acronyms a name may take: its initials without the small words ("PPIC" of "Public
    Policy Institute of California") or with them, upper-cased ("DFA" of "Democracy for
    America", as the group calls itself)."""
    out = {_initials(words)}
    if len(words) > 2 and all(w[:1].isalpha() for w in words):
        out.add("".join(w[0] for w in words).upper())
    return out


def short_form_of(reg: Registry, name: str) -> Entity | None:
    """The organisation named before whose full name ``name`` shortens (:func:`shortens`), as
    news style names one again ("Quinnipiac University ... Quinnipiac conducted the poll",
    "the Public Policy Institute of California ... The PPIC poll"). None when no earlier
    organisation fits, or when two do (no guess)."""
    designators = org_name_words(reg.lexicon)
    found = [
        entity
        for entity in reg.entities
        if entity.type == ORG
        and not entity.place
        and not entity.described
        and entity.kind != "document"
        and any(shortens(name, full, designators) for full in entity.names)
    ]
    return found[0] if len(found) == 1 else None


def org_short_form(span: Span, doc: Document, short_forms: frozenset[str]) -> bool:
    """A one-word PERSON span that shortens an organisation the NER labelled ORG elsewhere in
    the text ("Quinnipiac conducted the poll" with "a Quinnipiac University poll"): the NER
    often takes a short organisation name for a surname. People are registered before
    organisations, so this is decided on the spans. ``short_forms``: every short form of the
    text's ORG spans (:func:`short_forms_of`), gathered once, so each span is one lookup."""
    if span.end - span.start != 1 or span.label not in PERSON_LABELS:
        return False
    word = doc[span.start].text
    return word.lower() in short_forms or word in short_forms


def short_forms_of(full: str, designators: frozenset[str]) -> set[str]:
    """Every one-word ``name`` that :func:`shortens` ``full``, for lookup: its first word
    (lower case) before capitalised words ending in a designator, and its initials as written
    ("PPIC")."""
    parts = full.split()
    out = set()
    if len(parts) > 1 and parts[-1].lower() in designators:
        if all(w[:1].isupper() for w in parts[1:]):
            out.add(parts[0].lower())
    for initials in _acronyms(parts):
        if len(parts) > 1 and len(initials) >= 3 and initials.isupper():
            out.add(initials)
    return out


def org_span_short_forms(doc: Document, lex: SpeakerLexicon) -> frozenset[str]:
    """The one-word short forms of the ORG spans of ``doc`` (a leading "The" aside)."""
    designators = org_name_words(lex)
    out: set[str] = set()
    for e in doc.entities:
        if e.label == "ORG":
            text = doc.text[doc[e.start].start : doc[e.end - 1].end]
            out |= short_forms_of(text.removeprefix("The ").removeprefix("the "), designators)
    return frozenset(out)

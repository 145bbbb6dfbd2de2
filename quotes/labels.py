"""Dependency labels: the one place where spaCy's and Universal Dependencies' labels meet.

spaCy's English models use the ClearNLP label set (Choi & Palmer 2012: ``nsubjpass``,
``dobj``, ``pobj``, ``agent`` ...); stanza uses Universal Dependencies v2 (``nsubj:pass``,
``obj``, ``obl``, ``nmod:poss`` ...). Every rule in :mod:`quotes.claims` and
:mod:`quotes.speakers` is written against the constants below, and each backend maps its own
labels onto them with :func:`normalise`. The one structural difference that survives the
renaming, prepositional phrases (ClearNLP heads them by the preposition, UD by the noun with
the preposition as ``case``), is bridged by :func:`quotes.document.Document.prepositional_objects`.
"""

from __future__ import annotations

ROOT = "ROOT"
NSUBJ = "nsubj"
NSUBJ_PASS = "nsubjpass"
CSUBJ = "csubj"
EXPL = "expl"
OBJ = "obj"
IOBJ = "iobj"
CCOMP = "ccomp"
XCOMP = "xcomp"
ADVCL = "advcl"
ACL = "acl"
RELCL = "relcl"
PARATAXIS = "parataxis"
CONJ = "conj"
CC = "cc"
PUNCT = "punct"
POSS = "poss"
COMPOUND = "compound"
AMOD = "amod"
DET = "det"
APPOS = "appos"
AUX = "aux"
AUX_PASS = "auxpass"
NEG = "neg"
MARK = "mark"
ADVMOD = "advmod"
NPADVMOD = "npadvmod"
NUMMOD = "nummod"
FLAT = "flat"
#: ClearNLP: the preposition heading a prepositional phrase. UD has none (see CASE).
PREP = "prep"
#: ClearNLP: the object of a preposition. UD: the noun of an ``obl`` / ``nmod``.
POBJ = "pobj"
#: UD: the noun of a prepositional phrase attached to a verb (``obl``) or a noun (``nmod``).
OBL = "obl"
NMOD = "nmod"
#: UD: the preposition (or possessive 's) as a dependent of its noun.
CASE = "case"
#: UD: a copula ("is") as a dependent of its predicate ("confident"); ClearNLP makes the
#: copula the head and the predicate its ``acomp`` / ``attr``.
COP = "cop"
PCOMP = "pcomp"
AGENT = "agent"
ATTR = "attr"
ACOMP = "acomp"
OPRD = "oprd"
PRT = "prt"
DEP = "dep"
OTHER = "other"

SUBJECTS = frozenset({NSUBJ, NSUBJ_PASS, CSUBJ})
CLAUSAL_COMPLEMENTS = frozenset({CCOMP, XCOMP})

_SPACY = {
    "ROOT": ROOT,
    "nsubj": NSUBJ,
    "nsubjpass": NSUBJ_PASS,
    "csubj": CSUBJ,
    "csubjpass": CSUBJ,
    "expl": EXPL,
    "dobj": OBJ,
    "dative": IOBJ,
    "ccomp": CCOMP,
    "xcomp": XCOMP,
    "advcl": ADVCL,
    "acl": ACL,
    "relcl": RELCL,
    "parataxis": PARATAXIS,
    "conj": CONJ,
    "cc": CC,
    "preconj": CC,
    "punct": PUNCT,
    "poss": POSS,
    "compound": COMPOUND,
    "amod": AMOD,
    "det": DET,
    "predet": DET,
    "appos": APPOS,
    "aux": AUX,
    "auxpass": AUX_PASS,
    "neg": NEG,
    "mark": MARK,
    "advmod": ADVMOD,
    "npadvmod": NPADVMOD,
    "nummod": NUMMOD,
    "quantmod": NUMMOD,
    "prep": PREP,
    "pobj": POBJ,
    "pcomp": PCOMP,
    "agent": AGENT,
    "attr": ATTR,
    "acomp": ACOMP,
    "oprd": OPRD,
    "prt": PRT,
    "case": CASE,
    "nmod": NMOD,
    "dep": DEP,
}

_UD = {
    "root": ROOT,
    "nsubj": NSUBJ,
    "nsubj:pass": NSUBJ_PASS,
    "csubj": CSUBJ,
    "csubj:pass": CSUBJ,
    "expl": EXPL,
    "obj": OBJ,
    "iobj": IOBJ,
    "ccomp": CCOMP,
    "xcomp": XCOMP,
    "advcl": ADVCL,
    "acl": ACL,
    "acl:relcl": RELCL,
    "parataxis": PARATAXIS,
    "conj": CONJ,
    "cc": CC,
    "cc:preconj": CC,
    "punct": PUNCT,
    "nmod:poss": POSS,
    "compound": COMPOUND,
    "compound:prt": PRT,
    "flat": FLAT,
    "flat:name": FLAT,
    "fixed": FLAT,
    "amod": AMOD,
    "det": DET,
    "det:predet": DET,
    "appos": APPOS,
    "aux": AUX,
    "aux:pass": AUX_PASS,
    "mark": MARK,
    "advmod": ADVMOD,
    "obl:npmod": NPADVMOD,
    "obl:tmod": NPADVMOD,
    "nmod:npmod": NPADVMOD,
    "nmod:tmod": NPADVMOD,
    "nummod": NUMMOD,
    "obl": OBL,
    "obl:agent": OBL,
    "nmod": NMOD,
    "case": CASE,
    "cop": COP,
    "dep": DEP,
}

SCHEMES = {"clearnlp": _SPACY, "ud": _UD}


def normalise(label: str, scheme: str) -> str:
    """Map a backend's dependency label onto the constants of this module.

    Args:
        label: the label as the parser wrote it (``"nsubjpass"``, ``"nsubj:pass"``).
        scheme: ``"clearnlp"`` (spaCy's English models) or ``"ud"`` (stanza).

    Returns:
        The internal label; unknown labels map to their UD base (``"obl:foo"`` -> ``"obl"``)
        when that is known, else to :data:`OTHER`.
    """
    table = SCHEMES[scheme]
    found = table.get(label)
    if found is not None:
        return found
    base = label.split(":", 1)[0]
    return table.get(base, table.get(base.lower(), OTHER))

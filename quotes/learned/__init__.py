"""The learned recall layer behind the rules (docs/model.md).

``Extractor(tagger=...)`` runs it after the rules; ``quotes train --brat DIR -o MODEL``
trains one. python-crfsuite is an optional dependency (``pip install
'quotes-attribution[learned]'``), imported only when a tagger is used.
"""

from quotes.learned.features import FEATURE_VERSION
from quotes.learned.tagger import (
    RULE,
    Tagger,
    add_learned_claims,
    default_model_path,
    learned_claims,
    load_tagger,
    resolve_with_learned,
    train_tagger,
)

__all__ = [
    "FEATURE_VERSION",
    "RULE",
    "Tagger",
    "add_learned_claims",
    "default_model_path",
    "learned_claims",
    "load_tagger",
    "resolve_with_learned",
    "train_tagger",
]

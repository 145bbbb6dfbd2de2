"""The spaCy pipeline component ``"quotes"``, registered by the ``spacy_factories`` entry point.

spaCy imports this module whenever it builds a pipeline (it loads every ``spacy_factories``
entry point), and the ``Language.factory`` decorator below is what registers the factory and
its meta; the entry point alone does not. The module stays import-light: the extractor and its
rules are imported only when the factory is called.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language


@Language.factory(
    "quotes",
    default_config={"spans_key": "quotes"},
    assigns=["doc.spans", "doc._.claims"],
    requires=["token.dep", "token.head"],
)
def make_quotes_component(nlp: Any, name: str, spans_key: str = "quotes") -> Any:
    """Factory of the ``quotes`` component: ``nlp.add_pipe("quotes")``."""
    from quotes.pipeline_component import QuotesComponent

    return QuotesComponent(nlp, name, spans_key=spans_key)

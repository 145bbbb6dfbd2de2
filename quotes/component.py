"""The spaCy pipeline component ``"quotes"`` (registered through the ``spacy_factories`` entry point).

spaCy imports this module whenever it builds a pipeline, so it stays import-light: the
extractor is built only when the factory is called.
"""

from __future__ import annotations

from typing import Any


def make_quotes_component(nlp: Any, name: str, **config: Any) -> Any:
    """Factory of the ``quotes`` component: ``nlp.add_pipe("quotes")``."""
    from quotes.pipeline_component import QuotesComponent  # type: ignore[import-not-found]

    return QuotesComponent(nlp, name, **config)

"""Parsers: each backend turns its library's parse into a :class:`quotes.document.Document`.

The backends know nothing of claims; the claim rules know nothing of the backends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from quotes import errors
from quotes.document import Document


class Backend(Protocol):
    """What the extractor needs of a parser."""

    name: str

    def parse(self, text: str) -> Document: ...

    def parse_many(
        self, texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1
    ) -> Iterator[Document]: ...


BACKENDS = ("spacy", "stanza")


def load_backend(name: str = "spacy", model: Any = None, **options: Any) -> Backend:
    """Build the backend called ``name`` with its model loaded (once, here)."""
    if name == "spacy":
        from quotes.backends.spacy import SpacyBackend

        return SpacyBackend(model=model, **options)
    if name == "stanza":
        from quotes.backends.stanza import StanzaBackend  # type: ignore[import-not-found]

        return StanzaBackend(model=model, **options)  # type: ignore[no-any-return]
    raise errors.BackendError(errors.UNKNOWN_BACKEND.format(name=name, known=", ".join(BACKENDS)))

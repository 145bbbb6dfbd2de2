"""Parsers: each backend turns its library's parse into a :class:`quotes.document.Document`.

The backends know nothing of claims; the claim rules know nothing of the backends.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
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

#: quotes' own files that decide what a parse holds (the text stage, the tokenizer's additions,
#: the pickled Document): a parse cached under another version of any of them is stale.
PARSE_SOURCES = (
    "text.py",
    "document.py",
    "backends/spacy.py",
    "backends/stanza.py",
    "lexicons/en/title_abbreviations.txt",
)


def parse_fingerprint(backend: Any) -> str:
    """A short hash of everything a parse depends on: the backend's model (its
    ``model_id``: library and model names and versions, components), and the bytes of
    quotes' parse-stage sources (:data:`PARSE_SOURCES`). A parse cache keyed by the text alone
    served parses of an older tokenizer after an upgrade; :func:`quotes.learned.tagger.
    parse_cached` keeps each fingerprint's parses in their own folder."""
    digest = hashlib.sha1(str(getattr(backend, "model_id", backend.name)).encode("utf-8"))
    package = Path(__file__).resolve().parent.parent
    for name in PARSE_SOURCES:
        digest.update(name.encode("utf-8"))
        digest.update((package / name).read_bytes())
    return digest.hexdigest()[:16]


def load_backend(name: str = "spacy", model: Any = None, **options: Any) -> Backend:
    """Build the backend called ``name`` with its model loaded (once, here)."""
    if name == "spacy":
        from quotes.backends.spacy import SpacyBackend

        return SpacyBackend(model=model, **options)
    if name == "stanza":
        from quotes.backends.stanza import StanzaBackend  # type: ignore[import-not-found]

        return StanzaBackend(model=model, **options)  # type: ignore[no-any-return]
    raise errors.BackendError(errors.UNKNOWN_BACKEND.format(name=name, known=", ".join(BACKENDS)))

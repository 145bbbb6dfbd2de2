"""Shared fixtures: one loaded model for the whole test session (loading costs ~1 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotes

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_da181a9541637482.txt"


@pytest.fixture(scope="session")
def extractor() -> quotes.Extractor:
    """One Extractor with the default spaCy model, shared by every test."""
    return quotes.Extractor()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article (seeds/000_da181a9541637482.txt)."""
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def resolve(extractor: quotes.Extractor):  # type: ignore[no-untyped-def]
    """``resolve(text, *claims)``: claims placed by their words (tests/resolving.py) resolved
    over a real parse of ``text``, for the resolver's tests."""
    from resolving import resolver

    return resolver(extractor)

"""Looking up the place mention a test sentence has at given words (shared by the places tests)."""

from __future__ import annotations

from sentinelle.model import PlaceMention


def find(nlp, text: str, written: str) -> PlaceMention | None:
    """The place mention starting where ``written`` starts in ``text``."""
    start = text.index(written)
    return next((m for m in nlp(text)._.place_mentions if m.start == start), None)

"""Looking up the place mention a test sentence has at given words (shared by the places tests)."""

from __future__ import annotations

from sentinelle.model import PlaceMention


def find(nlp, text: str, written: str) -> PlaceMention | None:
    """The place mention starting where ``written`` starts in ``text``."""
    start = text.index(written)
    return next((m for m in nlp(text)._.place_mentions if m.start == start), None)


def where(nlp, text: str, written: str) -> tuple[str | None, str | None, str | None, int | None] | None:
    """(kind, country, admin1, precision) of the place mention at ``written``, or None when there is none."""
    m = find(nlp, text, written)
    return None if m is None else (m.kind, m.location.country, m.location.admin1, m.location.precision)

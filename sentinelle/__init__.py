"""Sentinelle: structured, geolocated, dated, source-attributed conflict events from French news."""

from sentinelle.errors import DataFileError, InputError, SentinelleError
from sentinelle.model import ArticleResult, Event, NonEvent

__version__ = "0.1.0"

__all__ = [
    "ArticleInput",
    "ArticleResult",
    "DataFileError",
    "Event",
    "InputError",
    "NonEvent",
    "SentinelleError",
    "extract",
    "extract_many",
]


def __getattr__(name: str):
    # Lazy: importing sentinelle must not load spaCy until extraction is asked for.
    if name in ("extract", "extract_many", "ArticleInput"):
        from sentinelle import extraction

        return getattr(extraction, name)
    raise AttributeError(name)

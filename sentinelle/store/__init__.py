"""The event store: SQLite, migrations, cross-article dedup into incidents, reviews.

See ``docs/store.md`` for the schema and the dedup rule; ``Store`` is the whole API.
"""

from sentinelle.store.dedup import DedupConfig
from sentinelle.store.errors import StoreError
from sentinelle.store.records import (
    ArticleRef,
    EventFilters,
    IncidentDetail,
    IncidentSummary,
    IngestOutcome,
    Review,
    StoredArticle,
    StoredArticleInput,
    StoredEvent,
    StoredNonEvent,
    content_hash,
)
from sentinelle.store.store import DEFAULT_DB, Store

__all__ = [
    "DEFAULT_DB",
    "ArticleRef",
    "DedupConfig",
    "EventFilters",
    "IncidentDetail",
    "IncidentSummary",
    "IngestOutcome",
    "Review",
    "Store",
    "StoreError",
    "StoredArticle",
    "StoredArticleInput",
    "StoredEvent",
    "StoredNonEvent",
    "content_hash",
]

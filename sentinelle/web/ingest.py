"""The web's way into the library's ingest path (``sentinelle.ingest``): one article at a time."""

from __future__ import annotations

import threading
from typing import Literal

from sentinelle.errors import InputError
from sentinelle.ingest import ingest_articles
from sentinelle.store import Store, StoredArticleInput

# The server's worker threads share one spaCy pipeline, and spaCy does not promise that
# concurrent calls on one Language object are safe: extractions take turns.
_extract_lock = threading.Lock()


def ingest_article(store: Store, article: StoredArticleInput) -> tuple[Literal["ingested", "duplicate"], int]:
    """Extract the article's events and store both, exactly as ``sentinelle ingest`` does
    (idempotent by content hash: a known text is not extracted again).

    Returns ``(status, article_id)``.

    Raises:
        InputError: the article could not be extracted or stored; the message says why.
    """
    with _extract_lock:
        summary = ingest_articles([article], store, workers=1)
    if summary.failures:
        raise InputError(summary.failures[0].reason)
    article_id = store.has_article(article.content_hash)
    if article_id is None:  # ingest reported success, so this would be a library bug
        raise InputError("the article was not stored; please report this")
    return ("ingested" if summary.ingested else "duplicate"), article_id

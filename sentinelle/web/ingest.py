"""The web's way into the ingest path: extract one article and store it."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sentinelle.model import ArticleResult
from sentinelle.store import IngestOutcome, Store, StoredArticleInput

Extractor = Callable[..., ArticleResult]
"""``sentinelle.extract``'s signature: ``(text, *, published, outlet, doc_id) -> ArticleResult``."""

# One spaCy pipeline is shared by the server's worker threads; spaCy does not promise
# that concurrent calls on one Language object are safe, so extractions take turns.
_extract_lock = threading.Lock()


def default_extractor() -> Extractor:
    from sentinelle import extract

    return extract


def ingest_article(store: Store, article: StoredArticleInput, extract: Extractor | None = None) -> IngestOutcome:
    """Extract the article's events and store both (one transaction, idempotent by content hash).

    A known article is not extracted again: it costs a hash lookup, not a pipeline run.
    """
    known = store.has_article(article.content_hash)
    if known is not None:
        return IngestOutcome(status="duplicate", article_id=known)
    extract = extract or default_extractor()
    with _extract_lock:
        result = extract(article.text, published=article.published, outlet=article.outlet, doc_id=article.doc_id)
    return store.ingest_result(article, result)

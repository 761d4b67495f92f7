"""The :class:`Store`: one database (a SQLite file or a PostgreSQL server) holding articles, events,
evidence, sources, incidents and reviews."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sentinelle.errors import InputError
from sentinelle.model import ArticleResult
from sentinelle.store import queries, reviews
from sentinelle.store.connection import Connection, connect, database_errors, db_target, describe, transaction
from sentinelle.store.dedup import DedupConfig
from sentinelle.store.errors import StoreError
from sentinelle.store.incidents import assign_article_events
from sentinelle.store.migrations import migrate
from sentinelle.store.nonevents import insert_non_events, list_non_events
from sentinelle.store.records import (
    EventFilters,
    IncidentDetail,
    IncidentSummary,
    IngestOutcome,
    Review,
    StoredArticle,
    StoredArticleInput,
    StoredEvent,
    StoredNonEvent,
    storable_id,
)
from sentinelle.store.rows import EVENT_COLUMNS, event_row, evidence_rows, source_rows

DEFAULT_DB = "sentinelle.db"


class Store:
    """A Sentinelle database, brought up to the current schema on open.

    Safe to share between threads (each thread gets its own connection; readers run
    while one writer writes: SQLite in WAL mode, PostgreSQL by MVCC). Several processes
    may write at once: their write transactions queue (SQLite's write lock, PostgreSQL's
    advisory lock). Use as a context manager or call :meth:`close`.

    Args:
        path: a SQLite file, created when missing, or a PostgreSQL URL
            ``postgresql://user@host:port/database`` (the database must exist; needs psycopg).
        dedup: thresholds of cross-article deduplication.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, dedup: DedupConfig | None = None) -> None:
        target = db_target(path)
        #: the ``--db`` string: a file name or a URL (with its password, if it had one)
        self.db = str(target)
        #: the SQLite file, or None on a PostgreSQL server
        self.path: Path | None = target if isinstance(target, Path) else None
        self.dedup = dedup or DedupConfig()
        self._local = threading.local()
        self._all: list[Connection] = []
        self._lock = threading.Lock()
        try:
            migrate(self.conn)
        except database_errors() as exc:
            self.close()
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(
                f"cannot use {describe(target)!r} as a Sentinelle database ({detail}); {_fix_for(detail)}"
            ) from None
        except BaseException:
            self.close()
            raise

    # -- connections ---------------------------------------------------------------------------

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return "sqlite" if self.path is not None else "postgresql"

    def __repr__(self) -> str:
        return f"Store({describe(self.db)!r})"

    @property
    def conn(self) -> Connection:
        """This thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None and getattr(conn, "broken", False):
            # A PostgreSQL server restarted, or a network cut: the next call gets a fresh connection
            # (a long-running `serve` recovers instead of failing every request of this thread).
            with self._lock:
                self._all.remove(conn)
            conn.close()
            conn = None
        if conn is None:
            conn = connect(self.db)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------

    def has_article(self, content_hash: str) -> int | None:
        """The id of the article with this content hash, if stored."""
        row = self.conn.execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def ingest_result(self, article: StoredArticleInput, result: ArticleResult) -> IngestOutcome:
        """Store one article and its extraction result, and fold its events into incidents.

        All in one transaction: after a crash the article is either fully stored
        (events, evidence, sources, incidents) or absent. Idempotent: an article
        whose text is already stored is left alone (``status="duplicate"``).
        The stored result's ``doc_id``/``published``/``outlet`` are the article's
        when it has them, else the result's.
        """
        if not isinstance(article.text, str) or not article.text:
            raise InputError("cannot store an article with no text")
        digest = article.content_hash
        published = article.published or result.published
        outlet = article.outlet or result.outlet
        doc_id = article.doc_id or result.doc_id
        conn = self.conn
        try:
            with transaction(conn):
                existing = conn.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
                if existing:
                    return IngestOutcome(status="duplicate", article_id=existing[0])
                article_id = conn.execute(
                    "INSERT INTO articles (content_hash, doc_id, origin, url, outlet, published, language, title, "
                    "text, places_json, times_json, non_events_json, warnings_json, ingested_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        digest, doc_id, article.origin, article.url, outlet, published,
                        article.language or result.language, article.title, article.text,
                        _json_list(result.places), _json_list(result.times), _json_list(result.non_events),
                        json.dumps(result.warnings, ensure_ascii=False),
                        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    ),
                ).lastrowid
                marks = ",".join("?" * len(EVENT_COLUMNS))
                for ordinal, event in enumerate(result.events):
                    event_id = conn.execute(
                        f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({marks})",
                        event_row(article_id, ordinal, event),
                    ).lastrowid
                    conn.executemany(
                        'INSERT INTO evidence (event_id, field, ordinal, start, "end") VALUES (?, ?, ?, ?, ?)',
                        evidence_rows(event_id, event),
                    )
                    conn.executemany(
                        "INSERT INTO sources (event_id, ordinal, name, kind) VALUES (?, ?, ?, ?)",
                        source_rows(event_id, event),
                    )
                insert_non_events(conn, article_id, result)
                incident_ids, created = assign_article_events(conn, article_id, self.dedup)
        except conn.write_errors as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"could not store the article ({detail}); nothing of it was written") from None
        return IngestOutcome(
            status="ingested", article_id=article_id, n_events=len(result.events),
            incident_ids=tuple(incident_ids), new_incidents=created,
        )

    # -- reading -------------------------------------------------------------------------------

    def list_incidents(self, filters: EventFilters | None = None, *, newest_first: bool = True) -> list[IncidentSummary]:
        """Incidents matching the filters, newest first (undated last)."""
        return queries.list_incidents(self.conn, filters or EventFilters(), newest_first=newest_first)

    def count_incidents(self, filters: EventFilters | None = None) -> int:
        """How many incidents match the filters (ignoring limit/offset)."""
        return queries.count_incidents(self.conn, filters or EventFilters())

    def get_incident(self, incident_id: int) -> IncidentDetail | None:
        """One incident with its member events and articles."""
        if not storable_id(incident_id):
            return None
        return queries.get_incident(self.conn, incident_id)

    def list_events(self, filters: EventFilters | None = None, *, newest_first: bool = True) -> list[StoredEvent]:
        """Machine events matching the filters, newest first (undated last)."""
        return queries.list_events(self.conn, filters or EventFilters(), newest_first=newest_first)

    def list_non_events(
        self, filters: EventFilters | None = None, *, newest_first: bool = True
    ) -> list[StoredNonEvent]:
        """Mentions that are not factual events (hypothetical, threatened, habitual, aggregate, denied
        without a place), filtered like events; ``filters.modality`` is their reason."""
        return list_non_events(self.conn, filters or EventFilters(), newest_first=newest_first)

    def get_article(self, article_id: int) -> StoredArticle | None:
        """One article with its text, events (with evidence) and place/time mentions."""
        if not storable_id(article_id):
            return None
        return queries.get_article(self.conn, article_id)

    def quote(self, article_id: int, start: int, end: int) -> str | None:
        """The words of an article at a character span ``[start, end)``."""
        if not (storable_id(article_id) and storable_id(start) and storable_id(end)):
            return None
        row = self.conn.execute(
            "SELECT substr(text, ?, ?) FROM articles WHERE id = ?", (start + 1, max(0, end - start), article_id)
        ).fetchone()
        return row[0] if row else None

    def stats(self) -> dict[str, int]:
        """Row counts, for summaries."""
        conn = self.conn
        return {
            table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "incidents", "reviews", "non_events")
        }

    # -- reviews -------------------------------------------------------------------------------

    def add_review(self, event_id: int, reviewer: str, action: str, changes: dict[str, Any] | None = None) -> Review:
        """Record an analyst's accept / correct / reject of a machine event (never overwrites it)."""
        return reviews.add_review(self.conn, event_id, reviewer, action, changes)

    def list_reviews(self, event_id: int | None = None) -> list[Review]:
        """Reviews, oldest first, of one event or of all."""
        if event_id is not None and not storable_id(event_id):
            return []
        return reviews.list_reviews(self.conn, event_id)

    def export_reviews_gold(self) -> Iterator[dict[str, Any]]:
        """Reviewed articles as gold lines in the ``event-schema.md`` format."""
        return reviews.export_reviews_gold(self.conn)


def _fix_for(detail: str) -> str:
    """What to do when the database cannot be opened or migrated, by the server's words."""
    if "permission denied" in detail:
        return ("this user may not create Sentinelle's tables there: let it (GRANT CREATE ON SCHEMA ... TO ...) "
                "or use a database it owns")
    if "no schema has been selected" in detail:
        return "the schema in the URL's search_path does not exist: create it (CREATE SCHEMA ...) or fix the URL"
    return "pass another --db to start a new one"


def _json_list(items: list) -> str:
    return json.dumps([item.model_dump(mode="json") for item in items], ensure_ascii=False)

"""A canonical dump of a database: its content without row ids or timestamps.

Two databases holding the same articles, events and incidents give equal
dumps whatever their autoincrement ids or write times; used to check that
an interrupted-then-resumed ingest equals a clean one.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sentinelle.store.connection import connect, db_target


def canonical_dump(path: str | Path) -> dict[str, Any]:
    """Sorted rows of every table, with ids replaced by natural keys (article hash, event ordinal).

    ``path`` is a SQLite file (opened read-only) or a PostgreSQL URL: dumps of the two backends
    compare equal when they hold the same data."""
    target = db_target(path)
    if isinstance(target, Path):
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
    else:
        conn = connect(target)
    try:
        event_key = {
            r["id"]: (r["content_hash"], r["ordinal"])
            for r in conn.execute("SELECT e.id, e.ordinal, a.content_hash FROM events e JOIN articles a ON a.id = e.article_id")
        }
        members: dict[int, list] = {}
        for r in conn.execute("SELECT id, incident_id FROM events WHERE incident_id IS NOT NULL"):
            members.setdefault(r["incident_id"], []).append(event_key[r["id"]])
        incident_key = {i: tuple(sorted(m)) for i, m in members.items()}

        def rows(sql: str, drop: set[str], remap: dict[str, Any]) -> list[str]:
            out = []
            for r in conn.execute(sql):
                item = {k: r[k] for k in r.keys() if k not in drop}
                for column, fn in remap.items():
                    item[column] = fn(r[column])
                out.append(json.dumps(item, sort_keys=True, ensure_ascii=False))
            return sorted(out)

        def ev(i):
            return event_key.get(i)

        def art(i):
            return conn.execute("SELECT content_hash FROM articles WHERE id = ?", (i,)).fetchone()[0]

        return {
            "migrations": [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY name")],
            "articles": rows("SELECT * FROM articles", {"id", "ingested_at"}, {}),
            "events": rows(
                "SELECT * FROM events", {"id"},
                {"article_id": art, "incident_id": lambda i: incident_key.get(i)},
            ),
            "evidence": rows("SELECT * FROM evidence", {"id"}, {"event_id": ev}),
            "sources": rows("SELECT * FROM sources", {"id"}, {"event_id": ev}),
            "non_events": rows("SELECT * FROM non_events", {"id"}, {"article_id": art}),
            "incidents": rows(
                "SELECT *, id AS members FROM incidents", {"id", "created_at", "updated_at"},
                {"members": lambda i: incident_key.get(i), "best_located_event_id": ev, "best_dated_event_id": ev},
            ),
        }
    finally:
        conn.close()

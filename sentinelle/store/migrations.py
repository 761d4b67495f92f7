"""Named, recorded schema migrations.

Each migration runs once, inside its own transaction, and is recorded in
``schema_migrations``; a database opened by an older Sentinelle is brought up
to date on open. Never edit a migration that has shipped: append a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sentinelle.store.connection import Connection, transaction
from sentinelle.store.errors import StoreError
from sentinelle.store.nonevents import migrate_non_events

INITIAL = """
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,         -- sha256 of the text: the idempotency key
    doc_id        TEXT,
    origin        TEXT,                         -- where it was read from: path, path:line, '-'
    url           TEXT,
    outlet        TEXT,
    published     TEXT,                         -- YYYY-MM-DD or NULL
    language      TEXT NOT NULL DEFAULT 'fr',
    title         TEXT,
    text          TEXT NOT NULL,
    places_json     TEXT NOT NULL DEFAULT '[]', -- list[PlaceMention]
    times_json      TEXT NOT NULL DEFAULT '[]', -- list[TimeMention]
    non_events_json TEXT NOT NULL DEFAULT '[]', -- list[NonEvent]
    warnings_json   TEXT NOT NULL DEFAULT '[]',
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE incidents (
    id              INTEGER PRIMARY KEY,
    event_type      TEXT NOT NULL,
    sub_event_type  TEXT,
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT,
    country         TEXT,
    admin1          TEXT,
    place           TEXT,
    lat             REAL,
    lon             REAL,
    geo_precision   INTEGER,
    best_located_event_id INTEGER,
    best_dated_event_id   INTEGER,
    n_events        INTEGER NOT NULL DEFAULT 0,
    n_articles      INTEGER NOT NULL DEFAULT 0,
    n_sources       INTEGER NOT NULL DEFAULT 0, -- distinct outlets (an article without outlet counts as one)
    fatalities_min  INTEGER,
    fatalities_max  INTEGER,
    modality_mix    TEXT NOT NULL DEFAULT '{}', -- JSON {"asserted": 2, "denied": 1}
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(date_start, date_end);
CREATE INDEX incidents_country ON incidents(country);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,           -- position in the article's result
    incident_id     INTEGER REFERENCES incidents(id),
    event_type      TEXT NOT NULL,
    sub_event_type  TEXT,
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT,
    has_date        INTEGER NOT NULL DEFAULT 0, -- 0: the event had no date object at all
    location_name   TEXT,
    place           TEXT,
    country         TEXT,
    admin1          TEXT,
    lat             REAL,
    lon             REAL,
    geo_precision   INTEGER,
    geonameid       INTEGER,
    site_id         TEXT,
    has_location    INTEGER NOT NULL DEFAULT 0,
    actor1_json     TEXT,                       -- Actor or NULL
    actor2_json     TEXT,
    actor1          TEXT,                       -- normalised name, for queries
    actor2          TEXT,
    target          TEXT,
    weapon_json     TEXT NOT NULL DEFAULT '[]',
    fatalities      INTEGER,
    injuries        INTEGER,
    modality        TEXT NOT NULL,
    optional        INTEGER NOT NULL DEFAULT 0,
    evidence_fields TEXT NOT NULL DEFAULT '[]', -- keys of Event.field_evidence, in order
    UNIQUE (article_id, ordinal)
);
CREATE INDEX events_incident ON events(incident_id);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_type ON events(event_type);

-- field = NULL for the event's own evidence, else the field it supports
-- ("location", "date", "trigger", ...): Event.field_evidence.
CREATE TABLE evidence (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    field     TEXT,
    ordinal   INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL
);
CREATE INDEX evidence_event ON evidence(event_id);

CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    name      TEXT NOT NULL,
    kind      TEXT
);
CREATE INDEX sources_event ON sources(event_id);
"""

VIEWS = """
-- One row per event with its article's metadata: the table most analysts want.
CREATE VIEW v_events AS
SELECT e.id AS event_id, e.incident_id, e.article_id,
       e.event_type, e.sub_event_type, e.date_start, e.date_end, e.date_precision,
       e.place, e.location_name, e.country, e.admin1, e.lat, e.lon, e.geo_precision,
       e.actor1, e.actor2, e.target, e.weapon_json AS weapons, e.fatalities, e.injuries, e.modality,
       a.outlet, a.published, a.url, a.title
FROM events e JOIN articles a ON a.id = e.article_id;

-- Which articles (and outlets) report each incident.
CREATE VIEW v_incident_articles AS
SELECT DISTINCT e.incident_id, a.id AS article_id, a.outlet, a.published, a.url, a.title
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.incident_id IS NOT NULL;

-- Incidents per day and type, for timelines and quick sanity checks.
CREATE VIEW v_daily_incidents AS
SELECT date_start AS day, event_type, COUNT(*) AS incidents,
       SUM(COALESCE(fatalities_min, 0)) AS fatalities_min
FROM incidents GROUP BY date_start, event_type;

-- Every evidence span with the words it points at.
CREATE VIEW v_evidence AS
SELECT ev.event_id, ev.field, ev.start, ev."end",
       substr(a.text, ev.start + 1, ev."end" - ev.start) AS quote
FROM evidence ev JOIN events e ON e.id = ev.event_id JOIN articles a ON a.id = e.article_id;
"""

REVIEWS = """
-- Analysts' decisions on machine events; never overwrite the machine output.
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    reviewer    TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('accept', 'correct', 'reject')),
    changes     TEXT NOT NULL DEFAULT '{}',
    created_at  TEXT NOT NULL
);
CREATE INDEX reviews_event ON reviews(event_id);
"""

Migration = str | Callable[[Connection], None]
"""SQL statements, or a function run inside the migration's transaction (when rows already
stored must be read to fill a new table). The SQL is SQLite's; on PostgreSQL the connection
translates it (:mod:`sentinelle.store.postgres`), so one list of migrations serves both."""

MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("0001_initial", INITIAL),
    ("0002_views", VIEWS),
    ("0003_reviews", REVIEWS),
    # Non-event mentions as rows (reason, evidence, place and date), filled from stored articles.
    ("0004_non_events", migrate_non_events),
)


def applied_migrations(conn: Connection) -> list[str]:
    """Names of the migrations already recorded in this database, in order."""
    if not conn.table_exists("schema_migrations"):
        # In a write transaction: two processes opening a new PostgreSQL database at once
        # would otherwise race to create the table.
        with transaction(conn):
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
    return [row[0] for row in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]


def migrate(conn: Connection) -> list[str]:
    """Apply every pending migration, each in its own transaction; return the names applied."""
    known = {name for name, _ in MIGRATIONS}
    done = applied_migrations(conn)
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(
            f"this database was written by a newer Sentinelle (migrations {', '.join(unknown)} are unknown); "
            "upgrade sentinelle or use another --db file"
        )
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        # executescript() would commit on its own; run statement by statement inside one
        # transaction instead, so a crash leaves the migration either fully applied or absent
        # (PostgreSQL's DDL is transactional too).
        with transaction(conn):
            if conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)).fetchone():
                continue  # another process applied it meanwhile
            if callable(sql):
                sql(conn)
            else:
                for statement in _statements(sql):
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(name)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (none of ours contains a ';' inside a literal)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]

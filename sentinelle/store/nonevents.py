"""Non-event mentions (hypothetical, threatened, habitual, aggregate, denied without a place) as rows.

The extractor keeps what an article only imagines, threatens, sums up or denies
without a place as :class:`~sentinelle.model.NonEvent` records: never facts, yet
an analyst must be able to find them (``sentinelle events --modality
hypothetical``). Each is stored in ``non_events`` with its article, reason,
evidence and, when its own sentence names them, a place and a date: the first
resolved place mention and the first dated time mention inside its evidence.
``articles.non_events_json`` keeps the exact ``ArticleResult`` for round trips.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sentinelle.model import (
    ArticleResult,
    DateInterval,
    Location,
    NonEvent,
    PlaceMention,
    TimeMention,
)
from sentinelle.store.connection import Connection
from sentinelle.store.queries import mention_where, page_clause
from sentinelle.store.records import ArticleRef, EventFilters, StoredNonEvent

NON_EVENTS_TABLE = """
-- One row per non-event mention (NonEvent) of an article: findable by reason, place and date.
CREATE TABLE non_events (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,           -- position in the article's non_events
    why             TEXT NOT NULL,              -- hypothetical | threatened | habitual | aggregate | denied
    event_type      TEXT,
    sub_event_type  TEXT,
    text            TEXT,                       -- its sentence, as the extractor quoted it
    evidence_json   TEXT NOT NULL DEFAULT '[]', -- spans [start, end) into the article text
    location_json   TEXT,                       -- Location of the place its sentence names, or NULL
    country         TEXT,
    date_start      TEXT,                       -- the date its sentence names, or NULL
    date_end        TEXT,
    date_precision  TEXT,
    UNIQUE (article_id, ordinal)
);
CREATE INDEX non_events_why ON non_events(why);
CREATE INDEX non_events_date ON non_events(date_start, date_end)
"""

COLUMNS = (
    "article_id", "ordinal", "why", "event_type", "sub_event_type", "text", "evidence_json",
    "location_json", "country", "date_start", "date_end", "date_precision",
)


def _inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def place_of(non_event: NonEvent, places: list[PlaceMention]) -> Location | None:
    """The first place its own evidence names and the gazetteer resolved (with a country)."""
    for mention in sorted(places, key=lambda p: p.start):
        if mention.location.country and _inside(mention.start, mention.end, non_event.evidence):
            return mention.location
    return None


def date_of(non_event: NonEvent, times: list[TimeMention]) -> DateInterval | None:
    """The first dated expression (a day, week, month or year; not a duration) in its own evidence."""
    for mention in sorted(times, key=lambda t: t.start):
        if mention.kind in ("date", "period") and mention.interval.start and _inside(
            mention.start, mention.end, non_event.evidence
        ):
            return mention.interval
    return None


def non_event_rows(article_id: int, result: ArticleResult) -> list[tuple]:
    """The ``non_events`` rows of one article's result."""
    rows = []
    for ordinal, ne in enumerate(result.non_events):
        place, date = place_of(ne, result.places), date_of(ne, result.times)
        rows.append((
            article_id, ordinal, ne.why, ne.event_type, ne.sub_event_type, ne.text,
            json.dumps([list(span) for span in ne.evidence]),
            place.model_dump_json() if place else None, place.country if place else None,
            date.start if date else None, date.end if date else None, date.precision if date else None,
        ))
    return rows


def insert_non_events(conn: Connection, article_id: int, result: ArticleResult) -> None:
    conn.executemany(
        f"INSERT INTO non_events ({', '.join(COLUMNS)}) VALUES ({','.join('?' * len(COLUMNS))})",
        non_event_rows(article_id, result),
    )


def migrate_non_events(conn: Connection) -> None:
    """Migration ``0004_non_events``: the table, filled from the articles already stored."""
    for statement in NON_EVENTS_TABLE.split(";"):
        lines = [line for line in statement.splitlines() if not line.strip().startswith("--")]
        if "".join(lines).strip():
            conn.execute("\n".join(lines))
    for row in conn.execute("SELECT id, non_events_json, places_json, times_json FROM articles ORDER BY id").fetchall():
        if row[1] in (None, "", "[]"):
            continue
        result = ArticleResult(
            non_events=[NonEvent.model_validate(x) for x in json.loads(row[1])],
            places=[PlaceMention.model_validate(x) for x in json.loads(row[2])],
            times=[TimeMention.model_validate(x) for x in json.loads(row[3])],
        )
        insert_non_events(conn, row[0], result)


def _where(filters: EventFilters) -> tuple[str, list]:
    clauses, params = mention_where("n", "why", filters)
    if filters.min_sources is not None and filters.min_sources > 1:
        clauses.append("1 = 0")  # a mention is told by its one article
    return " AND ".join(clauses), params


def _quote(conn: Connection, article_id: int, start: int, end: int) -> str:
    # substr() reads only the span, not a whole (up to 1,000,000-character) article.
    row = conn.execute("SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
                       (start + 1, max(0, end - start), article_id)).fetchone()
    return row[0] if row else ""


def list_non_events(conn: Connection, filters: EventFilters, *, newest_first: bool = True) -> list[StoredNonEvent]:
    """Non-event mentions matching the filters (``modality`` is the reason), newest first, undated last."""
    where, params = _where(filters)
    order = "DESC" if newest_first else "ASC"
    page, page_params = page_clause(filters)
    rows = conn.execute(
        "SELECT n.*, a.outlet AS a_outlet, a.published AS a_published, a.url AS a_url, a.title AS a_title, "
        "a.origin AS a_origin FROM non_events n JOIN articles a ON a.id = n.article_id "
        f"WHERE {where} ORDER BY (n.date_start IS NULL), n.date_start {order}, a.published {order}, n.id {order}{page}",
        params + page_params,
    ).fetchall()
    out = []
    for row in rows:
        evidence = [(int(s), int(e)) for s, e in json.loads(row["evidence_json"])]
        out.append(StoredNonEvent(
            id=row["id"], article_id=row["article_id"], ordinal=row["ordinal"], why=row["why"],
            event_type=row["event_type"], sub_event_type=row["sub_event_type"], text=row["text"],
            evidence=evidence,
            quotes=[_quote(conn, row["article_id"], s, e) for s, e in evidence],
            location=Location.model_validate_json(row["location_json"]) if row["location_json"] else None,
            date=DateInterval(start=row["date_start"], end=row["date_end"], precision=row["date_precision"])
            if row["date_start"] else None,
            article=ArticleRef(id=row["article_id"], outlet=row["a_outlet"], published=row["a_published"],
                               url=row["a_url"], title=row["a_title"], origin=row["a_origin"]),
        ))
    return out

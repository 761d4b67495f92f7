"""Read queries: filters to SQL, rows to records."""

from __future__ import annotations

import json
from collections import defaultdict

from sentinelle.model import SUB_EVENT_TYPES, ArticleResult, NonEvent, PlaceMention, TimeMention
from sentinelle.store.connection import Connection, Row
from sentinelle.store.records import (
    ArticleRef,
    EventFilters,
    IncidentDetail,
    IncidentSummary,
    StoredArticle,
    StoredEvent,
)
from sentinelle.store.rows import EVENT_SELECT, load_events


def page_clause(filters: EventFilters) -> tuple[str, list]:
    """The LIMIT/OFFSET clause of a listing (``LIMIT -1``: SQLite's "no limit", PostgreSQL's ``LIMIT ALL``)."""
    if filters.limit is None and not filters.offset:
        return "", []
    if filters.limit is None:
        return " LIMIT -1 OFFSET ?", [filters.offset]
    return " LIMIT ? OFFSET ?", [filters.limit, filters.offset]


def _where_and_when(alias: str, filters: EventFilters) -> tuple[list[str], list]:
    """The country and date-overlap clauses shared by incidents (``i``) and events (``e``)."""
    clauses, params = ["1 = 1"], []
    if filters.country:
        clauses.append(f"{alias}.country = ?")
        params.append(filters.country)
    if filters.since:
        clauses.append(f"COALESCE({alias}.date_end, {alias}.date_start) >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{alias}.date_start <= ?")
        params.append(filters.until)
    return clauses, params


def incident_where(filters: EventFilters) -> tuple[str, list]:
    clauses, params = _where_and_when("i", filters)
    if filters.event_type:
        if filters.event_type in SUB_EVENT_TYPES:
            clauses.append("EXISTS (SELECT 1 FROM events m WHERE m.incident_id = i.id AND m.sub_event_type = ?)")
        else:
            clauses.append("i.event_type = ?")
        params.append(filters.event_type)
    if filters.modality:
        clauses.append("EXISTS (SELECT 1 FROM events m WHERE m.incident_id = i.id AND m.modality = ?)")
        params.append(filters.modality)
    if filters.min_sources is not None:
        clauses.append("i.n_sources >= ?")
        params.append(filters.min_sources)
    return " AND ".join(clauses), params


def _summary(row: Row, outlets: tuple[str, ...]) -> IncidentSummary:
    return IncidentSummary(
        id=row["id"], event_type=row["event_type"], sub_event_type=row["sub_event_type"],
        date_start=row["date_start"], date_end=row["date_end"], date_precision=row["date_precision"],
        country=row["country"], admin1=row["admin1"], place=row["place"], lat=row["lat"], lon=row["lon"],
        geo_precision=row["geo_precision"], n_events=row["n_events"], n_articles=row["n_articles"],
        n_sources=row["n_sources"], fatalities_min=row["fatalities_min"], fatalities_max=row["fatalities_max"],
        modality_mix=json.loads(row["modality_mix"]), best_located_event_id=row["best_located_event_id"],
        best_dated_event_id=row["best_dated_event_id"], outlets=outlets, updated_at=row["updated_at"],
    )


def _outlets(conn: Connection, incident_ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, set[str]] = defaultdict(set)
    for i in range(0, len(incident_ids), 500):
        chunk = incident_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            f"SELECT incident_id, outlet FROM v_incident_articles WHERE incident_id IN ({marks}) AND outlet IS NOT NULL",
            chunk,
        ):
            found[r[0]].add(r[1])
    return {k: tuple(sorted(v)) for k, v in found.items()}


def list_incidents(conn: Connection, filters: EventFilters, *, newest_first: bool = True) -> list[IncidentSummary]:
    where, params = incident_where(filters)
    order = "DESC" if newest_first else "ASC"
    page, page_params = page_clause(filters)
    rows = conn.execute(
        f"SELECT i.* FROM incidents i WHERE {where} "
        f"ORDER BY (i.date_start IS NULL), i.date_start {order}, i.id {order}{page}",
        params + page_params,
    ).fetchall()
    outlets = _outlets(conn, [r["id"] for r in rows])
    return [_summary(r, outlets.get(r["id"], ())) for r in rows]


def count_incidents(conn: Connection, filters: EventFilters) -> int:
    where, params = incident_where(filters)
    return conn.execute(f"SELECT COUNT(*) FROM incidents i WHERE {where}", params).fetchone()[0]


def get_incident(conn: Connection, incident_id: int) -> IncidentDetail | None:
    row = conn.execute("SELECT * FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        return None
    events = load_events(
        conn, conn.execute(f"{EVENT_SELECT} WHERE e.incident_id = ? ORDER BY e.id", (incident_id,)).fetchall()
    )
    articles: dict[int, ArticleRef] = {}
    for event in events:
        articles.setdefault(event.article_id, event.article)
    outlets = tuple(sorted({a.outlet for a in articles.values() if a.outlet}))
    return IncidentDetail(incident=_summary(row, outlets), events=events, articles=list(articles.values()))


def mention_where(alias: str, modality_column: str, filters: EventFilters) -> tuple[list[str], list]:
    """Country, dates, type and modality clauses of one row per mention: events (``e``) and non-events (``n``)."""
    clauses, params = _where_and_when(alias, filters)
    if filters.event_type:
        column = "sub_event_type" if filters.event_type in SUB_EVENT_TYPES else "event_type"
        clauses.append(f"{alias}.{column} = ?")
        params.append(filters.event_type)
    if filters.modality:
        clauses.append(f"{alias}.{modality_column} = ?")
        params.append(filters.modality)
    return clauses, params


def event_where(filters: EventFilters) -> tuple[str, list]:
    clauses, params = mention_where("e", "modality", filters)
    if filters.min_sources is not None:
        # An event outside any incident (hypothetical, threatened) has its one article as source.
        clauses.append("COALESCE((SELECT n_sources FROM incidents i WHERE i.id = e.incident_id), 1) >= ?")
        params.append(filters.min_sources)
    return " AND ".join(clauses), params


def list_events(conn: Connection, filters: EventFilters, *, newest_first: bool = True) -> list[StoredEvent]:
    where, params = event_where(filters)
    order = "DESC" if newest_first else "ASC"
    page, page_params = page_clause(filters)
    rows = conn.execute(
        f"{EVENT_SELECT} WHERE {where} ORDER BY (e.date_start IS NULL), e.date_start {order}, e.id {order}{page}",
        params + page_params,
    ).fetchall()
    return load_events(conn, rows)


def get_article(conn: Connection, article_id: int) -> StoredArticle | None:
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    events = load_events(
        conn, conn.execute(f"{EVENT_SELECT} WHERE e.article_id = ? ORDER BY e.ordinal", (article_id,)).fetchall()
    )
    result = ArticleResult(
        doc_id=row["doc_id"],
        published=row["published"],
        outlet=row["outlet"],
        language=row["language"],
        events=[e.event for e in events],
        non_events=[NonEvent.model_validate(x) for x in json.loads(row["non_events_json"])],
        places=[PlaceMention.model_validate(x) for x in json.loads(row["places_json"])],
        times=[TimeMention.model_validate(x) for x in json.loads(row["times_json"])],
        warnings=json.loads(row["warnings_json"]),
    )
    return StoredArticle(
        id=row["id"], content_hash=row["content_hash"], doc_id=row["doc_id"], origin=row["origin"],
        url=row["url"], outlet=row["outlet"], published=row["published"], language=row["language"],
        title=row["title"], text=row["text"], result=result, events=events,
    )

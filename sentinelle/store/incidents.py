"""Grouping stored events into incidents as articles arrive, and keeping incident summaries current.

Runs inside the article's write transaction, so an article and its incident
updates are committed together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

from sentinelle.store.connection import Connection, Row
from sentinelle.store.dedup import DedupConfig, EventKey, incident_score

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None  # an unparseable date cannot be matched; the event stays on its own


def event_key(row: Row) -> EventKey:
    start = _date(row["date_start"])
    return EventKey(
        event_id=row["id"],
        article_id=row["article_id"],
        event_type=row["event_type"],
        date_start=start,
        date_end=_date(row["date_end"]) or start,
        country=row["country"],
        admin1=row["admin1"],
        lat=row["lat"],
        lon=row["lon"],
        geo_precision=row["geo_precision"],
        target=row["target"],
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def assign_article_events(conn: Connection, article_id: int, config: DedupConfig) -> tuple[list[int], int]:
    """Put each event of a freshly inserted article into an incident; return (incident ids, new ones)."""
    incident_ids: list[int] = []
    created = 0
    rows = conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY ordinal", (article_id,)).fetchall()
    for row in rows:
        if row["modality"] in config.excluded_modalities:
            continue
        key = event_key(row)
        incident_id = _best_incident(conn, key, config) if key.dedupable else None
        if incident_id is None:
            now = _now()
            incident_id = conn.execute(
                "INSERT INTO incidents (event_type, created_at, updated_at) VALUES (?, ?, ?)",
                (row["event_type"], now, now),
            ).lastrowid
            created += 1
        conn.execute("UPDATE events SET incident_id = ? WHERE id = ?", (incident_id, row["id"]))
        refresh_incident(conn, incident_id)
        if incident_id not in incident_ids:
            incident_ids.append(incident_id)
    return incident_ids, created


def _shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, stopping at the calendar's ends (an event dated 9999-12-31 is
    still stored; its window simply ends there)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _best_incident(conn: Connection, key: EventKey, config: DedupConfig) -> int | None:
    assert key.date_start is not None and key.date_end is not None
    window_end = _shift(key.date_end, config.date_slack_days).isoformat()
    window_start = _shift(key.date_start, -config.date_slack_days).isoformat()
    # Cheap SQL prefilter (type, date window, not this article); the exact rule runs in Python.
    candidates = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT incident_id FROM events WHERE incident_id IS NOT NULL AND event_type = ? "
            "AND date_start <= ? AND COALESCE(date_end, date_start) >= ? AND article_id != ? "
            "ORDER BY incident_id",
            (key.event_type, window_end, window_start, key.article_id),
        )
    ]
    best: tuple[tuple[float, int], int] | None = None
    for incident_id in candidates:
        members = [
            event_key(r) for r in conn.execute("SELECT * FROM events WHERE incident_id = ?", (incident_id,))
        ]
        score = incident_score(key, members, config)
        if score is not None and (best is None or score < best[0]):
            best = (score, incident_id)  # ties keep the oldest incident (candidates are in id order)
    return best[1] if best else None


def _located_rank(row: Row) -> tuple:
    has_point = row["lat"] is not None and row["lon"] is not None
    precision = row["geo_precision"] if row["geo_precision"] is not None else 9
    return (precision, not has_point, row["place"] is None, row["id"])


def _dated_rank(row: Row) -> tuple:
    start, end = _date(row["date_start"]), _date(row["date_end"])
    width = (end - start).days if start and end else 10_000
    return (PRECISION_RANK.get(row["date_precision"], 9), start is None, width, row["id"])


def refresh_incident(conn: Connection, incident_id: int) -> None:
    """Recompute an incident's summary columns from its member events."""
    members = conn.execute(
        "SELECT e.*, a.outlet AS a_outlet FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.incident_id = ? ORDER BY e.id",
        (incident_id,),
    ).fetchall()
    if not members:
        conn.execute("DELETE FROM incidents WHERE id = ?", (incident_id,))
        return
    located = min(members, key=_located_rank)
    dated = min(members, key=_dated_rank)
    subs = Counter(m["sub_event_type"] for m in members if m["sub_event_type"])
    # Most frequent sub-event type; max() keeps the first of equals, i.e. the one seen first.
    sub_event_type = max(subs, key=subs.__getitem__) if subs else None
    outlets = {m["a_outlet"] if m["a_outlet"] else f"#article-{m['article_id']}" for m in members}
    fatalities = [m["fatalities"] for m in members if m["fatalities"] is not None]
    modality_mix = dict(sorted(Counter(m["modality"] for m in members).items()))
    conn.execute(
        "UPDATE incidents SET sub_event_type = ?, date_start = ?, date_end = ?, date_precision = ?, "
        "country = ?, admin1 = ?, place = ?, lat = ?, lon = ?, geo_precision = ?, "
        "best_located_event_id = ?, best_dated_event_id = ?, n_events = ?, n_articles = ?, n_sources = ?, "
        "fatalities_min = ?, fatalities_max = ?, modality_mix = ?, updated_at = ? WHERE id = ?",
        (
            sub_event_type,
            dated["date_start"], dated["date_end"], dated["date_precision"],
            located["country"], located["admin1"], located["place"] or located["location_name"],
            located["lat"], located["lon"], located["geo_precision"],
            located["id"], dated["id"],
            len(members), len({m["article_id"] for m in members}), len(outlets),
            min(fatalities) if fatalities else None, max(fatalities) if fatalities else None,
            json.dumps(modality_mix), _now(), incident_id,
        ),
    )

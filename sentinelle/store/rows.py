"""Converting between model objects and table rows (both directions, nothing else)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sentinelle.model import Actor, DateInterval, Event, Location, Source
from sentinelle.store.connection import Connection, Row
from sentinelle.store.records import ArticleRef, StoredEvent

EVENT_COLUMNS = (
    "article_id", "ordinal", "event_type", "sub_event_type", "date_start", "date_end", "date_precision",
    "has_date", "location_name", "place", "country", "admin1", "lat", "lon", "geo_precision", "geonameid",
    "site_id", "has_location", "actor1_json", "actor2_json", "actor1", "actor2", "target", "weapon_json",
    "fatalities", "injuries", "modality", "optional", "evidence_fields",
)


def event_row(article_id: int, ordinal: int, event: Event) -> tuple:
    """The ``events`` row of one event (evidence and sources go to their own tables)."""
    date, loc = event.date, event.location
    return (
        article_id, ordinal, event.event_type, event.sub_event_type,
        date.start if date else None, date.end if date else None, date.precision if date else None,
        int(date is not None),
        loc.name if loc else None, loc.place if loc else None, loc.country if loc else None,
        loc.admin1 if loc else None, loc.lat if loc else None, loc.lon if loc else None,
        loc.precision if loc else None, loc.geonameid if loc else None, loc.site_id if loc else None,
        int(loc is not None),
        event.actor1.model_dump_json() if event.actor1 else None,
        event.actor2.model_dump_json() if event.actor2 else None,
        (event.actor1.normalized or event.actor1.name) if event.actor1 else None,
        (event.actor2.normalized or event.actor2.name) if event.actor2 else None,
        event.target, json.dumps(event.weapon), event.fatalities, event.injuries, event.modality,
        int(event.optional),
        # Keys of field_evidence in order, so that a field with an empty span list survives.
        json.dumps(list(event.field_evidence)),
    )


def evidence_rows(event_id: int, event: Event) -> list[tuple]:
    rows = [(event_id, None, i, s, e) for i, (s, e) in enumerate(event.evidence)]
    for name, spans in event.field_evidence.items():
        rows.extend((event_id, name, i, s, e) for i, (s, e) in enumerate(spans))
    return rows


def source_rows(event_id: int, event: Event) -> list[tuple]:
    return [(event_id, i, s.name, s.kind) for i, s in enumerate(event.sources)]


def _in_chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def load_events(conn: Connection, rows: list[Row]) -> list[StoredEvent]:
    """Rebuild :class:`StoredEvent` objects from ``events`` rows joined with their article's columns
    (``a_outlet``, ``a_published``, ``a_url``, ``a_title``, ``a_origin``)."""
    ids = [row["id"] for row in rows]
    evidence: dict[int, dict[str | None, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    sources: dict[int, list[Source]] = defaultdict(list)
    for chunk in _in_chunks(ids):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            f'SELECT event_id, field, start, "end" FROM evidence WHERE event_id IN ({marks}) '
            "ORDER BY event_id, field, ordinal",
            chunk,
        ):
            evidence[r[0]][r[1]].append((r[2], r[3]))
        for r in conn.execute(
            f"SELECT event_id, name, kind FROM sources WHERE event_id IN ({marks}) ORDER BY event_id, ordinal",
            chunk,
        ):
            sources[r[0]].append(Source(name=r[1], kind=r[2]))
    out = []
    for row in rows:
        spans = evidence.get(row["id"], {})
        event = Event(
            event_type=row["event_type"],
            sub_event_type=row["sub_event_type"],
            date=DateInterval(start=row["date_start"], end=row["date_end"], precision=row["date_precision"])
            if row["has_date"]
            else None,
            location=Location(
                name=row["location_name"], place=row["place"], country=row["country"], admin1=row["admin1"],
                lat=row["lat"], lon=row["lon"], precision=row["geo_precision"], geonameid=row["geonameid"],
                site_id=row["site_id"],
            )
            if row["has_location"]
            else None,
            actor1=Actor.model_validate_json(row["actor1_json"]) if row["actor1_json"] else None,
            actor2=Actor.model_validate_json(row["actor2_json"]) if row["actor2_json"] else None,
            target=row["target"],
            weapon=json.loads(row["weapon_json"]),
            fatalities=row["fatalities"],
            injuries=row["injuries"],
            modality=row["modality"],
            sources=sources.get(row["id"], []),
            evidence=spans.get(None, []),
            optional=bool(row["optional"]),
            field_evidence={name: spans.get(name, []) for name in json.loads(row["evidence_fields"])},
        )
        ref = ArticleRef(
            id=row["article_id"], outlet=row["a_outlet"], published=row["a_published"], url=row["a_url"],
            title=row["a_title"], origin=row["a_origin"],
        )
        out.append(
            StoredEvent(
                id=row["id"], article_id=row["article_id"], ordinal=row["ordinal"],
                incident_id=row["incident_id"], event=event, article=ref,
            )
        )
    return out


EVENT_SELECT = (
    "SELECT e.*, a.outlet AS a_outlet, a.published AS a_published, a.url AS a_url, a.title AS a_title, "
    "a.origin AS a_origin FROM events e JOIN articles a ON a.id = e.article_id"
)

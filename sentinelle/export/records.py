"""Flat export records: one per incident (default) or per event, shared by every format."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sentinelle.store import EventFilters, IncidentDetail, Store, StoredEvent


@dataclass
class ExportRecord:
    """What every export format knows about one incident or one event."""

    kind: str  # "incident" | "event"
    id: int
    incident_id: int | None
    event_type: str
    sub_event_type: str | None
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    country: str | None
    admin1: str | None
    place: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    actor1: str | None
    actor1_kind: str | None
    actor2: str | None
    actor2_kind: str | None
    target: str | None
    weapons: list[str]
    fatalities_min: int | None
    fatalities_max: int | None
    injuries_max: int | None
    modality_mix: dict[str, int]
    n_events: int
    n_articles: int
    n_sources: int
    outlets: list[str]
    sources: list[str]  # who the articles attribute the information to
    urls: list[str]
    article_ids: list[int]
    quote: str | None  # the representative member's evidence, for ACLED notes
    updated_at: str | None = None
    event_ids: list[int] = field(default_factory=list)


def _first(values: Iterator) -> object:
    return next((v for v in values if v is not None), None)


def _quote(store: Store, event: StoredEvent) -> str | None:
    if not event.event.evidence:
        return None
    start, end = event.event.evidence[0]
    text = store.quote(event.article_id, start, end)
    return " ".join(text.split()) if text else None


def incident_record(store: Store, detail: IncidentDetail) -> ExportRecord:
    """One row for an incident: location and date from its best members, the rest merged over members."""
    inc = detail.incident
    # Members ordered best-located first, so single-valued fields come from the most precise report.
    members = sorted(detail.events, key=lambda e: (e.id != inc.best_located_event_id, e.id))
    events = [m.event for m in members]
    weapons = list(dict.fromkeys(w for e in events for w in e.weapon))
    sources = list(dict.fromkeys(s.name for e in events for s in e.sources))
    injuries = [e.injuries for e in events if e.injuries is not None]
    actor1 = _first(e.actor1 for e in events if e.actor1 and (e.actor1.normalized or e.actor1.name))
    actor2 = _first(e.actor2 for e in events if e.actor2 and (e.actor2.normalized or e.actor2.name))
    return ExportRecord(
        kind="incident", id=inc.id, incident_id=inc.id, event_type=inc.event_type, sub_event_type=inc.sub_event_type,
        date_start=inc.date_start, date_end=inc.date_end, date_precision=inc.date_precision,
        country=inc.country, admin1=inc.admin1, place=inc.place, lat=inc.lat, lon=inc.lon,
        geo_precision=inc.geo_precision,
        actor1=(actor1.normalized or actor1.name) if actor1 else None, actor1_kind=actor1.kind if actor1 else None,
        actor2=(actor2.normalized or actor2.name) if actor2 else None, actor2_kind=actor2.kind if actor2 else None,
        target=_first(e.target for e in events), weapons=weapons,
        fatalities_min=inc.fatalities_min, fatalities_max=inc.fatalities_max,
        injuries_max=max(injuries) if injuries else None, modality_mix=dict(inc.modality_mix),
        n_events=inc.n_events, n_articles=inc.n_articles, n_sources=inc.n_sources,
        outlets=list(inc.outlets), sources=sources,
        urls=[a.url for a in detail.articles if a.url], article_ids=[a.id for a in detail.articles],
        quote=_quote(store, members[0]) if members else None, updated_at=inc.updated_at,
        event_ids=[m.id for m in detail.events],
    )


def event_record(store: Store, stored: StoredEvent) -> ExportRecord:
    """One row for a single machine event."""
    e, loc, date = stored.event, stored.event.location, stored.event.date
    return ExportRecord(
        kind="event", id=stored.id, incident_id=stored.incident_id, event_type=e.event_type,
        sub_event_type=e.sub_event_type, date_start=date.start if date else None, date_end=date.end if date else None,
        date_precision=date.precision if date else None, country=loc.country if loc else None,
        admin1=loc.admin1 if loc else None, place=(loc.place or loc.name) if loc else None,
        lat=loc.lat if loc else None, lon=loc.lon if loc else None, geo_precision=loc.precision if loc else None,
        actor1=(e.actor1.normalized or e.actor1.name) if e.actor1 else None,
        actor1_kind=e.actor1.kind if e.actor1 else None,
        actor2=(e.actor2.normalized or e.actor2.name) if e.actor2 else None,
        actor2_kind=e.actor2.kind if e.actor2 else None,
        target=e.target, weapons=list(e.weapon), fatalities_min=e.fatalities, fatalities_max=e.fatalities,
        injuries_max=e.injuries, modality_mix={e.modality: 1}, n_events=1, n_articles=1, n_sources=1,
        outlets=[stored.article.outlet] if stored.article.outlet else [],
        sources=[s.name for s in e.sources], urls=[stored.article.url] if stored.article.url else [],
        article_ids=[stored.article_id], quote=_quote(store, stored), event_ids=[stored.id],
    )


def iter_records(store: Store, filters: EventFilters, *, events: bool = False) -> Iterator[ExportRecord]:
    """Export records matching the filters, oldest first."""
    if events:
        for stored in store.list_events(filters, newest_first=False):
            yield event_record(store, stored)
        return
    for summary in store.list_incidents(filters, newest_first=False):
        detail = store.get_incident(summary.id)
        if detail is not None:
            yield incident_record(store, detail)

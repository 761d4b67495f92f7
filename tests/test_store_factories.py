"""Builders of real model objects for the store, dedup and export tests (no tests here)."""

from __future__ import annotations

from sentinelle.model import Actor, ArticleResult, DateInterval, Event, Location, Source
from sentinelle.store import StoredArticleInput

MOSUL = dict(place="Mosul", country="IQ", admin1="Nineveh", lat=36.335, lon=43.119)
MOSUL_AIRPORT = dict(place="Mosul airport", country="IQ", admin1="Nineveh", lat=36.306, lon=43.147)  # ~4 km
ERBIL = dict(place="Erbil", country="IQ", admin1="Erbil", lat=36.191, lon=44.009)  # ~80 km from Mosul
IDLIB = dict(place="Idlib", country="SY", admin1="Idlib", lat=35.930, lon=36.634)


def event(
    *,
    day: str = "2021-01-04",
    end: str | None = None,
    precision: str = "day",
    where: dict | None = None,
    geo_precision: int = 1,
    event_type: str = "explosions_remote_violence",
    sub_event_type: str | None = "shelling_artillery_missile_attack",
    target: str | None = "military_base",
    fatalities: int | None = None,
    modality: str = "asserted",
    evidence: tuple[int, int] = (0, 10),
    actor1: Actor | None = None,
    actor2: Actor | None = None,
    weapon: list[str] | None = None,
) -> Event:
    where = dict(MOSUL if where is None else where)
    return Event(
        event_type=event_type,
        sub_event_type=sub_event_type,
        date=DateInterval(start=day, end=end or day, precision=precision),
        location=Location(name=where["place"], precision=geo_precision, **where),
        actor1=actor1 or Actor(name=None, normalized="Unidentified Armed Group", kind="unidentified"),
        actor2=actor2,
        target=target,
        weapon=weapon if weapon is not None else ["rocket"],
        fatalities=fatalities,
        modality=modality,
        sources=[Source(name="AFP", kind="media")],
        evidence=[evidence],
        field_evidence={"location": [(evidence[0], evidence[0] + 3)]},
    )


def article(text: str, *events: Event, outlet: str | None = "Outlet A", published: str | None = "2021-01-05",
            url: str | None = None) -> tuple[StoredArticleInput, ArticleResult]:
    return (
        StoredArticleInput(text=text, outlet=outlet, published=published, url=url, title=text[:20], origin="test"),
        ArticleResult(published=published, outlet=outlet, events=list(events)),
    )

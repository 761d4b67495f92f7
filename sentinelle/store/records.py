"""The plain records the store takes and returns (its whole public vocabulary).

These are what the CLI, the exports and the web layer see; none of them holds
a database handle. Every record has ``to_dict()`` giving JSON-ready values.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from sentinelle.errors import InputError
from sentinelle.model import SUB_EVENT_TYPES, ArticleResult, DateInterval, Event, Location

EVENT_TYPES: frozenset[str] = frozenset(SUB_EVENT_TYPES.values())
MODALITIES: frozenset[str] = frozenset(
    {"asserted", "reported", "claimed", "denied", "hypothetical", "threatened"}
)
NON_EVENT_REASONS: frozenset[str] = frozenset({"hypothetical", "threatened", "habitual", "aggregate", "denied"})
"""Why a mention is not a factual event (``NonEvent.why``); ``--modality`` also takes these."""
FILTER_MODALITIES: frozenset[str] = MODALITIES | NON_EVENT_REASONS
ReviewAction = Literal["accept", "correct", "reject"]
SQLITE_MAX_INT = 2**63 - 1
"""The largest integer SQLite stores: no row id, count or offset can be larger."""


def storable_id(value: int) -> bool:
    """Whether ``value`` can be a row id (an id SQLite cannot hold names no row: answer "not found")."""
    return 0 <= value <= SQLITE_MAX_INT


def content_hash(text: str) -> str:
    """The idempotency key of an article: sha256 of its text exactly as stored."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class StoredArticleInput:
    """An article as read by ingest: its text and what is known about it."""

    text: str
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    doc_id: str | None = None
    origin: str | None = None  # file path, "path:line" or "-" (stdin)
    language: str = "fr"

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class IngestOutcome:
    """What ``Store.ingest_result`` did with one article."""

    status: Literal["ingested", "duplicate"]
    article_id: int
    n_events: int = 0
    incident_ids: tuple[int, ...] = ()  # incidents the article's events joined or created
    new_incidents: int = 0


def _check_date(name: str, value: str | dt.date | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InputError(f"{name} {value!r} is not a date; write it as YYYY-MM-DD") from None


@dataclass(frozen=True)
class EventFilters:
    """Filters shared by ``sentinelle events``, ``sentinelle export`` and the web API.

    ``country`` is an ISO 3166-1 alpha-2 code (case-insensitive); ``since``/``until``
    keep what overlaps the interval; ``event_type`` is a coarse type or a
    sub-event type; ``modality`` keeps incidents with at least one member of that
    modality (events: of that modality; non-event mentions: of that reason, which
    may also be ``habitual`` or ``aggregate``); ``min_sources`` is the minimum
    number of distinct outlets reporting the incident.
    """

    country: str | None = None
    since: str | None = None
    until: str | None = None
    event_type: str | None = None
    modality: str | None = None
    min_sources: int | None = None
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "since", _check_date("--since", self.since))
        object.__setattr__(self, "until", _check_date("--until", self.until))
        if self.country is not None:
            code = self.country.strip().upper()
            if len(code) != 2 or not code.isalpha():
                raise InputError(f"country {self.country!r} is not an ISO 3166-1 alpha-2 code; write e.g. IQ or SY")
            object.__setattr__(self, "country", code)
        if self.event_type is not None and self.event_type not in EVENT_TYPES | set(SUB_EVENT_TYPES):
            raise InputError(
                f"event type {self.event_type!r} is unknown; use one of {', '.join(sorted(EVENT_TYPES))} "
                "or a sub-event type such as air_drone_strike"
            )
        if self.modality is not None and self.modality not in FILTER_MODALITIES:
            raise InputError(
                f"modality {self.modality!r} is unknown; use one of {', '.join(sorted(FILTER_MODALITIES))}"
            )
        # Bounded above too: SQLite integers are 64-bit, and a larger one would fail deep in a query.
        for name, value in (("--min-sources", self.min_sources), ("limit", self.limit), ("offset", self.offset)):
            if value is not None and not 0 <= value <= SQLITE_MAX_INT:
                raise InputError(f"{name} must be zero or more and at most {SQLITE_MAX_INT}")


@dataclass(frozen=True)
class ArticleRef:
    """An article as cited by an incident or event."""

    id: int
    outlet: str | None
    published: str | None
    url: str | None
    title: str | None
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class StoredEvent:
    """One machine event as stored, with the article it came from."""

    id: int
    article_id: int
    ordinal: int
    incident_id: int | None
    event: Event
    article: ArticleRef

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "ordinal": self.ordinal,
            "incident_id": self.incident_id,
            "article": self.article.to_dict(),
            **self.event.model_dump(mode="json"),
        }


@dataclass(frozen=True)
class StoredNonEvent:
    """A mention that is not a factual event (``NonEvent``), with its article and, when its own
    sentence names them, a place and a date."""

    id: int
    article_id: int
    ordinal: int
    why: str
    event_type: str | None
    sub_event_type: str | None
    text: str | None
    evidence: list[tuple[int, int]]
    quotes: list[str]  # the words of each evidence span
    location: Location | None
    date: DateInterval | None
    article: ArticleRef

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "non_event",
            "id": self.id,
            "article_id": self.article_id,
            "ordinal": self.ordinal,
            "why": self.why,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "text": self.text,
            "evidence": [list(span) for span in self.evidence],
            "quotes": list(self.quotes),
            "location": self.location.model_dump(mode="json") if self.location else None,
            "date": self.date.model_dump(mode="json") if self.date else None,
            "article": self.article.to_dict(),
        }


@dataclass(frozen=True)
class IncidentSummary:
    """One real-world incident: events from one or more articles grouped by dedup.

    Location fields come from the best-located member, date fields from the
    best-dated one; ``n_sources`` counts distinct outlets (an article with no
    outlet counts as a source of its own).
    """

    id: int
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
    n_events: int
    n_articles: int
    n_sources: int
    fatalities_min: int | None
    fatalities_max: int | None
    modality_mix: dict[str, int]
    best_located_event_id: int | None
    best_dated_event_id: int | None
    outlets: tuple[str, ...] = ()
    updated_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["outlets"] = list(self.outlets)
        return data


@dataclass(frozen=True)
class IncidentDetail:
    """An incident with its member events and the articles that report it."""

    incident: IncidentSummary
    events: list[StoredEvent]
    articles: list[ArticleRef]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.incident.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "articles": [a.to_dict() for a in self.articles],
        }


@dataclass(frozen=True)
class StoredArticle:
    """An article with its text and everything Sentinelle found in it.

    ``result`` is the :class:`ArticleResult` exactly as it was ingested (events,
    non-events, place and time mentions, warnings); ``events`` the same events
    with their store ids and incidents.
    """

    id: int
    content_hash: str
    doc_id: str | None
    origin: str | None
    url: str | None
    outlet: str | None
    published: str | None
    language: str
    title: str | None
    text: str
    result: ArticleResult
    events: list[StoredEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        result = self.result.model_dump(mode="json")
        return {
            "id": self.id,
            "content_hash": self.content_hash,
            "doc_id": self.doc_id,
            "origin": self.origin,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "language": self.language,
            "title": self.title,
            "text": self.text,
            "events": [e.to_dict() for e in self.events],
            "non_events": result["non_events"],
            "places": result["places"],
            "times": result["times"],
            "warnings": result["warnings"],
        }


@dataclass(frozen=True)
class Review:
    """An analyst's decision on one machine event (never overwrites it)."""

    id: int
    event_id: int
    reviewer: str
    action: ReviewAction
    changes: dict[str, Any]
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

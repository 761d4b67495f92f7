"""The JSON shapes of the web API (and so of its OpenAPI description).

Built from the store's records (``sentinelle.store``); event contents are the
model's own :class:`~sentinelle.model.Event`, so what the page shows is exactly
the event-schema.md record plus store ids and analysts' reviews.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from sentinelle.model import DateInterval, Event, Location, NonEvent, PlaceMention, TimeMention
from sentinelle.store import (
    ArticleRef,
    IncidentDetail,
    IncidentSummary,
    Review,
    StoredArticle,
    StoredEvent,
    StoredNonEvent,
)


class ArticleRefOut(BaseModel):
    id: int
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = Field(None, description="where ingest read it: file path, 'path:line', '-' or 'web'")


class ReviewOut(BaseModel):
    id: int
    event_id: int
    reviewer: str
    action: Literal["accept", "correct", "reject"]
    changes: dict[str, Any] = Field(default_factory=dict)
    created_at: str


class EventOut(BaseModel):
    """One machine event as stored; ``event`` is never altered by reviews."""

    id: int
    article_id: int
    ordinal: int
    incident_id: int | None = None
    article: ArticleRefOut
    event: Event
    reviews: list[ReviewOut] = Field(default_factory=list)
    review_status: Literal["accept", "correct", "reject"] | None = Field(
        None, description="the latest review's action, if any"
    )


class IncidentOut(BaseModel):
    """An incident (events of several articles grouped by dedup), nested like an event for the map."""

    id: int
    event_type: str
    sub_event_type: str | None = None
    date: DateInterval | None = None
    location: Location | None = None
    n_events: int
    n_articles: int
    n_sources: int = Field(description="distinct outlets reporting the incident")
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    modality_mix: dict[str, int] = Field(default_factory=dict)
    outlets: list[str] = Field(default_factory=list)
    best_located_event_id: int | None = None
    best_dated_event_id: int | None = None
    updated_at: str | None = None


class IncidentPage(BaseModel):
    items: list[IncidentOut]
    total: int = Field(description="incidents matching the filters, ignoring limit/offset")
    limit: int
    offset: int


class EventPage(BaseModel):
    items: list[EventOut]
    limit: int
    offset: int


class NonEventOut(BaseModel):
    """A mention that is NOT a factual event (imagined, threatened, habitual, aggregate, or denied
    without a place), with the place and date its own sentence names when it names them."""

    kind: Literal["non_event"] = "non_event"
    id: int
    article_id: int
    ordinal: int
    why: Literal["hypothetical", "threatened", "habitual", "aggregate", "denied"]
    event_type: str | None = None
    sub_event_type: str | None = None
    text: str | None = None
    evidence: list[tuple[int, int]] = Field(default_factory=list)
    quotes: list[str] = Field(default_factory=list, description="the words of each evidence span")
    location: Location | None = None
    date: DateInterval | None = None
    article: ArticleRefOut


class NonEventPage(BaseModel):
    items: list[NonEventOut]
    limit: int
    offset: int


class IncidentDetailOut(BaseModel):
    incident: IncidentOut
    events: list[EventOut]
    articles: list[ArticleRefOut]


class ArticleOut(BaseModel):
    """An article with its text and every span Sentinelle found in it."""

    id: int
    content_hash: str
    doc_id: str | None = None
    origin: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str
    title: str | None = None
    text: str
    events: list[EventOut]
    non_events: list[NonEvent] = Field(default_factory=list)
    places: list[PlaceMention] = Field(default_factory=list)
    times: list[TimeMention] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ArticleIn(BaseModel):
    """An article to ingest as JSON: the fields of a ``sentinelle ingest`` .jsonl line (others are ignored)."""

    text: str = Field(min_length=1)
    published: str | None = Field(None, description="YYYY-MM-DD; resolves relative dates such as 'ce dimanche'")
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    doc_id: str | None = None


class IngestOut(BaseModel):
    status: Literal["ingested", "duplicate"]
    article_id: int
    n_events: int
    incident_ids: list[int] = Field(default_factory=list, description="incidents the article's events belong to")
    events: list[EventOut]
    non_events: list[NonEvent] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ReviewIn(BaseModel):
    """An analyst's decision. ``changes`` (only with ``correct``) uses event-schema.md field
    names and shapes, e.g. ``{"fatalities": 3}`` or ``{"date": {"start": ..., "end": ..., "precision": "day"}}``."""

    model_config = ConfigDict(extra="forbid")

    reviewer: str = Field(min_length=1, max_length=100)
    action: Literal["accept", "correct", "reject"]
    changes: dict[str, Any] = Field(default_factory=dict)


class Meta(BaseModel):
    version: str
    event_types: list[str]
    sub_event_types: dict[str, str]
    modalities: list[str]
    counts: dict[str, int]
    reads_need_token: bool
    cache: dict[str, int] = Field(description="response cache: hits, misses, entries, bytes")


# -- converters from store records --------------------------------------------------------------


def article_ref(ref: ArticleRef) -> ArticleRefOut:
    return ArticleRefOut(
        id=ref.id, outlet=ref.outlet, published=ref.published, url=ref.url, title=ref.title, origin=ref.origin
    )


def review_out(review: Review) -> ReviewOut:
    return ReviewOut(**review.to_dict())


def event_out(stored: StoredEvent, reviews: list[Review] | None = None) -> EventOut:
    reviews = reviews or []
    return EventOut(
        id=stored.id,
        article_id=stored.article_id,
        ordinal=stored.ordinal,
        incident_id=stored.incident_id,
        article=article_ref(stored.article),
        event=stored.event,
        reviews=[review_out(r) for r in reviews],
        review_status=reviews[-1].action if reviews else None,
    )


def non_event_out(stored: StoredNonEvent) -> NonEventOut:
    return NonEventOut(
        id=stored.id, article_id=stored.article_id, ordinal=stored.ordinal, why=stored.why,  # type: ignore[arg-type]
        event_type=stored.event_type, sub_event_type=stored.sub_event_type, text=stored.text,
        evidence=stored.evidence, quotes=stored.quotes, location=stored.location, date=stored.date,
        article=article_ref(stored.article),
    )


def incident_out(summary: IncidentSummary) -> IncidentOut:
    has_date = summary.date_start is not None or summary.date_end is not None
    return IncidentOut(
        id=summary.id,
        event_type=summary.event_type,
        sub_event_type=summary.sub_event_type,
        date=DateInterval(start=summary.date_start, end=summary.date_end, precision=summary.date_precision)
        if has_date
        else None,
        location=Location(
            place=summary.place, country=summary.country, admin1=summary.admin1,
            lat=summary.lat, lon=summary.lon, precision=summary.geo_precision,
        ),
        n_events=summary.n_events,
        n_articles=summary.n_articles,
        n_sources=summary.n_sources,
        fatalities_min=summary.fatalities_min,
        fatalities_max=summary.fatalities_max,
        modality_mix=summary.modality_mix,
        outlets=list(summary.outlets),
        best_located_event_id=summary.best_located_event_id,
        best_dated_event_id=summary.best_dated_event_id,
        updated_at=summary.updated_at,
    )


def incident_detail_out(detail: IncidentDetail, reviews: dict[int, list[Review]]) -> IncidentDetailOut:
    return IncidentDetailOut(
        incident=incident_out(detail.incident),
        events=[event_out(e, reviews.get(e.id)) for e in detail.events],
        articles=[article_ref(a) for a in detail.articles],
    )


def article_out(article: StoredArticle, reviews: dict[int, list[Review]]) -> ArticleOut:
    result = article.result
    return ArticleOut(
        id=article.id,
        content_hash=article.content_hash,
        doc_id=article.doc_id,
        origin=article.origin,
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        language=article.language,
        title=article.title,
        text=article.text,
        events=[event_out(e, reviews.get(e.id)) for e in article.events],
        non_events=result.non_events,
        places=result.places,
        times=result.times,
        warnings=result.warnings,
    )

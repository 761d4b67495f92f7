"""The JSON API: thin handlers over ``sentinelle.store.Store``.

Handlers are plain ``def``: FastAPI runs them in its thread pool, and the store
gives each thread its own SQLite connection (WAL lets readers run beside a writer).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

import sentinelle
from sentinelle.ingest.jsonl import check_article_text, normalise_published, parse_jsonl_line
from sentinelle.model import SUB_EVENT_TYPES
from sentinelle.store import EventFilters, Review, Store, StoredArticleInput
from sentinelle.store.records import EVENT_TYPES, FILTER_MODALITIES, SQLITE_MAX_INT
from sentinelle.web import schemas
from sentinelle.web.ingest import ingest_article
from sentinelle.web.security import require_read, require_write

MAX_LIMIT = 10_000

router = APIRouter()
reads = APIRouter(dependencies=[Depends(require_read)])
writes = APIRouter(dependencies=[Depends(require_write)])


# Dependencies are `async def`: they do no I/O, and a plain `def` would cost each request
# one more hop through the thread pool.
async def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


async def filters(
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2 code, e.g. IQ")] = None,
    since: Annotated[str | None, Query(description="keep what overlaps from this day on (YYYY-MM-DD)")] = None,
    until: Annotated[str | None, Query(description="keep what overlaps up to this day (YYYY-MM-DD)")] = None,
    type: Annotated[str | None, Query(description="coarse event type or sub-event type")] = None,  # noqa: A002
    modality: Annotated[str | None, Query(
        description="asserted, reported, claimed, denied, hypothetical, threatened; "
        "for /non-events the reason: hypothetical, threatened, habitual, aggregate, denied")] = None,
    min_sources: Annotated[int | None, Query(ge=0, le=SQLITE_MAX_INT, description="minimum distinct outlets")] = None,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 1000,
    offset: Annotated[int, Query(ge=0, le=SQLITE_MAX_INT)] = 0,
) -> EventFilters:
    """The filters of ``sentinelle events``, as query parameters (the store validates them)."""
    return EventFilters(
        country=country or None, since=since or None, until=until or None, event_type=type or None,
        modality=modality or None, min_sources=min_sources, limit=limit, offset=offset,
    )


FiltersDep = Annotated[EventFilters, Depends(filters)]


def _reviews_by_event(store: Store, event_ids: list[int]) -> dict[int, list[Review]]:
    return {event_id: store.list_reviews(event_id) for event_id in event_ids}


def _cached(request: Request, build: Callable[[], BaseModel]) -> Response:
    """The JSON of ``build()``, served from the response cache while the database is unchanged.

    Returning a Response also spares FastAPI re-validating the model it was built from."""
    key = f"{request.url.path}?{request.url.query}"
    body = request.app.state.cache.get_or_build(
        request.app.state.store, key, lambda: build().model_dump_json().encode()
    )
    return Response(body, media_type="application/json")


@reads.get("/meta", response_model=schemas.Meta, tags=["reference"])
def meta(request: Request, store: StoreDep) -> schemas.Meta:
    """Vocabularies the page's filters use, and row counts."""
    return schemas.Meta(
        version=sentinelle.__version__,
        event_types=sorted(EVENT_TYPES),
        sub_event_types=SUB_EVENT_TYPES,
        modalities=sorted(FILTER_MODALITIES),
        counts=store.stats(),
        reads_need_token=request.app.state.settings.open_reads == "never",
        cache=request.app.state.cache.stats(),
    )


@reads.get("/incidents", response_model=schemas.IncidentPage, tags=["read"])
def list_incidents(request: Request, store: StoreDep, f: FiltersDep) -> Response:
    """Incidents (events grouped across articles), newest first, with the filters of `sentinelle events`."""

    def build() -> schemas.IncidentPage:
        items = [schemas.incident_out(i) for i in store.list_incidents(f)]
        return schemas.IncidentPage(items=items, total=store.count_incidents(f), limit=f.limit or 0, offset=f.offset)

    return _cached(request, build)


@reads.get("/incidents/{incident_id}", response_model=schemas.IncidentDetailOut, tags=["read"])
def get_incident(request: Request, incident_id: int, store: StoreDep) -> Response:
    """One incident with its member events (and their reviews) and the articles reporting it."""

    def build() -> schemas.IncidentDetailOut:
        detail = store.get_incident(incident_id)
        if detail is None:
            raise HTTPException(404, f"there is no incident {incident_id}")
        return schemas.incident_detail_out(detail, _reviews_by_event(store, [e.id for e in detail.events]))

    return _cached(request, build)


@reads.get("/events", response_model=schemas.EventPage, tags=["read"])
def list_events(request: Request, store: StoreDep, f: FiltersDep) -> Response:
    """Machine events (one per article mention), newest first, with the filters of `sentinelle events`."""

    def build() -> schemas.EventPage:
        items = [schemas.event_out(e) for e in store.list_events(f)]
        return schemas.EventPage(items=items, limit=f.limit or 0, offset=f.offset)

    return _cached(request, build)


@reads.get("/non-events", response_model=schemas.NonEventPage, tags=["read"])
def list_non_events(request: Request, store: StoreDep, f: FiltersDep) -> Response:
    """Mentions that are not factual events (hypothetical, threatened, habitual, aggregate, denied
    without a place), newest first; `modality` is their reason. Never incidents, never on the map."""

    def build() -> schemas.NonEventPage:
        items = [schemas.non_event_out(n) for n in store.list_non_events(f)]
        return schemas.NonEventPage(items=items, limit=f.limit or 0, offset=f.offset)

    return _cached(request, build)


@reads.get("/articles/{article_id}", response_model=schemas.ArticleOut, tags=["read"])
def get_article(request: Request, article_id: int, store: StoreDep) -> Response:
    """One article: its text, its events with every evidence span, non-events, place and time mentions."""

    def build() -> schemas.ArticleOut:
        article = store.get_article(article_id)
        if article is None:
            raise HTTPException(404, f"there is no article {article_id}")
        return schemas.article_out(article, _reviews_by_event(store, [e.id for e in article.events]))

    return _cached(request, build)


@reads.get("/reviews", response_model=list[schemas.ReviewOut], tags=["review"])
def list_reviews(store: StoreDep) -> list[schemas.ReviewOut]:
    """Every analyst review, oldest first."""
    return [schemas.review_out(r) for r in store.list_reviews()]


@reads.get(
    "/reviews/gold.jsonl",
    tags=["review"],
    response_class=StreamingResponse,
    responses={200: {"content": {"application/x-ndjson": {}}, "description": "one gold article per line"}},
)
def export_gold(store: StoreDep) -> StreamingResponse:
    """Reviewed articles as gold JSON Lines (event-schema.md), for `sentinelle evaluate`."""
    lines = list(store.export_reviews_gold())  # read now, in this thread, with this thread's connection

    def body() -> Iterator[bytes]:
        for line in lines:
            yield (json.dumps(line, ensure_ascii=False) + "\n").encode()

    return StreamingResponse(
        body(),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": 'attachment; filename="sentinelle-gold.jsonl"'},
    )


_INGEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": schemas.ArticleIn.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}, "example": "Trois roquettes sont tombées dimanche ..."},
        },
    }
}


async def _read_article(request: Request, published: str | None, outlet: str | None,
                        url: str | None, title: str | None) -> StoredArticleInput:
    """The article in the body: a JSON object like an ingest .jsonl line, or plain UTF-8 text
    with its metadata in the query. Validation is the ingest command's own."""
    raw = await request.body()
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/json":
        return parse_jsonl_line(raw, origin="web")
    if media not in ("text/plain", ""):
        raise HTTPException(415, f"send the article as text/plain or application/json, not {media!r}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(415, "the article text must be UTF-8") from None
    return StoredArticleInput(
        text=check_article_text(text), published=normalise_published(published), outlet=outlet or None,
        url=url or None, title=title or None, origin="web",
    )


@writes.post(
    "/articles",
    response_model=schemas.IngestOut,
    status_code=201,
    tags=["write"],
    openapi_extra=_INGEST_BODY,
    responses={200: {"model": schemas.IngestOut, "description": "already stored (same text): nothing changed"}},
)
async def post_article(
    request: Request,
    response: Response,
    published: Annotated[str | None, Query(description="with text/plain: publication day YYYY-MM-DD")] = None,
    outlet: Annotated[str | None, Query(description="with text/plain: the outlet")] = None,
    url: Annotated[str | None, Query(description="with text/plain: the article's address")] = None,
    title: Annotated[str | None, Query(description="with text/plain: the title")] = None,
) -> schemas.IngestOut:
    """Ingest one article (text/plain, metadata in the query; or JSON): extract its events,
    store them, fold them into incidents, and return them. Idempotent: the same text twice
    is stored once (200 instead of 201)."""
    article = await _read_article(request, published, outlet, url, title)
    # Extraction is CPU-bound and the store is synchronous: keep them off the event loop.
    return await run_in_threadpool(_ingest, request, response, article)


def _ingest(request: Request, response: Response, article: StoredArticleInput) -> schemas.IngestOut:
    store: Store = request.app.state.store
    try:
        status, article_id = ingest_article(store, article)
    finally:
        request.app.state.cache.invalidate()
    stored = store.get_article(article_id)
    if stored is None:  # just written (or found) in this database
        raise HTTPException(500, f"article {article_id} vanished after ingest")
    if status == "duplicate":
        response.status_code = 200
    return schemas.IngestOut(
        status=status,
        article_id=article_id,
        n_events=len(stored.events),
        incident_ids=sorted({e.incident_id for e in stored.events if e.incident_id is not None}),
        events=[schemas.event_out(e) for e in stored.events],
        non_events=stored.result.non_events,
        warnings=stored.result.warnings,
    )


@writes.post("/events/{event_id}/reviews", response_model=schemas.ReviewOut, status_code=201, tags=["review"])
def post_review(request: Request, event_id: int, review: schemas.ReviewIn, store: StoreDep) -> schemas.ReviewOut:
    """Accept, correct or reject a machine event. Stored beside it with the reviewer and the
    time; the machine output is never modified."""
    stored = store.add_review(event_id, review.reviewer, review.action, review.changes)
    request.app.state.cache.invalidate()
    return schemas.review_out(stored)


router.include_router(reads)
router.include_router(writes)

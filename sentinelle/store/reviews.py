"""Analysts' reviews of machine events, and their export as gold JSONL."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError

from sentinelle.errors import InputError
from sentinelle.model import SUB_EVENT_TYPES, Event
from sentinelle.store.connection import Connection, transaction
from sentinelle.store.records import Review, storable_id
from sentinelle.store.rows import EVENT_SELECT, load_events
from sentinelle.store.validation import check_event

ACTIONS = ("accept", "correct", "reject")
CORRECTABLE = frozenset(
    {"event_type", "sub_event_type", "date", "location", "fatalities", "injuries", "modality",
     "actor1", "actor2", "target", "weapon", "sources"}
)


def apply_changes(event: Event, changes: dict[str, Any]) -> Event:
    """The event with an analyst's corrections applied, validated against the schema
    and against the values an event can have (:func:`check_event`)."""
    unknown = sorted(set(changes) - CORRECTABLE)
    if unknown:
        raise InputError(
            f"cannot correct {', '.join(unknown)}; correctable fields: {', '.join(sorted(CORRECTABLE))}"
        )
    data = event.model_dump(mode="json")
    data.update(changes)
    # Correcting only the sub-event type implies its coarse type (ACLED codebook).
    if "sub_event_type" in changes and "event_type" not in changes and changes["sub_event_type"] in SUB_EVENT_TYPES:
        data["event_type"] = SUB_EVENT_TYPES[changes["sub_event_type"]]
    try:
        corrected = Event.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"correction rejected: {where}: {first['msg']}") from None
    sub = corrected.sub_event_type
    if sub is not None and SUB_EVENT_TYPES.get(sub, corrected.event_type) != corrected.event_type:
        raise InputError(
            f"sub_event_type {sub!r} belongs to event_type {SUB_EVENT_TYPES[sub]!r}, not {corrected.event_type!r}; "
            "correct both together"
        )
    return check_event(corrected, changes)


def add_review(
    conn: Connection, event_id: int, reviewer: str, action: str, changes: dict[str, Any] | None
) -> Review:
    changes = dict(changes or {})
    if not reviewer or not reviewer.strip():
        raise InputError("a review needs the reviewer's name")
    if action not in ACTIONS:
        raise InputError(f"review action {action!r} is unknown; use accept, correct or reject")
    if action == "correct" and not changes:
        raise InputError("a correction needs the fields it changes, e.g. {\"fatalities\": 3}")
    if action != "correct" and changes:
        raise InputError(f"only 'correct' takes changes; {action!r} does not")
    rows = conn.execute(f"{EVENT_SELECT} WHERE e.id = ?", (event_id,)).fetchall() if storable_id(event_id) else []
    if not rows:
        raise InputError(f"there is no event {event_id} in this database")
    if changes:
        apply_changes(load_events(conn, rows)[0].event, changes)  # validate before storing
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with transaction(conn):
        review_id = conn.execute(
            "INSERT INTO reviews (event_id, reviewer, action, changes, created_at) VALUES (?, ?, ?, ?, ?)",
            (event_id, reviewer.strip(), action, json.dumps(changes, ensure_ascii=False), created),
        ).lastrowid
    return Review(id=review_id, event_id=event_id, reviewer=reviewer.strip(), action=action,  # type: ignore[arg-type]
                  changes=changes, created_at=created)


def list_reviews(conn: Connection, event_id: int | None = None) -> list[Review]:
    sql, params = "SELECT * FROM reviews", []
    if event_id is not None:
        sql, params = sql + " WHERE event_id = ?", [event_id]
    return [
        Review(id=r["id"], event_id=r["event_id"], reviewer=r["reviewer"], action=r["action"],
               changes=json.loads(r["changes"]), created_at=r["created_at"])
        for r in conn.execute(sql + " ORDER BY id", params)
    ]


def export_reviews_gold(conn: Connection) -> Iterator[dict[str, Any]]:
    """One gold line (``event-schema.md``) per article with at least one reviewed event.

    Per event, reviews apply in order: corrections accumulate on the machine
    output, a rejection drops the event, an acceptance keeps it. Events of the
    article that nobody reviewed are kept with ``"optional": true`` (neither
    rewarded nor penalised when scoring). The line carries the article ``text``
    itself (``text_file`` is null) since the store holds it.
    """
    reviews_by_event: dict[int, list[Review]] = {}
    for review in list_reviews(conn):
        reviews_by_event.setdefault(review.event_id, []).append(review)
    article_ids = sorted(
        {r[0] for r in conn.execute("SELECT DISTINCT e.article_id FROM reviews v JOIN events e ON e.id = v.event_id")}
    )
    for article_id in article_ids:
        article = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        stored = load_events(
            conn, conn.execute(f"{EVENT_SELECT} WHERE e.article_id = ? ORDER BY e.ordinal", (article_id,)).fetchall()
        )
        events = []
        for item in stored:
            event, kept = item.event, True
            reviews = reviews_by_event.get(item.id, [])
            for review in reviews:
                if review.action == "reject":
                    kept = False
                elif review.action == "correct":
                    try:
                        event, kept = apply_changes(event, review.changes), True
                    except InputError:
                        # Stored before corrections were checked: an impossible one never reaches the gold.
                        continue
                else:
                    kept = True
            if not reviews:
                event = event.model_copy(update={"optional": True})
            if kept:
                events.append(event.model_dump(mode="json"))
        yield {
            "doc_id": article["doc_id"] or f"article-{article_id}",
            "text_file": None,
            "text": article["text"],
            "published": article["published"],
            "outlet": article["outlet"],
            "language": article["language"],
            "events": events,
            "non_events": json.loads(article["non_events_json"]),
        }

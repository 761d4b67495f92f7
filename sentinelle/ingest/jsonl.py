"""Parsing one JSON Lines record into an article, with errors that say what to fix."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sentinelle.errors import InputError
from sentinelle.store.records import StoredArticleInput

MAX_TEXT_CHARS = 1_000_000
"""Same limit as ``sentinelle.extraction.MAX_CHARS`` (spaCy's default max_length)."""

STRING_FIELDS = ("published", "url", "outlet", "title", "doc_id", "id", "language")


def normalise_published(value: Any, what: str = "published") -> str | None:
    """``YYYY-MM-DD`` from a date or an ISO date-time string (``2021-12-05T08:00:00Z``), or InputError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InputError(f"'{what}' must be a date string YYYY-MM-DD, not {type(value).__name__}")
    text = value.strip()
    try:
        # The whole value must be a date or an ISO date-time: '2023-01-01garbage' is a typo, not a date.
        day = dt.date.fromisoformat(text) if len(text) <= 10 else dt.datetime.fromisoformat(text).date()
        return day.isoformat()
    except ValueError:
        raise InputError(f"'{what}' {value!r} is not a date; write it as YYYY-MM-DD") from None


def check_article_text(text: Any) -> str:
    """The article text if it can be processed, else InputError saying why."""
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InputError("'text' is empty")
    if "\x00" in text:
        raise InputError("'text' contains NUL characters: binary data, not an article")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"article too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("'text' contains an unpaired surrogate (a broken \\ud8xx escape); fix the JSON") from None
    return text


def parse_jsonl_line(line: bytes | str, origin: str | None = None) -> StoredArticleInput:
    """One JSON Lines record -> an article.

    Fields: ``text`` (required), ``published`` (YYYY-MM-DD or ISO date-time),
    ``url``, ``outlet``, ``title``, ``doc_id`` (or ``id``), ``language`` (only
    ``fr``). Other fields are ignored.

    Raises:
        InputError: the line is not UTF-8, not a JSON object, lacks a usable text,
            or has a field of the wrong type.
    """
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"line is not UTF-8 (byte {exc.start}); re-encode the file as UTF-8") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        # (some of the json module's messages end with "at" and expect the position after them)
        where = f"{exc.msg} column {exc.colno}" if exc.msg.endswith(" at") else f"{exc.msg} at column {exc.colno}"
        raise InputError(f"malformed JSON ({where}); each line must be one JSON object") from None
    except RecursionError:
        raise InputError("malformed JSON (nested too deeply); each line must be one flat JSON object") from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object with a 'text' field, got {type(record).__name__}")
    if "text" not in record:
        raise InputError(f"no 'text' field (fields present: {', '.join(sorted(map(str, record))) or 'none'})")
    text = check_article_text(record["text"])
    for name in STRING_FIELDS:
        value = record.get(name)
        if name != "published" and value is not None and not isinstance(value, str):
            raise InputError(f"'{name}' must be a string, not {type(value).__name__}")
    language = record.get("language") or "fr"
    if language != "fr":
        raise InputError(f"language {language!r} is not supported (only 'fr'); drop the line or fix 'language'")
    return StoredArticleInput(
        text=text,
        published=normalise_published(record.get("published")),
        outlet=_clean(record.get("outlet")),
        url=_clean(record.get("url")),
        title=_clean(record.get("title")),
        doc_id=_clean(record.get("doc_id")) or _clean(record.get("id")),
        origin=origin,
        language="fr",
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("a field contains an unpaired surrogate (a broken \\ud8xx escape); fix the JSON") from None
    value = value.strip()
    return value or None

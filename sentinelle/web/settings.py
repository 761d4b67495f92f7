"""How one web server is configured (built by ``sentinelle serve`` or by tests)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

DEFAULT_MAX_BODY = 4 * 1024 * 1024
"""Largest request body (bytes): an article of 1,000,000 characters (the extractor's limit)
mostly in Latin script, JSON-escaped, fits."""

DEFAULT_CACHE_BYTES = 64 * 1024 * 1024

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


@dataclass
class WebSettings:
    """Settings of one server.

    Args:
        db: the SQLite database (created when missing).
        token: the write token; reads from outside loopback need it too.
        open_reads: who may read without the token: "loopback" clients, "always", or "never".
        max_body_bytes: request bodies above this get 413.
        cache_bytes: size of the read-response cache (0 disables it).
        allowed_hosts: accepted ``Host`` headers (refusing others defeats DNS rebinding
            against a loopback server); ``None`` accepts any.
    """

    db: Path
    token: str
    open_reads: Literal["loopback", "always", "never"] = "loopback"
    max_body_bytes: int = DEFAULT_MAX_BODY
    cache_bytes: int = DEFAULT_CACHE_BYTES
    allowed_hosts: list[str] | None = field(default_factory=lambda: list(LOOPBACK_HOSTS))

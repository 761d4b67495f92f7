"""Who may read and write, what the browser may run, and how big a request may be.

- Writes (ingest, review) need the bearer token; reads are open to loopback
  clients (an analyst on this machine) and need the token from anywhere else.
- Every response carries a strict Content-Security-Policy: article text is
  untrusted, and even if it reached the DOM as markup no inline script, event
  handler attribute or foreign resource would run (Trusted Types also make
  ``innerHTML = string`` throw in Chromium).
- Request bodies are capped, with a 413 that says the limit.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "require-trusted-types-for 'script'",
        "trusted-types default",
    ]
)

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def generate_token() -> str:
    """A fresh random write token (printed by ``sentinelle serve`` when none is configured)."""
    return secrets.token_urlsafe(24)


def is_loopback(host: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost'."""
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


_bearer = HTTPBearer(auto_error=False, description="The write token: SENTINELLE_TOKEN, or the one `serve` printed")


def _token_ok(request: Request, credentials: HTTPAuthorizationCredentials | None) -> bool:
    expected: str = request.app.state.settings.token
    given = credentials.credentials if credentials else ""
    # Constant-time comparison: the token must not leak through response timing.
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())


async def require_write(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """Dependency of every endpoint that changes the database."""
    if not _token_ok(request, credentials):
        raise HTTPException(
            status_code=401,
            detail="this endpoint writes to the database and needs the token: send 'Authorization: Bearer <token>' "
            "(SENTINELLE_TOKEN, or the one printed when `sentinelle serve` started)",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def require_read(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """Dependency of every endpoint that reads the database."""
    settings = request.app.state.settings
    if settings.open_reads == "always" or _token_ok(request, credentials):
        return
    if settings.open_reads == "loopback" and request.client is not None and is_loopback(request.client.host):
        return
    raise HTTPException(
        status_code=401,
        detail="reads are open only to clients on this machine (loopback); send 'Authorization: Bearer <token>'",
        headers={"WWW-Authenticate": "Bearer"},
    )


class SecurityHeadersMiddleware:
    """Adds the CSP and its companions to every HTTP response (API JSON included)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in SECURITY_HEADERS if name not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTooLarge(StarletteHTTPException):
    """Raised while reading a body past the limit. An HTTPException so that FastAPI's body
    parsing passes it on (it turns other exceptions into a vague 400) and it renders as 413."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(status_code=413, detail=too_large_message(max_bytes))


def too_large_message(max_bytes: int) -> str:
    return (
        f"request body too large: the limit is {max_bytes:,} bytes "
        "(start `sentinelle serve` with a larger --max-body to accept bigger articles)"
    )


class BodySizeLimitMiddleware:
    """Refuses request bodies over ``max_bytes`` with 413, whether announced by
    Content-Length or streamed (chunked) past the limit."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _reply(self, send: Send, status: int, detail: str) -> None:
        body = json.dumps({"detail": detail}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None:
            try:
                announced = int(length)
            except ValueError:
                await self._reply(send, 400, "Content-Length is not a number")
                return
            if announced > self.max_bytes:
                await self._reply(send, 413, too_large_message(self.max_bytes))
                return

        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
            await self._reply(send, 413, too_large_message(self.max_bytes))

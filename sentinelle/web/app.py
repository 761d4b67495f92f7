"""The FastAPI application: JSON API, the analyst page and its static files, in one process."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

import sentinelle
from sentinelle.errors import InputError, SentinelleError
from sentinelle.store import Store
from sentinelle.web.api import router
from sentinelle.web.cache import ResponseCache
from sentinelle.web.security import BodySizeLimitMiddleware, SecurityHeadersMiddleware
from sentinelle.web.settings import WebSettings

STATIC_DIR = Path(__file__).parent / "static"


class _StaticFiles(StaticFiles):
    """Static files with a cache lifetime: the vendored libraries change only with a release."""

    async def get_response(self, path: str, scope):  # type: ignore[override]
        response = await super().get_response(path, scope)
        if response.status_code == 200:
            response.headers["Cache-Control"] = "public, max-age=3600" if path.startswith("vendor/") else "no-cache"
        return response


def create_app(settings: WebSettings) -> FastAPI:
    """Build the application over the database ``settings.db`` (opened, and migrated, now)."""
    store = Store(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(
        title="Sentinelle",
        version=sentinelle.__version__,
        description=(
            "Conflict events extracted from French news articles: incidents, events with evidence spans, "
            "articles, analyst reviews. Reads are open on loopback; writes need `Authorization: Bearer <token>`."
        ),
        lifespan=lifespan,
        # FastAPI's /docs and /redoc pages load scripts from a CDN and run inline scripts, which
        # neither works offline nor passes our CSP; the description itself is at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.cache = ResponseCache(settings.cache_bytes)

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(SentinelleError)
    async def library_error(request: Request, exc: SentinelleError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=500)

    app.include_router(router)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", _StaticFiles(directory=STATIC_DIR), name="static")

    # Outermost last: hosts are checked first, then the body size, and every response
    # (errors included) leaves through the security headers. No gzip: the server is meant
    # for loopback, where compressing costs more CPU than it saves time.
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.add_middleware(SecurityHeadersMiddleware)
    return app

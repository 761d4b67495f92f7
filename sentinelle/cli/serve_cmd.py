"""``sentinelle serve`` (the API and the analyst page) and ``sentinelle export-reviews`` (gold JSONL)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer

from sentinelle.cli import app
from sentinelle.errors import SentinelleError
from sentinelle.store.connection import database_exists, describe

TOKEN_ENV = "SENTINELLE_TOKEN"


@app.command("serve")
def serve_command(
    db: str = typer.Option(
        "sentinelle.db", "--db", metavar="FILE|URL",
        help="A SQLite file (created when missing), or a PostgreSQL database: postgresql://user@host:5432/name.",
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; keep loopback unless you mean it."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    max_body: int = typer.Option(
        4 * 1024 * 1024, "--max-body", min=1024, help="Largest request body in bytes (larger ones get 413)."
    ),
    cache_mb: int = typer.Option(
        64, "--cache-mb", min=0, help="Memory for cached read responses, emptied on every change (0: no cache)."
    ),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level (warning: no access log)."),
) -> None:
    """Serve the JSON API (OpenAPI at /openapi.json) and the analyst page: map, timeline,
    articles with their evidence highlighted, review.

    Writes (POST /articles, reviews) need a token: $SENTINELLE_TOKEN, or a fresh one printed
    here. Reads are open to this machine (loopback) and need the token from anywhere else.

    Example: sentinelle serve --db sentinelle.db --port 8000
    """
    import uvicorn

    from sentinelle.web import WebSettings, create_app, generate_token
    from sentinelle.web.security import is_loopback
    from sentinelle.web.settings import LOOPBACK_HOSTS

    token = os.environ.get(TOKEN_ENV, "").strip()
    generated = not token
    token = token or generate_token()
    loopback = is_loopback(host)
    # Behind a loopback bind only loopback Host headers are accepted (DNS rebinding);
    # on another address the operator chose exposure, and reads then need the token.
    allowed = list(LOOPBACK_HOSTS) if loopback else None
    settings = WebSettings(
        db=db, token=token, max_body_bytes=max_body, cache_bytes=cache_mb * 1024 * 1024, allowed_hosts=allowed
    )
    web_app = create_app(settings)

    shown = f"[{host}]" if ":" in host else host
    base = f"http://{shown}:{port}/"
    typer.echo(f"Sentinelle: serving {describe(db)} at {base}  (API description: {base}openapi.json)")
    if generated:
        typer.echo(f"write token (set {TOKEN_ENV} to choose your own): {token}")
        typer.echo(f"open {base}#token={token} to review and ingest from the page")
    else:
        typer.echo(f"write token: from ${TOKEN_ENV}")
    if not loopback:
        typer.echo(f"warning: listening on {host}, not loopback: every request, reads included, needs the token",
                   err=True)
    sys.stdout.flush()
    uvicorn.run(web_app, host=host, port=port, log_level=log_level, server_header=False)


@app.command("export-reviews")
def export_reviews_command(
    db: str = typer.Option(
        "sentinelle.db", "--db", metavar="FILE|URL",
        help="The SQLite file, or PostgreSQL database (postgresql://user@host:5432/name).",
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
) -> None:
    """Export the analysts' reviews as gold JSONL (event-schema.md): per reviewed article, the
    machine events with corrections applied and rejections dropped, for `sentinelle evaluate`.

    Example: sentinelle export-reviews --db sentinelle.db -o gold.jsonl && sentinelle evaluate gold.jsonl
    """
    from sentinelle.store import Store

    if not database_exists(db):
        raise SentinelleError(f"there is no database {str(db)!r}; pass --db with the file `sentinelle serve` used")
    with Store(db) as store:
        lines = [json.dumps(line, ensure_ascii=False) + "\n" for line in store.export_reviews_gold()]
    if output is None:
        sys.stdout.write("".join(lines))
    else:
        output.write_text("".join(lines), encoding="utf-8")
        typer.echo(f"{len(lines)} reviewed article(s) written to {output}", err=True)

"""The ``sentinelle`` command line: a thin shell over the library.

Each command group lives in its own module and registers itself on ``app``.
Library errors become one-line messages with a non-zero exit, never tracebacks.
"""

from __future__ import annotations

import sys

import typer

from sentinelle.errors import SentinelleError

app = typer.Typer(
    name="sentinelle",
    help=(
        "Sentinelle turns French news articles about attacks, strikes, clashes and protests into "
        "structured, geolocated, dated, source-attributed conflict-event records (ACLED taxonomy), "
        "telling what an article asserts from what it attributes, claims, denies or only imagines."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

def _version(value: bool) -> None:
    if value:
        from sentinelle import __version__

        typer.echo(f"sentinelle {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Sentinelle: conflict events from French news, with evidence for every field."""


# Command modules register themselves on `app` when imported.
from sentinelle.cli import evaluate_cmd, extract_cmd, serve_cmd, store_cmd  # noqa: E402,F401


def main() -> None:
    """Console entry point."""
    try:
        app()
    except SentinelleError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)

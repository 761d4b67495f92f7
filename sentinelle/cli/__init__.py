"""The ``sentinelle`` command line: a thin shell over the library.

Each command group lives in its own module and registers itself on ``app``.
Library errors become one-line messages with a non-zero exit, never tracebacks.
"""

from __future__ import annotations

import os
import sys

import typer
from typer.core import TyperCommand, TyperGroup

from sentinelle.errors import InputError, SentinelleError


def _show_by_name(param) -> None:
    """Help shows a flag as a flag (``--json``, not ``--json <bool>``) and an argument by its name
    (``FILES...``, not ``{files}... <list[Path]>``): typer's default help prints the Python type of both."""
    if getattr(param, "_sentinelle_help", False):
        return
    param._sentinelle_help = True
    if getattr(param, "is_flag", False) and not getattr(param, "count", False):
        param.display_type_rich = lambda ctx: None  # the value type of a flag says nothing to a user
        if param.metavar is None:
            param.metavar = ""
    elif getattr(param, "param_type_name", "") == "argument":
        name = (param.metavar or param.name or "").upper()
        shown = name + ("..." if param.nargs != 1 else "")
        param.metavar = shown
        param.display_type_rich = lambda ctx: None
        param.get_usage_pieces = lambda ctx: [shown if param.required else f"[{shown}]"]


class _Command(TyperCommand):
    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            _show_by_name(param)
        return params


class _Group(TyperGroup):
    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            _show_by_name(param)
        return params


class _App(typer.Typer):
    """Every command registered on ``app`` gets the plain help above."""

    def command(self, *args, **kwargs):
        kwargs.setdefault("cls", _Command)
        return super().command(*args, **kwargs)


app = _App(
    cls=_Group,
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
    relevance: str = typer.Option(
        None, "--relevance", metavar="context|triggers|off",
        help="Which articles skip the parser (docs/relevance.md): 'context' (default) parses an article with a "
             "strong incident word or an incident word beside a word of violence; 'triggers' parses every article "
             "with an incident word (never changes results, slower on general news); 'off' parses everything. "
             "Same as the SENTINELLE_RELEVANCE environment variable; workers inherit it."),
) -> None:
    """Sentinelle: conflict events from French news, with evidence for every field."""
    if relevance is not None:
        from sentinelle.relevance import MODE_ENV, MODES

        mode = relevance.strip().lower()
        if mode not in MODES:
            raise typer.BadParameter(f"expected one of {', '.join(MODES)}", param_hint="--relevance")
        os.environ[MODE_ENV] = mode
    elif os.environ.get("SENTINELLE_RELEVANCE", "").strip():
        # a wrong setting is said once, before any article (not once per article as an extraction failure)
        from sentinelle.relevance import gate_mode

        try:
            gate_mode()
        except ValueError as exc:
            raise InputError(str(exc)) from None


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

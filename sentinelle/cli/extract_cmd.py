"""``sentinelle extract``: events of article files, as a table, JSON or JSON Lines."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TextIO

import typer
from rich.console import Console
from rich.table import Table

from sentinelle.cli import app
from sentinelle.cli.output import table_console
from sentinelle.errors import InputError, SentinelleError
from sentinelle.model import ArticleResult
from sentinelle.store.records import StoredArticleInput

HTML_SUFFIXES = frozenset({".html", ".htm"})


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _quote(text: str, spans: list[tuple[int, int]], width: int = 90) -> str:
    if not spans:
        return ""
    start, end = spans[0]
    quote = " ".join(text[start:end].split())
    return quote if len(quote) <= width else quote[: width - 1] + "…"


def _actor(a) -> str:
    return (a.normalized or a.name or "?") if a else "-"


def render_table(console: Console, name: str, text: str, result: ArticleResult) -> None:
    """Print one article's events as a readable table."""
    title = f"{name} — {len(result.events)} event(s), {len(result.non_events)} non-event(s)"
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    # Short columns never wrap (a date cut in two is unreadable); long ones fold.
    table.add_column("type", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("place", overflow="fold", min_width=12)
    table.add_column("actors", overflow="fold", min_width=16)
    table.add_column("killed", no_wrap=True, justify="right")
    table.add_column("modality", no_wrap=True)
    table.add_column("evidence", overflow="fold", min_width=20)
    for e in result.events:
        loc = e.location
        place = f"{loc.place or loc.name} ({loc.country})" if loc and (loc.place or loc.name) else "?"
        date = e.date.start if e.date and e.date.start else "?"
        if e.date and e.date.precision and e.date.precision != "day":
            date += f" ~{e.date.precision}"
        table.add_row(
            e.sub_event_type or e.event_type,
            date,
            place,
            f"{_actor(e.actor1)} → {_actor(e.actor2)}",
            "" if e.fatalities is None else str(e.fatalities),
            e.modality,
            _quote(text, e.evidence),
        )
    for ne in result.non_events:
        table.add_row(f"[dim]not an event: {ne.why}[/dim]", "", "", "", "", "", f"[dim]{_quote(text, ne.evidence)}[/dim]")
    console.print(table)
    for w in result.warnings:
        console.print(f"[yellow]warning:[/yellow] {w}")


@app.command()
def extract(
    files: list[Path] = typer.Argument(
        ..., help="Article files: UTF-8 plain text or .html pages (their main text), one article per file.",
        show_default=False),
    published: str | None = typer.Option(
        None, "--published", "-p", help="Publication date YYYY-MM-DD for every file (resolves 'ce dimanche', 'hier'...)."
    ),
    manifest: Path | None = typer.Option(
        None, "--manifest",
        help="TSV (or CSV) giving each file its own date: columns file or id, published or date, outlet or source, url."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table (readable), json or jsonl."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
) -> None:
    """Extract conflict events from French news articles.

    Each event gets its ACLED type, date, place (with coordinates), actors,
    casualties, modality (asserted, reported, claimed, denied) and the evidence
    spans in the text. Hypothetical, threatened, habitual and aggregate mentions
    are listed apart as non-events.

    A file that is empty, binary, not UTF-8 or that fails to extract gets a
    one-line error; the other files are still processed and the exit code is 1.

    Example: sentinelle extract article.txt --published 2021-12-05 --format json
    """
    import sentinelle.extraction as extraction

    if published is not None:
        if not published.strip():
            raise InputError("--published is empty: give a date in the form YYYY-MM-DD")
        extraction.parse_published(published)
    from sentinelle.ingest.manifest import manifest_entry, read_manifest

    meta = read_manifest(manifest) if manifest else {}
    out = _open_output(output) if output else sys.stdout
    console = table_console(out)
    failures = 0
    results = []
    try:
        for path in files:
            try:
                article = _read_article(path)
                info = manifest_entry(meta, path)
                when = published or info.get("published") or article.published
                if not published and info.get("published"):
                    try:
                        extraction.parse_published(info["published"])
                    except InputError as exc:
                        raise InputError(f"{path}: the manifest {manifest}'s row for it: {exc}") from None
                if not when:
                    typer.echo(
                        f"warning: {path}: no publication date; relative dates such as 'ce dimanche' or 'hier' "
                        "cannot be resolved (give --published YYYY-MM-DD or --manifest)", err=True)
                result = extraction.extract(
                    article.text,
                    published=when or None,
                    outlet=info.get("outlet") or article.outlet or None,
                    doc_id=path.name,
                )
            except SentinelleError as exc:
                failures += 1
                typer.echo(f"error: {exc}", err=True)
                continue
            except Exception as exc:  # noqa: BLE001 - a bug on one article must not cost the others
                failures += 1
                detail = " ".join(str(exc).split())[:300]
                typer.echo(f"error: {path}: extraction failed ({type(exc).__name__}: {detail}); please report this article",
                           err=True)
                continue
            if fmt is OutputFormat.table:
                render_table(console, str(path), article.text, result)
            elif fmt is OutputFormat.jsonl:
                out.write(result.model_dump_json() + "\n")
            else:
                results.append(result.model_dump(mode="json"))
        if fmt is OutputFormat.json:
            json.dump(results, out, ensure_ascii=False, indent=2)
            out.write("\n")
    finally:
        if output:
            out.close()
    if failures:
        raise typer.Exit(1)


def _open_output(path: Path) -> TextIO:
    try:
        return path.open("w", encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: cannot write the output there: folder {str(path.parent)!r} does not exist") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot write the output there: {exc.strerror or exc}") from None


def _read_article(path: Path):
    """The article of one file: a .txt as it is, an .html page's main text (as ``ingest`` reads it)."""
    from sentinelle.textio import read_article_file

    if path.suffix.lower() in (".jsonl", ".ndjson"):
        # one article per file here: a JSON Lines file holds many, with their own dates and outlets
        raise InputError(f"{path}: a JSON Lines file holds several articles; `sentinelle ingest {path}` reads "
                         "them one by one (extract takes one article per .txt or .html file)")
    if path.suffix.lower() not in HTML_SUFFIXES:
        return StoredArticleInput(text=read_article_file(path), origin=str(path))
    from sentinelle.ingest.html import article_from_html
    from sentinelle.ingest.readers import MAX_HTML_BYTES
    from sentinelle.textio import check_article_bytes, read_file_bytes

    data = read_file_bytes(path)
    try:
        check_article_bytes(data, MAX_HTML_BYTES)
        return article_from_html(data, str(path))
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None

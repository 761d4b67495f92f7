"""``sentinelle ingest``, ``sentinelle events`` and ``sentinelle export``: the store from the command line."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from sentinelle.cli import app
from sentinelle.cli.output import SHORT_COLUMNS, table_console
from sentinelle.errors import InputError
from sentinelle.store import DEFAULT_DB, EventFilters, Store, StoredNonEvent
from sentinelle.store.connection import database_exists, describe
from sentinelle.store.records import NON_EVENT_REASONS

MAX_FAILURES_SHOWN = 20
MAX_QUOTE = 200  # characters of a non-event's evidence shown in the table

DB_OPTION = typer.Option(
    DEFAULT_DB, "--db", metavar="FILE|URL",
    help="A SQLite file (`ingest` creates it when missing; the other commands need it to exist), or a "
         "PostgreSQL database: postgresql://user@host:5432/name.",
)


class ExportFormat(StrEnum):
    acled_csv = "acled-csv"
    geojson = "geojson"
    jsonl = "jsonl"
    parquet = "parquet"


class _RateColumn(ProgressColumn):
    """Articles per second since the start."""

    def render(self, task) -> Text:
        elapsed = task.elapsed or 0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:6.1f} articles/s", style="progress.data.speed")


def _open_existing(db: str) -> Store:
    if not database_exists(db):
        raise InputError(f"no database at {db}; run `sentinelle ingest FILES --db {db}` first, or pass the right --db")
    return Store(db)


def _filters(country, since, until, event_type, modality, min_sources, limit=None) -> EventFilters:
    return EventFilters(
        country=country, since=since, until=until, event_type=event_type, modality=modality,
        min_sources=min_sources, limit=limit,
    )


@app.command()
def ingest(
    paths: list[str] = typer.Argument(
        ..., help="Files or folders (recursive) of .txt, .html, .jsonl articles; '-' reads standard input.",
        show_default=False,
    ),
    db: str = DB_OPTION,
    workers: int = typer.Option(
        1, "--workers", "-w", min=1,
        help="Extraction processes on this machine, each with its own model (~0.7 GB); this process writes. "
             "Up to one per core, e.g. --workers 2.",
    ),
    dask: str | None = typer.Option(
        None, "--dask", metavar="local:N|ADDRESS",
        help="Extract on a Dask cluster instead: local:N starts N single-threaded worker processes here "
             "(loopback only, e.g. --dask local:2); tcp://HOST:8786 uses a running `dask scheduler` whose "
             "`dask worker`s have sentinelle and its spaCy model installed. This process still writes every result.",
        show_default=False,
    ),
    published: str | None = typer.Option(
        None, "--published", "-p", help="Publication date YYYY-MM-DD for articles that do not carry one."
    ),
    manifest: Path | None = typer.Option(
        None, "--manifest",
        help="TSV (or CSV) for .txt/.html files: columns file or id, published or date, outlet or source, url; "
             "a folder's published.tsv is read by itself."
    ),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles per nlp.pipe batch."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract events from articles and store them, grouping reports of one incident.

    Idempotent: an article already stored (same text) is skipped. Resumable:
    after an interruption, run the same command again. A bad file or line is
    reported and skipped; the exit code is then 1.

    Examples:

      sentinelle ingest examples/ --db sentinelle.db --workers 2

      sentinelle ingest archive/ --dask local:2

      sentinelle ingest archive/ --dask tcp://scheduler:8786
    """
    from sentinelle.ingest import ingest_paths

    err = Console(stderr=True)
    with Store(db) as store:
        if quiet or as_json:
            summary = ingest_paths(paths, store, workers=workers, dask=dask, published=published, manifest=manifest,
                                   batch_size=batch_size)
        else:
            with Progress(
                TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), _RateColumn(), TimeElapsedColumn(),
                TextColumn("{task.fields[status]}"), console=err, transient=False,
            ) as bar:
                task = bar.add_task("ingest", total=None, status="loading the pipeline…")

                def progress(s) -> None:
                    bar.update(task, total=s.total, completed=s.processed,
                               status=f"{s.ingested} new, {s.duplicates} dup, {s.failed} failed")

                summary = ingest_paths(paths, store, workers=workers, dask=dask, published=published,
                                       manifest=manifest, batch_size=batch_size, progress=progress)
                progress(summary)
        stats = store.stats()
    if as_json:
        typer.echo(json.dumps({**summary.to_dict(), "database": describe(db), **{f"total_{k}": v for k, v in stats.items()}},
                              ensure_ascii=False, indent=2))
    else:
        err.print(
            f"[bold]{summary.ingested}[/bold] ingested ({summary.events} events, {summary.new_incidents} new incidents), "
            f"[bold]{summary.duplicates}[/bold] skipped as duplicates, [bold]{summary.failed}[/bold] failed "
            f"in {summary.seconds:.1f} s ({summary.articles_per_second:.1f} articles/s). "
            f"{describe(db)}: {stats['articles']} articles, {stats['events']} events, {stats['incidents']} incidents.",
            highlight=False, soft_wrap=True,
        )
        _warn_undated(err, summary.undated)
        for failure in summary.failures[:MAX_FAILURES_SHOWN]:
            # One line per failure, never wrapped, so it can be grepped.
            err.print(Text.assemble(("  failed ", "red"), str(failure)), soft_wrap=True)
        if summary.failed > MAX_FAILURES_SHOWN:
            err.print(f"  … and {summary.failed - MAX_FAILURES_SHOWN} more (use --json for the full list)")
    if summary.failed:
        raise typer.Exit(1)


def _warn_undated(err: Console, undated: list[str]) -> None:
    """Like `extract`: each article stored without a publication date, and how to give one."""
    for origin in undated[:MAX_FAILURES_SHOWN]:
        err.print(Text.assemble(("warning: ", "yellow"), f"{origin}: no publication date; relative dates such as "
                                "'ce dimanche' or 'hier' were not resolved (give --published YYYY-MM-DD, a manifest "
                                "or published.tsv with file and published columns, or 'published' in JSON Lines)"),
                  soft_wrap=True)
    if len(undated) > MAX_FAILURES_SHOWN:
        err.print(f"warning: … and {len(undated) - MAX_FAILURES_SHOWN} more articles without a publication date "
                  "(use --json for the full list)", soft_wrap=True)


def _range(lo, hi) -> str:
    if lo is None:
        return ""
    return str(lo) if lo == hi else f"{lo}–{hi}"


@app.command()
def events(
    db: str = DB_OPTION,
    country: str | None = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code, e.g. IQ."),
    since: str | None = typer.Option(None, "--since", help="Keep what happened on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, "--until", help="Keep what happened on or before YYYY-MM-DD."),
    event_type: str | None = typer.Option(None, "--type", help="Event type or sub-event type, e.g. battles, air_drone_strike."),
    modality: str | None = typer.Option(
        None, "--modality",
        help="asserted, reported, claimed, denied, hypothetical, threatened, habitual or aggregate. "
        "The last five also list the mentions that are not factual events for that reason "
        "(with their article, evidence, and place and date when their sentence names them).",
    ),
    min_sources: int | None = typer.Option(None, "--min-sources", help="At least this many distinct outlets."),
    list_events: bool = typer.Option(False, "--events", help="List single machine events instead of incidents."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    limit: int | None = typer.Option(None, "--limit", min=0, help="At most this many rows (table default: 100)."),
) -> None:
    """List incidents (events grouped across articles), or single events, with filters.

    Example: sentinelle events --country IQ --since 2021-12-01 --min-sources 2
    """
    if limit is None and not as_json:
        limit = 100
    filters = _filters(country, since, until, event_type, modality, min_sources, limit)
    with _open_existing(db) as store:
        rows = store.list_events(filters) if list_events else store.list_incidents(filters)
        total = None if list_events else store.count_incidents(filters)
        # What an article only imagines, threatens, sums up or denies without a place is never an
        # incident; asked for by its reason, it is listed after them.
        mentions = store.list_non_events(filters) if modality in NON_EVENT_REASONS else []
    if as_json:
        typer.echo(json.dumps([r.to_dict() for r in [*rows, *mentions]], ensure_ascii=False, indent=2))
        return
    console = table_console()
    if not rows and modality in NON_EVENT_REASONS - {"denied"}:
        # Never incidents (they did not happen): the empty incident table would only mislead.
        console.print(_non_event_table(mentions))
        return
    if list_events:
        table = Table(title=f"{len(rows)} event(s)", title_justify="left")
        for col in ("id", "incident", "date", "type", "place", "actors", "killed", "modality", "outlet"):
            table.add_column(col, overflow="fold", no_wrap=col in SHORT_COLUMNS)
        for e in rows:
            ev, loc = e.event, e.event.location
            table.add_row(
                str(e.id), str(e.incident_id or ""), (ev.date.start or "?") if ev.date else "?",
                ev.sub_event_type or ev.event_type,
                f"{loc.place or loc.name} ({loc.country})" if loc else "?",
                f"{_actor(ev.actor1)} → {_actor(ev.actor2)}", _range(ev.fatalities, ev.fatalities), ev.modality,
                e.article.outlet or "",
            )
    else:
        table = Table(title=f"{len(rows)} of {total} incident(s)", title_justify="left")
        for col in ("id", "date", "type", "place", "killed", "articles", "outlets", "modalities"):
            table.add_column(col, overflow="fold", no_wrap=col in SHORT_COLUMNS)
        for i in rows:
            date = i.date_start or "?"
            if i.date_precision and i.date_precision != "day":
                date += f" ~{i.date_precision}"
            table.add_row(
                str(i.id), date, i.sub_event_type or i.event_type,
                f"{i.place or '?'} ({i.country or '?'})", _range(i.fatalities_min, i.fatalities_max),
                str(i.n_articles), str(i.n_sources), ", ".join(f"{k} {v}" for k, v in i.modality_mix.items()),
            )
    console.print(table)
    if mentions:
        console.print(_non_event_table(mentions))


def _non_event_table(mentions: list[StoredNonEvent]) -> Table:
    table = Table(title=f"{len(mentions)} non-event mention(s) (not facts)", title_justify="left")
    for col in ("id", "article", "why", "date", "type", "place", "evidence"):
        table.add_column(col, overflow="fold", no_wrap=col in SHORT_COLUMNS)
    for m in mentions:
        loc = m.location
        quote = " … ".join(" ".join(q.split()) for q in m.quotes) or (m.text or "")
        table.add_row(
            str(m.id), _article_name(m.article), m.why, (m.date.start or "?") if m.date else "?",
            m.sub_event_type or m.event_type or "?",
            f"{loc.place or loc.name} ({loc.country})" if loc else "?",
            quote if len(quote) <= MAX_QUOTE else quote[: MAX_QUOTE - 1] + "…",
        )
    return table


def _article_name(article) -> str:
    name = article.title or (Path(article.origin).name if article.origin else None) or f"#{article.id}"
    return f"{article.id} {name}" + (f" ({article.outlet})" if article.outlet else "")


def _actor(actor) -> str:
    return (actor.normalized or actor.name or "?") if actor else "-"


@app.command("export")
def export_cmd(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="acled-csv, geojson, jsonl or parquet."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Output file (default: standard output)."),
    db: str = DB_OPTION,
    country: str | None = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code, e.g. IQ."),
    since: str | None = typer.Option(None, "--since", help="Keep what happened on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, "--until", help="Keep what happened on or before YYYY-MM-DD."),
    event_type: str | None = typer.Option(None, "--type", help="Event type or sub-event type."),
    modality: str | None = typer.Option(None, "--modality", help="Keep incidents with a member of this modality."),
    min_sources: int | None = typer.Option(None, "--min-sources", help="At least this many distinct outlets."),
    single_events: bool = typer.Option(False, "--events", help="One row per machine event instead of per incident."),
    include_non_events: bool = typer.Option(
        False, "--non-events",
        help="jsonl only: then one line per mention that is not a factual event (kind: non_event; "
        "--modality selects its reason: hypothetical, threatened, habitual, aggregate, denied).",
    ),
) -> None:
    """Export incidents (or single events) for QGIS, kepler.gl, pandas or ACLED-style workflows.

    Example: sentinelle export --format geojson -o incidents.geojson --country SY
    """
    from sentinelle.export import export

    filters = _filters(country, since, until, event_type, modality, min_sources)
    with _open_existing(db) as store:
        n = export(store, fmt.value, output, filters, events=single_events, non_events=include_non_events)
    if output is not None:
        what = "event" if single_events else "incident"
        if include_non_events:
            what += " and non-event mention"
        Console(stderr=True).print(f"{n} {what}(s) written to {output}", highlight=False)


"""Exports of the store to analysts' tools: ACLED-style CSV, GeoJSON, JSON Lines, Parquet."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from sentinelle.errors import InputError
from sentinelle.export.acled import COLUMNS as ACLED_COLUMNS
from sentinelle.export.acled import acled_row, write_acled_csv
from sentinelle.export.geojson import write_geojson
from sentinelle.export.records import ExportRecord, iter_records
from sentinelle.export.tabular import write_jsonl, write_parquet
from sentinelle.store import EventFilters, Store

Format = Literal["acled-csv", "geojson", "jsonl", "parquet"]
FORMATS: tuple[str, ...] = ("acled-csv", "geojson", "jsonl", "parquet")

__all__ = ["ACLED_COLUMNS", "FORMATS", "ExportRecord", "acled_row", "export", "iter_records"]


def export(
    store: Store, fmt: Format, output: str | Path | None = None, filters: EventFilters | None = None,
    *, events: bool = False, non_events: bool = False,
) -> int:
    """Write incidents (or, with ``events=True``, single machine events) in ``fmt``; return how many
    records were written.

    ``output`` None writes to standard output (not for parquet, which is binary).
    ``non_events`` (JSON Lines only) adds one line per mention that is not a factual event
    (``"kind": "non_event"``, filtered like the rest, ``filters.modality`` being its reason).
    """
    filters = filters or EventFilters()
    if fmt not in FORMATS:
        raise InputError(f"export format {fmt!r} is unknown; use one of {', '.join(FORMATS)}")
    if non_events and fmt != "jsonl":
        raise InputError(
            f"--non-events needs --format jsonl: {fmt} holds events only, and a mention that is not a fact "
            "must not look like one"
        )
    if fmt == "parquet":
        if output is None or str(output) == "-":
            raise InputError("parquet is a binary format: give an output file with -o FILE.parquet")
        return write_parquet(iter_records(store, filters, events=events), Path(output))
    if output is None or str(output) == "-":
        return _write_text(store, fmt, filters, events, sys.stdout, non_events)
    target = Path(output)
    if target.is_dir():
        raise InputError(f"-o {str(output)!r} is a folder; give a file name")
    # Write beside the target and rename, so a failed export never leaves half a file.
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            n = _write_text(store, fmt, filters, events, out, non_events)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"cannot write {target}: {exc.strerror or exc}") from None
    return n


def _write_text(store: Store, fmt: str, filters: EventFilters, events: bool, out, non_events: bool = False) -> int:
    if fmt == "jsonl":
        return write_jsonl(store, filters, out, events=events, non_events=non_events)
    records = iter_records(store, filters, events=events)
    if fmt == "geojson":
        return write_geojson(records, out)
    return write_acled_csv(records, out)

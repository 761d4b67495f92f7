"""JSON Lines (lossless, nested) and Parquet (flat, typed) exports."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import asdict, fields
from pathlib import Path
from typing import IO

from sentinelle.export.records import ExportRecord
from sentinelle.store import EventFilters, Store


def write_jsonl(
    store: Store, filters: EventFilters, out: IO[str], *, events: bool = False, non_events: bool = False
) -> int:
    """Incidents with their member events and articles (or single events), one JSON object per line;
    with ``non_events``, then the mentions that are not facts (``"kind": "non_event"``)."""
    n = 0
    if events:
        for stored in store.list_events(filters, newest_first=False):
            out.write(json.dumps(stored.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    else:
        for summary in store.list_incidents(filters, newest_first=False):
            detail = store.get_incident(summary.id)
            if detail is not None:
                out.write(json.dumps(detail.to_dict(), ensure_ascii=False) + "\n")
                n += 1
    if non_events:
        for mention in store.list_non_events(filters, newest_first=False):
            out.write(json.dumps(mention.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def _schema():
    import pyarrow as pa

    types = {
        "kind": pa.string(), "id": pa.int64(), "incident_id": pa.int64(), "event_type": pa.string(),
        "sub_event_type": pa.string(), "date_start": pa.date32(), "date_end": pa.date32(),
        "date_precision": pa.string(), "country": pa.string(), "admin1": pa.string(), "place": pa.string(),
        "lat": pa.float64(), "lon": pa.float64(), "geo_precision": pa.int8(), "actor1": pa.string(),
        "actor1_kind": pa.string(), "actor2": pa.string(), "actor2_kind": pa.string(), "target": pa.string(),
        "weapons": pa.list_(pa.string()), "fatalities_min": pa.int64(), "fatalities_max": pa.int64(),
        "injuries_max": pa.int64(), "modality_mix": pa.string(), "n_events": pa.int64(), "n_articles": pa.int64(),
        "n_sources": pa.int64(), "outlets": pa.list_(pa.string()), "sources": pa.list_(pa.string()),
        "urls": pa.list_(pa.string()), "article_ids": pa.list_(pa.int64()), "quote": pa.string(),
        "updated_at": pa.string(), "event_ids": pa.list_(pa.int64()),
    }
    missing = {f.name for f in fields(ExportRecord)} ^ set(types)
    assert not missing, f"parquet schema out of sync with ExportRecord: {missing}"
    return pa.schema([(f.name, types[f.name]) for f in fields(ExportRecord)])


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def write_parquet(records: Iterable[ExportRecord], path: Path) -> int:
    """Flat, typed Parquet file (dates as date32, lists as list<...>); return the row count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for r in records:
        row = asdict(r)
        row["date_start"], row["date_end"] = _date(r.date_start), _date(r.date_end)
        row["modality_mix"] = json.dumps(r.modality_mix)
        rows.append(row)
    table = pa.Table.from_pylist(rows, schema=_schema())
    pq.write_table(table, path)
    return len(rows)

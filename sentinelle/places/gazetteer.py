"""Read access to the gazetteer index: name look-ups returning scored entries."""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sentinelle.model import Location
from sentinelle.places.normalize import query_keys, skeleton
from sentinelle.places.schema import FLAG_CURATED, TIER_NAME, TIER_SKELETON

# Prior weight of each kind of entry when nothing else tells them apart: a bare
# "Koweït" is the country, a bare "Homs" the city rather than its province.
# A curated region ("Darfour", "Sinaï") ranks below a province but above a town of no population.
KIND_PRIOR: dict[str, float] = {"country": 3.0, "site": 2.0, "city": 0.0, "admin1": 1.2, "admin2": 0.8, "region": 1.0}
SKELETON_PENALTY = 1.0
HITS_CACHE_SIZE = 50_000  # name keys whose entries are remembered (a few MB)
CURATED_BONUS = 0.5
ENTRIES_CACHE_SIZE = 2_000  # (query, country) pairs of divisions and towns remembered


@dataclass(frozen=True)
class Entry:
    """One place of the gazetteer."""

    id: int
    kind: str  # country | admin1 | admin2 | city | site | region
    name: str
    country: str | None
    admin1_id: int | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None
    site_id: str | None
    site_kind: str | None
    # a division's geometric centre; its point (lat, lon) is its seat, where ACLED codes an event told by it alone
    centre_lat: float | None = None
    centre_lon: float | None = None

    @property
    def centre(self) -> tuple[float, float]:
        """The middle of a division (its point for other entries): where its sides are measured from."""
        if self.centre_lat is not None and self.centre_lon is not None:
            return self.centre_lat, self.centre_lon
        return self.lat or 0.0, self.lon or 0.0


@dataclass(frozen=True)
class Hit:
    """An entry found under a key, with how it was found."""

    entry: Entry
    tier: int  # TIER_NAME or TIER_SKELETON
    curated: bool

    def prior(self) -> float:
        """Context-free plausibility: kind, population, how loosely the name matched."""
        e = self.entry
        score = KIND_PRIOR.get(e.kind, 0.0)
        if e.kind == "city":
            score += 2.0 * math.log10(e.population + 1) / 7.0
        if self.tier == TIER_SKELETON:
            score -= SKELETON_PENALTY
        if self.curated:
            score += CURATED_BONUS
        return score


_ENTRY_SQL = (
    "SELECT n.key, n.tier, n.flags, e.id, e.kind, e.name, e.country, e.admin1_id, a.name, e.lat, e.lon, "
    "e.population, e.geonameid, e.site_id, e.site_kind, e.centre_lat, e.centre_lon "
    "FROM names n JOIN entries e ON e.id = n.entry_id "
    "LEFT JOIN entries a ON a.id = e.admin1_id WHERE n.tier = ? AND n.key IN ({})"
)


class Gazetteer:
    """Look-ups in the compact index built by :mod:`sentinelle.places.build`."""

    def __init__(self, path: Path, lang: str = "fr") -> None:
        self.path, self.lang = path, lang
        self._local = threading.local()
        self._hits_cache: dict[str, list[Hit]] = {}
        # the divisions and towns of a country, asked for by every article about it (a copy is handed out)
        self._entries_cache: dict[tuple[str, tuple], list[Entry]] = {}

    def _db(self) -> sqlite3.Connection:
        # One read-only connection per thread: sqlite3 objects are not shareable.
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    def _query(self, tier: int, keys: list[str]) -> list[tuple]:
        rows: list[tuple] = []
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows.extend(self._db().execute(_ENTRY_SQL.format(",".join("?" * len(chunk))), (tier, *chunk)))
        return rows

    def hits(self, keys: Iterable[str]) -> dict[str, list[Hit]]:
        """Entries under each name key: exact key first, then its skeleton (looser).

        The entries of a key depend on that key alone (each look-up returns them in the index's
        entry order), so they are remembered across articles: the same names come back again and again.
        """
        keys = sorted(set(keys))
        cache = self._hits_cache
        held = {k: cache.get(k) for k in keys}
        missing = [k for k, v in held.items() if v is None]
        found = self._lookup(missing) if missing else {}
        if len(cache) + len(found) > HITS_CACHE_SIZE:
            cache.clear()
        cache.update(found)
        return {k: list(found[k] if v is None else v) for k, v in held.items()}

    def _lookup(self, keys: list[str]) -> dict[str, list[Hit]]:
        by_skeleton: dict[str, list[str]] = {}
        for k in keys:
            by_skeleton.setdefault(skeleton(k, self.lang), []).append(k)
        found: dict[str, list[Hit]] = {k: [] for k in keys}
        seen: dict[str, set[int]] = {k: set() for k in keys}
        for tier, lookup in ((TIER_NAME, {k: [k] for k in keys}), (TIER_SKELETON, by_skeleton)):
            for row in self._query(tier, sorted(lookup)):
                entry = Entry(*row[3:])
                for k in lookup[row[0]]:
                    if entry.id not in seen[k]:
                        seen[k].add(entry.id)
                        found[k].append(Hit(entry, tier, bool(row[2] & FLAG_CURATED)))
        return found

    def entry(self, entry_id: int) -> Entry | None:
        row = self._db().execute(
            "SELECT e.id, e.kind, e.name, e.country, e.admin1_id, a.name, e.lat, e.lon, e.population, e.geonameid, "
            "e.site_id, e.site_kind, e.centre_lat, e.centre_lon "
            "FROM entries e LEFT JOIN entries a ON a.id = e.admin1_id WHERE e.id = ?",
            (entry_id,)).fetchone()
        return Entry(*row) if row else None

    def _entries(self, where: str, args: tuple) -> list[Entry]:
        held = self._entries_cache.get((where, args))
        if held is None:
            if len(self._entries_cache) > ENTRIES_CACHE_SIZE:
                self._entries_cache.clear()
            held = self._entries_cache[(where, args)] = self._select_entries(where, args)
        return list(held)

    def _select_entries(self, where: str, args: tuple) -> list[Entry]:
        rows = self._db().execute(
            "SELECT e.id, e.kind, e.name, e.country, e.admin1_id, a.name, e.lat, e.lon, e.population, e.geonameid, "
            "e.site_id, e.site_kind, e.centre_lat, e.centre_lon "
            f"FROM entries e LEFT JOIN entries a ON a.id = e.admin1_id WHERE {where} "
            "ORDER BY e.id", args).fetchall()
        return [Entry(*r) for r in rows]

    def divisions(self, country: str) -> list[Entry]:
        """The first-level divisions of a country (ISO2)."""
        return self._entries("e.kind = 'admin1' AND e.country = ? AND e.lat IS NOT NULL", (country,))

    def second_level(self, country: str) -> list[Entry]:
        """The second-level divisions the index holds for a country (Burkina Faso's provinces)."""
        return self._entries("e.kind = 'admin2' AND e.country = ? AND e.lat IS NOT NULL", (country,))

    def towns(self, country: str, min_population: int) -> list[Entry]:
        """The towns of a country with at least ``min_population`` inhabitants and a division."""
        return self._entries("e.kind = 'city' AND e.country = ? AND e.population >= ? AND e.admin1_id IS NOT NULL",
                             (country, min_population))

    def lookup(self, name: str, country: str | None = None) -> list[Location]:
        """Places that ``name`` may designate, best first, optionally within one country (ISO2).

        Ranking uses only the name and the gazetteer (kind, population, match
        tier); the places stage adds the article's context on top of it.
        """
        keys = query_keys(name, self.lang)
        found = self.hits(keys)
        best: dict[int, tuple[float, Hit]] = {}
        for rank, k in enumerate(keys):
            for h in found[k]:
                if country is not None and h.entry.country != country.upper():
                    continue
                score = h.prior() - 0.1 * rank
                if h.entry.id not in best or best[h.entry.id][0] < score:
                    best[h.entry.id] = (score, h)
        ranked = sorted(best.values(), key=lambda sh: (-sh[0], sh[1].entry.id))
        return [to_location(h.entry, name) for _, h in ranked]


def to_location(entry: Entry, written: str | None, precision: int | None = None) -> Location:
    """The public :class:`Location` of an entry (precision 1 for towns and sites, 3 for areas)."""
    if precision is None:
        precision = 1 if entry.kind in ("city", "site") else 3
    return Location(
        name=written, place=entry.name, country=entry.country,
        admin1=entry.name if entry.kind == "admin1" else entry.admin1,
        lat=entry.lat, lon=entry.lon, precision=precision,  # type: ignore[arg-type]
        geonameid=entry.geonameid, site_id=entry.site_id,
    )


@cache
def get_gazetteer(lang: str = "fr") -> Gazetteer:
    """The shared gazetteer for ``lang``, building its index on first use if needed."""
    from sentinelle.places.build import ensure_index  # the builder's imports are needed only here

    return Gazetteer(ensure_index(lang), lang)

"""The gazetteer index: rebuilt from the package data, it matches the cached one."""

from __future__ import annotations

from pathlib import Path

from sentinelle.places import get_gazetteer
from sentinelle.places.build import build_index, dump, fingerprint, index_path
from sentinelle.places.data import load_sites


def test_rebuilt_index_matches_the_cache(tmp_path: Path) -> None:
    cached = get_gazetteer().path  # built on first use if missing
    assert cached == index_path() and fingerprint() in cached.name
    countries = {"LB", "PS"}
    problems = build_index(tmp_path / "subset.sqlite", countries=countries)
    assert problems == []
    rebuilt = dump(tmp_path / "subset.sqlite", countries)
    assert rebuilt, "the subset index is empty"
    assert rebuilt == dump(cached, countries)


def test_curated_sites_cover_the_conflicts() -> None:
    sites = load_sites()
    assert len(sites) >= 150
    assert len({s.country for s in sites}) >= 12
    assert len({s.id for s in sites}) == len(sites)
    for s in sites:
        assert s.source_url.startswith("https://"), s.id


def test_every_city_has_an_admin1_in_conflict_countries() -> None:
    db = get_gazetteer()._db()
    for country in ("IQ", "SY", "LB", "YE", "ML", "BF", "NE", "NG", "CD", "SO", "UA", "HT"):
        missing, total = db.execute(
            "SELECT sum(admin1_id IS NULL), count(*) FROM entries WHERE kind IN ('city', 'site') AND country = ?",
            (country,)).fetchone()
        assert total > 0 and missing == 0, country


def test_nearest_distances_agree_with_the_great_circle_formula():
    import random

    from sentinelle.places.admin1 import km
    from sentinelle.places.areas import _nearest_distances
    from sentinelle.places.gazetteer import Entry

    rng = random.Random(7)

    def entry(i: int) -> Entry:
        return Entry(id=i, kind="city", name=f"T{i}", country="XX", admin1_id=None, admin1=None,
                     lat=rng.uniform(-60, 60), lon=rng.uniform(-170, 170), population=0, geonameid=None,
                     site_id=None, site_kind=None)

    ours, theirs = [entry(i) for i in range(700)], [entry(1000 + i) for i in range(300)]
    got = _nearest_distances(ours, theirs, chunk=256)
    expected = [min(km(o.lat, o.lon, t.lat, t.lon) for t in theirs) for o in ours]
    assert all(abs(g - e) < 1e-6 for g, e in zip(got, expected, strict=True))

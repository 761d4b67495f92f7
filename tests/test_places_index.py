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

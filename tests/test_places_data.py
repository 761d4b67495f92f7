"""The curated place files are well-formed: every row of localities.tsv and sites.tsv is a
real place of its country, cites an https page, and names nothing French prose uses as a word.

A wrong row costs more than a missing one (a misplaced village moves every event said to
happen there), so these checks run on every row, old and new.
"""

from __future__ import annotations

import pytest

from sentinelle.places import get_gazetteer
from sentinelle.places.admin1 import km
from sentinelle.places.data import Locality, Site, load_conflict_prior, load_localities, load_sites

# How far outside the box of its country's GeoNames towns a curated point may lie (degrees):
# enough for a desert border crossing beyond the last town (Trebil lies 1.5 degrees west of
# Iraq's westernmost town), not for a point in another country's interior or a swapped sign.
BOX_MARGIN = 1.6


def _rows() -> list[Locality | Site]:
    return [*load_localities(), *load_sites()]


@pytest.fixture(scope="module")
def country_boxes() -> dict[str, tuple[float, float, float, float]]:
    """(min lat, max lat, min lon, max lon) of each country's GeoNames towns, curated rows left out."""
    db = get_gazetteer()._db()
    rows = db.execute(
        "SELECT country, min(lat), max(lat), min(lon), max(lon) FROM entries "
        "WHERE kind = 'city' AND site_id IS NULL AND lat IS NOT NULL GROUP BY country").fetchall()
    return {c: (a, b, x, y) for c, a, b, x, y in rows}


@pytest.fixture(scope="module")
def known_countries() -> set[str]:
    db = get_gazetteer()._db()
    return {c for (c,) in db.execute("SELECT country FROM entries WHERE kind = 'country'")}


def test_there_are_curated_localities_for_most_conflict_countries() -> None:
    localities = load_localities()
    assert len({r.country for r in localities} & set(load_conflict_prior())) >= 12


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r.id)
def test_row_is_a_place_of_its_country(row: Locality | Site, country_boxes, known_countries) -> None:
    assert row.country in load_conflict_prior() or row.country in known_countries, f"{row.id}: unknown country"
    assert row.id.startswith(row.country.lower() + "-"), f"{row.id}: the id starts with the country code"
    lat_min, lat_max, lon_min, lon_max = country_boxes[row.country]
    assert lat_min - BOX_MARGIN <= row.lat <= lat_max + BOX_MARGIN, f"{row.id}: latitude outside {row.country}"
    assert lon_min - BOX_MARGIN <= row.lon <= lon_max + BOX_MARGIN, f"{row.id}: longitude outside {row.country}"
    assert row.source_url.startswith("https://") and " " not in row.source_url, f"{row.id}: source_url"


def test_ids_are_unique_and_no_name_points_at_two_rows_of_one_country() -> None:
    rows = _rows()
    assert len({r.id for r in rows}) == len(rows)
    for loader in (load_localities, load_sites):
        seen: dict[tuple[str, str], str] = {}
        for r in loader():
            for name in r.all_names:
                key = (r.country, name.casefold())
                assert seen.setdefault(key, r.id) == r.id, f"{name!r} names both {seen[key]} and {r.id}"


def test_no_locality_name_is_an_ordinary_french_word(nlp) -> None:
    """A one-word name that French prose uses ("Bar", "Hit") would turn the word into a place."""
    lexicon = nlp.get_pipe("sentinelle_places").lexicon
    for r in load_localities():
        for name in r.all_names:
            if " " not in name and "-" not in name:
                assert name.casefold() not in lexicon, f"{r.id}: {name!r} is an ordinary French word"


@pytest.mark.parametrize("row", load_localities(), ids=lambda r: r.id)
def test_every_name_of_a_locality_finds_it_first(row: Locality) -> None:
    """Each name and alias a row lists resolves, in its country, to that row's point first: an alias
    that a GeoNames homonym outranks, or that another row also spells, would send the event elsewhere."""
    for name in row.all_names:
        found = get_gazetteer().lookup(name, row.country)
        assert found, f"{row.id}: {name!r} is not found"
        assert km(row.lat, row.lon, found[0].lat, found[0].lon) <= 5, (
            f"{row.id}: {name!r} resolves to {found[0].place} first")

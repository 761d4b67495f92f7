"""A division told alone is placed at its seat (sentinelle/data/admin1_seats.tsv, places.build._seats): ACLED codes an
event told only by its province (precision 3) at the provincial capital, not at the geometric centre the division
data gives. The centre stays in the index for the rules that need the middle of a division (the sides of a
country, places.areas). Every sentence is written for these tests; no town is named in them.
"""

from __future__ import annotations

import sqlite3

import pytest

from sentinelle.places import get_gazetteer
from sentinelle.places.admin1 import km
from sentinelle.places.build import ADMIN2_SEAT_KM
from sentinelle.places.data import DivisionSeat, load_conflict_prior, load_seats


def _seat(country: str, division: str) -> DivisionSeat:
    return next(s for s in load_seats() if s.country == country and s.division == division)


def _division(places_nlp, text: str, written: str):
    start = text.index(written)
    found = [m for m in places_nlp(text)._.place_mentions if m.start <= start < m.end]
    assert found and found[0].kind in ("admin1", "admin2"), found
    return found[0].location


# (sentence, name as written, country, the division as the index spells it)
PROVINCES = [
    # Nigeria: states governed from a town of another name
    ("Des hommes armés ont enlevé une trentaine d'élèves dans l'État de Zamfara, selon la police.", "Zamfara", "NG",
     "Zamfara"),
    ("Des frappes ont visé des positions jihadistes dans l'État de Yobe, a annoncé l'armée de l'air.", "Yobe", "NG",
     "Yobe"),
    # Afghanistan
    ("Des frappes ont visé la province de Helmand dans la nuit de lundi à mardi.", "Helmand", "AF", "Helmand"),
    ("Un attentat-suicide a fait six morts dans la province de Nangarhar, selon les talibans.", "Nangarhar", "AF",
     "Nangarhar"),
    # Mozambique, DR Congo
    ("Des insurgés ont décapité deux villageois dans la province de Cabo Delgado, selon une ONG.", "Cabo Delgado",
     "MZ", "Cabo Delgado"),
    ("Des combats entre l'armée et des miliciens ont éclaté dans la province du Sud-Kivu.", "Sud-Kivu", "CD",
     "Sud-Kivu"),
    ("Des miliciens ont attaqué un camp de déplacés dans la province du Tanganyika, selon l'ONU.", "Tanganyika",
     "CD", "Tanganyika"),
    # Yemen, Iran
    ("Des frappes de drones ont visé la province de l'Hadramout, selon des sources tribales.", "Hadramout", "YE",
     "Hadhramaut"),
    ("Trois policiers ont été tués dans une embuscade dans la province du Lorestan.", "Lorestan", "IR", "Lorestan"),
    # South Sudan, Central African Republic, Ethiopia
    ("Des violences intercommunautaires ont fait vingt morts dans l'État de Jonglei, selon l'ONU.", "Jonglei", "SS",
     "Jonglei State"),
    ("Des rebelles ont attaqué une patrouille de casques bleus dans la préfecture de la Ouaka.", "Ouaka", "CF",
     "Ouaka"),
    ("Des frappes aériennes ont visé la région du Tigré, selon les autorités régionales.", "Tigré", "ET", "Tigray"),
    # Colombia, Myanmar
    ("Des dissidents ont attaqué un poste de police dans le département du Putumayo.", "Putumayo", "CO", "Putumayo"),
    ("L'armée a bombardé plusieurs localités de l'État de Rakhine, selon des habitants.", "Rakhine", "MM", "Rakhine"),
    # Burkina Faso: a province (the index's admin2) is placed at its chief town too
    ("Des hommes armés ont attaqué un convoi de ravitaillement dans la province de la Tapoa.", "Tapoa", "BF",
     "Tapoa"),
    ("Des terroristes ont tué plusieurs civils dans la province du Yagha, selon des sources locales.", "Yagha", "BF",
     "Yagha"),
]


@pytest.mark.parametrize(("text", "written", "country", "division"), PROVINCES)
def test_a_province_told_alone_is_placed_at_its_seat(places_nlp, text, written, country, division):
    loc = _division(places_nlp, text, written)
    seat = _seat(country, division)
    assert loc.country == country and loc.precision == 3
    assert km(loc.lat, loc.lon, seat.lat, seat.lon) < 1


def _index() -> sqlite3.Connection:
    return sqlite3.connect(f"file:{get_gazetteer().path}?mode=ro", uri=True)


def test_every_seat_lies_in_its_division():
    """The checker: a first-level division holds its seat's GeoNames town in the index (the same test the build
    applies before moving a division's point); a Burkina province, which holds no towns, lies near it."""
    db = _index()
    wrong = []
    for s in load_seats():
        if s.kind == "admin1":
            row = db.execute("SELECT a.name, e.lat, e.lon FROM entries e JOIN entries a ON a.id = e.admin1_id "
                             "WHERE e.kind = 'city' AND e.geonameid = ?", (s.geonameid,)).fetchone()
            ok = row is not None and row[0] == s.division and km(row[1], row[2], s.lat, s.lon) < 1
        else:
            centre = db.execute("SELECT centre_lat, centre_lon FROM entries WHERE kind = 'admin2' AND country = ? "
                                "AND name = ?", (s.country, s.division)).fetchone()
            ok = centre is not None and km(centre[0], centre[1], s.lat, s.lon) <= ADMIN2_SEAT_KM
        if not ok:
            wrong.append((s.country, s.division, s.seat))
    assert not wrong


def test_every_division_listed_takes_its_seat_and_keeps_its_centre():
    db = _index()
    for s in load_seats():
        rows = db.execute("SELECT lat, lon, centre_lat, centre_lon FROM entries WHERE kind = ? AND country = ? "
                          "AND name = ?", (s.kind, s.country, s.division)).fetchall()
        assert any(km(r[0], r[1], s.lat, s.lon) < 0.01 and r[2] is not None for r in rows), s


def test_the_conflict_countries_are_covered():
    """Every first-level division of the conflict countries has its seat listed, or is named after it (its point is
    already a town of the index), but for the few the table's header leaves out (no seat inside the division)."""
    db = _index()
    listed = {(s.country, s.division) for s in load_seats() if s.kind == "admin1"}
    missing = []
    for country in load_conflict_prior():
        for eid, name, lat, lon in db.execute("SELECT id, name, lat, lon FROM entries WHERE kind = 'admin1' "
                                              "AND country = ?", (country,)):
            town = db.execute("SELECT 1 FROM entries WHERE kind = 'city' AND admin1_id = ? AND abs(lat - ?) < 1e-6 "
                              "AND abs(lon - ?) < 1e-6", (eid, lat, lon)).fetchone()
            if (country, name) not in listed and town is None:
                missing.append((country, name))
    assert len(missing) <= 12, missing


# (sentence, name as written, country, division, kind): a side of a division is at its centre, not at its seat
SIDES = [
    ("Des frappes ont visé des positions rebelles dans le sud de la province du Sud-Kivu.", "Sud-Kivu", "CD",
     "Sud-Kivu", "admin1"),
    ("Les talibans ont pris deux postes dans le nord de la province de Helmand, selon des habitants.", "Helmand", "AF",
     "Helmand", "admin1"),
    ("Des hommes armés ont attaqué un convoi dans l'est de la province de la Kompienga.", "Kompienga", "BF",
     "Kompienga", "admin2"),
    # a village the words place on a side of a division is there too
    ("Des hommes armés ont tué cinq civils à Kalembe, un village situé dans le nord de la province du Sud-Kivu.",
     "Kalembe", "CD", "Sud-Kivu", "admin1"),
]


@pytest.mark.parametrize(("text", "written", "country", "division", "kind"), SIDES)
def test_a_side_of_a_division_is_at_its_centre(places_nlp, text, written, country, division, kind):
    start = text.index(written)
    found = [m for m in places_nlp(text)._.place_mentions if m.start <= start < m.end]
    assert found and found[0].location.precision == 3, found
    gazetteer = get_gazetteer()
    entries = gazetteer.divisions(country) if kind == "admin1" else gazetteer.second_level(country)
    entry = next(d for d in entries if d.name == division)
    lat, lon = entry.centre
    assert km(found[0].location.lat, found[0].location.lon, lat, lon) < 1
    assert km(lat, lon, entry.lat or 0.0, entry.lon or 0.0) > 30  # (the seat is elsewhere: the test means something)

"""A division named after its most populous town is placed at that town (places.build._seats_named_after), another
at the seat admin1_seats.tsv lists (places.build._seats): ACLED codes an event told only by its province at the
provincial capital. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sentinelle.places import get_gazetteer
from sentinelle.places.admin1 import km


def _division(places_nlp, text: str, written: str):
    start = text.index(written)
    found = [m for m in places_nlp(text)._.place_mentions if m.start <= start < m.end]
    assert found and found[0].kind == "admin1", found
    return found[0].location


@pytest.mark.parametrize(("text", "written", "town", "country"), [
    # Iran, Syria, Mali: the province bears its capital's name
    ("Trois gardes-frontières ont été tués dans la province de Kermanshah.", "Kermanshah", "Kermanshah", "IR"),
    ("Des frappes ont visé des positions dans la province de Deir ez-Zor.", "Deir ez-Zor", "Deir ez-Zor", "SY"),
    ("Des hommes armés ont attaqué un convoi dans la région de Mopti.", "Mopti", "Mopti", "ML"),
])
def test_a_province_named_after_its_town_is_placed_at_the_town(places_nlp, text, written, town, country):
    loc = _division(places_nlp, text, written)
    seat = get_gazetteer().lookup(town, country)[0]
    assert loc.precision == 3 and km(loc.lat, loc.lon, seat.lat, seat.lon) < 5


def test_a_province_not_named_after_a_town_takes_its_listed_seat(places_nlp):
    # Khuzestan's capital (Ahvaz) bears another name: admin1_seats.tsv lists it (tests/test_places_admin1_seats.py)
    loc = _division(places_nlp, "Des manifestants ont été arrêtés dans la province du Khouzestan.", "Khouzestan")
    ahvaz = get_gazetteer().lookup("Ahvaz", "IR")[0]
    assert loc.precision == 3 and km(loc.lat, loc.lon, ahvaz.lat, ahvaz.lon) < 5

"""events.geo.same_place with divisions placed at their seats (sentinelle/data/admin1_seats.tsv): a division's point
may lie a few km from a town of the next division, which is still another place. Points written for these tests."""

from __future__ import annotations

import pytest

from sentinelle.events.geo import same_place
from sentinelle.model import Location, PlaceMention


def _m(kind: str, name: str, admin1: str, lat: float, lon: float, precision: int) -> PlaceMention:
    return PlaceMention(start=0, end=len(name), text=name, kind=kind, location=Location(
        name=name, place=name, country="XX", admin1=admin1, lat=lat, lon=lon, precision=precision))


@pytest.mark.parametrize(("a", "b", "same"), [
    # a division whose seat is 8 km from the capital city of the next division: two places
    (_m("admin1", "Province A", "Province A", 4.40, 18.50, 3), _m("city", "Ville B", "Province B", 4.36, 18.56, 1),
     False),
    # the division and its own seat, or a town of it: the same place, as before
    (_m("admin1", "Province A", "Province A", 4.40, 18.50, 3), _m("city", "Chef-lieu", "Province A", 4.40, 18.50, 1),
     True),
    (_m("admin1", "Province A", "Province A", 4.40, 18.50, 3), _m("city", "Bourg", "Province A", 5.10, 18.90, 1),
     True),
    # two towns close to each other in two divisions are still compared by their distance rule
    (_m("city", "Ville C", "Province A", 4.40, 18.50, 1), _m("site", "Camp D", "Province B", 4.41, 18.51, 1), True),
])
def test_a_division_and_a_place_of_another_division_are_two_places(a, b, same):
    assert same_place(a, b) is same and same_place(b, a) is same

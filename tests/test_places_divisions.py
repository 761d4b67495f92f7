"""A division named after its capital, introduced by a division cue, is the division (precision 3).

"dans la région de Diffa", "la province de Kandahar", "l'État de Katsina", "le gouvernorat de Marib":
the cue names a first-level division, so when the country has a division under the town's name the
division is meant (its centroid, ``admin1``, precision 3); a town that no division is named after stays
the town, near it (precision 2). Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from places_lookup import find, where

from sentinelle.places import get_gazetteer

# (sentence, name, country)
DIVISIONS = [
    # Niger: regions named after their capitals, the second name sharing the first one's cue
    ("Des hommes armés ont tué six civils dans la région de Diffa, selon les autorités nigériennes.", "Diffa", "NE"),
    ("Des hommes armés ont attaqué plusieurs villages dans la région de Maradi et de Zinder.", "Maradi", "NE"),
    ("Des hommes armés ont attaqué plusieurs villages dans la région de Maradi et de Zinder.", "Zinder", "NE"),
    # Ukraine: "la région de X" is the oblast, whose division name is not the town's ("Kharkivska")
    ("Les frappes russes se poursuivent dans la région de Kharkiv.", "Kharkiv", "UA"),
    ("Des bombardements ont touché la région de Zaporijjia et la région de Kherson.", "Kherson", "UA"),
    # Afghanistan, Nigeria, Yemen: province, State, governorate
    ("Les talibans ont pris le contrôle de plusieurs districts dans la province de Kandahar.", "Kandahar", "AF"),
    ("Des bandits ont enlevé vingt personnes dans l'État de Katsina.", "Katsina", "NG"),
    ("Des combats ont opposé l'armée aux rebelles dans le gouvernorat de Marib.", "Marib", "YE"),
]


@pytest.mark.parametrize(("text", "written", "country"), DIVISIONS)
def test_a_division_cue_before_a_capitals_name_gives_the_division(places_nlp, text, written, country) -> None:
    m = find(places_nlp, text, written)
    assert m is not None and m.kind == "admin1" and m.location.precision == 3
    division = next(d for d in get_gazetteer().divisions(country) if d.name == m.location.place)
    assert (m.location.admin1, m.location.lat, m.location.lon) == (division.name, division.lat, division.lon)


# (sentence, name, precision): no division bears the name, or the cue names a town
TOWNS = [
    # Burkina Faso: Djibo is the seat of a province of another name
    ("Des combats ont éclaté dans la région de Djibo, au Burkina Faso.", "Djibo", 2),
    # Niger: the town itself
    ("Des tirs ont été entendus dans la ville de Diffa.", "Diffa", 1),
    # Ukraine: no cue, the city
    ("Une explosion a secoué Kharkiv dans la nuit.", "Kharkiv", 1),
]


@pytest.mark.parametrize(("text", "written", "precision"), TOWNS)
def test_a_town_without_a_division_of_its_name_stays_the_town(places_nlp, text, written, precision) -> None:
    m = find(places_nlp, text, written)
    assert m is not None and m.kind == "city" and m.location.precision == precision


# (sentence, name as written, country, the division's name in the package data): French names of divisions
# the package spells in English (places_admin1.tsv)
FRENCH_NAMES = [
    ("Les séparatistes ont enlevé un chef traditionnel dans la région du Nord-Ouest, au Cameroun.", "Nord-Ouest", "CM",
     "Northwest"),
    ("Boko Haram a attaqué un poste dans l'Extrême-Nord du Cameroun.", "Extrême-Nord", "CM", "Far North"),
    ("Les combats ont repris au Darfour-Sud, selon l'ONU.", "Darfour-Sud", "SD", "South Darfur"),
    ("Des frappes ont visé des positions dans le Kordofan-Sud.", "Kordofan-Sud", "SD", "South Kordofan"),
    ("Des affrontements ont éclaté dans l'État du Haut-Nil, au Soudan du Sud.", "Haut-Nil", "SS", "Upper Nile"),
    ("Les shebab ont attaqué un camp dans la région du Moyen-Chébéli.", "Moyen-Chébéli", "SO", "Middle Shebelle"),
]


@pytest.mark.parametrize(("text", "written", "country", "division"), FRENCH_NAMES)
def test_french_names_of_divisions(places_nlp, text, written, country, division) -> None:
    assert where(places_nlp, text, written) == ("admin1", country, division, 3)

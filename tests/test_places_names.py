"""Names that look like places and are not (places.component, places.cues): acronyms of armed groups that a
town lists among its other names, and seas named by an adjective. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "wanted"), [
    # Sudan, Mali: an acronym in running text names a town only as that town's own name
    ("Les FSR ont tué lundi trois civils à Nyala.", ["Nyala"]),
    ("Des combats ont opposé les FSR à l'armée mardi à El Fasher.", ["El Fasher"]),
    # ... while a dateline and a headline in capitals keep their towns
    ("DAMAS, 5 mars (AFP) - Une frappe aérienne a tué trois civils à Alep.", ["Alep"]),
    ("GOMA : TROIS CIVILS TUÉS PAR DES REBELLES\nDes rebelles ont tué lundi trois civils à Goma.", ["Goma"]),
    # Yemen, Ukraine: "mer Rouge", "mer Noire" are seas, not a town called Rouge or Noire
    ("Un drone ukrainien a frappé un navire russe en mer Noire, près de Sébastopol.", ["Sébastopol"]),
    ("Les Houthis ont attaqué mardi un pétrolier en mer Rouge avec des drones.", []),
])
def test_names_that_are_no_town(nlp, text, wanted):
    assert [e.location.name for e in nlp(text)._.events] == wanted

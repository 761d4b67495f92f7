"""Names a place cue introduces are places, without making ordinary words places.

A place cue ("les environs de", "à l'ouest de", "près d'") introducing a town of a country where attacks
are reported, spelled as its own name, makes it a place whatever its population (GeoNames gives none for
many villages) and even when the article names only another country (the attacker's). A stop-listed word
that is also a town ("Bar") is a place after such a cue, under its own spelling only. Cues with an elided
"de" are the cues written with "de". Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from places_lookup import find

# (sentence, name, country, precision)
CUED = [
    # Lebanon: villages of unknown population, no country named, then only the attacker's country
    ("Les frappes ont visé les environs de Hasbaya et de Marjayoun.", "Hasbaya", "LB", 2),
    ("Les frappes ont visé les environs de Hasbaya et de Marjayoun.", "Marjayoun", "LB", 2),
    ("Israël a frappé les environs de Hasbaya, selon l'agence officielle.", "Hasbaya", "LB", 2),
    # Ukraine: a stop-listed word that is a town, after a direction cue
    ("Des drones ont frappé une usine au nord de Bar, selon l'armée ukrainienne.", "Bar", "UA", 2),
    # Syria: cues with an elided "de"
    ("Des combats ont eu lieu près d'Alep et au nord d'Idleb.", "Alep", "SY", 2),
    ("Des combats ont eu lieu près d'Alep et au nord d'Idleb.", "Idleb", "SY", 2),
    # Mali, Ukraine, Sudan: "autour de" is around a town, as "aux alentours de" (precision 2)
    ("Jeudi, l'aviation malienne a bombardé des positions jihadistes autour de Tessalit.", "Tessalit", "ML", 2),
    ("Les combats se poursuivent autour de Koupiansk, selon l'état-major ukrainien.", "Koupiansk", "UA", 2),
    ("Mardi, des drones ont frappé des positions des FSR autour d'El-Obeid, au Soudan.", "El-Obeid", "SD", 2),
    # Mozambique, DR Congo: "les alentours de", "les abords de"
    ("Les insurgés ont pris le contrôle des alentours de Mocímboa da Praia.", "Mocímboa da Praia", "MZ", 2),
    ("Des miliciens ont attaqué les abords de Butembo, selon l'ONU.", "Butembo", "CD", 2),
    # south Lebanon: a town across the border, in the French spelling of its name, among that country's soldiers
    ("Des frappes israéliennes ont visé le sud du Liban. Le Hezbollah a visé des soldats israéliens près de Chlomi.",
     "Chlomi", "IL", 2),
]


@pytest.mark.parametrize(("text", "written", "country", "precision"), CUED)
def test_a_name_a_place_cue_introduces_is_a_place(places_nlp, text, written, country, precision) -> None:
    m = find(places_nlp, text, written)
    assert m is not None and m.location.country == country and m.location.precision == precision


# (sentence, word that must not be a place)
NOT_PLACES = [
    ("Bar est le nom de son nouveau restaurant.", "Bar"),
    ("Rendez-vous au Bar des Sports après le match.", "Bar"),
    ("Les ministres se sont réunis au nord de l'Union, à Bruxelles.", "Union"),
    ("Il a été arrêté à l'ouest de Paris, selon la Police.", "Police"),
]


@pytest.mark.parametrize(("text", "word"), NOT_PLACES)
def test_ordinary_words_stay_no_places(places_nlp, text, word) -> None:
    m = find(places_nlp, text, word)
    assert m is None or m.location.country not in ("UA", "CO")

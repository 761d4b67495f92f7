"""Curated localities of the Nigeria / Cameroon batch (sentinelle/data/localities.tsv) are found and placed.

Before these rows, Otukpo resolved to Otukpa, another Benue town 60 km to the west, Mbonge fell back
to the Southwest region, and the other names (Waza, Logone-Birni, Sagmé, Tourou, Hidoua, Akwaya,
Agatu, Gadaka, Chikun...) were not found at all, so the events told there were dropped or moved to
the region's centre. Goura (Makary), the refugee settlement of 2019, was left out: in an
article that also names Nigerian towns the stage still prefers Gouré (Niger) to the curated row.
Every sentence is written for these tests in a different reporting style
(agency dispatch, army communiqué, NGO alert, local radio, press review); the coordinates are those of
the public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # agency dispatch
    ("MAROUA (AFP) - Des combattants de Boko Haram ont attaqué dans la nuit de lundi un poste de l'armée "
     "à Waza, dans le département du Logone-et-Chari, a-t-on appris de source sécuritaire.",
     "Waza", "cm-waza", "CM", "Far North", 11.40, 14.57),
    # army communiqué
    ("Le ministère de la Défense annonce que le 42e bataillon a repoussé une attaque contre son "
     "poste avancé de Sagmé, près du lac Tchad, neutralisant une quinzaine d'assaillants.",
     "Sagmé", "cm-sagme", "CM", "Far North", 12.55, 14.26),
    # local radio
    ("Les habitants de Logone-Birni ont passé la nuit dehors après l'incursion d'hommes armés "
     "venus par le fleuve, rapporte notre correspondant.",
     "Logone-Birni", "cm-logone-birni", "CM", "Far North", 11.78, 15.10),
    # NGO alert
    ("Alerte : au moins sept villageois ont été tués et 246 maisons incendiées lors d'un raid "
     "nocturne sur Hidoua, près de la frontière nigériane, dans le Mayo-Tsanaga.",
     "Hidoua", "cm-hidoua", "CM", "Far North", 10.97, 13.76),
    # agency dispatch, mountain village
    ("Des insurgés ont enlevé cinq femmes jeudi à Tourou, localité des monts Mandara, "
     "selon un élu local joint par téléphone.",
     "Tourou", "cm-tourou", "CM", "Far North", 10.95, 13.72),
    # press review, cattle raid
    ("Une trentaine d'assaillants ont emporté 800 bœufs à Mogongné, dans le canton de Kossa, "
     "près du parc national de Waza.",
     "Mogongné", "cm-mogongne", "CM", "Far North", 11.10, 14.36),
    # anglophone crisis: rights group statement
    ("Une organisation de défense des droits humains accuse des soldats d'avoir tué une trentaine "
     "de villageois dans l'arrondissement d'Akwaya, dans la région du Sud-Ouest du Cameroun.",
     "Akwaya", "cm-akwaya", "CM", "Southwest", 6.37, 9.53),
    # anglophone crisis: local radio
    ("Des séparatistes armés ont incendié la sous-préfecture de Mbonge dans la nuit de samedi, "
     "a indiqué la radio communautaire.",
     "Mbonge", "cm-mbonge", "CM", "Southwest", 4.53, 9.11),
    # Nigeria: farmer-herder clash, agency dispatch
    ("LAGOS (Reuters) - Des éleveurs armés ont tué au moins vingt agriculteurs dans la zone "
     "d'Agatu, dans l'État de Benue, a déclaré la police nigériane.",
     "Agatu", "ng-agatu", "NG", "Benue", 7.90, 7.90),
    # Nigeria: police statement
    ("La police de l'État de Benue a confirmé qu'un commissariat d'Otukpo avait été attaqué "
     "par des hommes armés non identifiés.",
     "Otukpo", "ng-otukpo", "NG", "Benue", 7.19, 8.15),
    # Nigeria: Yobe, army communiqué
    ("L'armée nigériane affirme avoir repoussé des jihadistes qui tentaient d'entrer dans Gadaka, "
     "dans l'État de Yobe, au nord-est du pays.",
     "Gadaka", "ng-gadaka", "NG", "Yobe", 11.30, 11.23),
    # Nigeria: bandit kidnapping, NGO
    ("Des bandits ont enlevé une soixantaine de fidèles dans une église de la zone de Chikun, "
     "dans l'État de Kaduna, selon une association chrétienne.",
     "Chikun", "ng-chikun", "NG", "Kaduna", 10.29, 7.11),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_curated_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)


def test_otukpo_is_no_longer_read_as_otukpa(places_nlp) -> None:
    """The GeoNames town of the near-same name lies 60 km west; a Benue article about Otukpo must not move there."""
    doc = places_nlp("Des coups de feu ont été entendus mardi soir à Otukpo, au Nigeria.")
    locs = [m.location for m in doc._.place_mentions if m.text == "Otukpo"]
    assert locs and locs[0].site_id == "ng-otukpo"

"""Curated localities of the Kenya north-east / Nigeria north-west / Cameroon anglophone batch
(sentinelle/data/localities.tsv) are found, in the right country and division, at their row's point.

Before these rows, each name resolved to nothing in its country or to a town of the same shape
abroad: Liboi, Widikum and Kembong to nothing, Mankon to Munich, Bambui to Bambuí (Brazil), Konye
to Konya (Turkey), Bakura to Berkeley, Kagara to Kagoro (Kaduna), Rhamu to a Saudi town. The
sentences are written for these tests in the styles of wire dispatches, army communiqués, NGO
alerts, local radio and UN notes; the coordinates are those of the public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # agency dispatch, Kenya
    ("NAIROBI (AFP) - Cinq policiers kényans ont été tués lundi lorsque leur véhicule a sauté sur un "
     "engin explosif près de Liboi, localité du nord-est du Kenya proche de la frontière "
     "somalienne.",
     "Liboi", "ke-liboi", "KE", "Garissa", 0.36, 40.88),
    # local radio, Kenya
    ("Des shebab présumés ont attaqué dans la nuit un poste de police de Rhamu, dans le comté de "
     "Mandera, avant de se replier vers l'Éthiopie, rapporte une radio locale.",
     "Rhamu", "ke-rhamu", "KE", "Mandera", 3.94, 41.22),
    # NGO alert, Cameroon North-West
    ("Selon une ONG de défense des droits humains, des hommes armés ont incendié une vingtaine de "
     "maisons à Mankon, un quartier de Bamenda, dans la nuit de samedi.",
     "Mankon", "cm-mankon", "CM", "Northwest", 6.01, 10.10),
    # army communiqué, Cameroon North-West
    ("Le ministère de la Défense annonce que les forces de défense ont neutralisé trois séparatistes "
     "lors d'une opération à Bambui, dans le département de la Mezam.",
     "Bambui", "cm-bambui", "CM", "Northwest", 6.05, 10.23),
    # press review, Cameroon North-West
    ("Un enseignant a été enlevé mardi à Widikum, dans la région du Nord-Ouest, par des hommes armés "
     "qui réclament une rançon.",
     "Widikum", "cm-widikum", "CM", "Northwest", 5.87, 9.77),
    # agency dispatch, Cameroon South-West
    ("YAOUNDÉ (Reuters) - Des séparatistes anglophones ont tendu une embuscade à un convoi de la "
     "gendarmerie près d'Ekona, sur l'axe Buea-Kumba, faisant deux morts.",
     "Ekona", "cm-ekona", "CM", "Southwest", 4.23, 9.34),
    # UN note, Cameroon South-West
    ("Selon OCHA, plus de 2 000 personnes ont fui Konye, dans le Sud-Ouest du Cameroun, après des "
     "affrontements entre l'armée et des groupes armés non étatiques.",
     "Konye", "cm-konye", "CM", "Southwest", 4.93, 9.48),
    # local radio, Cameroon South-West
    ("Quatre gendarmes ont été tués à Kembong, au sud de Mamfé, lors d'une attaque attribuée aux "
     "séparatistes, selon le gouvernement camerounais.",
     "Kembong", "cm-kembong", "CM", "Southwest", 5.63, 9.23),
    # agency dispatch, Nigeria Zamfara
    ("KANO (AFP) - Des bandits armés ont tué au moins 18 villageois dans le district de Zurmi, dans "
     "l'État de Zamfara, a indiqué mercredi la police nigériane.",
     "Zurmi", "ng-zurmi", "NG", "Zamfara", 12.77, 6.79),
    # NGO alert, Nigeria Zamfara
    ("Médecins sans frontières signale l'arrivée de centaines de déplacés à Maradun, dans le nord-ouest "
     "du Nigeria, après une série d'attaques de bandits.",
     "Maradun", "ng-maradun", "NG", "Zamfara", 12.57, 6.24),
    # press review, Nigeria Zamfara
    ("Des hommes armés ont enlevé une trentaine de fidèles dans une mosquée de Bungudu, dans l'État "
     "de Zamfara, selon des habitants.",
     "Bungudu", "ng-bungudu", "NG", "Zamfara", 12.27, 6.56),
    # army communiqué, Nigeria Zamfara
    ("L'armée de l'air nigériane affirme avoir frappé un repaire de bandits à Bakura, dans l'État de "
     "Zamfara, tuant plusieurs de leurs chefs.",
     "Bakura", "ng-bakura", "NG", "Zamfara", 12.71, 5.87),
    # agency dispatch, Nigeria Niger State
    ("Des hommes armés ont enlevé mercredi 27 élèves d'un lycée public de Kagara, dans l'État du "
     "Niger, au centre-nord du Nigeria.",
     "Kagara", "ng-kagara", "NG", "Niger", 10.18, 6.25),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_curated_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)


# (alias as written, row id): the spellings the rows list resolve to the same point in their country
ALIASES = [
    ("Ekona Mbenge", "cm-ekona", "CM"),
    ("Widekum", "cm-widikum", "CM"),
    ("Bungundu", "ng-bungudu", "NG"),
]


@pytest.mark.parametrize(("alias", "row", "country"), ALIASES)
def test_alias_finds_the_row(alias_finds_row, alias: str, row: str, country: str) -> None:
    alias_finds_row(alias, row, country)

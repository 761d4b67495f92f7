"""Curated Middle East localities (sentinelle/data/localities.tsv, batch "Middle East") are found and placed.

Before these rows, each of these names resolved to nothing or to a town of another shape
abroad (Rashaya to Rasht in Iran, Ras al-Aïn to Rosh HaAyin in Israel, Qayyarah to Choyr in
Mongolia, Bayhan to Van in Turkey): the events told there were lost or put in another
country. Every sentence is written for these tests in the style of agency dispatches, army
communiqués, NGO alerts, local radio and UN notes; the coordinates are those of the public
page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon); an admin1 written "=City" is a
# quarter's: it must be the division the gazetteer gives its city (GeoNames files Gaza City
# under North Gaza and Rafah under Khan Yunis, and a quarter must not disagree with its city)
PLACED = [
    # south Lebanon and the Bekaa (agency dispatches, army communiqués)
    ("Une frappe israélienne a visé mardi une maison à Maroun el-Ras, selon l'agence nationale libanaise.",
     "Maroun el-Ras", "lb-maroun-al-ras", "LB", "Nabatieh", 33.08, 35.42),
    ("Des obus sont tombés à la périphérie de Marjayoun, où sont stationnés des Casques bleus.",
     "Marjayoun", "lb-marjayoun", "LB", "Nabatieh", 33.36, 35.59),
    ("Un drone a frappé une voiture sur la route de Hasbaya, faisant deux morts.",
     "Hasbaya", "lb-hasbaya", "LB", "Nabatieh", 33.38, 35.68),
    ("L'armée israélienne a annoncé avoir frappé un dépôt d'armes du Hezbollah près de Nabi Chit, dans l'est du pays.",
     "Nabi Chit", "lb-nabi-sheet", "LB", "Baalbek-Hermel", 33.87, 36.11),
    ("Deux frappes ont touché les environs de Machghara, dans la Békaa-Ouest, selon la radio locale.",
     "Machghara", "lb-machghara", "LB", "Beqaa", 33.53, 35.65),
    ("Trois habitants de Tayr Harfa ont été blessés par des tirs d'artillerie dans la nuit.",
     "Tayr Harfa", "lb-tayr-harfa", "LB", "South", 33.13, 35.22),
    ("Le bilan de la frappe sur Kfar Tebnit, à l'est de Nabatiyé, s'élève à cinq morts.",
     "Kfar Tebnit", "lb-kfar-tebnit", "LB", "Nabatieh", 33.35, 35.51),
    ("Des tirs de mortier ont visé les abords de Chihine, près de la Ligne bleue, selon la Finul.",
     "Chihine", "lb-shihin", "LB", "South", 33.13, 35.26),
    ("Un jeune berger a été tué par l'explosion d'un engin non explosé près de Ramyeh, selon l'armée libanaise.",
     "Ramyeh", "lb-ramyeh", "LB", "Nabatieh", 33.11, 35.31),
    ("Les habitants de Zibqine ont fui vers Tyr après une nuit de bombardements.",
     "Zibqine", "lb-zibqin", "LB", "South", 33.17, 35.27),
    ("Deux maisons ont été détruites à Majdal Selm et une autre à Aïta al-Jabal, a rapporté l'ANI.",
     "Aïta al-Jabal", "lb-ayta-al-jabal", "LB", "Nabatieh", 33.18, 35.41),
    ("Deux maisons ont été détruites à Majdal Selm et une autre à Aïta al-Jabal, a rapporté l'ANI.",
     "Majdal Selm", "lb-majdal-selm", "LB", "Nabatieh", 33.22, 35.46),
    # Gaza and the West Bank (UN notes, NGO alerts)
    ("Selon l'OCHA, une école abritant des déplacés a été touchée dans le quartier de Cheikh Radwan.",
     "Cheikh Radwan", "ps-sheikh-radwan", "PS", "=Gaza", 31.54, 34.47),
    ("Au moins quarante personnes ont été tuées dans une frappe sur un camp de tentes à Tal al-Sultan.",
     "Tal al-Sultan", "ps-tel-al-sultan", "PS", "=Rafah", 31.31, 34.24),
    ("L'armée israélienne a ordonné l'évacuation d'al-Qarara, au nord de Khan Younès.",
     "al-Qarara", "ps-qarara", "PS", "=Khan Yunis", 31.37, 34.34),
    ("Des colons ont incendié des véhicules à Beita, au sud de Naplouse, rapporte une ONG.",
     "Beita", "ps-beita", "PS", "Nablus", 32.14, 35.29),
    ("Un adolescent a été tué par des tirs de soldats israéliens dans le camp de Deheisheh, près de Bethléem.",
     "Deheisheh", "ps-dheisheh", "PS", "Bethlehem", 31.69, 35.18),
    ("La manifestation hebdomadaire de Nabi Saleh a été dispersée à coups de gaz lacrymogène.",
     "Nabi Saleh", "ps-nabi-saleh", "PS", "Ramallah", 32.02, 35.12),
    # Syria (monitor and agency style)
    ("L'Observatoire syrien des droits de l'homme a fait état de combats autour d'Aïn Issa.",
     "Aïn Issa", "sy-ayn-issa", "SY", "Al-Raqqah", 36.39, 38.86),
    ("Des drones turcs ont frappé un poste des FDS à Ras al-Aïn, à la frontière turque.",
     "Ras al-Aïn", "sy-ras-al-ayn", "SY", "Al-Hasakah", 36.85, 40.07),
    ("Un bombardement a fait six morts sur le marché d'al-Atareb, dans l'ouest de la province d'Alep.",
     "al-Atareb", "sy-atarib", "SY", "Aleppo", 36.14, 36.83),
    ("Une embuscade de l'État islamique a tué douze soldats près d'al-Soukhna, dans le désert.",
     "al-Soukhna", "sy-sukhnah", "SY", "Homs", 34.89, 38.87),
    ("Des affrontements tribaux ont éclaté à Diban, sur la rive orientale de l'Euphrate.",
     "Diban", "sy-diban", "SY", "Deir ez-Zor", 35.02, 40.51),
    ("Les rebelles ont repris Khan al-Assal, à l'ouest d'Alep, après une nuit de combats.",
     "Khan al-Assal", "sy-khan-al-assal", "SY", "Aleppo", 36.17, 37.04),
    # Iraq and Yemen (army communiqués, local reporting)
    ("Un engin explosif a tué trois membres du Hachd al-Chaabi près de Charqat.",
     "Charqat", "iq-shirqat", "IQ", "Saladin", 35.49, 43.24),
    ("Les rebelles houthis ont lancé une offensive sur Beihan, dans la province de Chabwa.",
     "Beihan", "ye-bayhan", "YE", "Shabwah", 14.80, 45.73),
    ("Selon une source sécuritaire, des membres présumés d'AQPA ont attaqué un poste de police à Jaar.",
     "Jaar", "ye-jaar", "YE", "Abyan", 13.22, 45.31),
    ("Une délégation de l'ONU s'est rendue à Kocho, le village yézidi martyr du Sinjar.",
     "Kocho", "iq-kocho", "IQ", "Nineveh", 36.17, 41.73),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_middle_east_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)

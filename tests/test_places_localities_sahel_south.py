"""Curated localities of the second Sahel batch (sentinelle/data/localities.tsv) are found and placed.

The batch covers Mali's Ségou, Kayes, Kidal and Ménaka areas, Niger's Dosso, Maradi and Diffa
border communes, south-west Burkina Faso and Chad's Lac province. Before these rows none of the
names was found in its country: most resolved to nothing, others to a town of another shape
abroad (Bohoma to Bochum, Guéchémé to Qeshm, Tounouga to Tonga, Essouk to Söke, Sandaré to
Zinder in Niger). Every sentence is written for these tests in the style of a wire dispatch,
an army communiqué, an NGO alert, local radio or a UN note; the coordinates are those of the
public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # wire dispatch, Kayes region
    ("Des hommes armés ont attaqué à l'aube le poste de gendarmerie de Sandaré, sur la route de Kayes.",
     "Sandaré", "ml-sandare", "ML", "Kayes", 14.70, -10.31),
    # army communiqué, Ségou region, name without its accent variant
    ("Une unité des FAMa a repoussé une incursion près de Kokry, dans la zone de l'Office du Niger.",
     "Kokry", "ml-kokry", "ML", "Ségou", 13.96, -5.52),
    # local radio, Ménaka area, accentless spelling
    ("Les habitants de Tidermene ont fui vers le chef-lieu après l'assassinat de deux notables.",
     "Tidermene", "ml-tidermene", "ML", "Gao", 16.60, 2.42),
    # UN note, Kidal region
    ("Une mission d'évaluation humanitaire s'est rendue à Essouk, au nord-ouest de Kidal.",
     "Essouk", "ml-essouk", "ML", "Kidal", 18.75, 1.18),
    # NGO alert, Maradi border, alternative spelling
    ("Des bandits venus du Nigeria ont enlevé neuf personnes dans la commune de Guidan Sory.",
     "Guidan Sory", "ne-guidan-sori", "NE", "Maradi", 13.53, 6.88),
    # wire dispatch, Maradi
    ("Selon une source sécuritaire, des villageois de Sarkin Yamma ont été attaqués pendant la nuit.",
     "Sarkin Yamma", "ne-sarkin-yamma", "NE", "Maradi", 13.42, 6.98),
    # local radio, Maradi suburb, French spelling
    ("Un marché de Djirataoua a été incendié lundi soir par des individus non identifiés.",
     "Djirataoua", "ne-djiratawa", "NE", "Maradi", 13.42, 7.13),
    # army communiqué, Dosso border, spaced spelling
    ("Une patrouille a intercepté un convoi de carburant de contrebande près de Kargui Bangou.",
     "Kargui Bangou", "ne-karguibangou", "NE", "Dosso", 12.95, 3.51),
    # UN note, Dosso
    ("Plus de deux mille déplacés ont été enregistrés à Guéchémé depuis le début du mois, note l'OCHA.",
     "Guéchémé", "ne-guecheme", "NE", "Dosso", 12.90, 3.87),
    # NGO alert, Gaya department
    ("Les inondations et l'insécurité ont privé d'école les enfants de Tounouga, à la frontière béninoise.",
     "Tounouga", "ne-tounouga", "NE", "Dosso", 11.80, 3.62),
    # wire dispatch, Gaya department
    ("Deux gendarmes ont été tués dans une embuscade tendue entre Bengou et la frontière nigériane.",
     "Bengou", "ne-bengou", "NE", "Dosso", 11.98, 3.58),
    # local radio, Gaya department
    ("La mairie de Yélou a été saccagée par des hommes armés arrivés à moto.",
     "Yélou", "ne-yelou", "NE", "Dosso", 12.27, 3.58),
    # army communiqué, Lake Chad, spelling of the 2020 reports
    ("L'armée tchadienne a repris la base de Bohama après sept heures de combats contre les insurgés.",
     "Bohama", "td-bohoma", "TD", "Lac", 13.96, 13.70),
    # wire dispatch, south-west Burkina Faso
    ("Des terroristes ont incendié la mairie de Loropéni, dans la province du Poni.",
     "Loropéni", "bf-loropeni", "BF", "Sud-Ouest", 10.30, -3.53),
    # army communiqué, north Koulikoro
    ("Un groupe armé a incendié des greniers à Massantola, à l'est de Kolokani, avant de se replier.",
     "Massantola", "ml-massantola", "ML", "Koulikoro", 13.49, -7.80),
    # UN note, Diffa region, name written without its apostrophe
    ("Des familles fuyant les incursions de Boko Haram se sont installées à Nguelbély, note le HCR.",
     "Nguelbély", "ne-nguelbely", "NE", "Diffa", 13.87, 11.87),
    # local radio, Maradi region, accentless spelling
    ("Trois commerçants de bétail ont été enlevés sur la route de Maijirgui, près de Tessaoua.",
     "Maijirgui", "ne-maijirgui", "NE", "Maradi", 13.73, 8.13),
    # NGO alert, south-west Burkina Faso, accentless spelling
    ("Les écoles de Djigoue restent fermées après les menaces proférées contre les enseignants.",
     "Djigoue", "bf-djigoue", "BF", "Sud-Ouest", 10.05, -3.82),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_sahel_south_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)

"""Curated localities of the Burkina Faso and north Benin batch (sentinelle/data/localities.tsv).

Before these rows none of these names was found in its country: most resolved to nothing and
some to a town of another shape abroad (Kossouka to Kawasaki, Tikaré to Dakar, Piéla to Piła,
Partiaga to Portage), so the events told there were lost or put on another continent. Each
sentence is written for this test in a reporting style (agency dispatch, army communiqué, NGO
alert, local radio, UN note, humanitarian bulletin); the coordinates are those of the public
page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # agency dispatch
    ("OUAGADOUGOU (AFP) - Des hommes armés ont tué une dizaine de civils dimanche à Yirgou, "
     "dans le nord du pays, selon des sources locales.",
     "Yirgou", "bf-yirgou", "BF", "Centre-Nord", 13.85, -0.99),
    # army communiqué
    ("L'état-major général des armées informe qu'une unité a repoussé une attaque contre le "
     "détachement de Guiendbila dans la nuit de mardi à mercredi.",
     "Guiendbila", "bf-guiendbila", "BF", "Centre-Nord", 13.70, -0.95),
    # NGO alert
    ("ALERTE : plus de 3 000 personnes ont fui Foubé après les menaces proférées contre les "
     "habitants, indique une ONG humanitaire.",
     "Foubé", "bf-foube", "BF", "Centre-Nord", 13.85, -0.93),
    # local radio
    ("Selon notre correspondant, le marché de Sagho a été incendié samedi soir par des individus "
     "venus à moto.",
     "Sagho", "bf-sagho", "BF", "Centre-Nord", 13.72, -1.01),
    # UN note
    ("D'après le bureau de coordination humanitaire, le convoi de déplacés a été attaqué près "
     "d'Ouintokoulga, dans la commune de Pissila.",
     "Ouintokoulga", "bf-ouintokoulga", "BF", "Centre-Nord", 13.37, -0.78),
    # wire brief
    ("Burkina : trois soldats tués dans une embuscade à Sidogo, sur l'axe Barsalogho-Kaya.",
     "Sidogo", "bf-sidogo", "BF", "Centre-Nord", 13.31, -1.08),
    # humanitarian bulletin
    ("Les familles arrivées de Diguel ont été enregistrées à Djibo, précise le bulletin "
     "hebdomadaire du cluster protection.",
     "Diguel", "bf-diguel", "BF", "Sahel", 14.43, -1.88),
    # prefecture statement
    ("Le préfet de Kossouka a annoncé un couvre-feu après l'assassinat de deux conseillers "
     "municipaux.",
     "Kossouka", "bf-kossouka", "BF", "Nord", 13.37, -1.90),
    # mining company statement
    ("Les travailleurs de la mine, pour la plupart originaires de Partiaga, ont été visés par "
     "l'attaque du convoi.",
     "Partiaga", "bf-partiaga", "BF", "Est", 11.93, 1.62),
    # press review
    ("La presse locale rapporte que des hommes armés ont saccagé des pylônes de téléphonie autour "
     "de Piéla, dans la Gnagna.",
     "Piéla", "bf-piela", "BF", "Est", 12.71, -0.13),
    # gendarmerie statement
    ("La brigade de gendarmerie de Samorogouan a été attaquée par une trentaine d'hommes armés "
     "venus de la frontière malienne.",
     "Samorogouan", "bf-samorogouan", "BF", "Hauts-Bassins", 11.39, -4.94),
    # chronology
    ("Chronologie : 12 mai, deux enseignants enlevés à Tikaré ; 14 mai, une école incendiée à "
     "Rollo, dans la province du Bam.",
     "Tikaré", "bf-tikare", "BF", "Centre-Nord", 13.29, -1.73),
    ("Chronologie : 12 mai, deux enseignants enlevés à Tikaré ; 14 mai, une école incendiée à "
     "Rollo, dans la province du Bam.",
     "Rollo", "bf-rollo", "BF", "Centre-Nord", 13.60, -1.71),
    # regional daily
    ("Le maire de Pensa a été enlevé sur la route de Yantéga puis retrouvé mort, rapporte un "
     "quotidien régional.",
     "Yantéga", "bf-yantega", "BF", "Centre-Nord", 13.47, -0.88),
    # Beninese radio
    ("Des individus armés ont attaqué le commissariat de Karimama, dans l'Alibori, tôt ce "
     "dimanche, selon une radio locale.",
     "Karimama", "bj-karimama", "BJ", "Alibori", 12.07, 3.18),
    # transport advisory
    ("Les transporteurs signalent que la route de Sidéradougou reste coupée après l'attaque "
     "d'un car de voyageurs.",
     "Sidéradougou", "bf-sideradougou", "BF", "Cascades", 10.71, -4.27),
    # displacement tracking note
    ("Selon la matrice de suivi des déplacements, la quasi-totalité des habitants de Nagbingou "
     "ont rejoint Yalgo et Kaya en mars.",
     "Nagbingou", "bf-nagbingou", "BF", "Centre-Nord", 13.55, -0.47),
    # council statement
    ("Le conseil municipal de Nasséré condamne l'enlèvement de trois éleveurs sur la route de "
     "Kongoussi.",
     "Nasséré", "bf-nassere", "BF", "Centre-Nord", 13.33, -1.37),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_curated_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)

"""Curated localities of Afghanistan, Pakistan's former tribal areas, Libya, Israel's border
communities and Yemen (sentinelle/data/localities.tsv, batch "Afghanistan, Pakistan tribal
districts, Libya, Israel border communities, Yemen") are found and placed.

Before these rows, most of these names resolved to nothing in their country, or to a town of
another shape (Baghran to Baghlan, Panjwai to Panjab in Bamyan, Khogyani to a village of
Ghazni): the events told there were lost or put hundreds of kilometres away. Every sentence is
written for these tests in the style of agency dispatches, army communiqués, NGO alerts, local
radio and UN notes; the coordinates are those of the public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # Afghanistan (agency dispatches, provincial officials)
    ("Des combats ont opposé les talibans aux forces afghanes dans le district de Marja, selon un responsable provincial.",
     "Marja", "af-marjah", "AF", "Helmand", 31.52, 64.12),
    ("Une bombe artisanale a tué trois policiers près du barrage de Kajaki, a indiqué le gouverneur.",
     "Kajaki", "af-kajaki", "AF", "Helmand", 32.28, 65.06),
    ("Les insurgés se sont emparés du centre du district de Baghran après deux jours de combats.",
     "Baghran", "af-baghran", "AF", "Helmand", 33.07, 65.09),
    ("Un kamikaze s'est fait exploser lors d'un mariage dans le district d'Arghandab, au nord de Kandahar.",
     "Arghandab", "af-arghandab", "AF", "Kandahar", 31.65, 65.65),
    ("Des frappes aériennes ont visé des positions talibanes à Panjwaï, à l'ouest de Kandahar.",
     "Panjwaï", "af-panjwai", "AF", "Kandahar", 31.55, 65.45),
    ("Des civils ont fui les combats dans le district de Zhari après la chute de plusieurs postes de police.",
     "Zhari", "af-zhari", "AF", "Kandahar", 31.58, 65.43),
    ("Une frappe de drone a tué plusieurs combattants de l'État islamique dans le district de Khogyani.",
     "Khogyani", "af-khogyani", "AF", "Nangarhar", 34.24, 70.18),
    ("Les talibans ont attaqué un poste frontalier à Ishkashim, dans le Badakhshan, rapporte la radio locale.",
     "Ishkashim", "af-ishkashim", "AF", "Badakhshan", 36.71, 71.57),
    ("Les combattants talibans ont pris le centre du district de Yamgan, selon un élu du Badakhshan.",
     "Yamgan", "af-yamgan", "AF", "Badakhshan", 36.43, 70.80),
    # Pakistan, former tribal areas (army communiqués)
    ("Selon l'armée pakistanaise, quatre soldats ont été tués dans un attentat-suicide à Mir Ali.",
     "Mir Ali", "pk-mir-ali", "PK", "Khyber Pakhtunkhwa", 32.97, 70.27),
    ("Les forces de sécurité ont repris le contrôle de Ladha au terme d'une opération contre le TTP.",
     "Ladha", "pk-ladha", "PK", "Khyber Pakhtunkhwa", 32.57, 69.83),
    ("Un tir de drone a frappé une maison à Makeen, fief du chef taliban, selon des sources locales.",
     "Makeen", "pk-makeen", "PK", "Khyber Pakhtunkhwa", 32.62, 69.84),
    # Israel, Gaza envelope and northern border (agency and NGO style)
    ("Le 7 octobre, des assaillants ont pénétré dans le kibboutz de Nir Oz et enlevé des dizaines d'habitants.",
     "Nir Oz", "il-nir-oz", "IL", "Southern", 31.31, 34.40),
    ("Des roquettes tirées depuis Gaza sont tombées près de Kissoufim, sans faire de victimes.",
     "Kissoufim", "il-kissufim", "IL", "Southern", 31.37, 34.40),
    ("Le festival de musique près de Réïm a été attaqué à l'aube, selon les secours israéliens.",
     "Réïm", "il-reim", "IL", "Southern", 31.39, 34.46),
    ("Un missile antichar tiré du Liban a touché une maison de Chtoula, blessant deux civils.",
     "Chtoula", "il-shtula", "IL", "Northern", 33.09, 35.31),
    ("Les habitants de Misgav Am ont été évacués en raison des tirs du Hezbollah.",
     "Misgav Am", "il-misgav-am", "IL", "Northern", 33.25, 35.55),
    # Libya and Yemen (UN notes, local reporting)
    ("Selon l'ONU, les déplacés de Tawarga n'ont toujours pas pu regagner leur ville.",
     "Tawarga", "ly-tawergha", "LY", "Misrata", 31.97, 15.05),
    ("Les forces de l'Est ont bombardé le terminal pétrolier de Ras Lanouf dans la nuit.",
     "Ras Lanouf", "ly-ras-lanuf", "LY", "Sirte", 30.48, 18.57),
    ("Des militants d'AQPA se sont emparés de la ville d'Azzan, dans la province de Chabwa.",
     "Azzan", "ye-azzan", "YE", "Shabwah", 14.32, 47.45),
    ("Des affrontements ont éclaté à Choukra, sur la côte d'Abyan, entre forces séparatistes et gouvernementales.",
     "Choukra", "ye-shuqrah", "YE", "Abyan", 13.36, 45.70),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_locality_of_this_batch_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)

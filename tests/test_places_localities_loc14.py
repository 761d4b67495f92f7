"""Curated localities of Sudan, Ethiopia, Ukraine, Colombia and Pakistan (sentinelle/data/localities.tsv,
batch "Gezira, Sennar and Darfur villages, Tigray towns, Ukrainian front-line villages, Cauca, South Waziristan")
are found and placed.

Before these rows, none of these names was found in its country: most resolved to nothing, and the
rest to a place of another shape (Mali Chtcherbaky to the country Mali, Posad-Pokrovske to a Pokrovske of
Dnipropetrovsk, López de Micay to its province only, Tabit to a Brazilian town): the events told there were
lost or put hundreds of kilometres away. Every sentence is written for these tests in the style of agency
dispatches, army summaries, NGO alerts, local radio and UN notes; the coordinates are those of the public
page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # Sudan: the Gezira, Sennar, North Darfur (agency dispatches, resistance committees, UN notes)
    ("Les Forces de soutien rapide ont ouvert le feu sur les habitants de Wad al-Noura, faisant plus de cent morts, "
     "selon un comité de résistance.",
     "Wad al-Noura", "sd-wad-al-noura", "SD", "Al Jazirah", 14.52, 32.51),
    ("Des obus sont tombés sur le marché de Djebel Moya, où s'étaient réfugiées des familles venues des villages "
     "voisins, a indiqué un médecin.",
     "Djebel Moya", "sd-jebel-moya", "SD", "Sennar", 13.50, 33.33),
    ("Des soldats ont encerclé Tabit pendant la nuit et pillé les maisons, ont raconté des habitants à une radio "
     "locale.",
     "Tabit", "sd-tabit", "SD", "North Darfur", 13.31, 25.09),
    # Ethiopia: Tigray (aid workers, hospital sources)
    ("Une frappe aérienne a touché le marché de Hawzen un jour d'affluence, selon des sources médicales.",
     "Hawzen", "et-hawzen", "ET", "Tigray", 13.97, 39.43),
    ("Des soldats érythréens ont tué des dizaines de civils à Hitsats, selon des réfugiés qui ont fui le camp.",
     "Hitsats", "et-hitsats", "ET", "Tigray", 14.10, 37.96),
    ("Les corps de plusieurs dizaines d'hommes ont été retrouvés au pied d'une falaise près de Mahbere Dego.",
     "Mahbere Dego", "et-mahbere-dego", "ET", "Tigray", 14.03, 38.78),
    # Ukraine: Kherson, Zaporijjia and Donetsk fronts (army summaries, regional administrations)
    ("L'armée russe a bombardé Posad-Pokrovske à l'artillerie lourde, détruisant l'école du village.",
     "Posad-Pokrovske", "ua-posad-pokrovske", "UA", "Khersonska", 46.81, 32.26),
    ("Les forces ukrainiennes ont repoussé un assaut près de Mali Chtcherbaky, a indiqué le porte-parole du "
     "commandement sud.",
     "Mali Chtcherbaky", "ua-mali-shcherbaky", "UA", "Zaporizka", 47.55, 35.55),
    ("Les troupes russes ont pris le contrôle de Novosselivka Percha, selon l'état-major ukrainien.",
     "Novosselivka Percha", "ua-novoselivka-persha", "UA", "Donetska", 48.20, 37.53),
    ("Un soldat a été tué par un tir de sniper à Novoselivka Druha, selon le point quotidien de l'opération.",
     "Novoselivka Druha", "ua-novoselivka-druha", "UA", "Donetska", 48.21, 37.80),
    # Colombia and Pakistan (local radio, security sources)
    ("Des guérilleros dissidents ont attaqué le poste de police de López de Micay, sur la côte pacifique, "
     "rapporte une radio locale.",
     "López de Micay", "co-lopez-de-micay", "CO", "Cauca", 2.85, -77.25),
    ("Des militants ont attaqué un poste des gardes-frontières à Angoor Adda, tuant deux soldats, selon des "
     "sources sécuritaires.",
     "Angoor Adda", "pk-angoor-adda", "PK", "Khyber Pakhtunkhwa", 32.52, 69.28),
]

# Other spellings the rows list, as French and English reports write them.
ALIASES = [
    ("Wad Al-Noora", "sd-wad-al-noura", "SD"),
    ("Thabit", "sd-tabit", "SD"),
    ("Jebel Moya", "sd-jebel-moya", "SD"),
    ("Hauzien", "et-hawzen", "ET"),
    ("Mahibere Degue", "et-mahbere-dego", "ET"),
    ("Mali Shcherbaky", "ua-mali-shcherbaky", "UA"),
    ("Novoselivka Persha", "ua-novoselivka-persha", "UA"),
    ("Novosselivka Drouha", "ua-novoselivka-druha", "UA"),
    ("Lopez de Micay", "co-lopez-de-micay", "CO"),
    ("Angur Ada", "pk-angoor-adda", "PK"),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_locality_of_this_batch_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)


@pytest.mark.parametrize(("alias", "row", "country"), ALIASES)
def test_other_spelling_finds_the_row(alias_finds_row, alias: str, row: str, country: str) -> None:
    alias_finds_row(alias, row, country)

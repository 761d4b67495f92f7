"""Curated localities of the eastern DR Congo / Central African Republic / Sudan / South Sudan batch
(sentinelle/data/localities.tsv) are found in their country and province and placed at their row.

Before these rows, none of these territory, sub-prefecture or county seats was in the gazetteer under
these names (Mboki resolved to Mbaïki, 900 km west; Lubutu, Melut, Nzara or Pibor to towns on other
continents): the events told there were lost or put abroad. Every sentence is written for these tests
in the styles of wire dispatches, army communiqués, NGO alerts, local radio and UN notes; the
coordinates are those of the public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # DR Congo
    ("Les FARDC affirment avoir repoussé une incursion de miliciens Maï-Maï à l'entrée de Lubutu.",
     "Lubutu", "cd-lubutu", "CD", "Maniema", -0.743, 26.583),
    ("Radio locale : des éleveurs armés ont pillé trois villages autour de Faradje en fin de semaine.",
     "Faradje", "cd-faradje", "CD", "Haut-Uélé", 3.735, 29.710),
    ("Une ONG médicale signale l'arrivée de centaines de familles déplacées à Niangara depuis lundi.",
     "Niangara", "cd-niangara", "CD", "Haut-Uélé", 3.691, 27.896),
    # Central African Republic
    ("Bangui, 12 mars (AFP) - Des combattants de la CPC ont attaqué jeudi la gendarmerie de Markounda, "
     "près de la frontière tchadienne.",
     "Markounda", "cf-markounda", "CF", "Ouham", 7.617, 16.967),
    ("Les casques bleus de la Minusca ont été déployés à Mboki après des affrontements entre miliciens.",
     "Mboki", "cf-mboki", "CF", "Haut-Mbomou", 5.316, 25.957),
    ("Des éléments armés ont incendié le marché de Rafaï, obligeant les habitants à fuir vers le fleuve.",
     "Rafaï", "cf-rafai", "CF", "Mbomou", 5.005, 23.909),
    ("Selon le sous-préfet, le groupe 3R a enlevé six éleveurs dans les environs de Ngaoundaye.",
     "Ngaoundaye", "cf-ngaoundaye", "CF", "Ouham-Pendé", 7.478, 15.605),
    ("Les FACA ont repris mardi le contrôle de Nana-Bakassa, tenue depuis une semaine par des rebelles.",
     "Nana-Bakassa", "cf-nana-bakassa", "CF", "Ouham", 6.987, 17.282),
    # Sudan
    ("Les Forces de soutien rapide ont pris d'assaut Saraf Omra, deuxième ville du Darfour-Nord, "
     "selon un communiqué de l'armée.",
     "Saraf Omra", "sd-saraf-omra", "SD", "North Darfur", 13.475, 23.306),
    ("L'armée soudanaise a annoncé avoir repris Tamboul, à l'est de Wad Madani, après de violents combats.",
     "Tamboul", "sd-tambul", "SD", "Al Jazirah", 14.934, 33.431),
    ("Des frappes de drones ont visé un dépôt de carburant à Jebel Aulia, au sud de Khartoum.",
     "Jebel Aulia", "sd-jebel-aulia", "SD", "Khartoum", 15.245, 32.497),
    # South Sudan
    ("Selon une note des Nations unies, des jeunes armés ont attaqué un convoi humanitaire près d'Akobo.",
     "Akobo", "ss-akobo", "SS", "Jonglei State", 7.783, 33.050),
    ("Des affrontements entre l'armée et l'opposition armée ont fait au moins dix morts à Kajo-Keji.",
     "Kajo-Keji", "ss-kajo-keji", "SS", "Central Equatoria", 3.849, 31.658),
    ("Plus de 2 000 personnes ont fui les combats à Melut, selon les autorités du comté.",
     "Melut", "ss-melut", "SS", "Upper Nile", 10.440, 32.202),
    ("Une attaque contre un camp de bétail a fait quinze morts dans le comté de Mayom, dans l'État d'Unité.",
     "Mayom", "ss-mayom", "SS", "Unity", 9.224, 29.167),
    ("Le bureau de l'ONU à Juba condamne le pillage d'un entrepôt d'aide à Pibor.",
     "Pibor", "ss-pibor", "SS", "Jonglei State", 6.800, 33.133),
    ("Des centaines de réfugiés ougandais et sud-soudanais attendent au poste-frontière de Nimule, "
     "selon le HCR.",
     "Nimule", "ss-nimule", "SS", "Eastern Equatoria", 3.600, 32.060),
    ("Des raids de bétail ont fait huit morts dans le comté de Pochalla, près de la frontière éthiopienne.",
     "Pochalla", "ss-pochalla", "SS", "Jonglei State", 7.180, 34.100),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_curated_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)

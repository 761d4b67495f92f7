"""Curated localities of the north-west and north-east Nigeria / Pendjari border / Tibesti batch
(sentinelle/data/localities.tsv) are found, in the right country and division, at their row's point.

Before these rows, none of these names was found in its country: Jangebe (the Zamfara town of the February 2021
school abduction) resolved to Jiangbei in China, Buni Yadi (the seat of Gujba in Yobe) to Bende in Abia, 700 km
south, Koshobe (the rice fields of the November 2020 massacre) and the Dalori camp near the Borno capital to
nothing in Nigeria, the Atacora arrondissements Dassari and Tanongou on the Pendjari park's edge to nothing in
Benin (Tanongou to Malabon abroad), and the Tibesti oasis of Wour to nothing at all. The sentences are written for
these tests in the styles of wire dispatches, police statements, local radio, NGO and UN notes and army
communiqués; the coordinates are those of the public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # Nigeria, Zamfara: wire dispatch
    ("GUSAU (Reuters) - Des hommes armés ont enlevé une vingtaine de cultivateurs dans leurs champs près de "
     "Jangebe, dans la zone de Talata Mafara, a indiqué mardi un élu local.",
     "Jangebe", "ng-jangebe", "NG", "Zamfara", 12.23, 6.07),
    # Nigeria, Zamfara: police statement
    ("La police de l'État de Zamfara affirme avoir repoussé une attaque de bandits contre le marché de Jangebe "
     "et récupéré une trentaine de têtes de bétail volées.",
     "Jangebe", "ng-jangebe", "NG", "Zamfara", 12.23, 6.07),
    # Nigeria, Yobe: army communiqué
    ("L'armée nigériane dit avoir repoussé dans la nuit une attaque de l'ISWAP contre sa base de Buni Yadi, "
     "dans l'État de Yobe, tuant plusieurs assaillants.",
     "Buni Yadi", "ng-buni-yadi", "NG", "Yobe", 11.27, 11.93),
    # Nigeria, Yobe: local radio, the spelling in one word
    ("Selon une radio locale, des insurgés ont incendié le commissariat de Buniyadi avant de se replier vers la "
     "forêt de Sambisa, à l'est de Damaturu.",
     "Buniyadi", "ng-buni-yadi", "NG", "Yobe", 11.27, 11.93),
    # Nigeria, Borno: NGO note on the 2020 rice-field massacre
    ("Une ONG rappelle que les familles des ouvriers agricoles tués dans les rizières de Koshobe, dans la zone "
     "de Jere, attendent toujours une indemnisation, quatre ans après le massacre.",
     "Koshobe", "ng-koshobe", "NG", "Borno", 11.98, 13.32),
    # Nigeria, Borno: press, the spelling of the Nigerian dailies
    ("Selon la presse nigériane, des insurgés ont de nouveau enlevé des cultivateurs près de Koshebe, dans "
     "l'État de Borno, où la récolte du riz avait repris sous escorte.",
     "Koshebe", "ng-koshobe", "NG", "Borno", 11.98, 13.32),
    # Nigeria, Borno: UN note on the displacement camp
    ("Selon OCHA, le camp de déplacés de Dalori accueille désormais plus de 20 000 personnes, dont une majorité "
     "de femmes et d'enfants venus du sud de l'État de Borno.",
     "Dalori", "ng-dalori", "NG", "Borno", 11.76, 13.27),
    # Benin, Atacora: wire dispatch
    ("COTONOU (AFP) - Deux soldats béninois ont été tués par l'explosion d'un engin artisanal près de Dassari, "
     "dans le nord-ouest du pays, non loin de la frontière burkinabè.",
     "Dassari", "bj-dassari", "BJ", "Atakora", 10.82, 1.14),
    # Benin, Atacora: NGO note
    ("Une ONG de défense de la faune signale que les écogardes ont évacué leur poste de Tanongou, à l'entrée du "
     "parc de la Pendjari, après des tirs nocturnes.",
     "Tanongou", "bj-tanongou", "BJ", "Atakora", 10.82, 1.43),
    # Benin, Atacora: press, the other spelling
    ("Les cascades de Tanougou, d'ordinaire fréquentées par les touristes, sont désertes depuis l'attaque qui a "
     "visé une patrouille sur la route de Tanguiéta.",
     "Tanougou", "bj-tanongou", "BJ", "Atakora", 10.82, 1.43),
    # Chad, Tibesti: army communiqué
    ("L'état-major tchadien annonce que ses unités ont repris le contrôle de Wour, dans le Tibesti, après des "
     "combats avec des rebelles venus de Libye.",
     "Wour", "td-wour", "TD", "Tibesti", 21.37, 15.98),
]

# (another spelling a row lists, row id, country)
ALIASES = [
    ("Buni-Yadi", "ng-buni-yadi", "NG"),
    ("Buniyadi", "ng-buni-yadi", "NG"),
    ("Tanougou", "bj-tanongou", "BJ"),
    ("Koshebe", "ng-koshobe", "NG"),
    ("Kwashebe", "ng-koshobe", "NG"),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_curated_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)


@pytest.mark.parametrize(("alias", "row", "country"), ALIASES)
def test_alias_finds_its_row(alias_finds_row, alias, row, country) -> None:
    alias_finds_row(alias, row, country)

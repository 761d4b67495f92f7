"""Curated localities of the second Myanmar / Sudan / Somalia / DR Congo / Ukraine batch
(sentinelle/data/localities.tsv) are found in their country and division and placed at their row.

Before these rows, the lookup found nothing in the country under these names (Budalin, Kani, Minbya,
Rathedaung, Tonzang, Kauda, Heglig, Foro Baranga, Qardho, Baraawe, Guriel, Umanske, Kibati) or another place (Myinmu
went to Myaungmya in the delta, Ponnagyun to a Yangon suburb, Thandwe to a Yangon village): the
events told there were lost or moved hundreds of kilometres. Every sentence is written for these
tests in the styles of wire dispatches, army communiqués, NGO alerts, local radio, UN notes and
Telegram paraphrases; the coordinates are those of the public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # Myanmar, Sagaing: resistance report relayed by an exile outlet
    ("Des avions de la junte ont bombardé mardi un monastère à Budalin, dans la région de Sagaing, "
     "tuant au moins sept civils selon les Forces de défense du peuple.",
     "Budalin", "mm-budalin", "MM", "Sagaing", 22.390, 95.142),
    # agency dispatch
    ("YANGON (AFP) - Les combattants anti-junte ont dû se retirer de Kani après dix jours de combats "
     "pour le contrôle de la ville.", "Kani", "mm-kani", "MM", "Sagaing", 22.722, 94.208),
    # UN note
    ("Le HCR signale que des milliers d'habitants ont fui Myinmu, sur la rive nord de l'Irrawaddy, "
     "après des frappes d'artillerie.", "Myinmu", "mm-myinmu", "MM", "Sagaing", 21.933, 95.583),
    # older spelling of a Katha district town
    ("La ville de Tigyaing, sur l'Irrawaddy, a été détruite à plus de 90 % par les frappes aériennes "
     "durant le siège.", "Tigyaing", "mm-htigyaing", "MM", "Sagaing", 23.767, 96.133),
    ("Un drone a frappé un marché de Chaung-U, près de Monywa, faisant plusieurs blessés.",
     "Chaung-U", "mm-chaung-u", "MM", "Sagaing", 21.958, 95.276),
    # Rakhine: Arakan Army communiqué
    ("L'Armée d'Arakan affirme avoir pris le contrôle total de Rathedaung après deux semaines "
     "d'affrontements.", "Rathedaung", "mm-rathedaung", "MM", "Rakhine", 20.483, 92.750),
    ("Les rebelles arakanais ont encerclé la dernière base de l'armée à Minbya, selon des habitants.",
     "Minbya", "mm-minbya", "MM", "Rakhine", 20.362, 93.273),
    ("Le commissariat de Ponnagyun est tombé aux mains de l'Armée d'Arakan jeudi.",
     "Ponnagyun", "mm-ponnagyun", "MM", "Rakhine", 20.334, 93.004),
    # colonial-era name in a feature article
    ("Près de l'ancienne Sandoway, les combats ont chassé les derniers pêcheurs de la côte.",
     "Sandoway", "mm-thandwe", "MM", "Rakhine", 18.467, 94.367),
    ("Des navires de guerre ont pilonné les abords de Kyaukphyu, où se trouve le terminal pétrolier "
     "chinois.", "Kyaukphyu", "mm-kyaukphyu", "MM", "Rakhine", 19.426, 93.546),
    # Chin and Kayah
    ("Le Front national chin dit avoir capturé quarante soldats lors de la prise de Tonzang.",
     "Tonzang", "mm-tonzang", "MM", "Chin", 23.600, 93.700),
    ("Des réfugiés ont franchi le pont de Rikhawdar vers le Mizoram pour fuir les bombardements.",
     "Rikhawdar", "mm-rikhawdar", "MM", "Chin", 23.365, 93.386),
    ("La Force de défense chin de Matupi revendique la prise du camp militaire de la ville.",
     "Matupi", "mm-matupi", "MM", "Chin", 21.616, 93.439),
    ("Les Forces de défense des nationalités karennies ont repoussé une contre-offensive à Hpasawng.",
     "Hpasawng", "mm-hpasawng", "MM", "Kayah", 18.833, 97.267),
    # Sudan: local radio, army communiqué, NGO alert
    ("Selon Radio Dabanga, des avions de l'armée ont largué des barils explosifs sur Kaouda, fief du "
     "SPLM-N dans les monts Nouba.", "Kaouda", "sd-kauda", "SD", "South Kordofan", 11.067, 30.550),
    ("Les Forces de soutien rapide ont annoncé la prise du champ pétrolier de Heglig, à la frontière "
     "du Soudan du Sud.", "Heglig", "sd-heglig", "SD", "South Kordofan", 9.999, 29.399),
    ("Une ONG signale que vingt mille personnes ont fui Foro Baranga après des affrontements "
     "intercommunautaires.", "Foro Baranga", "sd-foro-baranga", "SD", "West Darfur", 12.127, 22.598),
    # Somalia: Puntland security statement
    ("Les forces du Puntland ont déjoué un attentat contre une base militaire à Qardho, dans la "
     "région de Bari.", "Qardho", "so-qardho", "SO", "Bari", 9.500, 49.083),
    ("Un responsable local a confirmé le retrait des miliciens chebab de Barawe, port de la région du "
     "Bas-Chébéli.", "Barawe", "so-baraawe", "SO", "Lower Shebelle", 1.114, 44.031),
    ("Des affrontements claniques ont fait six morts à Guriceel, dans la région de Galgudud.",
     "Guriceel", "so-guriel", "SO", "Galguduud", 5.309, 45.882),
    # Ukraine: Russian ministry claim paraphrased
    ("Le ministère russe de la Défense affirme avoir « libéré » Oumanske, dans la région de Donetsk.",
     "Oumanske", "ua-umanske", "UA", "Donetska", 48.154, 37.565),
    # DR Congo: civil society in Nyiragongo
    ("Des tirs à l'arme lourde ont été entendus à Kibati, à une douzaine de kilomètres au nord de "
     "Goma, selon la société civile.", "Kibati", "cd-kibati", "CD", "Nord-Kivu", -1.567, 29.283),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_curated_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)

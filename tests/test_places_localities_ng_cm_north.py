"""Curated localities of the Nigeria north / Cameroon Far North batch (sentinelle/data/localities.tsv)
are found, in the right country and division, at their row's point.

Before these rows, none of these names was found in its country: Abadam (an LGA on the Nigerian
shore of Lake Chad) and Mariga (an LGA of Niger State that banditry keeps in the news), the
Cameroonian commune seats Bourha, Darak, Mogodé and Ndoukoula, and the villages Manawatchi (Mora)
and Goura (Makary, where the people of Rann took refuge) resolved to nothing or to a town of
another shape abroad (Bourha to Balaghat, Darak to Durg, Goura to Gouré, Mariga to Málaga).
The sentences are written for these tests in the styles of wire dispatches, army communiqués, NGO
alerts, local radio and UN notes; the coordinates are those of the public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # agency dispatch, Lake Chad (Cameroon)
    ("YAOUNDÉ (AFP) - Des combattants de Boko Haram ont attaqué dans la nuit de samedi un poste de "
     "l'armée à Darak, sur une île camerounaise du lac Tchad, tuant deux soldats.",
     "Darak", "cm-darak", "CM", "Far North", 12.88, 14.30),
    # local radio, the same commune under its other spelling
    ("Selon une radio communautaire, les pêcheurs de Darrak ont fui vers Blangoua après une nouvelle "
     "incursion de jihadistes sur le lac Tchad, dans l'Extrême-Nord du Cameroun.",
     "Darrak", "cm-darak", "CM", "Far North", 12.88, 14.30),
    # army communiqué, Mayo-Tsanaga
    ("Le ministère de la Défense indique qu'une patrouille du BIR a neutralisé trois assaillants près "
     "de Bourha, dans le département du Mayo-Tsanaga, à la frontière nigériane.",
     "Bourha", "cm-bourha", "CM", "Far North", 10.25, 13.52),
    # NGO alert, older spelling of the same commune
    ("Une ONG camerounaise signale une vague d'enlèvements contre rançon à Bourrha, commune de "
     "l'Extrême-Nord frontalière du Nigeria, où une dizaine de commerçants ont été pris en otage.",
     "Bourrha", "cm-bourha", "CM", "Far North", 10.25, 13.52),
    # UN note, refugee settlement
    ("Selon le HCR, plus de 30 000 réfugiés nigérians sont arrivés en quelques jours à Goura, dans "
     "l'Extrême-Nord du Cameroun, où ils vivent dans un camp de fortune.",
     "Goura", "cm-goura", "CM", "Far North", 12.33, 14.53),
    # local press, ambush near the same village
    ("Une embuscade tendue près de Goura, non loin du lac Tchad, a fait quatre morts parmi les membres "
     "des comités de vigilance camerounais, selon des sources locales.",
     "Goura", "cm-goura", "CM", "Far North", 12.33, 14.53),
    # press review, Mayo-Sava
    ("Des hommes armés ont incendié une partie du village de Manawatchi, près de Mora, et emmené "
     "plusieurs habitants vers le Nigeria, rapporte la presse camerounaise.",
     "Manawatchi", "cm-manawatchi", "CM", "Far North", 11.17, 14.20),
    # UN note, the same village under its other spelling
    ("Selon OCHA, des centaines de déplacés de Manawadji et des villages voisins ont rejoint Mora, "
     "dans le département du Mayo-Sava au Cameroun.",
     "Manawadji", "cm-manawatchi", "CM", "Far North", 11.17, 14.20),
    # sub-prefect quoted by local radio
    ("Le marché hebdomadaire de Mogodé, dans le Mayo-Tsanaga, a été déserté après l'enlèvement de "
     "deux commerçants camerounais, selon le sous-préfet.",
     "Mogodé", "cm-mogode", "CM", "Far North", 10.49, 13.61),
    # agency dispatch written without accents
    ("Des preneurs d'otages ont enleve un eleveur et ses deux fils a Mogode, dans l'Extreme-Nord du "
     "Cameroun, a indique jeudi une source securitaire.",
     "Mogode", "cm-mogode", "CM", "Far North", 10.49, 13.61),
    # regional governor's communiqué
    ("Le gouverneur de l'Extrême-Nord s'est rendu à Ndoukoula, dans le département du Diamaré au "
     "Cameroun, où des coupeurs de route ont tué un commerçant mardi.",
     "Ndoukoula", "cm-ndoukoula", "CM", "Far North", 10.27, 14.03),
    # agency dispatch, Nigeria
    ("MAIDUGURI (AFP) - Des combattants de l'ISWAP ont attaqué une base militaire dans la zone de "
     "gouvernement local d'Abadam, dans l'État de Borno, sur la rive du lac Tchad.",
     "Abadam", "ng-abadam", "NG", "Borno", 13.61, 13.28),
    # army communiqué, Nigeria
    ("L'armée nigériane affirme avoir repris le contrôle d'Abadam, dans le nord-est du Nigeria, après "
     "trois jours de combats contre les jihadistes.",
     "Abadam", "ng-abadam", "NG", "Borno", 13.61, 13.28),
    # agency dispatch, Niger State (banditry)
    ("ABUJA (Reuters) - Des bandits armés ont tué au moins douze villageois et enlevé des dizaines "
     "d'autres dans la zone de gouvernement local de Mariga, dans l'État du Niger, selon la police.",
     "Mariga", "ng-mariga", "NG", "Niger", 10.70, 5.83),
    # NGO alert, Niger State
    ("Amnesty International dénonce l'inaction des autorités après une nouvelle attaque de bandits à "
     "Mariga, dans le centre-nord du Nigeria, où plusieurs écoles ont fermé.",
     "Mariga", "ng-mariga", "NG", "Niger", 10.70, 5.83),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_curated_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)

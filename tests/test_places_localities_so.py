"""Curated localities of the Somalia / Mozambique / Ethiopia / Ukraine / Haiti / Colombia batch
(sentinelle/data/localities.tsv) are found, in the right country and division, at their row's point.

Before these rows, each name resolved to nothing in its country or to another place: Humera and
Zalambessa to nothing in Ethiopia, Novomykhailivka to Novomykolayivka (Zaporizhzhia), Ganthier
to nothing in Haiti, El Plateado to a Mexican village. The sentences are written for these tests
in the styles of wire dispatches, army communiqués, NGO alerts, local radio and UN notes; the
coordinates are those of the public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # agency dispatch
    ("MOGADISCIO (AFP) - Un kamikaze s'est fait exploser mardi devant une base militaire de Balcad, "
     "au nord-est de la capitale somalienne.", "Balcad", "so-balcad", "SO", "Middle Shebelle", 2.65, 45.05),
    # NGO alert
    ("Selon une ONG locale, près de 2 000 familles ont fui les villages autour de Muidumbe après "
     "une nouvelle incursion des insurgés dans la province de Cabo Delgado.",
     "Muidumbe", "mz-muidumbe", "MZ", "Cabo Delgado", -11.78, 39.90),
    # UN note
    ("Le Bureau de la coordination des affaires humanitaires signale des arrestations massives de "
     "civils tigréens à Humera, dans l'ouest du Tigray.", "Humera", "et-humera", "ET", "Tigray", 14.29, 36.61),
    # local radio, with a border crossing
    ("Des tirs d'artillerie ont visé samedi Zalambessa, ville frontalière de l'Érythrée, selon des "
     "habitants joints par téléphone.", "Zalambessa", "et-zalambessa", "ET", "Tigray", 14.53, 39.39),
    # agency dispatch, Amhara
    ("Des miliciens Fano ont brièvement pris le contrôle de Shewa Robit, sur la route d'Addis-Abeba, "
     "avant d'en être chassés par l'armée fédérale.", "Shewa Robit", "et-shewa-robit", "ET", "Amhara", 10.00, 39.90),
    # older transliteration of the same town
    ("La prison de Shoa Robit, dans la région Amhara, a été attaquée dans la nuit.",
     "Shoa Robit", "et-shewa-robit", "ET", "Amhara", 10.00, 39.90),
    # army communiqué, Russian side
    ("Le ministère russe de la Défense a affirmé avoir « libéré » la localité de Novomykhaïlivka, "
     "dans la région de Donetsk.", "Novomykhaïlivka", "ua-novomykhailivka", "UA", "Donetska", 47.85, 37.48),
    # Ukrainian general staff summary
    ("L'état-major ukrainien fait état de combats acharnés près de Neskoutchne, au sud de Velyka "
     "Novosilka.", "Neskoutchne", "ua-neskuchne", "UA", "Donetska", 47.82, 36.81),
    # live blog style
    ("Les forces ukrainiennes se sont retirées de Lastotchkyne, un village à l'ouest d'Avdiïvka, "
     "pour établir une nouvelle ligne de défense.", "Lastotchkyne", "ua-lastochkyne", "UA", "Donetska", 48.15, 37.68),
    # analyst note
    ("D'après un institut américain, les troupes russes ont progressé autour de Spirne, à l'est de "
     "Siversk, dans l'oblast de Donetsk.", "Spirne", "ua-spirne", "UA", "Donetska", 48.81, 38.25),
    # front-line bulletin, Luhansk
    ("Les combats se poursuivent autour de Nevske, entre Svatove et Kreminna, selon l'état-major.",
     "Nevske", "ua-nevske", "UA", "Luhanska", 49.16, 37.98),
    # coastal village of Cabo Delgado, humanitarian bulletin
    ("Des pêcheurs ont été décapités près de Mucojo, sur la côte du district de Macomia, selon la "
     "radio communautaire.", "Mucojo", "mz-mucojo", "MZ", "Cabo Delgado", -12.07, 40.48),
    # Haitian local press
    ("Des bandits armés ont incendié plusieurs maisons à Ganthier, dans la plaine du Cul-de-Sac, "
     "rapporte la police haïtienne.", "Ganthier", "ht-ganthier", "HT", "Ouest", 18.53, -72.07),
    # Colombian army communiqué
    ("L'armée colombienne a annoncé avoir repris le contrôle du centre d'El Plateado, dans le "
     "canyon du Micay, département du Cauca.", "El Plateado", "co-el-plateado", "CO", "Cauca", 2.46, -77.24),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_curated_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)

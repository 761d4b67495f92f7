"""Curated localities of the Mali and Niger batch (sentinelle/data/localities.tsv) are found and placed.

Before these rows, none of these communes or chef-lieux was found in its country: most names
resolved to nothing, some to a town of another shape abroad (Konna to Chone in Ecuador,
Tébaram to a Brazilian town, Sanam and Dan-Issa to Chinese cities, Kouré to Kure in Japan).
Every sentence is written for these tests in the style of a wire dispatch, an army communiqué,
an NGO alert, local radio or a UN note; the coordinates are those of the public page each row
cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # wire dispatch
    ("Deux kamikazes ont visé jeudi matin le camp militaire de Sévaré, près de l'aéroport de Mopti.",
     "Sévaré", "ml-sevare", "ML", "Mopti", 14.53, -4.10),
    # army communiqué
    ("Les FAMa ont neutralisé une dizaine de terroristes lors d'un accrochage au nord de Konna.",
     "Konna", "ml-konna", "ML", "Mopti", 14.95, -3.89),
    # local radio, name without its accent
    ("Selon un élu local, des pêcheurs ont été enlevés dans les environs de Dialloube.",
     "Dialloube", "ml-dialloube", "ML", "Mopti", 15.02, -4.23),
    # UN note, spaced spelling
    ("La MINUSMA a dépêché une mission d'évaluation à Toguéré Coumbé, dans le cercle de Ténenkou.",
     "Toguéré Coumbé", "ml-toguere-coumbe", "ML", "Mopti", 14.92, -4.59),
    # wire dispatch, Gao region
    ("Des affrontements ont opposé des groupes armés rivaux près de Tarkint, dans la vallée du Tilemsi.",
     "Tarkint", "ml-tarkint", "ML", "Gao", 17.48, 0.12),
    # local radio, Tombouctou region
    ("Un engin explosif a endommagé un camion-citerne sur la route de Bourem-Inaly.",
     "Bourem-Inaly", "ml-bourem-inaly", "ML", "Tombouctou", 16.69, -2.85),
    # army communiqué, Tombouctou region
    ("Le poste de sécurité de Raz-El-Ma a été attaqué à l'aube par des individus lourdement armés.",
     "Raz-El-Ma", "ml-raz-el-ma", "ML", "Tombouctou", 16.61, -4.46),
    # wire dispatch, Niger: the official spelling GeoNames lacks
    ("Des milliers de déplacés sont arrivés à Ayérou, sur le fleuve, après des combats à la frontière.",
     "Ayérou", "ne-ayerou", "NE", "Tillabéri", 14.73, 0.92),
    # NGO alert, Niger
    ("Six humanitaires ont été tués dimanche dans la réserve de girafes de Kouré, à l'est de Niamey.",
     "Kouré", "ne-koure", "NE", "Tillabéri", 13.31, 2.58),
    # army communiqué, Niger
    ("Une patrouille a été prise en embuscade entre Sakoïra et le chef-lieu de la région.",
     "Sakoïra", "ne-sakoira", "NE", "Tillabéri", 14.28, 1.40),
    # local radio, Tahoua
    ("Des assaillants ont incendié la mairie et le centre de santé de Tébaram dans la nuit.",
     "Tébaram", "ne-tebaram", "NE", "Tahoua", 14.83, 4.45),
    # UN note, Tahoua
    ("Les familles déplacées de Takanamat reçoivent une aide alimentaire d'urgence, indique l'OCHA.",
     "Takanamat", "ne-takanamat", "NE", "Tahoua", 15.13, 4.78),
    # local radio, Tahoua, one-word commune name
    ("Des hommes armés ont volé du bétail dans deux hameaux de la commune de Kalfou, à l'est de Tahoua.",
     "Kalfou", "ne-kalfou", "NE", "Tahoua", 14.87, 5.53),
    # wire dispatch, Maradi border, hyphenless spelling
    ("Des bandits armés venus du Nigeria ont enlevé douze villageois dans la commune de Dan Issa.",
     "Dan Issa", "ne-dan-issa", "NE", "Maradi", 13.21, 7.26),
    # army communiqué, Say department
    ("Un convoi a sauté sur une mine à la sortie d'Ouro Guéladjo, près de la frontière burkinabè.",
     "Ouro Guéladjo", "ne-ouro-gueledjo", "NE", "Tillabéri", 13.10, 2.01),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_mali_niger_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)

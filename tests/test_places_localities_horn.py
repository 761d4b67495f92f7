"""Curated localities of the Horn of Africa batch (sentinelle/data/localities.tsv) are found and placed.

Before these rows, each name resolved to nothing in its country or to a town of another shape
abroad: Doolow, Galdogob, Dengolat and Buq Aqable to nothing, Mahaday to Mahdia
(Tunisia), Rab Dhuure to Riverdale (New York), Burdhubo to Valdivia (Chile), Mai Kadra to
Essaouira (Morocco), Taleh to Tallaght (Ireland), Badhan to Abadan (Iran). The sentences are
written for these tests in the styles of wire dispatches, army communiqués, NGO alerts, local
radio and UN notes; the coordinates are those of the public page each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # agency dispatch, Gedo border town
    ("MOGADISCIO (AFP) - Des combats ont opposé mardi l'armée somalienne aux forces du Jubaland près "
     "de l'aéroport de Doolow, à la frontière éthiopienne.", "Doolow", "so-doolow", "SO", "Gedo", 4.15, 42.08),
    # NGO alert, another spelling of the same town
    ("Selon une ONG, des milliers de déplacés somaliens sont arrivés à Dolow après les crues du fleuve Juba.",
     "Dolow", "so-doolow", "SO", "Gedo", 4.15, 42.08),
    # army communiqué, Mudug
    ("Les forces du Puntland affirment avoir repoussé une attaque shebab contre un poste à Galdogob, "
     "dans la région de Mudug.", "Galdogob", "so-galdogob", "SO", "Mudug", 7.03, 47.02),
    # local radio, Middle Shabelle
    ("Les shebab ont tiré plusieurs obus de mortier sur la base de l'armée somalienne à Mahaday, "
     "au nord de Jowhar, selon la radio locale.", "Mahaday", "so-mahaday", "SO", "Middle Shebelle", 2.97, 45.53),
    # wire dispatch, Sool
    ("Des affrontements ont éclaté à Taleh, dans la région de Sool, entre les forces du Somaliland et "
     "des miliciens claniques, a-t-on appris de sources locales en Somalie.", "Taleh", "so-taleh", "SO", "Sool",
     9.15, 48.42),
    # Somali spelling of the same town
    ("Des miliciens claniques ont pris le contrôle de Taleex, dans l'est du Sool, en Somalie.",
     "Taleex", "so-taleh", "SO", "Sool", 9.15, 48.42),
    # analyst note, Sanaag
    ("En Somalie, le Puntland a déployé des troupes à Badhan, dans le Sanaag, pour empêcher "
     "l'enregistrement des électeurs par le Somaliland.", "Badhan", "so-badhan", "SO", "Sanaag", 10.71, 48.33),
    # army communiqué, Lower Shabelle
    ("Un kamikaze a visé la base de la force de l'Union africaine à Bulo Marer, dans la région du "
     "Bas-Chébéli, faisant plusieurs morts parmi les soldats.", "Bulo Marer", "so-bulo-marer", "SO",
     "Lower Shebelle", 1.63, 44.52),
    # local radio, Somali spelling
    ("L'armée somalienne a repris Buulo Mareer aux shebab après des combats dans la nuit.",
     "Buulo Mareer", "so-bulo-marer", "SO", "Lower Shebelle", 1.63, 44.52),
    # Ethiopia, human-rights report
    ("Selon la Commission éthiopienne des droits de l'homme, des centaines de civils ont été tués à "
     "Mai Kadra, dans l'ouest du Tigré, en novembre 2020.", "Mai Kadra", "et-mai-kadra", "ET", "Tigray",
     14.07, 36.57),
    # Gedo, NGO alert
    ("Les inondations ont coupé la route entre Burdhubo et Garbahaarey, dans la région de Gedo, "
     "alerte une ONG somalienne.", "Burdhubo", "so-burdhubo", "SO", "Gedo", 3.17, 42.49),
    # Bakool, agency dispatch
    ("Les troupes éthiopiennes se sont retirées de Rab Dhuure, dans la région de Bakool en Somalie, "
     "et les shebab ont aussitôt repris la ville.", "Rab Dhuure", "so-rab-dhuure", "SO", "Bakool", 4.35, 43.15),
    # Tigray, survivor testimony reported by the press
    ("Dans le village de Dengolat, au Tigré, des soldats érythréens ont exécuté des dizaines d'hommes "
     "au lendemain d'une fête religieuse, selon des survivants.", "Dengolat", "et-dengolat", "ET", "Tigray",
     14.18, 39.53),
    # Hiran, wire dispatch
    ("Les shebab ont repris Buq Aqable, au sud de Beledweyne, après le départ des troupes de l'Union "
     "africaine.", "Buq Aqable", "so-buq-aqable", "SO", "Hiran", 4.06, 45.26),
    # Lower Shabelle, army communiqué
    ("La brigade Danab a pris le contrôle d'Awdheegle, sur le fleuve Chébéli, en Somalie, après avoir "
     "chassé les insurgés.", "Awdheegle", "so-awdheegle", "SO", "Lower Shebelle", 1.97, 44.83),
    # Sool, wire dispatch on the Somaliland-Puntland front
    ("Des tirs d'artillerie ont opposé lundi les forces du Somaliland et du Puntland autour de Tukaraq, "
     "sur la route entre Las Anod et Garowe, en Somalie.", "Tukaraq", "so-tukaraq", "SO", "Sool", 8.55, 47.83),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_horn_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)

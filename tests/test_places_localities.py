"""Curated localities of the third batch (sentinelle/data/localities.tsv) are found and placed.

Before these rows, each of these names resolved to a town of another shape abroad or to
nothing (Mambasa to Mombasa, Kalehe to Calais, Mwenga to Munich, Tondikiwindi to nothing): the
events told there were lost or put on another continent. Every sentence is written for these
tests in the style of local and wire reporting; the coordinates are those of the public page
each row cites.
"""

from __future__ import annotations

import pytest

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    ("Des miliciens ont tué six civils mardi à Mambasa, dans la province de l'Ituri.",
     "Mambasa", "cd-mambasa", "CD", "Ituri", 1.36, 29.04),
    ("Des hommes armés ont pillé le marché de Kamituga dans la nuit de samedi à dimanche.",
     "Kamituga", "cd-kamituga", "CD", "Sud-Kivu", -3.06, 28.18),
    ("Les combats se sont rapprochés de Walungu, à une quarantaine de kilomètres de Bukavu.",
     "Walungu", "cd-walungu", "CD", "Sud-Kivu", -2.63, 28.67),
    ("Des milliers de déplacés affluent à Kalehe depuis lundi, selon la société civile.",
     "Kalehe", "cd-kalehe", "CD", "Sud-Kivu", -2.12, 28.92),
    ("Les rebelles ont pris le contrôle de Mwenga-centre après deux jours d'affrontements.",
     "Mwenga-centre", "cd-mwenga", "CD", "Sud-Kivu", -3.05, 28.43),
    ("L'aérodrome de Shabunda a été fermé après des tirs sur un avion cargo.",
     "Shabunda", "cd-shabunda", "CD", "Sud-Kivu", -2.70, 27.35),
    ("Des miliciens ont incendié des maisons dans les hauts plateaux de Mulenge, au-dessus d'Uvira.",
     "Mulenge", "cd-mulenge", "CD", "Sud-Kivu", -3.12, 29.00),
    ("Trois pêcheurs ont été tués sur le lac Tanganyika, au large de Fizi.",
     "Fizi", "cd-fizi", "CD", "Sud-Kivu", -4.30, 28.94),
    ("Des jihadistes ont attaqué le camp militaire de Léré, dans la région de Tombouctou.",
     "Léré", "ml-lere", "ML", "Tombouctou", 15.72, -4.90),
    ("Boko Haram a attaqué dans la nuit la commune de Toumour, dans la région de Diffa.",
     "Toumour", "ne-toumour", "NE", "Diffa", 13.67, 13.13),
    ("Des éléments de Boko Haram ont enlevé trois éleveurs près de Gueskérou, sur la Komadougou.",
     "Gueskérou", "ne-gueskerou", "NE", "Diffa", 13.48, 12.84),
    ("Un engin explosif a tué deux soldats sur la route nationale 1 à la sortie de Chétimari.",
     "Chétimari", "ne-chetimari", "NE", "Diffa", 13.20, 12.42),
    ("Des déplacés de Bosso ont trouvé refuge à Kabléwa, au nord de la Komadougou.",
     "Kabléwa", "ne-kablewa", "NE", "Diffa", 13.98, 12.98),
    ("Des hommes armés à moto ont tué six villageois dans la commune de Dargol, près de la frontière burkinabè.",
     "Dargol", "ne-dargol", "NE", "Tillabéri", 13.92, 1.24),
    ("L'armée nigérienne a repoussé une attaque contre son poste de Diagourou, au sud de Téra.",
     "Diagourou", "ne-diagourou", "NE", "Tillabéri", 13.91, 0.81),
    ("Une vingtaine de civils ont été tués dans la commune de Kokorou, dans l'ouest du Niger.",
     "Kokorou", "ne-kokorou", "NE", "Tillabéri", 14.21, 0.92),
    ("Le convoi a été pris en embuscade entre Tondikiwindi et Ouallam.",
     "Tondikiwindi", "ne-tondikiwindi", "NE", "Tillabéri", 14.47, 2.03),
    ("Des pêcheurs de la commune de Kourteye ont été enlevés sur le fleuve.",
     "Kourteye", "ne-kourteye", "NE", "Tillabéri", 13.85, 1.61),
    ("Les combats entre groupes jihadistes ont repris autour de Talataye, au nord-est d'Ansongo.",
     "Talataye", "ml-talataye", "ML", "Gao", 16.53, 1.53),
    ("Des centaines de familles déplacées sont arrivées à Pensa, dans la province du Sanmatenga.",
     "Pensa", "bf-pensa", "BF", "Centre-Nord", 13.65, -0.81),
    ("Le camp militaire de Dinangourou, près de la frontière burkinabè, a été visé par un véhicule piégé.",
     "Dinangourou", "ml-dinangourou", "ML", "Mopti", 14.45, -2.24),
    ("Deux bergers ont été tués dans la commune de N'Gorkou, dans le cercle de Niafunké.",
     "N'Gorkou", "ml-ngorkou", "ML", "Tombouctou", 15.66, -3.72),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_curated_locality_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat, lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)


# (sentence, published, the place each event is told at)
EVENTS = [
    # DR Congo: a village the gazetteer lacks, located by its curated territory seat
    ("Des miliciens ont tué six civils mardi dans le village de Kabulungu, territoire de Shabunda.",
     "2024-03-14", ["Kabulungu"]),
    # DR Congo: two curated towns in one sentence are two events
    ("Des combats ont opposé lundi l'armée aux rebelles à Kamituga et à Mwenga, dans le Sud-Kivu.", "2024-05-07",
     ["Kamituga", "Mwenga"]),
    # Niger: a curated commune told with its region
    ("Des insurgés ont tué quatre civils samedi à Toumour, dans la région de Diffa.", "2023-11-20", ["Toumour"]),
]


@pytest.mark.parametrize(("sentence", "published", "places"), EVENTS)
def test_events_told_at_curated_localities_are_kept_there(nlp, sentence, published, places) -> None:
    from sentinelle.extraction import ArticleInput, _prepare

    doc = _prepare(nlp, ArticleInput(text=sentence, published=published))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [e.location.name for e in doc._.events] == places, [(e.sub_event_type, e.location) for e in doc._.events]

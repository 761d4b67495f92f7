"""Gazetteer coverage, issue 12 item 6 (helper gaz): south Lebanon villages, Jobar (Damascus), Mahas (Hiran),
Kamango (North Kivu), Amhara's zones (curated regions at their seats), Cameroon's regions written in French, and
the two general readings the round needed: a direction adjective ending a name ("le Darfour occidental") and a
division named after a direction read only in an article about its country.

Before the round, these villages resolved to nothing in Lebanon, "Jobar" was looked up as Yabroud (57 km north
of it) and placed nowhere, "la zone du Nord-Wollo" and "le Gojjam occidental" resolved to nothing, and "la région
du Nord, au Cameroun" to the Burkinabè region Nord. Every sentence is written for these tests, in the styles of
agency dispatches, NGO notes, army communiqués and local radio; the coordinates are those of the public page
each row cites (a zone: its seat's GeoNames point).
"""

from __future__ import annotations

import pytest

from sentinelle.places.admin1 import km

# (sentence, name as written, row id, country, admin1, lat, lon)
PLACED = [
    # south Lebanon (agency dispatches, civil defence, UNIFIL notes)
    ("Une frappe de drone a visé une maison à Deir Seryan, selon l'agence officielle libanaise.",
     "Deir Seryan", "lb-deir-siriane", "LB", "Nabatieh", 33.29, 35.51),
    ("Des obus sont tombés à l'entrée de Talloussa dans la nuit, sans faire de victimes.",
     "Talloussa", "lb-talloussa", "LB", "Nabatieh", 33.24, 35.49),
    ("La défense civile a retiré deux corps des décombres à Arnoun, au pied du château de Beaufort.",
     "Arnoun", "lb-arnoun", "LB", "Nabatieh", 33.33, 35.53),
    ("Un raid a détruit un immeuble à Kfar Roummane, à la sortie est de la ville.",
     "Kfar Roummane", "lb-kfar-remen", "LB", "Nabatieh", 33.39, 35.50),
    ("Les habitants d'Ebel el-Saqi ont été appelés à évacuer avant les frappes, a indiqué la municipalité.",
     "Ebel el-Saqi", "lb-ebel-es-saqi", "LB", "Nabatieh", 33.36, 35.63),
    ("Selon la FINUL, une patrouille a essuyé des tirs près de Kfeir, sur les pentes de l'Hermon.",
     "Kfeir", "lb-kfeir", "LB", "Nabatieh", 33.43, 35.74),
    ("Une frappe a visé une voiture sur la route de Bazouriyeh, à l'est de Tyr.",
     "Bazouriyeh", "lb-bazouriyeh", "LB", "South", 33.25, 35.27),
    ("Deux combattants ont été tués à Zawtar el-Charkiyé, au bord du Litani.",
     "Zawtar el-Charkiyé", "lb-zawtar-charkiyeh", "LB", "Nabatieh", 33.33, 35.48),
    ("L'aviation a bombardé une maison à Deir Intar, dans le caza de Bint Jbeil.",
     "Deir Intar", "lb-deyrintar", "LB", "Nabatieh", 33.22, 35.38),
    # Syria, Somalia, DR Congo
    ("Les rebelles ont pilonné Jobar, à l'est de la vieille ville, selon une ONG.",
     "Jobar", "sy-jobar", "SY", "Damascus", 33.53, 36.34),
    ("Deux kamikazes ont frappé une base militaire à Mahas, dans la région de Hiran.",
     "Mahas", "so-mahas", "SO", "Hiran", 4.39, 46.09),
    ("Les rebelles ougandais ont pillé les dépôts de vivres de Kamango, près de la frontière ougandaise.",
     "Kamango", "cd-kamango", "CD", "Nord-Kivu", 0.62, 29.92),
]


@pytest.mark.parametrize(("text", "written", "row", "country", "admin1", "lat", "lon"), PLACED)
def test_locality_of_this_batch_is_found_and_placed(locality_placed, text, written, row, country, admin1, lat,
                                                    lon) -> None:
    locality_placed(text, written, row, country, admin1, lat, lon)


def _at(nlp, text: str, written: str):
    start = text.index(written)
    return [m for m in nlp(text)._.place_mentions if m.start < start + len(written) and start < m.end]


# (sentence, name as written, row id, seat's lat, lon): a zone is a curated region at its seat, precision 3
ZONES = [
    ("Les milices Fano ont pris le contrôle de plusieurs localités de la zone du Nord-Wollo, en Éthiopie.",
     "Nord-Wollo", "et-nord-wollo", 11.83, 39.59),
    ("Des drones ont frappé des villages du Sud-Wollo, selon des habitants joints par téléphone.",
     "Sud-Wollo", "et-sud-wollo", 11.13, 39.63),
    ("Des affrontements entre l'armée fédérale et des miliciens ont été signalés dans la zone de Wag Himra.",
     "Wag Himra", "et-wag-hemra", 12.63, 39.03),
    ("L'armée fédérale affirme avoir repris plusieurs districts dans le Gojjam occidental.",
     "Gojjam occidental", "et-gojjam-occidental", 10.70, 37.27),
    ("Des affrontements ont été signalés dans l'East Gojjam, selon un responsable régional.",
     "East Gojjam", "et-gojjam-oriental", 10.35, 37.73),
    ("Le couvre-feu a été prolongé dans le Gondar-Sud après des tirs nocturnes.",
     "Gondar-Sud", "et-gondar-sud", 11.85, 38.02),
]


@pytest.mark.parametrize(("text", "written", "row", "lat", "lon"), ZONES)
def test_an_amhara_zone_is_found_at_its_seat(places_nlp, text, written, row, lat, lon) -> None:
    found = _at(places_nlp, text, written)
    assert found and found[0].kind == "region" and found[0].location.site_id == row, found
    loc = found[0].location
    assert (loc.country, loc.admin1, loc.precision) == ("ET", "Amhara", 3)
    assert km(lat, lon, loc.lat, loc.lon) <= 5


# (sentence, name as written, country, division): a name ending on a direction adjective is looked up whole
DIRECTION_ADJECTIVE = [
    ("Les paramilitaires ont incendié trois villages du Darfour occidental la semaine dernière.",
     "Darfour occidental", "SD", "West Darfur"),
    ("Les pluies ont coupé les routes de l'Équatoria occidental, au Soudan du Sud.",
     "Équatoria occidental", "SS", "Western Equatoria"),
    ("Des obus sont tombés sur plusieurs localités du Kordofan occidental, selon un médecin.",
     "Kordofan occidental", "SD", "West Kordofan"),
]


@pytest.mark.parametrize(("text", "written", "country", "admin1"), DIRECTION_ADJECTIVE)
def test_a_direction_adjective_ends_the_name_it_follows(places_nlp, text, written, country, admin1) -> None:
    found = _at(places_nlp, text, written)
    assert found and found[0].text == written, found
    assert (found[0].location.country, found[0].location.admin1) == (country, admin1)


# (sentence, name as written, country, division or None): a division named after a direction is the article's
# country's; French writes Cameroon's, Burkina Faso's and Haiti's divisions so
DIRECTION_DIVISIONS = [
    ("Des séparatistes ont attaqué une gendarmerie dans la région du Nord, au Cameroun, près de Garoua.",
     "Nord", "CM", "North"),
    ("Au Cameroun, des éleveurs ont été enlevés dans la région de l'Est, près de la frontière centrafricaine.",
     "Est", "CM", "East"),
    ("Le gouverneur de la région de l'Ouest a rencontré les chefs traditionnels de Bafoussam, au Cameroun.",
     "Ouest", "CM", "West"),
    ("Au Burkina Faso, des jihadistes ont attaqué un convoi dans la région de l'Est.",
     "Est", "BF", "Est"),
    ("Des gangs ont incendié des maisons dans le département de l'Ouest, en Haïti.",
     "Ouest", "HT", "Ouest"),
    # Burkina Faso has no region "Ouest": another country's division of that name is not meant
    ("Le convoi a quitté la région de l'Ouest, au Burkina Faso, sous escorte militaire.", "Ouest", "BF", None),
    # nor has Rwanda a province "Est" in the division data: no Burkinabè or Cameroonian region
    ("Des affrontements ont eu lieu dans la province de l'Est, au Rwanda, selon la police.", "Est", "RW", None),
]


@pytest.mark.parametrize(("text", "written", "country", "admin1"), DIRECTION_DIVISIONS)
def test_a_division_named_after_a_direction_is_the_articles_country(places_nlp, text, written, country,
                                                                    admin1) -> None:
    found = [m for m in _at(places_nlp, text, written) if m.kind in ("admin1", "admin2")]
    if admin1 is None:
        assert not found or all(m.location.country == country for m in found), found
    else:
        assert found and (found[0].location.country, found[0].location.admin1) == (country, admin1), found

"""Small towns as evidence of the article's country, own names before alternate ones, names an area apposition or a
division's chief town locates (sentinelle.places.context, resolve, located, province).

Every sentence is written for these tests, in the style of local reporting from several conflicts (Ukraine, Nigeria,
Iraq, Central African Republic, Mozambique, Mali, Benin); the villages a locator places are invented or absent from
the gazetteer, the towns around them are real. The expected country, division and point are read from the other
places of the sentence, never written here.
"""

from __future__ import annotations

import pytest
from places_lookup import find

# (sentence, a small town only its own country has under that name, the other town of the sentence)
# Before: no country is named and both towns are too small to seed the article's context, so the name was taken
# abroad by a near-spelling (Niou-York: a town of England) or dropped for lack of population (Zvanivka).
BESIDE_TOWNS_OF_ONE_COUNTRY = [
    ("Les combats ont repris près de Zalizne et de Niou-York.", "Niou-York", "Zalizne"),
    ("Des frappes ont visé Siversk et Zvanivka dans la nuit.", "Zvanivka", "Siversk"),
]


@pytest.mark.parametrize(("text", "written", "beside"), BESIDE_TOWNS_OF_ONE_COUNTRY)
def test_a_small_town_of_one_country_is_evidence_of_that_country(nlp, text, written, beside):
    other = find(nlp, text, beside)
    assert other is not None and other.location.country, f"{beside!r} is not found"
    got = find(nlp, text, written)
    assert got is not None, f"{written!r} is not found"
    assert got.kind == "city" and got.location.country == other.location.country


# (sentence, name): the town of that exact name, not a larger town of the same country that goes by it only among its
# other names ("Sofo-Birnin-Gwari" for the village of Birnin Gwari; a Kurdish city listed under an Arabic town's name)
OWN_NAME_FIRST = [
    ("Des bandits ont tué deux policiers à Birnin Gwari dans la nuit de dimanche.", "Birnin Gwari"),
    ("Un engin explosif a visé une patrouille à Daquq, selon la police.", "Daquq"),
]


@pytest.mark.parametrize(("text", "written"), OWN_NAME_FIRST)
def test_a_town_spelled_as_written_beats_one_known_by_it_among_other_names(nlp, text, written):
    got = find(nlp, text, written)
    assert got is not None, f"{written!r} is not found"
    assert got.kind == "city" and (got.location.place or "").replace("ā", "a").replace("ū", "u") == written


# (sentence, unknown village, the town whose unit the apposition names): the village after a bare verb, set off by a
# comma and the unit it lies in, is placed near that town (precision 2), its name kept
IN_AN_AREA = [
    ("Des hommes armés ont attaqué Boumbali, préfecture de Mobaye, selon la Minusca.", "Boumbali", "Mobaye"),
    ("Des rebelles ont incendié Kpokolo, préfecture de Bocaranga, dans la nuit de lundi.", "Kpokolo", "Bocaranga"),
    ("Les insurgés ont brûlé Nangololo, dans le district de Muidumbe, avant de se replier.", "Nangololo", "Muidumbe"),
    ("Des jihadistes ont attaqué Tinkoura, dans le cercle de Tominian, tuant deux gardiens.", "Tinkoura", "Tominian"),
]


@pytest.mark.parametrize(("text", "written", "town"), IN_AN_AREA)
def test_an_apposition_naming_the_unit_locates_a_village(nlp, text, written, town):
    y = find(nlp, text, town)
    assert y is not None and y.kind == "city", f"{town!r} is not found"
    got = find(nlp, text, written)
    assert got is not None, f"{written!r} is not placed"
    loc = got.location
    assert got.kind == "located" and loc.name == written and loc.precision == 2
    assert (loc.country, loc.lat, loc.lon) == (y.location.country, y.location.lat, y.location.lon)


# (sentence, unknown village after "à", the chief town a division cue names): the unit called after that town is the
# article's division, so the village lies in its province (precision 3), as when the province itself is named
IN_THE_UNITS_PROVINCE = [
    ("Note de la préfecture de Bocaranga : les déplacés arrivés à Kpokolo ont reçu des vivres.", "Kpokolo",
     "Bocaranga"),
    ("Communiqué de la préfecture de Kandi : les cours sont suspendus à Gbessaré jusqu'à nouvel ordre.", "Gbessaré",
     "Kandi"),
    ("Communiqué du cercle de Tominian : les pirogues ne circulent plus à Togoro.", "Togoro", "Tominian"),
]


@pytest.mark.parametrize(("text", "written", "town"), IN_THE_UNITS_PROVINCE)
def test_a_division_named_after_its_town_is_the_articles_province(nlp, text, written, town):
    y = find(nlp, text, town)
    assert y is not None and y.location.admin1, f"{town!r} is not found"
    got = find(nlp, text, written)
    assert got is not None, f"{written!r} is not placed"
    loc = got.location
    assert got.kind == "located" and loc.name == written and loc.precision == 3
    assert (loc.country, loc.admin1) == (y.location.country, y.location.admin1)


# A person's name set off by a comma before the region he is in is no village (two capitalised words, or a title)
NOT_A_PLACE = [
    ("Moussa Diallo, dans la région de Kayes, a été arrêté.", "Diallo"),
    ("Le colonel Tamboura, dans la région de Kayes, a démenti toute attaque.", "Tamboura"),
]


@pytest.mark.parametrize(("text", "written"), NOT_A_PLACE)
def test_a_person_before_an_area_apposition_is_no_place(nlp, text, written):
    assert find(nlp, text, written) is None


# (sentence, town): right after "à", in an article that names no country, a town of a country at war spelled exactly
# as its own name, which GeoNames records with no population: before, it was dropped, or taken abroad by a town of
# another spelling (Oursi: a village of Romania)
FRONT_LINE_TOWNS = [
    ("Un obus est tombé à Staromaiorske.", "Staromaiorske"),
    ("Des obus sont tombés à Zvanivka.", "Zvanivka"),
    ("Des hommes armés ont incendié le marché à Oursi.", "Oursi"),
    ("Une frappe aérienne a touché une maison à Taftanaz.", "Taftanaz"),
    ("Des affrontements ont été signalés à Majzar.", "Majzar"),
    ("Des combats ont éclaté à Adado.", "Adado"),
]


@pytest.mark.parametrize(("text", "written"), FRONT_LINE_TOWNS)
def test_a_front_line_town_of_no_recorded_population_is_kept(nlp, text, written):
    got = find(nlp, text, written)
    assert got is not None, f"{written!r} is not found"
    assert got.kind == "city" and got.location.precision == 1 and got.location.country
    from sentinelle.places.data import load_conflict_prior

    assert load_conflict_prior().get(got.location.country, 0.0) >= 1.0


# (sentence, commune, the division the sentence names): a commune named by its council or its mayor is introduced as
# a place, so the article's one province takes it when nothing else locates it
COUNCILS = [
    ("Le maire de Dianké a été enlevé par des hommes armés, selon un élu de la région de Kayes.", "Dianké", "Kayes"),
    ("Procès-verbal du conseil municipal de Dianké : les éleveurs ont été attaqués à Kessé, dans le cercle de "
     "Tominian.", "Dianké", "Tominian"),
]


@pytest.mark.parametrize(("text", "written", "division"), COUNCILS)
def test_a_commune_named_by_its_council_is_in_the_articles_province(nlp, text, written, division):
    y = find(nlp, text, division)
    assert y is not None and y.location.admin1, f"{division!r} is not found"
    got = find(nlp, text, written)
    assert got is not None, f"{written!r} is not placed"
    assert got.kind == "located" and got.location.name == written and got.location.precision == 3
    assert (got.location.country, got.location.admin1) == (y.location.country, y.location.admin1)


def test_a_two_word_name_met_only_by_its_skeleton_is_the_one_town_of_a_country_at_war(nlp):
    # "Bur Hakabo" for Buurhakaba (Bay, Somalia): no spelling of its own, one town by its consonants; before, its
    # first word was read as another Somali town's alternate name
    text = "Des combats ont éclaté à Bur Hakabo dans la nuit."
    got = find(nlp, text, "Bur Hakabo")
    assert got is not None and got.text == "Bur Hakabo" and got.kind == "city"
    assert got.location.country == "SO" and got.location.place != "Bur Hakabo"

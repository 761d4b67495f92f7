"""Places the gazetteer lacks, located from the words around them (sentinelle.places.located).

Every sentence is written for these tests in the style of wire and local reporting from many
conflicts; the village names are invented (so that no gazetteer knows them), the towns and
provinces that locate them are real.
"""

from __future__ import annotations

import math

import pytest

from sentinelle.places.located import locators

# (sentence, unknown names, place that locates them, precision)
LOCATED = [
    # Mali: a village in a cercle
    ("Des hommes armés ont tué cinq civils dimanche dans le village de Sinkolobé, dans le cercle de Douentza.",
     ["Sinkolobé"], "Douentza", 2),
    # Burkina Faso: a distance from a town
    ("Quatre civils ont été tués lundi à Koumbalgouri, à 12 km de Djibo, au Burkina Faso.",
     ["Koumbalgouri"], "Djibo", 2),
    # Nigeria: an apposition "une localité du nord de"
    ("Les insurgés ont incendié mardi Gwandaramti, une localité du nord de l'État de Borno, au Nigeria.",
     ["Gwandaramti"], "Borno", 3),
    # Somalia: "à X, dans la région de Y"
    ("En Somalie, les shebab ont attaqué jeudi une base à Dhusoleeyo, dans la région de Bay.",
     ["Dhusoleeyo"], "Bay", 3),
    # Syria: a list of villages located together
    ("Les frappes ont visé mardi les villages de Hazimat Tarsh, Jdeidat Qurmash et les environs de Kharbet Ghazwal "
     "dans la campagne de Deir ez-Zor.", ["Hazimat Tarsh", "Jdeidat Qurmash", "Kharbet Ghazwal"], "Deir ez-Zor", 2),
    # Lebanon: "près de"
    ("Une frappe de drone a visé mercredi une voiture à Ain Qantarat, près de Nabatieh, au Liban.",
     ["Ain Qantarat"], "Nabatieh", 2),
    # Colombia: a hamlet in a municipality
    ("Une mine a explosé vendredi près du hameau de La Cumbrerita, dans la commune de Tame, en Colombie.",
     ["La Cumbrerita"], "Tame", 2),
    # Iraq: "au sud de"
    ("Un engin explosif a sauté samedi à Qaryat Sultanah, au sud de Kirkouk.", ["Qaryat Sultanah"], "Kirkouk", 2),
    # DR Congo: two villages and a territory in apposition
    ("Les ADF ont tué dix civils lundi dans les villages de Mabukululu et de Kisimbaka, territoire de Beni.",
     ["Mabukululu", "Kisimbaka"], "Beni", 2),
    # Cameroon: "X (Y)"
    ("Boko Haram a attaqué dans la nuit le village de Ngoulmakari (Mora), dans l'Extrême-Nord du Cameroun.",
     ["Ngoulmakari"], "Mora", 2),
    # DR Congo: a police station named with its town, the province after a locative article
    ("Les rebelles ont pris mardi le commissariat de Rubayana, dans le Nord-Kivu.", ["Rubayana"], "Nord-Kivu", 3),
    # Niger: a prison named with an adjective between the cue and the name
    ("Des combattants ont attaqué vendredi la prison centrale de Koutoukalané, près de Niamey.", ["Koutoukalané"],
     "Niamey", 2),
    # Mali: "de la commune de", no comma
    ("Des hommes armés ont tué cinq civils dimanche dans le village de Sinkolobé de la commune de Douentza.",
     ["Sinkolobé"], "Douentza", 2),
    # Mozambique: a village in a district
    ("Les insurgés ont décapité trois hommes dans le village de Nangololo, dans le district de Mueda.",
     ["Nangololo"], "Mueda", 2),
    # Iraq: a sub-district introduced by its cue, its province after a bare "à"
    ("Une bombe a tué un soldat vendredi dans le sous-district d'Al-Qaraghol à Diyala.", ["Al-Qaraghol"], "Diyala", 3),
    # Baghdad: a district of the capital, "à" + the city
    ("Deux policiers ont été blessés par un engin explosif dans le quartier de Hay al-Amel à Bagdad.",
     ["Hay al-Amel"], "Bagdad", 2),
    # DR Congo: a village "en" a province
    ("Des miliciens ont attaqué le village de Lopanzi en Ituri dimanche.", ["Lopanzi"], "Ituri", 3),
    # Iraq, DR Congo, Central African Republic: one adjective qualifies the area of the apposition ("district
    # montagneux du", "groupement agricole du", "sous-préfecture frontalière de")
    ("Des frappes de drones turcs ont visé mardi les environs de Qandil Dolkan, district montagneux du nord du "
     "Kurdistan irakien, tuant deux combattants.", ["Qandil Dolkan"], "nord du Kurdistan", 3),
    ("Les FARDC ont affronté samedi les rebelles à Bambo, groupement agricole du territoire de Rutshuru, selon des "
     "sources locales.", ["Bambo"], "Rutshuru", 2),
    ("Des hommes armés ont attaqué mardi Ndiffa, sous-préfecture frontalière de la préfecture de la Haute-Kotto, "
     "tuant trois civils.", ["Ndiffa"], "Haute-Kotto", 3),
]


@pytest.mark.parametrize(("sentence", "names", "locator", "precision"), LOCATED)
def test_unknown_place_is_located_from_its_context(nlp, sentence, names, locator, precision):
    doc = nlp(sentence)
    by_text = {p.text: p for p in doc._.place_mentions}
    where = by_text.get(locator)
    assert where is not None, f"the locating place {locator!r} is not found: {sorted(by_text)}"
    for name in names:
        found = by_text.get(name)
        assert found is not None, f"{name!r} is not located: {sorted(by_text)}"
        loc = found.location
        assert found.kind == "located" and loc.name == name and loc.precision == precision
        # (at the town that locates it; a village placed only by its division lies at the division's centre, not
        # at the division's point, its seat, where an event told by the division alone is placed)
        point = _centre_of(where) if where.kind in ("admin1", "admin2") else (where.location.lat, where.location.lon)
        assert (loc.lat, loc.lon, loc.country, loc.admin1) == (*point, where.location.country, where.location.admin1)


def _centre_of(division) -> tuple[float, float]:
    from sentinelle.places.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    country = division.location.country
    entry = next(d for d in [*gazetteer.divisions(country), *gazetteer.second_level(country)]
                 if d.name == division.location.place)
    return entry.centre


# the sentences whose incident words the events stage types
EVENT_CASES = [c for c in LOCATED if "commissariat" not in c[0] and "prison" not in c[0]]


@pytest.mark.parametrize(("sentence", "names", "locator", "precision"), EVENT_CASES)
def test_one_event_per_located_place(nlp, sentence, names, locator, precision):
    events = nlp(sentence)._.events
    assert sorted(e.location.name for e in events) == sorted(names), [e.location for e in events]


NOT_LOCATED = [
    # a person after "à" with no locating words
    "Le ministre a rendu hommage lundi à Moussa Kolbéri, tué dans l'attaque de Djibo.",
    # two known towns listed: nothing to locate
    "Des affrontements ont éclaté à Gao, Ménaka et Tombouctou.",
    # a capitalised word that opens a sentence
    "Kolbérina a été attaquée, selon un habitant de Djibo.",
    # "à" after a name no cue introduces: a person, not a place
    "Le général Kantiomo à Ouagadougou a annoncé une attaque contre un poste militaire.",
]


@pytest.mark.parametrize("sentence", NOT_LOCATED)
def test_no_place_without_locating_words(nlp, sentence):
    assert not [p for p in nlp(sentence)._.place_mentions if p.kind == "located"]


def test_a_name_located_once_is_located_everywhere(nlp):
    doc = nlp("Au moins 14 civils ont été tués jeudi à Kolbéri, un village de la commune de Pissila. "
              "« Un groupe armé a attaqué le village de Kolbéri », a déclaré un habitant de Kaya.")
    located = [p for p in doc._.place_mentions if p.kind == "located"]
    assert [p.text for p in located] == ["Kolbéri", "Kolbéri"]
    assert [e.location.name for e in doc._.events] == ["Kolbéri"]


def test_a_stated_distance_and_direction_moves_the_point(nlp):
    doc = nlp("Les assaillants ont visé mardi une position de l'armée à Tondikwari, à 90 km au sud-ouest de Niamey.")
    by_text = {p.text: p.location for p in doc._.place_mentions}
    town, village = by_text["Niamey"], by_text["Tondikwari"]
    dlat = (town.lat - village.lat) * 111.0
    dlon = (town.lon - village.lon) * 111.0 * math.cos(math.radians(town.lat))
    assert village.precision == 2 and dlat > 0 and dlon > 0
    assert abs(math.hypot(dlat, dlon) - 90) < 2


def test_far_without_direction_only_the_area_is_known(nlp):
    doc = nlp("Les assaillants ont visé mardi une position de l'armée à Tondikwari, à une quarantaine de kilomètres de "
              "Tillabéri.")
    village = next(p for p in doc._.place_mentions if p.text == "Tondikwari")
    assert village.location.precision == 3


def test_a_multi_word_name_is_not_cut_to_its_known_tail(nlp):
    doc = nlp("Les insurgés ont attaqué le village de Mocimboa da Praia au Mozambique.")
    assert [(p.text, p.location.country) for p in doc._.place_mentions] == [
        ("Mocimboa da Praia", "MZ"), ("Mozambique", "MZ")]
    doc = nlp("Une frappe de drone a visé mercredi une voiture à Ain Qantarat, au Liban.")
    assert all(p.location.country == "LB" for p in doc._.place_mentions)


@pytest.mark.parametrize(("between", "locates"), [
    (" de la commune de ", True), (" du cercle de ", True), (", au ", True),
    (", dans la commune de ", True), (" dans la province du ", True), (", à 30 km de ", True),
    (", à une dizaine de kilomètres au sud-est d’", True), (" (", True), (", une localité du nord de ", True),
    (", au sud de ", True), (", près de ", True), (" dans la campagne de ", True), (", territoire de ", True),
    (", village de la commune de ", True), (", une localité du nord de l'État de ", True),
    (", district montagneux du ", True), (", sous-préfecture frontalière de la préfecture de ", True),
    (", ", False), (" ", False), (", et ", False), (" a attaqué ", False),
])
def test_locator_phrases(between, locates):
    assert bool(locators("fr").between.match(between)) is locates


def test_a_homonym_the_words_place_elsewhere_is_the_village_of_that_province(nlp):
    # the gazetteer's Nyaung Gon is in Yangon; the words place this one in Sagaing, and so does its second mention
    doc = nlp("Une frappe aérienne a tué neuf civils mardi dans le village de Nyaung Kone, dans le nord de la région "
              "de Sagaing, en Birmanie. Les habitants de Nyaung Kone ont fui.")
    found = [(p.text, p.kind, p.location.admin1) for p in doc._.place_mentions if p.text == "Nyaung Kone"]
    assert found == [("Nyaung Kone", "located", "Sagaing")] * 2


# Names a settlement cue calls places, with no locator, listed in one sentence with known towns of one area
# (a raid on several villages): they lie among those towns, at precision 2.
NEIGHBOURHOOD = [
    # Lebanon: a nationality adjective between the cue and its "de", two known towns further on
    ("Des frappes israéliennes ont visé les villages libanais de Beit Laqqis et Jbal Tarsha, ainsi que Khiam et "
     "Kfar Kila.", ["Beit Laqqis", "Jbal Tarsha"], ["Khiam", "Kfar Kila"]),
    # Nigeria: a municipality and two towns of Borno
    ("Les insurgés ont incendié la localité de Ngawtimari, puis Dikwa et Marte dans la soirée.",
     ["Ngawtimari"], ["Dikwa", "Marte"]),
    # Lebanon: no cue, but listed with known villages ("plusieurs localités, notamment X, Y et Z")
    ("L'artillerie a pilonné plusieurs localités frontalières, notamment Khirbet Selmaya, Khiam et Kfar Kila.",
     ["Khirbet Selmaya"], ["Khiam", "Kfar Kila"]),
    # DR Congo: villages of Ituri listed with Bunia and Djugu
    ("Des miliciens ont attaqué les villages de Lodjo et Ngangabo, ainsi que Bunia et Djugu, lundi.",
     ["Lodjo", "Ngangabo"], ["Bunia", "Djugu"]),
]


@pytest.mark.parametrize(("sentence", "names", "towns"), NEIGHBOURHOOD)
def test_names_listed_with_known_towns_lie_among_them(nlp, sentence, names, towns):
    by_text = {p.text: p for p in nlp(sentence)._.place_mentions}
    known = [by_text[t].location for t in towns]
    for name in names:
        loc = by_text[name].location
        assert by_text[name].kind == "located" and loc.precision == 2 and loc.country == known[0].country
        assert loc.place == name  # the point is no town's: the place is the name as written
        assert loc.lat == pytest.approx(sum(k.lat for k in known) / len(known), abs=1e-3)
        assert loc.lon == pytest.approx(sum(k.lon for k in known) / len(known), abs=1e-3)


def test_one_town_is_what_a_distance_is_measured_from_not_a_neighbourhood(nlp):
    doc = nlp("Une mine a explosé près du village de Tabankort-Nord, à 60 km de Gao.")
    village = next(p for p in doc._.place_mentions if p.text == "Tabankort-Nord")
    assert village.location.precision == 3  # far, and no direction: only Gao's region is known


def test_towns_of_two_countries_are_no_neighbourhood(nlp):
    doc = nlp("Des frappes ont visé le village de Ngarbouli, ainsi que Maiduguri et Niamey.")
    assert "Ngarbouli" not in {p.text for p in doc._.place_mentions}


def test_a_nationality_in_the_cue_is_the_country_of_the_place(nlp):
    # "la ville syrienne de X" is no town of another country that shares a spelling
    doc = nlp("Une voiture piégée a explosé dans la ville syrienne d'Azaz, près de la frontière.")
    assert [(p.text, p.location.country) for p in doc._.place_mentions] == [("Azaz", "SY")]
    doc = nlp("Les raids ont frappé les villages libanais de Tayr Debba et de Srifa.")
    assert all(p.location.country == "LB" for p in doc._.place_mentions)


def test_a_settlement_apposition_may_carry_an_adjective_and_a_distance(nlp):
    doc = nlp("Une voiture piégée a explosé vendredi à Beit Sahem al-Gharbi, une localité rebelle à 40 km au "
              "nord-ouest de Damas.")
    village = next(p for p in doc._.place_mentions if p.text == "Beit Sahem al-Gharbi")
    town = next(p for p in doc._.place_mentions if p.text == "Damas")
    assert village.kind == "located" and village.location.precision == 2
    assert village.location.lat > town.location.lat and village.location.lon < town.location.lon


@pytest.mark.parametrize(("sentence", "name", "locator"), [
    # Mali: a village named like a Ugandan town, placed by its region
    ("Au Mali, des hommes armés ont attaqué lundi le village de Kira, dans la région de Ségou.", "Kira", "Ségou"),
])
def test_a_foreign_homonym_the_words_place_in_another_country_is_the_local_village(nlp, sentence, name, locator):
    by_text = {p.text: p for p in nlp(sentence)._.place_mentions}
    assert by_text[name].kind == "located"
    assert by_text[name].location.country == by_text[locator].location.country


def test_a_locator_alone_in_its_country_does_not_move_a_town(nlp):
    # the locating name may itself be a homonym: only the article's other places make its country credible
    doc = nlp("Des hommes armés ont attaqué lundi le village de Kira, dans la région de Ségou.")
    assert {p.text: p.kind for p in doc._.place_mentions}.get("Kira") != "located"


# Local units and settlement words of several conflicts (sentence, unknown name, the place that locates it)
LOCAL_UNITS = [
    # Haiti: a communal section, in apposition without an article
    ("Des bandits ont incendié des maisons à Bois-Vincent, section communale de Saint-Marc, selon la police.",
     "Bois-Vincent", "Saint-Marc"),
    # Colombia: a vereda of a municipality
    ("Une mine a tué deux soldats à Las Brisitas, vereda de Tame, dans le département d'Arauca.", "Las Brisitas",
     "Tame"),
    # Ukraine: a territorial community (hromada)
    ("Un drone a frappé un entrepôt à Vilkhivka-Druha, dans la communauté territoriale de Kharkiv.",
     "Vilkhivka-Druha", "Kharkiv"),
    # Mali: a herders' camp, a distance and a direction
    ("Des assaillants ont tué six bergers au campement de Tin-Ezzaouatène, à 40 km au nord-est de Ménaka.",
     "Tin-Ezzaouatène", "Ménaka"),
    # Burkina Faso: a rural commune
    ("Des hommes armés ont tué trois orpailleurs à Tialkamé, dans la commune rurale de Djibo.", "Tialkamé", "Djibo"),
    # Syria: a hamlet east of a town
    ("Un drone turc a frappé une maison à Tell Zahabiyé, un hameau à l'est d'Amouda.", "Tell Zahabiyé", "Amouda"),
]


@pytest.mark.parametrize(("sentence", "name", "locator"), LOCAL_UNITS)
def test_local_units_and_settlement_words_locate(nlp, sentence, name, locator):
    by_text = {p.text: p for p in nlp(sentence)._.place_mentions}
    where, found = by_text.get(locator), by_text.get(name)
    assert where is not None and found is not None and found.kind == "located", sorted(by_text)
    assert (found.location.country, found.location.admin1) == (where.location.country, where.location.admin1)
    assert found.location.name == name and found.location.precision == 2


# A village with its second-level division in a parenthesis, in a list (Burkina Faso's provinces) or after "à"
BRACKETED = [
    ("Bilan de la semaine au Burkina Faso : Lanfiéra (Sourou), quatre morts ; Tankougounadié (Gnagna), deux blessés.",
     ["Lanfiéra", "Tankougounadié"], ["Sourou", "Gnagna"]),
    ("Des hommes armés ont tué six civils à Sikiré (Soum), au Burkina Faso.", ["Sikiré"], ["Soum"]),
]


@pytest.mark.parametrize(("sentence", "names", "provinces"), BRACKETED)
def test_a_village_is_in_the_province_its_parenthesis_names(nlp, sentence, names, provinces):
    by_text = {p.text: p for p in nlp(sentence)._.place_mentions}
    for name, province in zip(names, provinces, strict=True):
        where, found = by_text.get(province), by_text.get(name)
        assert where is not None and where.kind == "admin2", sorted(by_text)
        assert found is not None and found.kind == "located" and found.location.precision == 3
        assert (found.location.country, found.location.admin1) == (where.location.country, where.location.admin1)


def test_a_group_named_with_its_area_is_no_village(nlp):
    mentions = nlp("Ansaroul Islam (Soum) a revendiqué l'attaque, au Burkina Faso.")._.place_mentions
    assert not [m for m in mentions if m.kind == "located"]


@pytest.mark.parametrize(("sentence", "name", "town"), [
    # Central African Republic: a mining site, with a distance and a direction from a town
    ("Selon la Mission, trois civils ont été tués le 2 mai à Ngoubi-Kota, un site aurifère situé à une cinquantaine "
     "de kilomètres à l'ouest de Bria, par des combattants armés.", "Ngoubi-Kota", "Bria"),
    # Chad: a site of displaced people, near a town
    ("Au Tchad, deux déplacés ont été tués samedi à Kidjiri-Gana, un site situé près de Bol, selon une ONG.",
     "Kidjiri-Gana", "Bol"),
])
def test_a_site_in_apposition_is_located_near_its_town(nlp, sentence, name, town):
    by_text = {p.text: p for p in nlp(sentence)._.place_mentions}
    assert name in by_text and town in by_text, sorted(by_text)
    site, near = by_text[name].location, by_text[town].location
    assert by_text[name].kind == "located" and site.precision == 2 and site.admin1 == near.admin1


@pytest.mark.parametrize(("sentence", "name", "first", "second"), [
    # Sudan: a village on the road between two towns, near the middle of the road, not at its first end
    ("Les FSR ont annoncé mardi la prise d'Oum-Sayala-Gharb, une localité située sur la route reliant Kosti à "
     "Tendelti, après de violents combats.", "Oum-Sayala-Gharb", "Kosti", "Tendelti"),
    # Chad: "sur l'axe reliant A à B"
    ("Les rebelles ont revendiqué jeudi la prise de Hamra-Sheikh, un village situé sur l'axe reliant Mongo à "
     "Abéché, après des combats avec l'armée.", "Hamra-Sheikh", "Mongo", "Abéché"),
])
def test_a_place_on_the_road_between_two_towns_is_near_the_middle(nlp, sentence, name, first, second):
    by_text = {p.text: p for p in nlp(sentence)._.place_mentions}
    assert {name, first, second} <= set(by_text), sorted(by_text)
    loc, a, b = by_text[name].location, by_text[first].location, by_text[second].location
    assert by_text[name].kind == "located" and loc.name == name and loc.precision == 2
    assert min(a.lat, b.lat) < loc.lat < max(a.lat, b.lat) or min(a.lon, b.lon) < loc.lon < max(a.lon, b.lon)


def test_a_site_far_from_a_town_with_no_direction_is_in_its_province(nlp):
    doc = nlp("Au moins cinq civils ont été tués le 16 juin à Ngoubi-Kota, un site minier situé à une soixantaine de "
              "kilomètres de Bria, par des combattants.")
    by_text = {p.text: p for p in doc._.place_mentions}
    site, town = by_text["Ngoubi-Kota"].location, by_text["Bria"].location
    assert (site.precision, site.admin1) == (3, town.admin1)


def test_a_road_end_may_keep_its_arabic_article(nlp):
    # Sudan: "reliant En X à Y", the gazetteer's town without its article
    doc = nlp("Les FSR ont pris mercredi Oum-Sayala-Gharb, une localité située sur la route reliant En Nahud à "
              "Kosti, selon des habitants.")
    site = next(p for p in doc._.place_mentions if p.text == "Oum-Sayala-Gharb")
    assert site.kind == "located" and site.location.precision == 2

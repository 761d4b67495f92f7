"""Villages no gazetteer holds (events/carry.py, events/assemble.py, places/province.py, events/sentence_scope.py):
each keeps its own incident, at the province its words support (precision 3, its name as written), never the town
another paragraph names, the capital a government speaks from or the town of a statement's issuer. Sentences
written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle
from sentinelle.events.geo import same_place
from sentinelle.model import Location, PlaceMention


def _events(text: str, published: str = "2026-03-13"):
    return sentinelle.extract(text, published=published, relevance_gate=False).events


def _at(events, name: str):
    return [e for e in events if e.location is not None and e.location.name == name]


@pytest.mark.parametrize(("text", "name", "admin1", "dead"), [
    # DR Congo: the village's paragraph names a town of North Kivu (a source's), the next paragraph South Kivu
    ("Des rebelles ADF ont tué six civils lundi à Bakwandi, selon la société civile de Butembo.\n\n"
     "Au Sud-Kivu, des combats ont opposé mardi l'armée aux rebelles du M23 près de Minova.",
     "Bakwandi", "Nord-Kivu", 6),
    # Mozambique: Cabo Delgado in the village's paragraph, Niassa in the next
    ("Des insurgés ont attaqué dimanche une position de l'armée à Mocímboa da Praia, selon des sources "
     "sécuritaires.\n\nLundi, dans le village de Lutsinga, les insurgés ont décapité deux hommes, a indiqué un "
     "habitant de Macomia.\n\nDans la province voisine de Niassa, des hommes armés ont incendié mercredi plusieurs "
     "maisons à Mecula.",
     "Lutsinga", "Cabo Delgado", 2),
    # Haiti: the village named in the sentence before the toll, which told how they came; the headline's department
    ("Haïti : des gangs attaquent une commune de l'Artibonite\n\nSamedi, des membres du gang Gran Grif ont pris "
     "d'assaut la localité de Bois-Marmelade. Ils ont tué au moins huit personnes et incendié une dizaine de "
     "maisons, selon un responsable de la mairie.\n\nDimanche, la police a affronté des membres d'un autre gang à "
     "Croix-des-Bouquets, dans l'Ouest.",
     "Bois-Marmelade", "Artibonite", 8),
])
def test_an_unknown_village_is_placed_in_the_province_its_words_name(text, name, admin1, dead):
    events = _events(text)
    found = _at(events, name)
    # (a destruction told with the killing is an event of its own, at the same place)
    assert {(e.location.admin1, e.location.precision) for e in found} == {(admin1, 3)} \
        and [e.fatalities for e in found if e.fatalities] == [dead], \
        [(e.sub_event_type, e.location.name, e.location.admin1, e.fatalities) for e in events]


@pytest.mark.parametrize(("text", "village", "other"), [
    # Nigeria: a police patrol attacked at a village the same day as air strikes in the neighbouring state
    ("Katsina : une patrouille de police attaquée\n\nLundi, des bandits ont attaqué une patrouille de la police à "
     "Kadawa, tuant deux agents, selon la police de l'État de Katsina.\n\nDans l'État voisin de Zamfara, l'armée de "
     "l'air a annoncé lundi avoir bombardé des camps de bandits près de Tsafe.",
     "Kadawa", "Tsafe"),
    # Nigeria: the village told the day before, in the sentence before the toll; the strike the next day elsewhere
    ("Dimanche soir, des dizaines d'hommes armés à moto ont envahi le village de Dankurmi. Ils ont abattu onze "
     "habitants, selon un élu local.\n\nDans l'État de Zamfara, l'armée de l'air a annoncé lundi avoir bombardé des "
     "camps de bandits près de Tsafe, tuant une trentaine de bandits.",
     "Dankurmi", "Tsafe"),
])
def test_an_unknown_village_does_not_join_the_incident_of_a_named_town(text, village, other):
    events = _events(text)
    assert _at(events, village) and _at(events, other), \
        [(e.sub_event_type, e.location.name if e.location else None, e.fatalities) for e in events]
    # the town's incident keeps its own kind and toll: the village's dead are not its
    assert all(e.fatalities != 11 and e.fatalities != 2 for e in _at(events, other))


@pytest.mark.parametrize("text", [
    # Nigeria: the capital the government speaks from is no place of the incident, nor does it say the province
    "Des hommes armés ont tué six civils mardi dans le village de Dankurmi, a annoncé le gouvernement à Abuja.\n\n"
    "À Damaturu, une patrouille de l'armée a sauté jeudi sur un engin explosif, selon une source sécuritaire.",
])
def test_a_capital_alone_places_nothing(text):
    events = _events(text)
    assert not _at(events, "Abuja") and not _at(events, "Dankurmi"), \
        [(e.sub_event_type, e.location.name if e.location else None) for e in events]


def test_a_statements_issuer_is_not_the_place_of_the_incident():
    # DR Congo: a diocese condemns a massacre at a parish of a village; the diocese's town is not where it was
    text = ("Le diocèse de Bukavu condamne l'attaque contre la paroisse de Kisiraboko\n\n"
            "BUKAVU, 10 mars 2026 – Le diocèse catholique de Bukavu a publié mardi un communiqué pour dénoncer le massacre "
            "de fidèles dans la paroisse de Kisiraboko.\n\nDans la nuit de samedi à dimanche, des hommes armés ont fait "
            "irruption dans l'église de Kisiraboko pendant la veillée de prière. Cinq fidèles ont été tués, selon le "
            "diocèse.")
    events = _events(text, "2026-03-10")
    assert not [e for e in events if e.location and e.location.place == "Bukavu"], \
        [(e.location.name, e.location.place) for e in events if e.location]
    assert [e.fatalities for e in _at(events, "Kisiraboko") if e.fatalities] == [5]


def _place(text: str, kind: str, precision: int, lat: float, lon: float) -> PlaceMention:
    loc = Location(name=text, place=text, country="CD", admin1="Nord-Kivu", lat=lat, lon=lon, precision=precision)
    return PlaceMention(start=0, end=len(text), text=text, kind=kind, location=loc)


@pytest.mark.parametrize(("village", "town", "same"), [
    # a village placed at its province's centroid is not a town of that province told near ("près de Y", p2)
    ("Kisiraboko", "Lubero", False),
    # one letter away: the same town misspelt
    ("Lubera", "Lubero", True),
])
def test_a_village_placed_in_its_province_is_no_named_town(village, town, same):
    a = _place(village, "located", 3, -0.7, 29.2)
    b = _place(town, "city", 2, -0.15, 29.24)
    assert same_place(a, b) is same and same_place(b, a) is same


@pytest.mark.parametrize(("text", "village", "admin1", "other"), [
    # DR Congo: the clash near a town, then a drone strike at a village no gazetteer holds
    ("Au Nord-Kivu, de violents combats ont opposé lundi l'armée aux rebelles près de Lubero. Selon une radio locale, "
     "un drone aurait frappé lundi soir une position de l'armée à Kisimbalo, faisant deux blessés.\n\nEn Ituri, la "
     "situation reste calme à Mahagi.", "Kisimbalo", "Nord-Kivu", "Lubero"),
    # Burkina Faso: a convoy attacked near a town, an air strike on a camp at an unknown village
    ("Dans la région du Sahel, des jihadistes ont attaqué dimanche un convoi près de Dori. Un drone de l'armée a frappé "
     "dimanche soir un campement à Tiabongou, tuant plusieurs assaillants.\n\nDans le Centre-Nord, le calme est revenu "
     "à Kaya.", "Tiabongou", "Sahel", "Dori"),
    # Cameroon: a police post attacked in a town, a roadside bomb at a village
    ("Dans la région du Nord-Ouest, des séparatistes ont attaqué mardi un poste de police à Ndop. Un engin explosif a "
     "détruit mardi soir un véhicule militaire à Bamessingué, selon une source sécuritaire.\n\nDans le Sud-Ouest, les "
     "écoles ont rouvert à Kumba.", "Bamessingué", "Northwest", "Ndop"),
])
def test_a_sentence_naming_its_own_unknown_village_takes_no_other_town(text, village, admin1, other):
    events = _events(text)
    found = _at(events, village)
    assert [(e.location.admin1, e.location.precision) for e in found] == [(admin1, 3)], \
        [(e.sub_event_type, e.location.name, e.location.admin1) for e in events]
    # the town of the sentence before keeps its own incident, and only it
    assert len(_at(events, other)) == 1


@pytest.mark.parametrize(("text", "names", "admin1"), [
    # Mozambique: an interview gathered in the capital, which the government speaks from again; the other places lie in
    # one province, where the village and its unknown district are
    ("Chercheuse spécialiste du Mozambique, elle analyse pour nous la situation dans la province de Cabo Delgado.\n\n"
     "Propos recueillis à Maputo\n\n— Le 4 mai, un camp militaire a été attaqué à Namalika, dans le district de Nkumbe. "
     "Que s'est-il passé ?\n\n— L'état-major a reconnu huit soldats tués. Maputo affirme avoir neutralisé une vingtaine "
     "d'insurgés près de Macomia.", ("Namalika", "Nkumbe"), "Cabo Delgado"),
    # Nigeria: the same with a local government area
    ("Chercheur spécialiste du Nigeria, il analyse pour nous la situation dans l'État de Borno.\n\nPropos recueillis à "
     "Abuja\n\n— Le 4 mai, une base de l'armée a été attaquée à Kindjira, dans la zone de gouvernement local de Foukara. "
     "Que s'est-il passé ?\n\n— L'état-major a reconnu onze soldats tués. Abuja affirme avoir neutralisé une quarantaine "
     "de terroristes près de Gwoza.", ("Kindjira", "Foukara"), "Borno"),
])
def test_a_village_is_placed_in_the_province_beside_the_capital(text, names, admin1):
    events = _events(text, "2026-05-10")
    assert [(e.location.admin1, e.location.precision) for e in events if e.location.name in names] == [(admin1, 3)], \
        [(e.sub_event_type, e.location.name, e.location.admin1) for e in events]

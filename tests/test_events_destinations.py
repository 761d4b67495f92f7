"""Where victims were taken, or where people fled, is not where the incident happened
(sentinelle.events.destinations).

Sentences written for these tests, from several conflicts.
"""

from __future__ import annotations

import pytest

from sentinelle.events.destinations import fled_to, taken_to_care


@pytest.mark.parametrize(("sentence", "place", "taken"), [
    # Mali: evacuated towards a regional hospital
    ("Dix personnes blessées ont été évacuées vers l'hôpital régional de Mopti.", "Mopti", True),
    # Nigeria: "pris en charge à"
    ("Ces dernières sont actuellement prises en charge à l'hôpital de Kano, a précisé le porte-parole.", "Kano", True),
    # DR Congo: the morgue
    ("Les corps ont été transportés à la morgue de Goma.", "Goma", True),
    # Ituri: died at hospital
    ("Trois blessés sont décédés à l'hôpital de Bunia.", "Bunia", True),
    # Yemen: a strike on the hospital is there
    ("Une frappe a touché l'hôpital de Saada samedi.", "Saada", False),
    # Burkina Faso: an attack on a health centre is there ("centre de santé", not any "centre")
    ("Des hommes armés ont attaqué le centre de santé de Djibo.", "Djibo", False),
    # DR Congo: "arrivés jusqu'au centre de la cité" is no care site
    ("Les assaillants étaient arrivés jusqu'au centre de la cité de Beni, tuant trois civils.", "Beni", False),
])
def test_a_care_site_victims_were_taken_to(nlp, sentence, place, taken):
    doc = nlp(sentence)
    start = sentence.index(place)
    assert taken_to_care(doc.char_span(start, start + len(place)), "fr") is taken


@pytest.mark.parametrize(("text", "place", "elsewhere"), [
    # Burkina Faso: the toll told with the hospital that received the wounded
    ("Des hommes armés ont attaqué lundi un village près de Titao, dans le nord du pays. Neuf personnes ont été "
     "tuées et dix blessés ont été évacués vers l'hôpital régional de Ouahigouya.", "Titao", "Ouahigouya"),
    # Nigeria: the wounded taken to a city's hospital
    ("Des hommes armés ont tué quatre civils lundi à Funtua. Cinq blessés ont été transportés à l'hôpital de Kano.",
     "Funtua", "Kano"),
])
def test_the_event_stays_where_it_happened(nlp, text, place, elsewhere):
    places = [e.location.name for e in nlp(text)._.events if e.location]
    assert place in places and elsewhere not in places, places


@pytest.mark.parametrize(("sentence", "place", "fled"), [
    # Haiti: a witness who fled towards a town
    ("« Ils ont tiré sur ma maison », raconte un cultivateur qui a fui avec ses quatre enfants vers Mirebalais.",
     "Mirebalais", True),
    # DR Congo: took refuge
    ("Une habitante qui s'est réfugiée à Minova affirme avoir vu les corps.", "Minova", True),
    # Sudan: found refuge
    ("Un enseignant qui a trouvé refuge à Tawila raconte les tirs.", "Tawila", True),
    # Nigeria: "jusqu'à"
    ("Des centaines de familles ont fui jusqu'à Maiduguri après l'attaque.", "Maiduguri", True),
    # Mali: fleeing the fighting at a town, with no word of direction, may say where the fighting was
    ("Des centaines de familles ont fui les combats à Tessalit.", "Tessalit", False),
    # Burkina Faso: the attackers' flight is no reason to drop the place of an attack told in it
    ("Des hommes armés ont attaqué un poste de police à Djibo avant de prendre la fuite.", "Djibo", False),
    # Ukraine: a strike on a town people had fled to happened there (a clause of its own below the place)
    ("Ils avaient fui vers Balakliia, où une frappe a tué deux civils mardi.", "Balakliia", False),
])
def test_a_place_people_fled_to(nlp, sentence, place, fled):
    doc = nlp(sentence)
    start = sentence.index(place)
    assert fled_to(doc.char_span(start, start + len(place)), "fr") is fled


@pytest.mark.parametrize(("text", "place", "elsewhere"), [
    # DR Congo: a witness who took refuge in another town
    ("Des miliciens ont fait irruption lundi à Kalehe, tuant quatre civils, selon la société civile. « Mon mari a été "
     "tué sous mes yeux », a confié une habitante qui s'est réfugiée à Minova.", "Kalehe", "Minova"),
    # Sudan: a teacher who found refuge elsewhere
    ("Les FSR ont attaqué samedi le camp de déplacés de Zamzam, tuant au moins vingt personnes, selon des secouristes. "
     "« Ils tiraient sur tout le monde », raconte un enseignant qui a trouvé refuge à Tawila.", "Zamzam", "Tawila"),
    # Nigeria: a trader who fled towards the state capital
    ("Des hommes armés ont attaqué jeudi le village de Gubio, tuant sept personnes, selon la police. « Ils ont abattu "
     "mon frère devant la mosquée », raconte une commerçante qui a fui avec ses enfants vers Maiduguri.",
     "Gubio", "Maiduguri"),
])
def test_no_event_where_a_witness_fled(nlp, text, place, elsewhere):
    places = [e.location.name for e in nlp(text)._.events if e.location]
    assert place in places and elsewhere not in places, places

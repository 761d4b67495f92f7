"""Where victims were taken, or where people fled, is not where the incident happened
(sentinelle.events.destinations).

Sentences written for these tests, from several conflicts.
"""

from __future__ import annotations

import pytest

from sentinelle.events.destinations import fled_to, taken_to_care, where_teller_is


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


@pytest.mark.parametrize(("sentence", "place", "teller"), [
    # Nigeria: a narrator's incise, the parser hanging the place's noun on the verb of telling
    ("« Ils tiraient sur les passants », raconte-t-elle, assise sur une natte dans une école de Kaduna.", "Kaduna", True),
    # Burkina Faso: the speaker met in another town
    ("« Les corps ont été retrouvés dans la brousse », affirme le chef du village, rencontré à Kaya.", "Kaya", True),
    # Sudan: displaced people who arrived in a town tell who struck
    ("Des déplacés arrivés à Nyala attribuent la frappe aux paramilitaires.", "Nyala", True),
    # DR Congo: reached by phone in a town
    ("« Ils ont tout brûlé », témoigne un pasteur, joint par téléphone à Butembo.", "Butembo", True),
    # Burkina Faso, Nigeria: the attackers arrived at the scene, and people who arrived there and were struck
    ("Les assaillants, arrivés à moto à Kombissiri, ont ouvert le feu sur le marché.", "Kombissiri", False),
    ("Des déplacés arrivés à Nyala ont été tués par une frappe de drone.", "Nyala", False),
    # Cameroon: a clause of its own ("ils sont arrivés à X")
    ("« Ils sont arrivés à Koza vers minuit », raconte un survivant.", "Koza", False),
])
def test_where_the_teller_is(nlp, sentence, place, teller):
    doc = nlp(sentence)
    start = sentence.index(place)
    assert where_teller_is(doc.char_span(start, start + len(place)), "fr") is teller


@pytest.mark.parametrize(("text", "place", "elsewhere"), [
    # DR Congo: the survivor interviewed in a shelter of another town
    ("Samedi, des rebelles ont attaqué Kanyabayonga, tuant sept civils. « Ils sont arrivés à l'aube », raconte-t-elle, "
     "assise dans une école de Butembo.", "Kanyabayonga", "Butembo"),
    # Burkina Faso: the survivor met in the regional capital
    ("Dimanche, des hommes armés ont attaqué le village de Dablo, tuant douze civils. « Ils ont tiré sur tout le "
     "monde », raconte un survivant, rencontré à Kaya.", "Dablo", "Kaya"),
    # Sudan: the displaced who tell who struck are no second strike where they are now
    ("Le 30 septembre, un drone a frappé le marché de Kutum, tuant neuf personnes. Des déplacés arrivés à Nyala "
     "attribuent la frappe aux paramilitaires.", "Kutum", "Nyala"),
])
def test_no_event_where_the_teller_is(nlp, text, place, elsewhere):
    places = [e.location.name for e in nlp(text)._.events if e.location]
    assert place in places and elsewhere not in places, places

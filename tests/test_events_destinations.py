"""Where victims were taken is not where the incident happened (sentinelle.events.destinations).

Sentences written for these tests, from several conflicts.
"""

from __future__ import annotations

import pytest

from sentinelle.events.destinations import taken_to_care


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

"""A road named by its two ends is near its first town, not the town (events/roads.py, event_words.yaml road
words): sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


def _places(text: str) -> list[tuple[str | None, int | None]]:
    events = sentinelle.extract(text, published="2025-06-14", relevance_gate=False).events
    return [(e.location.name, e.location.precision) if e.location else (None, None) for e in events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Syria: a highway linking two towns, with or without "reliant"
    ("Dimanche, des hommes armés ont enlevé un commerçant sur l'autoroute reliant Jableh à Baniyas.", [("Jableh", 2)]),
    ("Mardi, un drone a frappé une voiture sur l'autoroute entre Jableh et Baniyas.", [("Jableh", 2)]),
    ("Lundi, un engin explosif a visé un camion militaire sur l'autoroute Baniyas-Tartous.", [("Baniyas", 2)]),
    # Haiti: "la route qui relie A à B"
    ("Vendredi, des bandits ont attaqué un minibus sur la route qui relie Gonaïves à Saint-Marc.",
     [("Gonaïves", 2)]),
    # Mali: "l'axe A-B"
    ("Jeudi, un engin explosif a touché un camion sur l'axe Bourem-Ansongo.", [("Bourem", 2)]),
    # near miss, Haiti: in the town itself
    ("Mercredi, des hommes armés ont enlevé deux chauffeurs à Gonaïves.", [("Gonaïves", 1)]),
])
def test_a_road_between_two_towns_is_near_the_first(text, wanted):
    assert _places(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso: the tagger reads "Djibasso-Nouna" as a person; both ends are towns after a road's cue, so it is
    # the road (the second town joined by a hyphen shares the cue of the first)
    ("Samedi, un véhicule a sauté sur un engin explosif improvisé sur l'axe Djibasso-Nouna.", [("Djibasso", 2)]),
    ("Mardi, des hommes armés ont attaqué un bus sur l'axe Djibasso-Nouna, tuant deux passagers.",
     [("Djibasso", 2)]),
    # Mali: a road's two ends may be far apart (400 km); DR Congo: two towns of one country that far apart,
    # hyphened with no road's cue, are one unknown name, a quarter of the town that locates it
    ("Jeudi, un engin explosif a touché un camion de l'armée sur l'axe Sévaré-Gao.", [("Sévaré", 2)]),
    ("Jeudi, des miliciens ont attaqué le quartier de Beni-Kalemie, dans la ville de Bunia.", [("Beni-Kalemie", 2)]),
    # near miss, Niger: a hyphened pair the tagger reads as a place
    ("Samedi, un minibus a sauté sur un engin explosif improvisé sur l'axe Filingué-Tahoua.", [("Filingué", 2)]),
])
def test_a_road_the_tagger_calls_a_person(text, wanted):
    assert _places(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso: a road whose second end is a village no gazetteer holds is near its known first end
    ("Le 18 novembre, une équipe du génie a neutralisé deux engins explosifs improvisés posés sur l'axe "
     "Boulsa-Kogodin.", [("Boulsa", 2)]),
    ("Un engin explosif a explosé mercredi au passage d'un camion sur le tronçon Ouahigouya-Tougué, tuant trois "
     "passagers, selon une source sécuritaire.", [("Ouahigouya", 2)]),
    # ... or its known second end
    ("Un véhicule de l'armée a sauté sur une mine mardi sur l'axe Dabgo-Boulsa, selon une source sécuritaire.",
     [("Boulsa", 2)]),
    # DR Congo: a road of three names, the middle one unknown
    ("Des hommes armés ont tendu une embuscade lundi à un convoi sur la route Kalehe-Nyabibwe-Minova, tuant deux "
     "militaires.", [("Kalehe", 2)]),
])
def test_a_road_with_one_end_nothing_locates_is_near_the_known_end(text, wanted):
    assert _places(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Central African Republic: "à une vingtaine de kilomètres de la ville, sur la route de X" is near the town told
    # before (the lead's), not at the road's far end
    ("Des affrontements ont opposé dimanche l'armée à des rebelles près de Batangafo, faisant cinq morts, selon une "
     "source locale.\n\nLes combats ont éclaté à l'aube à une vingtaine de kilomètres de la ville, sur la route de "
     "Kabo, selon un élu local.", [("Batangafo", 2)]),
    # Niger: "de la localité"
    ("Des jihadistes ont tendu mardi une embuscade à un convoi de l'armée près de Ouallam, tuant six soldats, selon "
     "une source sécuritaire.\n\nL'attaque s'est produite à une trentaine de kilomètres de la localité, sur la route "
     "de Banibangou.", [("Ouallam", 2)]),
    # Mali: the distance from a named town: that town, not the road's other end
    ("Des hommes armés ont tendu mardi une embuscade à un convoi de l'armée à 20 km de Tessalit, sur la route "
     "d'Aguelhok, tuant deux soldats.", [("Tessalit", 2)]),
    # near miss: a road named by where it leads with no distance stays at that town
    ("Des hommes armés ont tendu mardi une embuscade à un convoi de l'armée sur la route de Tessalit, tuant deux "
     "soldats.", [("Tessalit", 2)]),
])
def test_a_road_named_by_where_it_leads_after_a_distance_gives_a_direction(text, wanted):
    assert _places(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso: "sur l'axe A-B, à N km au sud de B": the distance measures from B, the road only says which way
    ("Samedi, un camion de l'armée a sauté sur un engin explosif sur l'axe Kaya–Dori, à une vingtaine de kilomètres "
     "au sud de Dori. Deux soldats ont été tués.", [("Dori", 2)]),
    # Cameroon: "la route reliant A à B, à 10 km de B"
    ("Lundi, des séparatistes ont attaqué un bus sur la route reliant Mokolo à Mora, à 10 km de Mora, tuant trois "
     "passagers.", [("Mora", 2)]),
    # Uganda: measured from the first end
    ("Mardi, des rebelles ont tendu une embuscade à un convoi sur la route Gulu-Kitgum, à une quinzaine de kilomètres "
     "au nord de Gulu.", [("Gulu", 2)]),
    # Niger: near one end
    ("Dimanche, des bandits ont attaqué un minibus sur l'axe Maradi-Zinder, près de Zinder.", [("Zinder", 2)]),
    # near miss, Burkina Faso: a division after the road measures nothing: the road, near its first end
    ("Jeudi, un engin explosif a touché un véhicule sur l'axe Kaya-Dori, dans la province du Sanmatenga.",
     [("Kaya", 2)]),
])
def test_a_distance_after_a_road_measures_from_its_town(text, wanted):
    assert _places(text) == wanted

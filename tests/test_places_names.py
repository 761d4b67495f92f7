"""Names that look like places and are not (places.component, places.cues): acronyms of armed groups that a
town lists among its other names, and seas named by an adjective. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "wanted"), [
    # Sudan, Mali: an acronym in running text names a town only as that town's own name
    ("Les FSR ont tué lundi trois civils à Nyala.", ["Nyala"]),
    ("Des combats ont opposé les FSR à l'armée mardi à El Fasher.", ["El Fasher"]),
    # ... while a dateline and a headline in capitals keep their towns
    ("DAMAS, 5 mars (AFP) - Une frappe aérienne a tué trois civils à Alep.", ["Alep"]),
    ("GOMA : TROIS CIVILS TUÉS PAR DES REBELLES\nDes rebelles ont tué lundi trois civils à Goma.", ["Goma"]),
    # Yemen, Ukraine: "mer Rouge", "mer Noire" are seas, not a town called Rouge or Noire
    ("Un drone ukrainien a frappé un navire russe en mer Noire, près de Sébastopol.", ["Sébastopol"]),
    ("Les Houthis ont attaqué mardi un pétrolier en mer Rouge avec des drones.", []),
])
def test_names_that_are_no_town(nlp, text, wanted):
    assert [e.location.name for e in nlp(text)._.events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo: a town the gazetteer knows abroad only by another name, placed by the words in a province of the
    # article's country, is the article's town ("Mambasa, en Ituri" is not Mombasa, Kenya)
    ("Des rebelles ont tué lundi trois civils congolais à Mambasa, en Ituri.", [("Mambasa", "CD")]),
    # Mali: a small town of that name in a quiet country is no place of an article whose only country is the
    # victims' nationality ("trois soldats maliens tués à Moura": not Moura, Portugal)
    ("Des jihadistes ont tué lundi trois soldats maliens à Tessit.", [("Tessit", "ML")]),
    # ... while a town of a country at war keeps its place across the border of the nationality
    ("Trois soldats israéliens ont été tués lundi à Beit Hanoun.", [("Beit Hanoun", "PS")]),
    ("Des frappes russes ont tué trois civils lundi à Pokrovsk.", [("Pokrovsk", "UA")]),
    # Israel: the country a launch came from ("tirées depuis le Liban", "de la bande de Gaza", "lancé du Yémen") is
    # no country of the article's incidents: the town struck keeps its own
    ("Des roquettes tirées depuis le Liban ont frappé Nahariya lundi.", [("Nahariya", "IL")]),
    ("Des roquettes tirées de la bande de Gaza ont frappé Ashkelon lundi.", [("Ashkelon", "IL")]),
    ("Un missile lancé du Yémen a été intercepté lundi au-dessus d'Eilat.", [("Eilat", "IL")]),
    # Ivory Coast: a country written with an elided "d'" is one name, not "Côte" resolved abroad
    ("Un soldat a été tué lundi à Bouna (Côte d'Ivoire).", [("Bouna", "CI")]),
    ("Deux gendarmes ont été tués mardi à Tengréla, en Côte d’Ivoire.", [("Tengréla", "CI")]),
])
def test_towns_and_nationalities(nlp, text, wanted):
    assert [(e.location.name, e.location.country) for e in nlp(text)._.events] == wanted


def test_a_small_namesake_in_a_quiet_country_is_no_place(nlp):
    events = nlp("Des jihadistes ont tué lundi trois soldats maliens à Moura.")._.events
    assert all(e.location is None or e.location.country != "PT" for e in events)


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo, Mali: a second-level division named after its town ("le territoire de Beni", "le cercle de X") is
    # near that town (precision 2)
    ("Des hommes armés ont tué dix civils dimanche dans le territoire de Beni.", [("Beni", "CD", 2)]),
    ("Des jihadistes ont attaqué dimanche un poste dans le cercle de Ténenkou.", [("Ténenkou", "ML", 2)]),
    # ... and a division's name that a city abroad has among its other names (Mombasa lists "Mambasa") is not that
    # city: the territory's seat is a curated locality, so the event is near it, in the province of the headline
    ("Ituri : dix morts dans une attaque des ADF\n\nDes rebelles ont tué dimanche dix civils dans le territoire de "
     "Mambasa, selon des sources locales.", [("Mambasa", "CD", 2)]),
])
def test_divisions_named_after_their_towns(nlp, text, wanted):
    events = nlp(text)._.events
    assert [(e.location.name, e.location.country, e.location.precision) for e in events] == wanted


@pytest.mark.parametrize(("text", "precision"), [
    # Colombia: "en" before a name that is both a department and its chief town means the department ...
    ("L'ELN a attaqué mardi une base militaire en Arauca.", 3),
    # ... "à" the town
    ("Une frappe a touché mardi une maison à Arauca.", 1),
])
def test_en_before_a_region_and_a_before_its_town(nlp, text, precision):
    assert [e.location.precision for e in nlp(text)._.events] == [precision]


def test_villages_of_a_nigerian_local_government_area(nlp):
    # Nigeria: "la zone de gouvernement local de X" (an LGA) locates the villages listed before it, one event each
    text = ("Des bandits ont attaqué mardi les villages de Kadisau, Maigora et Ruwan Godiya, dans la zone de "
            "gouvernement local de Faskari, dans l'Etat de Katsina.")
    events = nlp(text)._.events
    assert sorted(e.location.name for e in events) == ["Kadisau", "Maigora", "Ruwan Godiya"]
    assert {e.location.place for e in events} == {"Faskari"}


def test_a_prefecture_is_a_division_not_a_building(nlp):
    # Central African Republic: "la préfecture de l'Ouham" is the first-level division that locates the town
    text = "Des rebelles ont tué quatre civils mardi à Markounda, dans la préfecture de l'Ouham."
    events = nlp(text)._.events
    assert [(e.location.name, e.location.admin1, e.target) for e in events] == [("Markounda", "Ouham", "civilians")]

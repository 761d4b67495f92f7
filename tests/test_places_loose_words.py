"""Ordinary words and loose spellings that are no places, and the article that makes a name a division's.

Every sentence is written for these tests, from several conflicts and outlet styles (live-blog headings, agency
leads, NGO notes); the villages of the LOOSE table are invented names that only share their consonants with a
division of the country.
"""

from __future__ import annotations

import pytest

from sentinelle.model import PlaceMention


def mentions(nlp, text: str) -> list[PlaceMention]:
    return nlp(text)._.place_mentions


# (heading or lead opening on an event noun, plural or singular, that folds like a town's name)
HEADINGS = [
    ("Tirs d'artillerie sur plusieurs villages : l'armée libanaise signale des obus près de Marjayoun.", "Tirs"),
    ("Tir de roquettes sur une caserne : deux soldats libanais ont été blessés près de Rachaya.", "Tir"),
    ("Missiles sur la base aérienne : l'armée irakienne dit avoir intercepté deux engins près de Samarra.",
     "Missiles"),
    ("Drones au-dessus des faubourgs : les forces libyennes ont abattu deux appareils près de Syrte.", "Drones"),
]


@pytest.mark.parametrize(("text", "word"), HEADINGS)
def test_an_event_noun_opening_a_heading_is_no_place(nlp, text: str, word: str) -> None:
    found = mentions(nlp, text)
    assert word not in [m.text for m in found]
    assert found, "the place the sentence does name is still read"


# (sentence, unknown village after a division cue, the division it only loosely spells)
LOOSE = [
    ("Des bandits ont attaqué un marché dans la région de Kadini, dans le nord-ouest du Nigeria.", "Kadini", "Kaduna"),
    ("Des insurgés ont incendié des maisons dans la région de Menika, au Mozambique, selon une ONG.", "Menika",
     "Manica"),
]


@pytest.mark.parametrize(("text", "village", "division"), LOOSE)
def test_a_village_is_not_a_division_it_only_loosely_spells(nlp, text: str, village: str, division: str) -> None:
    m = next((m for m in mentions(nlp, text) if m.text == village), None)
    assert m is None or division not in (m.location.place or "")


def test_a_close_spelling_of_a_division_is_still_read(nlp) -> None:
    found = mentions(nlp, "Une frappe de drone a tué quatre talibans dans la province de Nangrahar, en Afghanistan.")
    m = next(m for m in found if m.text == "Nangrahar")
    assert (m.location.place, m.location.precision) == ("Nangarhar", 3)


# (sentence, name after "au" / "dans le", its country): a division and a town of that country share the name
ARTICLE = [
    ("Des hommes armés ont tué six policiers au Zacatecas, selon le parquet de l'État.", "Zacatecas", "MX"),
    ("Des bandits ont enlevé vingt villageois dans le Katsina, au nord-ouest du Nigeria.", "Katsina", "NG"),
    ("Des jihadistes ont attaqué un camp militaire dans le Kayes, dans l'ouest du Mali.", "Kayes", "ML"),
    ("Des hommes armés ont incendié des maisons au Chihuahua, rapporte la presse locale.", "Chihuahua", "MX"),
]


@pytest.mark.parametrize(("text", "name", "country"), ARTICLE)
def test_an_article_before_the_name_makes_it_the_division(nlp, text: str, name: str, country: str) -> None:
    m = next(m for m in mentions(nlp, text) if m.text == name)
    assert (m.location.country, m.location.precision) == (country, 3)


@pytest.mark.parametrize("text", [
    "Des hommes armés ont tué six policiers à Zacatecas, selon le parquet de l'État.",
    "Des bandits ont enlevé vingt villageois à Katsina, au nord-ouest du Nigeria.",
])
def test_a_bare_name_stays_the_town(nlp, text: str) -> None:
    assert mentions(nlp, text)[0].location.precision == 1


def test_a_town_whose_name_has_the_article_stays_the_town(nlp) -> None:
    m = next(m for m in mentions(nlp, "Un engin explosif a tué un policier au Caire, selon le ministère.") if m.text == "Caire")
    assert (m.location.country, m.location.precision) == ("EG", 1)

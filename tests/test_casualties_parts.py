"""Tolls whose parts, persons or sides are written apart from their figure (events/casualties.py, listed_victims.py,
toll_choice.py, tolls.py): sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities for e in sentinelle.extract(text, published="2026-06-10", relevance_gate=False).events]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Gaza, Nigeria: a part told with "dont" is inside the whole, not one more victim (the parser makes it a second
    # subject of the verb)
    ("Jeudi, six personnes, dont trois enfants, ont été tuées dans une frappe aérienne sur Beit Lahia.", 6),
    ("Samedi, onze villageois, dont quatre femmes, ont été tués par des hommes armés près de Gwoza.", 11),
    # Yemen, Burkina Faso: one person named by a possessive after a figure adds one
    ("Lundi, une frappe de drone a tué trois ingénieurs turcs et leur guide près de Marib.", 4),
    ("Dimanche, des hommes armés ont tué quatre orpailleurs et leur chef près de Titao.", 5),
    # Lebanon, Ukraine: one person, the object of the killing verb, with no figure written
    ("Mardi, un drone a visé une moto près de Bint Jbeil, tuant son conducteur.", 1),
    ("Mercredi, un obus a frappé une maison à Nikopol, tuant le fermier.", 1),
    # ... a figure written stays the toll
    ("Mardi, un drone a visé une moto près de Bint Jbeil, tuant deux combattants.", 2),
    # DR Congo, Somalia: an aside between the figure and its passive verb
    ("Au moins neuf civils, pour la plupart des enfants, ont été tués dimanche par des obus tombés sur un marché "
     "de Mambasa.", 9),
    ("Samedi, au moins quinze personnes, selon un bilan provisoire, ont été tuées dans l'explosion d'une voiture "
     "piégée à Afgooye.", 15),
])
def test_parts_persons_and_asides(text, fatalities):
    assert _tolls(text) == [fatalities]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Burkina Faso, Mali, Niger: the armies' euphemisms for their dead
    ("Quatre militaires sont tombés sur le champ d'honneur jeudi lors d'une embuscade près de Sebba.", 4),
    ("Mardi, des terroristes ont attaqué le poste de Gorom-Gorom. Trois gendarmes sont tombés les armes à la main.", 3),
    # own losses told after the enemy's, in the next sentence ("dans ses rangs") or a clause of contrast, add up
    ("Vendredi, les soldats ont repoussé une attaque contre Hombori, laissant sur le terrain douze corps "
     "d'assaillants. L'armée déplore deux morts dans ses rangs.", 14),
    ("Samedi, l'armée a repoussé une attaque à Ayorou : trente assaillants ont été neutralisés, tandis que trois "
     "soldats sont tombés.", 33),
    # soldiers who "fell" into an ambush, with a complement, are not said to be dead
    ("Samedi, deux soldats sont tombés dans une embuscade près d'Ayorou, avant d'être secourus par leur unité.", None),
    # Niger: a base or a depot "neutralised" kills no one; the fighters killed with it are the toll
    ("Lundi, l'aviation a neutralisé un dépôt logistique et une base terroriste près d'Abala.", None),
    ("Lundi, les vecteurs aériens ont neutralisé une base terroriste près d'Abala, tuant une dizaine de combattants.",
     10),
])
def test_euphemisms_own_losses_and_things_neutralised(text, fatalities):
    assert _tolls(text) == [fatalities]

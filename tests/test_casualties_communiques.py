"""Tolls written as army communiqués and wire copy write them (events/casualties.py, events/numbers.py,
events/victim_roles.py): a figure echoed in digits in brackets, a toll told as a list after "Bilan :" or "Le bilan
est de", a "dont" aside between the victims and their verb, a gerund clause of the wounded after the dead, and
damage to things only. Sentences written for these tests, from several conflicts and outlets' styles."""

from __future__ import annotations

import pytest

import sentinelle


def _tolls(text: str) -> list[tuple[int | None, int | None]]:
    events = sentinelle.extract(text, published="2026-03-01", relevance_gate=False).events
    return [(e.fatalities, e.injuries) for e in events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Niger, Burkina Faso, Mali communiqués: each figure echoed in digits, "sept (7)", leading zeros too
    ("Le 17 février, la position de Tahoua a été attaquée par des terroristes. Bilan : sept (7) terroristes "
     "neutralisés, un (1) militaire tombé au champ d'honneur et deux (2) blessés.", [(8, 2)]),
    ("La frappe a permis de neutraliser onze (11) terroristes près de Kaya samedi.", [(11, None)]),
    ("Le 12 février, une patrouille a sauté sur une mine près de Koutiala. Le bilan est de trois (03) militaires "
     "tombés au champ d'honneur et cinq (05) blessés.", [(3, 5)]),
    # the same tolls without the echo
    ("Le 12 février, une patrouille a sauté sur une mine près de Koutiala. Le bilan est de trois militaires "
     "tombés au champ d'honneur.", [(3, None)]),
    # Nigeria: soldiers said fallen in a toll, with no complement, died; fallen into an ambush they did not
    ("Le 12 février, une patrouille a été attaquée près de Bauchi. Le bilan s'élève à quatre soldats tombés.",
     [(4, None)]),
])
def test_communique_tolls(text, wanted):
    assert _tolls(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Somalia, Mali, DR Congo, Mexico: a "dont" aside naming some of the victims sits between them and their verb
    ("Selon des habitants, trois civils, dont un adolescent, ont été tués samedi lors d'une frappe de drone près de "
     "Baidoa.", [(3, None)]),
    ("Les violences ont éclaté samedi à Koutiala, où sept civils, dont deux chefs de village, ont été tués par des "
     "combattants.", [(7, None)]),
    ("Samedi à Kananga, cinq personnes, dont deux enfants, ont été blessées par balle par des miliciens.",
     [(None, 5)]),
    ("Quatre policiers, dont un officier, ont été abattus lundi à Zacatecas.", [(4, None)]),
])
def test_a_dont_aside_between_the_victims_and_their_verb(text, wanted):
    assert _tolls(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Cameroon, Nigeria, Iraq: the wounded of a gerund clause after the dead are no more dead
    ("Le 15 juin, une kamikaze s'est fait exploser à l'entrée du marché de Garoua, tuant quatre civils et en "
     "blessant une dizaine.", [(4, 10)]),
    ("Samedi, une bombe a explosé près d'une mosquée de Gombe, tuant six fidèles et en blessant une vingtaine.",
     [(6, 20)]),
    ("Lundi, une voiture piégée a explosé à Kirkouk, tuant deux policiers et en blessant douze.", [(2, 12)]),
])
def test_a_gerund_clause_of_the_wounded(text, wanted):
    assert _tolls(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Colombia, Ukraine, Syria: damage to things only is a toll of nobody
    ("Mardi, une moto piégée a explosé à Popayán, ne faisant que des dégâts matériels, selon le maire.", [(0, 0)]),
    ("Samedi, un obus est tombé sur Kherson, causant uniquement des dégâts matériels.", [(0, 0)]),
    ("Dimanche, une roquette a frappé un entrepôt de Hama, provoquant seulement des dommages matériels.", [(0, 0)]),
])
def test_material_damage_only_is_no_victim(text, wanted):
    assert _tolls(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali, Nigeria, Somalia: the dead a victory cost ("au prix de") add to the enemy's told beside them
    ("Samedi, l'armée a repoussé une attaque contre son poste de Bougouni et neutralisé onze terroristes, au prix "
     "de « deux militaires tombés sur le champ d'honneur ».", [(13, None)]),
    ("Lundi, les soldats ont repoussé l'assaut des insurgés contre la base de Gombe, tuant quinze assaillants, au "
     "prix de trois soldats tués.", [(18, None)]),
    ("Mardi, les forces somaliennes ont repris le village de Kismayo aux shebab, tuant vingt combattants, au prix de "
     "quatre soldats tués.", [(24, None)]),
])
def test_the_dead_a_victory_cost(text, wanted):
    assert _tolls(text) == wanted

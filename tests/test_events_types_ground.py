"""Triggers and types decided by what was taken, freed, burnt or fought with (triggers.yaml, events/triggers.py,
event_types.py, roles.py, same_incident.py): sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


def _types(text: str) -> list[tuple[str, int | None]]:
    events = sentinelle.extract(text, published="2026-06-10", relevance_gate=False).events
    return [(e.sub_event_type, e.fatalities) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    # Cameroon: arson told with a light verb; the idiom "mettre le feu aux poudres" is no arson
    ("Mardi soir, des hommes armés ont mis le feu à une église de Ndop.", [("looting_property_destruction", None)]),
    ("La nomination du nouveau préfet a mis le feu aux poudres.", []),
    # Cameroon, Mozambique: a bare "séparatistes" / "insurgés" killed by the army is the armed side of a battle
    ("Vendredi, l'armée a neutralisé huit séparatistes près de Mamfe.", [("armed_clash", 8)]),
    ("Dimanche, les forces de défense ont tué quatre insurgés dans les environs de Muidumbe.", [("armed_clash", 4)]),
    # Myanmar, Somalia: bombs that fall came from afar; a bomb that explodes was planted
    ("Des bombes sont tombées lundi sur le quartier nord de Lashio, tuant trois civils.",
     [("shelling_artillery_missile_attack", 3)]),
    ("Lundi, une bombe artisanale a explosé au passage d'un bus près de Jowhar, tuant trois passagers.",
     [("remote_explosive_landmine_ied", 3)]),
])
def test_arson_separatists_and_falling_bombs(text, expected):
    assert _types(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Nigeria: weapons or vehicles seized are booty, not territory; a town seized is
    ("Samedi, des combattants ont attaqué Dikwa, tuant trois soldats, et se sont emparés d'armes et de munitions.",
     [("armed_clash", 3)]),
    ("Samedi, des combattants se sont emparés de plusieurs véhicules près de Dikwa.", []),
    ("Samedi, des armes et des munitions sont tombées aux mains des jihadistes près de Hombori.", []),
    ("La ville de Hombori est tombée samedi aux mains des jihadistes.", [("non_state_actor_overtakes_territory", None)]),
    ("Samedi, des combattants se sont emparés de la ville de Dikwa après de violents combats.",
     [("non_state_actor_overtakes_territory", None)]),
    # Haiti, Mali: a capture attempted (and repelled) is an assault
    ("Mercredi, des gangs ont tenté de s'emparer de l'aéroport de Mirebalais, avant d'être repoussés par la police.",
     [("armed_clash", None)]),
    ("Les jihadistes ont tenté de prendre Hombori dimanche, sans succès.", [("armed_clash", None)]),
    # DR Congo: hostages freed after a clash are no abduction; hostages taken are
    ("Les soldats ont accroché mardi les ravisseurs près de Mambasa. Quatre rebelles ont été neutralisés et deux "
     "otages libérés.", [("armed_clash", 4)]),
    ("Mardi, des hommes armés ont pris en otage sept commerçants près de Mambasa.",
     [("abduction_forced_disappearance", None)]),
])
def test_ground_taken_attempts_and_hostages(text, expected):
    assert _types(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Syria: fighters killed by gunmen told in a relative clause (agent hung on the day) fought a battle
    ("Trois miliciens kurdes ont été tués samedi par des jihadistes qui ont attaqué leur poste près de Tal Tamr.",
     [("armed_clash", 3)]),
    # Colombia: an assault with explosives and guns is one battle; a bomb alone stays a bombing
    ("Dimanche, des guérilleros ont attaqué le poste de police de Tibú avec des explosifs et des fusils, blessant "
     "deux agents. Les combats ont duré trois heures.", [("armed_clash", None)]),
    ("Dimanche, une bombe a explosé devant le poste de police de Tibú, blessant deux agents.",
     [("remote_explosive_landmine_ied", None)]),
    # Haiti, Cameroon: the crowd dispersed that loots and burns is a riot; dispersed alone, a protest met by force
    ("Jeudi, des manifestants ont été dispersés à coups de gaz lacrymogène à Gonaïves. Les manifestants ont ensuite "
     "pillé des magasins et incendié des bâtiments publics.", [("violent_demonstration", None)]),
    ("Jeudi, des centaines d'étudiants ont manifesté à Kumbo avant d'être dispersés par la police.",
     [("protest_with_intervention", None)]),
    ("Jeudi, des centaines d'étudiants ont manifesté pacifiquement à Kumbo.", [("peaceful_protest", None)]),
])
def test_fighters_assaults_and_crowds(text, expected):
    assert _types(text) == expected


def test_a_riot_has_one_crowd_side():
    text = ("Jeudi, des manifestants ont été dispersés à coups de gaz lacrymogène à Gonaïves. Les manifestants ont "
            "ensuite pillé des magasins et incendié des bâtiments publics.")
    (event,) = sentinelle.extract(text, published="2026-06-10", relevance_gate=False).events
    assert event.actor1 is not None and event.actor2 is None

"""A victim named by name (events/sentence_scope.people_named_by_name, casualties.py, listed_victims.py): a person
named with no title, or with a civilian trade or an age in apposition, killed or wounded, is a civilian victim and
counts one; a title or a trade beside the name is the same person, not a second victim. Sentences written for these
tests, from several conflicts."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_kept):
    return lambda text: [(e.sub_event_type, e.target, e.fatalities) for e in run_kept(text)._.events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali, Niger: a name with a trade or a title set off by commas is one civilian
    ("Seydou Traoré, un commerçant de 45 ans, a été tué par balles mardi soir à Koutiala par des hommes armés.",
     [("attack", "civilians", 1)]),
    ("Le chef du village, Amadou Cissé, a été abattu devant son domicile dimanche à Tillia.",
     [("attack", "civilians", 1)]),
    ("Oumarou Sawadogo, 60 ans, conseiller municipal, a été assassiné vendredi à Titao.",
     [("attack", "civilians", 1)]),
    # Haiti, Ukraine: the parser makes the title a conjunct of the name
    ("Jean-Pierre Louis, un chauffeur de taxi-moto, a été abattu mercredi à Croix-des-Bouquets.",
     [("attack", "civilians", 1)]),
    ("Fatima Zahra, une enseignante de 29 ans, a été tuée dimanche dans une frappe d'artillerie sur Nikopol.",
     [("shelling_artillery_missile_attack", "civilians", 1)]),
    # Syria: a first name and an age (the tagger reads the name as a place)
    ("Idrissa, 12 ans, a été tué lundi par un tir de drone à Mayadine.", [("air_drone_strike", "civilians", 1)]),
    # Ukraine: the parser makes the age the verb's subject
    ("Olena, 67 ans, a été tuée par un obus jeudi à Nikopol.", [("shelling_artillery_missile_attack", "civilians", 1)]),
    ("Olena Petrenko, 67 ans, a été tuée par un obus jeudi à Nikopol.",
     [("shelling_artillery_missile_attack", "civilians", 1)]),
    # Sudan: the named object of an active killing verb, with or without a trade
    ("Mardi, des hommes armés ont tué Khalil Haddad, un boutiquier, à Kutum.", [("attack", "civilians", 1)]),
    ("Mardi, des hommes armés ont tué Khalil Haddad à Kutum.", [("attack", "civilians", 1)]),
    # DR Congo: a named title and the next victim add up; two named traders are two
    ("Le chef de quartier, Yves Mulumba, et son fils ont été tués mercredi soir à Komanda par des miliciens.",
     [("attack", "civilians", 2)]),
    ("Mamadou Sidibé et Salif Konaté, deux commerçants, ont été tués dimanche par des hommes armés à Koutiala.",
     [("attack", "civilians", 2)]),
])
def test_a_named_victim_is_one_civilian(run, text, wanted):
    assert run(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # a rank names a soldier: the ambush stays a battle
    ("Le colonel Bakary Konaté a été tué mardi dans une embuscade près de Banamba.", [("armed_clash", None, 1)]),
    # a person the army says it killed is as often a wanted leader: no attack on civilians made of the name
    ("L'armée malienne a annoncé avoir tué Hamza Diallo près de Kolokani.", []),
    # a name before its title opening a report is who speaks, not a victim: the soldiers are the toll
    ("Mamadou Sidibé, gouverneur de la région, a annoncé que trois soldats ont été tués mardi près de Banamba.",
     [("armed_clash", "troops", 3)]),
])
def test_a_named_person_with_an_armed_title_or_killed_by_the_army_is_no_civilian(run, text, wanted):
    assert run(text) == wanted


def test_a_named_person_wounded_counts_one_wounded(run_kept):
    # DR Congo: a name with an age, shot and wounded
    events = run_kept("Yves Mulumba, 52 ans, a été blessé par balles vendredi à Komanda.")._.events
    assert [(e.sub_event_type, e.target, e.fatalities, e.injuries) for e in events] == [
        ("attack", "civilians", None, 1)]

"""Assembly rules of the events stage: which mentions make one incident, and which side acted.

Sentences written for these tests, from several conflicts.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "wanted"), [
    # Mali: a killing and an abduction told together are two incidents
    ("Des hommes armés ont tué deux civils et enlevé trois autres samedi à Gao.",
     [("abduction_forced_disappearance", None), ("attack", 2)]),
    # Burkina Faso: villagers killed, women kidnapped
    ("Des jihadistes ont tué quatre villageois et enlevé six femmes lundi à Djibo.",
     [("abduction_forced_disappearance", None), ("attack", 4)]),
])
def test_a_killing_and_an_abduction_are_two_incidents(nlp, sentence, wanted):
    events = nlp(sentence)._.events
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == sorted(wanted, key=str)


@pytest.mark.parametrize(("text", "wanted"), [
    # Niger: teachers kidnapped, then the gendarmerie post of the town attacked in the evening
    ("Des hommes armés ont enlevé lundi trois enseignants à Ouallam, selon une source locale. Dans la soirée, ils ont "
     "attaqué à l'arme lourde le poste de gendarmerie de la ville. Deux gendarmes ont été blessés.",
     [("abduction_forced_disappearance", "civilians", None), ("armed_clash", "police_station", 2)]),
])
def test_an_abduction_and_an_assault_on_a_post_told_apart_are_two_incidents(nlp, text, wanted):
    events = nlp(text)._.events
    assert sorted((e.sub_event_type, e.target, e.injuries) for e in events) == wanted


def test_soldiers_taken_in_the_assault_on_their_post_are_one_incident(nlp):
    # near miss, Mali: in one sentence, the soldiers taken are part of the assault told with them
    doc = nlp("Des jihadistes ont enlevé deux soldats lors d'une attaque contre un poste militaire à Tessalit mardi, "
              "selon une source sécuritaire.")
    assert len(doc._.events) == 1


def test_a_named_side_comes_before_an_unidentified_one(nlp):
    doc = nlp("Un kamikaze s'est fait exploser lundi devant un commissariat de Mogadiscio, tuant six policiers. "
              "Les shebab ont revendiqué l'attentat de Mogadiscio.")
    actors = [e.actor1.kind for e in doc._.events if e.actor1]
    assert actors and actors[0] != "unidentified", [(e.sub_event_type, e.actor1) for e in doc._.events]


def _mention(event_type, sub, specific, actor1=None, actor2=None):
    from sentinelle.events.mention import EventMention

    return EventMention(sent_start=0, sent_end=10, trigger_tokens=[0], trigger_spans=[(0, 5)], trigger_ids=["t"],
                        event_type=event_type, sub_event_type=sub, specific=specific, actor1=actor1, actor2=actor2)


def test_a_fight_between_two_named_sides_is_no_recap_of_a_bombing():
    from sentinelle.events.assemble import Assembler
    from sentinelle.model import Actor

    army = Actor(name="l'armée soudanaise", normalized="Military Forces of Sudan", kind="state_forces")
    rsf = Actor(name="FSR", normalized="Rapid Support Forces", kind="militia")
    shelling = _mention("explosions_remote_violence", "shelling_artillery_missile_attack", True)
    battle = _mention("battles", "armed_clash", True, actor1=rsf, actor2=army)
    recap = _mention("battles", "armed_clash", False, actor1=rsf)
    assert not Assembler._types_compatible(battle, shelling)
    assert not Assembler._types_compatible(shelling, battle)
    # a battle word with one side only may still recap the bombing ("l'attaque des FSR"), and so may an attack
    # word typed only by the side it hit ("le Hezbollah a revendiqué des attaques contre des positions
    # israéliennes" beside the missile fire on them)
    assert Assembler._types_compatible(recap, shelling)
    claimed = _mention("battles", "armed_clash", False, actor1=rsf, actor2=army)
    assert Assembler._types_compatible(claimed, shelling)


@pytest.mark.parametrize(("sentence", "weapons"), [
    # a strike from the air with no drone named was made by aircraft
    ("Le Pakistan a mené lundi des frappes en Afghanistan, à Khost, faisant dix morts.", ["airstrike"]),
    # a drone named stays a drone
    ("Une frappe de drone a tué deux combattants samedi à Tulkarem, en Cisjordanie.", ["drone"]),
])
def test_air_strike_weapon(nlp, sentence, weapons):
    events = [e for e in nlp(sentence)._.events if e.sub_event_type == "air_drone_strike"]
    assert events and events[0].weapon == weapons, [(e.sub_event_type, e.weapon) for e in nlp(sentence)._.events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Guinea, local radio style: the headline's riot death told again in the body, with no one named as killer
    ("Émeutes en Guinée : une nuit de chaos, un mort par balle à Kankan. Ce matin, la gendarmerie confirme un "
     "décès par arme à feu à Kankan, vers 3 h du matin : un jeune homme de 19 ans.",
     [("violent_demonstration", 1)]),
    # Gabon, wire style
    ("Nuit d'émeutes à Port-Gentil, un mort par balle. Mercredi matin, la police a confirmé un décès par arme à feu "
     "à Port-Gentil.", [("violent_demonstration", 1)]),
    # a killing by named gunmen beside the riot is another incident
    ("Des émeutes ont éclaté mardi à Kankan, faisant un mort. Des hommes armés ont tué trois civils mardi à Kankan.",
     [("attack", 3), ("violent_demonstration", 1)]),
])
def test_a_riot_death_told_again_is_the_riot(nlp, text, wanted):
    events = nlp(text)._.events
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo: arrests in a story of riots are part of the riot (ACLED codes them in the demonstration)
    ("Des émeutes ont éclaté mardi à Lubumbashi après la hausse du prix du carburant. Plusieurs commerces ont été "
     "pillés et une trentaine de personnes ont été arrêtées par la police.", ["violent_demonstration"]),
    # Madagascar: a peaceful march whose marchers are arrested is a protest with intervention
    ("Des manifestants ont défilé pacifiquement samedi à Antananarivo pour réclamer des élections. Une dizaine "
     "d'entre eux ont été arrêtés par la police en fin de journée.", ["protest_with_intervention"]),
    # West Bank: arrests with no protest are their own event
    ("Les forces israéliennes ont arrêté jeudi quatre jeunes à Jénine.", ["arrests"]),
])
def test_arrests_at_a_demonstration_are_part_of_it(nlp, text, wanted):
    assert [e.sub_event_type for e in nlp(text)._.events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Colombia, wire style with one sentence per paragraph: the shots "simultanément" are another incident, at
    # the town of the bombing told in the paragraph before
    ("Une bombe a explosé samedi au passage d'une patrouille à la sortie de Tumaco, blessant deux policiers.\n\n"
     "Simultanément, des guérilleros ont tiré au fusil contre le poste de police, sans faire de victimes.",
     [("Tumaco", "armed_clash"), ("Tumaco", "remote_explosive_landmine_ied")]),
    # Nigeria: "au même moment", another act at the same scene
    ("Un engin explosif a sauté mardi près du marché de Maiduguri.\n\n"
     "Au même moment, des insurgés ont ouvert le feu à l'arme automatique sur un poste militaire.",
     [("Maiduguri", "armed_clash"), ("Maiduguri", "remote_explosive_landmine_ied")]),
    # Mali: with no opener the next paragraph's unplaced shooting stays out of the bombing's town
    ("Une mine a explosé lundi au passage d'un convoi près de Douentza.\n\n"
     "Des hommes armés ont tiré au fusil contre un poste de gendarmerie, sans faire de victimes.",
     [("Douentza", "remote_explosive_landmine_ied")]),
])
def test_an_act_at_the_same_time_is_another_incident_of_the_scene(nlp, text, wanted):
    events = nlp(text)._.events
    assert sorted((e.location.place if e.location else None, e.sub_event_type) for e in events) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Colombia: "une autre attaque ... suite à l'explosion d'une charge" is one incident, an explosion
    ("Une embuscade a visé une patrouille samedi près de Tumaco. Deux soldats ont également été blessés samedi "
     "dans une autre attaque, à Ipiales, suite à l'explosion d'une charge de faible puissance.",
     {"Ipiales": ["remote_explosive_landmine_ied"]}),
    # Somalia: "une seconde attaque" told with the car bomb that made it
    ("Des shebab ont attaqué lundi un poste de l'armée à Afgooye. Une seconde attaque a visé Jowhar le même jour, "
     "avec l'explosion d'une voiture piégée.", {"Jowhar": ["remote_explosive_landmine_ied"]}),
])
def test_another_attack_told_with_its_means_is_one_incident(nlp, text, wanted):
    events = nlp(text)._.events
    at = {}
    for e in events:
        if e.location and e.location.name in wanted:
            at.setdefault(e.location.name, []).append(e.sub_event_type)
    assert at == wanted, [(e.location.place if e.location else None, e.sub_event_type) for e in events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Lebanon / Israel: a village shelled and a position attacked across the border, 3 km apart, are two places
    ("L'artillerie israélienne a bombardé mardi le village de Kfar Kila. Le Hezbollah a revendiqué mardi une attaque "
     "contre une position militaire près de Metula.", {"Kfar Kila", "Metula"}),
    # DR Congo / Rwanda: twin border towns named apart stay apart
    ("Des obus sont tombés mardi à Gisenyi. Mardi, des combats ont opposé l'armée aux rebelles près de Goma.",
     {"Gisenyi", "Goma"}),
])
def test_places_named_apart_across_a_border_are_two_places(nlp, text, wanted):
    assert {e.location.name for e in nlp(text)._.events if e.location} == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso: "Par ailleurs" tells another incident; the attack on civilians does not join the army's operation
    ("L'armée a neutralisé une vingtaine de terroristes lundi près de Kaya. Par ailleurs, le même jour, des hommes "
     "armés ont tué six civils à Kaya.", [("armed_clash", 20), ("attack", 6)]),
    # Mali: "Dans un autre incident" at the same town, the same day
    ("Une mine a tué deux soldats samedi près de Gao. Dans un autre incident, des hommes armés ont tué trois "
     "commerçants samedi près de Gao.", [("attack", 3), ("remote_explosive_landmine_ied", 2)]),
])
def test_an_incident_told_apart_is_another_incident(nlp, text, wanted):
    assert sorted((e.sub_event_type, e.fatalities) for e in nlp(text)._.events) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Somalia, Sahel, DR Congo, Mozambique: a non-state armed side's assault on a town, told with no other word
    ("Les shebab ont attaqué mardi la ville de Jowhar.", [("armed_clash", "Jowhar")]),
    ("Des jihadistes ont attaqué lundi Djibo.", [("armed_clash", "Djibo")]),
    ("Les rebelles du M23 ont attaqué mardi la cité de Rutshuru.", [("armed_clash", "Rutshuru")]),
    # a village stormed is an attack on its inhabitants, as before
    ("Des hommes armés ont attaqué lundi le village de Djibo.", [("attack", "Djibo")]),
    # a state's raid on a city is as often from the air: left untyped, no event
    ("Le raid israélien de mardi contre Saïda a été condamné.", []),
    # West Bank, Nigeria: an assault on a town that hit only civilians is an attack on them, not a battle; soldiers
    # hit keep it a battle
    ("Jeudi, des colons ont attaqué Beita, blessant deux Palestiniens.", [("attack", "Beita")]),
    ("Mardi, des bandits ont attaqué Tsafe, tuant six villageois.", [("attack", "Tsafe")]),
    ("Lundi, des jihadistes ont attaqué Djibo, tuant dix soldats.", [("armed_clash", "Djibo")]),
])
def test_an_armed_groups_assault_on_a_town_is_a_battle(nlp, text, wanted):
    assert [(e.sub_event_type, e.location.name) for e in nlp(text)._.events if e.location] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Mozambique: a destruction that kills is an attack with its toll
    ("Des insurgés ont attaqué vendredi la ville de Macomia, tuant dix civils et incendiant plusieurs maisons.",
     [("attack", 10)]),
    # DR Congo: burning and killing at one place the same day are one attack with its toll (ACLED codes the
    # destruction within the deadly attack, and property destruction only where no violent event is told)
    ("Des hommes armés ont incendié des commerces et tué deux commerçants lundi à Bunia.", [("attack", 2)]),
    # West Bank: cars burnt and two men wounded are an attack, not property destruction
    ("Mardi, des colons ont incendié deux voitures à Qusra, blessant deux hommes.", [("attack", None)]),
    # Afghanistan: arrests after a bombing carry none of its dead
    ("La police a arrêté cinq suspects après l'attentat qui a tué dix personnes mardi à Kaboul.",
     [("arrests", None), ("attack", 10)]),
])
def test_strategic_developments_carry_no_toll(nlp, text, wanted):
    assert sorted((e.sub_event_type, e.fatalities) for e in nlp(text)._.events) == sorted(wanted, key=str)


def test_a_fight_between_named_sides_is_not_the_attack_on_civilians_told_before(nlp):
    # Haiti: the gang's night attack on a district, then the police's firefight with the gang at dawn
    text = ("Dans la nuit de lundi à mardi, des hommes armés ont attaqué le quartier de Solino, à Port-au-Prince, "
            "tuant cinq habitants. Mardi à l'aube, des échanges de tirs ont opposé les policiers aux bandits à "
            "Port-au-Prince.")
    assert sorted(e.sub_event_type for e in nlp(text)._.events) == ["armed_clash", "attack"]


def test_a_word_that_names_an_incident_again_points_back(nlp):
    # Iraq: "L'attaque n'a pas été revendiquée" is the rocket attack told before, not the bombing told after
    text = ("Trois roquettes se sont abattues mercredi sur la base aérienne de Balad. L'attaque n'a pas été "
            "revendiquée.\n\nDans la nuit, un engin explosif a visé un convoi près de Nassiriya.")
    events = {e.sub_event_type: e for e in nlp(text)._.events}
    second = text.index("L'attaque")
    assert any(s <= second < e for s, e in events["shelling_artillery_missile_attack"].evidence)
    assert not any(s <= second < e for s, e in events["remote_explosive_landmine_ied"].evidence)


def test_every_event_with_a_place_points_at_its_words(nlp):
    # Haiti: the houses burnt take the district named in the paragraph before (a carried place)
    text = ("Des hommes armés ont attaqué lundi soir Martissant, à Port-au-Prince, tuant trois habitants. Une "
            "quinzaine de maisons ont été incendiées.")
    for e in nlp(text)._.events:
        assert e.location is None or e.field_evidence.get("location"), e.sub_event_type


@pytest.mark.parametrize(("text", "wanted"), [
    # West Bank: the army's account of the settlers' attack it calls a riot is the same incident
    ("Samedi, des colons ont attaqué le village de Sinjil, incendiant plusieurs voitures et blessant quatre "
     "Palestiniens, selon le Croissant-Rouge. L'armée israélienne affirme que ses soldats ont tiré sur des « émeutiers "
     "qui lançaient des pierres » dans le secteur.", ["attack"]),
    # Guinea: the government's account of a march met with live rounds
    ("Jeudi, la police a dispersé à balles réelles une marche d'opposants à Conakry, tuant un adolescent. Le "
     "gouvernement affirme que les forces de l'ordre ont fait face à des « émeutiers violents ».",
     ["excessive_force_against_protesters"]),
    # ... and an account with no riot in it leaves the incident as it is (a mention with no date of its own)
    ("Vendredi, des colons armés ont attaqué des agriculteurs palestiniens près de Sinjil. L'armée affirme que ses "
     "soldats sont intervenus pour séparer les deux camps, après des jets de pierres.", ["attack"]),
    # ... but a riot told with its own place is one
    ("Samedi, des colons ont attaqué le village de Sinjil, blessant quatre Palestiniens, selon le Croissant-Rouge. "
     "À Tulkarem, des émeutiers ont incendié des pneus et lancé des pierres sur les soldats, selon l'armée.",
     ["attack", "violent_demonstration"]),
])
def test_the_other_sides_version_is_no_incident_of_its_own(nlp, text, wanted):
    assert sorted(e.sub_event_type for e in nlp(text)._.events) == sorted(wanted)


@pytest.mark.parametrize("text", [
    # Sudan: civilians caught between the two sides
    "Des combats entre l'armée soudanaise et les FSR ont éclaté lundi à Omdourman, tuant quatre civils pris "
    "entre deux feux.",
    # Mozambique: a stray bullet in an assault fought off
    "Les militaires ont repoussé l'attaque des insurgés à Macomia, mais un civil a été tué par une balle perdue, "
    "selon un habitant.",
    # DR Congo, Mali, Haiti: the dead counted with civilians among them
    "De violents combats ont opposé jeudi l'armée congolaise aux rebelles du M23 à Kitshanga, faisant six morts, "
    "dont deux civils, selon des sources locales.",
    "Des affrontements entre les FAMa et des jihadistes ont fait cinq morts, dont trois civils, mercredi près "
    "d'Ansongo.",
    "Des affrontements entre policiers et membres de gangs ont fait trois morts parmi les habitants mardi à "
    "Croix-des-Bouquets.",
])
def test_civilians_caught_in_a_battle_are_not_its_target(nlp, text):
    events = nlp(text)._.events
    assert [(e.sub_event_type, e.target) for e in events] == [("armed_clash", None)]

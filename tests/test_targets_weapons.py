"""Table-driven tests of the target and weapon of single-sentence events (targets.yaml, weapons.yaml, roles.py).

Sentences written for the project in the style of French reporting, from several conflicts; the
expected values follow event-schema.md (target: what was hit; weapon: only what the text names or
clearly implies).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_kept):
    return lambda text: run_kept(text)._.events


# armed men say who came, not with what; a verb of shooting or a gun named gives small arms
WEAPONS = [
    ("Des hommes armés ont tué six villageois dimanche à Kalima, dans le Maniema.", []),
    ("Des individus armés ont enlevé trois enseignants lundi près de Gusau, dans l'État de Zamfara.", []),
    ("Des hommes armés ont incendié une dizaine de maisons mardi à Mirebalais.", []),
    ("Des hommes armés ont ouvert le feu sur des fidèles dimanche à Kafanchan.", ["small_arms"]),
    ("Des individus armés ont abattu deux commerçants mardi à Ansongo.", ["small_arms"]),
    ("Des hommes armés ont tué quatre paysans à coups de machette jeudi près de Lubero.", ["small_arms"]),
    # "bombardement" says fire from afar, not with what (Sudan, Ukraine); the artillery does
    ("Un bombardement a tué neuf civils mardi sur le marché de Kadugli.", []),
    ("Des tirs d'artillerie ont touché mardi un immeuble de Kharkiv.", ["artillery"]),
]


@pytest.mark.parametrize(("sentence", "weapons"), WEAPONS)
def test_weapon_only_when_named(run, sentence, weapons):
    events = run(sentence)
    assert len(events) == 1, sentence
    assert events[0].weapon == weapons


# places where people pass, shop or travel, and the soldiers escorting something, are targets of their own
TARGETS = [
    ("Deux missiles se sont abattus lundi sur la gare de Pokrovsk, tuant neuf civils.", "railway_station"),
    ("Une voiture piégée a explosé mardi devant un centre commercial de Beledweyne, faisant six morts.",
     "shopping_centre"),
    ("Des guérilleros ont attaqué samedi l'escorte militaire d'un convoi de vivres près de Tumaco.", "military_escort"),
    ("Une bombe a explosé au passage de l'escorte d'un gouverneur près de Baqouba, tuant trois gardes.",
     "military_escort"),
    # an incident told as the subject of a killing: what it fell on ("sur", "contre") is its target,
    # not the acting side
    ("Le tir d'un obus sur la gare routière de Kherson a tué quatre personnes jeudi.", "railway_station"),
    ("La frappe contre l'hôpital de Marib a tué six patients mardi, selon le personnel.", "hospital"),
    ("Le bombardement d'artillerie sur le marché de Sévérodonetsk a tué neuf civils.", "market"),
    # Sudan, Central African Republic: a convoy of aid (an agency's, an NGO's, carrying medicines or food) is no
    # military column, and stays the target when the people in it are named too
    ("Un convoi de l'ONG qui transportait des médicaments a été pris pour cible par des hommes armés près de Kutum.",
     "aid_convoy"),
    ("Des hommes armés ont ouvert le feu sur un convoi humanitaire du PAM près de Mellit, blessant deux chauffeurs.",
     "aid_convoy"),
    ("Un convoi d'aide alimentaire a été attaqué mardi par des bandits sur la route de Tawila.", "aid_convoy"),
    # Cameroon, Burkina Faso: a chapel, a church are places of worship
    ("Des hommes armés ont incendié la chapelle de Kumbo dimanche.", "religious_site"),
    ("Des obus sont tombés sur une mosquée à Kharkiv.", "religious_site"),
    # Somalia, Central African Republic: a peacekeeping mission's camp is a military base
    ("Des shebab ont attaqué le camp de la mission de l'Union africaine à Afgoye.", "military_base"),
    ("Des rebelles ont attaqué un camp de la Minusca près de Batangafo, tuant un casque bleu.", "military_base"),
    # Ukraine: a residential building or district struck
    ("Un drone a frappé un bâtiment résidentiel à Kharkiv, blessant sept personnes.", "residential_building"),
    ("Des tirs d'artillerie ont visé des quartiers résidentiels de Kherson, tuant cinq civils.",
     "residential_building"),
]


@pytest.mark.parametrize(("sentence", "target"), TARGETS)
def test_named_site_is_the_target(run, sentence, target):
    events = run(sentence)
    assert len(events) == 1, sentence
    assert events[0].target == target


# strikes fired from a site on the ground are surface fire, unless the air is named; the site fired from is
# the attackers' side, not the target (Syria, DRC, Turkey, Somalia)
FIRED_FROM = [
    ("Les forces américaines ont mené samedi des frappes, depuis le champ pétrolier de Tanak, sur trois villages "
     "à l'est de Mayadine.", "shelling_artillery_missile_attack", None, []),
    ("L'armée a mené dimanche des frappes depuis ses positions de la colline de Kibumba contre les rebelles près "
     "de Rutshuru.", "shelling_artillery_missile_attack", None, []),
    ("Des frappes aériennes menées depuis la base aérienne d'Incirlik ont visé lundi des positions près de Raqqa.",
     "air_drone_strike", "military_base", ["airstrike"]),
    ("Des frappes de drones lancées depuis la base de Baledogle ont visé mardi des shebab près de Jilib.",
     "air_drone_strike", None, ["drone"]),
    ("Des avions ont mené des frappes depuis la base de Hmeimim sur des villages du sud d'Idleb jeudi.",
     "air_drone_strike", None, ["airstrike"]),    # "depuis" an incident is a time, and what that incident hit stays its target
    ("Depuis le tir de trois roquettes mardi contre l'ambassade à Tripoli, la tension ne faiblit pas.",
     "shelling_artillery_missile_attack", "embassy", ["rocket"]),
]


@pytest.mark.parametrize(("sentence", "sub_type", "target", "weapons"), FIRED_FROM)
def test_fired_from_the_ground(run, sentence, sub_type, target, weapons):
    events = run(sentence)
    assert len(events) == 1, sentence
    assert (events[0].sub_event_type, events[0].target, events[0].weapon) == (sub_type, target, weapons)


# a court is a target of its own (Pakistan, Haiti)
@pytest.mark.parametrize(
    "sentence",
    [
        "Un kamikaze s'est fait exploser lundi devant un tribunal de Peshawar, tuant huit personnes.",
        "Des hommes armés ont attaqué mardi le palais de justice de Port-de-Paix.",
    ],
)
def test_court(run, sentence):
    events = run(sentence)
    assert len(events) == 1, sentence
    assert events[0].target == "court"


@pytest.mark.parametrize(("sentence", "sub", "weapon"), [
    # Guinea: clashes with a crowd are a riot, with no firearm unless one is named
    ("Un manifestant a été tué mardi à Conakry lors d'affrontements entre des protestataires et les forces de "
     "l'ordre.", "violent_demonstration", []),
    # Burkina Faso: the same word between armed sides is a battle with small arms
    ("Des affrontements entre l'armée et des jihadistes ont fait dix morts mardi près de Djibo.", "armed_clash",
     ["small_arms"]),
    # Burundi: shots at protesters keep their firearm
    ("Des policiers ont ouvert le feu mardi sur des manifestants qui leur lançaient des pierres à Bujumbura.",
     None, ["small_arms"]),
])
def test_a_clash_word_a_crowd_makes_a_riot_keeps_no_weapon_of_its_own(nlp, sentence, sub, weapon):
    events = nlp(sentence)._.events
    assert events and (sub is None or events[0].sub_event_type == sub) and events[0].weapon == weapon, \
        [(e.sub_event_type, e.weapon) for e in events]


# ships are targets of their own (targets.yaml `vessel`): a merchant or fishing ship carries civilians (a bare
# attack on it is an attack on them), a missile or a drone named makes it remote violence, a warship is a military
# site struck
@pytest.mark.parametrize(("sentence", "sub_type"), [
    ("Un navire marchand a été touché mardi par un missile au large de Hodeïda, selon une agence de sécurité "
     "maritime.", "shelling_artillery_missile_attack"),
    ("Un cargo battant pavillon libérien a été la cible de deux drones dimanche au large de Mokha.",
     "air_drone_strike"),
    ("Les rebelles yéménites ont affirmé mardi avoir visé un vraquier avec des missiles au large de Hodeïda.",
     "shelling_artillery_missile_attack"),
    ("Un drone naval a frappé mardi un navire de guerre russe près de Novorossiïsk.", "air_drone_strike"),
    ("Des pirates ont attaqué vendredi un navire de pêche au large d'Eyl, sur la côte somalienne.", "attack"),
    ("Un pétrolier a été attaqué par une embarcation armée au large de Mukalla, ont indiqué les autorités "
     "maritimes.", "attack"),
])
def test_a_ship_attacked_is_the_target(run, sentence, sub_type):
    events = run(sentence)
    assert [(e.sub_event_type, e.target) for e in events] == [(sub_type, "vessel")]


# a vehicle named in a weapon's name is the bomb, not what it hit (Mali, Nigeria, Colombia)
@pytest.mark.parametrize(("sentence", "target"), [
    ("Une moto piégée a explosé lundi près du poste de police de Gao, blessant deux policiers, selon une source "
     "sécuritaire.", "police_station"),
    ("Une voiture piégée a explosé mardi devant le commissariat central de Kaduna, sans faire de victimes, a "
     "indiqué la police.", "police_station"),
    ("Une moto piégée a explosé vendredi à Menaka, tuant deux personnes, selon des sources locales.", "civilians"),
    ("Un camion piégé a explosé mercredi à l'entrée de la base militaire de Tame, blessant cinq soldats, selon "
     "l'armée.", "military_base"),
])
def test_a_vehicle_bomb_is_no_vehicle_hit(run, sentence, target):
    events = run(sentence)
    assert [(e.sub_event_type, e.target) for e in events] == [("remote_explosive_landmine_ied", target)]


# a shelling word with artillery and drones named stays a shelling: the drones join the fire the verb tells
# (Ukraine, DR Congo); with drones alone, a drone strike (Sudan)
@pytest.mark.parametrize(("sentence", "sub_type"), [
    ("L'armée russe a pilonné à l'artillerie et aux drones la ville de Kherson dans la nuit de mardi, a indiqué "
     "le gouverneur régional.", "shelling_artillery_missile_attack"),
    ("Les rebelles ont pilonné au mortier et aux drones les positions de l'armée près de Walikale jeudi, selon une "
     "source militaire.", "shelling_artillery_missile_attack"),
    ("Des obus d'artillerie et des drones ont frappé dimanche la ville de Zaporijjia, tuant deux civils.",
     "shelling_artillery_missile_attack"),
    ("L'armée a bombardé mardi au drone la localité de Bara, tuant cinq civils, selon des sources locales.",
     "air_drone_strike"),
])
def test_shelling_with_drones_named_too(run, sentence, sub_type):
    assert [e.sub_event_type for e in run(sentence)] == [sub_type]


# drones loaded with explosives before an assault with rifles support a ground assault on a base: a battle
# (Colombia)
def test_drones_before_an_assault_with_rifles_is_a_battle(nlp):
    text = ("Trois soldats ont été tués lundi lors de l'attaque d'un poste militaire à Tame, dans le département "
            "d'Arauca, par des guérilleros de l'ELN, a indiqué l'armée. Selon l'armée, les assaillants ont utilisé des "
            "drones chargés d'explosifs avant de lancer un assaut au fusil. Les soldats ont riposté et les combats "
            "ont duré trois heures.")
    events = nlp(text)._.events
    assert [(e.sub_event_type, e.target) for e in events] == [("armed_clash", "military_base")]


# an oil port or terminal struck is an energy facility, not the tanker "pétrolier" (Yemen, Russia)
@pytest.mark.parametrize("sentence", [
    "Un drone a frappé jeudi le port pétrolier de Ras Issa, provoquant un incendie, selon les Houthis.",
    "Des drones ukrainiens ont frappé vendredi le terminal pétrolier de Novorossiïsk, selon les autorités russes.",
    "Un missile a touché lundi le port pétrolier de Tuapse, provoquant un incendie, selon le gouverneur.",
])
def test_an_oil_port_is_an_energy_facility(run, sentence):
    assert [e.target for e in run(sentence)] == ["energy_facility"]

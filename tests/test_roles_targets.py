"""roles.choose_target on sentences written for the project: which target word is what a mention hit.

Each case gives the sentence, its trigger words (the heads the detector would pass), the event type
and the expected target. The target words are found with targets.yaml, plus a settlement entry
(``village``) to test the rule for a settlement struck.
"""

from __future__ import annotations

import pytest

import sentinelle
from sentinelle.events.lexicon import TargetEntry, get_lexicon
from sentinelle.events.matching import PhraseIndex, doc_units
from sentinelle.events.roles import SETTLEMENT, choose_target

VILLAGE = TargetEntry(target=SETTLEMENT, category="civilians", phrases=["village", "hameau"])


@pytest.fixture(scope="module")
def target_of(nlp):
    index = PhraseIndex()
    for entry in [VILLAGE, *get_lexicon("fr").targets.targets]:
        for p in entry.phrases:
            index.add(p, entry)

    def _target(sentence: str, triggers: tuple[str, ...], event_type: str | None) -> str | None:
        doc = nlp(sentence)
        heads = [t for t in doc if t.text in triggers]
        assert len(heads) == len(triggers), [t.text for t in doc]
        targets = [(h.payload, [doc[i] for i in range(h.start, h.end)]) for h in index.find_best(doc_units(doc))]
        return choose_target(heads, targets, event_type).target

    return _target


REMOTE = "explosions_remote_violence"
VAC = "violence_against_civilians"

CASES = [
    # a settlement as the object of a strike or a shelling is the target "village" (Syria, Lebanon, Ukraine)
    ("Les frappes ont visé samedi les villages de Kafr Nabl et de Maarat Harma, dans le sud d'Idleb.",
     ("frappes", "visé"), REMOTE, "village"),
    ("L'artillerie a pilonné dimanche le village de Yaroun, près de la frontière.", ("pilonné",), REMOTE, "village"),
    ("Des obus sont tombés lundi sur plusieurs villages du district de Koupiansk.", ("tombés",), REMOTE, "village"),
    # only where it happened: no target
    ("Un drone a frappé une moto mardi dans le village de Tillia, tuant deux combattants.",
     ("frappé",), REMOTE, "vehicle"),
    ("Des affrontements ont éclaté jeudi dans le village de Mbau entre l'armée et les rebelles.",
     ("affrontements",), "battles", None),
    # a settlement attacked on the ground, or struck with its inhabitants killed: the civilians (Sahel, Myanmar)
    ("Des hommes armés ont attaqué le village de Solhan dans la nuit de vendredi.", ("attaqué",), VAC, "civilians"),
    ("Douze villageois ont été tués lors d'une frappe aérienne sur un village de la région de Magway.",
     ("tués", "frappe"), REMOTE, "civilians"),
    # the victims' own label when the words say who they were (Mali, South Sudan)
    ("Deux humanitaires ont été enlevés jeudi près de Kidal par des hommes armés.", ("enlevés",), VAC, "aid_workers"),
    ("Trois travailleurs humanitaires ont été tués lundi dans une embuscade près de Yei.", ("tués",), VAC,
     "aid_workers"),
    # a site named in another clause is not what was struck (Somalia, Nigeria, Iraq)
    ("Vingt personnes ont été tuées sur le coup lors de l'attentat de Beledweyne, tandis que cinq autres sont "
     "mortes à l'hôpital.", ("tuées", "attentat"), REMOTE, "civilians"),
    ("Le kamikaze s'est fait exploser devant le marché de Gwoza, puis les blessés ont été évacués vers "
     "l'hôpital de Damboa.", ("exploser",), REMOTE, "market"),
    ("Une roquette a visé la base de Taji, alors que les soldats se trouvaient à l'aéroport.", ("visé",), REMOTE,
     "military_base"),
    # the victims' own home is where they were killed, not what was struck (Haiti, Burkina Faso)
    ("Deux femmes ont été tuées à l'intérieur de leur maison à Cabaret, selon la police.", ("tuées",), VAC,
     "civilians"),
    ("Un obus est tombé mardi sur leur maison à Kaya, tuant trois enfants.", ("tombé",), REMOTE,
     "residential_building"),
    # ... but their home struck is the target, even when the parser reads it as no object of the strike verb
    # (Lebanon, Ukraine, Yemen)
    ("À Saïda, deux civils, un homme et sa fille, ont été tués lorsqu'une frappe a touché leur maison, a indiqué "
     "le ministère de la Santé.", ("tués", "frappe", "touché"), REMOTE, "residential_building"),
    ("À Kherson, une femme et son mari ont été tués lorsqu'un obus a touché leur immeuble, a indiqué le "
     "gouverneur.", ("tués", "touché"), REMOTE, "residential_building"),
    ("À Taëz, deux enfants ont été tués lorsqu'un obus a frappé leur maison, selon des sources médicales.",
     ("tués", "frappé"), REMOTE, "residential_building"),
    # a street's name or a town's head count names no target (Guinea, Haiti, Colombia)
    ("Des jeunes ont affronté la police samedi sur l'avenue de l'Hôpital, à Kindia.", ("affronté",), "riots",
     None),
    ("La police a arrêté lundi un chef de gang à Gonaïves, ville de 300 000 habitants.", ("arrêté",),
     "strategic_developments", None),
    ("Une bombe a explosé mercredi devant le marché de la rue du Commerce à Cúcuta.", ("explosé",), REMOTE,
     "market"),
    ("Les manifestants ont jeté des pierres sur les policiers au rond-point Mosquée, à Kindia.", ("jeté",),
     "riots", None),
    ("Les manifestants ont jeté des pierres sur la grande mosquée, à Kindia.", ("jeté",), "riots", "religious_site"),
]


@pytest.mark.parametrize(("sentence", "triggers", "event_type", "target"), CASES)
def test_choose_target(target_of, sentence, triggers, event_type, target):
    assert target_of(sentence, triggers, event_type) == target


# ----------------------------------------------------------------------------- who was hit (choose_actors)

# (sentence, trigger word, actor1, actor2): the side hit read from "être la cible / victime de", "subir /
# essuyer", victims named after a colon, a subject the parser hung elsewhere, and the place hit standing for
# the side holding it (a military post: the army of its country; homes, villages, a market: civilians).
SIDE_CASES = [
    # Mali, Niger, Nigeria, Burkina Faso: a post hit is the army of the country it is in
    ("Le poste militaire de Ménaka a été la cible d'une attaque de jihadistes dimanche soir.", "cible",
     "Unidentified Armed Group", "Military Forces of Mali"),
    ("Le camp militaire de Tillabéri a été la cible d'une attaque de l'État islamique mardi.", "cible",
     "Islamic State", "Military Forces of Niger"),
    ("La caserne de Maiduguri a été victime d'une attaque de Boko Haram samedi.", "attaque",
     "Boko Haram", "Military Forces of Nigeria"),
    ("Le détachement militaire de Djibo a subi samedi une attaque de jihadistes.", "attaque",
     "Unidentified Armed Group", "Military Forces of Burkina Faso"),
    # Mali: the subject of "faire l'objet d'" an ambush underwent it
    ("Un convoi de la Minusma a fait l'objet d'une embuscade près de Tessalit samedi.", "embuscade",
     None, "United Nations Peacekeepers"),
    # Somalia: the subject of "essuyer" an ambush underwent it
    ("Un convoi de l'armée somalienne a essuyé samedi une embuscade des shebabs près de Baidoa.", "embuscade",
     "Al Shabaab", "Military Forces of Somalia"),
    ("Des combattants d'Al-Shabaab ont attaqué la base militaire de Bulo Marer, au sud de Mogadiscio.", "attaqué",
     "Al Shabaab", "Military Forces of Somalia"),
    # DRC, Afghanistan, Colombia: a police station hit is the police of its country
    ("Le commissariat de Beni a été la cible d'une attaque des ADF lundi.", "cible",
     "Allied Democratic Forces (ADF)", "Police Forces of the Democratic Republic of Congo"),
    ("Des talibans ont attaqué un poste de police dans la province de Ghazni.", "attaqué",
     "Taliban", "Police Forces of Afghanistan"),
    ("Des guérilleros de l'ELN ont attaqué le poste de police de Saravena, dans le département d'Arauca.", "attaqué",
     "National Liberation Army (ELN)", "Police Forces of Colombia"),
    # Syria, Iraq: the victims named after a colon say who was killed
    ("Deux hommes ont été tués samedi près d'Idleb : deux commandants du groupe Hayat Tahrir al-Cham.", "tués",
     None, "Hayat Tahrir al-Sham (HTS)"),
    ("Trois personnes ont été tuées dimanche à Kirkouk : des membres de l'État islamique.", "tuées",
     None, "Islamic State"),
    # Yemen, Ukraine: the doer the parser hung on "sud" / read with a bare head; a unit named by its demonym
    ("Plus au sud, la défense aérienne de la frégate française a abattu deux drones lancés par les Houthis.",
     "abattu", "Military Forces of France", "Houthis (Ansar Allah)"),
    ("Dans la nuit, la défense aérienne de la base ukrainienne de Starokostiantyniv a abattu deux drones.",
     "abattu", "Military Forces of Ukraine", None),
    # Iraq: a foreign base named by its demonym is that army's
    ("Des roquettes ont visé la base américaine d'Aïn al-Asad mardi.", "visé",
     None, "Military Forces of the United States"),
    # Lebanon, Gaza, Sudan, Haiti, DRC: homes, a market, a camp hit are the civilians
    ("Un obus israélien a frappé sa maison à Aïtaroun mardi.", "frappé", "Military Forces of Israel", "Civilians"),
    ("Une femme a été tuée par des tirs de soldats israéliens à Jénine.", "tuée", "Military Forces of Israel",
     "Civilians"),
    ("Une frappe aérienne a visé plusieurs habitations à Rafah dimanche.", "visé", None, "Civilians"),
    ("Les FSR ont bombardé le marché de Mellit samedi.", "bombardé", "Rapid Support Forces (RSF)", "Civilians"),
    # Nigeria, Myanmar: a village stormed is its inhabitants; struck from afar it is only the target "village"
    ("Des combattants de Boko Haram ont attaqué le village de Gwoza dans la nuit.", "attaqué", "Boko Haram",
     "Civilians"),
    ("L'armée a bombardé plusieurs villages de la région de Sagaing.", "bombardé", "Military Forces", None),
    ("Des gangs ont incendié plusieurs maisons à Mirebalais.", "incendié", "Unidentified Gang", "Civilians"),
    ("Le camp de déplacés de Rhoe a été la cible d'une attaque de miliciens de la CODECO.", "cible",
     "Cooperative for the Development of Congo (CODECO)", "Civilians"),
    # Somalia, Mali: the claimant of attacks the parser hung on "communiqué(s)" without a preposition
    ("Les shebabs ont revendiqué, dans un communiqué, des attaques contre des positions de l'armée somalienne "
     "près de Baidoa.", "attaques", "Al Shabaab", "Military Forces of Somalia"),
    ("De son côté, le JNIM a revendiqué, dans deux communiqués distincts, des attaques contre des positions de "
     "l'armée malienne près de Boni.", "attaques", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
     "Military Forces of Mali"),
    # a side named in the phrase hit beats the place; a place that stands for no side gives none (Mali, Syria)
    ("Des rebelles ont attaqué une position de l'armée malienne près de Kidal.", "attaqué",
     "Unidentified Armed Group", "Military Forces of Mali"),
    ("Un drone a frappé un entrepôt d'armes près de Deir ez-Zor.", "frappé", None, None),
]


@pytest.fixture(scope="module")
def sides_of(nlp):
    import datetime as dt

    from sentinelle.events.actor_choice import choose_actors
    from sentinelle.events.lexicon import keys

    lex = get_lexicon("fr")
    claim, repel = keys(lex.modality.claim_verbs), keys(lex.triggers.repel_verbs)

    def _sides(sentence: str, trigger: str) -> tuple[str | None, str | None]:
        doc = nlp.make_doc(sentence)
        doc._.published = dt.date(2024, 6, 15)
        doc._.warnings = []
        doc = nlp(doc)
        token = next(t for t in doc if t.text == trigger)
        a1, a2 = choose_actors(doc, doc._.actor_mentions, token, claim, repel)
        return (a1[0].normalized if a1 else None), (a2[0].normalized if a2 else None)

    return _sides


@pytest.mark.parametrize(("sentence", "trigger", "actor1", "actor2"), SIDE_CASES)
def test_who_was_hit(sides_of, sentence, trigger, actor1, actor2):
    assert sides_of(sentence, trigger) == (actor1, actor2)


def test_a_side_read_from_the_place_hit_does_not_type_the_attack():
    # "ont pris d'assaut la localité": its inhabitants are the side hit, but whether the attack was on civilians is
    # the target words' call; a side named in the text still types it
    from sentinelle.actors import site_side
    from sentinelle.events.roles import side_category
    from sentinelle.model import Actor

    place = site_side("la localité", stormed=True)
    assert place is not None and place.normalized == "Civilians"
    assert site_side("la localité") is None  # struck from afar, a settlement stands for no side
    assert side_category((place, (0, 10))) is None
    named = Actor(name="des civils", normalized="Civilians", kind="civilians")
    assert side_category((named, (0, 10))) == "civilians"


@pytest.mark.parametrize(("sentence", "actor1", "actor2"), [
    # Sudan: "X ont opposé A à B" (the parser may hang "aux B" on A)
    ("De violents combats ont opposé mardi l'armée aux FSR à Nyala.", "Military Forces", "Rapid Support Forces (RSF)"),
    # DR Congo: the participle on the fight noun
    ("Mardi, des combats opposant les FARDC aux ADF ont fait dix morts près de Beni.",
     "Military Forces of the Democratic Republic of Congo", "Allied Democratic Forces (ADF)"),
    # DR Congo: "entre A et B"
    ("Des affrontements entre l'armée et les rebelles du M23 ont eu lieu mardi près de Sake.", "Military Forces",
     "March 23 Movement (M23)"),
    # Mali
    ("Des combats ont opposé mardi l'armée malienne à des jihadistes près de Douentza.", "Military Forces of Mali",
     "Unidentified Armed Group"),
])
def test_the_two_sides_of_a_fight_told_as_a_pair(nlp, sentence, actor1, actor2):
    events = nlp(sentence)._.events
    assert [(e.actor1.normalized if e.actor1 else None, e.actor2.normalized if e.actor2 else None)
            for e in events] == [(actor1, actor2)]


def test_the_subject_of_a_verb_of_suffering_underwent_the_shots(nlp):
    # Mali: "une patrouille a essuyé des tirs": the patrol was fired on, it did not fire
    events = nlp("Vendredi, une patrouille de l'armée malienne a essuyé des tirs près de Ménaka.")._.events
    assert [(e.actor1.normalized if e.actor1 else None, e.actor2.normalized if e.actor2 else None)
            for e in events] == [("Unidentified Armed Group", "Military Forces of Mali")]


@pytest.mark.parametrize(("sentence", "wanted"), [
    # Central African Republic, Nigeria, Sudan: a convoy of aid, traders' trucks or civilians attacked is an attack
    # on the people in it; a military convoy attacked with no weapon named stays remote violence on a convoy
    ("Mardi, un convoi de camions transportant de l'aide a été attaqué près de Kaga-Bandoro ; deux chauffeurs ont "
     "été tués.", ("attack", "vehicle")),
    # (a convoy of aid is its own target: the aid workers in it)
    ("Mardi, des hommes armés ont tendu une embuscade à un convoi humanitaire près de Bossangoa.",
     ("attack", "aid_convoy")),
    ("Jeudi, un convoi de commerçants a été attaqué sur la route de Gusau.", ("attack", "vehicle")),
    ("Mardi, un convoi militaire a été attaqué près de Kaga-Bandoro.", (None, "military_convoy")),
])
def test_a_convoy_of_civilians_attacked_is_an_attack_on_them(nlp, sentence, wanted):
    events = nlp(sentence)._.events
    assert [(e.sub_event_type, e.target) for e in events] == [wanted]


@pytest.mark.parametrize(("sentence", "target"), [
    # Mali, Nigeria, Haiti: the people a trigger names as those it was aimed at are its target; the subject of the
    # active verb did it
    ("Samedi, des jihadistes ont tiré sur les villageois près de Bankass.", "civilians"),
    ("Lundi, des bandits ont tiré sur des civils près de Gusau.", "civilians"),
    ("Mardi, des soldats ont été tués par des jihadistes près de Bankass.", "troops"),
])
def test_the_people_fired_on_are_the_target_not_the_shooters(nlp, sentence, target):
    assert [e.target for e in nlp(sentence)._.events] == [target]


@pytest.mark.parametrize(("sentence", "wanted"), [
    # Burkina Faso, Somalia, Cameroon, Haiti: a vehicle attacked with no weapon named carries people (an attack on
    # its passengers); an army vehicle is manned (a battle); a mine or a drone types it whatever the vehicle
    ("Mardi, des hommes armés ont attaqué un bus près de Titao, tuant deux passagers.",
     ("violence_against_civilians", "attack")),
    ("Jeudi, des miliciens ont attaqué un camion de marchandises près de Mubi.", ("violence_against_civilians", "attack")),
    ("Mardi, des jihadistes ont attaqué un véhicule de l'armée près de Titao.", ("battles", "armed_clash")),
    ("Lundi, des shebab ont attaqué un camion militaire près d'Afgooye, tuant trois soldats.",
     ("battles", "armed_clash")),
    # South Sudan: any vehicle carrying troops, also with the line broken inside the phrase
    ("Samedi, des rebelles ont tendu une embuscade à un véhicule transportant des \ntroupes gouvernementales près "
     "de Yei, tuant neuf soldats.", ("battles", "armed_clash")),
    ("Mardi, un véhicule militaire a sauté sur une mine près de Mokolo.",
     ("explosions_remote_violence", "remote_explosive_landmine_ied")),
    ("Mardi, un drone a frappé un véhicule près de Titao.", ("explosions_remote_violence", "air_drone_strike")),
])
def test_a_vehicle_attacked_by_who_rides_it(nlp, sentence, wanted):
    assert [(e.event_type, e.sub_event_type) for e in nlp(sentence)._.events] == [wanted]


@pytest.mark.parametrize(("sentence", "wanted"), [
    # West Bank, Afghanistan: one person named by nationality ("un Palestinien", "une Afghane") is a civilian victim
    ("Un Palestinien a été tué mercredi à Qalqilya par des soldats israéliens.", ("attack", 1)),
    ("Des soldats israéliens ont tué un Palestinien mercredi à Tulkarem.", ("attack", 1)),
    ("Une Afghane a été tuée mardi à Kandahar par des hommes armés.", ("attack", 1)),
])
def test_one_person_named_by_nationality_is_a_victim(nlp, sentence, wanted):
    assert [(e.sub_event_type, e.fatalities) for e in nlp(sentence)._.events] == [wanted]


@pytest.mark.parametrize(("sentence", "wanted"), [
    # Burkina Faso, Nigeria, CAR: "a tenté de" (tenter) is no tent, whatever the keys share
    ("Dans la nuit de samedi à dimanche, des jihadistes ont tenté d'attaquer le poste militaire de Djibasso. Ils ont "
     "été repoussés par les soldats.", [("armed_clash", "military_base")]),
    ("Des combattants de l'ISWAP ont tenté de prendre d'assaut la caserne de Gwoza lundi soir.",
     [("armed_clash", "military_base")]),
    ("Un groupe armé a tenté lundi de s'emparer de la base de la Minusca à Batangafo.",
     [("armed_clash", "military_base")]),
    # Niger: "ont marché" (marcher) is no market
    ("Les combattants ont marché pendant deux jours avant d'attaquer la garnison de Tillia.",
     [("armed_clash", "military_base")]),
    # Sudan: the noun itself is still what was hit
    ("Des hommes armés ont incendié dimanche une tente abritant des déplacés à Tawila.",
     [("looting_property_destruction", "residential_building")]),
])
def test_a_verb_form_is_no_thing_hit(nlp, sentence, wanted):
    assert [(e.sub_event_type, e.target) for e in nlp(sentence)._.events] == wanted


@pytest.mark.parametrize("text", [
    # Haiti, Mali, DR Congo: the object of a present participle that is no trigger ("vidant la prison", "libérant
    # les détenus de la prison") is what that other act did, not what the capture or the assault hit, however the
    # parser hangs the participle
    "C'est à Jacmel qu'il enseignait quand, le 3 mars, les gangs ont pris le contrôle de la ville, vidant la prison "
    "civile et chassant les habitants.",
    "Le 2 mars, les jihadistes ont pris le contrôle de Ménaka après de violents combats, vidant le commissariat et "
    "pillant les boutiques.",
    "Le 4 mars, les rebelles ont conquis la ville de Kalemie, vidant la prison et occupant la mairie.",
])
def test_the_object_of_another_participle_is_no_target(text):
    events = sentinelle.extract(text, published="2026-03-14", relevance_gate=False).events
    assert [e.target for e in events] == [None]

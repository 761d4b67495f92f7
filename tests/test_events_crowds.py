"""Crowds in a fight, protests turned violent and shootings that wound (triggers.yaml, events.roles,
events.triggers, actors.matcher): sentences written for these tests, from several countries and outlet styles."""

from __future__ import annotations

import pytest

import sentinelle


def _events(nlp, text):
    return [(e.sub_event_type, e.location.name if e.location else None) for e in nlp(text)._.events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali, Niger, Côte d'Ivoire, Togo: a fight whose sides include a crowd is a violent demonstration, whether the
    # sides hang on the noun ("heurts entre") or on the verb it is the subject of ("ont opposé des jeunes aux")
    ("Des heurts ont opposé jeunes et policiers vendredi à Bamako.", [("violent_demonstration", "Bamako")]),
    ("Des heurts ont éclaté samedi entre manifestants et forces de l'ordre à Niamey.",
     [("violent_demonstration", "Niamey")]),
    ("Des échauffourées ont opposé dimanche des jeunes aux gendarmes à Abidjan.",
     [("violent_demonstration", "Abidjan")]),
    # ... but "de jeunes combattants" are fighters: a battle
    ("De violents affrontements ont opposé l'armée à de jeunes combattants du M23 lundi près de Goma.",
     [("armed_clash", "Goma")]),
    ("Des combats entre l'armée et les rebelles ont éclaté mardi près de Bambari.", [("armed_clash", "Bambari")]),
    # Senegal, Guinea, Togo: a protest that "dégénère" turned violent, also told in a relative clause
    ("Une manifestation contre la vie chère a dégénéré mardi à Dakar.", [("violent_demonstration", "Dakar")]),
    ("Une manifestation qui a dégénéré mardi à Kindia a fait trois blessés.",
     [("violent_demonstration", "Kindia")]),
    ("Selon la police, le rassemblement a dégénéré en affrontements dimanche soir à Lomé.",
     [("violent_demonstration", "Lomé")]),
    # ... while a debate that "dégénère" is no protest
    ("Le débat à l'Assemblée a dégénéré mardi à Dakar.", []),
])
def test_crowds_and_protests_turned_violent(nlp, text, wanted):
    assert _events(nlp, text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Haiti, Guadeloupe: police shot and wounded are an armed clash (security forces hit), a passer-by an attack
    ("Deux policiers ont été blessés par balles lundi soir à Port-au-Prince.", ("armed_clash", "Police Forces")),
    ("Des gendarmes ont été blessés par balle lundi à Pointe-à-Pitre, en Guadeloupe.", ("armed_clash", "Gendarmerie")),
    # DR Congo, Central African Republic: civilians wounded by gunfire
    ("Un civil a été grièvement blessé par des tirs de soldats lundi à Goma.", ("attack", "Civilians")),
    ("Deux passants ont été blessés par balle samedi à Bangui.", ("attack", None)),
])
def test_a_shooting_that_wounds_is_an_event(nlp, text, wanted):
    events = nlp(text)._.events
    assert len(events) == 1, [(e.sub_event_type, e.location) for e in events]
    e = events[0]
    assert e.sub_event_type == wanted[0] and e.weapon == ["small_arms"] and e.fatalities in (None, 0)
    if wanted[1] is not None:
        assert e.actor2 is not None and e.actor2.normalized.startswith(wanted[1])


def test_a_wounding_headline_passes_the_relevance_gate():
    # a headline with nothing around it: "blessé par balle" is said of violence only (relevance.yaml `strong`)
    result = sentinelle.extract("Deux passants blessés par balle samedi à Bangui", published="2024-06-15")
    assert [e.location.name for e in result.events] == ["Bangui"], result.warnings


@pytest.mark.parametrize(("text", "target"), [
    # "marche" (a march) and "marché" (a market) share a key once accents are dropped
    ("La marche de l'opposition a été dispersée jeudi à Conakry.", None),
    ("Des hommes armés ont attaqué le marché de Gao mardi.", "market"),
])
def test_a_march_is_no_market(nlp, text, target):
    events = nlp(text)._.events
    assert len(events) == 1 and events[0].target == target


@pytest.mark.parametrize(("text", "wanted"), [
    # Sudan, DR Congo: a march is a protest with what makes it one ("pacifique", "organisée par")
    ("Samedi à Kosti, une marche pacifique organisée par les comités de résistance s'est déroulée dans le calme.",
     [("peaceful_protest", "Kosti")]),
    ("Une marche organisée par la société civile a eu lieu lundi à Uvira.", [("peaceful_protest", "Uvira")]),
    ("Des milliers de personnes ont participé samedi à une marche pour la paix à Uvira.",
     [("peaceful_protest", "Uvira")]),
    # ... but a country "en marche vers la paix" marches nowhere
    ("Le pays est en marche vers la paix, a déclaré le président à Bangui après la signature de l'accord.", []),
    # CAR, Haiti: a crowd that marches
    ("Des centaines de femmes ont marché mardi dans les rues de Paoua pour réclamer la libération de leurs maris.",
     [("peaceful_protest", "Paoua")]),
    ("Des milliers d'habitants ont marché jeudi dans les rues de Mirebalais contre l'insécurité.",
     [("peaceful_protest", "Mirebalais")]),
    # Burkina Faso, Niger: a market organised is no march, fighters marching to an attack no protest
    ("Le marché hebdomadaire organisé à Djibasso a été attaqué par des hommes armés dimanche.",
     [("attack", "Djibasso")]),
    ("Les combattants ont marché pendant deux jours avant d'attaquer la garnison de Tillia.",
     [("armed_clash", "Tillia")]),
])
def test_a_march_is_a_protest(nlp, text, wanted):
    assert _events(nlp, text) == wanted


@pytest.mark.parametrize("text", [
    # DR Congo, Sudan: a day the parser took for the object of "opposer" is no side of the fight
    "De violents affrontements ont opposé lundi l'armée congolaise aux rebelles du M23 près de Goma.",
    "De violents combats ont opposé samedi l'armée soudanaise aux FSR près d'El Obeid.",
])
def test_a_day_is_no_side_of_a_pair(nlp, text):
    events = nlp(text)._.events
    assert len(events) == 1
    sides = {events[0].actor1.normalized, events[0].actor2.normalized}
    assert any(s.startswith("Military Forces of") for s in sides), sides
    assert not any(s.startswith("Unidentified") for s in sides), sides


@pytest.mark.parametrize(("text", "wanted"), [
    # Senegal, Guinea: a protest where someone was killed was met with lethal force, not a peaceful one
    ("A Saint-Louis, un étudiant a été tué vendredi lors de manifestations contre le report de la présidentielle.",
     ("excessive_force_against_protesters", 1, None)),
    # the people of a peaceful protest are who marched, not its target
    ("Des milliers de personnes ont manifesté vendredi à Dakar contre le report de la présidentielle.",
     ("peaceful_protest", None, None)),
])
def test_protests_with_their_dead_and_their_people(text, wanted):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [(e.sub_event_type, e.fatalities, e.target) for e in events] == [wanted]


@pytest.mark.parametrize(("text", "wanted"), [
    # Burundi: clashes with no named sides beside a riot at that place and day are the riot's (no guns implied)
    ("Des heurts ont éclaté lundi à Bujumbura. Les manifestants ont affronté la police dans le quartier de Kinama, "
     "selon des témoins.", [("violent_demonstration", "Bujumbura", [])]),
    # DR Congo: a battle between named sides stays a battle beside a riot
    ("Des heurts entre l'armée et les rebelles ont éclaté lundi à Bunia. Des jeunes ont incendié un commissariat à "
     "Bunia.", [("armed_clash", "Bunia", ["small_arms"]), ("violent_demonstration", "Bunia", [])]),
])
def test_clashes_beside_a_riot(text, wanted):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [(e.sub_event_type, e.location.name, e.weapon) for e in events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo, Mali, Syria: people who march or demonstrate are coded as protesters, whoever they are
    ("Des dizaines de jeunes ont marché lundi vers la mairie de Bukavu pour réclamer de l'eau.",
     ("peaceful_protest", "Protesters")),
    ("Des civils maliens ont manifesté lundi à Gao contre la présence de la force étrangère.",
     ("peaceful_protest", "Protesters (Mali)")),
    ("Des habitants ont manifesté lundi à Bukavu. La police les a dispersés à coups de gaz lacrymogène.",
     ("protest_with_intervention", "Protesters")),
    # DR Congo: people who riot are rioters
    ("Des jeunes en colère ont incendié lundi un commissariat à Kinshasa.", ("violent_demonstration", "Rioters")),
    # Syria: people named as protesters stay so
    ("Des manifestants ont défilé vendredi à Soueïda contre la vie chère.", ("peaceful_protest", "Protesters")),
])
def test_a_crowd_is_coded_by_what_it_does(nlp, text, wanted):
    events = nlp(text)._.events
    assert [(e.sub_event_type, e.actor1.normalized if e.actor1 else None) for e in events] == [wanted]


@pytest.mark.parametrize(("text", "wanted"), [
    # Central African Republic, Burkina Faso, Haiti: people said to be angry are a crowd; what they wreck is a riot
    ("Des habitants en colère ont saccagé mardi le commissariat de Bambari.", "violent_demonstration"),
    ("Des villageois furieux ont incendié mardi la mairie de Djibo.", "violent_demonstration"),
    # people not said to be a crowd or angry: property destroyed
    ("Des habitants ont incendié mardi la mairie de Djibo.", "looting_property_destruction"),
])
def test_angry_people_are_a_crowd(nlp, text, wanted):
    assert [e.sub_event_type for e in nlp(text)._.events] == [wanted]


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso, Niger: a march for a cause, "en soutien à" or "pour soutenir", is a protest
    ("Des milliers de personnes ont marché mardi à Ouagadougou en soutien aux autorités de la transition.",
     ["peaceful_protest"]),
    ("Des centaines de jeunes ont défilé samedi à Niamey pour soutenir l'armée.", ["peaceful_protest"]),
    # walking is no march for a cause
    ("Le président a marché mardi à Niamey.", []),
])
def test_a_march_in_support_is_a_protest(nlp, text, wanted):
    assert [e.sub_event_type for e in nlp(text)._.events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Pakistan, DR Congo, Mali, Haiti: what a protest is against is its grievance, not an incident told ("contre les
    # enlèvements", "pour dénoncer les tueries", the second of two grievances too)
    ("Des familles ont manifesté samedi à Mardan contre les enlèvements.", ["peaceful_protest"]),
    ("Des familles ont manifesté samedi à Mardan contre les disparitions forcées.", ["peaceful_protest"]),
    ("Des centaines de jeunes ont marché samedi à Butembo pour dénoncer les tueries.", ["peaceful_protest"]),
    ("Des proches de disparus ont manifesté samedi à Sévaré pour dénoncer à la fois l'insécurité et les "
     "enlèvements attribués aux milices.", ["peaceful_protest"]),
    ("Des commerçants ont manifesté samedi à Cap-Haïtien contre les kidnappings.", ["peaceful_protest"]),
    # Burkina Faso, Cameroon: any verb of grievance of the one list (event_words.yaml grievance_verbs)
    ("Des femmes ont marché dimanche à Kaya pour déplorer les enlèvements de leurs maris.", ["peaceful_protest"]),
    ("Des étudiants ont manifesté lundi à Kumbo pour exiger la fin des exécutions sommaires.",
     ["peaceful_protest"]),
    # near miss: an act with its own complement may be an incident of its own
    ("Des hommes armés ont enlevé samedi trois enseignants à Butembo.", ["abduction_forced_disappearance"]),
])
def test_a_protests_grievance_is_no_incident(text, wanted):
    events = sentinelle.extract(text, published="2024-05-12", relevance_gate=False).events
    assert [e.sub_event_type for e in events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo, Nigeria: "arrêter" a vehicle is stopping it, not an arrest; a person arrested is one
    ("Samedi, un bus a été arrêté par des miliciens près de Komanda.", []),
    ("Samedi, la police a arrêté un camion transportant des armes près de Damboa.", []),
    ("Samedi, trois miliciens ont été arrêtés près de Komanda.", ["arrests"]),
    ("Samedi, la police a arrêté le chauffeur d'un camion près de Damboa.", ["arrests"]),
])
def test_a_vehicle_stopped_is_no_arrest(text, wanted):
    events = sentinelle.extract(text, published="2024-05-12", relevance_gate=False).events
    assert [e.sub_event_type for e in events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Mauritania, Haiti, DR Congo: residents or drivers blocking a road for a grievance protest; burning tyres
    # or raising barricades they riot
    ("Des manifestants ont bloqué lundi la route nationale 1 à Kiffa pour protester contre les coupures "
     "d'électricité.", [("peaceful_protest", "Kiffa")]),
    ("Des habitants de Léogâne ont érigé des barricades lundi pour réclamer la réhabilitation de la route.",
     [("violent_demonstration", "Léogâne")]),
    ("Mardi, des chauffeurs de taxi-moto ont bloqué la circulation à Rutshuru et brûlé des pneus pour protester "
     "contre l'insécurité.", [("violent_demonstration", "Rutshuru")]),
    # ... and so do people of a crowd or of a trade blocking a road with no grievance told
    ("Des jeunes en colère ont bloqué vendredi la route principale de Pemba après le meurtre d'un commerçant.",
     [("peaceful_protest", "Pemba")]),
    ("Des habitants ont bloqué lundi la route nationale à Kiffa.", [("peaceful_protest", "Kiffa")]),
    # Burkina Faso, Haiti, DR Congo: an armed side blocking a road or raising barricades neither protests nor
    # riots, whatever it demands
    ("Des hommes armés ont érigé des barricades sur l'axe Kaya-Kongoussi mardi, rançonnant les voyageurs.", []),
    ("Des membres d'un groupe armé ont brûlé des pneus et bloqué la route nationale à Mirebalais mardi.", []),
    ("Les miliciens ont bloqué la route de Kalehe mardi pour exiger la libération de leur chef.", []),
    ("Des éléments du groupe armé ont manifesté leur présence en bloquant la route de Tillia mardi.", []),
    ("Les rebelles ont bloqué samedi tous les accès à la ville de Rutshuru.", []),
    ("Des soldats ont bloqué la route menant à Kiffa mardi.", []),
    # ... while gangs who raise barricades and fire on vehicles attack the people in them
    ("Depuis lundi, des gangs armés ont dressé des barricades à l'entrée de Mirebalais et tirent sur les "
     "véhicules.", [("attack", "Mirebalais")]),
])
def test_roads_blocked_by_a_crowd_or_by_an_armed_side(nlp, text, wanted):
    assert _events(nlp, text) == wanted

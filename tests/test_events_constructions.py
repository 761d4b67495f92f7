"""Who did it and how sure, from reporting constructions (actor_choice support verbs, triggers' unattached
objects, assemble's assault rule, attribution source kinds, the relevance gate's air-arm words): sentences
written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


@pytest.mark.parametrize(("text", "actor1"), [
    # Sudan, Lebanon, DR Congo, Somalia: the subject of a support verb ("mener", "lancer", "effectuer") did the
    # act its object names, also when the noun holds an adjective of its own ("des frappes aériennes")
    ("L'armée soudanaise a mené des frappes aériennes contre des positions des FSR à Bara.",
     "Military Forces of Sudan"),
    ("L'aviation israélienne a effectué des frappes sur Khiam mardi.", "Military Forces of Israel"),
    ("Les rebelles du M23 ont lancé une attaque contre Sake mardi.", "March 23 Movement (M23)"),
    ("Les shebab ont lancé mardi une attaque contre la ville de Jowhar.", "Al Shabaab"),
])
def test_the_subject_of_a_support_verb_did_it(nlp, text, actor1):
    events = nlp(text)._.events
    assert len(events) == 1 and events[0].actor1 is not None, [(e.sub_event_type, e.actor1) for e in events]
    assert events[0].actor1.normalized == actor1


@pytest.mark.parametrize(("text", "wanted"), [
    # Somalia, Mali: "attentat" is as often a bomb as a storming: no battle is made of it without more words
    ("Les shebab ont perpétré un attentat mardi à Mogadiscio.", []),
    ("Les shebab ont attaqué mardi la ville de Jowhar.", [("armed_clash", "Jowhar")]),
])
def test_assaults_on_a_town(nlp, text, wanted):
    assert [(e.sub_event_type, e.location.name) for e in nlp(text)._.events] == wanted


@pytest.mark.parametrize(("text", "place"), [
    # Burkina Faso: the tagger's MISC "Kaya par des hommes" (a place running on into lower-case words) is no name
    # hiding the town
    ("Trois civils ont été tués mardi à Kaya par des hommes armés.", "Kaya"),
    ("Un policier a été tué lundi à Kaya par des hommes armés.", "Kaya"),
    # Pakistan: "l'attentat de Bannu", an entity of the tagger around the town with lower-case words only
    ("Le ministre a condamné l'attentat de Bannu, qui a tué 12 policiers mardi.", "Bannu"),
])
def test_a_tagger_entity_running_past_a_town_does_not_hide_it(nlp, text, place):
    assert [e.location.name for e in nlp(text)._.events] == [place]


@pytest.mark.parametrize("text", [
    # Sudan, Niger: a local committee, an association or a union telling the news is no armed group claiming it
    "Des combats entre l'armée et les FSR ont éclaté mercredi à Babanusa, a indiqué un comité de résistance local.",
    "Des affrontements ont opposé mardi l'armée à des jihadistes près de Tillabéri, selon une association locale.",
    "Des tirs d'artillerie ont visé vendredi le camp de déplacés de Zamzam, au Darfour-Nord, faisant au moins cinq "
    "morts, selon la coordination des comités de résistance.",
])
def test_a_committee_reports_it_does_not_claim_it(text):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [e.modality for e in events] == ["reported"]


@pytest.mark.parametrize(("text", "parsed"), [
    # Syria, Sudan: a state's air arm is violence context for a strike word...
    ("L'aviation du régime a mené des frappes sur Ariha mardi.", True),
    ("L'aviation militaire a mené des frappes sur Bara mardi.", True),
    ("Les forces aériennes ont mené des frappes sur Bara mardi.", True),
    # ... but civil aviation beside a "frappe" is not ("la grève frappe l'aviation civile")
    ("La grève frappe durement l'aviation civile cette semaine.", False),
])
def test_the_air_arm_is_context_for_a_strike(nlp, text, parsed):
    from sentinelle.relevance import get_gate

    assert get_gate(nlp).relevant(nlp.make_doc(text)) is parsed


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso, DR Congo: unarmed people named by their trade or standing, killed, are civilians attacked
    ("Un imam a été tué par balles lundi à Djibo.", ("attack", 1)),
    ("Un chef coutumier a été assassiné lundi à Beni par des hommes armés non identifiés.", ("attack", 1)),
    # ... and the state's armed auxiliaries, killed by jihadists, a battle
    ("Deux volontaires pour la défense de la patrie (VDP) ont été tués lundi à Djibo par des jihadistes.",
     ("armed_clash", 2)),
    # Burkina Faso, Niger: an attack word that kills people not said to be armed is an attack on civilians
    ("Une attaque a fait cinq morts dimanche à Dori.", ("attack", 5)),
    ("Une attaque a visé dimanche Djibo, faisant cinq morts.", ("attack", 5)),
    # Mexico, Haiti, Mali: a "fusillade" that kills people not said to be armed is an attack; with armed people
    # in it, a battle
    ("Dix personnes ont été tuées dimanche dans une fusillade à Acapulco, au Mexique.", ("attack", 10)),
    ("Une fusillade entre policiers et bandits a fait trois morts mardi à Port-au-Prince.", ("armed_clash", 3)),
    ("Deux soldats ont été tués dans une fusillade mardi près de Kidal.", ("armed_clash", 2)),
    # ... but killing soldiers makes it a battle, and no toll says nothing of what was hit
    ("Une attaque a fait cinq morts parmi les soldats dimanche à Dori.", ("armed_clash", 5)),
])
def test_who_was_killed_types_the_attack(text, wanted):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [wanted]


@pytest.mark.parametrize(("text", "wanted", "non_events"), [
    # Mali, DR Congo: an act ordered, asked or called for, in the infinitive, is not done
    ("Le JNIM a ordonné à ses combattants d'attaquer les camions sur la route de Tombouctou.", [], ["hypothetical"]),
    ("Le gouvernement a demandé à l'armée de bombarder les positions rebelles autour de Rutshuru.", [],
     ["hypothetical"]),
    ("Le chef jihadiste a appelé ses combattants à attaquer les convois près de Gao.", [], ["hypothetical"]),
    # ... while an act named as the object of asking is told as done
    ("Le gouvernement a demandé une enquête sur l'attaque de mardi contre le marché de Gao.",
     [("attack", "Gao")], []),
    # Sudan: a fight in a present "si" clause is a condition, not an incident
    ("L'ONU a dit craindre un massacre à El-Facher si les combats se poursuivent.", [], ["hypothetical"]),
    # Somalia: a foiled attack is no attack, and the would-be bomber arrested is an arrest, not a bombing
    ("La police a déjoué mardi un attentat à la voiture piégée à Mogadiscio.", [], ["hypothetical"]),
    ("Une tentative d'attentat a été déjouée mardi à Mogadiscio, où la police a arrêté un kamikaze présumé.",
     [("arrests", "Mogadiscio")], None),
])
def test_acts_ordered_or_foiled_are_not_done(text, wanted, non_events):
    result = sentinelle.extract(text, published="2024-06-15")
    assert [(e.sub_event_type, e.location.name) for e in result.events] == wanted
    if non_events is not None:
        assert [n.why for n in result.non_events] == non_events


@pytest.mark.parametrize(("text", "wanted"), [
    # Sudan, DR Congo: a rebel group or militia that "bombarde" with no aircraft or drone named shells
    ("Les FSR ont bombardé dimanche El-Facher, tuant dix civils.", ("shelling_artillery_missile_attack", [])),
    ("Les rebelles du M23 ont bombardé Goma mardi.", ("shelling_artillery_missile_attack", [])),
    # ... an army bombards from the air, and a drone named is a drone strike whoever flies it
    ("L'armée soudanaise a bombardé dimanche Nyala, tuant dix civils.", ("air_drone_strike", ["airstrike"])),
    ("Les FSR ont bombardé dimanche El-Facher au drone, tuant dix civils.", ("air_drone_strike", ["drone"])),
])
def test_who_bombards_says_from_where(text, wanted):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [(e.sub_event_type, e.weapon) for e in events] == [wanted]


@pytest.mark.parametrize(("text", "modality", "actor1"), [
    # Lebanon, Mali: the day between the claim verb and its object (which the parser hangs on the day) does not
    # cut the claim from the act
    ("Le Hezbollah a revendiqué mercredi des tirs de roquettes contre une caserne israélienne à Kiryat Shmona.",
     "claimed", "Hezbollah"),
    ("Le JNIM a revendiqué jeudi des tirs d'obus contre le camp militaire de Gao.", "claimed", None),
])
def test_a_claim_across_a_day(text, modality, actor1):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [e.modality for e in events] == [modality]
    if actor1 is not None:
        assert events[0].actor1.normalized == actor1


def test_one_phrase_is_not_both_sides():
    # Pakistan: the police killed are who was hit, not also who attacked
    event = sentinelle.extract("Le ministre a condamné l'attentat de Bannu, qui a tué 12 policiers mardi.",
                               published="2024-06-15").events[0]
    assert event.actor2.normalized == "Police Forces" and event.actor1.normalized != "Police Forces"


def test_the_attackers_are_not_what_they_hit_whatever_the_parse():
    # Cameroon: "des combattants" hung by the parser on the region before them are still the attackers, so the
    # attack on the town that kills civilians and loots is one attack on civilians, not a battle and a looting
    events = sentinelle.extract("Dans l'Extrême-Nord, des combattants de Boko Haram ont attaqué dimanche la localité "
                                "de Tokombéré, tuant trois civils et pillant des greniers.", published="2024-05-13").events
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in events] == [("attack", "Tokombéré", 3)]


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali: the headline sums up the incident the body tells at another place: one event, at the body's place
    ("Mali : quatorze civils tués près de Douentza\n\nBAMAKO (AFP) - Quatorze civils ont été tués lundi par des "
     "hommes armés à Dioura, selon des sources locales.", [("attack", "Dioura", 14)]),
    # ... while a headline toll that differs from the body's is another incident
    ("Mali : quatorze civils tués près de Douentza\n\nBAMAKO (AFP) - Trois soldats ont été tués lundi dans une "
     "embuscade près de Dioura, selon des sources locales.", [("attack", "Douentza", 14), ("armed_clash", "Dioura", 3)]),
])
def test_a_headline_sums_up_the_body(text, wanted):
    events = sentinelle.extract(text, published="2024-03-12").events
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali: two sentences each counting its own dead, of another kind, are two incidents
    ("Des hommes armés ont tué lundi quatorze civils au marché de Dioura. L'armée a affirmé mardi avoir neutralisé "
     "une dizaine de terroristes lors d'une opération menée autour de Dioura.",
     [("attack", 14), ("armed_clash", 10)]),
    # ... while a toll told again for the same victims is one incident
    ("Des hommes armés ont tué lundi quatorze civils à Dioura. L'attaque a fait quatorze morts, selon le maire.",
     [("attack", 14)]),
])
def test_two_tolls_of_other_dead_are_two_incidents(text, wanted):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo, Syria, Nigeria: a bomb that falls came from afar, one dropped from the air, one that explodes
    # where it was set is a device
    ("Au moins trois civils ont été tués mercredi par des bombes tombées sur des habitations à Sake, a indiqué la "
     "société civile.", ("shelling_artillery_missile_attack", ["artillery"])),
    ("Une bombe larguée par un avion a tué deux enfants lundi à Ariha, dans la province d'Idleb.",
     ("air_drone_strike", ["airstrike"])),
    ("Une bombe a explosé lundi au marché de Maiduguri, tuant six personnes.",
     ("remote_explosive_landmine_ied", ["ied"])),
    # Ukraine: a guided bomb is dropped by aircraft
    ("Samedi, une bombe guidée russe a tué deux personnes à Kupiansk, selon le gouverneur.",
     ("air_drone_strike", ["airstrike"])),
])
def test_how_a_bomb_came(text, wanted):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [(e.sub_event_type, e.weapon) for e in events] == [wanted]


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso: the tagger's MISC "Kaya et Dori" (two places joined by "et") hides neither
    ("Vendredi, un convoi a sauté sur un engin explosif entre Kaya et Dori.", [("remote_explosive_landmine_ied", "Kaya")]),
    # ... and the places of two coordinated things burnt are two riots, not a protest beside them
    ("Samedi, des manifestants ont incendié l'ambassade de France à Ouagadougou et l'Institut français de "
     "Bobo-Dioulasso.", [("violent_demonstration", "Ouagadougou"), ("violent_demonstration", "Bobo-Dioulasso")]),
    # a protest by a side ("des partisans des putschistes") passes the relevance gate
    ("Vendredi, des centaines de partisans des putschistes se sont rassemblés à Ouagadougou.",
     [("peaceful_protest", "Ouagadougou")]),
])
def test_places_of_a_sentence_and_its_crowd(text, wanted):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [(e.sub_event_type, e.location.name) for e in events] == wanted


def test_an_attack_on_a_convoy_that_kills_soldiers_is_a_battle():
    # Syria: the attack word says only the family (remote violence against a convoy, how unsaid); the soldiers
    # killed make it a battle
    events = sentinelle.extract("Neuf soldats ont été tués jeudi dans une attaque de jihadistes contre un convoi "
                                "militaire près de Palmyre, selon l'OSDH.", published="2024-06-15").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("armed_clash", 9)]


def test_a_strike_word_as_subject_types_the_verb():
    # Lebanon: "des frappes ont visé des positions": the strike word says what hit; the verb's guess from the
    # positions hit (a battle) does not
    events = sentinelle.extract("Des frappes israéliennes ont visé mardi des positions du Hezbollah à Houla.",
                                published="2024-06-15").events
    assert [e.sub_event_type for e in events] == ["air_drone_strike"]


def test_a_first_line_ending_with_a_stop_is_a_lede_not_a_headline():
    # Iraq: a lede sentence on the first line keeps its place; a later sentence at another place is another
    # incident, not the body of a headline
    events = sentinelle.extract("Un obus s'est abattu mercredi soir près de la base d'Aïn al-Assad, selon la police.\n"
                                "Le même jour, trois roquettes sont tombées sur l'aéroport de Bagdad, selon l'armée.",
                                published="2021-04-15").events
    assert [e.location.place for e in events] == ["Ain al-Asad Air Base", "Baghdad International Airport"]


@pytest.mark.parametrize(("text", "target"), [
    # Chad, Niger: the forces named as what a passive attack hit are its target
    ("L'armée tchadienne a été attaquée dans la nuit de mercredi à jeudi à Bol par des éléments de Boko Haram.",
     "troops"),
    ("Les gendarmes nigériens ont été attaqués mardi à Tillabéri par des hommes armés.", "police"),
    # ... a thing named as hit stays the target
    ("Le camp militaire de Bol a été attaqué mardi par des éléments de Boko Haram.", "military_base"),
])
def test_forces_attacked_are_the_target(text, target):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [e.target for e in events] == [target]


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo, Martinique: what was burnt in an attack or a riot is part of it, not an event of its own
    ("Des rebelles ADF ont massacré mardi soir douze civils à Mangina. Les assaillants ont aussi incendié une "
     "dizaine de maisons avant de se replier dans la brousse.", [("attack", 12)]),
    ("Des heurts ont opposé mercredi soir des jeunes aux forces de l'ordre à Fort-de-France. Des voitures ont été "
     "incendiées, selon la préfecture.", [("violent_demonstration", None)]),
])
def test_what_was_burnt_is_part_of_the_attack(text, wanted):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == wanted


def test_a_new_strike_on_another_day_is_another_incident():
    # Yemen: "une nouvelle frappe" the next day is not the strike told before
    events = sentinelle.extract("Les Etats-Unis ont mené vendredi des frappes contre les Houthis à Sanaa, tuant cinq "
                                "combattants, selon les rebelles. Samedi, une nouvelle frappe américaine a visé un site "
                                "radar près de Sanaa, a annoncé le Centcom.", published="2024-06-15").events
    assert [(e.date.start, e.fatalities) for e in events] == [("2024-06-14", 5), ("2024-06-15", None)]


def test_an_uppercase_dateline_with_a_dash_is_where_the_story_was_filed():
    # Colombia, Canadian press style: "BOGOTÁ —" is no place of the event
    events = sentinelle.extract("BOGOTÁ — Deux soldats ont été tués mardi lorsqu'un camion piégé a explosé devant une "
                                "base militaire à Saravena, dans le département d'Arauca, selon l'armée.",
                                published="2024-06-15").events
    assert [(e.location.name, e.fatalities) for e in events] == [("Saravena", 2)]


@pytest.mark.parametrize(("text", "wanted"), [
    # fiction, a road accident: no event
    ("Dans le film, les obus s'abattent sur les tranchées de Verdun et une dizaine de soldats sont tués sous les yeux "
     "du héros.", []),
    ("Quatre personnes ont été tuées samedi dans une collision entre un camion et une voiture sur l'autoroute A7 près "
     "de Valence, a indiqué la préfecture.", []),
    # ... while an attack beside an accident word is still one (Burkina Faso)
    ("Des hommes armés ont attaqué mardi le marché de Kaya, tuant trois civils, et provoqué l'effondrement d'un "
     "pont.", [("attack", 3)]),
    # Nigeria: "bandits" killed by the army are the armed side of a battle, whom bandits kill an attack
    ("L'armée a affirmé avoir neutralisé mercredi 12 bandits près de Maiduguri, selon un porte-parole.",
     [("armed_clash", 12)]),
    ("Des bandits ont tué neuf personnes mardi à Tsafe.", [("attack", 9)]),
])
def test_fiction_accidents_and_bandits(text, wanted):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [(e.sub_event_type, e.fatalities) for e in events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Yemen/Israel, Ukraine: what was intercepted or shot down hit nothing: weapons disrupted, one incident with the
    # launch told in the same sentence
    ("Les Houthis ont lancé mardi un missile balistique vers Eilat, intercepté par la défense antiaérienne "
     "israélienne.", [("disrupted_weapons_use", "Eilat")]),
    ("La défense antiaérienne a abattu dans la nuit 30 drones au-dessus de la région de Kiev, selon l'armée de l'air "
     "ukrainienne.", [("disrupted_weapons_use", "Kiev")]),
    # ... while missiles that "s'abattent" fell and struck
    ("Deux missiles se sont abattus vendredi sur le marché de Kostiantynivka, tuant trente personnes.",
     [("shelling_artillery_missile_attack", "Kostiantynivka")]),
])
def test_interceptions(text, wanted):
    events = sentinelle.extract(text, published="2024-06-15").events
    assert [(e.sub_event_type, e.location.name) for e in events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo, Burkina Faso, Nigeria, Mali: the adjective on the attack word ("jihadiste", "terroriste") tells who
    # did it; what the "contre" phrase names is what was hit, and it types the attack
    ("Une attaque jihadiste contre une église de Mambasa a fait douze morts dimanche.", ("attack", "religious_site")),
    ("Une attaque jihadiste contre le marché de Fada N'Gourma a fait vingt morts lundi.", ("attack", "market")),
    ("Une attaque terroriste contre une mosquée de Potiskum a fait huit morts vendredi.", ("attack", "religious_site")),
    ("Une attaque jihadiste contre un camp de déplacés de Mopti a fait quinze morts mardi.",
     ("attack", "displacement_camp")),
    # a military post attacked stays a battle
    ("Une attaque terroriste contre un poste militaire de Ouallam a fait dix morts lundi.",
     ("armed_clash", "military_base")),
])
def test_the_adjective_of_an_attack_word_is_its_doer_not_its_target(nlp, text, wanted):
    events = nlp(text)._.events
    assert [(e.sub_event_type, e.target) for e in events] == [wanted]


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo, Somalia, Burkina Faso: fighters driven back (the object of "repousser", its passive subject, or
    # "mis en déroute") are a battle, like "repoussé une attaque"
    ("Les assaillants ont été repoussés mardi à Uvira.", [("armed_clash", "Uvira")]),
    ("Les soldats ont repoussé mardi les assaillants à Bardera.", [("armed_clash", "Bardera")]),
    ("Les shebab ont été repoussés jeudi par l'armée à Bardera.", [("armed_clash", "Bardera")]),
    ("L'armée a mis en déroute les terroristes lundi près de Diapaga.", [("armed_clash", "Diapaga")]),
    # a crowd pushed back is no battle
    ("Les manifestants ont été repoussés mardi par la police à Uvira.", []),
])
def test_fighters_driven_back_are_a_battle(nlp, text, wanted):
    assert [(e.sub_event_type, e.location.name) for e in nlp(text)._.events if e.event_type != "protests"] == wanted


@pytest.mark.parametrize(("text", "place"), [
    # DR Congo: an unknown name after "de" tagged as a verb by the tagger is still the town the gazetteer knows
    ("Des combattants du M23 ont pris lundi le contrôle de Rubaya.", "Rubaya"),
])
def test_a_town_name_the_tagger_reads_as_a_verb(nlp, text, place):
    assert [e.location.name for e in nlp(text)._.events] == [place]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Mali, Syria, Somalia: a negated killing counts nobody, it is not one victim
    ("Aucun soldat n'a été tué lors de l'attaque de mardi contre le camp militaire de Koutiala.", 0),
    ("Personne n'a été tué dans la frappe de mardi sur Kafranbel.", 0),
    ("Aucun policier n'a été tué lors de l'attaque de jeudi contre le commissariat de Jowhar.", 0),
])
def test_a_negated_killing_counts_nobody(nlp, text, fatalities):
    assert [e.fatalities for e in nlp(text)._.events] == [fatalities]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Burkina Faso, Haiti, Somalia: nobody on one side, told after the dead of the other, lowers no toll
    ("Douze assaillants ont été tués lundi lors de combats près de Gorom-Gorom. Aucun soldat n'a été tué.", 12),
    ("La police a abattu mardi huit bandits à Croix-des-Bouquets lors d'échanges de tirs. Aucun policier n'a été tué.", 8),
    ("Des shebabs ont attaqué jeudi une base près de Jowhar, tuant cinq soldats. Aucun civil n'a été tué.", 5),
])
def test_nobody_killed_on_one_side_keeps_the_other_sides_toll(nlp, text, fatalities):
    assert [e.fatalities for e in nlp(text)._.events] == [fatalities]


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso, Mali, Niger: local officials and judges are unarmed; killed or taken, they are civilians
    ("Le maire de Djibo a été tué mardi par des hommes armés.", ("attack", "civilians")),
    ("Un juge a été assassiné lundi à Kidal.", ("attack", "civilians")),
    ("Le maire de Djibo a été enlevé mardi par des hommes armés.", ("abduction_forced_disappearance", "civilians")),
    # West Bank, Nigeria: people on the road are civilians
    ("Des hommes armés ont ouvert le feu mardi sur des automobilistes près de Hébron.", ("attack", "civilians")),
    ("Des bandits ont tué trois voyageurs mardi près de Funtua.", ("attack", "civilians")),
    # a source phrase names who tells, not who was hit; "un poste militaire" is a military site
    ("Selon le maire de Djibo, des hommes armés ont attaqué mardi un poste militaire à Djibo.",
     ("armed_clash", "military_base")),
])
def test_officials_are_civilians_and_sources_are_no_target(nlp, text, wanted):
    assert [(e.sub_event_type, e.target) for e in nlp(text)._.events] == [wanted]


@pytest.mark.parametrize(("text", "wanted"), [
    # Somalia, Nigeria, Pakistan: an "attentat" its perpetrator claims, told nowhere else, is an incident (a
    # bombing by what the word most often is, its sub-type unknown), with the claim's modality
    ("Les shebab ont revendiqué l'attentat de mardi à Mogadiscio.",
     [("explosions_remote_violence", None, "Mogadiscio", "claimed")]),
    ("L'attentat de dimanche à Maiduguri a été revendiqué par Boko Haram.",
     [("explosions_remote_violence", None, "Maiduguri", "claimed")]),
    # a claim of past attacks with no day is no incident of the article
    ("Les shebab ont revendiqué les attentats de 2017 à Mogadiscio.", []),
    # a condemnation is no claim: the word alone still tells nothing
    ("Le gouvernement a condamné l'attentat de mardi à Mogadiscio.", []),
])
def test_a_claimed_attentat_told_nowhere_else(text, wanted):
    events = sentinelle.extract(text, published="2024-03-06", relevance_gate=False).events
    assert [(e.event_type, e.sub_event_type, e.location.name, e.modality) for e in events] == wanted


def test_a_state_command_claiming_its_strike_is_an_official_report(nlp):
    # Somalia: the US command for Africa claims its own strike: a state's forces, so a report, not a claim
    text = "Le commandement américain pour l'Afrique (Africom) a revendiqué une frappe aérienne lundi près de Jilib."
    events = nlp(text)._.events
    assert [(e.sub_event_type, e.modality, e.actor1.normalized) for e in events] == [
        ("air_drone_strike", "reported", "Military Forces of the United States")]


@pytest.mark.parametrize(("text", "wanted"), [
    # Nigeria, Syria, Chad: a town set off by a comma and a locator phrase after the known town only says where
    # that town is; the incident is at the town, once
    ("Des hommes armés ont tué deux civils lundi à Gwoza, près de Maiduguri.", [("Gwoza", 2)]),
    ("Des tirs d'artillerie ont frappé mardi Sarmin, à l'est d'Idleb, blessant trois personnes.", [("Sarmin", None)]),
    ("Dix soldats ont été tués lundi dans l'attaque d'une position de l'armée à Ngouboua, à 60 km de Bol.",
     [("Ngouboua", 10)]),
    # Niger: with no comma, the name before "près de" is no town the phrase locates (a group's name here)
    ("Six soldats ont été tués samedi dans une embuscade de l'État islamique au Sahel près de Tera, dans la région "
     "de Tillabéri.", [("Tera", 6)]),
])
def test_a_town_after_a_known_town_and_a_locator_is_its_reference_point(nlp, text, wanted):
    assert [(e.location.name, e.fatalities) for e in nlp(text)._.events] == wanted


@pytest.mark.parametrize(("text", "fatalities"), [
    # Pakistan, Nigeria: a fronted day the parse hangs on the verb beside the victims is no victim to count
    ("Une bombe a explosé à Bannu. Samedi, seize soldats ont été tués dans une attaque à Kohat.", 16),
    ("Un engin a explosé à Mubi. Dimanche, huit civils ont été tués dans une attaque à Gwoza.", 8),
])
def test_a_fronted_day_is_no_listed_victim(nlp, text, fatalities):
    assert max(e.fatalities or 0 for e in nlp(text)._.events) == fatalities


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso, Mali, Nigeria, Somalia: reporting idioms of an attack and its dead
    ("Une unité de l'armée a été prise à partie mardi par des individus armés à Titao.", [("armed_clash", None)]),
    ("Une patrouille de police a été prise à partie jeudi par des shebab à Afgoye.", [("armed_clash", None)]),
    ("Quatre soldats sont tombés au combat mardi à Titao.", [("armed_clash", 4)]),
    ("Douze civils ont été fauchés par des tirs mardi à Gwoza.", [("attack", 12)]),
    ("Un engin explosif a détruit samedi un véhicule de l'armée près de Douentza.",
     [("remote_explosive_landmine_ied", None)]),
])
def test_reporting_idioms_of_attacks(nlp, text, wanted):
    assert [(e.sub_event_type, e.fatalities) for e in nlp(text)._.events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso, DR Congo: a capture or a beheading told as a noun, claimed by its authors
    ("Le JNIM a revendiqué la prise d'un camp militaire mardi à Djibo.", [("non_state_actor_overtakes_territory", "claimed")]),
    ("Le M23 a revendiqué mardi la prise du camp de Rubaya.", [("non_state_actor_overtakes_territory", "claimed")]),
    ("L'Etat islamique a revendiqué la décapitation de trois chrétiens jeudi dans le village de Mbau, près de Beni.",
     [("attack", "claimed")]),
    # taking up a post or a stance is no capture
    ("La prise de poste du nouveau préfet a eu lieu mardi à Djibo.", []),
    ("La prise de position du ministre a surpris mardi à Bamako.", []),
])
def test_captures_and_killings_told_as_nouns(nlp, text, wanted):
    assert [(e.sub_event_type, e.modality) for e in nlp(text)._.events] == wanted


def test_the_country_owning_an_embassy_is_not_the_place():
    # Iraq: "l'ambassade des États-Unis" names who owns the site; the dateline's town is where it stands
    text = ("Irak : une roquette tombe près de l'ambassade américaine\n"
            "Bagdad – Une roquette est tombée mardi près de l'ambassade des États-Unis dans la Zone verte, "
            "sans faire de victimes.\n")
    events = sentinelle.extract(text, published="2024-03-07", relevance_gate=False).events
    assert [(e.location.name, e.fatalities) for e in events] == [("Bagdad", 0)]


def test_a_town_of_a_neighbour_at_war_after_a_in_a_round_up():
    # Burkina Faso and Mali in one round-up: "à Djibo" is the Burkinabè town, though the article's other place is
    # Malian, and the attack there is its own incident
    text = "Des jihadistes ont attaqué lundi un poste militaire à Djibo. Mardi, des hommes armés ont tué trois civils à Gao."
    events = sentinelle.extract(text, published="2024-03-06", relevance_gate=False).events
    assert sorted((e.location.name, e.location.country) for e in events) == [("Djibo", "BF"), ("Gao", "ML")]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Burkina Faso, Ukraine: dead told in a second sentence with "également / aussi" are more dead of the
    # incident, added to the toll told before
    ("Des jihadistes ont attaqué mardi un poste militaire à Djibo, tuant cinq soldats. Quatre assaillants ont "
     "également été tués.", 9),
    ("Une frappe a tué trois civils mardi à Kharkiv. Deux autres personnes ont aussi été tuées dans le quartier.", 5),
    # without the adverb, a second figure is another count of the same dead: the lowest is kept
    ("Une frappe a tué trois civils mardi à Kharkiv. Deux personnes ont été tuées dans le quartier.", 2),
])
def test_more_dead_told_after_add_up(nlp, text, fatalities):
    assert [e.fatalities for e in nlp(text)._.events] == [fatalities]


@pytest.mark.parametrize(("text", "day"), [
    # Nigeria, Mali: two days in the clause: the one hung on the incident's word, not the day of the telling
    ("La police a confirmé mardi l'enlèvement de dix élèves lundi à Kankara.", "2024-03-04"),
    ("L'armée a annoncé jeudi avoir tué lundi une vingtaine de terroristes près de Ménaka.", "2024-03-04"),
    # one day only: it dates the incident wherever it hangs
    ("La police a confirmé mardi l'enlèvement de dix élèves à Kankara.", "2024-03-05"),
])
def test_the_day_hung_on_the_incident_word_dates_it(text, day):
    events = sentinelle.extract(text, published="2024-03-08", relevance_gate=False).events
    assert [e.date.start for e in events] == [day]


@pytest.mark.parametrize(("text", "target"), [
    # Gaza, Sudan: a school or a hall sheltering the displaced is a shelter; a plain school stays a school
    ("Une frappe a touché mardi une école transformée en abri pour déplacés à Beit Lahia, tuant six personnes.",
     "shelter"),
    ("Des obus sont tombés jeudi sur une école abritant des familles déplacées à El-Facher, tuant cinq civils.",
     "shelter"),
    ("Une frappe a touché mardi une école à Beit Lahia, tuant six personnes.", "school"),
])
def test_a_school_sheltering_the_displaced_is_a_shelter(nlp, text, target):
    assert [e.target for e in nlp(text)._.events] == [target]


@pytest.mark.parametrize(("text", "wanted"), [
    # Iran, DR Congo, Mali: an army or an air force "frappe" from afar; an armed group's "frapper" is any attack
    ("L'armée israélienne a frappé samedi des sites militaires près d'Ispahan.", ["air_drone_strike"]),
    ("L'armée a frappé mardi des positions rebelles près de Rutshuru.", ["air_drone_strike"]),
    ("L'armée a frappé mardi à l'artillerie des positions rebelles près de Rutshuru.",
     ["shelling_artillery_missile_attack"]),
    ("Des terroristes ont frappé mardi la localité de Gorom-Gorom, tuant dix civils.", ["attack"]),
    # Ukraine: "le combat aérien" of air-defence communiqués is shooting drones down
    ("À la suite du combat aérien, 40 drones ont été abattus samedi au-dessus de la région de Vinnytsia.",
     ["disrupted_weapons_use"]),
    # Syria, Somalia: "engin piégé", "colis piégé" are improvised explosive devices
    ("Trois soldats ont été tués lundi par un engin piégé près de Nawa.", ["remote_explosive_landmine_ied"]),
    ("Un colis piégé a explosé mardi devant la mairie de Jowhar.", ["remote_explosive_landmine_ied"]),
])
def test_strikes_and_devices_by_their_words(nlp, text, wanted):
    assert [e.sub_event_type for e in nlp(text)._.events] == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Iraq, Burkina Faso: a verbless headline telling two incidents, each with its own place
    ("Irak : deux soldats tués par l'EI près de Kirkouk, frappe de drone à Sinjar",
     [("air_drone_strike", "Sinjar"), ("armed_clash", "Kirkouk")]),
    ("Burkina : sept civils tués près de Djibo, frappe de drone à Arbinda",
     [("air_drone_strike", "Arbinda"), ("attack", "Djibo")]),
])
def test_a_headline_of_two_incidents_keeps_each_place(nlp, text, wanted):
    assert sorted((e.sub_event_type, e.location.name) for e in nlp(text)._.events) == wanted


def test_coordinated_capitals_that_strike_are_states_not_places(nlp):
    # Yemen: "Washington et Londres" stand for their states; the strike is where it fell
    text = "Washington et Londres ont frappé vendredi des positions houthies près de Hodeïda."
    assert [e.location.name for e in nlp(text)._.events] == ["Hodeïda"]


@pytest.mark.parametrize(("text", "wanted"), [
    # Mali, Myanmar, Russia: territory taken back, taken wholly, drones destroyed in flight
    ("L'armée a libéré mardi la ville de Ménaka, tenue par les jihadistes.", ["government_regains_territory"]),
    ("Les rebelles ont pris le contrôle total de la ville de Kalemyo mardi.", ["non_state_actor_overtakes_territory"]),
    ("La défense antiaérienne a détruit 20 drones mardi au-dessus de la région de Belgorod.",
     ["disrupted_weapons_use"]),
    # freeing hostages is no capture of a town
    ("L'armée a libéré mardi dix otages à Ménaka.", []),
])
def test_towns_taken_back_and_drones_destroyed(nlp, text, wanted):
    assert [e.sub_event_type for e in nlp(text)._.events] == wanted


@pytest.mark.parametrize(("text", "actor1", "modality"), [
    # Ukraine, Lebanon, Mali, DR Congo: after a verb of blame the one blamed did the act, the accuser only tells it
    # ("accuser X d'avoir", also in the passive "X est accusé d'avoir")
    ("Kiev a accusé Moscou d'avoir frappé mardi un hôpital à Kherson.", "Military Forces of Russia", "reported"),
    ("Le Hezbollah accuse Israël d'avoir bombardé lundi une maison à Bint Jbeil.", "Military Forces of Israel",
     "reported"),
    ("Le JNIM accuse l'armée malienne d'avoir exécuté lundi dix civils à Tessit.", "Military Forces of Mali",
     "reported"),
    ("Les rebelles ont accusé l'armée congolaise d'avoir tué mardi trois civils à Kalehe.",
     "Military Forces of the Democratic Republic of Congo", "reported"),
    ("L'armée malienne est accusée d'avoir tué mardi trois civils à Tessit.", "Military Forces of Mali",
     "reported"),
])
def test_the_one_blamed_did_it(text, actor1, modality):
    events = sentinelle.extract(text, published="2024-05-10", relevance_gate=False).events
    assert [(e.actor1 and e.actor1.normalized, e.modality) for e in events] == [(actor1, modality)]


@pytest.mark.parametrize(("text", "place"), [
    # Yemen, Syria: coordinated capitals doing the act stand for their states, also where the parser cuts the first
    # off the verb: the act is where it hit, not in the capitals
    ("Washington et Londres ont frappé jeudi les Houthis à Hodeïda.", "Hodeïda"),
    ("Ankara et Damas ont bombardé jeudi des positions kurdes à Tal Tamr.", "Tal Tamr"),
    # a name before a headline's colon is its topic, not a doer
    ("Yémen : Washington et Londres frappent les Houthis, qui promettent de riposter\n\nLes forces américaines et "
     "britanniques ont frappé dans la nuit de jeudi à vendredi plusieurs cibles houthies, notamment à Hodeïda et à "
     "Saada, a annoncé le Pentagone.", "Hodeïda|Saada"),
])
def test_capitals_that_strike_are_no_scene(text, place):
    events = sentinelle.extract(text, published="2024-01-12", relevance_gate=False).events
    assert [e.location.name for e in events] == place.split("|")


@pytest.mark.parametrize(("text", "places"), [
    # Yemen, Ukraine: an inverted incise closing the clause (", a annoncé le Pentagone") is who said it; the parser
    # may hang the things hit and their places on it, they stay the strike's
    ("Les forces américaines et britanniques ont frappé dans la nuit de jeudi à vendredi plusieurs cibles houthies, "
     "notamment à Hodeïda et à Saada, a annoncé le Pentagone.", ["Hodeïda", "Saada"]),
    # near miss: the incise names the speaker only
    ("Les forces américaines ont frappé jeudi des cibles houthies à Hodeïda, a annoncé le Pentagone.", ["Hodeïda"]),
])
def test_an_inverted_incise_does_not_take_the_clause(text, places):
    events = sentinelle.extract(text, published="2024-01-12", relevance_gate=False).events
    assert [e.location.name for e in events] == places


@pytest.mark.parametrize(("text", "wanted"), [
    # West Bank, Mali, DR Congo, Ukraine: the agent of a passive killing that the parser hung on the place before it
    # ("dans le camp de X par des soldats", "au marché de X par des militaires") is who did it, an attack on
    # civilians, never a side hit nor a battle between the soldiers and their victims
    ("Un adolescent a été tué mardi dans le camp de réfugiés de Tulkarem par des soldats israéliens, selon le "
     "ministère de la Santé.", ("violence_against_civilians", "Military Forces of Israel")),
    ("Deux adolescents ont été blessés à Huwara par des tirs de soldats israéliens.",
     ("violence_against_civilians", "Military Forces of Israel")),
    ("Un garçon de 14 ans a été tué samedi au marché de Konna par des militaires maliens, selon des témoins.",
     ("violence_against_civilians", "Military Forces of Mali")),
    ("Deux agriculteurs ont été tués jeudi dans le village de Kalehe par des militaires des FARDC.",
     ("violence_against_civilians", "Military Forces of the Democratic Republic of Congo")),
    ("Une fillette a été tuée mercredi dans le quartier de Saltine à Kharkiv par un missile russe.",
     ("explosions_remote_violence", "Military Forces of Russia")),
    # Nigeria: "par" inside a clause on the place names who holds it, not who killed
    ("Deux civils ont été tués lundi à Dikwa dans un quartier contrôlé par des jihadistes.",
     ("violence_against_civilians", "Unidentified Armed Group")),
])
def test_a_passive_agent_hung_on_the_place_did_it(nlp, text, wanted):
    events = nlp(text)._.events
    assert [(e.event_type, e.actor1.normalized if e.actor1 else None) for e in events] == [wanted]


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo, Mali, Burkina Faso: an attack told as a noun whose complement is the town, on a day of its own
    # sentence, is an assault on the town by the default armed group though nobody is named; undated, or feared, none
    ("Une attaque contre la ville de Kindu a eu lieu dans la nuit de samedi à dimanche.", [("armed_clash", "Kindu")]),
    ("Une attaque contre la localité de Kayes a été repoussée samedi.", [("armed_clash", "Kayes")]),
    ("Une attaque contre la commune de Tougan a eu lieu samedi.", [("armed_clash", "Tougan")]),
    ("Une attaque contre la ville de Kindu a été signalée.", []),
    ("Des habitants redoutent une attaque contre la ville de Gao.", []),
])
def test_an_attack_on_a_town_told_as_a_noun_with_its_day(text, wanted):
    events = sentinelle.extract(text, published="2026-03-10", relevance_gate=False).events
    assert [(e.sub_event_type, e.location.name) for e in events] == wanted


@pytest.mark.parametrize(("text", "weapons"), [
    # Burkina Faso, Ukraine, Sudan: the means backing an assault ("appuyés par", "avec l'appui de", "soutenus par") are
    # its weapons, not incidents of their own, and they do not make it a shelling or an air strike
    ("Samedi, à l'aube, des combattants jihadistes ont lancé une attaque contre des positions de l'armée à Djibo, "
     "appuyés par des tirs de mortier et des drones.", {"artillery", "drone"}),
    ("Mardi, les forces russes ont donné l'assaut à des positions ukrainiennes près de Koupiansk, avec l'appui de "
     "l'artillerie et de l'aviation.", {"artillery", "airstrike"}),
    ("Jeudi, des miliciens soutenus par des drones ont attaqué un camp de l'armée près de Tawila.", {"drone"}),
])
def test_the_means_backing_an_assault_are_its_weapons(text, weapons):
    events = sentinelle.extract(text, published="2026-03-04", relevance_gate=False).events
    assert [e.sub_event_type for e in events] == ["armed_clash"]
    assert weapons <= set(events[0].weapon)


@pytest.mark.parametrize("text", [
    # Ukraine, Syria, Iraq: "intercepter un aéronef (hostile)", the armies' word for a drone or a missile in flight,
    # is weapons disrupted, quoted or not
    "Mardi, l'armée ukrainienne annonce avoir intercepté « un aéronef hostile » lancé depuis la Russie, qui se "
    "dirigeait vers la région de Soumy.",
    "Dimanche, la défense aérienne syrienne a intercepté un aéronef hostile au-dessus de Lattaquié, selon l'agence "
    "officielle.",
    "L'armée irakienne annonce avoir intercepté jeudi un aéronef hostile près de Kirkouk.",
])
def test_an_aircraft_intercepted_is_weapons_disrupted(text):
    events = sentinelle.extract(text, published="2026-03-04", relevance_gate=False).events
    assert [(e.sub_event_type, e.modality) for e in events] == [("disrupted_weapons_use", "reported")]

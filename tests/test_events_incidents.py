"""Sentences that tell several incidents, or name places that are not where anything happened.

Each sentence runs through the whole pipeline; the check is on the events
assembled: one per place and incident, located at the place that governs each
trigger's own clause.
"""

from __future__ import annotations

import datetime as dt

import pytest

import sentinelle


def _doc(nlp, text: str):
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 6, 15)
    doc._.warnings = []
    return nlp(doc)


def _events(nlp, text: str):
    return _doc(nlp, text)._.events


def _where(events) -> list[tuple[str | None, str | None]]:
    return sorted((e.location.place if e.location else None, e.sub_event_type) for e in events)


def test_each_clause_takes_its_own_place(nlp):
    events = _events(
        nlp,
        "Quelques heures après que le camp militaire de Gao a été pris pour cible par des tirs d'obus, "
        "un convoi de ravitaillement a sauté sur une mine près de Tombouctou, dans le nord du Mali.",
    )
    subs = {e.location.place: e.sub_event_type for e in events if e.location}
    assert len(events) == 2, _where(events)
    assert set(subs.values()) == {"shelling_artillery_missile_attack", "remote_explosive_landmine_ied"}


def test_recap_of_attacks_merges_into_the_events_told_before(nlp):
    events = _events(
        nlp,
        "Mardi, trois roquettes se sont abattues sur la base de Gao. "
        "Le même jour, un engin explosif a visé une patrouille à Tombouctou. "
        "Selon des sources locales, les attaques contre Gao et Tombouctou n'ont pas fait de victimes.",
    )
    assert len(events) == 2, _where(events)
    assert {e.event_type for e in events} == {"explosions_remote_violence"}


@pytest.mark.parametrize(
    "text",
    [
        # a piece of an armed group's name is not a place
        "Des combattants du Hachd al-Chaabi ont été tués mardi dans une embuscade près de Samarra.",
        # a person's name is not a place
        "Des soldats israéliens ont arrêté Nasser al-Naqib et ses deux fils lors d'un raid à Naplouse.",
        # a piece of a hyphenated district name is not the town of that name
        "Des miliciens ont tué quatre civils à Moba-Kasindi, un quartier de la ville de Butembo, au Nord-Kivu.",
    ],
)
def test_names_inside_actors_or_persons_do_not_locate_events(nlp, text):
    events = _events(nlp, text)
    assert events and all(e.location and e.location.place not in ("Chaabi", "Nasser", "Moba", "Baudhuinville")
                          for e in events), _where(events)


# -- an earlier incident named to date another one -------------------------------------------------


def test_incident_named_after_apres_is_its_own_event_with_its_own_place_and_date(nlp):
    events = _events(
        nlp,
        "Samedi matin, deux jours après l'attentat suicide du marché de Konduga, la caserne de Monguno "
        "a été prise pour cible par des tirs de mortier.",
    )
    subs = {e.location.place: e.sub_event_type for e in events if e.location}
    assert "shelling_artillery_missile_attack" in subs.values(), _where(events)
    shelling = next(e for e in events if e.sub_event_type == "shelling_artillery_missile_attack")
    assert shelling.date and shelling.date.start == "2024-06-15"
    assert "Konduga" not in shelling.location.place
    # the suicide bombing is never folded into the shelling
    assert all(e.sub_event_type != "suicide_bomb" or "Konduga" in e.location.place for e in events), _where(events)


def test_earlier_attack_of_a_series_keeps_its_date_and_the_place_of_its_sentence(nlp):
    events = _events(
        nlp,
        "Une nouvelle attaque de drones a visé mardi la base de Tal Baydar, un mois après une première attaque "
        "aux drones le 12 mai.",
    )
    found = sorted((e.date.start, e.location.name) for e in events if e.date and e.location)
    assert found == [("2024-05-12", "Tal Baydar"), ("2024-06-11", "Tal Baydar")], found


def test_places_and_dates_of_a_reference_phrase_do_not_locate_the_governing_event(nlp):
    events = _events(
        nlp,
        "Peu après l'arrivée des renforts à Kidal le 3 juin, une embuscade a visé un convoi de l'armée "
        "malienne près de Tessalit, dans le nord du Mali, tuant quatre soldats.",
    )
    assert events, "the ambush is an event"
    ambush = next(e for e in events if e.fatalities == 4)
    assert ambush.location and "Kidal" not in ambush.location.place, _where(events)
    assert ambush.date is None or ambush.date.start != "2024-06-03"


@pytest.mark.parametrize(
    "text",
    [
        # "après avoir" and "après que" continue the same incident
        "Après avoir attaqué le poste de gendarmerie de Kantchari, dans l'est du Burkina Faso, les assaillants "
        "ont incendié la mairie.",
        # a time after the marker is a date, not an incident
        "Depuis mercredi, de violents affrontements opposent l'armée aux rebelles du M23 près de Goma.",
    ],
)
def test_markers_before_a_verb_or_a_time_are_not_reference_phrases(nlp, text):
    from sentinelle.events.references import get_reference_finder

    doc = _doc(nlp, text)
    finder = get_reference_finder("fr")
    assert all(finder.find(doc, s) == [] for s in doc.sents)
    assert _events(nlp, text), "the incident is still an event"


# -- one incident or several inside a paragraph ------------------------------------------------------


def test_a_killing_told_with_the_strike_is_the_strike(nlp):
    events = _events(
        nlp,
        "Lundi, les rebelles ont mené une attaque contre un camp militaire près de Goma à coups de drones armés "
        "et ont tué trois soldats.",
    )
    violent = [e for e in events if e.event_type in ("battles", "explosions_remote_violence")]
    assert len(violent) == 1 and violent[0].sub_event_type == "air_drone_strike", _where(events)
    assert violent[0].fatalities == 3


def test_a_second_strike_in_the_same_sentence_is_another_event(nlp):
    events = _events(
        nlp,
        "Mardi, une première frappe de drone a visé un véhicule de l'armée près de Mopti, dans le centre du Mali, "
        "tandis que la seconde frappe a visé un dépôt de carburant, les deux raids ayant eu lieu près de Mopti.",
    )
    strikes = [e for e in events if e.sub_event_type == "air_drone_strike"]
    assert len(strikes) == 2, _where(events)


def test_an_incident_without_a_place_happened_where_the_paragraph_says(nlp):
    events = _events(
        nlp,
        "Un véhicule de l'armée a sauté sur une mine près de Ménaka, dans l'est du Mali. "
        "Selon une source sécuritaire, de violents affrontements ont ensuite opposé les soldats aux assaillants.",
    )
    clash = [e for e in events if e.sub_event_type == "armed_clash"]
    assert clash and clash[0].location and clash[0].location.place == "Ménaka", _where(events)


def test_an_incident_without_a_place_does_not_borrow_one_from_another_paragraph(nlp):
    events = _events(
        nlp,
        "Un véhicule de l'armée a sauté sur une mine près de Ménaka, dans l'est du Mali.\n\n"
        "De violents affrontements ont opposé des soldats à des assaillants.",
    )
    assert all(e.sub_event_type != "armed_clash" for e in events), _where(events)


def test_a_sentence_cut_by_the_parser_without_punctuation_is_read_whole():
    import spacy

    from sentinelle.events.matching import segments

    nlp = spacy.blank("fr")
    doc = nlp("Depuis le tir de roquettes contre l'ambassade-base US à Bagdad, rien. Une autre phrase.\nSuite")
    # the parser's cut inside the first sentence (after "ambassade") is not a sentence end
    for tok in doc:
        tok.is_sent_start = tok.i == 0 or tok.text in ("-", "Une", "Suite")
    texts = [s.text for s in segments(doc)]
    assert texts[0].startswith("Depuis") and texts[0].endswith("rien.")
    assert texts[1] == "Une autre phrase."
    assert texts[-1] == "Suite"


@pytest.mark.parametrize(("text", "cut_before", "whole"), [
    # a closing quote the parser hands to the next piece ends nothing: the name of an operation, of a group
    ("Depuis le lancement de l'opération « Bouclier du désert » dans l'est, 45 civils ont été tués.", "»", True),
    ("Les combattants de la « Brigade du Nord » ont attaqué le poste de Kalémie.", "»", True),
    # ... while a full stop handed on still ends the sentence before it
    ("Des obus sont tombés sur le marché de Mongo . Les secours sont arrivés.", ".", False),
])
def test_a_handed_closing_quote_is_no_sentence_end(text, cut_before, whole):
    import spacy

    from sentinelle.events.matching import segments

    nlp = spacy.blank("fr")
    doc = nlp(text)
    cut = next(t.i for t in doc if t.text == cut_before)
    for tok in doc:
        tok.is_sent_start = tok.i in (0, cut)
    texts = [s.text for s in segments(doc)]
    assert (texts == [doc.text]) is whole, texts


@pytest.mark.parametrize(
    "text",
    [
        "Plusieurs convois américains transportant du matériel de combat sont entrés dans la base d'Ain al-Asad.",
        "Des hélicoptères d'attaque ont survolé Gao mardi, selon des habitants.",
    ],
)
def test_an_event_word_naming_a_kind_of_thing_is_not_an_incident(nlp, text):
    assert _events(nlp, text) == []


def test_days_of_fighting_are_still_fighting(nlp):
    events = _events(nlp, "Deux jours de combats ont fait 12 morts à Kidal, dans le nord du Mali.")
    assert [e.sub_event_type for e in events] == ["armed_clash"]


def test_no_casualties_for_a_list_of_places_is_none_at_each(nlp):
    events = _events(
        nlp,
        "Mardi, deux convois de l'armée ont été visés par des engins explosifs à Mopti et à Ségou, "
        "sans faire de victimes.",
    )
    assert len(events) == 2, _where(events)
    assert [e.fatalities for e in events] == [0, 0]


def test_a_figure_goes_to_the_nearest_of_two_incidents_in_a_sentence(nlp):
    events = _events(
        nlp,
        "Mercredi, une première frappe de drone a visé un pick-up près de Mopti, dans le centre du Mali, tuant "
        "deux combattants, tandis que la seconde frappe a visé un dépôt d'armes près de Mopti.",
    )
    strikes = sorted((e.fatalities for e in events if e.sub_event_type == "air_drone_strike"), key=str)
    assert strikes == [2, None], _where(events)


def test_a_definite_mention_without_its_own_date_refers_back_to_the_incident_there(nlp):
    events = _events(
        nlp,
        "Le 2 juin, une frappe de drone a visé la base de Tal Baydar, dans le nord-est de la Syrie.\n\n"
        "Mardi, les Etats-Unis ont renforcé leurs patrouilles. Ils se taisent, comme ils l'ont fait pour la "
        "frappe contre Tal Baydar, par crainte de provoquer la panique.",
    )
    at_base = [e for e in events if e.location and e.location.name == "Tal Baydar"]
    assert len(at_base) == 1 and at_base[0].date.start == "2024-06-02", _where(events)


def test_a_tally_over_a_region_is_not_an_event_but_the_incidents_it_counts_are(nlp):
    events = _events(
        nlp,
        "Deux policiers ont été tués samedi dans deux attentats dans le nord du Burkina Faso. "
        "À Djibo, des hommes armés ont ouvert le feu sur un poste de police, tuant un agent.",
    )
    assert all(e.location and e.location.precision < 3 for e in events), _where(events)
    assert any(e.location.place == "Djibo" for e in events), _where(events)


def test_the_cause_of_the_same_incident_after_suite_a_types_it(nlp):
    events = _events(
        nlp,
        "Deux policiers ont été blessés samedi à Kidal, dans le nord du Mali, suite à l'explosion d'un engin "
        "explosif au passage de leur véhicule.",
    )
    assert [e.sub_event_type for e in events] == ["remote_explosive_landmine_ied"], _where(events)


def test_an_incident_without_a_place_happened_where_its_paragraph_last_said(nlp):
    events = _events(
        nlp,
        "La situation reste confuse à Goma, chef-lieu du Nord-Kivu. Les rebelles du M23 ont annoncé avoir "
        "conquis dimanche le camp militaire situé aux portes de la ville.",
    )
    assert [(e.sub_event_type, e.location.place) for e in events] == [
        ("non_state_actor_overtakes_territory", "Goma")], _where(events)


def test_a_background_fact_dated_by_its_year_does_not_take_the_paragraphs_place(nlp):
    events = _events(
        nlp,
        "Les assaillants ont attaqué mardi un poste de l'armée près de Djibo, dans le nord du Burkina Faso. "
        "Des militaires y ont pris le pouvoir par un coup d'État en 2022.",
    )
    assert all(e.sub_event_type != "other" for e in events), _where(events)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a capital that speaks is an actor, not where the strikes were
        ("Moscou n'a pas commenté mardi ces frappes aériennes contre Idleb, dans le nord-ouest de la Syrie.", "Idlib"),
        # where the bomber came from is not where the bombing was
        ("Le kamikaze, qui serait originaire du Niger, s'est fait exploser mardi dans la mosquée de Konduga, "
         "dans l'État de Borno au Nigeria.", "Konduga"),
        # a town that only locates a site is not a second place
        ("Deux fidèles ont été tués mardi dans une attaque armée contre le sanctuaire de Shah Cheragh, "
         "dans la ville de Chiraz.", None),
    ],
)
def test_one_event_at_the_place_of_the_incident(nlp, text, place):
    events = _events(nlp, text)
    assert len(events) == 1, _where(events)
    if place:
        assert events[0].location.place == place, _where(events)


def test_a_word_that_does_not_say_what_happened_lends_no_place_far_away(nlp):
    filler = "Les analystes restent prudents sur la suite des événements dans la région. " * 25
    events = _events(
        nlp,
        "Des bataillons de l'armée mènent de violents combats contre des cellules jihadistes. " + filler
        + "\n\nLe raid israélien du 17 novembre contre Damas reflète cette inquiétude.",
    )
    assert all(e.sub_event_type != "armed_clash" for e in events), _where(events)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Deux soldats ont été tués dans une embuscade mardi, selon la chaîne de télévision al-Manar.", False),
        ("Deux soldats ont été tués dans une embuscade mardi, selon des sources locales à Gao.", True),
    ],
)
def test_a_place_in_a_source_name_does_not_locate_the_event(nlp, text, kept):
    events = _events(nlp, text)
    assert bool(events) == kept, _where(events)


def test_shots_at_protesters_that_kill_are_one_incident(nlp):
    events = _events(nlp, "Lundi, la police a tiré à balles réelles sur les manifestants à Conakry, tuant trois personnes.")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("excessive_force_against_protesters", 3)], \
        _where(events)


@pytest.mark.parametrize(("text", "kind"), [
    # Lebanon: strikes, then people of another town "également visés" (alone, civilians targeted: an attack)
    ("Des avions israéliens ont mené des frappes sur Khiam, et les habitants de Nabatieh ont également été visés "
     "dans la nuit.", "air_drone_strike"),
    # Somalia: a drone strike, then a market "aussi touché"
    ("Un drone a frappé un véhicule près de Bosaso, et un marché de Galkayo a aussi été touché mardi.",
     "air_drone_strike"),
])
def test_a_generic_word_with_an_additive_adverb_repeats_the_act_before_it(nlp, text, kind):
    events = _events(nlp, text)
    assert len(events) == 2 and {e.sub_event_type for e in events} == {kind}, _where(events)


def test_an_additive_adverb_does_not_retype_a_word_that_says_how(nlp):
    # "tué" after "également" is still a killing of civilians, not the strike's type
    events = _events(nlp, "Des hommes armés ont incendié le marché de Djibo et ont également tué trois civils à Arbinda.")
    assert "air_drone_strike" not in {e.sub_event_type for e in events}


def test_a_reference_phrase_goes_on_after_notamment(nlp):
    # the incident named after "après" is described further after the comma: its place is there
    events = _events(nlp, "Le ministre a parlé lundi après des frappes signalées dans plusieurs quartiers, notamment à "
                          "Mossoul, selon des témoins.")
    assert [e.location.name for e in events] == ["Mossoul"]


@pytest.mark.parametrize("text", [
    # Gaza: the hospital that confirms the toll is who tells, not a second target
    "Au moins douze personnes ont été tuées dans une frappe sur une école de Jabalia. Ce bilan a été confirmé par "
    "l'hôpital de la ville, qui a précisé qu'il s'agissait d'une frappe aérienne.",
    # Sudan: the same with the health ministry as the subject
    "Un bombardement a tué neuf civils dans un marché d'El-Obeid. Le ministère de la Santé a indiqué qu'il "
    "s'agissait d'une frappe de drone.",
])
def test_who_confirms_a_toll_is_no_target_of_the_incident(nlp, text):
    assert len(_events(nlp, text)) == 1, _where(_events(nlp, text))


def test_a_relative_clause_describes_the_incident_of_a_reference_phrase(nlp):
    # the place in "qui a fait douze morts dans le village de X" is the referenced attack's, not the speech's
    doc = _doc(nlp, "Le ministre s'est exprimé mardi à Niamey, après une attaque qui a fait douze morts dans la "
                    "ville de Tillabéri, lundi.")
    refs = [m for m in doc._.event_mentions if m.reference]
    assert refs and [p.text for p in refs[0].places] == ["Tillabéri"]


@pytest.mark.parametrize(("text", "places"), [
    # Lebanon: two border villages 6 km apart, the toll told for one of them
    ("L'artillerie a pilonné mardi Khiam et Kfar Kila. À Khiam, une femme a été tuée.", ["Kfar Kila", "Khiam"]),
])
def test_two_close_towns_named_apart_are_two_events(nlp, text, places):
    assert sorted(e.location.name for e in _events(nlp, text)) == places


def test_the_bombs_seized_at_an_arrest_are_no_weapon_of_it(nlp):
    events = _events(nlp, "Quatorze terroristes ont été arrêtés mardi à Kirkouk et 40 bombes artisanales ont été saisies.")
    arrests = [e for e in events if e.sub_event_type == "arrests"]
    assert arrests and all(e.weapon == [] for e in arrests), [(e.sub_event_type, e.weapon) for e in events]


@pytest.mark.parametrize("text", [
    # Pakistan: the victims fell in "the second attack" on the shrine (second of a series, not of this article)
    "Trois fidèles ont été tués et six autres blessés lors d'une deuxième attaque contre le sanctuaire de Data "
    "Darbar, dans la ville de Lahore.",
    # Nigeria: the same, told with "au cours d'une nouvelle attaque"
    "Cinq villageois ont été tués au cours d'une nouvelle attaque contre le marché de Konduga.",
])
def test_victims_of_another_attack_of_a_series_are_that_attack(nlp, text):
    events = _events(nlp, text)
    assert len(events) == 1 and events[0].fatalities is not None, _where(events)


def test_a_place_the_tagger_runs_into_a_time_is_still_a_place(nlp):
    # the tagger reads "Sopore mardi matin" as one organisation; the time is not part of the name
    text = ("Un soldat est décédé lors d'un affrontement avec des rebelles qui tentaient de franchir la Ligne de "
            "contrôle à Sopore mardi matin, a indiqué l'armée.")
    assert any(e.text == "Sopore mardi matin" for e in _doc(nlp, text).ents)  # the case this test is about
    events = _events(nlp, text)
    assert [e.location.name for e in events] == ["Sopore"], _where(events)


def test_another_attack_after_strikes_is_another_strike(nlp):
    # the house "frappée" in "une autre attaque" is hit the way the strikes told before were
    events = _events(nlp, "Des frappes aériennes ont tué quatre personnes mardi à Rafah. Dans une autre attaque, cinq "
                          "personnes ont péri lorsque leur maison a été frappée à Khan Younès.")
    assert {e.sub_event_type for e in events} == {"air_drone_strike"} and len(events) == 2, _where(events)


@pytest.mark.parametrize(("text", "kind", "place"), [
    # Nigeria: the bombing is only referred to ("au lendemain de"), "une autre attaque" is another of its kind
    ("La visite intervient au lendemain d'un attentat-suicide contre une mosquée de Konduga. Le 3 mai, une autre "
     "attaque devant le marché de Gwoza avait fait 9 morts.", "suicide_bomb", "Gwoza"),
    # Somalia: after a car bomb told as background
    ("Ces menaces surviennent après l'explosion d'une voiture piégée contre un hôtel de Baidoa. Le 2 juin, une "
     "autre attaque devant un tribunal de Beledweyne avait fait 6 morts.", "remote_explosive_landmine_ied",
     "Beledweyne"),
])
def test_another_attack_after_a_referred_incident_is_of_its_kind(nlp, text, kind, place):
    events = [e for e in _events(nlp, text) if e.location and e.location.name == place]
    assert [e.sub_event_type for e in events] == [kind], _where(_events(nlp, text))


def test_a_contrasting_clause_tells_another_incident(nlp):
    # Sudan: the repelled assault on the town is a battle; the civilians killed "tandis que" are another incident
    events = _events(nlp, "L'armée soudanaise a repoussé dimanche une attaque des FSR contre El-Obeid, tandis que les "
                          "autorités ont rapporté que cinq civils avaient été tués lors d'une attaque contre un "
                          "marché de Kadugli.")
    kinds = sorted(e.sub_event_type for e in events)
    assert kinds == ["armed_clash", "attack"], _where(events)


@pytest.mark.parametrize("text", [
    # Somalia: who repels the assault is the side attacked
    "L'armée somalienne a repoussé mardi un assaut des shebab contre la base de Baidoa.",
    # Sudan: the repelling side is the subject of the verb of saying
    "Les Forces armées soudanaises ont déclaré avoir repoussé une attaque des FSR contre El-Obeid.",
])
def test_an_attack_repelled_is_a_battle_between_both_sides(nlp, text):
    events = _events(nlp, text)
    assert len(events) == 1 and events[0].sub_event_type == "armed_clash"
    sides = (events[0].actor1, events[0].actor2)
    assert all(a is not None for a in sides), sides
    assert sorted(a.kind == "state_forces" for a in sides) == [False, True], sides


@pytest.mark.parametrize(("text", "taken"), [
    # Mali: the fall of a town is a change of hands
    ("Dimanche, la chute de Ménaka aux mains des jihadistes a été confirmée par l'armée.", True),
    # Ukraine
    ("La chute d'Avdiïvka samedi a été confirmée par Kiev.", True),
    # Guinea, Benin: "les chutes de X" are a waterfall, whatever happens there
    ("Jeudi, des soldats ont été tués par des jihadistes dans la zone des chutes de Tinkisso.", False),
    ("Des touristes ont visité mardi les chutes de Kota, dans le nord du pays.", False),
    # France, Syria: a falling branch, a regime's fall
    ("La chute d'une branche a blessé deux passants mardi à Lyon.", False),
    ("La chute du régime a été annoncée samedi à Damas.", False),
])
def test_the_fall_of_a_town_is_not_a_waterfall(nlp, text, taken):
    subs = {e.sub_event_type for e in nlp(text)._.events}
    assert ("non_state_actor_overtakes_territory" in subs) == taken, subs


@pytest.mark.parametrize(("text", "published", "wanted"), [
    # Burkina Faso: the verbless second member, the next day around the same commune, is a second abduction
    ("Jeudi, des bergers ne sont pas rentrés. Selon des habitants, un premier groupe d'une trentaine de bergers a "
     "été enlevé à une dizaine de kilomètres au nord de Djibo et un autre d'une quinzaine le lendemain au sud de "
     "cette commune.", "2023-03-13",
     [("abduction_forced_disappearance", "2023-03-09", "Djibo"), ("abduction_forced_disappearance", "2023-03-10",
                                                                  "cette commune")]),
    # Gaza: a strike and another one the next day elsewhere
    ("Un drone a frappé un véhicule samedi à Khan Younès et un autre dimanche à Rafah, selon la défense civile.",
     "2024-03-12", [("air_drone_strike", "2024-03-09", "Khan Younès"), ("air_drone_strike", "2024-03-10", "Rafah")]),
    # DR Congo: villagers massacred, and a second group the next day at the same place
    ("Un premier groupe de villageois a été massacré jeudi par des miliciens près de Beni et un second le lendemain.",
     "2024-03-12", [("attack", "2024-03-07", "Beni"), ("attack", "2024-03-08", "Beni")]),
])
def test_a_verbless_second_member_is_a_second_incident(nlp, text, published, wanted):
    from sentinelle.extraction import ArticleInput, _prepare

    doc = _prepare(nlp, ArticleInput(text=text, published=published))
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    got = sorted((e.sub_event_type, e.date.start, e.location.name) for e in doc._.events)
    assert got == sorted(wanted)


@pytest.mark.parametrize(("text", "count"), [
    # a second victim without a time or a place of its own is the same incident
    ("Un soldat a été tué lundi à Gao et un autre blessé, selon l'armée.", 1),
    # a tail with its own trigger is told by that trigger, once
    ("Un obus est tombé lundi sur Kharkiv et une autre frappe a touché Kharkiv le même jour.", 2),
])
def test_a_second_member_is_split_off_only_when_verbless_with_its_own_time_or_place(nlp, text, count):
    assert len(nlp(text)._.events) == count, [(e.sub_event_type, e.location.name) for e in nlp(text)._.events]


@pytest.mark.parametrize(("text", "kind"), [
    # Syria: strikes fired from a ground base, then "les frappes" named again with the villages they hit
    ("Les forces américaines ont mené des frappes mardi depuis leur base de Tanf. Les frappes ont visé les villages "
     "de Hamimah et d'Arak.", "shelling_artillery_missile_attack"),
    # Lebanon: air strikes, then "les frappes" again
    ("L'aviation israélienne a mené des frappes aériennes mardi sur le sud du Liban. Les frappes ont visé les "
     "villages de Yohmor et d'Arnoun.", "air_drone_strike"),
])
def test_the_strikes_named_again_are_of_the_kind_told(nlp, text, kind):
    subs = {e.sub_event_type for e in nlp(text)._.events}
    assert subs == {kind}, subs


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso, Mali, CAR, DR Congo: a toll told alone in the next sentence goes on with the incident or the
    # place the sentence before told ("ont fait irruption à X. Ils ont tué deux civils"), and an assault that hit
    # only civilians is an attack on them
    ("Vendredi, des hommes armés ont fait irruption dans le village de Bourzanga. Ils ont tué deux civils.",
     [("attack", "Bourzanga", 2)]),
    ("Vendredi, des hommes armés ont fait irruption à Ansongo. Deux civils ont été tués.", [("attack", "Ansongo", 2)]),
    ("Mardi, des miliciens ont attaqué Bambari. Ils ont tué trois civils.", [("attack", "Bambari", 3)]),
    # soldiers killed keep the assault a fight
    ("Mardi, des rebelles ont attaqué un poste militaire à Dungu. Ils ont tué deux soldats.",
     [("armed_clash", "Dungu", 2)]),
    # a toll told on another day is another incident
    ("Mardi, des miliciens ont attaqué Bambari. Jeudi, ils ont tué trois civils.",
     [("armed_clash", "Bambari", None), ("attack", "Bambari", 3)]),
    # a signature line locates no toll
    ("Trois soldats ont été tués lundi.\n\nFait à Bambari, le 3 mai 2023", []),
])
def test_a_toll_told_alone_goes_on_with_the_sentence_before(text, wanted):
    events = sentinelle.extract(text, published="2024-05-12", relevance_gate=False).events
    assert [(e.sub_event_type, e.location.name, e.fatalities) for e in events] == wanted


@pytest.mark.parametrize(("text", "word", "distinct"), [
    # the ordinal counts a victim the parser hung on the strike: not a third strike
    ("Deux personnes ont été tuées et une troisième blessée mardi soir par une frappe de drone turc qui a visé un "
     "véhicule.", "frappe", False),
    ("Deux soldats ont été tués lundi dans l'explosion d'une mine. La seconde explosion a blessé trois civils.",
     "explosion", True),
    ("Une nouvelle attaque a visé mardi le camp de déplacés.", "attaque", True),
])
def test_an_ordinal_marks_another_incident_only_inside_the_noun_phrase(nlp, text, word, distinct):
    from sentinelle.events.incidents import marked_distinct

    doc = nlp(text)
    heads = [t for t in doc if t.text == word]
    assert marked_distinct(heads[-1]) is distinct


@pytest.mark.parametrize(("text", "word", "distinct"), [
    # Colombia, Nigeria, Ukraine: a noun phrase quoted from the one who condemns the incident just told ("un
    # nouvel assassinat": that speaker's series) names it again
    ("Mardi, un instituteur a été abattu à Popayán. Le syndicat a dénoncé « un nouvel assassinat d'un enseignant ».",
     "assassinat", False),
    ("Le diocèse a condamné « une nouvelle attaque contre les chrétiens ».", "attaque", False),
    ("Le gouverneur a fustigé « une autre frappe contre des civils ».", "frappe", False),
    # a quoted clause tells an act of its own, and the same words unquoted keep their mark
    ("« Une nouvelle attaque a frappé le village ce matin », a déclaré le maire.", "attaque", True),
    ("Le diocèse a condamné une nouvelle attaque contre les chrétiens à Kafanchan.", "attaque", True),
])
def test_a_quoted_phrase_is_no_other_incident(nlp, text, word, distinct):
    from sentinelle.events.incidents import marked_distinct

    doc = nlp(text)
    heads = [t for t in doc if t.text == word]
    assert marked_distinct(heads[-1]) is distinct


@pytest.mark.parametrize(("text", "wanted"), [
    # Colombia, Nigeria, Ukraine: the quoted re-mention joins the incident (and its speaker reports it)
    ("Mardi, un instituteur a été abattu devant son école à Popayán. Le syndicat des enseignants a dénoncé « un "
     "nouvel assassinat d'un enseignant ».", [("attack", "Popayán", "reported")]),
    ("Dimanche, des hommes armés ont enlevé quatorze fidèles dans une église de Kafanchan. Le diocèse a condamné « une "
     "nouvelle attaque contre les chrétiens ».", [("abduction_forced_disappearance", "Kafanchan", "reported")]),
    ("Samedi, un drone a frappé un marché de Kupiansk, tuant quatre civils. Le gouverneur a fustigé « une nouvelle "
     "frappe contre des civils ».", [("air_drone_strike", "Kupiansk", "reported")]),
    # told as another incident, at another place and day, it stays one
    ("Mardi, un instituteur a été abattu à Popayán. Le lendemain, une nouvelle attaque a visé un enseignant à Cali.",
     [("attack", "Popayán", "asserted"), ("attack", "Cali", "asserted")]),
])
def test_a_quoted_re_mention_is_the_same_incident(text, wanted):
    events = sentinelle.extract(text, published="2026-06-15", relevance_gate=False).events
    assert [(e.sub_event_type, e.location.name, e.modality) for e in events] == wanted


@pytest.mark.parametrize("text", [
    # Colombia, Mali, Ukraine: a rate of incidents is a tally, which joins no incident told before it
    "Le département compte désormais près d'une attaque contre la force publique par jour, selon le ministère.",
    "Les jihadistes mènent en moyenne deux embuscades par semaine dans le cercle de Douentza.",
    "L'oblast de Kherson subit une dizaine de frappes par jour, selon l'administration militaire.",
])
def test_a_rate_of_incidents_is_a_tally(text):
    res = sentinelle.extract(text, published="2026-06-15", relevance_gate=False)
    assert res.events == [] and [n.why for n in res.non_events] == ["aggregate"], (res.events, res.non_events)


def test_a_rate_does_not_join_the_incident_before():
    text = ("Mardi, un instituteur a été abattu devant son école à Popayán, selon la police.\n\nLe département compte "
            "désormais près d'une attaque contre la force publique par jour, selon le ministère de la Défense.")
    events = sentinelle.extract(text, published="2026-06-15", relevance_gate=False).events
    assert len(events) == 1 and len(events[0].evidence) == 1, events

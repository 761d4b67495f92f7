"""Tolls written in constructions the casualty reader (events/casualties.py, events/tolls.py) long missed: an
inverted attribution after the toll, participles coordinated with their auxiliary left out, an adjective before
the victim noun, victims named as a couple or a family, and a death told as the cause of a riot. Sentences
written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


def _tolls(text: str) -> list[tuple[int | None, int | None]]:
    events = sentinelle.extract(text, published="2025-05-14", relevance_gate=False).events
    return [(e.fatalities, e.injuries) for e in events]


@pytest.mark.parametrize(("text", "fatalities", "modality"), [
    # Ukraine, Somalia, Burkina Faso, Sudan, Syria: an inverted reporting clause after the toll (", a annoncé X",
    # ", a indiqué X", ", a-t-on appris", ", rapporte X", ", affirme X") attributes the sentence like "selon X"
    ("Mardi, un drone a frappé un immeuble à Zaporijia, tuant trois personnes, a annoncé le gouverneur régional.",
     3, "reported"),
    ("Samedi, une voiture piégée a explosé près d'un marché de Jowhar, tuant six civils, a indiqué un responsable "
     "local.", 6, "reported"),
    ("Lundi, des hommes armés ont attaqué un bus sur la route de Markoye, tuant quatre passagers, a-t-on appris de "
     "sources sécuritaires.", 4, "reported"),
    ("Dimanche, un obus est tombé sur une école de Kherson, tuant deux enfants, affirme la mairie.", 2, "reported"),
    ("Mercredi, des avions ont bombardé un marché de Saraqeb, tuant au moins sept civils, rapporte une ONG "
     "locale.", 7, "reported"),
    # Burkina Faso, Haiti: with the clitic pronoun of the one told, which the parser takes for the subject
    ("Dimanche, trois soldats ont été tués près de Sebba, nous a confirmé un officier sur place.", 3, "reported"),
    ("Lundi, deux policiers ont été tués dans une embuscade près de Mirebalais, m'a dit un témoin.", 2, "reported"),
    # the same sentences without a speaker are the narrator's
    ("Mardi, un drone a frappé un immeuble à Zaporijia, tuant trois personnes.", 3, "asserted"),
    ("Samedi, une voiture piégée a explosé près d'un marché de Jowhar, tuant six civils.", 6, "asserted"),
])
def test_an_inverted_attribution_keeps_the_toll_and_reports_it(text, fatalities, modality):
    events = sentinelle.extract(text, published="2025-05-14", relevance_gate=False).events
    assert [(e.fatalities, e.modality) for e in events] == [(fatalities, modality)]


def test_the_wounded_told_with_the_dead_after_the_incident():
    # Burkina Faso: the wounded of the toll told in the next sentence go with its dead
    text = "Jeudi, un minibus a sauté sur une mine près de Tessit. Cinq passagers ont péri et neuf autres ont été " \
           "blessés, a-t-on appris de sources hospitalières."
    events = sentinelle.extract(text, published="2025-05-14", relevance_gate=False).events
    assert [(e.fatalities, e.injuries, e.modality) for e in events] == [(5, 9, "reported")]


@pytest.mark.parametrize(("text", "fatalities", "modality"), [
    # Mali, Yemen, Haiti: the toll of the incident told just before, its source given after it, reports it
    ("Jeudi, un minibus a sauté sur une mine près de Tessit. Cinq passagers ont péri, a-t-on appris de sources "
     "hospitalières.", 5, "reported"),
    ("Vendredi, un drone a frappé un véhicule près de Marib. Trois occupants ont été tués, a indiqué un "
     "responsable tribal.", 3, "reported"),
    ("Vendredi, un drone a frappé un véhicule près de Marib. Trois occupants ont été tués, selon un responsable "
     "tribal.", 3, "reported"),
    # a speaker who states the figure keeps it
    ("Jeudi, un minibus a sauté sur une mine près de Tessit. Le maire affirme que six personnes sont mortes.", None,
     "asserted"),
])
def test_a_toll_told_after_with_its_source_after_it(text, fatalities, modality):
    events = sentinelle.extract(text, published="2025-05-14", relevance_gate=False).events
    assert [(e.fatalities, e.modality) for e in events] == [(fatalities, modality)]


def test_a_report_with_an_adverbial_between_the_verb_and_its_clause():
    # "X rapporte pour sa part qu'...": the report covers the clause after the adverbial (Somalia)
    text = "La radio locale rapporte pour sa part qu'un kamikaze s'est fait exploser samedi devant un commissariat " \
           "de Kismayo."
    events = sentinelle.extract(text, published="2025-05-14", relevance_gate=False).events
    assert [e.modality for e in events] == ["reported"]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # Nigeria, Mali, DRC, Ukraine: "et N X abattus / blessés", the auxiliary of the first clause left out: each
    # coordinated group takes its own participle; the wounded are never counted with the dead
    ("Dimanche, deux soldats ont été tués et quatre assaillants abattus lors d'une attaque près de Damboa.", 6, None),
    ("Lundi, onze jihadistes ont été tués et trois soldats blessés dans des combats près de Konna.", 11, 3),
    ("Le communiqué évoque « quatorze assaillants tués » et trois soldats blessés lors de l'attaque d'un camp près de "
     "Ngala.", 14, 3),
    ("Mardi, un policier a été tué et deux passants blessés lors d'une fusillade à Jacmel.", 1, 2),
    # near misses: the wounded told by a noun, and a coordinated group that is no victim
    ("Deux soldats ont été tués et trois blessés dimanche près de Damboa.", 2, 3),
    ("Quatre miliciens ont été tués et leurs armes saisies jeudi près d'Uvira.", 4, None),
])
def test_coordinated_participles_without_their_auxiliary(text, fatalities, injuries):
    assert _tolls(text) == [(fatalities, injuries)]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # Somalia, Mali, Ukraine, Nigeria: an adjective between the figure and the victim noun
    ("Jeudi, un kamikaze s'est fait exploser à l'entrée d'un camp d'entraînement d'Afgooye, tuant neuf jeunes "
     "soldats.", 9, None),
    ("Mardi, des hommes armés ont tué cinq jeunes bergers près de Tessit.", 5, None),
    ("Dimanche, un obus a tué deux vieilles femmes à Kherson.", 2, None),
    ("Samedi, un kamikaze s'est fait exploser devant un centre de recrutement de Jowhar, tuant au moins dix jeunes "
     "recrues.", 10, None),
    ("Lundi, sept jeunes écoliers ont été blessés par l'explosion d'une mine près de Damboa.", None, 7),
])
def test_an_adjective_before_the_victim_noun(text, fatalities, injuries):
    assert _tolls(text) == [(fatalities, injuries)]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Sudan, Colombia, DRC, Gaza: victims named as a couple, a family, a parent with children
    ("Jeudi, des paramilitaires ont tué un couple et ses trois enfants à Nyala.", 5),
    ("Mardi soir, des hommes armés ont tué un couple à Tumaco.", 2),
    ("Samedi, des miliciens ont tué une famille de six personnes à Lubero.", 6),
    ("Lundi, une frappe a tué une mère et ses quatre enfants à Rafah.", 5),
    ("Mercredi, des hommes armés ont tué un père et son fils à Arauca.", 2),
    ("Mardi, un bébé a été tué par un obus à Kherson.", 1),
])
def test_victims_named_as_a_couple_or_a_family(text, fatalities):
    assert [f for f, _ in _tolls(text)] == [fatalities]


@pytest.mark.parametrize(("text", "fatalities"), [
    # DRC, Haiti, Myanmar: a death told as what a riot or a protest answers ("après la mort de", "à la suite de la
    # mort de", "suite au décès de") is its cause, not its toll
    ("Jeudi, des jeunes ont brûlé des pneus et jeté des pierres sur la police à Uvira, après la mort d'un commerçant "
     "renversé par un camion militaire.", None),
    ("Lundi, des manifestants ont bloqué les routes de Jacmel à la suite de la mort de deux chauffeurs de taxi.", None),
    # near miss: a death the protest's repression caused is its toll
    ("Mardi, la police a tiré sur des manifestants à Lashio, causant la mort de trois personnes.", 3),
])
def test_a_death_that_caused_a_riot_is_not_its_toll(text, fatalities):
    assert [f for f, _ in _tolls(text)] == [fatalities]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Ukraine, Somalia: a toll told as the earlier one ("initialement", "d'abord") was revised since: the new one
    # counts, not the lowest of the two
    ("Mardi, un obus a frappé un marché de Kherson. Le bilan, initialement de trois morts, s'est alourdi à sept "
     "morts.", 7),
    ("Samedi, une voiture piégée a explosé devant un hôtel de Kismayo. Le bilan, d'abord de cinq morts, est passé à "
     "onze morts.", 11),
    ("Samedi, une voiture piégée a explosé devant un hôtel de Kismayo, faisant onze morts. Un premier bilan faisait "
     "état de cinq morts.", 11),
])
def test_an_earlier_toll_revised_since_is_not_the_toll(text, fatalities):
    assert [f for f, _ in _tolls(text)] == [fatalities]


def test_an_earlier_toll_alone_is_still_the_toll():
    # Nigeria: no revised figure of the same role, the one given stays
    text = "Mardi, des hommes armés ont attaqué un marché de Damboa. Le bilan, initialement de six morts, a été revu " \
           "à la hausse."
    assert [f for f, _ in _tolls(text)] == [6]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # Ukraine, Nigeria, Mali, Chad: the figure of a second participle after "en" ("et en blessant quatre"), which
    # the parser hangs on the first victim noun, is that participle's, not a lower count of the dead
    ("Samedi, une frappe de drone a touché un immeuble à Izioum, tuant huit personnes et en blessant quatre.", 8, 4),
    ("Lundi, une bombe a explosé dans un marché de Mubi, tuant six personnes et en blessant douze.", 6, 12),
    ("Mardi, des hommes armés ont attaqué un campement près de Tillia, tuant cinq éleveurs et en blessant deux.",
     5, 2),
    ("Jeudi, un obus a frappé un quartier de Kharkiv, blessant sept personnes et en tuant une.", 1, 7),
    # ... and a present participle the tagger takes for a noun ("blessant") still gives its victims their role
    ("Jeudi, un obus a frappé un quartier de Kharkiv, blessant neuf personnes.", None, 9),
])
def test_the_figure_of_a_second_participle_after_en(text, fatalities, injuries):
    assert _tolls(text) == [(fatalities, injuries)]


@pytest.mark.parametrize(("text", "fatalities"), [
    # Ukraine, Burkina Faso, Haiti: a place heading a live-blog entry or a headline ("Kharkiv : ...") is no victim
    # of the toll after the colon
    ("Kharkiv : cinq civils ont été tués samedi dans une frappe de drone russe.", 5),
    ("Dori : un gendarme a été tué samedi dans une embuscade.", 1),
    ("Pokrovsk : deux soldats ont été tués samedi par un obus.", 2),
])
def test_a_heading_place_is_no_victim(text, fatalities):
    assert [e.fatalities for e in sentinelle.extract(text, published="2025-05-14", relevance_gate=False).events] \
        == [fatalities]


@pytest.mark.parametrize("text", [
    # Burkina Faso, Syria, Somalia: nobody hurt, in the short form ("sans victime") as in the long one
    "Dimanche, une roquette est tombée près de Sebba, sans victime.",
    "Lundi, deux obus sont tombés sur un quartier d'Idleb, sans victimes ni dégâts.",
    "Mardi, un engin explosif a visé un convoi près de Marka, sans faire de victimes.",
])
def test_nobody_hurt_is_a_toll_of_zero(text):
    assert [e.fatalities for e in sentinelle.extract(text, published="2025-05-14", relevance_gate=False).events] == [0]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # Mali, Burkina Faso, Sudan, DR Congo, Ukraine: the dead of a passive clause coordinated after the attack ("et
    # cinq personnes ont été tuées"), whose subject the parser hangs on the attack's object (or takes the object
    # for the subject of the killing), are the attack's toll; the object is no victim
    ("Des assaillants ont attaqué dimanche deux hameaux de la commune de Douentza et six personnes ont été tuées.",
     6, None),
    ("Des assaillants ont attaqué dimanche trois villages de la commune de Koutiala et cinq personnes ont été "
     "tuées.", 5, None),
    ("Les Forces de soutien rapide ont bombardé vendredi plusieurs quartiers d'El Obeid et neuf personnes ont été "
     "tuées.", 9, None),
    ("Des miliciens ont attaqué mardi un camp de déplacés près de Kalemie et onze civils ont été tués.", 11, None),
    ("Des drones russes ont frappé lundi deux immeubles de Poltava et trois habitants ont été blessés.", None, 3),
    # one subject of two nouns, announced or not, stays one toll
    ("L'armée a annoncé jeudi que deux soldats et trois civils ont été tués près de Kalemie.", 5, None),
    ("Deux soldats et trois civils ont été tués jeudi près de Kalemie.", 5, None),
])
def test_the_dead_of_a_passive_clause_coordinated_after_the_attack(text, fatalities, injuries):
    assert _tolls(text) == [(fatalities, injuries)]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # Niger, Somalia, Cameroon, Ukraine: ", blessant N personnes et en tuant M": the tagger may hang the wounding
    # participle on the victims as their preposition and leave the bare figure after "en tuant" on anything
    ("Des hommes armés ont attaqué un marché mardi dans le nord du Niger, blessant 15 personnes et en tuant quatre.",
     4, 15),
    ("Un kamikaze s'est fait exploser vendredi dans un restaurant du centre de la Somalie, blessant 20 personnes et "
     "en tuant six.", 6, 20),
    ("Des séparatistes ont attaqué une école samedi dans le Nord-Ouest du Cameroun, blessant trois élèves et en "
     "tuant deux.", 2, 3),
    ("Des obus sont tombés jeudi sur un quartier de Kherson, blessant douze personnes et en tuant trois.", 3, 12),
])
def test_a_bare_figure_after_en_and_a_participle(text, fatalities, injuries):
    assert _tolls(text) == [(fatalities, injuries)]


@pytest.mark.parametrize(("text", "kind", "target", "fatalities"), [
    # Mali, DR Congo, Nigeria, Haiti: a prison, held by its guards, attacked (told as a noun with its day, or as a
    # verb) is fought for as a police post is: a battle on the prison
    ("Samedi, une attaque contre la prison de Koutiala a permis l'évasion de dizaines de détenus.",
     "armed_clash", "prison", None),
    ("Une attaque contre la prison centrale de Butembo, dans la nuit de dimanche à lundi, a permis l'évasion de 800 "
     "détenus.", "armed_clash", "prison", None),
    ("Des bandits ont attaqué dimanche la prison de Kotonkarfe, dans l'État de Kogi, tuant deux gardiens.", "armed_clash",
     "prison", 2),
    ("Des membres d'un gang ont attaqué samedi la prison civile de Jacmel.", "armed_clash", "prison", None),
    # Burkina Faso, DR Congo, Niger: the head noun of a site's name of several words counts no victims ("deux postes
    # avancés de l'armée, tuant trois soldats": 3, not 2)
    ("Des rebelles ont attaqué lundi deux postes avancés de l'armée près de Butembo, tuant trois soldats.",
     "armed_clash", "military_base", 3),
    ("Des hommes armés ont attaqué dimanche trois points de contrôle près de Kalemie, tuant deux policiers.",
     "armed_clash", "checkpoint", 2),
    ("Des jihadistes ont attaqué samedi deux positions militaires près de Tougan, tuant cinq soldats.",
     "armed_clash", "military_base", 5),
    ("Des hommes armés ont attaqué dimanche un poste de police à Zinder, blessant deux agents.", "armed_clash",
     "police_station", None),
])
def test_sites_attacked_and_the_figures_of_their_names(text, kind, target, fatalities):
    events = sentinelle.extract(text, published="2025-05-14", relevance_gate=False).events
    assert [(e.sub_event_type, e.target, e.fatalities) for e in events] == [(kind, target, fatalities)]

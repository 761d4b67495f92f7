"""Incidents told one sentence after another (dates_agree's day-by-day rule, assemble's toll told alone) and the
words that open an article or name a town's post (the spaced-dash dateline, event_words' place cues, the clause of
a sentence the parser cut in two): sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


def _events(text: str, published: str = "2024-06-15"):
    return sentinelle.extract(text, published=published, relevance_gate=False).events


@pytest.mark.parametrize(("text", "day"), [
    # Sudan, Ukraine, Mali: a story told day by day, each sentence opened by its day, tells two incidents; the
    # second keeps its own day instead of joining the first's
    ("Mercredi, des drones ont frappé la base aérienne. Jeudi, l'armée a bombardé des positions rebelles près de "
     "Kadugli.", "2024-06-13"),
    ("Le 10 juin, un missile a touché un entrepôt. Le 11 juin, des tirs d'artillerie ont frappé Kherson.",
     "2024-06-11"),
    ("Mardi, un engin explosif a visé un convoi. Mercredi, des jihadistes ont attaqué le camp militaire de "
     "Tessalit, dans le nord du Mali.", "2024-06-12"),
])
def test_a_story_told_day_by_day_keeps_each_day(text, day):
    placed = [e for e in _events(text) if e.location is not None]
    assert [e.date.start for e in placed] == [day], [(e.location.place, e.date.start) for e in placed]


def test_a_day_said_in_passing_still_joins_the_incident_told_the_day_before():
    # Syria: the report's day beside the attack's day is the same incident, not a second one
    events = _events("Une frappe de drone a tué trois civils mardi à Kobané, selon des sources locales. "
                     "Les forces kurdes ont accusé mercredi la Turquie d'avoir mené une frappe de drone à Kobané.")
    assert len(events) == 1, [(e.location.place, e.date.start) for e in events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Gaza, Sudan, Burkina Faso: a toll told in a sentence of its own counts the incident told before it, not
    # the one told after
    ("Vendredi, une frappe a visé une maison à Beit Lahia. Au moins neuf personnes ont été tuées. Samedi, des obus "
     "sont tombés sur Deir el-Balah, tuant deux personnes.", [9, 2]),
    ("Jeudi, l'aviation a bombardé le marché de Kutum. Au moins 30 personnes ont été tuées. Le lendemain, un drone "
     "a frappé un hôpital à El Obeid.", [30, None]),
    ("Lundi, des hommes armés ont attaqué le village de Gorgadji. Onze civils ont été tués. Mardi, un engin "
     "explosif a sauté près de Dori, tuant deux soldats.", [11, 2]),
])
def test_a_toll_told_alone_counts_the_incident_before_it(text, wanted):
    events = sorted(_events(text), key=lambda e: e.date.start)
    assert [e.fatalities for e in events] == wanted, [(e.location.place, e.fatalities) for e in events]


@pytest.mark.parametrize(("text", "place"), [
    # Mali, Central African Republic, Chad: "Ville – " opening an article is where it was filed
    ("Bamako – Au moins neuf soldats ont été tués samedi lors d'une attaque contre Ménaka.", "Ménaka"),
    ("Bangui – Au moins six personnes ont été tuées vendredi lors d'une attaque contre Obo, dans la préfecture "
     "du Haut-Mbomou.", "Obo"),
    ("N'Djamena — Des hommes armés ont tué quatre éleveurs jeudi près de Mongo, selon le gouverneur.", "Mongo"),
    # Niger, Senegal: a spaced hyphen as the wires type it
    ("Niamey - Des jihadistes ont attaqué un poste de l'armée à Gaya, tuant quatre soldats, selon une source "
     "sécuritaire.", "Gaya"),
    ("Dakar - Des hommes armés ont tué deux douaniers dimanche près de Kidira, a annoncé le ministère.", "Kidira"),
    # Yemen: a dateline with its country and its date, the year no toll
    ("SANAA (Yémen), 14 juin 2024 — Un enfant a été tué jeudi par un tireur embusqué à Marib, a indiqué la "
     "police.", "Marib"),
    ("MARIB (Yémen), 14 juin 2024 — Un enfant a été tué jeudi par un tireur embusqué dans le quartier d'Al-Rawda, "
     "dans l'est de la ville de Marib, a indiqué la police.", "Al-Rawda"),
])
def test_a_dateline_with_a_spaced_dash_is_where_the_story_was_filed(text, place):
    events = _events(text)
    assert [e.location.name for e in events] == [place], [(e.location.name, e.fatalities) for e in events]
    assert all(e.fatalities is None or e.fatalities < 100 for e in events)


@pytest.mark.parametrize(("text", "place"), [
    # Burkina Faso, Niger, Nigeria: a town named after a post, a barracks or a town hall is where it stands, also
    # when the tagger reads the name as a person's
    ("Des jihadistes ont attaqué le poste de Djibasso lundi.", "Djibasso"),
    ("Des assaillants ont attaqué la caserne de Diapaga dimanche.", "Diapaga"),
    ("Des hommes armés ont incendié la mairie de Sebba dimanche.", "Sebba"),
    ("Des bandits ont attaqué le commissariat de Gwadabawa mardi, tuant deux policiers.", "Gwadabawa"),
])
def test_a_town_named_after_its_post_locates_the_attack(text, place):
    events = _events(text)
    assert [e.location.name for e in events] == [place], [(e.location.name, e.sub_event_type) for e in events]


def test_a_day_after_a_road_between_two_towns_dates_the_blast():
    # Burkina Faso: "l'axe A-B dimanche": the parser cuts the sentence at the hyphen; the day is still the blast's
    events = _events("Un engin explosif a sauté sur l'axe Kantchari-Diapaga dimanche.")
    assert [(e.location.name, e.date.start) for e in events] == [("Kantchari", "2024-06-09")]


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso, Nigeria: a village no gazetteer holds, in an article whose places all lie in one province
    # (named, or two of its towns), is in that province (precision 3, its name as written); it is not the
    # incident told the day before at a known town
    ("Des hommes armés ont tué trois civils lundi à Kaya, dans le Centre-Nord. Mardi, des jihadistes ont attaqué "
     "le village de Zimtenga.", [("Kaya", "Centre-Nord", 1), ("Zimtenga", "Centre-Nord", 3)]),
    ("Des bandits ont tué cinq villageois lundi à Tsafe et à Gusau, dans l'État de Zamfara. Mardi, des bandits "
     "ont enlevé douze personnes dans le village de Kwanar Dutsi.",
     [("Gusau", "Zamfara", 1), ("Tsafe", "Zamfara", 1), ("Kwanar Dutsi", "Zamfara", 3)]),
    # Togo: one town named alone (the capital, where the news is told from) says too little of the province
    ("La police a dispersé une manifestation lundi à Lomé. Mardi, des jihadistes ont attaqué le village de "
     "Kolbo Daroun.", [("Lomé", "Maritime", 1)]),
])
def test_a_village_no_gazetteer_holds_is_in_the_province_of_the_article(text, wanted):
    events = sorted(_events(text), key=lambda e: (e.date.start, e.location.name))
    assert [(e.location.name, e.location.admin1, e.location.precision) for e in events] == wanted


def test_a_town_the_tagger_reads_as_an_adjective_is_still_one_of_the_places_listed():
    # DR Congo: "Beni" tagged as "béni" (blessed), called a place by the tagger's entities
    events = _events("Les rebelles ont attaqué Beni et Butembo lundi.")
    assert sorted(e.location.name for e in events) == ["Beni", "Butembo"]


@pytest.mark.parametrize("text", [
    # Nigeria, DR Congo: the incidents a march complains of are many and undated, not an attack that day
    "Des centaines de jeunes ont défilé lundi à Makurdi pour dénoncer les tueries.",
    "Des habitants ont manifesté lundi à Uvira pour protester contre les enlèvements.",
])
def test_what_a_march_complains_of_is_no_incident_of_that_day(text):
    result = sentinelle.extract(text, published="2024-06-15", relevance_gate=False)
    assert [e.event_type for e in result.events] == ["protests"]
    assert "aggregate" in {n.why for n in result.non_events}


def test_a_headline_naming_a_region_is_the_incident_the_body_tells_in_any_of_its_provinces():
    # DR Congo: "le Kivu" spans two provinces; the body's town in the other one is the same incident
    events = _events("RDC : des bombardements font des morts dans le Kivu\n"
                     "Lundi, des obus sont tombés sur Uvira, tuant cinq civils.")
    assert [(e.location.name, e.fatalities) for e in events] == [("Uvira", 5)]


@pytest.mark.parametrize(("text", "days"), [
    # Chad, Burkina Faso: "le même jour", "le lendemain" count from the incident's day, not from the day the news
    # was told ("a annoncé jeudi"); a day in a group's name is no day of the story either
    ("Au moins 22 personnes ont été tuées mercredi dans des affrontements à Abéché, a annoncé jeudi le ministère. "
     "Le même jour, à Mongo, des manifestants ont incendié la préfecture.", ["2024-06-12", "2024-06-12"]),
    ("Des hommes armés ont tué trois civils mardi à Kaya, a indiqué mercredi un élu. Le lendemain, des jihadistes "
     "ont attaqué Kongoussi.", ["2024-06-11", "2024-06-12"]),
])
def test_a_day_counted_from_the_day_before_is_the_incidents_not_the_reports(text, days):
    events = sorted(_events(text), key=lambda e: e.evidence[0][0])
    assert [e.date.start for e in events] == days


@pytest.mark.parametrize(("text", "place"), [
    # Iraq, West Bank, Mali: a place that ends an organisation's name written with its capital is the actor's
    # name, not where it acted
    ("Les Unités de résistance de Sinjar ont affronté mardi des combattants de l'EI près de Tal Afar, faisant trois "
     "morts.", "Tal Afar"),
    ("Des combattants de la Brigade de Jénine ont ouvert le feu sur des soldats israéliens mardi à Tammun.", "Tammun"),
    ("Le Front de libération du Macina a attaqué mardi le camp militaire de Niono.", "Niono"),
])
def test_a_place_in_an_organisations_name_does_not_locate_the_event(text, place):
    assert [e.location.name for e in _events(text)] == [place]


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso, South Sudan: a fight told without a place, after the sentence that says where the fighters
    # went, is that town's on its day; the next paragraph's killing elsewhere, the day after, is another incident
    ("Mardi, des hommes armés sont entrés dans Kaya. Ils ont affronté pendant des heures les soldats.\n\n"
     "Le lendemain, mercredi, à Dori, des assaillants ont tué trois bergers.",
     {("Kaya", "2024-06-11"), ("Dori", "2024-06-12")}),
    ("Jeudi, les combattants ont investi la ville de Bentiu. Ils ont affronté l'armée toute la journée.\n\n"
     "Le lendemain, vendredi, à Malakal, des hommes armés ont tué cinq pêcheurs.",
     {("Bentiu", "2024-06-13"), ("Malakal", "2024-06-14")}),
    # Mali: a lede that names no place still joins the paragraph that places it on the same day
    ("Des hommes armés ont tué douze civils mardi, a annoncé le gouverneur.\n\n"
     "L'attaque a visé mardi le village de Sévaré, près de Mopti.",
     {("Sévaré", "2024-06-11")}),
])
def test_a_placeless_mention_does_not_join_a_later_paragraphs_incident_of_another_day(text, wanted):
    got = {(e.location.place, e.date.start) for e in _events(text) if e.location is not None}
    assert got == wanted

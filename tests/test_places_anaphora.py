"""Phrases naming again the places an enumeration listed (sentinelle.places.anaphora).

Sentences written for these tests, from several conflicts; the places are real, the incidents invented.
"""

from __future__ import annotations

import pytest

import sentinelle


def _again(nlp, text: str, phrase: str) -> list[str | None]:
    start = text.index(phrase)
    return [p.location.place for p in nlp(text)._.place_mentions if p.start == start]


@pytest.mark.parametrize(("text", "phrase", "places"), [
    # Afghanistan: provinces named again with a number and "précitées"
    ("Des frappes ont visé les provinces de Kunar et de Nangarhar. Douze insurgés ont été arrêtés dans les deux "
     "provinces précitées.", "les deux provinces précitées", ["Kunar", "Nangarhar"]),
    # Nigeria: a demonstrative with a number
    ("Boko Haram a attaqué Maiduguri et Bama lundi. L'armée a déployé des renforts dans ces deux villes mardi.",
     "ces deux villes", ["Maiduguri", "Bama"]),
    # Mali: a demonstrative alone
    ("Des hommes armés ont attaqué Gao, Ménaka et Tombouctou. Le couvre-feu a été décrété dans ces localités.",
     "ces localités", ["Gao", "Ménaka", "Tombouctou"]),
])
def test_a_phrase_names_the_listed_places_again(nlp, text, phrase, places):
    found = _again(nlp, text, phrase)
    assert len(found) == len(places), found


@pytest.mark.parametrize(("text", "phrase"), [
    # "les provinces" with neither a number nor a word of mention is any provinces
    ("Des frappes ont visé les provinces de Kunar et de Nangarhar. Les provinces du nord restent calmes.",
     "Les provinces du nord"),
    # the number does not fit the enumeration
    ("Boko Haram a attaqué Maiduguri et Bama lundi. L'armée a déployé des renforts dans ces trois villes.",
     "ces trois villes"),
    # towns are no provinces
    ("Boko Haram a attaqué Maiduguri et Bama lundi. L'armée a déployé des renforts dans ces deux provinces.",
     "ces deux provinces"),
])
def test_no_antecedent_no_places(nlp, text, phrase):
    assert _again(nlp, text, phrase) == []


def test_the_events_of_the_phrase_are_one_per_place(nlp):
    doc = nlp("Des frappes ont visé les provinces de Kunar et de Nangarhar lundi. Mardi, douze insurgés ont été "
              "identifiés et arrêtés dans les deux provinces précitées.")
    arrests = [e for e in doc._.events if e.sub_event_type == "arrests"]
    assert sorted(e.location.admin1 for e in arrests) == ["Kunar", "Nangarhar"]


@pytest.mark.parametrize(("text", "phrase", "place", "precision"), [
    # Burkina Faso: one town named again behind a direction: its surroundings
    ("Des bergers ont été enlevés près de Djibo jeudi. Un autre groupe a été visé au sud de cette commune.",
     "cette commune", "Djibo", 2),
    # DR Congo: the town itself
    ("Les ADF ont attaqué Butembo lundi. Le couvre-feu a été décrété dans cette ville mardi.", "cette ville",
     "Butembo", 1),
    # Colombia: the latest town told before
    ("Le convoi venait de Cali quand il a été attaqué à Jamundí. Deux policiers ont été tués dans cette localité.",
     "cette localité", "Jamundí", 1),
])
def test_a_demonstrative_names_the_town_told_before(nlp, text, phrase, place, precision):
    start = text.index(phrase)
    found = [p for p in nlp(text)._.place_mentions if p.start == start]
    assert [(p.location.place, p.location.precision) for p in found] == [(place, precision)]


@pytest.mark.parametrize(("text", "phrase", "place"), [
    # Burkina Faso: "dans la commune", a month later
    ("Les habitants de Dori vivent dans la peur des groupes armés. Un commerçant a été enlevé dans la commune au "
     "mois de novembre.", "la commune", "Dori"),
    # Haiti: the mayor's town
    ("Le maire de Mirebalais a dénoncé l'insécurité. Dimanche, deux enseignants ont été tués dans la commune par "
     "des bandits.", "la commune", "Mirebalais"),
    # DR Congo: "la localité"
    ("La population de Rutshuru est inquiète. Samedi, un chef coutumier a été enlevé dans la localité.",
     "la localité", "Rutshuru"),
    # West Bank, Haiti: not the town that only locates the one told before it
    ("À Yatta, au sud d'Hébron, trois jeunes ont été arrêtés après que des soldats ont encerclé la localité.",
     "la localité", "Yaţţā"),
    ("À Léogâne, à 30 km à l'ouest de Jacmel, des bandits ont incendié la mairie de la commune.", "la commune",
     "Léogâne"),
])
def test_a_definite_settlement_noun_names_the_town_told_before(nlp, text, phrase, place):
    start = text.index(phrase)
    assert [p.location.place for p in nlp(text)._.place_mentions if p.start == start] == [place]


@pytest.mark.parametrize(("text", "phrase"), [
    # Burkina Faso: the neighbouring town is another one
    ("Des jihadistes ont attaqué lundi Djibo. Mardi, des hommes armés ont tué trois civils dans la localité "
     "voisine.", "la localité"),
    # Ukraine: "la commune rurale de X", "la localité de X" name their own place
    ("Une frappe russe a touché Kherson lundi. Mardi, des missiles ont visé la commune rurale de Bilozerka.",
     "la commune"),
    # DR Congo
    ("Les rebelles ont pris Kalehe lundi. Ils ont ensuite attaqué mardi la localité de Minova.", "la localité"),
    # Haiti: "la ville" is as often the town in general: it names nothing again
    ("Des gangs ont attaqué Mirebalais lundi. Mardi, la police a repris le contrôle de la ville.", "la ville"),
])
def test_a_definite_settlement_noun_with_words_of_its_own_names_no_earlier_town(nlp, text, phrase):
    start = text.index(phrase)
    assert [p for p in nlp(text)._.place_mentions if p.start == start] == []


def test_an_incident_in_the_commune_is_at_the_town_told_before():
    # Burkina Faso: dated by its month only, the abduction still has its place
    text = ("Les habitants de Dori vivent dans la peur des groupes armés. Un commerçant a été enlevé dans la commune "
            "au mois de novembre.")
    events = sentinelle.extract(text, published="2024-06-12", relevance_gate=False).events
    assert [(e.sub_event_type, e.location.place) for e in events] == [("abduction_forced_disappearance", "Dori")]


def test_a_demonstrative_does_not_name_the_seat_of_a_division(nlp):
    # Mali: "le cercle de Douentza" names a division; "ce village" is another place the text told before
    text = ("Des hommes armés ont tiré sur les villageois près de Boulkessi. Un élu du cercle de Douentza a affirmé "
            "que dix paysans ont été tués dans ce village.")
    start = text.index("ce village")
    assert [p for p in nlp(text)._.place_mentions if p.start == start] == []


def test_a_demonstrative_without_a_town_before_names_nothing(nlp):
    text = "Des hommes armés ont attaqué un poste. Le couvre-feu a été décrété dans cette ville."
    start = text.index("cette ville")
    assert [p for p in nlp(text)._.place_mentions if p.start == start] == []


@pytest.mark.parametrize(("text", "phrase", "place"), [
    # Burkina Faso: a post named with its town, then by its bare noun
    ("Des jihadistes ont attaqué samedi le détachement militaire de Djibo. L'état-major dément que le détachement "
     "ait été abandonné.", "le détachement", "Djibo"),
    # Syria: a base named with its site, then "la base"
    ("La base aérienne de Kuweires a été visée par des drones lundi. Mardi, la base a de nouveau été la cible de "
     "tirs de roquettes.", "la base", "Kuweires Military Airbase"),
    # DR Congo: a camp, then "le camp"
    ("Les rebelles ont attaqué lundi le camp militaire de Rumangabo. Selon un officier, le camp a tenu.",
     "le camp", "Rumangabo"),
])
def test_a_post_named_again_by_its_noun_is_the_one_named_with_its_town(nlp, text, phrase, place):
    start = text.rindex(phrase)
    assert [p.location.place for p in nlp(text)._.place_mentions if p.start == start] == [place]


@pytest.mark.parametrize(("text", "phrase"), [
    # Mali: two camps at two towns: "le camp" could be either
    ("Le camp militaire de Gao et le camp de Tessit ont été attaqués lundi. Mardi, le camp a été visé.", "le camp"),
    # DR Congo: a political camp is no post
    ("Des rebelles ont attaqué le camp militaire de Rumangabo lundi. Le camp présidentiel a dénoncé une provocation.",
     "Le camp présidentiel"),
    # Somalia: a post never named with a town before
    ("Les shebab ont attaqué un poste de l'armée lundi. Le poste a été repris mardi.", "Le poste"),
])
def test_a_bare_post_noun_without_one_antecedent_names_nothing(nlp, text, phrase):
    start = text.rindex(phrase)
    assert [p for p in nlp(text)._.place_mentions if p.start == start] == []

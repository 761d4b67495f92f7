"""events/parse_repair.py: the object the parser hangs on a time or manner phrase between the verb and it is given
back to the verb, so that the victims, the target, the sides and the toll are read. Sentences written for these
tests, from several conflicts; the towns are not those of the annotated corpora."""

from __future__ import annotations

import pytest

import sentinelle

PUBLISHED = "2026-11-20"  # a Friday


def _events(text: str) -> list[tuple]:
    res = sentinelle.extract(text, published=PUBLISHED, relevance_gate=False)
    return [(e.sub_event_type, e.location.name if e.location else None, e.target, e.fatalities) for e in res.events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Nigeria: "agriculteurs" hung on "soir", and the day made a sentence of its own: the killing lost its victims
    ("Des hommes armés ont tué par balle jeudi soir deux agriculteurs à Bokkos.",
     [("attack", "Bokkos", "civilians", 2)]),
    # Haiti: the day taken for the object, the policemen hung on "jour": the toll was lost
    ("Des gangs ont tué mardi en plein jour deux policiers à Mirebalais.",
     [("armed_clash", "Mirebalais", None, 2)]),
    # Burkina Faso: a day and a part of the day
    ("Des jihadistes ont exécuté dimanche dans la soirée cinq villageois à Djibo.",
     [("attack", "Djibo", "civilians", 5)]),
    # Ukraine: "peu avant minuit" between the strike and the building (and "avant minuit" is no earlier incident)
    ("Un drone russe a frappé mercredi peu avant minuit un immeuble d'habitation à Kharkiv.",
     [("air_drone_strike", "Kharkiv", "residential_building", None)]),
    # Nigeria: a manner phrase and a day
    ("Des hommes armés ont abattu vendredi en fin de matinée trois éleveurs près de Bokkos.",
     [("attack", "Bokkos", "civilians", 3)]),
])
def test_the_object_after_an_adverbial_is_the_verbs(text, wanted):
    assert _events(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Yemen, Ukraine: a quoted object after a time, under a verb of saying (the parser hangs "« des
    # infrastructures »" and the places after it on "annoncé"): the same events as without the quotes
    ("La coalition a annoncé avoir frappé lundi soir « des infrastructures militaires des rebelles » dans les ports "
     "de Mokha, de Zinjibar et de Marib.", ["Mokha", "Zinjibar", "Marib"]),
    ("La coalition a annoncé avoir frappé lundi soir des infrastructures militaires des rebelles dans les ports de "
     "Mokha, de Zinjibar et de Marib.", ["Mokha", "Zinjibar", "Marib"]),
    ("La coalition a annoncé avoir frappé lundi soir « des cibles » à Mokha.", ["Mokha"]),
    ("L'armée russe a affirmé avoir frappé dans la nuit « des cibles militaires ukrainiennes » à Mykolaïv.",
     ["Mykolaïv"]),
    # Lebanon, Mali, Sudan: quoted objects right after the day
    ("L'armée israélienne dit avoir bombardé mardi « des positions du Hezbollah » à Nabatiyé et à Tyr.",
     ["Nabatiyé", "Tyr"]),
    ("L'aviation malienne a visé jeudi « des concentrations terroristes » près de Ménaka, selon l'état-major.",
     ["Ménaka"]),
    ("L'armée de l'air soudanaise a frappé samedi « un centre de commandement » des FSR à Kassala.", ["Kassala"]),
])
def test_a_quoted_object_after_a_time_is_the_verbs(text, wanted):
    assert [place for _type, place, _target, _toll in _events(text)] == wanted


@pytest.mark.parametrize(("text", "verb", "obj"), [
    ("Des hommes armés ont tué par balle jeudi soir deux agriculteurs à Bokkos.", "tué", "agriculteurs"),
    ("Des combats ont opposé jeudi dernier en fin d'après-midi les FSR et l'armée soudanaise à El Geneina.",
     "opposé", "FSR"),
    ("Les rebelles ont attaqué samedi vers 5 heures la localité de Rutshuru.", "attaqué", "localité"),
])
def test_the_tree_is_mended(nlp, text, verb, obj):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == obj)
    assert (tok.head.text, tok.dep_) == (verb, "obj")


@pytest.mark.parametrize(("text", "head"), [
    # a passive's noun after the adverbial is its subject, not an object
    ("Ont été tués samedi soir deux soldats à Djibo.", "tués"),
    # an object before the adverbial stays the only one
    ("Des bandits ont enlevé trois femmes samedi soir à Kankara.", "enlevé"),
])
def test_no_object_is_made_where_there_is_none_to_mend(nlp, text, head):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == head)
    objects = [c.text for c in verb.children if c.dep_ == "obj"]
    assert len(objects) <= 1, objects

"""Tolls told after their incident (events/tolls.py): sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle


@pytest.mark.parametrize(("text", "fatalities"), [
    # Ukraine, Somalia: a toll told in the next sentence, with no incident word and nobody telling it, is the toll
    # of the incident told just before, when that one gave none
    ("Une frappe de drone a touché mardi un marché de Kharkiv. Le bilan s'est alourdi à quatre morts.", 4),
    ("Une voiture piégée a explosé mardi près d'un hôtel de Mogadiscio. Six personnes sont mortes.", 6),
    # "ont péri", which the tagger reads as an adjective, and "également": more dead added to the toll told before
    ("Une voiture piégée a explosé mardi près d'un hôtel de Mogadiscio. Six personnes ont péri.", 6),
    ("Des jihadistes ont attaqué mardi un poste militaire à Djibo, tuant cinq soldats. Quatre assaillants ont "
     "également péri.", 9),
    # a day of its own makes it another incident's toll; a source given to the toll after it leaves it the toll
    # (tests/test_casualties_constructions.py: a speaker who states it keeps it)
    ("Une frappe de drone a touché mardi un marché de Kharkiv. La semaine dernière, six personnes sont mortes.",
     None),
    ("Une frappe de drone a touché mardi un marché de Kharkiv. Le bilan s'élève à quatre morts, selon le maire.", 4),
])
def test_a_toll_told_in_the_next_sentence(text, fatalities):
    events = sentinelle.extract(text, published="2024-03-08", relevance_gate=False).events
    assert [e.fatalities for e in events] == [fatalities]


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # Ivory Coast, Niger, Colombia: "N autres" take their own verb ("un soldat a été tué et quatre autres ont été
    # blessés": four wounded, not four dead)
    ("Un soldat a été tué et quatre autres ont été blessés lundi par l'explosion d'une mine près de Kong.", 1, 4),
    ("Un policier a été tué et deux autres ont été blessés lundi lors d'une attaque à Filingué.", 1, 2),
    # ... with no verb of their own, they are more of the dead
    ("Des hommes armés ont tué cinq civils et deux autres lundi à Filingué.", 7, None),
    # each side's dead told in two coordinated clauses add up
    ("Trois soldats ont été tués et dix assaillants ont été tués lundi près de Tiquisio.", 13, None),
])
def test_figures_take_their_own_verb_and_each_side_adds_up(text, fatalities, injuries):
    events = sentinelle.extract(text, published="2024-03-08", relevance_gate=False).events
    assert [(e.fatalities, e.injuries) for e in events] == [(fatalities, injuries)]

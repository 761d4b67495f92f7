"""Assembly rules of the events stage: which mentions make one incident, and which side acted.

Sentences written for these tests, from several conflicts.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "wanted"), [
    # Mali: a killing and an abduction told together are two incidents
    ("Des hommes armés ont tué deux civils et enlevé trois autres samedi à Gao.",
     [("abduction_forced_disappearance", None), ("attack", 2)]),
    # Burkina Faso: villagers killed, women kidnapped
    ("Des jihadistes ont tué quatre villageois et enlevé six femmes lundi à Djibo.",
     [("abduction_forced_disappearance", None), ("attack", 4)]),
])
def test_a_killing_and_an_abduction_are_two_incidents(nlp, sentence, wanted):
    events = nlp(sentence)._.events
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == sorted(wanted, key=str)


def test_a_named_side_comes_before_an_unidentified_one(nlp):
    doc = nlp("Un kamikaze s'est fait exploser lundi devant un commissariat de Mogadiscio, tuant six policiers. "
              "Les shebab ont revendiqué l'attentat de Mogadiscio.")
    actors = [e.actor1.kind for e in doc._.events if e.actor1]
    assert actors and actors[0] != "unidentified", [(e.sub_event_type, e.actor1) for e in doc._.events]

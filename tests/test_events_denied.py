"""Denials (issue 13 item 3): a denied incident with a place is a record of its own, never a fact, and
never swallows another incident; a denial without a place stays a non-event. Sentences written for
these tests, from several conflicts."""

from __future__ import annotations

import pytest

# (sentence, [(sub_event_type, place, modality) of the events], reasons of the non-events)
CASES = [
    # Mali: the act itself denied, nobody else tells it
    ("L'armée malienne a démenti avoir bombardé le village de Ténenkou samedi.",
     [("air_drone_strike", "Ténenkou", "denied")], []),
    # Mali: an asserted killing, then a denial of a strike there: the killing stays asserted and untyped by it
    ("Des hommes armés ont tué trois civils samedi à Gao. L'armée a démenti y avoir mené une frappe.",
     [("attack", "Gao", "asserted")], ["denied"]),
    # Syria: told as fact by one source, denied by another: the incident is reported, the denial findable
    ("Une frappe aérienne a tué quatre civils lundi à Saraqeb, dans la province d'Idleb, selon l'OSDH. Moscou a "
     "démenti toute frappe aérienne contre Saraqeb lundi.", [("air_drone_strike", "Saraqib", "reported")], ["denied"]),
    # Mali: a ministry denies any strike on a named town
    ("Le ministère de la Défense a démenti toute frappe aérienne contre Kidal mardi.",
     [("air_drone_strike", "Kidal", "denied")], []),
    # DR Congo: a denial with no place is a non-event
    ("Le porte-parole de l'armée a démenti toute attaque contre les civils.", [], ["denied"]),
]


@pytest.mark.parametrize(("sentence", "events", "non_events"), CASES)
def test_denials(nlp, sentence, events, non_events):
    doc = nlp(sentence)
    got = [(e.sub_event_type, e.location.place if e.location else None, e.modality) for e in doc._.events]
    assert got == events
    assert sorted(n.why for n in doc._.non_events) == sorted(non_events)

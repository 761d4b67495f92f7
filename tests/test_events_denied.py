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
    # Mali: an asserted killing, then a denial of a strike there ("y"): the killing stays asserted and untyped by
    # it, and the denied strike is a record of its own at the same place (issue 13 item 3)
    ("Des hommes armés ont tué trois civils samedi à Gao. L'armée a démenti y avoir mené une frappe.",
     [("attack", "Gao", "asserted"), ("air_drone_strike", "Gao", "denied")], []),
    # Syria: a denial "there" of the very strike another source tells stays a non-event beside it
    ("Des frappes aériennes ont tué six civils lundi à Ariha, dans la province d'Idleb, selon l'OSDH. Moscou a "
     "démenti y avoir mené des frappes.", [("air_drone_strike", "Arīḩā", "reported")], ["denied"]),
    # Burkina Faso, DR Congo: the present "dément" (which the tagger reads as the adjective) and "nie"
    ("L'armée dément avoir bombardé samedi le village de Kalaa, près de Djibo, au Burkina Faso.",
     [("air_drone_strike", "Djibo", "denied")], []),
    ("Les FARDC démentent avoir tiré sur les manifestants mardi à Goma.",
     [("excessive_force_against_protesters", "Goma", "denied")], []),
    ("L'armée nie avoir tué des civils samedi à Djibo.", [("attack", "Djibo", "denied")], []),
    # Burkina Faso: the denier's own account, in a participle clause of saying, is part of the denial (was a fact)
    ("L'armée burkinabè a démenti samedi avoir tué des civils à Djibo, affirmant n'avoir visé que des terroristes.",
     [("armed_clash", "Djibo", "denied")], []),
    # Niger, Burkina Faso: an occupation of a named town denied is the denied capture (a town taken is no post)
    ("L'armée a démenti que des terroristes aient occupé la ville de Djibo.",
     [("non_state_actor_overtakes_territory", "Djibo", "denied")], []),
    # a denial with "y" and nothing named before stays a non-event
    ("L'armée a démenti y avoir mené une frappe.", [], ["denied"]),
    # Syria: told as fact by one source, denied by another: the incident is reported, the denial findable
    ("Une frappe aérienne a tué quatre civils lundi à Saraqeb, dans la province d'Idleb, selon l'OSDH. Moscou a "
     "démenti toute frappe aérienne contre Saraqeb lundi.", [("air_drone_strike", "Saraqib", "reported")], ["denied"]),
    # Mali: a ministry denies any strike on a named town
    ("Le ministère de la Défense a démenti toute frappe aérienne contre Kidal mardi.",
     [("air_drone_strike", "Kidal", "denied")], []),
    # Mali, DR Congo: "a démenti les informations selon lesquelles ...": the relative tells what the denied report
    # holds (as a complement clause would), and "selon lesquelles" names no source
    ("L'armée a démenti les informations selon lesquelles les jihadistes se seraient emparés samedi du camp "
     "militaire de Tessit.", [("non_state_actor_overtakes_territory", "Tessit", "denied")], []),
    ("Le gouverneur a démenti les rumeurs relayées sur les réseaux sociaux selon lesquelles les rebelles auraient "
     "pris le contrôle de Bunia dimanche.", [("non_state_actor_overtakes_territory", "Bunia", "denied")], []),
    # ... confirmed, it is a report
    ("Le ministère a confirmé les informations selon lesquelles les rebelles ont pris le contrôle de Bunia dimanche.",
     [("non_state_actor_overtakes_territory", "Bunia", "reported")], []),
    # Burkina Faso: the attack told, the capture of the post (named again by its noun) denied: two records, the
    # denial of the capture never drops nor retypes the battle
    ("Des jihadistes ont attaqué samedi le détachement militaire de Djibo. L'état-major a démenti les rumeurs selon "
     "lesquelles le détachement aurait été occupé par les assaillants.",
     [("armed_clash", "Djibo", "asserted"), ("non_state_actor_overtakes_territory", "Djibo", "denied")], []),
    # DR Congo: a denial with no place is a non-event
    ("Le porte-parole de l'armée a démenti toute attaque contre les civils.", [], ["denied"]),
]


@pytest.mark.parametrize(("sentence", "events", "non_events"), CASES)
def test_denials(nlp, sentence, events, non_events):
    doc = nlp(sentence)
    got = [(e.sub_event_type, e.location.place if e.location else None, e.modality) for e in doc._.events]
    assert got == events
    assert sorted(n.why for n in doc._.non_events) == sorted(non_events)


@pytest.mark.parametrize(("sentence", "events"), [
    # Cameroon, Sudan, DR Congo, Mali: an adverb between "dément"/"nie" (read by the tagger as the adjective) and
    # "toute" + the noun denied
    ("Il dément par ailleurs toute exécution de civils à Mokolo.", [("attack", "Mokolo", "denied")]),
    ("Le porte-parole nie catégoriquement toute frappe sur des civils à Nyala.",
     [("air_drone_strike", "Nyala", "denied")]),
    ("Les autorités démentent en outre toute attaque contre le camp de déplacés de Kalehe.",
     [("attack", "Kalehe", "denied")]),
    ("Le gouvernement dément de son côté tout massacre de civils à Ménaka.", [("attack", "Ménaka", "denied")]),
])
def test_a_denial_with_an_adverb_before_what_it_denies(nlp, sentence, events):
    assert [(e.sub_event_type, e.location.name, e.modality) for e in nlp(sentence)._.events] == events

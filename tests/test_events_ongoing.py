"""A fight or a sound going on after the incident told before it (events/ongoing.py): that incident, not another
one, at its day and of its kind. Sentences written for these tests."""

from __future__ import annotations

import pytest

import sentinelle


def _events(text: str) -> list[tuple[str | None, str | None, str | None]]:
    res = sentinelle.extract(text, published="2025-03-12", relevance_gate=False)
    return [(e.sub_event_type or e.event_type, e.location.name if e.location else None,
             e.date.start if e.date else None) for e in res.events]


@pytest.mark.parametrize(("text", "wanted"), [
    # Haiti, Sudan, DRC, Burkina Faso, Mozambique, Ukraine: the going on joins the incident, keeping its day and kind
    ("Des gangs ont attaqué mardi Croix-des-Bouquets. Des tirs nourris étaient toujours entendus mercredi dans "
     "plusieurs quartiers de la commune.", [("armed_clash", "Croix-des-Bouquets", "2025-03-11")]),
    ("Des paramilitaires ont attaqué mardi un camp de déplacés près d'El Facher. Les combats faisaient toujours rage "
     "mercredi autour du camp.", [("attack", "El Facher", "2025-03-11")]),
    ("Les rebelles du M23 ont lancé une offensive dimanche contre Masisi. Les combats se poursuivaient lundi dans la "
     "localité.", [("armed_clash", "Masisi", "2025-03-09")]),
    ("Mardi, des jihadistes ont attaqué un poste militaire à Djibo. Les tirs se poursuivaient mercredi matin à Djibo.",
     [("armed_clash", "Djibo", "2025-03-11")]),
    ("Lundi, des insurgés ont attaqué la ville de Macomia. Des tirs étaient toujours entendus dans la nuit.",
     [("armed_clash", "Macomia", "2025-03-10")]),
    ("Un drone a frappé lundi un immeuble de Kharkiv. Des explosions ont ensuite été entendues dans le quartier.",
     [("air_drone_strike", "Kharkiv", "2025-03-10")]),
    # near misses: told alone; at another place; a new attack the next day; fighting on the ground after a strike
    ("Mardi, l'aviation a bombardé des positions rebelles près de Masisi. Les combats se poursuivaient mercredi au "
     "sol.", [("air_drone_strike", "Masisi", "2025-03-11"), ("armed_clash", "Masisi", "2025-03-12")]),
    ("Les combats faisaient rage lundi à Masisi entre l'armée et les rebelles.",
     [("armed_clash", "Masisi", "2025-03-10")]),
    ("Mardi, des jihadistes ont attaqué un poste militaire à Djibo. Les combats se poursuivaient dans la soirée à "
     "Kaya.", [("armed_clash", "Djibo", "2025-03-11"), ("armed_clash", "Kaya", "2025-03-11")]),
    ("Mardi, des jihadistes ont attaqué un poste militaire à Djibo. Mercredi, les jihadistes ont de nouveau attaqué "
     "Djibo.", [("armed_clash", "Djibo", "2025-03-11"), ("armed_clash", "Djibo", "2025-03-12")]),
])
def test_a_fight_going_on_is_the_incident_before(text, wanted):
    assert _events(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # Burkina Faso, Cameroon, Ukraine: the sound heard first is the sign of the incident the next sentences tell
    # (told in the narrative imperfect, or in the past)
    ("Le samedi 8 mars, il a entendu les premières détonations à Kaya. « Ils tiraient sur les passants », "
     "raconte-t-il.", [("attack", "Kaya", "2025-03-08")]),
    ("Dimanche soir, des habitants ont entendu des détonations à Koza. « Ils ont abattu mon voisin devant sa porte », "
     "témoigne une commerçante.", [("attack", "Koza", "2025-03-09")]),
    ("Vers 22 heures lundi, nous avons entendu des détonations à Druzhkivka. Des soldats ont ensuite attaqué le poste "
     "de police.", [("armed_clash", "Druzhkivka", "2025-03-10")]),
    # nothing else told: the explosions heard stay an incident of their own
    ("Des témoins disent avoir entendu au moins six explosions à Maroua dimanche.",
     [("explosions_remote_violence", "Maroua", "2025-03-09")]),
])
def test_a_sound_heard_is_the_incident_that_explains_it(text, wanted):
    assert _events(text) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    # DR Congo, Ukraine, Sudan: a fight said in the present to go on, with no day and after no incident, is a state
    # of the war, not an incident
    ("Les combats entre l'armée et les rebelles du M23 se poursuivent autour de Sake.", []),
    ("Les affrontements entre forces russes et ukrainiennes se poursuivent près de Pokrovsk.", []),
    ("Les combats entre l'armée et les paramilitaires se poursuivent autour de Kadugli, dernier bastion du "
     "gouvernement dans la région.", []),
    # near misses: going on on a stated day is an incident; so is new fighting reported ("de violents combats")
    ("Les combats se poursuivaient lundi autour de Sake.", [("armed_clash", "Sake", "2025-03-10")]),
    ("De violents combats se poursuivent autour de Sake, selon l'armée.", [("armed_clash", "Sake", "2025-03-06")]),
])
def test_a_war_going_on_is_no_incident(text, wanted):
    assert _events(text) == wanted


"""The present conditional read by its form (attribution.syntax._conditional_form): the tagger reads some of its
forms as imperfects. Sentences written for these tests."""

from __future__ import annotations

import pytest

import sentinelle


@pytest.mark.parametrize("text", [
    # Iran, Ukraine, Lebanon: an incident named as the subject of a consequence in the conditional is a possibility
    "Une frappe sur Natanz provoquerait une riposte iranienne.",
    "Un bombardement de la centrale de Zaporijjia entraînerait une catastrophe.",
    "Une offensive sur Nabatiyé déclencherait une guerre régionale.",
])
def test_an_incident_as_the_subject_of_a_conditional_is_no_fact(text):
    result = sentinelle.extract(text, published="2025-03-10", relevance_gate=False)
    assert not result.events and any(n.why == "hypothetical" for n in result.non_events)


@pytest.mark.parametrize(("text", "modality"), [
    # an imperfect ending in -rait is no conditional ("tirer" -> "tirait"); the journalistic past conditional
    # reports a fact
    ("Lundi, les rebelles tiraient sur la base de Kidal.", "asserted"),
    ("Selon des témoins, une frappe aurait tué dix civils lundi à Gao.", "reported"),
])
def test_an_imperfect_or_a_reported_conditional_stays_an_event(text, modality):
    result = sentinelle.extract(text, published="2025-03-10", relevance_gate=False)
    assert [e.modality for e in result.events] == [modality]


@pytest.mark.parametrize(("text", "modality"), [
    # Ukraine, Israel: a past conditional in a relative clause on the device that struck hedges how it happened
    ("Lundi, le drone, qui aurait été tiré depuis la Crimée, a frappé un dépôt à Nikopol.", "reported"),
    ("Lundi, le drone – qui aurait été tiré depuis la Crimée – a frappé un dépôt à Nikopol.", "reported"),
    ("Mardi, la roquette, qui aurait été tirée depuis le nord de Gaza, a touché une maison à Sdérot.", "reported"),
    # near misses (Mali, Ukraine, DRC): said of the attackers it hedges only them; an indicative relative hedges
    # nothing
    ("Les assaillants, qui seraient venus du Niger, ont tué trois villageois mardi à Ansongo.", "asserted"),
    ("Le missile, qui a été tiré depuis la mer Noire, a frappé lundi le port d'Izmaïl.", "asserted"),
    ("Mardi, des hommes armés, qui auraient été payés par un chef local, ont attaqué le village de Kalehe.", "asserted"),
])
def test_a_conditional_relative_on_the_device_hedges_the_incident(text, modality):
    result = sentinelle.extract(text, published="2025-03-12", relevance_gate=False)
    assert [e.modality for e in result.events] == [modality]

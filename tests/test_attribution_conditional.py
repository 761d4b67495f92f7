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

"""An incident dated after the article's publication had not happened when it was written: it is never a fact
(attribution.stage._after_publication), whatever the mood of its verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

import sentinelle

PUBLISHED = "2025-03-10"  # a Monday


@pytest.mark.parametrize("text", [
    # Ukraine, Mali, Iran, Sudan: a scenario, a supposition, a plan dated after the day of publication
    "Imaginons que des drones frappent Odessa demain.",
    "Admettons que l'armée bombarde Kidal la semaine prochaine.",
    "Supposons qu'une frappe vise Bouchehr mercredi prochain.",
    "Les FSR lanceront jeudi prochain une offensive contre El-Obeid.",
])
def test_an_incident_dated_after_publication_is_not_a_fact(text):
    result = sentinelle.extract(text, published=PUBLISHED, relevance_gate=False)
    assert not result.events, [(e.event_type, e.date) for e in result.events]


@pytest.mark.parametrize("text", [
    # the day of publication and the days before are the news
    "Lundi, des drones ont frappé Odessa.",
    "Hier, l'armée a bombardé des positions près de Kidal.",
    "Des drones ont frappé Odessa dans la nuit de dimanche à lundi.",
])
def test_an_incident_of_the_day_or_before_stays_a_fact(text):
    result = sentinelle.extract(text, published=PUBLISHED, relevance_gate=False)
    assert [e.modality for e in result.events] == ["asserted"]


def test_without_a_publication_date_nothing_is_judged_future():
    result = sentinelle.extract("Le 12 mars 2025, des drones ont frappé Odessa.", relevance_gate=False)
    assert [e.modality for e in result.events] == ["asserted"]

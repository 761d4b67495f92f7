"""A recent period of hours is a day's window, not a tally's period: "au cours des dernières 24 heures" dates
the incidents it opens (the day before publication or that day), each place an event; weeks and months stay
totals. Sentences written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle

PUBLISHED = "2024-06-12"

# (text, [(sub_event_type, place, date start, date end) of the events], reasons of the non-events)
CASES = [
    # Ukraine: the regional daily tally: each town bombed is an event of the last day
    ("Au cours des dernières 24 heures, les forces russes ont bombardé Toretsk et Pokrovsk, selon le gouverneur.",
     [("Toretsk", "2024-06-11", "2024-06-12"), ("Pokrovsk", "2024-06-11", "2024-06-12")], []),
    # Sudan, Somalia: the same window before an attack, 48 hours before clashes
    ("Au cours des dernières 24 heures, les RSF ont attaqué Mellit, selon un comité de résistance.",
     [("Mellit", "2024-06-11", "2024-06-12")], []),
    ("Ces dernières 48 heures, des affrontements ont opposé l'armée aux shebab près de Jowhar.",
     [("Jawhar", "2024-06-10", "2024-06-12")], []),
    # near misses: a tally of tens of attacks over the window is still a tally; weeks and months are still a
    # period of many incidents
    ("Au cours des dernières 24 heures, les forces russes ont mené 85 attaques contre 30 localités de la région "
     "de Zaporijjia.", [], ["aggregate"]),
    ("Au cours des dernières semaines, les forces russes ont bombardé Toretsk à plusieurs reprises.", [],
     ["habitual"]),
    ("Au cours des trois derniers mois, plus de 40 attaques ont visé des convois près d'Ansongo.", [], ["aggregate"]),
]


@pytest.mark.parametrize(("text", "events", "non_events"), CASES)
def test_recent_hours_date_the_incident(text, events, non_events):
    result = sentinelle.extract(text, published=PUBLISHED, relevance_gate=False)
    got = [(e.location.place if e.location else None, e.date.start, e.date.end) for e in result.events]
    assert got == events
    assert sorted(n.why for n in result.non_events) == non_events
    assert all(e.date.precision == "day" for e in result.events)

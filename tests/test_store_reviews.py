"""Analysts' corrections: impossible values are refused and never reach the gold (issue 15, item 7)."""

from __future__ import annotations

import json

import pytest
from test_store_factories import article, event

from sentinelle.errors import InputError
from sentinelle.store import Store
from sentinelle.store.validation import MAX_COUNT


@pytest.fixture()
def store(db_url):
    with Store(db_url) as s:
        s.ingest_result(*article("Des obus sont tombés sur la base.", event(fatalities=2)))
        yield s


def _event_id(store: Store) -> int:
    return store.list_events()[0].id


DAY = {"precision": "day"}


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"fatalities": -5}, "fatalities: -5 is not a toll"),
        ({"fatalities": 10**23}, "fatalities"),
        ({"injuries": -1}, "injuries"),
        ({"date": {"start": "2021-03-10", "end": "2021-03-01", **DAY}}, "ends (2021-03-01) before it starts"),
        ({"date": {"start": "10/03/2021", "end": "10/03/2021", **DAY}}, "YYYY-MM-DD"),
        ({"date": {"start": "2021-02-30", "end": "2021-02-30", **DAY}}, "not a day"),
        ({"location": {"place": "Mosul", "country": "IQ", "lat": 1e308, "lon": 43.1}}, "location.lat"),
        ({"location": {"place": "Mosul", "country": "IQ", "lat": 36.3, "lon": -181}}, "location.lon"),
        ({"location": {"place": "Mosul", "country": "IQ", "lat": float("nan"), "lon": 43.1}}, "location.lat"),
        ({"location": {"place": "Mosul", "country": "IQ", "lat": 36.3}}, "both lat and lon"),
        ({"location": {"place": "Nowhere", "country": "ZZ"}}, "'ZZ' is not an ISO 3166-1"),
        ({"location": {"place": "Mosul", "country": "iq"}}, "capitals"),
        ({"weapon": ["laser"]}, "weapon"),
        ({"sub_event_type": "bombing"}, "sub_event_type"),
        ({"date": {"start": "2021-03-01", "end": "2021-03-01", "precision": "hour"}}, "date.precision"),
    ],
)
def test_impossible_corrections_are_refused_with_the_field(store, changes, words):
    with pytest.raises(InputError, match="correction rejected") as caught:
        store.add_review(_event_id(store), "Ana", "correct", changes)
    assert words in str(caught.value)
    assert store.list_reviews() == []


@pytest.mark.parametrize(
    "changes",
    [
        {"fatalities": 0},
        {"fatalities": 12, "injuries": 30},
        {"date": {"start": "2021-03-01", "end": "2021-03-07", "precision": "week"}},
        {"location": {"place": "Pristina", "country": "XK", "lat": 42.67, "lon": 21.17, "precision": 1}},
        {"location": {"place": "Gao", "country": "ML", "admin1": "Gao", "lat": 16.27, "lon": -0.04}},
        {"weapon": ["drone", "missile"], "sub_event_type": "air_drone_strike"},
    ],
)
def test_possible_corrections_are_stored_and_reach_the_gold(store, changes):
    store.add_review(_event_id(store), "Ana", "correct", changes)
    [gold] = list(store.export_reviews_gold())
    [corrected] = gold["events"]
    for name, value in changes.items():
        got = corrected[name]
        assert got == value if not isinstance(value, dict) else {k: got[k] for k in value} == value


def test_an_impossible_correction_stored_earlier_never_reaches_the_gold(store):
    event_id = _event_id(store)
    # A database written before corrections were checked may hold one.
    store.conn.execute(
        "INSERT INTO reviews (event_id, reviewer, action, changes, created_at) VALUES (?, 'Old', 'correct', ?, 'x')",
        (event_id, json.dumps({"fatalities": -5})),
    )
    store.add_review(event_id, "Ana", "correct", {"injuries": 4})
    [gold] = list(store.export_reviews_gold())
    [corrected] = gold["events"]
    assert corrected["fatalities"] == 2 and corrected["injuries"] == 4


def test_a_correction_answers_only_for_what_it_changes(db_url):
    # A machine value outside the checks (here a toll no correction could set) does not
    # block correcting another field.
    with Store(db_url) as s:
        s.ingest_result(*article("Un bilan très lourd.", event(fatalities=MAX_COUNT + 1)))
        s.add_review(s.list_events()[0].id, "Ana", "correct", {"injuries": 3})
        assert len(s.list_reviews()) == 1

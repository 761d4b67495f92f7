"""Cross-article deduplication: the matching rule, and incidents built incrementally in the store."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from test_store_factories import ERBIL, IDLIB, MOSUL, MOSUL_AIRPORT, article, event

from sentinelle.store import DedupConfig, Store
from sentinelle.store.dedup import EventKey, match, targets_compatible

CFG = DedupConfig()


def key(i=1, article_id=None, day="2021-01-04", end=None, where=MOSUL, precision=1, event_type="battles", target=None):
    start = dt.date.fromisoformat(day)
    return EventKey(
        event_id=i, article_id=article_id if article_id is not None else i, event_type=event_type, date_start=start,
        date_end=dt.date.fromisoformat(end) if end else start, country=where["country"], admin1=where["admin1"],
        lat=where["lat"], lon=where["lon"], geo_precision=precision, target=target,
    )


@pytest.mark.parametrize(
    "a, b, same",
    [
        (key(1), key(2), True),
        (key(1), key(2, where=MOSUL_AIRPORT), True),  # ~4 km apart
        (key(1), key(2, where=ERBIL), False),  # ~80 km apart
        (key(1), key(2, day="2021-01-05"), True),  # one day of slack
        (key(1), key(2, day="2021-01-06"), False),
        (key(1, day="2021-01-01", end="2021-01-07"), key(2, day="2021-01-06"), True),  # a week overlapping the day
        (key(1), key(2, event_type="explosions_remote_violence"), False),
        (key(1), key(2, article_id=1), False),  # one article: never merged
        (key(1, target="military_convoy"), key(2, target="logistics_convoy"), True),
        (key(1, target="military_base"), key(2, target="hospital"), False),
        (key(1, target="military_base"), key(2, target=None), True),
        # Province-level (precision 3): same admin1 is enough even far from the other point.
        (key(1, where={**MOSUL, "lat": 35.9, "lon": 42.5}, precision=3), key(2), True),
        (key(1, where={**ERBIL}, precision=3), key(2), False),
        (key(1, where=IDLIB), key(2, where={**IDLIB, "country": "TR"}), False),
    ],
)
def test_match_rule(a, b, same):
    assert (match(a, b, CFG) is not None) is same
    assert (match(b, a, CFG) is not None) is same  # symmetric


def test_thresholds_are_configurable():
    a, b = key(1), key(2, where=MOSUL_AIRPORT, day="2021-01-06")
    assert match(a, b, CFG) is None
    assert match(a, b, DedupConfig(date_slack_days=2)) is not None
    assert match(key(1), key(2, where=MOSUL_AIRPORT), DedupConfig(max_km=2)) is None
    assert not targets_compatible("military_convoy", "logistics_convoy", DedupConfig(target_groups=()))


@pytest.fixture()
def store(db_url):
    with Store(db_url) as s:
        yield s


def test_two_reports_of_one_incident_make_one_incident_with_its_summary(store):
    # Outlet A: precise place and day, 2 killed. Outlet B: province-level, the next day, 4 killed, denied.
    store.ingest_result(*article("A", event(fatalities=2, where=MOSUL_AIRPORT), outlet="A"))
    store.ingest_result(*article("B", event(day="2021-01-05", fatalities=4, geo_precision=3, precision="week",
                                            end="2021-01-09", modality="denied"), outlet="B"))
    store.ingest_result(*article("A2", event(fatalities=3, modality="reported"), outlet="A"))
    [incident] = store.list_incidents()
    assert (incident.n_events, incident.n_articles, incident.n_sources) == (3, 3, 2)
    assert (incident.fatalities_min, incident.fatalities_max) == (2, 4)
    assert incident.modality_mix == {"asserted": 1, "denied": 1, "reported": 1}
    assert incident.place == "Mosul airport" and incident.geo_precision == 1
    assert (incident.date_start, incident.date_precision) == ("2021-01-04", "day")
    detail = store.get_incident(incident.id)
    assert incident.best_located_event_id == detail.events[0].id


def test_complete_linkage_does_not_chain_daily_shelling_into_one_incident(store):
    for n, day in enumerate(["2021-01-04", "2021-01-05", "2021-01-06"]):
        store.ingest_result(*article(f"day {n}", event(day=day), outlet=f"O{n}"))
    sizes = sorted(i.n_events for i in store.list_incidents())
    assert sizes == [1, 2]  # 4+5 together; the 6th is two days from the 4th


def test_events_of_one_article_stay_apart_and_non_facts_stay_out(store):
    store.ingest_result(*article("two strikes", event(), event(where=MOSUL_AIRPORT)))
    store.ingest_result(*article("threat", event(modality="threatened"), event(modality="hypothetical")))
    assert len(store.list_incidents()) == 2
    assert {e.incident_id is None for e in store.list_events()} == {True, False}


def test_undated_or_unlocated_events_are_incidents_of_their_own(store):
    undated = event().model_copy(update={"date": None})
    store.ingest_result(*article("u1", undated))
    store.ingest_result(*article("u2", undated))
    assert len(store.list_incidents()) == 2


def test_the_best_match_wins_and_ties_keep_the_oldest_incident(store):
    store.ingest_result(*article("far", event(where=MOSUL)))
    store.ingest_result(*article("near", event(where={**MOSUL_AIRPORT, "lat": 36.30, "lon": 43.35}, day="2021-01-10")))
    # A report right at the airport on the 4th joins the Mosul incident (the other is 6 days away).
    out = store.ingest_result(*article("new", event(where=MOSUL_AIRPORT)))
    assert out.new_incidents == 0
    assert sorted(i.n_events for i in store.list_incidents()) == [1, 2]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_clear_pair_groups_the_same_whatever_the_arrival_order(db_url, order):
    docs = [
        article("x1", event(fatalities=1), outlet="A"),
        article("x2", event(day="2021-01-05", where=MOSUL_AIRPORT, fatalities=2), outlet="B"),
        article("x3", event(where=IDLIB, event_type="battles", sub_event_type="armed_clash"), outlet="C"),
    ]
    with Store(db_url) as store:
        for i in order:
            store.ingest_result(*docs[i])
        groups = sorted((i.n_events, i.fatalities_min, i.fatalities_max) for i in store.list_incidents())
    assert groups == [(1, None, None), (2, 1, 2)]


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_events_at_the_ends_of_the_calendar_are_stored_and_grouped(store, day):
    # The date window of dedup (a day of slack each side) must not step off the calendar.
    store.ingest_result(*article(f"first {day}", event(day=day), outlet="A"))
    outcome = store.ingest_result(*article(f"second {day}", event(day=day, where=MOSUL_AIRPORT), outlet="B"))
    assert outcome.status == "ingested" and outcome.new_incidents == 0
    [incident] = store.list_incidents()
    assert (incident.date_start, incident.n_sources) == (day, 2)

"""The data model round-trips through JSON exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sentinelle.model import (
    SUB_EVENT_TYPES,
    WEAPONS,
    Actor,
    ArticleResult,
    DateInterval,
    Event,
    Location,
    NonEvent,
    Source,
)

spans = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)), max_size=4)
names = st.one_of(st.none(), st.text(max_size=30))
locations = st.builds(
    Location, name=names, place=names, country=st.one_of(st.none(), st.sampled_from(["IQ", "SY", "ML", "CD"])),
    lat=st.one_of(st.none(), st.floats(-90, 90)), lon=st.one_of(st.none(), st.floats(-180, 180)),
    precision=st.one_of(st.none(), st.sampled_from([1, 2, 3])),
)
events = st.builds(
    Event,
    event_type=st.sampled_from(sorted(set(SUB_EVENT_TYPES.values()))),
    sub_event_type=st.one_of(st.none(), st.sampled_from(sorted(SUB_EVENT_TYPES))),
    date=st.one_of(st.none(), st.builds(DateInterval, start=st.dates().map(str), end=st.dates().map(str),
                                        precision=st.sampled_from(["day", "week", "month", "year"]))),
    location=st.one_of(st.none(), locations),
    actor1=st.one_of(st.none(), st.builds(Actor, name=names, normalized=names)),
    weapon=st.lists(st.sampled_from(WEAPONS), max_size=3),
    fatalities=st.one_of(st.none(), st.integers(0, 5000)),
    modality=st.sampled_from(["asserted", "reported", "claimed", "denied", "hypothetical", "threatened"]),
    sources=st.lists(st.builds(Source, name=st.text(min_size=1, max_size=20)), max_size=2),
    evidence=spans,
    field_evidence=st.dictionaries(st.sampled_from(["trigger", "location", "date"]), spans, max_size=3),
)


@given(st.lists(events, max_size=4), st.lists(st.builds(NonEvent, why=st.just("aggregate"), evidence=spans), max_size=2))
def test_article_result_round_trips_through_json(evs, non_evs):
    result = ArticleResult(doc_id="x", published="2021-12-05", events=evs, non_events=non_evs)
    assert ArticleResult.model_validate_json(result.model_dump_json()) == result


def test_every_sub_event_type_has_a_coarse_type():
    coarse = {"battles", "explosions_remote_violence", "violence_against_civilians", "protests", "riots",
              "strategic_developments"}
    assert set(SUB_EVENT_TYPES.values()) == coarse
    assert len(SUB_EVENT_TYPES) == 25

"""The store, on SQLite and on PostgreSQL: schema and migrations, transactions, idempotency, round-trip,
filters, reviews."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_store_factories import ERBIL, IDLIB, MOSUL, article, event

from sentinelle.errors import InputError
from sentinelle.model import (
    Actor,
    ArticleResult,
    DateInterval,
    Event,
    Location,
    NonEvent,
    PlaceMention,
    Source,
    TimeMention,
)
from sentinelle.store import EventFilters, Store, StoredArticleInput, StoreError
from sentinelle.store.migrations import MIGRATIONS


@pytest.fixture()
def store(db_url):
    with Store(db_url) as s:
        yield s


def test_migrations_are_recorded_once_and_views_work(db_url):
    Store(db_url).close()
    with Store(db_url) as store:  # reopening applies nothing twice
        conn = store.conn
        names = [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]
        assert names == [name for name, _ in MIGRATIONS]
        if store.backend == "sqlite":
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        store.ingest_result(*article("Roquettes sur Mossoul.", event(fatalities=2)))
        for view in ("v_events", "v_incident_articles", "v_daily_incidents", "v_evidence"):
            assert conn.execute(f"SELECT * FROM {view}").fetchall()
        # Integer columns read back as Python ints on both backends (PostgreSQL's SUM would be numeric).
        daily = conn.execute("SELECT day, incidents, fatalities_min FROM v_daily_incidents").fetchall()
        assert [tuple(r) for r in daily] == [("2021-01-04", 1, 2)]
        assert all(type(v) is int for v in daily[0][1:])


def test_database_from_a_newer_version_is_refused_with_a_fix(db_url):
    with Store(db_url) as store:
        store.conn.execute("INSERT INTO schema_migrations VALUES ('9999_future', 'x')")
    with pytest.raises(StoreError, match="newer Sentinelle"):
        Store(db_url)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not a database " * 100)
    with pytest.raises(StoreError, match="another --db"):
        Store(path)


def test_ingest_is_idempotent_by_content_hash(store):
    first = store.ingest_result(*article("Roquettes sur Mossoul.", event()))
    again = store.ingest_result(*article("Roquettes sur Mossoul.", event(), outlet="Other outlet"))
    assert first.status == "ingested" and again.status == "duplicate"
    assert again.article_id == first.article_id
    assert store.stats() == {"articles": 1, "events": 1, "incidents": 1, "reviews": 0, "non_events": 0}


def test_a_failing_article_leaves_nothing_half_written(store):
    store.ingest_result(*article("Un premier article.", event()))
    before = store.stats()
    spans_before = store.conn.execute("SELECT COUNT(*) FROM evidence").fetchone()[0]
    # Integers stop at 2**63 (SQLite's and PostgreSQL's BIGINT): the second event cannot be written,
    # after the article and first event were.
    huge = event(day="2021-02-01", fatalities=2**70)
    with pytest.raises(StoreError, match="nothing of it was written"):
        store.ingest_result(*article("Un second article.", event(day="2021-02-01"), huge))
    assert store.stats() == before
    assert store.conn.execute("SELECT COUNT(*) FROM evidence").fetchone()[0] == spans_before


def test_stored_article_gives_back_the_result_and_evidence_quotes(store):
    text = "Des roquettes ont frappé la base de Mossoul lundi, selon l'AFP."
    ev = event(evidence=(0, 46))
    outcome = store.ingest_result(*article(text, ev))
    stored = store.get_article(outcome.article_id)
    assert stored.text == text and stored.result.events == [ev]
    assert stored.events[0].incident_id is not None
    quote = store.conn.execute("SELECT quote FROM v_evidence WHERE field IS NULL").fetchone()[0]
    assert quote == text[0:46]
    assert store.get_article(999) is None
    assert stored.to_dict()["events"][0]["location"]["place"] == "Mosul"


def test_filters_on_incidents_and_events(store):
    store.ingest_result(*article("a1", event(day="2021-01-04", fatalities=2), outlet="A"))
    store.ingest_result(*article("a2", event(day="2021-01-04", fatalities=3, modality="denied"), outlet="B"))
    store.ingest_result(*article("a3", event(day="2021-03-01", where=IDLIB, event_type="battles",
                                               sub_event_type="armed_clash", target=None), outlet="A"))
    store.ingest_result(*article("a4", event(day="2021-05-01", where=ERBIL, modality="threatened"), outlet="C"))
    assert len(store.list_incidents()) == 2  # the threatened strike is not an incident
    assert [i.country for i in store.list_incidents(EventFilters(country="sy"))] == ["SY"]
    assert len(store.list_incidents(EventFilters(since="2021-02-01"))) == 1
    assert len(store.list_incidents(EventFilters(until="2021-02-01"))) == 1
    assert len(store.list_incidents(EventFilters(event_type="battles"))) == 1
    assert len(store.list_incidents(EventFilters(event_type="armed_clash"))) == 1
    two = store.list_incidents(EventFilters(min_sources=2))
    assert len(two) == 1 and two[0].outlets == ("A", "B") and two[0].modality_mix == {"asserted": 1, "denied": 1}
    assert len(store.list_incidents(EventFilters(modality="denied"))) == 1
    assert len(store.list_events()) == 4
    assert [e.event.modality for e in store.list_events(EventFilters(modality="threatened"))] == ["threatened"]
    assert len(store.list_events(EventFilters(min_sources=2))) == 2
    assert len(store.list_events(EventFilters(limit=1, offset=1))) == 1
    assert store.count_incidents(EventFilters(country="IQ")) == 1
    newest = store.list_incidents()
    assert newest[0].date_start == "2021-03-01"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"since": "yesterday"}, "YYYY-MM-DD"),
        ({"country": "Iraq"}, "alpha-2"),
        ({"event_type": "bombing"}, "unknown"),
        ({"modality": "sure"}, "unknown"),
        ({"min_sources": -1}, "zero or more"),
        ({"min_sources": 2**63}, "at most"),
        ({"offset": 10**20}, "at most"),
        ({"limit": 2**64}, "at most"),
    ],
)
def test_bad_filters_say_how_to_fix_them(kwargs, message):
    with pytest.raises(InputError, match=message):
        EventFilters(**kwargs)


def test_ids_beyond_sqlite_integers_are_not_found(store):
    huge = 2**63
    assert store.get_article(huge) is None and store.get_incident(huge) is None
    assert store.list_reviews(huge) == [] and store.quote(huge, 0, 10) is None
    with pytest.raises(InputError, match=f"no event {huge}"):
        store.add_review(huge, "A", "accept")


def test_incident_detail_lists_members_and_articles(store):
    store.ingest_result(*article("b1", event(fatalities=2), outlet="A", url="http://a/1"))
    store.ingest_result(*article("b2", event(fatalities=5, geo_precision=2), outlet="B"))
    [summary] = store.list_incidents()
    detail = store.get_incident(summary.id)
    assert [e.event.fatalities for e in detail.events] == [2, 5]
    assert [a.url for a in detail.articles] == ["http://a/1", None]
    assert detail.to_dict()["n_articles"] == 2
    assert store.get_incident(12345) is None


def test_reviews_never_overwrite_and_export_as_gold(store):
    store.ingest_result(*article("c1 texte", event(fatalities=2), event(day="2021-02-02", where=IDLIB)))
    e1, e2 = sorted(store.list_events(), key=lambda e: e.id)
    review = store.add_review(e1.id, "Ana", "correct", {"fatalities": 3, "sub_event_type": "air_drone_strike"})
    assert review.action == "correct" and review.changes["fatalities"] == 3
    assert store.list_events()[0].event.fatalities in (2, None)  # machine output untouched
    assert store.get_article(e1.article_id).result.events[0].fatalities == 2
    [gold] = list(store.export_reviews_gold())
    assert gold["text"] == "c1 texte"
    corrected, unreviewed = gold["events"]
    assert corrected["fatalities"] == 3 and corrected["event_type"] == "explosions_remote_violence"
    assert unreviewed["optional"] is True
    store.add_review(e2.id, "Ana", "reject")
    [gold] = list(store.export_reviews_gold())
    assert len(gold["events"]) == 1
    assert [r.action for r in store.list_reviews()] == ["correct", "reject"]


@pytest.mark.parametrize(
    "args, message",
    [
        ((1, "", "accept", None), "reviewer"),
        ((1, "Ana", "delete", None), "unknown"),
        ((1, "Ana", "correct", None), "needs the fields"),
        ((1, "Ana", "correct", {"evidence": []}), "cannot correct"),
        ((1, "Ana", "correct", {"fatalities": "many"}), "fatalities"),
        ((1, "Ana", "correct", {"event_type": "battles"}), "correct both"),
        ((99, "Ana", "accept", None), "no event 99"),
    ],
)
def test_bad_reviews_are_refused(store, args, message):
    store.ingest_result(*article("d1", event()))
    with pytest.raises(InputError, match=message):
        store.add_review(*args)
    assert store.list_reviews() == []


def test_store_is_usable_from_several_threads(store):
    import threading

    store.ingest_result(*article("t1", event()))
    counts = []

    def read():
        counts.append(len(store.list_incidents()))

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counts == [1, 1, 1, 1]


# -- property test: whatever the extractor produces is given back exactly ---------------------------

# No NUL character: extraction refuses a text holding one (a binary file), and PostgreSQL's text
# cannot hold it (test_store_postgres checks that refusal).
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
text_st = st.text(_chars, max_size=12)
article_text_st = st.text(_chars, min_size=1, max_size=40)
opt_text = st.none() | text_st
span_st = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))
small_int = st.none() | st.integers(0, 2**53)
date_st = st.none() | st.dates().map(lambda d: d.isoformat())
actor_st = st.none() | st.builds(Actor, name=opt_text, normalized=opt_text,
                                 kind=st.none() | st.sampled_from(["state_forces", "rebels", "civilians"]))
location_st = st.none() | st.builds(
    Location, name=opt_text, place=opt_text, country=st.none() | st.sampled_from(["IQ", "SY"]), admin1=opt_text,
    lat=st.none() | st.floats(-90, 90), lon=st.none() | st.floats(-180, 180),
    precision=st.none() | st.sampled_from([1, 2, 3]), geonameid=small_int, site_id=opt_text,
)
event_st = st.builds(
    Event,
    event_type=st.sampled_from(["battles", "explosions_remote_violence", "protests"]),
    sub_event_type=opt_text,
    date=st.none() | st.builds(DateInterval, start=date_st, end=date_st,
                               precision=st.none() | st.sampled_from(["day", "week", "month", "year"])),
    location=location_st,
    actor1=actor_st,
    actor2=actor_st,
    target=opt_text,
    weapon=st.lists(st.sampled_from(["rocket", "drone", "ied"]), max_size=3),
    fatalities=small_int,
    injuries=small_int,
    modality=st.sampled_from(["asserted", "reported", "claimed", "denied", "hypothetical", "threatened"]),
    sources=st.lists(st.builds(Source, name=text_st, kind=st.none() | st.just("media")), max_size=2),
    evidence=st.lists(span_st, max_size=3),
    optional=st.booleans(),
    field_evidence=st.dictionaries(st.sampled_from(["location", "date", "trigger", "actor1"]),
                                   st.lists(span_st, max_size=2), max_size=3),
)
result_st = st.builds(
    ArticleResult,
    doc_id=opt_text,
    published=date_st,
    outlet=opt_text,
    events=st.lists(event_st, max_size=4),
    non_events=st.lists(st.builds(NonEvent, why=st.just("hypothetical"), evidence=st.lists(span_st, max_size=2),
                                  text=opt_text), max_size=2),
    places=st.lists(st.builds(PlaceMention, start=st.integers(0, 99), end=st.integers(0, 99), text=text_st,
                              location=st.builds(Location, name=opt_text)), max_size=2),
    times=st.lists(st.builds(TimeMention, start=st.integers(0, 99), end=st.integers(0, 99), text=text_st,
                             interval=st.builds(DateInterval, start=date_st)), max_size=2),
    warnings=st.lists(text_st, max_size=2),
)


def _emptied(store: Store) -> Store:
    # One database for all the examples (a new PostgreSQL database each time would cost 0.1 s):
    # children first, as the foreign keys want.
    for table in ("reviews", "non_events", "evidence", "sources", "events", "incidents", "articles"):
        store.conn.execute(f"DELETE FROM {table}")
    return store


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(result=result_st, text=article_text_st)
def test_storage_round_trip_is_exact(db_url, result, text):
    with _emptied(Store(db_url)) as store:
        article_input = StoredArticleInput(text=text, published=result.published, outlet=result.outlet,
                                           doc_id=result.doc_id)
        outcome = store.ingest_result(article_input, result)
        stored = store.get_article(outcome.article_id)
        assert stored.text == text
        assert stored.result == result
        assert ArticleResult.model_validate_json(stored.result.model_dump_json()) == result
        assert [e.event for e in sorted(store.list_events(), key=lambda e: e.ordinal)] == result.events


def test_mosul_constants_are_consistent():
    # Guards the fixtures the dedup tests rely on.
    from sentinelle.store.dedup import haversine_km

    assert haversine_km(MOSUL["lat"], MOSUL["lon"], ERBIL["lat"], ERBIL["lon"]) > 60

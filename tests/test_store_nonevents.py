"""Non-event mentions are stored and findable by their reason (issue 15, item 9).

Store-level tests build ArticleResults by hand; the last test ingests an article
written for it with the real pipeline and lists its hypothetical mention.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import needs_cli_urls
from test_store_factories import MOSUL, article, event
from typer.testing import CliRunner

from sentinelle.cli import app
from sentinelle.model import ArticleResult, DateInterval, Location, NonEvent, PlaceMention, TimeMention
from sentinelle.store import EventFilters, Store, StoredArticleInput
from sentinelle.store.migrations import INITIAL, REVIEWS, VIEWS, _statements

# Written for these tests (Sahel, Syria, Somalia).
TEXT = (
    "Des hommes armés pourraient attaquer Gao mardi, estiment des analystes. "
    "Le groupe a menacé de frapper Idlib. "
    "Depuis 2015, les shebab multiplient les attentats."
)
HYPOTHETICAL = (0, 71)
THREATENED = (72, 108)
AGGREGATE = (109, len(TEXT))
GAO = Location(name="Gao", place="Gao", country="ML", admin1="Gao", lat=16.27, lon=-0.04, precision=1)
IDLIB = Location(name="Idlib", place="Idlib", country="SY", admin1="Idlib", lat=35.93, lon=36.63, precision=1)


def _result() -> ArticleResult:
    return ArticleResult(
        published="2024-03-04",
        non_events=[
            NonEvent(why="hypothetical", evidence=[HYPOTHETICAL], event_type="battles",
                     sub_event_type="armed_clash", text=TEXT[slice(*HYPOTHETICAL)]),
            NonEvent(why="threatened", evidence=[THREATENED], text=TEXT[slice(*THREATENED)]),
            NonEvent(why="aggregate", evidence=[AGGREGATE], event_type="explosions_remote_violence"),
        ],
        places=[
            PlaceMention(start=TEXT.index("Gao"), end=TEXT.index("Gao") + 3, text="Gao", location=GAO),
            PlaceMention(start=TEXT.index("Idlib"), end=TEXT.index("Idlib") + 5, text="Idlib", location=IDLIB),
        ],
        times=[
            TimeMention(start=TEXT.index("mardi"), end=TEXT.index("mardi") + 5, text="mardi",
                        interval=DateInterval(start="2024-03-05", end="2024-03-05", precision="day")),
            TimeMention(start=TEXT.index("2015"), end=TEXT.index("2015") + 4, text="2015", kind="period",
                        interval=DateInterval(start="2015-01-01", end="2024-03-04", precision="year")),
        ],
    )


@pytest.fixture()
def db(db_url):
    path = db_url
    with Store(path) as store:
        store.ingest_result(StoredArticleInput(text=TEXT, published="2024-03-04", outlet="Radio X", title="Menaces"),
                            _result())
        store.ingest_result(*article("Une roquette est tombée.", event(where=MOSUL)))
    return path


def test_non_events_are_listed_by_reason_with_article_evidence_place_and_date(db):
    with Store(db) as store:
        [hyp] = store.list_non_events(EventFilters(modality="hypothetical"))
        assert (hyp.why, hyp.sub_event_type, hyp.article.outlet) == ("hypothetical", "armed_clash", "Radio X")
        assert hyp.quotes == [TEXT[slice(*HYPOTHETICAL)]] and hyp.evidence == [HYPOTHETICAL]
        assert (hyp.location.place, hyp.location.country) == ("Gao", "ML")  # named in its own sentence
        assert hyp.date.start == "2024-03-05"
        [threat] = store.list_non_events(EventFilters(modality="threatened"))
        assert threat.location.place == "Idlib" and threat.date is None  # no date in its sentence
        [agg] = store.list_non_events(EventFilters(modality="aggregate"))
        assert agg.location is None and agg.date.start == "2015-01-01"
        assert store.list_non_events(EventFilters(modality="habitual")) == []
        assert len(store.list_non_events()) == 3
        # Never an event nor an incident.
        assert store.list_events(EventFilters(modality="hypothetical")) == []
        assert store.stats()["non_events"] == 3


@pytest.mark.parametrize(
    ("filters", "reasons"),
    [
        (EventFilters(country="ML"), {"hypothetical"}),
        (EventFilters(country="SY"), {"threatened"}),
        (EventFilters(since="2024-03-05"), {"hypothetical"}),  # "depuis 2015" ends on publication day
        (EventFilters(until="2016-01-01"), {"aggregate"}),
        (EventFilters(event_type="battles"), {"hypothetical"}),
        (EventFilters(event_type="armed_clash"), {"hypothetical"}),
        (EventFilters(min_sources=2), set()),
        (EventFilters(limit=1), {"hypothetical"}),
    ],
)
def test_non_events_take_the_filters_of_events(db, filters, reasons):
    with Store(db) as store:
        assert {m.why for m in store.list_non_events(filters)} == reasons


def test_databases_written_before_the_table_are_filled_on_open(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, sql in (("0001_initial", INITIAL), ("0002_views", VIEWS), ("0003_reviews", REVIEWS)):
        for statement in _statements(sql):
            conn.execute(statement)
        conn.execute("INSERT INTO schema_migrations VALUES (?, 'then')", (name,))
    r = _result()
    dump = lambda items: json.dumps([i.model_dump(mode="json") for i in items])  # noqa: E731
    conn.execute(
        "INSERT INTO articles (content_hash, text, published, places_json, times_json, non_events_json, ingested_at) "
        "VALUES ('h', ?, '2024-03-04', ?, ?, ?, 'then')",
        (TEXT, dump(r.places), dump(r.times), dump(r.non_events)),
    )
    conn.close()
    with Store(path) as store:
        [hyp] = store.list_non_events(EventFilters(modality="hypothetical"))
        assert hyp.location.place == "Gao" and hyp.quotes == [TEXT[slice(*HYPOTHETICAL)]]
        assert store.get_article(hyp.article_id).result.non_events == r.non_events


def _cli(*args: str):
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.output


def test_events_command_lists_non_events_by_reason(db):
    needs_cli_urls(db)
    rows = json.loads(_cli("events", "--db", str(db), "--modality", "hypothetical", "--json"))
    assert [(r["kind"], r["why"], r["location"]["place"], r["date"]["start"]) for r in rows] == [
        ("non_event", "hypothetical", "Gao", "2024-03-05")
    ]
    assert rows[0]["article"]["outlet"] == "Radio X" and rows[0]["quotes"] == [TEXT[slice(*HYPOTHETICAL)]]
    table = _cli("events", "--db", str(db), "--modality", "threatened")
    assert "threatened" in table and "Idlib" in table and "Le groupe a menacé de frapper Idlib." in table
    assert "incident" not in table.split("non-event")[0]  # no empty incident table first
    assert "aggregate" in _cli("events", "--db", str(db), "--modality", "aggregate", "--events")
    # Without a non-event reason nothing changes: incidents only.
    assert all("kind" not in r for r in json.loads(_cli("events", "--db", str(db), "--json")))


def test_an_ingested_article_with_a_hypothetical_mention_is_listed(tmp_path, nlp):
    # An article written for this test: one real attack, one attack only imagined.
    text = (
        "Des hommes armés ont tué quatre civils samedi à Ségou, selon des sources locales. "
        "Une frappe de drone pourrait viser le camp de Kidal dans les prochains jours, estiment des analystes."
    )
    src = tmp_path / "segou.txt"
    src.write_text(text, encoding="utf-8")
    db = tmp_path / "e2e.db"
    _cli("ingest", str(src), "--db", str(db), "--published", "2024-03-04", "--quiet")
    rows = json.loads(_cli("events", "--db", str(db), "--modality", "hypothetical", "--json"))
    assert len(rows) == 1 and rows[0]["why"] == "hypothetical"
    assert "pourrait viser" in rows[0]["quotes"][0] and rows[0]["article"]["origin"].endswith("segou.txt")
    assert rows[0]["location"] and rows[0]["location"]["country"] == "ML"
    assert "pourrait viser" in _cli("events", "--db", str(db), "--modality", "hypothetical")
    facts = json.loads(_cli("events", "--db", str(db), "--events", "--json"))
    assert all("pourrait" not in text[slice(*e["evidence"][0])] for e in facts)

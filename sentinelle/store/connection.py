"""Opening a SQLite database the way the store needs it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sentinelle.store.errors import StoreError

BUSY_TIMEOUT_MS = 30_000
"""How long a writer waits for another one (CLI ingest vs. web review) before giving up."""


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL journal, foreign keys on."""
    target = Path(path)
    if str(path) != ":memory:":
        if target.is_dir():
            raise StoreError(f"--db {str(path)!r} is a folder; give a file name such as sentinelle.db")
        if not target.parent.exists():
            raise StoreError(f"the folder of --db {str(path)!r} does not exist; create it first")
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
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


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it is committed, or none of it (``BEGIN IMMEDIATE``
    takes the write lock up front so two writers queue instead of deadlocking)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

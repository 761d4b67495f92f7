"""The PostgreSQL backend: a psycopg 3 connection that speaks the store's SQLite dialect.

The store's SQL is written once, for SQLite (``?`` placeholders, ``INTEGER PRIMARY KEY``,
``cursor.lastrowid``, NULLs sorting first). :class:`PostgresConnection` translates each
statement on the fly (cached) so the same queries, migrations and rows serve both backends:

- ``?`` becomes ``%s`` (and a literal ``%`` becomes ``%%``), outside quotes and comments;
- in ``CREATE TABLE``: ``INTEGER PRIMARY KEY`` becomes a ``BIGINT`` identity, ``INTEGER``
  ``BIGINT`` and ``REAL`` ``DOUBLE PRECISION`` (SQLite's integers and reals are 64-bit), and
  ``TEXT`` is ``COLLATE "C"`` (code-point order, SQLite's ``BINARY``, whatever the server's locale);
- ``INSERT`` into a table with an ``id`` column gets ``RETURNING id``, which fills ``lastrowid``;
- every ``ORDER BY`` item gets ``NULLS FIRST`` (ascending) or ``NULLS LAST`` (descending):
  SQLite sorts NULL as the smallest value, PostgreSQL as the largest;
- ``substr()`` casts its positions to ``INTEGER`` (PostgreSQL has no ``substr(text, bigint, bigint)``)
  and never asks for a negative length (an error there),
  ``LIMIT -1`` (SQLite's "no limit") becomes ``LIMIT ALL``, and an integer ``SUM`` in a view stays
  an integer (PostgreSQL would make it ``numeric``).

Writers: every write transaction first takes one transaction-scoped advisory lock
(:data:`WRITE_LOCK` and the schema), so Sentinelle writers queue exactly like SQLite's ``BEGIN IMMEDIATE``
(dedup reads the incidents, then writes them: two writers interleaving would split an incident
in two), while the expensive part, the extraction, runs in parallel in every process.
Readers never wait (MVCC). Dates and JSON stay ``TEXT`` so both backends return equal rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from sentinelle.store.errors import StoreError

WRITE_LOCK = 0x53_45_4E_54  # "SENT": with the schema's hash, the key of the advisory lock writers take
CONNECT_TIMEOUT_S = 10
SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(db: object) -> bool:
    return isinstance(db, str) and db.lower().startswith(SCHEMES)


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.split("@")[-1]
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))


def _where(url: str) -> str:
    try:
        parts = urlsplit(url)
        host, port = parts.hostname or "the local socket", parts.port or 5432
    except ValueError:
        return redacted(url)
    return f"{host}:{port}"


# -- rows ------------------------------------------------------------------------------------------


class Row:
    """A result row read like ``sqlite3.Row``: by position, by column name, ``keys()``, iteration."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict[str, int], values: Sequence[Any]) -> None:
        self._index = index
        self._values = values

    def __getitem__(self, key: int | str) -> Any:
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Row) and self._index == other._index and tuple(self._values) == tuple(other._values)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=False))!r})"


def _row_factory(cursor: Any):
    index: dict[str, int] = {}
    for i, column in enumerate(cursor.description or ()):
        index.setdefault(column.name, i)  # like sqlite3.Row: the first column of a name wins

    def make(values: Sequence[Any]) -> Row:
        return Row(index, values)

    return make


# -- SQL translation -------------------------------------------------------------------------------

# A ? inside quoted strings, quoted names and comments is no placeholder; a % anywhere is psycopg's
# escape character (it does not parse SQL quotes), hence doubled everywhere.
_LEXEME = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|\?|%")
_SUBSTR = re.compile(r"\bsubstr\(([^(),]+),([^(),]+),([^(),]+)\)", re.IGNORECASE)
_INT_SUM = re.compile(r"\bSUM\((COALESCE\([\w.]+, *\d+\))\)", re.IGNORECASE)
_ORDER_BY = re.compile(r"\bORDER BY\b", re.IGNORECASE)
_ORDER_END = re.compile(r"\b(LIMIT|OFFSET|RETURNING|FOR)\b", re.IGNORECASE)
_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)


def _placeholders(sql: str) -> str:
    def swap(m: re.Match[str]) -> str:
        token = m.group(0)
        return "%s" if token == "?" else token.replace("%", "%%")

    return _LEXEME.sub(swap, sql)


def _ddl(sql: str) -> str:
    sql = re.sub(r"\bINTEGER PRIMARY KEY\b", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", sql)
    sql = re.sub(r"\bINTEGER\b", "BIGINT", sql)
    sql = re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)
    # Text compares and sorts by code point, as SQLite's BINARY collation does, whatever the
    # server's locale (a French ICU collation would put 'a' before 'B', or ignore the '-' of dates).
    return re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', sql)


def _split_top_level(text: str) -> list[str]:
    items, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(text[start:i])
            start = i + 1
    items.append(text[start:])
    return items


def _nulls_like_sqlite(sql: str) -> str:
    out, pos = [], 0
    for m in _ORDER_BY.finditer(sql):
        start = m.end()
        # The clause ends at LIMIT/OFFSET, at the ')' closing a subquery, or at the end.
        depth, end = 0, len(sql)
        for i in range(start, len(sql)):
            if sql[i] == "(":
                depth += 1
            elif sql[i] == ")":
                if depth == 0:
                    end = i
                    break
                depth -= 1
        stop = _ORDER_END.search(sql, start, end)
        end = stop.start() if stop else end
        items = []
        for item in _split_top_level(sql[start:end]):
            bare = item.rstrip()
            if "NULLS" in bare.upper():
                items.append(item)
                continue
            nulls = " NULLS LAST" if bare.upper().endswith("DESC") else " NULLS FIRST"
            items.append(bare + nulls + item[len(bare):])
        out.append(sql[pos:start] + ",".join(items))
        pos = end
    out.append(sql[pos:])
    return "".join(out)


@lru_cache(maxsize=1024)
def translate(sql: str, with_params: bool) -> str:
    """The PostgreSQL form of one SQLite statement of the store (see the module doc)."""
    head = sql.lstrip()[:20].upper()
    if head.startswith("CREATE TABLE"):
        sql = _ddl(sql)
    if head.startswith("CREATE VIEW"):
        sql = _INT_SUM.sub(r"CAST(SUM(\1) AS BIGINT)", sql)
    # PostgreSQL refuses a negative length (SQLite reads backwards): an inverted span quotes nothing.
    sql = _SUBSTR.sub(r"substr(\1, CAST(\2 AS INTEGER), GREATEST(CAST(\3 AS INTEGER), 0))", sql)
    sql = re.sub(r"\bLIMIT -1\b", "LIMIT ALL", sql)
    if "ORDER BY" in sql.upper():
        sql = _nulls_like_sqlite(sql)
    # Without parameters psycopg sends the text as it is: a '%' must not be doubled then.
    return _placeholders(sql) if with_params else sql


# -- the connection --------------------------------------------------------------------------------


class Result:
    """What ``execute`` returns: rows to fetch or iterate, and ``lastrowid`` after an INSERT."""

    __slots__ = ("_cursor", "lastrowid")

    def __init__(self, cursor: Any, lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid

    def fetchone(self) -> Row | None:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Row]:
        return self._cursor.fetchall()

    def __iter__(self) -> Iterator[Row]:
        return iter(self._cursor)


class PostgresConnection:
    """One psycopg connection (autocommit; transactions are explicit) with the store's dialect."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        psycopg = _psycopg()
        self.url = url
        self.where = _where(url)
        self.write_errors: tuple[type[BaseException], ...] = (
            psycopg.OperationalError, psycopg.DataError, UnicodeEncodeError, OverflowError,
        )
        try:
            # A URL's own connect_timeout wins; without one, an unreachable host fails in seconds, not minutes.
            timeout = {} if "connect_timeout=" in url else {"connect_timeout": CONNECT_TIMEOUT_S}
            self._raw = psycopg.connect(
                url, autocommit=True, row_factory=_row_factory, application_name="sentinelle", **timeout
            )
        except psycopg.ProgrammingError as exc:
            raise StoreError(
                f"--db {redacted(url)!r} is not a valid PostgreSQL URL ({_first_line(exc)}); "
                "write it as postgresql://user@host:5432/database"
            ) from None
        except psycopg.OperationalError as exc:
            raise StoreError(_connect_error(url, _first_line(exc))) from None
        self._id_tables: dict[str, bool] = {}

    # sqlite3.Connection's interface, as much of it as the store uses ---------------------------

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Result:
        upper = sql.lstrip()[:16].upper()
        if upper.startswith("BEGIN"):
            # BEGIN IMMEDIATE: SQLite's one writer at a time, here as one advisory lock.
            # Keyed by schema too: stores in two schemas of one database do not wait for each other.
            # One round trip for both (no parameters: the simple protocol takes two statements).
            self._run(f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK}, hashtext(current_schema()))", None)
            return Result(None)
        if params is not None and not isinstance(params, Sequence):
            params = list(params)
        insert = _INSERT.match(sql)
        if insert and self._has_id(insert.group(1)):
            cursor = self._run(translate(sql, params is not None) + " RETURNING id", params)
            row = cursor.fetchone()
            return Result(cursor, row[0] if row else None)
        return Result(self._run(translate(sql, params is not None), params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        try:
            with self._raw.cursor() as cursor:
                cursor.executemany(translate(sql, True), rows)
        except _psycopg().OperationalError as exc:
            self._lost(exc)

    def close(self) -> None:
        self._raw.close()

    @property
    def broken(self) -> bool:
        """The server or the network dropped this connection: the store opens a new one."""
        return bool(self._raw.broken or self._raw.closed)

    # ---------------------------------------------------------------------------------------------

    def table_exists(self, name: str) -> bool:
        row = self.execute("SELECT to_regclass(?) IS NOT NULL", (name,)).fetchone()
        return bool(row and row[0])

    def _has_id(self, table: str) -> bool:
        known = self._id_tables.get(table)
        if known is None:
            row = self._run(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = %s AND column_name = 'id'",
                (table.lower(),),
            ).fetchone()
            known = self._id_tables[table] = row is not None
        return known

    def _run(self, sql: str, params: Sequence[Any] | None) -> Any:
        try:
            return self._raw.execute(sql, params)
        except _psycopg().OperationalError as exc:
            self._lost(exc)

    def _lost(self, exc: Exception) -> None:
        if self._raw.broken or self._raw.closed:
            raise StoreError(
                f"lost the connection to PostgreSQL at {self.where} ({_first_line(exc)}); the write in progress "
                "was not kept; check the server and run the command again"
            ) from None
        raise exc


def _psycopg():
    try:
        import psycopg
    except ImportError:
        raise StoreError(
            "--db postgresql://... needs psycopg 3, which is not installed: pip install 'sentinelle[postgres]' "
            "(or pip install 'psycopg[binary]')"
        ) from None
    return psycopg


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # libpq's "connection failed: connection to server at ... failed: Connection refused" is the useful line.
    return lines[0] if lines else type(exc).__name__


def _connect_error(url: str, detail: str) -> str:
    where, low = _where(url), detail.lower()
    shown = redacted(url)
    if "password authentication failed" in low or "no password supplied" in low or "authentication failed" in low:
        return (
            f"PostgreSQL at {where} refused the login ({detail}); check the user and password "
            "(in the URL, in $PGPASSWORD or in ~/.pgpass)"
        )
    if "permission denied for database" in low:
        return (
            f"PostgreSQL at {where} does not let this user in ({detail}); "
            "GRANT CONNECT ON DATABASE ... TO ..., or use another database"
        )
    if "role" in low and "does not exist" in low:
        return f"PostgreSQL at {where} has no such user ({detail}); create it (createuser) or fix the user in --db"
    if "database" in low and "does not exist" in low:
        return f"PostgreSQL at {where}: {detail}; create it first (createdb -h HOST -p PORT -U USER NAME), then rerun"
    if "invalid" in low or "missing" in low:
        return f"--db {shown!r} is not a valid PostgreSQL URL ({detail}); write it as postgresql://user@host:5432/database"
    return (
        f"cannot reach PostgreSQL at {where} ({detail}); is the server running, and are the host and port "
        f"of --db {shown!r} right?"
    )


def check_url(url: str) -> None:
    """Refuse a malformed URL with a one-line error before trying to connect."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError as exc:
        raise StoreError(
            f"--db {redacted(url)!r} is not a valid PostgreSQL URL ({exc}); write it as postgresql://user@host:5432/database"
        ) from None

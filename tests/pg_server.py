"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary folder, a free port.

``PgServer.start()`` runs ``initdb`` on a fresh folder and starts ``postgres`` listening on
127.0.0.1 (its unix socket in that folder too); :meth:`PgServer.new_database` (or the cheaper
:meth:`PgServer.new_schema`) gives each test its own database. PostgreSQL refuses to run as
root, so as root the server runs as the ``postgres`` system user (``runuser``), owning the folder. Durability is off (``fsync``):
the data dies with the test session anyway, and every commit is then a memory write.

Used by ``tests/conftest.py``; ``tests/install-postgresql.sh`` installs the binaries.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "sentinelle"
PASSWORD_USER = "analyst"  # a role that must give its password (the other roles are trusted)
PASSWORD = "s3cret-for-tests"


class Unavailable(Exception):
    """PostgreSQL is not installed, or could not start: the reason, for pytest.skip."""


def find_bin_dir() -> Path:
    """The newest Debian PostgreSQL's bin folder (they are versioned and not on PATH), or $PG_BIN."""
    if os.environ.get("PG_BIN"):
        chosen = Path(os.environ["PG_BIN"])
        if not (chosen / "initdb").exists():
            raise Unavailable(f"$PG_BIN is {chosen}, which has no initdb")
        return chosen
    found = sorted(
        (Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin") if (Path(p) / "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise Unavailable(
        "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); run tests/install-postgresql.sh "
        "(make test does) or apt-get install postgresql"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """One running server; ``url(db)`` is a libpq URL over TCP as the trusted superuser."""

    def __init__(self, bin_dir: Path, root: Path, port: int, run_as: list[str]) -> None:
        self.bin_dir, self.root, self.port, self._run_as = bin_dir, root, port, run_as
        self.data = root / "data"
        self._names = itertools.count(1)
        self._schema_db = ""

    # -- life cycle --------------------------------------------------------------------------

    @classmethod
    def start(cls) -> PgServer:
        bin_dir = find_bin_dir()
        run_as: list[str] = []
        owner = None
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise Unavailable("tests run as root and there is no 'postgres' system user to run PostgreSQL as") from None
            runuser = shutil.which("runuser")
            if runuser is None:
                raise Unavailable("tests run as root and runuser is missing to run PostgreSQL as 'postgres'")
            run_as = [runuser, "-u", "postgres", "--"]
        root = Path(tempfile.mkdtemp(prefix="sentinelle-pg-"))
        if owner is not None:
            os.chown(root, owner.pw_uid, owner.pw_gid)
        last_error = ""
        for _ in range(3):  # the free port may be taken between choosing it and binding it
            server = cls(bin_dir, root, _free_port(), run_as)
            try:
                server._init_and_start()
                server._watch()
                return server
            except (Unavailable, OSError, subprocess.SubprocessError) as exc:
                last_error = str(exc)
                server.stop(remove=False)
                shutil.rmtree(server.data, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)
        raise Unavailable(last_error)

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        return subprocess.run([*self._run_as, *args], capture_output=True, text=True, timeout=timeout, cwd=self.root)

    def _init_and_start(self) -> None:
        if not self.data.exists():
            pwfile = self.root / "pw"
            pwfile.write_text(PASSWORD + "\n")
            done = self._run(
                str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                "--locale=C", "--no-sync", "--no-instructions",
            )
            if done.returncode != 0:
                raise Unavailable(f"initdb failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")
            hba = self.data / "pg_hba.conf"
            # The password role first (first match wins): the auth-failure tests need a real password check.
            rules = f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n" + hba.read_text()
            hba.write_text(rules)
        options = " ".join([
            "-c listen_addresses=127.0.0.1", f"-c port={self.port}", f"-c unix_socket_directories={self.root}",
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", "-c max_connections=200",
            "-c shared_buffers=32MB", "-c log_min_messages=warning",
        ])
        started = self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options,
            "-w", "-t", "30", "start",
        )
        if started.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace") if (self.root / "server.log").exists() else ""
            tail = (log or started.stderr or started.stdout).strip().splitlines()[-2:]
            raise Unavailable(f"PostgreSQL did not start: {' / '.join(tail)}")
        self.admin(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")

    def _watch(self) -> None:
        """A watchdog that stops the server and removes its folder if this process dies without
        doing so (pytest killed): pg_ctl's server outlives its parent otherwise."""
        stop = " ".join([*self._run_as, str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"])
        script = (
            f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 2; done; "
            f"{stop} >/dev/null 2>&1; rm -rf '{self.root}'"
        )
        self._watchdog = subprocess.Popen(
            ["sh", "-c", script], start_new_session=True, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )

    def stop(self, remove: bool = True) -> None:
        watchdog = getattr(self, "_watchdog", None)
        if watchdog is not None and watchdog.poll() is None:
            watchdog.kill()  # our own child, by its handle
            watchdog.wait()
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        if remove:
            # Unlinking the server's few thousand files takes seconds on a busy disk: done by a
            # detached `rm` so the session ends at once (the folder is ours alone, under /tmp).
            subprocess.Popen(
                ["rm", "-rf", "--", str(self.root)], start_new_session=True, stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )

    # -- databases -----------------------------------------------------------------------------

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql)

    def new_database(self, prefix: str = "t") -> str:
        """A fresh, empty database (its own: tests stay independent); returns its URL."""
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        # FILE_COPY: copying template0's few files beats WAL-logging them block by block.
        self.admin(f"CREATE DATABASE {name} TEMPLATE template0 STRATEGY FILE_COPY")
        return self.url(name)

    def new_schema(self, prefix: str = "s") -> str:
        """A fresh, empty schema of the shared ``tests`` database, as a URL whose search_path is it.

        As independent as a database for the store (its tables, sequences and views live in
        the schema) and ~50 times cheaper to make: CREATE DATABASE copies files and checkpoints."""
        if not self._schema_db:
            self._schema_db = self.new_database("tests")
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        import psycopg

        with psycopg.connect(self._schema_db, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        return f"{self._schema_db}?options=-csearch_path%3D{name}"


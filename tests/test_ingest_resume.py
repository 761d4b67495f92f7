"""Kill -9 at any moment, run again: the database ends identical to one clean run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sentinelle.ingest import ingest_paths
from sentinelle.store import Store
from sentinelle.store.dump import canonical_dump

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
N_ARTICLES = 64


def _corpus(path: Path) -> Path:
    """Sample articles repeated with shifted dates (and a dateline, so their texts differ)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for i in range(N_ARTICLES):
            day = date(2020, 1, 1) + timedelta(days=9 * i)
            text = f"Publié le {day.isoformat()}.\n\n{texts[i % len(texts)]}"
            out.write(json.dumps({"text": text, "published": day.isoformat(), "outlet": f"Outlet {i % 3}"}) + "\n")
    return path


def _ingest(corpus: Path, db: Path, workers: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "sentinelle", "ingest", str(corpus), "--db", str(db), "--workers", str(workers),
         "--quiet", "--batch-size", "4"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )


def _articles(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created or migrated yet


def _kill_when(proc: subprocess.Popen, db: Path, at_least: int, timeout: float = 180) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = _articles(db)
        if n >= at_least or proc.poll() is not None:
            break
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group: the CLI and its worker processes
    proc.wait()
    return _articles(db)


def test_killed_ingest_resumes_to_the_same_database(tmp_path, nlp):
    corpus = _corpus(tmp_path / "corpus.jsonl")
    clean = tmp_path / "clean.db"
    with Store(clean) as store:  # the clean run: the same ingest_paths the CLI calls, in this process
        assert ingest_paths([corpus], store).failed == 0
    reference = canonical_dump(clean)
    assert len(reference["articles"]) == N_ARTICLES and reference["incidents"]

    crashed = tmp_path / "crashed.db"
    first = _kill_when(_ingest(corpus, crashed, workers=1), crashed, at_least=10)
    second = _kill_when(_ingest(corpus, crashed, workers=2), crashed, at_least=first + 25)
    assert 0 < first < second < N_ARTICLES, "the runs were not interrupted mid-way: make the corpus bigger"
    final = _ingest(corpus, crashed, workers=1)
    assert final.wait(timeout=600) == 0, final.stderr.read().decode()
    resumed = canonical_dump(crashed)
    for table in reference:  # table by table, for a readable failure
        assert resumed[table] == reference[table], f"table {table} differs"

"""`ingest --dask`: a real LocalCluster of worker processes extracts, this process writes (issue 14, item 4).

The corpus is the project's sample articles plus a few written here; each run is
compared with a single-process ingest of the same files through the store's
canonical dump (articles, events, incidents, evidence..., ids left out).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from process_group import stop_group

from sentinelle.errors import InputError
from sentinelle.ingest import IngestSummary, ingest_paths
from sentinelle.store import Store
from sentinelle.store.dump import canonical_dump

pytest.importorskip("distributed", reason="Dask's distributed package is not installed")
dask_backend = pytest.importorskip("sentinelle.ingest.dask_backend")

REPO = Path(__file__).resolve().parents[1]

# Written for this test (several conflicts, one article that is no incident); the publication
# date makes 'hier' and weekdays resolvable, as in a real feed.
WRITTEN = [
    ("Des hommes armés ont attaqué dimanche le village de Kipupu, dans le territoire de Mwenga, tuant "
     "{k} civils, selon un responsable local.", "2023-05-08"),
    ("Une frappe aérienne a touché hier un marché de la localité de Damboa, dans l'Etat de Borno ; au moins "
     "{k} personnes ont été tuées, selon des témoins.", "2022-11-15"),
    ("Des manifestants ont bloqué lundi les routes de Cap-Haïtien pour dénoncer la vie chère ; la police a "
     "dispersé la foule à coups de gaz lacrymogène.", "2024-02-13"),
    ("Un engin explosif a visé un convoi militaire près de Baidoa ; {k} soldats ont été tués, a indiqué "
     "l'armée somalienne.", "2021-09-20"),
    ("L'armée colombienne a affronté des guérilleros dans le département du Cauca ; {k} combattants sont "
     "morts, selon le ministère de la Défense.", "2020-03-02"),
    ("Le conseil municipal a voté mardi le budget de la nouvelle médiathèque, qui ouvrira en septembre.",
     "2024-06-04"),
]


def _corpus(folder: Path, copies: int) -> list[str]:
    """The sample articles and `copies` variants of each written text (distinct numbers: distinct articles)."""
    shutil.copytree(REPO / "examples", folder / "examples", ignore=shutil.ignore_patterns("expected*", "*.md"))
    written = folder / "written.jsonl"
    with written.open("w", encoding="utf-8") as fh:
        for copy in range(copies):
            for i, (text, published) in enumerate(WRITTEN):
                record = {"text": text.format(k=copy + i + 2), "published": published, "doc_id": f"w{copy}-{i}"}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [str(folder / "examples"), str(written)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[list[str], dict, IngestSummary]:
    """(paths, canonical dump of a single-process ingest, its summary)."""
    folder = tmp_path_factory.mktemp("dask-corpus")
    paths = _corpus(folder, copies=2)
    with Store(folder / "reference.db") as store:
        summary = ingest_paths(paths, store, batch_size=4)
    assert summary.failed == 0 and summary.ingested > 12
    return paths, canonical_dump(folder / "reference.db"), summary


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of two single-threaded worker processes (with nannies, which restart a killed worker)."""
    import logging

    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", scheduler_port=0,
        dashboard_address=None, silence_logs=logging.ERROR,
    ) as cluster, Client(cluster) as client:
        yield cluster, client


def test_dask_local_cluster_stores_what_one_process_stores(tmp_path, corpus):
    paths, reference, single = corpus
    db = tmp_path / "dask.db"
    run = subprocess.run(
        [sys.executable, "-m", "sentinelle", "ingest", *paths, "--db", str(db), "--dask", "local:2",
         "--batch-size", "2", "--json"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    summary = json.loads(run.stdout)
    assert (summary["ingested"], summary["duplicates"], summary["failed"]) == (single.ingested, single.duplicates, 0)
    assert canonical_dump(db) == reference


def test_a_dask_worker_killed_mid_run_loses_nothing(tmp_path, corpus, cluster):
    paths, reference, single = corpus
    local_cluster, client = cluster
    killed: list[tuple[int, int]] = []  # (pid, articles written when it was killed)

    def kill_a_busy_worker(summary) -> None:
        if killed or not summary.processed:
            return
        pids = client.run(os.getpid)
        busy = [address for address, keys in client.processing().items() if keys and address in pids]
        victim = (busy or sorted(pids))[0]  # a worker holding a batch, so that batch must be run again
        os.kill(pids[victim], signal.SIGKILL)
        killed.append((pids[victim], summary.processed))

    with Store(tmp_path / "dask.db") as store:
        summary = ingest_paths(
            paths, store, dask=local_cluster.scheduler_address, batch_size=1, progress=kill_a_busy_worker,
        )
        stats = store.stats()
    assert killed, "no worker was killed"
    pid, written_then = killed[0]
    assert written_then < single.processed, "the run was over before the kill"
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert (summary.ingested, summary.duplicates, summary.failed) == (single.ingested, single.duplicates, 0)
    assert stats["articles"] == single.ingested
    assert canonical_dump(tmp_path / "dask.db") == reference


def test_a_rerun_with_nothing_new_never_reaches_the_cluster(tmp_path, corpus):
    paths, _, single = corpus
    db = tmp_path / "again.db"
    with Store(db) as store:
        ingest_paths(paths, store, batch_size=4)
        # An address where nothing listens: every article is a duplicate, so no connection is tried.
        again = ingest_paths(paths, store, dask=f"tcp://127.0.0.1:{_free_port()}")
    assert (again.ingested, again.duplicates, again.failed) == (0, single.processed, 0)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _one_article(tmp_path: Path) -> list[str]:
    path = tmp_path / "one.txt"
    path.write_text(WRITTEN[0][0].format(k=3), encoding="utf-8")
    return [str(path)]


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setattr(dask_backend, "CONNECT_TIMEOUT", 1.0)
    address = f"tcp://127.0.0.1:{_free_port()}"
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(InputError) as raised:
        ingest_paths(_one_article(tmp_path), store, dask=address)
    message = str(raised.value)
    assert "\n" not in message and f"cannot reach the Dask scheduler at {address}" in message


@pytest.mark.parametrize("spec", ["local:0", "local:two", "scheduler", "tcp://", "local:2 tcp://h:8786"])
def test_a_bad_dask_spec_is_refused(tmp_path, spec):
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(InputError, match="--dask"):
        ingest_paths(_one_article(tmp_path), store, dask=spec)


@pytest.mark.parametrize(("spec", "parsed"), [
    ("local:3", 3), ("tcp://scheduler.lan:8786", "tcp://scheduler.lan:8786"), ("scheduler:8786", "tcp://scheduler:8786"),
    ("tls://sched.example.org:8786", "tls://sched.example.org:8786"),
    ("tcp://[::1]:8786", "tcp://[::1]:8786"),
])
def test_dask_specs(spec, parsed):
    assert dask_backend.parse_spec(spec) == parsed


def test_workers_and_dask_do_not_go_together(tmp_path):
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(InputError, match="--workers and --dask"):
        ingest_paths(_one_article(tmp_path), store, workers=2, dask="local:2")


def test_without_dask_installed_the_error_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now raises ImportError
    monkeypatch.delitem(sys.modules, "sentinelle.ingest.dask_backend")
    with Store(tmp_path / "db.sqlite") as store, pytest.raises(InputError, match=r"pip install 'dask\[distributed\]'"):
        ingest_paths(_one_article(tmp_path), store, dask="local:2")


def test_local_cluster_workers_exit_when_the_parent_is_killed(tmp_path):
    import psutil

    corpus = tmp_path / "feed.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(2000):  # far more than the workers can extract before the kill
            text, published = WRITTEN[i % len(WRITTEN)]
            fh.write(json.dumps({"text": f"{text.format(k=i + 2)} (dépêche {i})", "published": published},
                                ensure_ascii=False) + "\n")
    db = tmp_path / "db.sqlite"
    parent = subprocess.Popen(
        [sys.executable, "-m", "sentinelle", "ingest", str(corpus), "--db", str(db), "--dask", "local:2",
         "--batch-size", "2", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 300
        written = 0
        while time.monotonic() < deadline and parent.poll() is None and not written:
            time.sleep(0.5)
            written = _articles(db)
        assert parent.poll() is None and written, "the run did not start writing"
        workers = [p for p in psutil.Process(parent.pid).children(recursive=True) if "spawn_main" in " ".join(p.cmdline())]
        assert len(workers) >= 2
        os.kill(parent.pid, signal.SIGKILL)  # only the parent: its workers must notice by themselves
        parent.wait()
        _, alive = psutil.wait_procs(workers, timeout=30)
        assert not alive, f"workers still running 30 s after their parent was killed: {[p.pid for p in alive]}"
    finally:
        stop_group(parent)


def _articles(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created yet, or no table yet

"""Ingest end to end with the real pipeline: idempotency, workers, dedup pairs, CLI, stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sentinelle.ingest import ingest_paths
from sentinelle.store import Store
from sentinelle.store.dump import canonical_dump

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
DATA = Path(__file__).resolve().parent / "data"
SENTINELLE = [sys.executable, "-m", "sentinelle"]


def _run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*SENTINELLE, *args], input=stdin, capture_output=True, text=True, timeout=300, cwd=cwd)


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("ex") / "examples.db"
    with Store(path) as store:
        summary = ingest_paths([EXAMPLES], store)
    return path, summary


def test_examples_are_ingested_with_their_manifest(examples_db):
    path, summary = examples_db
    # 8 .txt with published.tsv, 1 HTML page, 3 JSON lines.
    assert (summary.ingested, summary.duplicates, summary.failed) == (12, 0, 0), summary.failures
    with Store(path) as store:
        assert store.stats()["events"] > 0 and store.stats()["incidents"] > 0
        published = dict(store.conn.execute("SELECT doc_id, published FROM articles"))
    assert published["01-irak-balad-roquettes.txt"] == "2021-06-09"
    assert published["article.html"] == "2024-05-15"


def test_rerun_is_a_no_op(examples_db, tmp_path):
    path, _ = examples_db
    before = canonical_dump(path)
    with Store(path) as store:
        again = ingest_paths([EXAMPLES], store)
    assert (again.ingested, again.duplicates, again.failed) == (0, 12, 0)
    assert canonical_dump(path) == before


def test_two_workers_store_exactly_what_one_does(examples_db, tmp_path):
    path, _ = examples_db
    with Store(tmp_path / "two.db") as store:
        summary = ingest_paths([EXAMPLES], store, workers=2, batch_size=2)
    assert summary.ingested == 12
    assert canonical_dump(tmp_path / "two.db")["events"] == canonical_dump(path)["events"]
    assert canonical_dump(tmp_path / "two.db") == canonical_dump(path)


def _articles_by_incident(store: Store) -> list[set[str]]:
    groups = []
    for summary in store.list_incidents():
        detail = store.get_incident(summary.id)
        groups.append({a.outlet for a in detail.articles})
    return groups


@pytest.mark.parametrize("pair", sorted(p.name for p in DATA.glob("dedup_*.jsonl")))
def test_dedup_pairs(tmp_path, nlp, pair):
    with Store(tmp_path / "pair.db") as store:
        summary = ingest_paths([DATA / pair], store)
        assert summary.ingested == 2, summary.failures
        outlets = {a["outlet"] for a in map(json.loads, (DATA / pair).read_text(encoding="utf-8").splitlines())}
        groups = _articles_by_incident(store)
    reported_by_both = [g for g in groups if g == outlets]
    if pair.startswith("dedup_same_"):
        assert reported_by_both, f"no incident groups both reports: {groups}"
    else:
        assert not reported_by_both and len(groups) >= 2, groups


def test_cli_ingest_reports_bad_files_and_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text((EXAMPLES / "07-somalie-mogadiscio-attentat.txt").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Attaque à Gao".encode("cp1252"))
    (tmp_path / "lines.jsonl").write_text('{"text": "Un obus est tombé sur Kharkiv mardi."}\n{oops\n', encoding="utf-8")
    db = tmp_path / "cli.db"
    run = _run("ingest", str(tmp_path), "--db", str(db), "--published", "2023-05-06")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "2 ingested" in run.stderr and "4 failed" in run.stderr
    for name in ("empty.txt: file is empty", "image.txt: binary", "latin1.txt: not UTF-8", "lines.jsonl:2: malformed"):
        assert name in run.stderr
    again = _run("ingest", str(tmp_path), "--db", str(db), "--json")
    summary = json.loads(again.stdout)
    assert (summary["ingested"], summary["duplicates"], summary["failed"]) == (0, 2, 4)


def test_cli_stdin_text_and_jsonl(tmp_path):
    db = tmp_path / "stdin.db"
    text = (EXAMPLES / "04-burkina-gorgadji.txt").read_text(encoding="utf-8")
    run = _run("ingest", "-", "--db", str(db), "--published", "2022-10-17", "--json", stdin=text)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["ingested"] == 1
    lines = (EXAMPLES / "inputs" / "articles.jsonl").read_text(encoding="utf-8")
    run = _run("ingest", "-", "--db", str(db), "--json", stdin=lines)
    assert json.loads(run.stdout)["ingested"] == 3
    run = _run("ingest", "-", "--db", str(db), "--json", stdin="")
    assert run.returncode == 1 and json.loads(run.stdout)["failures"][0]["reason"] == "file is empty"


def test_cli_events_and_export(examples_db, tmp_path):
    path, _ = examples_db
    table = _run("events", "--db", str(path))
    assert table.returncode == 0 and "incident(s)" in table.stdout
    incidents = json.loads(_run("events", "--db", str(path), "--json").stdout)
    events = json.loads(_run("events", "--db", str(path), "--json", "--events").stdout)
    assert incidents and len(events) >= len(incidents)
    some = incidents[0]["country"]
    filtered = json.loads(_run("events", "--db", str(path), "--json", "--country", some).stdout)
    assert filtered and {i["country"] for i in filtered} == {some}
    out = tmp_path / "x.geojson"
    run = _run("export", "--format", "geojson", "-o", str(out), "--db", str(path))
    assert run.returncode == 0 and json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    csv = _run("export", "--format", "acled-csv", "--db", str(path), "--since", "2021-01-01")
    assert csv.stdout.startswith("event_id_cnty,event_date,year,")
    bad = _run("events", "--db", str(path), "--since", "hier")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr
    missing = _run("events", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2 and "sentinelle ingest" in missing.stderr

"""The command line as a user runs it: real files, real subprocess, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEV, corpus_or_skip

ARTICLE = (
    "Au moins trois soldats maliens ont été tués dimanche dans l'explosion d'un engin explosif improvisé "
    "au passage de leur convoi près de Douentza, dans la région de Mopti, selon une source sécuritaire.\n"
)


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sentinelle", *args], capture_output=True, text=True,
                          input=stdin, timeout=300)


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(ARTICLE.encode("latin-1"))
    return {"good": good, "empty": empty, "binary": binary, "latin": latin}


def test_bad_files_get_one_line_errors_and_the_rest_is_processed(files):
    proc = run("extract", str(files["empty"]), str(files["binary"]), str(files["good"]), str(files["latin"]),
               "--published", "2024-03-11", "--format", "jsonl")
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(errors) == 3, proc.stderr
    assert all(line.startswith("error: ") for line in errors)
    assert "Traceback" not in proc.stderr
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("photo.txt" in e and "binary" in e for e in errors)
    assert any("latin.txt" in e and "UTF-8" in e for e in errors)
    results = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["doc_id"] for r in results] == ["good.txt"]
    event = results[0]["events"][0]
    assert event["event_type"] == "explosions_remote_violence"
    assert event["location"]["country"] == "ML"
    assert event["date"]["start"] == "2024-03-10"


def test_table_output_and_output_file(files, tmp_path):
    out = tmp_path / "events.txt"
    proc = run("extract", str(files["good"]), "--published", "2024-03-11", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    table = out.read_text(encoding="utf-8")
    assert "good.txt" in table and "(ML)" in table and "reported" in table


def test_bad_published_date_is_a_clear_error(files):
    proc = run("extract", str(files["good"]), "--published", "11/03/2024")
    assert proc.returncode != 0
    assert "YYYY-MM-DD" in proc.stderr and "Traceback" not in proc.stderr


def test_help_explains_commands():
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("extract", "evaluate"):
        assert command in proc.stdout


def test_evaluate_json_on_dev_corpus():
    dev = corpus_or_skip(DEV)
    proc = run("evaluate", str(dev / "gold.jsonl"), "--texts", str(dev), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert {"events", "fields", "median_location_error_km", "hypotheticals_reported_as_facts", "documents"} <= set(report)
    assert len(report["documents"]) == 5


def test_evaluate_bad_gold_is_one_line_error(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    proc = run("evaluate", str(bad))
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith("error: ") and "gold.jsonl:1" in proc.stderr


COMMANDS = ("extract", "evaluate", "ingest", "events", "export", "serve", "export-reviews")


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_shows_flags_as_flags_and_arguments_by_name(command):
    from typer.testing import CliRunner

    from sentinelle.cli import app

    args = [command, "--help"] if command else ["--help"]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.output  # a flag takes no value
    assert "--help" in result.output
    usage = next(line for line in result.output.splitlines() if "Usage:" in line)
    assert "{" not in usage and "<" not in usage, usage  # arguments by name, not by type
    assert "<list[" not in result.output and "<path>..." not in result.output


@pytest.mark.parametrize(("command", "argument"), [("extract", "FILES..."), ("ingest", "PATHS..."), ("evaluate", "GOLD")])
def test_help_names_the_arguments(command, argument):
    from typer.testing import CliRunner

    from sentinelle.cli import app

    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    usage = next(line for line in result.output.splitlines() if "Usage:" in line)
    assert usage.rstrip().endswith(f"[OPTIONS] {argument}"), usage

"""The command line as a user runs it: real files, real subprocess, exit codes and one-line errors."""

from __future__ import annotations

import json
import os
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


def test_an_unexpected_extraction_error_costs_only_its_file(files, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import sentinelle.extraction
    from sentinelle.cli import app

    other = tmp_path / "other.txt"
    other.write_text(ARTICLE.replace("dimanche", "lundi"), encoding="utf-8")
    real = sentinelle.extraction.extract

    def breaks_on_good(text, **kwargs):
        if kwargs.get("doc_id") == "good.txt":
            raise ValueError("year -976 is out of range")
        return real(text, **kwargs)

    monkeypatch.setattr(sentinelle.extraction, "extract", breaks_on_good)
    result = CliRunner().invoke(app, ["extract", str(files["good"]), str(other), "-p", "2024-03-11", "-f", "jsonl"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "good.txt" in errors[0] and "ValueError" in errors[0], result.stderr
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["other.txt"]


def test_output_into_a_missing_folder_is_a_one_line_error(files, tmp_path):
    proc = run("extract", str(files["good"]), "-p", "2024-03-11", "-o", str(tmp_path / "missing" / "out.json"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "missing" in lines[0], proc.stderr


@pytest.mark.parametrize("value", ["2023-01-01garbage", "2023-01-0", "2023-13-01", "2023-01-01 et demi"])
def test_published_with_trailing_garbage_is_rejected(files, value):
    from typer.testing import CliRunner

    from sentinelle.cli import app

    result = CliRunner().invoke(app, ["extract", str(files["good"]), "-p", value, "-f", "jsonl"])
    assert result.exit_code != 0
    assert not result.stdout.strip()


def test_published_as_an_iso_date_time_is_accepted():
    from sentinelle.extraction import parse_published

    assert parse_published("2021-12-05T08:00:00Z").isoformat() == "2021-12-05"
    assert parse_published("2021-12-05").isoformat() == "2021-12-05"


def test_extract_reads_the_text_of_an_html_page_like_ingest(tmp_path):
    from typer.testing import CliRunner

    from sentinelle.cli import app

    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Attaque</title><script>var tracking = 1;</script></head><body>"
        "<nav>Accueil | Monde | Afrique</nav><article><p>" + ARTICLE.strip() + "</p></article></body></html>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(page), "-p", "2024-03-11", "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["doc_id"] == "page.html"
    event = record["events"][0]
    assert event["location"]["country"] == "ML"
    # Evidence spans index the article's text, not the markup around it.
    text = ARTICLE.strip()
    spans = event["field_evidence"]["location"]
    assert any("Douentza" in text[start:end] or "Mopti" in text[start:end] for start, end in spans), spans


def test_relevance_option_chooses_the_gate(tmp_path):
    # a one-line report with no word of violence beside its trigger: the context check keeps it out,
    # the trigger check and 'off' parse it
    brief = tmp_path / "brief.txt"
    brief.write_text("Des pirates ont attaqué un cargo au large de Bosaso mardi.\n", encoding="utf-8")
    default = run("extract", str(brief), "--published", "2024-03-11", "--format", "jsonl")
    assert default.returncode == 0 and "relevance: no incident language" in default.stderr + default.stdout
    for mode in ("triggers", "off"):
        proc = run("--relevance", mode, "extract", str(brief), "--published", "2024-03-11", "--format", "jsonl")
        assert proc.returncode == 0 and "relevance: no incident language" not in proc.stderr + proc.stdout, mode
    bad = run("--relevance", "sometimes", "extract", str(brief))
    assert bad.returncode != 0 and "--relevance" in bad.stderr


def test_extract_refuses_a_json_lines_file_and_a_bad_gate_setting_is_said_once(tmp_path):
    many = tmp_path / "articles.jsonl"
    many.write_text(json.dumps({"text": ARTICLE, "published": "2024-03-11"}) + "\n", encoding="utf-8")
    proc = run("extract", str(many))
    assert proc.returncode != 0 and "sentinelle ingest" in proc.stderr
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "sentinelle", "extract", str(good), str(good)], capture_output=True,
                         text=True, timeout=300, env={**os.environ, "SENTINELLE_RELEVANCE": "sometimes"})
    assert bad.returncode != 0 and bad.stderr.count("SENTINELLE_RELEVANCE") == 1, bad.stderr

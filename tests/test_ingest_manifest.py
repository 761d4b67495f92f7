"""Manifests as users write them, shared by `extract` and `ingest`; undated articles are flagged (issue 15, item 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sentinelle.errors import InputError
from sentinelle.ingest.manifest import manifest_entry, read_manifest

ARTICLE = (
    "Hier, des hommes armés ont attaqué un poste de police près de Maiduguri, dans le nord-est du Nigeria, "
    "tuant trois agents, selon un responsable local.\n"
)


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("file\tpublished\toutlet\turl", "nigeria.txt\t2024-06-11\tAgence X\thttps://example.org/a"),
        ("id\tdate\tsource\turl", "nigeria\t2024-06-11\tAgence X\thttps://example.org/a"),
        ("File\tDate\tSource\tURL", "nigeria.txt\t2024-06-11\tAgence X\thttps://example.org/a"),
        ("id,date,source,url", "nigeria,2024-06-11,Agence X,https://example.org/a"),
    ],
)
def test_manifest_columns_as_users_name_them(tmp_path, header, row):
    path = tmp_path / "meta.tsv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    entry = manifest_entry(read_manifest(path), tmp_path / "nigeria.txt")
    assert entry == {"published": "2024-06-11", "outlet": "Agence X", "url": "https://example.org/a"}


def test_an_id_matches_the_file_name_without_its_extension(tmp_path):
    path = tmp_path / "meta.tsv"
    path.write_text("id\tdate\nsyrie-idleb-01\t2023-02-07\n", encoding="utf-8")
    manifest = read_manifest(path)
    assert manifest_entry(manifest, Path("corpus/syrie-idleb-01.html"))["published"] == "2023-02-07"
    assert manifest_entry(manifest, Path("corpus/syrie-idleb-02.txt")) == {}


@pytest.mark.parametrize("header", ["filename\tpublished", "name\tpubdate\tmedia", "file\tpubdate\tmedia"])
def test_unknown_columns_are_a_clear_error_listing_the_accepted_names(tmp_path, header):
    path = tmp_path / "meta.tsv"
    path.write_text(f"{header}\nx.txt\t2024-01-01\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_manifest(path)
    message = str(info.value)
    assert "meta.tsv" in message and "\n" not in message
    for name in ("file", "id", "published", "date", "outlet", "source", "url"):
        assert f"'{name}'" in message


def test_extract_reads_a_manifest_with_id_and_date(tmp_path):
    from sentinelle.cli import app

    (tmp_path / "nigeria.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "meta.tsv").write_text("id\tdate\tsource\nnigeria\t2024-06-11\tAgence X\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "nigeria.txt"), "--manifest", str(tmp_path / "meta.tsv"),
                                      "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert (record["published"], record["outlet"]) == ("2024-06-11", "Agence X")
    assert "warning" not in result.stderr


def test_ingest_warns_for_each_article_without_a_publication_date(tmp_path, nlp):
    from sentinelle.cli import app

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "dated.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "undated.txt").write_text(ARTICLE.replace("trois agents", "deux agents"), encoding="utf-8")
    (folder / "published.tsv").write_text("id\tdate\ndated\t2024-06-11\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "db.sqlite"), "--quiet"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.strip().startswith("warning")]
    assert len(warnings) == 1, result.stderr
    assert "undated.txt" in warnings[0] and "--published" in warnings[0] and "manifest" in warnings[0]

    as_json = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "db2.sqlite"), "--json"])
    assert json.loads(as_json.stdout)["undated"] == [str(folder / "undated.txt")]


def test_a_null_cell_gives_nothing(tmp_path):
    from sentinelle.ingest.manifest import manifest_entry, read_manifest

    path = tmp_path / "sources.tsv"
    path.write_text("file\tpublished\toutlet\na.txt\tnull\tRFI\nb.txt\t2024-05-02\tNA\n", encoding="utf-8")
    manifest = read_manifest(path)
    assert manifest_entry(manifest, Path("a.txt")) == {"outlet": "RFI"}
    assert manifest_entry(manifest, Path("b.txt")) == {"published": "2024-05-02"}

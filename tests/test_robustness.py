"""Runs that must not break: bad or extreme input costs only itself, never the run (issue 15)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_browser_install_pulls_no_recommended_packages():
    # Debian's chromium recommends ~100 packages (and a systemd upgrade) the headless tests never use.
    script = (REPO / "web" / "install-browser.sh").read_text(encoding="utf-8")
    installs = [line for line in script.splitlines() if re.search(r"\bapt-get\b.*\binstall\b", line)]
    assert installs, "the script no longer installs chromium with apt-get"
    for line in installs:
        assert "--no-install-recommends" in shlex.split(line), line


ARTICLE_ML = (
    "Au moins quatre soldats ont été tués mardi dans l'attaque d'un poste militaire près de Ménaka, "
    "dans le nord-est du Mali, selon une source sécuritaire.\n"
)
ARTICLE_SO = (
    "Une voiture piégée a explosé samedi devant un hôtel de Mogadiscio, faisant au moins six morts, "
    "a indiqué la police somalienne.\n"
)
PAGE = (
    "<html><head><title>Attaque</title></head><body><article><p>Des hommes armés ont attaqué jeudi un "
    "village de l'État de Zamfara, dans le nord-ouest du Nigeria, tuant une dizaine d'habitants, "
    "selon la police locale.</p></article></body></html>"
)


def test_html_cleaning_dependency_is_declared():
    # lxml.html.clean left lxml (it is the lxml_html_clean package); trafilatura needs it for every page.
    import tomllib

    deps = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = [re.split(r"[<>=!~ ;]", d, maxsplit=1)[0].lower().replace("-", "_") for d in deps]
    assert "lxml_html_clean" in names or "lxml[html_clean]" in names, deps


def _mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "mali.txt").write_text(ARTICLE_ML, encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "somalie.txt").write_text(ARTICLE_SO, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return folder


def test_an_unexpected_error_reading_one_file_costs_only_that_file(tmp_path, monkeypatch, nlp):
    # As on a fresh install where the HTML cleaner is missing: importing the HTML reader's library fails.
    import sys

    from sentinelle.ingest import ingest_paths
    from sentinelle.store import Store

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # 'import trafilatura' raises ImportError
    with Store(tmp_path / "db.sqlite") as store:
        summary = ingest_paths([_mixed_folder(tmp_path)], store, published="2024-05-14")
        stored = {row[0] for row in store.conn.execute("SELECT doc_id FROM articles")}
    assert stored == {"mali.txt", "somalie.txt"}
    reasons = {Path(f.origin).name: f.reason for f in summary.failures}
    assert set(reasons) == {"page.html", "broken.txt"}
    assert "library is missing" in reasons["page.html"] and "\n" not in reasons["page.html"]


def test_an_unexpected_error_storing_one_article_costs_only_that_article(tmp_path, monkeypatch, nlp):
    from sentinelle.ingest import ingest_paths
    from sentinelle.store import Store

    folder = _mixed_folder(tmp_path)
    (folder / "page.html").unlink()
    original = Store.ingest_result

    def flaky(self, article, result):
        if article.doc_id == "mali.txt":
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return original(self, article, result)

    monkeypatch.setattr(Store, "ingest_result", flaky)
    with Store(tmp_path / "db.sqlite") as store:
        summary = ingest_paths([folder], store, published="2024-05-14")
        stored = {row[0] for row in store.conn.execute("SELECT doc_id FROM articles")}
    assert stored == {"somalie.txt"}
    assert {Path(f.origin).name for f in summary.failures} == {"mali.txt", "broken.txt"}

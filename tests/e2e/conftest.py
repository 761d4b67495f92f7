"""End-to-end fixtures: a real `sentinelle serve` process on loopback over a sample database,
and Debian's Chromium driven by Playwright (its wheel bundles the driver; no browser download).

Nothing is installed here. Without Chromium the tests skip with the reason, except in CI
(CI=true), where they fail: `web/install-browser.sh` must have run first (`make test` does).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from e2e.samples import Sample, build_sample_db

TOKEN = "e2e-test-token"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    # This machine's network is closed: without these, Chromium keeps trying Google's hosts.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: end-to-end tests must run; run web/install-browser.sh first)")
    pytest.skip(reason)


def chromium_path() -> str:
    path = os.environ.get("SENTINELLE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        _unavailable("Debian's chromium is not installed (web/install-browser.sh installs it)")
    return path  # type: ignore[return-value]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    url: str
    db: Path
    samples: dict[str, Sample]
    token: str = TOKEN

    def api(self, path: str) -> httpx.Response:
        return httpx.get(self.url + path, timeout=10)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """`python -m sentinelle serve` as a user runs it, over a database of the sample articles."""
    chromium_path()  # no point in starting a server the browser cannot reach
    db = tmp_path_factory.mktemp("web") / "e2e.db"
    samples = build_sample_db(db)
    port = _free_port()
    log = db.with_suffix(".log").open("w+")
    proc = subprocess.Popen(
        [sys.executable, "-m", "sentinelle", "serve", "--db", str(db), "--port", str(port), "--log-level", "warning"],
        env={**os.environ, "SENTINELLE_TOKEN": TOKEN},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                if httpx.get(url + "/meta", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"`sentinelle serve` did not start:\n{log.read()}")
            time.sleep(0.1)
        yield LiveServer(url=url, db=db, samples=samples)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install -e '.[test]')")
    executable = chromium_path()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page_errors() -> list[str]:
    """What the page logged as errors; a test expecting one (a refused write) removes it."""
    return []


@pytest.fixture
def page(browser, live_server, page_errors):
    """A fresh page; the test fails if the page logged any error (a CSP violation, an
    exception, a failed request) or tried to reach anything but the server."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="fr-FR")
    page = context.new_page()
    errors = page_errors
    foreign: list[str] = []
    page.on("console", lambda m: errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    page.on("request", lambda r: None if r.url.startswith(live_server.url) else foreign.append(r.url))
    page.set_default_timeout(10_000)
    yield page
    context.close()
    assert not foreign, f"the page requested resources outside the server: {foreign}"
    assert not errors, "the page logged errors:\n" + "\n".join(errors)

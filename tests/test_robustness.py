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

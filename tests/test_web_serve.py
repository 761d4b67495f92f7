"""`sentinelle serve` as a user starts it: the printed token works, and only it."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time

import httpx
from e2e.samples import build_sample_db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_prints_a_fresh_token_that_unlocks_writes(tmp_path):
    db = tmp_path / "serve.db"
    event_id = build_sample_db(db)["djibo"].event_ids[0]
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "SENTINELLE_TOKEN"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sentinelle", "serve", "--db", str(db), "--port", str(port), "--log-level", "warning"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        printed = ""
        deadline = time.monotonic() + 60
        while "#token=" not in printed and time.monotonic() < deadline and proc.poll() is None:
            printed += proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in printed
        token = re.search(r"#token=(\S+)", printed).group(1)
        assert re.search(rf"write token .*: {re.escape(token)}", printed)
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                httpx.get(url + "/meta", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        review = {"reviewer": "R", "action": "accept"}
        assert httpx.post(f"{url}/events/{event_id}/reviews", json=review).status_code == 401
        other = httpx.post(f"{url}/events/{event_id}/reviews", json=review, headers={"Authorization": "Bearer x" + token})
        assert other.status_code == 401
        ok = httpx.post(f"{url}/events/{event_id}/reviews", json=review, headers={"Authorization": f"Bearer {token}"})
        assert ok.status_code == 201
        assert httpx.get(f"{url}/openapi.json").json()["info"]["title"] == "Sentinelle"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_refuses_a_folder_as_database(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "sentinelle", "serve", "--db", str(tmp_path), "--port", str(_free_port())],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "is a folder" in result.stderr and "Traceback" not in result.stderr

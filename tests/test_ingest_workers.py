"""`ingest --workers N`: worker processes never outlive their parent (issue 15, item 5)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from process_group import stop_group

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")

SENTENCES = [
    "Des hommes armés ont attaqué le village de {n} près de Beni, tuant {k} civils, selon la société civile.",
    "Une frappe de drone a visé un véhicule près de Kismayo ; {k} combattants shebab ont été tués, selon l'armée.",
    "Des manifestants ont bloqué la route nationale {n} à Port-au-Prince pour dénoncer l'insécurité.",
]


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a process, None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return fields[0], int(fields[1])


def _alive(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] not in ("Z", "X")  # a zombie has exited; only its reaping is left


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None and stat[1] == pid:
                found.append(int(entry.name))
    return found


def test_workers_exit_when_the_parent_is_killed(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i in range(400):
            text = SENTENCES[i % 3].format(n=i, k=i % 17 + 2)
            fh.write(json.dumps({"text": text, "published": "2024-04-02", "doc_id": f"a{i}"}, ensure_ascii=False) + "\n")
    parent = subprocess.Popen(
        [sys.executable, "-m", "sentinelle", "ingest", str(corpus), "--db", str(tmp_path / "db.sqlite"),
         "--workers", "2", "--batch-size", "2", "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 240
        children: list[int] = []
        while time.monotonic() < deadline and parent.poll() is None:
            children = _children(parent.pid)
            if len(children) >= 3:  # two workers and multiprocessing's resource tracker
                break
            time.sleep(0.2)
        assert parent.poll() is None and len(children) >= 3, "the workers did not start"
        time.sleep(2)  # let them get to work (loading the model or extracting)
        children = _children(parent.pid)
        os.kill(parent.pid, signal.SIGKILL)  # only the parent: its workers must notice by themselves
        parent.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_alive(pid) for pid in children):
            time.sleep(0.2)
        left = [pid for pid in children if _alive(pid)]
        assert not left, f"processes still running 30 s after their parent was killed: {left}"
    finally:
        stop_group(parent)

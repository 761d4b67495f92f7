"""Cleaning up after tests that start an ingest in a process group of its own."""

from __future__ import annotations

import os
import signal
import subprocess


def stop_group(parent: subprocess.Popen) -> None:
    """Kill ``parent`` and everything in its process group: never leave a stray worker behind, pass or fail."""
    if parent.poll() is None:
        parent.kill()
    try:
        os.killpg(parent.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass

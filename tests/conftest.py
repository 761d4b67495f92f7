"""Shared test fixtures: where the shared corpus lives, and the pipeline loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV = SHARED / "corpus" / "dev"
WIDE = SHARED / "corpus" / "wide"
WIDE2 = SHARED / "corpus" / "wide2"


def corpus_or_skip(folder: Path) -> Path:
    """The corpus folder, or skip the test cleanly when ../shared is absent."""
    if not (folder / "gold.jsonl").is_file():
        pytest.skip(f"shared corpus not found at {folder}")
    return folder


@pytest.fixture(scope="session")
def nlp():
    """The full Sentinelle pipeline, built once per test session."""
    from sentinelle.pipeline import get_pipeline

    return get_pipeline()

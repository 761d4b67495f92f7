"""Quality gate: `evaluate` on the shared corpora must not fall below the pinned floors.

Floors live in ``quality_floors.json`` beside this file. Raising a floor after an
improvement is normal; lowering one must be a deliberate, explained commit.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sentinelle.evaluate import evaluate
from tests.conftest import DEV, WIDE, WIDE2, corpus_or_skip

FLOORS = json.loads((Path(__file__).with_name("quality_floors.json")).read_text(encoding="utf-8"))
CORPORA = {"dev": DEV, "wide": WIDE, "wide2": WIDE2}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def scored(request):
    folder = corpus_or_skip(CORPORA[request.param])
    return request.param, evaluate(folder / "gold.jsonl", folder)


def test_event_scores_meet_floors(scored):
    name, report = scored
    floors = FLOORS[name]["events"]
    got = {"precision": report.precision, "recall": report.recall, "f1": report.f1}
    below = {k: (round(got[k], 4), v) for k, v in floors.items() if got[k] + 1e-9 < v}
    assert not below, f"{name}: scores below floor (got, floor): {below}"


def test_field_accuracies_meet_floors(scored):
    name, report = scored
    acc = report.field_accuracy()
    below = {k: (acc[k], v) for k, v in FLOORS[name]["fields"].items() if acc[k] is None or acc[k] + 1e-9 < v}
    assert not below, f"{name}: field accuracies below floor (got, floor): {below}"


def test_hypotheticals_reported_as_facts_within_ceiling(scored):
    name, report = scored
    ceiling = FLOORS[name]["max_hypotheticals_as_facts"]
    assert report.hypotheticals_as_facts <= ceiling, (
        f"{name}: {report.hypotheticals_as_facts} hypothetical/threatened/habitual/aggregate mentions "
        f"reported as facts (ceiling {ceiling}): {report.hypotheticals_by_reason}"
    )


def test_median_location_error_within_ceiling(scored):
    name, report = scored
    ceiling = FLOORS[name]["max_median_location_error_km"]
    assert report.median_km is not None and report.median_km <= ceiling

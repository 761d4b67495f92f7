"""Table-driven tests of the events, attribution and assemble stages on sentences written for the project.

Each line of ``tests/data/event_sentences.tsv`` is one sentence in the style of
French reporting, with the type, modality, casualty figures or non-event
reason a careful coder would give it. Sentences the stages still get wrong are
listed in ``KNOWN_GAPS`` with the reason; they run as strict xfails, so fixing
one makes the test fail until it is removed from the list.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from sentinelle.events.assemble import Assembler
from sentinelle.events.lexicon import get_lexicon
from sentinelle.model import SUB_EVENT_TYPES

TABLE = Path(__file__).parent / "data" / "event_sentences.tsv"
PUBLISHED = dt.date(2024, 6, 15)

NO_TRIGGER = "no trigger word in the sentence (the non-event is missed, but no false event either)"
KNOWN_GAPS: dict[str, str] = {
    "sy07": "denial of a death ('a démenti la mort de'): 'mort' is not a trigger",
    "sy11": "a bare 'raid' by a state army is not typed as an air strike without a weapon word",
    "ng06": NO_TRIGGER,
    # an explosive device named alone is a weapon, not an incident (triggers.yaml: ied_device)
    "ng11": NO_TRIGGER,
    "cd12": NO_TRIGGER,
    "so09": NO_TRIGGER,
    "lb05": NO_TRIGGER,
    "gz03": NO_TRIGGER,
    "ye08": NO_TRIGGER,
    "ht02": NO_TRIGGER,
    "ht06": NO_TRIGGER,
    "af05": NO_TRIGGER,
    "co04": "'de nombreuses attaques ces dernières années' after a coordination is not reached by the cue scope",
    "sd04": NO_TRIGGER,
    "cf02": "'la signature de l'accord' is not an agreement trigger (too close to trade agreements)",
}


def _rows() -> list[dict[str, str]]:
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def _params():
    for row in ROWS:
        marks = [pytest.mark.xfail(reason=KNOWN_GAPS[row["id"]], strict=True)] if row["id"] in KNOWN_GAPS else []
        yield pytest.param(row, id=row["id"], marks=marks)


@pytest.fixture(scope="module")
def table_docs(nlp) -> dict[str, object]:
    """Every table sentence through the pipeline once (batched), then re-assembled keeping unplaced events:
    sentences are tested for type, modality and figures, not for geography."""
    assemble_all = Assembler(get_lexicon("fr"), keep_unlocated=True)
    docs = []
    for row in ROWS:
        doc = nlp.make_doc(row["sentence"])
        doc._.published = PUBLISHED
        doc._.warnings = []
        docs.append(doc)
    return {row["id"]: assemble_all(doc) for row, doc in zip(ROWS, nlp.pipe(docs), strict=True)}


def test_table_is_well_formed():
    assert len(ROWS) >= 150
    assert len({r["conflict"] for r in ROWS}) >= 8
    expects = {r["expect"] for r in ROWS}
    kinds = set(SUB_EVENT_TYPES) | set(SUB_EVENT_TYPES.values())
    for e in expects:
        assert e in kinds or e.split(":")[1] in ("hypothetical", "threatened", "habitual", "aggregate", "denied"), e
    modalities = {r["modality"] for r in ROWS} | {r["expect"].split(":")[1] for r in ROWS if ":" in r["expect"]}
    assert {"asserted", "reported", "claimed", "denied", "hypothetical", "threatened"} <= modalities


@pytest.mark.parametrize("row", list(_params()))
def test_sentence(table_docs, row):
    doc = table_docs[row["id"]]
    expect = row["expect"]
    if expect == "non:denied" and doc._.events:
        # a denial that names its place is a record of its own, never a fact (event-schema.md)
        assert {e.modality for e in doc._.events} == {"denied"}, [(e.sub_event_type, e.modality) for e in doc._.events]
        return
    if expect.startswith("non:"):
        reason = expect.split(":", 1)[1]
        assert doc._.events == [], f"reported as fact: {[(e.sub_event_type, e.modality) for e in doc._.events]}"
        assert reason in {n.why for n in doc._.non_events}, [n.why for n in doc._.non_events]
        return
    assert doc._.events, f"no event; non-events: {[n.why for n in doc._.non_events]}"
    event = doc._.events[0]
    if expect in SUB_EVENT_TYPES:
        assert (event.event_type, event.sub_event_type) == (SUB_EVENT_TYPES[expect], expect)
    else:
        assert (event.event_type, event.sub_event_type) == (expect, None)
    if row["modality"] != "-":
        assert event.modality == row["modality"]
    for name in ("fatalities", "injuries"):
        if row[name] != "-":
            want = None if row[name] == "null" else int(row[name])
            assert getattr(event, name) == want, name
    assert event.evidence and event.field_evidence.get("trigger")

"""Denials in the store and `sentinelle events --modality denied` (issue 13, item 3).

A denied incident with a place is an event with modality "denied": stored, grouped with
other reports of the incident, listed by ``--modality denied``. A denial with no place
is a non-event (why="denied"), listed there too. Results are built by hand (Sahel, Syria,
DRC sentences written for these tests) so the store is tested whatever the extractor does.
"""

from __future__ import annotations

import json

import pytest
from conftest import needs_cli_urls
from test_store_factories import article, event
from typer.testing import CliRunner

from sentinelle.cli import app
from sentinelle.model import Actor, NonEvent
from sentinelle.store import EventFilters, Store

KAFR_NABL = dict(place="Kafr Nabl", country="SY", admin1="Idlib", lat=35.613, lon=36.561)
BENI = dict(place="Beni", country="CD", admin1="Nord-Kivu", lat=0.491, lon=29.473)
ARMY = Actor(name="l'armée syrienne", normalized="Military Forces of Syria", kind="state_forces")
STRIKE = dict(day="2024-02-03", event_type="explosions_remote_violence", sub_event_type="air_drone_strike",
              target="civilians", actor1=ARMY)


@pytest.fixture()
def db(db_url):
    path = db_url
    with Store(path) as store:
        store.ingest_result(*article("Une frappe aérienne a tué cinq civils samedi à Kafr Nabl.",
                                     event(where=KAFR_NABL, fatalities=5, **STRIKE), outlet="Agence A"))
        text = ("L'armée syrienne a démenti avoir bombardé samedi le village de Kafr Nabl. "
                "Elle dément aussi toute frappe contre des civils.")
        stored, result = article(text, event(where=KAFR_NABL, modality="denied", **STRIKE), outlet="Journal B")
        result.non_events.append(NonEvent(why="denied", evidence=[(74, len(text))], text=text[74:]))
        store.ingest_result(stored, result)
        store.ingest_result(*article(
            "Des hommes armés ont tué trois civils samedi à Beni. L'armée a démenti y avoir mené une frappe.",
            event(where=BENI, day="2024-02-03", event_type="violence_against_civilians", sub_event_type="attack",
                  target="civilians", fatalities=3),
            event(where=BENI, modality="denied", evidence=(53, 95), **{**STRIKE, "actor1": None}),
            outlet="Radio C"))
    return path


def test_a_denied_report_joins_the_incident_others_assert(db):
    with Store(db) as store:
        incidents = {(i.place, i.event_type): i for i in store.list_incidents()}
        kafr = incidents[("Kafr Nabl", "explosions_remote_violence")]
        assert kafr.modality_mix == {"asserted": 1, "denied": 1} and kafr.n_sources == 2
        assert kafr.fatalities_min == 5  # the denial brings no toll
        # In one article, the asserted attack on civilians and the denied strike stay two incidents.
        assert incidents[("Beni", "violence_against_civilians")].modality_mix == {"asserted": 1}
        assert incidents[("Beni", "explosions_remote_violence")].modality_mix == {"denied": 1}


def _cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.output


def test_events_modality_denied_lists_denied_incidents_events_and_placeless_denials(db):
    needs_cli_urls(db)
    rows = json.loads(_cli("events", "--db", str(db), "--modality", "denied", "--json"))
    incidents = [r for r in rows if "kind" not in r]
    mentions = [r for r in rows if r.get("kind") == "non_event"]
    assert sorted(r["place"] for r in incidents) == ["Beni", "Kafr Nabl"]
    assert [(m["why"], m["location"]) for m in mentions] == [("denied", None)]
    assert "dément aussi toute frappe" in mentions[0]["quotes"][0]
    events = [r for r in json.loads(_cli("events", "--db", str(db), "--events", "--modality", "denied", "--json"))
              if "kind" not in r]
    assert sorted((e["location"]["place"], e["modality"]) for e in events) == [
        ("Beni", "denied"), ("Kafr Nabl", "denied")]
    table = _cli("events", "--db", str(db), "--events", "--modality", "denied")
    assert table.count("denied") >= 3 and "non-event mention" in table
    with Store(db) as store:
        assert {e.event.modality for e in store.list_events(EventFilters(modality="asserted"))} == {"asserted"}


def test_an_ingested_denial_is_listed_as_denied(tmp_path, nlp):
    src = tmp_path / "dementi.txt"
    src.write_text("L'armée malienne a démenti avoir bombardé le village de Ténenkou samedi.", encoding="utf-8")
    db = tmp_path / "e2e.db"
    _cli("ingest", str(src), "--db", str(db), "--published", "2024-03-04", "--quiet")
    rows = json.loads(_cli("events", "--db", str(db), "--events", "--modality", "denied", "--json"))
    assert [(r["modality"], r["location"]["place"]) for r in rows if "kind" not in r] == [("denied", "Ténenkou")]

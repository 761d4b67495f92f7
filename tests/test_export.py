"""Exports re-read by the tools analysts use: pandas, pyarrow, a GeoJSON validator."""

from __future__ import annotations

import io
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from conftest import needs_cli_urls
from test_store_factories import IDLIB, MOSUL_AIRPORT, article, event

from sentinelle.errors import InputError
from sentinelle.export import ACLED_COLUMNS, export
from sentinelle.export.acled import disorder_type, interaction
from sentinelle.model import Actor, NonEvent
from sentinelle.store import EventFilters, Store

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
)
STATE = Actor(name="l'armée", normalized="Military Forces of Syria", kind="state_forces")
CIVILIANS = Actor(name="civils", normalized="Civilians (Syria)", kind="civilians")
REBELS = Actor(name="HTS", normalized="HTS: Hayat Tahrir al-Sham", kind="rebels")


@pytest.fixture()
def store(db_url):
    with Store(db_url) as s:
        text = "Des roquettes ont visé la base aérienne de Mossoul lundi; deux soldats tués, selon l'AFP."
        s.ingest_result(*article(text, event(fatalities=2, evidence=(0, 49), geo_precision=2), outlet="Agence A", url="http://a/1"))
        second = event(fatalities=4, where=MOSUL_AIRPORT, modality="reported", evidence=(0, 26))
        s.ingest_result(*article("Mossoul: tirs de roquettes, quatre morts.", second, outlet="Journal B"))
        s.ingest_result(*article(
            "Frappe aérienne sur des civils à Idleb.",
            event(day="2021-03-02", precision="week", end="2021-03-08", where=IDLIB, geo_precision=2,
                  event_type="violence_against_civilians", sub_event_type="attack", target="civilians",
                  actor1=STATE, actor2=CIVILIANS, fatalities=None),
            outlet="Agence A"))
        s.ingest_result(*article("Sans lieu connu.", event().model_copy(update={"location": None, "date": None})))
        yield s


def _text(store, fmt, **kw) -> str:
    buf = io.StringIO()
    import sentinelle.export as ex

    ex._write_text(store, fmt, kw.pop("filters", EventFilters()), kw.pop("events", False), buf,
                   kw.pop("non_events", False))
    return buf.getvalue()


def test_acled_csv_has_acled_columns_and_meanings(store, tmp_path):
    path = tmp_path / "acled.csv"
    assert export(store, "acled-csv", path) == 3
    assert path.read_text(encoding="utf-8").splitlines()[0] == ACLED_HEADER
    df = pd.read_csv(path)
    assert tuple(df.columns) == ACLED_COLUMNS
    mosul = df[df.location == "Mosul airport"].iloc[0]  # best-located member names the incident
    assert mosul.event_id_cnty.startswith("IRQ")
    assert mosul.event_type == "Explosions/Remote violence"
    assert mosul.sub_event_type == "Shelling/artillery/missile attack"
    assert mosul.disorder_type == "Political violence"
    assert (mosul.iso, mosul.country, mosul.region) == (368, "Iraq", "Middle East")
    assert mosul.time_precision == 1 and mosul.year == 2021 and mosul.event_date == "2021-01-04"
    assert mosul.fatalities == 2  # the lowest figure, as ACLED codes it
    assert mosul.source == "Agence A; Journal B"
    assert mosul.inter1 == 3 and mosul.interaction == 30 and pd.isna(mosul.inter2)  # unidentified group, alone
    # Notes quote the evidence of the best-located report.
    assert "reported 1" in mosul.notes and "«Mossoul: tirs de roquettes»" in mosul.notes
    idlib = df[df.country == "Syria"].iloc[0]
    assert idlib.time_precision == 2 and idlib.geo_precision == 2
    assert (idlib.inter1, idlib.inter2, idlib.interaction) == (1, 7, 17)
    assert idlib.civilian_targeting == "Civilian targeting"
    assert idlib.event_type == "Violence against civilians" and idlib.fatalities == 0
    unplaced = df[df.location.isna()].iloc[0]
    assert unplaced.event_id_cnty.startswith("XXX") and unplaced.time_precision == 3


def test_acled_csv_of_single_events_with_filters(store, tmp_path):
    path = tmp_path / "events.csv"
    assert export(store, "acled-csv", path, EventFilters(country="IQ"), events=True) == 2
    df = pd.read_csv(path)
    assert sorted(df.fatalities) == [2, 4] and all("E" in i for i in df.event_id_cnty)
    assert export(store, "acled-csv", path, EventFilters(min_sources=2)) == 1


@pytest.mark.parametrize(
    "inter1, inter2, expected", [(1, 7, 17), (7, 1, 17), (3, None, 30), (None, 2, 20), (None, None, None)]
)
def test_interaction_codes(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


def test_disorder_types():
    assert disorder_type("protests", "peaceful_protest") == "Demonstrations"
    assert disorder_type("protests", "excessive_force_against_protesters") == "Political violence; Demonstrations"
    assert disorder_type("strategic_developments", "arrests") == "Strategic developments"


def _check_rfc7946(doc: dict) -> None:
    """Strict structural check of what QGIS and kepler.gl need (RFC 7946 §3)."""
    assert set(doc) == {"type", "features"} and doc["type"] == "FeatureCollection"
    for f in doc["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        assert isinstance(f["id"], (int, str))
        geom = f["geometry"]
        assert geom["type"] == "Point" and len(geom["coordinates"]) == 2
        lon, lat = geom["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        # Flat attributes only: nested objects make QGIS columns unusable.
        assert all(v is None or isinstance(v, (str, int, float, bool)) for v in f["properties"].values())


def test_geojson_is_a_valid_feature_collection(store, tmp_path):
    import geojson

    path = tmp_path / "x.geojson"
    assert export(store, "geojson", path) == 2  # the unlocated incident cannot be mapped
    doc = json.loads(path.read_text(encoding="utf-8"))
    _check_rfc7946(doc)
    parsed = geojson.loads(path.read_text(encoding="utf-8"))
    assert parsed.is_valid, parsed.errors()
    mosul = next(f for f in doc["features"] if f["properties"]["country"] == "IQ")
    assert mosul["geometry"]["coordinates"] == [MOSUL_AIRPORT["lon"], MOSUL_AIRPORT["lat"]]  # lon first
    assert mosul["properties"]["outlets"] == "Agence A; Journal B" and mosul["properties"]["fatalities"] == 2


def test_parquet_reads_back_typed(store, tmp_path):
    path = tmp_path / "x.parquet"
    assert export(store, "parquet", path) == 3
    table = pq.read_table(path)
    assert str(table.schema.field("date_start").type) == "date32[day]"
    df = table.to_pandas()
    row = df[df.country == "IQ"].iloc[0]
    assert list(row.outlets) == ["Agence A", "Journal B"] and row.n_sources == 2
    assert json.loads(row.modality_mix) == {"asserted": 1, "reported": 1}
    assert pd.read_parquet(path).shape[0] == 3


def test_jsonl_is_lossless_and_nested(store, tmp_path):
    path = tmp_path / "x.jsonl"
    assert export(store, "jsonl", path) == 3
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    mosul = next(x for x in lines if x["country"] == "IQ")
    assert [e["fatalities"] for e in mosul["events"]] == [2, 4]
    assert mosul["events"][0]["evidence"] == [[0, 49]]
    assert pd.read_json(path, lines=True).shape[0] == 3
    events = _text(store, "jsonl", events=True).splitlines()
    assert len(events) == 4


def test_export_errors_tell_the_fix(store, tmp_path):
    with pytest.raises(InputError, match="-o FILE.parquet"):
        export(store, "parquet", None)
    with pytest.raises(InputError, match="unknown"):
        export(store, "xlsx", tmp_path / "a.xlsx")
    with pytest.raises(InputError, match="folder"):
        export(store, "geojson", tmp_path)


# -- denied events and non-event mentions (issue 13 item 3, issue 15 item 9) -----------------------------

TENENKOU = dict(place="Ténenkou", country="ML", admin1="Mopti", lat=14.457, lon=-4.917)
DOUENTZA = dict(place="Douentza", country="ML", admin1="Mopti", lat=15.003, lon=-2.95)


@pytest.fixture()
def denials(db_url):
    """A strike told as a fact by one outlet and denied by the army in another article; a denial
    elsewhere that nobody else reports; and a hypothetical mention."""
    strike = dict(day="2024-01-13", event_type="explosions_remote_violence", sub_event_type="air_drone_strike",
                  target="civilians", actor1=Actor(name="l'armée", normalized="Military Forces of Mali",
                                                   kind="state_forces"))
    with Store(db_url) as s:
        s.ingest_result(*article("Une frappe de drone a tué six civils samedi à Ténenkou.",
                                 event(where=TENENKOU, fatalities=6, **strike), outlet="Radio A"))
        s.ingest_result(*article("L'armée a démenti avoir bombardé samedi le village de Ténenkou.",
                                 event(where=TENENKOU, modality="denied", **strike), outlet="Agence B"))
        text = "L'armée a démenti avoir frappé samedi Douentza. Une frappe pourrait viser Boni."
        stored_input, result = article(text, event(where=DOUENTZA, modality="denied", **strike), outlet="Agence B")
        result.non_events.append(NonEvent(why="hypothetical", evidence=[(48, len(text))], text=text[48:]))
        s.ingest_result(stored_input, result)
        yield s


def test_a_denial_groups_with_the_asserted_report_of_the_incident(denials):
    incidents = {i.place: i for i in denials.list_incidents()}
    assert incidents["Ténenkou"].modality_mix == {"asserted": 1, "denied": 1}
    assert incidents["Ténenkou"].n_articles == 2
    assert incidents["Douentza"].modality_mix == {"denied": 1}
    assert {i.place for i in denials.list_incidents(EventFilters(modality="denied"))} == {"Ténenkou", "Douentza"}
    assert sorted(e.event.location.place for e in denials.list_events(EventFilters(modality="denied"))) == [
        "Douentza", "Ténenkou"]


def test_denied_events_keep_their_modality_in_every_export(denials, tmp_path):
    rows = list(csv_rows(_text(denials, "acled-csv")))
    by_place = {r["location"]: r for r in rows}
    assert "modality: asserted=1, denied=1" in by_place["Ténenkou"]["tags"]
    assert by_place["Douentza"]["notes"].startswith("Not an established fact (denied): ")
    assert not by_place["Ténenkou"]["notes"].startswith("Not an established fact")  # one outlet asserts it
    event_rows = list(csv_rows(_text(denials, "acled-csv", events=True, filters=EventFilters(modality="denied"))))
    assert len(event_rows) == 2 and all("modality: denied=1" in r["tags"] for r in event_rows)
    features = json.loads(_text(denials, "geojson"))["features"]
    assert {f["properties"]["place"]: json.loads(f["properties"]["modality_mix"]) for f in features}["Douentza"] == {
        "denied": 1}
    path = tmp_path / "d.parquet"
    export(denials, "parquet", path, events=True)
    table = pq.read_table(path).to_pandas()
    assert sorted(table["modality_mix"]) == sorted(json.dumps(m) for m in ({"asserted": 1}, {"denied": 1}, {"denied": 1}))
    lines = [json.loads(x) for x in _text(denials, "jsonl").splitlines()]
    assert sorted(e["modality"] for line in lines for e in line["events"]) == ["asserted", "denied", "denied"]


def test_jsonl_includes_non_events_only_on_request(denials, tmp_path):
    plain = [json.loads(x) for x in _text(denials, "jsonl").splitlines()]
    assert all(x.get("kind") != "non_event" for x in plain)
    path = tmp_path / "all.jsonl"
    assert export(denials, "jsonl", path, non_events=True) == len(plain) + 1
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    [mention] = [x for x in lines if x.get("kind") == "non_event"]
    assert mention["why"] == "hypothetical" and mention["quotes"] == ["Une frappe pourrait viser Boni."]
    only = [json.loads(x) for x in _text(denials, "jsonl", non_events=True,
                                        filters=EventFilters(modality="hypothetical")).splitlines()]
    assert [x["kind"] for x in only] == ["non_event"]
    with pytest.raises(InputError, match="--non-events needs --format jsonl"):
        export(denials, "acled-csv", tmp_path / "x.csv", non_events=True)
    assert not (tmp_path / "x.csv").exists()


def test_cli_export_non_events_flag(denials, tmp_path):
    from typer.testing import CliRunner

    from sentinelle.cli import app

    needs_cli_urls(denials.db)
    out = tmp_path / "cli.jsonl"
    result = CliRunner().invoke(app, ["export", "--db", denials.db, "-f", "jsonl", "-o", str(out),
                                      "--non-events", "--modality", "hypothetical"])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["why"] for x in out.read_text(encoding="utf-8").splitlines()] == ["hypothetical"]
    refused = CliRunner().invoke(app, ["export", "--db", denials.db, "-f", "geojson", "--non-events"])
    assert refused.exit_code != 0 and "--format jsonl" in str(refused.exception or refused.output)


def csv_rows(text: str):
    import csv

    return csv.DictReader(io.StringIO(text))

"""The web API over a real database, a SQLite file or a PostgreSQL database (FastAPI's TestClient;
no server, no browser)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BACKENDS, needs_cli_urls
from e2e.samples import BALAD, build_sample_db
from fastapi.testclient import TestClient

from sentinelle.store import EventFilters, Store
from sentinelle.web import WebSettings, create_app

TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
LOCAL = ("127.0.0.1", 50000)


def make_client(db: Path | str, client: tuple[str, int] = LOCAL, **settings) -> TestClient:
    app = create_app(WebSettings(db=db, token=TOKEN, allowed_hosts=["testserver"], **settings))
    return TestClient(app, client=client)


def _new_db(request: pytest.FixtureRequest, folder: Path, name: str) -> Path | str:
    if request.param == "sqlite":
        return folder / name
    return request.getfixturevalue("pg_server").new_schema()


@pytest.fixture(scope="module", params=BACKENDS)
def sample_db(request, tmp_path_factory: pytest.TempPathFactory):
    db = _new_db(request, tmp_path_factory.mktemp("web"), "read.db")
    return db, build_sample_db(db)


@pytest.fixture(scope="module")
def api(sample_db):
    with make_client(sample_db[0]) as client:
        yield client


@pytest.fixture(params=BACKENDS)
def fresh(request, tmp_path):
    """A database of its own, for tests that write."""
    db = _new_db(request, tmp_path, "write.db")
    samples = build_sample_db(db)
    with make_client(db) as client:
        yield client, samples, db


def _by_place(items: list[dict]) -> dict[str, dict]:
    return {i["location"]["place"]: i for i in items}


# -- reads ------------------------------------------------------------------------------------------


def test_incidents_group_articles_and_carry_what_the_map_needs(api):
    page = api.get("/incidents").json()
    assert page["total"] == len(page["items"]) == 5
    sarmada = _by_place(page["items"])["Sarmada"]
    assert sarmada["n_articles"] == 2 and sarmada["n_sources"] == 2
    assert (sarmada["fatalities_min"], sarmada["fatalities_max"]) == (4, 5)
    assert sarmada["modality_mix"] == {"reported": 2}
    assert sarmada["date"] == {"start": "2024-01-09", "end": "2024-01-09", "precision": "day"}
    assert sarmada["location"]["lat"] == pytest.approx(36.1886)
    assert sarmada["event_type"] == "explosions_remote_violence"


@pytest.mark.parametrize(
    ("query", "places"),
    [
        ("country=SY", {"Sarmada"}),
        ("country=sy", {"Sarmada"}),
        ("type=battles", {"Djibo"}),
        ("type=air_drone_strike", {"Sarmada", "Ténenkou"}),
        ("since=2024-01-10", {"Djibo", "Mogadishu <b>market</b>", "Ténenkou"}),
        ("until=2024-01-08", {"Balad Air Base"}),
        ("since=2024-01-09&until=2024-01-09", {"Sarmada"}),
        ("modality=asserted", {"Djibo"}),
        ("modality=denied", {"Ténenkou"}),
        ("country=ML", {"Ténenkou"}),
        ("min_sources=2", {"Sarmada"}),
        ("country=IQ&type=battles", set()),
    ],
)
def test_incident_filters_are_those_of_the_events_command(api, sample_db, query, places):
    items = api.get(f"/incidents?{query}").json()["items"]
    assert {i["location"]["place"] for i in items} == places
    # Same answer as the store gives `sentinelle events` for the same filters.
    params = dict(pair.split("=") for pair in query.split("&"))
    filters = EventFilters(
        country=params.get("country"), since=params.get("since"), until=params.get("until"),
        event_type=params.get("type"), modality=params.get("modality"),
        min_sources=int(params["min_sources"]) if "min_sources" in params else None,
    )
    with Store(sample_db[0]) as store:
        assert [i["id"] for i in items] == [i.id for i in store.list_incidents(filters)]


def test_incident_paging(api):
    page = api.get("/incidents?limit=1&offset=1").json()
    assert len(page["items"]) == 1 and page["total"] == 5 and page["offset"] == 1
    everything = api.get("/incidents").json()["items"]
    assert page["items"][0]["id"] == everything[1]["id"]


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("country=IRQ", "alpha-2"),
        ("since=10/01/2024", "YYYY-MM-DD"),
        ("type=bombing", "event type"),
        ("modality=rumoured", "modality"),
        ("min_sources=-1", "greater than or equal"),
        ("limit=100000", "less than or equal"),
    ],
)
def test_bad_filters_say_what_to_fix(api, query, words):
    response = api.get(f"/incidents?{query}")
    assert response.status_code == 422
    assert words in json.dumps(response.json())


def test_events_list_every_article_mention_with_filters(api):
    events = api.get("/events").json()["items"]
    assert len(events) == 7
    hypothetical = api.get("/events?modality=hypothetical").json()["items"]
    assert len(hypothetical) == 1
    assert hypothetical[0]["incident_id"] is None  # imagined strikes never join an incident
    assert hypothetical[0]["event"]["location"]["place"] == "Erbil"
    assert {e["event"]["location"]["place"] for e in api.get("/events?country=SY").json()["items"]} == {"Sarmada"}
    assert len(api.get("/events?country=SY").json()["items"]) == 2


def test_incident_detail_has_member_events_and_articles(api):
    sarmada = _by_place(api.get("/incidents").json()["items"])["Sarmada"]
    detail = api.get(f"/incidents/{sarmada['id']}").json()
    assert detail["incident"]["id"] == sarmada["id"]
    assert {e["event"]["fatalities"] for e in detail["events"]} == {4, 5}
    assert {a["outlet"] for a in detail["articles"]} == {"Agence Exemple", "Journal Exemple"}
    assert api.get("/incidents/99999").status_code == 404


def test_article_has_text_and_every_span(api, sample_db):
    balad = sample_db[1]["balad"]
    article = api.get(f"/articles/{balad.article_id}").json()
    assert article["text"] == BALAD
    assert article["title"] == "Roquettes sur Balad" and article["published"] == "2024-01-10"
    assert [e["id"] for e in article["events"]] == balad.event_ids
    machine = article["events"][0]["event"]
    expected = balad.result.events[0]
    assert machine["field_evidence"] == {k: [list(s) for s in v] for k, v in expected.field_evidence.items()}
    start, end = machine["field_evidence"]["date"][0]
    assert article["text"][start:end] == "dimanche soir"
    assert article["non_events"][0]["why"] == "hypothetical"
    for event in article["events"]:
        for spans in [event["event"]["evidence"], *event["event"]["field_evidence"].values()]:
            assert all(0 <= s < e <= len(article["text"]) for s, e in spans)
    assert api.get("/articles/99999").status_code == 404


def test_meta_and_openapi(api):
    meta = api.get("/meta").json()
    assert meta["counts"]["articles"] == 6 and "battles" in meta["event_types"]
    spec = api.get("/openapi.json").json()
    assert {"/incidents", "/incidents/{incident_id}", "/events", "/articles", "/articles/{article_id}",
            "/events/{event_id}/reviews", "/reviews/gold.jsonl"} <= set(spec["paths"])
    body = spec["paths"]["/articles"]["post"]["requestBody"]["content"]
    assert {"application/json", "text/plain"} <= set(body)
    assert "bearer" in json.dumps(spec["components"]["securitySchemes"]).lower()


# -- security ----------------------------------------------------------------------------------------


def test_reads_are_open_on_loopback_only(sample_db):
    with make_client(sample_db[0], client=("192.0.2.7", 40000)) as remote:
        assert remote.get("/incidents").status_code == 401
        assert remote.get("/articles/1").status_code == 401
        assert remote.get("/incidents", headers=AUTH).status_code == 200
        assert remote.get("/incidents", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert remote.get("/").status_code == 200  # the page itself holds no data
    with make_client(sample_db[0], client=("::1", 40000)) as local6:
        assert local6.get("/incidents").status_code == 200
    with make_client(sample_db[0], open_reads="never") as strict:
        assert strict.get("/incidents").status_code == 401


def test_writes_need_the_token(fresh):
    client, samples, _ = fresh
    event_id = samples["djibo"].event_ids[0]
    review = {"reviewer": "A", "action": "accept"}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        response = client.post(f"/events/{event_id}/reviews", json=review, headers=headers)
        assert response.status_code == 401
        assert "token" in response.json()["detail"]
    assert client.post("/articles", content="Un texte.", headers={"Content-Type": "text/plain"}).status_code == 401
    assert client.get("/reviews").json() == []
    assert client.post(f"/events/{event_id}/reviews", json=review, headers=AUTH).status_code == 201


def test_every_response_carries_a_strict_content_security_policy(api):
    for path in ("/", "/incidents", "/static/js/app.js", "/articles/99999"):
        csp = api.get(path).headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "require-trusted-types-for 'script'" in csp
    headers = api.get("/").headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_page_has_no_inline_script_or_style():
    from html.parser import HTMLParser

    from sentinelle.web.app import STATIC_DIR

    found: list[str] = []

    class Check(HTMLParser):
        def handle_starttag(self, tag, attrs):
            names = dict(attrs)
            if tag == "script" and "src" not in names:
                found.append("inline <script>")
            found.extend(f"{tag} {n}=" for n in names if n == "style" or n.startswith("on"))

        def handle_data(self, data):
            if self.lasttag == "script" and data.strip():
                found.append("script body")

    Check().feed((STATIC_DIR / "index.html").read_text(encoding="utf-8"))
    assert found == []
    scripts = "".join(p.read_text(encoding="utf-8") for p in (STATIC_DIR / "js").glob("*.js"))
    # Our own code never parses strings as HTML; the trusted-types policy comment mentions it once.
    assert "innerHTML =" not in scripts and "insertAdjacentHTML(" not in scripts and "eval(" not in scripts


def test_foreign_host_header_is_refused(api):
    # A page on another site that rebinds its DNS name to 127.0.0.1 must not read the data.
    assert api.get("/incidents", headers={"Host": "evil.example"}).status_code == 400


def test_body_over_the_limit_gets_a_clear_413(tmp_path):
    db = tmp_path / "limit.db"
    build_sample_db(db)
    with make_client(db, max_body_bytes=2048) as client:
        big = "x" * 5000
        response = client.post("/articles", content=big, headers={**AUTH, "Content-Type": "text/plain"})
        assert response.status_code == 413
        assert "2,048 bytes" in response.json()["detail"]
        # Streamed without Content-Length (chunked), cut off once past the limit.
        chunks = (b"y" * 1000 for _ in range(10))
        response = client.post("/articles", content=chunks, headers={**AUTH, "Content-Type": "text/plain"})
        assert response.status_code == 413
        # Reviews are bodies too.
        response = client.post("/events/1/reviews", json={"reviewer": "A" * 3000, "action": "accept"}, headers=AUTH)
        assert response.status_code == 413
        # Below the limit all is normal.
        assert client.get("/incidents").status_code == 200


def test_vendored_libraries_are_the_pinned_ones(api):
    package = json.loads((Path(__file__).resolve().parents[1] / "web" / "package.json").read_text())
    assert api.get("/static/vendor/versions.json").json() == package["dependencies"]
    assert api.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    topo = api.get("/static/vendor/world-atlas/countries-50m.json").json()
    assert topo["type"] == "Topology" and len(topo["objects"]["countries"]["geometries"]) > 200


# -- ingest --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content_type", "status", "words"),
    [
        ("{not json", "application/json", 422, "malformed JSON"),
        ('["a list"]', "application/json", 422, "JSON object"),
        ('{"title": "no text"}', "application/json", 422, "no 'text' field"),
        ('{"text": "   "}', "application/json", 422, "empty"),
        ('{"text": "ok", "published": "hier"}', "application/json", 422, "YYYY-MM-DD"),
        ("   ", "text/plain", 422, "empty"),
        ("<a>b</a>", "application/xml", 415, "text/plain or application/json"),
    ],
)
def test_bad_articles_are_refused_with_the_reason(fresh, body, content_type, status, words):
    client, _, _ = fresh
    response = client.post("/articles", content=body, headers={**AUTH, "Content-Type": content_type})
    assert response.status_code == status
    assert words in json.dumps(response.json(), ensure_ascii=False)
    assert client.get("/meta").json()["counts"]["articles"] == 6  # nothing stored


def test_plain_text_must_be_utf8(fresh):
    client, _, _ = fresh
    response = client.post("/articles", content="déjà".encode("latin-1"), headers={**AUTH, "Content-Type": "text/plain"})
    assert response.status_code == 415


def test_post_article_runs_the_pipeline_and_returns_the_events(fresh):
    """The real ingest path (extraction with spaCy + store), as `sentinelle ingest` runs it."""
    client, _, _ = fresh
    text = (
        "Trois roquettes se sont abattues dimanche sur la base aérienne de Balad, au nord de Bagdad, "
        "selon une source sécuritaire irakienne. L'attaque n'a pas fait de victimes."
    )
    response = client.post(
        "/articles?published=2024-01-10&outlet=Agence%20Test&title=Balad",
        content=text.encode(), headers={**AUTH, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "ingested" and body["n_events"] == len(body["events"]) >= 1
    article = client.get(f"/articles/{body['article_id']}").json()
    assert article["text"] == text and article["outlet"] == "Agence Test" and article["published"] == "2024-01-10"
    assert [e["id"] for e in article["events"]] == [e["id"] for e in body["events"]]
    # The same text again is recognised, not extracted and stored twice.
    again = client.post("/articles", json={"text": text, "outlet": "Autre"}, headers=AUTH)
    assert again.status_code == 200 and again.json()["status"] == "duplicate"
    assert again.json()["article_id"] == body["article_id"]
    # JSON in, like an ingest .jsonl line.
    other = client.post("/articles", json={"text": text + " Fin.", "published": "2024-01-10T08:00:00Z"}, headers=AUTH)
    assert other.status_code == 201 and client.get(f"/articles/{other.json()['article_id']}").json()["published"] \
        == "2024-01-10"


# -- reviews -------------------------------------------------------------------------------------------


def test_reviews_are_stored_beside_the_machine_output(fresh):
    client, samples, _ = fresh
    event_id = samples["balad"].event_ids[0]
    article_id = samples["balad"].article_id
    accepted = client.post(f"/events/{event_id}/reviews", json={"reviewer": "Awa", "action": "accept"}, headers=AUTH)
    assert accepted.status_code == 201
    changes = {"fatalities": 1, "modality": "asserted",
               "date": {"start": "2024-01-06", "end": "2024-01-06", "precision": "day"}}
    corrected = client.post(f"/events/{event_id}/reviews",
                            json={"reviewer": "Basile", "action": "correct", "changes": changes}, headers=AUTH).json()
    assert corrected["reviewer"] == "Basile" and corrected["changes"] == changes and corrected["created_at"]
    event = client.get(f"/articles/{article_id}").json()["events"][0]
    assert [r["reviewer"] for r in event["reviews"]] == ["Awa", "Basile"]
    assert event["review_status"] == "correct"
    # The machine's values are still there, untouched.
    assert event["event"]["fatalities"] == 0 and event["event"]["modality"] == "reported"
    assert event["event"]["date"]["start"] == "2024-01-07"


@pytest.mark.parametrize(
    ("review", "words"),
    [
        ({"reviewer": "A", "action": "correct", "changes": {"text": "x"}}, "cannot correct"),
        ({"reviewer": "A", "action": "correct"}, "needs the fields"),
        ({"reviewer": "A", "action": "accept", "changes": {"fatalities": 1}}, "only 'correct'"),
        ({"reviewer": "A", "action": "correct", "changes": {"fatalities": "many"}}, "fatalities"),
        ({"reviewer": "A", "action": "correct", "changes": {"modality": "rumoured"}}, "modality"),
        ({"reviewer": "A", "action": "correct", "changes": {"fatalities": -5}}, "not a toll"),
        ({"reviewer": "A", "action": "correct", "changes": {"fatalities": 10**23}}, "not a toll"),
        ({"reviewer": "A", "action": "correct",
          "changes": {"date": {"start": "2024-01-09", "end": "2024-01-02", "precision": "day"}}}, "before it starts"),
        ({"reviewer": "A", "action": "correct", "changes": {"location": {"lat": 1e308, "lon": 44.0}}}, "location.lat"),
        ({"reviewer": "A", "action": "correct", "changes": {"location": {"country": "ZZ"}}}, "ISO 3166-1"),
        ({"reviewer": "A", "action": "delete"}, "action"),
        ({"reviewer": "", "action": "accept"}, "reviewer"),
        ({"action": "accept"}, "reviewer"),
    ],
)
def test_bad_reviews_are_refused_with_the_reason(fresh, review, words):
    client, samples, _ = fresh
    response = client.post(f"/events/{samples['balad'].event_ids[0]}/reviews", json=review, headers=AUTH)
    assert response.status_code == 422
    assert words in json.dumps(response.json())
    assert client.get("/reviews").json() == []


def test_review_of_an_unknown_event_is_refused(fresh):
    client, _, _ = fresh
    response = client.post("/events/99999/reviews", json={"reviewer": "A", "action": "accept"}, headers=AUTH)
    assert response.status_code == 422 and "no event 99999" in response.json()["detail"]


def test_gold_export_lets_evaluate_score_the_machine_against_analysts(fresh, tmp_path):
    from typer.testing import CliRunner

    from sentinelle.cli import app
    from sentinelle.evaluate import evaluate, load_gold

    client, samples, db = fresh
    post = lambda event_id, review: client.post(f"/events/{event_id}/reviews", json=review, headers=AUTH)  # noqa: E731
    assert post(samples["balad"].event_ids[0], {"reviewer": "A", "action": "accept"}).status_code == 201
    assert post(samples["djibo"].event_ids[0],
                {"reviewer": "A", "action": "correct", "changes": {"fatalities": 14}}).status_code == 201
    assert post(samples["idleb-a"].event_ids[0], {"reviewer": "A", "action": "reject"}).status_code == 201

    response = client.get("/reviews/gold.jsonl")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    by_doc = {line["doc_id"]: line for line in lines}
    assert set(by_doc) == {"sample-balad", "sample-djibo", "sample-idleb-a"}  # reviewed articles only
    assert by_doc["sample-djibo"]["events"][0]["fatalities"] == 14
    assert by_doc["sample-idleb-a"]["events"] == []  # rejected
    assert by_doc["sample-balad"]["text"] == BALAD
    # The unreviewed hypothetical event stays, optional: neither rewarded nor penalised.
    assert [e.get("optional") for e in by_doc["sample-balad"]["events"]] == [False, True]

    # The CLI writes the same file.
    needs_cli_urls(str(db))
    out = tmp_path / "gold.jsonl"
    result = CliRunner().invoke(app, ["export-reviews", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] == lines

    # `sentinelle evaluate` reads it and scores the machine's events against the analysts'.
    machine = {}
    for sample in samples.values():
        article = client.get(f"/articles/{sample.article_id}").json()
        machine[sample.result.doc_id] = [e["event"] for e in article["events"]]
    assert {g.doc_id for g in load_gold(out)} == set(by_doc)
    report = evaluate(out, predict=lambda g: machine[g.doc_id])
    assert (report.tp, report.fp, report.fn) == (2, 1, 0)  # the rejected event is a false positive
    assert report.field_accuracy()["fatalities"] == 0.5  # Djibo: 12 by the machine, 14 by the analyst


# -- integers beyond what SQLite holds (issue 15, item 6) ---------------------------------------------

HUGE = "9223372036854775808"  # 2**63: one more than SQLite's largest integer


@pytest.mark.parametrize(
    ("path", "status"),
    [
        (f"/articles/{HUGE}", 404),
        (f"/incidents/{HUGE}", 404),
        ("/articles/" + "9" * 5000, 422),  # past the int parser's size limit: refused as malformed
        ("/incidents?offset=99999999999999999999", 422),
        (f"/incidents?offset={HUGE}", 422),
        (f"/events?offset={HUGE}", 422),
        (f"/incidents?min_sources={HUGE}", 422),
        (f"/events?min_sources={HUGE}", 422),
        (f"/events?limit={HUGE}", 422),
    ],
)
def test_out_of_range_integers_are_refused_not_a_server_error(api, path, status):
    response = api.get(path)
    assert response.status_code == status, response.text
    assert "detail" in response.json()


def test_largest_storable_integers_are_answered(api):
    top = str(2**63 - 1)
    assert api.get(f"/incidents?offset={top}").json()["items"] == []
    assert api.get(f"/events?min_sources={top}").json()["items"] == []
    assert api.get(f"/articles/{top}").status_code == 404


def test_review_of_a_huge_event_id_is_refused(fresh):
    client, _, _ = fresh
    response = client.post(f"/events/{HUGE}/reviews", json={"reviewer": "A", "action": "accept"}, headers=AUTH)
    assert response.status_code in (404, 422) and f"no event {HUGE}" in response.json()["detail"]


# -- non-events and denials (issue 15 item 9, issue 13 item 3) --------------------------------------


def test_non_events_are_listed_by_reason(api, sample_db):
    samples = sample_db[1]
    hypothetical = api.get("/non-events?modality=hypothetical").json()["items"]
    assert [(n["kind"], n["why"], n["article_id"]) for n in hypothetical] == [
        ("non_event", "hypothetical", samples["balad"].article_id)
    ]
    assert hypothetical[0]["quotes"] == ["de nouvelles frappes puissent viser Erbil"]
    assert hypothetical[0]["article"]["title"] == "Roquettes sur Balad"
    [denied] = api.get("/non-events?modality=denied").json()["items"]
    assert denied["article_id"] == samples["denial"].article_id and "démenti toute frappe" in denied["quotes"][0]
    assert {n["why"] for n in api.get("/non-events").json()["items"]} == {"hypothetical", "denied"}
    assert api.get("/non-events?modality=threatened").json()["items"] == []
    assert api.get("/non-events?modality=habitual").status_code == 200
    assert api.get("/non-events?modality=rumoured").status_code == 422
    assert "/non-events" in api.get("/openapi.json").json()["paths"]
    assert {"habitual", "aggregate"} <= set(api.get("/meta").json()["modalities"])


def test_a_denied_event_is_stored_and_served_as_denied(api, sample_db):
    denial = sample_db[1]["denial"]
    [event] = api.get("/events?modality=denied").json()["items"]
    assert event["id"] in denial.event_ids and event["event"]["modality"] == "denied"
    tenenkou = _by_place(api.get("/incidents?modality=denied").json()["items"])["Ténenkou"]
    assert tenenkou["modality_mix"] == {"denied": 1}

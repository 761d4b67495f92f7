"""The analyst page in a real headless Chromium, against a real `sentinelle serve`."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import httpx
from playwright.sync_api import expect

from e2e.samples import BALAD, XSS

# the documentation's pictures are refreshed on demand (SENTINELLE_SCREENSHOTS=docs/img); an ordinary run leaves the
# working tree as it found it
SCREENSHOTS = Path(os.environ.get("SENTINELLE_SCREENSHOTS") or Path(tempfile.gettempdir()) / "sentinelle-screenshots")


# Overlapping spans cut the text into several <mark>s; this joins the adjacent ones that
# carry a category back into the phrases the extractor pointed at.
_RUNS_JS = """(cat) => {
  const runs = []; let current = null;
  for (const node of document.getElementById('article-text').childNodes) {
    const on = node.nodeType === 1 && node.dataset.cats.split(' ').includes(cat);
    if (on) { current = (current ?? '') + node.textContent; }
    else if (current !== null) { runs.push(current); current = null; }
  }
  if (current !== null) runs.push(current);
  return runs;
}"""


_LAND_SHARE_JS = """() => {
  const canvas = document.querySelector('#map .leaflet-overlay-pane canvas');
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let land = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] === 0xf3 && data[i + 1] === 0xf1 && data[i + 2] === 0xea) land++;
  }
  return land / (data.length / 4);
}"""


def runs_marked(page, cat: str) -> list[str]:
    return page.evaluate(_RUNS_JS, cat)


def _open(page, live_server, hash_: str = "#/") -> None:
    page.goto(f"{live_server.url}/{hash_}")
    # The page sets this once incidents are drawn on the map and the timeline.
    page.wait_for_selector("body[data-incidents]")


def test_map_shows_the_sample_incidents(page, live_server):
    incidents = live_server.api("/incidents").json()["items"]
    _open(page, live_server)
    assert page.get_attribute("body", "data-incidents") == str(len(incidents)) == "5"
    # One circle per located incident, coloured by type: the two Idleb articles are one incident.
    markers = page.locator("path.incident-marker")
    assert markers.count() == 5
    for incident in incidents:
        marker = page.locator(f"path.incident-{incident['id']}")
        assert marker.count() == 1
        assert f"type-{incident['event_type']}" in marker.get_attribute("class")
    # Bigger toll, bigger circle: Djibo (12 dead) vs Balad (0).
    djibo = next(i for i in incidents if i["location"]["place"] == "Djibo")
    balad = next(i for i in incidents if i["location"]["place"] == "Balad Air Base")
    box = lambda i: page.locator(f"path.incident-{i['id']}").bounding_box()  # noqa: E731
    assert box(djibo)["width"] > box(balad)["width"] * 1.5
    # Country outlines come from the bundled Natural Earth TopoJSON, drawn on a canvas:
    # a good share of its pixels are the land colour (#f3f1ea).
    assert int(page.get_attribute("body", "data-countries")) > 200
    land = page.evaluate(_LAND_SHARE_JS)
    assert 0.1 < land < 0.95, land
    assert page.locator("#incident-list li.incident-item").count() == 5
    # Timeline: one bar with incidents on each of the four days.
    assert page.locator("#timeline g.bar:not([data-total='0'])").count() == 4
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "web-overview.png"))


def test_filters_and_timeline_narrow_the_map(page, live_server):
    _open(page, live_server)
    page.select_option("#f-type", "battles")
    page.click("#f-apply")
    page.wait_for_selector("body[data-incidents='1']")
    assert page.locator("path.incident-marker").count() == 1
    page.click("#f-reset")
    page.wait_for_selector("body[data-incidents='5']")
    # Clicking a day of the timeline keeps that day only.
    page.locator("#timeline g.bar[data-start='2024-01-09']").click()
    page.wait_for_selector("body[data-incidents='1']")
    assert page.input_value("#f-since") == "2024-01-09"
    assert "Sarmada" in page.inner_text("#incident-list")


def test_article_view_highlights_the_evidence(page, live_server):
    balad = live_server.samples["balad"]
    incident_id = live_server.api(f"/articles/{balad.article_id}").json()["events"][0]["incident_id"]
    _open(page, live_server)
    # From the map to the incident, then to the article.
    page.locator(f"path.incident-{incident_id}").click()
    page.wait_for_selector("#incident-view:not([hidden]) .article-link")
    page.locator("#incident-view .article-link").first.click()
    page.wait_for_selector("#article-text mark")
    # The text is shown exactly, every character at its place.
    assert page.inner_text("#article-text") == BALAD
    # With no event selected, the imagined strike on Erbil is marked as a non-event.
    assert runs_marked(page, "nonevent") == ["de nouvelles frappes puissent viser Erbil"]
    assert page.locator("mark.nonfactual").count() >= 1
    # Select the rocket attack: each field's words are highlighted in its own colour.
    page.locator(f"#event-{balad.event_ids[0]} header").click()
    page.wait_for_selector(f"#event-{balad.event_ids[0]}.selected table.fields")

    def marked(cat: str) -> list[str]:
        return runs_marked(page, cat)

    assert "base aérienne de Balad" in marked("place")
    assert "dimanche soir" in marked("date")
    assert "roquettes" in marked("weapon")
    assert "n'a pas fait de victimes" in marked("casualties")
    assert "source sécuritaire irakienne" in marked("source")
    assert {"selon", "aurait revendiqué"} <= set(marked("hedge"))
    assert "Un groupe armé pro-iranien" in marked("actor")
    # The card quotes the words behind each value.
    card = page.locator(f"#event-{balad.event_ids[0]}")
    assert "« dimanche soir »" in card.locator("tr[data-field='date']").inner_text()
    assert "rapporté" in card.locator("header .badge").first.inner_text()
    # The hypothetical strike is flagged as not a fact.
    assert "pas un fait" in page.locator(f"#event-{balad.event_ids[1]}").inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "web-article.png"))


def test_analyst_corrects_an_event(page, live_server):
    balad = live_server.samples["balad"]
    event_id = balad.event_ids[0]
    _open(page, live_server, f"#token={live_server.token}")  # the link `serve` prints
    page.fill("#reviewer", "Analyste E2E")
    page.dispatch_event("#reviewer", "change")
    page.goto(f"{live_server.url}/#/article/{balad.article_id}?event={event_id}")
    card = page.locator(f"#event-{event_id}")
    card.locator("button.correct").click()
    form = card.locator("form.correct-form")
    # Sub-types follow the chosen type (the vocabulary comes from the server).
    assert form.locator("select[name=sub_event_type]").input_value() == "shelling_artillery_missile_attack"
    form.locator("select[name=event_type]").select_option("battles")
    subs = form.locator("select[name=sub_event_type] option").all_inner_texts()
    assert "armed_clash" in subs and "shelling_artillery_missile_attack" not in subs
    form.locator("select[name=event_type]").select_option("explosions_remote_violence")
    form.locator("select[name=sub_event_type]").select_option("shelling_artillery_missile_attack")
    form.locator("input[name=fatalities]").fill("2")
    form.locator("select[name=modality]").select_option("asserted")
    form.locator("button.save-correction").click()
    page.wait_for_selector(f"#event-{event_id} .reviews li.review-correct")
    assert "Analyste E2E" in page.locator(f"#event-{event_id} .reviews").inner_text()
    # The card shows the analyst's value beside the machine's.
    assert card.locator("tr[data-field='fatalities'] td").first.inner_text() == "0 → 2"
    reviews = [r for r in live_server.api("/reviews").json() if r["event_id"] == event_id]
    assert reviews[-1]["reviewer"] == "Analyste E2E"
    assert reviews[-1]["action"] == "correct"
    assert reviews[-1]["changes"] == {"fatalities": 2, "modality": "asserted"}
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", reviews[-1]["created_at"])
    # The machine output is untouched; the correction lives beside it.
    machine = live_server.api(f"/articles/{balad.article_id}").json()["events"][0]["event"]
    assert machine["fatalities"] == 0 and machine["modality"] == "reported"
    # And it is in the gold export with the correction applied.
    gold = [line for line in live_server.api("/reviews/gold.jsonl").text.splitlines() if "sample-balad" in line]
    assert '"fatalities": 2' in gold[0]
    page.screenshot(path=str(SCREENSHOTS / "web-review.png"))


def test_writes_from_the_page_need_the_token(page, page_errors, live_server):
    balad = live_server.samples["balad"]
    event_id = balad.event_ids[0]
    _open(page, live_server, f"#/article/{balad.article_id}?event={event_id}")
    page.fill("#reviewer", "Sans Jeton")
    before = len(live_server.api("/reviews").json())
    page.locator(f"#event-{event_id} button.accept").click()
    assert "jeton" in page.locator(f"#event-{event_id} .review-message").inner_text()
    # A wrong token typed in by hand is refused by the server, and said so.
    page.fill("#token", "wrong")
    page.dispatch_event("#token", "change")
    page.locator(f"#event-{event_id} button.accept").click()
    expect(page.locator(f"#event-{event_id} .review-message")).to_have_text(re.compile("^Échec"))
    assert len(live_server.api("/reviews").json()) == before
    # Chromium logs the refused request; that one error is expected here, and only it.
    assert len(page_errors) == 1 and "401" in page_errors[0]
    page_errors.clear()


def test_untrusted_article_text_never_executes(page, live_server):
    xss = live_server.samples["xss"]
    _open(page, live_server)
    # Map tooltip (place name with an <img onerror>), incident view, article view, event card.
    incident_id = live_server.api(f"/articles/{xss.article_id}").json()["events"][0]["incident_id"]
    page.locator(f"path.incident-{incident_id}").hover()
    page.wait_for_selector(".leaflet-tooltip")
    assert "Mogadishu <b>market</b>" in page.inner_text(".leaflet-tooltip")
    page.goto(f"{live_server.url}/#/incident/{incident_id}")
    page.wait_for_selector("#incident-view:not([hidden]) .article-link")
    page.goto(f"{live_server.url}/#/article/{xss.article_id}")
    page.wait_for_selector("#article-text mark")
    page.locator(f"#event-{xss.event_ids[0]} header").click()
    page.wait_for_selector(f"#event-{xss.event_ids[0]}.selected table.fields")
    page.locator("#article-text mark.cat-place").first.click()
    page.locator("#article-text mark.cat-casualties").first.hover()
    page.wait_for_timeout(300)  # let any injected handler fire
    assert page.evaluate("window.__xss") is None
    # The payloads are shown as text, never parsed into elements.
    assert page.inner_text("#article-text") == XSS
    assert page.locator("#panel script, #panel img, #panel svg, #panel iframe, #article-text a").count() == 0
    assert page.inner_text("#article-title").startswith("<script>")
    assert page.locator("#article-view a[href^='javascript:']").count() == 0
    # Defence in depth: the CSP's Trusted Types make any `innerHTML = string` throw here.
    refused = page.evaluate(
        """() => { try { document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__xss=1">');
                         return false; } catch (e) { return e instanceof TypeError; } }"""
    )
    assert refused
    assert page.evaluate("window.__xss") is None


def test_page_and_static_files_are_served_with_a_strict_policy(live_server):
    response = httpx.get(live_server.url + "/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    versions = httpx.get(live_server.url + "/static/vendor/versions.json").json()
    assert set(versions) == {"leaflet", "topojson-client", "world-atlas"}


def test_analyst_ingests_a_hostile_article_from_the_page(page, live_server):
    """The whole way: the page's form, POST /articles, the real pipeline and store, the article view."""
    text = (
        "<script>window.__xss='ingest'</script>Deux roquettes se sont abattues samedi sur la base aérienne de "
        "Balad, au nord de Bagdad, selon une source sécuritaire. <img src=x onerror=\"window.__xss='img'\"> "
        "L'attaque n'a pas fait de victimes. <iframe srcdoc=\"<script>parent.__xss='frame'</script>\"></iframe>"
    )
    _open(page, live_server, f"#token={live_server.token}")
    page.click("#open-ingest")
    page.fill("#ingest-form input[name=published]", "2024-02-04")
    page.fill("#ingest-form input[name=outlet]", "<b>Agence</b>")
    page.fill("#ingest-form textarea[name=text]", text)
    page.click("#ingest-submit")
    # The first ingest loads the spaCy pipeline in the server: allow for it.
    page.wait_for_url(re.compile(r"#/article/\d+"), timeout=180_000)
    page.wait_for_selector("#article-text")
    assert page.inner_text("#article-text") == text
    assert page.locator("#panel script, #panel img, #panel iframe").count() == 0
    assert page.evaluate("window.__xss") is None
    article_id = int(page.url.rsplit("/", 1)[1].split("?")[0])
    stored = live_server.api(f"/articles/{article_id}").json()
    assert stored["text"] == text and stored["outlet"] == "<b>Agence</b>"
    assert page.locator("#event-cards article.event-card").count() == len(stored["events"])


# -- issue 15 items 9 and 12, issue 13 item 3 ---------------------------------------------------------


def _incident_at(live_server, place: str) -> dict:
    return next(i for i in live_server.api("/incidents").json()["items"] if i["location"]["place"] == place)


def test_timeline_title_names_the_bucket_it_draws(page, live_server):
    _open(page, live_server)
    # The samples span a week: one bar per day.
    assert page.get_attribute("#timeline", "data-unit") == "day"
    assert page.inner_text("#timeline-name") == "Incidents par jour"
    assert page.get_attribute("#timeline", "aria-label") == "Incidents par jour"
    # Over a year the bars are weeks, and the title says so.
    def stretched(route):
        body = route.fetch().json()
        body["items"][0]["date"] = {"start": "2023-01-02", "end": "2023-01-02", "precision": "day"}
        route.fulfill(json=body)

    page.route("**/incidents?*", stretched)
    page.reload()
    page.wait_for_selector("body[data-incidents]")
    assert page.get_attribute("#timeline", "data-unit") == "week"
    assert page.inner_text("#timeline-name") == "Incidents par semaine"
    assert "semaine" in page.inner_text("#timeline-hint")
    assert "semaine du" in page.locator("#timeline g.bar[data-total='1'] title").first.text_content()


def test_incident_view_zooms_to_the_incident_and_names_its_sub_type(page, live_server):
    sarmada = _incident_at(live_server, "Sarmada")
    _open(page, live_server)
    overview = int(page.get_attribute("#map", "data-zoom"))
    page.locator(f"path.incident-{sarmada['id']}").click()
    page.wait_for_selector("#incident-view:not([hidden]) #incident-sub-type")
    assert page.inner_text("#incident-sub-type") == "frappe aérienne / de drone"
    zoom = int(page.get_attribute("#map", "data-zoom"))
    lat, lon = map(float, page.get_attribute("#map", "data-center").split(","))
    assert zoom >= 9 > overview
    assert abs(lat - sarmada["location"]["lat"]) < 0.01 and abs(lon - sarmada["location"]["lon"]) < 0.01
    # Back to the list: the map shows every incident again.
    page.click("#incident-view a.back")
    page.wait_for_selector("#incident-list-view:not([hidden])")
    assert int(page.get_attribute("#map", "data-zoom")) == overview


def test_denied_incident_is_shown_as_denied_not_as_a_fact(page, live_server):
    tenenkou = _incident_at(live_server, "Ténenkou")
    denial = live_server.samples["denial"]
    _open(page, live_server)
    marker = page.locator(f"path.incident-{tenenkou['id']}")
    assert "denied" in marker.get_attribute("class") and marker.get_attribute("stroke-dasharray")
    item = page.locator(f"#incident-list li[data-id='{tenenkou['id']}']")
    assert "démenti" in item.inner_text()
    # In the timeline it is a hollow block of its own, not part of the solid (reported) bar.
    hollow = page.locator("#timeline rect.denied")
    assert hollow.count() == 1 and "démenti" in hollow.locator("title").text_content()
    # Other incidents are drawn as facts.
    sarmada = _incident_at(live_server, "Sarmada")
    assert "denied" not in page.locator(f"path.incident-{sarmada['id']}").get_attribute("class")
    marker.click()
    page.wait_for_selector("#incident-view:not([hidden]) .warning.denied")
    assert "pas un fait établi" in page.inner_text("#incident-view")
    page.goto(f"{live_server.url}/#/article/{denial.article_id}?event={denial.event_ids[0]}")
    card = page.locator(f"#event-{denial.event_ids[0]}")
    expect(card.locator("header .badge").first).to_contain_text("démenti — nié par la source")
    assert "nonfactual" in card.get_attribute("class")
    # Its words are struck through like those of an imagined strike.
    page.locator("#event-cards .event-tabs button").click()
    assert page.locator("#article-text mark.nonfactual").count() >= 1


def test_modality_filter_lists_non_event_mentions(page, live_server):
    denial = live_server.samples["denial"]
    _open(page, live_server)
    assert page.locator("#non-event-box").is_hidden()
    page.select_option("#f-modality", "hypothetical")
    page.click("#f-apply")
    page.wait_for_selector("body[data-incidents='0']")
    page.wait_for_selector("#non-event-box:not([hidden]) li.non-event-item")
    items = page.locator("#non-event-list li.non-event-item")
    assert items.count() == 1 and items.first.get_attribute("data-why") == "hypothetical"
    assert "de nouvelles frappes puissent viser Erbil" in items.first.inner_text()
    assert "Roquettes sur Balad" in items.first.inner_text()
    # Denied: the denied incident on the map, and the denial with no place in the list.
    page.select_option("#f-modality", "denied")
    page.click("#f-apply")
    page.wait_for_selector("body[data-incidents='1']")
    page.wait_for_selector("#non-event-list li.non-event-item[data-why='denied']")
    assert "démenti toute frappe" in page.inner_text("#non-event-list")
    page.locator("#non-event-list a.article-link").first.click()
    page.wait_for_selector("#article-text")
    assert page.url.endswith(f"#/article/{denial.article_id}")
    # Threatened: none in the samples, said so.
    page.goto(f"{live_server.url}/#/")
    page.select_option("#f-modality", "threatened")
    page.click("#f-apply")
    page.wait_for_selector("#non-event-box:not([hidden]) li.empty")
    assert page.locator("#non-event-list li.non-event-item").count() == 0

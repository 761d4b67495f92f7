// Page wiring: filters, routing (#/, #/incident/<id>, #/article/<id>?event=<id>), data loading.
import { adoptTokenFromLocation, api, getToken, setToken } from "./api.js";
import { ArticleView } from "./article.js";
import { clear, h, replace } from "./dom.js";
import {
  MODALITY_LABELS, TYPE_COLOURS, TYPE_LABELS, articleLabel, fatalitiesText, formatDate, placeName, typeColour, typeLabel,
} from "./labels.js";
import { IncidentMap, radiusFor } from "./map.js";
import { drawTimeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const FILTER_KEYS = ["country", "since", "until", "type", "modality", "min_sources"];
const REVIEWER_KEY = "sentinelle.reviewer";

const state = { filters: {}, incidents: [], subTypes: {} };

function status(text, isError = false) {
  const el = $("status");
  el.textContent = text || "";
  el.classList.toggle("error", Boolean(isError));
}

function readFilters() {
  const form = new FormData($("filters"));
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = String(form.get(key) || "").trim();
    if (value) filters[key] = key === "country" ? value.toUpperCase() : value;
  }
  return filters;
}

function writeFilters(filters) {
  const form = $("filters");
  for (const key of FILTER_KEYS) form.elements[key].value = filters[key] || "";
}

function fillSelect(select, entries) {
  for (const [value, label] of entries) select.append(h("option", { value }, label));
}

function legend() {
  replace($("legend"),
    Object.entries(TYPE_COLOURS).map(([type, colour]) =>
      h("span", { class: "legend-item" }, h("span", { class: "swatch", style: { background: colour } }), TYPE_LABELS[type])),
    h("span", { class: "legend-item" },
      h("span", { class: "swatch round", style: { width: `${2 * radiusFor(0)}px`, height: `${2 * radiusFor(0)}px` } }), "0 mort"),
    h("span", { class: "legend-item" },
      h("span", { class: "swatch round", style: { width: `${2 * radiusFor(25)}px`, height: `${2 * radiusFor(25)}px` } }), "25 morts"),
    h("span", { class: "credit" }, "Fond : Natural Earth (world-atlas) · Leaflet"));
}

// ---- views -------------------------------------------------------------------

function showView(name) {
  $("incident-list-view").hidden = name !== "list";
  $("incident-view").hidden = name !== "incident";
  $("article-view").hidden = name !== "article";
  document.body.classList.toggle("reading", name === "article");
  map.resize();
  drawTimeline($("timeline"), state.incidents, { onPick: pickDays }); // its width changed with the layout
}

function renderIncidentList() {
  const list = $("incident-list");
  clear(list);
  $("incident-count").textContent = `(${state.incidents.length})`;
  for (const incident of state.incidents) {
    list.append(h("li", { class: "incident-item", dataset: { id: String(incident.id) } },
      h("a", { href: `#/incident/${incident.id}` },
        h("span", { class: "swatch", style: { background: typeColour(incident.event_type) } }),
        h("strong", {}, placeName(incident.location)), " · ", formatDate(incident.date)),
      h("div", { class: "sub" },
        `${typeLabel(incident.event_type)} · morts ${fatalitiesText(incident.fatalities_min, incident.fatalities_max)} · `
        + `${incident.n_articles} article(s), ${incident.n_sources} média(s)`
        + (incident.location && incident.location.lat === null ? " · non localisé" : ""))));
  }
  if (!state.incidents.length) list.append(h("li", { class: "empty" }, "Aucun incident pour ces filtres."));
}

async function showIncident(id) {
  const detail = await api.incident(id);
  const inc = detail.incident;
  map.highlight(new Set([inc.id]));
  const modalities = Object.entries(inc.modality_mix || {}).map(([m, n]) => `${MODALITY_LABELS[m] || m} ×${n}`).join(", ");
  replace($("incident-view"),
    h("a", { href: "#/", class: "back" }, "← incidents"),
    h("h2", {}, h("span", { class: "swatch", style: { background: typeColour(inc.event_type) } }), placeName(inc.location)),
    h("p", { class: "meta" }, `${typeLabel(inc.event_type)} · ${formatDate(inc.date)} · morts ${fatalitiesText(inc.fatalities_min, inc.fatalities_max)}`),
    h("p", { class: "meta" }, `${inc.n_articles} article(s), ${inc.n_sources} média(s) · ${modalities}`),
    h("h3", {}, "Événements"),
    h("ul", { class: "member-events" }, detail.events.map((e) => h("li", {},
      h("a", { href: `#/article/${e.article_id}?event=${e.id}` },
        `${typeLabel(e.event.event_type)} · ${placeName(e.event.location)} · ${formatDate(e.event.date)}`),
      ` — ${MODALITY_LABELS[e.event.modality] || e.event.modality}`,
      e.article && e.article.outlet ? ` (${e.article.outlet})` : ""))),
    h("h3", {}, "Articles"),
    h("ul", { class: "articles" }, detail.articles.map((a) => h("li", {},
      h("a", { href: `#/article/${a.id}`, class: "article-link" }, articleLabel(a)),
      ` — ${[a.outlet, a.published].filter(Boolean).join(", ")}`))));
  showView("incident");
}

async function showArticle(id, eventId) {
  const article = await api.article(id);
  articleView.show(article, eventId);
  map.highlight(new Set(article.events.map((e) => e.incident_id).filter((i) => i !== null)));
  showView("article");
}

// ---- routing -----------------------------------------------------------------

function parseHash() {
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const parts = path.split("/").filter(Boolean);
  return { view: parts[0] || "list", id: parts[1], params: new URLSearchParams(query) };
}

async function route() {
  const { view, id, params } = parseHash();
  try {
    if (view === "incident" && id) await showIncident(id);
    else if (view === "article" && id) await showArticle(id, params.get("event"));
    else {
      map.highlight(new Set());
      showView("list");
    }
    status("");
  } catch (error) {
    status(`Erreur : ${error.message}`, true);
  }
}

async function loadIncidents() {
  state.filters = readFilters();
  status("Chargement…");
  try {
    const page = await api.incidents(state.filters);
    state.incidents = page.items;
    renderIncidentList();
    await map.ready;
    map.show(state.incidents);
    drawTimeline($("timeline"), state.incidents, { onPick: pickDays });
    document.body.dataset.incidents = String(state.incidents.length); // a hook for the e2e tests
    status(page.total > page.items.length ? `${page.items.length} incidents affichés sur ${page.total}` : "");
    state.readRefused = false;
  } catch (error) {
    state.readRefused = error.status === 401;
    status(`Erreur : ${error.message}`, true);
  }
}

function pickDays(start, end) {
  $("f-since").value = start;
  $("f-until").value = end;
  loadIncidents();
}

// ---- ingest ------------------------------------------------------------------

async function ingest(event) {
  event.preventDefault();
  const form = new FormData($("ingest-form"));
  const body = {};
  for (const key of ["text", "published", "outlet", "title"]) {
    const value = String(form.get(key) || "").trim();
    if (value) body[key] = key === "text" ? String(form.get(key)) : value;
  }
  $("ingest-result").textContent = "Extraction en cours…";
  try {
    const result = await api.ingest(body);
    $("ingest-result").textContent = `${result.events.length} événement(s)` + (result.duplicate ? " (article déjà connu)" : "");
    $("ingest-dialog").close();
    await loadIncidents();
    location.hash = `#/article/${result.article_id}`;
  } catch (error) {
    $("ingest-result").textContent = `Échec : ${error.message}`;
  }
}

// ---- start -------------------------------------------------------------------

adoptTokenFromLocation();
const map = new IncidentMap($("map"), { onSelect: (id) => { location.hash = `#/incident/${id}`; } });
const articleView = new ArticleView($("article-view"), {
  getReviewer: () => $("reviewer").value.trim(),
  getSubTypes: () => state.subTypes,
  onReviewed: (articleId, eventId) => showArticle(articleId, eventId),
});

fillSelect($("f-type"), Object.entries(TYPE_LABELS));
fillSelect($("f-modality"), Object.entries(MODALITY_LABELS));
legend();
$("reviewer").value = localStorage.getItem(REVIEWER_KEY) || "";
$("reviewer").addEventListener("change", () => localStorage.setItem(REVIEWER_KEY, $("reviewer").value.trim()));
$("token").value = getToken();
$("token").addEventListener("change", () => {
  setToken($("token").value.trim());
  // Away from loopback, reads need the token too: retry what it refused.
  if (state.readRefused) loadIncidents().then(route);
});
$("filters").addEventListener("submit", (ev) => { ev.preventDefault(); loadIncidents(); });
$("identity").addEventListener("submit", (ev) => ev.preventDefault()); // Enter in the token field

$("f-reset").addEventListener("click", () => { writeFilters({}); loadIncidents(); });
$("open-ingest").addEventListener("click", () => $("ingest-dialog").showModal());
$("ingest-cancel").addEventListener("click", () => $("ingest-dialog").close());
$("ingest-form").addEventListener("submit", ingest);
window.addEventListener("hashchange", route);
window.addEventListener("resize", () => drawTimeline($("timeline"), state.incidents, { onPick: pickDays }));

// The sub-type vocabulary comes from the server (sentinelle.model), not a copy here.
api.meta().then((meta) => { state.subTypes = meta.sub_event_types; }).catch(() => {})
  .then(loadIncidents).then(route);

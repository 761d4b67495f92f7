// Page wiring: filters, routing (#/, #/incident/<id>, #/article/<id>?event=<id>), data loading.
import { adoptTokenFromLocation, api, getToken, setToken } from "./api.js";
import { ArticleView } from "./article.js";
import { clear, h, replace } from "./dom.js";
import {
  MODALITY_LABELS, NON_EVENT_REASONS, NON_FACTUAL, TYPE_COLOURS, TYPE_LABELS, articleLabel, deniedOnly, fatalitiesText,
  formatDate, notAFact, placeName, subTypeLabel, typeColour, typeLabel,
} from "./labels.js";
import { IncidentMap, radiusFor } from "./map.js";
import { drawTimeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const FILTER_KEYS = ["country", "since", "until", "type", "modality", "min_sources"];
const REVIEWER_KEY = "sentinelle.reviewer";

const state = { filters: {}, incidents: [], nonEvents: [], subTypes: {} };

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
    h("span", { class: "legend-item" }, h("span", { class: "swatch round denied" }), "démenti (pas un fait établi)"),
    h("span", { class: "credit" }, "Fond : Natural Earth (world-atlas) · Leaflet"));
}

// ---- views -------------------------------------------------------------------

function timeline() {
  const unit = drawTimeline($("timeline"), state.incidents, { onPick: pickDays });
  // The title names the bucket the bars stand for: a long range is drawn per week.
  const name = unit === "week" ? "Incidents par semaine" : "Incidents par jour";
  $("timeline-name").textContent = name;
  $("timeline-hint").textContent = unit === "week" ? "(cliquer une semaine pour filtrer)" : "(cliquer un jour pour filtrer)";
  $("timeline").setAttribute("aria-label", name);
  $("timeline").dataset.unit = unit;
}

function showView(name) {
  $("incident-list-view").hidden = name !== "list";
  $("incident-view").hidden = name !== "incident";
  $("article-view").hidden = name !== "article";
  document.body.classList.toggle("reading", name === "article");
  map.resize();
  timeline(); // its width changed with the layout
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
      deniedOnly(incident.modality_mix) ? [" ", h("span", { class: "badge modality-denied nonfactual" }, "démenti")] : "",
      h("div", { class: "sub" },
        `${typeLabel(incident.event_type)} · morts ${fatalitiesText(incident.fatalities_min, incident.fatalities_max)} · `
        + `${incident.n_articles} article(s), ${incident.n_sources} média(s)`
        + (incident.location && incident.location.lat === null ? " · non localisé" : ""))));
  }
  if (!state.incidents.length) list.append(h("li", { class: "empty" }, "Aucun incident pour ces filtres."));
}

/** Mentions that are not events (asked for by their reason in the modality filter). */
function renderNonEvents() {
  const box = $("non-event-box");
  const list = $("non-event-list");
  clear(list);
  box.hidden = !NON_EVENT_REASONS.has(state.filters.modality || "");
  $("non-event-count").textContent = `(${state.nonEvents.length})`;
  for (const n of state.nonEvents) {
    const when = n.date ? formatDate(n.date) : "date inconnue";
    const where = n.location ? placeName(n.location) : "lieu inconnu";
    list.append(h("li", { class: "non-event-item", dataset: { id: String(n.id), why: n.why } },
      h("span", { class: "badge nonfactual" }, MODALITY_LABELS[n.why] || n.why), " ",
      h("a", { href: `#/article/${n.article_id}`, class: "article-link" }, articleLabel(n.article)),
      h("div", { class: "sub" }, `${where} · ${when}` + (n.sub_event_type ? ` · ${subTypeLabel(n.sub_event_type)}` : "")),
      h("q", {}, n.quotes.join(" … ") || n.text || "")));
  }
  if (!state.nonEvents.length) list.append(h("li", { class: "empty" }, "Aucune mention pour ces filtres."));
}

async function showIncident(id) {
  const detail = await api.incident(id);
  const inc = detail.incident;
  map.highlight(new Set([inc.id]));
  map.focus(inc);
  const modalities = Object.entries(inc.modality_mix || {}).map(([m, n]) => `${MODALITY_LABELS[m] || m} ×${n}`).join(", ");
  replace($("incident-view"),
    h("a", { href: "#/", class: "back" }, "← incidents"),
    h("h2", {}, h("span", { class: "swatch", style: { background: typeColour(inc.event_type) } }), placeName(inc.location)),
    h("p", { class: "meta" }, `${typeLabel(inc.event_type)} · `,
      h("span", { class: "sub-type", id: "incident-sub-type", title: inc.sub_event_type || "" }, subTypeLabel(inc.sub_event_type)),
      ` · ${formatDate(inc.date)} · morts ${fatalitiesText(inc.fatalities_min, inc.fatalities_max)}`),
    h("p", { class: "meta" }, `${inc.n_articles} article(s), ${inc.n_sources} média(s) · ${modalities}`),
    deniedOnly(inc.modality_mix)
      ? h("p", { class: "warning denied" }, "Démenti : les seules sources nient que cela ait eu lieu. Ce n'est pas un fait établi.")
      : null,
    h("h3", {}, "Événements"),
    h("ul", { class: "member-events" }, detail.events.map((e) => h("li", {},
      h("a", { href: `#/article/${e.article_id}?event=${e.id}` },
        `${typeLabel(e.event.event_type)} · ${subTypeLabel(e.event.sub_event_type)} · ${placeName(e.event.location)} · `
        + formatDate(e.event.date)),
      ` — ${MODALITY_LABELS[e.event.modality] || e.event.modality}`
        + (NON_FACTUAL.has(e.event.modality) ? notAFact(e.event.modality) : ""),
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
      map.fitAll();
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
    const reason = NON_EVENT_REASONS.has(state.filters.modality || "");
    const [page, mentions] = await Promise.all([
      api.incidents(state.filters),
      reason ? api.nonEvents(state.filters) : Promise.resolve({ items: [] }),
    ]);
    state.incidents = page.items;
    state.nonEvents = mentions.items;
    renderIncidentList();
    renderNonEvents();
    await map.ready;
    map.show(state.incidents);
    timeline();
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
window.addEventListener("resize", timeline);

// The sub-type vocabulary comes from the server (sentinelle.model), not a copy here.
api.meta().then((meta) => { state.subTypes = meta.sub_event_types; }).catch(() => {})
  .then(loadIncidents).then(route);

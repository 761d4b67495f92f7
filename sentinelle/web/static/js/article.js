// The article view: the text with the evidence of each event highlighted, and one card
// per event saying which words gave each field its value.
// The text is untrusted: it only ever becomes Text nodes (textContent), never markup.
import { clear, h } from "./dom.js";
import {
  CATEGORIES, FIELD_CATEGORY, MODALITY_LABELS, NON_FACTUAL, articleLabel, formatDate, notAFact, subTypeLabel,
  typeColour, typeLabel,
} from "./labels.js";
import { reviewBlock } from "./review.js";

// When spans of several categories overlap, the most specific one gives the colour.
const PRIORITY = ["casualties", "weapon", "place", "date", "actor", "target", "source", "hedge", "trigger", "nonevent", "evidence"];

/**
 * Cut the text into segments at every span boundary.
 * `chars` is the text as an array of code points: spans are Python (code point) offsets.
 * Returns [{start, end, marks: [{cat, eventIndex, field}]}].
 */
export function segment(chars, marks) {
  const bounds = new Set([0, chars.length]);
  for (const m of marks) {
    bounds.add(Math.max(0, Math.min(chars.length, m.start)));
    bounds.add(Math.max(0, Math.min(chars.length, m.end)));
  }
  const sorted = [...bounds].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    segments.push({ start, end, marks: marks.filter((m) => m.start <= start && m.end >= end && m.end > m.start) });
  }
  return segments;
}

/** The spans to highlight: every field of the selected event(s), and the non-events. */
export function collectMarks(article, selected) {
  const marks = [];
  article.events.forEach((stored, eventIndex) => {
    if (selected !== null && selected !== eventIndex) return;
    const event = stored.event;
    for (const [field, spans] of Object.entries(event.field_evidence || {})) {
      const cat = FIELD_CATEGORY[field] || "trigger";
      for (const [start, end] of spans) marks.push({ start, end, cat, eventIndex, field });
    }
    for (const [start, end] of event.evidence || []) marks.push({ start, end, cat: "evidence", eventIndex, field: "evidence" });
  });
  if (selected === null) {
    (article.non_events || []).forEach((nonEvent, index) => {
      for (const [start, end] of nonEvent.evidence || []) {
        marks.push({ start, end, cat: "nonevent", eventIndex: -1 - index, field: nonEvent.why });
      }
    });
  }
  return marks;
}

function primary(marks) {
  return PRIORITY.find((cat) => marks.some((m) => m.cat === cat)) || marks[0].cat;
}

function fieldLabel(field) {
  const cat = CATEGORIES.find((c) => c.fields.includes(field));
  return cat ? cat.label : field;
}

export class ArticleView {
  constructor(container, { onReviewed, getReviewer, getSubTypes }) {
    this.container = container;
    this.onReviewed = onReviewed;
    this.getReviewer = getReviewer;
    this.getSubTypes = getSubTypes;
    this.article = null;
    this.selected = null; // index into article.events, or null for all
  }

  show(article, selectedEventId = null) {
    this.article = article;
    this.chars = Array.from(article.text);
    const index = article.events.findIndex((e) => String(e.id) === String(selectedEventId));
    this.selected = index >= 0 ? index : null;
    this.render();
  }

  quote(start, end) {
    return this.chars.slice(start, end).join("");
  }

  render() {
    const a = this.article;
    clear(this.container);
    const header = h(
      "header",
      { class: "article-head" },
      h("a", { href: "#/", class: "back" }, "← incidents"),
      h("h2", { id: "article-title" }, articleLabel(a)),
      h("p", { class: "meta" }, [a.outlet, a.published, a.language].filter(Boolean).join(" · ")),
      safeLink(a.url),
    );
    const legend = h(
      "p",
      { class: "hl-legend" },
      CATEGORIES.map((c) => h("span", { class: `hl cat-${c.key}` }, c.label)),
    );
    this.textEl = h("div", { class: "article-text", id: "article-text", lang: a.language || "fr" });
    this.renderText();
    const cards = h("div", { class: "event-cards", id: "event-cards" });
    cards.append(
      h("div", { class: "event-tabs" },
        h("button", { type: "button", class: this.selected === null ? "active" : "", onclick: () => this.select(null) },
          `Tous les événements (${a.events.length})`)),
    );
    a.events.forEach((stored, index) => cards.append(this.card(stored, index)));
    if ((a.non_events || []).length) {
      cards.append(h("h3", {}, "Mentions non factuelles (à ne pas coder comme des faits)"));
      cards.append(h("ul", { class: "non-events" }, a.non_events.map((n) => h("li", {},
        h("span", { class: "badge nonfactual" }, MODALITY_LABELS[n.why] || n.why), " ",
        h("q", {}, (n.evidence || []).map(([s, e]) => this.quote(s, e)).join(" … ") || n.text || "")))));
    }
    this.container.append(header, legend, h("div", { class: "article-body" }, this.textEl, cards));
  }

  renderText() {
    clear(this.textEl);
    const marks = collectMarks(this.article, this.selected);
    for (const seg of segment(this.chars, marks)) {
      const text = this.quote(seg.start, seg.end);
      if (!seg.marks.length) {
        this.textEl.append(document.createTextNode(text));
        continue;
      }
      const cats = [...new Set(seg.marks.map((m) => m.cat))];
      const events = [...new Set(seg.marks.map((m) => m.eventIndex).filter((i) => i >= 0))];
      const fields = [...new Set(seg.marks.filter((m) => m.cat !== "evidence").map((m) => fieldLabel(m.field)))];
      // Words that only support something imagined, threatened or denied are struck through,
      // whatever their field colour, so they never read as a fact.
      const imagined = seg.marks.every((m) => m.cat === "nonevent" || this.isNonFactual(m.eventIndex));
      const mark = h("mark", {
        class: `hl cat-${primary(seg.marks)}${imagined ? " nonfactual" : ""}`,
        dataset: { cats: cats.join(" "), events: events.join(" "), start: String(seg.start), end: String(seg.end) },
        title: fields.length ? fields.join(", ") : null,
        onclick: () => events.length === 1 && this.select(events[0]),
      });
      mark.textContent = text;
      this.textEl.append(mark);
    }
  }

  isNonFactual(eventIndex) {
    const stored = this.article.events[eventIndex];
    return Boolean(stored) && NON_FACTUAL.has(stored.event.modality);
  }

  select(index) {
    this.selected = index;
    const stored = index === null ? null : this.article.events[index];
    // Keep the address in step so a reload or a shared link shows the same event.
    const hash = `#/article/${this.article.id}` + (stored ? `?event=${stored.id}` : "");
    if (location.hash !== hash) history.replaceState(null, "", hash);
    this.render();
    if (stored) {
      const first = this.textEl.querySelector("mark");
      if (first) first.scrollIntoView({ block: "center", behavior: "instant" });
    }
  }

  /** Scroll to a field's evidence and flash it. */
  reveal(start) {
    const target = [...this.textEl.querySelectorAll("mark")].find((m) => Number(m.dataset.start) >= start);
    if (!target) return;
    target.scrollIntoView({ block: "center", behavior: "instant" });
    target.classList.add("flash");
    setTimeout(() => target.classList.remove("flash"), 1200);
  }

  card(stored, index) {
    const e = stored.event;
    const fe = e.field_evidence || {};
    const nonFactual = NON_FACTUAL.has(e.modality);
    // Analysts' corrections, applied in order, shown beside (never instead of) the machine's values.
    const corrected = {};
    for (const review of stored.reviews || []) {
      if (review.action === "correct") Object.assign(corrected, review.changes);
    }
    const row = (label, field, value) => {
      const spans = (field && fe[field]) || [];
      const fix = field && field in corrected
        ? h("span", { class: "corrected", title: "correction d'analyste" }, ` → ${showCorrection(field, corrected[field])}`)
        : null;
      return h("tr", { dataset: { field: field || "" } },
        h("th", {}, label),
        h("td", {}, value === null || value === undefined || value === "" ? h("span", { class: "none" }, "—") : value, fix),
        h("td", { class: "why" }, spans.map(([s, end]) =>
          h("button", { type: "button", class: `quote cat-${FIELD_CATEGORY[field] || "trigger"}`, title: "voir dans le texte",
            onclick: (ev) => { ev.stopPropagation(); this.select(index); this.reveal(s); } },
          `« ${this.quote(s, end)} »`))));
    };
    const loc = e.location || {};
    const actor = (a) => (a ? [a.normalized || a.name, a.kind && `(${a.kind})`].filter(Boolean).join(" ") : null);
    const card = h("article", {
      class: `event-card ${this.selected === index ? "selected" : ""} ${nonFactual ? "nonfactual" : ""}`,
      id: `event-${stored.id}`,
      dataset: { eventId: String(stored.id) },
    });
    card.append(
      h("header", { onclick: () => this.select(this.selected === index ? null : index) },
        h("span", { class: "swatch", style: { background: typeColour(e.event_type) } }),
        h("strong", {}, `${index + 1}. ${typeLabel(e.event_type)}`),
        e.sub_event_type ? h("span", { class: "sub-type", title: e.sub_event_type }, ` · ${subTypeLabel(e.sub_event_type)}`) : "",
        " ",
        h("span", { class: `badge modality-${e.modality} ${nonFactual ? "nonfactual" : ""}` },
          (MODALITY_LABELS[e.modality] || e.modality) + (nonFactual ? notAFact(e.modality) : "")),
        stored.review_status ? h("span", { class: `badge review-${stored.review_status}` }, stored.review_status) : "",
        corrected.event_type || corrected.sub_event_type
          ? h("span", { class: "corrected" }, ` → ${typeLabel(corrected.event_type || e.event_type)}`
            + (corrected.sub_event_type ? ` · ${corrected.sub_event_type}` : ""))
          : ""),
    );
    if (this.selected !== index) {
      card.append(h("p", { class: "summary" }, `${loc.place || loc.name || "lieu ?"} · ${formatDate(e.date)}`));
      return card;
    }
    const table = h("table", { class: "fields" },
      row("lieu", "location", [loc.place || loc.name, loc.country, loc.admin1].filter(Boolean).join(", ") +
        (loc.lat !== null && loc.lat !== undefined ? ` (${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}; précision ${loc.precision ?? "?"})` : "")),
      row("date", "date", e.date ? `${formatDate(e.date)} (${e.date.precision || "?"})` : null),
      row("auteur", "actor1", actor(e.actor1)),
      row("visé", "actor2", actor(e.actor2)),
      row("cible", "target", e.target),
      row("arme", "weapon", (e.weapon || []).join(", ")),
      row("morts", "fatalities", e.fatalities),
      row("blessés", "injuries", e.injuries),
      row("modalité", "modality", MODALITY_LABELS[e.modality] || e.modality),
      row("sources", "sources", (e.sources || []).map((src) => src.kind ? `${src.name} (${src.kind})` : src.name).join(", ")),
      row("déclencheur", "trigger", fe.trigger ? "mot(s) du texte →" : null),
    );
    card.append(table);
    card.append(reviewBlock(stored, {
      getReviewer: this.getReviewer,
      subTypes: this.getSubTypes(),
      onReviewed: () => this.onReviewed(this.article.id, stored.id),
    }));
    return card;
  }
}

function showCorrection(field, value) {
  if (value === null || value === undefined) return "—";
  if (field === "date") return formatDate(value);
  if (field === "location") return [value.place || value.name, value.country].filter(Boolean).join(", ");
  if (field === "modality") return MODALITY_LABELS[value] || value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" ? v.name : v)).join(", ");
  if (typeof value === "object") return value.normalized || value.name || JSON.stringify(value);
  return String(value);
}

function safeLink(url) {
  // Only http(s) links: a `javascript:` URL from an ingested article must not become clickable.
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return h("p", { class: "meta" }, h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, url));
}

// Analyst review of one event: accept, correct (type, date, place, fatalities, modality)
// or reject. Reviews are stored beside the machine output, never over it.
import { api, getToken } from "./api.js";
import { h } from "./dom.js";
import { MODALITY_LABELS, TYPE_LABELS } from "./labels.js";

function reviewLine(review) {
  const changed = Object.keys(review.changes || {});
  return h("li", { class: `review review-${review.action}` },
    h("strong", {}, review.reviewer), ` — ${review.action}`,
    changed.length ? ` (${changed.join(", ")})` : "",
    h("span", { class: "when" }, ` ${String(review.created_at || "").replace("T", " ").slice(0, 16)}`));
}

function input(name, attrs = {}) {
  return h("input", { name, ...attrs });
}

function select(name, options, current) {
  return h("select", { name },
    options.map(([value, label]) => {
      const option = h("option", { value }, label);
      option.selected = value === (current ?? "");
      return option;
    }));
}

/** Only the fields the analyst actually changed, in event-schema.md shape. */
export function diffChanges(event, form) {
  const data = new FormData(form);
  const changes = {};
  const type = data.get("event_type");
  if (type && type !== event.event_type) changes.event_type = type;
  const sub = data.get("sub_event_type") || "";
  if (sub !== (event.sub_event_type || "")) changes.sub_event_type = sub || null;
  const start = data.get("date_start");
  const end = data.get("date_end") || start;
  if (start && (start !== event.date?.start || end !== event.date?.end)) {
    changes.date = { start, end, precision: start === end ? "day" : (data.get("date_precision") || "week") };
  }
  const place = data.get("place").trim();
  const country = data.get("country").trim().toUpperCase();
  const lat = data.get("lat");
  const lon = data.get("lon");
  const loc = event.location || {};
  const latChanged = lat !== "" && Number(lat) !== loc.lat;
  const lonChanged = lon !== "" && Number(lon) !== loc.lon;
  if (place !== (loc.place || "") || country !== (loc.country || "") || latChanged || lonChanged) {
    changes.location = {
      ...loc,
      place: place || null,
      country: country || null,
      lat: lat === "" ? null : Number(lat),
      lon: lon === "" ? null : Number(lon),
    };
  }
  const fatalities = data.get("fatalities");
  const newFatalities = fatalities === "" ? null : Number(fatalities);
  if (newFatalities !== (event.fatalities ?? null)) changes.fatalities = newFatalities;
  const modality = data.get("modality");
  if (modality && modality !== event.modality) changes.modality = modality;
  return changes;
}

/** Keep the sub-type choices those of the chosen type (ACLED: each sub-type has one type). */
function syncSubTypes(form, subTypes, current) {
  const type = form.elements.event_type.value;
  const select = form.elements.sub_event_type;
  const keep = current ?? select.value;
  while (select.firstChild) select.removeChild(select.firstChild);
  select.append(h("option", { value: "" }, "—"));
  const subs = Object.entries(subTypes).filter(([, parent]) => parent === type).map(([sub]) => sub);
  // A machine value outside the vocabulary stays choosable, so it is not "corrected" by accident.
  if (keep && !subs.includes(keep) && current !== null) subs.push(keep);
  for (const sub of subs) {
    const option = h("option", { value: sub }, sub);
    option.selected = sub === keep;
    select.append(option);
  }
}

export function reviewBlock(stored, { getReviewer, onReviewed, subTypes = {} }) {
  const event = stored.event;
  const loc = event.location || {};
  const message = h("p", { class: "review-message", role: "status" });
  const reviews = h("ul", { class: "reviews" }, (stored.reviews || []).map(reviewLine));

  async function send(action, changes = {}) {
    const reviewer = getReviewer();
    if (!reviewer) {
      message.textContent = "Indiquez votre nom d'analyste en haut de la page.";
      return;
    }
    if (!getToken()) {
      message.textContent = "Un jeton d'écriture est nécessaire (affiché au démarrage de `sentinelle serve`).";
      return;
    }
    try {
      await api.review(stored.id, { reviewer, action, changes });
      message.textContent = "Révision enregistrée.";
      onReviewed();
    } catch (error) {
      message.textContent = `Échec : ${error.message}`;
    }
  }

  const form = h("form", { class: "correct-form", hidden: true },
    h("label", {}, "Type ", select("event_type", Object.entries(TYPE_LABELS), event.event_type)),
    h("label", {}, "Sous-type ", h("select", { name: "sub_event_type" })),
    h("label", {}, "Du ", input("date_start", { type: "date", value: event.date?.start || "" })),
    h("label", {}, "au ", input("date_end", { type: "date", value: event.date?.end || "" })),
    h("label", {}, "Lieu ", input("place", { value: loc.place || loc.name || "", size: 16 })),
    h("label", {}, "Pays ", input("country", { value: loc.country || "", size: 2, maxlength: 2 })),
    h("label", {}, "Lat ", input("lat", { type: "number", step: "any", min: -90, max: 90, value: loc.lat ?? "" })),
    h("label", {}, "Lon ", input("lon", { type: "number", step: "any", min: -180, max: 180, value: loc.lon ?? "" })),
    h("label", {}, "Morts ", input("fatalities", { type: "number", min: 0, step: 1, value: event.fatalities ?? "" })),
    h("label", {}, "Modalité ", select("modality", Object.entries(MODALITY_LABELS), event.modality)),
    h("button", { type: "submit", class: "save-correction" }, "Enregistrer la correction"),
  );
  syncSubTypes(form, subTypes, event.sub_event_type || "");
  form.elements.event_type.addEventListener("change", () => syncSubTypes(form, subTypes, null));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const changes = diffChanges(event, form);
    if (!Object.keys(changes).length) {
      message.textContent = "Aucun champ modifié.";
      return;
    }
    send("correct", changes);
  });

  return h("section", { class: "review-block" },
    h("h4", {}, "Révision"),
    h("div", { class: "buttons" },
      h("button", { type: "button", class: "accept", onclick: () => send("accept") }, "Accepter"),
      h("button", { type: "button", class: "correct", onclick: () => { form.hidden = !form.hidden; } }, "Corriger…"),
      h("button", { type: "button", class: "reject", onclick: () => send("reject") }, "Rejeter")),
    form, message, reviews);
}

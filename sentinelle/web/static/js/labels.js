// Display vocabulary: colours and French labels for the codes of event-schema.md.

export const TYPE_COLOURS = {
  battles: "#d62728",
  explosions_remote_violence: "#ff7f0e",
  violence_against_civilians: "#9467bd",
  protests: "#2ca02c",
  riots: "#8c564b",
  strategic_developments: "#1f77b4",
};

export const TYPE_LABELS = {
  battles: "Combats",
  explosions_remote_violence: "Explosions / violence à distance",
  violence_against_civilians: "Violence contre des civils",
  protests: "Manifestations",
  riots: "Émeutes",
  strategic_developments: "Développements stratégiques",
};

export const MODALITY_LABELS = {
  asserted: "affirmé",
  reported: "rapporté",
  claimed: "revendiqué",
  denied: "démenti",
  hypothetical: "hypothétique",
  threatened: "menace",
};

// Modalities that describe something that did not (yet) happen: shown as "not a fact".
export const NON_FACTUAL = new Set(["hypothetical", "threatened"]);

// Highlight categories: which `field_evidence` keys each colour in the article stands for.
export const CATEGORIES = [
  { key: "trigger", label: "déclencheur", fields: ["trigger"] },
  { key: "place", label: "lieu", fields: ["location"] },
  { key: "date", label: "date", fields: ["date"] },
  { key: "actor", label: "acteurs", fields: ["actor1", "actor2"] },
  { key: "target", label: "cible", fields: ["target"] },
  { key: "weapon", label: "arme", fields: ["weapon"] },
  { key: "casualties", label: "victimes", fields: ["fatalities", "injuries"] },
  { key: "source", label: "source", fields: ["sources"] },
  { key: "hedge", label: "modalité / réserve", fields: ["modality"] },
  { key: "nonevent", label: "non-événement (imaginé, menacé…)", fields: [] },
];

export const FIELD_CATEGORY = Object.fromEntries(
  CATEGORIES.flatMap((c) => c.fields.map((f) => [f, c.key])),
);

export function typeColour(type) {
  return TYPE_COLOURS[type] || "#777";
}

export function typeLabel(type) {
  return TYPE_LABELS[type] || type || "?";
}

export function formatDate(date) {
  if (!date || !date.start) return "date inconnue";
  if (!date.end || date.end === date.start) return date.start;
  return `${date.start} → ${date.end}`;
}

export function placeName(location) {
  if (!location) return "lieu inconnu";
  const name = location.place || location.name || "lieu inconnu";
  return location.country ? `${name} (${location.country})` : name;
}

export function fatalitiesText(min, max) {
  if (min === null || min === undefined) return max === null || max === undefined ? "—" : String(max);
  if (max === null || max === undefined || max === min) return String(min);
  return `${min}–${max}`;
}

/** A name for an article: its title, else the file it came from, else its id. */
export function articleLabel(article) {
  if (article.title) return article.title;
  if (article.origin && article.origin !== "web" && article.origin !== "-") return article.origin.split("/").pop();
  return article.doc_id || `Article ${article.id}`;
}

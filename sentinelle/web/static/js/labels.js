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
  habitual: "habituel",
  aggregate: "bilan global",
};

// Modalities of events that are not established facts, shown as such: imagined or
// threatened (did not, or not yet, happen) and denied (a source says it did not happen).
export const NON_FACTUAL = new Set(["hypothetical", "threatened", "denied"]);

// Why a mention is not an event (NonEvent.why): the modality filter also lists these mentions.
export const NON_EVENT_REASONS = new Set(["hypothetical", "threatened", "habitual", "aggregate", "denied"]);

/** What a non-factual badge adds to the modality's name. */
export function notAFact(modality) {
  return modality === "denied" ? " — nié par la source, pas un fait établi" : " — pas un fait";
}

/** An incident whose every report is a denial: drawn and listed as denied, never as a fact. */
export function deniedOnly(modalityMix) {
  const kinds = Object.keys(modalityMix || {});
  return kinds.length > 0 && kinds.every((m) => m === "denied");
}

// ACLED sub-event types (event-schema.md) in French.
export const SUB_TYPE_LABELS = {
  armed_clash: "affrontement armé",
  government_regains_territory: "reprise de territoire par l'État",
  non_state_actor_overtakes_territory: "prise de territoire par un groupe armé",
  chemical_weapon: "arme chimique",
  air_drone_strike: "frappe aérienne / de drone",
  suicide_bomb: "attentat-suicide",
  shelling_artillery_missile_attack: "bombardement / artillerie / missile",
  remote_explosive_landmine_ied: "engin explosif / mine",
  grenade: "grenade",
  sexual_violence: "violence sexuelle",
  attack: "attaque",
  abduction_forced_disappearance: "enlèvement / disparition forcée",
  excessive_force_against_protesters: "force excessive contre des manifestants",
  protest_with_intervention: "manifestation avec intervention",
  peaceful_protest: "manifestation pacifique",
  violent_demonstration: "manifestation violente",
  mob_violence: "violence de foule",
  agreement: "accord",
  arrests: "arrestations",
  change_to_group_activity: "changement d'activité d'un groupe",
  disrupted_weapons_use: "usage d'armes déjoué",
  headquarters_or_base_established: "base ou QG établi",
  looting_property_destruction: "pillage / destruction de biens",
  non_violent_transfer_of_territory: "transfert non violent de territoire",
  other: "autre",
};

export function subTypeLabel(subType) {
  return subType ? SUB_TYPE_LABELS[subType] || subType : "sous-type inconnu";
}

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

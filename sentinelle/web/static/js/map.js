// The incident map: Natural Earth country outlines (bundled TopoJSON, no tile server)
// and one circle per incident, coloured by event type and sized by fatalities.
/* global L, topojson */
import { h } from "./dom.js";
import { deniedOnly, fatalitiesText, formatDate, placeName, subTypeLabel, typeColour, typeLabel } from "./labels.js";

const COUNTRIES_URL = "/static/vendor/world-atlas/countries-50m.json";
const FOCUS_ZOOM = 9; // ~ a district: the town and its neighbours

/** Circle radius in pixels: area grows with the (highest) fatality figure. */
export function radiusFor(fatalities) {
  const n = Math.max(0, Number(fatalities) || 0);
  return Math.min(40, 5 + 3 * Math.sqrt(n));
}

/**
 * Rings that cross the 180° meridian (Fiji, Chukotka) jump from +179 to -179 and would be
 * drawn as a stroke across the whole world; shift their western half by 360° instead.
 */
function unwrapAntimeridian(geometry) {
  if (!geometry) return;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
    : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const crosses = ring.some(([lon]) => lon > 170) && ring.some(([lon]) => lon < -170);
      if (!crosses) continue;
      for (const point of ring) {
        if (point[0] < 0) point[0] += 360;
      }
    }
  }
}

export class IncidentMap {
  constructor(element, { onSelect }) {
    this.onSelect = onSelect;
    this.map = L.map(element, {
      attributionControl: false, // its prefix is HTML; the credit is in the legend instead
      worldCopyJump: true,
      minZoom: 2,
      maxZoom: 12,
      preferCanvas: false, // SVG paths: markers stay in the DOM (clickable, testable)
    }).setView([30, 30], 3);
    // Where the map looks, for the e2e tests (Leaflet keeps it in JS only).
    this.map.on("moveend zoomend", () => {
      const c = this.map.getCenter();
      Object.assign(element.dataset, { zoom: String(this.map.getZoom()), center: `${c.lat.toFixed(4)},${c.lng.toFixed(4)}` });
    });
    this.points = [];
    L.control.scale({ imperial: false }).addTo(this.map);
    this.countries = L.layerGroup().addTo(this.map);
    this.markers = L.layerGroup().addTo(this.map);
    this.byId = new Map();
    this.ready = this.loadCountries();
  }

  async loadCountries() {
    const response = await fetch(COUNTRIES_URL);
    const topo = await response.json();
    const shapes = topojson.feature(topo, topo.objects.countries);
    shapes.features.forEach((feature) => unwrapAntimeridian(feature.geometry));
    L.geoJSON(shapes, {
      interactive: false,
      // A canvas: thousands of outline vertices as SVG nodes make every zoom and pan slow.
      renderer: L.canvas({ padding: 0.5 }),
      style: { color: "#8a8f98", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1, className: "country" },
    }).addTo(this.countries);
    document.body.dataset.countries = String(shapes.features.length); // a hook for the e2e tests
  }

  /** Draw the incidents (those with coordinates) and zoom to them. */
  show(incidents) {
    this.markers.clearLayers();
    this.byId.clear();
    const points = [];
    // Big circles first so small ones stay clickable on top of them.
    const sorted = [...incidents].sort((a, b) => (b.fatalities_max || 0) - (a.fatalities_max || 0));
    for (const incident of sorted) {
      const loc = incident.location;
      if (!loc || loc.lat === null || loc.lat === undefined || loc.lon === null || loc.lon === undefined) continue;
      const colour = typeColour(incident.event_type);
      // Only denials reported it: a hollow, dashed circle, so it never reads as an established fact.
      const denied = deniedOnly(incident.modality_mix);
      const marker = L.circleMarker([loc.lat, loc.lon], {
        radius: radiusFor(incident.fatalities_max),
        color: "#222",
        weight: 1,
        dashArray: denied ? "4 3" : null,
        fillColor: colour,
        fillOpacity: denied ? 0.15 : 0.75,
        className: `incident-marker incident-${incident.id} type-${incident.event_type}${denied ? " denied" : ""}`,
      });
      marker.bindTooltip(this.tooltip(incident), { direction: "top" });
      marker.on("click", () => this.onSelect(incident.id));
      marker.addTo(this.markers);
      this.byId.set(incident.id, marker);
      points.push([loc.lat, loc.lon]);
    }
    this.points = points;
    this.fitAll();
  }

  /** Zoom out to every incident drawn. */
  fitAll() {
    if (this.points.length) {
      this.map.fitBounds(L.latLngBounds(this.points).pad(0.3), { maxZoom: 7, animate: false });
    }
  }

  /** Zoom in on one incident (the incident view), close enough to see its surroundings. */
  focus(incident) {
    const loc = incident.location;
    if (!loc || loc.lat === null || loc.lat === undefined || loc.lon === null || loc.lon === undefined) return;
    // Province-level places (precision 3) get a wider view than a town or a site.
    this.map.setView([loc.lat, loc.lon], loc.precision === 3 ? 7 : FOCUS_ZOOM, { animate: false });
  }

  tooltip(incident) {
    // A DOM node, not an HTML string: Leaflet appends it as is.
    return h(
      "div",
      { class: "tip" },
      h("strong", {}, placeName(incident.location)),
      h("br"),
      `${typeLabel(incident.event_type)}${incident.sub_event_type ? ` (${subTypeLabel(incident.sub_event_type)})` : ""}`
        + ` · ${formatDate(incident.date)}${deniedOnly(incident.modality_mix) ? " · démenti" : ""}`,
      h("br"),
      `morts : ${fatalitiesText(incident.fatalities_min, incident.fatalities_max)} · articles : ${incident.n_articles}`,
    );
  }

  /** Outline the incidents whose ids are in the set (those of the open incident or article). */
  highlight(ids) {
    for (const [key, marker] of this.byId) {
      const on = ids.has(key);
      marker.setStyle({ weight: on ? 3 : 1, color: on ? "#000" : "#222" });
      marker.getElement()?.classList.toggle("selected", on);
      if (on) marker.bringToFront();
    }
  }

  /** Leaflet needs this after its container changes size. */
  resize() {
    this.map.invalidateSize();
  }
}

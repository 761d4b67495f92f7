// Timeline of incidents per day (per week when the range is long), stacked by event type.
import { clear, s } from "./dom.js";
import { TYPE_COLOURS, deniedOnly, typeColour, typeLabel } from "./labels.js";

const DAY = 86400000;
const MAX_DAILY_BARS = 120; // beyond this, one bar per week keeps bars wide enough to click

function toDay(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
}

function iso(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Group incidents into [{start, end, counts: {type: n}, denied: {type: n}, total}] buckets, empty ones
 * included; incidents that only denials report are counted apart (drawn hollow, never as facts). */
export function bucketIncidents(incidents) {
  const days = incidents.map((i) => i.date && i.date.start).filter(Boolean).map(toDay);
  if (!days.length) return { buckets: [], unit: "day" };
  const first = Math.min(...days);
  const last = Math.max(...days);
  const unit = (last - first) / DAY + 1 > MAX_DAILY_BARS ? "week" : "day";
  const width = unit === "week" ? 7 * DAY : DAY;
  // Weeks start on Monday (ISO); 1970-01-01 was a Thursday.
  const origin = unit === "week" ? first - ((new Date(first).getUTCDay() + 6) % 7) * DAY : first;
  const buckets = [];
  for (let t = origin; t <= last; t += width) {
    buckets.push({ start: iso(t), end: iso(t + width - DAY), counts: {}, denied: {}, total: 0 });
  }
  for (const incident of incidents) {
    if (!incident.date || !incident.date.start) continue;
    const bucket = buckets[Math.floor((toDay(incident.date.start) - origin) / width)];
    const tally = deniedOnly(incident.modality_mix) ? bucket.denied : bucket.counts;
    tally[incident.event_type] = (tally[incident.event_type] || 0) + 1;
    bucket.total += 1;
  }
  return { buckets, unit };
}

/** Draw the bars; returns the bucket drawn ("day" or "week") so the title can name it. */
export function drawTimeline(svg, incidents, { onPick }) {
  clear(svg);
  const width = svg.clientWidth || 600;
  const height = svg.clientHeight || 120;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const { buckets, unit } = bucketIncidents(incidents);
  if (!buckets.length) {
    svg.append(s("text", { x: 10, y: height / 2, class: "axis" }, "aucun incident daté"));
    return unit;
  }
  const margin = { left: 28, right: 8, top: 8, bottom: 22 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const max = Math.max(...buckets.map((b) => b.total));
  const step = plotW / buckets.length;
  const barW = Math.min(28, Math.max(1, step - (step > 4 ? 2 : 0))); // thin bars read as dates, not areas
  const y = (n) => margin.top + plotH - (n / max) * plotH;

  svg.append(s("line", { x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0), class: "axis-line" }));
  svg.append(s("text", { x: margin.left - 4, y: y(max) + 4, class: "axis", "text-anchor": "end" }, String(max)));
  svg.append(s("text", { x: margin.left - 4, y: y(0), class: "axis", "text-anchor": "end" }, "0"));

  const types = Object.keys(TYPE_COLOURS);
  buckets.forEach((bucket, index) => {
    const x = margin.left + index * step;
    const group = s("g", {
      class: "bar",
      dataset: { start: bucket.start, end: bucket.end, total: String(bucket.total) },
      onclick: () => bucket.total && onPick(bucket.start, bucket.end),
    });
    const label = unit === "week" ? `semaine du ${bucket.start}` : bucket.start;
    group.append(s("title", {}, `${label} : ${bucket.total} incident(s)`));
    // A transparent full-height hit area makes thin bars easy to click.
    group.append(s("rect", { x, y: margin.top, width: Math.max(barW, 3), height: plotH, class: "hit" }));
    let top = y(0);
    const order = (counts) => [...types, ...Object.keys(counts).filter((t) => !types.includes(t))];
    for (const type of order(bucket.counts)) {
      const n = bucket.counts[type];
      if (!n) continue;
      const h = (n / max) * plotH;
      top -= h;
      group.append(s("rect", { x, y: top, width: barW, height: h, fill: typeColour(type) }, s("title", {}, `${typeLabel(type)} : ${n}`)));
    }
    // Denied-only incidents on top, hollow and dashed like their map circles.
    for (const type of order(bucket.denied)) {
      const n = bucket.denied[type];
      if (!n) continue;
      const h = (n / max) * plotH;
      top -= h;
      group.append(s("rect", { x: x + 0.5, y: top + 0.5, width: Math.max(barW - 1, 1), height: Math.max(h - 1, 1),
        class: "denied", stroke: typeColour(type) }, s("title", {}, `${typeLabel(type)}, démenti : ${n}`)));
    }
    svg.append(group);
  });

  // A handful of date labels, never overlapping.
  const labels = Math.max(1, Math.floor(plotW / 80));
  const every = Math.ceil(buckets.length / labels);
  buckets.forEach((bucket, index) => {
    if (index % every) return;
    svg.append(s("text", { x: margin.left + index * step, y: height - 6, class: "axis" }, bucket.start));
  });
  return unit;
}

// Copy the pinned front-end libraries from node_modules into the Python package,
// so that `sentinelle serve` works offline and at runtime needs neither npm nor a CDN.
// Run: npm ci && npm run vendor   (then commit sentinelle/web/static/vendor/)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const out = join(here, "..", "sentinelle", "web", "static", "vendor");

// [package, file inside the package, name under vendor/<package>/]
const FILES = [
  ["leaflet", "dist/leaflet.js", "leaflet.js"],
  ["leaflet", "dist/leaflet.css", "leaflet.css"],
  ["leaflet", "dist/images", "images"],
  ["leaflet", "LICENSE", "LICENSE"],
  ["topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"],
  ["topojson-client", "LICENSE", "LICENSE"],
  // Natural Earth 1:50m country outlines as TopoJSON: the base map, no tile server.
  ["world-atlas", "countries-50m.json", "countries-50m.json"],
  ["world-atlas", "LICENSE", "LICENSE"],
];

rmSync(out, { recursive: true, force: true });
const versions = {};
for (const [pkg, src, dest] of FILES) {
  const target = join(out, pkg, dest);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(modules, pkg, src), target, { recursive: true });
  versions[pkg] = JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")).version;
}
// Recorded so a test can check the vendored copy matches web/package.json.
writeFileSync(join(out, "versions.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`vendored into ${out}:`, versions);

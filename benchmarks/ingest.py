"""Ingest throughput with 1 and 2 worker processes and a 2-worker Dask LocalCluster, with the CPU
each used and the peak memory of every process (a benchmark, not a test).

Builds a corpus from the project's sample articles (``examples/``) and the
shared corpus texts (``../shared/corpus/{dev,wide}``, read in place, written
only to a temporary file), each copy shifted by whole years (publication date
and every year written in the text) so that cross-article dedup does not fold
the copies into one another, then ingests it into a fresh database once per
configuration and repetition, each in its own process, in interleaved order
(1, 2, local:2, 1, 2, ...) so that a busy spell of the shared machine hits
every configuration alike.

    .venv/bin/python benchmarks/ingest.py                         # 600 articles, 1, 2, local:2, 2 repetitions
    .venv/bin/python benchmarks/ingest.py --articles 2000 --runs 1 2 4 --repeat 3

"After start-up" is the rate from the first stored article to the last one
(model loading excluded). Reported with it: the CPU seconds our processes used
per article, how many cores OTHER processes kept busy meanwhile (the machine
is shared: a figure above ~0.1 means the run was slowed by someone else), and
the peak RSS (VmHWM) of the parent and of each worker. The issue asks that 2
workers reach 1.8x one after start-up.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def _base_articles() -> list[dict]:
    """Every sample and shared-corpus article once, with its publication date."""
    from sentinelle.ingest import collect_inputs, read_inputs

    sources = [REPO / "examples"] + [SHARED / name for name in ("dev", "wide") if (SHARED / name).is_dir()]
    files, _ = collect_inputs(sources)
    articles = []
    gold_dates = _shared_dates()
    for item in read_inputs(files):
        if hasattr(item, "text"):
            published = item.published or gold_dates.get(Path(item.origin or "").name)
            if not _is_date(published):
                published = "2021-06-01"  # some shared articles have no known date
            articles.append({"text": item.text, "published": published, "outlet": item.outlet})
    return articles


def _is_date(value: str | None) -> bool:
    try:
        date.fromisoformat(value or "")
    except ValueError:
        return False
    return True


def _shared_dates() -> dict[str, str]:
    """Publication dates of the shared corpus, from its gold files and sources.tsv."""
    dates: dict[str, str] = {}
    for gold in SHARED.glob("*/gold.jsonl"):
        for line in gold.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("text_file") and record.get("published"):
                dates[record["text_file"]] = record["published"]
    sources = SHARED / "wide" / "sources.tsv"
    if sources.is_file():
        for row in sources.read_text(encoding="utf-8").splitlines()[1:]:
            cols = row.split("\t")
            if len(cols) >= 4:
                dates[f"{cols[0]}.txt"] = cols[3]
    return dates


def _shift(article: dict, years: int, copy: int) -> dict:
    y, m, d = (int(x) for x in article["published"].split("-"))
    day = min(d, 28) if m == 2 else d
    text = YEAR.sub(lambda match: str(int(match.group(0)) + years), article["text"])
    return {
        "text": f"[copie {copy}]\n{text}",  # distinct text: a distinct article for the content hash
        "published": f"{y + years:04d}-{m:02d}-{day:02d}",
        "outlet": article["outlet"],
    }


def build_corpus(path: Path, n: int) -> int:
    base = _base_articles()
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            copy = i // len(base)
            out.write(json.dumps(_shift(base[i % len(base)], 2 * copy, copy), ensure_ascii=False) + "\n")
    return len(base)


class _Sampler:
    """CPU and memory of this process tree and of the whole machine, sampled from the progress callback."""

    def __init__(self) -> None:
        import psutil

        self.psutil, self.me = psutil, psutil.Process()
        self.first: tuple | None = None  # (time, articles, our cpu, machine busy cpu) at the first stored article
        self.last: tuple | None = None
        self.peaks: dict[int, tuple[str, int]] = {}  # pid -> (role, peak RSS kB)
        self.next_at = 0.0

    def _tree(self) -> list:
        return [self.me, *self.me.children(recursive=True)]

    def _busy(self) -> float:
        t = self.psutil.cpu_times()
        return sum(t) - t.idle - getattr(t, "iowait", 0.0) - getattr(t, "steal", 0.0) - getattr(t, "guest", 0.0)

    def sample(self, processed: int) -> None:
        """Called after each stored article; the last sample falls before the workers exit, with their CPU."""
        now = time.perf_counter()
        if not processed or now < self.next_at:
            return
        self.next_at = now + 0.5
        ours = mine = 0.0
        sched: dict[int, tuple[int, int]] = {}
        for proc in self._tree():
            try:
                cpu = proc.cpu_times()
                ours += cpu.user + cpu.system
                if proc.pid == self.me.pid:
                    mine = cpu.user + cpu.system
                hwm = _vm_hwm(proc.pid)
                role = "parent" if proc.pid == self.me.pid else _role(proc)
                if role != "other":
                    self.peaks[proc.pid] = (role, max(hwm, self.peaks.get(proc.pid, ("", 0))[1]))
                    sched[proc.pid] = _schedstat(proc.pid)
            except (self.psutil.NoSuchProcess, FileNotFoundError, ProcessLookupError):
                continue
        point = (now, processed, ours, self._busy(), mine, sched)
        if self.first is None:
            self.first = point
        self.last = point


def _schedstat(pid: int) -> tuple[int, int]:
    """(ns running, ns runnable but waiting for a core) summed over the threads of a process."""
    run = wait = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "schedstat").read_text().split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        run, wait = run + int(fields[0]), wait + int(fields[1])
    return run, wait


def _vm_hwm(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _role(proc) -> str:
    cmd = " ".join(proc.cmdline())
    return "other" if "resource_tracker" in cmd or "forkserver" in cmd else "worker"


def run_once(corpus: Path, db: Path, config: str) -> dict:
    """Ingest in this process and report throughput, CPU and peak memory (called in a child process)."""
    from sentinelle.ingest import ingest_paths
    from sentinelle.store import Store

    sampler = _Sampler()
    workers, dask = (1, config) if config.startswith("local:") else (int(config), None)
    started = time.perf_counter()
    with Store(db) as store:
        summary = ingest_paths(
            [corpus], store, workers=workers, dask=dask, progress=lambda s: sampler.sample(s.processed),
        )
        stats = store.stats()
    seconds = time.perf_counter() - started
    (t0, n0, cpu0, busy0, parent0, sched0), (t1, n1, cpu1, busy1, parent1, sched1) = sampler.first, sampler.last
    window, done = t1 - t0, n1 - n0
    # The processes that extract: the parent itself with one worker, else the workers. Each one's time
    # splits into running, waiting for a core (taken by someone else) and idle (no batch to work on).
    extractors = [sampler.me.pid] if config == "1" else [
        pid for pid, (role, _) in sampler.peaks.items() if role == "worker" and pid in sched0 and pid in sched1]
    running = sum(sched1[p][0] - sched0[p][0] for p in extractors) / 1e9
    waiting = sum(sched1[p][1] - sched0[p][1] for p in extractors) / 1e9
    rate = done / window if window > 0 else 0.0
    workers_kb = [kb for role, kb in sampler.peaks.values() if role == "worker"]
    return {
        "config": config, "articles": summary.processed, "ingested": summary.ingested, "failed": summary.failed,
        "seconds": round(seconds, 2), "articles_per_second": round(summary.processed / seconds, 2),
        "steady_articles_per_second": round(rate, 2),
        # Had every extracting process got a core whenever it was ready to run:
        "uncontended_articles_per_second": round(rate * (running + waiting) / running, 2) if running else 0.0,
        "extractors_running": round(running / window / max(1, len(extractors)), 3) if window > 0 else 0.0,
        "extractors_waiting_for_a_core": round(waiting / window / max(1, len(extractors)), 3) if window > 0 else 0.0,
        "cpu_seconds_per_article": round((cpu1 - cpu0) / done, 4) if done else 0.0,
        "parent_cpu_seconds_per_article": round((parent1 - parent0) / done, 4) if done else 0.0,
        "other_cores_busy": round(max(0.0, (busy1 - busy0) - (cpu1 - cpu0)) / window, 2) if window > 0 else 0.0,
        "peak_rss_parent_mb": round(sampler.peaks[sampler.me.pid][1] / 1024),
        "peak_rss_workers_mb": sorted(round(kb / 1024) for kb in workers_kb),
        "incidents": stats["incidents"], "events": stats["events"],
    }


def _line(r: dict) -> str:
    workers = ", ".join(f"{mb}" for mb in r["peak_rss_workers_mb"]) or "-"
    return (
        f"{r['config']:>8}: {r['steady_articles_per_second']:6.2f} articles/s after start-up, "
        f"{r['articles_per_second']:6.2f} overall ({r['articles']} in {r['seconds']} s, {r['failed']} failed, "
        f"{r['incidents']} incidents); {r['cpu_seconds_per_article']:.3f} CPU-s/article "
        f"({r['parent_cpu_seconds_per_article']:.3f} in the parent); "
        f"others kept {r['other_cores_busy']:.2f} cores busy; each extracting process ran "
        f"{r['extractors_running']:.0%} of the time and waited for a core {r['extractors_waiting_for_a_core']:.0%} "
        f"(uncontended: {r['uncontended_articles_per_second']:.2f} articles/s); "
        f"peak RSS parent {r['peak_rss_parent_mb']} MB, workers {workers} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--runs", nargs="+", default=["1", "2", "local:2"],
                        help="worker counts and/or Dask local:N clusters (default: 1 2 local:2)")
    parser.add_argument("--workers", type=int, nargs="+", help="the same as --runs with worker counts only")
    parser.add_argument("--repeat", type=int, default=2, help="repetitions of every run, interleaved")
    parser.add_argument("--_child", nargs=3, metavar=("CORPUS", "DB", "CONFIG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._child:
        corpus, db, config = args._child
        print(json.dumps(run_once(Path(corpus), Path(db), config)))
        return
    runs = [str(w) for w in args.workers] if args.workers else args.runs
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n_base = build_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} articles ({n_base} distinct texts, copies shifted by 2 years each)")
        results: dict[str, list[dict]] = {config: [] for config in runs}
        for rep in range(args.repeat):
            for config in runs:
                db = Path(tmp) / f"{config.replace(':', '-')}-{rep}.db"
                child = subprocess.run(
                    [sys.executable, __file__, "--_child", str(corpus), str(db), config],
                    capture_output=True, text=True, check=False,
                )
                if child.returncode != 0:
                    sys.exit(f"{config} failed:\n{child.stderr[-2000:]}")
                result = json.loads(child.stdout.strip().splitlines()[-1])
                results[config].append(result)
                print(_line(result) + ("  << articles failed: not comparable" if result["failed"] else ""), flush=True)
        base = results.get("1")
        if not base:
            return
        for config, rs in results.items():
            if config == "1":
                continue
            pairs = [(r, b) for r, b in zip(rs, base, strict=True) if not (r["failed"] or b["failed"])]
            if not pairs:
                print(f"{config} vs 1 worker: no pair of runs without failures")
                continue
            ratios = [r["steady_articles_per_second"] / b["steady_articles_per_second"] for r, b in pairs]
            free = [r["uncontended_articles_per_second"] / b["uncontended_articles_per_second"] for r, b in pairs]
            cpu = statistics.median(r["cpu_seconds_per_article"] for r, _ in pairs) / statistics.median(
                b["cpu_seconds_per_article"] for _, b in pairs)
            print(f"{config} vs 1 worker after start-up: {statistics.median(ratios):.2f}x median, {max(ratios):.2f}x best "
                  f"of {len(ratios)} paired runs; CPU per article {cpu:.2f}x one worker's; uncontended "
                  f"{statistics.median(free):.2f}x median")


if __name__ == "__main__":
    main()

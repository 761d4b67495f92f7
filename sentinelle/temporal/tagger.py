"""``tag_times``: find temporal expressions in a text and normalise them.

Three passes: (1) every grammar rule proposes matches, overlaps are settled
longest-first; (2) without a publication date, an anchor date is inferred
from the text (an explicit full date, else a weekday that agrees with a
day and month); (3) each match is normalised against the publication date
or the anchor, then cues around it ("depuis", "avant le") change its role.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sentinelle.model import DateInterval, TimeMention
from sentinelle.temporal import calendar as cal
from sentinelle.temporal.lexicon import CompiledRule, Grammar, get_grammar
from sentinelle.temporal.normalise import BUILDERS, IGNORE, Context, Resolved

DATE_BUILDERS_WITH_YEAR = ("calendar_date", "numeric_date", "date_range")
DATE_ERRORS = (ValueError, OverflowError)
"""What date arithmetic raises past year 1 or 9999 ("il y a 3000 ans", "il y a 800000 jours")."""
Dropped = list[tuple[int, int, str]]
"""(start, end, reason) of expressions that could not be normalised."""
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


@dataclass(frozen=True)
class Candidate:
    rule: CompiledRule
    start: int
    end: int
    groups: dict[str, str]


def default_year_window() -> tuple[int, int]:
    """Years searched when a weekday must tell the year of an undated article."""
    today = dt.date.today()
    return (today.year - 30, today.year)


# "du 23 mars", "de juillet": a date hung on a noun by "du" / "de" may be a name's ("le Mouvement du 23 mars")
_NAMED_BY_DU = re.compile(r"\b(?:du|de)\s+$", re.IGNORECASE)
# A quotation: someone's words, whose days anchor no "le lendemain" of the narration outside them
_QUOTE = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")


def _cue_before(regex: re.Pattern[str], text: str, start: int) -> int | None:
    """Start of a cue that ends right before ``start`` (spaces allowed), else None."""
    window_start = max(0, start - 40)
    found = regex.search(text, window_start, start)
    return found.start() if found else None


def _matches_at(regex: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``regex.finditer(text)`` finds, when every match starts at one of ``starts`` (sorted) and none is
    empty: the leftmost match, then the next one from its end."""
    end = 0
    for start in starts:
        if start >= end:
            match = regex.match(text, start)  # (the text before ``start`` is seen: word boundaries hold as in a search)
            if match is not None:
                yield match
                end = match.end()


def _candidates(grammar: Grammar, text: str) -> list[Candidate]:
    found: list[Candidate] = []
    lowered = text.lower()
    # Case-insensitive matching is slow in `re`; lower-case once when that keeps offsets.
    same_offsets = len(lowered) == len(text)
    # where some rule matches, in one scan of the text (lexicon._start_scan)
    starts = [m.start() for m in grammar.start_scan.finditer(lowered)] \
        if same_offsets and grammar.start_scan is not None else None
    for rule in grammar.rules:
        regex = rule.lower_regex if same_offsets and rule.lower_regex else rule.regex
        if starts is not None and rule.order in grammar.scanned:
            matches: Iterable[re.Match[str]] = _matches_at(regex, lowered, starts)
        else:
            matches = regex.finditer(lowered if same_offsets else text)
        for match in matches:
            if match.end() == match.start():
                continue
            groups = {k: text[match.start(k):match.end(k)] for k, v in match.groupdict().items() if v is not None}
            if rule.lead_required and "lead" not in groups and "last" not in groups:
                if _cue_before(grammar.since_cue, text, match.start()) is None and \
                        _cue_before(grammar.deadline_cue, text, match.start()) is None:
                    continue
            found.append(Candidate(rule, match.start(), match.end(), groups))
    # Longest match wins, then the earlier rule: "jeudi 21 janvier" beats "jeudi".
    found.sort(key=lambda c: (-(c.end - c.start), c.rule.order, c.start))
    taken: list[Candidate] = []
    for cand in found:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        left = m.end()
    right = _SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


def _future_tense(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Is the tense cue nearest to the expression a future one?"""
    left, right = _sentence_bounds(text, start, end)
    best: tuple[int, bool] | None = None
    for cues, is_future in ((grammar.future_cues, True), (grammar.past_cues, False)):
        for regex in cues:
            for m in regex.finditer(text, left, right):
                if m.start() < end and m.end() > start:
                    continue
                distance = start - m.end() if m.end() <= start else m.start() - end
                if best is None or distance < best[0]:
                    best = (distance, is_future)
    return bool(best and best[1])


def _infer_anchor(grammar: Grammar, cands: list[Candidate],
                  window: tuple[int, int]) -> tuple[dt.date, Candidate, list[str]] | None:
    """A reference date for an undated article: an explicit full date, else a weekday that fixes the year."""
    probe = Context(grammar, ref=None, year_window=window)
    by_weekday: tuple[dt.date, Candidate, list[str]] | None = None
    for cand in cands:
        if cand.rule.build not in DATE_BUILDERS_WITH_YEAR:
            continue
        try:
            res = BUILDERS[cand.rule.build](probe, cand.groups)
        except DATE_ERRORS:
            continue  # beyond the calendar ("l'an 99999"): no anchor; tag_times reports it
        if res is None or res.start is None or "weekday_mismatch" in res.flags:
            continue
        # a range ("du lundi 24 au mardi 25 novembre") anchors at its last day, which it names too
        day = (res.end if cand.rule.build == "date_range" else None) or res.start
        if "inferred_year" not in res.flags:
            return day, cand, res.flags
        if by_weekday is None:
            by_weekday = (day, cand, res.flags)
    return by_weekday


def _apply_cues(grammar: Grammar, text: str, cand: Candidate, res: Resolved, ref: dt.date | None) -> int:
    """Widen the span over a since/deadline cue and change the role; returns the new start."""
    since = _cue_before(grammar.since_cue, text, cand.start)
    if since is not None and res.kind in ("date", "duration"):
        if res.kind == "duration":
            res.start = None  # "depuis trois mois": an open period; the interval is not known here
        res.kind = "period"
        res.flags.append("since")
        if res.start is not None:
            res.end = max(ref, res.start) if ref else None
            res.value = f"{res.start.isoformat()}/{res.end.isoformat() if res.end else ''}"
        return since
    deadline = _cue_before(grammar.deadline_cue, text, cand.start)
    if deadline is not None and res.kind == "date":
        res.flags.append("deadline")
        return deadline
    return cand.start


SAFE_YEARS = (2, 9998)
"""Years a normalised date may fall in: later stages move dates by a day or a year without overflowing."""


def _check_range(res: Resolved) -> None:
    for day in (res.start, res.end):
        if day is not None and not SAFE_YEARS[0] <= day.year <= SAFE_YEARS[1]:
            raise ValueError(f"year {day.year} is out of range")


def _to_mention(text: str, start: int, end: int, res: Resolved) -> TimeMention:
    interval = DateInterval(
        start=res.start.isoformat() if res.start else None,
        end=res.end.isoformat() if res.end else None,
        precision=res.precision if res.start else None,  # type: ignore[arg-type]
    )
    return TimeMention(start=start, end=end, text=text[start:end], interval=interval, value=res.value,
                       kind=res.kind, flags=sorted(set(res.flags)))  # type: ignore[arg-type]


TenseOracle = Callable[[int, int], bool | None]
"""Given an expression's character span, True if its clause is in the future tense,
False if in a past tense, None if unknown (the cue lists then decide)."""


def tag_times(
    text: str,
    published: dt.date | None = None,
    *,
    lang: str = "fr",
    year_window: tuple[int, int] | None = None,
    tense: TenseOracle | None = None,
    dropped: Dropped | None = None,
) -> list[TimeMention]:
    """Find and normalise the temporal expressions of a text.

    Args:
        text: the text; spans in the result index into it unchanged.
        published: the publication date, the reference for "hier", "ce dimanche",
            and for the year of "le 20 octobre" (the most recent past reading
            unless the sentence is in the future tense, flagged "future").
        lang: language folder of the vocabulary (``sentinelle/lang/<lang>/``).
        year_window: (first, last) years searched when, without a publication
            date, a weekday must tell the year ("jeudi 21 janvier" -> 2021).
        tense: optional oracle for the tense of an expression's clause (the
            spaCy component passes one built on morphology); without it, or
            when it answers None, the tense cue nearest the expression decides.
        dropped: when given, receives (start, end, reason) for each expression
            that cannot be normalised (a date before year 2 or after 9998);
            such expressions are left out of the result, never raised.

    Returns:
        Mentions sorted by start, each with an interval (start/end/precision,
        None when it cannot be resolved), a TIMEX3-style value, a kind
        (date | period | duration | set) and flags such as "inferred_year",
        "weekday_mismatch", "future", "deadline", "since", "anaphoric",
        "year_from_weekday", "anchored".
    """
    grammar = get_grammar(lang)
    window = year_window or default_year_window()
    cands = _candidates(grammar, text)
    ref, anchored, anchor = published, False, None
    if ref is None:
        anchor = _infer_anchor(grammar, cands, window)
        if anchor is not None:
            ref, anchored = anchor[0], True
    mentions: list[TimeMention] = []
    previous: Resolved | None = None
    previous_named = False
    # ("Mardi, ... « Ils sont arrivés le 2 mars », a raconté un habitant. Le lendemain, ...": the day after
    # Tuesday; the quote's own anaphora read its days. A calendar date in a quote recalls an earlier day)
    quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(text)]
    narrated: Resolved | None = None  # the last day named outside quotations
    for cand in cands:
        quoted = any(a <= cand.start and cand.end <= b for a, b in quotes)
        ctx = Context(grammar, ref=ref, anchored=anchored, previous=previous if quoted else narrated,
                      year_window=window)
        # A deadline ("avant le 31 décembre") is read forward, like a future tense.
        told = tense(cand.start, cand.end) if tense is not None else None
        ctx.future = _cue_before(grammar.deadline_cue, text, cand.start) is not None or (
            told if told is not None else _future_tense(grammar, text, cand.start, cand.end))
        try:
            res = BUILDERS[cand.rule.build](ctx, cand.groups)
            if res is None or res is IGNORE:
                continue
            res.finish()
            _check_range(res)
        except DATE_ERRORS as exc:
            # A date outside years 2..9998 cannot be normalised (nor moved by a day or a year later
            # on): the expression is dropped and reported, the article goes on.
            if dropped is not None:
                dropped.append((cand.start, cand.end, str(exc) or type(exc).__name__))
            continue
        if anchor is not None and cand is anchor[1]:
            res.flags += anchor[2]  # how the anchor itself got its year
        if anchored and res.start is not None and res.kind == "date":
            # Relative to an inferred anchor, "later" is not "in the future".
            res.flags = [f for f in res.flags if f != "future"] + ["anchored"]
        start = _apply_cues(grammar, text, cand, res, ref)
        if res.kind == "date" and ref is not None and res.start and res.end and \
                res.start <= ref < res.end and "future" not in res.flags:
            # A past-oriented interval stops at the reference date ("cette année" = so far)
            res.end = ref
            res.value = cal.value_of(res.start, res.end, res.precision or "day")
        # (a day of the report, "a annoncé jeudi", after an earlier day named is no anchor of the story; unless
        # that day was a name's, "le Mouvement du 23 mars", "la loi du 5 juillet")
        reported = previous is not None and grammar.report_cue is not None and not previous_named \
            and _cue_before(grammar.report_cue, text, cand.start) is not None
        if reported and res.kind == "date":
            res.flags.append("report_day")  # nor the day the story is at (event_date._story_days)
        mentions.append(_to_mention(text, start, cand.end, res))
        if res.kind == "date" and res.start is not None and "deadline" not in res.flags and not reported:
            previous = res
            previous_named = _NAMED_BY_DU.search(text, max(0, cand.start - 4), cand.start) is not None
            # (a weekday in a witness's words is a day of the story told, "« Le jeudi soir, ne les voyant pas
            # revenir... »", which the narration's "le lendemain" may follow; a calendar date is a recall)
            if not quoted or cand.rule.build not in DATE_BUILDERS_WITH_YEAR:
                narrated = res
    return mentions

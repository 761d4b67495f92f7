"""Normalisers: from the named groups of a grammar match to a resolved interval.

Each builder is language-independent: it only sees numbers, unit names and
the deictic role of words (last / next / this), looked up in the grammar's
vocabulary. Builders return None to drop a match (an impossible date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sentinelle.temporal import calendar as cal
from sentinelle.temporal.lexicon import Grammar

Groups = dict[str, str]


@dataclass
class Resolved:
    """A normalised expression before it becomes a ``TimeMention``."""

    kind: str = "date"
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str | None = None
    value: str | None = None
    flags: list[str] = field(default_factory=list)

    def finish(self) -> Resolved:
        if self.start and self.end is None:
            self.end = self.start
        if self.start and self.precision is None:
            self.precision = cal.precision_of(self.start, self.end)
        if self.start and self.value is None:
            self.value = cal.value_of(self.start, self.end, self.precision)
        return self


IGNORE = Resolved(kind="ignore")


@dataclass
class Context:
    grammar: Grammar
    ref: dt.date | None  # publication date, or the inferred anchor
    anchored: bool = False  # ref was inferred from the text, not given
    future: bool = False  # the nearest tense cue is a future one
    previous: Resolved | None = None  # last dated mention, for "la veille"
    year_window: tuple[int, int] = (1990, dt.date.today().year)

    @property
    def mode(self) -> str:
        if self.future:
            return "future"
        return "closest" if self.anchored else "past"


def _has(g: Groups, name: str) -> bool:
    return g.get(name) is not None


def _deixis(ctx: Context, g: Groups) -> int | None:
    """-1 for "dernier", +1 for "prochain", None otherwise."""
    for name in ("last", "last2"):
        if _has(g, name):
            return -1
    if _has(g, "next"):
        return 1
    return None


def _check_weekday(res: Resolved, g: Groups, name: str, day: dt.date | None, ctx: Context) -> None:
    if day is None or not _has(g, name):
        return
    if day.isoweekday() != ctx.grammar.lookup(ctx.grammar.weekdays, g[name]):
        res.flags.append("weekday_mismatch")


def _day_month(ctx: Context, g: Groups, day: int, month: int, year: int | None,
               res: Resolved, weekday_group: str = "weekday") -> dt.date | None:
    """The date of day/month, inferring the year when it is not written."""
    if year is not None:
        return cal.safe_date(year, month, day)
    if ctx.ref is not None:
        mode = "past" if _deixis(ctx, g) == -1 else ctx.mode
        found = cal.nearest_year(ctx.ref, month, day, mode)
        if found is not None and _has(g, weekday_group):
            # A weekday that agrees with the neighbouring year's reading decides
            # ("lundi 13 décembre" written on 5 December 2021 is 2021-12-13).
            weekday = ctx.grammar.lookup(ctx.grammar.weekdays, g[weekday_group])
            if found.isoweekday() != weekday:
                agreeing = [d for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1)
                            if (d := cal.safe_date(y, month, day)) and d.isoweekday() == weekday
                            and abs((d - ctx.ref).days) <= 200]
                if agreeing:
                    found = min(agreeing, key=lambda d: abs((d - ctx.ref).days))
        if found is not None:
            res.flags.append("inferred_year")
            if found > ctx.ref:
                res.flags.append("future")
        return found
    if _has(g, weekday_group):
        first, last = ctx.year_window
        years = cal.years_matching_weekday(month, day, ctx.grammar.lookup(ctx.grammar.weekdays, g[weekday_group]),
                                           first, last)
        years = [y for y in years if cal.safe_date(y, month, day) <= dt.date.today()]
        if years:
            res.flags += ["inferred_year", "year_from_weekday"]
            return cal.safe_date(years[0], month, day)
    res.flags.append("no_year")
    res.value = f"XXXX-{month:02d}-{day:02d}"
    return None


def calendar_date(ctx: Context, g: Groups) -> Resolved | None:
    res = Resolved()
    day, month = ctx.grammar.day(g["day"]), ctx.grammar.lookup(ctx.grammar.months, g["month"])
    year = int(g["year"]) if _has(g, "year") else None
    if not 1 <= day <= 31 or (year is not None and cal.safe_date(year, month, day) is None):
        return None
    res.start = _day_month(ctx, g, day, month, year, res)
    _check_weekday(res, g, "weekday", res.start, ctx)
    res.precision = "day"
    return res


def numeric_date(ctx: Context, g: Groups) -> Resolved | None:
    year = int(g["ynum"])
    if year < 100:
        year += 2000
    start = cal.safe_date(year, int(g["mnum"]), int(g["dnum"]))
    if start is None:
        return None
    res = Resolved(start=start, precision="day")
    _check_weekday(res, g, "weekday", start, ctx)
    return res


def date_range(ctx: Context, g: Groups) -> Resolved | None:
    res = Resolved()
    day1, day2 = ctx.grammar.day(g["day"]), ctx.grammar.day(g["day2"])
    year = int(g["year"]) if _has(g, "year") else None
    if _has(g, "month2"):
        month1 = ctx.grammar.lookup(ctx.grammar.months, g["month"])
        month2 = ctx.grammar.lookup(ctx.grammar.months, g["month2"])
    elif _has(g, "month"):
        month1 = month2 = ctx.grammar.lookup(ctx.grammar.months, g["month"])
    elif ctx.previous is not None and ctx.previous.start is not None:
        # "entre le 10 et le 12": the month of the date just mentioned
        month1 = month2 = ctx.previous.start.month
        year = ctx.previous.start.year
    elif ctx.ref is not None:
        month1 = month2 = ctx.ref.month
        year = ctx.ref.year
    else:
        return None
    end = _day_month(ctx, g, day2, month2, year, res, "weekday2")
    if end is None:
        return res if "no_year" in res.flags else None
    start = cal.safe_date(end.year - (1 if month1 > month2 else 0), month1, day1)
    if start is None or start > end:
        return None
    res.start, res.end = start, end
    _check_weekday(res, g, "weekday", start, ctx)
    _check_weekday(res, g, "weekday2", end, ctx)
    return res


def _month_year(ctx: Context, g: Groups, month: int, res: Resolved) -> int | None:
    if _has(g, "year"):
        return int(g["year"])
    if ctx.ref is None:
        res.flags.append("no_year")
        return None
    res.flags.append("inferred_year")
    this_month = ctx.ref.year * 12 + ctx.ref.month
    candidates = [y for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1)]
    if ctx.mode == "future" and _deixis(ctx, g) is None:
        year = min(y for y in candidates if y * 12 + month >= this_month)
    else:
        strict = _deixis(ctx, g) == -1  # "en février dernier" is never the current month
        year = max(y for y in candidates if (y * 12 + month < this_month) or (not strict and y * 12 + month == this_month))
    if year * 12 + month > this_month:
        res.flags.append("future")
    return year


def month(ctx: Context, g: Groups) -> Resolved | None:
    res = Resolved(precision="month")
    number = ctx.grammar.lookup(ctx.grammar.months, g["month"])
    year = _month_year(ctx, g, number, res)
    if year is None:
        res.value = f"XXXX-{number:02d}"
        return res
    res.start, res.end = dt.date(year, number, 1), cal.month_end(year, number)
    return res


def month_part(ctx: Context, g: Groups) -> Resolved | None:
    res = Resolved()
    number = ctx.grammar.lookup(ctx.grammar.months, g["month"])
    first, last = ctx.grammar.lookup(ctx.grammar.month_parts, g["mpart"])
    year = _month_year(ctx, g, number, res)
    if year is None:
        res.value = f"XXXX-{number:02d}"
        return res
    end_of_month = cal.month_end(year, number)
    res.start = dt.date(year, number, min(first, end_of_month.day))
    res.end = dt.date(year, number, min(last, end_of_month.day))
    return res


def month_range(ctx: Context, g: Groups) -> Resolved | None:
    """ "entre janvier et mars", "de janvier à mars 2025": whole months, the first to the last."""
    res = Resolved(precision="month")
    first, last = (ctx.grammar.lookup(ctx.grammar.months, g[k]) for k in ("month", "month2"))
    end_year = int(g.get("year2") or g.get("year") or 0) or _month_year(ctx, {}, last, res)
    if end_year is None:
        return None
    start_year = int(g["year"]) if _has(g, "year") else end_year - (1 if first > last else 0)
    res.start, res.end = dt.date(start_year, first, 1), cal.month_end(end_year, last)
    return res if res.start <= res.end else None


def year_part(ctx: Context, g: Groups) -> Resolved | None:
    """ "au premier trimestre", "le second semestre 2025": a ranked quarter or half of the year named, else of the
    reference date's year (the year before when that part is still to come)."""
    rank, months = ctx.grammar.lookup(ctx.grammar.ordinals, g["ordinal"]), ctx.grammar.lookup(ctx.grammar.year_parts,
                                                                                               g["yearpart"])
    first = (rank - 1) * months + 1
    if rank < 1 or rank * months > 12 or (ctx.ref is None and not _has(g, "year")):
        return None
    value = int(g["year"]) if _has(g, "year") else ctx.ref.year - (first > ctx.ref.month and ctx.mode != "future")
    return Resolved(start=dt.date(value, first, 1), end=cal.month_end(value, first + months - 1), precision="month")


def year(ctx: Context, g: Groups) -> Resolved | None:
    value = int(g["year"])
    return Resolved(start=dt.date(value, 1, 1), end=dt.date(value, 12, 31), precision="year", value=str(value))


def _weekday_near(ctx: Context, weekday: int, deixis: int | None) -> dt.date:
    assert ctx.ref is not None
    if deixis == 1:
        return cal.weekday_on_or_after(ctx.ref, weekday, strictly=True)
    if deixis == -1:
        return cal.weekday_on_or_before(ctx.ref, weekday, strictly=True)
    if ctx.future:
        return cal.weekday_on_or_after(ctx.ref, weekday)
    before = cal.weekday_on_or_before(ctx.ref, weekday)
    if ctx.anchored:
        after = cal.weekday_on_or_after(ctx.ref, weekday)
        return after if (after - ctx.ref) < (ctx.ref - before) else before
    return before


def weekday(ctx: Context, g: Groups) -> Resolved | None:
    number = ctx.grammar.lookup(ctx.grammar.weekdays, g["weekday"])
    if ctx.ref is None:
        return Resolved(value=f"XXXX-WXX-{number}", flags=["no_reference"])
    day = _weekday_near(ctx, number, _deixis(ctx, g))
    res = Resolved(start=day, precision="day")
    if day > ctx.ref:
        res.flags.append("future")
    return res


def weekday_range(ctx: Context, g: Groups) -> Resolved | None:
    first = ctx.grammar.lookup(ctx.grammar.weekdays, g["weekday"])
    second = ctx.grammar.lookup(ctx.grammar.weekdays, g["weekday2"])
    flags = ["night"] if _has(g, "night") else []
    if ctx.ref is None:
        return Resolved(value=f"XXXX-WXX-{first}/XXXX-WXX-{second}", flags=flags + ["no_reference"])
    end = _weekday_near(ctx, second, None)
    length = (second - first) % 7 or 7
    res = Resolved(start=end - dt.timedelta(days=length), end=end, flags=flags)
    if end > ctx.ref:
        res.flags.append("future")
    return res


def relative_day(ctx: Context, g: Groups) -> Resolved | None:
    if ctx.ref is None:
        return None
    offset = ctx.grammar.lookup(ctx.grammar.relative_days, g["relday"])
    res = Resolved(start=ctx.ref + dt.timedelta(days=offset), precision="day")
    if offset > 0:
        res.flags.append("future")
    return res


def this_part(ctx: Context, g: Groups) -> Resolved | None:
    if ctx.ref is None:
        return None
    part = (g.get("part") or g.get("part2") or "").lower()
    if part.startswith("nuit"):
        # "cette nuit", "la nuit dernière": the night that ends on the reference day
        return Resolved(start=ctx.ref - cal.ONE_DAY, end=ctx.ref, precision="day", flags=["night"])
    return Resolved(start=ctx.ref, precision="day")


def during_part(ctx: Context, g: Groups) -> Resolved | None:
    """ "dans la nuit", "dans la matinée" with no day named: a part of the day the story is at (the event's
    dating moves it to a day named before it in the paragraph, ``part_of_story_day``), else of the reference
    day as "cette nuit", "ce matin"."""
    res = this_part(ctx, g)
    if res is not None:
        res.flags.append("part_of_story_day")
    return res


UNIT_DAYS = {"day": 1, "week": 7, "weekend": 7, "month": 30, "year": 365, "decade": 3650}


def ago(ctx: Context, g: Groups) -> Resolved | None:
    if ctx.ref is None:
        return None
    unit = ctx.grammar.lookup(ctx.grammar.units, g["unit"])
    count = ctx.grammar.number(g["num"])
    ref = ctx.ref
    if count is None:  # "il y a quelques jours": somewhere in the last units
        span = UNIT_DAYS.get(unit, 1)
        return Resolved(start=ref - dt.timedelta(days=6 * span), end=ref - dt.timedelta(days=span),
                        flags=["vague"])
    if unit in ("hour", "minute", "second"):
        hours = count if unit == "hour" else 0
        return Resolved(start=ref - dt.timedelta(days=hours // 24), precision="day")
    if unit == "day":
        return Resolved(start=ref - dt.timedelta(days=count), precision="day")
    if unit in ("week", "weekend"):
        start, end = cal.week_of(ref - dt.timedelta(days=7 * count))
        return Resolved(start=start, end=end, precision="week")
    if unit in ("month", "year") and g.get("exact"):  # "il y a un an jour pour jour": that very day
        first = cal.add_months(ref, -(count if unit == "month" else 12 * count))
        day = min(ref.day, cal.month_end(first.year, first.month).day)  # (29 February one year before: the 28th)
        return Resolved(start=first.replace(day=day), precision="day")
    if unit == "month":
        start = cal.add_months(ref, -count)
        return Resolved(start=start, end=cal.month_end(start.year, start.month), precision="month")
    if unit == "year":
        return Resolved(start=dt.date(ref.year - count, 1, 1), end=dt.date(ref.year - count, 12, 31), precision="year")
    return None


def _unit_interval(ref: dt.date, unit: str, offset: int) -> tuple[dt.date, dt.date, str] | None:
    if unit == "day":
        day = ref + dt.timedelta(days=offset)
        return day, day, "day"
    if unit == "week":
        start, end = cal.week_of(ref + dt.timedelta(days=7 * offset))
        return start, end, "week"
    if unit == "weekend":
        if offset == 1:
            saturday = cal.weekday_on_or_after(ref, 6, strictly=True)
        elif offset == -1:
            saturday = cal.weekday_on_or_before(ref, 7, strictly=True) - cal.ONE_DAY
        elif ref.isoweekday() == 6:
            saturday = ref
        else:
            saturday = cal.weekday_on_or_before(ref, 7) - cal.ONE_DAY
        return saturday, saturday + cal.ONE_DAY, "day"
    if unit == "month":
        start = cal.add_months(ref, offset)
        return start, cal.month_end(start.year, start.month), "month"
    if unit == "year":
        return dt.date(ref.year + offset, 1, 1), dt.date(ref.year + offset, 12, 31), "year"
    return None


def relative_unit(ctx: Context, g: Groups) -> Resolved | None:
    if ctx.ref is None:
        return None
    unit = ctx.grammar.lookup(ctx.grammar.units, g["unit"])
    offset = _deixis(ctx, g) or 0
    found = _unit_interval(ctx.ref, unit, offset)
    if found is None:
        return None
    res = Resolved(start=found[0], end=found[1], precision=found[2])
    if offset == 1:
        res.flags.append("future")
    return res


def recent_unit(ctx: Context, g: Groups) -> Resolved | None:
    if ctx.ref is None:
        return None
    unit = ctx.grammar.lookup(ctx.grammar.units, g["unit"])
    days = UNIT_DAYS.get(unit)
    if days is None:
        return None
    precision = {"day": "day", "week": "week", "weekend": "week", "month": "month"}.get(unit, "year")
    return Resolved(start=ctx.ref - dt.timedelta(days=days - 1), end=ctx.ref, precision=precision)


def unit_part(ctx: Context, g: Groups) -> Resolved | None:
    if ctx.ref is None:
        return None
    unit = ctx.grammar.lookup(ctx.grammar.units, g["unit"])
    found = _unit_interval(ctx.ref, unit, _deixis(ctx, g) or 0)
    if found is None or unit == "day":
        return None
    base_start, base_end, _ = found
    length = (base_end - base_start).days + 1
    first, last = ctx.grammar.lookup(ctx.grammar.month_parts, g["mpart"])
    if unit == "month":
        start = base_start + dt.timedelta(days=first - 1)
        end = min(base_start + dt.timedelta(days=last - 1), base_end)
    else:  # the same share of a week or a year as of a 31-day month
        start = base_start + dt.timedelta(days=(first - 1) * length // 31)
        end = min(base_start + dt.timedelta(days=-(-last * length // 31) - 1), base_end)
    res = Resolved(start=start, end=end)
    if start > ctx.ref:
        res.flags.append("future")
    return res


# A recent period of at most this many hours is a date window ("les dernières 24 heures"), not a period.
MAX_WINDOW_HOURS = 48
DEFAULT_RECENT = {"day": 7, "week": 21, "weekend": 21, "month": 90, "year": 3 * 365, "hour": 2, "minute": 1}


def recent_period(ctx: Context, g: Groups) -> Resolved | None:
    unit = ctx.grammar.lookup(ctx.grammar.units, g["unit"])
    count_text = g.get("num") or g.get("num2")
    count = ctx.grammar.number(count_text) if count_text else None
    res = Resolved(kind="period", value=_duration_value(count, unit), flags=["recent"])
    if ctx.ref is None:
        return res
    if count is None:
        days = DEFAULT_RECENT.get(unit, 7)
    elif unit in ("hour", "minute", "second"):
        days = max(1, count // 24) if unit == "hour" else 1
    else:
        days = count * UNIT_DAYS.get(unit, 1)
    res.start, res.end = ctx.ref - dt.timedelta(days=days), ctx.ref
    res.precision = {"day": "week", "week": "month", "weekend": "month", "month": "month"}.get(unit, "year")
    if unit in ("hour", "minute", "second"):
        res.precision = "day"
        # "au cours des dernières 24 heures", "ces dernières 48 heures": a day's window, the date of what the
        # sentence tells (the day before publication or that day, as "cette nuit"), not a tally's period
        if count is None or unit != "hour" or count <= MAX_WINDOW_HOURS:
            res.kind = "date"
    res.value = f"{res.start.isoformat()}/{res.end.isoformat()}"
    return res


def anaphoric(ctx: Context, g: Groups) -> Resolved | None:
    prev = ctx.previous
    if prev is None or prev.start is None or prev.precision != "day":
        return None
    if _has(g, "anaphor"):
        offset = ctx.grammar.lookup(ctx.grammar.anaphoric, g["anaphor"])
    else:
        unit = ctx.grammar.lookup(ctx.grammar.units, g["unit"])
        count = ctx.grammar.number(g["num"])
        if count is None or unit not in ("day", "week"):
            return None
        offset = count * UNIT_DAYS[unit] * (1 if "tard" in g["shift"].lower() else -1)
    day = prev.start + dt.timedelta(days=offset)
    return Resolved(start=day, precision="day", flags=["anaphoric"])


UNIT_CODES = {"day": "D", "week": "W", "weekend": "W", "month": "M", "year": "Y", "decade": "DE"}
TIME_CODES = {"hour": "H", "minute": "M", "second": "S"}


def _duration_value(count: int | None, unit: str) -> str:
    amount = "X" if count is None else str(count)
    if unit in TIME_CODES:
        return f"PT{amount}{TIME_CODES[unit]}"
    return f"P{amount}{UNIT_CODES.get(unit, 'D')}"


def duration(ctx: Context, g: Groups) -> Resolved | None:
    unit = ctx.grammar.lookup(ctx.grammar.units, g["unit"])
    return Resolved(kind="duration", value=_duration_value(ctx.grammar.number(g["num"]), unit))


def set_(ctx: Context, g: Groups) -> Resolved | None:
    if _has(g, "weekday"):
        return Resolved(kind="set", value=f"XXXX-WXX-{ctx.grammar.lookup(ctx.grammar.weekdays, g['weekday'])}")
    unit = ctx.grammar.lookup(ctx.grammar.units, g["unit"])
    return Resolved(kind="set", value=_duration_value(ctx.grammar.number(g["num"]) if _has(g, "num") else 1, unit))


def ignore(ctx: Context, g: Groups) -> Resolved | None:
    return IGNORE


BUILDERS: dict[str, Callable[[Context, Groups], Resolved | None]] = {
    "numeric_date": numeric_date, "date_range": date_range, "calendar_date": calendar_date,
    "month": month, "month_part": month_part, "year": year, "weekday_range": weekday_range,
    "weekday": weekday, "relative_day": relative_day, "this_part": this_part, "during_part": during_part, "ago": ago,
    "relative_unit": relative_unit, "recent_unit": recent_unit, "unit_part": unit_part,
    "recent_period": recent_period, "anaphoric": anaphoric, "set": set_, "duration": duration,
    "month_range": month_range, "year_part": year_part, "ignore": ignore,
}

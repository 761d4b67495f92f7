"""Language-independent calendar arithmetic for the time stage."""

from __future__ import annotations

import calendar as _cal
import datetime as dt

from sentinelle.model import DateInterval, Precision

ONE_DAY = dt.timedelta(days=1)
FUTURE_SLACK = dt.timedelta(days=3)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """First day of the month ``months`` away from ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday..Sunday of the ISO week containing ``day`` (ACLED weeks are calendar weeks)."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def weekday_on_or_before(ref: dt.date, iso_weekday: int, strictly: bool = False) -> dt.date:
    back = (ref.isoweekday() - iso_weekday) % 7
    if back == 0 and strictly:
        back = 7
    return ref - dt.timedelta(days=back)


def weekday_on_or_after(ref: dt.date, iso_weekday: int, strictly: bool = False) -> dt.date:
    ahead = (iso_weekday - ref.isoweekday()) % 7
    if ahead == 0 and strictly:
        ahead = 7
    return ref + dt.timedelta(days=ahead)


def nearest_year(ref: dt.date, month: int, day: int, mode: str) -> dt.date | None:
    """The reading of day/month around ``ref``.

    ``mode``: "past" = most recent on or before ref, "future" = first on or
    after ref (minus a few days' slack), "closest" = nearest either way (with an
    inferred anchor).
    """
    readings = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := safe_date(y, month, day))]
    if not readings:
        return None
    if mode == "past":
        past = [d for d in readings if d <= ref]
        return max(past) if past else min(readings)
    if mode == "future":
        # The first reading from a few days before ref: a date just past keeps
        # its reading even when a future cue is misread ("que prévu ce 10 janvier").
        coming = [d for d in readings if d >= ref - FUTURE_SLACK]
        return min(coming) if coming else max(readings)
    return min(readings, key=lambda d: abs((d - ref).days))


def years_matching_weekday(month: int, day: int, iso_weekday: int, first: int, last: int) -> list[int]:
    """Years in [first, last] where day/month falls on the given weekday, most recent first."""
    years = [y for y in range(last, first - 1, -1) if (d := safe_date(y, month, day)) and d.isoweekday() == iso_weekday]
    return years


def precision_of(start: dt.date, end: dt.date) -> Precision:
    """ACLED-style precision of an interval from its length."""
    days = (end - start).days + 1
    if days <= 2:
        return "day"
    if days <= 16:
        return "week"
    if days <= 31:
        return "month"
    return "year"


def interval(start: dt.date, end: dt.date | None = None, precision: Precision | None = None) -> DateInterval:
    end = end or start
    return DateInterval(start=start.isoformat(), end=end.isoformat(), precision=precision or precision_of(start, end))


def value_of(start: dt.date, end: dt.date, precision: str) -> str:
    """TIMEX3-style value: a day, an ISO week, a month, a year, or start/end."""
    if start == end:
        return start.isoformat()
    if precision == "week" and week_of(start) == (start, end):
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if start.day == 1 and end == month_end(start.year, start.month):
        return f"{start.year}-{start.month:02d}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{start.isoformat()}/{end.isoformat()}"

"""Property tests of the temporal tagger (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from sentinelle.temporal import tag_times
from sentinelle.temporal.lexicon import get_grammar

GRAMMAR = get_grammar("fr")
# Full month names only: abbreviations ("janv.") are covered by the table.
MONTH_NAMES = {number: name for name, number in reversed(GRAMMAR.vocab.months.items()) if not name.endswith(".")}
WEEKDAY_NAMES = {number: name for name, number in GRAMMAR.vocab.weekdays.items()}
DATES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))
SPACES = st.sampled_from([" ", "\u00a0", "\u202f"])


def _day(d: dt.date) -> str:
    return "1er" if d.day == 1 else str(d.day)


@settings(max_examples=150, deadline=None)
@given(DATES, st.one_of(st.none(), DATES), SPACES)
def test_written_full_date_round_trips(day: dt.date, published: dt.date | None, space: str) -> None:
    text = f"Des tirs ont été signalés le {_day(day)}{space}{MONTH_NAMES[day.month]}{space}{day.year} près du camp."
    dates = [m for m in tag_times(text, published) if m.kind == "date"]
    assert len(dates) == 1
    assert (dates[0].interval.start, dates[0].interval.end, dates[0].interval.precision) == (
        day.isoformat(), day.isoformat(), "day")


@settings(max_examples=100, deadline=None)
@given(DATES)
def test_numeric_date_round_trips(day: dt.date) -> None:
    text = f"Communiqué du {day.day:02d}/{day.month:02d}/{day.year} : une patrouille a été visée."
    assert [m.interval.start for m in tag_times(text, None)] == [day.isoformat()]


@settings(max_examples=100, deadline=None)
@given(DATES)
def test_weekday_inferred_year_agrees_with_the_weekday(day: dt.date) -> None:
    text = f"{WEEKDAY_NAMES[day.isoweekday()].capitalize()} {_day(day)} {MONTH_NAMES[day.month]}, un convoi a sauté."
    found = [m for m in tag_times(text, None, year_window=(1950, 2049)) if m.interval.start]
    assert found, text
    resolved = dt.date.fromisoformat(found[0].interval.start)
    assert (resolved.month, resolved.day, resolved.isoweekday()) == (day.month, day.day, day.isoweekday())


@settings(max_examples=100, deadline=None)
@given(DATES, st.integers(min_value=0, max_value=6))
def test_past_weekday_is_within_the_last_week(published: dt.date, back: int) -> None:
    day = published - dt.timedelta(days=back)
    text = f"Des roquettes ont été tirées {WEEKDAY_NAMES[day.isoweekday()]} sur la base."
    assert [m.interval.start for m in tag_times(text, published)] == [day.isoformat()]


WORDS = st.sampled_from([
    "le", "la", "du", "au", "entre", "et", "depuis", "avant", "il", "y", "a", "ce", "cette", "dernier",
    "prochain", "mi", "fin", "début", "nuit", "de", "à", "matin", "soir", "semaine", "mois", "heures",
    "1er", "31", "12", "2021", "20", "/", "-", "(", ")", ",", ".", "'", "’", "\n", "lundi", "samedi",
    "janvier", "février", "mai", "décembre", "hier", "aujourd'hui", "jours", "deux", "48", "22H00",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join),
                 st.lists(st.one_of(WORDS, SPACES), max_size=40).map("".join)),
       st.one_of(st.none(), DATES))
def test_never_crashes_and_spans_are_exact(text: str, published: dt.date | None) -> None:
    mentions = tag_times(text, published)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        if m.interval.start and m.interval.end:
            assert m.interval.start <= m.interval.end


UNITS = st.sampled_from(["jours", "semaines", "mois", "ans", "années", "siècles", "heures", "week-ends"])
COUNTS = st.one_of(st.integers(min_value=0, max_value=10**30).map(str), st.sampled_from(["9" * 4400, "1,5", "trois"]))


@settings(max_examples=300, deadline=None)
@given(st.dates(), COUNTS, UNITS, st.sampled_from(["il y a {n} {u}", "dans {n} {u}", "depuis {n} {u}",
                                                   "au cours des {n} derniers {u}", "le 3 mai {n}", "hier",
                                                   "la veille", "lundi prochain", "en {n}"]))
def test_dates_off_the_calendar_are_dropped_and_reported(published: dt.date, n: str, unit: str, form: str) -> None:
    text = f"Des tirs ont visé la base {form.format(n=n, u=unit)}, selon l'armée."
    dropped: list[tuple[int, int, str]] = []
    mentions = tag_times(text, published, dropped=dropped)
    for m in mentions:
        for day in (m.interval.start, m.interval.end):
            assert day is None or "0002-01-01" <= day <= "9998-12-31"
    for start, end, reason in dropped:
        assert 0 <= start < end <= len(text) and reason

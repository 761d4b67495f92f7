"""Scoring temporal expressions against a table (used by the tests and ``benchmarks/dates.py``).

A table row names an expression inside a sentence, a reference date and the
expected reading: ``date`` (an event-usable interval), ``period`` (an open
interval, never an event day) or ``none`` (must not yield an event date).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from sentinelle.lang import load_tsv
from sentinelle.model import TimeMention
from sentinelle.temporal.event_date import usable

DEFAULT_TABLE = Path(__file__).resolve().parents[2] / "tests" / "data" / "temporal_expressions.tsv"


class TableRow(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    ref: dt.date | None = None
    expr: str
    kind: Literal["date", "period", "none"]
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str | None = None
    sentence: str

    @property
    def span(self) -> tuple[int, int]:
        at = self.sentence.lower().find(self.expr.lower())
        if at < 0:
            raise ValueError(f"{self.id}: {self.expr!r} is not in its sentence")
        return at, at + len(self.expr)


def load_table(path: Path = DEFAULT_TABLE) -> list[TableRow]:
    rows = load_tsv(path, TableRow)
    for row in rows:
        row.span  # noqa: B018  (fail early on a row whose expression is not in its sentence)
    return rows


def _overlapping(row: TableRow, mentions: list[TimeMention]) -> list[TimeMention]:
    start, end = row.span
    return [m for m in mentions if m.start < end and m.end > start]


def judge(row: TableRow, mentions: list[TimeMention]) -> tuple[bool, str]:
    """(correct, what was found) for one row and the tagger's mentions of its sentence."""
    found = _overlapping(row, mentions)
    if row.kind == "none":
        dates = [m for m in found if usable(m)]
        return not dates, ", ".join(f"{m.text!r}->{m.interval.start}" for m in dates) or "no date"
    wanted = [m for m in found if (usable(m) if row.kind == "date" else m.kind == "period")]
    if not wanted:
        return False, "nothing" if not found else ", ".join(f"{m.text!r}:{m.kind}{m.flags}" for m in found)
    m = wanted[0]
    got = (m.interval.start, m.interval.end)
    expected = (row.start.isoformat() if row.start else None, row.end.isoformat() if row.end else None)
    ok = got == expected and (row.kind == "period" or m.interval.precision == row.precision)
    return ok, f"{m.text!r} {got[0]}..{got[1]} {m.interval.precision} {m.flags}"

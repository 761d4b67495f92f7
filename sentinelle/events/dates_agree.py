"""Whether two mentions' dates allow them to tell one incident (``assemble.py`` merges mentions that agree).

A date found in a mention's own sentence is strong; one borrowed from the paragraph, the lede or the
publication is weak, and disagrees with a strong one only when they lie weeks apart.
"""

from __future__ import annotations

import datetime as dt

from sentinelle.events.mention import EventMention

# How a mention's date was found, strongest first (flags of ``sentinelle.temporal.date_for_event``):
# a date in the mention's own sentence beats one carried over from the paragraph,
# which beats the lede's or the publication date.
_DATE_STRENGTH = ("same_sentence", "same_paragraph", "from_lede", "from_context", "from_publication")
_DATE_SLACK = dt.timedelta(days=1)


def date_strength(m: EventMention) -> int:
    """How the mention's date was found, as a rank of ``_DATE_STRENGTH`` (0: its own sentence)."""
    for rank, flag in enumerate(_DATE_STRENGTH):
        if flag in m.date_flags:
            return rank
    return len(_DATE_STRENGTH) - 1 if m.date is None else 0


def dates_overlap(a: EventMention, b: EventMention) -> bool:
    """Dates agree, with a day of slack; a date only borrowed from the lede or the publication never disagrees.

    Except with an earlier incident named by its own date ("après une première attaque le 20 octobre"):
    only a mention dated the same way is that incident.
    """
    if a.reference != b.reference:
        ref, other = (a, b) if a.reference else (b, a)
        if ref.date and ref.date.start and not (other.date and other.date.start and date_strength(other) < 2):
            return False
    if a.date is None or b.date is None:
        return True
    if max(date_strength(a), date_strength(b)) >= 2:
        # an undated mention is recent news: it is not an incident dated months before ("le 8 octobre
        # 2023, ... Israël avait alors riposté" in an article of August 2024)
        return not _far_apart(a, b)
    # "comme pour la frappe contre X": a definite mention dated only by its context refers back
    if any(x.anaphoric and date_strength(x) >= 1 for x in (a, b)) and a.places and b.places:
        return True
    if not (a.date.start and b.date.start):
        return True
    a0, a1 = dt.date.fromisoformat(a.date.start), dt.date.fromisoformat(a.date.end or a.date.start)
    b0, b1 = dt.date.fromisoformat(b.date.start), dt.date.fromisoformat(b.date.end or b.date.start)
    # a story told day by day ("Dimanche, des drones ont frappé ... Lundi, l'armée a bombardé ...") tells two
    # days; the slack is for a day said in passing, often the day it was reported
    slack = dt.timedelta(0) if _day_by_day(a, b) else _DATE_SLACK
    return a0 - slack <= b1 and b0 - slack <= a1


# How far into its sentence a day may start and still open it ("Dimanche, ...", "Le 17 février, ...").
_OPENING_CHARS = 4


def _day_by_day(a: EventMention, b: EventMention) -> bool:
    """Two sentences each opened by the day they tell."""
    return a.sent_start != b.sent_start and all(
        "same_sentence" in m.date_flags and m.date is not None and m.date.precision == "day"
        and any(0 <= start - m.sent_start <= _OPENING_CHARS for start, _ in m.field_evidence.get("date", []))
        for m in (a, b))


# How far an explicit date may lie from a mention dated only by the publication, and still be its incident.
_WEAK_DATE_SLACK = dt.timedelta(days=14)


def _interval(m: EventMention) -> tuple[dt.date, dt.date] | None:
    if m.date is None or not m.date.start:
        return None
    return dt.date.fromisoformat(m.date.start), dt.date.fromisoformat(m.date.end or m.date.start)


def _far_apart(a: EventMention, b: EventMention) -> bool:
    """One explicitly dated, the other dated only by its context, and weeks apart."""
    strong, weak = (a, b) if date_strength(a) < date_strength(b) else (b, a)
    if date_strength(strong) >= 2:
        return False
    si, wi = _interval(strong), _interval(weak)
    if si is None or wi is None:
        return False
    return si[1] < wi[0] - _WEAK_DATE_SLACK or wi[1] < si[0] - _WEAK_DATE_SLACK

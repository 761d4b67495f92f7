"""Deciding whether two events (from different articles) report the same incident.

Pure functions over :class:`EventKey`; the store calls them incrementally as
articles arrive. The rule mirrors the evaluation's matching rule
(``event-schema.md``): same coarse type, locations within ``max_km`` (or the
same admin1 when either is only located to the province, precision 3), dates
overlapping with ``date_slack_days`` of slack, and compatible targets.

An event joins an incident only if it matches EVERY member (complete linkage):
single linkage would chain daily shelling of one town into a month-long
"incident". The result depends on arrival order, but deterministically, so a
re-run in the same order rebuilds the same incidents.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

DEFAULT_TARGET_GROUPS: tuple[frozenset[str], ...] = (
    # Targets that reporters name differently for the same thing hit.
    frozenset({"logistics_convoy", "military_convoy", "convoy", "vehicle", "truck"}),
    frozenset({"military_base", "base", "airport", "checkpoint", "military_position"}),
    frozenset({"civilians", "village", "market", "residential_area", "mosque", "church", "school", "hospital"}),
    frozenset({"embassy", "diplomatic_mission", "government_building"}),
    frozenset({"energy_facility", "oil_field", "gas_field", "pipeline", "power_plant"}),
)


@dataclass(frozen=True)
class DedupConfig:
    """Thresholds of cross-article deduplication (all configurable)."""

    max_km: float = 30.0
    date_slack_days: int = 1
    target_groups: tuple[frozenset[str], ...] = field(default=DEFAULT_TARGET_GROUPS)
    #: Modalities that never join an incident: things that did not (yet) happen.
    excluded_modalities: frozenset[str] = frozenset({"hypothetical", "threatened"})


@dataclass(frozen=True)
class EventKey:
    """What dedup needs to know about one stored event."""

    event_id: int
    article_id: int
    event_type: str
    date_start: dt.date | None
    date_end: dt.date | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    target: str | None

    @property
    def dedupable(self) -> bool:
        """Without a date or any location an event cannot be matched to another."""
        has_place = (self.lat is not None and self.lon is not None) or self.admin1 is not None
        return self.date_start is not None and has_place


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _same_admin1(a: EventKey, b: EventKey) -> bool:
    if a.admin1 is None or b.admin1 is None:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    return a.admin1.casefold() == b.admin1.casefold()


def location_distance(a: EventKey, b: EventKey, config: DedupConfig) -> float | None:
    """Kilometres between two events when they may be the same place, else None.

    Province-level locations (precision 3) agree when their admin1 is the same;
    the distance reported then is ``max_km`` (a weak agreement, ranked last).
    """
    if a.country and b.country and a.country != b.country:
        return None
    if (a.geo_precision == 3 or b.geo_precision == 3) and _same_admin1(a, b):
        return config.max_km
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    return km if km <= config.max_km else None


def date_gap_days(a: EventKey, b: EventKey, config: DedupConfig) -> int | None:
    """Days between two date intervals (0 when they overlap), or None when beyond the slack."""
    if a.date_start is None or b.date_start is None:
        return None
    a_end, b_end = a.date_end or a.date_start, b.date_end or b.date_start
    gap = max((b.date_start - a_end).days, (a.date_start - b_end).days, 0)
    return gap if gap <= config.date_slack_days else None


def targets_compatible(a: str | None, b: str | None, config: DedupConfig) -> bool:
    """Unknown targets are compatible with anything; known ones must be equal or in one group."""
    if a is None or b is None or a == b:
        return True
    return any(a in group and b in group for group in config.target_groups)


def match(a: EventKey, b: EventKey, config: DedupConfig) -> tuple[float, int] | None:
    """``(km, day gap)`` when the two events may be the same incident, else None."""
    if a.article_id == b.article_id:
        # Within one article the extractor has already merged mentions of one incident,
        # so two events of one article are two incidents by construction.
        return None
    if a.event_type != b.event_type or not (a.dedupable and b.dedupable):
        return None
    if not targets_compatible(a.target, b.target, config):
        return None
    gap = date_gap_days(a, b, config)
    if gap is None:
        return None
    km = location_distance(a, b, config)
    if km is None:
        return None
    return km, gap


def incident_score(new: EventKey, members: list[EventKey], config: DedupConfig) -> tuple[float, int] | None:
    """How well ``new`` fits an incident: worst (km, gap) over all members, or None if any member fails."""
    worst_km, worst_gap = 0.0, 0
    for member in members:
        found = match(new, member, config)
        if found is None:
            return None
        worst_km, worst_gap = max(worst_km, found[0]), max(worst_gap, found[1])
    return worst_km, worst_gap

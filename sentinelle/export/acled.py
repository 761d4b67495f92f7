"""ACLED-style CSV: ACLED's column names and meanings, filled as far as Sentinelle knows them."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import IO, Any

from sentinelle.export.countries import acled_region, country_name, iso3, iso_numeric
from sentinelle.export.records import ExportRecord

COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

EVENT_TYPE_LABELS = {
    "battles": "Battles",
    "explosions_remote_violence": "Explosions/Remote violence",
    "violence_against_civilians": "Violence against civilians",
    "protests": "Protests",
    "riots": "Riots",
    "strategic_developments": "Strategic developments",
}

SUB_EVENT_LABELS = {
    "armed_clash": "Armed clash",
    "government_regains_territory": "Government regains territory",
    "non_state_actor_overtakes_territory": "Non-state actor overtakes territory",
    "chemical_weapon": "Chemical weapon",
    "air_drone_strike": "Air/drone strike",
    "suicide_bomb": "Suicide bomb",
    "shelling_artillery_missile_attack": "Shelling/artillery/missile attack",
    "remote_explosive_landmine_ied": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
    "sexual_violence": "Sexual violence",
    "attack": "Attack",
    "abduction_forced_disappearance": "Abduction/forced disappearance",
    "excessive_force_against_protesters": "Excessive force against protesters",
    "protest_with_intervention": "Protest with intervention",
    "peaceful_protest": "Peaceful protest",
    "violent_demonstration": "Violent demonstration",
    "mob_violence": "Mob violence",
    "agreement": "Agreement",
    "arrests": "Arrests",
    "change_to_group_activity": "Change to group/activity",
    "disrupted_weapons_use": "Disrupted weapons use",
    "headquarters_or_base_established": "Headquarters or base established",
    "looting_property_destruction": "Looting/property destruction",
    "non_violent_transfer_of_territory": "Non-violent transfer of territory",
    "other": "Other",
}

# ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias,
# 5 rioters, 6 protesters, 7 civilians, 8 external/other forces. ACLED codes unidentified
# armed groups as political militias (3).
INTER_CODES = {"state_forces": 1, "rebels": 2, "militia": 3, "unidentified": 3, "civilians": 7, "external": 8}

TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}

NOT_FACTS = frozenset({"denied", "hypothetical", "threatened"})
"""Modalities of reports that do not establish the event: a source denies it, or it is only imagined."""


def disorder_type(event_type: str, sub_event_type: str | None) -> str:
    """ACLED's disorder type of an event type."""
    if sub_event_type == "excessive_force_against_protesters":
        return "Political violence; Demonstrations"
    if sub_event_type == "mob_violence":
        return "Political violence"
    if event_type in ("protests", "riots"):
        return "Demonstrations"
    if event_type == "strategic_developments":
        return "Strategic developments"
    return "Political violence"


def inter_code(kind: str | None, event_type: str, present: bool) -> int | None:
    """ACLED inter code of an actor (protesters and rioters come from the event type)."""
    if kind in INTER_CODES:
        return INTER_CODES[kind]
    if present and event_type == "protests":
        return 6
    if present and event_type == "riots":
        return 5
    return None


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code, lower code first; ``10`` etc. when one actor acts alone."""
    if inter1 is None and inter2 is None:
        return None
    if inter1 is None or inter2 is None:
        return (inter1 or inter2) * 10  # type: ignore[operator]
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _long_date(iso: str | None) -> str | None:
    if not iso:
        return None
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _notes(r: ExportRecord) -> str:
    label = SUB_EVENT_LABELS.get(r.sub_event_type or "", EVENT_TYPE_LABELS[r.event_type])
    parts = []
    when = _long_date(r.date_start)
    subject = r.actor1 or "Unidentified actor"
    what = f"{label.lower()}" + (f" on {r.actor2}" if r.actor2 else "") + (f" ({r.target.replace('_', ' ')})" if r.target else "")
    where = f" in {r.place}" + (f", {r.admin1}" if r.admin1 and r.admin1 != r.place else "") if r.place else ""
    # Only denied (or imagined) reports: say so before the sentence, which must not read as a fact.
    kinds = set(r.modality_mix)
    caveat = f"Not an established fact ({', '.join(sorted(kinds))}): " if kinds and kinds <= NOT_FACTS else ""
    parts.append(f"{caveat}{'On ' + when + ', ' if when else ''}{subject}: {what}{where}.")
    if r.fatalities_min is not None:
        span = str(r.fatalities_min) if r.fatalities_min == r.fatalities_max else f"{r.fatalities_min}-{r.fatalities_max}"
        parts.append(f"Fatalities reported: {span}.")
    if r.modality_mix and set(r.modality_mix) != {"asserted"}:
        parts.append("Modality: " + ", ".join(f"{k} {v}" for k, v in r.modality_mix.items()) + ".")
    if r.quote:
        parts.append(f"Source text: «{r.quote}»")
    return " ".join(parts)


def _tags(r: ExportRecord) -> str:
    tags = []
    if r.modality_mix:
        tags.append("modality: " + ", ".join(f"{k}={v}" for k, v in r.modality_mix.items()))
    if r.weapons:
        tags.append("weapon: " + ", ".join(r.weapons))
    if r.target:
        tags.append(f"target: {r.target}")
    if r.fatalities_min is None:
        tags.append("fatalities: not reported")
    elif r.fatalities_max != r.fatalities_min:
        tags.append(f"fatalities: {r.fatalities_min}-{r.fatalities_max} reported")
    if r.kind == "incident":
        tags.append(f"sentinelle incident {r.id}, {r.n_articles} article(s)")
    else:
        tags.append(f"sentinelle event {r.id}")
    return "; ".join(tags)


def _timestamp(updated_at: str | None) -> int:
    if updated_at:
        try:
            return int(dt.datetime.fromisoformat(updated_at).timestamp())
        except ValueError:
            pass
    return int(dt.datetime.now(dt.UTC).timestamp())


def acled_row(r: ExportRecord) -> dict[str, Any]:
    """One ACLED-style row."""
    inter1 = inter_code(r.actor1_kind, r.event_type, r.actor1 is not None)
    inter2 = inter_code(r.actor2_kind, r.event_type, r.actor2 is not None)
    prefix = iso3(r.country) or "XXX"
    civilian = r.actor2_kind == "civilians" or r.event_type == "violence_against_civilians"
    return {
        "event_id_cnty": f"{prefix}{r.id}" if r.kind == "incident" else f"{prefix}E{r.id}",
        "event_date": r.date_start or "",
        "year": r.date_start[:4] if r.date_start else "",
        "time_precision": TIME_PRECISION.get(r.date_precision or "", 3),
        "disorder_type": disorder_type(r.event_type, r.sub_event_type),
        "event_type": EVENT_TYPE_LABELS[r.event_type],
        "sub_event_type": SUB_EVENT_LABELS.get(r.sub_event_type or "", ""),
        "actor1": r.actor1 or "",
        "assoc_actor_1": "",
        "inter1": "" if inter1 is None else inter1,
        "actor2": r.actor2 or "",
        "assoc_actor_2": "",
        "inter2": "" if inter2 is None else inter2,
        "interaction": "" if interaction(inter1, inter2) is None else interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": iso_numeric(r.country) or "",
        "region": acled_region(r.country) or "",
        "country": country_name(r.country) or (r.country or ""),
        "admin1": r.admin1 or "",
        "admin2": "",
        "admin3": "",
        "location": r.place or "",
        "latitude": "" if r.lat is None else round(r.lat, 4),
        "longitude": "" if r.lon is None else round(r.lon, 4),
        "geo_precision": r.geo_precision or "",
        "source": "; ".join(r.outlets or r.sources),
        "source_scale": "",
        "notes": _notes(r),
        # ACLED codes the most conservative figure, and 0 when none is reported.
        "fatalities": r.fatalities_min or 0,
        "tags": _tags(r),
        "timestamp": _timestamp(r.updated_at),
    }


def write_acled_csv(records: Iterable[ExportRecord], out: IO[str]) -> int:
    """Write ACLED-style CSV rows; return how many."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow(acled_row(record))
        n += 1
    return n

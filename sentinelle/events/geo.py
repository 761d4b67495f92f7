"""Are two place mentions the same place? (used to split sentences into incidents and to merge mentions)."""

from __future__ import annotations

import math

from sentinelle.model import Location, PlaceMention

SAME_PLACE_KM = 10.0
TWIN_ENTRIES_KM = 5.0  # two gazetteer towns this close, named apart, may be one town (a camp or a district and its town)
"""Two mentions this close are the same place (a site and its town, two spellings of a village)."""
SEAT_SAME_POINT_KM = 1.0  # a division's point this close to a place is that place (the division's seat)


def _km(a: Location, b: Location) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def norm_name(s: str | None) -> str:
    return (s or "").lower().replace("-", " ").strip()


def _one_letter_apart(a: str, b: str) -> bool:
    """The two names are equal, or one letter added, dropped or changed makes one the other."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def covered(area: PlaceMention, place: PlaceMention) -> bool:
    """A place lies in a part of a country ("le nord du pays") when its province is one the area covers."""
    return not area.covers or place.location.admin1 in area.covers


def same_place(a: PlaceMention, b: PlaceMention) -> bool:
    """Same place, or one contains the other (a province and a town in it, a country and anything in it)."""
    la, lb = a.location, b.location
    if la.geonameid and la.geonameid == lb.geonameid or la.site_id and la.site_id == lb.site_id:
        return True
    if a.kind == b.kind == "located":
        # two villages the gazetteer lacks, located from the same town, are two places
        return norm_name(a.text) == norm_name(b.text)
    for x, y in ((a, b), (b, a)):
        # a village located near a town is not the town itself ("à Y" after "le village de X, près de Y"),
        # only the broader "près de Y" or "dans la région de Y" may be a recap of it
        if x.kind == "located" and y.kind in ("city", "site") and (y.location.precision or 1) == 1 \
                and norm_name(x.text) != norm_name(y.text):
            return False
        # a village placed only in its province for want of a point is not any town named elsewhere in that province
        # ("le village de X" at the province's centroid is not the fighting "près de Y" the next paragraph tells):
        # the province holds both, the words name two places
        # (a name one letter away is the town misspelt, "Djbo" for "Djibo", not another village)
        if x.kind == "located" and (x.location.precision or 1) >= 3 and y.kind in ("city", "site", "located") \
                and (y.location.precision or 1) <= 2 and not _one_letter_apart(norm_name(x.text), norm_name(y.text)):
            return False
    if norm_name(la.place or a.text) == norm_name(lb.place or b.text):
        return True
    # two places named apart in two countries are two places, however close across the border ("des
    # positions près de Metoula" in Israel is not the Lebanese village 3 km away shelled the same day)
    if la.country and lb.country and la.country != lb.country:
        return False
    km = _km(la, lb)
    # two towns named apart are two places even when close ("Khiam et Kfar Kila", 6 km); only two entries
    # of one town (a camp and its town, a few km apart at most) are one
    # (nor is the outskirts of a town, "les abords de Y", "près de Y", the town X named apart 8 km away)
    if a.kind == b.kind == "city" and (la.precision or 1) <= 2 and (lb.precision or 1) <= 2 \
            and km is not None and km > TWIN_ENTRIES_KM:
        return False
    # a division's point is its seat, which may lie a few km from a town across the division's border (Bimbo, the
    # seat of Ombella-M'Poko, and Bangui): a division and a place of another division are two places, however
    # close their points (only the seat itself, at the very point, is the division's)
    if {a.kind, b.kind} & {"admin1", "admin2"} and la.admin1 and lb.admin1 and la.admin1 != lb.admin1 \
            and km is not None and km > SEAT_SAME_POINT_KM:
        return False
    if km is not None and km <= SAME_PLACE_KM:
        return True
    if la.country and lb.country and la.country != lb.country:
        return False
    for big, small in ((a, b), (b, a)):
        # (a curated region, "le Darfour", holds every division it spans, not only the one it is placed in)
        if (big.kind == "area" or (big.kind == "region" and big.covers)) \
                and small.kind not in ("country", "area", "region"):
            if big.location.country == small.location.country and covered(big, small):
                return True
            continue
        if big.kind == "country" and big.location.country == small.location.country:
            return True
        if (big.location.precision or 1) >= 3 and big.location.admin1 and big.location.admin1 == small.location.admin1:
            return True
    return False

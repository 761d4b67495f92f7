"""Descriptive areas: parts of a country, border areas, and unknown places located by an apposition.

Three rules, applied after the gazetteer mentions are resolved (kind ``region``):

* **part of a country**: "le nord-ouest israélien", "le sud-est du Liban",
  "l'est de la Syrie" -> the country's first-level division lying furthest in
  that direction from the centre of its divisions (the mean of their
  centroids); "le centre du Mali" -> the division nearest that centre.
  Precision 3, the division's centroid.
* **border area**: "près de la frontière avec le Koweït", "la route en provenance
  du Koweït", in an article about another country M -> the division of M whose
  town is nearest to a town of the named country. Precision 3, centroid.
* **unknown place located by an apposition**: a name the gazetteer does not
  know, introduced as a place ("la région d'al-Thaïr", "le village de X") and
  followed by "dans le district de Y" (or province, région ...) where Y is
  resolved -> Y's location, precision 2 (3 when Y is a division).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np

from sentinelle.model import Location, PlaceMention
from sentinelle.places.admin1 import km
from sentinelle.places.data import load_demonyms
from sentinelle.places.gazetteer import Entry, Gazetteer

# (north, east) components of each direction word.
DIRECTIONS: dict[str, tuple[int, int]] = {
    "nord": (1, 0), "sud": (-1, 0), "est": (0, 1), "ouest": (0, -1), "nord-est": (1, 1), "nord-ouest": (1, -1),
    "sud-est": (-1, 1), "sud-ouest": (-1, -1), "centre": (0, 0),
}
_DIR = r"(?P<dir>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest|centre)"
_ART = r"(?:\b(?:le|du|au)\s+|\bl['’]\s*)"
# "le nord-ouest israélien": direction and a nationality adjective.
_DIR_ADJ = re.compile(_ART + _DIR + r"\s+(?P<adj>[^\W\d_]+)\b", re.IGNORECASE)
# "le sud-est du Liban" / "l'est de la Syrie": direction right before a country mention.
_DIR_OF = re.compile(_ART + _DIR + r"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$", re.IGNORECASE)
# "près de la frontière avec le Koweït", "la route en provenance du Koweït".
_BORDER = re.compile(r"(?:(?:près|proche|non\s+loin)\s+(?:de\s+la|des|du|de)\s+)?(?:la\s+|les\s+)?"
                     r"(?:fronti[eè]res?\s+(?:avec|de|du)|route\s+(?:en\s+provenance\s+)?(?:de|du|d['’]|vers))"
                     r"\s*(?:le\s+|la\s+|l['’]\s*)?$", re.IGNORECASE)
# "..., dans le district de Tarmiyah": an apposition locating the name before it.
_LOCATED_IN = re.compile(r"^\s*,?\s*(?:dans|en)\s+(?:le|la|l['’])\s*(?:district|province|région|gouvernorat|territoire|"
                         r"département|préfecture|zone|secteur|commune|localité|ville)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
                         r"\s*$", re.IGNORECASE)

BORDER_TOWN_POPULATION = 5000
MAX_BORDER_KM = 300.0


def division_towards(gazetteer: Gazetteer, country: str, direction: str) -> Entry | None:
    """The country's division lying furthest in ``direction`` (nearest the centre for "centre")."""
    divisions = gazetteer.divisions(country)
    if not divisions:
        return None
    clat = sum(d.lat or 0.0 for d in divisions) / len(divisions)
    clon = sum(d.lon or 0.0 for d in divisions) / len(divisions)
    north, east = DIRECTIONS[direction]
    if (north, east) == (0, 0):
        return min(divisions, key=lambda d: (km(clat, clon, d.lat or 0.0, d.lon or 0.0), d.id))
    coslat = math.cos(math.radians(clat))
    return max(divisions, key=lambda d: (((d.lat or 0.0) - clat) * north + ((d.lon or 0.0) - clon) * coslat * east,
                                         -d.id))


@lru_cache(maxsize=256)
def _border_division(gazetteer: Gazetteer, country: str, neighbour: str) -> Entry | None:
    def towns(cc: str) -> list[Entry]:
        found = gazetteer.towns(cc, BORDER_TOWN_POPULATION)
        return found if len(found) >= 3 else gazetteer.towns(cc, 500)

    ours, theirs = towns(country), towns(neighbour)
    if not ours or not theirs:
        return None
    # the town of ours nearest any town of theirs; vectorised, since large neighbours hold thousands of towns
    nearest = _nearest_distances(ours, theirs)
    best_km, _, best = min(zip(nearest, (t.id for t in ours), ours, strict=True), key=lambda x: (x[0], x[1]))
    if best_km > MAX_BORDER_KM:
        return None
    admin1_id = best.admin1_id
    return next((d for d in gazetteer.divisions(country) if d.id == admin1_id), None)


def _nearest_distances(ours: list[Entry], theirs: list[Entry], chunk: int = 512) -> list[float]:
    """For each of ``ours``, the great-circle distance in km to the nearest of ``theirs``."""
    lat2 = np.radians(np.array([t.lat or 0.0 for t in theirs]))
    lon2 = np.radians(np.array([t.lon or 0.0 for t in theirs]))
    cos2 = np.cos(lat2)
    out: list[float] = []
    for i in range(0, len(ours), chunk):
        part = ours[i : i + chunk]
        lat1 = np.radians(np.array([t.lat or 0.0 for t in part]))[:, None]
        lon1 = np.radians(np.array([t.lon or 0.0 for t in part]))[:, None]
        a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * cos2 * np.sin((lon2 - lon1) / 2) ** 2
        d = 2 * 6371.0 * np.arcsin(np.minimum(1.0, np.sqrt(a)))
        out.extend(float(x) for x in d.min(axis=1))
    return out


def _region(start: int, end: int, text: str, division: Entry, precision: int = 3) -> PlaceMention:
    return PlaceMention(start=start, end=end, text=text[start:end], kind="region", location=Location(
        name=text[start:end], place=division.name, country=division.country, admin1=division.name,
        lat=division.lat, lon=division.lon, precision=precision))  # type: ignore[arg-type]


def _main_country(mentions: list[PlaceMention], exclude: str | None) -> str | None:
    counts = Counter(m.location.country for m in mentions if m.location.country and m.location.country != exclude)
    return counts.most_common(1)[0][0] if counts else None


def describe_areas(text: str, mentions: list[PlaceMention], gazetteer: Gazetteer, lang: str = "fr",
                   unknown: list[tuple[int, int, bool]] = ()) -> list[PlaceMention]:
    """``mentions`` with country mentions read as areas where the words say so, plus located unknown names.

    ``unknown`` lists (start, end, introduced_as_place) of candidate names left unresolved.
    """
    out: list[PlaceMention] = []
    for m in mentions:
        if m.kind == "country" and m.location.country:
            before = text[max(0, m.start - 60):m.start]
            d = _DIR_OF.search(before)
            if d:
                division = division_towards(gazetteer, m.location.country, d.group("dir").lower())
                if division is not None:
                    out.append(_region(m.start - len(before) + d.start("dir"), m.end, text, division))
                    continue
            b = _BORDER.search(before)
            main = _main_country(mentions, m.location.country) if b else None
            if b and main:
                division = _border_division(gazetteer, main, m.location.country)
                if division is not None:
                    out.append(_region(m.start - len(before) + b.start(), m.end, text, division))
                    continue
        out.append(m)

    # "le nord-ouest israélien": no country mention at all, a nationality adjective.
    demonyms = load_demonyms(lang)
    for d in _DIR_ADJ.finditer(text):
        country = demonyms.get(d.group("adj").lower())
        if country is None or any(m.start < d.end() and d.start("dir") < m.end for m in out):
            continue
        division = division_towards(gazetteer, country, d.group("dir").lower())
        if division is not None:
            out.append(_region(d.start("dir"), d.end(), text, division))

    for start, end, introduced in unknown:
        if not introduced or any(m.start < end and start < m.end for m in out):
            continue
        after = text[end:end + 60]
        y = next((m for m in out if end < m.start <= end + 60 and _LOCATED_IN.search(text[end:m.start])), None)
        if y is None or not after.strip():
            continue
        loc = y.location.model_copy(update={"name": text[start:end],
                                             "precision": 3 if y.kind in ("admin1", "country") else 2})
        out.append(PlaceMention(start=start, end=end, text=text[start:end], kind="region", location=loc,
                                score=y.score))
    return sorted(out, key=lambda m: (m.start, m.end))

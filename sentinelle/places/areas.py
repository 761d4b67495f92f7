"""Descriptive areas: parts of a country and border areas.

Two rules, applied after the gazetteer mentions are resolved (kind ``region``):

* **part of a country** (kind ``area``): "le nord-ouest israélien", "le sud-est
  du Liban", "l'est de la Syrie" -> precision 3, at the centre of the divisions
  on that side of the country. Its province (``admin1``) is never guessed: it is
  the division named by the direction itself where the country has one ("Nord",
  "Northern"), or the one province where the article's own places in that part
  of the country lie, else none.
* **border area**: "près de la frontière avec le Koweït", "la route en provenance
  du Koweït", in an article about another country M -> the division of M whose
  town is nearest to a town of the named country. Precision 3, centroid.

Names the gazetteer does not know are located by the words around them in
``sentinelle.places.located``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np

from sentinelle.model import Location, PlaceMention
from sentinelle.places.admin1 import km
from sentinelle.places.data import load_cues, load_demonyms
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
# "dans le nord du pays", "le centre du pays": a part of the country the article is about.
_DIR_OF_COUNTRY = re.compile(_ART + _DIR + r"\s+(?:du\s+pays|de\s+ce\s+pays|de\s+l['’]\s*ensemble\s+du\s+pays)\b",
                             re.IGNORECASE)
# "NIAMEY (AFP) –", "Bamako, 12 mars (Reuters) -", "Ouagadougou |": where the story was filed. A headline
# "Gao : trois morts ..." names where things happened, so a bare colon is no dateline.
_NAME = r"(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}?)"
_DATELINE = re.compile(
    r"^[ \t]*" + _NAME + r"[ \t]*(?:"
    # "NIAMEY (AFP) –", "Bamako, 12 mars (AFP) -", "BANGUI (Centrafrique), 13 mai 2025 (APA) –" (the country, the
    # date and the agency: the wire formats)
    r"(?:[ \t]*\([^)\n]{1,30}\))?(?:,[^\n(|–—]{1,30}?)?[ \t]*\([^)\n]{1,30}\)[ \t]*\.?[ \t]*[-–—:|]"
    r"|(?:[ \t]*\([^)\n]{1,30}\))?,[ \t]*(?:le[ \t]+)?(?:[^\W\d_]+[ \t]+)?\d{1,2}(?:er)?[ \t]+[^\W\d_]+"
    r"(?:[ \t]+\d{4})?[ \t]*[-–—:|]"
    # "Gao, 3 mai -", "TAËZ (Yémen), 22 juillet 2024 —", "Bamako, mardi 13 mai 2025 –"
    r"|\|"  # "Ouagadougou |"
    r"|(?<=[A-ZÀ-ÖØ-Þ])[ \t]*[-–—]"  # "NIAMEY -", "BOGOTÁ —"
    # "Bamako – Au moins neuf soldats ...", "Bamako - Des jihadistes ...": a spaced dash (or hyphen), a new sentence
    r"|[ \t]+[-–—][ \t]+(?=[A-ZÀ-ÖØ-Þ«\"]))",
    re.MULTILINE)

_AND_COUNTRY = re.compile(r"\s*(?:et|ou)\s+(?:(?:le|la|les)\s+|l['’]\s*)?", re.IGNORECASE)
BORDER_TOWN_POPULATION = 5000
SIDE_SHARE = 0.4  # a part of a country covers the divisions at least this far out, relative to the furthest
MAX_BORDER_KM = 300.0


def _centre(divisions: list[Entry]) -> tuple[float, float]:
    """The mean point of some divisions (a country's centre, or the centre of the part the words name).

    From the divisions' centres, not their points (their seats): a capital may lie at one end of its province
    (Goma at North Kivu's southern tip), and the sides of a country are measured across the provinces' middles.
    """
    centres = [d.centre for d in divisions]
    return (sum(c[0] for c in centres) / len(centres), sum(c[1] for c in centres) / len(centres))


@lru_cache(maxsize=256)
def _border_division(gazetteer: Gazetteer, country: str,
                     neighbours: tuple[str, ...]) -> tuple[Entry, tuple[float, float]] | None:
    """The division of ``country`` along its border with ``neighbours``, and a point of that border: the middle
    of its town nearest them all and their towns nearest that one (with two neighbours, about where the three
    countries meet: "non loin des frontières avec l'Ouganda et la RDC")."""
    def towns(cc: str) -> list[Entry]:
        found = gazetteer.towns(cc, BORDER_TOWN_POPULATION)
        return found if len(found) >= 3 else gazetteer.towns(cc, 500)

    ours, theirs = towns(country), [towns(n) for n in neighbours]
    if not ours or not all(theirs):
        return None
    # the town of ours nearest any town of theirs (of every neighbour named: "les frontières avec l'Ouganda et
    # la RDC" is where both are near); vectorised, since large neighbours hold thousands of towns
    per_neighbour = [_nearest_distances(ours, t) for t in theirs]
    nearest = [max(ds) for ds in zip(*per_neighbour, strict=True)]
    best_km, _, best = min(zip(nearest, (t.id for t in ours), ours, strict=True), key=lambda x: (x[0], x[1]))
    if best_km > MAX_BORDER_KM:
        return None
    admin1_id = best.admin1_id
    division = next((d for d in gazetteer.divisions(country) if d.id == admin1_id), None)
    if division is None or best.lat is None or best.lon is None:
        return None
    across = [min(t, key=lambda x: km(best.lat, best.lon, x.lat or 0.0, x.lon or 0.0)) for t in theirs]
    points = [(best.lat, best.lon), *((x.lat or 0.0, x.lon or 0.0) for x in across)]
    return division, (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))


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


def _region(start: int, end: int, text: str, division: Entry, precision: int = 3,
            point: tuple[float, float] | None = None) -> PlaceMention:
    """A part of a division (precision 3), at the division's centre or at ``point`` (a border area is where the
    border is, not in the middle of a province)."""
    lat, lon = point if point is not None else (division.lat, division.lon)
    return PlaceMention(start=start, end=end, text=text[start:end], kind="region", location=Location(
        name=text[start:end], place=division.name, country=division.country, admin1=division.name,
        lat=lat, lon=lon, precision=precision))  # type: ignore[arg-type]


def _in_direction(divisions: list[Entry], direction: str) -> list[Entry]:
    """The divisions lying on the ``direction`` side of the centre of a country's divisions."""
    clat, clon = _centre(divisions)
    north, east = DIRECTIONS[direction]
    coslat = math.cos(math.radians(clat))
    reach = {d.id: (d.centre[0] - clat) * north + (d.centre[1] - clon) * coslat * east for d in divisions}
    furthest = max(reach.values(), default=0.0)
    # the outer part of that side: "l'ouest de l'Irak" is not every province west of the middle
    return [d for d in divisions if reach[d.id] > 0 and reach[d.id] >= SIDE_SHARE * furthest]


def _in_centre(divisions: list[Entry]) -> list[Entry]:
    """The divisions of the inner part of a country: "le centre de l'Afghanistan" is several provinces."""
    clat, clon = _centre(divisions)
    away = {d.id: km(clat, clon, *d.centre) for d in divisions}
    furthest = max(away.values(), default=0.0)
    nearest = min(divisions, key=lambda d: (away[d.id], d.id))
    return [d for d in divisions if away[d.id] <= SIDE_SHARE * furthest] or [nearest]


def _named_after(divisions: list[Entry], direction: str, lang: str) -> Entry | None:
    """The one division named by the direction itself ("Nord", "North", "Northern"), if the country has one."""
    words = {w.lower() for w in load_cues(lang).direction_names.get(direction, [])}
    if not words:
        return None
    exact = [d for d in divisions if d.name.lower() in words]
    if len(exact) == 1:
        return exact[0]
    containing = [d for d in divisions if words & set(d.name.lower().replace("-", " ").split())]
    return containing[0] if len(containing) == 1 else None


def _area(start: int, end: int, text: str, gazetteer: Gazetteer, country: str, direction: str) -> PlaceMention | None:
    """A part of a country ("le nord du Burkina Faso") at precision 3, at the centre of the divisions on that side.

    Its province is not guessed: ``admin1`` is set later only where the text supports one
    (:func:`_supported_admin1`).
    """
    divisions = gazetteer.divisions(country)
    if not divisions:
        return None
    if direction == "centre":
        side = _in_centre(divisions)
    else:
        side = _in_direction(divisions, direction) or divisions
    lat, lon = _centre(side)
    return PlaceMention(start=start, end=end, text=text[start:end], kind="area", location=Location(
        name=text[start:end], place=text[start:end], country=country, lat=lat, lon=lon, precision=3),
        covers=sorted(d.name for d in side))


def _region_side(region: PlaceMention, gazetteer: Gazetteer, direction: str, start: int,
                 text: str) -> PlaceMention | None:
    """A side of a curated region ("le nord du Sinaï"): the divisions it covers on that side, at their centre.

    With one division there (North Sinai) the mention takes that division and its point (its seat: the words name the
    division); with several, the centre of their centres, and the region's main division only if it is one of them.
    """
    covered = [d for d in gazetteer.divisions(region.location.country or "") if d.name in region.covers]
    if len(covered) < 2:
        return None
    side = _in_centre(covered) if direction == "centre" else _in_direction(covered, direction)
    if not side:
        return None
    # (one division on that side is that division, named by the words: at its point, its seat; several, their centre)
    lat, lon = (side[0].lat or 0.0, side[0].lon or 0.0) if len(side) == 1 else _centre(side)
    names = sorted(d.name for d in side)
    admin1 = side[0].name if len(side) == 1 else (region.location.admin1 if region.location.admin1 in names else None)
    return region.model_copy(update={"start": start, "text": text[start:region.end], "covers": names,
                                     "location": region.location.model_copy(update={
                                         "name": text[start:region.end], "admin1": admin1, "lat": lat, "lon": lon})})


def _supported_admin1(area: PlaceMention, mentions: list[PlaceMention], gazetteer: Gazetteer,
                      lang: str) -> PlaceMention:
    """The area's province, where the text supports one.

    The article's own places in that part of the country, when they all lie in one province;
    else the division named after the direction itself ("Nord", "Northern"), if the country has one.
    """
    country = area.location.country
    divisions = gazetteer.divisions(country or "")
    direction = _direction_of(area.text)
    if not divisions or direction is None:
        return area
    side = set(area.covers)
    admins = {m.location.admin1 for m in mentions
              if m.location.country == country and m.kind in ("city", "site", "admin1", "admin2", "located")
              and m.location.admin1 in side}
    division = None
    if len(admins) == 1:
        admin1 = admins.pop()
        division = next((d for d in divisions if d.name == admin1), None)
    if division is None and not admins:
        # "le nord-ouest israélien": the division named after the direction, else after its first part
        division = _named_after(divisions, direction, lang) or (
            _named_after(divisions, direction.split("-")[0], lang) if "-" in direction else None)
    if division is None:
        return area
    covers = sorted({*area.covers, division.name})
    return area.model_copy(update={"covers": covers, "location": area.location.model_copy(
        update={"admin1": division.name, "lat": division.lat, "lon": division.lon})})


# "Bamako, le 11 janvier 2023" or "Fait à Goma, le 3 mai 2024" on a line of its own: where a communiqué
# was signed, anywhere in the text (communiqués end with it).
_SIGNATURE = re.compile(
    r"^[ \t]*(?:Fait[ \t]+à[ \t]+)?" + _NAME
    + r",[ \t]*(?:le[ \t]+)?\d{1,2}(?:er)?[ \t]+[^\W\d_]+[ \t]+\d{4}[ \t]*\.?[ \t]*$",
    re.MULTILINE | re.IGNORECASE)


def _mark_dateline(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The town of a dateline opening the article, or of a communiqué's signature line, is where it was
    filed or signed: kind ``dateline``.

    It still tells the article's country, but locates no event unless the text names it again.
    """
    head = _DATELINE.search(text[:400])  # the first lines: a title may come before the dateline
    lines = ([head] if head else []) + list(_SIGNATURE.finditer(text))
    if not lines:
        return mentions
    out = []
    for m in mentions:
        if m.kind not in ("city", "admin1"):
            out.append(m)
        elif any(m.start == h.start("name") and m.end <= h.end("name") + 1 for h in lines):
            out.append(m.model_copy(update={"kind": "dateline"}))
        elif any(h.end("name") < m.start and m.end <= h.end() for h in lines):
            # a name in the dateline's parentheses: a province tells where the story was filed ("GOMA (Nord-Kivu)
            # -"), a town is the agency read as a place ("MAPUTO (Lusa) -")
            if m.kind == "admin1":
                out.append(m.model_copy(update={"kind": "dateline"}))
        else:
            out.append(m)
    return out


def _direction_of(text: str) -> str | None:
    found = re.search(_DIR, text, re.IGNORECASE)
    return found.group("dir").lower() if found else None


def _main_country(mentions: list[PlaceMention], exclude: str | None) -> str | None:
    counts = Counter(m.location.country for m in mentions if m.location.country and m.location.country != exclude)
    return counts.most_common(1)[0][0] if counts else None


def _paragraph_country(text: str, at: int, mentions: list[PlaceMention]) -> str | None:
    """The country of the nearest town, site or division written before ``at`` in its paragraph (its line and the
    heading line right above it), else the paragraph's most named country."""
    start = text.rfind("\n", 0, at)
    start = text.rfind("\n", 0, start) if start > 0 else -1  # (the item's heading, when the body follows it)
    before = [m for m in mentions if start < m.start and m.end <= at and m.location.country]
    towns = [m for m in before if m.kind in ("city", "site", "admin1", "admin2")]
    if towns:
        return max(towns, key=lambda m: m.start).location.country
    return _main_country(before, None)


@lru_cache(maxsize=4)
def _dir_of_division(lang: str) -> re.Pattern[str]:
    """ "le nord de la région de ", "l'est de la province du ", "le sud du ": a side of the division named next."""
    nouns = "|".join(re.escape(n) for n in sorted(load_cues(lang).admin_context, key=len, reverse=True))
    of = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    return re.compile(_ART + _DIR + rf"\s+{of}\s*(?:(?:{nouns})\s+{of}?\s*)?$", re.IGNORECASE)


def _division_side(m: PlaceMention, text: str, gazetteer: Gazetteer, lang: str) -> PlaceMention:
    """ "dans le nord de la région de X": a side of the division, at its centre rather than at its seat.

    The seat (a division's point, where ACLED codes an event told by the division alone) may lie at the far end
    of it (Goma at North Kivu's southern tip); the words say only which side, and the centre is the nearest point
    of the division the data knows to every side.
    """
    if not _dir_of_division(lang).search(text[max(0, m.start - 80):m.start]):
        return m
    country = m.location.country or ""
    return _at_centre(m, gazetteer.divisions(country) if m.kind == "admin1" else gazetteer.second_level(country))


def _at_centre(m: PlaceMention, divisions: list[Entry]) -> PlaceMention:
    """``m`` at the centre of the division of ``divisions`` its place names (as it was when none has a centre)."""
    division = next((d for d in divisions if d.name == m.location.place and d.centre_lat is not None), None)
    if division is None:
        return m
    lat, lon = division.centre
    return m.model_copy(update={"location": m.location.model_copy(update={"lat": lat, "lon": lon})})


def villages_at_division_centre(located: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """A name the gazetteer lacks, placed only by its division ("le village de X, dans la province de Y"; the
    article's one province), at the division's centre rather than at its seat.

    The seat is where ACLED codes an event told by the division alone; a village named apart from it lies elsewhere
    in the division, and the words do not say where: the seat or the centre put about as many such villages within
    30 km (the index's small towns, each left out in turn: 31 % and 29 %), so the point they had before the seats
    were known is kept.
    """
    out = []
    for m in located:
        loc = m.location
        if m.kind == "located" and loc.precision == 3 and loc.place and loc.country:
            m = _at_centre(m, [*gazetteer.divisions(loc.country), *gazetteer.second_level(loc.country)])
        out.append(m)
    return out


def describe_areas(text: str, mentions: list[PlaceMention], gazetteer: Gazetteer, lang: str = "fr") -> list[PlaceMention]:
    """``mentions`` with country mentions read as areas where the words say so, and a division's side ("le nord de
    la province de X") at the division's centre."""
    out: list[PlaceMention] = []
    skip: set[int] = set()
    for m in mentions:
        if id(m) in skip:
            continue
        if m.kind in ("admin1", "admin2"):
            out.append(_division_side(m, text, gazetteer, lang))
            continue
        if m.kind == "region" and len(m.covers) > 1:
            # "le nord du Sinaï", "le sud du Kivu": the side of a curated region is the divisions it covers there
            d = _DIR_OF.search(text[max(0, m.start - 60):m.start])
            side = _region_side(m, gazetteer, d.group("dir").lower(), m.start - 60 + d.start("dir") if m.start >= 60
                                else d.start("dir"), text) if d else None
            if side is not None:
                out.append(side)
                continue
        if m.kind == "country" and m.location.country:
            before = text[max(0, m.start - 60):m.start]
            d = _DIR_OF.search(before)
            if d:
                area = _area(m.start - len(before) + d.start("dir"), m.end, text, gazetteer, m.location.country,
                             d.group("dir").lower())
                if area is not None:
                    out.append(area)
                    continue
            b = _BORDER.search(before)
            main = _main_country(mentions, m.location.country) if b else None
            if b and main:
                # "avec l'Ouganda et la République démocratique du Congo": both neighbours
                also = next((n for n in mentions if n.kind == "country" and n.start > m.end
                             and n.location.country not in (None, main, m.location.country)
                             and _AND_COUNTRY.fullmatch(text[m.end:n.start])), None)
                neighbours = (m.location.country, *((also.location.country,) if also else ()))
                border = _border_division(gazetteer, main, neighbours)  # type: ignore[arg-type]
                if border is not None:
                    division, point = border
                    out.append(_region(m.start - len(before) + b.start(), (also or m).end, text, division,
                                       point=point))
                    skip.add(id(also))
                    continue
        if id(m) in skip:
            continue
        out.append(m)

    # "le nord-ouest israélien": no country mention at all, a nationality adjective.
    demonyms = load_demonyms(lang)
    for d in _DIR_ADJ.finditer(text):
        country = demonyms.get(d.group("adj").lower())
        if country is None or any(m.start < d.end() and d.start("dir") < m.end for m in out):
            continue
        area = _area(d.start("dir"), d.end(), text, gazetteer, country, d.group("dir").lower())
        if area is not None:
            out.append(area)

    # "dans le nord du pays": the country of the paragraph's places before the words (a newsletter's item about
    # another country than most of its items: "IRAN – ... au-dessus de X, dans le nord-ouest du pays"), else the
    # article's country, the one its other places are in
    article_home = _main_country(out, None)
    for d in _DIR_OF_COUNTRY.finditer(text) if article_home else ():
        if any(m.start < d.end() and d.start("dir") < m.end for m in out):
            continue
        home = _paragraph_country(text, d.start("dir"), out) or article_home
        area = _area(d.start("dir"), d.end(), text, gazetteer, home, d.group("dir").lower())  # type: ignore[arg-type]
        if area is not None:
            out.append(area)

    out = [_supported_admin1(m, out, gazetteer, lang) if m.kind == "area" else m for m in out]
    out = _mark_dateline(text, out)
    return sorted(out, key=lambda m: (m.start, m.end))

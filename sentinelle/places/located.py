"""Places the gazetteer lacks, located from the words that describe them, as ACLED coders do.

Conflict reporting names villages, hamlets and camps that no gazetteer holds, but
it nearly always says where they are: "le village de X, dans la commune de Y",
"X, à 30 km de Y", "X (Y)", "X, une localité du nord de Y", "à X, dans la région
de Y", or a whole list ("les villages de A, B et C dans la campagne de Y"). Such a
name becomes a place mention located at Y: precision 2 when Y is a town or a site
(the name is near it), 3 when Y is a division or a country (only the area is
known); the name as written stays the mention's text and ``location.name``.

A name counts as a place when a place cue introduces it ("le village de X"), when
it follows a locative word ("à X") and a locator follows it, or when it is listed
with such a name ("les villages de A, B et C"). The locator phrases are data:
``locators`` in ``lang/<iso>/places_cues.yaml``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from sentinelle.model import Location, PlaceMention
from sentinelle.places.admin1 import km
from sentinelle.places.areas import DIRECTIONS
from sentinelle.places.cues import cue_table, preceding_words
from sentinelle.places.data import load_cues

_AFTER_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]*[ \t]+$")  # a capitalised word right before a name
_ARTICLE_WORD = r"(?:(?:al|el|en|an|ad|ed|as|es|ar|er|at|et|ach|ech)[\s-]+)"  # "En Nahud", "Al-Obeid"
_ONE_ADJECTIVE = r"(?:\s+[^\W\d_]+)??"  # "district montagneux", "localité reculée": one word may qualify a noun
LOCATOR_REACH = 120  # characters between the end of a name (or list) and the place that locates it
_LIST_REACH = 60  # characters of list glue between two names of one enumeration


@dataclass(frozen=True)
class Unknown:
    """A capitalised name the gazetteer does not know, and how the words before it introduce it."""

    start: int
    end: int
    introduced: bool  # a place cue right before it ("le village de", "la localité de")
    locative: bool = False  # a locative word right before it ("à", "près de")


@dataclass(frozen=True)
class Locators:
    """Compiled locator phrases: the words between an unknown name and the place that locates it."""

    between: re.Pattern[str]  # the whole text between the name and the locating place
    apposition: re.Pattern[str]  # ", une localité ...": the words after a name that say it is a place
    list_glue: re.Pattern[str]  # the words between two names of one enumeration
    at: re.Pattern[str]  # "le district de X à Y": a bare preposition after a name a cue introduces
    introducer: re.Pattern[str]  # "le village de", "le sous-district d'": the words that introduce a place name
    in_area: re.Pattern[str]  # ", préfecture de", ", dans le district de": an apposition that puts a name in an area
    list_opener: re.Pattern[str]  # "les villages de", "les environs de": the words that open a list of places
    on_road: re.Pattern[str]  # ", une localité située sur la route reliant": an apposition placing a name on a road


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def locators(lang: str = "fr") -> Locators:
    """The locator patterns of ``lang``, built from its cue data."""
    data = load_cues(lang).locators
    of = rf"(?:{alternation(data['of'])})"
    art = rf"(?:(?:{alternation(data['articles'])})\s*)?"
    area = rf"(?:{alternation(data['areas'])})"
    direction = rf"(?:{alternation(data['directions'])})"
    near = rf"(?:{alternation(data['near'])})"
    into = rf"(?:{alternation(data['in'])})"
    distance = rf"(?:{alternation(data['distance'])})"
    quantity = rf"(?:(?:{alternation(data['quantity'])}|\d+(?:[.,]\d+)?)\s*)+"
    settlement = rf"(?:{alternation(data['settlements'])})"
    participle = rf"(?:(?:{alternation(data['participles'])})\s+)?"
    toward = rf"(?:{alternation(data['toward'])})\s*{direction}\s+{of}"  # "au nord de", "à l'est du"
    # "... de la province de": the area named before the locating place
    tail = rf"(?:\s*{art}{area}\s+{of})?"
    forms = [
        # ", dans la commune de", "dans la province du", ", situé dans le cercle de"
        rf"{participle}{into}\s+{art}{area}(?:\s+{of}\s*{art}{area})?\s+{of}",
        # ", dans le" + a part of the country ("X, dans le nord-ouest du pays")
        rf"{into}\s+{art}",
        # ", à 30 km de", ", à une dizaine de kilomètres au sud-est de"
        rf"{participle}(?:à|a)\s+{quantity}{distance}\s+(?:{toward}|{of})",
        # ", au nord de", ", à l'ouest du"
        rf"{participle}{toward}",
        # ", près de", ", non loin de"
        rf"{participle}{near}\s+{of}",
        # ", une localité du nord de", ", village de la commune de", ", localité de la région de",
        # ", une localité rebelle à 40 km au nord-ouest de" (one adjective may qualify the settlement),
        # ", un hameau à l'est de", ", un village proche de"
        rf"{art}{settlement}(?:\s+[^\W\d_]+)??\s+(?:{participle}{into}\s+{art}{area}\s+{of}"
        rf"|(?:{of}\s*{art})?{direction}\s+{of}|{of}\s*{art}{area}\s+{of}|{of}"
        rf"|{participle}(?:à|a)\s+{quantity}{distance}\s+(?:{toward}|{of})|{participle}{toward}|{participle}{near}\s+{of})",
        # " de la commune de", " du cercle de": the name's own area
        rf"{of}\s*{art}{area}\s+{of}",
        # ", province de", ", territoire de" (an apposition without a preposition; one adjective may qualify the
        # area: ", district montagneux du", ", sous-préfecture frontalière de")
        rf"{art}{area}{_ONE_ADJECTIVE}\s+{of}",
    ]
    located = "|".join(f"(?:{f}){tail}" for f in forms)
    # an apposition needs its locating words; only a parenthesis may hold the place alone ("X (Y)")
    # ", au Mali", ", en Haïti": only after a comma ("al-Qaïda au Maghreb" locates nothing)
    country = r",\s*(?:au|aux)\s*"
    between = rf"^\s*(?:(?:,\s*|\s+)(?:{located})|{country}|\(\s*(?:{located})?)\s*$"
    conj = alternation(data["and"])
    heads = rf"{art}(?:{alternation(data['list_heads'])})\s+{of}\s*"
    glue = rf"^\s*(?:,\s*(?:(?:{conj})\s+)?|(?:{conj})\s+)(?:{heads}|{of}\s*)?$"
    apposition = rf"^\s*,\s*{art}{settlement}\b"
    at = rf"^\s+(?:{alternation(data.get('at', []))})\s*$" if data.get("at") else r"(?!)"
    cues = load_cues(lang)
    road = rf"{art}(?:{alternation(cues.road_nouns)})\s+(?:{alternation(data.get('road_links', []))})\s*" \
        if cues.road_nouns and data.get("road_links") else r"(?!)"
    # (the town may keep an Arabic article the gazetteer leaves out: "reliant En Nahud à El Obeid")
    on_road = rf"^\s*,\s*{art}{settlement}(?:\s+[^\W\d_]+)??\s+{participle}(?:sur|le\s+long\s+de)\s+{road}" \
        rf"{_ARTICLE_WORD}?$"
    return Locators(re.compile(between, re.IGNORECASE), re.compile(apposition, re.IGNORECASE),
                    re.compile(glue, re.IGNORECASE), re.compile(at, re.IGNORECASE),
                    re.compile(rf"\b(?:{area}|{settlement})\s+{of}\s*$", re.IGNORECASE),
                    re.compile(rf"^\s*,\s*(?:{participle}{into}\s+)?{art}{area}{_ONE_ADJECTIVE}\s+{of}", re.IGNORECASE),
                    re.compile(rf"\b(?:{alternation(data['list_heads'])})\s+{of}\s*$", re.IGNORECASE),
                    re.compile(on_road, re.IGNORECASE))


def _enumeration(text: str, first: Unknown, unknown: list[Unknown], known: list[PlaceMention],
                 table: Locators) -> list[Unknown]:
    """``first`` and the unknown names listed after it ("A, B et les environs de C")."""
    members = [first]
    for u in unknown:
        last = members[-1]
        if u.start <= last.end:
            continue
        if u.start - last.end > _LIST_REACH or any(last.end <= k.start < u.start for k in known):
            break
        if not table.list_glue.match(text[last.end:u.start]):
            break
        members.append(u)
    return members


def _listed_with_a_town(text: str, u: Unknown, known: list[PlaceMention], table: Locators) -> bool:
    """ "notamment X, Kfarkela, Khiam et les abords de Naqoura": a name in one enumeration with a known town."""
    for k in known:
        if k.kind != "city":
            continue
        if 0 <= k.start - u.end <= _LIST_REACH and table.list_glue.match(text[u.end:k.start]):
            return True
        if 0 <= u.start - k.end <= _LIST_REACH and table.list_glue.match(text[k.end:u.start]):
            return True
    return False


def _locating(text: str, end: int, known: list[PlaceMention], table: Locators,
              introduced: bool = False) -> PlaceMention | None:
    """The resolved place that the words right after ``end`` say the name lies in or near.

    A name a cue introduces as a place may be located by a bare preposition ("le sous-district de X à Y",
    "le village de X en Y"): the cue already says X is a place, so "à Y" says where it is.
    """
    for k in known:
        if k.start < end or k.start - end > LOCATOR_REACH:
            continue
        between = text[end:k.start]
        if "\n" in between:
            return None
        if introduced and k.kind in ("city", "admin1", "admin2", "region") and table.at.match(between):
            return k
        if not table.between.match(between):
            return None
        # "X (Y)": the parenthesis closes right after Y
        if "(" in between and not text[k.end:k.end + 3].lstrip().startswith(")"):
            return None
        return k
    return None


def locate_unknown(text: str, known: list[PlaceMention], unknown: list[Unknown],
                   lang: str = "fr") -> list[PlaceMention]:
    """Mentions for the unknown names that a locator phrase places near or in a resolved place."""
    table = locators(lang)
    known = sorted(known, key=lambda m: m.start)
    unknown = sorted(unknown, key=lambda u: u.start)
    out: list[PlaceMention] = _on_roads(text, known, unknown, table)
    done: set[int] = {m.start for m in out}
    # "le village de X, dans le département de Y, dans la région de Z" with Y unknown too: Y is located at Z first,
    # then X at Y (a name located is a locator for the names before it; a chain is as long as the article's names)
    while True:
        added = _by_locators(text, known + [p for p in out if p.kind == "located"], unknown, done, table, lang)
        if not added:
            break
        out += added
    # "les villages de A, B et C, ainsi que X et Y": names a cue calls places but no locator places lie near
    # the known towns the same sentence lists with them (one raid, one area)
    for u in unknown:
        if u.start in done or not (u.introduced or _listed_with_a_town(text, u, known, table)):
            continue
        members = _enumeration(text, u, unknown, known, table)
        centre = _neighbourhood(text, u.start, known) or _lone_list_town(text, u, known, unknown, table)
        if centre is None:
            continue
        for m in members:
            done.add(m.start)
            name = text[m.start:m.end]
            # (the point is no town's: the place is the name as written)
            loc = centre.location.model_copy(update={"name": name, "place": name, "precision": 2, "geonameid": None,
                                                     "site_id": None, **centre.where})
            out.append(PlaceMention(start=m.start, end=m.end, text=name, kind="located", location=loc,
                                    score=centre.score))
    # a town the words place elsewhere is a homonym: "le village de X, dans le nord de la région de Y" is the
    # X of Y, not the X of another province (the gazetteer's X stays a place only where it fits)
    # (and "le village de X, dans la région de Y" with Y in another country than the gazetteer's X is the X near Y)
    for x in [k for k in known if k.kind == "city" and k.start not in done]:
        introduced = bool(table.introducer.search(text, max(0, x.start - 40), x.start))
        y = _locating(text, x.end, known, table, introduced=introduced)
        if y is None:
            continue
        # (only where the article places other names in Y's country: the locator itself may be a homonym;
        # a province of another country right after a name introduced as a place is evidence enough:
        # "le sous-district de X à Y")
        # (or the gazetteer's X goes by another name there: "à Mambasa, en Ituri" is not Mombasa, Kenya)
        other_name = bool(x.location.place) and _fold(x.location.place or "") != _fold(x.text)
        if y.location.country != x.location.country and y.kind != "country" and (any(
                k is not y and k is not x and k.location.country == y.location.country for k in known)
                or (introduced and y.kind in ("admin1", "admin2") and table.at.match(text[x.end:y.start]))
                or (other_name and y.kind in ("admin1", "admin2"))):
            where = _placed_by(text[x.end:y.start], y, lang)
        elif y.kind in ("admin1", "admin2", "area") and y.location.country == x.location.country \
                and y.location.admin1 and y.location.admin1 != x.location.admin1:
            where = {"precision": 3, "geonameid": None, "site_id": None}
        elif y.kind in ("city", "site") and y.location.country == x.location.country \
                and _far_apart(x, y, _placed_by(text[x.end:y.start], y, lang)):
            # "Kasongué, dans le territoire de Fizi" is no town of that spelling 300 km away: a village near Fizi
            # (and "le campement de X, à 40 km au nord-est de Y", no town of that name 500 km away)
            where = _placed_by(text[x.end:y.start], y, lang)
        else:
            continue
        done.add(x.start)
        loc = y.location.model_copy(update={"name": x.text, **where})
        out.append(PlaceMention(start=x.start, end=x.end, text=x.text, kind="located", location=loc, score=y.score))
    # a name once located is the same place wherever the article names it again ("le village de X" later on)
    by_name = {_fold(p.text): p for p in out}
    again = [(u.start, u.end) for u in unknown] + [(k.start, k.end) for k in known if k.kind == "city"]
    for start, end in again:
        first = by_name.get(_fold(text[start:end]))
        if first is not None and start not in done:
            done.add(start)
            out.append(first.model_copy(update={"start": start, "end": end, "text": text[start:end]}))
    return out


_ROAD_GLUE = re.compile(rf"^\s*(?:à|a|et|-|–)\s*{_ARTICLE_WORD}?$", re.IGNORECASE)


def _on_roads(text: str, known: list[PlaceMention], unknown: list[Unknown], table: Locators) -> list[PlaceMention]:
    """ "X, une localité située sur la route reliant A à B": X somewhere between the two towns, near the middle of
    the road (precision 2), not at A; near A when B is not known."""
    out = []
    towns = [k for k in known if k.kind == "city" and k.location.lat is not None and k.location.lon is not None]
    for u in unknown:
        a = next((k for k in towns if 0 <= k.start - u.end <= LOCATOR_REACH
                  and table.on_road.match(text[u.end:k.start])), None)
        if a is None:
            continue
        b = next((k for k in towns if 0 <= k.start - a.end <= 6 and _ROAD_GLUE.match(text[a.end:k.start])), None)
        where: dict = {"precision": 2, "geonameid": None, "site_id": None}
        if b is not None and b.location.country == a.location.country:
            where.update(lat=round((a.location.lat + b.location.lat) / 2, 4),  # type: ignore[operator]
                         lon=round((a.location.lon + b.location.lon) / 2, 4))  # type: ignore[operator]
        name = text[u.start:u.end]
        out.append(PlaceMention(start=u.start, end=u.end, text=name, kind="located",
                                location=a.location.model_copy(update={"name": name, **where}), score=a.score))
    return out


def _by_locators(text: str, known: list[PlaceMention], unknown: list[Unknown], done: set[int], table: Locators,
                 lang: str) -> list[PlaceMention]:
    """Mentions for the unknown names (not yet in ``done``, which grows) that a locator phrase places in or near
    one of ``known``."""
    known = sorted(known, key=lambda m: m.start)
    out: list[PlaceMention] = []
    for u in unknown:
        # "X, une localité du nord de Y": the apposition itself says X is a place; so does "X (Y)" with Y a town or a
        # division ("Lanfiéra (Sourou), 4 morts": a list of villages with their provinces)
        # (and so does an apposition naming the area it lies in: "ont attaqué X, préfecture de Y", "ont incendié X,
        # dans le district de Y")
        # (not the last word of a capitalised run, "Moussa Diallo, dans la région de Y", nor a name after a title, "le
        # commandant X, dans la province de Y": persons; nor the last of a list with known towns, which the
        # neighbourhood below places among them)
        named = u.introduced or bool(table.apposition.match(text[u.end:u.end + 80])) or (
            bool(table.in_area.match(text[u.end:u.end + 80])) and not _AFTER_NAME.search(text, max(0, u.start - 40), u.start)
            and not _after_title(text, u.start, lang) and not _listed_with_a_town(text, u, known, table))
        # (the whole capitalised run: "Ansaroul Islam (Soum)" is no village called Islam)
        bracketed = text[u.end:u.end + 3].lstrip().startswith("(") and not _AFTER_NAME.search(
            text, max(0, u.start - 40), u.start)
        if u.start in done or not (named or u.locative or bracketed):
            continue
        members = _enumeration(text, u, unknown, known, table)
        y = _locating(text, members[-1].end, known, table, introduced=u.introduced)
        if y is None or not (named or u.locative or y.kind in ("city", "admin1", "admin2")):
            continue
        # a bare "à X" needs the locator to be a place at all; a list needs its first name introduced
        if not named and len(members) > 1:
            members = members[:1]
        where = _placed_by(text[members[-1].end:y.start], y, lang)
        for m in members:
            done.add(m.start)
            name = text[m.start:m.end]
            loc = y.location.model_copy(update={"name": name, **where})
            out.append(PlaceMention(start=m.start, end=m.end, text=name, kind="located", location=loc, score=y.score))
    return out


def _after_title(text: str, start: int, lang: str) -> bool:
    """A person's title right before the name ("le commandant X")."""
    before = preceding_words(text, start, lang, limit=2)
    return bool(before) and before[-1].rstrip(".") in cue_table(lang).person_titles


@dataclass(frozen=True)
class _Centre:
    location: Location  # of the first neighbour (country, admin1)
    where: dict  # the neighbours' centroid
    score: float


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return start, min(ends) if ends else len(text)


def _neighbourhood(text: str, pos: int, known: list[PlaceMention]) -> _Centre | None:
    """The centroid of the towns the sentence at ``pos`` lists, when they are one area of one country.

    One town alone is no neighbourhood: "X, à 40 km de Y" names Y to measure from, and the locator
    phrases already read it."""
    start, end = _sentence_span(text, pos)
    towns = [k for k in known if start <= k.start < end and k.kind in ("city", "site")
             and k.location.lat is not None and k.location.lon is not None and (k.location.precision or 1) <= 2]
    if len(towns) < 2 or len({k.location.country for k in towns}) > 1:
        return None
    if any(km(a.location.lat, a.location.lon, b.location.lat, b.location.lon) > 2 * NEAR_KM  # type: ignore[arg-type]
           for a in towns for b in towns):
        return None
    lat = sum(k.location.lat for k in towns) / len(towns)
    lon = sum(k.location.lon for k in towns) / len(towns)
    admin1 = {k.location.admin1 for k in towns}
    first = towns[0].location if len(admin1) == 1 else towns[0].location.model_copy(update={"admin1": None})
    return _Centre(first, {"lat": round(lat, 4), "lon": round(lon, 4)}, min(k.score for k in towns))


def _lone_list_town(text: str, u: Unknown, known: list[PlaceMention], unknown: list[Unknown],
                    table: Locators) -> _Centre | None:
    """The one town the sentence names, when ``u`` is listed with it ("les localités de X, Markaba et Y"): an
    enumeration joins its members, where a locator phrase ("X, à 40 km de Y") only measures from a town."""
    start, end = _sentence_span(text, u.start)
    towns = [k for k in known if start <= k.start < end and k.kind in ("city", "site")
             and k.location.lat is not None and (k.location.precision or 1) <= 2]
    if len(towns) != 1 or not _listed_with_a_town(text, u, towns, table):
        return None
    # (only a list a place noun opens, "les villages de X, Y et Z": "l'archevêque de Y, X," names a person)
    first: Unknown | PlaceMention = u
    names = sorted([*known, *unknown], key=lambda n: n.start)
    while True:
        before = [n for n in names if n.end <= first.start]
        if not before or not table.list_glue.match(text[before[-1].end:first.start]):
            break
        first = before[-1]
    if not table.list_opener.search(text, max(0, first.start - 40), first.start):
        return None
    loc = towns[0].location
    return _Centre(loc, {"lat": loc.lat, "lon": loc.lon}, towns[0].score)


NEAR_KM = 25.0  # farther than this from the town that locates it, a village is not "at" that town
LOCATED_TOO_FAR_KM = 150.0  # a town this far from the town the words place it in or near is a namesake


def _far_apart(x: PlaceMention, y: PlaceMention, where: dict) -> bool:
    """``x`` lies far from where the words place it near ``y`` (``where``: ``_placed_by``'s answer)."""
    a = x.location
    lat, lon = where.get("lat", y.location.lat), where.get("lon", y.location.lon)
    if a.lat is None or a.lon is None or lat is None or lon is None:
        return False
    return km(a.lat, a.lon, lat, lon) > LOCATED_TOO_FAR_KM

_DISTANCE = re.compile(r"(?P<n>\d+(?:[.,]\d+)?|[^\W\d_]+(?:[\s-]+[^\W\d_]+)?)\s*(?:km|kms|kilom[eè]tres?)\b"
                       r"(?:\s+(?:au|à\s+l['’]|a\s+l['’])\s*(?P<dir>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest))?",
                       re.IGNORECASE)


def _placed_by(between: str, y: PlaceMention, lang: str) -> dict:
    """Where a name that the words ``between`` place in or near ``y`` lies: near a town (precision 2,
    moved by a stated distance and direction), or somewhere in a division (precision 3)."""
    precision = 2 if y.kind in ("city", "site") and (y.location.precision or 1) < 3 else 3
    where = {"precision": precision, "geonameid": None, "site_id": None}
    if precision == 2:
        where.update(_offset(between, y, lang))
    return where


def _kilometres(words: str, lang: str) -> float | None:
    """"30", "une trentaine de", "quarante" as kilometres."""
    words = words.strip()
    if words[:1].isdigit():
        return float(words.replace(",", "."))
    from sentinelle.events.lexicon import get_lexicon, word_key  # language data shared with casualty figures
    from sentinelle.events.numbers import parse_number_words

    lex = get_lexicon(lang)
    last = word_key(words.split()[-1])
    approximate = {word_key(k): v for k, v in lex.numbers.approximate.items()}
    return float(approximate[last]) if last in approximate else (
        float(n) if (n := parse_number_words(words, lex)) is not None else None)


def _offset(between: str, y: PlaceMention, lang: str) -> dict:
    """Where "à 40 km au sud-est de Y" puts the name: moved from Y when the text says how far and which way.

    Far from Y with no direction, only Y's province is known (precision 3).
    """
    matches = list(_DISTANCE.finditer(between))
    found = matches[-1] if matches else None
    if found is None or y.location.lat is None or y.location.lon is None:
        return {}
    distance = _kilometres(re.sub(r"\b(?:de|d['’])\s*$", "", found.group("n")), lang)
    if distance is None or distance <= NEAR_KM:
        return {}
    if not found.group("dir"):
        return {"precision": 3}
    north, east = DIRECTIONS[found.group("dir").lower()]
    norm = math.hypot(north, east)
    lat = y.location.lat + distance * north / norm / 111.0
    lon = y.location.lon + distance * east / norm / (111.0 * max(0.1, math.cos(math.radians(y.location.lat))))
    return {"lat": round(lat, 4), "lon": round(lon, 4)}


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").replace("’", "'").split())

"""A stretch of road named by its two ends ("l'axe A-B", "entre A et B", "l'autoroute reliant A à B"): one
place, coded to the first town at precision 2 (near it), not the town itself nor two incidents.

The words are the language's (``road_nouns``, ``road_openers``, ``road_links``, ``road_glue`` in
``sentinelle/lang/<lang>/event_words.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from sentinelle.events.word_lists import event_words
from sentinelle.model import PlaceMention
from sentinelle.places.data import load_cues
from sentinelle.places.located import alternation, locators


def _alternatives(words: list[str]) -> str:
    """A regex alternation of ``words`` (longest first; a space matches any white space)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = event_words(lang)
    nouns, openers = _alternatives(list(words.road_nouns)), _alternatives(list(words.road_openers))
    links = [w for w in words.road_links if not w.endswith(("'", "’"))]
    elided = [w.rstrip("'’") for w in words.road_links if w.endswith(("'", "’"))]
    link = rf"(?:(?:{_alternatives(links)})\s+" + (rf"|(?:{_alternatives(elided)})['’]\s*" if elided else "") + ")?"
    before = re.compile(rf"(?:\b(?:{openers})|\b(?:{nouns})\s*{link})\s*$", re.IGNORECASE)
    between = re.compile(rf"^\s*(?:{_alternatives(list(words.road_glue))})\s*$", re.IGNORECASE)
    return before, between


# The other end of a road hyphened to a town ("Titao-X", "X-Titao")
_OTHER_END_AFTER = re.compile(r"[-–](([A-ZÀ-Ý][\w'’]+))")
_OTHER_END_BEFORE = re.compile(r"\b([A-ZÀ-Ý][\w'’]+)[-–]$")


def after_road_word(text: str, start: int, lang: str = "fr") -> bool:
    """The words before ``start`` name a road by its ends ("sur l'axe ", "la route reliant ", "entre ")."""
    return bool(_patterns(lang)[0].search(text[max(0, start - 40):start]))


@cache
def _heading(lang: str) -> re.Pattern[str]:
    words = event_words(lang)
    if not words.road_heading or not words.road_nouns:
        return re.compile(r"(?!)")
    return re.compile(rf"^\s*,\s*(?:sur|le\s+long\s+d['’]|le\s+long\s+de)\s*(?:la|le|l['’])\s*"
                      rf"(?:{_alternatives(list(words.road_nouns))})\s+(?:{_alternatives(list(words.road_heading))})\s*$",
                      re.IGNORECASE)


def road_heading(text: str, a: PlaceMention, b: PlaceMention, lang: str = "fr") -> bool:
    """``b`` only names where the road at ``a`` leads: "A, sur la route de B", "à 20 km de A, sur l'axe menant à B"."""
    return a.end <= b.start and b.kind in ("city", "located", "site") and bool(_heading(lang).match(text[a.end:b.start]))


def road_ends(text: str, a: PlaceMention, b: PlaceMention, lang: str = "fr") -> bool:
    """``a`` and ``b`` are the two ends of one road, in that order ("l'axe A-B", "la route reliant A à B")."""
    before, between = _patterns(lang)
    return a.kind in ("city", "located") and b.kind in ("city", "located") and a.end <= b.start \
        and bool(between.match(text[a.end:b.start])) and bool(before.search(text[max(0, a.start - 40):a.start]))


def one_road(text: str, chosen: list[PlaceMention], sentence_places: list[PlaceMention],
             lang: str = "fr") -> list[PlaceMention]:
    """A chosen town that is one end of a road named with the other stands for the road: the first town, at
    precision 2, once; so does a town hyphened to an end nothing locates ("sur l'axe Titao-X": near Titao)."""
    before, between = _patterns(lang)

    def road(a: PlaceMention, b: PlaceMention) -> bool:
        return road_ends(text, a, b, lang)

    def open_end(p: PlaceMention) -> bool:
        # "l'axe Titao-X", "la route X-Titao": one end a town, the other a name nothing locates (no place mention)
        if p.kind != "city":
            return False
        after = _OTHER_END_AFTER.match(text, p.end)
        if after and not any(q.start == after.end(1) for q in sentence_places) \
                and before.search(text[max(0, p.start - 40):p.start]):
            return True
        ahead = _OTHER_END_BEFORE.search(text, max(0, p.start - 40), p.start)
        return bool(ahead) and not any(q.end == ahead.start(1) + len(ahead.group(1)) for q in sentence_places) \
            and bool(before.search(text[max(0, ahead.start(1) - 40):ahead.start(1)]))

    out: list[PlaceMention] = []
    for p in chosen:
        first = next((a for a in sentence_places if road(a, p)), None)
        if first is None and (any(road(p, b) for b in sentence_places) or open_end(p)):
            first = p
        if first is None:
            out.append(p)
            continue
        if any(q.start == first.start for q in out):
            continue
        precision = max(first.location.precision or 1, 2)
        out.append(first.model_copy(update={"location": first.location.model_copy(update={"precision": precision})}))
    return out


@cache
def _direction_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = event_words(lang)
    if not (words.road_towards and words.distance_units and words.road_nouns):
        return None
    road = re.compile(rf"\b(?:{_alternatives(list(words.road_nouns))})\s+(?:{_alternatives(list(words.road_towards))})"
                      r"\s*$", re.IGNORECASE)
    distance = re.compile(rf"\b(?:{_alternatives(list(words.distance_units))})\b", re.IGNORECASE)
    return road, distance


# how far before the road a distance may be written ("à une quinzaine de kilomètres de la ville, sur la route de ")
_DISTANCE_REACH = 90


def road_direction_only(text: str, place: PlaceMention, lang: str = "fr") -> bool:
    """``place`` ends a road named by where it leads ("sur la route de X"), after a distance from somewhere else in
    its sentence ("à une quinzaine de kilomètres de la ville, sur la route de X"): where it happened is measured from
    that other town, X only gives the direction, and the road's far end is not the place."""
    patterns = _direction_patterns(lang)
    if patterns is None:
        return False
    road, distance = patterns
    found = road.search(text, max(0, place.start - 40), place.start)
    if found is None:
        return False
    before = text[max(0, found.start() - _DISTANCE_REACH):found.start()]
    # (in the same sentence: no stop between the distance and the road)
    before = re.split(r"[.!?;\n]", before)[-1]
    return bool(distance.search(before))


@cache
def _measure_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A distance, a direction or a word of nearness ("à 15 km de", "au sud de", "près de"), and an area noun ("dans
    le district de"), as the locator phrases of ``places_cues.yaml`` write them."""
    data = load_cues(lang).locators
    measure = re.compile(rf"\b(?:{alternation([*data['distance'], *data['directions'], *data['near']])})\b", re.IGNORECASE)
    area = re.compile(rf"\b(?:{alternation(data['areas'])})\b", re.IGNORECASE)
    return measure, area


def measured_from_road_end(text: str, places: list[PlaceMention], lang: str = "fr") -> list[tuple[PlaceMention, set[int]]]:
    """The towns a distance or a direction set off after a road measures from, with the ids of the road's ends: "sur
    l'axe A-B, à une quinzaine de kilomètres au sud de B", "sur la route reliant A à B, à 10 km de A". The road only
    says which way: the incident is near the town measured from (precision 2), not at the road's first end. Not a
    division ("sur l'axe A-B, dans le district de Z": the road is in it), nor a town the words do not measure from."""
    measure, area = _measure_words(lang)
    between = locators(lang).between
    out = []
    for b in places:
        ends = [(a, b) for a in places if road_ends(text, a, b, lang)]
        if not ends:
            continue
        for q in places:
            if q.start < b.end or q.start > b.end + 120 or q.kind not in ("city", "site") \
                    or (q.location.precision or 1) >= 3:
                continue
            gap = text[b.end:q.start]
            if gap.lstrip().startswith(",") and between.match(gap) and measure.search(gap) and not area.search(gap):
                loc = q.location.model_copy(update={"precision": max(q.location.precision or 1, 2)})
                out.append((q.model_copy(update={"location": loc}), {id(p) for pair in ends for p in pair}))
            break  # (only the name right after the road's end)
    return out

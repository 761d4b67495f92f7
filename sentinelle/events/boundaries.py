"""Incident boundaries across sentences: what keeps two mentions of an article apart, whatever their place.

Two mentions that agree on place and type may still be two incidents:

* each names its own day in its own sentence, and the days differ ("Deux soldats ont été tués lundi par un
  engin explosif ... L'aviation a mené mardi des frappes ...");
* the sides are reversed: one side hits the other in one, the other hits back in the other ("le Hezbollah a
  tiré des roquettes sur X" and "l'armée israélienne a frappé Y"), or two sides each strike in their own
  sentence ("des drones houthis ont visé un pétrolier au large de X", "l'aviation américaine a bombardé X");
* they tell different means: a device planted or carried on the ground is no strike from the air nor shelling;
* they come from two entries of a live blog ("14h32 — ...") and one names no place;
* a headline that says how its incident was done does not take in a body incident of another kind at
  another place (the headline's province holds the body's town, but the headline tells another incident);
* one names its town as the neighbour of another ("à X, la localité voisine"), or each sentence opens on its own
  town ("À X, ... À Y, ..."): another town, however close;
* one names no place and goes on with the story of an earlier paragraph, the other is told only in later
  paragraphs (``told_later_only``), or one is a toll told after a later paragraph placed its own scene
  (``placed_apart``).

The later mention referring back ("cette frappe", "l'attaque": a definite or demonstrative trigger noun,
or a generic word) is the same incident told again, and is never kept apart by these rules.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import cache

from pydantic import BaseModel, ConfigDict

from sentinelle.events.dates_agree import date_strength
from sentinelle.events.geo import norm_name, same_place
from sentinelle.events.lexicon import word_key
from sentinelle.events.mention import EventMention
from sentinelle.events.same_incident import other_dead
from sentinelle.events.word_lists import event_words
from sentinelle.lang import lang_path, load_yaml
from sentinelle.model import PlaceMention

# Sub-event types told by how the explosive reached its target: a device planted or carried on the ground, a
# strike from the air, or fire from afar on the ground. A device on the ground is neither of the others; a
# strike and shelling may be one incident (the press calls both "bombardements").
_MEANS = {
    "remote_explosive_landmine_ied": "planted",
    "suicide_bomb": "planted",
    "air_drone_strike": "air",
    "shelling_artillery_missile_attack": "fired",
}
# Types where one side acts on the other (in a battle, either side may be named first).
_ONE_SIDED = frozenset({"explosions_remote_violence", "violence_against_civilians"})
_NOT_A_SIDE = frozenset({"unidentified", "civilians"})
# Acts of violence: what was wrecked or seized goes with whatever incident it was done in.
_VIOLENT = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})


class ReportsFile(BaseModel):
    """Schema of ``reports.yaml``."""

    model_config = ConfigDict(extra="forbid")
    entry_stamps: list[str] = []
    section_kickers: list[str] = []
    item_bullets: list[str] = []
    item_marks: list[str] = []


@cache
def _stamp_pattern(lang: str) -> re.Pattern[str] | None:
    data = load_yaml(lang_path(lang, "reports.yaml"), ReportsFile)
    if not data.entry_stamps:
        return None
    return re.compile(r"^[ \t]*(?:" + "|".join(data.entry_stamps) + ")", re.MULTILINE)


@cache
def _kicker_pattern(lang: str) -> re.Pattern[str] | None:
    data = load_yaml(lang_path(lang, "reports.yaml"), ReportsFile)
    if not data.section_kickers:
        return None
    return re.compile(r"^[ \t]*(?:" + "|".join(data.section_kickers) + ")", re.MULTILINE)


def entry_starts(text: str, lang: str = "fr") -> list[int]:
    """Where each entry of a live blog (the character offset of its time stamp) or each item of a newsletter (of
    its title in capitals, "UKRAINE. Deux morts à X") starts; [] for an article."""
    stamps = _stamp_pattern(lang)
    starts = sorted({*(found.start() for found in stamps.finditer(text)), *item_starts(text, lang)} if stamps
                    else item_starts(text, lang))
    # one stamped line is a time of day opening a paragraph, not a live blog
    return starts if len(starts) > 1 else []


def item_starts(text: str, lang: str = "fr") -> list[int]:
    """Where each item of a newsletter starts (its title in capitals, "UKRAINE. Deux morts à X"), when two or more
    lines open so; [] for an article."""
    pattern = _kicker_pattern(lang)
    if pattern is None:
        return []
    # (a title in capitals on the first line is the article's headline: "DIRECT. Guerre en Ukraine")
    starts = [found.start() for found in pattern.finditer(text) if text[:found.start()].strip()]
    return starts if len(starts) > 1 else []


@cache
def _item_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """What may stand before a heading place on its line, and what must follow it (its mark, then its text)."""
    data = load_yaml(lang_path(lang, "reports.yaml"), ReportsFile)
    if not data.item_marks:
        return None
    bullets = "|".join(re.escape(b) for b in data.item_bullets)
    before = re.compile(rf"[ \t]*(?:(?:{bullets})[ \t]*)?" if bullets else r"[ \t]*")
    marks = "|".join(re.escape(m) for m in data.item_marks)
    after = re.compile(rf"[ \t]*(?:\([^()\n]{{1,30}}\)[ \t]*)?(?:{marks})[ \t]*\S")
    return before, after


# A name written with capitals (up to four words: "Hodan", "Bulo Burte", "Ras Kamboni").
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){0,3}")
_LINE_START = re.compile(r"^", re.MULTILINE)


def item_headings(text: str, places: list[PlaceMention], lang: str = "fr") -> list[tuple[int, PlaceMention | None]]:
    """The items of a digest: (start of the line, its heading place) for each line opened by a place below the
    country and a mark ("Gao : des hommes armés ont ...", "- Goma — Deux civils ..."), when two lines or more open
    so; [] for an article (one "Gao : trois morts ..." is a headline, "KYIV (Reuters) –" a dateline)."""
    patterns = _item_patterns(lang)
    if patterns is None:
        return []
    before, after = patterns
    found: dict[int, PlaceMention] = {}
    for p in sorted(places, key=lambda p: p.start):
        line = text.rfind("\n", 0, p.start) + 1
        # (a country heading, "Ukraine : ...", is a headline's topic or a digest's section, not an item's place)
        if line in found or p.kind == "country" or not before.fullmatch(text, line, p.start) \
                or not after.match(text, p.end):
            continue
        found[line] = p
    if len(found) < 2:
        return []
    # (a line opened the same way by a name nothing locates is an item too, with no place: "- Hodan (district de
    # la capitale) : une grenade ..." is not the item above it)
    out: dict[int, PlaceMention | None] = dict(found)
    for start in _LINE_START.finditer(text):
        line = start.start()
        lead = before.match(text, line)  # (bullets and blanks only: it always matches, maybe empty)
        name = _CAPITALISED.match(text, lead.end()) if line not in out and lead else None
        if name and after.match(text, name.end()):
            out[line] = None
    return sorted(out.items(), key=lambda item: item[0])


def heading_places(mentions: list[EventMention], items: list[tuple[int, PlaceMention | None]]) -> None:
    """An incident a digest's item tells without a place of its own is at the item's heading place ("Gao : des
    hommes armés ont attaqué dimanche un poste de gendarmerie"), on the heading's line or a later line before the
    next item."""
    if not items:
        return
    starts = [line for line, _ in items]
    # (the item's heading names its province or town: what the item itself placed more precisely before a placeless
    # sentence is what that sentence goes on with, "BORNO – ... ont attaqué un poste sur la colline de X. Trois
    # soldats ont été tués": at X, not at the heading's province)
    placed_before = [(bisect_right(starts, m.sent_start) - 1, m.sent_start) for m in mentions if m.places
                     and not m.reference]
    for m in mentions:
        at = m.trigger_spans[0][0] if m.trigger_spans else m.sent_start
        k = bisect_right(starts, at) - 1
        if m.places or m.reference or k < 0:
            continue
        if any(item == k and start < m.sent_start for item, start in placed_before):
            continue
        place = items[k][1]
        if place is None or at < place.end:
            continue
        if place.kind == "dateline":
            # (the first heading may read as where the story was filed: here it is where things happened)
            place = place.model_copy(update={"kind": "admin1" if (place.location.precision or 1) >= 3 else "city"})
        m.places = [place]
        m.add_evidence("location", [(place.start, place.end)])


def item_titles(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The title lines of a digest's or a newsletter's items ("ITURI – Une grenade dans un bar : un mort" above the
    item's text), given where the items start: an item's first line with no final stop and a line of text after it
    in the item. Like an article's headline, the title sums up what the item's text tells."""
    out: list[tuple[int, int]] = []
    for i, line in enumerate(starts):
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        stop = starts[i + 1] if i + 1 < len(starts) else len(text)
        if text[line:end].rstrip()[-1:] in (".", "!", "?", "»", '"') or not text[end:stop].strip():
            continue
        out.append((line, end))
    return out


def entry_of(starts: list[int], offset: int) -> int:
    """The entry holding ``offset``: 0 before the first stamp (the blog's introduction), then 1, 2, ..."""
    return bisect_right(starts, offset)


# "X, la localité voisine" (the apposition after the name) and "la localité voisine de X" (the words before it)
_APPOSED_NOUN = re.compile(r"\s*,\s*(?:la|le|l['’]|une|un)\s*(\w+)\s+(\w+)")
_BEFORE_OF = re.compile(r"(\w+)\s+(?:de|d['’])\s*$")


def neighbour_named(text: str, place: PlaceMention, lang: str = "fr") -> bool:
    """The text names ``place`` as a town neighbouring another: "à X, la localité voisine", "dans le village voisin
    de X" (``town_nouns`` and ``neighbour_marks`` of ``event_words.yaml``)."""
    words = event_words(lang)
    if not words.neighbour_marks:
        return False
    after = _APPOSED_NOUN.match(text, place.end)
    if after and word_key(after.group(1)) in words.town_nouns and word_key(after.group(2)) in words.neighbour_marks:
        return True
    before = _BEFORE_OF.search(text[max(0, place.start - 40):place.start])
    return bool(before) and word_key(before.group(1)) in words.neighbour_marks


@cache
def _scene_pattern(lang: str) -> re.Pattern[str] | None:
    words = event_words(lang)
    if not words.scene_openers:
        return None
    openers = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words.scene_openers, key=len, reverse=True))
    nouns = "|".join(re.escape(w) for w in sorted(words.town_nouns, key=len, reverse=True))
    town = rf"(?:(?:la|le|l['’])\s*(?:{nouns})\s+(?:de|d['’])\s*)?" if nouns else ""
    return re.compile(rf"\s*(?:{openers})\s+(?:l['’]\s*)?{town}$", re.IGNORECASE)


def opens_on_place(text: str, m: EventMention, lang: str = "fr") -> bool:
    """The mention's sentence opens with its place, a scene of its own: "À X, deux civils ont été tués", "Dans la
    localité de Y, un drone a frappé une moto" (``scene_openers`` of ``event_words.yaml``)."""
    pattern = _scene_pattern(lang)
    if pattern is None or not m.places or m.places[0].start < m.sent_start:
        return False
    return bool(pattern.fullmatch(text, m.sent_start, m.places[0].start))


def scenes_apart(a: EventMention, b: EventMention) -> bool:
    """Each sentence opens on its own town, two towns named apart: "À X, deux civils ont été tués lorsqu'une frappe a
    touché leur voiture. À Y, un drone a frappé une moto, tuant son conducteur" are two incidents, however close the
    towns (the gazetteer's distance would make them one)."""
    return a.scene and b.scene and _points_named_apart(a, b)


def same_name(a: EventMention, b: EventMention) -> bool:
    """Both mentions name their place, by the same name or the same gazetteer entry."""
    if not a.places or not b.places:
        return False
    pa, pb = a.places[0], b.places[0]
    return bool(pa.location.geonameid and pa.location.geonameid == pb.location.geonameid) \
        or norm_name(pa.location.place or pa.text) == norm_name(pb.location.place or pb.text)


def _points_named_apart(a: EventMention, b: EventMention) -> bool:
    """Both name a point (a town, a site), by two names of two gazetteer entries: a province and its town, or a
    place named twice, are not two points."""
    if not a.places or not b.places or any(
            p.kind in ("country", "area", "region") or (p.location.precision or 1) > 1
            for p in (a.places[0], b.places[0])):
        return False
    return not same_name(a, b)


def neighbours_apart(a: EventMention, b: EventMention) -> bool:
    """Two points named apart, and one names its own as the neighbour of another town or tells one more act
    there: "des colons ont incendié des voitures à X. Des heurts ont éclaté à Y, la localité voisine", "15 morts
    dans le bombardement d'une école à X. Une maison a également été touchée à Y" are two incidents, however
    close the two places (the gazetteer's distance would make them one)."""
    return (a.neighbour or b.neighbour or a.also or b.also) and _points_named_apart(a, b)


def dead_apart(a: EventMention, b: EventMention) -> bool:
    """Each counts its own dead, of another kind, at two points named apart, however close: "15 morts, dont six
    enfants, dans le bombardement d'une école à X. L'armée a affirmé avoir tué un commandant du Jihad islamique à
    Y" are two incidents, not a toll revised from 15 to 1 (``same_incident.other_dead``)."""
    return other_dead(a, b) and _points_named_apart(a, b)


def _refers_back(m: EventMention) -> bool:
    """A word that names an incident again ("la frappe", "l'attaque") rather than telling a new one."""
    return m.anaphoric or not m.event_type


def _later(a: EventMention, b: EventMention) -> EventMention:
    return b if b.sent_start > a.sent_start else a


def _own_days(m: EventMention) -> tuple[dt.date, dt.date] | None:
    """The days named in the mention's own sentence (None when its date is borrowed or vaguer than a day)."""
    if m.date is None or not m.date.start or m.date.precision != "day" or date_strength(m) != 0 \
            or "same_sentence" not in m.date_flags:
        return None
    return dt.date.fromisoformat(m.date.start), dt.date.fromisoformat(m.date.end or m.date.start)


def other_days(a: EventMention, b: EventMention) -> bool:
    """Each says how it was done and names its own day in its own sentence, no day is shared, and they tell
    different kinds ("tués lundi par l'explosion d'un engin ... L'aviation a mené mardi des frappes": two
    incidents, however close the days) or different tolls. The same kind told with the next day and no other
    toll may be the day it was reported, said in passing ("Une frappe de drone a tué trois civils mardi à X.
    Les forces kurdes ont accusé mercredi la Turquie d'avoir mené une frappe de drone à X"): one incident."""
    # (a recap that does not say how, "des fusillades ont fait deux morts, a annoncé l'armée mercredi", may be
    # dated by the day it was told)
    da, db = _own_days(a), _own_days(b)
    if not (a.specific and b.specific) or da is None or db is None or not (da[1] < db[0] or db[1] < da[0]):
        return False
    if a.sub_event_type and b.sub_event_type and a.sub_event_type != b.sub_event_type:
        return True
    return bool(a.fatalities and b.fatalities and a.fatalities != b.fatalities)


def _side(actor) -> str | None:
    if actor is None or actor.kind in _NOT_A_SIDE or not actor.normalized:
        return None
    return actor.normalized


def sides_reversed(a: EventMention, b: EventMention) -> bool:
    """One side hits the other in one mention, the other hits back in the other ("le Hezbollah a tiré des
    roquettes sur les positions israéliennes", "l'armée israélienne a frappé le village"), or one side claims
    an act told of another ("les obus israéliens ont visé X. En représailles, le Hezbollah a revendiqué le tir
    d'une salve de roquettes"): a strike and the reply to it are two incidents. (In a battle either side may
    be named first: it is left out.)"""
    if a.event_type not in _ONE_SIDED or b.event_type not in _ONE_SIDED:
        return False
    a1, b1 = _side(a.actor1), _side(b.actor1)
    if a1 is None or b1 is None or a1 == b1:
        return False
    return a1 == _side(b.actor2) or b1 == _side(a.actor2) or "claimed" in (a.modality, b.modality)


def other_authors(a: EventMention, b: EventMention) -> bool:
    """Each says how it was done and names who did it, two sides, in one-sided acts: "des drones des rebelles
    houthis ont visé un pétrolier au large de X. L'aviation américaine a bombardé le port de X" are an attack and
    a strike, whatever the place and day they share. (In a battle either side may be named first: it is left
    out.)"""
    if a.event_type not in _ONE_SIDED or b.event_type not in _ONE_SIDED or not (a.specific and b.specific):
        return False
    a1, b1 = _side(a.actor1), _side(b.actor1)
    # (two arms of one state, "Military Forces of Russia" and "Government of Russia", are one side)
    return a1 is not None and b1 is not None and a1 != b1 and _state_of(a1) != _state_of(b1)


def _state_of(side: str) -> str:
    """The state a normalised side belongs to ("Military Forces of Russia" → "Russia"), or the side itself."""
    head, of, state = side.partition(" of ")
    return state if of else side


def other_means(a: EventMention, b: EventMention) -> bool:
    """Both say how the explosive came, and not the same way: an engine planted on a road is no air strike nor
    shelling. Two mentions that name a weapon in common tell one device ("une attaque à l'explosif ... ont largué
    les explosifs au moyen d'un drone" is one incident)."""
    ga, gb = _MEANS.get(a.sub_event_type or ""), _MEANS.get(b.sub_event_type or "")
    if not (a.specific and b.specific) or ga is None or gb is None or ga == gb or "planted" not in (ga, gb):
        return False
    return not set(a.weapons) & set(b.weapons)


def told_apart(a: EventMention, b: EventMention) -> bool:
    """Two sentences that tell two incidents, by their days, sides or means (unless the later refers back)."""
    if a.sentence == b.sentence or _refers_back(_later(a, b)):
        return False
    return other_days(a, b) or sides_reversed(a, b) or other_authors(a, b) or other_means(a, b) \
        or neighbours_apart(a, b) or dead_apart(a, b) or scenes_apart(a, b)


def headline_apart(a: EventMention, b: EventMention) -> bool:
    """A headline does not sum up a body incident of another kind placed elsewhere, when one of them says how
    it was done ("cinq ingénieurs tués dans un attentat-suicide au X" above "deux policiers tués dans une
    attaque contre un poste à Y"), even when one place (a province) holds the other (a town)."""
    if a.headline == b.headline:
        return False
    head, body = (a, b) if a.headline else (b, a)
    if not (head.specific or body.specific) or not head.event_type or not body.event_type \
            or head.event_type == body.event_type:
        return False
    if not head.places or not body.places:
        return False
    hp, bp = head.places[0], body.places[0]
    if hp.location.geonameid and hp.location.geonameid == bp.location.geonameid \
            or norm_name(hp.location.place or hp.text) == norm_name(bp.location.place or bp.text):
        return False
    # a headline that does not say how, over a region that holds the body's town, sums the body's incident up
    # ("l'ELN attaque une base militaire en Arauca, un soldat tué" above the drone-dropped explosives at Tame)
    return head.specific or (bp.location.precision or 1) >= (hp.location.precision or 1)


def other_entry(cluster: list[EventMention], m: EventMention) -> bool:
    """``m``, told in an entry of a live blog and saying how it was done, and every mention of the cluster come
    from other entries (or the blog's headline and introduction), and one side names no place: each entry is a
    report of its own, which does not take in another's incident. ``m`` naming the incident again ("la
    frappe"), a toll told again, or the same place may still join it."""
    if m.entry == 0 or not m.specific or _refers_back(m) or any(x.entry == m.entry for x in cluster):
        return False
    # the blog's headline or introduction sums up the day: an incident of the kind it names ("combats à Rafah")
    # is the one an entry tells
    if any(x.entry == 0 and x.sub_event_type == m.sub_event_type for x in cluster):
        return False
    placed = [x.places[0] for x in cluster if x.places]
    return not (m.places and placed and any(same_place(m.places[0], p) for p in placed))


def placed_apart(m: EventMention, cluster: list[EventMention], place: PlaceMention | None, text: str,
                 scene: list[PlaceMention]) -> bool:
    """``m`` names no place, its own paragraph named one before it, and the cluster is told only in later
    paragraphs, at another place: "... ont tenté de pénétrer dans la base de Turbat. Selon l'armée, les quatre
    assaillants ont été tués" is at Turbat, not the incident told at another town in the next paragraph. Only a
    mention that says how it was done (one the paragraph's place would locate, ``carry.carry_places``) and tells
    an incident of its own, with its dead or a day of its paragraph (not "la situation reste marquée par des
    attaques contre les civils")."""
    if m.places or m.headline or place is None:
        return False
    body = [x for x in cluster if not x.headline]
    if not body:
        return False
    first, last = min(x.sent_start for x in body), max(x.sent_end for x in body)
    if first >= m.sent_end and "\n" in text[m.sent_end:first]:
        if not (m.specific or m.weapons) or not (m.fatalities or (m.date is not None and date_strength(m) <= 1)):
            return False
    # ... nor is a toll told in a later paragraph that places its own scene first ("Samedi, la police a lancé une
    # opération près de Y. Selon un communiqué, huit bandits ont été neutralisés") the incident of X told before,
    # unless it names that incident again ("les affrontements de dimanche ont eu lieu loin de cette région")
    elif last <= m.sent_start and "\n" in text[last:m.sent_start]:
        if not (m.specific or m.weapons or m.fatalities) or _refers_back(m):
            return False
    else:
        return False
    paragraph = text.rfind("\n", 0, m.sent_start) + 1
    own = [p for p in scene if paragraph <= p.start and p.end <= m.sent_start and p.kind not in ("country", "dateline")]
    return bool(own) and not any(same_place(p, place) for p in own)


def told_later_only(m: EventMention, cluster: list[EventMention], text: str, told_before: bool) -> bool:
    """``m`` says how it was done but names no place, an incident was told before it (``told_before``: a placed
    mention of the body), and the cluster is told only in later paragraphs: "... ont attaqué X, tuant quatre
    personnes. \n\n Une habitante affirme que des femmes auraient été enlevées. \n\n Le lendemain, ils ont
    attaqué le commissariat de Y": the abduction goes on with the story of X, it is not the assault on Y told
    after it. (A lede with no place before any incident still sums up the paragraphs below it.)"""
    # (a mention that names its incident back with its day, "la double attaque suicide du jeudi", or names it to date
    # another, is the incident told again wherever it is told: never kept apart, as for every rule of this module;
    # one naming it back with no day of its own, "les combats ont duré quatre heures", goes back to the story told
    # before it, not forward to a later paragraph's)
    if m.places or m.headline or m.reference or not told_before or not (m.specific or m.weapons) \
            or m.event_type not in _VIOLENT or m.anaphoric and "same_sentence" in m.date_flags:
        return False
    # (an incident the headline tells, saying how, is the article's story from the start: "l'armée repousse une
    # attaque à X" above the communiqué)
    if any(x.headline and x.specific and x.places for x in cluster):
        return False
    body = [x.sent_start for x in cluster if not x.headline]
    return bool(body) and min(body) >= m.sent_end and "\n" in text[m.sent_end:min(body)]

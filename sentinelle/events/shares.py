"""A toll split by place: "six civils, quatre à A et deux à B", "cinq civils à A et trois autres à B".

Each share is a figure written right before the place it belongs to. The places of such a
distribution are one list (one event per place), and each event takes its own share, not the
total, which cannot be split otherwise.
"""

from __future__ import annotations

import copy
import re

from sentinelle.events.boundaries import neighbour_named
from sentinelle.events.lexicon import Lexicon
from sentinelle.events.mention import EventMention
from sentinelle.events.numbers import MAX_DIGITS, parse_number_words

_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
# the figure, an optional "autres" and one noun ("civils", "soldats"), then the place's own preposition
_SHARE = (rf"(?P<num>\d+|{_WORD})\s+(?:autres?\s+)?(?:{_WORD}\s+)?(?:autres?\s+)?"
          r"(?:à|au|aux|en|dans\s+(?:la|le|les|l['’])\s*|près\s+d(?:e|u|['’])\s*)\s*"
          r"(?:(?:la\s+|le\s+|l['’]\s*)?(?:ville|village|localité|commune)\s+(?:de\s+|d['’]\s*))?$")
_SHARE_AT = re.compile(_SHARE, re.IGNORECASE)
_NEXT_SHARE = re.compile(r"^\s*[,;]?\s*(?:et\s+)?" + _SHARE, re.IGNORECASE)
_WORD_START = re.compile(r"[\s,;:(]")
_REACH = 60


def _figure(word: str, lex: Lexicon, listed: bool = False) -> int | None:
    if word.isdigit():
        return int(word) if len(word) <= MAX_DIGITS else None
    # "un" before a place is an article far more often than a share, unless it follows another share ("et un à C")
    if word.lower() in ("un", "une") and not listed:
        return None
    return parse_number_words(word, lex)


def share_before(text: str, start: int, lex: Lexicon) -> tuple[int, tuple[int, int]] | None:
    """The share of a toll written right before the place that starts at ``start``, and its span."""
    window_start = max(0, start - _REACH)
    tail = text[window_start:start]
    # the shortest phrase that ends at the place and starts with a figure ("deux à", "cinq civils à")
    for begin in reversed([0] + [w.end() for w in _WORD_START.finditer(tail)]):
        m = _SHARE_AT.match(tail, begin)
        if m is None or m.end() != len(tail):
            continue
        before = tail[:begin].rstrip().lower()
        value = _figure(m.group("num"), lex, listed=before.endswith((",", " et", ":", ";")))
        if value is not None:
            return value, (window_start + m.start("num"), window_start + m.end("num"))
    return None


def next_share(gap: str, lex: Lexicon) -> bool:
    """The words between two places are the next share of a split toll: ", deux à", "et trois autres à"."""
    m = _NEXT_SHARE.match(gap)
    return m is not None and _figure(m.group("num"), lex, listed=True) is not None


def split_toll(total: int | None, shares: list[int]) -> bool:
    """The shares split this total: they add up to it, or the total read was the first share."""
    return bool(total) and len(shares) > 1 and (sum(shares) == total or shares[0] == total)


def split_by_place(m: EventMention, text: str, lex: Lexicon, lang: str = "fr") -> list[EventMention]:
    """One mention per listed place; figures given for the whole list cannot be split, so they are dropped
    (but "sans faire de victimes" is none at each place), unless the text splits them itself ("six civils,
    quatre à A et deux à B"): then each place takes its share."""
    if len(m.places) <= 1:
        return [m]
    # one place named twice ("à Sinjar ... dans cette localité") is one place of the list
    places, seen = [], set()
    for p in m.places:
        # (villages the gazetteer lacks, located from one town, share its point: their names tell them apart)
        key = (p.location.country, p.location.place, p.location.lat, p.location.lon,
               p.text if p.kind == "located" else "")
        if key not in seen:
            seen.add(key)
            places.append(p)
    if len(places) == 1:
        c = copy.copy(m)
        c.places = places
        return [c]
    out = []
    dropped = {name for name in ("fatalities", "injuries") if getattr(m, name)}
    found = [share_before(text, p.start, lex) for p in places]
    shares = [s for s in found if s is not None]
    split = next((name for name in sorted(dropped) if len(shares) == len(places)
                  and split_toll(getattr(m, name), [value for value, _ in shares])), None)
    for i, p in enumerate(places):
        c = copy.copy(m)
        c.places = [p]
        c.neighbour = neighbour_named(text, p, lang)
        c.listed = True
        for name in dropped:
            setattr(c, name, None)
        c.field_evidence = {k: list(v) for k, v in m.field_evidence.items() if k not in dropped}
        c.field_evidence["location"] = [(p.start, p.end)]
        if split is not None:
            value, span = shares[i]
            setattr(c, split, value)
            c.field_evidence[split] = [span]
        out.append(c)
    return out

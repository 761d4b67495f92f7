"""A toll split by place: "six civils, quatre à A et deux à B", "cinq civils à A et trois autres à B".

Each share is a figure written right before the place it belongs to. The places of such a
distribution are one list (one event per place), and each event takes its own share, not the
total, which cannot be split otherwise.
"""

from __future__ import annotations

import re

from sentinelle.events.lexicon import Lexicon
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

"""What the words around a date on the page say, from the text alone (no parse): a date that names something
("le Mouvement du 23 Mars"), a photo caption's or credit's date, a dateline's or signature's, a live blog's
time stamp and the day heading its entries. ``event_date`` asks these before a date may date an event."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict

from sentinelle.model import TimeMention


def usable(mention: TimeMention, text: str | None = None, lang: str = "fr") -> bool:
    """Can this mention date an event? Not a period, duration, set or deadline; with the text, not a date
    that names something ("le Mouvement du 23 Mars", "la loi du 5 juillet 2019") nor a caption's."""
    if not (mention.kind == "date" and mention.interval.start is not None and "deadline" not in mention.flags):
        return False
    return text is None or not (names_something(text, mention, lang) or in_caption(text, mention, lang))


class _NamesFile(BaseModel):
    """Schema of ``time_names.yaml``."""

    model_config = ConfigDict(extra="forbid")
    name_nouns: list[str]
    caption_words: list[str]
    publication_verbs: list[str] = []
    picture_verbs: list[str] = []
    dateline_before: str | None = None
    dateline_after: str | None = None
    live_stamp: str | None = None


@cache
def names_file(lang: str) -> _NamesFile:
    """The language's ``time_names.yaml``."""
    from sentinelle.lang import lang_path, load_yaml

    return load_yaml(lang_path(lang, "time_names.yaml"), _NamesFile)


@cache
def _names(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = names_file(lang)
    nouns = "|".join(re.escape(w) + "s?" for w in data.name_nouns)
    words = "|".join(re.escape(w) for w in data.caption_words)
    named = re.compile(rf"(?i)(?<![\w-])(?:{nouns})(?:{SPACE}(?:du|de|des|d['’]))?{SPACE}?$")
    caption = re.compile(rf"(?i)[\s(\[]*(?:{words})(?![\w])")
    return named, caption


SPACE = r"\s+"


def names_something(text: str, mention: TimeMention, lang: str = "fr") -> bool:
    """The date is part of a name: "le Mouvement du 23 Mars", "la loi du 5 juillet", "la place du 20 Août"."""
    named, _ = _names(lang)
    before = text[max(0, mention.start - 40) : mention.start]
    # "du" / "de" before the date, or at the head of the expression itself ("du 23 Mars")
    if not re.search(r"(?i)(?:\bdu|\bde|\bdes|d['’])\s*$", before) and not re.match(r"(?i)d[eu]\s", mention.text):
        return False
    return named.search(before) is not None


# The end of a caption's first sentence: a word of two letters or more, a stop, a capital ("J. Dupont" is a name).
_CAPTION_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})[.!?]\s+(?=[A-ZÀ-Ý])")


def caption_kind(text: str, mention: TimeMention, lang: str = "fr") -> str | None:
    """"credit" for a date in a parenthesis that opens with a caption word ("(Photo AFP, 3 mai)"), "caption"
    for one in the first sentence of a line that opens with one ("Photo 2 – ..., le 7 juillet"), else None."""
    _, caption = _names(lang)
    line_start = text.rfind("\n", 0, mention.start) + 1
    paren = text.rfind("(", line_start, mention.start)
    if paren != -1 and text.find(")", paren, mention.start) == -1 and caption.match(text, paren + 1):
        return "credit"
    if caption.match(text, line_start) is None:
        return None
    # the sentences after the description tell the story ("... le 4 juillet. La veille, un obus ...")
    return None if _CAPTION_SENTENCE_END.search(text, line_start, mention.start) else "caption"


def in_caption(text: str, mention: TimeMention, lang: str = "fr") -> bool:
    """The date is in a photo caption or credit: a parenthesis or the first sentence of a line that opens with
    "Photo", "©"..."""
    return caption_kind(text, mention, lang) is not None


@cache
def _dateline(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = names_file(lang)
    if not (data.dateline_before and data.dateline_after):
        return None
    return re.compile(data.dateline_before), re.compile(data.dateline_after)


def in_dateline(text: str, mention: TimeMention, lang: str = "fr") -> bool:
    """The date is a dateline's or a signature's ("KABOUL, 3 septembre 2024 –", a communiqué's closing
    "Bamako, le 11 janvier 2023"): it dates the story or the document, not the incident."""
    patterns = _dateline(lang)
    if patterns is None:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    before, after = patterns
    return before.search(text[line_start:mention.start]) is not None and after.match(
        text[mention.end:len(text) if line_end == -1 else line_end]) is not None


@cache
def _live_stamp(lang: str) -> re.Pattern[str] | None:
    pattern = names_file(lang).live_stamp
    return re.compile(pattern, re.MULTILINE) if pattern else None  # (its "^" is a line's start)


def live_entry(text: str, position: int, lang: str = "fr") -> bool:
    """The position is on a line opened by the time of day it was posted: a live blog's or a post thread's
    entry ("13h20 – La police affirme ...", "6/ 13h20 – ...")."""
    stamp = _live_stamp(lang)
    return stamp is not None and stamp.match(text, text.rfind("\n", 0, position) + 1) is not None


def heading_day(text: str, mentions: list[TimeMention], before: int) -> TimeMention | None:
    """The last day named alone on a line before ``before`` ("Mardi 3 juin", "3 juin 2025 :"): a live blog's
    heading for the entries under it."""
    for m in reversed(mentions):
        if m.end > before or m.interval.precision != "day" or not usable(m, text):
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        rest = text[line_start:m.start] + text[m.end:len(text) if line_end < 0 else line_end]
        if not any(ch.isalnum() for ch in rest):
            return m
    return None


def on_caption_line(text: str, mention: TimeMention, lang: str = "fr") -> bool:
    """The expression is on a line that opens with a caption word ("Photo 3 – ..."), in any of its sentences."""
    _, caption = _names(lang)
    return caption.match(text, text.rfind("\n", 0, mention.start) + 1) is not None

"""Phrases that name places again: an enumeration ("les quatre provinces précitées", "ces deux villages") or
one town ("au nord de cette commune").

"Des attaques dans les provinces de A, de B et de C ... 14 terroristes ont été arrêtés dans les trois
provinces précitées": the second sentence happened in A, B and C. Such a phrase becomes one place mention
per listed place, all on the phrase's words (so the events stage reads them as one enumeration). The
antecedent is the closest earlier enumeration of the same kind of place (divisions or settlements) with as
many members as the phrase says, when it says a number. The words are data: ``list_anaphora`` in
``lang/<iso>/places_cues.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from sentinelle.model import PlaceMention
from sentinelle.places.cues import cue_table, find_cue, preceding_words
from sentinelle.places.data import load_cues
from sentinelle.places.located import alternation
from sentinelle.places.normalize import fold

_ADMIN_KINDS = frozenset({"admin1", "admin2"})
_SETTLEMENT_KINDS = frozenset({"city", "located"})
_LIST_GAP = 40  # characters of list glue between two members of one enumeration


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    data = load_cues(lang).list_anaphora
    if not data:
        return None
    from sentinelle.events.lexicon import get_lexicon  # number words: the casualty reader's language data

    number = rf"(?:\d+|{alternation(list(get_lexicon(lang).numbers.units))})"
    return re.compile(
        rf"\b(?P<det>{alternation(data['demonstratives'] + data['definites'])})\s+(?:(?P<n>{number})\s+)?"
        rf"(?:(?P<admin>{alternation(data['admin'])})|(?P<settlement>{alternation(data['settlement'])}))\b"
        rf"(?:\s+(?P<mention>{alternation(data['mention_words'])})\b)?",
        re.IGNORECASE,
    )


@cache
def _demonstratives(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_cues(lang).list_anaphora.get("demonstratives", []))


def _count(word: str | None, lang: str) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    from sentinelle.events.lexicon import get_lexicon, word_key
    from sentinelle.events.numbers import parse_number_words

    return parse_number_words(word_key(word), get_lexicon(lang))


@cache
def _glue(lang: str) -> re.Pattern[str]:
    """The words between two members of one enumeration: a comma or a conjunction, then "de" or an article."""
    words = load_cues(lang).locators
    conj = alternation(words.get("and", []))
    small = alternation(words.get("of", []) + words.get("articles", []))
    return re.compile(rf"[\s,]*(?:(?:{conj})\b)?[\s,]*(?:(?:{small})\s*)?", re.IGNORECASE)


def _enumerations(text: str, mentions: list[PlaceMention], lang: str) -> list[list[PlaceMention]]:
    """Runs of place mentions that only short list glue separates ("A, de B et de C")."""
    glue = _glue(lang)
    runs: list[list[PlaceMention]] = []
    for m in sorted(mentions, key=lambda x: x.start):
        last = runs[-1][-1] if runs else None
        gap = text[last.end:m.start] if last is not None else ""
        if last is not None and 0 <= m.start - last.end <= _LIST_GAP and glue.fullmatch(gap):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) >= 2]


def listed_again(text: str, mentions: list[PlaceMention], lang: str = "fr") -> list[PlaceMention]:
    """Place mentions for the phrases that name an earlier enumeration again."""
    pattern = _pattern(lang)
    if pattern is None:
        return []
    out: list[PlaceMention] = []
    runs = _enumerations(text, mentions, lang)
    for found in pattern.finditer(text):
        # "les provinces" alone is any provinces; "les quatre provinces", "les provinces précitées" are those
        if found.group("det").lower() not in _demonstratives(lang) and not (found.group("n") or found.group("mention")):
            continue
        kinds = _ADMIN_KINDS if found.group("admin") else _SETTLEMENT_KINDS
        count = _count(found.group("n"), lang)
        earlier = [r for r in runs if r[-1].end <= found.start() and all(m.kind in kinds for m in r)
                   and (count is None or len(r) == count)]
        if not earlier:
            continue
        for m in earlier[-1]:
            out.append(m.model_copy(update={"start": found.start(), "end": found.end(), "text": found.group(0)}))
    return out


@cache
def _singular_pattern(lang: str) -> re.Pattern[str] | None:
    data = load_cues(lang).list_anaphora
    if not data.get("singular_demonstratives") or not data.get("singular_settlement"):
        return None
    settlement = alternation(data["singular_settlement"])
    demonstrative = rf"\b(?i:{alternation(data['singular_demonstratives'])})\s+(?i:{settlement})\b"
    if not data.get("singular_definites"):
        return re.compile(demonstrative)
    # "dans la commune", "la localité": the definite article names the town told before only when nothing after the
    # noun names or places another ("la commune de X", "la localité voisine", "la ville frontalière", "la ville
    # Y"); (the name's capital is read case-sensitively, the words are not)
    stops = alternation(data.get("singular_definite_stops", []))
    # (nor an adjective and "de" after it, "la ville portuaire de X"; a preposition is no adjective: "dans la commune
    # au mois de décembre")
    glue = alternation(data.get("singular_definite_glue", []))
    definite_settlement = alternation(data.get("singular_definite_settlement") or data["singular_settlement"])
    definite = (rf"(?<![\w'’])(?i:{alternation(data['singular_definites'])})\s*(?i:{definite_settlement})\b"
                rf"(?!\s*(?i:{stops})(?:(?<=['’-])|(?![\w'’])))(?!\s+[A-ZÀ-Ý])"
                rf"(?!\s+(?!(?i:{glue})\b)[a-zà-ÿ-]+\s+(?i:de|d['’]|du|des)(?:(?<=['’])|\b))")
    return re.compile(rf"{demonstrative}|{definite}")


_SINGULAR_REACH = 600  # characters back to the town a demonstrative names again


def named_again(text: str, mentions: list[PlaceMention], lang: str = "fr") -> list[PlaceMention]:
    """ "un premier groupe a été enlevé près d'Arbinda et un autre le lendemain au nord de cette commune": the
    phrase names the closest town told before, a few sentences back at most. Behind a cue of nearness or
    direction ("au nord de") it is that town's surroundings, precision 2."""
    pattern = _singular_pattern(lang)
    if pattern is None:
        return []
    out: list[PlaceMention] = []
    table = cue_table(lang)
    for found in pattern.finditer(text):
        # (a town of the gazetteer only: a village located from its context is known by its name alone, which
        # the phrase does not repeat)
        # (not a town named as the seat of a division: "le gouvernorat de Bandiagara ... dans ce village")
        earlier = [m for m in mentions if m.kind == "city" and m.end <= found.start()
                   and found.start() - m.end <= _SINGULAR_REACH and not _names_a_division(text, m, lang)]
        if not earlier:
            continue
        town = _not_a_reference_point(text, sorted(earlier, key=lambda m: m.end), lang)
        cue = find_cue(preceding_words(text, found.start(), lang), table)
        precision = 2 if cue is not None and cue.precision == 2 else town.location.precision
        out.append(town.model_copy(update={
            "start": found.start(), "end": found.end(), "text": found.group(0),
            "location": town.location.model_copy(update={"precision": precision})}))
    return out


@cache
def _apposed_locator(lang: str) -> re.Pattern[str]:
    """ ", à l'est de", ", à 20 km au nord de", ", près de": a comma, then words that locate the name after them."""
    loc = load_cues(lang).locators
    direction = alternation(loc.get("directions", []))
    near = alternation(loc.get("near", []))
    # (up to five words between "à" and the direction: "à une trentaine de kilomètres au sud de")
    return re.compile(rf"^\s*,\s*(?:(?:à|a)\s+(?:[\w'’-]+\s+){{0,5}}?(?:au\s+|l['’]|à\s+l['’])?(?:{direction})"
                      rf"|au\s+(?:{direction})|(?:{near}))\s*(?:de|du|d['’])\s*$", re.IGNORECASE)


def _not_a_reference_point(text: str, earlier: list[PlaceMention], lang: str) -> PlaceMention:
    """The last town told before, unless it only locates the one right before it ("À Silwad, à l'est de Ramallah,
    ... la localité": Silwad)."""
    town = earlier[-1]
    if len(earlier) > 1 and _apposed_locator(lang).match(text[earlier[-2].end:town.start]):
        return earlier[-2]
    return town


@cache
def _site_pattern(lang: str) -> re.Pattern[str] | None:
    data = load_cues(lang).list_anaphora
    if not data.get("site_determiners") or not data.get("site_nouns"):
        return None
    # the noun alone: not "le camp de déplacés de X", "le poste militaire d'Y" (a site named with its own words)
    own = alternation(data.get("site_own_words", []))
    det, noun = alternation(data["site_determiners"]), alternation(data["site_nouns"])
    return re.compile(rf"(?<![\w'’])(?P<det>{det})\s*(?P<noun>{noun})\b(?!\s*(?:{own})\b)", re.IGNORECASE)


_SITE_REACH = 1500  # characters back to the site a bare "le détachement", "la base" names again


def site_named_again(text: str, mentions: list[PlaceMention], lang: str = "fr") -> list[PlaceMention]:
    """ "le détachement militaire de X a été attaqué ... selon lesquelles le détachement aurait été occupé": a post
    or a base named again by its bare noun is the one the article named with its town before (the same noun right
    before the town). When the nouns named before sit at different towns, the phrase says nothing."""
    pattern = _site_pattern(lang)
    if pattern is None:
        return []
    out: list[PlaceMention] = []
    for found in pattern.finditer(text):
        noun = fold(found.group("noun"), lang)
        before = [m for m in mentions if m.end <= found.start() and found.start() - m.end <= _SITE_REACH
                  and m.kind not in ("country", "admin1", "admin2") and noun in preceding_words(text, m.start, lang, limit=3)]
        if not before or len({(m.location.country, m.location.place) for m in before}) != 1:
            continue
        site = max(before, key=lambda m: m.end)
        out.append(site.model_copy(update={"start": found.start(), "end": found.end(), "text": found.group(0)}))
    return out


@cache
def _admin_nouns(lang: str) -> frozenset[str]:
    return frozenset(fold(n, lang) for n in load_cues(lang).admin_context)


def _names_a_division(text: str, mention: PlaceMention, lang: str) -> bool:
    """ "le gouvernorat de X", "du cercle de X": the town is named as the seat of a division."""
    before = [w for w in preceding_words(text, mention.start, lang) if w != "'"]
    return len(before) >= 2 and before[-1] in ("de", "d", "du") and before[-2] in _admin_nouns(lang)

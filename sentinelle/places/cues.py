"""The words around a candidate name: cues before it, persons, sentence position."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, lru_cache

from sentinelle.places.data import load_cues, load_demonyms, load_stoplist
from sentinelle.places.normalize import fold


@dataclass(frozen=True)
class CueMatch:
    """The cue phrase found right before a name."""

    phrase: str
    precision: int | None
    prefer: str | None
    admin_context: bool  # "province de X": X names the administrative area
    skipped: int = 0  # adjectives between the cue and the name ("la base militaire américaine X")
    country: str | None = None  # "la ville syrienne de X": the cue itself says which country X is in
    road: bool = False  # "sur l'axe", "sur la route de": a road named by its ends ("A-B") may follow


@dataclass(frozen=True)
class CueTable:
    """Cue phrases as folded word tuples, longest first."""

    cues: tuple[tuple[tuple[str, ...], CueMatch], ...]
    locative: frozenset[str]
    person_titles: frozenset[str]
    stop_words: dict[str, str]
    max_words: int
    adjectives: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    feature_nouns: frozenset[str] = frozenset()
    region_words: frozenset[str] = frozenset()
    directions: frozenset[str] = frozenset()  # "nord", "sud-est" (the locators' word class)
    sea_nouns: frozenset[str] = frozenset()
    street_nouns: frozenset[str] = frozenset()
    neighbourhood_nouns: frozenset[str] = frozenset()
    town_part_nouns: frozenset[str] = frozenset()
    speech_to: frozenset[str] = frozenset()
    origin_words: frozenset[str] = frozenset()
    launch_participles: frozenset[str] = frozenset()
    dative_words: frozenset[str] = frozenset()  # "attribuée à X", "allégeance à X": an "à" that names no place
    allegiance: tuple[tuple[str, ...], ...] = ()  # "liée à", "les partisans de": folded words before a leader's name
    demonyms: dict[str, str] | None = None  # folded nationality adjective -> ISO2


def _words(phrase: str, lang: str) -> tuple[str, ...]:
    # "d'" and "l'" stay words of their own: the text is split the same way.
    return tuple(fold(phrase.replace("'", " ' ").replace("’", " ' "), lang).split())


@cache
def cue_table(lang: str) -> CueTable:
    data = load_cues(lang)
    admin_nouns = {fold(n, lang) for n in data.admin_context}
    road_nouns = {fold(n, lang) for n in data.road_nouns}
    cues = []
    for c in data.cues:
        words = _words(c.phrase, lang)
        cues.append((words, CueMatch(c.phrase, c.precision, c.prefer, bool(admin_nouns & set(words)),
                                     road=bool(road_nouns & set(words)))))
    cues.sort(key=lambda wc: -len(wc[0]))
    return CueTable(
        cues=tuple(cues),
        locative=frozenset(fold(w, lang) for w in data.locative),
        person_titles=frozenset(fold(w, lang).rstrip(".") for w in data.person_titles),
        stop_words={fold(s.word, lang): s.why for s in load_stoplist(lang)},
        max_words=max(len(w) for w, _ in cues),
        adjectives=frozenset(fold(a, lang) for a in [*data.cue_adjectives, *load_demonyms(lang)]),
        media_nouns=frozenset(fold(w, lang) for w in data.media_nouns),
        feature_nouns=frozenset(fold(w, lang) for w in data.feature_nouns),
        region_words=frozenset(fold(w, lang) for w in data.region_words),
        directions=frozenset(fold(w, lang) for w in data.locators.get("directions", [])),
        sea_nouns=frozenset(fold(w, lang) for w in data.sea_nouns),
        street_nouns=frozenset(fold(w, lang) for w in data.street_nouns),
        neighbourhood_nouns=frozenset(fold(w, lang) for w in data.neighbourhood_nouns),
        town_part_nouns=frozenset(fold(w, lang) for w in data.town_part_nouns),
        speech_to=frozenset(fold(w, lang) for w in data.speech_to),
        origin_words=frozenset(fold(w, lang) for w in data.origin_words),
        launch_participles=frozenset(fold(w, lang) for w in data.launch_participles),
        dative_words=frozenset(fold(w, lang) for w in data.dative_words),
        allegiance=tuple(sorted({_words(p, lang) for p in data.allegiance_phrases}, key=len, reverse=True)),
        demonyms={fold(a, lang): iso for a, iso in load_demonyms(lang).items()},
    )


def names_a_leader(before: list[str], table: CueTable) -> bool:
    """ "la faction liée à X", "des miliciens fidèles à X", "les partisans de X": the words before the name tie a group
    to it, so it names a leader or a group, not a place."""
    for p in table.allegiance:
        if len(before) < len(p) or tuple(before[-len(p):]) != p:
            continue
        # (an adjective of allegiance right after a determiner is a noun of people: "des fidèles à X" are worshippers
        # at X, "les acquis à" ...; "des miliciens fidèles à X" is the group's tie)
        if p[-1] in ("à", "a") and len(p) == 2 and len(before) > len(p) and (
                before[-len(p) - 1] in _DETERMINERS or before[-len(p) - 1].isdigit()):
            continue
        return True
    return False


_DETERMINERS = frozenset({"des", "les", "le", "la", "l", "un", "une", "ces", "ce", "leurs", "leur", "nos", "vos", "ses",
                          "aux", "du", "de", "d", "plusieurs", "quelques", "deux", "trois", "quatre", "cinq", "six",
                          "sept", "huit", "neuf", "dix"})


def names_outlet_or_addressee(before: list[str], table: CueTable) -> bool:
    """ "la chaîne de télévision libanaise X", "a indiqué à X": X is an outlet or the one spoken to."""
    words = list(before)
    while words and words[-1] in table.adjectives:  # "libanaise", "d'État"
        words.pop()
    if words and words[-1] in table.media_nouns:
        return True
    return len(before) >= 2 and before[-1] == "a" and before[-2] in table.speech_to


def names_a_water_body(before: list[str], table: CueTable) -> bool:
    """ "le golfe d'Aden", "le canal de Suez", "en mer Rouge": the name is the sea's or the canal's, not the town's."""
    words = [w for w in before if w != "'"]
    if words and words[-1] in table.sea_nouns:
        return True
    if not words or words[-1] not in ("de", "d", "du", "des"):
        return False
    return len(words) >= 2 and words[-2] in table.feature_nouns


def names_a_region_part(before: list[str], table: CueTable) -> bool:
    """ "sur le plateau du Golan", "dans le nord du Sinaï", "la forêt de Sambisa": a landform noun or a direction
    right before the name (its "de" and article aside) places a curated region as a locative word does."""
    words = [w for w in before if w != "'"]
    while words and words[-1] in ("de", "d", "du", "des", "la", "le", "l", "les"):
        words.pop()
    # a landform noun may stand right before the name ("les monts Hamrin"); a direction (the locators' word class)
    # only with its "de" ("le nord du Sinaï"; "est" is also a verb)
    return bool(words) and (words[-1] in table.region_words or (len(words) < len(before) and words[-1] in table.directions))


def names_a_street(before: list[str], table: CueTable) -> bool:
    """ "la rue Saint-Martin", "l'avenue de la Paix", "le boulevard du 30 Juin": the name is the street's, not the
    town or the country of that name (the street itself is in no gazetteer)."""
    words = [w for w in before if w != "'"]
    while words and words[-1] in ("de", "d", "du", "des", "la", "le", "l", "les"):
        words.pop()
    return bool(words) and words[-1] in table.street_nouns


def preceding_words(text: str, start: int, lang: str, limit: int = 8) -> list[str]:
    """The folded words before ``start`` in the same clause, nearest last (apostrophes kept as words)."""
    return list(_preceding_words(text[max(0, start - 80):start], lang, limit))


@lru_cache(maxsize=1 << 14)
def _preceding_words(window: str, lang: str, limit: int) -> tuple[str, ...]:
    # memoised on the window: the stages ask again and again about the words before the same name
    for stop in ".;:!?\n«»\"()[]":
        window = window.rsplit(stop, 1)[-1]
    window = window.replace("'", " ' ").replace("’", " ' ")
    return tuple(fold(window, lang).split()[-limit:]) if window.strip() else ()


MAX_SKIPPED_ADJECTIVES = 2


def find_cue(before: list[str], table: CueTable) -> CueMatch | None:
    """The longest cue phrase ending right before the name.

    A cue that prefers a kind of place may be separated from the name by up
    to two adjectives ("la base militaire américaine Victoria").
    """
    by_last = _cues_by_last_word(table)
    if before[-1:] == ["d"]:
        # "près d'Alep", "au nord d'Idleb": the elided "de" of a cue written with "de" (the apostrophe is
        # folded away)
        found = _cue_ending([*before[:-1], "de"], by_last, preferring=False)
        if found is not None:
            return found
    for skip in range(MAX_SKIPPED_ADJECTIVES + 1):
        if skip and not (len(before) > skip and before[-skip] in table.adjectives):
            break
        cue = _cue_ending(before[:len(before) - skip], by_last, preferring=bool(skip))
        if cue is not None:
            return replace(cue, skipped=skip) if skip else cue
    return _cue_with_inner_adjectives(before, table)


def _cue_ending(words_before: list[str], by_last: dict, preferring: bool) -> CueMatch | None:
    """The longest cue that ends ``words_before`` (one that prefers a kind of place, when ``preferring``)."""
    # only the cues ending with the last word can match (in table order: longest first)
    for words, cue in by_last.get(words_before[-1] if words_before else None, ()):
        n = len(words)
        if n <= len(words_before) and tuple(words_before[-n:]) == words and (not preferring or cue.prefer):
            return cue
    return None


def _cue_with_inner_adjectives(before: list[str], table: CueTable) -> CueMatch | None:
    """ "la ville syrienne d'X", "les villages libanais de X": adjectives between the cue's noun and its "de"."""
    for of in (["de"], ["d", "'"], ["d"], ["du"], ["des"]):
        if len(before) <= len(of) or before[-len(of):] != of:
            continue
        head = before[:-len(of)]
        skip = 0
        while skip < MAX_SKIPPED_ADJECTIVES and len(head) > skip + 1 and head[-1 - skip] in table.adjectives:
            skip += 1
        if not skip:
            return None
        # a nationality among the adjectives is where the place is ("les villages libanais de X")
        countries = {(table.demonyms or {}).get(a) for a in head[len(head) - skip:]} - {None}
        country = countries.pop() if len(countries) == 1 else None
        for glue in (of, ["de"]):  # "d'" is "de" before a vowel
            cue = _cue_ending([*head[:len(head) - skip], *glue], _cues_by_last_word(table), preferring=True)
            if cue is not None:
                # (a site's nationality is its owner's: "la base américaine de X" is in another country)
                return replace(cue, country=country if cue.prefer in ("city", "admin1") else None)
    return None


_BY_LAST_WORD: dict[int, tuple[tuple, dict]] = {}


def _cues_by_last_word(table: CueTable) -> dict[str | None, list[tuple[tuple[str, ...], CueMatch]]]:
    """The table's cues grouped by their last word, in table order (built once per table)."""
    held = _BY_LAST_WORD.get(id(table.cues))
    if held is not None and held[0] is table.cues:
        return held[1]
    index: dict[str | None, list[tuple[tuple[str, ...], CueMatch]]] = {}
    for words, cue in table.cues:
        index.setdefault(words[-1] if words else None, []).append((words, cue))
    _BY_LAST_WORD[id(table.cues)] = (table.cues, index)
    return index


def names_an_origin(before: list[str], table: CueTable) -> bool:
    """ "tirées depuis le Liban", "lancé du Yémen", "en provenance de Gaza": the name says where a launch came from."""
    words = [w for w in before[-5:] if w != "'"]
    if set(words) & table.origin_words:
        return True
    return any(a in table.launch_participles and b in ("de", "d", "du", "des") for a, b in zip(words, words[1:], strict=False))

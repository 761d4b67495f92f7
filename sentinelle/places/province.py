"""Names nothing locates, placed in the article's own province, as ACLED coders place a village they cannot find.

"Deux soldats camerounais ont été tués à Tourou. L'armée a renforcé sa présence à Mokolo et à Maroua": no
gazetteer holds Tourou and no locator phrase ("dans la commune de", "à 30 km de") places it, but every other place
the article names lies in one province (Far North): the village is placed there, at precision 3, with its name as
written in ``location.name``. The province is never guessed: the article's places must lie in one first-level
division, and name it (a province, a district of it) or name two places of it; with places in two provinces, or
one town only, the name is not placed. The dateline ("MAROUA (AFP) -") is where the story was filed, no evidence.

Only a name introduced as a place is placed so: after a locative word ("à Tourou") or a place cue ("le village
de X"); not the name of an armed group or an outlet ("attribuée à Boko Haram", "a déclaré à Jeune Afrique"), nor an
ordinary or stop-listed word, nor a person ("à Moussa Kolbéri", read by the tagger as a name of two words).
"""

from __future__ import annotations

from sentinelle.model import PlaceMention
from sentinelle.places.gazetteer import Gazetteer, to_location

# Kinds of mention whose admin1 says where the article's places are (a region's admin1 is only its main division,
# a country has none, a dateline is where the story was filed)
_EVIDENCE_KINDS = frozenset({"city", "site", "admin1", "admin2", "area", "located"})
_DIVISION_KINDS = frozenset({"admin1", "admin2"})


def article_province(known: list[PlaceMention]) -> PlaceMention | None:
    """A mention standing for the one first-level division all the article's places lie in, when the words
    support it (a division of it named, or two places in it); ``None`` otherwise."""
    evidence = [m for m in known if m.kind in _EVIDENCE_KINDS and m.location.admin1 and m.location.country]
    provinces = {(m.location.country, m.location.admin1) for m in evidence}
    if len(provinces) != 1:
        return None
    named = [m for m in evidence if m.kind in _DIVISION_KINDS]
    places = {(m.location.place or m.text) for m in evidence}
    if not named and len(places) < 2:
        return None
    return (named or evidence)[0]


def place_in_province(text: str, known: list[PlaceMention], names: list[tuple[int, int]],
                      gazetteer: Gazetteer) -> list[PlaceMention]:
    """Mentions for the names (spans of ``text``) that nothing else locates, in the article's one province."""
    if not names:
        return []
    witness = article_province(known)
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

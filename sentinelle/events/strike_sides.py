"""The side of a strike told with no doer, from the strikes the article gives a side: "Mardi soir, plusieurs frappes
israéliennes ont ciblé Rafah. [...] Une frappe a touché une voiture à Khan Younès, tuant deux personnes" (the second
strike is Israel's too, as a coder reads the article).

A state's forces named as the only side that strikes from afar (air or drone strikes, shelling) in the article, in a
country where they strike, are the doer of the article's other strikes in that same country that name nobody. Two
sides named striking (Israel and Hezbollah, Russia and Ukraine) leave every unnamed strike unidentified, and so does
a strike in another country than theirs (a Ukrainian drone on Belgorod in an article on Russian strikes in Ukraine).
"""

from __future__ import annotations

from sentinelle.actors.localize import localize_actor
from sentinelle.model import Event

# strikes from afar: only a state's forces (or a few armed groups) have the aircraft, drones or guns for them
_STRIKES = frozenset({"air_drone_strike", "shelling_artillery_missile_attack"})
_STATE_KINDS = frozenset({"state_forces", "external"})


def _country(e: Event) -> str | None:
    return e.location.country if e.location is not None else None


def strikers_named_elsewhere(events: list[Event], lang: str = "fr") -> list[Event]:
    """``events`` with the unidentified doer of each strike replaced by the one state's forces the article names
    striking in the same country (unchanged when it names none, or more than one side striking)."""
    strikes = [e for e in events if e.sub_event_type in _STRIKES]
    named = [e for e in strikes if e.actor1 is not None and e.actor1.kind != "unidentified"]
    sides = {e.actor1.normalized for e in named if e.actor1 is not None}
    if len(sides) != 1 or any(e.actor1 is None or e.actor1.kind not in _STATE_KINDS for e in named):
        return events
    side = named[0].actor1
    assert side is not None
    where = {_country(e) for e in named} - {None}
    unnamed = {id(e) for e in strikes if e.actor1 is None or e.actor1.kind == "unidentified"}
    out = []
    for e in events:
        country = _country(e)
        if id(e) in unnamed and country in where and (e.actor2 is None or e.actor2.normalized != side.normalized):
            e = e.model_copy(update={"actor1": localize_actor(side, country, lang)})
        out.append(e)
    return out

"""An assault that does not say how it was done, typed by what it hit: a named armed side attacking a town is a
battle, an assault whose mentions name only civilians as hit is an attack on them (``assemble`` asks these when it
forms incidents and when it joins a toll told after its assault)."""

from __future__ import annotations

import copy

from sentinelle.events.lexicon import resolve_type
from sentinelle.events.mention import EventMention

# Non-state armed sides: an attack they make on a town, with no other word of what happened, is a battle (a
# state's "raid" on a city is as often from the air: it is left untyped)
NON_STATE_ARMED = frozenset({"rebels", "militia", "unidentified"})


def armed_assault(m: EventMention, storming: frozenset[str]) -> bool:
    """ "Des jihadistes ont attaqué lundi Djibo", "les shebab ont attaqué la ville de Jowhar": a word of an assault
    on the ground (``storming``: the trigger entries typed by what they hit; not "attentat", as often a bomb)
    that does not say how, by a named armed side, at a place of its own (a town, not a whole country), that no
    incident told in the article accounts for."""
    # (or, with nobody named, an attack told as a noun whose complement is the town, on a day of its own sentence:
    # "Une attaque contre la ville de X a eu lieu samedi"; the attackers, unknown, are the default armed group)
    doers = (m.actor1 is not None and m.actor1.kind in NON_STATE_ARMED) or (
        m.actor1 is None and m.place_attacked and "same_sentence" in m.date_flags)
    return bool(storming.intersection(m.trigger_ids) and doers
                and m.places and m.places[0].kind != "country"
                and not m.reference and not m.summary and m.date is not None)


def typed_as(m: EventMention, label: str) -> EventMention:
    """A copy of a mention that did not say what happened, typed by what the rest of the text tells (``label``: a
    type or sub-event type of the lexicon)."""
    c = copy.copy(m)
    c.event_type, c.sub_event_type = resolve_type(label)
    return c


def only_civilians_hit(m: EventMention) -> bool:
    """The assault's mention names civilians as the ones hit, and no force: "des colons ont attaqué X, blessant deux
    Palestiniens" is an attack on the villagers, not a fight with the town's defenders."""
    return "civilians" in (m.target, m.target_category, m.victim_category) and not force_hit(m)


def force_hit(m: EventMention) -> bool:
    """The mention names soldiers, police or armed people among the ones hit."""
    return any(k in ("troops", "police", "armed") for k in (m.target, m.target_category, m.victim_category))

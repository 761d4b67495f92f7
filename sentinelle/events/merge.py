"""The fields of one event, merged from the mentions of its incident by the annotation guideline.

The most specific type by ACLED precedence, the most precise place, a stated day over a publication-date
fallback, a named side over an unidentified one, the lowest casualty figure, every evidence span.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sentinelle.attribution.combine import event_modality
from sentinelle.events.arguments import UNIDENTIFIED
from sentinelle.events.casualties import whole_tolls
from sentinelle.events.dates_agree import date_strength
from sentinelle.events.incidents import VIOLENT_TYPES
from sentinelle.events.lexicon import Lexicon, TriggerEntry, resolve_type
from sentinelle.events.mention import EventMention
from sentinelle.events.same_incident import two_sides
from sentinelle.model import Actor, Event, Source

if TYPE_CHECKING:
    from sentinelle.events.clusters import _Cluster

# named sides with no air force of their own
_GROUND_SIDES = frozenset({"rebels", "militia"})


def merge_event(c: _Cluster, lex: Lexicon, entries: dict[str, TriggerEntry], modality: str | None = None) -> Event:
    """The event of one cluster of mentions, its fields merged by the annotation guideline."""
    ms = c.mentions
    best_type = min(c.types, key=lex.precedence_rank)
    # arrests in a peaceful protest are the authorities stepping in (ACLED: protest with intervention)
    if best_type == "peaceful_protest" and "arrests" in c.types:
        best_type = "protest_with_intervention"
    # a projectile intercepted that hit nothing is weapons disrupted, not a strike
    if resolve_type(best_type)[0] == "explosions_remote_violence" \
            and any(m.sub_event_type == "disrupted_weapons_use" for m in ms) \
            and not any(m.fatalities or m.injuries for m in ms):
        best_type = "disrupted_weapons_use"
    # weapons seized in a fight are its spoils: the fight types the event ("ont pris d'assaut la base de X ... Le
    # groupe affirme avoir saisi des armes")
    if best_type == "disrupted_weapons_use" and any(m.event_type == "battles" for m in ms):
        best_type = min((m.sub_event_type or "armed_clash" for m in ms if m.event_type == "battles"),
                        key=lex.precedence_rank)
    # clashes told beside a riot with no named sides are the riot's
    if resolve_type(best_type)[0] == "battles" and any(m.event_type == "riots" for m in ms) and not any(
            m.event_type == "battles" and two_sides(m, unidentified=True) for m in ms):
        best_type = min((m.sub_event_type or "violent_demonstration" for m in ms if m.event_type == "riots"),
                        key=lex.precedence_rank)
    # a destruction that kills or wounds ("attaqué la ville, tuant dix civils et incendiant des maisons", "ont
    # incendié deux voitures et frappé des habitants, blessant deux hommes") is an attack: ACLED codes property
    # destruction only where no one was harmed
    if best_type == "looting_property_destruction" and any(m.fatalities or m.injuries for m in ms):
        best_type = "attack"
    # a protest where people were killed was no peaceful one: lethal force against it ("un étudiant a été tué
    # lors de manifestations"), when nothing says the crowd itself was violent (that is a riot)
    if best_type in ("peaceful_protest", "protest_with_intervention") and any(m.fatalities for m in ms):
        best_type = "excessive_force_against_protesters"
    event_type, sub = resolve_type(best_type)
    place = c.place
    location = None
    if place is not None:
        location = place.location.model_copy(update={"name": place.text})

    # the date governing the most specific mention: its own sentence's date first, a day before a week
    # (a sentence counting several incidents dates none of them: "Les shebab ont revendiqué mercredi deux attaques"
    # is the claim's day; "ont pris d'assaut à l'aube du mardi 20 janvier la base de X" is the incident's)
    dated = [m for m in ms if m.date and m.date.start]
    # (the day the dead were found gives way to the day they were killed: ``found_later``; a sentence counting
    # several incidents gives its day to none of them: ``summary``)
    date_m = min(dated, key=lambda m: (
        bool(m.trigger_ids) and all(entries[t].found_later for t in m.trigger_ids if t in entries),
        date_strength(m), m.summary, m.date.precision != "day", not m.specific, m.sent_start), default=None)

    # a named side before an unidentified one ("un kamikaze" in the report, the group in its claim)
    # (the body's before the headline's, which may sum up several incidents by several sides)
    actors1 = [m.actor1 for m in ms if m.actor1 and not m.headline] + [m.actor1 for m in ms if m.actor1 and m.headline]
    actor1: Actor | None = next((a for a in actors1 if a.kind != "unidentified"), actors1[0] if actors1 else None)
    if actor1 is None and event_type in VIOLENT_TYPES:
        actor1 = UNIDENTIFIED
    # "des dizaines de jeunes ont marché vers la mairie": people who protest are protesters (crowd_actors)
    crowd = lex.triggers.crowd_actors.get(event_type)
    if crowd and actor1 is not None and actor1.normalized:
        label, _, country = actor1.normalized.partition(" (")  # "Civilians (Mali)" -> "Protesters (Mali)"
        if label in lex.triggers.crowd_from:
            actor1 = actor1.model_copy(update={"normalized": crowd + (" (" + country if country else "")})
    actor2 = next((m.actor2 for m in ms if m.actor2 and not m.headline), next((m.actor2 for m in ms if m.actor2), None))
    # the crowd met by the police, told again as the rioters, is not also the riot's second side
    if event_type in ("protests", "riots") and actor1 is not None and actor2 is not None \
            and actor2.normalized in (actor1.normalized, next((m.actor1.normalized for m in ms if m.actor1), None)):
        actor2 = None
    # the people arrested at a riot are not what the rioters hit
    # (nor are the houses burnt in a massacre its target; what rioters burnt is the riot's)
    targets = [m.target for m in ms if m.target and (m.sub_event_type != "arrests" or sub == "arrests")
               and (m.sub_event_type != "looting_property_destruction" or sub == m.sub_event_type
                    or event_type == "riots")]
    # (the body's before the headline's, which may name what another incident hit: "une attaque contre un
    # commissariat, deux civils tués à X")
    body_targets = [m.target for m in ms if m.target and not m.headline and m.target in targets]
    targets = body_targets or targets
    target = next((t for t in targets if t != "civilians"), targets[0] if targets else None)
    # the people of a protest or a riot are who took part, not what it hit (a building burnt stays its target)
    if event_type in ("protests", "riots") and target == "civilians":
        target = None
    # civilians killed in a fight between armed sides were caught in it ("des combats ..., faisant quatre morts
    # parmi les civils", "un civil a été tué par une balle perdue"), not what was fought: a battle's target is a
    # post, a base or a convoy, or none
    if event_type == "battles" and target == "civilians":
        target = None
    # an arrest hits nothing: the people arrested are its actor2, the houses searched for them no target
    # ("les forces ont fouillé plusieurs habitations avant d'interpeller trois hommes")
    if sub == "arrests":
        target = None

    weapons: list[str] = []
    # (a riot keeps the weapons its own mentions name, not the guns a clash word implies)
    for m in (ms if event_type != "riots" else [m for m in ms if m.event_type == "riots"]):
        weapons += [w for w in m.weapons if w not in weapons]
    if len(weapons) > 1 and "unknown" in weapons:
        weapons.remove("unknown")
    # "les FSR ont bombardé El-Facher": a rebel group or militia with no aircraft or drone named bombards from
    # the ground, when every word of the strike says so (``without_aircraft`` of triggers.yaml)
    # (the body's words: a headline's "frappes" may sum up strikes of both sides)
    striking = [m for m in ms if m.sub_event_type == sub and not m.headline] or [m for m in ms if m.sub_event_type == sub]
    ground = {entries[i].without_aircraft for m in striking for i in m.trigger_ids
              if i in entries and entries[i].type == sub}
    if sub == "air_drone_strike" and not weapons and actor1 is not None and actor1.kind in _GROUND_SIDES \
            and len(ground) == 1 and None not in ground:
        event_type, sub = resolve_type(ground.pop())  # type: ignore[arg-type]
    # a strike from the air with no drone named was made by aircraft ("des frappes en Afghanistan")
    if sub == "air_drone_strike" and not weapons:
        weapons = ["airstrike"]

    # "cinq civils auraient été exécutés ... L'armée affirme avoir tué quatre terroristes": the dead of another
    # side, told in a sentence of their own after the incident's toll, are no lower figure of it
    # (the killers' own claim is the least sure figure: "les séparatistes prétendent avoir tué douze soldats
    # ... quatre assaillants ont été neutralisés, selon l'armée" leads with the army's)
    counted = [m for m in ms if m.fatalities and m.fatality_victims]
    counted = [m for m in counted if m.modality != "claimed"] or counted
    lead = min(counted, key=lambda m: m.sent_start).fatality_victims if counted else None
    # (unless told as more dead: "Quatre assaillants ont également été tués" adds to the soldiers killed)
    toll_ms = [m for m in ms if m.fatality_victims in (None, lead) or not m.fatalities or m.more_dead]
    # "L'instituteur a été tué ... les assaillants ont décapité deux hommes, dont l'instituteur": one person
    # named is one of the dead, no lower figure of a toll written elsewhere
    if any(m.fatalities and not m.fatality_named for m in toll_ms):
        toll_ms = [m for m in toll_ms if not m.fatality_named]

    def lowest(attr: str) -> int | None:
        ms = toll_ms if attr == "fatalities" else c.mentions
        single = [getattr(m, attr) for m in ms if getattr(m, attr) is not None and not m.summary]
        values = single or [getattr(m, attr) for m in ms if getattr(m, attr) is not None]
        # "Douze assaillants ont été tués ... Aucun soldat n'a été tué": the nobody of one side is not a lower
        # figure for the toll of the incident, which counts the other side's dead
        if any(values):
            values = [v for v in values if v]
        if attr == "fatalities":
            # "Cinq militaires et sept jihadistes ont été tués ... « Un officier et quatre soldats ont été tués »":
            # one side of another mention's summed toll is no lower figure of the whole
            values = whole_tolls(values, [m.fatality_parts for m in ms])
            # others who died too ("Quatre assaillants ont également péri") add to the toll told before them
            more = [m for m in ms if m.more_dead and m.fatalities]
            base = [m for m in ms if not m.more_dead and m.fatalities is not None and not m.summary]
            first_told = min((y.sent_start for y in ms if not y.more_dead), default=None)
            if more and base and all(x.sent_start > first_told for x in more):
                return min(m.fatalities for m in base) + sum(x.fatalities for x in more)
        return min(values) if values else None

    # attributed anywhere → the article relays it (wire copy names its source once); what counts is
    # what is said of this incident alone, not of a list or a tally it is part of, when there is some
    # (a count in the sentence that names the incident's own place, with its source, is no tally it is part of:
    # "deux missiles ont frappé une installation à X, selon le ministère" tells this strike, and who says so)
    own = [m for m in ms if not (m.listed or m.reference) and (not m.summary or (
        m.sources and place is not None and bool(m.places) and m.places[0] is place))] or ms
    # (nor of the headline, which may relay one side's claim over several incidents: "Boko Haram revendique une
    # attaque, raids aériens près de X" above the army's communiqué on the raids)
    own = [m for m in own if not m.headline] or own
    # the perpetrator's own claim stays a claim when outlets relay it; an official or anonymous
    # source telling the same incident makes it reported (attribution.event_modality)
    if modality is None:
        modality = event_modality(own)
    sources: list[Source] = []
    for m in ms:
        sources += [s for s in m.sources if all(s.name != t.name for t in sources)]

    # a strategic development (looting, destruction, arrests, an agreement) is no violent event: the dead
    # told with it ("tuant dix civils et incendiant plusieurs maisons") are the attack's, not its own
    tolls = event_type != "strategic_developments"
    field_evidence: dict[str, list[tuple[int, int]]] = {}
    for m in ms:
        for name, spans in m.field_evidence.items():
            if name in ("fatalities", "injuries") and not tolls:
                continue
            if name == "date" and m is not date_m:
                continue
            if name == "location" and place is not None and m.places and m.places[0] is not place:
                continue
            bucket = field_evidence.setdefault(name, [])
            bucket += [s for s in spans if s not in bucket]
    fatalities = lowest("fatalities") if tolls else _nobody(ms, "fatalities")
    injuries = lowest("injuries") if tolls else _nobody(ms, "injuries")
    # "une roquette est tombée près du kibboutz, sans faire de blessé", "L'équipage est sain et sauf": nobody hurt
    # by a strike or an attack is nobody killed either (a figure of dead told anywhere stays the toll)
    if fatalities is None and injuries == 0 and event_type in VIOLENT_TYPES:
        fatalities = 0
        field_evidence.setdefault("fatalities", list(field_evidence.get("injuries", [])))
    # a place carried from the scene told before ("Une quinzaine de maisons ont été incendiées", after
    # the town) points at the words that named it there: every field has its evidence
    if place is not None and not field_evidence.get("location"):
        field_evidence["location"] = [(place.start, place.end)]
    return Event(
        event_type=event_type,  # type: ignore[arg-type]
        sub_event_type=sub,
        date=date_m.date if date_m else None,
        location=location,
        actor1=actor1,
        actor2=actor2,
        target=target,
        weapon=weapons,
        fatalities=fatalities,
        injuries=injuries,
        modality=modality,  # type: ignore[arg-type]
        sources=sources,
        evidence=sorted({m.sentence for m in ms}),
        field_evidence={k: sorted(v) for k, v in field_evidence.items() if v},
    )


def _nobody(ms: list[EventMention], attr: str) -> int | None:
    """A strategic development's toll: 0 when its mentions say nobody was hurt and none gives a figure ("ont incendié
    une dizaine de maisons, sans faire de victimes"), else none (the dead told with it are an attack's)."""
    values = {getattr(m, attr) for m in ms if getattr(m, attr) is not None}
    return 0 if values == {0} else None

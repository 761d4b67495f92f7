"""Which mentions of an article can tell one incident, by their types (mixed into assemble's clustering):
a killing is part of the bombing that caused it, a recap that does not say how joins any violent incident
there, what was burnt in an attack is part of it, clashes with no named sides beside a riot are the riot's;
two sentences each counting its own dead of another kind, or a fight between two named sides, are apart."""

from __future__ import annotations

from sentinelle.events.incidents import VIOLENT_TYPES
from sentinelle.events.mention import EventMention


def two_sides(m: EventMention, unidentified: bool = False) -> bool:
    """Both sides of the mention are named armed actors (``unidentified``: or unidentified armed men)."""
    other = ("civilians",) if unidentified else ("unidentified", "civilians")
    return all(a is not None and a.kind not in other for a in (m.actor1, m.actor2))


def other_dead(a: EventMention, b: EventMention) -> bool:
    """Two sentences each counting its own dead, of another kind ("ont tué lundi quatorze civils au marché de X.
    L'armée a affirmé avoir neutralisé une dizaine de terroristes autour de X"): two incidents, not a toll revised."""
    return a.sentence != b.sentence and bool(a.fatalities) and bool(b.fatalities) and a.fatalities != b.fatalities \
        and a.victim_category is not None and b.victim_category is not None and a.victim_category != b.victim_category


def _same_crowd(a: EventMention, b: EventMention) -> bool:
    """Both mentions name the same crowd (the same civilian side, on either side of each)."""
    crowds = [{x.normalized for x in (m.actor1, m.actor2) if x is not None and x.kind == "civilians"} for m in (a, b)]
    return bool(crowds[0] & crowds[1])


def types_compatible(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions' types allow them to tell one incident."""
    # "ont lancé un missile vers X, intercepté par la défense antiaérienne": the launch and its interception, in one
    # sentence, are one incident (assemble types it as weapons disrupted when nothing was hit)
    if {a.sub_event_type, b.sub_event_type} & {"disrupted_weapons_use"} and a.sentence == b.sentence and \
            {a.event_type, b.event_type} == {"explosions_remote_violence", "strategic_developments"}:
        return True
    # an abduction next to a killing in one place is two events ("ont tué deux civils et enlevé trois
    # autres"); an attack word with no toll is the abduction's own recap
    subs = {a.sub_event_type, b.sub_event_type}
    if "abduction_forced_disappearance" in subs and len(subs) > 1:
        other = b if a.sub_event_type == "abduction_forced_disappearance" else a
        if other.fatalities:
            return False
    # ... and so are an abduction of civilians and an assault on armed men told in another sentence ("ont enlevé
    # trois enseignants à X. Dans la soirée, ils ont attaqué le poste de gendarmerie de la ville"), whether or not
    # the assault's word says how: ACLED codes the abduction and the fight at the post apart
    for x, y in ((a, b), (b, a)):
        if x.sub_event_type == "abduction_forced_disappearance" and y.event_type == "battles" \
                and a.sentence != b.sentence and two_sides(y, unidentified=True) \
                and (x.actor2 is None or x.actor2.kind == "civilians"):
            return False
    # a fight between two named sides ("les FAS ont repoussé une attaque des FSR") is a battle of its
    # own, not the recap of a bombing told beside it
    # (nor the attack on civilians told before it: "des gangs ont attaqué le quartier ... À l'aube, des
    # échanges de tirs ont opposé les policiers aux bandits")
    for x, y in ((a, b), (b, a)):
        if x.event_type == "battles" and y.event_type == "explosions_remote_violence" and two_sides(x) \
                and x.specific:
            return False
        if x.event_type == "battles" and y.event_type == "violence_against_civilians" and x.specific \
                and two_sides(x, unidentified=True):
            return False
        # ... nor the state's forces going after the attackers ("Des soldats ont alors intercepté les combattants"):
        # the army's fight is an event of its own, not the attack on the villagers
        if x.event_type == "battles" and y.event_type == "violence_against_civilians" and x.specific \
                and x.actor1 is not None and x.actor1.kind == "state_forces" \
                and (y.actor1 is None or y.actor1.kind != "state_forces"):
            return False
    # a mention that does not say how (no specific word, no weapon) is a recap of any violent incident there
    if (not a.specific or not b.specific) and {a.event_type, b.event_type} <= VIOLENT_TYPES:
        return not other_dead(a, b)
    if a.event_type == b.event_type:
        specific = {a.sub_event_type, b.sub_event_type} - {None, "attack"}
        return len(specific) <= 1 or a.event_type != "violence_against_civilians"
    # a riot told with its dead ("émeutes à X, un mort par balle") and a death there with no named
    # perpetrator ("un décès par arme à feu à X") are one incident: the riot's toll told again
    for x, y in ((a, b), (b, a)):
        if x.event_type == "riots" and x.fatalities and y.event_type == "violence_against_civilians" \
                and y.sub_event_type in (None, "attack") and not y.specific and y.actor1 is None:
            return True
    # what was burnt or looted in an attack or a riot is part of it ("Les rebelles ont massacré douze civils à X.
    # Les assaillants ont aussi incendié une dizaine de maisons"; "Des heurts ... Des voitures ont été
    # incendiées"): ACLED codes the destruction in the violent event, the same day and place
    for x, y in ((a, b), (b, a)):
        if x.sub_event_type == "looting_property_destruction" and (
                y.event_type in VIOLENT_TYPES or y.event_type == "riots"):
            return True
    # weapons seized in a fight are its spoils ("ont pris d'assaut mardi la base de X ... Le groupe affirme avoir
    # saisi des armes et un véhicule blindé"): ACLED codes them in the battle, the same day and place
    for x, y in ((a, b), (b, a)):
        if x.sub_event_type == "disrupted_weapons_use" and "weapons_taken" in x.trigger_ids \
                and y.event_type == "battles":
            return True
    # clashes with no named sides beside a riot at that place and day are the riot's ("Des heurts ont éclaté
    # lundi à X. Les manifestants ont affronté la police ...")
    for x, y in ((a, b), (b, a)):
        if x.event_type == "battles" and y.event_type == "riots" and not two_sides(x, unidentified=True):
            return True
    # the protesters of one sentence and what they burnt are one riot ("des manifestants ont incendié
    # l'ambassade à A et l'institut de B": a riot in each town, not a protest beside it)
    if {a.event_type, b.event_type} == {"protests", "riots"} and a.sentence == b.sentence:
        return True
    # ... and the crowd met by the police and the same crowd looting or burning, told in the next sentence ("La
    # police a tiré des gaz lacrymogènes pour disperser des manifestants. Des manifestants ont pillé des
    # entrepôts"): one riot (ACLED: a demonstration turned violent)
    if {a.event_type, b.event_type} == {"protests", "riots"} and _same_crowd(a, b):
        return True
    # arrests at a protest or a riot, the same day and place, are part of it (ACLED codes them in the
    # demonstration event: "une vingtaine de personnes ont été arrêtées" in a story of riots)
    if {a.event_type, b.event_type} in ({"strategic_developments", "riots"},
                                        {"strategic_developments", "protests"}) \
            and "arrests" in {a.sub_event_type, b.sub_event_type}:
        return True
    # a killing ("tuer", "massacre") is part of the bombing or battle that caused it; not one told in another
    # sentence with a toll of its own ("ont tué lundi quatorze civils au marché de X. L'armée a affirmé avoir
    # neutralisé une dizaine de terroristes autour de X": two incidents)
    for x, y in ((a, b), (b, a)):
        if x.event_type == "violence_against_civilians" and x.sub_event_type in (None, "attack"):
            if y.event_type in ("explosions_remote_violence", "battles"):
                return not other_dead(x, y)
    return False


def other_sides_version(m: EventMention, before: list[EventMention], text: str) -> bool:
    """``m`` is the version the other side gives of an incident told just before it, not a new incident.

    "Des colons ont attaqué le village de X, blessant quatre Palestiniens. L'armée affirme que ses soldats ont tiré
    sur des « émeutiers qui lançaient des pierres »": a party's account (an official source) that calls the victims
    rioters, with no place of its own, in the same paragraph and on the same day as a violent incident at a named
    place, tells that incident again; ACLED codes it once, as its first account says.
    """
    if m.event_type != "riots" or m.places or m.modality != "reported" \
            or not any(s.kind == "official" for s in m.sources):
        return False
    for p in before:
        if p.sent_start >= m.sent_start or not p.places or (
                p.event_type not in VIOLENT_TYPES and p.sub_event_type != "excessive_force_against_protesters"):
            continue
        if "\n" in text[p.sent_end:m.sent_start]:
            continue  # another paragraph
        day, other = (p.date.start if p.date else None), (m.date.start if m.date else None)
        if day is not None and other not in (None, day):
            continue
        return True
    return False

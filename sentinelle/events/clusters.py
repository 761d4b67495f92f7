"""An incident being put together from its mentions (``_Cluster``) and the small judgements the assembler makes of
one: the kind of thing hit, a headline recapping or summing up the body, the better of two places."""

from __future__ import annotations

from dataclasses import dataclass, field

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.events.geo import norm_name, same_place
from sentinelle.events.incidents import VIOLENT_TYPES
from sentinelle.events.mention import EventMention
from sentinelle.model import PlaceMention

# Targets that name the same thing hit in different words: "un véhicule" of "le convoi".
# targets that may name the same thing hit ("une école transformée en abri", later "l'école des Martyrs"; "des
# boutiques incendiées", later "le marché a été saccagé")
_SAME_TARGET = {"vehicle": "convoy", "logistics_convoy": "convoy", "military_convoy": "convoy", "shelter": "school",
                "shops": "market"}


_PEOPLE_TARGETS = frozenset({"civilians", "troops", "police"})


def _target_kind(target: str) -> str:
    return _SAME_TARGET.get(target, target)


@dataclass
class _Cluster:
    mentions: list[EventMention] = field(default_factory=list)
    carried_place: PlaceMention | None = None  # from the paragraph, when no mention names one
    # the incident told before whose place a toll told alone took ("... ont attaqué X. Ils ont tué deux civils")
    carried_from: EventMention | None = None

    @property
    def place(self) -> PlaceMention | None:
        # (the body's place before the headline's, which sums the incident up: "tués près de X" above "à Y")
        placed = [m.places[0] for m in self.mentions if m.places and not m.headline]
        if placed:
            return min(placed, key=_place_quality)
        headline = min((m.places[0] for m in self.mentions if m.places), key=_place_quality, default=None)
        # a headline's region holds the town the body tells it at ("neutralisent des terroristes dans le Nord"
        # above "le détachement de X a repoussé l'ennemi"): the body's paragraph says where, more precisely
        carried = self.carried_place
        if headline is None or carried is not None and same_place(carried, headline) \
                and (carried.location.precision or 1) < (headline.location.precision or 1):
            return carried
        return headline

    @property
    def body_placed(self) -> bool:
        """A mention of the body (not the headline) names the place."""
        return any(m.places for m in self.mentions if not m.headline)

    @property
    def types(self) -> list[str]:
        """The types the mentions give, those that say how it was done only when there are some."""
        typed = [m for m in self.mentions if m.event_type]
        # (the body's before the headline's, which may sum up several incidents in one word, "un soldat et trois
        # civils tués dans deux attaques"; a headline saying how it was done still types a body that does not)
        body = [m for m in typed if not m.headline]
        specific = [m for m in body if m.specific] or [m for m in typed if m.specific] or body or typed
        return [m.sub_event_type or m.event_type for m in specific]  # type: ignore[misc]


def _headline_recap(c: _Cluster, m: EventMention) -> bool:
    """The headline sums up the incident the body tells, at another place ("Mali : quatorze civils tués près de
    X" above "Quatorze civils ont été tués lundi ... à Y"): same family and the same toll, one side a headline."""
    others = [x for x in c.mentions if x.headline != m.headline]
    return bool(others) and bool(m.fatalities) and all(
        x.fatalities == m.fatalities and x.event_type == m.event_type for x in others) \
        and len({x.headline for x in c.mentions}) == 1


def _headline_sums_up(c: _Cluster, clusters: list[_Cluster]) -> bool:
    """A headline alone sums up incidents the body tells at its place or inside it ("six soldats tués au Waziristan
    du Nord, attentat-suicide au Baloutchistan" above an attack at one town and a bombing at another; "les rebelles
    revendiquent des attaques contre deux navires, nouvelles frappes sur X" above the strikes on X's port): not an
    incident of its own, however its clauses mixed the kind of one with the place of another. (Over a province, only
    the body's incidents of its kind are what it sums up.)"""
    place = c.place
    if not all(m.headline for m in c.mentions) or place is None:
        return False
    kinds = {m.event_type for m in c.mentions if m.event_type}
    point = (place.location.precision or 1) < 3

    def summed(k: _Cluster) -> bool:
        body = {x.event_type for x in k.mentions if not x.headline}
        return bool(kinds & body) or point and bool(kinds) and kinds <= VIOLENT_TYPES and bool(body & VIOLENT_TYPES)
    return any(k is not c and k.body_placed and k.place is not None and summed(k)
               and (same_place(place, k.place) or _located_from(k.place, place)) for k in clusters)


def _located_from(village: PlaceMention, town: PlaceMention) -> bool:
    """The body's village is located from the town the headline names ("Une position attaquée à X" above "sur la
    colline de Y, dans la commune de X"): a headline names the better-known place of the two."""
    return village.kind == "located" and bool(village.location.place) \
        and norm_name(village.location.place or "") == norm_name(town.location.place or town.text)


def _place_quality(p: PlaceMention) -> tuple[int, int, int]:
    # a named province before a part of a country ("dans le centre de l'Afghanistan ... dans la province de X")
    # ... and a province before a part of a country that names none ("le nord du pays")
    return (1 if p.kind == "country" else 0, 1 if p.kind == "area" else 0, p.location.precision or 2,
            1 if p.kind == "region" else 0)


def _told_after(x: EventMention, m: EventMention) -> bool:
    """``x`` is told after ``m``'s trigger, in the same sentence."""
    return x.sentence == m.sentence and bool(x.trigger_spans and m.trigger_spans) \
        and x.trigger_spans[0][0] > m.trigger_spans[0][0]

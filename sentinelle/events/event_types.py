"""Typing the triggers of the events stage: one word's type, a group's type, and which triggers tell one incident.

A specific word has its own type; a generic one ("attaque", "tuer") takes it from the weapon, the target or
the victims around it (``detect.py`` reads those and groups the triggers; ``build_mention.py`` types the group).
"""

from __future__ import annotations

from spacy.tokens import Token

from sentinelle.events.incidents import within_phrase
from sentinelle.events.lexicon import Lexicon, TargetEntry, WeaponEntry, resolve_type, word_key
from sentinelle.events.parse_tree import tree_distance
from sentinelle.events.triggers import Trigger
from sentinelle.model import SUB_EVENT_TYPES

_CATEGORY_REACH = 4  # tree steps from a generic trigger to the target that types it


class EventTyper:
    """The type of a trigger word and of a group of them, with one language's lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.battle_types = frozenset(
            w.implies for w in lex.weapons.weapons if w.weapon in lex.triggers.battle_weapons and w.implies)
        # an assault fought with guns and explosives: the explosives are part of the assault
        self.gun_weapons = frozenset(lex.triggers.assault_guns)
        self.assault_explosives = frozenset(lex.triggers.assault_explosives)

    def _assault(self, trigs: list[Trigger], weapons: list[WeaponEntry], implied: list[str]) -> bool:
        """ "ont attaqué le poste de police avec des explosifs et des fusils d'assaut": a generic word whose
        weapons are guns and explosives is an assault on the ground, typed by what it hit, not a bombing."""
        return bool(implied) and set(implied) <= self.assault_explosives and all(t.entry.generic for t in trigs) \
            and any(w.weapon in self.gun_weapons for w in weapons)

    def type_of(self, trig: Trigger, weapons: list[WeaponEntry], category: str | None,
                deadly: bool = False) -> str | None:
        """One trigger's type: its own, or for a generic word the one its weapons, target or toll give."""
        entry = trig.entry
        # (a cue that names no weapon, "depuis leurs positions", does not retype words naming their own: "ont ouvert
        # le feu depuis leurs positions" is gunfire)
        implied = sorted({w.implies for w in weapons if w.implies and (w.weapon is not None or not entry.weapon)},
                         key=self.lex.precedence_rank)
        if entry.type == "armed_clash" and implied and set(implied) <= self.battle_types:
            return entry.type  # "une embuscade à coups d'armes légères et de grenades" is a battle
        if self._assault([trig], weapons, implied):
            implied = []
        event_type, _ = resolve_type(entry.type)
        if not entry.generic:
            # (a weapon its own word names among others keeps the word's type: "ont pilonné à l'artillerie et
            # aux drones" is shelling, the drones joining it)
            if implied and event_type == "explosions_remote_violence" and entry.type not in implied:
                return implied[0]
            return entry.type
        if implied:
            return implied[0]
        if category and category in entry.category_types:
            return entry.category_types[category]
        if entry.needs_category and not category:
            return None
        if entry.type in ("attack", "armed_clash") and category:
            generic = self.lex.triggers.generic_types
            if category == "military_site" and generic.military_site is None:
                category = "installation"
            return getattr(generic, category)
        if entry.type == "attack":
            generic = self.lex.triggers.generic_types
            return generic.deadly if deadly and generic.deadly else generic.default
        return entry.type

    def group_type(self, trigs: list[Trigger], types: list[str | None], weapons: list[WeaponEntry]) -> str | None:
        """The incident's type: specific words beat generic ones; a named weapon says how it was done."""
        rank = self.lex.precedence_rank
        # "deux drones lancés par les terroristes ont été abattus": the launch told with its interception, in one
        # clause, is weapons disrupted
        if "disrupted_weapons_use" in types and all(
                t is None or t == "disrupted_weapons_use" or resolve_type(t)[0] == "explosions_remote_violence"
                for t in types):
            return "disrupted_weapons_use"
        # (a cue naming no weapon does not retype words naming their own: see ``type_of``)
        own_weapons = all(t.entry.weapon for t in trigs)
        implied = sorted({w.implies for w in weapons if w.implies and (w.weapon is not None or not own_weapons)},
                         key=rank)
        if any(t.entry.type == "armed_clash" for t in trigs) and set(implied) <= self.battle_types:
            implied = []  # grenades thrown in an ambush or an assault do not make it a grenade attack
        if self._assault(trigs, weapons, implied):
            implied = []
        specific = [t for trig, t in zip(trigs, types, strict=False) if t and not trig.entry.generic]
        # protesters killed say how the protest was met, as a specific word would, unless they died in clashes the
        # crowd fought ("tué lors d'affrontements entre des protestataires et la police": a riot's dead)
        if "violent_demonstration" not in specific:
            specific += [t for t in types if t == "excessive_force_against_protesters"]
        if specific:
            best = min(specific, key=rank)
            # ("bombardement" with a drone named is a drone strike; with artillery named too, the word's own fire)
            if implied and resolve_type(best)[0] == "explosions_remote_violence" and rank(implied[0]) < rank(best) \
                    and best not in implied:
                best = implied[0]
            return best
        if implied:
            return implied[0]
        # a word's own type ("frappe": a strike) beats the one a killing takes from its victims
        own = [t for trig, t in zip(trigs, types, strict=False) if t and trig.entry.requires != "people"]
        # ... unless it names only a family ("une attaque contre un convoi": remote violence, how unsaid) and the
        # victims give a type ("neuf soldats tués dans une attaque contre un convoi": a battle)
        if own and all(t not in SUB_EVENT_TYPES for t in own):
            victims = [t for t in types if t in SUB_EVENT_TYPES]
            if victims:
                return min(victims, key=rank)
        if own:
            return min(own, key=rank)
        known = [t for t in types if t is not None]
        return min(known, key=rank) if known else None

    def same_group(self, a: Trigger, ta: str | None, b: Trigger, tb: str | None) -> bool:
        """Whether two triggers of one sentence, typed ``ta`` and ``tb``, may tell one incident."""
        if ta is None or tb is None:
            return True
        fa, fb = resolve_type(ta)[0], resolve_type(tb)[0]
        if any({ta, tb} == set(pair) for pair in self.lex.triggers.separate_types):
            # "ont tué deux civils et enlevé trois autres": a killing and an abduction, two incidents
            return within_phrase(a.head, b.head) or within_phrase(b.head, a.head)
        if fa == fb:
            return True
        separate = any({fa, fb} == set(pair) for pair in self.lex.triggers.separate_families)
        if not separate:
            return True
        # a generic word typed only by its victims tells the outcome of the specific one at the same place:
        # "a frappé la base à coups de drones et a liquidé quatre soldats" is one drone strike
        # (of a strike, a battle or shots at protesters; a march dispersed is not what killed the victims)
        for (x, _tx), (y, ty) in (((a, ta), (b, tb)), ((b, tb), (a, ta))):
            # (the other may be generic too when it is no killing word: "une frappe a tué trois combattants")
            if x.entry.generic and x.entry.requires == "people" and (
                    not y.entry.generic or y.entry.requires != "people") and (
                resolve_type(ty)[0] in ("battles", "explosions_remote_violence")
                or ty == "excessive_force_against_protesters"
            ):
                return True
        # one inside the other's phrase: "frappes aériennes lors des combats" is the battle
        return within_phrase(a.head, b.head) or within_phrase(b.head, a.head)


def category_of(targets: list[tuple[TargetEntry, list[Token]]], trig: Trigger) -> str | None:
    """The category of the target nearest the trigger in the tree, which types a generic word."""
    if not targets:
        return None
    best = min(targets, key=lambda t: tree_distance(t[1][0], [trig.head]))
    # victims named far away in the tree ("dont les soldats viennent d'arriver") do not type the attack
    if tree_distance(best[1][0], [trig.head]) > _CATEGORY_REACH:
        return None
    return best[0].category


def repeats(head: Token, additive_adverbs: frozenset[str]) -> bool:
    """ "ont également été visés", "a aussi été touchée": an additive adverb on the trigger."""
    return any(word_key(c.text) in additive_adverbs for c in head.children if c.dep_.startswith("advmod"))

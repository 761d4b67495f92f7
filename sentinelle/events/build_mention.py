"""One event mention from a group of triggers: its type, weapons, target, places, date, sides and toll.

``detect.py`` finds, types and groups a sentence's triggers; this builds the ``EventMention`` of each group.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from sentinelle.events.actor_choice import is_passive
from sentinelle.events.arguments import choose_actors, clause_span, event_date, own_date, span_of_tokens
from sentinelle.events.casualties import Casualties, CasualtyReader
from sentinelle.events.event_types import EventTyper, repeats
from sentinelle.events.incidents import marked_distinct
from sentinelle.events.lexicon import Lexicon, TargetEntry, WeaponEntry, keys, resolve_type
from sentinelle.events.matching import token_keys
from sentinelle.events.mention import EventMention
from sentinelle.events.numbers import number_at
from sentinelle.events.place_choice import choose_places
from sentinelle.events.references import ReferenceFinder, ReferencePhrase
from sentinelle.events.roles import choose_target
from sentinelle.events.sides import named_before
from sentinelle.events.triggers import Trigger
from sentinelle.extensions import char_span_expand, morph_get
from sentinelle.model import SUB_EVENT_TYPES, Actor, ActorMention, PlaceMention

# one side of an incident and the character span that names it
Side = tuple[Actor, tuple[int, int]]


def _toll_beside(heads: list[Token], figures: Casualties) -> bool:
    """A toll told outside the phrases of the interception words ``heads``: "blessant deux personnes" after "les
    débris d'un missile abattu sont tombés", not the machines counted as shot down ("abattu 280 des 315 drones")."""
    spans = [*figures.fatality_spans, *figures.injury_spans] if (figures.fatalities or figures.injuries) else []
    phrases = [(h.left_edge.idx, h.right_edge.idx + len(h.right_edge)) for h in heads]
    return any(not any(a <= s and e <= b for a, b in phrases) for s, e in spans)


def _place_attacked(heads: list[Token], place: PlaceMention) -> bool:
    """ "une attaque contre la ville de X", "l'attaque de X": the place is in the complement of a trigger noun, opened
    by "contre" or "de", the town itself is what was attacked."""
    for h in heads:
        if h.pos_ != "NOUN":
            continue
        for c in h.children:
            if c.dep_ != "nmod" or c.i < h.i or not any(
                    k.dep_ == "case" and k.lower_ in ("contre", "de", "d'", "d’", "du") for k in c.children):
                continue
            if c.left_edge.idx <= place.start and place.end <= c.right_edge.idx + len(c.right_edge):
                return True
    return False


def starts_in(doc: Doc, span: tuple[int, int], tokens: frozenset[int]) -> bool:
    """The character span's first token is one of ``tokens``."""
    tok = char_span_expand(doc, span[0], span[1])
    return tok is not None and tok[0].i in tokens


class MentionBuilder:
    """Builds the mention of one incident's triggers with one language's lexicon."""

    def __init__(self, lex: Lexicon, typer: EventTyper, references: ReferenceFinder, casualties: CasualtyReader,
                 claim_verbs: frozenset[str], repel_verbs: frozenset[str], additive_adverbs: frozenset[str],
                 summary_adjectives: frozenset[str]) -> None:
        self.lex = lex
        self.typer = typer
        self.references = references
        self.casualties = casualties
        self.claim_verbs = claim_verbs
        self.repel_verbs = repel_verbs
        self.additive_adverbs = additive_adverbs
        self.plural_dets = keys(lex.modality.plural_determiners)
        self.summary_adjectives = summary_adjectives

    def build(self, doc: Doc, sent: Span, trigs: list[Trigger], types: list[str | None],
              weapons: list[tuple[WeaponEntry, tuple[int, int]]], targets: list[tuple[TargetEntry, list[Token]]],
              places: list[PlaceMention], actors: list[ActorMention], figures: Casualties | None,
              home: frozenset[str], reference: ReferencePhrase | None = None,
              exclude_dates: Sequence[tuple[int, int]] = (), means: frozenset[int] = frozenset()) -> EventMention:
        """The mention of one group of triggers; ``figures`` is the sentence's toll when the sentence tells
        this incident alone (``None``: read around the group's own triggers). ``means``: the tokens of the means
        backing the act ("appuyés par des drones"), weapons that do not type it."""
        heads = [t.head for t in trigs]
        best_type = self.typer.group_type(trigs, types, [w for w, span in weapons
                                                         if not (means and starts_in(doc, span, means))])
        # said how it was done (a specific word or a named weapon), not only guessed from the victims
        specific = any(not t.entry.generic for t in trigs) or any(w.implies for w, _ in weapons)
        event_type, sub = resolve_type(best_type)
        spans = [span_of_tokens(t.tokens) for t in trigs]
        m = EventMention(
            sent_start=sent.start_char,
            sent_end=sent.end_char,
            trigger_tokens=[h.i for h in heads],
            trigger_spans=spans,
            trigger_ids=[t.entry.id for t in trigs],
            event_type=event_type,
            sub_event_type=sub if sub in SUB_EVENT_TYPES else None,
            generic=all(t.entry.generic for t in trigs) and best_type is None,
            specific=specific and best_type is not None,
        )
        m.add_evidence("trigger", spans)
        # weapons: the trigger's own ("kamikaze" → suicide_bomber) and those named near it
        labels: list[str] = []
        for t in trigs:
            # (a clash word a crowd makes a riot keeps no weapon of its own type: "heurts" between protesters and
            # the police are fought with no small arms unless they are named; shots at protesters keep theirs)
            if not (t.entry.by_crowd and resolve_type(t.entry.by_crowd)[0] == event_type):
                labels += t.entry.weapon
        # (the bombs seized at an arrest were not used: an arrest has no weapon)
        unused = best_type == "arrests"
        for w, span in weapons:
            if w.weapon and not unused:
                labels.append(w.weapon)
                m.add_evidence("weapon", [span])
        m.weapons = list(dict.fromkeys(labels))
        # target: the closest thing hit; people only say who the victims were (events.roles.choose_target)
        hit = choose_target(heads, targets, event_type)
        m.target, m.target_category, m.victim_category = hit.target, hit.category, hit.victim_category
        m.add_evidence("target", hit.evidence)
        # places, excluding the names inside a source ("l'agence syrienne SANA")
        m.places = choose_places(doc, sent, places, heads, excluded_heads=set(), home=home)
        if m.places:
            m.add_evidence("location", [(p.start, p.end) for p in m.places])
            m.place_attacked = _place_attacked(heads, m.places[0])
        # date of the trigger's clause; an earlier incident named as a reference has only its own
        if reference is None:
            c_start, c_end = clause_span(heads[0])
            m.date, date_spans, m.date_flags = event_date(doc, c_start, c_end, exclude=exclude_dates,
                                                          anchor=(heads[0].idx, heads[0].idx + len(heads[0])))
        else:
            m.reference, m.series, m.recalled = True, reference.series, reference.recalled
            m.date, date_spans, m.date_flags = own_date(doc, reference.start_char, reference.end_char)
            if m.date is None and not reference.recalled:
                # "Les secours sont arrivés mercredi, deux jours après la frappe contre l'hôpital": the phrase
                # names no day, but its distance from the sentence's day dates it (the time stage's "shifted")
                moved = event_date(doc, reference.start_char, reference.end_char, exclude=exclude_dates)
                if "shifted" in moved[2]:
                    m.date, date_spans, m.date_flags = moved
        m.add_evidence("date", date_spans)
        # actors
        a1 = a2 = None
        for h in heads:
            x1, x2 = self.sides(doc, actors, h)
            a1, a2 = a1 or x1, a2 or x2
        if a1 and a2 and a1[1] == a2[1]:
            a1 = None  # one phrase is not both sides ("l'attentat ..., qui a tué 12 policiers": the police were hit)
        # "les policiers", "les bandits": the force or the group of that kind the article named before
        a1, a2 = named_before(doc, actors, a1), named_before(doc, actors, a2)
        if a1:
            m.actor1 = a1[0]
            m.add_evidence("actor1", [a1[1]])
        if a2:
            m.actor2 = a2[0]
            m.add_evidence("actor2", [a2[1]])
            # "l'armée tchadienne a été attaquée": the forces named as what a passive attack hit are its target
            if m.target is None and m.event_type == "battles" and a2[0].kind == "state_forces" and any(
                    c.dep_ == "nsubj:pass" and c.left_edge.idx <= a2[1][0]
                    and a2[1][1] <= c.right_edge.idx + len(c.right_edge)
                    for h in heads if is_passive(h) for c in h.children):
                m.target = "police" if (a2[0].normalized or "").startswith(("Police", "Gendarmerie")) else "troops"
                m.add_evidence("target", [a2[1]])
        # casualties (only when the sentence is about this one incident)
        if figures is None:
            figures = self.casualties.read(sent, heads)
        m.fatalities, m.injuries = figures.fatalities, figures.injuries
        m.fatality_parts = figures.fatality_parts
        m.fatality_victims = figures.fatality_victims
        m.fatality_named = figures.fatality_named
        m.add_evidence("fatalities", figures.fatality_spans)
        m.add_evidence("injuries", figures.injury_spans)
        if m.sub_event_type == "disrupted_weapons_use" and _toll_beside(
                [t.head for t, ty in zip(trigs, types, strict=False) if ty == "disrupted_weapons_use"], figures):
            self._struck_anyway(m, trigs, types, [w for w, _ in weapons])
        m.anaphoric = any(self.references.refers_back(h) for h in heads)
        # "..., tuant cinq soldats. Quatre assaillants ont également péri": others who died too, a toll to add
        m.also = any(repeats(h, self.additive_adverbs) for h in heads)
        m.more_dead = bool(m.fatalities) and m.also and all(t.entry.requires == "people" for t in trigs)
        # one incident or several? ("deux attaques distinctes", "une autre attaque")
        for t in trigs:
            self._count_marks(t.head, m)
        return m

    def _struck_anyway(self, m: EventMention, trigs: list[Trigger], types: list[str | None],
                       weapons: list[WeaponEntry]) -> None:
        """ "les débris d'un missile abattu sont tombés sur une maison, blessant deux personnes": a projectile
        shot down that still killed or wounded is the strike (the guideline keeps weapons disrupted for
        interceptions with no impact); it takes the type its other words or its weapon give."""
        rest = [t for t in types if t != "disrupted_weapons_use"]
        struck = self.typer.group_type(trigs, rest, weapons)
        if struck is None or resolve_type(struck)[0] != "explosions_remote_violence":
            return
        m.event_type, sub = resolve_type(struck)
        m.sub_event_type = sub if sub in SUB_EVENT_TYPES else None

    def sides(self, doc: Doc, actors: list[ActorMention], head: Token) -> tuple[Side | None, Side | None]:
        """``choose_actors`` for a trigger word, read once per Doc: the sentence reads the doer of a generic word
        before it types the word, and the mention reads both sides again when it is built."""
        cache = doc.user_data.setdefault("sentinelle_sides", {})
        if head.i not in cache:
            cache[head.i] = choose_actors(doc, actors, head, self.claim_verbs, self.repel_verbs)
        return cache[head.i]

    def _count_marks(self, head: Token, m: EventMention) -> None:
        if head.pos_ != "NOUN":
            return
        plural = "Plur" in morph_get(head, "Number")
        m.distinct = m.distinct or marked_distinct(head)
        for child in head.children:
            key = token_keys(child)
            if plural and child.dep_ in ("nummod", "det"):
                num = number_at(child, self.lex)
                if num and num[0] > 1:
                    m.summary = True
                    m.incident_count = num[0]
            if plural and key & self.plural_dets:
                m.summary = True
            if plural and key & self.summary_adjectives:
                m.summary = True

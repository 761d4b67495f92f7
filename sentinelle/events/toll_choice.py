"""The figures read from a sentence and the choice of one event mention's toll among them.

When a sentence gives several figures for the same role, the one closest to the
trigger in the dependency tree is kept (the others usually belong to another
incident: "... où 11 soldats ont également péri dans d'autres attaques").
Victims that add to a figure ("trois autres"), each side's dead told in coordinated clauses, and the sides of a
summed toll told again alone are handled here too. ``casualties.CasualtyReader`` reads the figures (each made
by ``figure_of``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from sentinelle.events.lexicon import word_key
from sentinelle.events.parse_tree import stranded_passive_subject, tree_distance
from sentinelle.extensions import morph_get


@dataclass
class Figure:
    role: str  # "killed" | "injured"
    value: int
    span: tuple[int, int]  # characters
    anchor: Token  # token whose tree distance to the trigger decides between figures
    weak: bool = False  # read from an article or a lone victim: used only when no figure is written
    more: bool = False  # "trois autres": victims beyond another figure of the same role, added to it
    parts: tuple[int, ...] = ()  # "cinq militaires et sept jihadistes": the coordinated figures summed in value
    named: bool = False  # one person named with no figure ("le préfet a été tué", "X a été tué")


@dataclass
class Casualties:
    fatalities: int | None = None
    injuries: int | None = None
    fatality_spans: list[tuple[int, int]] = field(default_factory=list)
    injury_spans: list[tuple[int, int]] = field(default_factory=list)
    fatality_parts: tuple[int, ...] = ()  # the coordinated figures the toll sums (Figure.parts)
    fatality_anchor: Token | None = None  # the victims' noun of a toll of one figure (none when sides are summed)
    fatality_victims: str | None = None  # who they were, by targets.yaml ("troops", "fighters", "civilians")
    fatality_named: bool = False  # the toll is one person named with no figure written (Figure.named)


def figure_of(
    role: str, value: int, sent: Span, anchor: Token, last: int | None = None, weak: bool = False
) -> Figure:
    """The figure ``value`` of ``role``, anchored on ``anchor`` and spanning it (to ``last``, and back to the
    number before it)."""
    first = min(anchor.i, last or anchor.i)
    end = max(anchor.i, last or anchor.i)
    # widen to the figure itself when it precedes the anchor noun
    for child in anchor.children:
        if child.dep_ in ("nummod", "det") and child.i < first:
            first = child.i
    doc = sent.doc
    return Figure(role, value, (doc[first].idx, doc[end].idx + len(doc[end])), anchor, weak)


def choose_toll(figures: list[Figure], zero: dict[str, tuple[int, int]], triggers: list[Token],
                contrast: frozenset[str] = frozenset()) -> Casualties:
    """The toll of the mention whose trigger heads are ``triggers``: per role, the figure nearest to them in the
    tree (a weak one only when none is written) with the figures that add to it, or 0 when only a phrase saying
    nobody was hurt (``zero``) gives one. ``contrast``: the keys of conjunctions opening a clause that tells the
    other side's dead ("tandis que")."""
    out = Casualties()
    for role in ("killed", "injured"):
        mine = [f for f in figures if f.role == role]
        # "22 personnes ont été tuées sur le coup, tandis que trois autres sont décédées de leurs
        # blessures": the others add to the figure they follow (25); alone they are the figure
        base = [f for f in mine if not f.more]
        # one side of a summed toll told again ("Quatre soldats et six assaillants ont été tués. « Un
        # officier et trois soldats ... »") is no lower figure of the whole
        whole = set(whole_tolls([f.value for f in base], [f.parts for f in base]))
        base = [f for f in base if f.value in whole]
        parts: tuple[int, ...] = ()
        anchor: Token | None = None
        if base:
            best = min(base, key=lambda f: (f.weak, tree_distance(f.anchor, triggers), f.value))
            value, spans, parts = best.value, [best.span], best.parts
            anchor = best.anchor
            for f in mine:
                if f.more and not f.weak and f.anchor.i > best.anchor.i and f.span not in spans:
                    value, spans, parts = value + f.value, [*spans, f.span], ()
            # "trois soldats ont été tués et dix assaillants ont été tués": each side's dead, told in
            # coordinated clauses, add up (ACLED counts all the dead of an incident)
            # (one victim told by its article counts here too: "deux gendarmes ont été tués et un assaillant a
            # été abattu" are three dead, the article's figure is weak only against a figure written for the same
            # victims)
            for f in base:
                if f is not best and f.span not in spans and _other_side(best.anchor, f.anchor, contrast):
                    value, spans, parts = value + f.value, [*spans, f.span], (*(parts or (best.value,)), f.value)
                    anchor = None
        elif mine:
            best = min(mine, key=lambda f: (f.weak, tree_distance(f.anchor, triggers), f.value))
            value, spans, anchor = best.value, [best.span], best.anchor
        elif role in zero:
            value, spans = 0, [zero[role]]
        else:
            continue
        if role == "killed":
            out.fatalities, out.fatality_spans, out.fatality_parts = value, spans, parts
            out.fatality_anchor = anchor if not parts else None
            out.fatality_named = value == 1 and any(f.named and f.span == spans[0] for f in mine)
        else:
            out.injuries, out.injury_spans = value, spans
    return out


def _other_side(a: Token, b: Token, contrast: frozenset[str] = frozenset()) -> bool:
    """Victims named by other nouns, as the subjects or objects of two coordinated verbs, or of a verb and a clause
    of contrast hung on it or beside it ("..., tandis que deux soldats sont tombés")."""
    va, vb = a.head, b.head
    if word_key(a.lemma_) == word_key(b.lemma_):
        return False
    for x, y in ((va, vb), (vb, va)):
        if y.dep_ == "advcl" and y.head.i in (x.i, x.head.i) and x.pos_ == "VERB" and x.i != y.i \
                and any(c.dep_ == "mark" and word_key(c.text) in contrast for c in y.children):
            return True
    # "un soldat a été tué et six insurgés ont été abattus", the second subject hung on the first verb: each
    # clause's subject, as the parser should have had it
    first, second = (a, b) if a.i < b.i else (b, a)
    if first.head.pos_ == "VERB" and second.head.i == first.head.i and stranded_passive_subject(second) is not None \
            and any(c.dep_ == "cc" and c.i < second.i for c in second.children):
        return True
    # "deux soldats ont été tués et quatre assaillants abattus": the second clause, its auxiliary left out, is
    # a coordinated group with a participle of its own, whatever the parser hung it on
    if first.head.pos_ == "VERB" and _gapped_clause(second) and not _gapped_clause(first):
        return True
    if va.pos_ != "VERB" or vb.pos_ != "VERB" or va.i == vb.i:
        return False
    return (vb.dep_ == "conj" and vb.head.i == va.i) or (va.dep_ == "conj" and va.head.i == vb.i)


def _gapped_clause(noun: Token) -> bool:
    """ "... et quatre assaillants abattus": a noun opened by a coordinating conjunction with a participle (or an
    adjective the tagger made of it) right after it, hung on it (or on the noun a round figure counts: "et une
    dizaine d'assaillants neutralisés")."""
    doc = noun.doc
    if not any(c.dep_ == "cc" and c.i < noun.i for c in noun.children):
        return False
    for counted in (noun, *[c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i]):
        if counted.i + 1 < len(doc):
            part = doc[counted.i + 1]
            if part.head.i == counted.i and part.dep_ in ("acl", "amod") and (
                    "Part" in morph_get(part, "VerbForm") or part.pos_ == "ADJ"):
                return True
    return False


def whole_tolls(values: list[int], summed: Iterable[tuple[int, ...]]) -> list[int]:
    """``values`` less those that are one part of a toll summed from coordinated figures (``summed``: the parts of
    each toll, "cinq militaires et sept jihadistes" is (5, 7)) and not the highest value: told again alone, such a
    figure counts one side, it is no lower figure of the whole. All of ``values`` when none would be left."""
    parts = {p for ps in summed if len(ps) > 1 for p in ps}
    top = max(values, default=0)
    return [v for v in values if v not in parts or v == top] or values

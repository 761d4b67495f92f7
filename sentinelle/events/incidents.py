"""Incident boundaries inside one sentence: which triggers tell one incident, and whose figures are whose."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sentinelle.events.casualties import tree_distance
from sentinelle.events.matching import token_keys
from sentinelle.events.mention import EventMention
from sentinelle.extensions import doc_text

_DISTINCT = frozenset({"autre", "second", "seconde", "deuxieme", "troisieme"})


def figures_to_nearest(doc: Doc, mentions: list[EventMention]) -> None:
    """A figure read by several incidents of one sentence belongs to the one whose trigger is nearest."""
    for name in ("fatalities", "injuries"):
        by_span: dict[tuple[int, int], list[EventMention]] = {}
        for m in mentions:
            for span in m.field_evidence.get(name, []):
                by_span.setdefault(span, []).append(m)
        for span, holders in by_span.items():
            if len(holders) < 2:
                continue
            anchor = doc.char_span(span[0], span[1], alignment_mode="expand")
            if anchor is None:
                continue
            def distance(m: EventMention, anchor=anchor) -> int:
                return min(tree_distance(t, [doc[i] for i in m.trigger_tokens]) for t in anchor)
            keep = min(holders, key=lambda m: (distance(m), abs(m.trigger_spans[0][0] - span[0])))
            for m in holders:
                if m is not keep:
                    setattr(m, name, None)
                    m.field_evidence[name] = [s for s in m.field_evidence[name] if s != span]


def marked_distinct(head: Token) -> bool:
    """A trigger noun introduced as another incident: "la seconde frappe", "une autre attaque"."""
    return head.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "det", "nummod") and token_keys(c) & _DISTINCT for c in head.children
    )


def inherit_series_places(doc: Doc, mentions: list[EventMention]) -> None:
    """An earlier incident of the same series ("après une première attaque") without a place of its own
    happened where the incident of its sentence did (the parser may have cut that sentence in two)."""
    text = doc_text(doc)
    for k, m in enumerate(mentions):
        if not (m.reference and m.series) or m.places:
            continue
        before = next((x for x in reversed(mentions[:k]) if not x.reference), None)
        if before is None or not before.places or not before.trigger_spans or not m.trigger_spans:
            continue
        between = text[before.trigger_spans[-1][1]:m.trigger_spans[0][0]]
        if "\n" in between or any(mark in between for mark in (". ", "! ", "? ")):
            continue
        m.places = list(before.places[:1])
        m.add_evidence("location", [(p.start, p.end) for p in m.places])


# Relations that open a new clause: a trigger below one of them is not part of
# the other trigger's noun phrase ("le pillage ... , un convoi a sauté").
_CLAUSAL = frozenset({"acl:relcl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "csubj", "root", "ROOT"})


_ARGUMENTS = frozenset({"obj", "nsubj", "nsubj:pass", "iobj"})


def within_phrase(inner: Token, outer: Token, depth: int = 3) -> bool:
    """Is ``inner`` a dependent of ``outer`` inside one phrase (no clause boundary, few steps)?"""
    tok = inner
    for _ in range(depth):
        # a phrase inside another hangs by a preposition or a modifier ("frappes lors des combats"); an object or
        # a subject is another participant ("7 civils tués, une marche dispersée": a march is not what was killed)
        if tok.head.i == tok.i or tok.dep_ in _CLAUSAL or tok.dep_ in _ARGUMENTS:
            return False
        tok = tok.head
        if tok.i == outer.i:
            return True
    return False


def outside_other_phrases(doc: Doc, places: list, own: list[Token], others: list[Token]) -> list:
    """Places not inside the noun phrase of another incident of the sentence: "les manifestants ont marché
    pour protester contre le massacre d'une dizaine de paysans à X" does not put the march at X."""
    foreign: set[int] = set()
    for h in others:
        if h.pos_ == "NOUN":
            foreign |= {t.i for t in h.subtree}
    for h in own:
        # a verb's subtree is its whole clause: only a noun's phrase is its own
        foreign -= {t.i for t in h.subtree} if h.pos_ == "NOUN" else {h.i}
    if not foreign:
        return places
    out = []
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or not any(t.i in foreign for t in span):
            out.append(p)
    return out


VIOLENT_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})


def another_of_the_same_kind(mentions: list[EventMention]) -> None:
    """ "Dans une autre attaque, cinq personnes ont péri quand leur maison a été frappée", after air strikes:
    a generic word marked as another incident is another of the kind told before (typed by how it was done),
    not an attack typed only by its target."""
    for k, m in enumerate(mentions):
        if not m.distinct or m.specific or m.weapons or m.non_event or m.event_type not in VIOLENT_TYPES | {None}:
            continue
        # the incident compared with may be one only referred to ("au lendemain d'un attentat-suicide ...
        # Le 11, une autre attaque"): "autre" says the kind is the same, not that the incident is told
        before = next((x for x in reversed(mentions[:k])
                       if (x.specific or x.weapons) and x.event_type in VIOLENT_TYPES and not x.non_event), None)
        if before is not None:
            m.event_type, m.sub_event_type = before.event_type, before.sub_event_type

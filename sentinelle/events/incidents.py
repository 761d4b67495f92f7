"""Incident boundaries inside one sentence: which triggers tell one incident, and whose figures are whose."""

from __future__ import annotations

import copy
import re

from spacy.tokens import Doc, Span, Token

from sentinelle.events.geo import same_place
from sentinelle.events.matching import token_keys
from sentinelle.events.mention import EventMention
from sentinelle.events.parse_tree import tree_distance
from sentinelle.events.word_lists import event_words
from sentinelle.extensions import char_span_expand, doc_lang, doc_text, morph_get
from sentinelle.model import PlaceMention


def figures_to_nearest(doc: Doc, mentions: list[EventMention]) -> None:
    """A figure read by several incidents of one sentence belongs to the one whose trigger is nearest; a toll
    summed from several figures ("deux gendarmes ont été tués tandis qu'un assaillant a été abattu": each side's
    dead) goes whole to the incident nearest to any of them, not piecemeal (which left it to none)."""
    for name in ("fatalities", "injuries"):
        summed: dict[tuple[tuple[int, int], ...], list[EventMention]] = {}
        for m in mentions:
            spans = tuple(sorted(m.field_evidence.get(name, [])))
            if len(spans) > 1:
                summed.setdefault(spans, []).append(m)
        for spans, holders in summed.items():
            if len(holders) > 1:
                _keep_nearest(doc, name, holders, list(spans))
        by_span: dict[tuple[int, int], list[EventMention]] = {}
        for m in mentions:
            for span in m.field_evidence.get(name, []):
                by_span.setdefault(span, []).append(m)
        for span, holders in by_span.items():
            if len(holders) > 1:
                _keep_nearest(doc, name, holders, [span])


def _keep_nearest(doc: Doc, name: str, holders: list[EventMention], spans: list[tuple[int, int]]) -> None:
    """The figures of ``spans`` stay with the holder whose trigger is nearest to one of them; the others lose
    the toll ``name``."""
    anchors = [a for a in (char_span_expand(doc, s, e) for s, e in spans) if a is not None]
    if not anchors:
        return
    def distance(m: EventMention) -> int:
        return min(tree_distance(t, [doc[i] for i in m.trigger_tokens]) for a in anchors for t in a)
    keep = min(holders, key=lambda m: (distance(m), min(abs(m.trigger_spans[0][0] - s[0]) for s in spans)))
    for m in holders:
        if m is not keep:
            setattr(m, name, None)
            m.field_evidence[name] = [s for s in m.field_evidence[name] if s not in spans]


def marked_distinct(head: Token) -> bool:
    """A trigger noun introduced as another incident: "la seconde frappe", "une autre attaque"."""
    marks = event_words(doc_lang(head.doc)).distinct_marks
    return head.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "det", "nummod") and token_keys(c) & marks and not _outside_phrase(c, head)
        and not _quoted_phrase(c, head)
        for c in head.children
    )


_OPENING_QUOTES = frozenset({"«", "“", "‹"})
_CLOSING_QUOTES = frozenset({"»", "”", "›"})


def _quoted_phrase(mark: Token, head: Token) -> bool:
    """The mark and its noun are someone's words quoted as a noun phrase, with no verb of their own: "a dénoncé
    « un nouvel assassinat d'un défenseur du territoire »" names again the incident just told, in the words of
    the one who condemns it; "new" counts that speaker's series, not another incident of the article. (A quoted
    clause, "« une nouvelle attaque a frappé le village »", tells an act of its own and keeps its mark.)"""
    doc, sent = head.doc, head.sent
    first = min(mark.i, head.i)
    opening = next((k for k in range(first - 1, max(sent.start, first - 4) - 1, -1)
                    if doc[k].text in _OPENING_QUOTES), None)
    if opening is None:
        return False
    closing = next((k for k in range(head.i + 1, sent.end) if doc[k].text in _CLOSING_QUOTES | _OPENING_QUOTES),
                   None)
    if closing is None or doc[closing].text in _OPENING_QUOTES:
        return False
    return not any(doc[k].pos_ in ("VERB", "AUX") and "Fin" in morph_get(doc[k], "VerbForm")
                   for k in range(opening + 1, closing))


def _outside_phrase(mark: Token, head: Token) -> bool:
    """The mark stands before the noun's own preposition or article: "et une troisième blessée mardi par une
    frappe" (a third victim, which the parser may hang on "frappe") does not make the strike a third one."""
    doc = head.doc
    return mark.i < head.i and any(doc[k].head.i == head.i and doc[k].dep_ in ("case", "det")
                                   for k in range(mark.i + 1, head.i))


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
        span = char_span_expand(doc, p.start, p.end)
        if span is None or not any(t.i in foreign for t in span):
            out.append(p)
    return out


# What separates the members of a verbless line ("X : sept civils tués à Y, une marche dispersée").
_MEMBER_MARKS = frozenset({",", ";", ":"})


def outside_other_members(doc: Doc, sent: Span, places: list, own: list[Token], others: list[Token]) -> list:
    """Places not inside another incident's member of a verbless line: "Beni : sept civils tués par les rebelles à
    Kokola, une marche contre l'insécurité dispersée" (a headline) lists two incidents, each in its member between
    commas; Kokola is the killing's, not the march's, however the parser hangs the members. A place in a member with
    no incident ("Beni :", the topic) stays for all. A line with a finite verb is left to the parse."""
    if any("Fin" in morph_get(t, "VerbForm") for t in sent):
        return places
    member_of: dict[int, int] = {}
    n = 0
    for t in sent:
        if t.text in _MEMBER_MARKS:
            n += 1
        member_of[t.i] = n
    mine = {member_of[h.i] for h in own}
    foreign = {member_of[h.i] for h in others} - mine
    if not foreign:
        return places
    out = []
    for p in places:
        span = char_span_expand(doc, p.start, p.end)
        if span is None or not any(member_of.get(t.i) in foreign for t in span):
            out.append(p)
    return out


VIOLENT_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})


def another_of_the_same_kind(mentions: list[EventMention]) -> None:
    """ "Dans une autre attaque, cinq personnes ont péri quand leur maison a été frappée", after air strikes:
    a generic word marked as another incident is another of the kind told before (typed by how it was done),
    not an attack typed only by its target. So is one more hit told with an additive adverb ("Un drone a frappé
    un immeuble à X. Des entrepôts ont également été touchés à Y")."""
    for k, m in enumerate(mentions):
        if not (m.distinct or m.also) or m.specific or m.weapons or m.non_event or m.event_type not in VIOLENT_TYPES | {None}:
            continue
        # the incident compared with may be one only referred to ("au lendemain d'un attentat-suicide ...
        # Le 11, une autre attaque"): "autre" says the kind is the same, not that the incident is told
        # (one more hit, "également", is of the act told before, however that act was typed)
        before = next((x for x in reversed(mentions[:k])
                       if (x.specific or x.weapons or m.also and not x.reference) and x.event_type in VIOLENT_TYPES
                       and not x.non_event), None)
        if before is not None:
            m.event_type, m.sub_event_type = before.event_type, before.sub_event_type
            if m.also:
                m.weapons = list(before.weapons)  # (the same act: what it was done with)
    # "Les frappes ont visé A, B et C" after "ont mené des frappes, depuis leur base": a definite word naming
    # again the incident told before takes its kind (how it was done), not the word's default
    for k, m in enumerate(mentions):
        if not m.anaphoric or m.specific or m.weapons or m.non_event or m.reference:
            continue
        told = next((x for x in reversed(mentions[:k])
                     if x.specific and not x.non_event and not x.reference and x.event_type == m.event_type
                     and set(x.trigger_ids) & set(m.trigger_ids)), None)
        if told is not None:
            m.sub_event_type = told.sub_event_type


def gapping_pattern(marks: list[str]) -> re.Pattern[str] | None:
    """The marks of a verbless second member ("et un autre"), as one pattern (None when the language has none)."""
    if not marks:
        return None
    return re.compile(r"(?:,\s*)?\b(?:" + "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in marks) + r")\b",
                      re.IGNORECASE)


# a locative word then a capitalised name: a place named in the tail, resolved or not
_NAMED_PLACE = re.compile(r"\b(?:à|au|près\s+de|dans|vers)\s+(?:l['’])?[A-ZÀ-Ý]\w+")


def unknown_place_apart(doc: Doc, stretch: tuple[int, int], other: PlaceMention | None,
                        known: list[PlaceMention]) -> bool:
    """The stretch between commas around a trigger names a place the gazetteer lacks (not one of the ``known``
    places: "six soldats tués dans des attaques au Waziristan du Nord, attentat-suicide au Baloutchistan"), and the
    other trigger's place (when given) lies outside it: two members of a list, two places, not one incident at the
    place the gazetteer knows."""
    if other is not None and stretch[0] <= other.start and other.end <= stretch[1]:
        return False
    for found in _NAMED_PLACE.finditer(doc_text(doc), stretch[0], stretch[1]):
        if not any(p.start < found.end() and found.start() < p.end for p in known):
            return True
    return False


def split_gapped(doc: Doc, mentions: list[EventMention], places: list[PlaceMention],
                 pattern: re.Pattern[str] | None, date_of) -> list[EventMention]:
    """ "Un premier groupe de femmes a été enlevé à X et un autre le lendemain au nord de cette commune": the
    second member of the coordination leaves the verb out, and tells a second incident of the same kind with a
    time or a place of its own. It becomes a mention of its own (marked distinct), with the tail's places and
    date; the first keeps what comes before the mark. Figures are not carried over (the tail has its own, or
    none). ``pattern`` is :func:`gapping_pattern` of the language's marks; ``date_of(start, end, exclude)``
    dates a clause (the events stage's reader)."""
    if pattern is None:
        return mentions
    text = doc_text(doc)
    times = doc._.time_mentions or []
    out: list[EventMention] = []
    for m in mentions:
        out.append(m)
        if m.non_event or m.reference or not m.trigger_spans:
            continue
        trigger_end = max(e for _, e in m.trigger_spans)
        found = pattern.search(text, trigger_end, m.sent_end)
        if found is None:
            continue
        tail = (found.start(), m.sent_end)
        # a tail with a trigger of its own ("et une autre attaque a visé Y") is told by that trigger's mention
        if any(x is not m and x.sent_start == m.sent_start and any(tail[0] <= s < tail[1] for s, _ in x.trigger_spans)
               for x in mentions):
            continue
        tail_places = [p for p in places if tail[0] <= p.start and p.end <= tail[1]]
        tail_times = [t for t in times if tail[0] <= t.start and t.end <= tail[1] and t.interval.start]
        if not tail_places and not tail_times:
            continue
        second = copy.copy(m)
        # a tail naming a place the gazetteer lacks ("et un autre mardi à Sévaré") is not at the first's place
        unknown_place = not tail_places and _NAMED_PLACE.search(text, tail[0], tail[1]) is not None
        second.places = tail_places or ([] if unknown_place else list(m.places))
        second.fatalities = second.injuries = None
        second.field_evidence = {k: list(v) for k, v in m.field_evidence.items() if k not in ("fatalities", "injuries")}
        if tail_times:
            second.date, spans, second.date_flags = date_of(tail[0], tail[1], ())
            second.field_evidence["date"] = list(spans)
        if tail_places:
            second.field_evidence["location"] = [(p.start, p.end) for p in tail_places]
        # (the places read for the whole sentence may all lie in the tail: the head's own come back)
        head_places = [p for p in m.places if p.end <= tail[0]] or [
            p for p in places if m.sent_start <= p.start and p.end <= tail[0] and p.kind != "country"][-1:]
        # at the first's place (or none named), only the words keep the two apart; at another place, the place
        # does, and the second may be the incident told elsewhere in the article
        second.distinct = not second.places or not head_places or any(
            same_place(a, b) for a in second.places for b in head_places)
        if head_places or tail_places:
            m.places = head_places
            m.field_evidence["location"] = [(p.start, p.end) for p in head_places]
        if tail_times:
            # the first member is not dated by the second's time
            m.date, spans, m.date_flags = date_of(m.sent_start, tail[0], [tail])
            # "... et un autre le lendemain": the second's day counts from the first's, the day last named
            # before (the one the tagger read "le lendemain" from), when the first names none of its own
            if "anaphoric" in tail_times[0].flags and "same_sentence" not in m.date_flags:
                named = [t for t in times if t.end <= m.sent_start and t.interval.start
                         and t.interval.precision == "day" and "anaphoric" not in t.flags]
                if named:
                    m.date, spans, m.date_flags = named[-1].interval, [(named[-1].start, named[-1].end)], ["before_gap"]
            m.field_evidence["date"] = list(spans)
        out.append(second)
    return out

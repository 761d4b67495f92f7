"""The claim a fact-check denies: "Non, cette vidéo ne montre pas une frappe de drone sur le marché de X" above "Une
vidéo partagée des milliers de fois prétend montrer une frappe de drone sur le marché de X". The incident a piece of
content (a video, images, a post, an account: ``content_nouns`` of event_words.yaml) shows or asserts, in an article
that denies that same incident (same kind, same place, agreeing dates), is the denied incident told again, not a
second one the outlet relays: it joins the denied record. A video shown in an article that denies nothing keeps its
reading.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sentinelle.events.dates_agree import dates_overlap
from sentinelle.events.geo import same_place
from sentinelle.events.incidents import VIOLENT_TYPES
from sentinelle.events.matching import token_keys
from sentinelle.events.mention import EventMention


def told_by_content(doc: Doc, m: EventMention, content_nouns: frozenset[str]) -> bool:
    """The mention's sentence has a piece of content for a speaker: the subject of a verb ("Une vidéo prétend
    montrer"), or the subject the parser makes an object after its verb (", affirme un compte suivi par ...")."""
    sent = doc.char_span(m.sent_start, m.sent_end, alignment_mode="expand")
    return sent is not None and any(
        token_keys(t) & content_nouns and (t.dep_ == "nsubj" or (t.dep_ == "obj" and t.i > t.head.i))
        for t in sent)


def _same_incident(a: EventMention, b: EventMention) -> bool:
    kinds = {a.event_type, b.event_type}
    return (a.event_type == b.event_type or kinds <= VIOLENT_TYPES) and dates_overlap(a, b) \
        and any(same_place(p, q) for p in a.places for q in b.places)


def claims_checked(doc: Doc, factual: list[EventMention], denied: list[EventMention],
                   content_nouns: frozenset[str]) -> list[EventMention]:
    """The factual mentions that tell, by a piece of content, an incident the article denies; each made a denial of
    that incident (its type taken from the denial, which names what was denied)."""
    # (a Doc with no parse, as some unit tests build, says nothing of it; an article that denies nothing, nothing)
    if not denied or not isinstance(doc, Doc):
        return []
    out = []
    for m in factual:
        if not m.places or not content_nouns or not told_by_content(doc, m, content_nouns):
            continue
        d = next((d for d in denied if _same_incident(m, d)), None)
        if d is None:
            continue
        m.non_event, m.modality = "denied", "denied"
        m.event_type, m.sub_event_type = d.event_type, d.sub_event_type or m.sub_event_type
        out.append(m)
    return out

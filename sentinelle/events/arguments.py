"""Arguments of an event mention from the parse of its sentence: place, target, date (actors: ``actor_choice``).

Each chooser prefers what the dependency tree attaches to the trigger (tree
distance), and falls back to the rest of the sentence only with lower rank.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from sentinelle.events.actor_choice import choose_actors, span_of_tokens  # noqa: F401  (detect imports them from here)
from sentinelle.events.destinations import fled_to, taken_to_care, where_teller_is
from sentinelle.events.lexicon import get_lexicon, word_key
from sentinelle.events.matching import segment_of
from sentinelle.events.roads import after_road_word, road_direction_only
from sentinelle.events.word_lists import event_words
from sentinelle.extensions import char_span_expand, doc_ents, doc_lang, doc_text, doc_value, token_columns
from sentinelle.model import Actor, ActorMention, DateInterval, Location, PlaceMention
from sentinelle.places.cues import cue_table, preceding_words
from sentinelle.places.name_pieces import cue_before

UNIDENTIFIED = Actor(name=None, normalized="Unidentified Armed Group", kind="unidentified")

def fallback_places(doc: Doc) -> list[PlaceMention]:
    """Without the places stage: spaCy's LOC/GPE entities as unresolved places (name only)."""
    return [
        PlaceMention(start=e.start_char, end=e.end_char, text=e.text, location=Location(name=e.text), kind=None)
        for e in doc.ents
        if e.label_ in ("LOC", "GPE")
    ]


def _names_more(ent, places: list[PlaceMention]) -> bool:
    """The entity names something beyond its places. The tagger's MISC "Kaya par des hommes", "attentat de
    Bannu" or "Kaya et Dori", places with lower-case words only around them, names nothing more ("Kaya FM",
    "Hôtel Kaya" do)."""
    if ent.label_ != "MISC":
        return True
    text = list(doc_text(ent.doc)[ent.start_char:ent.end_char])
    for q in places:
        for i in range(max(q.start, ent.start_char), min(q.end, ent.end_char)):
            text[i - ent.start_char] = " "
    return any(w[:1].isupper() or w[:1].isdigit() for w in "".join(text).split())


def usable_places(doc: Doc, places: list[PlaceMention], actors: list[ActorMention]) -> list[PlaceMention]:
    """Place mentions that can locate an event: not a piece of an actor's, a person's or a longer place's name.

    "Chaabi" in "Hachd al-Chaabi" (an actor), "Nasser" in "Nasser al-Naqib"
    (a person), "Noel" in "les vacances de Noel", "Nord" in "Waziristan du
    Nord" are gazetteer hits, not where anything happened.
    """
    vocab = event_words(doc_lang(doc))
    out = []
    ents = [e for e in doc_ents(doc) if e.label_ in ("PER", "ORG", "MISC")]
    times = [(m.start, m.end) for m in (doc_value(doc, "time_mentions") or [])]
    for p in places:
        # "NIAMEY (AFP) –": where the story was filed, not where anything happened
        if p.kind == "dateline":
            continue
        if any(a.start <= p.start and p.end <= a.end and (a.end - a.start) > (p.end - p.start) for a in actors):
            continue
        # a capital or country that speaks or acts ("Moscou n'a pas commenté", "Damas accuse") is an actor;
        # after a locative word it is where ("incendié par des jeunes à Kinshasa")
        if any(a.start == p.start and a.end == p.end for a in actors):
            words = preceding_words(doc_text(doc), p.start, doc_lang(doc), limit=1)
            if not words or words[-1] not in cue_table(doc_lang(doc)).locative:
                continue
        span = char_span_expand(doc, p.start, p.end)
        if span is None or len(span) == 0:
            continue
        # "les blessés ont été évacués vers l'hôpital de X": where the victims were taken
        if taken_to_care(span, doc_lang(doc)):
            continue
        # "raconte un cultivateur qui a fui vers X": where people fled
        if fled_to(span, doc_lang(doc)):
            continue
        # "raconte-t-elle, assise dans une école de X", "des déplacés arrivés à X attribuent la frappe": where the
        # teller is now
        if where_teller_is(span, doc_lang(doc)):
            continue
        # "à une quinzaine de kilomètres de la ville, sur la route de X": X is the direction, not the place
        if road_direction_only(doc_text(doc), p, doc_lang(doc)):
            continue
        before = [word_key(t.text) for t in doc[max(0, span.start - 3) : span.start]]
        # a place cue of the language data ("le marché de X", "le tribunal de X") as well as a locative word
        cue = cue_before(doc, p.start, cue_table(doc_lang(doc)))
        cued = bool(set(before) & vocab.place_cues) or cue is not None
        covering = [e for e in ents if e.start_char <= p.start and p.end <= e.end_char and not _same_name(e, p)
                    and not _place_and_time(doc, e, p, times) and _names_more(e, places)]
        # (a "person" made of place names joined by hyphens is a road's two ends: "l'axe Makalondi-Torodi")
        if any(e.end_char - e.start_char > p.end - p.start and not _only_places(doc, e, places)
               for e in covering if e.label_ == "PER"):
            continue
        # (but a site named with its town is the town's: "le camp militaire de X", which the tagger may call MISC)
        site = cue is not None and cue.prefer == "site"
        if not site and any(e.label_ != "PER" and e.end_char - e.start_char > p.end - p.start + 3
                            and not _only_places(doc, e, places) for e in covering):
            continue
        # a name the tagger reads as a person, governed by an ordinary noun: "les vacances de Noel" (not by a thing
        # an attack hits: "une maison de Jabalia")
        if covering and not cued and len(before) >= 2 and before[-1] in vocab.name_glue:
            noun = doc[span.start - 2]
            if noun.pos_ == "NOUN" and word_key(noun.text) not in _target_nouns(doc_lang(doc)):
                continue
        # a piece of a hyphenated name ("Moba-Mambanike", a district of Oicha), unless the other piece is
        # a place too ("la route Goma-Rutshuru")
        if _glued_to_unknown_name(doc, p, places):
            continue
        # the tail of a longer name: "Waziristan du Nord"
        prev = doc[span.start - 2 : span.start] if span.start >= 2 else None
        # (not a name a place cue introduces: "la LGA de Gusau")
        if prev is not None and word_key(prev[1].text) in vocab.name_glue and prev[0].pos_ == "PROPN" \
                and prev[0].text[:1].isupper() and cue is None:
            continue
        if _in_organisation_name(doc, span.start, vocab.organisation_heads):
            continue
        out.append(p)
    return out


def _in_organisation_name(doc: Doc, start: int, heads: frozenset[str]) -> bool:
    """The place ends the name of an organisation written with its capital ("les Unités de résistance de
    Sinjar", "la Brigade de Tubas", "le Front de libération du Macina"): an actor's name, not where it acted."""
    if not heads or start < 2 or word_key(doc[start - 1].text) not in ("de", "d'", "du", "des"):
        return False
    for tok in reversed(doc[max(0, start - 6) : start - 1]):
        if tok.is_sent_start:
            return False
        if tok.text[:1].isupper():
            return word_key(tok.text) in heads
        if not tok.is_alpha or tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def _only_places(doc: Doc, ent: Span, places: list[PlaceMention]) -> bool:
    """The tagger's entity is place names joined by hyphens ("Dori-Gorom-Gorom", the road between two towns)."""
    text = doc_text(doc)
    rest = [i for i in range(ent.start_char, ent.end_char)
            if not any(q.start <= i < q.end for q in places) and text[i] not in "-–— "]
    return not rest


def _glued_to_unknown_name(doc: Doc, place: PlaceMention, places: list[PlaceMention]) -> bool:
    text = doc_text(doc)
    after = re.match(r"-(\w+)", text[place.end : place.end + 40])
    before = re.search(r"(\w+)-$", text[max(0, place.start - 40) : place.start])
    for found, start in ((after, place.end + 1), (before, place.start - 1 - len(before.group(1)) if before else 0)):
        # (a road named by its ends, one of them a village no gazetteer holds: "sur l'axe Titao-X" is near Titao)
        if found and found.group(1)[:1].isupper() and not after_road_word(text, min(start, place.start), doc_lang(doc)):
            # (a name located only by the words around it is no gazetteer place: "Moba-Kasindi, un quartier de Y")
            if not any(q.start <= start < q.end and q.kind != "located" for q in places):
                return True
    return False


def _place_and_time(doc: Doc, ent: Span, place: PlaceMention, times: list[tuple[int, int]]) -> bool:
    """The tagger's entity is the place and a time expression run together ("à Poonch mardi matin")."""
    text = doc_text(doc)
    rest = [i for i in range(ent.start_char, ent.end_char) if not place.start <= i < place.end and not text[i].isspace()]
    return bool(rest) and all(any(s <= i < e for s, e in times) for i in rest)


def _same_name(ent: Span, place: PlaceMention) -> bool:
    """The entity is the place's name with a short article glued in front ("al-Tanf" for "Tanf")."""
    head = ent.text[: max(0, place.start - ent.start_char)]
    return ent.end_char == place.end and 0 < len(head) <= 4 and head.endswith("-") and head[:-1].isalpha()


def home_countries(places: list[PlaceMention]) -> frozenset[str]:
    """The countries the article is about: those holding a fair share of its place names.

    A border war (Iraq and Syria, Lebanon and Israel) has two; an aside about
    another country ("l'aéroport de Kaboul" in an Iraq article) is not one.
    """
    counts: dict[str, int] = {}
    for p in places:
        c = p.location.country
        if c:
            counts[c] = counts.get(c, 0) + 1
    total = sum(counts.values())
    return frozenset(c for c, n in counts.items() if n >= 2 and n * 4 >= total) or frozenset(counts)


@cache
def _target_nouns(lang: str) -> frozenset[str]:
    """The one-word things an attack hits (``targets.yaml``): "maison", "école", "hôpital"."""
    return frozenset(word_key(p) for t in get_lexicon(lang).targets.targets for p in t.phrases
                     if " " not in p and "|" not in p and not t.people)


def clause_span(tok: Token) -> tuple[int, int]:
    """Character span of the clause governed by the nearest verb at or above ``tok``."""
    # on the Doc's columns: the subtree of a clause's verb is most of its sentence, and ``Token.subtree``
    # built a Token for each of its words
    cols = token_columns(tok.doc)
    head = next((a for a in cols.ancestors(tok.i) if cols.pos[a] in ("VERB", "AUX")), tok.i)
    seg = segment_of(tok)
    inside = [i for i in cols.subtree(head) if seg.start <= i < seg.end]
    # a main clause also holds the verbless pieces after it that the parser cut off as roots of their own ("sur
    # l'axe A-B dimanche": the hyphen made a second root, and the day hangs from it)
    if inside and cols.head[head] == head:
        fragments = [r for r in range(head + 1, seg.end)
                     if cols.head[r] == r and cols.pos[r] not in ("VERB", "AUX")]
        inside += [i for r in fragments for i in cols.subtree(r) if seg.start <= i < seg.end]
    if not inside:
        return (tok.idx, tok.idx + len(tok))
    first, last = min(inside), max(inside)
    return cols.idx[first], cols.idx[last] + len(cols.text[last])


def fallback_date(doc: Doc) -> tuple[DateInterval | None, list[str]]:
    """Without the time stage: the publication date, widened to its week."""
    published = doc_value(doc, "published")
    if published is None:
        return None, ["no_date"]
    import datetime as dt

    start = published - dt.timedelta(days=6)
    return DateInterval(start=start.isoformat(), end=published.isoformat(), precision="week"), ["from_publication"]


def event_date(
    doc: Doc, start: int, end: int, exclude: Sequence[tuple[int, int]] = (), anchor: tuple[int, int] | None = None,
) -> tuple[DateInterval | None, list[tuple[int, int]], list[str]]:
    """The date of an event clause from the time stage (``date_for_event``), else the fallback.

    Dates inside the ``exclude`` character spans (phrases naming another incident) are not considered.
    """
    if doc_value(doc, "time_mentions") is not None:
        try:
            from sentinelle.temporal import date_for_event
        except ImportError:
            date_for_event = None
        if date_for_event is not None:
            found = date_for_event(doc, start, end, exclude=exclude, anchor=anchor)
            return found.interval, list(found.spans), list(found.flags)
    interval, flags = fallback_date(doc)
    return interval, [], flags


def own_date(doc: Doc, start: int, end: int) -> tuple[DateInterval | None, list[tuple[int, int]], list[str]]:
    """The date written inside ``[start, end)`` only ("l'attaque du 20 octobre"); none when there is none."""
    from sentinelle.temporal.event_date import usable

    inside = [m for m in doc_value(doc, "time_mentions") or [] if start <= m.start and m.end <= end]
    for m in inside:
        if usable(m, doc_text(doc)):
            return m.interval, [(m.start, m.end)], ["own_phrase", *m.flags]
    # ("mardi" in an article with no publication date: a day is named, only not known)
    return None, [], ["unresolved" if any(m.kind == "date" for m in inside) else "undated"]

"""Where an incident told without a place happened: the place a "y" stands for in a denial, and the place the
paragraph last named (assemble's carry), never another town for a sentence that names its own unknown place."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from sentinelle.events.detect import SCENE_PLACES
from sentinelle.events.matching import segments
from sentinelle.events.mention import EventMention
from sentinelle.events.place_choice import located_place
from sentinelle.extensions import doc_ents, doc_lang, doc_text
from sentinelle.model import PlaceMention
from sentinelle.places.component import UNKNOWN_AFTER_LOCATIVE, UNLOCATED
from sentinelle.places.cues import cue_table
from sentinelle.places.gazetteer import get_gazetteer
from sentinelle.places.located import alternation
from sentinelle.places.province import place_beside_capital, place_in_paragraph_province, place_in_province

if TYPE_CHECKING:
    from sentinelle.events.clusters import _Cluster

# How far back a paragraph's place still locates an incident that names none (characters).
_CARRY_REACH = 400
# "de X", "d'X", "à X": a preposition right before a name written again
_AFTER_DE_OR_A = re.compile(r"(?:\b(?:de|à) |\bd['’])$")
# How far into an article its dateline may stand (a headline may come first).
_HEAD_CHARS = 400


def opener_pattern(openers: list[str]) -> re.Pattern[str] | None:
    """Sentence openers ("Simultanément, ...", "Sur place, ..."), as one pattern matched at a sentence's start."""
    if not openers:
        return None
    return re.compile(r"\W*(?:" + alternation(openers) + r")\b", re.IGNORECASE)


def inner_opener_pattern(openers: list[str]) -> re.Pattern[str] | None:
    """The openers of several words ("par ailleurs", "le même jour") written inside a sentence, after its subject
    ("Un soldat a par ailleurs été blessé"). One-word openers are left out: inside a sentence "ailleurs" is as
    often "d'ailleurs" (by the way), which marks no other incident."""
    several = [o for o in openers if " " in o.strip()]
    if not several:
        return None
    return re.compile(r"(?<![\w'’])(?:" + alternation(several) + r")\b", re.IGNORECASE)


@cache
def _street_pattern(lang: str) -> re.Pattern[str] | None:
    """A named street ("la rue Saint-Martin", "l'avenue du 30 Juin", "au rond-point Nyamwisi"): a street noun of
    ``places_cues.yaml`` and a capitalised name (or a number) after it."""
    nouns = sorted(cue_table(lang).street_nouns)
    if not nouns:
        return None
    small = r"(?:(?:de|du|des|de\s+la|de\s+l['’]|d['’])\s*)?"
    return re.compile(rf"(?i:\b(?:{alternation(nouns)}))\s+{small}[A-ZÀ-Ý0-9]")


def place_by_pronoun(doc: Doc, mentions: list[EventMention], pronouns: frozenset[str]) -> None:
    """An act told "there" ("Des hommes armés y ont incendié le marché") happened at the place its paragraph named
    last. A denial that says "there" ("Des hommes armés ont tué trois civils samedi à X. L'armée a démenti y avoir
    mené une frappe") denies an act at the place named just before: it takes that place, so that it is a
    record of its own (a denial with no place at all stays a non-event)."""
    if not pronouns:
        return
    text = doc_text(doc) if hasattr(doc, "user_data") else ""
    scene = sorted(doc.user_data.get(SCENE_PLACES, []) if hasattr(doc, "user_data") else [], key=lambda p: p.start)
    for m in mentions:
        if m.places or not m.event_type or not m.trigger_tokens:
            continue
        if m.non_event != "denied" and (m.non_event or not scene or not _current(m)):
            continue  # (nor a background fact dated by its year: "Des militaires y ont pris le pouvoir en 2022")
        # the pronoun hangs on the trigger's verb or on a verb above it ("y avoir mené une frappe")
        node, there = doc[m.trigger_tokens[0]], False
        for _ in range(3):
            if any(c.lower_ in pronouns and c.pos_ == "PRON" for c in node.children):
                there = True
                break
            if node.head.i == node.i:
                break
            node = node.head
        if not there:
            continue
        if m.non_event != "denied":
            # "Plus au nord, le bourg de X porte d'autres cicatrices. Des soldats y ont incendié cent maisons": an act
            # told "there" happened at the place named last before it in its paragraph, whether or not an incident
            # was told at it (not at the place of the incident told before, which carry_places would give)
            paragraph = text.rfind("\n", 0, m.sent_start) + 1
            named = [p for p in scene if paragraph <= p.start and p.end <= m.sent_start
                     and m.sent_start - p.end <= _CARRY_REACH and p.kind != "country"]
            if named:
                m.places = [named[-1]]
                m.add_evidence("location", [(named[-1].start, named[-1].end)])
            continue
        before = [p for other in mentions if other is not m and other.sent_start < m.sent_start
                  and m.sent_start - other.sent_end <= _CARRY_REACH for p in other.places if p.kind != "country"]
        if before:
            place = max(before, key=lambda p: p.start)
            m.places = [place]
            m.add_evidence("location", [(place.start, place.end)])


def carry_places(doc: Doc, clusters: list[_Cluster], openers: re.Pattern[str] | None = None) -> None:
    """An incident told without a place happened where its paragraph last said things were.

    "Un engin explosif a sauté au passage d'un véhicule près de Tarmiyah. Une source a
    signalé que des heurts avaient opposé les combattants aux jihadistes": the clashes are
    at Tarmiyah too; "La situation est incertaine à El Fasher. Les RSF ont conquis le
    quartier général de la sixième division": at El Fasher. Only a mention that says what
    happened (a specific word or a weapon) takes a place, only from its paragraph, a few sentences back
    at most, never a whole country, and a previous incident's place before any other. A
    sentence that opens by going on with the scene ("Simultanément, des hommes armés ont tiré
    sur le commissariat") reaches across a paragraph break: web articles often give each
    sentence a paragraph of its own.
    """
    text = doc_text(doc)
    placed = sorted((m for c in clusters for m in c.mentions if m.places and not m.listed),
                    key=lambda m: m.sent_start)
    scene = sorted(doc.user_data.get(SCENE_PLACES, []) if hasattr(doc, "user_data") else [],
                   key=lambda p: p.start)
    unlocated = unlocated_names(doc)
    after_locative = unknown_after_locative(doc)
    for c in clusters:
        # "Le lendemain, les forces ont affronté les insurgés dans le district d'Ancuabe": the sentence says where,
        # a place no gazetteer holds; another town of the paragraph would be a wrong place; in an article whose
        # places all lie in one province, it is in that province
        own_unknown = _names_in(c, unlocated) or [m.unknown_name for m in c.mentions
                                                  if m.unknown_name and m.unknown_name in unlocated]
        if c.place is None and own_unknown:
            if any(_current(m) for m in c.mentions):
                c.carried_place = _in_province(doc, scene, own_unknown[0])
            continue
        # (a weapon named says how it was done too: "ont tiré au fusil contre le commissariat"; so does a toll:
        # "... ont fait irruption à X. Ils ont tué deux civils")
        told = [m for m in c.mentions if (m.specific or m.weapons or m.fatalities or m.injuries) and _current(m)]
        # (a place only the headline names may be a whole region: the paragraph may say the town)
        if c.body_placed or not told:
            continue
        first = told[0]
        anchor = first.trigger_spans[0][0] if first.trigger_spans else first.sent_start
        # (a mention told by its toll alone takes the place of an earlier sentence only, where the incident began;
        # a place of its own sentence belongs to the mention of it there)
        toll_only = not (first.specific or first.weapons)
        if toll_only:
            anchor = first.sent_start

        # "un drone aurait frappé une position à X" (X no gazetteer holds): the sentence says where, so another town
        # of the paragraph would be a wrong place; the name is placed in its province when the article says one
        # (failing that, the paragraph's place is kept: an incident is not lost for an unknown village)
        if not toll_only:
            named_here = _names_in(c, after_locative)
            own = _in_province(doc, scene, named_here[0]) if named_here else None
            if own is not None:
                c.carried_place = own
                continue

        goes_on = bool(openers and openers.match(text, first.sent_start))

        def near(start: int, end: int, anchor: int = anchor, goes_on: bool = goes_on) -> bool:
            return end <= anchor and anchor - end <= _CARRY_REACH and (goes_on or "\n" not in text[end:anchor])

        before = [m for m in placed if m.sent_start <= first.sent_start and m not in c.mentions
                  and near(m.sent_start, min(m.sent_end, anchor)) and not (toll_only and m.sent_start == first.sent_start)]
        if before and before[-1].places[0].kind != "country":
            c.carried_place = before[-1].places[0]
            if toll_only:
                c.carried_from = before[-1]
            continue
        seen = [p for p in scene if p.kind != "country" and near(p.start, p.end)]
        if seen:
            last = seen[-1]
            # "à El Fasher, capitale du Nord-Darfour": the town, not the province that locates it
            if len(seen) > 1 and (last.location.precision or 1) >= 3 and seen[-2].end >= last.start - 80:
                last = seen[-2]
            # "à X, un bourg du district de Y, à 100 km au sud de Z": X, not the reference town nor the division
            c.carried_place = located_place(doc, last, seen)
            continue
        if toll_only:
            # (... unless its own sentence names where, a name nothing locates: "ont tué six civils lundi à X")
            named_here = _names_in(c, after_locative)
            if named_here:
                c.carried_place = _in_province(doc, scene, named_here[0])
            continue  # (a toll alone goes on with what a sentence before it told, not with the article's town)
        # an article about one town, the only one it names and names again ("la police a bouclé les places, à
        # Niamey ... les manifestants ont été dispersés devant l'école"): an incident told without a place is there
        named = [p for p in scene if p.kind not in ("country", "dateline") and p.location.place]
        if len({(p.location.country, p.location.place) for p in named}) == 1 and len(named) >= 2:
            c.carried_place = named[0]
            continue
        # a story filed from a town, naming no other place than countries ("Bagdad – Une roquette est tombée
        # près de l'ambassade des États-Unis, dans la Zone verte"): the incident is near the town it was filed from
        # (the dateline heading the story, not the town a communiqué is signed from at its foot)
        filed = [p for p in doc._.place_mentions or [] if p.kind == "dateline" and p.start < _HEAD_CHARS] \
            if hasattr(doc, "_") else []
        if filed and all(p.kind == "country" for p in scene):
            loc = filed[0].location
            c.carried_place = filed[0].model_copy(
                update={"location": loc.model_copy(update={"precision": max(loc.precision or 1, 2)})})
            continue
        # "Des échanges de tirs ont opposé les policiers aux bandits à l'entrée de la rue Saint-Martin": a street that
        # no gazetteer holds is in a town, the one of the incident the article told last, even paragraphs back
        street = _street_pattern(doc_lang(doc)) if hasattr(doc, "lang_") else None
        if street is not None and any(street.search(text, m.sent_start, m.sent_end) for m in told):
            earlier = [m for m in placed if m.sent_start < first.sent_start and m not in c.mentions]
            if earlier and earlier[-1].places[0].kind != "country":
                c.carried_place = earlier[-1].places[0]
                continue
        # "à Ulang", a name the gazetteer lacks after a locative word, in an article whose places all lie in one
        # province: the incident is in that province
        named_here = _names_in(c, after_locative)
        if named_here:
            c.carried_place = _in_province(doc, scene, named_here[0])


def unlocated_names(doc: Doc) -> list[tuple[int, int]]:
    """The names a place cue introduces that nothing locates ("le village de X"), and every other place the article
    writes them again ("l'attaque contre la paroisse de X"): one name, one place, in an article."""
    unlocated = doc.user_data.get(UNLOCATED, []) if hasattr(doc, "user_data") else []
    if not unlocated:
        return []
    text = doc_text(doc)
    known = [(p.start, p.end) for p in getattr(doc._, "place_mentions", None) or []] if hasattr(doc, "_") else []
    found = set(unlocated)
    # (not an acronym, "les convois US", and only where a preposition introduces it again: "la paroisse de X")
    for name in {text[a:b] for a, b in unlocated if not text[a:b].isupper()}:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if _AFTER_DE_OR_A.search(text, max(0, m.start() - 4), m.start()) \
                    and not any(a < m.end() and m.start() < b for a, b in known):
                found.add((m.start(), m.end()))
    return sorted(found)


def unknown_after_locative(doc: Doc) -> list[tuple[int, int]]:
    """Names the gazetteer lacks right after a locative word ("à X"), not a word of an actor's or an organisation's
    name ("l'État islamique en Afrique de l'Ouest")."""
    # (a one-word "person" that is the very name after "à" is the tagger's guess at a village it does not know: "ont
    # tué six civils lundi à X")
    locative_names = doc.user_data.get(UNKNOWN_AFTER_LOCATIVE, []) if hasattr(doc, "user_data") else []
    if not locative_names:
        return []  # (most articles: nothing to filter, and Doc.ents builds its Spans anew on every read)
    names = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in ("ORG", "PER", "MISC")
             and not (e.label_ == "PER" and len(e) == 1 and (e.start_char, e.end_char) in locative_names)] + [
        (a.start, a.end) for a in doc._.actor_mentions or []] if hasattr(doc, "ents") else []
    triggers = {i for m in getattr(doc._, "event_mentions", None) or [] for i in m.trigger_tokens} \
        if hasattr(doc, "_") else set()
    return [(a, b) for a, b in locative_names if not any(s <= a and b <= e for s, e in names)
            and not _dative(doc, a, b, triggers)]


def _dative(doc: Doc, start: int, end: int, triggers: set[int]) -> bool:
    """The name is the indirect object of a verb that tells no incident ("ont valu à X une purge"): someone something
    goes to, not a place ("ont tué deux gendarmes à X" is where they were killed, however the parser labels it)."""
    span = doc.char_span(start, end, alignment_mode="expand") if hasattr(doc, "char_span") else None
    return span is not None and span.root.dep_ in ("obl:arg", "iobj") and span.root.head.i not in triggers


def mark_unknown_names(doc: Doc, mentions: list[EventMention], unlocated: list[tuple[int, int]]) -> None:
    """Marks the mentions whose sentence names a place nothing locates ("Mardi, des jihadistes ont attaqué le village de
    X"), with that name's span; a mention naming no place at all takes the name of the sentence right before it, in its
    paragraph, when that sentence names no other place ("Dimanche, des hommes armés ont envahi le village de X. Ils ont
    tué onze habitants"): the toll is at X, not at a town another paragraph names."""
    text = doc_text(doc)
    places = [p for p in getattr(doc._, "place_mentions", None) or [] if p.kind != "country"] \
        if hasattr(doc, "_") else []
    sentences = [(s.start_char, s.end_char) for s in segments(doc)] if hasattr(doc, "user_data") else []
    for m in mentions:
        if m.places:
            continue
        own = [(a, b) for a, b in unlocated if m.sent_start <= a and b <= m.sent_end]
        if not own and not any(m.sent_start <= p.start < m.sent_end for p in places):
            before = next((s for s in reversed(sentences) if s[1] <= m.sent_start), None)
            if before is not None and "\n" not in text[before[0]:m.sent_start].strip() \
                    and not any(before[0] <= p.start < before[1] for p in places):
                own = [(a, b) for a, b in unlocated if before[0] <= a and b <= before[1]]
        if own:
            m.unknown_place, m.unknown_name = True, own[0]


def _current(m: EventMention) -> bool:
    """Not an earlier incident named as a reference ("après les attaques du jeudi"), nor a background fact dated
    only by its year or month ("un coup d'État en 2020")."""
    return not m.reference and not (m.date and m.date.precision in ("month", "year"))


def _names_in(c: _Cluster, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``spans`` inside the sentences of the cluster's mentions."""
    return [(a, b) for a, b in spans if any(m.sent_start <= a and b <= m.sent_end for m in c.mentions)]


def _in_province(doc: Doc, scene: list[PlaceMention], span: tuple[int, int]) -> PlaceMention | None:
    """The name as written at ``span``, in the article's one province (precision 3), as the places stage places the
    names it cannot locate (``places.province``); ``None`` when the article's places do not say one province."""
    # (a source's town is a place of the article too, "selon la société civile de Butembo", in a country where the
    # incidents are: a province the scene alone names may not be the only one)
    # (when the scene holds no place at all, the issuers' towns are the article's only ones)
    every = (getattr(doc._, "place_mentions", None) or []) if hasattr(doc, "_") else []
    countries = {p.location.country for p in scene if p.location.country} or {
        p.location.country for p in every if p.location.country}
    known = [p for p in every if p.location.country in countries]
    found = place_in_province(doc_text(doc), known or scene, [span], get_gazetteer(doc_lang(doc)))
    if found:
        return found[0]
    # (an article on several provinces: the one the name's own paragraph, or the headline, names; else the one
    # province of its places beside the capital the government speaks from)
    return place_in_paragraph_province(doc_text(doc), known, span, get_gazetteer(doc_lang(doc))) \
        or place_beside_capital(doc_text(doc), known or scene, span, get_gazetteer(doc_lang(doc)))

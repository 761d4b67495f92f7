"""A fight or a sound going on after the incident told before it: that incident, not another one.

"Mardi, des jihadistes ont attaqué un poste militaire à X. Les tirs se poursuivaient dans la soirée." tells one
battle: the shots of the second sentence are the attack's own, going on. So do "Les combats faisaient toujours rage
mercredi autour du camp" and "Des coups de feu sporadiques étaient encore entendus mercredi matin" after an attack:
ACLED codes the incident once, where and when it began; the words of its going on must neither open a second event
nor lend it their day or their type (a battle in place of the attack on civilians it went on from).

The incident word is the subject of a verb of going on ("se poursuivre", "durer"), of "faire rage", or what a verb
of hearing hears ("étaient entendus", "on entendait des tirs"); the words are ``going_on_*`` and ``heard_verbs`` of
``event_words.yaml``. Told alone, or at another place than the incident before it, or days after it, it stays an
incident of its own ("De violents combats faisaient rage lundi à X").
"""

from __future__ import annotations

import copy
import datetime as dt

from spacy.tokens import Doc, Token

from sentinelle.events.geo import same_place
from sentinelle.events.incidents import VIOLENT_TYPES
from sentinelle.events.matching import token_keys
from sentinelle.events.mention import EventMention
from sentinelle.events.word_lists import EventWords
from sentinelle.extensions import doc_text, morph_get

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
# How many days after the incident its going on may still be told ("les combats se poursuivaient mercredi").
_DAYS_AFTER = 2


def going_on(doc: Doc, m: EventMention, words: EventWords) -> bool:
    """Every trigger word of ``m`` tells a fight or a sound going on, and it carries no toll of its own."""
    # (a Doc with no parse, as some unit tests build, says nothing of it)
    if m.fatalities or m.injuries or m.reference or not m.trigger_tokens or not isinstance(doc, Doc):
        return False
    return all(_goes_on(doc[i], words) for i in m.trigger_tokens)


def _goes_on(tok: Token, words: EventWords) -> bool:
    head = tok.head
    if head.i == tok.i:
        return False
    keys = token_keys(head)
    if tok.dep_ in _SUBJECTS and keys & words.going_on_verbs:
        return True  # "les tirs se poursuivaient", "les combats ont duré deux heures"
    if tok.dep_ in _SUBJECTS and any(c.dep_ == "obj" and token_keys(c) & words.going_on_objects for c in head.children):
        return True  # "les combats faisaient toujours rage"
    # "des coups de feu étaient encore entendus", "on entendait des tirs", "des tirs ont retenti"
    return tok.dep_ in (*_SUBJECTS, "obj") and bool(keys & words.heard_verbs)


def continued(m: EventMention, before: list[EventMention]) -> EventMention | None:
    """The incident told last before ``m`` when ``m`` goes on from it: of a violent kind, at its place (or with
    none of its own), within a day or two after it."""
    told = [x for x in before if x.sent_start < m.sent_start and not x.reference
            and (x.event_type is None or x.event_type in VIOLENT_TYPES)]
    if not told:
        return None
    last = max(told, key=lambda x: x.sent_start)
    # fighting on the ground after a strike from afar is a battle of its own ("l'aviation a bombardé des positions
    # près de X. Les combats se poursuivaient mercredi au sol")
    if m.event_type == "battles" and last.event_type == "explosions_remote_violence":
        return None
    if m.places and not (last.places and any(same_place(p, q) for p in m.places for q in last.places)):
        return None
    if m.date is not None and last.date is not None and m.date.start and last.date.start \
            and "same_sentence" in m.date_flags:
        gap = (dt.date.fromisoformat(m.date.start[:10]) - dt.date.fromisoformat(last.date.start[:10])).days
        if not 0 <= gap <= _DAYS_AFTER:
            return None
    return last


def fold_going_on(doc: Doc, mentions: list[EventMention], words: EventWords) -> list[EventMention]:
    """The mentions, those that tell the incident before them going on made mentions of it. When that incident's
    own words did not say what happened ("ont lancé une offensive dimanche contre X. Les combats se poursuivaient
    lundi"), the going on says it, at the incident's day and place."""
    out = []
    for m in mentions:
        goes_on = going_on(doc, m, words)
        start = continued(m, mentions) if goes_on else None
        if start is None:
            # "les combats entre rebelles et forces gouvernementales se poursuivent autour de X": a fight said in
            # the present to go on, with no day and after no incident, is a state of the war, not an incident
            if not (goes_on and _state_of_the_war(doc, m)):
                out.append(m)
            continue
        # one more mention of the incident, at its day and place (its words then join it there), adding what it
        # says of the means ("les affrontements ont duré une heure": small arms) but not its own day or kind
        told = copy.copy(m)
        told.date, told.date_flags = start.date, list(start.date_flags)
        told.places = told.places or list(start.places)
        told.target = told.target_category = None
        if start.event_type is not None:
            told.event_type, told.sub_event_type, told.specific = start.event_type, start.sub_event_type, False
        out.append(told)
    return out


# How many sentences after a sound heard the incident that explains it may be told.
_EXPLAINED_WITHIN = 2


def explain_heard_sounds(doc: Doc, mentions: list[EventMention], words: EventWords) -> None:
    """A sound heard with nothing told before it ("elle a entendu les premières détonations à X. « Ils tiraient sur
    tout ce qui bougeait »") is the first sign of the incident the next sentences of its paragraph tell, not an
    explosion of its own: it takes that incident's kind (told in narration, even in the imperfect the attribution
    stage reads as a habit). A sound with no kind of its own only ("des détonations", "des explosions"): a typed one
    ("des tirs d'obus") keeps its kind, and so does a sound nothing told after it explains ("Des témoins disent avoir
    entendu au moins six explosions")."""
    if not isinstance(doc, Doc):
        return
    text = doc_text(doc)
    for k, m in enumerate(mentions):
        if m.sub_event_type is not None or m.non_event or m.reference or not m.trigger_tokens:
            continue
        if not all(_heard(doc[i], words) for i in m.trigger_tokens):
            continue
        if any(x.sent_start < m.sent_start and not x.reference and "\n" not in text[x.sent_start:m.sent_start]
               for x in mentions[:k]):
            continue  # going on from the incident before it (fold_going_on)
        after = [x for x in mentions[k + 1:] if x.sent_start > m.sent_start and not x.reference
                 and x.non_event in (None, "habitual") and x.event_type in VIOLENT_TYPES and x.sub_event_type
                 and "\n" not in text[m.sent_start:x.sent_start]]
        starts = sorted({x.sent_start for x in after})[:_EXPLAINED_WITHIN]
        told = next((x for x in after if x.sent_start in starts), None)
        if told is not None:
            m.event_type, m.sub_event_type, m.specific = told.event_type, told.sub_event_type, False


def _heard(tok: Token, words: EventWords) -> bool:
    """What a verb of hearing hears ("a entendu des détonations", "des tirs ont retenti")."""
    return tok.head.i != tok.i and tok.dep_ in (*_SUBJECTS, "obj") and bool(token_keys(tok.head) & words.heard_verbs)


def _state_of_the_war(doc: Doc, m: EventMention) -> bool:
    """Every going-on verb of ``m`` is in the present indicative, its subject is the fighting already known (a
    definite noun: "les combats entre A et B"; "de violents combats se poursuivent", new fighting reported, is an
    incident) and its sentence names no day."""
    if m.date is not None and m.date.precision == "day" and "same_sentence" in m.date_flags:
        return False
    words = [doc[i] for i in m.trigger_tokens]
    return all("Pres" in morph_get(w.head, "Tense") and "Ind" in morph_get(w.head, "Mood")
               and any(c.dep_ == "det" and "Def" in morph_get(c, "Definite") for c in w.children) for w in words)

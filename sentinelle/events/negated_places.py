"""Places named only to be denied: "l'attaque n'a pas eu lieu à X mais à Y", "non pas à X, mais à Y", "à Y et non
à X". The negated alternative is never where the incident was; the place the contrast affirms is.

An outlet correcting its first version ("Contrairement à ce que nous indiquions, la frappe n'a pas eu lieu à X mais
à Y") names again, with a definite word, the incident it told at X: that incident is at Y. The words are
``event_words.yaml``'s ``negated_place_*`` lists (as written, read as patterns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from sentinelle.events.dates_agree import dates_overlap
from sentinelle.events.geo import same_place
from sentinelle.events.mention import EventMention
from sentinelle.events.word_lists import EventWords
from sentinelle.extensions import doc_text
from sentinelle.model import PlaceMention

# How far (in characters, no punctuation) a negation may stand before the place it denies ("n'a pas eu lieu à").
_GAP = 32
_INDEFINITE = re.compile(r"(?<!\w)(?:un|une|des)\s", re.I)

# How far after the contrast the affirmed place starts ("mais bien dans le village de Y").
_AFFIRMED_GAP = 24


@dataclass(frozen=True)
class Correction:
    """One denied place of a sentence and the place the contrast affirms."""

    sent: tuple[int, int]
    denied: PlaceMention
    affirmed: PlaceMention


def _alternation(words: tuple[str, ...]) -> str:
    """The words as one pattern, each a whole word (one ending in an apostrophe runs into the next: "qu'à")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") + ("" if w.endswith(("'", "’")) else r"(?!\w)")
                    for w in sorted(words, key=len, reverse=True))


class NegatedPlaces:
    """Finds the places a sentence denies by a contrast, and moves the incident told there to the affirmed one."""

    def __init__(self, words: EventWords) -> None:
        self.ok = bool(words.negated_place_opens and words.negated_place_contrasts)
        if not self.ok:
            return
        gap = rf"[^,.;:!?«»()\n]{{0,{_GAP}}}"
        # "pas [eu lieu à] X": the negation, a few words, the place (not "pas seulement à X mais aussi à Y")
        self.before = re.compile(rf"(?<!\w)(?:{_alternation(words.negated_place_opens)})({gap})$", re.I)
        self.contrast = re.compile(rf"^\s*,?\s*(?:{_alternation(words.negated_place_contrasts)})", re.I)
        self.tail = re.compile(rf"(?<!\w)(?:{_alternation(words.negated_place_tails)})({gap})$", re.I) \
            if words.negated_place_tails else None
        self.additive = re.compile(rf"(?<!\w)(?:{_alternation(words.negated_place_additive)})", re.I) \
            if words.negated_place_additive else None

    def find(self, doc: Doc, sents: list[Span], places: list[PlaceMention]) -> list[Correction]:
        """The denied places of every sentence, with the place each contrast affirms."""
        if not self.ok:
            return []
        text = doc_text(doc)
        out: list[Correction] = []
        for sent in sents:
            own = sorted((p for p in places if sent.start_char <= p.start and p.end <= sent.end_char),
                         key=lambda p: p.start)
            for k, p in enumerate(own):
                before = text[sent.start_char:p.start]
                after = text[p.end:sent.end_char]
                head = self.before.search(before)
                contrast = self.contrast.match(after) if head else None
                # (the contrast opens a place of its own: "n'a pas commenté l'attaque de X, mais des sources ..."
                # opposes no place)
                affirmed = next((q for q in own[k + 1:] if 0 <= q.start - (p.end + contrast.end()) <= _AFFIRMED_GAP),
                                None) if contrast else None
                # (an incident named with its own article between the negation and the place is what is denied,
                # with its place: "ne montrent pas un bombardement sur X, mais une frappe sur Y" tells two readings)
                if head and _INDEFINITE.search(head.group(1)):
                    head = None
                if head and affirmed is not None and not self._additive(
                        head.group(1) + " " + text[p.end + contrast.end():affirmed.start]):
                    out.append(Correction((sent.start_char, sent.end_char), p, affirmed))
                    continue
                tail = self.tail.search(before) if self.tail else None
                if tail:
                    # "à Y et non à X": the place before the words is the one affirmed
                    at = sent.start_char + tail.start()
                    affirmed = next((q for q in reversed(own[:k]) if q.end <= at), None)
                    if affirmed is not None:
                        out.append(Correction((sent.start_char, sent.end_char), p, affirmed))
        return out

    def _additive(self, words: str) -> bool:
        """ "pas seulement à X mais aussi à Y": both places, none denied."""
        return bool(self.additive and self.additive.search(words))


def without_denied(places: list[PlaceMention], corrections: list[Correction]) -> list[PlaceMention]:
    """The places no contrast denies."""
    denied = {(c.denied.start, c.denied.end) for c in corrections}
    return [p for p in places if (p.start, p.end) not in denied]


def move_corrected(mentions: list[EventMention], corrections: list[Correction]) -> None:
    """The incident told at a denied place is at the affirmed one: a mention of another sentence placed at X, of
    the kind the correcting sentence names again with a definite word ("la frappe", "l'attaque") and on a day that
    agrees, takes Y ("Une frappe a touché samedi un marché de X. [...] la frappe n'a pas eu lieu à X mais à Y")."""
    for c in corrections:
        told = [m for m in mentions if m.sentence == c.sent and m.anaphoric and m.event_type and not m.non_event]
        for m in mentions:
            if m.sentence == c.sent or m.non_event or not m.places:
                continue
            if not all(same_place(p, c.denied) and not same_place(p, c.affirmed) for p in m.places):
                continue
            if not any(t.event_type == m.event_type and dates_overlap(t, m) for t in told):
                continue
            m.places = [c.affirmed]
            m.field_evidence["location"] = [(c.affirmed.start, c.affirmed.end)]

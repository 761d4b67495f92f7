"""Retractions: an announcement taken back later in the sentence or in the next one.

"Lundi, l'armée a affirmé avoir tué dix assaillants près de X. Le gouvernement est finalement revenu sur cette
annonce mardi": the words point back at what was announced ("cette annonce", "l'information"), so the incident
told just before is denied by a source, not told as a fact. The phrases are ``retraction_phrases`` of
``lang/<lang>/modality.yaml``; a sentence that tells an incident of its own takes back only what it told before
the words, and a sentence of another paragraph takes back nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sentinelle.events.matching import PhraseIndex, doc_units, segments
from sentinelle.events.mention import EventMention
from sentinelle.extensions import doc_text


class RetractionReader:
    """Marks denied the mentions an announcement taken back refers to."""

    def __init__(self, phrases: list[str]) -> None:
        self.phrases = PhraseIndex()
        for p in phrases:
            self.phrases.add(p, "retraction")

    def apply(self, doc: Doc, mentions: list[EventMention]) -> None:
        if not mentions:
            return
        text = doc_text(doc)
        told: dict[int, list[EventMention]] = {}
        for m in mentions:
            told.setdefault(m.sent_start, []).append(m)
        previous = None
        for sent in segments(doc):
            hits = self.phrases.find_best(doc_units(sent))
            if hits:
                at = doc[min(h.start for h in hits)].idx
                own = told.get(sent.start_char, [])
                # "..., avant de revenir sur cette annonce": what the sentence told before the words
                taken = [m for m in own if m.trigger_spans and m.trigger_spans[0][0] < at]
                # "... près de X. Le gouvernement est revenu sur cette annonce": the sentence before, same paragraph
                if not own and previous is not None and "\n\n" not in text[previous:sent.start_char]:
                    taken = told[previous]
                for m in taken:
                    if m.non_event is None and m.modality in ("asserted", "reported", "claimed"):
                        m.non_event = m.modality = "denied"
                        m.add_evidence("modality", [(sent.start_char, sent.end_char)])
            if sent.start_char in told:
                previous = sent.start_char

"""Words that judge what a sentence, or the sentence before, told: retractions, fact-check verdicts, old footage
and unconfirmed hedges.

"Lundi, l'armée a affirmé avoir tué dix assaillants près de X. Le gouvernement est finalement revenu sur cette
annonce mardi": the words point back at what was announced ("cette annonce", "l'information"), so the incident
told just before is denied by a source, not told as a fact. So are the claim before a fact-check verdict opening
a sentence ("... qu'un drone avait frappé un marché. C'est faux.", "Faux : ..."), and footage said to be old
("Vérification faite, les images datent de 2019.") or showing something else ("les images montrent en réalité
l'incendie d'un entrepôt"). "Nous cherchons à confirmer", "l'information n'a pas pu être confirmée" hedge the
incident of their sentence or of the one before: reported, not asserted.

The phrases are ``retraction_phrases``, ``verdict_phrases``, ``old_footage_phrases``, ``correction_phrases`` and
``unconfirmed_phrases`` of ``lang/<lang>/modality.yaml``; a sentence that tells an incident of its own takes back
only what it told before the words (a verdict opening it judges the claim before it, else its own; a hedge judges
all it tells), and a sentence of another paragraph nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sentinelle.events.lexicon import ModalityFile, keys, word_key
from sentinelle.events.matching import Hit, PhraseIndex, doc_units, segments
from sentinelle.events.mention import EventMention
from sentinelle.extensions import doc_text

_TOLD = ("asserted", "reported", "claimed")


class RetractionReader:
    """Marks denied the mentions an announcement taken back, a verdict or old footage refers to, and reported the
    ones an unconfirmed hedge refers to."""

    def __init__(self, md: ModalityFile) -> None:
        self.phrases = PhraseIndex()
        for cat, items in (
            ("retraction", md.retraction_phrases), ("verdict", md.verdict_phrases),
            ("old_footage", md.old_footage_phrases), ("correction", md.correction_phrases),
            ("unconfirmed", md.unconfirmed_phrases),
        ):
            for p in items:
                self.phrases.add(p, cat)
        self.periods = keys(md.old_footage_periods)

    def apply(self, doc: Doc, mentions: list[EventMention]) -> None:
        if not mentions:
            return
        text = doc_text(doc)
        told: dict[int, list[EventMention]] = {}
        for m in mentions:
            told.setdefault(m.sent_start, []).append(m)
        previous = None
        for sent in segments(doc):
            own = told.get(sent.start_char, [])
            # "... près de X. Le gouvernement est revenu sur cette annonce": the sentence before, same paragraph
            prev = told[previous] if previous is not None and "\n\n" not in text[previous:sent.start_char] else []
            before = [] if own else prev
            for hit in self._hits(sent):
                cat = str(hit.payload)
                at = doc[hit.start].idx
                if cat == "retraction":
                    # "..., avant de revenir sur cette annonce": what the sentence told before the words
                    taken = [m for m in own if m.trigger_spans and m.trigger_spans[0][0] < at] or before
                elif cat == "verdict":
                    # a verdict cancels a claim: what the sentence before attributes to someone ("Des comptes ont
                    # affirmé qu'un drone avait frappé ... C'est faux.", "... Faux : la photo date du 3 octobre, jour
                    # où une frappe avait tué 18 personnes"), else the claim it opens ("Faux : X a bombardé Y")
                    # (a claim the sentence before makes in the article's own words, "une vidéo présentée comme la
                    # preuve d'une frappe ... Cette information est fausse.", when the verdict's sentence tells none)
                    taken = [m for m in prev if m.modality in ("reported", "claimed")] or own or (
                        prev if self._whole_sentence(sent, hit) else [])
                elif cat == "correction":
                    # "Vérification faite, les images montrent en réalité l'incendie d'un entrepôt": the footage of
                    # the sentence before shows something else (what it really shows is told, not cancelled)
                    taken = prev
                else:
                    taken = own or before
                for m in taken:
                    if m.non_event is not None or m.modality not in _TOLD:
                        continue
                    if cat == "unconfirmed":
                        if m.modality == "asserted":
                            m.modality = "reported"
                        else:
                            continue
                    else:
                        m.non_event = m.modality = "denied"
                    m.add_evidence("modality", [(sent.start_char, sent.end_char)])
            if own:
                previous = sent.start_char

    def _hits(self, sent: Span) -> list[Hit]:
        doc = sent.doc
        out = []
        for hit in self.phrases.find_best(doc_units(sent)):
            cat = str(hit.payload)
            if cat == "verdict" and not self._opens(sent, hit):
                continue  # "faux" inside a sentence ("de faux policiers") is no verdict
            if cat == "old_footage" and not any(
                (t.like_num and len(t.text) == 4) or word_key(t.text) in self.periods
                or word_key(t.lemma_) in self.periods for t in doc[hit.end: min(hit.end + 5, sent.end)]
            ):
                continue  # "les images datent de mardi soir": the incident's own day
            out.append(hit)
        return out

    @staticmethod
    def _whole_sentence(sent: Span, hit: Hit) -> bool:
        """The verdict is its whole sentence ("Cette information est fausse.", not "C'est faux, selon X")."""
        return all(t.is_punct or t.is_space for t in sent.doc[hit.end:sent.end])

    @staticmethod
    def _opens(sent: Span, hit: Hit) -> bool:
        """The verdict opens the sentence and punctuation closes it ("C'est faux.", "Faux :", "Intox !")."""
        doc = sent.doc
        first = next((t.i for t in sent if not t.is_punct and not t.is_space), None)
        if first != hit.start:
            return False
        return hit.end >= sent.end or doc[hit.end].is_punct

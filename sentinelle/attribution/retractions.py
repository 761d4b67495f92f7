"""Words that judge what a sentence, or the sentence before, told: retractions, fact-check verdicts, old footage
and unconfirmed hedges.

"Lundi, l'armée a affirmé avoir tué dix assaillants près de X. Le gouvernement est finalement revenu sur cette
annonce mardi": the words point back at what was announced ("cette annonce", "l'information"), so the incident
told just before is denied by a source, not told as a fact. So are the claim before a fact-check verdict opening
a sentence ("... qu'un drone avait frappé un marché. C'est faux.", "Faux : ..."), and footage said to be old
("Vérification faite, les images datent de 2019.") or showing something else ("les images montrent en réalité
l'incendie d'un entrepôt", "la photo a en fait été prise lors d'une attaque à X"; the incident it really shows is only
recalled when its sentence names no day of it). A claim no record bears out is denied too ("... qu'un drone a frappé
lundi un hôpital de X. Les autorités n'ont enregistré aucun incident.": ``no_record``). "Nous cherchons à
confirmer", "l'information n'a pas pu être confirmée" hedge the incident of their sentence or of the one before:
reported, not asserted.

The phrases are ``retraction_phrases``, ``verdict_phrases``, ``old_footage_phrases``, ``correction_phrases`` and
``unconfirmed_phrases`` of ``lang/<lang>/modality.yaml``; a sentence that tells an incident of its own takes back
only what it told before the words (a verdict opening it judges the claim before it, else its own; a hedge judges
all it tells), and a sentence of another paragraph nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sentinelle.attribution.negation import NegationReader
from sentinelle.events.geo import same_place
from sentinelle.events.lexicon import ModalityFile, keys, word_key
from sentinelle.events.matching import Hit, PhraseIndex, doc_units, segments, token_keys
from sentinelle.events.mention import EventMention
from sentinelle.extensions import doc_text

_TOLD = ("asserted", "reported", "claimed")
# How many words after "les images datent de", "la photo a été prise" the year may come ("prise lors d'une attaque
# à X en 2019").
_YEAR_REACH = 8


def _recall_origins(mentions: list[EventMention]) -> None:
    """The incidents footage really comes from ("un bombardement de Gaza", "une attaque survenue à X") are not told
    at the days of the article: one its sentence does not date is only recalled ("Les images ont en réalité été
    filmées lors d'un bombardement de Gaza": not a bombing of the claim's day)."""
    for m in mentions:
        if "same_sentence" not in m.date_flags:
            m.recalled = True
            m.date, m.date_flags = None, ["undated"]


class RetractionReader:
    """Marks denied the mentions an announcement taken back, a verdict or old footage refers to, and reported the
    ones an unconfirmed hedge refers to."""

    def __init__(self, md: ModalityFile, incident_words: frozenset[str] = frozenset()) -> None:
        self.negation = NegationReader(md.scope.negation)
        self.record_verbs = keys(md.no_record.verbs)
        # (an incident's own word, "d'attaque", "une telle frappe", is a thing not recorded as well)
        self.unrecorded = keys(md.no_record.nouns) | incident_words
        self.other_words = keys(md.no_record.other_words)
        self.firm_kinds = frozenset(md.no_record.firm_source_kinds)
        self.later_words = keys(md.no_record.later_words)
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
            unrecorded = self._unrecorded(sent, {i for m in own for i in m.trigger_tokens})
            if unrecorded and prev:
                self._deny_unrecorded(doc, sent, unrecorded, own, prev)
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
                elif cat in ("correction", "old_footage"):
                    # "Vérification faite, les images montrent en réalité l'incendie d'un entrepôt", "... les images
                    # datent de 2019": the footage of the claim told before the words, in the sentence or the one
                    # before, shows something else. What it really shows is told, not cancelled, but it is no
                    # incident of the article's days: undated, only recalled
                    claim = [m for m in own if m.trigger_spans and m.trigger_spans[0][0] < at]
                    taken = claim or prev
                    _recall_origins([m for m in own if m not in claim])
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

    def _unrecorded(self, sent: Span, triggers: set[int]) -> list[Token]:
        """The things the main verb of the sentence, a verb of record negated, says nobody recorded: "Aucun média
        n'a signalé d'ATTAQUE", "n'ont enregistré aucun INCIDENT", "Aucune TRACE de ce bombardement n'a été
        trouvée", "n'a fait état d'aucune FRAPPE"; not "aucun autre incident", "aucune victime"."""
        root = sent.root
        neg = self.negation
        if root.pos_ not in ("VERB", "AUX") or not any(token_keys(c) & neg.particles for c in root.children):
            return []
        things = [c for c in root.children if c.dep_ in ("obj", "nsubj:pass", "obl:arg")]
        if not token_keys(root) & self.record_verbs:
            # "faire état de": the thing is the complement of "état" (the parser hangs it on either word)
            etat = [c for c in things if c.dep_ == "obj" and word_key(c.text) == "etat"]
            if not etat or not token_keys(root) & {k.split()[0] for k in self.record_verbs if " " in k}:
                return []
            things = [c for c in things if c.dep_ == "obl:arg"] + [c for c in etat[0].children if c.dep_ == "nmod"]
        # "ne" and a negative word: "n'a PAS signalé", "AUCUN média n'a signalé", "n'a fait état d'AUCUNE attaque"
        if not neg.negated_verb(root) and not any(
                c.dep_ == "det" and token_keys(c) & neg.determiners for t in things for c in t.children):
            return []
        return [t for t in things if (t.i in triggers or token_keys(t) & self.unrecorded)
                and not any(token_keys(c) & self.other_words for c in t.children if c.dep_ in ("amod", "det"))]

    def _deny_unrecorded(
        self, doc: Doc, sent: Span, things: list[Token], own: list[EventMention], prev: list[EventMention],
    ) -> None:
        """A claim no record bears out: the incident the sentence before attributes to someone is denied, and the
        sentence's own words of it ("ce bombardement", "une telle frappe") are no incident."""
        inside = {t.i for thing in things for t in thing.subtree}
        if any(not set(m.trigger_tokens) <= inside for m in own):
            return  # the sentence tells an incident of its own
        claims = [m for m in prev if m.non_event is None and m.modality in ("reported", "claimed")
                  and not any(src.kind in self.firm_kinds for src in m.sources)]
        if not claims:
            return
        # "Aucune attaque n'a été signalée depuis", "... n'a été signalé mardi": a record missing after the incident,
        # or on another day, says nothing of it
        if any(token_keys(t) & self.later_words for t in sent):
            return
        days = [tm.interval for tm in (getattr(doc._, "time_mentions", None) or [])
                if sent.start_char <= tm.start < sent.end_char and tm.interval.start]
        if days and not any(m.date is not None and m.date.start and i.start[:10] <= m.date.start[:10]
                            <= (i.end or i.start)[:10] for m in claims for i in days):
            return
        # "Aucun incident n'a été signalé à Y": a record missing at another place says nothing of X
        named = [p for p in (getattr(doc._, "place_mentions", None) or [])
                 if sent.start_char <= p.start < sent.end_char and p.kind != "country"]
        if named and not any(same_place(p, q) for p in named for m in claims for q in m.places):
            return
        for m in claims:
            m.non_event = m.modality = "denied"
            m.add_evidence("modality", [(sent.start_char, sent.end_char)])
        for m in own:
            # (said again inside the negation, it is no record of its own: the claim before is)
            m.non_event = m.modality = "denied"
            m.negated = True

    def _hits(self, sent: Span) -> list[Hit]:
        doc = sent.doc
        out = []
        for hit in self.phrases.find_best(doc_units(sent)):
            cat = str(hit.payload)
            if cat == "verdict" and not self._opens(sent, hit):
                continue  # "faux" inside a sentence ("de faux policiers") is no verdict
            if cat == "old_footage" and not any(
                (t.like_num and len(t.text) == 4) or word_key(t.text) in self.periods
                or word_key(t.lemma_) in self.periods for t in doc[hit.end: min(hit.end + _YEAR_REACH, sent.end)]
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

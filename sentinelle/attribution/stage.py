"""The attribution stage's spaCy component: the cue lists of one language, the cues of each sentence, and each
mention's verdict (non-event reason, modality, sources) from the readings of its trigger words.

Finding cues is :mod:`~sentinelle.attribution.cues`, their scope :mod:`~sentinelle.attribution.scope`, the
reading of one trigger word :mod:`~sentinelle.attribution.reading`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.attribution.background import BackgroundReader
from sentinelle.attribution.complaints import complained_habit, fled_from
from sentinelle.attribution.config import BackgroundFile, IrrealisFile, SourceScopeFile
from sentinelle.attribution.cues import CueFinder
from sentinelle.attribution.negation import NegationReader
from sentinelle.attribution.reading import TriggerReader
from sentinelle.attribution.retractions import RetractionReader
from sentinelle.attribution.sources import _SOURCE_KINDS
from sentinelle.attribution.syntax import _NOT_CLAIMANTS, _Cue, _dominates, _Reading
from sentinelle.attribution.turns import TurnFinder
from sentinelle.events.lexicon import Lexicon, keys, word_key
from sentinelle.events.matching import PhraseIndex, segment_of, token_keys
from sentinelle.events.mention import EventMention
from sentinelle.events.numbers import number_at
from sentinelle.extensions import doc_text, morph_get
from sentinelle.model import Source

# A quotation stays within its paragraph (an unbalanced straight quote must not turn the rest of
# the article into a quotation) and has a few words: scare quotes ("nid de la CIA") report nothing.
_QUOTES = re.compile(r"«[^»\n]{12,}»|“[^”\n]{12,}”|\"[^\"\n]{12,}\"")
# ... except a statement quoted over several paragraphs, opened at the head of its first paragraph and closed in a
# later one ("Nous reproduisons sa déclaration.\n\n« Dimanche, ... \n\nLundi, ... »"); a paragraph of it may
# open with its own guillemet, as French typography repeats it. Bounded, so a stray guillemet stays harmless.
_LONG_QUOTES = re.compile(r"^«(?:[^«»]|\n«)*»", re.MULTILINE)
_LONG_QUOTE_MAX = 4000


class Attributor(CueFinder, TriggerReader):
    """Sets modality, sources and non-event reasons with one language's cue lists."""

    def __init__(
        self, lex: Lexicon, irrealis: IrrealisFile | None = None, source_scope: SourceScopeFile | None = None,
        background: BackgroundFile | None = None,
    ) -> None:
        md = lex.modality
        self.background = BackgroundReader(background)
        source_scope = source_scope or SourceScopeFile()
        self.anaphoric_words = keys(source_scope.anaphoric_words)
        self.anaphoric_determiners = keys(source_scope.anaphoric_determiners)
        self.additive = keys(source_scope.additive_adverbs)
        irrealis = irrealis or IrrealisFile()
        self.causal = keys(irrealis.causal_governors)
        self.realis_when_past = keys(irrealis.realis_when_past)
        self.conditional_aux = keys(irrealis.conditional_auxiliaries)
        self.conditional_endings = tuple(irrealis.conditional_endings)
        self.gerund_marks = keys(irrealis.gerund_marks)
        self.purpose_marks = keys(irrealis.purpose_marks)
        sc = md.scope
        self.lex = lex
        # the words of any incident ("attaque", "enlèvement"): what a sentence may name back
        self.incident_words = frozenset(k for e in lex.triggers.triggers for k in keys(e.lemmas))
        self.retractions = RetractionReader(md, self.incident_words)
        NegationReader.__init__(self, sc.negation)
        self.words = {
            "hypothetical": keys(md.hypothetical_words),
            "threatened": keys(md.threat_words),
            "habitual": keys(md.habitual_words),
            "aggregate": keys(md.aggregate_words),
            "denied": keys(md.denial_verbs),
            "directive": keys(md.directive_verbs),
            "claimed": keys(md.claim_verbs),
            "speech": keys(md.speech_verbs),
            "hedge": keys(sc.hedge_adverbs),
        }
        self.verbs_only = keys(md.verbs_only)
        self.accusation = keys(md.accusation_verbs)
        self.intransitive_speech = keys(md.intransitive_speech_verbs)
        self._cue_words: frozenset[str] | None = None
        # (matched on the sentence's text: the parser splits "semble-t-il" and hangs it anywhere)
        self.hedge_asides = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sc.hedge_asides) + r")(?![\w-])", re.IGNORECASE,
        ) if sc.hedge_asides else None
        self.hedged_devices = keys(sc.hedged_devices)
        self.future_aux = keys(sc.future_auxiliaries)
        self.future_endings = tuple(sc.future_endings)
        self.future_forms = tuple(sc.future_stem_final + e for e in sc.future_endings)
        self.involvement = keys(sc.involvement_nouns)
        self.complement_preps = keys(sc.complement_prepositions)
        self.agent_nouns = keys(sc.agent_nouns)
        self.share_relatives = keys(sc.share_relatives)
        self.containers = keys(sc.source_container_nouns)
        self.phrases = PhraseIndex()
        for cat, items in (
            ("hypothetical", md.hypothetical_phrases),
            ("threatened", md.threat_phrases),
            ("habitual", md.habitual_phrases),
            ("aggregate", md.aggregate_phrases),
            ("denied", md.denial_phrases),
            ("claimed", md.claim_phrases),
            ("speech", md.speech_phrases),
            ("not_speech", sc.not_speech_phrases),
            ("hedge", [w for w in sc.hedge_adverbs if " " in w]),
            ("condition", sc.condition_marks),
            ("purpose", irrealis.purpose_phrases),
        ):
            for p in items:
                self.phrases.add(p, cat)
        # "Un policier a été blessé, d'après un syndicat": the words of a toll told after its incident
        self.toll_verbs = keys(lex.casualties.killed_verbs + lex.casualties.injured_verbs)
        self.toll_nouns = keys(lex.casualties.killed_nouns + lex.casualties.injured_nouns)
        # "ont perdu la vie", "ont trouvé la mort": a toll in several words
        self.toll_phrases = PhraseIndex()
        for p in lex.casualties.died_phrases:
            self.toll_phrases.add(p, "toll")
        self.people_back = keys(source_scope.people_named_back)
        self.continuation = keys(source_scope.continuation_adverbs)
        self.header_words = keys(source_scope.document_header_words)
        self.lede_phrases = PhraseIndex()
        for p in source_scope.document_lede_phrases:
            self.lede_phrases.add(p, "lede")
        self.list_marks = tuple(source_scope.list_marks)
        self.list_record_verbs = keys(source_scope.list_record_verbs)
        self.group_back = keys(source_scope.group_named_back)
        self.told_back_verbs = keys(source_scope.told_back_verbs)
        self.confirm_verbs = keys(source_scope.confirm_verbs)
        self.told_back_nouns = keys(source_scope.told_back_nouns)
        self.told_back_pronouns = frozenset(w.lower() for w in source_scope.told_back_pronouns)
        self.own_possessives = frozenset(word_key(w) for w in source_scope.own_possessives)
        self.own_witness = frozenset(word_key(w) for w in source_scope.own_witness_nouns)
        self.turns = TurnFinder(source_scope.question_labels, source_scope.answer_labels,
                                source_scope.dialogue_dashes, source_scope.denial_replies)
        self.source_preps = PhraseIndex()
        # "selon lesquelles", "d'après lequel": a relative opened by a source preposition tells a content
        self.relative_sources = frozenset(word_key(p.replace(" ", "")) for p in md.source_prepositions)
        for p in md.source_prepositions:
            self.source_preps.add(p, "source")
        self.kind_words = {k: keys(getattr(md.source_kinds, k)) for k in _SOURCE_KINDS}

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
        quotes += [(m.start(), m.end()) for m in _LONG_QUOTES.finditer(text)
                   if "\n" in m.group() and len(m.group()) <= _LONG_QUOTE_MAX]
        cache: dict[int, tuple[list[_Cue], list[list[Token]]]] = {}
        mentions = doc._.event_mentions or []
        for m in mentions:
            sent = segment_of(doc[m.trigger_tokens[0]])
            if sent.start not in cache:
                cache[sent.start] = (self._cues(sent) + self.background.cues(sent), self._selon_sources(sent))
            cues, selon = cache[sent.start]
            self.attribute(doc, m, sent, cues, selon, quotes)
        if mentions:
            self._paragraph_sources(doc, text, mentions)
            self._document_sources(doc, text, mentions)
            self._claims_named_back(doc, text, mentions)
            self.retractions.apply(doc, mentions)
            self._anaphoric_reports(text, mentions)
            self._toll_reports(doc, text, mentions)
            self._told_back(doc, text, mentions)
            self._claim_confirmed(doc, text, mentions)
            self._report_goes_on(doc, text, mentions)
            self._scene_told(doc, text, mentions)
            self._answers(doc, text, mentions)
            self._own_witness(doc, mentions)
            self._contrasted(mentions)
        return doc

    def _own_witness(self, doc: Doc, mentions: list[EventMention]) -> None:
        """ "Des dizaines de personnes se sont rassemblées devant la mairie, a constaté notre correspondant": what
        only the outlet's own reporter tells (``own_possessives`` + ``own_witness_nouns`` of source_scope.yaml) is
        the article's own statement, asserted (event-schema.md); the reporter stays among its sources."""
        for m in mentions:
            if m.modality != "reported":
                continue
            # (a speaker the source readers did not keep: "..., a constaté notre envoyée spéciale")
            if (m.sources and all(self._own(s.name) for s in m.sources)) or (not m.sources and self._own_speaker(
                    doc.char_span(m.sent_start, m.sent_end, alignment_mode="expand"))):
                m.modality = "asserted"

    def _own_speaker(self, sent: Span | None) -> bool:
        """The sentence's speaker is the outlet's own reporter: the subject of a speech verb, "notre envoyée" (which
        the parser makes the object of an incise: ", a constaté notre envoyée spéciale")."""
        return sent is not None and any(
            (t.dep_ == "nsubj" or (t.dep_ == "obj" and t.i > t.head.i)) and token_keys(t.head) & self.words["speech"]
            and self._own(
                " ".join(c.text for c in t.subtree if c.i <= t.i)) for t in sent)

    @staticmethod
    def _contrasted(mentions: list[EventMention]) -> None:
        """The true reading of "ne ... pas X, mais Y" is no denial."""
        for m in mentions:
            # "La vidéo ne montre pas une frappe à X, mais un attentat à Y": the reading after "mais" is told as
            # what happened, outside the negation of the one before it (events/contrast.py)
            if m.contrasted and m.non_event == "denied":
                m.non_event, m.modality, m.negated = None, "asserted", False

    def _own(self, name: str) -> bool:
        words = [word_key(w) for w in name.replace("'", " ").split()]
        return bool(words) and words[0] in self.own_possessives and any(w in self.own_witness for w in words[1:])

    def attribute(
        self, doc: Doc, m: EventMention, sent: Span, cues: list[_Cue], selon: list[list[Token]],
        quotes: list[tuple[int, int]],
    ) -> None:
        triggers = [doc[i] for i in m.trigger_tokens if sent.start <= i < sent.end] or [doc[m.trigger_tokens[0]]]
        readings = sorted(
            (self._read(t, sent, cues, selon, quotes, frozenset(m.trigger_tokens)) for t in triggers),
            key=lambda r: (r.depth, r.index),
        )
        # one trigger word stated as a fact makes the mention a fact ("Tout comme le raid du
        # 23 octobre ..., la frappe d'aujourd'hui aurait été lancée": the raid is not a hedge)
        # words listed under a habit or a tally share it: "font état de combats incessants et de violences
        # contre les civils, y compris des massacres" (readings come heads first)
        by_index = {r.index: r for r in readings}
        for r in readings:
            if r.reason is None:
                above = _listed_under(doc[r.index], by_index)
                if above is not None and above.reason in ("habitual", "aggregate"):
                    r.reason = above.reason
        factual = [r for r in readings if r.reason is None]
        chosen = factual[0] if factual else readings[0]
        reason = chosen.reason
        # the words of one incident share its attribution: "Dix civils tués dans une frappe
        # attribuée à l'armée" is reported although "tués" alone is not
        # (an attribution in another clause of the sentence is not: in "Tout comme le raid du 23
        # octobre ..., la frappe d'aujourd'hui aurait été lancée depuis l'Irak" the raid is a fact)
        group = [r for r in factual if r is chosen or _dominates(doc[chosen.index], doc[r.index])] or [chosen]
        # "Le texte accuse l'aviation d'avoir bombardé le marché de X, tuant sept civils": a gerund telling the toll of
        # the act is part of it, wherever the parser hung it (here on "accuse", out of the accusation's reach)
        if _gerund(doc[chosen.index]):
            group += [r for r in factual if r not in group and r.modality != "asserted"]
        mods = {r.modality for r in group}
        chosen.modality = "claimed" if "claimed" in mods else "reported" if "reported" in mods else chosen.modality
        chosen.sources = [np for r in group for np in r.sources]
        chosen.armed_speaker = any(r.armed_speaker for r in group)
        if reason in ("habitual", "aggregate") and not chosen.firm and self._specific(m):
            reason = None
        if reason is None and (
            self.background.campaign(m, doc[chosen.index]) or self.background.many_incidents(m, sent)
            or self.background.thousands_hit(m, sent) or self.background.doers_habit(m, doc[chosen.index])
            or self.background.period_toll(m, doc) or self.background.share_of_toll(m, sent)
            or self.background.ranking(m, sent)
        ):
            reason = "aggregate"
        # "disent subir les arrestations arbitraires": a habit complained of; "fuyant les bombardements sur X": the
        # cause of a flight (neither made one incident by a caption's date and place)
        if reason is None and complained_habit(
                m, doc[chosen.index], sent, self.background.complaint, self.background.suffered, self.words["speech"]):
            reason = "habitual"
        if reason is None and fled_from(m, doc[chosen.index], self.background.flight):
            reason = "aggregate"
        if self._aggregate_by_count(m) or self._counted_word(doc, m):
            reason = "aggregate"
        # what a protest is against ("ont manifesté contre les enlèvements": events.sentence_scope.grievance_of)
        if reason is None and m.grievance:
            reason = "aggregate"
        if reason is None and _after_publication(m, doc):
            reason = "hypothetical"
        m.non_event = reason
        # "il n'y a pas eu de combats", "sans procéder à des arrestations": the text says the act did not happen;
        # nobody tells it, so no denied record is made of it
        m.negated = reason == "denied" and chosen.negated
        if reason is None and len(factual) < len(readings):
            self._prune_trigger_evidence(doc, m, factual, readings)

        sources, armed = self._sources(chosen)
        modality = chosen.modality
        # (the sentence's text cut from the Doc's cached text: Span.text joins a Token per word anew)
        if modality == "asserted" and self.hedge_asides is not None and self.hedge_asides.search(
                doc_text(doc)[sent.start_char:sent.end_char]):
            modality = "reported"  # "Des gangs ont, semble-t-il, incendié une dizaine de maisons"
        # an armed group telling what its own fighters did; not what it says its enemy did
        # ("selon le Hezbollah, l'armée israélienne a bombardé ...")
        enemy = m.actor1 is not None and m.actor1.kind in _NOT_CLAIMANTS
        if modality in ("asserted", "reported") and armed and not enemy:
            modality = "claimed"
        # the actor's own channel telling its operation ("le Hezbollah a attaqué ..., selon al-Manar")
        if modality in ("asserted", "reported") and m.actor1 is not None and self._own_outlet(m.actor1.normalized, sources):
            modality = "claimed"
        if reason in ("hypothetical", "threatened", "denied"):
            modality = reason
        m.modality = modality
        m.sources = sources
        # a claim whose every trigger word is a toll verb ("affirment avoir tué onze soldats") claims a toll
        m.toll_claim = modality == "claimed" and all(
            token_keys(doc[i]) & self.toll_verbs for i in m.trigger_tokens)
        if modality != "asserted":
            m.add_evidence("modality", [(sent.start_char, sent.end_char)])

    def _answers(self, doc: Doc, text: str, mentions: list[EventMention]) -> None:
        """Question-and-answer turns (:mod:`~sentinelle.attribution.turns`): an incident an answer states is the
        interviewee's report; an answer opening with a denial denies what its question attributed to someone."""
        for turn in self.turns.turns(text):
            denies = self.turns.denies(text, turn)
            for m in mentions:
                if m.non_event is not None or m.reference or m.series or m.recalled:
                    continue
                at = doc[m.trigger_tokens[0]].idx
                if turn.answer[0] <= at < turn.answer[1] and m.modality == "asserted":
                    m.modality = "reported"
                    if turn.speaker and all(s.name != turn.speaker for s in m.sources):
                        m.sources = [*m.sources, Source(name=turn.speaker, kind=None)]
                    m.add_evidence("modality", [turn.answer])
                elif denies and turn.question[0] <= at < turn.question[1] and m.modality in ("reported", "claimed"):
                    m.non_event = m.modality = "denied"
                    m.add_evidence("modality", [turn.answer])

    @staticmethod
    def _prune_trigger_evidence(doc: Doc, m: EventMention, factual: list[_Reading], readings: list[_Reading]) -> None:
        """Trigger words that only state a habit, a total or a possibility are not evidence of the incident
        ("... par un engin explosif, dans cette région où les convois sont régulièrement la cible des talibans")."""
        keep = [doc[r.index] for r in factual]
        drop = [doc[r.index] for r in readings if r.reason is not None]
        spans = m.field_evidence.get("trigger") or []

        def has(span: tuple[int, int], toks: list[Token]) -> bool:
            return any(span[0] <= t.idx < span[1] for t in toks)

        pruned = [sp for sp in spans if has(sp, keep) or not has(sp, drop)]
        if pruned:
            m.field_evidence["trigger"] = pruned

    @staticmethod
    def _specific(m: EventMention) -> bool:
        """A stated day and a named place: one incident, whatever "depuis" says around it."""
        day = m.date is not None and m.date.precision == "day" and "from_publication" not in m.date_flags
        # a whole country is no place of one incident ("le pays est confronté à la montée des attaques")
        return day and any(p.kind != "country" for p in m.places) and not m.summary

    def _aggregate_by_count(self, m: EventMention) -> bool:
        md = self.lex.modality
        if m.incident_count and m.incident_count > md.max_incidents_in_one_report:
            return True
        limit = md.max_casualties_in_one_report
        if (m.fatalities or 0) > limit or (m.injuries or 0) > limit:
            return True
        day = m.date is not None and m.date.precision == "day" and "from_publication" not in m.date_flags
        return m.summary and not day and not m.places and m.incident_count is None


    def _counted_word(self, doc: Doc, m: EventMention) -> bool:
        """A trigger noun below the mention's head counted beyond one report ("nous avons repoussé plus de 250
        ASSAUTS"): the events stage counts only the head word, and this total is no incident either."""
        limit = self.lex.modality.max_incidents_in_one_report
        for i in m.trigger_tokens:
            tok = doc[i]
            if tok.pos_ != "NOUN":
                continue  # (the tagger may call "assauts" singular: the figure before the noun decides)
            for child in tok.children:
                num = number_at(child, self.lex) if child.dep_ == "nummod" and child.i < tok.i else None
                if num and num[0] > limit:
                    return True
        return False


def _after_publication(m: EventMention, doc: Doc) -> bool:
    """The mention's incident starts after the day the article was published: it had not happened when the
    article was written, whatever the verb's mood ("Imaginons que des drones frappent Odessa demain", "une
    offensive lancée la semaine prochaine"); an article does not report its future as a fact."""
    published = getattr(doc._, "published", None)
    if published is None or m.date is None or not m.date.start:
        return False
    return m.date.start > published.isoformat()


def _gerund(tok: Token) -> bool:
    """ "tuant", "faisant": a present participle set beside the act, with no auxiliary of its own."""
    return (tok.pos_ == "VERB" and "Part" in morph_get(tok, "VerbForm") and "Pres" in morph_get(tok, "Tense")
            and not any(c.dep_.startswith("aux") or c.dep_.startswith("nsubj") for c in tok.children))


def _listed_under(tok: Token, readings: dict[int, _Reading]) -> _Reading | None:
    """The reading of the trigger word a word is listed under (coordinated with it or its noun complement),
    within one clause: "combats incessants et de violences ..., y compris des massacres"."""
    node = tok
    for _ in range(8):
        if node.dep_ not in ("conj", "nmod", "appos", "obl") or node.head.i == node.i:
            return None
        node = node.head
        if node.i in readings:
            return readings[node.i]
    return None

"""The attribution stage proper: cues of each sentence, how each trigger word is presented, the mention's verdict."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.attribution.background import BackgroundReader
from sentinelle.attribution.config import BackgroundFile, IrrealisFile, SourceScopeFile
from sentinelle.attribution.sources import _SOURCE_KINDS, SourceReader
from sentinelle.attribution.syntax import (
    _BOUNDARY,
    _COMPLEMENT,
    _GOVERNING,
    _MODIFIER,
    _NOT_CLAIMANTS,
    _SUBJECT,
    ClauseReader,
    _bare_participle,
    _Cue,
    _dominates,
    _in_clause_of,
    _is_subject,
    _negated,
    _path_up,
    _Reading,
    inverted_subject,
    passive_with_agent_only,
    trailing_subject,
)
from sentinelle.events.lexicon import Lexicon, keys, word_key
from sentinelle.events.matching import PhraseIndex, doc_token_keys, doc_units, segment_of, token_keys
from sentinelle.events.mention import EventMention
from sentinelle.extensions import TokenColumns, doc_text, token_columns

# A quotation stays within its paragraph (an unbalanced straight quote must not turn the rest of
# the article into a quotation) and has a few words: scare quotes ("nid de la CIA") report nothing.
_QUOTES = re.compile(r"«[^»\n]{12,}»|“[^”\n]{12,}”|\"[^\"\n]{12,}\"")
# Parts of speech skipped between a purpose phrase and the word it introduces ("pour de NOUVELLES attaques").
_PURPOSE_SKIP = frozenset({"DET", "ADJ", "ADV", "NUM", "PRON", "ADP"})
# Cue categories of the background reader (tallies, trends, open periods).
_BACKGROUND = frozenset({"tally", "trend", "since", "since_short"})


class Attributor(SourceReader, ClauseReader):
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
        self.gerund_marks = keys(irrealis.gerund_marks)
        sc = md.scope
        self.lex = lex
        self.words = {
            "hypothetical": keys(md.hypothetical_words),
            "threatened": keys(md.threat_words),
            "habitual": keys(md.habitual_words),
            "aggregate": keys(md.aggregate_words),
            "denied": keys(md.denial_verbs),
            "claimed": keys(md.claim_verbs),
            "speech": keys(md.speech_verbs),
            "hedge": keys(sc.hedge_adverbs),
        }
        self.verbs_only = keys(md.verbs_only)
        self._cue_words: frozenset[str] | None = None
        self.future_aux = keys(sc.future_auxiliaries)
        self.involvement = keys(sc.involvement_nouns)
        self.complement_preps = keys(sc.complement_prepositions)
        self.agent_nouns = keys(sc.agent_nouns)
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
        self.source_preps = PhraseIndex()
        for p in md.source_prepositions:
            self.source_preps.add(p, "source")
        self.kind_words = {k: keys(getattr(md.source_kinds, k)) for k in _SOURCE_KINDS}

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
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
            self._anaphoric_reports(text, mentions)
        return doc

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
        mods = {r.modality for r in group}
        chosen.modality = "claimed" if "claimed" in mods else "reported" if "reported" in mods else chosen.modality
        chosen.sources = [np for r in group for np in r.sources]
        chosen.armed_speaker = any(r.armed_speaker for r in group)
        if reason in ("habitual", "aggregate") and not chosen.firm and self._specific(m):
            reason = None
        if reason is None and (
            self.background.campaign(m, doc[chosen.index]) or self.background.many_incidents(m, sent)
            or self.background.period_toll(m, doc)
        ):
            reason = "aggregate"
        if self._aggregate_by_count(m):
            reason = "aggregate"
        m.non_event = reason
        if reason is None and len(factual) < len(readings):
            self._prune_trigger_evidence(doc, m, factual, readings)

        sources, armed = self._sources(chosen)
        modality = chosen.modality
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
        if modality != "asserted":
            m.add_evidence("modality", [(sent.start_char, sent.end_char)])

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

    def _read(
        self, trig: Token, sent: Span, cues: list[_Cue], selon: list[list[Token]], quotes: list[tuple[int, int]],
        trigger_ids: frozenset[int] = frozenset(),
    ) -> _Reading:
        path = _path_up(trig, sent)  # [(edge into head, head), ...]
        reading = _Reading(depth=len(path), index=trig.i)
        found: dict[str, tuple[int, _Cue]] = {}  # category -> (distance, cue)

        def note(cat: str, dist: int, cue: _Cue) -> None:
            if cat not in found or dist < found[cat][0]:
                found[cat] = (dist, cue)

        clause_tokens = self._clause_verbs(trig, path, through_adjuncts=False)
        wide_clause = self._clause_verbs(trig, path, through_adjuncts=True)
        for cue in cues:
            if cue.cat in _BACKGROUND:
                continue  # judged by the background reader below
            if trig.i in cue.tokens:
                if cue.cat in ("habitual", "aggregate"):
                    note(cue.cat, 0, cue)  # "plusieurs attentats", "d'autres attaques"
                continue
            if cue.cat == "purpose":
                if self._purpose_covers(cue, trig, path):
                    note("hypothetical", 0, cue)  # "mobilisés pour une offensive contre Goma"
                continue
            dist = self._governs(cue, trig, path)
            if dist is not None:
                note(cue.cat, dist, cue)
                continue
            if cue.cat in ("claimed", "speech", "denied") and self._attached_to(cue.head, trig):
                note(cue.cat, 0, cue)  # "l'attaque, revendiquée par X", "une frappe attribuée à"
                continue
            if cue.cat == "speech" and self._incise(cue.head):
                note("speech", 50, cue)
                continue
            if cue.cat in ("speech", "claimed", "denied"):
                continue
            # a local cue modifies the trigger or a word of its clause; totals and habits
            # may hang on the clause's verb even when the trigger is an adjunct
            if cue.cat in ("habitual", "aggregate"):
                # "les attaques RÉPÉTÉES": a participle describing the trigger noun is part of it
                describes = cue.head.head.i == trig.i and cue.head.dep_ in ("amod", "acl")
                if (describes or _in_clause_of(cue.head, wide_clause)) and not _means_of(cue.head, trig):
                    note(cue.cat, 0, cue)  # "dans diverses provinces", "depuis des années"
            elif cue.head.dep_ in _MODIFIER and cue.head.head in clause_tokens and cue.head not in clause_tokens \
                    and not (cue.cat == "hypothetical" and self._gerund(cue.head)):
                # (a gerund tells the circumstances of the act, which happened: "onze soldats tués en tentant
                # de repousser l'assaut"; what it attempts stays in its own complement)
                note(cue.cat, 0, cue)

        # "Cet enlèvement, qui n'a pas été revendiqué, a été confirmé par le ministère": the parser may hang the
        # passive speech verb on the relative clause and leave the trigger noun as the root; a passive speech verb
        # with an agent and no subject of its own still tells the noun that opens the sentence
        if "speech" not in found and trig.pos_ == "NOUN" and trig.dep_ == "ROOT":
            for cue in cues:
                if cue.cat == "speech" and passive_with_agent_only(cue.head):
                    note("speech", len(path) + 1, cue)
                    break

        # -- non-events -------------------------------------------------------------
        reasons: list[tuple[int, str]] = []
        if "denied" in found:
            dist, cue = found["denied"]
            if self._involvement_denied(cue, trig, path):
                found["reported"] = found["denied"]  # the act happened; the speaker denies a part in it
            else:
                reasons.append((-1, "denied"))
        for cat in ("threatened", "hypothetical"):
            if cat in found:
                dist, cue = found[cat]
                if cat == "hypothetical" and cue.head.lemma_ and self._realis_modal(cue.head):
                    continue  # "ont pu s'emparer de": an ability that was used
                reasons.append((dist, cat))
        if self._future(clause_tokens):
            reasons.append((1, "threatened"))
        if self._si_hypothesis(trig, clause_tokens, cues, trigger_ids) or self._present_conditional(clause_tokens, found, selon):
            reasons.append((1, "hypothetical"))
        if "hedge" in found and not self._past(clause_tokens):
            reasons.append((found["hedge"][0], "hypothetical"))
        question = self._question(sent, trig, path)
        if "habitual" in found or self._relative_present(trig, clause_tokens) or self._habitual_imperfect(trig, clause_tokens):
            reasons.append((100, "habitual"))
        if "aggregate" in found:
            reasons.append((101, "aggregate"))
        firm = self.background.reason(trig, cues, path, wide_clause, self._present(wide_clause), trigger_ids)
        if firm is not None:
            reasons.append((0, firm))
        # a question asks about everything in it; a denial outranks what it denies; a threat
        # ("a averti que ses combattants pouvaient frapper") outranks the possibility it states
        order = ("denied", "threatened", "hypothetical", "habitual", "aggregate")
        reasons.sort(key=lambda r: (order.index(r[1]), r[0]))
        reading.reason = reasons[0][1] if reasons else None
        reading.firm = firm is not None and reading.reason == firm
        if question:
            reading.reason = "hypothetical" if reading.reason != "denied" else "denied"

        # -- attribution -----------------------------------------------------------
        hedged = self._past_conditional(clause_tokens) and not self._agent_subject(trig)
        reported = bool(selon) or "speech" in found or "hedge" in found or hedged
        reported = reported or any(s <= trig.idx < e for s, e in quotes) or "reported" in found
        reading.sources = list(selon)
        # "selon un communiqué du JNIM", "d'après l'agence Amaq": the group's own word
        reading.armed_speaker = any(np and self._np_kind(np) == "armed_group" for np in selon)
        official_claimant = False
        for cat in ("speech", "claimed"):
            if cat in found:
                np = self._speaker(found[cat][1].head)
                if np:
                    reading.sources.append(np)
                    if cat == "speech" and self._np_kind(np) == "armed_group" and _is_subject(np):
                        reading.armed_speaker = True
                    # a state's forces or ministry telling their own operation are an official source
                    # ("l'armée a annoncé avoir tué vingt terroristes"): a report, not a claim
                    official_claimant = official_claimant or (cat == "claimed" and self._np_kind(np) == "official")
        if "claimed" in found and not official_claimant:
            reading.modality = "claimed"
        elif "claimed" in found:
            reading.modality = "reported"
        elif reported:
            reading.modality = "reported"
        return reading

    def _agent_subject(self, trig: Token) -> bool:
        """The trigger names the attacker and sits in a verb's subject ("l'un des kamikazes aurait transité")."""
        if not token_keys(trig) & self.agent_nouns:
            return False
        # (an inverted subject, "d'où aurait transité l'un des kamikazes", is parsed as an object)
        return any(t.dep_.startswith("nsubj") or t.dep_ == "obj" for t in [trig, *trig.ancestors][:3])

    # -- cue finding -----------------------------------------------------------------

    def _cues(self, sent: Span) -> list[_Cue]:
        """Every cue word and phrase of the sentence, with its syntactic head."""
        doc = sent.doc
        hits = self.phrases.find(doc_units(sent))
        blocked = {i for h in hits if h.payload == "not_speech" for i in range(h.start, h.end)}
        out: list[_Cue] = []
        cols = token_columns(doc)
        tkeys, pos = doc_token_keys(doc), cols.pos
        cue_words = self._cue_words
        if cue_words is None:  # every cue word of any category: most words of a sentence are none
            cue_words = self._cue_words = frozenset().union(*self.words.values())
        for i in range(sent.start, sent.end):  # a Token is built only for a word that is some cue
            if i in blocked:
                continue
            tk = tkeys[i]
            if pos[i] in ("VERB", "AUX"):  # (the guess is only ever made for a verb)
                guess = _infinitive_guess_at(cols, i)
                if guess:
                    tk = tk | guess
            if cue_words.isdisjoint(tk):
                continue
            tok = doc[i]
            for cat, words in self.words.items():
                if not tk & words:
                    continue
                if tok.pos_ == "NOUN" and tk & self.verbs_only:
                    continue  # "le pouvoir" is not "pouvoir"
                if cat == "speech" and tok.pos_ not in ("VERB", "AUX"):
                    continue
                if cat == "speech" and tok.dep_ == "amod":
                    continue  # "un homme accusé de ...": a participle describing someone
                if cat == "claimed" and _negated(tok):
                    continue  # "qui n'a pas été revendiqué"
                out.append(_Cue(cat, tok, frozenset({tok.i})))
        for hit in hits:
            cat = str(hit.payload)
            if cat == "not_speech" or any(i in blocked for i in range(hit.start, hit.end)) and cat == "speech":
                continue
            toks = [doc[i] for i in range(hit.start, hit.end)]
            head = next((t for t in toks if not (hit.start <= t.head.i < hit.end) or t.head.i == t.i), toks[0])
            if cat == "claimed" and _negated(toks[-1]):
                continue
            out.append(_Cue(cat, head, frozenset(range(hit.start, hit.end))))
        return out

    def _governs(self, cue: _Cue, trig: Token, path: list[tuple[str, Token]]) -> int | None:
        """Steps from the trigger up to the cue when the trigger sits in the cue's complement."""
        crossed = False
        relative_on_object = False  # "a revendiqué l'attentat qui a frappé l'hôtel"
        for step, (edge, head) in enumerate(path):
            if head.i in cue.tokens or head.i == cue.head.i:
                if cue.cat == "speech" and cue.head.dep_ in ("acl", "amod") and _bare_participle(cue.head):
                    return None  # "l'ambassade, accusée dans les attentats": a description, not a report
                if cue.cat in ("habitual", "aggregate"):
                    # "une série d'attaques", "multiplier les attaques"
                    return step if edge in _COMPLEMENT or edge in _SUBJECT else None
                if cue.cat not in _GOVERNING and cue.cat != "hedge":
                    return None
                if crossed and cue.cat != "speech" and not (cue.cat == "claimed" and relative_on_object):
                    return None
                if self._complement_edge(edge, cue, path, step):
                    return step
                return None
            if edge == "advcl" and self._gerund(trig if step == 0 else path[step - 1][1]):
                continue  # "a juré de venger ses morts en frappant Ménaka": the manner of the promised act
            if edge in _BOUNDARY:
                relative_on_object = (
                    not crossed and edge == "acl:relcl" and step + 1 < len(path)
                    and path[step + 1][1].i == cue.head.i and path[step + 1][0] in ("obj", "nsubj:pass")
                )
                crossed = True
        return None

    def _gerund(self, verb: Token) -> bool:
        """ "en frappant": a present participle with its gerund mark."""
        return "Part" in verb.morph.get("VerbForm") and any(
            c.dep_ == "mark" and token_keys(c) & self.gerund_marks for c in verb.children
        )

    def _purpose_covers(self, cue: _Cue, trig: Token, path: list[tuple[str, Token]]) -> bool:
        """Whether the trigger is the aim a purpose phrase names: the word right after the phrase, what hangs
        on it within its clause, or a participle right after it ("pour des offensives visant les bases", which
        the parser often attaches elsewhere). Not after a word of cause: "arrêté pour une attaque"."""
        doc = trig.doc
        last = max(cue.tokens)
        window = range(last + 1, min(last + 5, len(doc)))
        # the word the phrase hangs on, when the parser put it right after the phrase ("pour une nouvelle
        # OFFENSIVE", "afin d'ATTAQUER"); else the first content word after it
        aim = doc[min(cue.tokens)]
        for _ in range(4):
            if aim.i not in cue.tokens or aim.head.i == aim.i:
                break
            aim = aim.head
        if aim.i not in window:
            aim = next((t for t in doc[window.start : window.stop] if t.pos_ not in _PURPOSE_SKIP), None)
            if aim is not None and aim.head.i in window and aim.head.i > aim.i:
                aim = aim.head
        if aim is None or aim.is_punct:
            return False
        first = doc[min(cue.tokens)]
        governors = [aim.head, first.head, doc[first.i - 1] if first.i > 0 else first]
        if any(token_keys(g) & self.causal for g in governors if g.i not in cue.tokens and g.i != aim.i):
            return False
        if aim.i == trig.i:
            return True
        for edge, head in path:
            if edge in _BOUNDARY:
                break
            if head.i == aim.i:
                return True
        between = doc[aim.i + 1 : trig.i]
        return (
            0 < trig.i - aim.i <= 3 and "Part" in trig.morph.get("VerbForm")
            and all(t.pos_ in ("ADJ", "ADV") for t in between)
        )

    def _complement_edge(self, edge: str, cue: _Cue, path: list[tuple[str, Token]], step: int) -> bool:
        if edge in _COMPLEMENT:
            return True
        # a report covers everything it tells ("a signalé la mort de deux personnes lors d'une
        # frappe"), but not its speaker, and a passive speech verb reports its subject
        # ("l'attaque a été confirmée par la police")
        passive = edge == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in cue.head.children)
        if edge in _SUBJECT and passive and cue.cat in ("speech", "claimed", "denied"):
            return True  # "l'attaque a été revendiquée par X", "... confirmée par la police"
        if cue.cat == "speech":
            if edge in _SUBJECT:
                return False
            return edge not in ("advcl", "conj", "obl:agent", "dislocated", "vocative", "discourse", "csubj")
        # "... était un mensonge", "une information sans fondement": the subject of a denying predicate
        if edge in _SUBJECT and cue.cat == "denied" and cue.head.pos_ in ("NOUN", "ADJ"):
            return True
        # "une attaque pourrait avoir lieu", "l'attaque est-elle possible": the subject of a modal
        if edge in _SUBJECT and cue.cat == "hypothetical":
            return True
        # "prêts à frapper"
        if edge == "advcl" and cue.head.pos_ == "ADJ" and cue.cat in ("threatened", "hypothetical"):
            return True
        # "menacer de représailles", "faire état d'une attaque"
        if edge in ("obl", "obl:mod"):
            below = path[step - 1][1] if step > 0 else None
            if below is not None:
                if any(c.dep_ == "case" and token_keys(c) & self.complement_preps for c in below.children):
                    return True
                # what a statement holds is what its author says: "a revendiqué dans un communiqué
                # l'embuscade", which the parser hangs on the container noun
                return cue.cat in ("speech", "claimed", "denied") and bool(token_keys(below) & self.containers)
        return False

    @staticmethod
    def _attached_to(cue_head: Token, trig: Token) -> bool:
        """A participle or relative clause on the trigger noun: "l'attaque, revendiquée par X"."""
        return cue_head.dep_ in ("acl", "acl:relcl") and cue_head.head.i == trig.i

    @staticmethod
    def _incise(verb: Token) -> bool:
        """ "..., a indiqué la police", ", ont-ils poursuivi,": a speech verb set off by punctuation with its
        subject after it reports the whole sentence (the parser attaches such incises anywhere)."""
        if "Part" in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
            return False  # "une frappe attribuée à": a participle, handled as attached to its noun
        first = min([verb, *[c for c in verb.children if c.dep_.startswith("aux")]], key=lambda t: t.i)
        prev = verb.doc[first.i - 1] if first.i > 0 else None
        if prev is None or not (prev.is_punct or prev.text in ("»", '"')):
            # "..., l'agence Anadolu rapporte.": the speaker before the verb that closes the sentence
            return trailing_subject(verb) is not None
        finite = "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
        subject_before = any(c.dep_ in _SUBJECT and c.i < verb.i for c in verb.children)
        if finite and not subject_before and inverted_subject(verb) is not None:
            return True  # "..., rapporte Reuters citant ...", whatever the parser made of it
        for child in verb.children:
            if child.dep_ in _SUBJECT and (child.i > verb.i or child.text.startswith("-")):
                return True
        # the parser often takes an inverted subject for an object
        has_subject = any(c.dep_ in _SUBJECT for c in verb.children)
        return not has_subject and any(c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                                       for c in verb.children)

    def _involvement_denied(self, cue: _Cue, trig: Token, path: list[tuple[str, Token]]) -> bool:
        """ "a nié toute implication dans l'attaque", "a démenti avoir mené l'attaque": not a denial of the act."""
        node = trig
        for edge, head in path:
            if head.i == cue.head.i:
                # "a démenti AVOIR MENÉ l'attaque", not "a qualifié d'INFONDÉES les informations"; but
                # "a démenti avoir BOMBARDÉ le village": the act itself is denied (assemble keeps it as a
                # denied record unless the article tells it as fact elsewhere)
                # ("a démenti y avoir mené UNE frappe" denies the act too: nothing presupposes it)
                indefinite = any(d.dep_ == "det" and d.lower_ in ("un", "une", "des", "aucun", "aucune", "toute")
                                 for d in trig.children)
                return edge == "xcomp" and node.pos_ in ("VERB", "AUX") and node.i != trig.i and not indefinite
            if token_keys(head) & self.involvement:
                return True
            node = head
        return False

    # -- tense, mood and clause structure ---------------------------------------------


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

    # -- sources -----------------------------------------------------------------------


def _infinitive_guess_at(cols: TokenColumns, i: int) -> frozenset[str]:
    """The -er infinitive of a present-tense verb (token ``i``) the lemmatizer left as written ("indique",
    "rapportent"): French speech verbs are mostly of that class, and a missed one loses the report."""
    if cols.pos[i] not in ("VERB", "AUX"):
        return _NONE
    text = cols.text[i].lower()
    if cols.lemma[i].lower() != text:
        return _NONE
    for ending in ("ent", "es", "e"):
        if text.endswith(ending) and len(text) > len(ending) + 2:
            return frozenset({word_key(text[: -len(ending)] + "er")})
    return _NONE


_NONE: frozenset[str] = frozenset()
_MEANS_CASES = frozenset({"a", "au", "aux", "avec"})


def _means_of(cue: Token, trig: Token) -> bool:
    """ "deux attaques aux multiples engins explosifs": the quantifier counts the means of the incident
    (a noun hung on the trigger by "à"/"avec"), not incidents."""
    noun = cue.head
    return noun.i != trig.i and noun.head.i == trig.i and any(
        c.dep_ == "case" and word_key(c.text) in _MEANS_CASES for c in noun.children)


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

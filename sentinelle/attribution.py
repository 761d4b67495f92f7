"""The ``sentinelle_attribution`` stage: how the article presents each event mention, and who says so.

For every :class:`~sentinelle.events.mention.EventMention` it sets

* ``modality``: ``asserted``, ``reported`` ("selon X", a speech verb governing
  the trigger, the journalistic past conditional "aurait visé"), ``claimed``
  (the perpetrator speaks: "revendiqué par", "a annoncé avoir pris"),
  ``denied``, ``hypothetical`` (questions, "pourrait", "possible", "si" +
  imperfect, present conditional), ``threatened`` (threats, announced future);
* ``non_event``: why the mention must not be coded as a fact
  (hypothetical, threatened, habitual, aggregate, denied);
* ``sources``: who the information comes from, with a kind.

Scope. Partisan articles pile clauses into one sentence, so a cue only counts
for the clause it belongs to:

* a *governing* cue (a speech, claim, denial or threat verb, "pouvoir",
  "possible", "le risque de") counts when the trigger sits in its complement:
  walking up the parse from the trigger, the cue is reached through a
  complement edge (object, clausal or infinitival complement, noun
  complement), never through a subject, an adjunct or a coordination. Except
  for speech verbs (a report covers everything it reports), the walk stops at
  relative and adverbial clauses: "la zone où les avions ont menacé de
  frapper" says nothing about the explosion the zone is attached to;
* a *local* cue (an adverb, an auxiliary, a "si" mark, a time adjunct such as
  "depuis janvier") counts when it modifies the trigger's own clause;
* "selon X", "d'après X", an inverted speech verb ("..., a indiqué la police"),
  a question mark and quotation marks count for the whole sentence.

Each trigger word of a mention is judged on its own; the mention is an event
when one of its trigger words is stated as a fact (the highest one in the tree
decides first). All cue words are in ``sentinelle/lang/<lang>/modality.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.errors import SentinelleError
from sentinelle.events.lexicon import Lexicon, get_lexicon, keys, word_key
from sentinelle.events.matching import PhraseIndex, ancestors_and_self, doc_units, segment_of, segments, token_keys
from sentinelle.events.mention import EventMention
from sentinelle.extensions import doc_text
from sentinelle.lang import lang_path, load_yaml
from sentinelle.model import Source

# A quotation stays within its paragraph (an unbalanced straight quote must not turn the rest of
# the article into a quotation) and has a few words: scare quotes ("nid de la CIA") report nothing.
_QUOTES = re.compile(r"«[^»\n]{12,}»|“[^”\n]{12,}”|\"[^\"\n]{12,}\"")
_SOURCE_KINDS = ("social_media", "media", "armed_group", "official", "anonymous")

# Universal Dependencies relations (language-independent).
# Edges by which a trigger sits in the complement of the word above it.
_COMPLEMENT = frozenset({"ccomp", "xcomp", "obj", "iobj", "obl:arg", "csubj", "csubj:pass", "nmod", "acl", "dep"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
# Leaving these clauses upwards means leaving the trigger's clause: a cue above
# governs the noun or clause they hang on, not the event inside them.
_BOUNDARY = frozenset({"acl:relcl", "advcl", "parataxis", "dislocated", "appos", "vocative", "discourse"})
# Relations that open a clause of their own ("xcomp" does not: "menacer de frapper" is one clause).
_CLAUSE = frozenset({"ROOT", "ccomp", "advcl", "acl:relcl", "acl", "csubj", "csubj:pass", "parataxis", "conj"})
# How a local cue hangs on its clause.
_MODIFIER = frozenset({
    "advmod", "amod", "aux", "aux:tense", "aux:pass", "aux:caus", "mark", "obl", "obl:mod", "obl:arg", "nmod",
    "det", "nummod", "cop", "fixed", "flat", "flat:name", "compound", "expl:comp", "dep",
})
_GOVERNING = ("speech", "claimed", "denied", "threatened", "hypothetical")
# Actor kinds whose acts an armed group reports as an accuser, not as their author.
_NOT_CLAIMANTS = frozenset({"state_forces", "external", "civilians"})
_NON_FACTUAL = ("denied", "hypothetical", "threatened", "habitual", "aggregate")


class IrrealisFile(BaseModel):
    """``lang/<lang>/irrealis.yaml``: phrases naming an incident as an aim, the words after which "pour"
    gives a cause instead, and the possibility cues that a past tense makes a report of what was done."""

    model_config = ConfigDict(extra="forbid")

    purpose_phrases: list[str] = []
    causal_governors: list[str] = []
    realis_when_past: list[str] = []
    conditional_auxiliaries: list[str] = []
    gerund_marks: list[str] = []


class SourceScopeFile(BaseModel):
    """``lang/<lang>/source_scope.yaml``: the words that make "selon X" name back a source of the paragraph."""

    model_config = ConfigDict(extra="forbid")

    anaphoric_words: list[str] = []
    anaphoric_determiners: list[str] = []
    additive_adverbs: list[str] = []


def load_source_scope(lang: str) -> SourceScopeFile:
    path = lang_path(lang, "source_scope.yaml")
    return load_yaml(path, SourceScopeFile) if path.is_file() else SourceScopeFile()


def load_irrealis(lang: str) -> IrrealisFile:
    path = lang_path(lang, "irrealis.yaml")
    return load_yaml(path, IrrealisFile) if path.is_file() else IrrealisFile()


# Parts of speech skipped between a purpose phrase and the word it introduces ("pour de NOUVELLES attaques").
_PURPOSE_SKIP = frozenset({"DET", "ADJ", "ADV", "NUM", "PRON", "ADP"})


@dataclass
class _Cue:
    cat: str
    head: Token  # the cue's syntactic head (a phrase's word whose head is outside the phrase)
    tokens: frozenset[int]

    @property
    def sent_first(self) -> Token:
        return self.head.doc[min(self.tokens)]


@dataclass
class _Reading:
    """How one trigger word is presented."""

    depth: int
    index: int
    reason: str | None = None  # non-event reason
    modality: str = "asserted"
    sources: list[list[Token]] = field(default_factory=list)
    armed_speaker: bool = False


class Attributor:
    """Sets modality, sources and non-event reasons with one language's cue lists."""

    def __init__(
        self, lex: Lexicon, irrealis: IrrealisFile | None = None, source_scope: SourceScopeFile | None = None
    ) -> None:
        md = lex.modality
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
        self.future_aux = keys(sc.future_auxiliaries)
        self.involvement = keys(sc.involvement_nouns)
        self.complement_preps = keys(sc.complement_prepositions)
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
                cache[sent.start] = (self._cues(sent), self._selon_sources(sent))
            cues, selon = cache[sent.start]
            self.attribute(doc, m, sent, cues, selon, quotes)
        if mentions:
            self._paragraph_sources(doc, text, mentions)
        return doc

    def _paragraph_sources(self, doc: Doc, text: str, mentions: list[EventMention]) -> None:
        """A source named back ("selon les mêmes sources", "selon le communiqué") reports its whole paragraph:
        the facts stated in the paragraph's other sentences become reported, with that source. A speaker who
        "also" reports ("La société civile rapporte également que ...") is the source of the sentence before."""
        by_paragraph: dict[int, list[tuple[Span, list[Token]]]] = {}
        before: dict[int, tuple[Span, list[Token]]] = {}  # segment start -> the next segment's additive speaker
        sents = segments(doc)
        for k, sent in enumerate(sents):
            for np in self._selon_sources(sent):
                if np and self._names_back(np):
                    by_paragraph.setdefault(_paragraph_start(text, sent.start_char), []).append((sent, np))
            if k > 0:
                np = self._additive_speaker(sent)
                if np:
                    before[sents[k - 1].start] = (sent, np)
        if not by_paragraph and not before:
            return
        for m in mentions:
            if m.modality != "asserted" or m.non_event is not None:
                continue
            sent = segment_of(doc[m.trigger_tokens[0]])
            found = [(s, np) for s, np in by_paragraph.get(_paragraph_start(text, sent.start_char), [])
                     if s.start != sent.start]
            if sent.start in before:
                found.append(before[sent.start])
            if not found:
                continue
            src, np = found[0]
            m.modality = "reported"
            sources, _armed = self._sources(_Reading(depth=0, index=np[0].i, sources=[np]))
            m.sources = [*m.sources, *[x for x in sources if all(x.name != y.name for y in m.sources)]]
            m.add_evidence("modality", [(src.start_char, src.end_char)])

    def _additive_speaker(self, sent: Span) -> list[Token] | None:
        """The subject of a speech verb that "also" reports, when it opens its sentence: "La société civile
        rapporte également que ...", "L'armée a aussi indiqué que ..."."""
        for tok in sent:
            if tok.dep_ not in ("ROOT", "root") and tok.head.i != tok.i:
                continue
            if not token_keys(tok) & self.words["speech"] or tok.pos_ not in ("VERB", "AUX"):
                continue
            if not any(c.dep_ == "advmod" and token_keys(c) & self.additive for c in tok.children):
                continue
            subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                np = self._source_np(subject)
                return np or None
        return None

    def _names_back(self, np: list[Token]) -> bool:
        """ "les mêmes sources", "de même source", "le communiqué": a source already quoted."""
        if any(token_keys(t) & self.anaphoric_words for t in np):
            return True
        first = np[0]
        heads = [t for t in np if token_keys(t) & self.containers]
        return bool(heads) and bool(token_keys(first) & self.anaphoric_determiners) and first.i < heads[0].i

    # -- one mention -------------------------------------------------------------

    def attribute(
        self, doc: Doc, m: EventMention, sent: Span, cues: list[_Cue], selon: list[list[Token]],
        quotes: list[tuple[int, int]],
    ) -> None:
        triggers = [doc[i] for i in m.trigger_tokens if sent.start <= i < sent.end] or [doc[m.trigger_tokens[0]]]
        readings = sorted(
            (self._read(t, sent, cues, selon, quotes) for t in triggers), key=lambda r: (r.depth, r.index)
        )
        # one trigger word stated as a fact makes the mention a fact ("Tout comme le raid du
        # 23 octobre ..., la frappe d'aujourd'hui aurait été lancée": the raid is not a hedge)
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
        if reason in ("habitual", "aggregate") and self._specific(m):
            reason = None
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
        self, trig: Token, sent: Span, cues: list[_Cue], selon: list[list[Token]], quotes: list[tuple[int, int]]
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
                if _in_clause_of(cue.head, wide_clause):
                    note(cue.cat, 0, cue)  # "dans diverses provinces", "depuis des années"
            elif cue.head.dep_ in _MODIFIER and cue.head.head in clause_tokens and cue.head not in clause_tokens:
                note(cue.cat, 0, cue)

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
        if self._si_hypothesis(trig, clause_tokens, cues) or self._present_conditional(clause_tokens, found, selon):
            reasons.append((1, "hypothetical"))
        if "hedge" in found and not self._past(clause_tokens):
            reasons.append((found["hedge"][0], "hypothetical"))
        question = self._question(sent, trig, path)
        if "habitual" in found or self._relative_present(trig) or self._habitual_imperfect(trig, clause_tokens):
            reasons.append((100, "habitual"))
        if "aggregate" in found:
            reasons.append((101, "aggregate"))
        # a question asks about everything in it; a denial outranks what it denies; a threat
        # ("a averti que ses combattants pouvaient frapper") outranks the possibility it states
        order = ("denied", "threatened", "hypothetical", "habitual", "aggregate")
        reasons.sort(key=lambda r: (order.index(r[1]), r[0]))
        reading.reason = reasons[0][1] if reasons else None
        if question:
            reading.reason = "hypothetical" if reading.reason != "denied" else "denied"

        # -- attribution -----------------------------------------------------------
        reported = bool(selon) or "speech" in found or "hedge" in found or self._past_conditional(clause_tokens)
        reported = reported or any(s <= trig.idx < e for s, e in quotes) or "reported" in found
        reading.sources = list(selon)
        # "selon un communiqué du JNIM", "d'après l'agence Amaq": the group's own word
        reading.armed_speaker = any(np and self._np_kind(np) == "armed_group" for np in selon)
        for cat in ("speech", "claimed"):
            if cat in found:
                np = self._speaker(found[cat][1].head)
                if np:
                    reading.sources.append(np)
                    if cat == "speech" and self._np_kind(np) == "armed_group" and _is_subject(np):
                        reading.armed_speaker = True
        if "claimed" in found:
            reading.modality = "claimed"
        elif reported:
            reading.modality = "reported"
        return reading

    # -- cue finding -----------------------------------------------------------------

    def _cues(self, sent: Span) -> list[_Cue]:
        """Every cue word and phrase of the sentence, with its syntactic head."""
        doc = sent.doc
        hits = self.phrases.find(doc_units(sent))
        blocked = {i for h in hits if h.payload == "not_speech" for i in range(h.start, h.end)}
        out: list[_Cue] = []
        for tok in sent:
            if tok.i in blocked:
                continue
            tk = token_keys(tok)
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
            return False
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
                # "a démenti AVOIR MENÉ l'attaque", not "a qualifié d'INFONDÉES les informations"
                return edge == "xcomp" and node.pos_ in ("VERB", "AUX")
            if token_keys(head) & self.involvement:
                return True
            node = head
        return False

    # -- tense, mood and clause structure ---------------------------------------------

    def _clause_verbs(self, trig: Token, path: list[tuple[str, Token]], through_adjuncts: bool) -> list[Token]:
        """The trigger and its heads up to the top of its clause (through "xcomp" control verbs).

        Unless ``through_adjuncts``, the walk also stops at an adjunct: in "après l'attaque de
        mardi, les rebelles pourraient riposter" the mood of "riposter" is not the attack's."""
        out = [trig]
        node = trig
        for edge, head in path:
            if node.dep_ in _CLAUSE and node.dep_ != "ROOT":
                break
            if not through_adjuncts and edge in ("obl", "obl:mod", "advmod") and not any(
                c.dep_ == "case" and token_keys(c) & self.complement_preps for c in node.children
            ):
                break
            out.append(head)
            node = head
        return out

    @staticmethod
    def _group(verb: Token) -> list[Token]:
        return [verb, *[c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]]

    def _future(self, clause: list[Token]) -> bool:
        """ "frappera", "va frapper", "vont attaquer": announced as future."""
        for tok in clause:
            if tok.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
                continue
            for t in self._group(tok):
                if "Fut" in t.morph.get("Tense") and (t.pos_ in ("VERB", "AUX")):
                    return True
                if t is not tok and token_keys(t) & self.future_aux and "Ind" in t.morph.get("Mood"):
                    return True
            if token_keys(tok) & self.future_aux and any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm")
                                                         for c in tok.children) and "Ind" in tok.morph.get("Mood"):
                return True
        return False

    def _si_hypothesis(self, trig: Token, clause: list[Token], cues: list[_Cue]) -> bool:
        """ "s'il y avait une escalade", "si la chute était confirmée"; not the concessive "si ... ont été attaqués".

        The trigger is in the "si" clause when the mark hangs on a verb of its clause, or, as the
        parser often misplaces such clauses, when it comes after the mark before the next comma."""
        for cue in cues:
            if cue.cat != "condition":
                continue
            mark = cue.sent_first
            verb = mark.head
            if verb.i == mark.i or mark.dep_ not in ("mark", "fixed", "expl:subj", "dep"):  # not "si forte que"
                continue
            inside = verb in clause
            if not inside and mark.i < trig.i:
                between = mark.doc[mark.i : trig.i]
                inside = not any(t.text in (",", ";", ":", "—") for t in between) and verb.i < trig.i
            if inside and self._hypothesis_tense(verb):
                return True
        return False

    def _hypothesis_tense(self, verb: Token) -> bool:
        group = self._group(verb)
        tenses = {x for t in group for x in t.morph.get("Tense")}
        if "Imp" in tenses or "Pqp" in tenses:
            return True
        # "si" + present: a condition when the main clause is future or conditional
        if "Pres" in tenses and not any(t.dep_.startswith("aux") for t in group):
            main = [x for t in self._group(verb.head) for x in t.morph.get("Tense") + t.morph.get("Mood")]
            return "Fut" in main or "Cnd" in main
        return False

    def _conditional_aux(self, clause: list[Token]) -> list[tuple[Token, Token]]:
        """Auxiliaries in the conditional (the tagger sometimes reads "seraient" as a present indicative)."""
        return [
            (t, c) for t in clause for c in t.children
            if c.dep_.startswith("aux") and ("Cnd" in c.morph.get("Mood") or token_keys(c) & self.conditional_aux)
        ]

    @staticmethod
    def _reflexive(verb: Token) -> bool:
        """ "se seraient abattues": a pronominal verb, whose "être" is its tense auxiliary, not a passive."""
        return any(c.dep_.startswith("expl") or ("Yes" in c.morph.get("Reflex") and c.dep_ in ("obj", "iobj"))
                   for c in verb.children)

    def _past_conditional(self, clause: list[Token]) -> bool:
        """ "aurait visé", "auraient explosé", "aurait été lancée", "se seraient abattues": the journalistic
        conditional of reported facts."""
        for verb, aux in self._conditional_aux(clause):
            if word_key(aux.lemma_) == "avoir" or aux.dep_ == "aux:tense" or self._reflexive(verb):
                return True
        return False

    def _present_conditional(self, clause: list[Token], found: dict, selon: list) -> bool:
        """ "seraient visés", "frapperaient": a possibility; but "ferait 10 morts, selon X" is a report."""
        if selon or "speech" in found:
            return False
        for verb, aux in self._conditional_aux(clause):
            if aux.dep_ == "aux:pass" and not any(c.dep_ == "aux:tense" for c in verb.children) and not self._reflexive(verb):
                return True
        return any(t.pos_ == "VERB" and "Cnd" in t.morph.get("Mood") for t in clause)

    def _past(self, clause: list[Token]) -> bool:
        """A past tense of the indicative: passé composé, plus-que-parfait, passé simple."""
        for tok in clause:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            group = self._group(tok)
            if any("Past" in t.morph.get("Tense") and "Fin" in t.morph.get("VerbForm") for t in group):
                return True
            if "Part" in tok.morph.get("VerbForm") and any(
                t.dep_.startswith("aux") and "Ind" in t.morph.get("Mood") for t in group
            ):
                return True
        return False

    def _realis_modal(self, tok: Token) -> bool:
        """ "ont pu s'emparer", "put frapper": the modal in a past indicative tense reports what happened
        (not "a envisagé de bombarder": only the cues of ``realis_when_past``)."""
        return tok.pos_ in ("VERB", "AUX") and bool(token_keys(tok) & self.realis_when_past) and self._past([tok])

    def _question(self, sent: Span, trig: Token, path: list[tuple[str, Token]]) -> bool:
        """A question, unless the trigger is a past fact in a relative clause ("ceux qui ont attaqué ... ?")."""
        after = doc_text(sent.doc)[trig.idx : sent.end_char]
        if "?" not in after:
            return False
        node = trig
        for edge, head in path:
            if edge == "acl:relcl" and self._past([node]):
                return False
            node = head
        return True

    @staticmethod
    def _relative_present(trig: Token) -> bool:
        """ "les talibans qui combattent les soldats": a present-tense relative clause describes a habit."""
        return (
            trig.pos_ == "VERB" and trig.dep_ == "acl:relcl"
            and "Pres" in trig.morph.get("Tense") and "Fin" in trig.morph.get("VerbForm")
        )

    @staticmethod
    def _habitual_imperfect(trig: Token, clause: list[Token]) -> bool:
        """ "les rebelles attaquaient les convois": a simple imperfect of the event verb tells a habit."""
        return (
            trig.pos_ == "VERB" and "Imp" in trig.morph.get("Tense") and "Fin" in trig.morph.get("VerbForm")
            and not any(c.dep_.startswith("aux") for c in trig.children)
            and "Ind" in trig.morph.get("Mood")
        )

    # -- aggregates --------------------------------------------------------------------

    @staticmethod
    def _specific(m: EventMention) -> bool:
        """A stated day and a named place: one incident, whatever "depuis" says around it."""
        day = m.date is not None and m.date.precision == "day" and "from_publication" not in m.date_flags
        return day and bool(m.places) and not m.summary

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

    def _selon_sources(self, sent: Span) -> list[list[Token]]:
        """The noun phrases after "selon", "d'après", "à en croire": sources for the whole sentence.

        A source that names nobody ("selon le communiqué") still makes the sentence a report:
        it is kept as an empty phrase."""
        out = []
        doc = sent.doc
        for hit in self.source_preps.find(doc_units(sent)):
            noun = next((t for t in doc[hit.end : min(hit.end + 4, sent.end)] if t.pos_ in ("NOUN", "PROPN")), None)
            if noun is None:
                continue
            # the object of "selon" is a source by definition: no need to recognise it
            out.append(self._source_np(noun, check=False))
        return out

    def _speaker(self, verb: Token) -> list[Token] | None:
        """Who speaks: the subject of the speech verb (the agent when it is passive, "confirmé par X")."""
        passive = any(c.dep_ == "aux:pass" for c in verb.children) or verb.dep_ in ("acl", "acl:relcl")
        if self._incise(verb):
            # "..., a indiqué la police", ", ont-ils poursuivi,": the speaker comes after the verb
            after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("nsubj", "obj")]
            return next((self._source_np(c) for c in after if c.pos_ in ("NOUN", "PROPN")), None)
        for child in verb.children:
            if passive and (child.dep_ == "obl:agent" or (
                child.dep_.startswith("obl") and any(word_key(c.text) == "par" for c in child.children)
            )):
                return self._source_np(child)
            if not passive and child.dep_ == "nsubj" and child.pos_ != "PRON":
                return self._source_np(child)
        # "..., ont indiqué des responsables": the parser often takes an inverted subject for an object
        if not passive:
            for child in verb.children:
                if child.dep_ == "obj" and child.i > verb.i and child.pos_ in ("NOUN", "PROPN"):
                    np = self._source_np(child)
                    if np and self._np_kind(np):
                        return np
        return None

    def _source_np(self, noun: Token, check: bool = True) -> list[Token]:
        """The source's noun phrase; a container ("un bilan de l'OSDH") gives way to its complement.
        With ``check``, empty when the phrase names nothing that can speak."""
        if token_keys(noun) & self.containers:
            inner = [c for c in noun.children if c.dep_ == "nmod"]
            if inner:
                noun = inner[0]
        np = _noun_phrase(noun)
        if check and not any(t.pos_ == "PROPN" for t in np) and not self._np_kind(np):
            return []  # "des avions espions à la frontière" is not a source
        return np

    def _sources(self, reading: _Reading) -> tuple[list[Source], bool]:
        sources: list[Source] = []
        for np in reading.sources:
            if not np:
                continue
            name = _clean("".join(t.text_with_ws for t in np).strip())
            if not name or any(s.name == name for s in sources):
                continue
            sources.append(Source(name=name, kind=self._kind(name, np)))
        return sources, reading.armed_speaker

    @staticmethod
    def _own_outlet(actor: str | None, sources: list[Source]) -> bool:
        if not actor or not sources:
            return False
        try:
            from sentinelle.actors import source_outlet_of
        except ImportError:
            return False
        try:
            return any(source_outlet_of(s.name) == actor for s in sources)
        except SentinelleError:
            return False

    def _np_kind(self, np: list[Token]) -> str | None:
        name = _clean("".join(t.text_with_ws for t in np).strip())
        return self._kind(name, np) if name else None

    def _kind(self, name: str, np: list[Token]) -> str | None:
        try:
            from sentinelle.actors import lookup_source_kind
        except ImportError:
            lookup_source_kind = None
        if lookup_source_kind is not None:
            try:
                kind = lookup_source_kind(name)
            except SentinelleError:
                # the actors stage reports its own data errors when it runs; here
                # the kind can still come from modality.yaml's cue words
                kind = None
            if kind:
                return kind
        all_keys = {k for t in np for k in token_keys(t)}
        if all_keys & self.kind_words["social_media"]:
            return "social_media"
        root = min(np, key=lambda t: len(ancestors_and_self(t)))
        for kind in _SOURCE_KINDS:
            if token_keys(root) & self.kind_words[kind]:
                return kind
        for kind in _SOURCE_KINDS:
            if all_keys & self.kind_words[kind]:
                return kind
        return None


def _paragraph_start(text: str, char: int) -> int:
    """Start of the paragraph (line) holding the character."""
    return text.rfind("\n", 0, char) + 1


def _dominates(a: Token, b: Token) -> bool:
    """Whether one token is in the other's subtree."""
    return a in b.ancestors or b in a.ancestors


def _path_up(tok: Token, sent: Span) -> list[tuple[str, Token]]:
    """(edge, head) pairs from the token up to its sentence root: ``edge`` is the relation of the node below ``head``."""
    out = []
    node = tok
    while node.head.i != node.i and sent.start <= node.head.i < sent.end and len(out) < 50:
        out.append((node.dep_, node.head))
        node = node.head
    return out


def _in_clause_of(tok: Token, clause: list[Token]) -> bool:
    """Whether the token hangs, without opening a clause of its own, on one of the clause's words."""
    node = tok
    for _ in range(50):
        if node in clause:
            return node is not tok
        if node.dep_ in _CLAUSE or node.head.i == node.i:
            return False
        node = node.head
    return False


def _bare_participle(tok: Token) -> bool:
    return "Part" in tok.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children)


def _is_subject(np: list[Token]) -> bool:
    root = min(np, key=lambda t: len(ancestors_and_self(t)))
    return root.dep_ == "nsubj"


def _negated(tok: Token) -> bool:
    """ "qui n'a pas été revendiqué": the verb or its head carries a negation."""
    for t in (tok, tok.head):
        if any("Neg" in c.morph.get("Polarity") or word_key(c.text) in ("ne", "n'", "pas") for c in t.children):
            return True
    return False


def _noun_phrase(noun: Token) -> list[Token]:
    """The noun's phrase without relative clauses, within its line, at most eight tokens either side."""
    toks = [noun]
    for child in noun.children:
        if child.dep_ in ("acl:relcl", "acl", "punct", "case", "cc", "conj", "advcl", "appos", "parataxis"):
            continue
        toks.extend(child.subtree)
    toks.sort(key=lambda t: t.i)
    run = [t for t in toks if abs(t.i - noun.i) <= 8]
    # a phrase never runs across a line break ("Trois Kurdes ...\nDans un communiqué")
    before = [t for t in run if t.i < noun.i and "\n" in doc_text(t.doc)[t.idx : noun.idx]]
    after = [t for t in run if t.i > noun.i and "\n" in doc_text(t.doc)[noun.idx : t.idx]]
    return [t for t in run if t not in before and t not in after and not t.is_space]


def _clean(name: str) -> str:
    return name.strip(" ,;:«»\"'").removeprefix("selon ").strip()


@Language.factory("sentinelle_attribution", default_config={"lang": "fr"})
def make_attribution(nlp: Language, name: str, lang: str) -> Attributor:
    """spaCy factory of the attribution stage (modality, sources, non-event reasons)."""
    return Attributor(get_lexicon(lang), load_irrealis(lang), load_source_scope(lang))

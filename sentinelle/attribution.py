"""The ``sentinelle_attribution`` stage: how the article presents each event mention, and who says so.

For every :class:`~sentinelle.events.mention.EventMention` it sets

* ``modality``: ``asserted``, ``reported`` ("selon X", speech verbs, the past
  conditional "aurait visé"), ``claimed`` (the perpetrator speaks: "revendiqué
  par", "a annoncé avoir pris"), ``denied``, ``hypothetical`` (questions,
  "pourrait", "si ... était", present conditional), ``threatened`` (threats,
  announced future);
* ``non_event``: why the mention must not be coded as a fact
  (hypothetical, threatened, habitual, aggregate, denied);
* ``sources``: who the information comes from, with a kind.

A cue counts when it governs the trigger in the parse (it is the trigger or one
of its heads, or depends on one of them) or sits in the trigger's clause;
question marks, "selon" and speech verbs count for the whole sentence. All
cue words are in ``sentinelle/lang/<lang>/modality.yaml``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.errors import SentinelleError
from sentinelle.events.arguments import clause_span
from sentinelle.events.lexicon import Lexicon, get_lexicon, keys, word_key
from sentinelle.events.matching import PhraseIndex, ancestors_and_self, doc_units, segment_of, token_keys
from sentinelle.events.mention import EventMention
from sentinelle.model import Source

_QUOTES = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", re.S)
_SOURCE_KINDS = ("social_media", "media", "armed_group", "official", "anonymous")


class Attributor:
    """Sets modality, sources and non-event reasons with one language's cue lists."""

    def __init__(self, lex: Lexicon) -> None:
        md = lex.modality
        self.lex = lex
        self.words = {
            "hypothetical": keys(md.hypothetical_words),
            "threatened": keys(md.threat_words),
            "habitual": keys(md.habitual_words),
            "aggregate": keys(md.aggregate_words),
            "denied": keys(md.denial_verbs),
            "claimed": keys(md.claim_verbs),
        }
        self.speech = keys(md.speech_verbs)
        self.verbs_only = keys(md.verbs_only)
        self.phrases = PhraseIndex()
        for cat, items in (
            ("hypothetical", md.hypothetical_phrases),
            ("threatened", md.threat_phrases),
            ("habitual", md.habitual_phrases),
            ("aggregate", md.aggregate_phrases),
            ("denied", md.denial_phrases),
            ("claimed", md.claim_phrases),
            ("speech", md.speech_phrases),
        ):
            for p in items:
                self.phrases.add(p, cat)
        self.source_preps = PhraseIndex()
        for p in md.source_prepositions:
            self.source_preps.add(p, "source")
        self.kind_words = {k: keys(getattr(md.source_kinds, k)) for k in _SOURCE_KINDS}

    def __call__(self, doc: Doc) -> Doc:
        quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(doc.text)]
        for m in doc._.event_mentions or []:
            self.attribute(doc, m, quotes)
        return doc

    # -- one mention -------------------------------------------------------------

    def attribute(self, doc: Doc, m: EventMention, quotes: list[tuple[int, int]]) -> None:
        heads = [doc[i] for i in m.trigger_tokens]
        sent = segment_of(heads[0])
        chain: dict[int, Token] = {}
        for h in heads:
            for a in ancestors_and_self(h):
                if sent.start <= a.i < sent.end:
                    chain[a.i] = a
        c_start, c_end = clause_span(heads[0])
        cues = self._cues(sent, chain, c_start, c_end)

        reasons: list[str] = []
        if "denied" in cues:
            reasons.append("denied")
        # a question is asked, even about the future ("vont-elles frapper ?")
        if self._question(sent, heads):
            reasons.append("hypothetical")
        if "threatened" in cues or self._future(heads, chain, threat_words=cues):
            reasons.append("threatened")
        if "hypothetical" in cues or self._si_clause(chain) or self._present_conditional(chain, sent):
            reasons.append("hypothetical")
        if "habitual" in cues or self._relative_present(heads):
            reasons.append("habitual")
        if self._aggregate(m, cues):
            reasons.append("aggregate")
        m.non_event = reasons[0] if reasons else None

        sources, kinds_claimed = self._sources(doc, sent, chain, heads)
        in_quote = any(s <= heads[0].idx < e for s, e in quotes)
        reported = bool(sources) or "speech" in cues or self._past_conditional(chain) or in_quote
        if "claimed" in cues or kinds_claimed:
            m.modality = "claimed"
        elif reported:
            m.modality = "reported"
        else:
            m.modality = "asserted"
        if m.non_event in ("hypothetical", "threatened", "denied"):
            m.modality = m.non_event
        m.sources = sources
        if m.modality != "asserted":
            m.add_evidence("modality", [(sent.start_char, sent.end_char)])

    # -- cues --------------------------------------------------------------------

    def _cues(self, sent: Span, chain: dict[int, Token], c_start: int, c_end: int) -> set[str]:
        """Cue categories that govern the trigger or sit in its clause."""
        found: set[str] = set()

        def applies(tok: Token) -> bool:
            # a relative clause on the trigger noun says something about its
            # participants, not about the event ("les manifestants qui tentaient de marcher")
            if tok.i in chain:
                return True
            if tok.head.i in chain and tok.dep_ not in ("acl:relcl", "acl", "appos", "conj"):
                return True
            return c_start <= tok.idx < c_end and not any(
                a.dep_ in ("acl:relcl", "acl") and a.head.i in chain for a in ancestors_and_self(tok)
            )

        for tok in sent:
            tk = token_keys(tok)
            for cat, words in self.words.items():
                if cat == "hypothetical" and tok.pos_ == "NOUN" and tk & self.verbs_only:
                    continue  # "le pouvoir" is not "pouvoir"
                if tk & words and applies(tok) and not (cat == "claimed" and _negated(tok)):
                    found.add(cat)
            if tk & self.speech and tok.pos_ in ("VERB", "AUX") and not self._inside_trigger_np(tok, chain):
                if tok.dep_ not in ("acl", "amod"):  # "un homme accusé de ...": a participle, not a report
                    found.add("speech")
        for hit in self.phrases.find(doc_units(sent)):
            tok = sent.doc[hit.start]
            cat = str(hit.payload)
            if cat == "claimed" and _negated(sent.doc[hit.end - 1]):
                continue
            if cat in ("speech", "claimed", "denied") or applies(tok):
                found.add(cat)
        return found

    @staticmethod
    def _inside_trigger_np(tok: Token, chain: dict[int, Token]) -> bool:
        """A speech verb in a relative clause of the trigger noun does not report the trigger."""
        return tok.dep_ in ("acl:relcl", "acl") and tok.head.i in chain and tok.head.pos_ == "NOUN"

    @staticmethod
    def _question(sent: Span, heads: list[Token]) -> bool:
        text = sent.text.rstrip()
        after = sent.doc.text[heads[0].idx : sent.end_char]
        return text.endswith("?") or "?" in after

    @staticmethod
    def _si_clause(chain: dict[int, Token]) -> bool:
        """ "s'il y avait une escalade", "si la chute ... était confirmée"; not the concessive "si ... ont été attaqués"."""
        for tok in chain.values():
            for child in tok.children:
                if child.dep_ == "mark" and word_key(child.text) in ("si", "s'"):
                    verb = tok
                    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
                    tenses = {t for a in [verb, *auxes] for t in a.morph.get("Tense")}
                    finite_past = any("Pres" in a.morph.get("Tense") for a in auxes) and "Part" in verb.morph.get("VerbForm")
                    if "Imp" in tenses or (not finite_past and "Pres" in tenses and not auxes):
                        return True
        return False

    @staticmethod
    def _conditional_aux(chain: dict[int, Token]) -> list[tuple[Token, Token]]:
        out = []
        for tok in chain.values():
            for child in tok.children:
                if child.dep_.startswith("aux") and "Cnd" in child.morph.get("Mood"):
                    out.append((tok, child))
        return out

    def _past_conditional(self, chain: dict[int, Token]) -> bool:
        """ "aurait visé", "auraient explosé", "aurait été lancée": the journalistic conditional of reported facts."""
        for _verb, aux in self._conditional_aux(chain):
            if word_key(aux.lemma_) == "avoir":
                return True
            if aux.dep_ == "aux:tense":  # "serait mort"
                return True
        return False

    def _present_conditional(self, chain: dict[int, Token], sent: Span) -> bool:
        """ "seraient visés", "s'ajouteraient les raids": a possibility, not a report."""
        for verb, aux in self._conditional_aux(chain):
            if aux.dep_ == "aux:pass" and not any(c.dep_ == "aux:tense" for c in verb.children):
                return True
        for tok in chain.values():
            if tok.pos_ == "VERB" and "Cnd" in tok.morph.get("Mood"):
                # journalistic "ferait 10 morts, selon ..." is a report
                if not self.source_preps.find(doc_units(sent)):
                    return True
        return False

    @staticmethod
    def _future(heads: list[Token], chain: dict[int, Token], threat_words: set[str]) -> bool:
        for tok in list(chain.values())[:4]:
            if "Fut" in tok.morph.get("Tense") and tok.pos_ in ("VERB", "AUX"):
                return True
            if any("Fut" in c.morph.get("Tense") for c in tok.children if c.dep_.startswith("aux")):
                return True
        return False

    @staticmethod
    def _relative_present(heads: list[Token]) -> bool:
        """ "les talibans qui combattent les soldats": a present-tense relative clause describes a habit."""
        for h in heads:
            if h.pos_ == "VERB" and h.dep_ == "acl:relcl" and "Pres" in h.morph.get("Tense") and "Fin" in h.morph.get("VerbForm"):
                return True
        return False

    def _aggregate(self, m: EventMention, cues: set[str]) -> bool:
        if m.incident_count and m.incident_count > self.lex.modality.max_incidents_in_one_report:
            return True
        if "aggregate" in cues:
            return True
        limit = self.lex.modality.max_casualties_in_one_report
        if (m.fatalities or 0) > limit or (m.injuries or 0) > limit:
            return True
        day = m.date is not None and m.date.precision == "day" and "from_publication" not in m.date_flags
        return m.summary and not day and not m.places and m.incident_count is None

    # -- sources -----------------------------------------------------------------

    def _sources(self, doc: Doc, sent: Span, chain: dict[int, Token], heads: list[Token]) -> tuple[list[Source], bool]:
        """Sources named in the sentence, and whether one is the perpetrator claiming the act."""
        nps: list[list[Token]] = []
        for hit in self.source_preps.find(doc_units(sent)):
            last = sent.doc[hit.end - 1]
            # the source is the noun phrase the preposition introduces
            noun = last.head if last.head.i != last.i and last.head.i > last.i else None
            if noun is None and hit.end < sent.end:
                noun = sent.doc[hit.end]
            if noun is not None:
                nps.append(_noun_phrase(noun))
        for tok in sent:
            if token_keys(tok) & self.speech and tok.pos_ in ("VERB", "AUX") and not self._inside_trigger_np(tok, chain):
                passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in tok.children)
                inverted = not any(c.dep_ == "nsubj" for c in tok.children)
                for child in tok.children:
                    # "..., ont indiqué des responsables": the parser often takes the
                    # inverted subject for an object
                    if inverted and not passive and child.dep_ == "obj" and child.i > tok.i and child.pos_ != "PRON":
                        nps.append(_noun_phrase(child))
                        continue
                    if (child.dep_ == "nsubj" and not passive) or child.dep_ == "obl:agent" or (
                        passive and child.dep_ == "obl" and any(word_key(c.text) == "par" for c in child.children)
                    ):
                        if child.pos_ != "PRON":
                            nps.append(_noun_phrase(child))
        sources: list[Source] = []
        claimed = False
        for np in nps:
            name = _clean("".join(t.text_with_ws for t in np).strip())
            if not name or any(s.name == name for s in sources):
                continue
            kind = self._kind(name, np)
            sources.append(Source(name=name, kind=kind))
            # an armed group telling what its own fighters did claims it
            root = min(np, key=lambda t: len(list(ancestors_and_self(t))))
            if kind == "armed_group" and root.dep_ == "nsubj":
                claimed = True
        return sources, claimed

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
        root = min(np, key=lambda t: len(list(ancestors_and_self(t))))
        for kind in _SOURCE_KINDS:
            if token_keys(root) & self.kind_words[kind]:
                return kind
        for kind in _SOURCE_KINDS:
            if all_keys & self.kind_words[kind]:
                return kind
        return None


def _negated(tok: Token) -> bool:
    """ "qui n'a pas été revendiqué": the verb or its head carries a negation."""
    for t in (tok, tok.head):
        if any("Neg" in c.morph.get("Polarity") or word_key(c.text) in ("ne", "n'", "pas") for c in t.children):
            return True
    return False


def _noun_phrase(noun: Token) -> list[Token]:
    """The noun's phrase without relative clauses and with at most a dozen tokens."""
    toks = [noun]
    for child in noun.children:
        if child.dep_ in ("acl:relcl", "acl", "punct", "case", "cc", "conj", "advcl"):
            continue
        toks.extend(child.subtree)
    toks.sort(key=lambda t: t.i)
    # keep the contiguous run around the noun
    run = [t for t in toks if abs(t.i - noun.i) <= 8]
    return run


def _clean(name: str) -> str:
    return name.strip(" ,;:«»\"'").removeprefix("selon ").strip()


@Language.factory("sentinelle_attribution", default_config={"lang": "fr"})
def make_attribution(nlp: Language, name: str, lang: str) -> Attributor:
    """spaCy factory of the attribution stage (modality, sources, non-event reasons)."""
    return Attributor(get_lexicon(lang))

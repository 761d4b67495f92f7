"""Who the information comes from: "selon X", speakers of speech verbs, sources named back, and their kinds."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sentinelle.attribution.sources_told_back import ToldBack, _a_time, _aftermath, _other_incident, _tells_another
from sentinelle.attribution.syntax import _NOT_CLAIMANTS, _Reading, inverted_subject, trailing_subject
from sentinelle.errors import SentinelleError
from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import Hit, PhraseIndex, doc_token_keys, doc_units, segment_of, segments, token_keys, tree_depth
from sentinelle.events.mention import EventMention
from sentinelle.extensions import doc_text, doc_value, token_columns
from sentinelle.model import Source

_SOURCE_KINDS = ("social_media", "media", "armed_group", "official", "anonymous")


class SourceReader(ToldBack):
    """Source phrases and their kinds (mixed into :class:`Attributor`, whose cue lists it reads)."""

    source_preps: PhraseIndex
    toll_verbs: frozenset[str]
    toll_nouns: frozenset[str]
    list_record_verbs: frozenset[str]
    toll_phrases: PhraseIndex
    phrases: PhraseIndex
    people_back: frozenset[str]
    continuation: frozenset[str]
    containers: frozenset[str]
    anaphoric_words: frozenset[str]
    anaphoric_determiners: frozenset[str]
    additive: frozenset[str]
    kind_words: dict[str, frozenset[str]]
    words: dict[str, frozenset[str]]
    group_back: frozenset[str]
    told_back_verbs: frozenset[str]
    confirm_verbs: frozenset[str]
    told_back_nouns: frozenset[str]
    told_back_pronouns: frozenset[str]
    incident_words: frozenset[str]
    agent_nouns: frozenset[str]

    def _paragraph_sources(self, doc: Doc, text: str, mentions: list[EventMention]) -> None:
        """A source named back ("selon les mêmes sources", "selon le communiqué") reports its whole paragraph:
        the facts stated in the paragraph's other sentences become reported, with that source. A speaker who
        "also" reports ("La société civile rapporte également que ...") is the source of the sentence before."""
        by_paragraph: dict[int, list[tuple[Span, list[Token]]]] = {}
        before: dict[int, tuple[Span, list[Token]]] = {}  # segment start -> the next segment's additive speaker
        # "Toujours selon l'état-major, ...": the source goes on, so the paragraph before was its word too (whatever
        # its own sentence tells)
        continued: dict[int, tuple[Span, list[Token]]] = {}
        sents = segments(doc)
        for k, sent in enumerate(sents):
            for np in self._selon_sources(sent):
                if np and self._names_back(np):
                    by_paragraph.setdefault(_paragraph_start(text, sent.start_char), []).append((sent, np))
            going_on = self._continued_source(sent, text)
            if going_on:
                here = _paragraph_start(text, sent.start_char)
                previous = _paragraph_start(text, len(text[:here].rstrip()) - 1) if text[:here].strip() else None
                if previous is not None and previous not in continued:
                    continued[previous] = (sent, going_on)
            if k > 0:
                np = self._additive_speaker(sent)
                if np:
                    before[sents[k - 1].start] = (sent, np)
        if not by_paragraph and not before and not continued:
            return
        for m in mentions:
            if m.modality != "asserted" or m.non_event is not None:
                continue
            sent = segment_of(doc[m.trigger_tokens[0]])
            found = [(s, np) for s, np in by_paragraph.get(_paragraph_start(text, sent.start_char), [])
                     if s.start != sent.start and not _tells_another(s, m, mentions)]
            if sent.start in before:
                found.append(before[sent.start])
            if _paragraph_start(text, sent.start_char) in continued:
                found.append(continued[_paragraph_start(text, sent.start_char)])
            if not found:
                continue
            src, np = found[0]
            m.modality = "reported"
            sources, _armed = self._sources(_Reading(depth=0, index=np[0].i, sources=[np]))
            m.add_sources(sources)
            m.add_evidence("modality", [(src.start_char, src.end_char)])

    def _claims_named_back(self, doc: Doc, text: str, mentions: list[EventMention]) -> None:
        """ "X a revendiqué l'assassinat de Y. Selon l'organisation, deux combattants ont été blessés ...": a "selon"
        naming back, with a bare definite noun ("l'organisation"), the group whose claim the sentence before told
        in the same paragraph makes its sentence that group's claim too."""
        sents = segments(doc)
        for k in range(1, len(sents)):
            sent, prev = sents[k], sents[k - 1]
            if "\n" in text[prev.end_char : sent.start_char]:
                continue
            if not any(np and self._group_back(np) for np in self._selon_sources(sent)):
                continue
            if not any(p.modality == "claimed" and p.sent_start == prev.start_char for p in mentions):
                continue
            for m in mentions:
                if m.sent_start != sent.start_char or m.non_event is not None or m.modality != "reported":
                    continue
                if m.actor1 is not None and m.actor1.kind in _NOT_CLAIMANTS:
                    continue  # what the group says its enemy did is its accusation
                m.modality = "claimed"
                m.add_evidence("modality", [(prev.start_char, prev.end_char)])

    def _group_back(self, np: list[Token]) -> bool:
        """ "l'organisation", "le groupe": a definite noun of a group with no name."""
        if any(t.pos_ == "PROPN" for t in np) or not token_keys(np[0]) & self.anaphoric_determiners:
            return False
        heads = [t for t in np if t.pos_ == "NOUN"]
        return len(heads) == 1 and bool(token_keys(heads[0]) & self.group_back)

    @staticmethod
    def _anaphoric_reports(text: str, mentions: list[EventMention]) -> None:
        """A mention naming back the incident just told ("Les frappes américaines ont visé les villages de X et
        Y", after "le correspondant a rapporté que les forces américaines ont mené des frappes") continues that
        report: it takes its modality and sources. Only a factual mention of the same type in the sentence right
        before is its antecedent, and neither may be a reference to another incident ("comme pour la frappe
        contre X")."""
        for m in mentions:
            if not m.anaphoric or m.modality != "asserted" or m.non_event is not None or not m.event_type:
                continue
            if m.reference or m.series:
                continue
            before = [p for p in mentions if p.sent_end <= m.sent_start and p.non_event is None and not p.reference
                      and p.event_type == m.event_type and not text[p.sent_end : m.sent_start].strip()]
            if not before:
                continue
            antecedent = max(before, key=lambda p: p.sent_start)
            if antecedent.modality not in ("reported", "claimed") or _other_incident(antecedent, m):
                continue
            m.modality = antecedent.modality
            m.add_sources(antecedent.sources)
            m.add_evidence("modality", [antecedent.sentence])

    def _toll_reports(self, doc: Doc, text: str, mentions: list[EventMention]) -> None:
        """A toll told right after an incident, in a sentence of its own with no incident word and a source ("Des
        échanges de tirs ont opposé les policiers aux bandits. Un policier a été blessé, d'après un syndicat de
        policiers"): the source reports that incident (the sentence before, in the same paragraph). So does a toll in
        several words ("ont perdu la vie") and what the sentence tells of the incident's people named back ("Vingt
        d'entre eux ont été relâchés le lendemain, selon des proches")."""
        told = {m.sent_start for m in mentions}
        sents = segments(doc)
        tkeys = doc_token_keys(doc)
        for k in range(1, len(sents)):
            sent, prev = sents[k], sents[k - 1]
            if sent.start_char in told or "\n" in text[prev.end_char:sent.start_char]:
                continue
            # "L'OSDH recense au moins 60 morts", "L'ONG évoque une vingtaine de victimes": a source counting the dead
            counter = self._toll_counter(sent)
            if not any(tkeys[i] & self.toll_verbs for i in range(sent.start, sent.end)) \
                    and not self.toll_phrases.find(doc_units(sent)) and not self._people_back(sent, prev) \
                    and not _aftermath(doc, sent) and counter is None and not self._counted_toll(sent):
                continue
            named = [np for np in self._selon_sources(sent) if np] or ([counter] if counter else [])
            # "Quatre passagers ont péri, a-t-on appris de sources hospitalières", "..., a indiqué un responsable":
            # an incise after the toll reports it like "selon X" (its speaker, when it names one)
            incises = [] if named else [tok for tok in sent if tkeys[tok.i] & self.words["speech"]
                                        and tok.pos_ in ("VERB", "AUX") and self._incise(tok)]
            if not named and not incises:
                continue
            if not named:
                named = [np for np in (self._speaker(incises[0]),) if np]
            for m in mentions:
                if m.sent_start != prev.start_char or m.non_event is not None or m.modality != "asserted" \
                        or not m.event_type:
                    continue
                m.modality = "reported"
                sources, _armed = self._sources(_Reading(depth=0, index=named[0][0].i, sources=named[:1])) \
                    if named else ([], False)
                m.add_sources(sources)
                m.add_evidence("modality", [(sent.start_char, sent.end_char)])

    def _toll_counter(self, sent: Span) -> list[Token] | None:
        """The source of the sentence's main verb when that verb says or records (``speech_verbs``,
        ``list_record_verbs``) a toll noun, its object: "L'OSDH recense au moins 60 morts", "Le CICR évoque une
        vingtaine de blessés"."""
        root = sent.root
        # ("La Défenseure du peuple fait état de quatre morts": a speech phrase headed by the root counts too)
        phrase = any(h.payload == "speech" and h.start <= root.i < h.end for h in self.phrases.find(doc_units(sent)))
        if root.pos_ not in ("VERB", "AUX") or not (
                token_keys(root) & (self.words["speech"] | self.list_record_verbs) or phrase):
            return None
        # (the parser may read "au moins 60 morts" as an adjunct; "une vingtaine de victimes" heads on the figure)
        objects = [c for c in root.children if c.dep_ in ("obj", "obl:mod", "obl:arg") and c.pos_ == "NOUN"]
        objects += [n for c in objects for n in c.children if n.dep_ == "nmod" and n.pos_ == "NOUN"]
        if not any(token_keys(c) & self.toll_nouns for c in objects):
            return None
        subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        np = self._source_np(subject) if subject is not None else []
        # a role with the name of the person who holds it beside it speaks ("La Défenseure du peuple, Iris Marín, fait
        # état de quatre morts"), whatever the role's word
        if not np and subject is not None and any(c.pos_ == "PROPN" and c.dep_ in ("appos", "dep") for c in subject.children):
            np = self._source_np(subject, check=False)
        return np or None

    def _counted_toll(self, sent: Span) -> bool:
        """The sentence counts the dead or the wounded with a figure ("le bilan s'élève à sept morts", "le bilan
        est de douze morts"): a toll told on its own, like one told by a verb."""
        return any(token_keys(tok) & self.toll_nouns and any(c.dep_ == "nummod" for c in tok.children)
                   for tok in sent if tok.pos_ == "NOUN")

    def _continued_source(self, sent: Span, text: str) -> list[Token] | None:
        """The source of a "selon X" that a continuation adverb opens ("Toujours selon l'état-major"), when the
        phrase opens its paragraph (within a paragraph, "Toujours selon eux" goes on from its sentence before)."""
        doc = sent.doc
        if text[_paragraph_start(text, sent.start_char) : sent.start_char].strip():
            return None
        for hit in self._source_hits(sent):
            words = [t for t in doc[sent.start : hit.start] if not t.is_punct]
            if len(words) == 1 and token_keys(words[0]) & self.continuation:
                if hit.end < sent.end and doc[hit.end].pos_ == "PRON":
                    return None
                noun = next((t for t in doc[hit.end : min(hit.end + 4, sent.end)] if t.pos_ in ("NOUN", "PROPN")),
                            None)
                return self._source_np(noun, check=False) if noun is not None else None
        return None

    def _additive_speaker(self, sent: Span) -> list[Token] | None:
        """The subject of a speech verb that "also" reports, when it opens its sentence: "La société civile
        rapporte également que ...", "L'armée a aussi indiqué que ..."."""
        doc = sent.doc
        cols = token_columns(doc)
        tkeys = doc_token_keys(doc)
        for i in range(sent.start, sent.end):  # on the token columns: a Token only for a speech verb
            if cols.dep[i] not in ("ROOT", "root") and cols.head[i] != i:
                continue
            if not tkeys[i] & self.words["speech"] or cols.pos[i] not in ("VERB", "AUX"):
                continue
            tok = doc[i]
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

    def _source_hits(self, sent: Span) -> list[Hit]:
        """The source prepositions of the sentence ("selon", "d'après"), not the start of a hyphenated word the
        phrase matcher reads in parts: "en fin d'après-midi" names no source."""
        doc = sent.doc
        return [h for h in self.source_preps.find(doc_units(sent), whole_words=True)
                if "-" not in doc[h.end - 1].text.strip("-")]

    # -- one mention -------------------------------------------------------------
    def _selon_sources(self, sent: Span) -> list[list[Token]]:
        """The noun phrases after "selon", "d'après", "à en croire": sources for the whole sentence.

        A source that names nobody ("selon le communiqué") still makes the sentence a report:
        it is kept as an empty phrase."""
        out = []
        doc = sent.doc
        for hit in self._source_hits(sent):
            if hit.end < sent.end and doc[hit.end].pos_ == "PRON":
                out.append([])  # "selon eux", "d'après lui": a report whose speaker was named before
                continue
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
            found = next((self._source_np(c) for c in after if c.pos_ in ("NOUN", "PROPN")), None)
            if found:
                return found
            noun = inverted_subject(verb) or trailing_subject(verb)
            return self._source_np(noun) if noun is not None else None
        for child in verb.children:
            if passive and (child.dep_ == "obl:agent" or (
                child.dep_.startswith("obl") and any(word_key(c.text) == "par" for c in child.children)
            )):
                return self._source_np(child)
            # (not a day the parser took for a second subject: "Samedi déjà, l'armée avait fait état de ...")
            if not passive and child.dep_ == "nsubj" and child.pos_ != "PRON" and not _a_time(child):
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
        # (a container, or a day the parser took for the noun: "a-t-on appris mercredi de sources sécuritaires")
        if token_keys(noun) & self.containers or _a_time(noun):
            inner = [c for c in noun.children if c.dep_ == "nmod"]
            if inner:
                noun = inner[0]
        np = _with_title(_noun_phrase(noun)) if noun.pos_ == "PROPN" else _noun_phrase(noun)
        if check and not any(t.pos_ == "PROPN" for t in np) and not self._np_kind(np):
            return []  # "des avions espions à la frontière" is not a source
        return np

    def _sources(self, reading: _Reading) -> tuple[list[Source], bool]:
        sources: list[Source] = []
        for np in reading.sources:
            if not np or self._names_incident(np):
                continue
            name = _clean("".join(t.text_with_ws for t in np).strip())
            if not name or any(s.name == name for s in sources):
                continue
            sources.append(Source(name=name, kind=self._kind(name, np)))
        return sources, reading.armed_speaker

    @staticmethod
    def _names_incident(np: list[Token]) -> bool:
        """A trigger noun is never a source: "une attaque", "l'explosion" tell the incident, not who speaks."""
        root = min(np, key=tree_depth)
        triggers = {i for m in doc_value(root.doc, "event_mentions") or [] for i in m.trigger_tokens}
        return root.i in triggers

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
            # a person's name: the kind of the role written beside it ("le gouverneur de la province, Y")
            root = min(np, key=tree_depth)
            if root.pos_ == "PROPN":
                try:
                    from sentinelle.actors import source_kind_in_context

                    kind = source_kind_in_context(doc_text(root.doc), np[0].idx, np[-1].idx + len(np[-1].text))
                except SentinelleError:
                    kind = None
                if kind:
                    return kind
        all_keys = {k for t in np for k in token_keys(t)}
        if all_keys & self.kind_words["social_media"]:
            return "social_media"
        root = min(np, key=tree_depth)
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
    # a coordination names two speakers ("la République de Donetsk et Moscou"): the noun's own conjunct only
    coordinated = {d.i for t in run if t.dep_ == "conj" and t.i != noun.i for d in t.subtree}
    coordinated |= {t.i for t in run if t.dep_ == "cc"}
    kept = [t for t in run if t not in before and t not in after and not t.is_space and t.i not in coordinated]
    # one stretch of the text, never two spans glued: the contiguous run around the noun
    lo = hi = kept.index(noun)
    while lo > 0 and kept[lo - 1].i == kept[lo].i - 1:
        lo -= 1
    while hi + 1 < len(kept) and kept[hi + 1].i == kept[hi].i + 1:
        hi += 1
    phrase = kept[lo : hi + 1]
    doc = noun.doc
    # a hyphenated name is one word ("la Croix-Rouge"), whatever the parser attached
    end = phrase[-1].i
    while end + 1 < len(doc) and (not doc[end].whitespace_ or doc[end + 1].text in ("-", "‑")) and not (
        doc[end + 1].is_punct and doc[end + 1].text not in ("-", "‑")
    ) and "\n" not in doc[end + 1].text and end + 1 - noun.i <= 8:
        end += 1
    phrase = [*phrase, *doc[phrase[-1].i + 1 : end + 1]]
    # a phrase cut by the window never ends on a preposition, an article or a conjunction
    while len(phrase) > 1 and phrase[-1].i != noun.i and phrase[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PUNCT"):
        phrase.pop()
    return phrase


def _with_title(np: list[Token]) -> list[Token]:
    """A name the parser cut ("La chaîne Al-|Mayadeen"): the parts glued to it by a hyphen, and the title
    (determiner and noun) written right before it ("la chaîne", "le porte-parole"), are part of it."""
    doc = np[0].doc
    first = np[0].i
    while first > 0 and (doc[first - 1].text in ("-", "‑") or not doc[first - 1].whitespace_) and not (
        doc[first - 1].is_punct and doc[first - 1].text not in ("-", "‑")
    ):
        first -= 1
    if first >= 2 and doc[first - 1].pos_ == "NOUN" and doc[first - 2].pos_ == "DET":
        first -= 2
    if first == np[0].i or "\n" in doc[first : np[0].i].text:
        return np
    return [*doc[first : np[0].i], *np]


def _clean(name: str) -> str:
    return name.strip(" ,;:«»\"'").removeprefix("selon ").strip()


"""Sources told back across sentences: a report that goes on in the next sentence ("Selon X, des hommes armés ont
fait irruption ... Ils ont incendié ..."), a confirmation naming the incident back ("Le diocèse l'a confirmé"), and
people named back by the sentence after a report. Mixed into :class:`sources.SourceReader`, whose word lists and
source readers it uses."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sentinelle.attribution.syntax import _Reading
from sentinelle.events.matching import doc_token_keys, segments, token_keys
from sentinelle.events.mention import EventMention
from sentinelle.extensions import morph_get, token_columns


def _told_as_fact(mentions: list[EventMention], sent: Span) -> list[EventMention]:
    """The sentence's incidents that nobody tells yet (asserted facts of a known type)."""
    return [m for m in mentions if m.sent_start == sent.start_char and m.non_event is None
            and m.modality == "asserted" and m.event_type]


class ToldBack:
    """The sentences after a report that go on with it or name its incident back (a mixin of ``SourceReader``)."""

    def _report_goes_on(self, doc: Doc, text: str, mentions: list[EventMention]) -> None:
        """A report goes on in the next sentence whose subject is a pronoun naming back its people: "Selon des
        sources locales, des hommes armés ont fait irruption dans le village de X. Ils ont incendié des greniers"
        (the sentence right before, in the same paragraph, gives its source with "selon X")."""
        # (a segment of punctuation alone, which the parser may cut off a sentence, is no sentence before)
        sents = [s for s in segments(doc) if any(not t.is_punct and not t.is_space for t in s)]
        for k in range(1, len(sents)):
            sent, prev = sents[k], sents[k - 1]
            if "\n" in text[prev.end_char:sent.start_char]:
                continue
            own = _told_as_fact(mentions, sent)
            pronoun = self._pronoun_subject(sent)
            if not own or pronoun is None or not _antecedent_subject(prev, pronoun):
                continue
            named = self._selon_sources(prev)
            if not named:
                continue
            self._reported_by(own, prev, named)

    def _scene_told(self, doc: Doc, text: str, mentions: list[EventMention]) -> None:
        """A source of the sentence that sets the scene tells what happens in it next: "Ce jour-là, selon l'acte
        d'accusation, des hommes armés sont entrés dans le village de X. Cinq civils ont été tués." (the sentence
        right before, in the same paragraph, names a place and a source and tells no incident of its own; the
        incident after it names no place of its own, so it happened there)."""
        told = {m.sent_start for m in mentions}
        places = doc._.place_mentions or []
        sents = [s for s in segments(doc) if any(not t.is_punct and not t.is_space for t in s)]
        for k in range(1, len(sents)):
            sent, prev = sents[k], sents[k - 1]
            if prev.start_char in told or "\n" in text[prev.end_char:sent.start_char]:
                continue
            own = [m for m in _told_as_fact(mentions, sent) if not m.places]
            if not own or not any(prev.start_char <= p.start < prev.end_char for p in places):
                continue
            named = [np for np in self._selon_sources(prev) if np]
            if not named:
                continue
            self._reported_by(own, prev, named)

    def _reported_by(self, own: list[EventMention], prev: Span, named: list) -> None:
        """The mentions ``own`` are reported by the first source named in the sentence ``prev``."""
        sources, _armed = self._sources(_Reading(depth=0, index=prev.start, sources=named[:1]))
        for m in own:
            m.modality = "reported"
            m.add_sources(sources)
            m.add_evidence("modality", [(prev.start_char, prev.end_char)])

    def _pronoun_subject(self, sent: Span) -> Token | None:
        """The main clause's subject when it is a personal pronoun naming back people ("Ils ont incendié ...")."""
        doc = sent.doc
        cols, tkeys = token_columns(doc), doc_token_keys(doc)  # (the sentence read from the columns: no Token per word)
        dep, head = cols.dep, cols.head
        return next((doc[i] for i in range(sent.start, sent.end) if dep[i] in ("nsubj", "nsubj:pass")
                     and dep[head[i]] in ("ROOT", "root") and cols.pos[i] == "PRON" and tkeys[i] & self.people_back),
                    None)

    def _told_back(self, doc: Doc, text: str, mentions: list[EventMention]) -> None:
        """A sentence that only tells that a source confirmed or announced what the sentence before told, naming
        it back ("Lundi, un prêtre a été enlevé à X. Le diocèse l'a confirmé.", "Un responsable local a confirmé
        l'attaque à l'AFP", "L'information a été confirmée par la police"): that source reports the incident (the
        sentence right before, in the same paragraph)."""
        sents = segments(doc)
        for k in range(1, len(sents)):
            sent, prev = sents[k], sents[k - 1]
            if "\n" in text[prev.end_char:sent.start_char]:
                continue
            before = _told_as_fact(mentions, prev)
            if not before:
                continue
            np = self._told_back_source(sent, mentions)
            if not np:
                continue
            sources, _armed = self._sources(_Reading(depth=0, index=np[0].i, sources=[np]))
            for m in before:
                m.modality = "reported"
                m.add_sources(sources)
                m.add_evidence("modality", [(sent.start_char, sent.end_char)])

    def _claim_confirmed(self, doc: Doc, text: str, mentions: list[EventMention]) -> None:
        """A claim confirmed by another side in the next sentence: "Les rebelles affirment avoir visé une base à X.
        L'armée a confirmé que deux obus étaient tombés près du camp" — the sentence's main verb confirms
        (``confirm_verbs``) and its subject is a source that is no armed group: the claimed incident of the sentence
        right before (same paragraph) is told by it too (``confirmed``: reported, attribution/combine.py; the claimant
        stays among its sources, and its figures the claimant's)."""
        sents = segments(doc)
        for k in range(1, len(sents)):
            sent, prev = sents[k], sents[k - 1]
            if "\n" in text[prev.end_char:sent.start_char]:
                continue
            claims = [m for m in mentions if m.sent_start == prev.start_char and m.non_event is None
                      and m.modality == "claimed" and m.event_type]
            verb = sent.root
            if not claims or verb.pos_ not in ("VERB", "AUX") or not token_keys(verb) & self.confirm_verbs:
                continue
            speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
            np = self._source_np(speaker) if speaker is not None else []
            if not np:
                continue
            sources, armed = self._sources(_Reading(depth=0, index=np[0].i, sources=[np]))
            if armed or not sources or any(s.kind == "armed_group" for s in sources):
                continue
            for m in claims:
                m.confirmed = True
                m.add_sources(sources)
                m.add_evidence("modality", [(sent.start_char, sent.end_char)])

    def _told_back_source(self, sent: Span, mentions: list[EventMention]) -> list[Token] | None:
        """The source of a sentence whose main verb confirms or announces something named back by an object
        pronoun or a definite noun ("l'a confirmé", "a confirmé l'information", "l'attaque a été confirmée par
        X"); None when the sentence tells anything else (an incident word of its own, a clause)."""
        verb = sent.root
        if verb.pos_ not in ("VERB", "AUX") or not token_keys(verb) & self.told_back_verbs:
            return None
        if any(c.dep_ in ("ccomp", "xcomp", "conj", "parataxis") or (c.dep_ == "advcl" and c.i > verb.i)
               for c in verb.children):
            # "a confirmé que ...", "a annoncé avoir ...": a content of its own, read as such (a circumstance before
            # the verb is none: "Contacté par l'AFP, le porte-parole a confirmé l'attaque")
            return None
        own = {i for m in mentions if sent.start_char <= m.sent_start < sent.end_char for i in m.trigger_tokens}
        passive = any(c.dep_ == "aux:pass" for c in verb.children)
        named = [c for c in verb.children if c.dep_ == ("nsubj:pass" if passive else "obj")]
        # ("attribue l'attaque à la Nouvelle Armée": the parser may take the side blamed for a second object)
        named = [c for c in named if c.left_edge.lower_ not in ("à", "au", "aux")]
        if len(named) != 1:
            return None
        thing = named[0]
        if thing.pos_ == "PRON":
            back = thing.lower_ in self.told_back_pronouns
        else:
            definite = any(c.dep_ == "det" and token_keys(c) & self.anaphoric_determiners for c in thing.children)
            back = definite and (bool(token_keys(thing) & (self.told_back_nouns | self.incident_words))
                                 or thing.i in own)
        # an incident word elsewhere in the sentence tells something else
        if not back or own - {thing.i}:
            return None
        # who confirms is a source by definition ("le diocèse"): its subject, or its agent when passive
        speaker = next((c for c in verb.children if (c.dep_ == "obl:agent" if passive else c.dep_ == "nsubj")
                        and c.pos_ in ("NOUN", "PROPN")), None)
        if speaker is None:
            return None
        np = self._source_np(speaker, check=False)
        return np if np and all(t.i != thing.i for t in np) else None

    def _people_back(self, sent: Span, prev: Span | None = None) -> bool:
        """The main clause's subject names back the people of the incident before, its victims or its authors:
        "Quinze d'entre elles ont été libérées", "Ils se sont retirés dans la soirée" (a pronoun, or a share
        "d'entre eux"), "les ravisseurs auraient emmené les enseignants" (a definite noun of the attackers, or a
        definite noun the sentence before named: "... des enseignants enlevés ... Les enseignants auraient été")."""
        doc = sent.doc
        cols, tkeys = token_columns(doc), doc_token_keys(doc)  # (the sentences read from the columns: a Token only
        dep, head, pos = cols.dep, cols.head, cols.pos  # for a subject of the main clause)
        before = frozenset().union(*(tkeys[i] for i in range(prev.start, prev.end) if pos[i] == "NOUN")) \
            if prev is not None else frozenset()
        for i in range(sent.start, sent.end):
            if dep[i] not in ("nsubj", "nsubj:pass") or dep[head[i]] not in ("ROOT", "root"):
                continue
            tok = doc[i]
            words = [tok, *[t for t in tok.subtree if t.i <= tok.i + 3]]
            if tok.pos_ == "PRON" and token_keys(tok) & self.people_back:
                return True
            if any(token_keys(t) & self.people_back for t in words if t.i > tok.i):
                return True  # "Quinze d'entre elles"
            definite = any(c.dep_ == "det" and token_keys(c) & self.anaphoric_determiners for c in tok.children)
            if tok.pos_ == "NOUN" and definite and (token_keys(tok) & self.agent_nouns or token_keys(tok) & before):
                return True
        return False


def _aftermath(doc: Doc, sent: Span) -> bool:
    """What happened next, told in the past with no day or place of its own: "Plusieurs centaines de détenus se sont
    évadés, d'après une source pénitentiaire" after the prison stormed (a present, "La région est en proie à
    l'insécurité, selon l'ONU", or a sentence with its own day or place, "... depuis 2015", tells something else)."""
    root = sent.root
    if root.pos_ != "VERB" or "Part" not in morph_get(root, "VerbForm") or not any(
            c.dep_ == "aux:tense" for c in root.children):
        return False
    inside = lambda start: sent.start_char <= start < sent.end_char  # noqa: E731
    return not any(inside(t.start) for t in doc._.time_mentions or []) and not any(
        inside(p.start) for p in doc._.place_mentions or [])


def _antecedent_subject(prev: Span, pronoun: Token) -> bool:
    """The sentence before has a noun subject (or object) that the pronoun can name back (same number): "des hommes
    armés ont fait irruption ... Ils ont incendié"; not "la situation est calme ... Ils ont bombardé"."""
    number = set(morph_get(pronoun, "Number"))

    def numbers(tok: Token) -> set[str]:
        # "une centaine de bandits": the people counted give the number
        return {*morph_get(tok, "Number"), *(n for c in tok.children if c.dep_ == "nmod" for n in morph_get(c, "Number"))}

    # (any subject or object: the parser often misreads "Selon X, des hommes armés ont fait irruption")
    return any(tok.dep_ in ("nsubj", "nsubj:pass", "obj") and tok.pos_ == "NOUN"
               and (not number or not numbers(tok) or bool(number & numbers(tok))) for tok in prev)


def _other_incident(a: EventMention, b: EventMention) -> bool:
    """Two mentions that cannot tell one incident: named places with none in common, or days of their own that
    differ ("mardi à Bint Jbeil" and "mercredi, la frappe de drone à Naqoura")."""
    pa = {p.location.place or p.text for p in a.places}
    pb = {p.location.place or p.text for p in b.places}
    if pa and pb and not pa & pb:
        return True
    own = [m.date.start for m in (a, b) if m.date is not None and "same_sentence" in m.date_flags]
    return len(own) == 2 and own[0] != own[1]


def _tells_another(sent: Span, m: EventMention, mentions: list[EventMention]) -> bool:
    """Whether the sentence that names its source back tells an incident of its own that is not ``m`` (another
    type or another place): then its "selon les mêmes sources" is about that incident, not about ``m``."""
    names = {p.location.place or p.text for p in m.places}
    for other in mentions:
        if other is m or other.non_event is not None or not (sent.start_char <= other.sent_start < sent.end_char):
            continue
        if other.event_type and m.event_type and other.event_type != m.event_type:
            return True
        places = {p.location.place or p.text for p in other.places}
        if places and names and not places & names:
            return True
    return False


def _a_time(tok: Token) -> bool:
    """The word is inside a time expression of the time stage ("Samedi", "Lundi soir")."""
    return any(m.start <= tok.idx < m.end for m in tok.doc._.time_mentions or [])

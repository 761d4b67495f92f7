"""Sources set up once for a whole text or part of it (mixed into :class:`Attributor` with
:class:`~sentinelle.attribution.sources.SourceReader`, whose readers it uses): a communiqué's issuer ("COMMUNIQUÉ
DE L'ÉTAT-MAJOR ...", "l'état-major porte à la connaissance de l'opinion ..."), the source of a paragraph that
ends with a colon over the list below it, and a paragraph opened by "Selon X," up to a sentence with its own
voice."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sentinelle.attribution.sources import _paragraph_start, _with_title
from sentinelle.attribution.syntax import _NOT_CLAIMANTS, _Reading
from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import PhraseIndex, doc_token_keys, doc_units, segments, token_keys
from sentinelle.events.mention import EventMention


class DocumentSources:
    """The sources whose word covers more than their sentence."""

    source_preps: PhraseIndex
    containers: frozenset[str]
    words: dict[str, frozenset[str]]
    header_words: frozenset[str]
    lede_phrases: PhraseIndex
    list_marks: tuple[str, ...]
    list_record_verbs: frozenset[str]

    def _document_sources(self, doc: Doc, text: str, mentions: list[EventMention]) -> None:
        """Sources set up once for more than their sentence: a press release ("COMMUNIQUÉ DE PRESSE" heading, or a
        lede that relays one: "L'état-major porte à la connaissance de l'opinion ...") tells the whole text; a
        paragraph naming a source and ending with a colon tells the list items below it; "Selon X," opening a
        paragraph tells the rest of that paragraph. The incidents stated there as facts become reported by it."""
        sents = segments(doc)
        if not sents:
            return
        scopes: list[tuple[int, int, list[Token], Span]] = []  # (start char, end char, source phrase, its sentence)
        issued = self._document_issuer(sents, text)
        whole = issued[:4] if issued is not None else None
        if whole is not None:
            scopes.append(whole)
        scopes += self._list_scopes(sents, text)
        scopes += self._paragraph_selon_scopes(sents, text)
        if not scopes:
            return
        for m in mentions:
            if m.modality not in ("asserted", "reported") or m.non_event is not None:
                continue
            start = doc[m.trigger_tokens[0]].idx
            # a press release is all its issuer's word, the sentence naming the issuer and the earlier incidents it
            # names in passing too ("deux jours après le pillage de notre pharmacie à X"); in an article, an earlier
            # incident named in passing is the article's own background
            released = whole is not None and whole[0] <= start < whole[1]
            headed = released and issued is not None and issued[4]
            if (m.reference or m.series or m.recalled) and not (headed and not m.recalled):
                continue
            found = next(((np, src) for a, b, np, src in scopes
                          if a <= start < b and (released and (a, b) == whole[:2]
                                                 or not src.start_char <= start < src.end_char)), None)
            if found is None:
                continue
            np, src = found
            sources, _armed = self._sources(_Reading(depth=0, index=np[0].i if np else src.start, sources=[np]))
            if m.modality == "reported":
                # "« ... une horde de terroristes a attaqué le poste ... »" in the release: reported already (a
                # quotation, a conditional) with nobody named, it is the issuer's word
                if not m.sources:
                    m.add_sources([x for x in sources if x.kind != "armed_group"])
                continue
            m.modality = "reported"
            # a group's own release tells its own operations ("COMMUNIQUÉ" of an armed movement): its claim
            if any(x.kind == "armed_group" for x in sources) and not (
                    m.actor1 is not None and m.actor1.kind in _NOT_CLAIMANTS):
                m.modality = "claimed"
            m.add_sources(sources)
            m.add_evidence("modality", [(src.start_char, src.end_char)])

    def _document_issuer(self, sents: list[Span], text: str) -> tuple[int, int, list[Token], Span, bool] | None:
        """The issuer of a press release and the span it covers: a heading line opened by "COMMUNIQUÉ" among the
        first lines, or a lede phrase ("porte à la connaissance", "informe l'opinion") in the first paragraphs of
        the body (the headline is the first line); the issuer is the subject of the lede phrase's verb, or of the
        first sentence after the heading. A release reproduced in guillemets ("Le ministère a rendu public le
        communiqué suivant.\n\n« COMMUNIQUÉ ...") covers its quotation only: the article's comment after it is
        not the issuer's word. The last item says the release has its heading (it is the issuer's own text, not an
        article relaying it)."""
        lines = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                lines.append((pos, line))
            pos += len(line) + 1
        header = None
        span = (0, len(text))
        for start, line in lines[:3]:
            words = line.lstrip("«“\" \t").split()
            if words and len(line) <= 120 and word_key(words[0].strip(" :")) in self.header_words:
                header = start + len(line)
                if line.lstrip().startswith(("«", "“")):
                    span = (start, _quotation_end(text, start + line.index(line.lstrip()[0])))
        lede = [start for start, _line in lines[1:3]]
        for sent in sents:
            if header is not None and sent.start_char < header:
                continue
            if header is None and _paragraph_start(text, sent.start_char) not in lede:
                continue
            hits = self.lede_phrases.find(doc_units(sent))
            if header is None and not hits:
                continue
            verb = sent.doc[hits[0].start] if hits else sent.root
            np = self._subject_np(verb) or self._subject_np(sent.root)
            return span[0], span[1], np or [], sent, header is not None
        return None

    def _subject_np(self, verb: Token) -> list[Token] | None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        # (the title glued by hyphens to the word the parser took for the head: "L'État-major")
        return _with_title(self._source_np(subject, check=False)) if subject is not None else None

    def _list_scopes(self, sents: list[Span], text: str) -> list[tuple[int, int, list[Token], Span]]:
        """Each run of list items after a paragraph that names a source and ends with a colon."""
        out = []
        for sent in sents:
            end = text.find("\n", sent.end_char)
            end = len(text) if end < 0 else end
            if not text[sent.start_char : end].rstrip().endswith(":") or text[sent.end_char : end].strip(" :"):
                continue
            np = self._intro_source(sent)
            if np is None:
                continue
            stop = pos = end
            while pos < len(text):
                nxt = text.find("\n", pos + 1)
                nxt = len(text) if nxt < 0 else nxt
                line = text[pos:nxt].strip()
                if line and not line.startswith(self.list_marks):
                    break
                stop = pos = nxt
            if stop > end:
                out.append((end, stop, np, sent))
        return out

    def _intro_source(self, sent: Span) -> list[Token] | None:
        """The source a list introduction names: "selon X", a container noun ("le rapport"), a speaker, or who
        recorded the items ("documentés par l'ONG", "que la mission a recensés")."""
        named = [np for np in self._selon_sources(sent) if np]
        if named:
            return named[0]
        for tok in sent:
            if token_keys(tok) & self.containers and tok.pos_ == "NOUN":
                return self._source_np(tok, check=False)
        for tok in sent:
            if token_keys(tok) & self.words["speech"] and tok.pos_ == "VERB":
                np = self._speaker(tok)
                if np:
                    return np
        for tok in sent:
            if token_keys(tok) & self.list_record_verbs and tok.pos_ in ("VERB", "ADJ"):
                recorder = _recorder(tok)
                if recorder is not None:
                    return self._source_np(recorder, check=False)
        return None

    def _paragraph_selon_scopes(self, sents: list[Span], text: str) -> list[tuple[int, int, list[Token], Span]]:
        """ "Selon X, ..." opening a paragraph: the rest of the paragraph is X's account too."""
        out = []
        for sent in sents:
            para = _paragraph_start(text, sent.start_char)
            if text[para : sent.start_char].strip():
                continue
            hits = self._source_hits(sent)
            if not hits or hits[0].start != sent.start:
                continue
            nps = self._selon_sources(sent)
            if not nps or not nps[0]:
                continue
            end = text.find("\n", sent.end_char)
            end = len(text) if end < 0 else end
            # the account runs until a sentence that names a voice of its own (a source, a quotation, a speech verb)
            for later in sents:
                if sent.end_char <= later.start_char < end and self._own_voice(later, text):
                    end = later.start_char
                    break
            if end > sent.end_char:
                out.append((sent.end_char, end, nps[0], sent))
        return out

    def _own_voice(self, sent: Span, text: str) -> bool:
        """The sentence names who tells it: "selon Y", a quotation mark, a speech verb."""
        if any(q in text[sent.start_char : sent.end_char] for q in ('"', "«", "“")):
            return True
        if self._source_hits(sent):
            return True
        tkeys = doc_token_keys(sent.doc)
        return any(tkeys[t.i] & self.words["speech"] and t.pos_ in ("VERB", "AUX") for t in sent)


def _quotation_end(text: str, opening: int) -> int:
    """The end of the quotation whose guillemet is at ``opening`` (quotations nested in it closed on the way), or
    the end of the text when it is never closed."""
    depth = 0
    for k in range(opening, len(text)):
        if text[k] in "«“":
            depth += 1
        elif text[k] in "»”":
            depth -= 1
            if depth == 0:
                return k + 1
    return len(text)


def _recorder(verb: Token) -> Token | None:
    """Who recorded: the agent of the participle ("documentés par l'ONG", which the parser may hang on the noun the
    participle describes), else the verb's noun subject ("que la mission a recensés")."""
    candidates = list(verb.children)
    if verb.dep_ == "acl":
        candidates += [c for c in verb.head.children if c.i > verb.i]
    for c in candidates:
        if c.pos_ in ("NOUN", "PROPN") and (c.dep_ == "obl:agent" or any(
                word_key(x.text) == "par" and x.dep_ == "case" for x in c.children)):
            return c
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)

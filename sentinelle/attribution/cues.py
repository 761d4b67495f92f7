"""Cue finding: every cue word and phrase of a sentence (speech, claim, denial, threat, hedge, habit, total,
condition, purpose), each with its syntactic head (mixed into :class:`~sentinelle.attribution.stage.Attributor`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sentinelle.attribution.syntax import _Cue, _negated
from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import PhraseIndex, doc_token_keys, doc_units
from sentinelle.extensions import TokenColumns, token_columns


class CueFinder:
    """The cue words and phrases of a sentence (mixed into :class:`Attributor`, whose cue lists it reads)."""

    phrases: PhraseIndex
    words: dict[str, frozenset[str]]
    verbs_only: frozenset[str]
    containers: frozenset[str]
    intransitive_speech: frozenset[str]
    _cue_words: frozenset[str] | None

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
                if cat == "speech" and tk & self.intransitive_speech and any(c.dep_ == "obj" for c in tok.children):
                    continue  # "ont poursuivi leur route vers X, où ...": no speech
                if cat == "speech" and _pronominal(tok):
                    continue  # "les combats, qui se sont poursuivis", "s'assurer": the pronominal verb says nothing
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
        # "a affirmé dans une série de communiqués avoir visé ...", "selon de multiples témoignages": the statements
        # are many, not the incidents they tell
        return [c for c in out if c.cat != "aggregate" or not self._counts_statements(c)]

    def _counts_statements(self, cue: _Cue) -> bool:
        """The noun a total counts is a statement's ("série de communiqués", "nombreux témoignages")."""
        doc = cue.head.doc
        if cue.head.pos_ in ("ADJ", "DET") and cue.head.dep_ in ("amod", "det", "nummod"):
            counted = cue.head.head
        else:
            # (the word after the cue and its preposition: "une série | de | communiqués")
            i = max(cue.tokens) + 1
            while i < len(doc) and doc[i].pos_ == "ADP" and word_key(doc[i].text) in ("de", "d'"):
                i += 1
            if i >= len(doc):
                return False
            counted = doc[i]
        return not doc_token_keys(doc)[counted.i].isdisjoint(self.containers)


_REFLEXIVES = frozenset({"se", "s'", "s’"})


def _pronominal(tok: Token) -> bool:
    """The verb has its reflexive pronoun ("se poursuivre", "s'assurer"), the reading of a speech verb that is none."""
    return any(c.lower_ in _REFLEXIVES and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj"))
               for c in tok.children)


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

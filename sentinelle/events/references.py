"""Reference phrases: an earlier incident named to date or explain another one.

"48 heures après l'attentat suicide d'al-Tayaran, la base Victoria a été prise
pour cible par trois roquettes": the words after "après", up to the next verb
or punctuation, name a *different* incident. The events stage keeps a trigger
inside such a phrase as its own mention, with only the places and dates of the
phrase, and keeps the phrase's places and dates away from the governing
incident. The markers and stop words are in ``lang/<lang>/references.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Doc, Span, Token

from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import PhraseIndex, doc_units
from sentinelle.events.word_lists import event_words
from sentinelle.extensions import doc_value, morph_get
from sentinelle.lang import lang_path, load_yaml

# What may open the noun phrase after a marker: "après l'attaque", "après une première frappe", "avant trois raids".
_PHRASE_START = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN"})
# What ends it besides the data file's stop words.
_PHRASE_END = frozenset({"VERB", "AUX", "SCONJ"})
_PUNCT = frozenset(",;:.!?()[]")


class ReferenceFile(BaseModel):
    """Schema of ``references.yaml``."""

    model_config = ConfigDict(extra="forbid")
    markers: list[str]
    recall_markers: list[str] = []
    series_words: list[str] = []
    stop_words: list[str] = []
    max_tokens: int = 20
    anaphoric_determiners: list[str] = []
    elaboration_words: list[str] = []


@dataclass(frozen=True)
class ReferencePhrase:
    """Tokens [start, end) of a phrase naming an earlier incident, and its character span."""

    start: int
    end: int
    start_char: int
    end_char: int
    series: bool  # "une première attaque", "la précédente frappe": same series, same place
    recalled: bool = False  # after a trial's or a commemoration's word: an incident of the past, not the story's

    def holds(self, token_i: int) -> bool:
        return self.start <= token_i < self.end

    def holds_chars(self, start: int, end: int) -> bool:
        return self.start_char <= start and end <= self.end_char


class ReferenceFinder:
    """Finds reference phrases in a sentence with one language's ``references.yaml``."""

    def __init__(self, lang: str = "fr") -> None:
        data = load_yaml(lang_path(lang, "references.yaml"), ReferenceFile)
        self.markers = PhraseIndex()
        for marker in data.markers:
            self.markers.add(marker, False)
        for marker in data.recall_markers:
            self.markers.add(marker, True)
        self.series = frozenset(word_key(w) for w in data.series_words)
        self.stops = frozenset(word_key(w) for w in data.stop_words)
        self.max_tokens = data.max_tokens
        self.anaphoric = frozenset(word_key(w) for w in data.anaphoric_determiners)
        self.elaboration = frozenset(word_key(w) for w in data.elaboration_words)
        # the words of a time the time stage does not date ("peu avant minuit", "après l'aube")
        self.time_words = event_words(lang).adverbial_time_words

    def refers_back(self, head: Token) -> bool:
        """A trigger noun with a definite or demonstrative determiner: "la frappe", "cette attaque"."""
        return head.pos_ == "NOUN" and any(
            c.dep_ == "det" and word_key(c.text) in self.anaphoric for c in head.children
        )

    def _relative_on(self, tok: Token, start: int, end: int) -> int | None:
        """The end of the relative clause ``tok`` opens on a word of the phrase [start, end), if it does."""
        verb = tok.head
        if end == start or word_key(tok.text) not in self.stops or verb.dep_ != "acl:relcl" \
                or not start <= verb.head.i < end or verb.i < tok.i:
            return None
        stop = verb.right_edge.i + 1
        punct = next((t.i for t in tok.doc[tok.i:stop] if t.text in _PUNCT), stop)
        return punct if punct > tok.i else None

    def _recalled_after(self, doc: Doc, i: int, stop: int, times: list[tuple[int, int]]) -> int | None:
        """The end of a relative clause in the pluperfect that goes on telling the incident of a phrase ending
        at token ``i`` ("l'embuscade de X, qui avait fait douze morts en mars, ..."; "l'attentat contre la
        cathédrale, il y a cinq ans jour pour jour, qui avait tué 23 personnes"): an earlier incident, told
        in a tense before the story's. The parse does not reliably hang such a clause on the noun, so it is
        read off the words: commas and time expressions, a relative pronoun, an auxiliary in the imperfect."""
        j = i
        while j < stop and (doc[j].text == "," or any(s <= doc[j].idx < e for s, e in times)):
            j += 1
        if j + 2 >= stop or word_key(doc[j].text) not in self.stops or doc[j + 1].pos_ != "AUX" \
                or "Imp" not in morph_get(doc[j + 1], "Tense") or "Ind" not in morph_get(doc[j + 1], "Mood"):
            return None
        end = next((t.i for t in doc[j + 2:stop] if t.text in _PUNCT), stop)
        return end if end > j + 2 else None

    def _apposed_date(self, doc: Doc, sent: Span, end: int, dates: list[tuple[int, int]]) -> int:
        """The end of the phrase ending at token ``end``, over a written day set off by commas and followed by
        the incident's agent: "deux jours après le pillage de l'entrepôt à X, le lundi 10 mars, par des
        miliciens": the day and the doers are the pillage's, not the governing clause's (``end`` when there is
        no such apposition). Without the agent the day may be the governing clause's ("Trois jours après
        l'attaque du camp, le 15 juin, l'état-major a annoncé ..."); after a passive governing verb the agent
        may be its own ("... a été repris ..., le 10 mars, par l'armée")."""
        if end + 2 >= sent.end or doc[end].text != ",":
            return end
        j = end + 1
        if doc[j].lower_ in ("le", "l'", "l’"):
            j += 1
        date = next(((s, e) for s, e in dates if s == doc[j].idx), None)
        if date is None:
            return end
        k = j
        while k < sent.end and doc[k].idx < date[1]:
            k += 1
        if k < sent.end and doc[k].text == ",":
            k += 1
        if k >= sent.end or doc[k].lower_ != "par" or any(c.dep_ == "aux:pass" for c in sent.root.children):
            return end
        return self._scan(doc, sent, k + 1, k + 1)

    def _scan(self, doc: Doc, sent: Span, start: int, end: int) -> int:
        """The end of the noun phrase of a reference opening at token ``start``, read on from token ``end``, up
        to the next verb, stop word or punctuation."""
        while end < sent.end and end - start < self.max_tokens:
            tok = doc[end]
            # "l'attaque visant la base", "la frappe menée par l'armée": a participle describes the incident
            participle = "Part" in morph_get(tok, "VerbForm")
            describes = participle and start <= tok.head.i < end
            # "le procès de dix-huit présumés miliciens", "des présumés rebelles": a participle written before
            # its noun, or heading the noun phrase with its figure or article, names the people, not a clause
            describes = describes or participle and (
                any(c.dep_ in ("nummod", "det") for c in tok.children)
                or (tok.dep_ in ("amod", "acl") and tok.i < tok.head.i <= tok.i + 2))
            # "après une attaque qui a fait douze morts dans le hameau de X": the relative clause
            # describes the incident of the phrase, up to the next punctuation
            relative = self._relative_on(tok, start, end)
            if relative is not None:
                end = relative
                continue
            if end > start and not describes and (tok.pos_ in _PHRASE_END or word_key(tok.text) in self.stops):
                break
            if tok.text in _PUNCT:
                # ", notamment dans la capitale": the same incident described further
                if tok.text == "," and end + 1 < sent.end and word_key(doc[end + 1].text) in self.elaboration:
                    end += 2
                    continue
                break
            end += 1
        return end

    def find(self, doc: Doc, sent: Span) -> list[ReferencePhrase]:
        times = [(m.start, m.end) for m in (doc_value(doc, "time_mentions") or []) if sent.start_char <= m.end]
        # written days ("le lundi 10 mars"): what an apposition after the phrase may give it
        dates = [(m.start, m.end) for m in (doc_value(doc, "time_mentions") or []) if sent.start_char <= m.start
                 and m.end <= sent.end_char and m.kind == "date" and any(ch.isdigit() for ch in m.text)]
        out: list[ReferencePhrase] = []
        for hit in sorted(self.markers.find_best(doc_units(sent)), key=lambda h: h.start):
            # (a piece of a hyphenated word is no marker: "dimanche après-midi", "l'après-guerre")
            if "-" in doc[hit.end - 1].text:
                continue
            start = hit.end
            if start >= sent.end or doc[start].pos_ not in _PHRASE_START:
                continue  # "après que ...", "après avoir attaqué": the same incident goes on
            end = self._scan(doc, sent, start, start)
            if end == start:
                continue
            recalled = self._recalled_after(doc, end, sent.end, times)
            if recalled is not None:
                end = recalled
            else:
                end = self._apposed_date(doc, sent, end, dates)
                end = _incised_day(doc, sent, start, end, times)
            first = doc[start: min(end, start + 3)]
            # "depuis mercredi", "avant l'aube": a time, not an incident
            # (... and a bare time noun: "peu avant minuit un immeuble a été touché")
            if any(s < first.end_char and first.start_char < e for s, e in times) or (
                    word_key(first[0].text) in self.time_words and first[0].pos_ in ("NOUN", "ADV")):
                continue
            phrase = doc[start:end]
            series = any(word_key(t.text) in self.series or word_key(t.lemma_) in self.series for t in phrase)
            out.append(ReferencePhrase(start, end, phrase.start_char, phrase.end_char, series, bool(hit.payload)))
        return out


def _incised_day(doc: Doc, sent: Span, start: int, end: int, times: list[tuple[int, int]]) -> int:
    """The end of the phrase [start, end) over a day set off by commas and the complement after it that the tree
    gives its noun ("après l'enlèvement, vendredi, d'un marchand à un barrage près de X": the day, the victim and
    the place are the abduction's; parse_repair.repair_incised_days), else ``end``."""
    if end + 1 >= sent.end or doc[end].text != "," or not any(s == doc[end + 1].idx for s, _e in times):
        return end
    far = max(doc[i].right_edge.i for i in range(start, end))
    return min(far + 1, sent.end) if far > end else end


@cache
def get_reference_finder(lang: str = "fr") -> ReferenceFinder:
    """The finder for ``lang`` (loaded once per process)."""
    return ReferenceFinder(lang)

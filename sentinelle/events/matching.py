"""Finding data-file words and phrases in a spaCy Doc.

A Doc is seen as a list of *units*: tokens, with hyphenated tokens split into
their parts ("attentat-suicide" → "attentat", "suicide") and hyphens dropped,
so that phrases match however spaCy tokenized the hyphens. Each unit carries
the keys of its text and, for unsplit tokens, of its lemma.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import compress
from operator import itemgetter, not_
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from sentinelle.events.lexicon import MAX_GAP, Phrase, compile_phrase, word_key
from sentinelle.extensions import TokenColumns, token_columns

_PLANS_SIZE = 100_000
_QUOTE_MARKS = frozenset({"«", "»", "“", "”", "\"", "‹", "›"})


class Unit(NamedTuple):
    """One match unit (a named tuple: built for every word of every sentence, and a tuple is cheap to make)."""

    token: int  # token index in the Doc
    keys: frozenset[str]


def doc_units(doc: Doc | Span) -> list[Unit]:
    """The match units of a Doc or Span (see the module docstring).

    Cached per span in the Doc's ``user_data``: triggers, weapons, targets, reference phrases and
    source names are all matched on the units of the same sentences.
    """
    owner = doc if isinstance(doc, Doc) else doc.doc
    key = (0, len(doc)) if isinstance(doc, Doc) else (doc.start, doc.end)
    cache = owner.user_data.setdefault("sentinelle_units", {})
    if key not in cache:
        cache[key] = _units(doc)
    return cache[key]


def _units(doc: Doc | Span) -> list[Unit]:
    owner, start, end = (doc, 0, len(doc)) if isinstance(doc, Doc) else (doc.doc, doc.start, doc.end)
    texts = token_columns(owner).text
    tkeys = doc_token_keys(owner)
    units: list[Unit] = []
    append = units.append
    new = tuple.__new__  # (a Unit made without the named tuple's Python-level __new__: one per word)
    for i in range(start, end):
        text = texts[i]
        if "-" not in text:
            # (quotation marks are no word of a phrase: "a « repris le contrôle » de la route" is "reprendre le
            # contrôle de")
            if text and text not in _QUOTE_MARKS:
                append(new(Unit, (i, tkeys[i])))
            continue
        parts = [p for p in text.split("-") if p]
        if len(parts) == 1:
            append(new(Unit, (i, tkeys[i])))
        else:
            units.extend(Unit(i, _part_keys(p)) for p in parts)
    return units


def _part_keys(part: str) -> frozenset[str]:
    """The keys of one part of a hyphenated word, one set per part text for every Doc (``PhraseIndex`` keeps
    what a key set may start by the set itself)."""
    got = _PART_KEYS.get(part)
    if got is None:
        if len(_PART_KEYS) > 100_000:  # bounded: a long-running feed meets new words without end
            _PART_KEYS.clear()
        got = _PART_KEYS[part] = frozenset({word_key(part)})
    return got


_PART_KEYS: dict[str, frozenset[str]] = {}


_KEYS = itemgetter(1)  # a Unit's keys


class Hit(NamedTuple):
    """One phrase found: tokens [start, end) and the payload it was registered with (a named tuple: a frozen
    dataclass sets each field through ``object.__setattr__``, and the stages make thousands of hits)."""

    start: int
    end: int
    payload: object
    length: int  # number of units matched, to prefer longer phrases


class PhraseIndex:
    """Phrases compiled once, matched on unit sequences; longest match wins on overlaps."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[Phrase, object]]] = defaultdict(list)
        self._firsts: frozenset[str] | None = None
        self._single_words: frozenset[str] | None = None
        # per key set (by identity: the set itself is kept with its plan, so its id is not reused meanwhile)
        self._plans: dict[int, tuple[frozenset[str], list]] = {}

    def add(self, text: str, payload: object) -> None:
        self._firsts = self._single_words = None
        self._plans = {}
        for phrase in compile_phrase(text):
            for key in phrase.items[0] or ():
                self._by_first[key].append((phrase, payload))

    def add_words(self, words: Iterable[str], payload: object) -> None:
        for w in words:
            self.add(w, payload)

    def single_words(self) -> frozenset[str]:
        """The keys that match a phrase of one word on their own: a unit holding one of them is a hit."""
        words = self._single_words
        if words is None:
            words = self._single_words = frozenset(
                k for entries in self._by_first.values() for phrase, _ in entries if len(phrase.items) == 1
                for k in phrase.items[0] or ())
        return words

    def find(self, units: Sequence[Unit], whole_words: bool = False) -> list[Hit]:
        """All matches, overlapping ones included; with ``whole_words``, none that ends inside a hyphenated word
        ("d'après" is no source preposition in "en fin d'après-midi")."""
        hits: list[Hit] = []
        firsts = self._firsts
        if firsts is None:  # the first words of every phrase, once all are added (one set test per unit)
            firsts = self._firsts = frozenset(self._by_first)
        plans = self._plans
        if len(plans) > _PLANS_SIZE:  # bounded: a long-running feed meets new words without end
            plans.clear()
        n = len(units)
        # the units that may start a phrase (most start none), picked at C level: one set test per unit without a
        # Python-level step per unit
        for i in compress(range(n), map(not_, map(firsts.isdisjoint, map(_KEYS, units)))):
            unit = units[i]
            keys = unit.keys
            plan = plans.get(id(keys))
            if plan is None or plan[0] is not keys:
                plan = plans[id(keys)] = (keys, self._plan(keys))
            for items, payload in plan[1]:
                if len(items) == 1:
                    # a phrase of one word is indexed under each of its keys, and one of them is this unit's: it
                    # matches here (most phrases; no call to read it along)
                    end: int | None = i + 1
                else:
                    # the second word read here: most phrases that start with this unit's word fail on the next
                    second = items[1]
                    if second is not None and (i + 1 >= n or second.isdisjoint(units[i + 1].keys)):
                        continue
                    end = _match_at(items, units, i)
                    if end is None:
                        continue
                if whole_words and end < n and units[end].token == units[end - 1].token:
                    continue
                hits.append(Hit(unit.token, units[end - 1].token + 1, payload, end - i))
        return hits

    def _plan(self, keys: frozenset[str]) -> list[tuple[tuple[frozenset[str] | None, ...], object]]:
        """The phrases a unit with ``keys`` may start, each once, in the order ``find`` tries them (by key in the
        set's own order, then in the order the phrases were added). Kept per key set: the units of one word share
        one set (``doc_token_keys``), and the same words come back in every sentence."""
        seen: set[int] = set()
        plan = []
        by_first = self._by_first
        for key in keys:
            for phrase, payload in by_first.get(key, ()):
                if id(phrase) in seen:
                    continue
                seen.add(id(phrase))
                plan.append((phrase.items, payload))
        return plan

    def find_best(self, units: Sequence[Unit], whole_words: bool = False) -> list[Hit]:
        """Non-overlapping matches, longest first, in text order."""
        return select_longest(self.find(units, whole_words))


def _match_at(items: tuple[frozenset[str] | None, ...], units: Sequence[Unit], start: int) -> int | None:
    """End unit index (exclusive) when a phrase of these ``items`` matches at ``start``, else None."""
    if None not in items:  # no gap: one way to match, read straight along (most phrases)
        pos, n = start, len(units)
        for accepted in items:
            if pos < n and units[pos].keys & accepted:  # type: ignore[operator]
                pos += 1
            else:
                return None
        return pos
    return _match_gapped(items, units, 0, start)


def _match_gapped(items: tuple[frozenset[str] | None, ...], units: Sequence[Unit], item: int, pos: int) -> int | None:
    """End unit index (exclusive) when ``items[item:]`` match from unit ``pos`` (gaps included), else None.

    A module-level function, not a closure that calls itself: such a closure is a reference cycle
    (function -> cell -> function) that held the Doc's units until Python's cyclic collector ran.
    """
    if item == len(items):
        return pos
    accepted = items[item]
    if accepted is None:  # a gap: try 0..MAX_GAP skipped units
        for skip in range(MAX_GAP + 1):
            end = _match_gapped(items, units, item + 1, pos + skip)
            if end is not None:
                return end
        return None
    if pos < len(units) and units[pos].keys & accepted:
        return _match_gapped(items, units, item + 1, pos + 1)
    return None


def select_longest(hits: list[Hit]) -> list[Hit]:
    """Greedy non-overlapping selection: longer matches first, then earlier ones."""
    taken: set[int] = set()
    chosen: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.length, h.start)):
        span = set(range(hit.start, hit.end))
        if span & taken:
            continue
        taken |= span
        chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def token_keys(tok: Token) -> frozenset[str]:
    """The keys of a token's text and lemma (read once per Doc: the stages ask for them again and again)."""
    return doc_token_keys(tok.doc)[tok.i]


def doc_token_keys(doc: Doc) -> list[frozenset[str]]:
    """The :func:`token_keys` of every token of ``doc``, by index (computed once per Doc)."""
    cached = doc.user_data.get("sentinelle_token_keys")
    if cached is None:
        cols = token_columns(doc)
        known = _KEYS_OF
        if len(known) > 200_000:  # bounded: a long-running feed meets new words without end
            known.clear()
        cached = []
        for pair in zip(cols.text, cols.lemma, strict=True):
            k = known.get(pair)
            if k is None:
                k = known[pair] = frozenset({word_key(pair[0]), word_key(pair[1])})
            cached.append(k)
        doc.user_data["sentinelle_token_keys"] = cached
    return cached


# the keys of a (text, lemma) pair, shared across Docs: most words of an article were met in an earlier one
_KEYS_OF: dict[tuple[str, str], frozenset[str]] = {}


def ancestors_and_self(tok: Token) -> list[Token]:
    """The token and its heads up to the sentence root."""
    doc = tok.doc
    return [tok, *(doc[i] for i in token_columns(doc).ancestors(tok.i)[1:])]


def tree_depth(tok: Token) -> int:
    """``len(ancestors_and_self(tok))``, without building the Tokens (read from the Doc's head column)."""
    return token_columns(tok.doc).depth(tok.i)


# What ends a sentence in the text; the parser also cuts sentences elsewhere ("l'ambassade-base US").
_SENTENCE_END = frozenset(".!?…;:»\"”")
_HANDED_STOPS = frozenset(".!?…;:")


def segments(doc: Doc) -> list[Span]:
    """Sentences as the text has them: the parser's, joined again where it cut a sentence without any
    final punctuation, and cut at line breaks (the parser sometimes runs a sentence across paragraphs)."""
    cached = doc.user_data.get("sentinelle_segments")
    if cached is not None:
        return cached
    cols = token_columns(doc)
    texts = cols.text
    sentences: list[tuple[int, int]] = []
    for sent in doc.sents:
        if sentences and not _ends_sentence(cols, sentences[-1][1]):
            sentences[-1] = (sentences[-1][0], sent.end)
        else:
            sentences.append((sent.start, sent.end))
    bounds: list[tuple[int, int]] = []
    for s_start, s_end in sentences:
        start = s_start
        for i in range(s_start, s_end):  # on the token columns: no Token built per word
            if "\n" in texts[i]:
                if i > start:
                    bounds.append((start, i))
                start = i + 1
            elif _glued_full_stop(cols, i) and i + 1 > start:
                # "a écrit le porte-parole sur X. Il a fait état ...": the tokenizer kept the full stop
                bounds.append((start, i + 1))
                start = i + 1
        if start < s_end:
            bounds.append((start, s_end))
    # a segment whose text is only white space is dropped (Span.text joins the words and the spaces between)
    out = [doc[a:b] for a, b in bounds if any(texts[j].strip() for j in range(a, b))]
    doc.user_data["sentinelle_segments"] = out
    return out


_SENTENCE_OPENERS = frozenset({"PRON", "DET"})


def _glued_full_stop(cols: TokenColumns, i: int) -> bool:
    """A word with its full stop glued on ("X.") before a capitalised pronoun or determiner ("Il", "Le")
    ends a sentence; "M. Dupont" does not (a name follows)."""
    text = cols.text[i]
    if len(text) < 2 or not text.endswith(".") or i + 1 >= len(cols.text):
        return False
    return cols.text[i + 1][:1].isupper() and cols.pos[i + 1] in _SENTENCE_OPENERS and text[:-1].isalnum()


def _ends_sentence(cols: TokenColumns, end: int) -> bool:
    """Does the text end a sentence before token ``end`` (final punctuation, a line break, the end)?"""
    texts = cols.text
    if end >= len(texts):
        return True
    last = end - 1
    while cols.is_space[last] and last > 0:  # "Tarmiyah. " can end on a no-break space token
        if "\n" in texts[last]:
            return True
        last -= 1
    # the final stop is sometimes handed to the next sentence: "... de Tarmiyah | . La chaîne ..."; a closing
    # quote handed on is no stop ("de l'opération « Bouclier | » dans l'est, au moins 45 civils ...")
    return ("\n" in texts[last] or "\n" in cols.ws[last] or texts[last][-1:] in _SENTENCE_END
            or texts[end][:1] in _HANDED_STOPS)


def segment_of(tok: Token) -> Span:
    """The segment (see :func:`segments`) holding ``tok``."""
    doc = tok.doc
    index = doc.user_data.get("sentinelle_segment_index")
    if index is None:  # each token's segment, looked up once per Doc instead of a scan per call
        index = [None] * len(doc)
        for seg in segments(doc):
            for i in range(seg.start, seg.end):
                if index[i] is None:
                    index[i] = seg
        doc.user_data["sentinelle_segment_index"] = index
    seg = index[tok.i]
    return seg if seg is not None else tok.sent

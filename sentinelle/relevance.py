"""Relevance first, parse later: a lexical gate that spares the parser articles with no incident language.

Many articles of a live feed (sport, economy, culture, weather) hold no word that could start an
incident. Finding that out needs only the tokenizer: the gate reads the triggers of
``sentinelle/lang/<iso>/triggers.yaml`` (words, phrases, dependency pairs) and asks whether any
token *could* carry one of their comparison keys (:func:`word_key`).

Only triggers: the events stage starts every event mention, and so every event and non-event, at a
trigger (``events.detect``: a sentence without one gives nothing). Casualty words ("ont péri", "un mort
et trois blessés") and the cues of denials, threats and claims ("a démenti", "a menacé") only qualify
a trigger found in the same sentence; an article that holds them and no trigger gives no event with
or without the gate, so they do not open it (road accidents, obituaries, epidemics, promises).

The events stage matches a token by the key of its text or of its lemma, and lemmas need the
tagger. The gate does not guess the part of speech: it takes every lemma the pipeline's
lemmatizer could give the word under ANY part of speech (its lookup table, its exceptions and
every suffix rule, see ``spacy.lang.fr.lemmatizer``). So a word the pipeline would read as a
trigger always passes the gate, and an article the gate refuses would have come out of the full
pipeline with no event and no non-event: the gate changes speed, never results. A phrase passes
only when all its words are found within the span it can match (a phrase needs them all, in a row
but for its "..." gaps), so that a phrase made of common words ("pluie ... tomber", "ont opposé ...
combattants") does not open the gate on words from different sentences.

The gate works on whole articles only: the stages read context across paragraphs (the place or
the date of an incident told earlier), so skipping a paragraph could change an event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from sentinelle.events.lexicon import MAX_GAP, compile_phrase, get_lexicon, keys, word_key
from sentinelle.events.triggers import unaccented_participle

NO_INCIDENT_LANGUAGE = (
    "relevance: no incident language (no trigger word or phrase); "
    "the article was not parsed and has no events")
"""Warning put on an article the gate kept out of the full pipeline (also how to find such articles)."""

# The parts of speech whose exceptions and suffix rules the French rule lemmatizer applies.
_RULE_POS = ("noun", "verb", "adj", "adp", "adv", "aux", "cconj", "det", "pron", "punct", "sconj")


@dataclass(frozen=True)
class _LemmaTables:
    lookup: object  # spacy.lookups.Table: form -> lemma
    exceptions: tuple[object, ...]  # per part of speech: form -> [lemmas]
    rules: dict[str, tuple[str, ...]]  # suffix of the form -> replacement suffixes
    longest_suffix: int


def _lemma_tables(nlp: Language) -> _LemmaTables | None:
    """The lemmatizer's tables, or None when the pipeline has no table-driven lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_lookup" not in lookups:
        return None
    exc = lookups.get_table("lemma_exc") if "lemma_exc" in lookups else {}
    rules_table = lookups.get_table("lemma_rules") if "lemma_rules" in lookups else {}
    rules: dict[str, list[str]] = {}
    for pos in _RULE_POS:
        for old, new in rules_table.get(pos, []):
            rules.setdefault(old, []).append(new)
    return _LemmaTables(
        lookup=lookups.get_table("lemma_lookup"),
        exceptions=tuple(t for t in (exc.get(pos) for pos in _RULE_POS) if t),
        rules={k: tuple(dict.fromkeys(v)) for k, v in rules.items()},
        longest_suffix=max((len(k) for k in rules), default=0),
    )


class RelevanceGate:
    """Decides, from the tokens alone, whether an article may hold incident language.

    Build it with :func:`get_gate` (once per pipeline); ``gate.relevant(doc)`` on a Doc made by
    ``nlp.make_doc`` (tokenizer only).
    """

    def __init__(self, nlp: Language, lang: str = "fr") -> None:
        self.lang = lang
        self._tables = _lemma_tables(nlp)
        self.words, self.phrases = _incident_language(lang)

    # -- what a token may stand for --------------------------------------------------------------

    def token_keys(self, text: str) -> frozenset[str]:
        """Every key the events stage could see on a token of this text (text, parts, any lemma)."""
        return self._token_keys(text)

    @lru_cache(maxsize=1 << 16)  # noqa: B019  (one gate per pipeline, kept for the process)
    def _token_keys(self, text: str) -> frozenset[str]:
        out = {word_key(text)}
        parts = [p for p in text.split("-") if p]
        if len(parts) > 1:
            out.update(word_key(p) for p in parts)
        out.update(word_key(lemma) for lemma in self._lemmas(text) if lemma)
        if text.isascii():
            # the events stage reads a participle typed without accents as its verb ("enlevees": enlever)
            out.update(unaccented_participle(text.lower()))
        return frozenset(out)

    def _lemmas(self, text: str) -> set[str]:
        """A superset of the lemmas the rule lemmatizer may give ``text``, whatever its tag."""
        t = self._tables
        if t is None:
            return set()
        low = text.lower()
        lemmas = {low}
        for form in (text, low):
            found = t.lookup.get(form)  # type: ignore[attr-defined]
            # the French table holds lists of lemmas; spaCy's default lookup tables hold strings
            lemmas.update([found] if isinstance(found, str) else found or ())
        for table in t.exceptions:
            lemmas.update(table.get(low, ()))  # type: ignore[attr-defined]
        for k in range(min(len(low), t.longest_suffix) + 1):
            suffix = low[len(low) - k:]
            for new in t.rules.get(suffix, ()):
                lemmas.add(low[: len(low) - k] + new)
        return {x for x in lemmas if isinstance(x, str)}

    # -- the decision ----------------------------------------------------------------------------

    def units(self, doc: Doc | Iterable[str]) -> list[frozenset[str]]:
        """Per match unit of the events stage (a token, or each part of a hyphenated one; see
        ``events.matching``), every key it could carry."""
        out: list[frozenset[str]] = []
        for tok in doc:
            text = tok if isinstance(tok, str) else tok.text
            n_units = sum(1 for p in text.split("-") if p)
            if n_units:
                out.extend([self._token_keys(text)] * n_units)
        return out

    def relevant(self, doc: Doc | Iterable[str]) -> bool:
        """True when ``doc`` holds a word or a whole phrase of incident language."""
        return bool(self.cues(doc, first=True))

    def cues(self, doc: Doc | Iterable[str], *, first: bool = False) -> list[str]:
        """The incident words and phrases found (the keys that opened the gate); ``first``: stop at one."""
        texts = _texts(doc)
        # the keys of the distinct words first: an incident word settles it without the unit sequence
        keys: set[str] = set().union(*(self._token_keys(t) for t in set(texts) if t.strip("-")))
        found = sorted(keys & self.words)
        if found and first:
            return found[:1]
        units: list[frozenset[str]] | None = None
        for positions, span in self.phrases:
            if not all(pos & keys for pos in positions):
                continue
            if units is None:
                units = self.units(texts)
            if _phrase_in(units, positions, span):
                found.append(" ".join(sorted(next(iter(p & keys)) for p in positions)))
                if first:
                    break
        return found


def _texts(doc: Doc | Iterable[str]) -> list[str]:
    """The token texts of a Doc (read once from its columns) or of a sequence of words."""
    if isinstance(doc, Doc):
        return [doc.vocab.strings[orth] for orth in doc.to_array("ORTH").tolist()]
    return [tok if isinstance(tok, str) else tok.text for tok in doc]


def _phrase_in(units: list[frozenset[str]], positions: tuple[frozenset[str], ...], span: int | None) -> bool:
    """Could the phrase match: every word of it within ``span`` units of its first (None: anywhere)."""
    if span is None:
        return True
    for i, u in enumerate(units):
        if u & positions[0]:
            window = units[i: i + span]
            if all(any(w & pos for w in window) for pos in positions[1:]):
                return True
    return False


_Phrase = tuple[tuple[frozenset[str], ...], "int | None"]


def _incident_language(lang: str) -> tuple[frozenset[str], tuple[_Phrase, ...]]:
    """Single-word keys, and phrases (their word positions and longest span in units, None when
    unbounded), of every trigger of the language (see the module docstring: only triggers start events)."""
    lex = get_lexicon(lang)
    words: set[str] = set()
    phrases: set[_Phrase] = set()

    def add(items: Iterable[str]) -> None:
        for item in items:
            for variant in compile_phrase(item):
                positions = tuple(p for p in variant.items if p is not None)
                # a gap ("...") lets the events stage skip up to MAX_GAP units
                span = sum(1 if p is not None else MAX_GAP for p in variant.items)
                if len(positions) == 1:
                    words.update(positions[0])
                elif positions:
                    phrases.add((positions, span))

    for entry in lex.triggers.triggers:
        add(entry.lemmas)
        add(entry.phrases)
        for pattern in entry.dep:
            # the head word and one of its dependents must both be there (keys as the events stage makes them)
            # (a dependent may sit anywhere in the sentence, and sentences need the parser: no span)
            phrases.add(((keys(pattern.head), keys(pattern.child)), None))
    # a phrase of which one word is already a word of incident language adds nothing
    kept = tuple(p for p in phrases if not any(pos <= words for pos in p[0]))
    return frozenset(words), kept


_GATES: dict[tuple[int, str], tuple[Language, RelevanceGate]] = {}


def get_gate(nlp: Language, lang: str = "fr") -> RelevanceGate:
    """The gate of a pipeline (built once; the pipeline is kept alive with it)."""
    key = (id(nlp), lang)
    held = _GATES.get(key)
    if held is None or held[0] is not nlp:
        held = (nlp, RelevanceGate(nlp, lang))
        _GATES[key] = held
    return held[1]

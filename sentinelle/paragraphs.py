"""The model parses one line at a time: a line break is a sentence break.

The French model's parser ignores line breaks. A headline without a full stop ran on into the lede
("Niger : sept soldats tués près de X\\nSept soldats ont été tués lundi" was one sentence), and even after
a full stop a new paragraph was often parsed as a clause of the sentence before it: "...près de X.\\n\\n
Depuis janvier, plus de 300 soldats ont été tués dans la région" made the tally a conjunct of the attack,
which then took its toll. Setting sentence starts before the parser did not help: it then cut the words
after a forced start into one-word sentences. So the model's components (tagger, parser, lemmatizer,
entities) run on each stretch of lines apart, as they run on the sentences they were trained on, and the
stretches are joined back into one Doc (same text, same tokens) for Sentinelle's stages. A line that goes
on in lower case (a sentence wrapped in the middle) stays with the line before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

# the names of Sentinelle's own stages (pipeline.STAGES); the other components are the model's
STAGE_PREFIX = "sentinelle_"

# a line break (with the blank space around it) followed by a line that does not go on in lower case
_BREAK = re.compile(r"[ \t\r\f\v]*\n\s*(?=[^\s])")


def line_chunks(text: str) -> list[tuple[int, int]]:
    """Character ranges that cover ``text``, cut after each line break that starts a new sentence."""
    cuts = [m.end() for m in _BREAK.finditer(text) if not text[m.end()].islower()]
    bounds = [0, *cuts, len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def parse(nlp: Language, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
    """``nlp.pipe(docs)``, with the model's components run on each stretch of lines apart (module docstring).

    ``docs`` are made by ``nlp.make_doc`` and may carry ``Doc._`` values (publication date, outlet): the
    joined Doc keeps them. A Doc whose pieces do not join back to its exact tokens is parsed whole.
    """
    stages = [name for name in nlp.pipe_names if name.startswith(STAGE_PREFIX)]
    model = [name for name in nlp.pipe_names if name not in stages]
    for doc in docs:
        chunks = line_chunks(doc.text)
        joined = None
        if len(chunks) > 1:
            parts = list(nlp.pipe((doc.text[a:b] for a, b in chunks), disable=stages, batch_size=batch_size))
            joined = Doc.from_docs(parts, ensure_whitespace=False)
            if joined.text != doc.text or len(joined) != len(doc):
                joined = None
        if joined is None:
            joined = doc
            for name in model:
                joined = nlp.get_pipe(name)(joined)
        else:
            joined.user_data.update(doc.user_data)  # the Doc._ values set before parsing
        for name in stages:
            joined = nlp.get_pipe(name)(joined)
        yield joined

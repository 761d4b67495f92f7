"""The word lists the events stage's rules read (``sentinelle/lang/<lang>/event_words.yaml``), as keys.

The rules are language-independent; the words they look for are the language's, so another language is a
new folder with its own ``event_words.yaml``, not new code.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, field_validator

from sentinelle.events.lexicon import word_key
from sentinelle.lang import lang_path, load_yaml


class EventWords(BaseModel):
    """Schema of ``event_words.yaml``; each list is read as the comparison keys of its words (``word_key``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    origin_cues: frozenset[str]
    list_glue: frozenset[str]
    locating_glue: frozenset[str]
    coordinators: frozenset[str]
    list_marks: frozenset[str]
    missions: frozenset[str]
    place_cues: frozenset[str]
    name_glue: frozenset[str]
    summary_adjectives: frozenset[str]
    distinct_marks: frozenset[str]
    of_cases: frozenset[str]
    from_cases: frozenset[str]
    against_cases: frozenset[str]
    side_cases: frozenset[str]
    authorship_words: frozenset[str]
    authorship_lemmas: frozenset[str]
    street_nouns: frozenset[str]
    town_nouns: frozenset[str]
    neighbour_marks: frozenset[str] = frozenset()
    prevention_verbs: frozenset[str] = frozenset()
    organisation_heads: frozenset[str] = frozenset()
    hit_predicates: frozenset[str] = frozenset()
    suffer_verbs: frozenset[str] = frozenset()
    blame_verbs: frozenset[str] = frozenset()
    grievance_cases: frozenset[str] = frozenset()
    grievance_verbs: frozenset[str] = frozenset()
    # verbs of a statement whose subject is its issuer ("le diocèse de Bukavu condamne l'attaque"): events.sentence_scope
    issuer_verbs: frozenset[str] = frozenset()
    undergo_verbs: frozenset[str] = frozenset()
    undergo_nouns: frozenset[str] = frozenset()
    agent_cases: frozenset[str] = frozenset()
    doer_pronouns: frozenset[str] = frozenset()
    doer_nouns: frozenset[str] = frozenset()
    # the words of a road named by its two ends, as written (read as patterns by ``events.roads``)
    road_nouns: tuple[str, ...] = ()
    road_openers: tuple[str, ...] = ()
    road_links: tuple[str, ...] = ()
    road_glue: tuple[str, ...] = ()
    road_heading: tuple[str, ...] = ()  # "A, sur la route de B": where a road from a place leads
    # a road named by where it leads ("sur la route de X") after a distance from the story's town ("à une quinzaine
    # de kilomètres de la ville"): X is the direction, not the place (events.roads.road_direction_only)
    road_towards: tuple[str, ...] = ()
    # the locative words that open a sentence on its scene ("À X, ...", "Dans le village de X, ..."), as written
    scene_openers: tuple[str, ...] = ()
    distance_units: tuple[str, ...] = ()
    # words describing a party to an agreement ("un ancien guérillero signataire de l'accord de paix")
    party_words: frozenset[str] = frozenset()
    # a fight or a sound going on after the incident told before ("les tirs se poursuivaient", "faisaient rage",
    # "des coups de feu étaient encore entendus": events.ongoing)
    going_on_verbs: frozenset[str] = frozenset()
    going_on_objects: frozenset[str] = frozenset()
    heard_verbs: frozenset[str] = frozenset()
    # the means that back an assault ("appuyés par des tirs d'artillerie", "avec l'appui de l'aviation"): its weapons,
    # not incidents of their own (events/trigger_context.support_means)
    support_words: frozenset[str] = frozenset()
    # "ne montre pas X, mais Y": the conjunction that opens the true reading after a denied one (events/contrast.py)
    contrast_after_negation: frozenset[str] = frozenset()
    # pieces of content that show or assert an incident a fact-check denies ("une vidéo prétend montrer ...")
    content_nouns: frozenset[str] = frozenset()
    # the adjectives that make people an armed side ("des hommes armés", "des individus armés")
    armed_adjectives: frozenset[str] = frozenset()
    # the words of a time phrase between a verb and its object (events/parse_repair.py)
    adverbial_time_words: frozenset[str] = frozenset()
    # a place named to be denied by a contrast ("pas à X mais à Y", "à Y et non à X": events.negated_places), as
    # written; the additive words say both places hold ("pas seulement à X mais aussi à Y")
    negated_place_opens: tuple[str, ...] = ()
    negated_place_contrasts: tuple[str, ...] = ()
    negated_place_tails: tuple[str, ...] = ()
    negated_place_additive: tuple[str, ...] = ()

    @field_validator("*", mode="after")
    @classmethod
    def _keys(cls, v: frozenset[str] | tuple[str, ...]) -> frozenset[str] | tuple[str, ...]:
        return frozenset(word_key(w) for w in v) if isinstance(v, frozenset) else v


@cache
def event_words(lang: str = "fr") -> EventWords:
    """The language's event word lists (loaded and validated once per process)."""
    return load_yaml(lang_path(lang, "event_words.yaml"), EventWords)


class CompoundFile(BaseModel):
    """Schema of ``compounds.yaml``."""

    model_config = ConfigDict(extra="forbid")
    modifier_cases: list[str]
    locatives: list[str] = []

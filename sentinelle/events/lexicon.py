"""The events stages' language data (``sentinelle/lang/<lang>/*.yaml``), validated and compiled once.

Words and phrases are compared through :func:`word_key` (lower case, no
accents, no final plural s/x), so data files can be written in plain
dictionary form ("frappe aérienne") and still match "frappes aériennes".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from sentinelle.lang import lang_path, load_yaml
from sentinelle.model import SUB_EVENT_TYPES, WEAPONS

COARSE_TYPES = frozenset(SUB_EVENT_TYPES.values())
TARGET_CATEGORIES = ("civilians", "armed", "installation", "military_site", "convoy")
GAP = "..."
MAX_GAP = 3


@lru_cache(maxsize=1 << 17)
def word_key(word: str) -> str:
    """Comparison key of a word: lower case, accents and final plural mark removed (cached: a hot path)."""
    w = word.replace("’", "'").replace("`", "'").lower().strip()
    w = "".join(c for c in unicodedata.normalize("NFD", w) if unicodedata.category(c) != "Mn")
    if len(w) > 3 and w[-1] in "sx" and w[-2] != "'":
        w = w[:-1]
    return w


_SPLIT = re.compile(r"[^\s'’\-]+['’]|[^\s'’\-]+|\.\.\.")


def phrase_words(text: str) -> list[str]:
    """Split a phrase as the spaCy French tokenizer roughly does: elisions apart, hyphens dropped."""
    return _SPLIT.findall(text.replace("’", "'"))


@dataclass(frozen=True)
class Phrase:
    """A compiled phrase: per position, the accepted keys (None = a gap of up to MAX_GAP tokens)."""

    items: tuple[frozenset[str] | None, ...]
    text: str


def compile_phrase(text: str) -> list[Phrase]:
    """Compile a data-file phrase into its variants (alternatives may differ in word count)."""
    variants: list[list[frozenset[str] | None]] = [[]]
    for raw in text.split():
        if raw == GAP:
            variants = [v + [None] for v in variants]
            continue
        # Alternatives of one width form one position group each ("d'obus|de mortier"
        # is not written that way; "d'une|de" is, and splits as 2 vs 1 tokens).
        by_width: dict[int, list[list[str]]] = {}
        for alt in raw.split("|"):
            words = phrase_words(alt)
            by_width.setdefault(len(words), []).append(words)
        groups = [
            [frozenset(word_key(w[pos]) for w in alts) for pos in range(width)]
            for width, alts in by_width.items()
        ]
        variants = [v + g for v in variants for g in groups]
    out = []
    for items in variants:
        while items and items[-1] is None:
            items.pop()
        if items:
            out.append(Phrase(items=tuple(items), text=text))
    return out


def _check_type(value: str | None) -> str | None:
    if value is None or value in SUB_EVENT_TYPES or value in COARSE_TYPES:
        return value
    raise ValueError(f"unknown event type {value!r}; use an ACLED sub_event_type or event_type")


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DepPattern(_Schema):
    head: list[str]
    child: list[str]
    child_dep: list[str] | None = None


class TriggerEntry(_Schema):
    id: str
    type: str | None
    generic: bool = False
    weapon: list[str] = Field(default_factory=list)
    lemmas: list[str] = Field(default_factory=list)
    pos: list[str] | None = None
    phrases: list[str] = Field(default_factory=list)
    dep: list[DepPattern] = Field(default_factory=list)
    requires: Literal["object", "people", "victims", "place", "post", "ground"] | None = None
    # the word's own reading of a target category, before ``generic_types``: an "attaque" on a
    # barracks is fought on the ground (a battle), a "frappe" on it is remote violence
    category_types: dict[str, str] = Field(default_factory=dict)
    # the word types the incident only when what was hit says so ("les forces ont pris d'assaut la localité"
    # before arresting four youths is a raid, not a battle)
    needs_category: bool = False
    # the type when a crowd does it ("des jeunes ont saccagé des commerces": a riot, not looting)
    by_crowd: str | None = None
    # the type when a side with no aircraft does it ("les FSR ont bombardé El-Facher": shelling, not an air strike)
    without_aircraft: str | None = None
    # the type of the word claimed by its perpetrator and told nowhere else in the article ("Les shebab ont
    # revendiqué l'attentat de mardi à Mogadiscio"): what the word most often is
    claimed_alone: str | None = None
    # the type when the state's own forces do it ("l'armée a occupé le camp": the government takes it back)
    by_state: str | None = None
    # the type when the words are what someone tried to do ("ont tenté de s'emparer de l'aéroport avant d'être
    # repoussés": an assault, not a capture; ``attempt_verbs``)
    attempted: str | None = None
    # the words tell when the incident was found out, not when it happened ("nous découvrons ce matin les corps de
    # cinq personnes"): another mention's day of the same incident dates it
    found_later: bool = False

    @field_validator("category_types")
    @classmethod
    def _category_types(cls, v: dict[str, str]) -> dict[str, str]:
        for category, type_ in v.items():
            if category not in TARGET_CATEGORIES:
                raise ValueError(f"unknown target category {category!r}; known: {', '.join(TARGET_CATEGORIES)}")
            _check_type(type_)
        return v

    @field_validator("type", "by_crowd", "without_aircraft", "claimed_alone", "by_state", "attempted")
    @classmethod
    def _type(cls, v: str | None) -> str | None:
        return _check_type(v)

    @field_validator("weapon")
    @classmethod
    def _weapons(cls, v: list[str]) -> list[str]:
        bad = [w for w in v if w not in WEAPONS]
        if bad:
            raise ValueError(f"unknown weapon {bad[0]!r}; known: {', '.join(WEAPONS)}")
        return v


class GenericTypes(_Schema):
    civilians: str | None
    armed: str | None
    installation: str | None
    convoy: str | None
    default: str | None
    military_site: str | None = None  # absent: read as an installation
    # an attack word that says nothing of what it hit but kills ("une attaque a fait cinq morts à X")
    deadly: str | None = None

    @field_validator("*")
    @classmethod
    def _types(cls, v: str | None) -> str | None:
        return _check_type(v)


class TriggerFile(_Schema):
    triggers: list[TriggerEntry]
    generic_types: GenericTypes
    precedence: list[str]
    separate_families: list[list[str]]
    # sub-event types told side by side that stay two incidents even in one family
    separate_types: list[list[str]] = Field(default_factory=list)
    # weapons that do not make a fight on the ground something else ("une embuscade à la grenade")
    battle_weapons: list[str] = Field(default_factory=list)
    # guns (weapons.yaml labels) and the explosive types (sub-event types) they make part of an assault
    assault_guns: list[str] = Field(default_factory=list)
    assault_explosives: list[str] = Field(default_factory=list)
    crowd_words: list[str] = Field(default_factory=list)
    # words that make any people an angry crowd ("des habitants en colère", "des villageois furieux")
    crowd_moods: list[str] = Field(default_factory=list)
    # words of a search operation: a raid that searches houses, without victims, is no attack
    search_words: list[str] = Field(default_factory=list)
    # verbs and nouns of freeing: a person named as abducted ("otage") who is freed is no abduction
    release_words: list[str] = Field(default_factory=list)
    # animals and goods carried off: what a "people" trigger takes is then no person ("ont enlevé du bétail")
    livestock_words: list[str] = Field(default_factory=list)
    # things a word that takes people also takes in its other sense ("arrêter un match", "enlever les barricades")
    inanimate_objects: list[str] = Field(default_factory=list)
    # verbs of trying: words in their complement take their entry's ``attempted`` type
    attempt_verbs: list[str] = Field(default_factory=list)
    # verbs of support or equipment: a weapon named as their complement is what a force has, not an act
    equipment_verbs: list[str] = Field(default_factory=list)
    # "tuées dans une collision": deaths the sentence puts down to an accident are no attack
    accident_words: list[str] = Field(default_factory=list)
    # "ont également été visés": a generic word with one of these repeats the act told before it
    additive_adverbs: list[str] = Field(default_factory=list)
    # "..., tandis que ...": the triggers on either side of a contrasting clause are two incidents
    contrast_marks: list[str] = Field(default_factory=list)
    # "un premier groupe a été enlevé à X et un autre le lendemain à Y": a coordination whose second member
    # leaves the verb out tells a second incident of the same kind (see events.incidents.split_gapped)
    gapping_marks: list[str] = Field(default_factory=list)
    # "Sur place, ...": a sentence opening with one of these goes on with the scene told just before, across a
    # paragraph break (an incident it tells without a place takes that scene's place)
    continuation_openers: list[str] = Field(default_factory=list)
    # "Simultanément, ...": another act at the same time and scene (a new incident, at that scene's place)
    concurrent_openers: list[str] = Field(default_factory=list)
    # "Par ailleurs, ...": another incident, told apart from the one before (no claim to its scene)
    distinct_openers: list[str] = Field(default_factory=list)
    # "X a repoussé une attaque de Y": the subject of these verbs is the side attacked
    repel_verbs: list[str] = Field(default_factory=list)
    # "des échanges de tirs ont opposé les policiers aux bandits", "des combats entre l'armée et les FSR": the
    # verbs whose object and "à" complement, and the prepositions whose coordinated members, are the two sides
    pairing_verbs: list[str] = Field(default_factory=list)
    pairing_to: list[str] = Field(default_factory=list)
    pairing_cases: list[str] = Field(default_factory=list)
    # "l'armée a mené des frappes", "les rebelles ont lancé une attaque": verbs whose subject did the act their
    # object (a trigger noun) names
    support_verbs: list[str] = Field(default_factory=list)
    # "l'armée a démenti y avoir mené une frappe": a pronoun standing for the place named just before
    place_pronouns: list[str] = Field(default_factory=list)
    # "des dizaines de jeunes ont marché vers la mairie": people who protest are coded as protesters, who riot
    # as rioters (event type -> actor label); `crowd_from` lists the people labels a crowd is recoded from
    crowd_actors: dict[str, str] = Field(default_factory=dict)
    crowd_from: list[str] = Field(default_factory=list)

    @field_validator("precedence")
    @classmethod
    def _precedence(cls, v: list[str]) -> list[str]:
        for t in v:
            _check_type(t)
        return v


class WeaponEntry(_Schema):
    weapon: str | None
    implies: str | None = None
    phrases: list[str]

    @field_validator("implies")
    @classmethod
    def _implies(cls, v: str | None) -> str | None:
        return _check_type(v)

    @field_validator("weapon")
    @classmethod
    def _weapon(cls, v: str | None) -> str | None:
        if v is not None and v not in WEAPONS:
            raise ValueError(f"unknown weapon {v!r}; known: {', '.join(WEAPONS)}")
        return v


class WeaponFile(_Schema):
    weapons: list[WeaponEntry]


class TargetEntry(_Schema):
    target: str
    category: Literal["civilians", "armed", "installation", "military_site", "convoy"]
    people: bool = False
    # a thing that already says who was in it ("un convoi humanitaire": aid workers), which civilians named as
    # victims ("blessant deux chauffeurs") do not replace as the target of an attack on civilians
    names_its_people: bool = False
    phrases: list[str]
    # forms written without the accent that tells them apart ("marche", a march, for "marché", a market): the
    # comparison keys drop accents, so these are excluded by their written form
    homographs: list[str] = Field(default_factory=list)


class TargetFile(_Schema):
    targets: list[TargetEntry]


class NumberFile(_Schema):
    units: dict[str, int]
    multipliers: dict[str, int]
    approximate: dict[str, int]
    approximate_determiners: list[str]


class CasualtyFile(_Schema):
    killed_nouns: list[str]
    injured_nouns: list[str]
    killed_verbs: list[str]
    injured_verbs: list[str]
    # nouns of a killing whose "de" complement counts the dead ("la neutralisation de 23 terroristes")
    killing_nouns: list[str] = []
    died_verbs: list[str]
    # verbs telling the death of armed people with no complement ("deux soldats sont tombés")
    fallen_verbs: list[str] = []
    # conjunctions of a clause telling the other side's dead ("..., tandis que deux soldats sont tombés")
    contrast_marks: list[str] = []
    # words telling a figure as the reporting side's own dead, added to a toll told before ("dans ses rangs")
    own_losses: list[str] = []
    # nouns heading a toll's list, whose items count each side's dead ("Bilan : sept terroristes neutralisés, un
    # militaire tombé")
    toll_nouns: list[str] = []
    # nouns of a cost whose complement tells the paying side's dead ("au prix de deux militaires tombés")
    cost_nouns: list[str] = []
    between_words: list[str]
    killed_phrases: list[str]
    died_phrases: list[str] = []
    # deaths of the wounded told after their incident ("L'un d'eux a succombé à ses blessures"), and the words
    # telling them of other victims than the dead told before ("un autre")
    wound_deaths: list[str] = []
    other_victims: list[str] = []
    injured_phrases: list[str]
    zero_killed: list[str]
    zero_injured: list[str]
    subset_markers: list[str]
    range_words: list[str] = []
    dead_predicates: list[str] = []
    wounded_predicates: list[str] = []
    not_victims: list[str] = []
    # a number before one of these is a date ("le 19 août"), never a toll
    date_nouns: list[str] = []
    # nouns for several victims at once, with the count one of them makes when no figure is written ("un couple":
    # 2; 0: only a figure tells, "une famille de six personnes")
    victim_groups: dict[str, int] = {}
    # a death told as what came before ("après la mort de"): the cause of the incident, not its toll
    cause_phrases: list[str] = []
    # a toll told as the earlier one, revised since ("le bilan, initialement de deux morts, est passé à quatre")
    superseded_markers: list[str] = []
    # a zero told as known so far only ("aucune victime n'a été signalée dans l'immédiat"): no toll yet
    provisional_markers: list[str] = []
    # a zero said of one side only ("pas de victimes parmi les civils", "dans nos rangs"): not the incident's
    zero_scopes: list[str] = []
    # a person's age in apposition to their name ("Idrissa, 12 ans, a été tué"): the figure is no toll, and it makes
    # the name a person's, whatever the tagger says
    age_nouns: list[str] = []


class SourceKinds(_Schema):
    media: list[str]
    official: list[str]
    anonymous: list[str]
    social_media: list[str]
    armed_group: list[str]


class Negation(_Schema):
    """Words that negate the act a trigger names (see modality.yaml, ``scope.negation``)."""

    particles: list[str] = []  # "ne", "n'"
    adverbs: list[str] = []  # "pas", "jamais", "plus"
    determiners: list[str] = []  # "aucun", "nul"
    pronouns: list[str] = []  # "personne", "rien"
    # "sans procéder à des arrestations": the act of a noun under "sans" + infinitive did not happen
    privative_marks: list[str] = []
    # determiners of a noun after a negated or privative verb ("n'a pas mené d'attaque", "sans procéder à des
    # arrestations"): an indefinite noun is what did not happen ("n'a pas revendiqué l'attaque" tells it)
    indefinite_determiners: list[str] = []
    # "il n'y a eu ni explosion ni victime": the correlative conjunction that negates, with "ne", each noun it opens
    correlatives: list[str] = []


class ModalityScope(_Schema):
    """Words the attribution stage needs to scope cues to the trigger's clause (see modality.yaml)."""

    condition_marks: list[str] = []
    future_auxiliaries: list[str] = []
    # endings that, put on a verb's infinitive, make its future ("frapper" + "ons"): the tagger reads some such
    # forms as a present ("« Nous frapperons Goma »")
    future_endings: list[str] = []
    # the letter every future form has before its ending ("fera", "seront"): a "Fut" tag on a form without it is a
    # misread present ("font")
    future_stem_final: str = ""
    hedge_adverbs: list[str] = []
    involvement_nouns: list[str] = []
    not_speech_phrases: list[str] = []
    complement_prepositions: list[str] = []
    source_container_nouns: list[str] = []
    # trigger nouns naming the attacker ("kamikaze"): a conditional said of them as subject ("d'où aurait
    # transité l'un des kamikazes") hedges their own doing, not the attack
    agent_nouns: list[str] = []
    # "180 personnes tuées depuis janvier, DONT une majorité dans des assassinats": a relative with no verb of its
    # own shares out the count of its clause; it belongs to that clause
    share_relatives: list[str] = []
    # "aucune frappe n'a touché", "l'armée n'a pas bombardé", "sans procéder à des arrestations": the act negated
    negation: Negation = Negation()
    # "Des gangs ont, semble-t-il, incendié ...": an inverted hedge set in the sentence hedges all it tells
    hedge_asides: list[str] = []
    # "le drone, qui aurait été tiré depuis X, a frappé ...": a relative clause in the past conditional on the device
    # that struck (or on the incident's own word) hedges how the incident happened
    hedged_devices: list[str] = []


class NoRecord(_Schema):
    """A sentence saying nobody recorded, reported or found the incident a claim told just before."""

    # verbs of recording, reporting or finding, negated in the sentence's main clause
    verbs: list[str] = []
    # what is not found besides an incident's own word ("aucun incident", "aucune trace de ce bombardement")
    nouns: list[str] = []
    # words that make the thing not found another one ("aucun AUTRE incident n'a été signalé")
    other_words: list[str] = []
    # kinds of source whose word a missing record does not cancel (an official or an outlet told the incident)
    firm_source_kinds: list[str] = []
    # words that put the missing record after the incident ("aucune attaque n'a été signalée depuis")
    later_words: list[str] = []


class ModalityFile(_Schema):
    source_prepositions: list[str]
    speech_verbs: list[str]
    speech_phrases: list[str]
    claim_verbs: list[str]
    claim_phrases: list[str]
    # "accuse les militaires d'avoir incendié ...": a speech verb that blames another side; its speaker is never the
    # author of what it tells, so no claim reaches through it (attribution/reading.py)
    accusation_verbs: list[str] = Field(default_factory=list)
    # "a-t-il poursuivi": speech verbs that report only with no direct object ("les assaillants ont poursuivi leur
    # route vers X, où ils ont attaqué ..." reports nothing)
    intransitive_speech_verbs: list[str] = Field(default_factory=list)
    denial_verbs: list[str]
    denial_phrases: list[str]
    # "est finalement revenu sur cette annonce", "l'information a été démentie": what was announced before is
    # taken back (attribution/retractions.py)
    retraction_phrases: list[str] = Field(default_factory=list)
    # a fact-check verdict opening a sentence ("C'est faux.", "Faux :"): the claim of that sentence, or of the
    # sentence before in the paragraph, is denied (attribution/retractions.py)
    verdict_phrases: list[str] = Field(default_factory=list)
    # "les images datent de 2019": footage shown as a new incident is old; with a year or a span of years after
    # it, the claim before is denied
    old_footage_phrases: list[str] = Field(default_factory=list)
    old_footage_periods: list[str] = Field(default_factory=list)
    # "les images montrent en réalité l'incendie d'un entrepôt": the footage of the claim before shows something else
    correction_phrases: list[str] = Field(default_factory=list)
    # "Nous cherchons à confirmer", "l'information n'a pas pu être confirmée": a hedge on the incident of its
    # sentence, or of the sentence before in the paragraph (reported, not asserted)
    unconfirmed_phrases: list[str] = Field(default_factory=list)
    # "Aucun média local n'a signalé d'attaque ce jour-là", "Les autorités n'ont enregistré aucun incident": the
    # record a claim would have left is absent (attribution/retractions.py)
    no_record: NoRecord = Field(default_factory=lambda: NoRecord())
    hypothetical_words: list[str]
    hypothetical_phrases: list[str]
    # "a ordonné à ses hommes d'attaquer", "a demandé à l'armée de bombarder": the infinitive ordered, asked or
    # called for is not done (only the infinitive: "a demandé une enquête sur l'attaque" tells the attack)
    directive_verbs: list[str] = Field(default_factory=list)
    verbs_only: list[str]
    threat_words: list[str]
    threat_phrases: list[str]
    habitual_words: list[str]
    habitual_phrases: list[str]
    aggregate_words: list[str]
    aggregate_phrases: list[str]
    plural_determiners: list[str]
    max_incidents_in_one_report: int
    max_casualties_in_one_report: int
    source_kinds: SourceKinds
    # optional so that a language folder written before clause scoping still loads
    scope: ModalityScope = ModalityScope()


def keys(words: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Comparison keys of a word list (multi-word items keep their spaces)."""
    return _keys(tuple(words))


def source_marks(lex: Lexicon) -> frozenset[str]:
    """The last words of the language's source prepositions ("selon", "après" of "d'après"), as keys: the parser
    hangs a source's noun on them."""
    return keys([p.split()[-1].split("'")[-1] for p in lex.modality.source_prepositions])


@lru_cache(maxsize=4096)
def _keys(words: tuple[str, ...]) -> frozenset[str]:
    # (a hyphenated word the tokenizer keeps whole, "sit-in", "porte-parole", is also its own key: a token's
    # keys are those of its whole text)
    return frozenset(" ".join(word_key(w) for w in phrase_words(item)) for item in words) | frozenset(
        word_key(item) for item in words if "-" in item and " " not in item.strip())


@dataclass(frozen=True)
class Lexicon:
    """Everything the events and attribution stages know about one language."""

    triggers: TriggerFile
    weapons: WeaponFile
    targets: TargetFile
    numbers: NumberFile
    casualties: CasualtyFile
    modality: ModalityFile

    def precedence_rank(self, type_: str | None) -> int:
        order = self.triggers.precedence
        return order.index(type_) if type_ in order else len(order)


@cache
def get_lexicon(lang: str = "fr") -> Lexicon:
    """Load and validate the language's event data files (once per process)."""
    return Lexicon(
        triggers=load_yaml(lang_path(lang, "triggers.yaml"), TriggerFile),
        weapons=load_yaml(lang_path(lang, "weapons.yaml"), WeaponFile),
        targets=load_yaml(lang_path(lang, "targets.yaml"), TargetFile),
        numbers=load_yaml(lang_path(lang, "numbers.yaml"), NumberFile),
        casualties=load_yaml(lang_path(lang, "casualties.yaml"), CasualtyFile),
        modality=load_yaml(lang_path(lang, "modality.yaml"), ModalityFile),
    )


def resolve_type(type_: str | None) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) for a data-file type that may be a sub-type or a coarse type."""
    if type_ is None:
        return None, None
    if type_ in SUB_EVENT_TYPES:
        return SUB_EVENT_TYPES[type_], type_
    return type_, None

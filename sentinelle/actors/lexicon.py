"""The actor and source data files of a language (schemas, validation) compiled into word-sequence tables."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from sentinelle.actors.text import (
    _case_key,
    _check_aliases,
    _check_countries,
    _is_acronym,
    _key,
    _split,
    _Token,
    fold,
)
from sentinelle.errors import DataFileError
from sentinelle.lang import lang_path, load_tsv
from sentinelle.model import ActorKind, SourceKind

# --------------------------------------------------------------------------- data file schemas


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ActorRow(_Row):
    """One row of ``actors.tsv``."""

    normalized: str
    kind: ActorKind
    home: str | None = None
    area: str | None = None
    aliases: str | None = None
    case_aliases: str | None = None

    _aliases = field_validator("aliases", "case_aliases")(_check_aliases)
    _countries = field_validator("home", "area")(_check_countries)


HeadRole = Literal[
    "actor", "context", "member", "people", "metonym", "connector", "country_connector", "determiner", "site", "settlement"
]


class HeadRow(_Row):
    """One row of ``actor_heads.tsv``."""

    role: HeadRole
    forms: str | None = None
    template: str | None = None
    bare: str | None = None
    kind: ActorKind | None = None
    noun_only: Literal["yes", "no"] = "no"

    _aliases = field_validator("forms")(_check_aliases)

    @field_validator("template")
    @classmethod
    def _placeholders(cls, value: str | None) -> str | None:
        if value is not None:
            unknown = set(re.findall(r"{([^}]*)}", value)) - {"name", "of_name"}
            if unknown:
                raise ValueError(f"unknown placeholder(s) {sorted(unknown)}; use {{name}} or {{of_name}}")
        return value


class DemonymRow(_Row):
    """One row of ``demonyms.tsv``."""

    iso2: str
    name: str
    of_name: str
    adjectives: str | None = None
    proper_nouns: str | None = None
    names: str | None = None
    acronyms: str | None = None

    _aliases = field_validator("adjectives", "proper_nouns", "names", "acronyms")(_check_aliases)
    _countries = field_validator("iso2")(_check_countries)


class MetonymRow(_Row):
    """One row of ``metonyms.tsv``: governing words that make a country or capital name a place or a state."""

    role: Literal["scene", "stance"]
    words: str

    _aliases = field_validator("words")(_check_aliases)


class SourceRow(_Row):
    """One row of ``sources.tsv``."""

    normalized: str
    kind: SourceKind
    generic: Literal["yes", "no"] = "no"
    aliases: str | None = None
    case_aliases: str | None = None
    outlet_of: str | None = None  # the actor whose own channel it is

    _aliases = field_validator("aliases", "case_aliases")(_check_aliases)


# --------------------------------------------------------------------------- compiled lexicon


@dataclass(frozen=True)
class _Named:
    """A named actor (a row of actors.tsv); ``order`` breaks ties between rows sharing an alias."""

    normalized: str
    kind: str
    home: frozenset[str]
    area: frozenset[str]
    order: int


@dataclass(frozen=True)
class _Head:
    role: str
    template: str | None
    bare: str | None
    kind: str | None
    noun_only: bool


@dataclass(frozen=True)
class _Country:
    iso2: str
    name: str
    of_name: str

    def fill(self, template: str) -> str:
        return template.format(name=self.name, of_name=self.of_name)


@dataclass(frozen=True)
class _Entry:
    """What a matched word sequence can be; one sequence may be several things ("soldats": head and member)."""

    type: Literal["named", "head", "demonym", "people", "country"]
    named: _Named | None = None
    head: _Head | None = None
    country: _Country | None = None


@dataclass
class _Trie:
    """Word-sequence dictionaries: case-insensitive and, for acronyms and proper nouns, case-sensitive."""

    folded: dict[tuple[str, ...], list[_Entry]] = field(default_factory=dict)
    cased: dict[tuple[str, ...], list[_Entry]] = field(default_factory=dict)
    longest: int = 1
    # Every proper prefix of a key, so that a scan stops as soon as no longer name can start here.
    folded_prefixes: set[tuple[str, ...]] = field(default_factory=set)
    cased_prefixes: set[tuple[str, ...]] = field(default_factory=set)
    # The first words of the keys (folded, cased): a token that starts none starts no match.
    folded_firsts: set[str] = field(default_factory=set)
    cased_firsts: set[str] = field(default_factory=set)

    def add(self, alias: str, entry: _Entry, *, case_sensitive: bool = False) -> None:
        table = self.cased if case_sensitive or _is_acronym(alias) else self.folded
        key = _case_key(alias) if table is self.cased else _key(alias)
        bucket = table.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        self.longest = max(self.longest, len(key))
        prefixes = self.cased_prefixes if table is self.cased else self.folded_prefixes
        prefixes.update(key[:i] for i in range(1, len(key)))
        if key:
            (self.cased_firsts if table is self.cased else self.folded_firsts).add(key[0])

    def may_start(self, token: _Token) -> bool:
        return token.folded in self.folded_firsts or token.cased in self.cased_firsts

    def reach(self, tokens: list[_Token], start: int, run: int) -> int:
        """How many tokens from ``start`` (at most ``run``) could still be part of one dictionary key."""
        length = 1
        # (the keys of the words so far, grown by one word a step)
        folded, cased = (tokens[start].folded,), (tokens[start].cased,)
        while length < run:
            if folded not in self.folded_prefixes and cased not in self.cased_prefixes:
                break
            following = tokens[start + length]
            folded, cased = (*folded, following.folded), (*cased, following.cased)
            length += 1
        return length

    def get(self, tokens: list[_Token], start: int, length: int) -> list[_Entry]:
        if length == 1:  # (most look-ups: one word, its keys made without a generator)
            token = tokens[start]
            found = self.folded.get((token.folded,), [])
            cased = self.cased.get((token.cased,), [])
            return found + [e for e in cased if e not in found] if cased else found
        words = tokens[start:start + length]
        found = self.folded.get(tuple(t.folded for t in words), [])
        cased = self.cased.get(tuple(t.cased for t in words), [])
        return found + [e for e in cased if e not in found] if cased else found


@dataclass
class _Lexicon:
    actors: _Trie
    sources: _Trie
    source_names: dict[str, SourceKind]
    connectors: frozenset[str]
    country_connectors: frozenset[tuple[str, ...]]
    determiners: frozenset[str]
    people_template: _Head | None
    metonym_template: _Head | None
    countries: dict[str, _Country]
    # normalised name -> (kind, home countries), for every named actor and every generated "X of Country"
    registry: dict[str, tuple[str, frozenset[str]]]
    # bare generic name -> head that can localise it ("Military Forces" -> "Military Forces of {of_name}")
    bare: dict[str, _Head]
    # lemmas (folded) whose subject is a scene ("Kinshasa a connu"), and whose complement is a state ("accuse Ankara")
    scene_words: frozenset[str] = frozenset()
    stance_words: frozenset[str] = frozenset()
    # normalised source -> normalised actor whose outlet it is ("Al-Manar" -> "Hezbollah")
    outlets: dict[str, str] = field(default_factory=dict)
    # places that stand for the side they hold when they are what was hit ("le poste militaire", "sa maison");
    # never actor mentions of their own
    sites: _Trie = field(default_factory=_Trie)
    settlements: _Trie = field(default_factory=_Trie)  # sites held by their inhabitants only when stormed
    # what actors.sources.normalize_source found for a phrase ((name, kind) or None), kept with the data it
    # was read from: the attribution stage asks about the same few source phrases in article after article
    normalized_sources: dict[str, tuple[str, SourceKind] | None] = field(default_factory=dict)


def _words(forms: Iterable[str]) -> frozenset[str]:
    return frozenset(word for form in forms for word in _key(form))


@lru_cache(maxsize=8)
def get_lexicon(lang: str = "fr") -> _Lexicon:
    """Load and compile the actor and source data of ``lang`` (once per process)."""
    actor_rows = load_tsv(lang_path(lang, "actors.tsv"), ActorRow)
    head_rows = load_tsv(lang_path(lang, "actor_heads.tsv"), HeadRow)
    demonym_rows = load_tsv(lang_path(lang, "demonyms.tsv"), DemonymRow)
    source_rows = load_tsv(lang_path(lang, "sources.tsv"), SourceRow)
    metonym_path = lang_path(lang, "metonyms.tsv")
    metonym_rows = load_tsv(metonym_path, MetonymRow) if metonym_path.is_file() else []

    actors = _Trie()
    registry: dict[str, tuple[str, frozenset[str]]] = {}
    for order, row in enumerate(actor_rows):
        home = frozenset((row.home or "").split())
        named = _Named(row.normalized, row.kind, home, frozenset((row.area or "").split()) or home, order)
        registry.setdefault(row.normalized, (row.kind, home))
        for alias in _split(row.aliases):
            actors.add(alias, _Entry("named", named=named))
        for alias in _split(row.case_aliases):
            actors.add(alias, _Entry("named", named=named), case_sensitive=True)

    countries: dict[str, _Country] = {}
    for row in demonym_rows:
        country = _Country(row.iso2, row.name, row.of_name)
        countries[row.iso2] = country
        for form in _split(row.adjectives):
            actors.add(form, _Entry("demonym", country=country))
        for form in _split(row.acronyms):
            actors.add(form, _Entry("demonym", country=country), case_sensitive=True)
        for form in _split(row.proper_nouns):
            actors.add(form, _Entry("people", country=country), case_sensitive=True)
        for form in _split(row.names):
            actors.add(form, _Entry("country", country=country), case_sensitive=True)

    connectors: set[str] = set()
    country_connectors: set[tuple[str, ...]] = set()
    determiners: set[str] = set()
    people = metonym = None
    sites, settlements = _Trie(), _Trie()
    bare: dict[str, _Head] = {}
    for row in head_rows:
        head = _Head(row.role, row.template, row.bare, row.kind, row.noun_only == "yes")
        if row.role == "connector":
            connectors |= _words(_split(row.forms))
        elif row.role == "country_connector":
            country_connectors |= {_key(form) for form in _split(row.forms)}
        elif row.role == "determiner":
            determiners |= _words(_split(row.forms))
        elif row.role == "people":
            people = head
        elif row.role == "metonym":
            metonym = head
        elif row.role in ("site", "settlement"):
            for form in _split(row.forms):
                (sites if row.role == "site" else settlements).add(form, _Entry("head", head=head))
        else:
            for form in _split(row.forms):
                actors.add(form, _Entry("head", head=head))
        if row.bare and row.template:
            bare.setdefault(row.bare, head)
        if row.template and row.kind:
            for country in countries.values():
                generated = country.fill(row.template)
                registry.setdefault(generated, (row.kind, frozenset({country.iso2})))

    sources = _Trie()
    source_names: dict[str, SourceKind] = {}
    outlets: dict[str, str] = {}
    for row in source_rows:
        source_names[row.normalized] = row.kind
        if row.outlet_of:
            if row.outlet_of not in registry:
                raise DataFileError(f"{lang_path(lang, 'sources.tsv')}: outlet_of {row.outlet_of!r} of "
                                    f"{row.normalized!r} is not a normalised name of actors.tsv")
            outlets[row.normalized] = row.outlet_of
        # order 0 = a specific name, 1 = a generic description that yields to it
        order = 1 if row.generic == "yes" else 0
        entry = _Entry("named", named=_Named(row.normalized, row.kind, frozenset(), frozenset(), order))
        for alias in _split(row.aliases):
            sources.add(alias, entry)
        for alias in _split(row.case_aliases):
            sources.add(alias, entry, case_sensitive=True)

    if people is None or metonym is None:
        raise DataFileError(f"{lang_path(lang, 'actor_heads.tsv')}: needs one 'people' and one 'metonym' row")
    scene = frozenset(fold(w) for row in metonym_rows if row.role == "scene" for w in _split(row.words))
    stance = frozenset(fold(w) for row in metonym_rows if row.role == "stance" for w in _split(row.words))
    return _Lexicon(actors, sources, source_names, frozenset(connectors), frozenset(country_connectors),
                    frozenset(determiners),
                    people, metonym, countries, registry, bare, scene, stance, outlets, sites, settlements)

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

What the stage does NOT decide: which mention is the attacker (actor1) or the target (actor2) — that is the
events stage's job, from the parse. Mentions of the same actor are all reported; overlapping ones are not.

All language knowledge is in ``sentinelle/lang/<lang>/``: ``actors.tsv`` (named actors and aliases),
``actor_heads.tsv`` (head nouns such as "armée", "civils", "frappe" and the words that link them),
``demonyms.tsv`` (adjectives, people nouns and country names per country), ``metonyms.tsv`` (the words that
make a country or capital name a scene or a state) and ``sources.tsv``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, field_validator
from spacy.language import Language
from spacy.tokens import Doc

from sentinelle import extensions  # noqa: F401  (registers Doc._.actor_mentions)
from sentinelle.errors import DataFileError
from sentinelle.extensions import doc_text, token_columns
from sentinelle.lang import lang_path, load_tsv
from sentinelle.model import Actor, ActorKind, ActorMention, Source, SourceKind

__all__ = [
    "ActorsStage",
    "actor_home",
    "find_actors",
    "fold",
    "localize_actor",
    "lookup_source_kind",
    "normalize_source",
    "source_kind_in_context",
    "source_outlet_of",
]

# --------------------------------------------------------------------------- text normalisation

# Characters that may sit between two words of one multi-word name: spaces (incl. the non-breaking and thin
# spaces French typography puts before ":" or inside numbers), hyphens, apostrophes of every style and "/"
# ("AFC/M23"). Anything else (comma, parenthesis, quote, full stop, newline) ends a name.
_JOINER_CHARS = " \t\u00a0\u202f\u2009\u2007\u2008'’ʼ‘`´-‐‑/"
_JOINER_RE = re.compile(f"[{re.escape(_JOINER_CHARS)}]+")
_WORD_RE = re.compile(r"\w+")
# In data files "." is tolerated inside names that are only ever looked up ("Actualite.cd").
_ALIAS_OK_RE = re.compile(rf"^[\w{re.escape(_JOINER_CHARS)}.]+$")


def fold(text: str, *, keep_case: bool = False) -> str:
    """Accent-, ligature- and (unless ``keep_case``) case-insensitive form of ``text``."""
    stripped = _strip_accents(text)
    return stripped if keep_case else stripped.lower()


@lru_cache(maxsize=65536)
def _strip_accents(text: str) -> str:
    # Cached: articles repeat the same words, and this is the matcher's hot spot.
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")


class _Token(NamedTuple):
    # a named tuple: an article has thousands of these, and a tuple is built several times faster
    start: int
    end: int
    folded: str
    cased: str
    joined: bool  # only joiners separate it from the previous token: a name may run across


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    previous_end: int | None = None
    for match in _WORD_RE.finditer(text):
        start, end = match.span()
        gap = text[previous_end:start] if previous_end is not None else None
        joined = gap is not None and (gap == " " or bool(_JOINER_RE.fullmatch(gap)))
        cased = _strip_accents(match.group())  # fold(word, keep_case=True)
        tokens.append(_Token(start, end, cased.lower(), cased, joined))
        previous_end = end
    return tokens


def _key(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _WORD_RE.findall(text))


def _case_key(text: str) -> tuple[str, ...]:
    return tuple(fold(w, keep_case=True) for w in _WORD_RE.findall(text))


def _is_acronym(alias: str) -> bool:
    # "EI", "ANS", "FDS", "M23": written in capitals in the data, so matched in capitals in the text
    # ("deux ans" is not the Syrian National Army, "us et coutumes" not the US).
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _check_aliases(value: str | None) -> str | None:
    for alias in _split(value):
        if not _ALIAS_OK_RE.match(alias) or not _WORD_RE.search(alias):
            raise ValueError(
                f"alias {alias!r} has characters that end a name in running text "
                "(only letters, digits, spaces, hyphens, apostrophes and '/' may appear)"
            )
    return value


def _check_countries(value: str | None) -> str | None:
    for code in (value or "").split():
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code (two capital letters)")
    return value


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
    "actor", "context", "member", "people", "metonym", "connector", "country_connector", "determiner"
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
        while length < run:
            words = tokens[start:start + length]
            if (tuple(t.folded for t in words) not in self.folded_prefixes
                    and tuple(t.cased for t in words) not in self.cased_prefixes):
                break
            length += 1
        return length

    def get(self, tokens: list[_Token], start: int, length: int) -> list[_Entry]:
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
                    people, metonym, countries, registry, bare, scene, stance, outlets)


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class _Lexeme:
    start: int  # token indices [start, end)
    end: int
    entries: list[_Entry]

    def of(self, kind: str) -> list[_Entry]:
        return [e for e in self.entries if e.type == kind]


def _scan(tokens: list[_Token], trie: _Trie, determiners: frozenset[str] = frozenset()) -> list[_Lexeme]:
    """Dictionary matches over word sequences that only joiners separate; the longest match wins.

    Overlaps are settled by the number of words that are not articles, then by length, then leftmost: in
    "de la coalition internationale" the alias "coalition internationale" beats "la coalition", whose
    article is there only to keep the bare noun from matching.
    """
    candidates: list[_Lexeme] = []
    n = len(tokens)
    for i in range(n):
        if not trie.may_start(tokens[i]):
            continue  # (the key of a single token would be needed too: no key starts with this word)
        run = 1
        while run < trie.longest and i + run < n and tokens[i + run].joined:
            run += 1
        for length in range(trie.reach(tokens, i, run), 0, -1):
            entries = trie.get(tokens, i, length)
            if entries:
                candidates.append(_Lexeme(i, i + length, entries))
                break

    def weight(lx: _Lexeme) -> tuple[int, int, int]:
        content = sum(1 for t in tokens[lx.start:lx.end] if t.folded not in determiners)
        return (-content, -(lx.end - lx.start), lx.start)

    taken = [False] * n
    chosen: list[_Lexeme] = []
    for lx in sorted(candidates, key=weight):
        if not any(taken[lx.start:lx.end]):
            chosen.append(lx)
            for t in range(lx.start, lx.end):
                taken[t] = True
    return sorted(chosen, key=lambda lx: lx.start)


class _Parse:
    """POS and dependency labels of the spaCy tokens under our word tokens (empty without a parse)."""

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc
        self.has_pos = doc is not None and doc.has_annotation("POS")
        self.has_dep = doc is not None and doc.has_annotation("DEP")
        # a parsed Doc (the pipeline's) has its token offsets read once for every stage
        if doc is None:
            self._starts: list[int] = []
        else:
            self._starts = token_columns(doc).idx if self.has_dep and self.has_pos else [t.idx for t in doc]

    def token(self, char: int):
        if self.doc is None or not self._starts:
            return None
        i = bisect.bisect_right(self._starts, char) - 1
        return self.doc[i] if i >= 0 else None

    def pos(self, char: int) -> str | None:
        token = self.token(char) if self.has_pos else None
        return token.pos_ if token is not None else None

    def adjectival(self, char: int) -> bool:
        """An adjective or a participle used as one ("membres présumés de l'ELN")."""
        token = self.token(char) if self.has_pos else None
        if token is None:
            return False
        return token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"))


# Universal Dependencies labels (language-independent): the doer of an active verb, and the "par X" agent.
_AGENT_DEPS = frozenset({"nsubj", "obl:agent"})
# The object or a prepositional complement of a verb or noun: "accuse ANKARA", "sympathie envers DAMAS".
_COMPLEMENT_DEPS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod"})
# Relations inside one name.
_NAME_PARTS = frozenset({"flat", "flat:name", "fixed", "compound"})
# How far a head may be from its demonym or named group: "les avions militaires israéliens",
# "le groupe armé libanais Hezbollah", "des membres présumés de l'ELN".
_MAX_GAP = 3


class _Matcher:
    def __init__(self, text: str, lexicon: _Lexicon, doc: Doc | None) -> None:
        self.text = text
        self.lex = lexicon
        self.parse = _Parse(doc)
        self.tokens = _tokenize(text)
        self.lexemes = _scan(self.tokens, lexicon.actors, lexicon.determiners)
        self.lexeme_at = {lx.start: k for k, lx in enumerate(self.lexemes)}
        self.signal = self._country_signal(doc)

    # -- context for ambiguous aliases ("FDS", "l'occupant", "la coalition")

    def _country_signal(self, doc: Doc | None) -> Counter[str]:
        counts: Counter[str] = Counter()
        for lx in self.lexemes:
            for e in lx.entries:
                if e.country is not None:
                    counts[e.country.iso2] += 1
            named = lx.of("named")
            if len(named) == 1 and named[0].named is not None:
                counts.update(named[0].named.area)
        places = doc._.place_mentions if doc is not None and Doc.has_extension("place_mentions") else None
        for place in places or []:
            country = getattr(getattr(place, "location", None), "country", None)
            if country:
                counts[country] += 2  # a resolved place says more about the theatre than a demonym
        return counts

    def _choose(self, candidates: list[_Named]) -> _Named:
        return max(candidates, key=lambda c: (sum(self.signal[x] for x in c.area), -c.order))

    # -- helpers over tokens

    def _noun_ok(self, lx: _Lexeme, head: _Head) -> bool:
        if not head.noun_only:
            return True
        if not self.parse.has_pos:
            # No tagger: a determiner or a number right before it is the evidence ("des civils", "14 civils",
            # not "des bâtiments civils", "un convoi militaire").
            previous = self.tokens[lx.start - 1] if lx.start > 0 else None
            return previous is not None and (previous.folded in self.lex.determiners or previous.folded.isdigit())
        token = self.parse.token(self.tokens[lx.start].start)
        if token is None or token.pos_ in ("NOUN", "PROPN"):
            return True
        # The tagger often calls a noun an adjective after a number ("14 civils burkinabè"); a determiner or a
        # number right before it settles it, while a noun before it makes it an adjective ("bâtiments civils").
        previous = token.doc[token.i - 1] if token.i > 0 else None
        return previous is not None and previous.pos_ in ("DET", "NUM")

    def _follow(self, k: int, want: str, *, connectors: bool, adjectives: bool, demonyms: bool) -> int | None:
        """Index of the lexeme of type ``want`` reached from lexeme k over a short gap of allowed words."""
        t = self.lexemes[k].end
        skipped = 0
        while t < len(self.tokens) and skipped <= _MAX_GAP:
            if not self.tokens[t].joined:
                return None
            j = self.lexeme_at.get(t)
            if j is not None:
                lx = self.lexemes[j]
                if lx.of(want):
                    return j
                if demonyms and lx.of("demonym"):
                    t, skipped = lx.end, skipped + 1
                    continue
                if adjectives and self.parse.adjectival(self.tokens[t].start):
                    t, skipped = lx.end, skipped + 1
                    continue
                return None
            token = self.tokens[t]
            if connectors and token.folded in self.lex.connectors:
                t, skipped = t + 1, skipped + 1
                continue
            if adjectives and self.parse.adjectival(token.start):
                t, skipped = t + 1, skipped + 1
                continue
            return None
        return None

    def _mention(self, start_tok: int, end_tok: int, normalized: str, kind: str) -> ActorMention:
        start, end = self.tokens[start_tok].start, self.tokens[end_tok - 1].end
        written = self.text[start:end]
        known = self.lex.registry.get(normalized)
        # A generated "Military Forces of the United States" takes the kind curated for that actor.
        kind = known[0] if known else kind
        return ActorMention(start=start, end=end, text=written,
                            actor=Actor(name=written, normalized=normalized, kind=kind))

    def _named_mention(self, start_tok: int, lx: _Lexeme) -> ActorMention:
        named = self._choose([e.named for e in lx.of("named") if e.named is not None])
        return self._mention(start_tok, lx.end, named.normalized, named.kind)

    # -- the composition rules, in priority order

    def run(self) -> list[ActorMention]:
        found: list[ActorMention] = []
        k = 0
        while k < len(self.lexemes):
            lx = self.lexemes[k]
            mention, next_k = self._at(k, lx)
            if mention is not None:
                found.append(mention)
            k = next_k
        return sorted(found, key=lambda m: (m.start, -m.end))

    def _at(self, k: int, lx: _Lexeme) -> tuple[ActorMention | None, int]:
        heads = [e.head for e in lx.of("head") if e.head is not None]
        # 1. "combattants du Hezbollah", "rebelles houthis": the named group, spanning from the member noun.
        if any(h.role == "member" for h in heads):
            j = self._follow(k, "named", connectors=True, adjectives=True, demonyms=True)
            if j is not None:
                return self._named_mention(lx.start, self.lexemes[j]), j + 1
        # 2. "l'armée américaine", "des civils syriens", "la police du Nigeria"; "frappe israélienne".
        for head in heads:
            if head.role not in ("actor", "context") or not head.template or not self._noun_ok(lx, head):
                continue
            j = self._follow(k, "demonym", connectors=False, adjectives=True, demonyms=False)
            if j is None and head.role == "actor":
                j = self._follow(k, "country", connectors=True, adjectives=False, demonyms=False)
                link = tuple(t.folded for t in self.tokens[lx.end:self.lexemes[j].start]) if j is not None else ()
                if link not in self.lex.country_connectors:
                    j = None  # "l'armée du Mali", not "armée Israël" nor "les troupes de Syrie" (from Syria)
            if j is not None:
                target = self.lexemes[j]
                country = next(e.country for e in target.entries if e.country is not None)
                start = lx.start if head.role == "actor" else target.start
                return self._mention(start, target.end, country.fill(head.template), head.kind or ""), j + 1
        # 3. A named actor: "Tsahal", "le JNIM", "des hommes armés non identifiés".
        if lx.of("named"):
            return self._named_mention(lx.start, lx), k + 1
        # 4. A generic actor without a country: "la police", "des civils".
        for head in heads:
            if head.role == "actor" and head.bare and self._noun_ok(lx, head):
                return self._mention(lx.start, lx.end, head.bare, head.kind or ""), k + 1
        # 5. A people noun: "un Palestinien", "trois Afghans".
        people = lx.of("people")
        if people and self.lex.people_template and self.lex.people_template.template:
            country = people[0].country
            assert country is not None
            template = self.lex.people_template
            return self._mention(lx.start, lx.end, country.fill(template.template or ""), template.kind or ""), k + 1
        # 6. A country or capital standing for its state: the doer of a verb ("Israël a frappé", "Ankara a
        #    bombardé", "Moscou n'a pas commenté"), or the one blamed, backed or pressed ("Damas accuse Ankara").
        country_entries = lx.of("country")
        if country_entries and self._stands_for_state(lx) and self.lex.metonym_template:
            country = country_entries[0].country
            assert country is not None
            template = self.lex.metonym_template
            return self._mention(lx.start, lx.end, country.fill(template.template or ""), template.kind or ""), k + 1
        return None, k + 1

    def _stands_for_state(self, lx: _Lexeme) -> bool:
        """The subject or agent of a verb that does not make it a scene ("Kinshasa a connu une journée de
        violences" is a place), or the complement of a word of stance (metonyms.tsv)."""
        if not self.parse.has_dep:
            return False
        token = self.parse.token(self.tokens[lx.start].start)
        if token is None:
            return False
        # the head word of a multi-word name ("République démocratique du Congo")
        for _ in range(4):
            if token.dep_ not in _NAME_PARTS or token.head.i == token.i:
                break
            token = token.head
        head = token.head
        governing = {fold(head.lemma_), fold(head.text)}
        if token.dep_ in _AGENT_DEPS and head.pos_ in ("VERB", "AUX"):
            return not governing & self.lex.scene_words
        if token.dep_ in _COMPLEMENT_DEPS and head.i != token.i and governing & self.lex.stance_words:
            return True
        # the parser often loses a preposition ("la sympathie envers Damas"): a word of stance right before
        # the name, or before its preposition, governs it
        doc = token.doc
        first = self.parse.token(self.tokens[lx.start].start)
        before = [doc[i] for i in range(max(0, first.i - 2), first.i)] if first is not None else []
        return any({fold(t.lemma_), fold(t.text)} & self.lex.stance_words for t in before) and token.dep_ not in _AGENT_DEPS


def find_actors(doc_or_text: Doc | str, lang: str = "fr") -> list[ActorMention]:
    """Actor mentions in a spaCy ``Doc`` or a plain string, sorted by start, spans into the exact text.

    With a parsed ``Doc`` the parse filters heads that are really adjectives ("bâtiments civils") and
    allows country-name metonyms in subject or agent position; resolved places (``doc._.place_mentions``)
    help choose between actors that share an alias. A plain string gets neither.
    """
    lexicon = get_lexicon(lang)
    if isinstance(doc_or_text, Doc):
        return _Matcher(doc_text(doc_or_text), lexicon, doc_or_text).run()
    return _Matcher(doc_or_text, lexicon, None).run()


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


# --------------------------------------------------------------------------- localisation


def actor_home(normalized: str, lang: str = "fr") -> frozenset[str]:
    """ISO codes of the countries where ``normalized`` is the state's own force (empty if none or unknown)."""
    known = get_lexicon(lang).registry.get(normalized)
    return known[1] if known else frozenset()


def localize_actor(actor: Actor, country: str | None, lang: str = "fr") -> Actor:
    """The actor as coded for an event in ``country`` (ISO 3166-1 alpha-2).

    - A bare generic actor gets the country: ``Military Forces`` -> ``Military Forces of Mali``,
      ``Civilians`` -> ``Civilians (Mali)``.
    - A state's forces get ``state_forces`` in their home country and ``external`` elsewhere
      (the US army in Iraq, Israel's in Lebanon, Russia's in Ukraine).

    Anything else, or an unknown country, is returned unchanged.
    """
    if not country or actor.normalized is None:
        return actor
    lexicon = get_lexicon(lang)
    normalized, kind = actor.normalized, actor.kind
    head = lexicon.bare.get(normalized)
    place = lexicon.countries.get(country.upper())
    if head is not None and head.template and place is not None:
        normalized = place.fill(head.template)
        kind = head.kind or kind  # type: ignore[assignment]
    known = lexicon.registry.get(normalized)
    if known is not None:
        base_kind, home = known
        if home and base_kind in ("state_forces", "external"):
            kind = "state_forces" if country.upper() in home else "external"
    if normalized == actor.normalized and kind == actor.kind:
        return actor
    return actor.model_copy(update={"normalized": normalized, "kind": kind})


# --------------------------------------------------------------------------- sources

_ACTOR_SOURCE_KIND: dict[str, SourceKind] = {
    # An actor quoted as a source: a state's forces speak officially, a group through its own channels.
    "state_forces": "official",
    "external": "official",
    "rebels": "armed_group",
    "militia": "armed_group",
    "unidentified": "armed_group",
}


def _strip_determiners(tokens: list[_Token], determiners: frozenset[str]) -> list[_Token]:
    i = 0
    while i < len(tokens) - 1 and tokens[i].folded in determiners:
        i += 1
    return tokens[i:]


def _source_match(tokens: list[_Token], trie: _Trie, *, whole: bool) -> _Named | None:
    """The whole phrase as one source name, or else the best source name inside it.

    Inside, a specific name beats a generic description ("l'agence de presse iranienne Tasnim" -> Tasnim),
    then the earliest, then the longest ("un habitant de Kidal" -> Residents).
    """
    n = len(tokens)
    if whole:
        entries = trie.get(tokens, 0, n)
        return entries[0].named if entries else None
    best: tuple[tuple[int, int, int], _Named] | None = None
    for i in range(n):
        for length in range(min(trie.longest, n - i), 0, -1):
            entries = trie.get(tokens, i, length)
            if entries and entries[0].named is not None:
                rank = (entries[0].named.order, i, -length)
                if best is None or rank < best[0]:
                    best = (rank, entries[0].named)
                break
    return best[1] if best else None


def normalize_source(text: str, lang: str = "fr") -> Source | None:
    """Canonical name and kind of a source phrase, or None when nothing in it is known.

    "SANA", "Sana", "l'agence Sana" -> ``Source(name="SANA", kind="media")``;
    "une source sécuritaire" -> ``Security source``/anonymous; "le ministère de la Santé" -> official;
    "le Hezbollah" -> ``Hezbollah``/armed_group; "l'armée indienne" -> ``Military Forces of India``/official.
    Tried in order: the whole phrase, an actor the phrase starts with, a source name inside it (a specific
    name before a generic description, then the earliest: "BBC Burmese", "un habitant de Pissila"), then
    any actor inside it.
    """
    lexicon = get_lexicon(lang)
    tokens = _strip_determiners(_tokenize(text), lexicon.determiners)
    if not tokens:
        return None
    whole = _source_match(tokens, lexicon.sources, whole=True)
    if whole is not None:
        return Source(name=whole.normalized, kind=lexicon.source_names[whole.normalized])
    # a country or capital alone speaks for its state: "Damas accuse ...", "selon Washington"
    country = next((e.country for e in lexicon.actors.get(tokens, 0, len(tokens)) if e.type == "country"), None)
    if country is not None:
        return Source(name=country.name, kind="official")
    rest = text[tokens[0].start:]
    actors = [m for m in _Matcher(rest, lexicon, None).run() if m.actor.kind in _ACTOR_SOURCE_KIND]
    if actors and actors[0].start == 0:
        return Source(name=actors[0].actor.normalized or actors[0].text, kind=_ACTOR_SOURCE_KIND[actors[0].actor.kind])
    found = _source_match(tokens, lexicon.sources, whole=False)
    if found is not None and found.order == 1 and actors:
        # a role speaks for whom it serves: "le porte-parole des opérations militaires des shebab",
        # "Yahya Saree, porte-parole des Houthis" (armed_group); "le porte-parole de l'armée malienne" (official)
        return Source(name=actors[0].actor.normalized or actors[0].text, kind=_ACTOR_SOURCE_KIND[actors[0].actor.kind])
    if found is not None:
        return Source(name=found.normalized, kind=lexicon.source_names[found.normalized])
    if actors:
        return Source(name=actors[0].actor.normalized or actors[0].text, kind=_ACTOR_SOURCE_KIND[actors[0].actor.kind])
    return None


def source_outlet_of(name: str, lang: str = "fr") -> str | None:
    """The normalised actor whose own channel the source is ("al-Manar" -> ``Hezbollah``), or None."""
    source = normalize_source(name, lang)
    return get_lexicon(lang).outlets.get(source.name) if source is not None else None


def lookup_source_kind(name: str, lang: str = "fr") -> SourceKind | None:
    """Kind of a source (``media``, ``official``, ``anonymous``, ``armed_group``, ``social_media``), or None."""
    source = normalize_source(name, lang)
    return source.kind if source is not None else None


# A role written beside a person's name ends at these: a sentence, a quotation or a line ends a phrase.
_PHRASE_END = re.compile(r"[.;:!?«»\"“”\n]")
# Words that open the noun phrase of a role ("LE gouverneur de la province", "UN infirmier").
_ROLE_OPENERS = frozenset({"le", "la", "l", "les", "un", "une", "du", "des", "son", "sa", "ses", "leur", "leurs", "ce",
                           "cet", "cette", "notre", "nos"})
# After a name, a comma or parenthesis followed by these is no role in apposition ("X, selon l'AFP").
_NOT_APPOSITION = frozenset({"selon", "d", "apres", "a", "ont", "avait", "avaient", "qui", "que", "dont", "interroge",
                             "interrogee", "cite", "citee", "citant", "dans", "sur", "lors", "mais", "et"})


def source_kind_in_context(text: str, start: int, end: int, lang: str = "fr") -> SourceKind | None:
    """Kind of the source written at ``text[start:end]``: from its own words, else from the role written
    beside it, as a person's name gets its kind from the text around it: "le porte-parole des shebab, X"
    (armed_group), "le gouverneur de la province, Y" (official), "Z, porte-parole de l'armée" (official).
    """
    own = lookup_source_kind(text[start:end], lang)
    if own is not None:
        return own
    # the role before the name, within its clause: the shortest phrase opened by a determiner that names one
    # the role after the name, in apposition, says what the person is: "X, porte-parole des Houthis," /
    # "X (chef de la milice)" (it wins over a title before the name: "le colonel X, porte-parole du M23")
    stripped = text[end:end + 160].lstrip(" \u00a0")
    if stripped[:1] in (",", "("):
        role = re.split(r"[,.;:)\n«»\"]", stripped[1:], maxsplit=1)[0]
        words = _tokenize(role)
        if words and words[0].folded not in _NOT_APPOSITION:
            kind = lookup_source_kind(role, lang)
            if kind is not None:
                return kind
    # the role before the name, within its phrase: the shortest run opened by a determiner that names one
    # ("le gouverneur de la province, Y", "le président américain Z", "notre correspondant à Niamey, W")
    before = _PHRASE_END.split(text[max(0, start - 160):start])[-1].rstrip(" ,\u00a0\u202f").split(",")[-1]
    tokens = _tokenize(before)
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k].folded in _ROLE_OPENERS:
            kind = lookup_source_kind(before[tokens[k].start:], lang)
            if kind is not None:
                return kind
    return None

"""Folding place names so that French, English and transliterated spellings meet.

The rules themselves live in ``sentinelle/lang/<lang>/places_spelling.yaml``;
this module only applies them. Two keys are produced for a name:

* the *name key*: lowercase, accent-free, articles dropped, spelling folded
  ("al-Diwaniyah", "Diwaniyeh" and "ad-Dīwānīyah" all give ``"diwania"``);
* the *skeleton*: the name key without its inner vowels, a looser second tier
  ("Hassaké" and "Al-Hasakah" both give ``"hsk"``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from pydantic import BaseModel, ConfigDict, Field

from sentinelle.lang import lang_path, load_yaml


class SpellingRules(BaseModel):
    """Schema of ``places_spelling.yaml``."""

    model_config = ConfigDict(extra="forbid")

    drop_chars: str = ""
    char_map: dict[str, str] = Field(default_factory=dict)
    separators: str = "-"
    articles: list[str] = Field(default_factory=list)
    glued_article: str | None = None
    rewrites: list[tuple[str, str]] = Field(default_factory=list)
    skeleton_vowels: str = "aeiouy"
    admin1_generic: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class _Compiled:
    translate: dict[int, str]
    articles: frozenset[str]
    glued: re.Pattern[str] | None
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    vowels: frozenset[str]


@cache
def _rules(lang: str) -> _Compiled:
    rules = load_yaml(lang_path(lang, "places_spelling.yaml"), SpellingRules)
    table: dict[int, str] = {ord(c): "" for c in rules.drop_chars}
    table.update({ord(c): " " for c in rules.separators})
    table.update({ord(k): v for k, v in rules.char_map.items()})
    return _Compiled(
        translate=table,
        articles=frozenset(rules.articles),
        glued=re.compile(rules.glued_article) if rules.glued_article else None,
        rewrites=tuple((re.compile(p), r) for p, r in rules.rewrites),
        vowels=frozenset(rules.skeleton_vowels),
    )


_NON_ALNUM = re.compile(r"[^a-z0-9 ]")


# The folding functions are pure (the rules are read once per process) and the stages fold the same
# names and words again and again (every candidate, cue window and gazetteer hit): they are memoised.
@lru_cache(maxsize=1 << 16)
def fold(text: str, lang: str = "fr") -> str:
    """Lowercase ASCII form with separators as single spaces (no spelling rules)."""
    rules = _rules(lang)
    text = text.lower().translate(rules.translate)
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_NON_ALNUM.sub(" ", text).split())


@lru_cache(maxsize=1 << 18)
def _fold_token_cached(token: str, lang: str) -> str:
    for pattern, repl in _rules(lang).rewrites:
        token = pattern.sub(repl, token)
    return token


def tokens_key(tokens: list[str], lang: str = "fr") -> str:
    """Name key of already folded tokens (articles dropped, spelling rules applied)."""
    kept = [t for t in tokens if t not in _rules(lang).articles] or tokens
    return " ".join(_fold_token_cached(t, lang) for t in kept)


@lru_cache(maxsize=1 << 16)
def name_key(name: str, lang: str = "fr") -> str:
    """The first-tier comparison key of a place name ("" when nothing is left)."""
    return tokens_key(fold(name, lang).split(), lang)


def skeleton(key: str, lang: str = "fr") -> str:
    """Second-tier key: each word of a name key reduced to its first letter and consonants."""
    vowels = _rules(lang).vowels
    return " ".join(w[0] + "".join(c for c in w[1:] if c not in vowels) for w in key.split() if w)


def query_keys(name: str, lang: str = "fr") -> list[str]:
    """Name keys to look up for a name as written in a text, best first.

    Besides the plain key, a variant splits an article glued to the following
    word ("Deir Ezzor" -> "deir zor") and another joins the words ("Pétion-Ville"
    -> "petionvile", as in "Pétionville").
    """
    return list(_query_keys(name, lang))


@lru_cache(maxsize=1 << 16)
def _query_keys(name: str, lang: str) -> tuple[str, ...]:
    rules = _rules(lang)
    tokens = fold(name, lang).split()
    keys = [tokens_key(tokens, lang)]
    if rules.glued is not None:
        unglued = [rules.glued.sub("", t) for t in tokens]
        if unglued != tokens:
            keys.append(tokens_key(unglued, lang))
    if len(keys[0].split()) > 1:
        keys.append(tokens_key(["".join(t for t in tokens if t not in rules.articles)], lang))  # Pétion-Ville
    return tuple(k for i, k in enumerate(keys) if k and k not in keys[:i])


@lru_cache(maxsize=1 << 16)
def plain_key(name: str, lang: str = "fr") -> str:
    """Folded name without articles but without spelling rules: equal keys mean the same spelling."""
    tokens = fold(name, lang).split()
    return " ".join(t for t in tokens if t not in _rules(lang).articles) or " ".join(tokens)


def without_generic(name: str, lang: str = "fr") -> str:
    """A division's name without a trailing generic word ("Cabo Delgado Province" -> "Cabo Delgado")."""
    generic = set(_rules_raw(lang).admin1_generic)
    words = name.split()
    while len(words) > 1 and fold(words[-1], lang) in generic:
        words.pop()
    return " ".join(words)


@cache
def _rules_raw(lang: str) -> SpellingRules:
    return load_yaml(lang_path(lang, "places_spelling.yaml"), SpellingRules)

"""The data of the relevance gate's second check: ``lang/<iso>/relevance.yaml``, read with the files it
points to (``triggers.yaml``, ``casualties.yaml``, ``weapons.yaml``, ``actor_heads.tsv``, ``actors.tsv``),
validated and compiled once per language. See :mod:`sentinelle.relevance` and docs/relevance.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from sentinelle.errors import DataFileError
from sentinelle.events.lexicon import get_lexicon, keys, word_key
from sentinelle.events.matching import PhraseIndex
from sentinelle.lang import lang_path, load_tsv, load_yaml


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Strong(_Schema):
    triggers: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)


class _ContextWords(_Schema):
    casualties: list[str] = Field(default_factory=list)
    actor_heads: list[str] = Field(default_factory=list)
    named_actors: bool = False
    weapons: bool = False
    crowd_words: bool = False
    words: list[str] = Field(default_factory=list)


class _ContextFor(_ContextWords):
    triggers: list[str]


class RelevanceFile(_Schema):
    """``relevance.yaml``: what makes a trigger word count (see the file's header)."""

    window: int = Field(default=1, ge=0, le=5)
    strong: _Strong = _Strong()
    context: _ContextWords = _ContextWords()
    context_for: list[_ContextFor] = Field(default_factory=list)
    not_context: list[str] = Field(default_factory=list)


class _HeadRow(BaseModel):
    """The columns of ``actor_heads.tsv`` the gate reads."""

    model_config = ConfigDict(extra="ignore")
    forms: str | None = None
    bare: str | None = None


class _ActorRow(BaseModel):
    """The columns of ``actors.tsv`` the gate reads."""

    model_config = ConfigDict(extra="ignore")
    kind: str
    aliases: str | None = None
    case_aliases: str | None = None


@dataclass(frozen=True)
class ContextLanguage:
    """The second check's words of one language, compiled (see ``relevance.yaml``)."""

    window: int
    strong: PhraseIndex  # strong trigger words and phrases
    triggers: PhraseIndex  # every trigger word and phrase, payload: the ids of its entries
    pairs: tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]  # dep patterns: head, child, ids
    pair_keys: frozenset[str]  # every key of their heads and children
    cues: PhraseIndex  # context words that confirm any trigger
    cues_for: PhraseIndex  # context words that confirm some triggers, payload: their ids
    exact: frozenset[str]  # acronyms of named actors, matched on the token's own text
    place_ids: frozenset[str]  # triggers that need a place name right after them ("la chute de Kidal")


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@lru_cache(maxsize=8)
def context_language(lang: str) -> ContextLanguage:
    """The second check's words, from ``relevance.yaml`` and the files it points to."""
    path = lang_path(lang, "relevance.yaml")
    spec = load_yaml(path, RelevanceFile)
    lex = get_lexicon(lang)
    entries = {e.id: e for e in lex.triggers.triggers}

    def known_ids(ids: Iterable[str], where: str) -> frozenset[str]:
        unknown = sorted(set(ids) - set(entries))
        if unknown:
            raise DataFileError(f"{path}: {where}: unknown trigger id(s) {unknown} (ids of triggers.yaml)")
        return frozenset(ids)

    strong = PhraseIndex()
    for trigger_id in known_ids(spec.strong.triggers, "strong.triggers"):
        strong.add_words([*entries[trigger_id].lemmas, *entries[trigger_id].phrases], "strong")
    strong.add_words(spec.strong.words, "strong")

    triggers = PhraseIndex()
    ids_of: dict[str, set[str]] = {}
    pairs: list[tuple[frozenset[str], frozenset[str], frozenset[str]]] = []
    for e in lex.triggers.triggers:
        for item in [*e.lemmas, *e.phrases]:
            ids_of.setdefault(item, set()).add(e.id)
        pairs.extend((keys(p.head), keys(p.child), frozenset({e.id})) for p in e.dep)
    for item, ids in ids_of.items():
        triggers.add(item, frozenset(ids))

    heads = load_tsv(lang_path(lang, "actor_heads.tsv"), _HeadRow)
    actors = load_tsv(lang_path(lang, "actors.tsv"), _ActorRow)
    dropped = {" ".join(word_key(w) for w in item.split()) for item in spec.not_context}
    exact: set[str] = set()

    def words_of(group: _ContextWords, where: str) -> list[str]:
        """The words a context group names, read from the files it points to."""
        out: list[str] = []
        cas = lex.casualties.model_dump()
        for name in group.casualties:
            if not isinstance(cas.get(name), list):
                raise DataFileError(f"{path}: {where}.casualties: {name!r} is no word list of casualties.yaml")
            out.extend(cas[name])
        missing = sorted(set(group.actor_heads) - {row.bare for row in heads})
        if missing:
            raise DataFileError(f"{path}: {where}.actor_heads: {missing} is no `bare` name of actor_heads.tsv")
        out.extend(f for row in heads if row.bare in group.actor_heads for f in _split(row.forms))
        if group.named_actors:
            for actor in actors:
                if actor.kind != "civilians":
                    out.extend(a for a in _split(actor.aliases) if not _is_acronym(a))
                    # acronyms only in capitals, on the token's own text ("deux ans" is not the ANS)
                    exact.update(a for a in _split(actor.aliases) if _is_acronym(a))
                    exact.update(_split(actor.case_aliases))
        if group.weapons:
            out.extend(p for w in lex.weapons.weapons if w.weapon is not None for p in w.phrases)
        if group.crowd_words:
            out.extend(lex.triggers.crowd_words)
        out.extend(group.words)
        return [w for w in out if " ".join(word_key(x) for x in w.split()) not in dropped]

    cues = PhraseIndex()
    cues.add_words(words_of(spec.context, "context"), "cue")
    cues_for = PhraseIndex()
    for n, group in enumerate(spec.context_for):
        where = f"context_for.{n}"
        cues_for.add_words(words_of(group, where), known_ids(group.triggers, f"{where}.triggers"))
    place_ids = frozenset(e.id for e in lex.triggers.triggers if e.requires == "place")
    pair_keys = frozenset(k for head, child, _ in pairs for k in head | child)
    return ContextLanguage(spec.window, strong, triggers, tuple(pairs), pair_keys, cues, cues_for, frozenset(exact),
                    place_ids)

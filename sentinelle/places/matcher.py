"""Finding candidate place names in a text, independently of the NER.

A candidate is a run of up to ``MAX_TOKENS`` tokens that starts with a
capitalised word (or an Arabic article glued to one: "al-Tanf"), ends with a
capitalised word, and may contain particles in between ("Deir ez-Zor",
"Port-au-Prince", "Khan Younès"). Every candidate whose folded name is in the
gazetteer is kept; overlaps are settled later, by the resolver.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from sentinelle.extensions import doc_text, token_columns
from sentinelle.places.data import load_cues
from sentinelle.places.normalize import query_keys

MAX_TOKENS = 6
# Lowercase words allowed inside a multi-word name.
# (the Arabic article in its sun-letter forms, hyphened to the next word: "Aita ech-Chaab", "Meiss ej-Jabal")
_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "al", "el", "ez", "es", "ed", "ad", "as", "ach",
                        "ash", "an", "ar", "at", "az", "et", "ech", "ej", "er", "esh", "eth", "edh", "ath", "adh",
                        "au", "aux", "sur", "en", "y", "bin", "ben", "bou", "abu",
                        "abou", "da", "do", "dos", "das", "del", "di", "-", "'", "’", "‑",
                        # lower-case words inside country names ("République démocratique du Congo")
                        "démocratique", "centrafricaine", "populaire", "islamique", "arabe", "fédérale",
                        "dominicaine", "unis", "unies", "unie",
                        # the elided "de" the tokenizer keeps with its apostrophe ("Côte d'Ivoire")
                        "d'", "d’"})
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ad|ach|ash|an|ar|at|az|ez|ed|es|ech|ej|esh)[-‑’' ]\w", re.IGNORECASE)
_TRAILING_ARTICLES = frozenset({"al", "el", "le", "la", "les", "l", "ad", "an", "ar", "as", "at", "az", "ech", "ash"})
_ELIDED = frozenset({"l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"})
_BREAK = frozenset(",;:.!?()[]«»\"“”…/")


@dataclass(frozen=True)
class Candidate:
    """A token run that may name a place, with the keys to look it up."""

    start: int  # character offsets in the original text
    end: int
    token_start: int
    token_end: int
    text: str
    keys: tuple[str, ...]


# Prepositions capitalised at the start of a sentence ("À Kaya, ...") open no name: "À Kaya" is not a
# place called "Akaya".
_LEADING_PREPOSITIONS = frozenset({"À", "A", "Au", "Aux", "En", "Dans", "Depuis", "Vers", "Près", "Selon", "Après",
                                   "Avant", "Pour", "Par", "Sur", "Sous", "Chez", "Entre", "Contre", "Avec", "Dès"})


@lru_cache(maxsize=8)
def _name_adjectives(lang: str) -> frozenset[str]:
    """Lower-case direction adjectives that may end a name ("le Darfour occidental"): ``places_cues.yaml``."""
    return frozenset(w.lower() for w in load_cues(lang).name_adjectives)


# (every match of _ARTICLE_PREFIX starts with one of these: the regular expression is tried only then)
_ARTICLE_FIRST = frozenset("aAeE")


@lru_cache(maxsize=1 << 16)  # asked of every word of every article: the same words come back
def _starts_name(text: str) -> bool:
    if text in _LEADING_PREPOSITIONS:
        return False
    return (text[:1].isupper() and (text.isalpha() or any(c.isalpha() for c in text))) or (
        text[:1] in _ARTICLE_FIRST and bool(_ARTICLE_PREFIX.match(text)))


@lru_cache(maxsize=1 << 16)
def _ends_name(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or (text[:1] in _ARTICLE_FIRST and bool(_ARTICLE_PREFIX.match(text)))


def find_candidates(doc: Doc, lang: str = "fr") -> list[Candidate]:
    """All token runs that could be place names, with their lookup keys."""
    out: list[Candidate] = []
    cols = token_columns(doc)
    texts, ws = cols.text, cols.ws
    text_of_doc = doc_text(doc)
    n = len(texts)
    adjectives = _name_adjectives(lang)
    for i in range(n):
        if not _starts_name(texts[i]):
            continue
        for j in range(i, min(n, i + MAX_TOKENS)):
            t = texts[j]
            # "le Darfour occidental": a direction adjective ends the name it follows (the whole is kept only
            # if the gazetteer holds it, as any candidate)
            if j > i and cols.lower[j] in adjectives and _ends_name(texts[j - 1]):
                start, end = cols.idx[i], cols.idx[j] + len(t)
                keys = tuple(query_keys(text_of_doc[start:end], lang))
                if keys:
                    out.append(Candidate(start, end, i, j + 1, text_of_doc[start:end], keys))
                break
            # (a run of spaces inside a name is sloppy typing or an unwrapped line: "du  Congo")
            if t in _BREAK or (j > i and cols.is_space[j] and "\n" in t) or "\n" in ws[j]:
                break
            # "Muray’iya": the tokenizer cuts a name after an inner apostrophe
            # (not after an elided article or preposition: "L'armée", "D'autres" are no names)
            glued = j > i and texts[j - 1].endswith(("'", "’")) and not ws[j - 1] and cols.is_alpha[j] \
                and texts[j - 1][:-1].lower() not in _ELIDED
            if j > i and not (_ends_name(t) or cols.lower[j] in _PARTICLES or t.startswith(("'", "’")) or glued
                              or cols.is_space[j]):
                break
            if not (_ends_name(t) or glued) or not (t.isalpha() or any(c.isalpha() for c in t)):
                continue
            if j > i and cols.lower[j] in _TRAILING_ARTICLES:
                continue  # "Al-Tanf et Al-Malikiyah": a name does not end on the article of the next one
            start, end = cols.idx[i], cols.idx[j] + len(t)
            text = text_of_doc[start:end]
            keys = tuple(query_keys(text, lang))
            if keys:
                out.append(Candidate(start, end, i, j + 1, text, keys))
    return out

"""Text normalisation shared by the actor and source matchers: folding, word tokens, alias checks."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

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


# A word and the non-word characters before it: the text is an alternation of the two, so ``findall`` gives
# every word with its gap, and the offsets are added up (no match object per word).
_GAP_AND_WORD_RE = re.compile(r"(\W*)(\w+)")
# a word's (folded, cased) forms, shared across texts: most words of an article were met before
_FORMS: dict[str, tuple[str, str]] = {}


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    forms = _FORMS
    if len(forms) > 200_000:  # bounded: a long-running feed meets new words without end
        forms.clear()
    pos = 0
    first = True
    append, new, joiner = tokens.append, tuple.__new__, _JOINER_RE.fullmatch
    for gap, word in _GAP_AND_WORD_RE.findall(text):
        start = pos + len(gap)
        pos = start + len(word)
        if first:  # nothing before the first word joins it to a previous one
            joined = first = False
        else:
            joined = gap == " " or bool(joiner(gap))
        pair = forms.get(word)
        if pair is None:
            cased = _strip_accents(word)  # fold(word, keep_case=True)
            pair = forms[word] = (cased.lower(), cased)
        # (made without the named tuple's Python-level __new__: one per word of the article)
        append(new(_Token, (start, pos, pair[0], pair[1], joined)))
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

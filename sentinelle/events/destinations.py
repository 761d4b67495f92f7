"""Where victims were taken is not where the incident happened.

"Neuf morts ont été recensés. Les blessés sont pris en charge à l'hôpital universitaire de X",
"les corps ont été transportés à la morgue de Y": X and Y are destinations, not the scene. A
place is such a destination when it names a care site (``care_sites`` of
``lang/<iso>/places_cues.yaml``) that a verb of taking or caring governs (``care_verbs``). A
strike on a hospital ("une frappe a touché l'hôpital de X") has no such verb: X stays its place.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from sentinelle.events.lexicon import phrase_words, word_key
from sentinelle.places.data import load_cues

_UP = 4  # head steps from the place to its care site, then from the site to its verb


@cache
def _care_words(lang: str) -> tuple[dict[str, list[tuple[str, ...]]], frozenset[str], dict[str, str]]:
    """The care sites by head word (each with its whole phrase: "centre de santé" is no mere "centre"),
    the care verbs, and the verbs that count only with their noun ("prendre en charge": prendre -> charge)."""
    cues = load_cues(lang)
    sites: dict[str, list[tuple[str, ...]]] = {}
    for phrase in cues.care_sites:
        words = tuple(word_key(w) for w in phrase_words(phrase))
        sites.setdefault(words[0], []).append(words)
    verbs, with_noun = set(), {}
    for v in cues.care_verbs:
        words = phrase_words(v)
        if len(words) > 1:
            with_noun[word_key(words[0])] = word_key(words[-1])
        else:
            verbs.add(word_key(words[0]))
    return sites, frozenset(verbs), with_noun


def _is_site(token: Token, sites: dict[str, list[tuple[str, ...]]]) -> bool:
    doc = token.doc
    for words in sites.get(_key(token), []):
        following = tuple(word_key(t.text) for t in doc[token.i + 1 : token.i + len(words)])
        if following == words[1:]:
            return True
    return False


def _key(token: Token) -> str:
    return word_key(token.lemma_ or token.text)


def taken_to_care(span: Span, lang: str) -> bool:
    """The place ``span`` names a care site that victims were taken to ("évacués vers l'hôpital de X")."""
    sites, verbs, with_noun = _care_words(lang)
    if not sites:
        return False
    token = span.root
    site = None
    for _ in range(_UP):
        if token.head is token:
            return False
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and _is_site(token, sites):
            site = token
            break
        if token.pos_ in ("VERB", "AUX"):
            return False
    if site is None:
        return False
    token = site
    for _ in range(_UP):
        if token.head is token:
            return False
        token = token.head
        if token.pos_ in ("VERB", "ADJ") or token.tag_ == "VERB":
            key = _key(token)
            if key in verbs:
                return True
            # "pris en charge à l'hôpital de X"
            return key in with_noun and any(_key(c) == with_noun[key] for c in token.children)
    return False

"""Where victims were taken, or where people fled, is not where the incident happened.

"Neuf morts ont été recensés. Les blessés sont pris en charge à l'hôpital universitaire de X",
"les corps ont été transportés à la morgue de Y": X and Y are destinations, not the scene. A
place is such a destination when it names a care site (``care_sites`` of
``lang/<iso>/places_cues.yaml``) that a verb of taking or caring governs (``care_verbs``). A
strike on a hospital ("une frappe a touché l'hôpital de X") has no such verb: X stays its place.
Nor is a place people fled to ("un cultivateur qui a fui vers X", "se sont réfugiés à Y": ``flight_verbs``
with a word of ``flight_directions`` before the place, or ``refuge_verbs``), nor where one who tells the incident is
now ("raconte-t-elle, assise dans une école de X": ``whereabouts_verbs``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from sentinelle.events.lexicon import phrase_words, word_key
from sentinelle.events.parse_tree import INVERTED_CLITIC
from sentinelle.extensions import morph_get
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
    verb = _verb_above(site, ("VERB", "ADJ"))
    if verb is None:
        return False
    # ("pris en charge à l'hôpital de X": a verb that counts with its noun)
    return _key(verb) in verbs or _with_its_noun(verb, with_noun)


def _verb_above(token: Token, pos: tuple[str, ...]) -> Token | None:
    """The first word above ``token``, within a few steps, that is a verb (by ``pos`` or by its tag)."""
    for _ in range(_UP):
        if token.head is token:
            return None
        token = token.head
        if token.pos_ in pos or token.tag_ == "VERB":
            return token
    return None


def _with_its_noun(verb: Token, with_noun: dict[str, str]) -> bool:
    """A verb that counts only with its noun, here with it ("trouver refuge", "prendre en charge")."""
    key = _key(verb)
    return key in with_noun and any(_key(c) == with_noun[key] for c in verb.children)


@cache
def _flight_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, str]]:
    """The verbs of fleeing, the words of direction they need, the verbs of taking refuge, and the refuge verbs that
    count only with their noun ("trouver refuge": trouver -> refuge)."""
    cues = load_cues(lang)
    refuge, with_noun = set(), {}
    for v in cues.refuge_verbs:
        words = phrase_words(v)
        if len(words) > 1:
            with_noun[word_key(words[0])] = word_key(words[-1])
        else:
            refuge.add(word_key(words[0]))
    return (frozenset(word_key(v) for v in cues.flight_verbs), frozenset(word_key(w) for w in cues.flight_directions),
            frozenset(refuge), with_noun)


@cache
def _where_relatives(lang: str) -> frozenset[str]:
    # (as written: without its accent, "où" is the conjunction "ou", "vers X ou Y")
    return frozenset(w.lower() for w in load_cues(lang).where_relatives)


def fled_to(span: Span, lang: str) -> bool:
    """The place ``span`` is where people fled ("qui a fui avec ses enfants vers X", "se sont réfugiés à Y"), the
    verb governing it within a few steps, with no clause of its own below the place ("ont fui vers X, où ils ont été
    attaqués" still tells what happened at X)."""
    flight, directions, refuge, with_noun = _flight_words(lang)
    if not (flight or refuge or with_noun):
        return False
    root = span.root
    doc = span.doc
    # (the parser may hang the relative clause on the verb: "fui vers X, où une frappe a tué ...")
    if any(c.dep_ in ("acl:relcl", "acl") for c in root.children) \
            or any(t.lower_ in _where_relatives(lang) for t in doc[span.end:span.end + 2]):
        return False
    before = {word_key(t.text) for t in doc[max(0, span.start - 3):span.start]}
    verb = _verb_above(root, ("VERB", "AUX"))
    if verb is None:
        return False
    key = _key(verb)
    if key in flight:
        return bool(before & directions)
    return key in refuge or _with_its_noun(verb, with_noun)


@cache
def _teller_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of where someone is (``whereabouts_verbs``) and the verbs of telling (``speech_verbs``)."""
    from sentinelle.events.lexicon import get_lexicon, keys

    return frozenset(word_key(v) for v in load_cues(lang).whereabouts_verbs), keys(
        get_lexicon(lang).modality.speech_verbs)


def where_teller_is(span: Span, lang: str) -> bool:
    """The place ``span`` is where one who tells the incident is now: "raconte-t-elle, assise dans une école de X",
    "affirme le chef du village, rencontré à X", "des déplacés arrivés à X attribuent la frappe aux rebelles". The
    place hangs (within a few steps) on a participle of ``whereabouts_verbs`` with no auxiliary of its own, and that
    participle hangs on a verb of telling (a narrator's incise) or describes its subject or object. Not "les
    assaillants, arrivés à X, ont ouvert le feu" (the doers, at the scene)."""
    whereabouts, telling = _teller_words(lang)
    if not whereabouts:
        return False
    above = _verb_above(span.root, ("VERB", "ADJ"))
    part = above if above is not None and {_key(above), word_key(above.text)} & whereabouts else None
    if part is None:
        # (the parser may hang the place's noun on the verb of telling itself: "raconte-t-elle, assise sur une natte
        # dans une école de X", "école" under "raconte"): the participle opens the place's stretch between commas
        doc = span.doc
        k = span.start - 1
        while k >= span.sent.start and doc[k].text not in (",", ";", ":", "«", "»"):
            if {_key(doc[k]), word_key(doc[k].text)} & whereabouts and doc[k].pos_ in ("VERB", "ADJ"):
                part = doc[k]
                break
            k -= 1
    if part is None:
        return False
    if "Fin" in morph_get(part, "VerbForm") or any(c.dep_.startswith("aux") for c in part.children):
        return False
    if part.dep_ not in ("acl", "dep", "appos", "advcl", "amod", "conj", "parataxis"):
        return False
    return any(_telling(t, telling) or (
        t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_.split(":")[0] in ("nsubj", "obj") and _telling(t.head, telling))
        for t in (part.head, above) if t is not None and t is not part)


def _telling(tok: Token, telling: frozenset[str]) -> bool:
    """A verb of telling, or the verb of a narrator's incise with its inverted subject ("raconte-t-elle", which the
    tagger may read as an adjective)."""
    # (the inverted clitic subject, "-elle" of "raconte-t-elle"; not the hyphen of a name, "El-Facher")
    return _key(tok) in telling or any(c.i > tok.i and INVERTED_CLITIC.match(c.text) for c in tok.children)

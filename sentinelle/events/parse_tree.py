"""Shapes read on a sentence's dependency tree that several event readers share: how far apart two words
are, and whether a verb is negated, pronominal, or a predicate after "être"."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import segment_of
from sentinelle.extensions import token_columns

# the clitic subject of an inverted speech verb, as the tokenizer cuts it ("-t" "-il", "-elle", "-on")
INVERTED_CLITIC = re.compile(r"^-(?:t-)?(?:il|elle|ils|elles|on)$", re.IGNORECASE)


def negated(verb: Token) -> bool:
    """The verb carries "ne": "Personne n'a été tué", "aucun civil n'a été blessé"."""
    return any(c.lower_ in ("ne", "n'", "n’") for c in verb.children)


def reflexive(verb: Token) -> bool:
    """A pronominal verb ("s'abattre", "se tuer" aside): "la salve s'est abattue" is not a killing."""
    cols = token_columns(verb.doc)  # (read on the columns: no Token built per child)
    dep, lower = cols.dep, cols.lower
    return any((dep[c].startswith("expl") and dep[c] != "expl:subj") or lower[c] in ("se", "s'", "s’")
               for c in cols.children(verb.i))


def with_etre(pred: Token) -> bool:
    """A noun or adjective predicate after "être" ("sont morts"), whatever relation the parser gave "être"."""
    cols = token_columns(pred.doc)  # (read on the columns: no Token built per child)
    dep, lemma = cols.dep, cols.lemma
    return cols.pos[pred.i] in ("NOUN", "ADJ") and any(
        dep[c] in ("cop", "aux:pass", "aux:tense", "aux") and lemma[c] == "être" for c in cols.children(pred.i)
    )


def tree_distance(tok: Token, targets: list[Token]) -> int:
    """Shortest path length in the dependency tree between ``tok`` and any of ``targets``."""
    if not targets:
        return 0
    cols = token_columns(tok.doc)  # walked on head indices: no Token built per step
    pos = {i: n for n, i in enumerate(cols.ancestors(tok.i))}
    best = 10_000
    for target in targets:
        for n, anc in enumerate(cols.ancestors(target.i)):
            if anc in pos:
                best = min(best, n + pos[anc])
                break
        else:
            best = min(best, 100 + abs(tok.i - target.i))
    return best


def postposed_subject_object(noun: Token) -> Token | None:
    """ "..., tuant deux personnes, a annoncé le gouverneur": the verb whose object ``noun`` is, when the parser
    made the noun the subject of the incise after the comma (a subject is not cut from its verb by a comma with
    a verb right before it). None for a real subject."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.i < noun.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = noun.doc
    k = noun.right_edge.i + 1
    if k >= verb.i or doc[k].text != ",":
        return None
    # (the incise: the comma, the verb's auxiliaries, the verb)
    if any(t.pos_ != "AUX" for t in doc[k + 1 : verb.i]):
        return None
    before = noun.left_edge.i - 1
    while before >= 0 and doc[before].pos_ == "ADV":
        before -= 1  # "tuant notamment deux enfants"
    if before < 0 or doc[before].pos_ != "VERB" or doc[before].dep_.startswith("aux"):
        return None
    return doc[before]


def stranded_passive_subject(noun: Token) -> Token | None:
    """ "Un soldat a été tué et six insurgés ont été abattus": the parser may hang the second subject on the first
    verb as its conjunct, and the second verb, left with no subject, on the first. That verb: the next one after
    the noun, passive (only auxiliaries between), with no subject of its own.

    "Des assaillants ont attaqué trois villages et cinq personnes ont été tuées": the subject of a clause opened by
    "et" may be hung on the object of the first verb instead (a noun conjunct), the passive verb then left with no
    subject or given that object for one; it hangs on the first verb, written before the object, and has nothing
    of its own before the noun ("a annoncé que deux soldats et trois civils ont été tués" is one subject)."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.head.i > noun.i:
        return None
    j = noun.i + 1
    while j < len(doc) and doc[j].pos_ == "AUX":
        j += 1
    if j >= len(doc) or j == noun.i + 1 or doc[j].pos_ != "VERB":
        return None
    verb = doc[j]
    if not any(c.dep_ == "aux:pass" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if noun.head.pos_ == "VERB":
        return None if subjects else verb
    first = verb.head
    if noun.head.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "cc" and c.i < noun.i for c in noun.children) \
            or first.pos_ != "VERB" or first.i == verb.i or first.i > noun.head.i:
        return None
    # (the first verb's object taken for the second's subject, the noun hung inside it)
    if any(s.i > noun.i or noun.head not in s.subtree for s in subjects):
        return None
    if any(c.i < noun.i and c not in subjects for c in verb.children):
        return None
    return verb


def object_taken_for_subject(noun: Token) -> bool:
    """ "ont attaqué deux hameaux et six personnes ont été tuées", the object "hameaux" parsed as the subject of
    "tuées": the passive subject of a verb that a noun conjunct inside it takes (:func:`stranded_passive_subject`)
    is no subject of that verb."""
    if noun.dep_ != "nsubj:pass":
        return False
    return any(t.dep_ == "conj" and stranded_passive_subject(t) is noun.head for t in noun.subtree if t.i > noun.i)


def misread_claim(trigger: Token, claim_keys: frozenset[str]) -> Token | None:
    """The claim verb of a trigger when the tagger read the present as an adjective of its subject ("l'État
    islamique revendique sur Telegram une attaque", "revendique" an ``amod`` of "État", "attaque" hung on "État"
    too): a claim-verb word (``claim_keys``, by its written form) describing a noun the trigger hangs under, between
    that noun and the trigger. The subject is the verb's head."""
    for noun in list(trigger.ancestors)[:4]:
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in noun.children:
            if c.pos_ == "ADJ" and c.dep_ in ("amod", "acl") and noun.i < c.i < trigger.i \
                    and word_key(c.text) in claim_keys:
                return c
    return None


def misread_claimant(verb: Token) -> list[Token]:
    """The subject words of a claim verb :func:`misread_claim` found: its head noun with the determiner and
    modifiers before it, up to the verb ("12 juin : l'État islamique revendique" -> "l'État islamique")."""
    noun = verb.head
    start = min([noun.i, *[c.i for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "compound",
                                                                                   "flat", "flat:name")]])
    return list(noun.doc[start : verb.i])


_DESCRIPTIVE_CLAUSES = frozenset({"acl:relcl", "acl"})



def in_clause_without(tok: Token, heads: list[Token]) -> bool:
    """Whether ``tok`` sits in a relative or participial clause that describes something else than the event.

    Such a clause holds none of the triggers and is not attached to one: "la base, où l'on entretient des
    avions" describes the base; "l'attentat, ... pris pour cible par trois roquettes" describes the attack.
    """
    seg = segment_of(tok)
    for anc in [tok, *tok.ancestors]:
        if not seg.start <= anc.i < seg.end:
            return False  # a parse running across a line break (a headline above the paragraph) says nothing
        if anc.dep_ in _DESCRIPTIVE_CLAUSES:
            return not any(h == anc or h == anc.head or anc.is_ancestor(h) for h in heads)
    return False


def verb_form(tok: Token) -> bool:
    """The word is a form of a verb whose keys (accents and final s dropped) are those of a thing hit: "a tenté",
    "tente de" (tenter) for "tente", "ont marché" for "marché", "basés" for "base". A noun the tagger read as a
    verb keeps its determiner or its preposition ("une tente", "sous tente")."""
    return tok.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("det", "case") for c in tok.children)

"""Who acted and who was hit around a trigger, for typing and satisfying it (see detect.py).

The attackers ("des hommes armés ont attaqué", "une incursion de combattants", "par des éléments de X",
"attribuée aux rebelles") and the speakers are never what was attacked; a crowd that loots or burns is rioting;
a named side hit ("l'armée a été attaquée") says whether the attack was on armed forces or on civilians.
"""

from __future__ import annotations

from spacy.tokens import Token

from sentinelle.events.arguments import is_passive, subject_deps
from sentinelle.events.lexicon import Lexicon, keys, word_key
from sentinelle.events.matching import token_keys
from sentinelle.model import Actor

_OF = frozenset({"de", "d'", "du", "des"})
# verbs of a clause on an attack noun that name its authors: "une attaque attribuée aux rebelles"
_AUTHORSHIP = frozenset(word_key(w) for w in ("attribuer", "imputer", "mener", "perpétrer", "commettre", "revendiquer",
                                               "lancer", "attribué", "attribuée", "imputée", "menée", "perpétrée",
                                               "commise", "revendiquée", "lancée"))


class Roles:
    """Reads the acting side and the crowd of a sentence's triggers with one language's word lists."""

    def __init__(self, lex: Lexicon) -> None:
        self.speech_verbs = keys(lex.modality.speech_verbs)
        self.crowd_words = keys(lex.triggers.crowd_words)
        # the words of an attack on the ground, whose "de" names the attackers
        self.storming_nouns = keys([w for e in lex.triggers.triggers if e.category_types for w in e.lemmas])

    def acting_side(self, triggers: list, armed_people: set[int] | frozenset[int] = frozenset()) -> set[int]:
        """Tokens naming who acted or who speaks: the subject of an active trigger verb that takes an object
        ("des hommes armés ont attaqué le quartier"), the agent of a passive one ("par des hommes armés"), the
        fighters "de" a storming noun ("une incursion de combattants"), the authors in a clause on the trigger
        ("une attaque attribuée aux rebelles"), the subject of a speech verb ("a déclaré le porte-parole de la
        police"). A target word there does not say who was hit."""
        out: set[int] = set()
        heads = {t.head.i for t in triggers}
        for trig in triggers:
            h = trig.head
            # an active verb with an object, or one that needs one: its subject acted
            # ("un convoi a sauté sur une mine" has none)
            transitive = h.pos_ == "VERB" and (
                any(c.dep_ == "obj" for c in h.children) or trig.entry.requires in ("object", "people"))
            passive = is_passive(h)
            for c in h.children:
                # (a subject after an active verb is its misparsed object: "ont attaqué le poste")
                if (c.dep_ in ("nsubj", "nsubj:pass") and transitive and not passive and c.i < h.i) \
                        or c.dep_ == "obl:agent":
                    out |= {t.i for t in c.subtree} - _struck_in(c, heads)
                elif c.dep_ in ("acl", "acl:relcl"):
                    # "une attaque attribuée aux rebelles", "des attaques répétées des rebelles" (read as an agent)
                    authored = bool(token_keys(c) & _AUTHORSHIP)
                    out |= {t.i for g in c.children if g.dep_ == "obl:agent" or (authored and g.dep_.startswith("obl"))
                            for t in g.subtree}
        sent = triggers[0].head.sent if triggers else None
        for tok in sent or []:
            # "une incursion de combattants", "la cible d'attaques des rebelles": fighters "de" a storming noun
            if tok.pos_ == "NOUN" and token_keys(tok) & self.storming_nouns:
                for c in tok.children:
                    if c.dep_ == "nmod" and c.i in armed_people and any(
                            word_key(g.text) in _OF for g in c.children if g.dep_ == "case"):
                        out |= {t.i for t in c.subtree}
            if tok.pos_ == "VERB" and token_keys(tok) & self.speech_verbs:
                out |= {t.i for c in tok.children if c.dep_ == "nsubj" for t in c.subtree}
        return out


    def by_crowd(self, head: Token) -> bool:
        """Whether a crowd does it: "des jeunes en colère ont saccagé et incendié des commerces"."""
        verbs = [head, head.head] if head.dep_ == "conj" else [head]
        return any(
            c.dep_ in subject_deps(v) and token_keys(c) & self.crowd_words for v in verbs for c in v.children
        )


def _struck_in(subject: Token, heads: set[int]) -> set[int]:
    """What an incident told as the subject of a killing hit: "le tir d'un obus sur la gare a tué quatre
    personnes", "la frappe contre l'hôpital a fait dix morts" (the incident is the cause, and what it
    fell on is its target, not the acting side)."""
    if subject.i not in heads and not any(c.i in heads for c in subject.children):
        return set()
    return {t.i for c in subject.children if c.dep_.startswith("nmod")
            and any(word_key(g.text) in _ON for g in c.children if g.dep_ == "case") for t in c.subtree}


_ON = frozenset({"sur", "contre"})
_ARMED_KINDS = frozenset({"state_forces", "rebels", "militia", "external"})


def side_category(side: tuple[Actor, tuple[int, int]] | None) -> str | None:
    """The target category of a named side hit ("l'armée a été attaquée par ..."): armed forces or civilians."""
    if side is None or side[0].kind is None:
        return None
    if side[0].kind in _ARMED_KINDS:
        return "armed"
    return "civilians" if side[0].kind == "civilians" else None


def fighters_means(tok: Token, fighters: list[Token], heads: list[Token]) -> bool:
    """``tok`` tells how fighters came, in a clause of theirs that is no trigger: "les assaillants, arrivés
    en grand nombre à moto" (the parser may make that clause the root of the sentence)."""
    for f in fighters:
        verb = f.head
        if f.dep_ != "nsubj" or verb.pos_ != "VERB" or any(h.i == verb.i for h in heads):
            continue
        if verb.is_ancestor(tok) and not any(h.i == tok.i or h.is_ancestor(tok) for h in heads):
            return True
    return False


def victim_among(verb: Token, heads: set[int]) -> bool:
    """Is the victim of a killing verb (its object, or its subject when passive) one of ``heads``?"""
    if verb.pos_ != "VERB":
        return False
    roles = ("obj", "nsubj:pass", "nsubj") if is_passive(verb) else ("obj",)
    return any(c.dep_ in roles and c.i in heads for c in verb.children)

"""The act a trigger names, negated in its own clause (mixed into
:class:`~sentinelle.attribution.stage.Attributor`; the words are ``scope.negation`` of ``modality.yaml``).

- *negated*: the trigger noun's own negative determiner ("aucune frappe n'a été signalée à X"), the trigger verb
  carrying "ne" with a negative word ("aucun drone n'a frappé X", "l'armée n'a pas bombardé le village"), or an
  indefinite trigger noun after such a verb ("n'a mené aucune frappe", "il n'y a pas eu de frappe"). "ne" alone
  is no negation ("avant que les assaillants ne prennent la fuite"), and a negated verb above the act does not
  negate it ("n'ont pas hésité à attaquer", "l'attaque n'a pas été revendiquée").
- *privative*: "sans" + infinitive + an indefinite trigger noun ("sans procéder à des arrestations"), "sans" +
  the trigger ("sans tirer", "sans violence"): that act did not happen, while the main clause's did.

Either way the mention is a non-event (why: denied) and never a denied record: no source denies an incident that
someone told ("« Il n'y a pas eu de combats, mais ils ont bombardé le village »" tells one strike).
"""

from __future__ import annotations

from spacy.tokens import Token

from sentinelle.events.lexicon import Negation, keys
from sentinelle.events.matching import token_keys

_NOUNS = ("NOUN", "PROPN")
_VERBS = ("VERB", "AUX")
# how a noun is what a verb does or has ("n'a mené aucune frappe", "il n'y a pas eu de frappe", "sans procéder à
# des arrestations")
_ARGUMENT = frozenset({"obj", "nsubj", "nsubj:pass", "obl:arg", "obl"})
# what a negated verb has not, does not or did not undergo ("n'ont mené aucune frappe", "n'a pas procédé à des
# arrestations")
_OBJECT = frozenset({"obj", "obl:arg"})


class NegationReader:
    """Whether a trigger's act is negated in its own clause."""

    def __init__(self, words: Negation) -> None:
        self.particles = keys(words.particles)
        self.adverbs = keys(words.adverbs)
        self.determiners = keys(words.determiners)
        self.pronouns = keys(words.pronouns)
        self.privative_marks = keys(words.privative_marks)
        self.indefinite = keys(words.indefinite_determiners)
        self.correlatives = keys(words.correlatives)

    def negation(self, trig: Token) -> str | None:
        """ "negated", "privative", "object" (an indefinite noun after a negated verb) or None."""
        if trig.pos_ in _VERBS:
            if self._privative(trig):
                return "privative"  # "sans tirer", "sans parvenir à prendre le contrôle de la base"
            return "negated" if self.negated_verb(trig) else None
        if trig.pos_ not in _NOUNS:
            return None
        dets = [c for c in trig.children if c.dep_ == "det"]
        indefinite = not dets or any(token_keys(d) & self.indefinite for d in dets)
        verb = trig.head if indefinite and trig.dep_ in _ARGUMENT and trig.head.i != trig.i else None
        if verb is not None and verb.pos_ not in _VERBS:
            verb = None
        if any(c.dep_ == "case" and token_keys(c) & self.privative_marks for c in trig.children) \
                or (verb is not None and self._privative(verb)):
            return "privative"  # "sans violence", "sans procéder à des arrestations", "sans procéder à aucune"
        if any(token_keys(d) & self.determiners for d in dets):
            return "negated"  # "aucune frappe n'a touché le bâtiment"
        # "il n'y a eu ni frappe ni blessé": "ni" opens the noun, on a verb with "ne" (whatever the parser hung it as)
        if any(c.dep_ == "cc" and c.i < trig.i and token_keys(c) & self.correlatives for c in trig.children) \
                and trig.head.pos_ in _VERBS and any(token_keys(x) & self.particles for x in trig.head.children):
            return "negated"
        # (as the subject of a negated verb the act happened: "une attaque n'a fait aucune victime")
        if verb is not None and trig.dep_ in _OBJECT and self.negated_verb(verb):
            return "object"  # "n'ont mené aucune frappe", "il n'y a pas eu de frappe"
        return None

    def negated_verb(self, verb: Token) -> bool:
        """The verb carries "ne" and a negative word: an adverb ("pas"), a negative pronoun or determiner in its
        subject or object ("aucun drone n'a frappé", "personne n'a tiré")."""
        kids = list(verb.children)
        if not any(token_keys(c) & self.particles for c in kids):
            return False
        for c in kids:
            k = token_keys(c)
            if c.dep_ == "advmod" and k & self.adverbs:
                return True
            if c.dep_ in ("nsubj", "nsubj:pass", "obj"):
                if k & (self.pronouns | self.determiners):
                    return True  # "personne n'a tiré", "aucun n'a été tué"
                if any(d.dep_ == "cc" and d.i < c.i and token_keys(d) & self.correlatives for d in c.children):
                    return True  # "il n'y a eu ni explosion ni victime"
                if any(d.dep_ == "det" and token_keys(d) & self.determiners for d in c.children):
                    return True  # "aucun drone n'a frappé"
        return False

    def _privative(self, verb: Token) -> bool:
        """ "sans" marks the verb, or a verb it completes ("sans parvenir à prendre le contrôle")."""
        node = verb
        for _ in range(4):
            if any(c.dep_ == "mark" and token_keys(c) & self.privative_marks for c in node.children):
                return True
            if node.dep_ != "xcomp" or node.head.i == node.i:
                return False
            node = node.head
        return False

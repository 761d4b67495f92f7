"""What the parse around a trigger says of it (mixed into :class:`~sentinelle.events.detect.EventDetector`, whose
word lists it reads): a phrase that is who speaks, an armed doer of a protest word, a trigger only supposed or
named as equipment, a clause of contrast, a verb of prevention above it, two words one circumstance of the other."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sentinelle.events.build_mention import MentionBuilder
from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import doc_token_keys, token_keys
from sentinelle.extensions import token_columns


class TriggerContext:
    """Predicates on the words around a trigger."""

    speech_verbs: frozenset[str]
    armed_adjectives: frozenset[str]
    hypothetical_words: frozenset[str]
    equipment_verbs: frozenset[str]
    contrast_marks: frozenset[str]
    builder: MentionBuilder

    def _speaker(self, toks: list[Token]) -> bool:
        """The phrase is who speaks: the subject or the agent of a verb of saying."""
        ids = {t.i for t in toks}
        root = next((t for t in toks if t.head.i not in ids), toks[0])
        return root.dep_ in ("nsubj", "obl:agent") and bool(token_keys(root.head) & self.speech_verbs)

    def _armed_doer(self, doc: Doc, actors: list, head: Token, fighter_words: set[int]) -> bool:
        """The doer of a protest or riot word is an armed side not of the state: a rebel group or a militia, armed
        men ("des hommes armés", ``event_words.yaml`` ``armed_adjectives``) or fighters ("les miliciens"). (Soldiers
        or police who protest their pay do protest.)"""
        side = self.builder.sides(doc, actors, head)[0]
        if side is not None:
            if side[0].kind in ("rebels", "militia"):
                return True
            span = doc.char_span(*side[1], alignment_mode="expand") or []
            if any(t.i in fighter_words or (word_key(t.text) in self.armed_adjectives and t.pos_ in ("ADJ", "VERB"))
                   for t in span):
                return True
        # a doer the actors stage does not know: the subject of the word (or of the verb it is coordinated with)
        verb = head.head if head.dep_ == "conj" else head
        return any(c.dep_ == "nsubj" and c.i in fighter_words for c in verb.children)

    def _hedged(self, head: Token) -> bool:
        """A trigger noun the sentence only supposes: with an adjective of possibility ("une possible prise
        d'otages", "un éventuel enlèvement") or the object of a verb of supposing ("n'exclut pas un enlèvement")."""
        if head.pos_ != "NOUN":
            return False
        return any(c.dep_ == "amod" and token_keys(c) & self.hypothetical_words for c in head.children) or (
            head.dep_ == "obj" and bool(token_keys(head.head) & self.hypothetical_words))

    def _equipped(self, doc: Doc, trig, sent: Span) -> bool:
        """A trigger named by a weapon that a verb of support or equipment governs ("appuyée par des drones
        explosifs", "équipés de drones kamikazes"): the word right before it, past articles and prepositions."""
        i = min(t.i for t in trig.tokens) - 1
        while i >= sent.start and i >= trig.head.i - 4 and doc[i].pos_ in ("DET", "ADP"):
            i -= 1
        return i >= sent.start and bool(token_keys(doc[i]) & self.equipment_verbs)

    def _contrasted(self, a: Token, b: Token) -> bool:
        """ "X, tandis que Y": one word inside a contrasting clause the other is outside of."""
        def clauses(tok: Token) -> set[int]:
            # (the parse read from the columns: Token.ancestors and Token.children build a Token at every step)
            cols, tkeys = token_columns(tok.doc), doc_token_keys(tok.doc)
            heads, dep, marks = cols.head, cols.dep, self.contrast_marks
            chain, i = [tok.i], tok.i
            while heads[i] != i and len(chain) <= len(heads):  # (to the root, as Token.ancestors)
                i = heads[i]
                chain.append(i)
            return {j for j in chain if any(dep[c] == "mark" and tkeys[c] & marks for c in cols.children(j))}
        return clauses(a) != clauses(b)


def _prevented(tok: Token, verbs: frozenset[str]) -> int | None:
    """The verb of prevention ``tok`` is the object of, a few steps up ("pour empêcher son arrestation"), if any."""
    for anc in list(tok.ancestors)[:3]:
        if anc.pos_ == "VERB" and word_key(anc.lemma_) in verbs:
            return anc.i
    return None


def _linked(a: Token, b: Token) -> bool:
    """One word is a circumstance of the other ("deux morts lors d'une deuxième attaque"), directly, through
    a locution ("lors de") or through a coordinated verb ("tuées et blessées lors de ..."); not the subject
    or object of another verb ("..., et une autre attaque a visé Y")."""
    for x, y in ((a, b), (b, a)):
        if not x.dep_.startswith(("obl", "nmod")):
            continue
        up, steps = x.head, 0
        while steps < 2 and up.pos_ in ("ADV", "ADP", "SCONJ") and up.head.i != up.i:
            up, steps = up.head, steps + 1
        if up.i == y.i or (up.dep_ == "conj" and up.head.i == y.i):
            return True
    return False


def support_means(sent: Span, support_words: frozenset[str]) -> frozenset[int]:
    """The tokens naming the means that back an act: the agent of a participle of support ("appuyés par des tirs
    d'artillerie et des drones") or the complement of a noun of support ("avec l'appui de l'artillerie")."""
    out: set[int] = set()
    for tok in sent:
        if not token_keys(tok) & support_words:
            continue
        if tok.pos_ in ("VERB", "ADJ"):
            means = [c for c in tok.children if c.dep_ == "obl:agent"]
        elif tok.pos_ == "NOUN":
            means = [c for c in tok.children if c.dep_ == "nmod" and c.i > tok.i]
        else:
            means = []
        for m in means:
            out.update(t.i for t in m.subtree)
    return frozenset(out)

"""Figures of one sentence that are parts or versions of one toll (a mixin of ``CasualtyReader``, which holds the
word lists): the items of a toll's list and the dead a cost noun counts add up ("Bilan : sept (7) terroristes
neutralisés, un (1) militaire tombé"); a figure told as another side's version of the toll counts the same victims
again ("tandis que le groupe revendique en avoir tué dix-sept").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import token_keys
from sentinelle.events.toll_choice import Figure


class TollLists:
    """Toll lists, costs and versions; the word lists (``toll_nouns``, ``cost_nouns``, ``killed_nouns``,
    ``injured_nouns``) and ``_maybe_figure`` come from ``CasualtyReader``."""

    toll_nouns: frozenset[str]
    cost_nouns: frozenset[str]
    killed_nouns: frozenset[str]
    injured_nouns: frozenset[str]
    _maybe_figure: Callable[[str], bool]

    def _toll_list(self, figures: list[Figure]) -> list[Figure]:
        """ "Bilan : sept (7) terroristes neutralisés, un (1) militaire tombé": the items of a toll's list, hung each
        on its toll noun (``toll_nouns``), counting victims of other words, are each side's dead of one role, and
        add up (the parser made no coordination of them that ``_conjoined_parts`` could read); so do the dead a cost
        noun counts (``cost_nouns``: "au prix de deux militaires") and the one other figure of the sentence."""
        out = list(figures)
        for role in ("killed", "injured"):
            items = [f for f in out if f.role == role and not f.more and not f.parts and f.anchor.head.i < f.anchor.i
                     and token_keys(f.anchor.head) & self.toll_nouns and f.anchor.head.i != f.anchor.i
                     and not token_keys(f.anchor) & (self.killed_nouns | self.injured_nouns)]
            if len(items) >= 2 and len({f.anchor.head.i for f in items}) > 1:
                items = []
            # "neutralisé onze terroristes, au prix de deux militaires tombés": the dead a cost noun counts and the
            # others of the sentence, each side's
            if len(items) < 2:
                cost = [f for f in out if f.role == role and not f.more and not f.parts and not f.weak
                        and self._a_cost(f.anchor)]
                rest = [f for f in out if f.role == role and not f.more and not f.parts and not f.weak
                        and f not in cost]
                if len(cost) == 1 and len(rest) == 1 and word_key(cost[0].anchor.lemma_) != word_key(
                        rest[0].anchor.lemma_) and not token_keys(cost[0].anchor) & self.killed_nouns:
                    items = [rest[0], cost[0]]
            if len(items) < 2 or len({word_key(f.anchor.lemma_) for f in items}) < len(items):
                continue
            first = min(items, key=lambda f: f.anchor.i)
            whole = Figure(role, sum(f.value for f in items), (first.span[0], max(f.span[1] for f in items)),
                           first.anchor, weak=False)
            whole.parts = tuple(f.value for f in sorted(items, key=lambda f: f.anchor.i))
            out = [f for f in out if f not in items] + [whole]
        return out

    def _a_cost(self, noun: Token) -> bool:
        """The noun is the complement of a cost noun ("au prix de deux militaires"), up to two words above it."""
        node = noun
        for _ in range(2):
            if node.head.i == node.i:
                return False
            node = node.head
            if token_keys(node) & self.cost_nouns:
                return True
        return False

    def _versions(self, figures: list[Figure]) -> list[Figure]:
        """ "L'armée a reconnu la mort de trois soldats, tandis que le groupe revendique en avoir tué dix-sept": a
        bare figure on a killing verb told as someone's version ("revendique", "affirme" + infinitive), which takes
        its victims back with "en", counts the victims counted before it in the sentence once more: two versions
        of one toll, of which the lowest is kept (the other side's dead are named: "en avoir tué dix assaillants")."""
        out = figures
        for f in figures:
            tok, verb = f.anchor, f.anchor.head
            # (the figure itself is the object, whatever the tagger took it for: no victims' noun is written)
            if f.more or f.weak or not self._maybe_figure(tok.text) or tok.dep_ != "obj" or verb.pos_ != "VERB" \
                    or verb.dep_ not in ("xcomp", "ccomp") \
                    or not any(word_key(c.text) == "en" and c.i < verb.i for c in verb.children):
                continue
            earlier = [g for g in out if g is not f and g.role == f.role and not g.more and g.anchor.i < tok.i]
            if not earlier:
                continue
            low = min(g.value for g in earlier)
            out = [g for g in out if g is not f] if f.value >= low else [g for g in out if g not in earlier]
        return out

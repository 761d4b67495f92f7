"""A country or capital name standing for its state (an actor) rather than a place, read on the parse.

Shared by the actors stage (which turns "Israël a frappé" into the state's forces) and the places stage (for which
such a name is a nationality, not the country where the article's events happen). The words that refine the rule
are data: ``lang/<iso>/metonyms.tsv`` (``scene`` and ``stance`` lemmas).
"""

from __future__ import annotations

from spacy.tokens import Token

from sentinelle.actors.text import fold

# Universal Dependencies labels (language-independent): the doer of an active verb, and the "par X" agent.
AGENT_DEPS = frozenset({"nsubj", "obl:agent"})
# The object or a prepositional complement of a verb or noun: "accuse ANKARA", "sympathie envers DAMAS".
COMPLEMENT_DEPS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod"})
# Relations inside one name.
NAME_PARTS = frozenset({"flat", "flat:name", "fixed", "compound"})


def stands_for_state(first: Token, scene_words: frozenset[str], stance_words: frozenset[str], _depth: int = 0) -> bool:
    """Whether the name whose first word is ``first`` stands for its state.

    It does as the subject or agent of a verb that does not make it a scene ("Israël a frappé", but "Kinshasa a
    connu une journée de violences" is a place), or as the complement of a word of stance ("Damas accuse Ankara").
    """
    doc = first.doc
    last = first
    while last.i + 1 < len(doc) and doc[last.i + 1].dep_ in NAME_PARTS and doc[last.i + 1].head.i <= last.i:
        last = doc[last.i + 1]
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # "Yémen : Washington et Londres frappent ...": a name before a colon is a headline's topic, not a doer
    if following is not None and following.text == ":":
        return False
    # "Washington et Londres ont frappé": the parser often cuts the first of two coordinated names off the verb;
    # it shares the role of the second
    if following is not None and following.dep_ == "cc" and last.i + 2 < len(doc) \
            and doc[last.i + 2].pos_ == "PROPN" and doc[last.i + 2].head.i != first.i and _depth < 1 \
            and stands_for_state(doc[last.i + 2], scene_words, stance_words, _depth + 1):
        return True
    token = first
    # the head word of a multi-word name ("République démocratique du Congo"), and the first of coordinated names
    # ("Washington et Londres frappent": "Londres" shares the role of "Washington")
    for _ in range(6):
        if token.dep_ not in NAME_PARTS and token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    head = token.head
    governing = {fold(head.lemma_), fold(head.text)}
    if token.dep_ in AGENT_DEPS and head.pos_ in ("VERB", "AUX"):
        return not governing & scene_words
    if token.dep_ in COMPLEMENT_DEPS and head.i != token.i and governing & stance_words:
        return True
    # the parser often loses a preposition ("la sympathie envers Damas"): a word of stance right before
    # the name, or before its preposition, governs it
    before = [doc[i] for i in range(max(0, first.i - 2), first.i)]
    return any({fold(t.lemma_), fold(t.text)} & stance_words for t in before) and token.dep_ not in AGENT_DEPS

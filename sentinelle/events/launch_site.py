"""Where the fire came from: a place named inside a "depuis" phrase of the trigger itself.

"Une trentaine de projectiles ont été tirés depuis le secteur de X, au Liban-Sud", "d'avoir tiré ces
projectiles depuis les collines surplombant Y": X, the region and Y are the launch site, the attackers' side,
never where the incident happened (that is where the fire fell). The words are ``from_cases`` of
``event_words.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import ancestors_and_self
from sentinelle.events.word_lists import event_words
from sentinelle.extensions import doc_lang


def launch_site(head: Token, triggers: list[Token]) -> bool:
    """Whether the place whose head word is ``head`` sits in a "depuis" phrase hung on one of the triggers
    (with what describes it: an apposition, a participle, "au Liban-Sud" after it)."""
    trigger_ids = {t.i for t in triggers}
    for node in ancestors_and_self(head):
        if node.i in trigger_ids:
            return False
        if node.head.i in trigger_ids and node.dep_.startswith("obl"):
            if _from_phrase(node):
                return True
            # "depuis le secteur de X, au Liban-Sud": the parser hangs the region that locates the launch
            # site on the verb beside it; a comma alone between them makes it the launch site's locator
            doc = node.doc
            before = node.left_edge.i - 1
            return before > 0 and doc[before].text == "," and any(
                s.right_edge.i == before - 1 and _from_phrase(s) for s in node.head.children
                if s.dep_.startswith("obl") and s.i < node.i)
    return False


def _from_phrase(node: Token) -> bool:
    """A noun with "depuis" of its own."""
    vocab = event_words(doc_lang(node.doc))
    return any(c.dep_ == "case" and word_key(c.text) in vocab.from_cases for c in node.children)

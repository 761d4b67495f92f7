"""The side an incident is blamed on in the sentence after it: "Un milicien a été tué lors d'une attaque contre un
détachement près de X. La police provinciale attribue l'attaque à un groupe de rebelles de la NPA" (the NPA did it).

A sentence whose main verb is a verb of authorship (``authorship_lemmas`` of ``event_words.yaml``: "attribuer",
"imputer"), active, with the incident named back as its object (a definite incident noun: "l'attaque", "cette
embuscade") and the blamed side after "à" (a named armed group, rebels or militia), gives that group as the doer of
the incidents told in the sentence right before, in the same paragraph, that name no doer yet. Who blames is the
incident's source (read by the attribution stage: ``told_back_verbs`` of ``source_scope.yaml``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from sentinelle.events.lexicon import get_lexicon, keys, word_key
from sentinelle.events.matching import segments, token_keys
from sentinelle.events.mention import EventMention
from sentinelle.events.word_lists import event_words
from sentinelle.extensions import doc_lang, doc_text, morph_get

# named sides an incident may be blamed on (a state's forces are told as the doer by their own words)
_GROUP_KINDS = frozenset({"rebels", "militia"})
_DATIVE_CASES = frozenset({"a", "au", "aux"})


def authors_blamed_after(doc: Doc, mentions: list[EventMention]) -> None:
    """Give each incident of a sentence with no named doer the group the next sentence blames it on."""
    vocab = event_words(doc_lang(doc) or "fr")
    if not vocab.authorship_lemmas or not mentions:
        return
    incident_words = _incident_words(doc_lang(doc) or "fr")
    text = doc_text(doc)
    sents = segments(doc)
    for k in range(1, len(sents)):
        sent, prev = sents[k], sents[k - 1]
        if "\n" in text[prev.end_char:sent.start_char]:
            continue
        blamed = _blamed_group(doc, sent, vocab.authorship_lemmas, incident_words)
        if blamed is None:
            continue
        actor, span = blamed
        for m in mentions:
            if m.sent_start != prev.start_char or m.non_event is not None or not m.event_type:
                continue
            if m.actor1 is not None and m.actor1.kind != "unidentified":
                continue
            if m.actor2 is not None and m.actor2.normalized == actor.normalized:
                continue
            m.actor1 = actor
            m.add_evidence("actor1", [span])


@cache
def _incident_words(lang: str) -> frozenset[str]:
    """The words of any incident (\"attaque\", \"embuscade\"): what a sentence may name back."""
    return frozenset(k for e in get_lexicon(lang).triggers.triggers for k in keys(e.lemmas))


def _blamed_group(doc: Doc, sent: Span, authorship: frozenset[str], incident_words: frozenset[str]) -> tuple | None:
    """The armed group the sentence's main verb of authorship blames the incident named back on, with its span."""
    verb = sent.root
    if verb.pos_ != "VERB" or word_key(verb.lemma_) not in authorship:
        return None
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return None  # "l'attaque a été attribuée à X" is read on the noun by the actors stage
    named = [c for c in verb.children if c.dep_ == "obj" and _named_back(c, incident_words)]
    if len(named) != 1:
        return None
    # the side after "à" (the parser may take "à la Nouvelle Armée" for a second object, its "à" hung lower)
    blamed = [c for c in verb.children if c.dep_ in ("obl:arg", "iobj", "obl", "obl:mod", "obj") and c is not named[0]
              and word_key(c.left_edge.text) in _DATIVE_CASES]
    if len(blamed) != 1:
        return None
    lo, hi = blamed[0].left_edge.idx, blamed[0].right_edge.idx + len(blamed[0].right_edge.text)
    found = [a for a in doc._.actor_mentions or [] if lo <= a.start and a.end <= hi and a.actor.kind in _GROUP_KINDS]
    if len({a.actor.normalized for a in found}) != 1:
        return None
    return found[0].actor, (found[0].start, found[0].end)


def _named_back(noun: Token, incident_words: frozenset[str]) -> bool:
    """ "l'attaque", "cette embuscade": an incident word with a definite or demonstrative article."""
    if noun.pos_ != "NOUN" or not token_keys(noun) & incident_words:
        return False
    return any(c.dep_ == "det" and ("Def" in morph_get(c, "Definite") or "Dem" in morph_get(c, "PronType"))
               for c in noun.children)

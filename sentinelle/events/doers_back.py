"""The doer of an act told back by a pronoun or a bare noun: "Des combattants de l'EIGS ont attaqué dimanche le poste
de X. Ils ont ensuite incendié le marché de Y" (the EIGS burnt the market, not an unidentified group), "Les mêmes
hommes ont enlevé le lendemain douze femmes", "ces individus ont tué ...".

The subject of an active trigger verb that is a third-person pronoun, or a plural generic noun for people with a
definite or demonstrative article (``doer_pronouns`` and ``doer_nouns`` of ``event_words.yaml``), names again the
side that did the act told just before, a few sentences back at most, when they agree: "elle" for "l'armée", "ils"
for "des combattants", never "ils" for "l'armée". The side hit in this act is never its doer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sentinelle.events.actor_choice import is_gerund, is_passive, subject_deps
from sentinelle.events.lexicon import word_key
from sentinelle.events.mention import EventMention
from sentinelle.events.word_lists import EventWords, event_words
from sentinelle.extensions import doc_lang, morph_get

# How far back (characters) from the mention's sentence the act whose doer it names again may be told.
_REACH = 400


def doers_told_back(doc: Doc, mentions: list[EventMention]) -> None:
    """Give the doer of the act told just before to each mention whose doer is a pronoun or a bare noun pointing
    back, and that names no side acting otherwise (mentions in the order of the text)."""
    vocab = event_words(doc_lang(doc) or "fr")
    if not vocab.doer_pronouns and not vocab.doer_nouns:
        return
    told: list[EventMention] = []
    for m in sorted(mentions, key=lambda x: x.sent_start):
        subject = _pointing_subject(doc, m, vocab) if m.actor1 is None and not m.reference else None
        if subject is not None:
            found = _doer_before(doc, m, told, subject)
            if found is not None:
                m.actor1 = found[0]
                m.add_evidence("actor1", [found[1]])
        told.append(m)


def _pointing_subject(doc: Doc, m: EventMention, vocab: EventWords) -> Token | None:
    """The subject of one of the mention's active trigger verbs (or of the verb a coordinated verb or a gerund
    shares its subject with) when it points back: "ils", "elles", "les mêmes hommes", "ces individus"."""
    for i in m.trigger_tokens:
        verb = doc[i]
        if verb.pos_ != "VERB" or is_passive(verb):
            continue
        subjects = [c for c in verb.children if c.dep_ in subject_deps(verb)]
        # "Ils ont tué quinze civils et incendié des maisons", "ils ont riposté en bombardant la ville"
        if not subjects and (verb.dep_ == "conj" or is_gerund(verb)) and verb.head.i != verb.i \
                and not is_passive(verb.head):
            subjects = [c for c in verb.head.children if c.dep_ in subject_deps(verb.head)]
        for s in subjects:
            if s.i < verb.i and _points_back(s, vocab):
                return s
    return None


def _points_back(s: Token, vocab: EventWords) -> bool:
    if s.pos_ == "PRON":
        return word_key(s.text) in vocab.doer_pronouns and s.dep_ != "expl"
    if s.pos_ != "NOUN" or not {word_key(s.text), word_key(s.lemma_)} & vocab.doer_nouns or not _plural(s):
        return False
    dets = [c for c in s.children if c.dep_ == "det" and c.i < s.i]
    return any("Def" in morph_get(d, "Definite") or "Dem" in morph_get(d, "PronType") for d in dets)


def _plural(tok: Token) -> bool:
    """The noun, or its article, is plural ("des combattants", "les FDS")."""
    return "Plur" in _feature(tok, "Number")


def _feature(tok: Token, name: str) -> list[str]:
    """A feature of the noun as the tagger read it, else as its article shows it."""
    return morph_get(tok, name) or [v for c in tok.children if c.dep_ == "det" for v in morph_get(c, name)]


def _agrees(subject: Token, antecedent: Token) -> bool:
    """The pronoun or noun and the side it names again agree in number and, where both show it, in gender ("ils"
    for "des combattants", "elle" for "l'armée", never "ils" for "l'armée")."""
    for name in ("Number", "Gender"):
        mine, theirs = _feature(subject, name), _feature(antecedent, name)
        if mine and theirs and not set(mine) & set(theirs):
            return False
    # (a plural pronoun needs a side told in the plural: "l'armée" is not what "ils" stands for)
    return not ("Plur" in _feature(subject, "Number") and not _plural(antecedent))


def _doer_before(doc: Doc, m: EventMention, told: list[EventMention], subject: Token) -> tuple | None:
    """The doer named in the act told last before ``m``'s sentence, within reach, with its span; None when that
    doer does not agree with ``subject`` ("ils" after "l'armée"), or is the side ``m`` hits."""
    before = [x for x in told if x.sent_start < m.sent_start and m.sent_start - x.sent_end <= _REACH
              and x.actor1 is not None and x.field_evidence.get("actor1")]
    if not before:
        return None
    last = max(before, key=lambda x: x.sent_start)
    start, end = last.field_evidence["actor1"][0]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or not _agrees(subject, span.root):
        return None
    actor = last.actor1
    if m.actor2 is not None and m.actor2.normalized == actor.normalized:
        return None
    return actor, (start, end)

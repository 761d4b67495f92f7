"""Which places, actors and people a sentence's event mentions may draw on.

The events stage (``detect``) reads these before it types and groups a sentence's triggers: the places that are
not part of a source's name, the people the actors stage names by nationality alone (victims where no target
word is), the tokens under the places and actors of a sentence, and the stretch between commas around a trigger.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sentinelle.events.lexicon import TargetEntry, word_key
from sentinelle.events.matching import Hit, PhraseIndex, doc_units
from sentinelle.events.word_lists import EventWords
from sentinelle.extensions import token_columns

# What ends the name of a source after "selon": "selon la chaîne al-Manar, ..."
_SOURCE_PHRASE_END = frozenset(",;:.!?()[]«»\"")


def outside_source_names(doc: Doc, sents: list[Span], places: list, markers: PhraseIndex,
                         locatives: frozenset[str]) -> list:
    """Places that are not part of a source's name: "selon la chaîne al-Manar", "d'après l'agence syrienne
    Sana", "citant la télévision d'État iranienne" name who tells, not where it happened. A place
    introduced by a locative word ("selon des sources à Gao") is kept."""
    spans: list[tuple[int, int]] = []
    for sent in sents:
        for hit in markers.find_best(doc_units(sent)):
            end = hit.end
            if end < sent.end and "Rel" in doc[end].morph.get("PronType"):
                continue  # "les informations selon lesquelles le camp ...": what a report says, not who says it
            while end < sent.end and end - hit.end < 8 and doc[end].text not in _SOURCE_PHRASE_END:
                if doc[end].pos_ in ("VERB", "AUX") or word_key(doc[end].text) in locatives:
                    break
                end += 1
            spans.append((doc[hit.start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    return [p for p in places if not any(a <= p.start and p.end <= b for a, b in spans)]


def people_named_by_nationality(doc: Doc, sent: Span, actors: list, hits: list[Hit],
                                entry: TargetEntry | None, nationality_words: frozenset[str]) -> list[Hit]:
    """People the actors stage names by their nationality alone ("deux Palestiniens", "trois jeunes
    Maliens"), where no target word is: civilians, as the word "civils" would say."""
    if entry is None:
        return []
    out = []
    taken = {i for h in hits for i in range(h.start, h.end)}
    for a in actors:
        if not (sent.start_char <= a.start < sent.end_char) or a.actor.kind != "civilians":
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None or taken & set(range(span.start, span.end)):
            continue
        # (the people, "les Palestiniens", not their country standing for them, "la Somalie"; one of them after an
        # article, "un Palestinien", "une Afghane")
        last = span[-1].text
        one = span[-1].i > sent.start and doc[span[-1].i - 1].pos_ == "DET"
        if last.lower() not in nationality_words or not last[:1].isupper() or not (last.endswith("s") or one):
            continue
        out.append(Hit(span.end - 1, span.end, entry, 1))
    return out


def comma_stretch(sent: Span, tok: Token) -> tuple[int, int]:
    """The characters of the stretch of ``sent`` between the commas (or semicolons) around ``tok``."""
    start, end = sent.start_char, sent.end_char
    cols = token_columns(sent.doc)  # (the token texts and offsets as columns: no Token built per word)
    texts, idx = cols.text, cols.idx
    for i in range(tok.i - 1, sent.start - 1, -1):
        if texts[i] in (",", ";"):
            start = idx[i] + 1
            break
    for i in range(tok.i + 1, sent.end):
        if texts[i] in (",", ";"):
            end = idx[i]
            break
    return start, end


def token_indices(doc: Doc, mentions: list, sent: Span) -> set[int]:
    """The indices of the tokens under the mentions (places, actors) that start in ``sent``."""
    out: set[int] = set()
    for m in mentions:
        if sent.start_char <= m.start < sent.end_char:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
    return out


def grievance_of(noun: Token, protesting: set[int], vocab: EventWords) -> bool:
    """A plural act noun a protest is against ("ont manifesté contre les enlèvements", "pour dénoncer les frappes",
    ``event_words.yaml`` ``grievance_*``): the protest's grievance, not an incident told. A singular act with its own
    complement ("contre l'enlèvement de trois enseignants mardi") may be one, and is left alone."""
    if noun.pos_ != "NOUN" or "Plur" not in noun.morph.get("Number"):
        return False
    # (the second of coordinated grievances has the role of the first: "pour dénoncer l'attentat et les
    # disparitions forcées")
    anchor = noun
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    head = anchor.head
    against = any(c.dep_ == "case" and word_key(c.text) in vocab.grievance_cases
                  for c in [*anchor.children, *noun.children])
    # (the parser may hang it on the protest's place: "ont manifesté à Mardan contre les disparitions")
    if against and any(a.i in protesting for a in [head, *head.ancestors][:3]):
        return True
    # one verb of grievance between: "pour dénoncer les frappes", "pour protester contre les enlèvements"
    if word_key(head.lemma_) in vocab.grievance_verbs and (against or anchor.dep_ == "obj"):
        return head.head.i in protesting or head.i in protesting
    return False

"""Which places, actors and people a sentence's event mentions may draw on.

The events stage (``detect``) reads these before it types and groups a sentence's triggers: the places that are
not part of a source's name, the people the actors stage names by nationality alone (victims where no target
word is), the tokens under the places and actors of a sentence, and the stretch between commas around a trigger.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sentinelle.events.lexicon import TargetEntry, word_key
from sentinelle.events.listed_victims import name_end, person_name
from sentinelle.events.matching import Hit, PhraseIndex, doc_units
from sentinelle.events.word_lists import EventWords
from sentinelle.extensions import char_span_expand, doc_text, morph_get, token_columns

# What ends the name of a source after "selon": "selon la chaîne al-Manar, ..."
_SOURCE_PHRASE_END = frozenset(",;:.!?()[]«»\"")


def outside_source_names(doc: Doc, sents: list[Span], places: list, markers: PhraseIndex,
                         locatives: frozenset[str]) -> list:
    """Places that are not part of a source's name: "selon la chaîne al-Manar", "d'après l'agence syrienne
    Sana", "citant la télévision d'État iranienne" name who tells, not where it happened. A place
    introduced by a locative word ("selon des sources à Gao") is kept."""
    spans: list[tuple[int, int]] = []
    for sent in sents:
        for hit in markers.find_best(doc_units(sent), whole_words=True):
            end = hit.end
            if end < sent.end and "Rel" in morph_get(doc[end], "PronType"):
                continue  # "les informations selon lesquelles le camp ...": what a report says, not who says it
            while end < sent.end and end - hit.end < 8 and doc[end].text not in _SOURCE_PHRASE_END:
                if doc[end].pos_ in ("VERB", "AUX") or word_key(doc[end].text) in locatives:
                    break
                end += 1
            spans.append((doc[hit.start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    return [p for p in places if not any(a <= p.start and p.end <= b for a, b in spans)]


def outside_issuers(doc: Doc, sents: list[Span], places: list, verbs: frozenset[str],
                    unknown: list[tuple[int, int]]) -> list:
    """Places that are not the issuer's of a statement: "le diocèse de Bukavu condamne l'attaque contre la paroisse de
    X", "a annoncé le gouvernement à Abuja" name who speaks and from where, not where the incident was. A town in the
    subject of a statement verb (``verbs``), or hung on the verb by a bare preposition, is set aside when the sentence
    names another place outside it, known or not (the incident's own: "dans la paroisse de X"); alone it may still be
    where things happened ("la mairie de Bukavu a annoncé que trois civils ont été tués")."""
    issuer: list[tuple[int, int]] = []
    cols = token_columns(doc)  # (the part of speech and lemma of every word as columns: a Token only for the verbs)
    pos, lemma = cols.pos, cols.lemma
    for sent in sents:
        for i in range(sent.start, sent.end):
            if pos[i] not in ("VERB", "AUX") or word_key(lemma[i]) not in verbs:
                continue
            verb = doc[i]
            for child in verb.children:
                dep = child.dep_.split(":")[0]
                # (the subject of the sentence's main verb, before it: an incise's "subject" may be any noun phrase
                # the parser hangs there, "... la centrale de X, a annoncé l'armée")
                # (the speaker of an incise comes after its verb, whatever label the parser gives it: "..., a
                # indiqué un habitant de Macomia", "a annoncé l'armée")
                before = child.i < verb.i and verb.dep_ == "ROOT"
                after = child.i > verb.i and child.left_edge.i <= verb.i + 2 and _incise(verb)
                if dep in ("nsubj", "obj") and child.pos_ in ("NOUN", "PROPN") and (before and dep == "nsubj" or after):
                    issuer.append((child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)))
                elif dep == "obl" and child.pos_ == "PROPN" and not list(child.children)[1:] \
                        and any(c.dep_ == "case" and c.lower_ == "à" for c in child.children):
                    issuer.append((child.idx, child.idx + len(child.text)))
    if not issuer:
        return places

    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in issuer)

    # (an unknown name counts wherever the article writes it again: "l'attaque contre la paroisse de X")
    text = doc_text(doc)  # (Doc.text joins every token anew)
    names = {text[a:b] for a, b in unknown}
    unknown = sorted({(m.start(), m.end()) for n in names for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text)})

    out = []
    for p in places:
        if p.kind in ("city", "site") and inside(p.start, p.end):
            sent = next((x for x in sents if x.start_char <= p.start < x.end_char), None)
            if sent is not None and (
                    any(q is not p and q.kind != "country" and sent.start_char <= q.start < sent.end_char
                        and not inside(q.start, q.end) for q in places)
                    or any(sent.start_char <= a < sent.end_char and not inside(a, b) for a, b in unknown)):
                continue
        out.append(p)
    return out


def _incise(verb: Token) -> bool:
    """The verb opens an incise after a comma, its subject after it: "..., a indiqué un habitant"."""
    first = min([c.i for c in verb.children if c.dep_.startswith("aux")] + [verb.i])
    return first > verb.sent.start and verb.doc[first - 1].text == ","


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
        span = char_span_expand(doc, a.start, a.end)
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
            span = char_span_expand(doc, m.start, m.end)
            if span is not None:
                out.update(range(span.start, span.end))
    return out


def grievance_of(noun: Token, protesting: set[int], vocab: EventWords) -> bool:
    """A plural act noun a protest is against ("ont manifesté contre les enlèvements", "pour dénoncer les frappes",
    ``event_words.yaml`` ``grievance_*``): the protest's grievance, not an incident told. A singular act with its own
    complement ("contre l'enlèvement de trois enseignants mardi") may be one, and is left alone."""
    if noun.pos_ != "NOUN" or "Plur" not in morph_get(noun, "Number"):
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


def people_named_by_name(doc: Doc, sent: Span, actors: list, hits: list[Hit], entry: TargetEntry | None,
                         victim_verbs: frozenset[str], age_words: frozenset[str]) -> list[Hit]:
    """A person named by name as the victim of a killing or wounding verb ("ont tué Khalil Haddad", "Idrissa, 12 ans, a
    été tué"), where no word says who they were: a civilian, as ACLED codes a named victim. A title or a trade in
    apposition decides instead (its own target word, or none when unknown: "le colonel X"), and so does a killer
    of the state's forces (a person the army says it killed is as often a wanted leader)."""
    if entry is None:
        return []
    taken = {i for h in hits for i in range(h.start, h.end)}
    kinds: dict[int, str] = {}
    for a in actors:
        if sent.start_char <= a.start < sent.end_char:
            span = char_span_expand(doc, a.start, a.end)
            for t in span or []:
                kinds[t.i] = a.actor.kind
    out = []
    pos = token_columns(doc).pos
    for i in range(sent.start, sent.end):
        if pos[i] != "PROPN":  # (as person_name would say: a Token built only for a proper noun)
            continue
        tok = doc[i]
        if not person_name(tok, age_words) or tok.i in taken or tok.i in kinds:
            continue
        verb = _victim_verb(tok, sent, victim_verbs, age_words)
        if verb is None or _titled(tok, age_words):
            continue
        # (the killer may be the subject of a verb of saying above: "l'armée a annoncé avoir tué X")
        clauses = [verb]
        while clauses[-1].dep_ in ("xcomp", "ccomp", "conj", "advcl") and len(clauses) < 3:
            clauses.append(clauses[-1].head)
        killers = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "obl:agent") and c.i != tok.i]
        if any(kinds.get(t.i) in ("state_forces", "external") for c in killers for t in c.subtree):
            continue
        out.append(Hit(tok.i, tok.i + 1, entry, 1))
    return out


def _victim_verb(name: Token, sent: Span, victim_verbs: frozenset[str], age_words: frozenset[str]) -> Token | None:
    """The killing or wounding verb ``name`` is the victim of: as its object or passive subject, or fronted before
    an aside the parser cut off ("Idrissa, 12 ans, a été tué": the passive verb after it that has no subject but the
    age)."""
    def victim_verb(v: Token) -> bool:
        return v.pos_ == "VERB" and bool({word_key(v.lemma_), word_key(v.text)} & victim_verbs)

    if name.dep_ in ("obj", "nsubj:pass") and victim_verb(name.head):
        return name.head
    fronted = name.dep_ in ("ROOT", "dep") or (name.dep_ == "nsubj" and name.head.pos_ != "VERB")
    end = name_end(name)
    if fronted and end < sent.end and name.doc[end].text == ",":
        # (the first verb after the aside: "X, gouverneur de Y, a annoncé que ..." is a speaker)
        verb = next((t for t in sent if t.i > name.i and t.pos_ == "VERB"), None)
        if verb is not None and victim_verb(verb) and any(c.dep_ == "aux:pass" for c in verb.children) \
                and not any(c.dep_ in ("nsubj:pass", "nsubj") and word_key(c.lemma_) not in age_words
                            and word_key(c.text) not in age_words for c in verb.children):
            return verb
    return None


def _titled(name: Token, age_words: frozenset[str]) -> bool:
    """A noun in apposition to the name ("le pasteur X", "X, un boutiquier,", "le chef du village, X,") that tells
    who they were; an age ("12 ans", "un homme de 45 ans": the age word) tells nothing of it."""
    doc = name.doc
    nouns = [name.head] if name.dep_ in ("appos", "flat:name", "nmod") and name.head.i != name.i else []
    nouns += [c for c in name.children if c.dep_ in ("appos", "conj", "nmod") and c.i > name.i]
    # "Le chef du village, Amadou Cissé, a été abattu", "ont tué X, un colonel,": the parser makes the title a
    # second subject or object beside it, with a comma between
    for c in name.head.children:
        if c.dep_ != name.dep_ or c.pos_ != "NOUN" or c.i == name.i:
            continue
        second = c if c.i > name.i else name  # (the comma stands before the second of the two)
        if second.left_edge.i > 0 and doc[second.left_edge.i - 1].text == ",":
            nouns.append(c)
    return any(n.pos_ == "NOUN" and word_key(n.text) not in age_words and word_key(n.lemma_) not in age_words
               for n in nouns)

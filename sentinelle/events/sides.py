"""Who was hit, where the parse of a trigger does not say it in the usual slots (see ``actor_choice.choose_actors``).

- the subject of "être la cible / (la) victime de", "faire l'objet de" an attack, and of "subir / essuyer" one,
  is the side hit: "le poste a été la cible d'une attaque", "le convoi a essuyé des tirs";
- the victims named after a colon are the ones killed: "deux hommes ont été tués : deux cadres du groupe X";
- a subject the parser hung on a word before it ("Plus au nord, la défense aérienne de la base ... a abattu")
  is still the doer, and an object hung on a noun is still the verb's (what "revendiquer" claims);
- a place hit stands for the side holding it ("le détachement militaire de X" the army of X's country, "sa
  maison", "plusieurs localités" civilians: ``sentinelle.actors.site_side``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from sentinelle.actors import get_lexicon as actor_lexicon
from sentinelle.actors import localize_actor, site_side
from sentinelle.events.lexicon import get_lexicon, keys, word_key
from sentinelle.events.matching import token_keys
from sentinelle.events.word_lists import event_words
from sentinelle.extensions import doc_lang, doc_text, morph_get
from sentinelle.model import Actor

_COLONS = frozenset({":", "—", "–"})


def hit_predicate(tok: Token) -> bool:
    """``tok`` is "cible" / "victime" used as a predicate ("a été la cible de", "est victime de")."""
    return bool({word_key(tok.text), word_key(tok.lemma_)} & event_words(doc_lang(tok.doc)).hit_predicates) and any(
        c.dep_ == "cop" for c in tok.children)


def hit_subjects(trigger: Token) -> list[Token]:
    """The subject that underwent the trigger: of its own hit predicate ("le poste a été la cible d'une attaque",
    trigger "cible"), of the hit predicate it completes ("X a été victime d'une embuscade", "X a fait l'objet
    d'une attaque", trigger "embuscade"), or of a verb of suffering whose object it is ("a essuyé des tirs")."""
    vocab = event_words(doc_lang(trigger.doc))
    holders = []
    if hit_predicate(trigger):
        holders.append(trigger)
    head = trigger.head
    if head.i != trigger.i and trigger.dep_.startswith(("nmod", "obl")) and hit_predicate(head):
        holders.append(head)
    if head.i != trigger.i and trigger.dep_ == "obj" and {word_key(head.lemma_), word_key(head.text)} & vocab.suffer_verbs:
        holders.append(head)
    # "le convoi a fait l'objet d'une embuscade" (the parser hangs the attack on "objet" or on "fait")
    if head.i != trigger.i and word_key(head.text) in vocab.undergo_nouns and head.dep_ == "obj":
        head = head.head
    if head.i != trigger.i and word_key(head.lemma_) in vocab.undergo_verbs and any(
            c.dep_ == "obj" and word_key(c.text) in vocab.undergo_nouns for c in head.children):
        holders.append(head)
    return [c for h in holders for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")]


def colon_victims(trigger: Token) -> list[Token]:
    """Nominal phrases hung on the trigger without a preposition right after a colon or a dash: they say who
    the victims were ("deux hommes ont été tués : deux cadres du groupe X")."""
    doc = trigger.doc
    return [c for c in trigger.children
            if c.i > trigger.i and c.pos_ in ("NOUN", "PROPN") and c.dep_.startswith(("obl", "nmod", "appos", "dep"))
            and not any(g.dep_ == "case" for g in c.children)
            and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in _COLONS]


def governor(trigger: Token) -> tuple[Token, str]:
    """The word governing the trigger and the trigger's relation to it. A trigger noun with its article but no
    preposition is the object of the verb above when the parser made it a modifier: of a noun ("le Hezbollah a
    revendiqué, dans trois communiqués, des attaques contre ...": "attaques" under "communiqués") or of the
    verb itself ("ont revendiqué, dans un communiqué, des attaques": an oblique without a preposition)."""
    bare_np = trigger.pos_ == "NOUN" and any(c.dep_ == "det" for c in trigger.children) and not any(
        c.dep_ == "case" for c in trigger.children)
    if bare_np and trigger.dep_ == "nmod" and trigger.head.pos_ == "NOUN" and trigger.head.dep_.startswith("obl"):
        verb = next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
        if verb is not None:
            return verb, "obj"
    if bare_np and trigger.dep_.startswith("obl") and trigger.head.pos_ == "VERB":
        return trigger.head, "obj"
    # "a revendiqué mercredi des tirs": the object hung on the day before it (as its modifier or its object)
    day = trigger.head
    if trigger.dep_ in ("nmod", "obj") and day.i < trigger.i and day.head.pos_ == "VERB" and any(
            m.start <= day.idx < m.end for m in trigger.doc._.time_mentions or []):
        return day.head, "obj"
    return trigger.head, trigger.dep_


def stray_subject(trigger: Token) -> Token | None:
    """The doer of an active verb left without a subject, when the parser hung it on a word before it: a noun
    phrase with its article but no preposition cannot complement a noun ("Plus à l'ouest, la défense aérienne
    de la base a abattu deux drones": "défense" read as a modifier of "ouest")."""
    if trigger.pos_ != "VERB" or any(c.dep_.startswith(("nsubj", "csubj", "expl")) for c in trigger.children):
        return None
    for tok in trigger.subtree:
        if tok.i >= trigger.i:
            break
        if (tok.pos_ == "NOUN" and tok.dep_ == "nmod" and tok.head.i != trigger.i
                and any(c.dep_ == "det" for c in tok.children)
                and not any(c.dep_ == "case" for c in tok.children)
                and not any(t.i == trigger.i for t in tok.subtree)):
            return tok
    return None


@lru_cache(maxsize=8)
def _storming_words(lang: str) -> frozenset[str]:
    # the words of an attack on the ground: those whose type depends on what they hit (triggers.yaml)
    return keys([w for e in get_lexicon(lang).triggers.triggers if e.category_types for w in e.lemmas])


def site_of(doc: Doc, phrase: list[Token], trigger: Token) -> tuple[Actor, tuple[int, int]] | None:
    """The side a hit place stands for (``site_side`` on the phrase), with the army or police of a site given
    the country of the place named with it ("le poste militaire de X"), else the article's one country. A
    settlement is its inhabitants only when ``trigger`` is an attack on the ground ("ont attaqué le village"),
    not a strike from afar ("des frappes contre les villages de A et B")."""
    if not phrase:
        return None
    first = min(phrase, key=lambda t: t.i)
    last = max(phrase, key=lambda t: t.i)
    start, end = first.idx, last.idx + len(last)
    lang = doc_lang(doc) or "fr"
    stormed = not token_keys(trigger).isdisjoint(_storming_words(lang))
    written = doc_text(doc)[start:end]
    side = site_side(written, lang, stormed=stormed)
    if side is None or side.name is None:
        return None
    at = start + written.find(side.name)
    span = (at, at + len(side.name))
    if side.kind == "state_forces":
        country = _country_of(doc, start, end)
        if country:
            side = localize_actor(side, country, lang)
    return side, span


def _country_of(doc: Doc, start: int, end: int) -> str | None:
    """The country of a place named inside ``[start, end)``, else of the article when it is about one country."""
    places = doc._.place_mentions or []
    inside = {p.location.country for p in places if start <= p.start and p.end <= end and p.location.country}
    if len(inside) == 1:
        return next(iter(inside))
    if inside:
        return None
    from sentinelle.events.arguments import home_countries  # (arguments imports this module)

    home = home_countries([p for p in places if p.kind != "dateline"])
    return next(iter(home)) if len(home) == 1 else None



# kinds of a named armed group a definite generic noun may stand for ("les bandits" after "la coalition X")
_GROUP_KINDS = frozenset({"militia", "rebels"})


def named_before(doc: Doc, actors: list, side: tuple[Actor, tuple[int, int]] | None
                 ) -> tuple[Actor, tuple[int, int]] | None:
    """A bare state force ("les policiers": Police Forces) is the force of that kind the article named before
    ("des unités de la Police nationale d'Haïti ... Des échanges de tirs ont opposé les policiers aux bandits":
    Police Forces of Haiti), when it named one only."""
    if side is None or side[0].normalized is None:
        return side
    actor, (start, end) = side
    head = actor_lexicon(doc_lang(doc) or "fr").bare.get(actor.normalized)
    if head is None or not head.template or actor.kind not in ("state_forces", "external"):
        return side
    pattern = re.compile(re.escape(head.template).replace(re.escape("{of_name}"), ".+").replace(re.escape("{name}"), ".+"))
    named = {(a.actor.normalized, a.actor.kind) for a in actors if a.end <= start
             and a.actor.kind in ("state_forces", "external") and pattern.fullmatch(a.actor.normalized or "")}
    if len(named) != 1:
        return side
    normalized, kind = named.pop()
    return actor.model_copy(update={"normalized": normalized, "kind": kind}), (start, end)


def attackers_named_before(doc: Doc, mentions: list) -> None:
    """A definite unidentified armed side ("les bandits", "ces assaillants") refers back to the one named armed
    group the article told as the doer of an incident before ("des hommes armés de la coalition X ont attaqué
    ...; Mardi, des échanges de tirs ont opposé les policiers aux bandits": X). An indefinite one ("des hommes
    armés") may be new and stays unidentified; a group named only as a side hit or a defender (a militia beside
    the army) is not it; with several such groups told before, the noun says nothing more."""
    doers: list[Actor] = []
    for m in sorted(mentions, key=lambda x: x.sent_start):
        for role in ("actor1", "actor2"):
            actor = getattr(m, role)
            spans = m.field_evidence.get(role) or []
            if actor is None or actor.kind != "unidentified" or not spans or not _definite(doc, *spans[0]):
                continue
            named = {(a.normalized, a.kind) for a in doers}
            other = getattr(m, "actor2" if role == "actor1" else "actor1")
            if len(named) == 1 and (other is None or other.normalized not in {n for n, _ in named}):
                normalized, kind = named.pop()
                setattr(m, role, actor.model_copy(update={"normalized": normalized, "kind": kind}))
        a1 = m.actor1
        if a1 is not None and a1.kind in _GROUP_KINDS and a1.normalized and not m.non_event \
                and not a1.normalized.startswith("Unidentified"):
            doers.append(a1)


def _definite(doc: Doc, start: int, end: int) -> bool:
    """The noun phrase at [start, end) has a definite or demonstrative determiner ("les bandits", "aux
    bandits", "ces assaillants"), by the tagger's features."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root
    dets = [c for c in head.children if c.dep_ in ("det", "case") and c.i < head.i]
    if span.start > 0:
        dets.append(doc[span.start - 1])
    return any("Def" in morph_get(t, "Definite") or "Dem" in morph_get(t, "PronType") for t in dets)

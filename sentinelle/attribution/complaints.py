"""Incidents told as a habit people complain of, or as the cause of a flight: not one incident.

"Les éleveurs disent subir les exactions des groupes armés et les arrestations arbitraires" (under a caption's place
and date) tells what people live under; "18 000 personnes sont arrivées à X, fuyant les bombardements sur Y" tells
why they left. Neither is an incident of the day a caption, a dateline or a period lends. The verbs are
``complaint_verbs`` and ``flight_verbs`` of ``lang/<lang>/background.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sentinelle.attribution.background import _own_day
from sentinelle.events.matching import token_keys
from sentinelle.events.mention import EventMention
from sentinelle.extensions import morph_get


def complained_habit(m: EventMention, trig: Token, sent: Span, complaint: frozenset[str], suffered: frozenset[str],
                     telling: frozenset[str]) -> bool:
    """ "Les éleveurs disent subir les exactions des groupes armés et les arrestations arbitraires", "les habitants
    se plaignent des enlèvements": plural definite incidents complained of in the present (a verb of ``complaint``,
    or the infinitive of a verb ``suffered`` under a present verb of ``telling`` or complaint), with no date and no
    toll in the sentence, are a habit people live under, not one incident; a caption's date and place do not make
    them one ("X (région), 30 août. ... disent subir ...")."""
    if m.fatalities is not None or m.injuries is not None or _dated(sent):
        return False
    verb = _governing_verb(trig)
    if verb is None or _own_day(trig) or not (_plural_definite(trig) or _de_les(trig, verb)):
        return False
    if token_keys(verb) & suffered and "Inf" in morph_get(verb, "VerbForm"):
        # "disent subir", "affirment endurer", "se plaignent de subir": the tense is the verb of saying's
        verb = verb.head
        if not token_keys(verb) & (telling | complaint):
            return False
    elif not token_keys(verb) & complaint:
        return False
    return _simple_present(verb)


def fled_from(m: EventMention, trig: Token, flight: frozenset[str]) -> bool:
    """ "18 000 personnes sont arrivées à X, fuyant les bombardements sur Y", "des familles qui ont fui les combats
    de Z": plural incidents fled from are the background cause of a displacement, not one dated incident, unless
    their own phrase dates them ("les combats de mardi") or the mention tells a toll."""
    if m.fatalities is not None or m.injuries is not None:
        return False
    if trig.pos_ != "NOUN" or "Plur" not in morph_get(trig, "Number") or _own_day(trig):
        return False
    verb = _governing_verb(trig)
    return verb is not None and bool(token_keys(verb) & flight)


# Relations from an incident noun up to the verb whose complement it is ("subir les exactions des groupes armés et
# les arrestations", the second conjunct hung under the first's complement by the parser).
_COMPLEMENT_UP = frozenset({"obj", "obl:arg", "obl", "obl:mod", "nmod", "conj"})


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose complement the noun is, a few steps up through complements and conjuncts."""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in _COMPLEMENT_UP or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _dated(sent: Span) -> bool:
    """The sentence names a date of any precision, or a "since" ("subissent les tirs des assaillants depuis ce matin"
    is a fight going on, not a habit)."""
    return any(tm.kind == "date" and sent.start_char <= tm.start < sent.end_char
               for tm in sent.doc._.time_mentions or [])


def _plural_definite(noun: Token) -> bool:
    """ "les arrestations arbitraires", "les exactions": a plural noun read as a kind (a definite article, or none;
    not "des tirs", which may be one volley: "un convoi essuie des tirs")."""
    if noun.pos_ != "NOUN" or "Plur" not in morph_get(noun, "Number"):
        return False
    dets = [c for c in noun.children if c.dep_ == "det"]
    return all("Def" in morph_get(d, "Definite") for d in dets)


def _de_les(noun: Token, verb: Token) -> bool:
    """ "se plaignent des enlèvements": "des" right after the verb is its "de" with the definite article (the tagger
    reads it as the indefinite); a noun coordinated after it shares it ("des embuscades et des enlèvements")."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    if first.pos_ != "NOUN" or "Plur" not in morph_get(first, "Number"):
        return False
    det = next((c for c in first.children if c.dep_ in ("det", "case") and c.i < first.i), None)
    return det is not None and det.lower_ == "des" and det.i == verb.i + 1


def _simple_present(verb: Token) -> bool:
    """A finite present with no auxiliary: "disent", "dénoncent", "se plaignent"."""
    return "Pres" in morph_get(verb, "Tense") and "Fin" in morph_get(verb, "VerbForm") and not any(
        c.dep_.startswith("aux") and c.lemma_ != "se" for c in verb.children)

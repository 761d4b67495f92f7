"""Who acted and who was hit: actor1 and actor2 of an event mention from the dependents of its trigger word.

The subject or agent ("par X") acts, the object or "contre X" suffers, "de X" on an attack noun is its authors
or its victims; claimants, defenders, controllers of an infinitive and sides hit (``events.sides``) complete them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Token

from sentinelle.events.lexicon import get_lexicon, keys, word_key
from sentinelle.events.matching import segment_of
from sentinelle.events.parse_tree import misread_claim, misread_claimant
from sentinelle.events.sides import colon_victims, governor, hit_subjects, site_of, stray_subject
from sentinelle.events.word_lists import event_words
from sentinelle.extensions import doc_lang, morph_get, token_columns
from sentinelle.model import Actor, ActorMention

# the relations and prepositions of a trigger's child that the loop of choose_actors takes as a side
_SIDE_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent", "amod", "obj", "nmod"})


def span_of_tokens(tokens: Sequence[Token]) -> tuple[int, int]:
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


def actor_in(doc: Doc, actors: list[ActorMention], tokens: Sequence[Token]) -> tuple[Actor, tuple[int, int]] | None:
    """The first known actor named inside ``tokens`` (or starting or ending there: the parser may hang one end
    of a name elsewhere, "combattants de Boko | Haram")."""
    if not tokens:
        return None
    starts = {t.idx for t in tokens}
    start, end = span_of_tokens(tokens)
    inside = [m for m in actors if m.start >= start and m.end <= end]
    if inside:
        # a bare generic yields to the same actor named with its country further in the phrase: "la défense
        # aérienne de la base russe", "les soldats de l'unité américaine"
        first = inside[0]
        bare = first.actor.normalized
        m = next((m for m in inside[1:] if bare and (m.actor.normalized or "").startswith(bare + " ")), first)
        return m.actor, (m.start, m.end)
    for m in actors:
        if m.start in starts:
            return m.actor, (m.start, m.end)
    # or ending there: the parser may make the last word of a name the subject ("des combattants de Boko | Haram
    # ont attaqué", "Haram" read as the subject)
    ends = {t.idx + len(t) for t in tokens}
    for m in actors:
        if m.end in ends and m.start < start:
            return m.actor, (m.start, m.end)
    return None


def is_passive(verb: Token) -> bool:
    """Whether a trigger verb is in the passive voice.

    "ont été tués" has a passive auxiliary; the parser also marks the subject of an active compound
    tense as a passive one ("des hommes armés ont attaqué le quartier": ``nsubj:pass`` under "attaqué"
    with the auxiliary "avoir"), so a passive subject alone counts only without "avoir".
    """
    # on the Doc's columns: asked of every trigger verb, several times, and Token.children builds Tokens
    cols = token_columns(verb.doc)
    dep, lemma = cols.dep, cols.lemma
    children = cols.children(verb.i)
    if any(dep[c] == "aux:pass" for c in children):
        return True
    has_avoir = any(dep[c].startswith("aux") and lemma[c] == "avoir" for c in children)
    return any(dep[c] == "nsubj:pass" for c in children) and not has_avoir


# how deep below a passive verb's oblique its stray agent may hang ("dans le camp de réfugiés de X par ...")
_AGENT_DEPTH = 3


def stray_agents(verb: Token) -> list[Token]:
    """The agents of a passive verb that the parser hung below one of its obliques, the place or the day
    written before them: "a été tué dans le camp de X par des soldats" ("soldats" under "camp"), "blessés dans
    le quartier de X par des tirs de l'armée", "tués dimanche par des hommes armés" (under the day).

    Only down noun modifiers, never into a clause ("dans une zone contrôlée par les rebelles" is the zone's
    controller), and only a phrase with its determiner or a name ("par balle" says how, not who).
    """
    if verb.pos_ != "VERB" or not is_passive(verb):
        return []
    vocab = event_words(doc_lang(verb.doc))

    def agent_case(tok: Token) -> bool:
        return any(c.dep_ == "case" and word_key(c.text) in vocab.agent_cases for c in tok.children)

    found: list[Token] = []
    for child in verb.children:
        if not child.dep_.startswith(("obl", "nmod")) or child.dep_ == "obl:agent" or agent_case(child):
            continue
        level = [child]
        for _ in range(_AGENT_DEPTH):
            level = [g for t in level for g in t.children if g.dep_ == "nmod"]
            for g in level:
                if g.i > verb.i and g.pos_ in ("NOUN", "PROPN") and agent_case(g) and (
                        g.pos_ == "PROPN" or any(c.dep_ == "det" for c in g.children)):
                    found.append(g)
            level = [g for g in level if g not in found]
    return found


def is_gerund(tok: Token) -> bool:
    """ "en bombardant": a present participle after "en", whatever the tagger made of it."""
    # (the cheap tests first: ``Token.sent`` walks the parse)
    return tok.lower_.endswith("ant") and tok.i > 0 and tok.nbor(-1).lower_ == "en" and tok.i > tok.sent.start


def subject_deps(verb: Token) -> tuple[str, ...]:
    """The relations that name the doer of an active verb (see :func:`is_passive`)."""
    return ("nsubj",) if is_passive(verb) else ("nsubj", "nsubj:pass")


@cache
def _pairing(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's pairing verbs, the prepositions of their second side, and the prepositions of a pair."""
    trig = get_lexicon(lang).triggers
    return keys(trig.pairing_verbs), keys(trig.pairing_to), keys(trig.pairing_cases)


@cache
def _support_verbs(lang: str) -> frozenset[str]:
    """Verbs whose subject did the act their object names (``support_verbs`` of triggers.yaml)."""
    return keys(get_lexicon(lang).triggers.support_verbs)


def _paired_sides(trigger: Token) -> tuple[list[Token], list[Token]]:
    """The two sides of a fight told as a pair: "des échanges de tirs ont opposé les policiers aux bandits"
    (the fight is the subject of the pairing verb: its object, then its "à" complement), "opposant l'armée aux
    rebelles" (the participle itself), "des combats entre l'armée et les FSR" (the members of "entre")."""
    verbs, to_words, cases = _pairing(doc_lang(trigger.doc))
    if word_key(trigger.lemma_) in verbs:
        verb = trigger
    elif trigger.dep_ == "nsubj" and word_key(trigger.head.lemma_) in verbs:
        verb = trigger.head
    else:
        # "les combats opposant les FARDC aux ADF"
        verb = next((c for c in trigger.children if c.dep_.startswith("acl") and word_key(c.lemma_) in verbs), None)
    if verb is not None:
        # (a day the parser took for an object is no side: "ont opposé lundi l'armée aux rebelles")
        times = [(m.start, m.end) for m in trigger.doc._.time_mentions or []]
        first = next((c for c in verb.children if c.dep_ == "obj"
                      and not any(a <= c.idx < b for a, b in times)), None)
        if first is None:
            return [], []

        def to(c: Token) -> bool:
            return any(g.dep_ == "case" and word_key(g.text) in to_words for g in c.children)
        # the "à" side on the verb, or hung by the parser on the first side ("les policiers aux bandits")
        second = next((c for c in verb.children if c.dep_.startswith(("obl", "iobj")) and c.i > first.i and to(c)),
                      None) or next((c for c in first.children if c.dep_.startswith("nmod") and to(c)), None)
        if second is None:
            return [], []
        inner = {t.i for t in second.subtree}
        return [t for t in first.subtree if t.i not in inner], list(second.subtree)
    for child in trigger.children:
        if child.dep_.startswith("nmod") and any(g.dep_ == "case" and word_key(g.text) in cases for g in child.children):
            other = [c for c in child.children if c.dep_ == "conj"]
            if other:
                own = [t for t in child.subtree if t.i < other[0].left_edge.i]
                return own, list(other[0].subtree)
    return [], []


def _blamed(trigger: Token, blame_verbs: frozenset[str]) -> list[Token] | None:
    """The tokens of whoever a verb of blame holds to have done the trigger's infinitive, or None.

    "accuse Moscou d'avoir frappé" (the object), "reproche aux rebelles d'avoir attaqué" (the "à" complement,
    which the parser may make the infinitive's head), "l'armée est accusée d'avoir tué" (the passive's subject).
    """
    if trigger.dep_ == "xcomp":
        verb = trigger.head
        if not {word_key(verb.lemma_), word_key(verb.text)} & blame_verbs:
            return None
        deps = ("nsubj:pass", "nsubj") if is_passive(verb) else ("obj", "iobj", "obl:arg")
        for dep in deps:
            found = [t for c in verb.children if c.dep_ == dep for t in c.subtree]
            if found:
                return found
        return None
    if trigger.dep_ == "acl" and trigger.head.dep_ in ("obj", "iobj", "obl:arg") and {
            word_key(trigger.head.head.lemma_), word_key(trigger.head.head.text)} & blame_verbs:
        inner = {t.i for t in trigger.subtree}
        return [t for t in trigger.head.subtree if t.i not in inner]
    return None


def choose_actors(
    doc: Doc, actors: list[ActorMention], trigger: Token, claim_verbs: frozenset[str] = frozenset(),
    repel_verbs: frozenset[str] = frozenset(),
) -> tuple[tuple[Actor, tuple[int, int]] | None, tuple[Actor, tuple[int, int]] | None]:
    """(actor1, actor2) from the trigger's dependents: subject / "par X" / "de X" acts, object / "contre X" suffers.

    Whoever claims the incident did it: "l'attentat a été revendiqué par les shebabs", "X a revendiqué
    l'attaque" (``claim_verbs``, keys of the language's claim verbs). The subject of "être la cible de",
    "subir" an attack suffers it, and so do victims named after a colon; a place hit with no actor named in
    it stands for the side holding it (``events.sides``).
    """
    vocab = event_words(doc_lang(doc))
    a1_tokens: list[Token] = []
    a2_tokens: list[Token] = []
    of_tokens: list[Token] = []  # "l'attaque des rebelles" (the authors), "le massacre de dix paysans" (victims)
    # (an attack noun the parser hung on a noun without a preposition is the verb's object: sides.governor)
    head, role = governor(trigger)
    if claim_verbs and head.i != trigger.i and {word_key(head.lemma_), word_key(head.text)} & claim_verbs:
        claimant = ("obl:agent",) if role == "nsubj:pass" else ("nsubj",) if role == "obj" else ()
        a1_tokens += [t for c in head.children if c.dep_ in claimant for t in c.subtree]
        if role == "obj" and head.dep_ == "acl" and "Fin" in morph_get(head, "VerbForm") and head.head.i < head.i \
                and not any(c.dep_.startswith("nsubj") for c in head.children):
            # "L'Armée d'Arakan revendique la prise d'un poste": the parser hung the finite verb on its subject
            a1_tokens += [t for t in head.head.subtree if not head.left_edge.i <= t.i <= head.right_edge.i]
    misread = misread_claim(trigger, claim_verbs) if claim_verbs else None
    if misread is not None:
        # "l'État islamique revendique sur Telegram une attaque": the verb read as an adjective of its subject
        a1_tokens += misread_claimant(misread)
    # "les FAS ont (déclaré avoir) repoussé une attaque des FSR": who repels is the side attacked
    repels = {word_key(head.lemma_), word_key(head.text)} & repel_verbs
    if repels and head.i != trigger.i and role == "obj":
        defenders = [c for c in head.children if c.dep_ == "nsubj"]
        if not defenders and head.dep_ == "xcomp":
            defenders = [c for c in head.head.children if c.dep_ == "nsubj"]
        a2_tokens += [t for c in defenders for t in c.subtree]
    # "le poste a été la cible d'une attaque", "le convoi a essuyé des tirs": the subject was hit
    hit = hit_subjects(trigger)
    a2_tokens += [t for c in hit for t in c.subtree]
    # "deux hommes ont été tués : deux cadres du groupe X" (they say who the victims were: first)
    colon = [t for c in colon_victims(trigger) for t in c.subtree]
    passive = is_passive(trigger)
    for child in trigger.children:
        cases = {word_key(c.text) for c in child.children if c.dep_ == "case"}
        if child in hit:
            continue
        # (the child's subtree as Tokens only where a branch below takes it: most children are none of these)
        sub = list(child.subtree) if child.dep_ in _SIDE_DEPS or cases & vocab.side_cases else []
        if child.dep_ in ("nsubj", "nsubj:pass") and not passive:
            # a subject after an active verb is its misparsed object ("ont attaqué le poste de X"); the subject of
            # a verb of suffering underwent it ("une patrouille a essuyé des tirs")
            if (child.i > trigger.i and trigger.pos_ == "VERB") or word_key(trigger.lemma_) in vocab.suffer_verbs:
                a2_tokens += sub
            else:
                a1_tokens += sub
        elif child.dep_ in ("obl:agent",) or "par" in cases:
            a1_tokens += sub
        elif child.dep_ == "amod" and trigger.pos_ == "NOUN":
            a1_tokens += sub
        elif child.dep_ in ("obj", "nsubj:pass") or cases & {"contre", "sur"}:
            a2_tokens += sub
        elif child.dep_ == "nmod" and trigger.pos_ == "NOUN" and cases & {"de", "d'", "du", "des"}:
            of_tokens += sub
        elif child.dep_ in ("acl", "acl:relcl"):
            # "une attaque menée par X", "une attaque attribuée aux rebelles X"
            authored = word_key(child.lemma_) in vocab.authorship_lemmas
            for g in child.children:
                gcases = {word_key(c.text) for c in g.children if c.dep_ == "case"}
                if g.dep_ == "obl:agent" or "par" in gcases or (authored and gcases & {"a", "au", "aux"}):
                    a1_tokens += list(g.subtree)
    # "a été tué dans le camp de X par des soldats": the agent the parser hung on the place before it
    if passive and actor_in(doc, actors, a1_tokens) is None:
        a1_tokens += [t for g in stray_agents(trigger) for t in g.subtree]
    # "l'armée a mené des frappes", "les rebelles ont lancé une attaque contre X": the support verb's subject
    # (where no side is read on the noun itself: "des frappes aériennes" holds only an adjective)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "obj" and not is_passive(trigger.head) \
            and {word_key(trigger.head.lemma_), word_key(trigger.head.text)} & _support_verbs(doc_lang(doc)) \
            and actor_in(doc, actors, a1_tokens) is None:
        a1_tokens = [t for c in trigger.head.children if c.dep_ == "nsubj" for t in c.subtree]
    # after a verb of blame the infinitive's doer is the one blamed, not the accuser: "Kiev accuse Moscou d'avoir
    # frappé un hôpital", "l'armée est accusée d'avoir tué trois civils"
    blamed = _blamed(trigger, vocab.blame_verbs) if trigger.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubj:pass") for c in trigger.children) else None
    if blamed is not None:
        if passive:
            a2_tokens = a2_tokens or blamed
        else:
            a1_tokens = a1_tokens or blamed
    # an infinitive after a verb of saying or announcing has its subject: "l'armée a annoncé avoir
    # neutralisé ..." (the army acted), "le préfet a expliqué avoir été enlevé" (the prefect suffered)
    if trigger.pos_ == "VERB" and trigger.dep_ == "xcomp" and not any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in trigger.children):
        controller = [t for c in trigger.head.children if c.dep_ == "nsubj" for t in c.subtree]
        if passive:
            a2_tokens = a2_tokens or controller
        else:
            a1_tokens = a1_tokens or controller
    # a verb coordinated with another shares its subject: "des hommes armés ont tué deux civils et enlevé trois
    # autres" (the parser hangs "enlevé" on "tué" as a conjunct without a subject of its own)
    if trigger.pos_ == "VERB" and trigger.dep_ == "conj" and not a1_tokens and not passive and not any(
            c.dep_.startswith("nsubj") for c in trigger.children) and not is_passive(trigger.head):
        a1_tokens = [t for c in trigger.head.children if c.dep_ in ("nsubj", "nsubj:pass") for t in c.subtree]
    # "les FSR ont répliqué en bombardant la ville": a gerund has the subject of the verb it hangs on
    if not a1_tokens and not passive and is_gerund(trigger) and trigger.head.i != trigger.i:
        a1_tokens = [t for c in trigger.head.children if c.dep_ == "nsubj" for t in c.subtree]
    # "des échanges de tirs ont opposé les policiers aux bandits": the pair, where no side is read otherwise
    first, second = _paired_sides(trigger)
    if first and actor_in(doc, actors, a1_tokens) is None:
        a1_tokens = first
    if second and actor_in(doc, actors, a2_tokens) is None:
        a2_tokens = second
    stray = stray_subject(trigger) if not a1_tokens and not passive else None
    if stray is not None:
        a1_tokens = list(stray.subtree)
    # a parse running across a line break (a headline and the first paragraph) does not lend actors
    seg = segment_of(trigger)
    a1_tokens = [t for t in a1_tokens if seg.start <= t.i < seg.end]
    a2_tokens = [t for t in a2_tokens if seg.start <= t.i < seg.end]
    a1, a2 = actor_in(doc, actors, a1_tokens), actor_in(doc, actors, colon) or actor_in(doc, actors, a2_tokens)
    if a1 is not None and a2 is not None and a1[1] == a2[1]:
        a1 = None  # one phrase is not both sides
    of_tokens = [t for t in of_tokens if seg.start <= t.i < seg.end]
    of = actor_in(doc, actors, of_tokens)
    if of is not None:
        # civilians "de" a trigger noun are its victims, an armed group its authors
        if of[0].kind == "civilians":
            a2 = a2 or of
        else:
            a1 = a1 or of
    # no one named among what was hit: a place hit stands for the side holding it ("le poste militaire de X",
    # "sa maison"), and so does one "de" an attack noun ("l'attaque du détachement de X"); a bare "police"
    # in "le poste de police de X" yields to the post's, placed
    site = site_of(doc, a2_tokens, trigger) if a2_tokens else None
    if a2 is None or (site is not None and (site[0].normalized or "").startswith(f"{a2[0].normalized} ")):
        a2 = site or a2 or (site_of(doc, of_tokens, trigger) if of is None else None)
    return a1, a2

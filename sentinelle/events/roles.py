"""Who acted and who was hit around a trigger, for typing and satisfying it (see detect.py).

The attackers ("des hommes armés ont attaqué", "une incursion de combattants", "par des éléments de X",
"attribuée aux rebelles") and the speakers are never what was attacked; a crowd that loots or burns is rioting;
a named side hit ("l'armée a été attaquée") says whether the attack was on armed forces or on civilians.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from sentinelle.actors import site_side
from sentinelle.events.actor_choice import is_passive, span_of_tokens, stray_agents, subject_deps
from sentinelle.events.lexicon import Lexicon, TargetEntry, keys, word_key
from sentinelle.events.matching import doc_token_keys, token_keys
from sentinelle.events.parse_tree import tree_distance
from sentinelle.events.word_lists import event_words
from sentinelle.extensions import doc_lang, morph_get, token_columns
from sentinelle.model import Actor

# relations that open another clause: what hangs there is not a side of this one's fight
_OTHER_CLAUSE = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})


class Roles:
    """Reads the acting side and the crowd of a sentence's triggers with one language's word lists."""

    def __init__(self, lex: Lexicon) -> None:
        self.speech_verbs = keys(lex.modality.speech_verbs)
        self.crowd_words = keys(lex.triggers.crowd_words)
        self.crowd_moods = keys(lex.triggers.crowd_moods)
        # the words of an attack on the ground, whose "de" names the attackers
        self.storming_nouns = keys([w for e in lex.triggers.triggers if e.category_types for w in e.lemmas])

    def acting_side(self, triggers: list, armed_people: set[int] | frozenset[int] = frozenset()) -> set[int]:
        """Tokens naming who acted or who speaks: the subject of an active trigger verb that takes an object
        ("des hommes armés ont attaqué le quartier"), the agent of a passive one ("par des hommes armés"), the
        fighters "de" a storming noun ("une incursion de combattants"), the authors in a clause on the trigger
        ("une attaque attribuée aux rebelles"), the subject of a speech verb ("a déclaré le porte-parole de la
        police"). A target word there does not say who was hit."""
        out: set[int] = set()
        heads = {t.head.i for t in triggers}
        if not triggers:
            return out
        doc = triggers[0].head.doc
        vocab = event_words(doc_lang(doc))
        # the parse read from the Doc's columns: a Token is built only where one is needed
        cols = token_columns(doc)
        dep, pos, texts, tkeys, kids = cols.dep, cols.pos, cols.text, doc_token_keys(doc), cols.children
        for trig in triggers:
            h = trig.head  # the trigger's own head word (not its parent in the parse)
            hi = h.i
            # an active verb with an object, or one that needs one: its subject acted
            # ("un convoi a sauté sur une mine" has none)
            # (not a verb of suffering: "une patrouille a essuyé des tirs" underwent them)
            transitive = pos[hi] == "VERB" and not tkeys[hi] & vocab.suffer_verbs and (
                any(dep[c] == "obj" for c in kids(hi)) or trig.entry.requires in ("object", "people"))
            passive = is_passive(h)
            # "a été tué dans le camp de X par des soldats": the agent the parser hung on the place before it
            if passive:
                out |= {t.i for g in stray_agents(h) for t in g.subtree}
            # a trigger noun as the object of a verb ("des présumés jihadistes ont fait incursion", "les rebelles
            # ont lancé une offensive", "le gouvernement condamne l'attaque"): that verb's subject did it or speaks of
            # it, and was not hit (unless the verb is one of suffering: "la patrouille a subi une attaque")
            vi = cols.head[hi]
            if pos[hi] == "NOUN" and dep[hi] == "obj" and vi != hi and pos[vi] == "VERB" \
                    and not tkeys[vi] & vocab.suffer_verbs:
                out |= {t for c in kids(vi) if dep[c] == "nsubj" and c < vi for t in cols.subtree(c)}
            for c in kids(hi):
                cdep = dep[c]
                # (a subject after an active verb is its misparsed object: "ont attaqué le poste")
                if (cdep in ("nsubj", "nsubj:pass") and transitive and not passive and c < hi) \
                        or cdep == "obl:agent":
                    out |= set(cols.subtree(c)) - _struck_in(doc[c], heads)
                elif passive and cdep.startswith("obl") and any(
                        dep[g] == "case" and tkeys[g] & vocab.agent_cases for g in kids(c)):
                    # "ont été blessés par des tirs de soldats": the agent the parser read as an oblique
                    out |= set(cols.subtree(c)) - _struck_in(doc[c], heads)
                elif passive and cdep.startswith("obl"):
                    # "ont été tués dimanche par des hommes armés qui ...": the agent the parser hung on the day
                    out |= {t for g in kids(c) if dep[g] == "obl:agent" for t in cols.subtree(g)}
                elif cdep in ("acl", "acl:relcl"):
                    # "une attaque attribuée aux rebelles", "des attaques répétées des rebelles" (read as an agent)
                    authored = bool(tkeys[c] & vocab.authorship_words)
                    out |= {t for g in kids(c) if dep[g] == "obl:agent" or (authored and dep[g].startswith("obl"))
                            for t in cols.subtree(g)}
        sent_start, sent_end = cols.sentence(triggers[0].head.i)  # (Token.sent builds a Span)
        from_heads = doc.user_data.get("sentinelle_from_heads")
        if from_heads is None:  # the words with a "depuis" of their own, once per Doc
            heads_of = cols.head
            from_heads = doc.user_data["sentinelle_from_heads"] = frozenset(
                heads_of[j] for j in range(len(dep))
                if dep[j] == "case" and heads_of[j] != j and word_key(texts[j]) in vocab.from_cases)
        storming, speech = self.storming_nouns, self.speech_verbs
        for i in range(sent_start, sent_end):
            p = pos[i]
            # "une incursion de combattants", "la cible d'attaques des rebelles": fighters "de" a storming noun
            if p == "NOUN" and not storming.isdisjoint(tkeys[i]):
                for c in kids(i):
                    if dep[c] == "nmod" and c in armed_people and any(
                            word_key(texts[g]) in vocab.of_cases for g in kids(c) if dep[g] == "case"):
                        out.update(cols.subtree(c))
            if p == "VERB" and not speech.isdisjoint(tkeys[i]):
                out |= {t for c in kids(i) if dep[c] == "nsubj" for t in cols.subtree(c)}
            # where the fire came from is the attackers' side, not what they hit: "des frappes, depuis le
            # champ pétrolier de X, sur trois villages", "ont tiré depuis leurs positions"
            # (not since an incident: "depuis le tir de sept roquettes contre l'ambassade")
            if p in ("NOUN", "PROPN") and i in from_heads \
                    and i not in heads and not any(c in heads for c in kids(i)):
                out.update(cols.subtree(i))
        return out


    def by_crowd(self, head: Token) -> bool:
        """Whether a crowd does it: "des jeunes en colère ont saccagé et incendié des commerces", "un commissariat
        a été incendié par des jeunes"."""
        verbs = [head, head.head] if head.dep_ == "conj" else [head]
        if any((c.dep_ in subject_deps(v) or c.dep_ == "obl:agent") and (
                token_keys(c) & self.crowd_words or self._angry(c)) for v in verbs for c in v.children):
            return True
        return head.pos_ == "NOUN" and self._crowd_in_fight(head)

    def _angry(self, people: Token) -> bool:
        """People said to be angry are a crowd: "des habitants en colère", "des villageois furieux"."""
        return people.pos_ == "NOUN" and any(
            token_keys(c) & self.crowd_moods for c in people.children if c.dep_ in ("amod", "nmod", "acl"))

    def _crowd_in_fight(self, noun: Token) -> bool:
        """A fight told by its noun whose sides include a crowd: "des heurts entre manifestants et policiers",
        "des échauffourées ont opposé des jeunes aux gendarmes", "des affrontements ont éclaté entre jeunes et
        forces de l'ordre" (the sides hang on the noun or, the noun being the subject, on its verb). A crowd
        word describing a noun ("de jeunes combattants") names no crowd."""
        scope = [noun]
        if noun.dep_ in ("nsubj", "nsubj:pass"):
            scope += [c for c in noun.head.children if c.i != noun.i and c.dep_ not in _OTHER_CLAUSE]
        return any(t.dep_ != "amod" and token_keys(t) & self.crowd_words
                   for top in scope for t in top.subtree if t.dep_ not in _OTHER_CLAUSE)


def _struck_in(subject: Token, heads: set[int]) -> set[int]:
    """What an incident told as the subject of a killing hit: "le tir d'un obus sur la gare a tué quatre
    personnes", "la frappe contre l'hôpital a fait dix morts" (the incident is the cause, and what it
    fell on is its target, not the acting side)."""
    if subject.i not in heads and not any(c.i in heads for c in subject.children):
        return set()
    against = event_words(doc_lang(subject.doc)).against_cases
    return {t.i for c in subject.children if c.dep_.startswith("nmod")
            and any(word_key(g.text) in against for g in c.children if g.dep_ == "case") for t in c.subtree}


_ARMED_KINDS = frozenset({"state_forces", "rebels", "militia", "external"})


def side_category(side: tuple[Actor, tuple[int, int]] | None) -> str | None:
    """The target category of a named side hit ("l'armée a été attaquée par ..."): armed forces or civilians.

    A side read from the place hit ("ont pris d'assaut la localité": its inhabitants) types nothing: what a
    place hit makes of an attack is the target words' call (targets.yaml), not the side's.
    """
    if side is None or side[0].kind is None or (side[0].name and site_side(side[0].name, stormed=True) is not None):
        return None
    if side[0].kind in _ARMED_KINDS:
        return "armed"
    return "civilians" if side[0].kind == "civilians" else None


def fighters_means(tok: Token, fighters: list[Token], heads: list[Token]) -> bool:
    """``tok`` tells how fighters came, in a clause of theirs that is no trigger: "les assaillants, arrivés
    en grand nombre à moto" (the parser may make that clause the root of the sentence)."""
    for f in fighters:
        verb = f.head
        if f.dep_ != "nsubj" or verb.pos_ != "VERB" or any(h.i == verb.i for h in heads):
            continue
        if verb.is_ancestor(tok) and not any(h.i == tok.i or h.is_ancestor(tok) for h in heads):
            return True
    return False


def victim_among(verb: Token, heads: set[int]) -> bool:
    """Is the victim of a killing verb (its object, or its subject when passive) one of ``heads``?"""
    if verb.pos_ != "VERB":
        return False
    # (an indefinite plural object is often parsed "obl:arg" with "des" as its case: "ont passé à tabac des
    # manifestants")
    roles = ("obj", "nsubj:pass", "nsubj") if is_passive(verb) else ("obj", "obl:arg")
    return any(c.dep_ in roles and c.i in heads for c in verb.children)


# What a settlement struck is called when it is the object of a strike, a shelling or a battle
# (targets.yaml); elsewhere the word only says where, or types an attack on its inhabitants.
SETTLEMENT = "village"
_THING_REACH = 6  # tree steps from the trigger to a thing hit


@dataclass
class TargetChoice:
    """The target of one mention, its category, and the category of its victims."""

    target: str | None = None
    category: str | None = None
    victim_category: str | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)


def object_of(tok: Token, heads: list[Token]) -> bool:
    """``tok`` is what a trigger acts on: the object of an active trigger verb, the subject of a passive one,
    or a "sur"/"contre" complement ("ont visé les villages de A et B", "des frappes sur trois villages")."""
    if not any(tok.head.i == h.i for h in heads):
        return False
    if tok.dep_ == "obj" or (tok.dep_ == "nsubj:pass" and is_passive(tok.head)):
        return True
    return tok.dep_.startswith(("obl", "nmod")) and any(
        word_key(c.text) in event_words(doc_lang(tok.doc)).against_cases for c in tok.children if c.dep_ == "case")


def _other_clause(tok: Token, heads: list[Token]) -> bool:
    """``tok`` sits in a clause of its own that holds no trigger: "22 personnes ont été tuées lors de la
    frappe, tandis que trois autres sont mortes à l'hôpital" (where they died, not what was struck). A
    relative or participial clause on a trigger noun still tells the trigger ("l'attentat qui a visé le
    marché")."""
    # "ont pris le contrôle de la ville, vidant la prison": the object of a present participle that is no trigger
    # of the mention is what that other act did, however the parser hung the participle
    if tok.dep_ == "obj" and tok.head.pos_ == "VERB" and tok.head.lower_.endswith("ant") \
            and all(tok.head.i != h.i for h in heads):
        return True
    for anc in tok.ancestors:
        if anc.dep_ not in _SUB_CLAUSES or not (
                anc.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in anc.children)):
            continue
        if any(anc.i == h.i or anc.is_ancestor(h) for h in heads):
            return False
        return not (anc.dep_ in ("acl", "acl:relcl") and any(anc.head.i == h.i for h in heads))
    return False


def _their_own(tok: Token, heads: list[Token]) -> bool:
    """``tok`` is the victims' own place where the act happened ("dans leur maison", "chez eux" aside), not
    what the act was aimed at ("un obus est tombé sur leur maison").

    The place is said with a preposition ("dans leur maison", "à l'intérieur de leur maison"): one with none,
    set on a trigger verb, is its object the parser misread ("lorsqu'une frappe a touché leur maison" parsed
    as an obl:mod of "touché")."""
    if not any(c.dep_ == "case" for c in tok.children) and any(tok.head.i == h.i for h in heads):
        return False
    return not object_of(tok, heads) and tok.dep_.startswith(("obl", "nmod")) and any(
        c.dep_ == "det" and "Yes" in morph_get(c, "Poss") for c in tok.children)


def _named_by(tok: Token) -> bool:
    """``tok`` is part of a street's name or a town's head count, not something or someone hit."""
    owner = word_key(tok.head.text)
    vocab = event_words(doc_lang(tok.doc))
    # a capitalised name right after its street word, whatever relation the parser gave it
    if tok.i == tok.head.i + 1 and owner in vocab.street_nouns and tok.text[:1].isupper():
        return True
    if not tok.dep_.startswith(("nmod", "appos", "flat")):
        return False
    # "le boulevard du Grand Marché", or a name set right after the street word ("au rond-point Eglise")
    if owner in vocab.street_nouns and (tok.text[:1].isupper() or any(
            word_key(c.text) in vocab.of_cases for c in tok.children if c.dep_ == "case")):
        return True
    return owner in vocab.town_nouns and any(c.dep_ in ("nummod", "det") and c.like_num for c in tok.children)


_SUB_CLAUSES = frozenset({"advcl", "ccomp", "parataxis", "acl", "acl:relcl"})


def _active_subject(tok: Token, heads: list[Token]) -> bool:
    """``tok`` is the subject of an active trigger verb: the doer, not someone hit."""
    return tok.dep_ == "nsubj" and any(tok.head.i == h.i for h in heads) and not is_passive(tok.head)


def choose_target(heads: list[Token], targets: list[tuple[TargetEntry, list[Token]]],
                  event_type: str | None) -> TargetChoice:
    """The target of a mention from the target words near its triggers (``targets``, by trigger).

    The closest thing hit wins (within six tree steps, not in another clause); people only say who the
    victims were, and civilians killed are the target of an attack on civilians. A settlement word
    ("village", "hameau") types an attack on its inhabitants (target ``civilians``); as the object of a
    strike, a shelling or a battle it is the target ``village``; elsewhere near them it only says where.
    """
    out = TargetChoice()
    on_civilians = event_type in (None, "violence_against_civilians")
    targets = [(e, toks) for e, toks in targets if not _named_by(toks[0])]
    things = []
    for entry, toks in targets:
        if entry.people:
            continue
        label = entry.target
        if label in (SETTLEMENT, "civilians"):
            if on_civilians:
                label = "civilians"  # "ont attaqué le village de X": its inhabitants
            elif not (label == SETTLEMENT and object_of(toks[0], heads)):
                continue  # "dans le village de X", "le quartier de X" near a riot: where, not what was struck
        elif _other_clause(toks[0], heads):
            continue
        elif entry.category == "civilians" and _their_own(toks[0], heads):
            label = "civilians"  # "elles ont été tuées à l'intérieur de leur maison": the victims, at home
        things.append((entry, label, toks))
    things_entry = None
    if things:
        entry, label, toks = min(things, key=lambda t: tree_distance(t[2][0], heads))
        if tree_distance(toks[0], heads) <= _THING_REACH:
            out.target, out.category = label, entry.category
            things_entry = entry
            out.evidence = [span_of_tokens(toks)]
    people = [t for t in targets if t[0].people]
    if people:
        # (the subject of an active trigger verb did it: "des jihadistes ont tiré sur les villageois" hit the
        # villagers, as near to the verb as the jihadists)
        entry, toks = min(people, key=lambda t: (_active_subject(t[1][0], heads), tree_distance(t[1][0], heads)))
        out.victim_category = entry.category
        # people killed in their homes or at the market: an attack on civilians hits the civilians; so does
        # a strike on a village that kills its inhabitants
        # (people arrested are no target: an arrest hits nothing)
        if entry.category == "civilians" and event_type != "strategic_developments" and (out.target in (None, SETTLEMENT) or (
                event_type == "violence_against_civilians" and out.category == "civilians"
                and not (things_entry is not None and things_entry.names_its_people))):
            # (the victims' own label when the words say who they were: "deux humanitaires" are aid workers)
            out.target, out.category = entry.target, "civilians"
            out.evidence = [span_of_tokens(toks)]
    return out

"""Trigger words: where an incident may be told in a sentence (``triggers.yaml``).

Phrases, lemmas (with the forms the tagger cannot lemmatise, such as participles typed without
accents) and dependency patterns ("lancer" + "roquette") are indexed by word key, so that a word meets
only the entries it can match; :meth:`TriggerFinder.satisfied` checks the conditions of weak words
(something hit, people, victims). Typing and grouping the triggers is ``detect.py``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sentinelle.events.actor_choice import is_gerund, is_passive
from sentinelle.events.lexicon import Lexicon, TriggerEntry, keys, word_key
from sentinelle.events.matching import Hit, PhraseIndex, doc_token_keys, doc_units, select_longest, token_keys
from sentinelle.events.parse_tree import reflexive
from sentinelle.extensions import morph_get, token_columns

# Dependents of a trigger that hold what it hit.
_OBJECT_DEPS = frozenset({"obj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "nmod", "iobj", "acl", "xcomp"})


@dataclass
class Trigger:
    """Trigger words found in a sentence: the entry they match, their tokens, the head token."""

    entry: TriggerEntry
    tokens: list[Token]
    head: Token


class TriggerFinder:
    """The trigger entries of one lexicon, indexed by word key."""

    def __init__(self, lex: Lexicon, modifier_cases: frozenset[str], party_words: frozenset[str] = frozenset()) -> None:
        self.modifier_cases = modifier_cases
        # "signataire de l'accord": words describing a party to what their complement names (word keys)
        self.party_words = party_words
        self.claim_verbs = keys(lex.modality.claim_verbs)
        self.speech_verbs = keys(lex.modality.speech_verbs)
        self.release_words = keys(lex.triggers.release_words)
        self.livestock = keys(lex.triggers.livestock_words)
        self.support_verbs = keys(lex.triggers.support_verbs)
        self.inanimate = keys(lex.triggers.inanimate_objects)
        # round figures that hold what is counted: "une trentaine de roquettes", "des dizaines de drones"
        self.quantity_nouns = keys(list(lex.numbers.approximate) + list(lex.numbers.multipliers))
        self.phrases = PhraseIndex()
        self.lemma_entries: list[tuple[frozenset[str], TriggerEntry]] = []
        for entry in lex.triggers.triggers:
            for p in entry.phrases:
                self.phrases.add(p, entry)
            if entry.lemmas:
                self.lemma_entries.append((keys(entry.lemmas), entry))
        # trigger words and dependency patterns by key, so that a token meets only the entries it can match
        # (in table order: on a tie the first entry wins)
        self._lemma_by_key: dict[str, list[int]] = {}
        for n, (words, _entry) in enumerate(self.lemma_entries):
            for k in words:
                self._lemma_by_key.setdefault(k, []).append(n)
        self._dep_patterns = [(entry, pattern, keys(pattern.head), keys(pattern.child))
                              for entry in lex.triggers.triggers for pattern in entry.dep]
        self._dep_by_key: dict[str, list[int]] = {}
        for n, (_entry, _pattern, head_keys, _child_keys) in enumerate(self._dep_patterns):
            for k in head_keys:
                self._dep_by_key.setdefault(k, []).append(n)
        self._trigger_keys = frozenset(self._lemma_by_key) | frozenset(self._dep_by_key)
        # per lower-cased ASCII word: the verb of it read as an unaccented participle when that verb is a trigger
        # word, else None (asked of most words of every sentence, and the same words come back)
        self._participles: dict[str, frozenset[str] | None] = {}

    def find(self, sent: Span) -> list[Trigger]:
        """The trigger words of ``sent`` (phrases, lemmas, dependency patterns), longest match first."""
        units = doc_units(sent)
        hits: list[Hit] = self.phrases.find(units)
        lemma_by_key, dep_by_key = self._lemma_by_key, self._dep_by_key
        doc = sent.doc
        # the words are read from the Doc's columns: a Token is built only for a word that may be a trigger
        cols, all_keys = token_columns(doc), doc_token_keys(doc)
        trigger_keys = self._trigger_keys
        texts, lowers, pos = cols.text, cols.lower, cols.pos
        participles = self._participles
        if len(participles) > 100_000:  # bounded: a long-running feed meets new words without end
            participles.clear()
        for i in range(sent.start, sent.end):
            tk = all_keys[i]
            lower = lowers[i]
            if texts[i].isascii():
                # (asked only when the verb would be a trigger word: the test of the children reads the parse)
                try:
                    verb = participles[lower]
                except KeyError:
                    verb = unaccented_participle(lower)
                    verb = participles[lower] = verb if verb and not verb.isdisjoint(trigger_keys) else None
                if verb is not None and (
                        pos[i] not in ("NOUN", "PROPN")
                        or any(cols.dep[c].startswith("aux") for c in cols.children(i))):
                    tk = tk | verb  # (a "noun" with auxiliaries is a mis-tagged verb)
            # "en bombardant la ville": a gerund the tagger took for a noun is its verb
            if i > sent.start and lower.endswith("ant") and lowers[i - 1] == "en" \
                    and pos[i] != "VERB":
                tk = tk | {word_key(lower[:-3] + "er")}
            if tk.isdisjoint(trigger_keys):
                continue  # most words are no trigger word and head no dependency pattern
            lemma_hits = sorted({n for k in tk for n in lemma_by_key.get(k, ())})
            dep_hits = sorted({n for k in tk for n in dep_by_key.get(k, ())})
            if not lemma_hits and not dep_hits:
                continue
            tok = doc[i]
            for n in lemma_hits:
                entry = self.lemma_entries[n][1]
                if entry.pos is None or tok.pos_ in entry.pos or (
                        "NOUN" in entry.pos and _nominal_adjective(tok)) or ("VERB" in entry.pos and is_gerund(tok)):
                    hits.append(Hit(tok.i, tok.i + 1, entry, 1))
            if not dep_hits:
                continue
            # children, and grandchildren through a mis-attached modifier
            # ("a lancé dans le passé des missiles": missiles under passé)
            near = [c for c in tok.children] + [g for c in tok.children if c.dep_.startswith("obl") for g in c.children]
            # ... and what a round figure counts ("a tiré mercredi une trentaine de roquettes", "des dizaines de
            # roquettes" hung on the day)
            near += [g for c in near if token_keys(c) & self.quantity_nouns for g in c.children if g.dep_ == "nmod"]
            # ... and a complement of the verb the parser hung on its object ("ont emmené une trentaine de personnes
            # vers la forêt": "forêt" under "personnes")
            near += [g for c in near if c.dep_ == "nmod" and c.head.i != tok.i and c.head.dep_ == "obj"
                     for g in c.children if g.dep_ == "nmod" and g.i > c.i] + [
                g for c in tok.children if c.dep_ == "obj" for g in c.children if g.dep_ == "nmod" and g.i > c.i
                and any(word_key(k.text) not in ("de", "d'", "du", "des") for k in g.children if k.dep_ == "case")]
            # a relative clause's subject is the noun it describes: "une manifestation qui a dégénéré"
            antecedent = tok.head if tok.dep_ == "acl:relcl" and any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in tok.children) else None
            # ... and a participle's is the noun it describes: "un missile ..., intercepté par la défense"
            participle = tok.dep_ in ("acl", "advcl") and "Part" in morph_get(tok, "VerbForm") \
                and "Past" in morph_get(tok, "Tense") and not any(c.dep_.startswith("aux") for c in tok.children)
            if participle:
                # (set off after a clause, ", intercepté par ...", it describes that clause's object)
                antecedent = tok.head if tok.dep_ == "acl" else next(
                    (c for c in tok.head.children if c.dep_ == "obj"), None)
            described = [antecedent] if antecedent is not None else []
            if participle and tok.dep_ == "acl":
                # ... the parser hangs it on the noun before the "de" complement: "les débris d'un drone abattu"
                described += [c for c in tok.head.children if c.dep_ == "nmod" and c.i < tok.i]
            for n in dep_hits:
                entry, pattern, _head_keys, child_keys = self._dep_patterns[n]
                if any(token_keys(c) & child_keys and (pattern.child_dep is None or c.dep_ in pattern.child_dep)
                       for c in near) or (any(token_keys(a) & child_keys for a in described)
                                          and (pattern.child_dep is None
                                               or ("nsubj:pass" if participle else "nsubj") in pattern.child_dep
                                               # ("acl": only the noun a participle describes)
                                               or (participle and "acl" in pattern.child_dep))):
                    hits.append(Hit(tok.i, tok.i + 1, entry, 2))
        found = []
        heads = cols.head
        for hit in select_longest(hits):
            toks = [doc[i] for i in range(hit.start, hit.end)]
            # the word nearest the root (the first of them on a tie), walked on the head column
            head = min(toks, key=lambda t: _ancestor_count(heads, t.i))
            if len(toks) == 1 and self._modifier(head):
                continue  # "du matériel de combat": a kind of thing, not an incident
            if self._described_party(doc, hit.start, sent.start):
                continue  # "un ancien guérillero signataire de l'accord de paix": who someone is, not an act
            if len(toks) == 1 and head.pos_ == "NOUN" and self._freed(head):
                continue  # "trois otages libérés", "la libération des otages": freed, not taken
            found.append(Trigger(hit.payload, toks, head))  # type: ignore[arg-type]
        return found

    def _took_no_one(self, trig: Trigger, head: Token) -> bool:
        """A word that takes people used in its other sense: what it takes is all animals or things ("ont enlevé du
        bétail", "trois matches avaient été arrêtés", "le bilan arrêté à 18 heures"), or, for an arrest word, it
        is pronominal or takes an infinitive ("les violences ne se sont pas arrêtées là", "ont arrêté de tirer"):
        to stop, not to arrest."""
        if head.pos_ == "NOUN":
            return False
        if trig.entry.type == "arrests" and (
                any(c.dep_ == "xcomp" and "Inf" in morph_get(c, "VerbForm") for c in head.children)
                # (not "ils se sont fait arrêter": the pronoun goes with the causative "faire")
                or (reflexive(head) and not any(c.dep_ in ("dep", "aux:caus") and c.lemma_ == "faire"
                                                for c in head.children))):
            return True
        taken = [c for c in head.children if c.dep_ in ("obj", "obl:arg")]
        # (of two subjects, the one next to the verb: the first is a fronted time the parser made a subject, "la
        # saison dernière, trois matches avaient été arrêtés")
        taken += [max((c for c in head.children if c.dep_ == "nsubj:pass"), key=lambda c: c.i, default=head)]
        taken = [c for c in taken if c is not head]
        if head.dep_ == "acl" and "Part" in morph_get(head, "VerbForm") and not taken:
            taken = [head.head]  # a participle describing its noun: "trois matches arrêtés"
        # (through a round figure: "une centaine de têtes de bétail")
        taken = [next((g for g in c.children if g.dep_ == "nmod"), c) if token_keys(c) & self.quantity_nouns
                 else c for c in taken]
        return bool(taken) and all(c.pos_ in ("NOUN", "ADJ") and token_keys(c) & (self.livestock | self.inanimate)
                                   for c in taken)

    def _described_party(self, doc: Doc, start: int, first: int) -> bool:
        """The words open the "de" complement of a word describing a party to them ("signataire de l'accord")."""
        i = start - 1
        while i >= first and doc[i].dep_ in ("det", "case"):
            i -= 1
        return i >= first and i < start - 1 and bool(token_keys(doc[i]) & self.party_words)

    def _freed(self, noun: Token) -> bool:
        """A noun whose predicate frees it: the object or passive subject of a verb of freeing, the complement of its
        noun, or a participle of it right after ("trois otages libérés")."""
        if noun.dep_ in ("obj", "nsubj:pass", "nmod") and token_keys(noun.head) & self.release_words:
            return True
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        return nxt is not None and bool(token_keys(nxt) & self.release_words) and nxt.pos_ in ("VERB", "ADJ")

    def _modifier(self, tok: Token) -> bool:
        """A bare singular noun hung on another noun by "de": "matériel de combat", "hélicoptère d'attaque"."""
        if tok.pos_ != "NOUN" or tok.dep_ != "nmod" or tok.head.pos_ != "NOUN" or "Plur" in morph_get(tok, "Number"):
            return False
        cases = [c for c in tok.children if c.dep_ == "case"]
        dets = [c for c in tok.children if c.dep_ in ("det", "nummod")]
        return not dets and any(word_key(c.text) in self.modifier_cases for c in cases)

    def satisfied(self, trig: Trigger, sent: Span, target_tokens: set[int], place_tokens: set[int],
                   has_figures: bool, weapon_tokens: frozenset[int] = frozenset(),
                   actor_tokens: frozenset[int] = frozenset(), post_tokens: frozenset[int] = frozenset()) -> bool:
        req = trig.entry.requires
        head = trig.head
        if (req == "people" or trig.entry.type == "arrests") and self._took_no_one(trig, head):
            return False
        if req is None:
            return True
        if req == "post":
            # "le camp militaire a été occupé par les jihadistes", "ont occupé la base", "le poste aurait été
            # abandonné puis occupé": what is held is a military post or base (its noun, the object or the
            # passive subject, of the verb or of the verb it is coordinated with), not a square or a building
            verbs = [head, head.head] if head.dep_ == "conj" else [head]
            return any(c.i in post_tokens for v in verbs for c in v.children
                       if c.dep_ == "obj" or (c.dep_ == "nsubj:pass" and is_passive(v)))
        # "prise pour cible par trois roquettes", "visé à coups de drones": a weapon used on something
        if req == "object" and any(c.i in weapon_tokens or any(g.i in weapon_tokens for g in c.children)
                                   for c in head.children if c.dep_.startswith(("obl", "nmod"))):
            return True
        if req == "ground":
            # "se sont emparés de Sake / du camp militaire / de l'aéroport de X": what is taken is a place or a post;
            # not "s'être emparé d'armes et de munitions" nor "de plusieurs véhicules" (booty, whatever the toll)
            last = max(trig.tokens, key=lambda t: t.i)
            taken = [last.head] if last.head.i > last.i else [c for c in head.children if c.dep_.startswith("obl")]
            # ... or the subject of a change of hands: "la ville de X est tombée aux mains des rebelles"
            taken += [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")]
            ground = place_tokens | post_tokens
            # (the noun itself, or a place hung on it as its name: "la ville de X", not "des véhicules près de X")
            return any(n.pos_ == "PROPN" or n.i in ground or any(
                c.i in ground and c.dep_ in ("nmod", "appos", "flat:name")
                and not any(g.dep_ == "advmod" for g in c.children) for c in n.children) for n in taken)
        if req == "people":
            if head.pos_ == "NOUN":
                return True
            # "ont enlevé du bétail", "une centaine de têtes de bétail ont été enlevées": animals, not people
            if has_figures or any(
                c.dep_ in ("obj", "nsubj:pass", "nsubj") and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ")
                for c in head.children
            ):
                return True
            # reported speech about oneself: "a expliqué avoir été enlevé", "affirme avoir été torturé"
            return (head.pos_ == "VERB" and is_passive(head) and head.dep_ in ("xcomp", "ccomp")
                    and any(c.dep_ == "nsubj" for c in head.head.children))
        if req == "victims":
            return has_figures
        if req == "place":
            # "la chute de Kidal", not "la chute d'une branche" / "du régime": a place name follows the words
            last = max(t.i for t in trig.tokens)
            nxt = next((t for t in sent if t.i > last and not t.is_punct), None)
            return nxt is not None and (nxt.i in place_tokens or (nxt.pos_ == "PROPN" and nxt.text[:1].isupper()))
        # "l'attentat a été revendiqué par X", "X a revendiqué l'attaque": a claimed incident happened
        if head.pos_ == "NOUN" and head.dep_ in ("nsubj:pass", "obj") and token_keys(head.head) & self.claim_verbs:
            return True
        # "object": something to hit attached to the trigger
        if has_figures and head.pos_ in ("VERB", "NOUN"):
            return True
        # a participle describing a noun, with its doer ("leur école, incendiée la semaine dernière par des hommes
        # armés"): the noun it describes is what was hit, wherever the parser hangs the apposition
        if head.pos_ == "VERB" and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "obl:agent" for c in head.children):
            return True
        # "Une attaque qui avait fait des victimes ...": a verbless sentence opened by the trigger noun tells the
        # incident again (a recap of the one told before), whatever it hit
        if head.pos_ == "NOUN" and head.dep_ == "ROOT" and head.i - sent.start <= 2 \
                and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in sent):
            return True
        # "une attaque contre X": whatever X is, it was attacked
        if any(word_key(g.text) == "contre" for c in head.children for g in c.children if g.dep_ == "case"):
            return True
        # ... which the parser hangs on the verb whose object the noun is, when that verb only judges or tells it
        # ("le gouvernement condamne l'attaque terroriste contre une patrouille", "a reconnu l'attaque contre un
        # poste"): the complement right after the noun phrase is the noun's
        if head.pos_ == "NOUN" and head.dep_ in ("obj", "nsubj:pass") and any(
                c.dep_.startswith("obl") and c.left_edge.i == head.right_edge.i + 1
                and any(word_key(g.text) == "contre" for g in c.children if g.dep_ == "case")
                for c in head.head.children):
            return True
        attached: set[int] = set()
        # (an object the parser hung on an adverb after the verb: "ont attaqué simultanément des positions")
        adverbs = [c for c in head.children if c.dep_ == "advmod" and c.i > head.i]
        for child in [*head.children, *(g for a in adverbs for g in a.children if g.dep_ in _OBJECT_DEPS)]:
            # (a subject after an active verb is its misparsed object: "ont attaqué le poste de X")
            if child.dep_ in _OBJECT_DEPS or (child.dep_ == "nsubj" and (
                    head.pos_ == "NOUN" or (child.i > head.i and not is_passive(head)))):
                attached |= {t.i for t in child.subtree}
        # (an object the parser made the subject of an inverted incise closing the clause: "ont frappé plusieurs
        # cibles, notamment à Hodeïda, a annoncé le Pentagone")
        for inc in head.children:
            if inc.dep_ in ("advcl", "parataxis") and inc.i > head.i and token_keys(inc) & self.speech_verbs \
                    and any(c.dep_ in ("obj", "nsubj") and c.i > inc.i for c in inc.children):
                attached |= {t.i for c in inc.children if c.dep_ == "nsubj" and c.i < inc.i for t in c.subtree}
        if head.dep_ in ("nsubj:pass", "obj") or (head.pos_ == "VERB" and any(c.dep_ == "aux:pass" for c in head.children)):
            attached |= {t.i for c in head.children if c.dep_ == "nsubj:pass" for t in c.subtree}
        # "a mené au moins quatre raids sur les environs de X": the noun's complement, which the parser hangs on
        # the support verb whose object the noun is (after the noun: the verb's subject or its day are not hit)
        # (the parser may call the object a modifier, "a mené mardi trois raids": a noun with no preposition)
        if head.pos_ == "NOUN" and token_keys(head.head) & self.support_verbs and (
                head.dep_ in ("obj", "obl:arg")
                or head.dep_ in ("obl", "obl:mod") and not any(c.dep_ == "case" for c in head.children)):
            attached |= {t.i for c in head.head.children if c.dep_ in ("obl", "obl:mod", "obl:arg")
                         and c.i > head.i for t in c.subtree}
        if attached & (target_tokens | place_tokens):
            return True
        # a named side hit, as the object or the passive subject: "l'armée a été attaquée", "ont attaqué le
        # M23" (not "des attaques de rebelles": those are the attackers)
        hit = {t.i for c in head.children if c.dep_ == "obj" or (c.dep_ == "nsubj:pass" and is_passive(head))
               for t in c.subtree}
        return bool(hit & actor_tokens)


@lru_cache(maxsize=1 << 16)
def unaccented_participle(lower: str) -> frozenset[str]:
    """The verb of a participle typed without accents ("attaquee", "tues", "enlevees"), which the tagger
    cannot lemmatise: many outlets (and keyboards) drop the accents."""
    k = word_key(lower)
    if len(k) < 4 or not k.endswith("e"):
        return frozenset()
    return frozenset({k[:-1] + "r" if k.endswith("ee") else k + "r"})


def _ancestor_count(heads: list[int], i: int) -> int:
    """How many heads are above token ``i`` (``heads``: the Doc's head column)."""
    n = 0
    while heads[i] != i:
        i = heads[i]
        n += 1
    return n


# The roles of a noun phrase's head in a clause.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "nmod", "appos"})


def _nominal_adjective(tok: Token) -> bool:
    """An adjective the tagger left heading a noun phrase, with its determiner ("Un manifestant a été tué"): the
    noun it is used as."""
    return tok.pos_ == "ADJ" and tok.dep_ in _NOMINAL_DEPS and any(c.dep_ == "det" for c in tok.children)

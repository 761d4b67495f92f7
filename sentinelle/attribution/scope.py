"""Scope of a cue: whether a speech, claim, denial, threat or hedge governs a trigger word (the trigger in its
complement, a participle or relative clause on the trigger noun, an incise, a purpose phrase naming the trigger as
its aim), and when a denial is of a part in the act rather than of the act (mixed into
:class:`~sentinelle.attribution.stage.Attributor`).
"""

from __future__ import annotations

from spacy.tokens import Token

from sentinelle.attribution.syntax import (
    _BOUNDARY,
    _CLAUSE,
    _COMPLEMENT,
    _GOVERNING,
    _SUBJECT,
    _bare_participle,
    _Cue,
    inverted_subject,
    trailing_subject,
)
from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import token_keys
from sentinelle.events.parse_tree import INVERTED_CLITIC, postposed_subject_object
from sentinelle.extensions import morph_get

# Cues whose act is not done: the aim of that act is not done either.
_NOT_DONE = frozenset({"hypothetical", "threatened", "denied"})
# Parts of speech skipped between a purpose phrase and the word it introduces ("pour de NOUVELLES attaques").
_PURPOSE_SKIP = frozenset({"DET", "ADJ", "ADV", "NUM", "PRON", "ADP"})


def _postposed(verb: Token, subject: Token) -> bool:
    """ "Des combats ont éclaté à X, a indiqué un comité local": a speech verb after a comma, its subject inverted
    after it, reports the clause before the comma, which the parser may have made its subject."""
    doc = verb.doc
    k = verb.i - 1
    while k > subject.i and doc[k].pos_ == "AUX":
        k -= 1
    # (the "subject" holds a clause of its own, with a verb: not "Un porte-parole de X, Y, a fait état de"; or it
    # is the object of the verb before it: "..., tuant deux personnes, a annoncé le gouverneur")
    clause = any(t.pos_ == "VERB" and t.i < k for t in subject.subtree) or postposed_subject_object(subject) is not None
    # ... or it is a member coordinated to the clause before: "... les ports de X ainsi que la centrale de Y, sur la
    # côte, a annoncé l'armée" (the conjunction hangs on the speech verb, before the "subject")
    clause = clause or any(c.dep_ in ("mark", "cc") and c.i < subject.i for c in verb.children)
    # ... or it does not agree: "... les ports de X et de Y, sur la côte, a annoncé l'armée" (a plural noun before a
    # singular auxiliary is no subject of it)
    clause = clause or ("Plur" in morph_get(subject, "Number") and any(
        c.dep_.startswith("aux") and "Sing" in morph_get(c, "Number") for c in verb.children))
    return clause and subject.i < k and doc[k].text == "," and inverted_subject(verb) is not None



class ScopeReader:
    """Whether a cue reaches a trigger word (mixed into :class:`Attributor`, whose cue lists it reads)."""

    gerund_marks: frozenset[str]
    purpose_marks: frozenset[str]
    causal: frozenset[str]
    complement_preps: frozenset[str]
    containers: frozenset[str]
    involvement: frozenset[str]
    relative_sources: frozenset[str]

    def _content_relative(self, verb: Token) -> bool:
        """ "les informations selon lesquelles le camp aurait été occupé": a relative clause opened by "selon
        lequel" says what its noun (a report, a rumour) holds, like a complement clause, not a fact about the
        noun; a denial or a report of the noun reaches it (the parser may hang it on a nearer noun)."""
        for c in verb.children:
            if "Rel" in morph_get(c, "PronType") and c.dep_.startswith("obl"):
                case = "".join(g.text for g in c.children if g.dep_ == "case")
                if case and word_key(case) in self.relative_sources:
                    return True
        return False

    def _governs(self, cue: _Cue, trig: Token, path: list[tuple[str, Token]]) -> int | None:
        """Steps from the trigger up to the cue when the trigger sits in the cue's complement."""
        # "dément AVOIR bombardé": the denial phrase holds the auxiliary of the trigger participle (whatever
        # the parser made of the denial verb)
        if cue.cat == "denied" and len(cue.tokens) > 1 and any(
                c.i in cue.tokens for c in trig.children if c.dep_.startswith("aux")):
            return 0
        # "dément avoir PROCÉDÉ à une frappe", "dément avoir MENÉ une frappe de drone": the trigger noun is the
        # object of a support verb whose auxiliary the denial phrase holds (the act itself is what is denied)
        if cue.cat == "denied" and self._support_verb_denied(cue, trig):
            return 1
        # "l'armée dément QUE des soldats aient exécuté des civils": the denial phrase holds the mark of the
        # trigger's clause (the present "dément", read as an adjective or an adverb, governs nothing in the parse)
        if cue.cat == "denied" and len(cue.tokens) > 1 and self._clause_marked_by(cue, trig):
            return 1
        crossed = False
        relative_on_object = False  # "a revendiqué l'attentat qui a frappé l'hôtel"
        for step, (edge, head) in enumerate(path):
            if edge == "acl:relcl" and self._content_relative(trig if step == 0 else path[step - 1][1]):
                # "a démenti les informations selon lesquelles X aurait été occupé" (also when the noun is in the
                # cue phrase: "rejette les accusations selon lesquelles ...")
                continue
            if head.i in cue.tokens or head.i == cue.head.i:
                if cue.cat == "speech" and cue.head.dep_ in ("acl", "amod") and _bare_participle(cue.head):
                    return None  # "l'ambassade, accusée dans les attentats": a description, not a report
                if cue.cat in ("habitual", "aggregate"):
                    # "une série d'attaques", "multiplier les attaques"
                    return step if edge in _COMPLEMENT or edge in _SUBJECT else None
                if cue.cat not in _GOVERNING and cue.cat != "hedge":
                    return None
                if crossed and cue.cat != "speech" and not (cue.cat == "claimed" and relative_on_object):
                    return None
                if self._complement_edge(edge, cue, path, step, trig):
                    return step
                return None
            if edge == "advcl" and self._gerund(trig if step == 0 else path[step - 1][1]):
                continue  # "a juré de venger ses morts en frappant Ménaka": the manner of the promised act
            if edge == "advcl" and cue.cat in _NOT_DONE and self._purpose_infinitive(
                    trig if step == 0 else path[step - 1][1]):
                # "redoutent que les rebelles ne profitent de la saison sèche POUR FRAPPER X": the aim of an act
                # feared, threatened or denied is no more done than the act
                continue
            if edge in _BOUNDARY:
                relative_on_object = (
                    not crossed and edge == "acl:relcl" and step + 1 < len(path)
                    and path[step + 1][1].i == cue.head.i and path[step + 1][0] in ("obj", "nsubj:pass")
                )
                crossed = True
        return None

    @staticmethod
    def _clause_marked_by(cue: _Cue, trig: Token) -> bool:
        """The conjunction that opens the trigger's clause ("que") is a word of the cue phrase."""
        node = trig
        for _ in range(4):
            if any(c.dep_ == "mark" and c.i in cue.tokens for c in node.children):
                return True
            if node.dep_ in _CLAUSE or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _gerund(self, verb: Token) -> bool:
        """ "en frappant": a present participle with its gerund mark."""
        return "Part" in morph_get(verb, "VerbForm") and any(
            c.dep_ == "mark" and token_keys(c) & self.gerund_marks for c in verb.children
        )

    def _purpose_infinitive(self, verb: Token) -> bool:
        """ "pour frapper", "afin d'attaquer": an infinitive clause of aim."""
        return "Inf" in morph_get(verb, "VerbForm") and any(
            c.dep_ in ("mark", "case") and token_keys(c) & self.purpose_marks for c in verb.children
        )

    def _purpose_covers(self, cue: _Cue, trig: Token, path: list[tuple[str, Token]]) -> bool:
        """Whether the trigger is the aim a purpose phrase names: the word right after the phrase, what hangs
        on it within its clause, or a participle right after it ("pour des offensives visant les bases", which
        the parser often attaches elsewhere). Not after a word of cause: "arrêté pour une attaque"."""
        doc = trig.doc
        last = max(cue.tokens)
        window = range(last + 1, min(last + 5, len(doc)))
        # the word the phrase hangs on, when the parser put it right after the phrase ("pour une nouvelle
        # OFFENSIVE", "afin d'ATTAQUER"); else the first content word after it
        aim = doc[min(cue.tokens)]
        for _ in range(4):
            if aim.i not in cue.tokens or aim.head.i == aim.i:
                break
            aim = aim.head
        if aim.i not in window:
            aim = next((t for t in doc[window.start : window.stop] if t.pos_ not in _PURPOSE_SKIP), None)
            if aim is not None and aim.head.i in window and aim.head.i > aim.i:
                aim = aim.head
        if aim is None or aim.is_punct:
            return False
        first = doc[min(cue.tokens)]
        governors = [aim.head, first.head, doc[first.i - 1] if first.i > 0 else first]
        if any(token_keys(g) & self.causal for g in governors if g.i not in cue.tokens and g.i != aim.i):
            return False
        if aim.i == trig.i:
            return True
        for edge, head in path:
            if edge in _BOUNDARY:
                break
            if head.i == aim.i:
                return True
        between = doc[aim.i + 1 : trig.i]
        return (
            0 < trig.i - aim.i <= 3 and "Part" in morph_get(trig, "VerbForm")
            and all(t.pos_ in ("ADJ", "ADV") for t in between)
        )

    def _complement_edge(self, edge: str, cue: _Cue, path: list[tuple[str, Token]], step: int,
                         trig: Token | None = None) -> bool:
        if edge in _COMPLEMENT:
            return True
        # a report covers everything it tells ("a signalé la mort de deux personnes lors d'une
        # frappe"), but not its speaker, and a passive speech verb reports its subject
        # ("l'attaque a été confirmée par la police")
        passive = edge == "nsubj:pass" or any(c.dep_ == "aux:pass" for c in cue.head.children)
        if edge in _SUBJECT and passive and cue.cat in ("speech", "claimed", "denied"):
            return True  # "l'attaque a été revendiquée par X", "... confirmée par la police"
        if edge == "advcl" and cue.cat in ("speech", "claimed") and self._perfect_infinitive(
                path[step - 1][1] if step > 0 else trig):
            return True  # "a affirmé, dans un message publié sur Telegram, avoir tué ...", parsed as an adjunct
        if cue.cat == "speech":
            if edge in _SUBJECT:
                below = path[step - 1][1] if step > 0 else trig
                return below is not None and _postposed(cue.head, below)
            return edge not in ("advcl", "conj", "obl:agent", "dislocated", "vocative", "discourse", "csubj")
        # "a démenti avoir tué des civils, affirmant n'avoir visé que des terroristes": the denier's own account,
        # in a participle clause of saying on the denial, is part of the denial
        if cue.cat == "denied" and edge == "advcl":
            below = path[step - 1][1] if step > 0 else trig
            speech = self.words.get("speech", frozenset()) if hasattr(self, "words") else frozenset()
            # (not an accusation of the other side in it: "a rejeté ces accusations, affirmant que ... et accusant
            # l'armée de massacres")
            accusation = getattr(self, "accusation", frozenset())
            if any(token_keys(h) & accusation for _, h in path[:step]):
                return False
            if below is not None and any(token_keys(c) & speech and "Part" in morph_get(c, "VerbForm")
                                         for c in [below, *below.children]):
                return True
        # "... était un mensonge", "une information sans fondement": the subject of a denying predicate
        if edge in _SUBJECT and cue.cat == "denied" and cue.head.pos_ in ("NOUN", "ADJ"):
            return True
        # "une attaque pourrait avoir lieu", "l'attaque est-elle possible": the subject of a modal
        if edge in _SUBJECT and cue.cat == "hypothetical":
            return True
        # "prêts à frapper"
        if edge == "advcl" and cue.head.pos_ == "ADJ" and cue.cat in ("threatened", "hypothetical"):
            return True
        # "menacer de représailles", "faire état d'une attaque"
        if edge in ("obl", "obl:mod"):
            below = path[step - 1][1] if step > 0 else None
            if below is not None:
                if any(c.dep_ == "case" and token_keys(c) & self.complement_preps for c in below.children):
                    return True
                # what a statement holds is what its author says: "a revendiqué dans un communiqué
                # l'embuscade", which the parser hangs on the container noun
                if cue.cat in ("speech", "claimed", "denied") and bool(token_keys(below) & self.containers):
                    return True
                # "a revendiqué, via son agence de propagande, l'assassinat de ...": the object set off after an
                # inserted adjunct, which the parser reads as a member coordinated with it (no conjunction)
                return cue.cat in ("speech", "claimed", "denied") and _delayed_object(cue, path, step, trig)
        return False

    @staticmethod
    def _perfect_infinitive(verb: Token | None) -> bool:
        """ "avoir tué", "avoir pris": a past infinitive with no preposition or conjunction ("après avoir tué" is a
        time, not what is said)."""
        return verb is not None and "Part" in morph_get(verb, "VerbForm") and any(
            c.dep_.startswith("aux") and c.lower_ in ("avoir", "être") for c in verb.children
        ) and not any(c.dep_ in ("mark", "case") for c in verb.children)

    @staticmethod
    def _attached_to(cue_head: Token, trig: Token) -> bool:
        """A participle or relative clause on the trigger noun: "l'attaque, revendiquée par X"."""
        return cue_head.dep_ in ("acl", "acl:relcl") and cue_head.head.i == trig.i

    @staticmethod
    def _incise(verb: Token) -> bool:
        """ "..., a indiqué la police", ", ont-ils poursuivi,": a speech verb set off by punctuation with its
        subject after it reports the whole sentence (the parser attaches such incises anywhere)."""
        if "Part" in morph_get(verb, "VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
            return False  # "une frappe attribuée à": a participle, handled as attached to its noun
        # (with the clitic pronoun of the person told: "..., nous a confirmé un officier", "..., m'a dit un témoin")
        told = [c for c in verb.children if _told_clitic(verb, c)]
        first = min([verb, *told, *[c for c in verb.children if c.dep_.startswith("aux")]], key=lambda t: t.i)
        prev = verb.doc[first.i - 1] if first.i > 0 else None
        if prev is None or not (prev.is_punct or prev.text in ("»", '"')):
            # "..., l'agence Anadolu rapporte.": the speaker before the verb that closes the sentence
            return trailing_subject(verb) is not None
        # ", a-t-il ajouté", ", ont-elles précisé": the inverted clitic subject between the auxiliary and the
        # participle, whatever the parser hung it on (the auxiliary, the verb, as an expletive or an object). (Not
        # the present ", affirme-t-il", which in reportage mostly closes what the speaker says of himself: "X a reçu
        # des éclats de grenade sans être blessé, affirme-t-il"; it counts when the parser reads the clitic as subject.)
        doc = verb.doc
        if first.i < verb.i and any(INVERTED_CLITIC.match(doc[k].text) for k in range(first.i + 1, verb.i)):
            return True
        finite = "Fin" in morph_get(verb, "VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
        # (a "subject" before the comma is the clause reported: "Des combats ont éclaté à X, a indiqué un comité")
        subject_before = any(c.dep_ in _SUBJECT and c.i < verb.i and not _postposed(verb, c) and c not in told
                             for c in verb.children)
        if finite and not subject_before and inverted_subject(verb) is not None:
            return True  # "..., rapporte Reuters citant ...", whatever the parser made of it
        for child in verb.children:
            if child.dep_ in _SUBJECT and (child.i > verb.i or child.text.startswith("-")):
                return True
        # the parser often takes an inverted subject for an object
        has_subject = any(c.dep_ in _SUBJECT and c not in told for c in verb.children)
        return not has_subject and any(c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                                       for c in verb.children)

    @staticmethod
    def _support_verb_denied(cue: _Cue, trig: Token) -> bool:
        """The trigger noun is the object of a verb ("mener", "procéder à") whose auxiliary is in the denial
        phrase "dément avoir" (the present "dément", read as an adverb, governs nothing in the parse)."""
        verb = trig.head
        return (
            len(cue.tokens) > 1 and trig.pos_ == "NOUN" and trig.dep_ in ("obj", "obl:arg") and verb.i != trig.i
            and verb.pos_ == "VERB" and any(c.i in cue.tokens for c in verb.children if c.dep_.startswith("aux"))
        )

    @staticmethod
    def _indefinite(trig: Token) -> bool:
        """ "avoir mené UNE frappe", "aucune frappe": nothing presupposes the act (a definite "l'attaque" does)."""
        return any(d.dep_ == "det" and d.lower_ in ("un", "une", "des", "aucun", "aucune", "toute")
                   for d in trig.children)

    def _involvement_denied(self, cue: _Cue, trig: Token, path: list[tuple[str, Token]]) -> bool:
        """ "a nié toute implication dans l'attaque", "a démenti avoir mené l'attaque": not a denial of the act."""
        if self._support_verb_denied(cue, trig):
            return not self._indefinite(trig)  # "dément avoir mené l'attaque" as its past "a démenti ..."
        node = trig
        for edge, head in path:
            if head.i == cue.head.i:
                # "a démenti AVOIR MENÉ l'attaque", not "a qualifié d'INFONDÉES les informations"; but
                # "a démenti avoir BOMBARDÉ le village": the act itself is denied (assemble keeps it as a
                # denied record unless the article tells it as fact elsewhere)
                # ("a démenti y avoir mené UNE frappe" denies the act too: nothing presupposes it)
                return (edge == "xcomp" and node.pos_ in ("VERB", "AUX") and node.i != trig.i
                        and not self._indefinite(trig))
            if token_keys(head) & self.involvement:
                return True
            node = head
        return False


def _delayed_object(cue: _Cue, path: list[tuple[str, Token]], step: int, trig: Token | None) -> bool:
    """The trigger side is a noun coordinated without a conjunction to an adjunct of a cue verb that has no object
    of its own, after a comma: the object the adjunct was inserted before."""
    if step < 1 or path[step - 1][0] != "conj":
        return False
    member = path[step - 2][1] if step >= 2 else trig
    if member is None or member.pos_ != "NOUN" or any(c.dep_ == "cc" for c in member.children):
        return False
    if any(c.dep_ in ("obj", "ccomp", "xcomp") for c in cue.head.children):
        return False
    doc = member.doc
    first = min(t.i for t in member.subtree if not t.is_punct)
    return first > 0 and doc[first - 1].text == ","


def _told_clitic(verb: Token, pron: Token) -> bool:
    """The clitic pronoun of the person a speech verb tells, right before it ("nous a confirmé", "m'a dit"), which
    the parser may take for the subject: a personal pronoun of another person than the verb's own."""
    if pron.pos_ != "PRON" or pron.i > verb.i or not morph_get(pron, "Person"):
        return False
    if pron.dep_ in ("iobj", "obj", "expl:comp", "obl:arg"):
        return True
    finite = [t for t in (*[c for c in verb.children if c.dep_.startswith("aux")], verb) if morph_get(t, "Person")]
    return pron.dep_ == "nsubj" and bool(finite) and morph_get(pron, "Person") != morph_get(finite[0], "Person")

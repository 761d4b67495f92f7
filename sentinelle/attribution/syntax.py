"""Parse helpers of the attribution stage: dependency relations, cue and reading records, clause, tense and mood."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from sentinelle.events.lexicon import word_key
from sentinelle.events.matching import token_keys, tree_depth
from sentinelle.extensions import doc_text, doc_value, morph_get, sentence_bounds, token_columns

# Universal Dependencies relations (language-independent).
# Edges by which a trigger sits in the complement of the word above it.
_COMPLEMENT = frozenset({"ccomp", "xcomp", "obj", "iobj", "obl:arg", "csubj", "csubj:pass", "nmod", "acl", "dep"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
# Leaving these clauses upwards means leaving the trigger's clause: a cue above
# governs the noun or clause they hang on, not the event inside them.
_BOUNDARY = frozenset({"acl:relcl", "advcl", "parataxis", "dislocated", "appos", "vocative", "discourse"})
# Relations that open a clause of their own ("xcomp" does not: "menacer de frapper" is one clause).
_CLAUSE = frozenset({"ROOT", "ccomp", "advcl", "acl:relcl", "acl", "csubj", "csubj:pass", "parataxis", "conj"})
# How a local cue hangs on its clause.
_MODIFIER = frozenset({
    "advmod", "amod", "aux", "aux:tense", "aux:pass", "aux:caus", "mark", "obl", "obl:mod", "obl:arg", "nmod",
    "det", "nummod", "cop", "fixed", "flat", "flat:name", "compound", "expl:comp", "dep",
})
_GOVERNING = ("speech", "claimed", "denied", "threatened", "hypothetical")
# Actor kinds whose acts an armed group reports as an accuser, not as their author.
_NOT_CLAIMANTS = frozenset({"state_forces", "external", "civilians"})
_NON_FACTUAL = ("denied", "hypothetical", "threatened", "habitual", "aggregate")

@dataclass
class _Cue:
    cat: str
    head: Token  # the cue's syntactic head (a phrase's word whose head is outside the phrase)
    tokens: frozenset[int]

    @property
    def sent_first(self) -> Token:
        return self.head.doc[min(self.tokens)]


@dataclass
class _Reading:
    """How one trigger word is presented."""

    depth: int
    index: int
    reason: str | None = None  # non-event reason
    modality: str = "asserted"
    sources: list[list[Token]] = field(default_factory=list)
    armed_speaker: bool = False
    firm: bool = False  # a tally or an ongoing state that no named day or place makes one incident
    negated: bool = False  # "aucune frappe n'a touché", "sans procéder à des arrestations": the act is negated


class ClauseReader:
    """Tense, mood and clause structure around a trigger (mixed into :class:`Attributor`, whose cue lists it reads)."""

    complement_preps: frozenset[str]
    future_aux: frozenset[str]
    future_endings: tuple[str, ...]
    future_forms: tuple[str, ...]
    conditional_aux: frozenset[str]
    conditional_endings: tuple[str, ...]
    realis_when_past: frozenset[str]
    share_relatives: frozenset[str]

    def _clause_verbs(self, trig: Token, path: list[tuple[str, Token]], through_adjuncts: bool) -> list[Token]:
        """The trigger and its heads up to the top of its clause (through "xcomp" control verbs).

        Unless ``through_adjuncts``, the walk also stops at an adjunct: in "après l'attaque de
        mardi, les rebelles pourraient riposter" the mood of "riposter" is not the attack's."""
        out = [trig]
        node = trig
        for edge, head in path:
            if node.dep_ in _CLAUSE and node.dep_ != "ROOT" and not self._share_tail(node) \
                    and not _shares_auxiliary(node):
                break
            if not through_adjuncts and edge in ("obl", "obl:mod", "advmod") and not any(
                c.dep_ == "case" and token_keys(c) & self.complement_preps for c in node.children
            ):
                break
            out.append(head)
            node = head
        # "ont été tuées, blessées ou enlevées dans la province depuis janvier": participles sharing the
        # auxiliary of the first are one clause with it (the parser hangs the shared adjuncts on the last)
        for tok in list(out):
            out += [c for c in _conjuncts(tok) if c not in out]
        return out

    def _share_tail(self, node: Token) -> bool:
        """ "..., dont une majorité dans des assassinats ciblés": a relative with no verb, opened by a share
        pronoun, splits the count of the clause it hangs on and is read in that clause (its total, its period)."""
        return (
            node.dep_ == "acl:relcl" and node.pos_ not in ("VERB", "AUX")
            and not any(c.dep_ in ("cop", "aux", "aux:tense", "aux:pass") for c in node.children)
            and any(token_keys(c) & self.share_relatives for c in node.children if c.i < node.i)
        )

    @staticmethod
    def _group(verb: Token) -> list[Token]:
        doc = verb.doc
        cols = token_columns(doc)
        return [verb, *[doc[c] for c in cols.children(verb.i) if cols.dep[c].startswith("aux") or cols.dep[c] == "cop"]]

    def _future(self, clause: list[Token]) -> bool:
        """ "frappera", "va frapper", "vont attaquer": announced as future."""
        for tok in clause:
            if tok.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
                continue
            for t in self._group(tok):
                if "Fut" in morph_get(t, "Tense") and (t.pos_ in ("VERB", "AUX")) and self._future_shape(t):
                    return True
                if t.pos_ == "VERB" and "Fin" in morph_get(t, "VerbForm") and self._future_form(t):
                    return True
                if t is not tok and token_keys(t) & self.future_aux and "Ind" in morph_get(t, "Mood"):
                    return True
            if token_keys(tok) & self.future_aux and any(c.dep_ == "xcomp" and "Inf" in morph_get(c, "VerbForm")
                                                         for c in tok.children) and "Ind" in morph_get(tok, "Mood"):
                return True
        return False

    def _future_shape(self, verb: Token) -> bool:
        """A future's written shape ("frappera", "fera"): "font", which the tagger may call future, is a present."""
        return not self.future_forms or verb.text.lower().endswith(self.future_forms)

    def _future_form(self, verb: Token) -> bool:
        """The verb's text is its infinitive (its final "e" dropped) with a future ending: "frapperons"."""
        lemma, text = verb.lemma_.lower(), verb.text.lower()
        if not lemma.endswith(("er", "ir", "re")) or not text.startswith(lemma[:-1]):
            return False
        stem = lemma[:-1] if lemma.endswith("re") else lemma
        return any(text == stem + e for e in self.future_endings)

    def _si_hypothesis(self, trig: Token, clause: list[Token], cues: list[_Cue],
                       trigger_ids: frozenset[int] = frozenset()) -> bool:
        """ "s'il y avait une escalade", "si la chute était confirmée"; not the concessive "si ... ont été attaqués".

        The trigger is in the "si" clause when the mark hangs on a verb of its clause, or, as the
        parser often misplaces such clauses, when it comes after the mark before the next comma."""
        for cue in cues:
            if cue.cat != "condition":
                continue
            mark = cue.sent_first
            verb = mark.head
            if verb.i == mark.i or mark.dep_ not in ("mark", "fixed", "expl:subj", "dep"):  # not "si forte que"
                continue
            inside = verb in clause
            if not inside and mark.i < trig.i:
                between = mark.doc[mark.i : trig.i]
                inside = not any(t.text in (",", ";", ":", "—") for t in between) and verb.i < trig.i
            if inside and self._hypothesis_tense(verb):
                return True
            # "s'ils lancent des grenades, la police riposte": the incident verb itself in the present after
            # "si" is a condition, whatever the main clause says
            # (or the incident noun is the subject of that present: "si les combats se poursuivent")
            incident_verb = verb.i == trig.i or verb.i in trigger_ids or (
                trig.head.i == verb.i and trig.dep_ in ("nsubj", "nsubj:pass"))
            if incident_verb and (inside or trig in verb.subtree) and self._simple_present(verb):
                return True
        return False

    def _simple_present(self, verb: Token) -> bool:
        group = self._group(verb)
        return "Pres" in {x for t in group for x in morph_get(t, "Tense")} and not any(
            t.dep_.startswith("aux") for t in group
        )

    def _hypothesis_tense(self, verb: Token) -> bool:
        group = self._group(verb)
        tenses = {x for t in group for x in morph_get(t, "Tense")}
        if "Imp" in tenses or "Pqp" in tenses:
            return True
        # "si" + present: a condition when the main clause is future or conditional
        if "Pres" in tenses and not any(t.dep_.startswith("aux") for t in group):
            main = [x for t in self._group(verb.head) for x in morph_get(t, "Tense") + morph_get(t, "Mood")]
            return "Fut" in main or "Cnd" in main
        return False

    def _conditional_aux(self, clause: list[Token]) -> list[tuple[Token, Token]]:
        """Auxiliaries in the conditional (the tagger sometimes reads "seraient" as a present indicative)."""
        out = []
        for t in clause:
            doc = t.doc
            cols = token_columns(doc)
            for i in cols.children(t.i):  # a Token only for an auxiliary
                if cols.dep[i].startswith("aux"):
                    c = doc[i]
                    if "Cnd" in morph_get(c, "Mood") or token_keys(c) & self.conditional_aux:
                        out.append((t, c))
        return out

    @staticmethod
    def _reflexive(verb: Token) -> bool:
        """ "se seraient abattues": a pronominal verb, whose "être" is its tense auxiliary, not a passive."""
        return any(c.dep_.startswith("expl") or ("Yes" in morph_get(c, "Reflex") and c.dep_ in ("obj", "iobj"))
                   for c in verb.children)

    def _past_conditional(self, clause: list[Token]) -> bool:
        """ "aurait visé", "auraient explosé", "aurait été lancée", "se seraient abattues": the journalistic
        conditional of reported facts."""
        for verb, aux in self._conditional_aux(clause):
            if word_key(aux.lemma_) == "avoir" or aux.dep_ == "aux:tense" or self._reflexive(verb):
                return True
        return False

    def _present_conditional(self, clause: list[Token], found: dict, selon: list) -> bool:
        """ "seraient visés", "frapperaient": a possibility; but "ferait 10 morts, selon X" is a report."""
        if selon or "speech" in found:
            return False
        for verb, aux in self._conditional_aux(clause):
            if aux.dep_ == "aux:pass" and not any(c.dep_ == "aux:tense" for c in verb.children) and not self._reflexive(verb):
                return True
        return any(t.pos_ == "VERB" and ("Cnd" in morph_get(t, "Mood") or self._conditional_form(t)) for t in clause)

    def _conditional_form(self, tok: Token) -> bool:
        """A present conditional by its form, whatever the tagger's mood: the infinitive (less a final "e") and a
        conditional ending ("provoquerait", "prendraient"), not an imperfect ("tirait")."""
        text, lemma = tok.text.lower(), tok.lemma_.lower()
        if not lemma.endswith(("er", "ir", "re")):
            return False
        stem = lemma[:-1] if lemma.endswith("re") else lemma
        return any(text == stem + ending for ending in self.conditional_endings)

    def _past(self, clause: list[Token]) -> bool:
        """A past tense of the indicative: passé composé, plus-que-parfait, passé simple."""
        for tok in clause:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            group = self._group(tok)
            if any("Past" in morph_get(t, "Tense") and "Fin" in morph_get(t, "VerbForm") for t in group):
                return True
            if "Part" in morph_get(tok, "VerbForm") and any(
                t.dep_.startswith("aux") and "Ind" in morph_get(t, "Mood") for t in group
            ):
                return True
        return False

    def _present(self, clause: list[Token]) -> bool:
        """A present tense of the indicative, with no past or future: "de violents combats font rage"."""
        if self._past(clause) or self._future(clause):
            return False
        return any(
            t.pos_ in ("VERB", "AUX") and "Pres" in morph_get(t, "Tense") and "Fin" in morph_get(t, "VerbForm")
            for tok in clause for t in self._group(tok)
        )

    def _realis_modal(self, tok: Token) -> bool:
        """ "ont pu s'emparer", "put frapper": the modal in a past indicative tense reports what happened
        (not "a envisagé de bombarder": only the cues of ``realis_when_past``)."""
        return tok.pos_ in ("VERB", "AUX") and bool(token_keys(tok) & self.realis_when_past) and self._past([tok])

    def _question(self, sent: Span, trig: Token, path: list[tuple[str, Token]]) -> bool:
        """A question, unless the trigger is a past fact in a relative clause ("ceux qui ont attaqué ... ?")."""
        after = doc_text(sent.doc)[trig.idx : sent.end_char]
        if "?" not in after:
            return False
        node = trig
        for edge, head in path:
            if edge == "acl:relcl" and self._past([node]):
                return False
            node = head
        return True

    @staticmethod
    def _relative_present(trig: Token, clause: list[Token] | None = None) -> bool:
        """ "les talibans qui combattent les soldats", "où des bataillons mènent des combats de nettoyage": a
        present-tense relative clause (the trigger's verb, or the verb whose object the trigger noun is)
        describes a habit."""
        verbs = [trig] if trig.pos_ == "VERB" else [t for t in (clause or []) if t is not trig and t.pos_ == "VERB"]
        return any(
            # the parser sometimes hangs "où ... mènent" as an adverbial clause: its relative pronoun tells
            (v.dep_ == "acl:relcl" or any("Rel" in morph_get(c, "PronType") for c in v.children))
            and "Pres" in morph_get(v, "Tense") and "Fin" in morph_get(v, "VerbForm")
            and not any(c.dep_.startswith("aux") for c in v.children)
            for v in verbs[:1]
        )

    @staticmethod
    def _habitual_imperfect(trig: Token, clause: list[Token]) -> bool:
        """ "les rebelles attaquaient les convois": a simple imperfect of the event verb tells a habit."""
        return (
            trig.pos_ == "VERB" and "Imp" in morph_get(trig, "Tense") and "Fin" in morph_get(trig, "VerbForm")
            and not any(c.dep_.startswith("aux") for c in trig.children)
            and "Ind" in morph_get(trig, "Mood")
        )

    # -- aggregates --------------------------------------------------------------------

def _paragraph_start(text: str, char: int) -> int:
    """Start of the paragraph (line) holding the character."""
    return text.rfind("\n", 0, char) + 1


def _dominates(a: Token, b: Token) -> bool:
    """Whether one token is in the other's subtree."""
    return a in b.ancestors or b in a.ancestors


def _path_up(tok: Token, sent: Span) -> list[tuple[str, Token]]:
    """(edge, head) pairs from the token up to its sentence root: ``edge`` is the relation of the node below ``head``."""
    doc = tok.doc
    cols = token_columns(doc)  # walked on head indices: one Token per step, for the head returned
    heads, deps = cols.head, cols.dep
    out = []
    i = tok.i
    # "a revendiqué mercredi des tirs de roquettes": the parser hangs the object on the day before it; the day
    # is no noun the act depends on, so the step goes on to the verb as its object (also when the parser made it
    # the day's own object: "a revendiqué dimanche la prise du village")
    times = [(m.start, m.end) for m in (doc_value(doc, "time_mentions") or [])] if Doc.has_extension("time_mentions") else []
    while heads[i] != i and sent.start <= heads[i] < sent.end and len(out) < 50:
        h = heads[i]
        if deps[i] in ("nmod", "obj") and h < i and heads[h] != h and cols.pos[heads[h]] == "VERB" \
                and any(a <= doc[h].idx < b for a, b in times):
            out.append(("obj", doc[heads[h]]))
            i = heads[h]
            continue
        out.append((deps[i], doc[h]))
        i = h
    return out


def _in_clause_of(tok: Token, clause: list[Token]) -> bool:
    """Whether the token hangs, without opening a clause of its own, on one of the clause's words."""
    node = tok
    for _ in range(50):
        if node in clause:
            return node is not tok
        if node.dep_ in _CLAUSE or node.head.i == node.i:
            return False
        node = node.head
    return False


def _in_apposition_without(tok: Token, trig: Token) -> bool:
    """The token hangs in an apposition that does not hold the trigger ("Dans la région de X, théâtre depuis
    janvier de violents affrontements, des combats ont éclaté lundi à Y"): the apposition describes its noun, it
    frames none of the clause's other words."""
    node = tok
    for _ in range(50):
        if node.dep_ == "appos":
            return not (node.left_edge.i <= trig.i <= node.right_edge.i)
        if node.dep_ in _CLAUSE or node.head.i == node.i:
            break
        node = node.head
    # (the parser may hang the apposition anywhere, even on its comma: read it from the text then) a stretch set
    # off by commas after a noun phrase, opened by a bare noun ("théâtre", "fief", "bastion") and with no verb
    start, end = sentence_bounds(tok)
    texts = token_columns(tok.doc).text  # (the sentence's commas read from the columns: no Token per word)
    commas = [i for i in range(start, end) if texts[i] == ","]
    left = max((i for i in commas if i < tok.i), default=None)
    right = min((i for i in commas if i > tok.i), default=None)
    if left is None or right is None or left == start or left < trig.i < right:
        return False
    first = tok.doc[left + 1]
    return first.pos_ == "NOUN" and not any(c.dep_ == "det" for c in first.children) and not any(
        t.pos_ in ("VERB", "AUX") for t in tok.doc[left + 1 : right])


def _shares_auxiliary(tok: Token) -> bool:
    """ "tuées, BLESSÉES ou ENLEVÉES": a past participle coordinated with a verb, with no auxiliary and no
    subject of its own, shares the first verb's auxiliary, subject and clause."""
    return (
        tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ in ("VERB", "AUX")
        and "Part" in morph_get(tok, "VerbForm") and "Past" in morph_get(tok, "Tense")
        and not any(c.dep_.startswith(("aux", "nsubj", "cop")) for c in tok.children)
    )


def _conjuncts(tok: Token) -> list[Token]:
    """The participles coordinated under ``tok`` that share its auxiliary (recursively)."""
    out: list[Token] = []
    doc = tok.doc
    cols = token_columns(doc)
    for i in cols.children(tok.i):
        # (a conjunct first, from the columns: a Token only for those, where Token.children built one for each child)
        if cols.dep[i] == "conj" and _shares_auxiliary(c := doc[i]):
            out += [c, *_conjuncts(c)]
    return out


def _bare_participle(tok: Token) -> bool:
    return "Part" in morph_get(tok, "VerbForm") and not any(c.dep_.startswith("aux") for c in tok.children)


def _is_subject(np: list[Token]) -> bool:
    root = min(np, key=tree_depth)
    return root.dep_ == "nsubj"


def _negated(tok: Token) -> bool:
    """ "qui n'a pas été revendiqué": the verb or its head carries a negation."""
    for t in (tok, tok.head):
        if any("Neg" in morph_get(c, "Polarity") or word_key(c.text) in ("ne", "n'", "pas") for c in t.children):
            return True
    return False



def inverted_subject(verb: Token) -> Token | None:
    """The noun written right after a speech verb, its subject inverted in an incise, whatever the parse:
    "..., rapporte Reuters", "..., ont indiqué ces sources", "..., a précisé la même source"."""
    doc = verb.doc
    k = verb.i + 1
    # "..., a confié à notre correspondant une source sécuritaire": the person told comes first (its noun is
    # often tagged as something else: "correspondant" as a verb)
    if k + 2 < len(doc) and doc[k].lower_ in ("à", "au", "aux"):
        k += 1
        if doc[k].pos_ == "DET":
            k += 1
        k += 1
    if k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    if k < len(doc) and doc[k].pos_ == "ADJ" and k + 1 < len(doc):
        k += 1  # "ces mêmes sources"
    if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") and sentence_bounds(doc[k]) == sentence_bounds(verb):
        return doc[k]
    return None


def trailing_subject(verb: Token) -> Token | None:
    """The subject of a speech verb that closes its sentence after a comma: "..., l'agence Anadolu rapporte."."""
    doc = verb.doc
    end = verb.i + 1
    bounds = sentence_bounds(verb)
    if end < len(doc) and not (doc[end].is_punct and doc[end].text in (".", "!", "…")) \
            and sentence_bounds(doc[end]) == bounds:
        return None
    k = verb.i - 1
    noun = None
    while k >= bounds[0] and verb.i - k <= 8:
        tok = doc[k]
        if tok.text == ",":
            return noun
        if tok.pos_ in ("NOUN", "PROPN") and noun is None:
            noun = tok
        elif tok.pos_ not in ("NOUN", "PROPN", "DET", "ADJ") and tok.text not in ("-", "‑"):
            return None
        k -= 1
    return None


def passive_with_agent_only(verb: Token) -> bool:
    """ "a été confirmé par le ministère", with no subject of its own in the parse."""
    deps = {c.dep_ for c in verb.children}
    return "aux:pass" in deps and "obl:agent" in deps and not deps & {"nsubj", "nsubj:pass"}

"""Who a casualty figure counts (mixed into :class:`~sentinelle.events.casualties.CasualtyReader`, whose word
lists it reads): whether a noun is the victim of a killing or wounding word ("14 soldats ont été tués", "a tué
deux soldats", "deux soldats blessés", "deux policiers sont tombés"), one person named without a figure ("le
préfet a été tué", "tuant son conducteur"), and the parts of a figure ("dont deux enfants")."""

from __future__ import annotations

from spacy.tokens import Token

from sentinelle.events.lexicon import Lexicon, word_key
from sentinelle.events.listed_victims import in_time_mention, name_end, person_name
from sentinelle.events.matching import segment_of, token_keys
from sentinelle.events.numbers import number_at
from sentinelle.events.parse_tree import (
    negated,
    object_taken_for_subject,
    postposed_subject_object,
    reflexive,
    stranded_passive_subject,
    with_etre,
)
from sentinelle.extensions import morph_get, sentence_bounds

# ("expl:subj": the parser's relation for a bare numeral subject, "les neuf sont morts")
_PASSIVE_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "obj", "iobj", "nmod", "obl:arg"})


class VictimRoles:
    """The role (killed, injured) a killing or wounding word gives a noun, and single victims."""

    lex: Lexicon
    killed_nouns: frozenset[str]
    injured_nouns: frozenset[str]
    killed_verbs: frozenset[str]
    killing_nouns: frozenset[str]
    injured_verbs: frozenset[str]
    died_verbs: frozenset[str]
    fallen_verbs: frozenset[str]
    dead_predicates: frozenset[str]
    wounded_predicates: frozenset[str]
    not_victims: frozenset[str]
    people_words: frozenset[str]
    armed_people: frozenset[str]
    source_marks: frozenset[str]
    subset: frozenset[str]
    date_nouns: frozenset[str]
    age_nouns: frozenset[str]

    def _a_date(self, tok: Token) -> bool:
        """A day number before a month ("19 août")."""
        nxt = tok.i + 1
        return nxt < len(tok.doc) and bool(token_keys(tok.doc[nxt]) & self.date_nouns)

    def _one_named(self, noun: Token) -> bool:
        """A singular common noun after a possessive determiner ("son conducteur", "leur interprète") or after a
        definite article when a word for persons (targets.yaml: "le chef du village"): one person, not a thing
        (``not_victims``)."""
        if noun.pos_ != "NOUN" or "Sing" not in morph_get(noun, "Number") or token_keys(noun) & (
                self.not_victims | self.killed_nouns | self.injured_nouns):
            return False
        dets = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
        # ("son conducteur", "leur interprète": someone's; "le fermier": a word for persons only)
        return any("Yes" in morph_get(c, "Poss") for c in dets) or (bool(token_keys(noun) & self.people_words) and any(
            "Def" in morph_get(c, "Definite") and "Art" in morph_get(c, "PronType") for c in dets))

    def participle_role(self, noun: Token) -> str | None:
        """The role of a participle (or a participle the tagger read as an adjective) written right after
        ``noun`` and hung on it: "deux soldats BLESSÉS", "trois terroristes ABATTUS"."""
        if noun.i + 1 >= len(noun.doc):
            return None
        part = noun.doc[noun.i + 1]
        if part.head.i != noun.i or part.dep_ not in ("acl", "amod") or part.pos_ not in ("VERB", "ADJ"):
            return None
        k = token_keys(part)
        if k & (self.killed_verbs | self.dead_predicates):
            return "killed"
        if k & (self.injured_verbs | self.wounded_predicates):
            return "injured"
        # "Le bilan s'élève à quatre soldats tombés": soldiers said fallen, with no complement, died (``_fallen``)
        if part.dep_ == "acl" and "Part" in morph_get(part, "VerbForm") and self._fallen(noun, part):
            return "killed"
        return None

    def _role_before(self, tok: Token) -> str | None:
        """The role of the killing or wounding word written just before ``tok`` (up to four tokens back)."""
        for j in range(tok.i - 1, max(tok.i - 5, segment_of(tok).start - 1), -1):
            k = token_keys(tok.doc[j])
            if k & (self.killed_verbs | self.killed_nouns):
                return "killed"
            if k & (self.injured_verbs | self.injured_nouns):
                return "injured"
        return None

    def _role_of(self, noun: Token) -> str | None:
        """Whether ``noun`` is the victim of a killing or wounding verb."""
        if token_keys(noun) & self.not_victims:
            return None  # "un drone a été abattu"
        if noun.pos_ == "NUM" and any(c.dep_ == "nmod" and token_keys(c) & self.not_victims for c in noun.children):
            return None  # "ont abattu 40 des 52 drones": a share of the machines
        gerund = self._gerund_before(noun)
        if gerund is None:
            gerund = self._participle_before(noun)
        if gerund is not None:
            return gerund
        # "la « neutralisation » de 23 terroristes", "l'assassinat de deux policiers": the complement of a killing
        # noun (a noun, which the tagger may take for an adjective, not a year: "le massacre de 1994")
        if noun.dep_ == "nmod" and noun.pos_ in ("NOUN", "ADJ") and not noun.like_num and noun.head.i < noun.i \
                and token_keys(noun.head) & self.killing_nouns \
                and any(word_key(c.text) in ("de", "d'", "des", "du") for c in noun.children if c.dep_ == "case"):
            return "killed"
        aside = self._verb_after_subset(noun)
        if aside is not None:
            return aside
        candidates = [noun.head] if noun.dep_ in _PASSIVE_DEPS else []
        # "ont attaqué deux hameaux et six personnes ont été tuées": the first verb's object, parsed as the subject
        # of the killing its conjunct is the subject of, is no victim of it
        if object_taken_for_subject(noun):
            candidates = []
        # "un soldat a été tué et six insurgés ont été abattus": the second subject, hung on the first verb
        stranded = stranded_passive_subject(noun)
        if stranded is not None:
            candidates = [stranded]
        # "tuant deux personnes, a annoncé le gouverneur": the object of the verb before, taken for the subject of
        # the incise after the comma
        object_before = postposed_subject_object(noun)
        if object_before is not None:
            candidates = [object_before]
        # the parser may hang the victims on a date ("le 19 août, au moins 24 militaires ont péri")
        if noun.head.pos_ == "NUM" and self._a_date(noun.head):
            candidates = [noun.head.head]
        # "au moins quatre personnes dont le chef du village ont été tuées", "Au moins douze personnes, en majorité
        # des femmes, ont été tuées": the figure's noun, bare, before a passive killing verb that took the subset as
        # its subject or has none (an aside between the figure and the verb)
        if noun.dep_ in ("obl", "obl:mod") and not any(c.dep_ == "case" for c in noun.children) \
                and noun.head.pos_ == "VERB" and noun.head.i > noun.i \
                and any(c.dep_ == "aux:pass" for c in noun.head.children) and not in_time_mention(noun) \
                and (any(word_key(c.text) == "dont" for c in noun.head.subtree if c.i > noun.i)
                     or not any(c.dep_ == "nsubj:pass" for c in noun.head.children)):
            candidates = [noun.head]
        # a bare noun after a verb, misparsed as an adjunct, is its object: "ont tué cent vingt villageois samedi"
        bare = not any(c.dep_ == "case" for c in noun.children)
        # ... or hung on a day ("ont tué dimanche quatre civils") or on a fronted source ("Selon la société civile,
        # au moins trois civils ont été tués") before it: the verb's argument all the same
        if noun.dep_ == "nmod" and bare and noun.head.i < noun.i:
            anchor = noun.head
            dated = bool(token_keys(anchor) & self.date_nouns) or in_time_mention(anchor)
            while dated and anchor.head.i != anchor.i and in_time_mention(anchor.head):
                anchor = anchor.head  # "jeudi soir": up to the date's head
            if anchor.head.pos_ == "VERB" and (dated or self.heads_source_phrase(anchor)):
                candidates = [anchor.head]
            # a parse running from a headline across the line break ("... près de Gao\nSix soldats ont été tués"):
            # the victims' verb is the next one on their own line
            elif any("\n" in t.text for t in noun.doc[anchor.i:noun.i]):
                verb = next((t for t in noun.doc[noun.i + 1:] if t.pos_ == "VERB" or "\n" in t.text), None)
                if verb is not None and verb.pos_ == "VERB":
                    candidates = [verb]
        # (quotation marks between do not count: "avoir tué « au moins neuf soldats »")
        quotes = sum(1 for t in noun.doc[noun.head.i + 1:noun.i] if t.is_punct) if noun.head.i < noun.i else 0
        if noun.dep_ in ("obl", "obl:mod") and bare and noun.i - 4 - quotes <= noun.head.i < noun.i:
            # (an object that is no victim is a misparse of another verb's: "et récupéré « un lot d'armes »")
            if noun.head.pos_ == "VERB" and not any(c.dep_ == "obj" and not token_keys(c) & self.not_victims
                                                    for c in noun.head.children):
                candidates = [noun.head]
        candidates += [c for c in noun.children if c.dep_ in ("acl", "acl:relcl", "amod")]
        # "de onze militaires tués et cinq autres blessés": a participle right after its noun describes it,
        # whatever the parser hung it on (a conjunct, the clause's root)
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        # (or an adjective the tagger made of it, hung elsewhere: "un bilan de 14 terroristes neutralisés")
        if after is not None and after not in candidates and ("Part" in morph_get(after, "VerbForm") or (
                after.pos_ == "ADJ" and token_keys(after) & (self.killed_verbs | self.injured_verbs))):
            candidates.append(after)
        for verb in candidates:
            k = {word_key(verb.lemma_), word_key(verb.text)}
            if verb.i == noun.i or reflexive(verb):
                continue  # "des obus se sont abattus sur la ville" kills no one by itself
            # a copula predicate: "trois soldats sont morts", "deux civils sont grièvement blessés"
            if noun.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and with_etre(verb):
                if k & self.dead_predicates:
                    return "killed"
                if k & self.wounded_predicates:
                    return "injured"
            if noun.dep_ in ("nsubj", "nsubj:pass") and self._fallen(noun, verb):
                return "killed"
            # an active verb's subject is the killer, unless the verb means dying
            if noun.dep_ == "nsubj" and verb is not object_before and not ({word_key(verb.lemma_)} & self.died_verbs):
                continue
            if k & self.killed_verbs:
                return "killed"
            if k & self.injured_verbs:
                return "injured"
        # "et deux soldats blessés": the participle of a clause whose auxiliary is left out, which the tagger
        # may read as an adjective (no verb lemma to match)
        return self.participle_role(noun)

    def _verb_after_subset(self, noun: Token) -> str | None:
        """ "trois civils, dont un adolescent, ont été tués": the role of the verb after an aside naming a part of
        the victims, which the parser took for the verb's subject (the figure's noun then hangs anywhere)."""
        doc, seg = noun.doc, segment_of(noun)
        j = noun.i + 1
        while j < seg.end and doc[j].dep_ == "amod" and doc[j].head.i == noun.i:
            j += 1  # "trois civils maliens, dont ..."
        if j + 1 >= seg.end or doc[j].text != "," or word_key(doc[j + 1].text) not in self.subset:
            return None
        for k in range(j + 2, min(j + 10, seg.end)):
            if doc[k].text == ",":
                break
            part, verb = doc[k], doc[k].head
            if part.dep_ not in ("nsubj", "nsubj:pass") or verb.pos_ != "VERB" or verb.i <= k or negated(verb):
                continue
            keys_ = token_keys(verb)
            if part.dep_ == "nsubj:pass" or keys_ & self.died_verbs:
                if keys_ & self.killed_verbs:
                    return "killed"
                if keys_ & self.injured_verbs:
                    return "injured"
            if with_etre(verb) and keys_ & self.dead_predicates:
                return "killed"
            if with_etre(verb) and keys_ & self.wounded_predicates:
                return "injured"
            return None
        return None

    def _gerund_before(self, noun: Token) -> str | None:
        """The role of a killing or wounding verb's present participle written right before the noun's figure
        (", blessant sept personnes"), read from its form: the tagger may take it for a noun and the parse then
        hangs the victims elsewhere."""
        first = noun.left_edge
        # (a bare figure is its own noun: "et en tuant quatre", the figure left hanging on anything)
        bare = first.i == noun.i and noun.pos_ == "NUM" and number_at(noun, self.lex) is not None
        if first.i == 0 or (first.i == noun.i and not bare):
            return None
        # the participle written right before the victims, or among their own words where the parser hung it on
        # them: as a fixed part of "en" ("et en blessant une dizaine") or as their preposition (", blessant 15
        # personnes")
        own = [w for w in reversed(noun.doc[first.i:noun.i])
               if w.dep_ == "fixed" or (w.i == first.i and w.dep_ in ("case", "mark"))]
        for word in (*own, noun.doc[first.i - 1]):
            if not word.text.lower().endswith("ant"):
                continue
            infinitive = {word_key(word.text[:-3] + "er")}
            if infinitive & self.killed_verbs:
                return "killed"
            if infinitive & self.injured_verbs:
                return "injured"
            return None
        return None

    def _participle_before(self, noun: Token) -> str | None:
        """The role of a killing or wounding verb's past participle written right before the noun's figure (adverbs
        aside) after "et" or the auxiliary "avoir": "ont fouillé les maisons et exécuté sommairement au moins 45
        hommes". The participle shares the first verb's auxiliary and its object is the noun, whatever the parser
        hung it on (the first verb, the participle as an adjunct) or took the participle for."""
        first = noun.left_edge
        doc = noun.doc
        if first.i == noun.i or any(c.dep_ == "case" for c in noun.children):
            return None
        j = first.i - 1
        sent_start = sentence_bounds(first)[0]
        while j > sent_start and doc[j].pos_ == "ADV" and first.i - j <= 2:
            j -= 1  # "exécuté sommairement", "tué froidement"
        word = doc[j]
        if j <= sent_start or not word.is_alpha:
            return None
        before = doc[j - 1]
        if not (word_key(before.text) in ("et", "puis") or (before.pos_ == "AUX" and word_key(before.lemma_) == "avoir")):
            return None
        # (the tagger may miss the participle: "massacré" read as a proper noun; its form tells it)
        forms = {word_key(word.lemma_)} if "Part" in morph_get(word, "VerbForm") else set()
        text = word.text.lower()
        if text.endswith("é"):
            forms.add(word_key(text[:-1] + "er"))
        if forms & self.killed_verbs:
            return "killed"
        if forms & self.injured_verbs:
            return "injured"
        return None

    def _fallen(self, noun: Token, verb: Token) -> bool:
        """ "deux soldats sont tombés": soldiers, police or fighters said to fall, with no complement but a date
        (not "tombés dans une embuscade", "tombés aux mains de")."""
        if not token_keys(verb) & self.fallen_verbs or not token_keys(noun) & self.armed_people or negated(verb):
            return False
        return not any(c.dep_.startswith(("obl", "obj", "xcomp")) and not in_time_mention(c) for c in verb.children)

    def heads_source_phrase(self, tok: Token) -> bool:
        """ "Selon la société civile, ...", "d'après un infirmier": the noun of a source phrase."""
        marks = [c for c in tok.children if c.dep_ == "case"]
        marks += [f for c in marks for f in c.children if f.dep_ == "fixed"]
        return any(token_keys(c) & self.source_marks for c in marks)

    def _single_victim(self, tok: Token) -> bool:
        """ "Le préfet de Torodi a été tué": one named or definite victim without a figure; "tuant son
        conducteur": one person, the object of an active killing verb."""
        if tok.dep_ == "obj" and tok.head.pos_ == "VERB" and self._one_named(tok) and not negated(tok.head):
            return bool(token_keys(tok.head) & self.killed_verbs) and not reflexive(tok.head)
        if tok.dep_ == "obj" and tok.head.pos_ == "VERB" and self._person_named(tok) and not negated(tok.head):
            return bool(token_keys(tok.head) & self.killed_verbs) and not reflexive(tok.head)  # "ont tué Khalil Haddad"
        if self._fronted_name(tok, self.killed_verbs):
            return True  # "Idrissa, 12 ans, a été tué lundi"
        # (a person's name has no grammatical number for the tagger: "Seydou Traoré a été tué")
        if tok.dep_ != "nsubj:pass" or tok.pos_ not in ("NOUN", "PROPN") or (
                "Sing" not in morph_get(tok, "Number") and not self._person_named(tok)):
            return False
        # (not a headline's word the parse took across the line break for the lede's subject)
        if any("\n" in t.text for t in tok.doc[min(tok.i, tok.head.i):max(tok.i, tok.head.i)]):
            return False
        if any(c.dep_ in ("nummod",) or number_at(c, self.lex) for c in tok.children):
            return False
        # "Personne n'a été tué", "aucun soldat n'a été tué": a negated killing counts nobody (zero_killed)
        if negated(tok.head):
            return False
        # "un drone a été abattu": a machine is not a victim
        if token_keys(tok) & self.not_victims or reflexive(tok.head):
            return False
        return bool({word_key(tok.head.lemma_)} & self.killed_verbs)

    def _person_named(self, tok: Token) -> bool:
        """The first word of a person's name: one person."""
        return person_name(tok, self.age_nouns)

    def _named_wounded(self, tok: Token) -> bool:
        """ "Yves Mulumba, 52 ans, a été blessé par balles": one person named by name, the passive subject of a
        wounding verb (or cut off from it by an aside); so is one named by a word for persons with a definite or
        possessive determiner ("le chauffeur a été blessé")."""
        if tok.dep_ == "nsubj:pass" and tok.head.pos_ == "VERB" and self._one_named(tok) and not negated(tok.head) \
                and not any(c.dep_ == "nummod" or number_at(c, self.lex) for c in tok.children):
            return bool(token_keys(tok.head) & self.injured_verbs)
        if not self._person_named(tok):
            return False
        if tok.dep_ == "nsubj:pass" and tok.head.pos_ == "VERB" and not negated(tok.head):
            return bool(token_keys(tok.head) & self.injured_verbs)
        return self._fronted_name(tok, self.injured_verbs)

    def _fronted_name(self, tok: Token, verbs: frozenset[str]) -> bool:
        """ "Idrissa, 12 ans, a été tué lundi": a person's name opening the clause, cut off by the parser from the
        passive killing (or wounding: ``verbs``) verb after its aside (the verb has no subject of its own)."""
        doc = tok.doc
        end = name_end(tok)
        if not self._person_named(tok) or not (tok.dep_ in ("ROOT", "dep") or (
                tok.dep_ == "nsubj" and tok.head.pos_ != "VERB")) or end >= len(doc) or doc[end].text != ",":
            return False
        seg = segment_of(tok)
        # (the first verb after the aside: "X, gouverneur de Y, a annoncé que ... ont été tués" is the speaker)
        verb = next((t for t in doc[end:seg.end] if t.pos_ == "VERB"), None)
        return verb is not None and bool(token_keys(verb) & verbs) and any(c.dep_ == "aux:pass" for c in verb.children) \
            and not negated(verb) \
            and not any(c.dep_ in ("nsubj", "nsubj:pass") and not token_keys(c) & self.age_nouns for c in verb.children)

    @staticmethod
    def _active_transitive(verb: Token) -> bool:
        """True when ``verb`` is an active verb with an object ("X a tué Y": X is not a victim)."""
        return any(c.dep_ == "obj" for c in verb.children) and not any(
            c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children
        )

    def _in_subset(self, tok: Token) -> bool:
        """A figure after "dont"/"parmi" is a part of another figure."""
        start = max(segment_of(tok).start, tok.i - 2)
        return any(word_key(t.text) in self.subset for t in tok.doc[start : tok.i])

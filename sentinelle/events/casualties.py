"""Killed and wounded figures of one event mention, read from the parse of its sentence.

Figures are found three ways (words in ``casualties.yaml``):

* a figure right before a casualty noun: "4 morts et 8 blessés", "faisant 32 morts";
* a figure on the subject of a passive or intransitive killing verb or on the
  object of an active one: "14 soldats ont été tués", "a tué deux soldats",
  "deux policiers ont perdu la vie" (conjoined groups add up: "sept policiers,
  un médecin et deux habitants ont péri");
* a phrase saying nobody was hurt: "sans faire de victimes" → 0 (not one known so far only, "dans
  l'immédiat", nor one side's, "parmi les civils").

A killing told as a noun counts its complement ("la neutralisation de 23 terroristes"); a toll of one figure
says who its victims were (``Casualties.fatality_victims``: "soldats" troops), which ``tolls.py`` and
``merge.py`` read to add each side's dead or keep another side's version apart.

A range gives its lower bound ("entre 7 et 10 morts", "sept à dix morts" → 7),
victims listed one by one add up ("le maire et son adjoint ont été tués" → 2,
``listed_victims.py``), and a death told as the incident's cause ("après la mort de")
gives no figure.

Across mentions of one event, the assembler keeps the lowest figure.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sentinelle.events.lexicon import Lexicon, keys, source_marks, word_key
from sentinelle.events.listed_victims import ListedVictims, apposed_list, in_time_mention
from sentinelle.events.matching import Hit, PhraseIndex, doc_token_keys, doc_units, token_keys
from sentinelle.events.numbers import _DIGITS, is_article, number_at, parse_number_words
from sentinelle.events.toll_choice import Casualties, Figure, choose_toll, figure_of
from sentinelle.events.toll_choice import whole_tolls as whole_tolls  # (imported from here by merge)
from sentinelle.events.toll_lists import TollLists
from sentinelle.events.victim_roles import VictimRoles
from sentinelle.extensions import morph_get, sentence_bounds, token_columns


class CasualtyReader(ListedVictims, VictimRoles, TollLists):
    """Reads casualty figures with one language's word lists."""

    def __init__(self, lex: Lexicon) -> None:
        c = lex.casualties
        self.lex = lex
        self.killed_nouns = keys(c.killed_nouns)
        self.injured_nouns = keys(c.injured_nouns)
        self.killed_verbs = keys(c.killed_verbs)
        self.injured_verbs = keys(c.injured_verbs)
        self.killing_nouns = keys(c.killing_nouns)
        self.died_verbs = keys(c.died_verbs)
        self.fallen_verbs = keys(c.fallen_verbs)
        self.contrast_marks = keys(c.contrast_marks)
        self.own_losses = keys(c.own_losses)
        self.toll_nouns = keys(c.toll_nouns)
        self.cost_nouns = keys(c.cost_nouns)
        self.armed_people = keys([p.split()[0] for t in lex.targets.targets if t.people and t.category == "armed"
                                  for p in t.phrases])
        self.between = keys(c.between_words)
        self.subset = keys(c.subset_markers)
        self.range_words = keys(c.range_words)
        self.dead_predicates = keys(c.dead_predicates)
        self.wounded_predicates = keys(c.wounded_predicates)
        self._role_words = self.killed_verbs | self.injured_verbs | self.dead_predicates | self.wounded_predicates \
            | self.killing_nouns
        # ... and the places and things an attack hits (targets.yaml entries not of people): "a neutralisé une base
        # logistique" kills no one
        # words for persons (targets.yaml entries of people, each phrase's first word): one of them named without a
        # figure is one victim ("tuant son conducteur")
        self.people_words = keys([p.split()[0] for t in lex.targets.targets if t.people for p in t.phrases])
        # who the victims of a toll were, by the word for persons that counts them ("quatre soldats": troops,
        # "23 terroristes": fighters), the first entry of a word winning as in targets.yaml
        self.victim_labels: dict[str, str] = {}
        for t in lex.targets.targets:
            if t.people:
                for p in t.phrases:
                    if " " not in p:
                        self.victim_labels.setdefault(word_key(p), t.target)
        # (the head noun of a site's name of several words too: "deux postes avancés de l'armée, tuant trois
        # soldats" counts no posts, whatever participle the parser hangs on them)
        self.not_victims = keys(c.not_victims) | keys([p for t in lex.targets.targets if not t.people
                                                       for p in t.phrases if " " not in p]) \
            | keys([w for t in lex.targets.targets if not t.people for p in t.phrases if " " in p
                    for w in p.split()[0].split("|")])
        self.approximate = keys(list(lex.numbers.approximate))
        self.date_nouns = keys(c.date_nouns)
        self.age_nouns = keys(c.age_nouns)
        self.victim_groups = {word_key(k): v for k, v in c.victim_groups.items()}
        # "selon", "d'après": the last word of a source preposition (the parser hangs a fronted source's comma
        # and the victims after it on the source's noun)
        self.source_marks = source_marks(lex)
        self._approximate_keys = frozenset(word_key(k) for k in lex.numbers.approximate)
        self._maybe_figures: dict[str, bool] = {}
        self.phrases = PhraseIndex()
        for p in c.killed_phrases:
            self.phrases.add(p, "killed")
        for p in c.died_phrases:
            self.phrases.add(p, "died")
        for p in c.injured_phrases:
            self.phrases.add(p, "injured")
        for p in c.zero_killed:
            self.phrases.add(p, "zero_killed")
        for p in c.zero_injured:
            self.phrases.add(p, "zero_injured")
        for p in c.cause_phrases:
            self.phrases.add(p, "cause")
        for p in c.superseded_markers:
            self.phrases.add(p, "superseded")
        for p in c.provisional_markers:
            self.phrases.add(p, "provisional")
        self.zero_scopes = keys(c.zero_scopes)
        self._death_nouns = keys(c.killed_nouns) | self.killing_nouns
        # nouns that count no victims of their own: the dead and wounded themselves, machines, places, booty
        self._not_counted = self.killed_nouns | self.injured_nouns | self.not_victims

    def read(self, sent: Span, triggers: list[Token]) -> Casualties:
        figures: list[Figure] = []
        zero: dict[str, tuple[int, int]] = {}
        hits = self.phrases.find(doc_units(sent))
        # "après la mort d'un conducteur": the deaths that came before the incident, and their victims
        causes = self._causes([h for h in hits if h.payload == "cause"], sent)
        # "initialement de deux morts": an earlier toll, revised since (the figure right after the marker)
        earlier = {i for h in hits if h.payload == "superseded" for i in range(h.end, min(h.end + 4, sent.end))}
        # "aucune victime n'a été signalée dans l'immédiat": a zero known so far only is no toll yet
        provisional = any(h.payload == "provisional" for h in hits)
        hits = [h for h in hits if h.payload not in ("cause", "superseded", "provisional") and h.start not in causes]
        phrase_heads: dict[int, str] = {}
        for hit in hits:
            span = (sent.doc[hit.start].idx, sent.doc[hit.end - 1].idx + len(sent.doc[hit.end - 1]))
            if hit.payload in ("zero_killed", "zero_injured"):
                # ("pas de victimes parmi les civils": one side's nobody, not the incident's)
                scoped = any(token_keys(sent.doc[j]) & self.zero_scopes for j in range(hit.end, min(hit.end + 4, sent.end)))
                if not (provisional or scoped):
                    zero[str(hit.payload).removeprefix("zero_")] = span
            elif hit.payload == "died":
                # "deux policiers ont perdu la vie": the figure is on the subject
                inner = [sent.doc[i] for i in range(hit.start, hit.end)]
                if not any(number_at(t, self.lex) and not is_article(t) for t in inner):
                    for t in inner:
                        phrase_heads[t.i] = "killed"
            else:
                # "causant la mort de 11 personnes", "a coûté la vie à cinq soldats": the figure
                # follows a phrase ending in "de"/"à"; the subject is the cause, not a victim
                if word_key(sent.doc[hit.end - 1].text) not in ("de", "d'", "a", "du", "des"):
                    continue
                for j in range(hit.end, min(hit.end + 4, sent.end)):
                    val = number_at(sent.doc[j], self.lex)
                    if val is not None:
                        figure_tok = sent.doc[j]
                        noun = figure_tok.head if figure_tok.dep_ in ("nummod", "det") else figure_tok
                        extra = self._conjoined_parts(noun, str(hit.payload))
                        fig = figure_of(str(hit.payload), val[0] + sum(extra), sent, sent.doc[hit.start])
                        fig.parts = (val[0], *extra) if extra else ()
                        figures.append(fig)
                        break
        doc = sent.doc
        cols = token_columns(doc)
        tkeys, dep, texts, role_words = doc_token_keys(doc), cols.dep, cols.text, self._role_words
        for i in range(sent.start, sent.end):
            if i not in phrase_heads and tkeys[i].isdisjoint(role_words) and dep[i] not in ("nsubj:pass", "obj") \
                    and not self._maybe_figure(texts[i]) and not (cols.pos[i] == "PROPN" and "," in texts[i + 1:i + 4]):
                # no phrase, no killing or wounding word, no figure, no passive subject or object: nothing below
                # reads anything of this word (most words of a sentence)
                continue
            tok = doc[i]
            if tok.i in phrase_heads and tok.pos_ in ("VERB", "AUX"):
                fig = self._subject_figure(tok, phrase_heads[tok.i], sent)
                if fig:
                    figures.append(fig)
            listed = self._listed_victims(tok, sent)
            if listed:
                figures.append(listed)
            num = number_at(tok, self.lex) if self._maybe_figure(tok.text) else None
            if num is not None and (self._a_date(tok) or (_DIGITS.match(tok.text) and in_time_mention(tok))):
                continue  # "le 19 août dernier, au moins 24 militaires ont péri", "TAËZ, 22 juillet 2024 —"
            if num is None or self._in_subset(tok) or self._range_upper(tok):
                if self._single_victim(tok):
                    figures.append(figure_of("killed", 1, sent, tok, weak=True))
                    figures[-1].named = True
                elif self._named_wounded(tok):
                    figures.append(figure_of("injured", 1, sent, tok, weak=True))
                continue
            fig = self._noun_figure(tok, num, sent) or self._verb_figure(tok, num, sent)
            if fig:
                figures.append(fig)
        figures = [f for f in figures if f.anchor.i not in causes]
        # (the earlier toll only gives way to a revised one of the same role)
        revised = {f.role for f in figures if f.anchor.i not in earlier}
        figures = [f for f in figures if f.anchor.i not in earlier or f.role not in revised]
        # "un policier a été mortellement blessé": the victims of a dying phrase are not also wounded
        dead = {f.anchor.i for f in figures if f.role == "killed"}
        figures = [f for f in figures if not (f.role == "injured" and f.anchor.i in dead)]
        figures = self._versions(self._toll_list(figures))
        out = choose_toll(figures, zero, triggers, self.contrast_marks)
        if out.fatality_anchor is not None:
            out.fatality_victims = self.victims_of(out.fatality_anchor)
        return out

    def victims_of(self, noun: Token) -> str | None:
        """Who the victims counted on ``noun`` were ("soldats": troops), or on the noun hung on a round figure
        ("une dizaine d'assaillants"); None for words that say nothing of them ("personnes", "morts")."""
        for tok in (noun, *[c for c in noun.children if c.dep_ == "nmod" and token_keys(noun) & self.approximate]):
            for k in token_keys(tok):
                if k in self.victim_labels:
                    return self.victim_labels[k]
        return None

    def _causes(self, hits: list[Hit], sent: Span) -> set[int]:
        """The tokens of deaths told as the incident's cause ("après la mort de deux manifestants tués la veille"):
        each phrase and what hangs on its death noun."""
        out: set[int] = set()
        for hit in hits:
            out |= set(range(hit.start, hit.end))
            for i in range(hit.start, hit.end):
                if token_keys(sent.doc[i]) & self._death_nouns:
                    out |= {t.i for t in sent.doc[i].subtree}
        return out

    def _maybe_figure(self, text: str) -> bool:
        """Whether a token of this text could start a figure (see ``numbers.token_number``): digits, number
        words, or an approximate figure ("dizaine"). Every other token gives ``number_at`` None at once, so
        the reader skips it (remembered per text: most words of a sentence are no figure)."""
        held = self._maybe_figures.get(text)
        if held is None:
            if len(self._maybe_figures) > 100_000:
                self._maybe_figures.clear()
            held = self._maybe_figures[text] = bool(
                _DIGITS.match(text) or parse_number_words(text, self.lex) is not None
                or word_key(text) in self._approximate_keys)
        return held

    def _range_upper(self, tok: Token) -> bool:
        """The upper bound of a range ("10" in "entre 7 et 10 morts", "dix" in "sept à dix morts")."""
        doc = tok.doc
        if tok.i < 2 or word_key(doc[tok.i - 1].text) not in self.range_words:
            return False
        # the lower bound may be a figure of several tokens ("quarante-cinq à cinquante morts")
        for j in range(tok.i - 2, max(tok.i - 5, doc[0].i - 1), -1):
            num = number_at(doc[j], self.lex)
            if num is not None:
                return num[2] == tok.i - 1 and not is_article(doc[j])
        return False

    # -- the three ways a figure is written ---------------------------------

    def _noun_figure(self, tok: Token, num: tuple[int, int, int], sent: Span) -> Figure | None:
        """ "14 morts", "25 autres blessés", "plus de 100 blessés"."""
        value, _, end = num
        j, skipped = end, 0
        while j < sent.end and skipped <= 3:
            key = word_key(sent.doc[j].text)
            # feminine agreement: "blessées", "tuées"
            forms = {key, key.removesuffix("e")}
            if forms & self.killed_nouns:
                return figure_of("killed", value, sent, tok, j)
            if forms & self.injured_nouns:
                return figure_of("injured", value, sent, tok, j)
            # a range keeps its lower bound: "entre 7 et 10 morts", "sept à dix blessés"
            if key in self.range_words and j + 1 < sent.end:
                upper = number_at(sent.doc[j + 1], self.lex)
                if upper is not None and upper[0] >= value and not is_article(sent.doc[j + 1]):
                    j = upper[2]
                    skipped += 1
                    continue
            if key not in self.between:
                return None
            j += 1
            skipped += 1
        return None

    def _verb_figure(self, tok: Token, num: tuple[int, int, int], sent: Span) -> Figure | None:
        """ "14 soldats ont été tués", "a tué deux soldats", "un policier a été tué"."""
        # (a figure opening the sentence may be tagged as anything: "Neuf soldats" as a preposition)
        noun = tok.head if tok.dep_ in ("nummod", "det", "amod") or (
            tok.dep_ == "case" and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN") else tok
        # ... or on an adjective written before its noun ("tuant huit jeunes recrues"): the noun's figure
        if noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
            noun = noun.head
        # ... or left as a root of its own before its noun ("Six soldats ont été tués", first word of a line)
        if noun is tok and tok.dep_ in ("ROOT", "dep") and tok.i + 1 < len(tok.doc) \
                and tok.doc[tok.i + 1].pos_ == "NOUN" and parse_number_words(tok.text, self.lex) is not None:
            noun = tok.doc[tok.i + 1]
        # a figure of several tokens may hang on its noun by its last part ("cent vingt villageois")
        parts = list(tok.doc[num[1] : num[2]])
        for part in parts:
            if part.dep_ in ("nummod", "det", "amod") and part.head not in parts:
                # (unless the parser made the figure's first word the verb's subject and its noun a conjunct:
                # "tandis que vingt et un terroristes ont été neutralisés")
                if not (tok.dep_ in ("nsubj", "nsubj:pass") and part.head.dep_ == "conj" and part.head.head.i == tok.i):
                    noun = part.head
                break
        # ... or cut off from its noun by its echo in digits ("sept (7) terroristes neutralisés"): the word after it
        # (unless the figure took the noun's place as a verb's argument: "neutraliser onze (11) terroristes")
        if noun.i != num[2] and num[2] > tok.i + 1 and tok.doc[num[2] - 1].text == ")" and num[2] < sent.end \
                and tok.doc[num[2]].pos_ in ("NOUN", "ADJ") and not (noun is tok and tok.dep_ in (
                    "obj", "nsubj", "nsubj:pass") and tok.head.pos_ == "VERB"):
            noun = tok.doc[num[2]]
        # a figure in words the tagger took for something else ("Soixante-dix-huit" as a VERB) is still one
        if noun.i == tok.i and tok.pos_ not in ("NUM", "PRON", "NOUN") and parse_number_words(tok.text, self.lex) is None:
            return None
        # "tuant huit personnes et en blessant quatre": a figure after its noun with a verb between is that
        # verb's object, which the parser hung on the noun before
        if tok.dep_ == "nummod" and noun.i < tok.i:
            verbs = [t for t in tok.doc[noun.i + 1 : tok.i] if t.pos_ in ("VERB", "AUX")]
            if verbs:
                role = self._predicate_role(verbs[-1])
                return figure_of(role, num[0], sent, tok) if role else None
        # "tuant neuf personnes et en blessant 22": a figure the parser hung after a killing or wounding verb
        # itself counts that verb's victims
        if tok.dep_ == "nummod" and noun.i < tok.i and noun.pos_ in ("VERB", "AUX") and not is_article(tok):
            role = self._predicate_role(noun)
            return figure_of(role, num[0], sent, tok) if role else None
        # "un/une" is a figure only on the victim subject of a passive killing ("un policier a été tué")
        if is_article(tok) and noun.dep_ not in ("nsubj:pass", "obj"):
            return None
        group = self._group_count(noun)
        if group == 0 and is_article(tok):
            return None  # "une famille": several people, how many is not said
        role = self._role_of(noun)
        # "une famille de six personnes": the victims counted on the group noun they make
        if role is None and noun.dep_ == "nmod" and noun.head.i < noun.i and self._group_count(noun.head) is not None \
                and any(word_key(c.text) in ("de", "d'") for c in noun.children if c.dep_ == "case"):
            role = self._role_of(noun.head)
        # "une vingtaine de soldats tués": the round figure is a noun, the victims hang on it by "de"
        if role is None and token_keys(noun) & self.approximate:
            for child in noun.children:
                if child.dep_ == "nmod" and any(word_key(c.text) in ("de", "d'") for c in child.children if c.dep_ == "case"):
                    role = self._role_of(child)
                    break
        # "tuant 5 personnes et blessant grièvement deux autres": "autres" takes the verb just before it
        more = False
        if word_key(noun.text) == "autre":
            # (added to another figure only when its own verb agrees: "deux policiers ont été tués et deux
            # autres ont été blessés" adds no dead)
            before = self._role_before(noun)
            more = role is not None and before in (None, role)
            # (but the subject of a verb of its own after it takes that verb: "un soldat a été tué et quatre
            # autres ont été blessés" are four wounded)
            subject = noun.dep_.startswith("nsubj") and noun.head.i > noun.i
            role = (role or before) if subject else (before or role)
        if role is None:
            return None
        extra = self._conjoined_parts(noun, role)
        # "Trois civils, deux femmes et un enfant, ont été tués": a list set off by commas after the figure, adding
        # up to it, names the victims it counted (listed_victims.apposed_list)
        value_told = group if group and is_article(tok) else num[0]
        if len(extra) > 1 and sum(extra) == value_told \
                and apposed_list([noun, *sorted((c for c in noun.conjuncts if c.i > noun.i), key=lambda c: c.i)]):
            extra = []
        # "Selon des sources sécuritaires, huit soldats et quinze assaillants ont été tués": the victims written
        # before the subject, which the parser hung on the source phrase, add to it
        before = self._parts_before(noun, tok, role)
        # "un couple": the count one group makes
        value, weak = (group, False) if group and is_article(tok) else (num[0], is_article(tok))
        if before:
            weak, extra = False, [*before, *extra]
        fig = figure_of(role, value + sum(extra), sent, noun, weak=weak)
        fig.more = more
        fig.parts = (value, *extra) if extra else ()
        return fig

    def _conjoined_parts(self, noun: Token, role: str) -> list[int]:
        """The figures of the victims coordinated after ``noun``: "sept policiers, un médecin et deux habitants"
        (the parser may hang the next victim on the word above rather than on this one: "a tué onze militaires
        et un policier", "la mort de onze militaires et un policier"), not those with a participle of another
        role of their own ("douze jihadistes tués et deux soldats BLESSÉS")."""
        above = {noun.head, noun.head.head}
        siblings = [t for h in above for t in h.children if t.dep_ == "conj" and t.pos_ == "NOUN"
                    and 0 < t.i - noun.i <= 4
                    and any(word_key(c.text) in ("et", ",") for c in t.children if c.dep_ in ("cc", "punct"))]
        extra: list[int] = []
        for conj in dict.fromkeys([*noun.conjuncts, *siblings]):
            if conj.i <= noun.i:
                continue
            # "trois soldats tués et cinq blessés": the wounded are a figure of their own; "un dépôt et une base":
            # things, no victims
            if token_keys(conj) & (self.killed_nouns | self.injured_nouns | self.not_victims):
                continue
            # "tuant neuf personnes et en blessant 22": a killing or wounding verb the parser hung on the victims is
            # a clause of its own, and its figure a toll of its own (the wounded never join the dead)
            if token_keys(conj) & self._role_words:
                continue
            # "tuant quatre civils et en blessant une dizaine": a killing or wounding verb before the conjunct, which
            # the parser made a fixed part of its preposition, opens that clause too
            if any(token_keys(t) & (self.killed_verbs | self.injured_verbs) for t in noun.doc[noun.i + 1:conj.i]):
                continue
            if self.participle_role(conj) not in (None, role):
                continue
            # "huit soldats et une quinzaine d'assaillants": the round figure is the conjunct itself, counted by
            # its article ("une" is no victim of its own); not one of things ("une dizaine de véhicules")
            if token_keys(conj) & self.approximate:
                figure = number_at(conj, self.lex)
                counted_nouns = [c for c in conj.children if c.dep_ == "nmod" and c.i > conj.i]
                if figure and not any(token_keys(c) & self._not_counted for c in counted_nouns):
                    extra.append(figure[0])
                continue
            counted = False
            for child in conj.children:
                figure = number_at(child, self.lex)
                if figure and child.dep_ in ("nummod", "det"):
                    extra.append(figure[0])
                    counted = True
            # "cinq ressortissants chinois et leur chauffeur": one person named by a possessive or definite
            # determiner, no figure written
            if not counted and self._one_named(conj):
                extra.append(1)
        return extra

    def _parts_before(self, noun: Token, tok: Token, role: str) -> list[int]:
        """The figure of the victims coordinated right before a subject ``noun`` counted from ``tok`` ("huit soldats"
        in "huit soldats et quinze assaillants ont été tués"), when the parser hung them elsewhere than on the
        subject or on its verb (on a fronted source: "Selon des sources sécuritaires, huit soldats ..."); a figure
        another verb governs ("ont attaqué deux villages et trois soldats ont été tués") is that verb's."""
        doc = noun.doc
        if noun.dep_ not in ("nsubj", "nsubj:pass") or noun.head.i < noun.i or noun.head.pos_ != "VERB":
            return []
        # the "et" right before the figure and its own words ("et au moins quinze assaillants")
        j = min(tok.i, noun.i) - 1
        sent = sentence_bounds(noun)
        while j > sent[0] and word_key(doc[j].text) != "et" and doc[j] in noun.subtree:
            j -= 1
        if j < sent[0] + 1 or word_key(doc[j].text) != "et":
            return []
        prev = doc[j - 1]
        if prev.pos_ == "ADJ" and prev.dep_ == "amod" and prev.head.i < prev.i:
            prev = prev.head  # "huit soldats maliens et ..."
        if prev.pos_ not in ("NOUN", "PROPN") or sentence_bounds(prev) != sent or token_keys(prev) & self._not_counted \
                or (noun.dep_ == "conj" and noun.head.i == prev.i) or prev.head.i == noun.i:
            return []
        # (two subjects of one verb, or victims another verb governs, are counted by the verb's list or are no
        # victims: "ont attaqué deux villages et trois soldats ont été tués")
        if prev.head.pos_ in ("VERB", "AUX"):
            return []
        if self.participle_role(prev) not in (None, role):
            return []
        # the figure on the noun ("huit soldats"), or the round figure it hangs on ("une dizaine de soldats")
        for counter in (prev, prev.head):
            for child in counter.children:
                figure = number_at(child, self.lex)
                if figure and child.dep_ in ("nummod", "det") and child.i < counter.i and not is_article(child) \
                        and (counter is prev or token_keys(counter) & self.approximate):
                    return [figure[0]]
            if token_keys(counter) & self.approximate and counter is not prev and counter.i < prev.i:
                figure = number_at(counter, self.lex)
                return [figure[0]] if figure else []
        return []

    def _subject_figure(self, verb: Token, role: str, sent: Span) -> Figure | None:
        """ "deux policiers ont perdu la vie": the figure is on the predicate's subject; "trois militaires tombés au
        champ d'honneur": on the noun the predicate's participle qualifies (a toll's list, "Le bilan est de ...")."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not subjects and verb.dep_ == "acl" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "ADJ") \
                and "Part" in morph_get(verb, "VerbForm"):
            subjects = [verb.head]
        for child in subjects:
            for c in child.children:
                num = number_at(c, self.lex)
                if num and c.dep_ in ("nummod", "det"):
                    return figure_of(role, num[0], sent, child, weak=is_article(c) and num[2] == c.i + 1)
        return None

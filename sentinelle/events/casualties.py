"""Killed and wounded figures of one event mention, read from the parse of its sentence.

Figures are found three ways (words in ``casualties.yaml``):

* a figure right before a casualty noun: "4 morts et 8 blessés", "faisant 32 morts";
* a figure on the subject of a passive or intransitive killing verb or on the
  object of an active one: "14 soldats ont été tués", "a tué deux soldats",
  "deux policiers ont perdu la vie" (conjoined groups add up: "sept policiers,
  un médecin et deux habitants ont péri");
* a phrase saying nobody was hurt: "sans faire de victimes" → 0.

A range gives its lower bound ("entre 7 et 10 morts", "sept à dix morts" → 7),
victims listed one by one add up ("le maire et son adjoint ont été tués" → 2,
``listed_victims.py``), and a death told as the incident's cause ("après la mort de")
gives no figure.

Across mentions of one event, the assembler keeps the lowest figure.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sentinelle.events.lexicon import Lexicon, keys, source_marks, word_key
from sentinelle.events.listed_victims import ListedVictims, in_time_mention, name_end, person_name
from sentinelle.events.matching import Hit, PhraseIndex, doc_token_keys, doc_units, segment_of, token_keys
from sentinelle.events.numbers import _DIGITS, is_article, number_at, parse_number_words
from sentinelle.events.parse_tree import negated, postposed_subject_object, reflexive, with_etre
from sentinelle.events.toll_choice import Casualties, Figure, choose_toll, figure_of
from sentinelle.events.toll_choice import whole_tolls as whole_tolls  # (imported from here by merge)
from sentinelle.extensions import token_columns

# ("expl:subj": the parser's relation for a bare numeral subject, "les neuf sont morts")
_PASSIVE_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "obj", "iobj", "nmod", "obl:arg"})


class CasualtyReader(ListedVictims):
    """Reads casualty figures with one language's word lists."""

    def __init__(self, lex: Lexicon) -> None:
        c = lex.casualties
        self.lex = lex
        self.killed_nouns = keys(c.killed_nouns)
        self.injured_nouns = keys(c.injured_nouns)
        self.killed_verbs = keys(c.killed_verbs)
        self.injured_verbs = keys(c.injured_verbs)
        self.died_verbs = keys(c.died_verbs)
        self.fallen_verbs = keys(c.fallen_verbs)
        self.contrast_marks = keys(c.contrast_marks)
        self.own_losses = keys(c.own_losses)
        self.armed_people = keys([p.split()[0] for t in lex.targets.targets if t.people and t.category == "armed"
                                  for p in t.phrases])
        self.between = keys(c.between_words)
        self.subset = keys(c.subset_markers)
        self.range_words = keys(c.range_words)
        self.dead_predicates = keys(c.dead_predicates)
        self.wounded_predicates = keys(c.wounded_predicates)
        self._role_words = self.killed_verbs | self.injured_verbs | self.dead_predicates | self.wounded_predicates
        # ... and the places and things an attack hits (targets.yaml entries not of people): "a neutralisé une base
        # logistique" kills no one
        # words for persons (targets.yaml entries of people, each phrase's first word): one of them named without a
        # figure is one victim ("tuant son conducteur")
        self.people_words = keys([p.split()[0] for t in lex.targets.targets if t.people for p in t.phrases])
        self.not_victims = keys(c.not_victims) | keys([p for t in lex.targets.targets if not t.people
                                                       for p in t.phrases if " " not in p])
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
        self._death_nouns = keys(c.killed_nouns)

    def read(self, sent: Span, triggers: list[Token]) -> Casualties:
        figures: list[Figure] = []
        zero: dict[str, tuple[int, int]] = {}
        hits = self.phrases.find(doc_units(sent))
        # "après la mort d'un conducteur": the deaths that came before the incident, and their victims
        causes = self._causes([h for h in hits if h.payload == "cause"], sent)
        # "initialement de deux morts": an earlier toll, revised since (the figure right after the marker)
        earlier = {i for h in hits if h.payload == "superseded" for i in range(h.end, min(h.end + 4, sent.end))}
        hits = [h for h in hits if h.payload not in ("cause", "superseded") and h.start not in causes]
        phrase_heads: dict[int, str] = {}
        for hit in hits:
            span = (sent.doc[hit.start].idx, sent.doc[hit.end - 1].idx + len(sent.doc[hit.end - 1]))
            if hit.payload in ("zero_killed", "zero_injured"):
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
        return choose_toll(figures, zero, triggers, self.contrast_marks)

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

    def _a_date(self, tok: Token) -> bool:
        """A day number before a month ("19 août")."""
        nxt = tok.i + 1
        return nxt < len(tok.doc) and bool(token_keys(tok.doc[nxt]) & self.date_nouns)

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
        # a figure in words the tagger took for something else ("Soixante-dix-huit" as a VERB) is still one
        if noun.i == tok.i and tok.pos_ not in ("NUM", "PRON", "NOUN") and parse_number_words(tok.text, self.lex) is None:
            return None
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
        # "un couple": the count one group makes
        value, weak = (group, False) if group and is_article(tok) else (num[0], is_article(tok))
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
            if self.participle_role(conj) not in (None, role):
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

    def _one_named(self, noun: Token) -> bool:
        """A singular common noun after a possessive determiner ("son conducteur", "leur interprète") or after a
        definite article when a word for persons (targets.yaml: "le chef du village"): one person, not a thing
        (``not_victims``)."""
        if noun.pos_ != "NOUN" or "Sing" not in noun.morph.get("Number") or token_keys(noun) & (
                self.not_victims | self.killed_nouns | self.injured_nouns):
            return False
        dets = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
        # ("son conducteur", "leur interprète": someone's; "le fermier": a word for persons only)
        return any("Yes" in c.morph.get("Poss") for c in dets) or (bool(token_keys(noun) & self.people_words) and any(
            "Def" in c.morph.get("Definite") and "Art" in c.morph.get("PronType") for c in dets))

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

    def _subject_figure(self, verb: Token, role: str, sent: Span) -> Figure | None:
        """ "deux policiers ont perdu la vie": the figure is on the predicate's subject."""
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubj:pass"):
                for c in child.children:
                    num = number_at(c, self.lex)
                    if num and c.dep_ in ("nummod", "det"):
                        return figure_of(role, num[0], sent, child, weak=is_article(c))
        return None

    def _role_of(self, noun: Token) -> str | None:
        """Whether ``noun`` is the victim of a killing or wounding verb."""
        if token_keys(noun) & self.not_victims:
            return None  # "un drone a été abattu"
        candidates = [noun.head] if noun.dep_ in _PASSIVE_DEPS else []
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
        if noun.dep_ in ("obl", "obl:mod") and bare and noun.i - 4 <= noun.head.i < noun.i:
            if noun.head.pos_ == "VERB" and not any(c.dep_ == "obj" for c in noun.head.children):
                candidates = [noun.head]
        candidates += [c for c in noun.children if c.dep_ in ("acl", "acl:relcl", "amod")]
        # "de onze militaires tués et cinq autres blessés": a participle right after its noun describes it,
        # whatever the parser hung it on (a conjunct, the clause's root)
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if after is not None and after not in candidates and "Part" in after.morph.get("VerbForm"):
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
                "Sing" not in tok.morph.get("Number") and not self._person_named(tok)):
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
        wounding verb (or cut off from it by an aside)."""
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

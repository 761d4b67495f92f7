"""Victims named one by one, or as a group, add up (mixed into :class:`~sentinelle.events.casualties.CasualtyReader`,
whose word lists they read): "le maire et son adjoint ont été tués" → 2, "a tué un couple et son bébé" → 3."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sentinelle.events.lexicon import Lexicon, word_key
from sentinelle.events.matching import token_keys
from sentinelle.events.numbers import is_article, number_at
from sentinelle.events.parse_tree import with_etre
from sentinelle.events.toll_choice import Figure, figure_of
from sentinelle.extensions import doc_value, morph_get, token_columns


class ListedVictims:
    """Victims listed one by one, group nouns, and the role of a killing or wounding predicate."""

    lex: Lexicon
    killed_nouns: frozenset[str]
    injured_nouns: frozenset[str]
    killed_verbs: frozenset[str]
    injured_verbs: frozenset[str]
    died_verbs: frozenset[str]
    dead_predicates: frozenset[str]
    wounded_predicates: frozenset[str]
    not_victims: frozenset[str]
    subset: frozenset[str]
    victim_groups: dict[str, int]
    approximate: frozenset[str]
    _role_words: frozenset[str]

    def _listed_victims(self, verb: Token, sent: Span) -> Figure | None:
        """Victims named one by one add up: "le maire et son adjoint ont été tués" → 2,
        "a tué un commandant et deux de ses gardes" → 3. Only for two victims or more, each
        singular or with its own figure (a bare plural, "des civils", gives no count)."""
        role = self._predicate_role(verb)
        if role is None:
            return None
        passive = any(c.dep_ in ("aux:pass", "cop") for c in verb.children)
        died = bool({word_key(verb.lemma_)} & self.died_verbs)
        wanted = ("nsubj:pass", "nsubj") if (passive or died) else ("obj",)
        heads = [c for c in verb.children if c.dep_ in wanted]
        # several objects of an active verb are a misparse far more often than a list
        if len(heads) > 1 and not (passive or died):
            return None
        victims: list[Token] = []
        for h in heads:
            victims += [h, *[c for c in h.conjuncts if c.i > h.i]]
        victims = sorted(dict.fromkeys(victims), key=lambda t: t.i)
        if len(victims) < 2:
            return None
        # a list is written in one stretch: "son grand-père, un de ses frères et une troisième personne" (a victim's
        # own words do not part it from the next: "le chef de quartier, Yves Mulumba, et son fils")
        if any(b.left_edge.i - a.right_edge.i > 8 for a, b in zip(victims, victims[1:], strict=False)):
            return None
        counts: list[int] = []
        # "Samedi, seize soldats ont été tués": a day the parse hung on the verb as a second subject is no victim
        victims = [v for v in victims if not in_time_mention(v)]
        # "Soumy : cinq civils ont été tués": a place heading a live-blog entry or a headline is no victim
        # (the parser makes it a second subject)
        victims = [v for v in victims if not _heading(v)]
        # "cinq personnes, dont deux enfants, ont été tuées": a part introduced by "dont" is inside the whole,
        # not one more victim (the parser makes it a second subject)
        victims = [v for v in victims if not self._subset_part(v)]
        # "Le chef du village, Amadou Cissé, a été abattu", "Fatima Zahra, une enseignante, a été tuée": a name and
        # the title set off by a comma beside it are one person (the parser makes them two subjects, or a conjunct)
        victims = [v for k, v in enumerate(victims) if not (k and _apposed(victims[k - 1], v))]
        if len(victims) < 2:
            return None
        for v in victims:
            if v.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or token_keys(v) & self.not_victims:
                return None
            if token_keys(v) & (self.killed_nouns | self.injured_nouns):
                return None  # "tués et cinq blessés": figures of their own
            # a noun behind a preposition is a complement the parser misattached ("près d'une mosquée")
            if any(c.dep_ == "case" for c in v.children):
                return None
            # (a round figure counts itself, not its article: "cinq militaires et une dizaine de rebelles")
            own = number_at(v, self.lex) if v.pos_ in ("NUM", "PRON") or token_keys(v) & self.approximate else None
            if own is None:
                for c in v.children:
                    if c.dep_ in ("nummod", "det") and c.i < v.i:
                        own = number_at(c, self.lex) or own
            group = self._group_count(v)
            if group is not None and (own is None or any(is_article(c) for c in v.children if c.dep_ == "det")):
                if not group:
                    return None  # "une famille et ...": how many is not said
                counts.append(group)  # "un couple et son bébé"
            elif own is not None:
                counts.append(own[0])
            elif v.pos_ == "PROPN" or "Sing" in morph_get(v, "Number"):
                counts.append(1)
            else:
                return None
        # "Deux patients, un garçon et sa mère, ont été tués": a list set off by commas after a figure, whose
        # members add up to it, names the victims that figure counted (an apposition), it adds none
        if len(counts) > 2 and counts[0] == sum(counts[1:]) and apposed_list(victims):
            counts = counts[:1]
        fig = figure_of(role, sum(counts), sent, verb)
        fig.parts = tuple(counts)
        return fig

    def _subset_part(self, noun: Token) -> bool:
        """The noun is a part of a figure given before it: "dont deux enfants", "parmi eux un officier"."""
        doc = noun.doc
        return any(token_keys(t) & self.subset for t in doc[max(noun.left_edge.i - 1, 0) : noun.i])

    def _group_count(self, noun: Token) -> int | None:
        """The count of victims one group noun makes ("couple": 2), 0 when only a figure tells ("famille"), None
        for any other noun."""
        for k in token_keys(noun):
            if k in self.victim_groups:
                return self.victim_groups[k]
        return None

    def _predicate_role(self, verb: Token) -> str | None:
        """ "killed" / "injured" for a killing or wounding verb, or a copula predicate ("sont morts")."""
        k = token_keys(verb)  # the keys of its lemma and text, read once per Doc
        if k.isdisjoint(self._role_words):
            return None  # (asked of every word of a sentence with a trigger: most are none of them)
        if verb.pos_ in ("VERB", "AUX"):
            if k & self.killed_verbs:
                return "killed"
            if k & self.injured_verbs:
                return "injured"
            return None
        if with_etre(verb):
            if k & self.dead_predicates:
                return "killed"
            if k & self.wounded_predicates:
                return "injured"
        return None


def _heading(tok: Token) -> bool:
    """The word ends a heading before a colon ("Kherson : un homme a été tué") or is a place the places stage
    read."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and after.text == ":" and tok.pos_ == "PROPN":
        return True
    return any(m.start <= tok.idx < m.end for m in doc_value(doc, "place_mentions") or [])


def person_name(tok: Token, age_nouns: frozenset[str]) -> bool:
    """The first word of a person's name: the tagger's person entity, or a proper noun given an age ("Idrissa, 12
    ans, a été tué", which the tagger may read as a place)."""
    if tok.pos_ != "PROPN":
        return False
    if tok.ent_type_ == "PER" and tok.ent_iob_ == "B":
        return True
    if any(c.dep_ in ("nmod", "appos") and token_keys(c) & age_nouns and any(n.dep_ == "nummod" for n in c.children)
           for c in tok.children):
        return True
    # (the parser may make the age the verb's subject: "Olena, 67 ans, a été tuée")
    doc, end = tok.doc, name_end(tok)
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num \
        and bool(token_keys(doc[end + 2]) & age_nouns)


def name_end(tok: Token) -> int:
    """The index of the token after the name ``tok`` opens ("Seydou Traoré": the parts the parser hangs on it)."""
    cols = token_columns(tok.doc)  # (the parse read from the columns: no Token per word)
    dep, head = cols.dep, cols.head
    end = tok.i + 1
    while end < len(dep) and dep[end] == "flat:name" and head[end] == tok.i:
        end += 1
    return end


def _apposed(first: Token, second: Token) -> bool:
    """ "X, un commerçant" / "le chef du village, X": a person's name and a singular noun, the second after a comma
    with no "et" or "ou" (``cc``) of its own: the noun says who the named one was."""
    names = [t for t in (first, second) if t.pos_ == "PROPN" and t.ent_type_ == "PER"]
    nouns = [t for t in (first, second) if t.pos_ == "NOUN" and "Plur" not in morph_get(t, "Number")]
    if len(names) != 1 or len(nouns) != 1:
        return False
    # (the parser may hang the comma on the second one: its subtree then starts with it)
    edge = second.left_edge.i
    comma = second.doc[edge].text == "," or (edge > 0 and second.doc[edge - 1].text == ",")
    return comma and not any(c.dep_ == "cc" for c in second.children)


def apposed_list(victims: list[Token]) -> bool:
    """The victims after the first are set off by commas: one right before the second (which no "et" opens) and
    one right after the last ("Trois civils, deux femmes et un enfant, ont été tués")."""
    doc = victims[0].doc
    second, last = victims[1], victims[-1]
    start = min(t.i for t in second.subtree if t.pos_ != "PUNCT")
    end = max(t.i for t in last.subtree if t.pos_ != "PUNCT") + 1
    return start > 0 and doc[start - 1].text == "," and not any(c.dep_ == "cc" for c in second.children) \
        and end < len(doc) and doc[end].text == ","


def in_time_mention(tok: Token) -> bool:
    """The word is part of a date the temporal stage read ("dimanche", "mardi soir")."""
    return any(m.start <= tok.idx < m.end for m in doc_value(tok.doc, "time_mentions") or [])

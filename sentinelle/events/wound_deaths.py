"""Deaths of the wounded told after their incident: "Mardi, des hommes armés ont attaqué un poste de police, blessant
deux policiers. L'un d'eux a succombé à ses blessures" (``wound_deaths`` of ``casualties.yaml``). Who died is read
on the subject of the dying verb: a figure ("deux des blessés"), one person ("l'un d'eux", "le chauffeur", "il"),
another one ("un autre")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sentinelle.events.lexicon import Lexicon, word_key
from sentinelle.events.matching import PhraseIndex, doc_units, token_keys
from sentinelle.events.numbers import is_article, number_at
from sentinelle.extensions import morph_get


@dataclass(frozen=True)
class WoundDeath:
    """Those who died of their wounds in one sentence."""

    value: int
    span: tuple[int, int]  # the subject that names them
    other: bool  # "un autre", "un troisième": not among the dead told before


class WoundDeaths:
    """Reads "a succombé à ses blessures", "est décédé des suites de ses blessures" with one language's words."""

    def __init__(self, lex: Lexicon) -> None:
        c = lex.casualties
        self.lex = lex
        self.phrases = PhraseIndex()
        for p in c.wound_deaths:
            self.phrases.add(p, "wounds")
        self.others = frozenset(word_key(w) for w in c.other_victims)

    def read(self, sent: Span) -> WoundDeath | None:
        """The one death of the wounded the sentence tells, None when it tells none or does not say how many."""
        # (the phrases overlap: "succombé à ses blessures" holds "succombé"; one dying verb, by where it starts)
        starts = {h.start for h in self.phrases.find(doc_units(sent)) if h.payload == "wounds"}
        if len(starts) != 1:
            return None
        verb = sent.doc[starts.pop()]
        if verb.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        # ("Deux policiers ont été blessés et l'un d'eux a succombé": the subject of the conjunct's own, or shared)
        # ("expl:subj": the parser's relation for a bare figure, "Deux d'entre eux sont morts")
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
        if len(subjects) != 1 or any(c.lower_ in ("ne", "n'", "n’") for c in verb.children):
            return None
        subject = subjects[0]
        value = self._count(subject)
        if value is None:
            return None
        words = [subject, *subject.children]
        other = any(token_keys(t) & self.others for t in words)
        span = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        return WoundDeath(value, span, other)

    def _count(self, subject: Token) -> int | None:
        """How many the subject names: its figure ("deux des blessés", "trois d'entre eux"), one ("l'un d'eux",
        "un autre", "il", "le chauffeur"); None for a plural without a figure ("les blessés", "ils")."""
        if subject.pos_ == "PRON":
            if subject.lower_ in ("il", "elle"):
                return 1
        if subject.pos_ in ("NUM", "PRON") or subject.lower_ in ("un", "une"):
            num = number_at(subject, self.lex)
            if num is not None:
                return num[0]
        for c in subject.children:
            if c.dep_ in ("nummod", "det") and c.i < subject.i and not is_article(c):
                num = number_at(c, self.lex)
                if num is not None:
                    return num[0]
        if subject.pos_ in ("NOUN", "PROPN") and "Sing" in morph_get(subject, "Number"):
            return 1
        # "Un autre a succombé": the article of "autre" (read as an adjective) counts one
        if token_keys(subject) & self.others and any(is_article(c) for c in subject.children):
            return 1
        return None

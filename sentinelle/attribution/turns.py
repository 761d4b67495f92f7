"""Question-and-answer turns: an interview or a press briefing gives the interviewee's words in the answers, with no
speech verb ("Question : Et à X ?\\nRéponse : Lundi, un drone a touché un bus à X."). What an answer tells is
reported by the interviewee, and an answer that opens with a denial ("Non. C'est de la propagande.") denies what
the question attributed to someone ("Moscou affirme avoir pris X. Confirmez-vous ?").

A turn is found by its marks only (``source_scope.yaml``), never by a question mark alone: an article's rhetorical
questions ("Que s'est-il passé ? Lundi, ...") are answered by the article itself.

* a paragraph opened by a question label ("Question :", "Q :") and the paragraph after it;
* a paragraph opened by an answer label ("Réponse :", "R :") right after a paragraph that ends with a question mark,
  or one opened by a dialogue dash ("— Non, ...") right after a question in a dialogue dash too;
* within one paragraph, a dialogue dash right after a question mark ("Confirmez-vous ? — Non, ...").

The answer is one paragraph (or the rest of its paragraph): a briefing's narrative paragraph after the last answer
is the article's own voice again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sentinelle.events.lexicon import word_key

# a label: a few words before a colon at the head of a paragraph ("Question :", "Réponse :", "Général X :")
_LABEL = re.compile(r"^\s*([^\s:?!.][^:?!.\n]{0,40}?)\s*:\s*")
_LABEL_WORDS = 5


@dataclass(frozen=True)
class Turn:
    """One question and its answer, as character ranges of the text (the answer's label or dash excluded)."""

    question: tuple[int, int]
    answer: tuple[int, int]
    speaker: str | None = None  # the answer's label when it names someone ("Le colonel X :"), else None


class TurnFinder:
    """Finds the question-and-answer turns of a text with one language's labels and dashes."""

    def __init__(self, question_labels: list[str], answer_labels: list[str], dashes: list[str],
                 denial_replies: list[str]) -> None:
        self.question_labels = frozenset(word_key(w) for w in question_labels)
        self.answer_labels = frozenset(word_key(w) for w in answer_labels)
        self.dashes = tuple(dashes)
        replies = sorted(denial_replies, key=len, reverse=True)
        # a reply opening the answer and closed by punctuation: "Non.", "Non, ...", "C'est faux !"
        self.denial = re.compile(
            r"^\s*(?:" + "|".join(re.escape(r) for r in replies) + r")\s*[.,;!…]", re.IGNORECASE,
        ) if replies else None

    def turns(self, text: str) -> list[Turn]:
        """Every question-and-answer turn of the text, in order."""
        if not (self.question_labels or self.answer_labels or self.dashes):
            return []
        paras: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                paras.append((pos, pos + len(line)))
            pos += len(line) + 1
        out: list[Turn] = []
        for k, (a, b) in enumerate(paras):
            para = text[a:b]
            out += self._inline(text, a, b)
            if k == 0:
                continue
            qa, qb = paras[k - 1]
            question = text[qa:qb]
            label = self._label(para)
            asked = self._label(question)
            if asked is not None and word_key(asked[0]) in self.question_labels:
                # "Question : ... ?" then "Réponse : ...", "Le porte-parole : ...", or the bare answer
                if label is not None and word_key(label[0]) in self.question_labels:
                    continue
                speaker = None if label is None or word_key(label[0]) in self.answer_labels else label[0]
                out.append(Turn((qa, qb), (a + (label[1] if label else 0), b), speaker))
            elif question.rstrip().endswith("?"):
                if label is not None and word_key(label[0]) in self.answer_labels:
                    out.append(Turn((qa, qb), (a + label[1], b)))
                elif para.lstrip().startswith(self.dashes) and question.lstrip().startswith(self.dashes):
                    # (both turns in dialogue dashes: a dashed list after a question is the article's own list)
                    body = para.lstrip()[1:]  # past the dash and the spaces after it
                    out.append(Turn((qa, qb), (b - len(body.lstrip()), b)))
        return out

    def denies(self, text: str, turn: Turn) -> bool:
        """The answer opens with a denial ("Non.", "C'est faux.", "Non, c'est de la propagande")."""
        return self.denial is not None and bool(self.denial.match(text[turn.answer[0] : turn.answer[1]]))

    def _label(self, para: str) -> tuple[str, int] | None:
        """The paragraph's label and where its text starts after it, when it opens with a few words and a colon."""
        m = _LABEL.match(para)
        if m is None or len(m.group(1).split()) > _LABEL_WORDS:
            return None
        return m.group(1), m.end()

    def _inline(self, text: str, a: int, b: int) -> list[Turn]:
        """ "Moscou affirme avoir pris X. Confirmez-vous ? — Non, ...": a dash right after a question mark."""
        out = []
        para = text[a:b]
        for dash in self.dashes:
            for m in re.finditer(r"\?\s+" + re.escape(dash) + r"\s+", para):
                start = a + m.end()
                label = self._label(para)
                q_start = a + (label[1] if label else 0)
                out.append(Turn((q_start, a + m.start() + 1), (start, b)))
        return out

"""A denied reading and the true one: "La vidéo ne montre pas une frappe sur le marché de X, mais un attentat à Y en
avril 2020". In a negated sentence, a noun opened by a contrastive conjunction ("mais") after a comma names another
incident (the one the fact-check finds, often older): the denied reading before the mark keeps only its own places and
day, the other one only those after the mark. Without this, the denied strike took Y's place and Y's month, and the
sentence gave two denied strikes (at X and at Y) dated from the other incident.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from sentinelle.events.matching import token_keys
from sentinelle.events.mention import EventMention


def contrast_mark(sent: Span, marks: frozenset[str], negations: frozenset[str]) -> int | None:
    """The character offset of the contrastive conjunction of "ne V pas X, mais Y" (a comma right before it, a
    negative adverb before that in the sentence, a noun after it that it opens), or None."""
    for tok in sent:
        # (a noun, not a place: "non pas à X, mais à Y" corrects one incident's place, events/negated_places.py)
        if not token_keys(tok) & marks or tok.dep_ != "cc" or tok.head.pos_ != "NOUN":
            continue
        if tok.i == 0 or tok.nbor(-1).text != ",":
            continue
        if any(token_keys(t) & negations for t in sent.doc[sent.start:tok.i]):
            return tok.idx
    return None


def split_contrast(doc: Doc, sents: list[Span], mentions: list[EventMention], marks: frozenset[str],
                   negations: frozenset[str],
                   date_of: Callable[[int, int, tuple[int, int]], tuple]) -> None:
    """Give each side of a "ne ... pas X, mais Y" sentence only the places and the day written on its side of the mark
    (``date_of(start, end, other)``: the events stage's date of a stretch, the other side's left out)."""
    for sent in sents:
        own = [m for m in mentions if m.sent_start == sent.start_char and m.trigger_spans]
        if not own:
            continue
        mark = contrast_mark(sent, marks, negations)
        if mark is None:
            continue
        for m in own:
            before = min(s for s, _ in m.trigger_spans) < mark
            m.contrasted = not before
            m.places = [p for p in m.places if _on_side(p.start, p.end, mark, before)]
            m.field_evidence["location"] = [s for s in m.field_evidence.get("location", [])
                                            if _on_side(*s, mark, before)]
            if any(not _on_side(*s, mark, before) for s in m.field_evidence.get("date", [])):
                start, end = (m.sent_start, mark) if before else (mark, m.sent_end)
                other = (mark, m.sent_end) if before else (m.sent_start, mark)
                m.date, spans, m.date_flags = date_of(start, end, other)
                m.field_evidence["date"] = list(spans)


def _on_side(start: int, end: int, mark: int, before: bool) -> bool:
    """The span is written before the mark (``before``) or after it."""
    return end <= mark if before else start >= mark

"""The ``sentinelle_time`` spaCy component: writes ``doc._.time_mentions`` and weekday warnings."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Token

from sentinelle.extensions import char_span_expand, doc_text, morph_get, warn
from sentinelle.temporal.lexicon import get_grammar
from sentinelle.temporal.tagger import tag_times


def _clause_verb(token: Token) -> Token | None:
    """The verb heading the clause a token belongs to."""
    current = token
    for _ in range(50):  # parses are trees; the bound only guards against a malformed one
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def morphology_tense(doc: Doc, future_form: re.Pattern[str] | None = None) -> Callable[[int, int], bool | None]:
    """A tense oracle from the parse and Universal Dependencies morphology.

    The clause verb of the expression and its auxiliaries decide: Tense=Fut
    -> future; a past tense or an auxiliary + participle -> past; otherwise
    unknown (present, infinitive: "doit se tenir le 3 mai" is left to the cues).
    """
    if not (doc.has_annotation("DEP") and doc.has_annotation("MORPH")):
        return lambda start, end: None

    def tense(start: int, end: int) -> bool | None:
        span = char_span_expand(doc, start, end)
        if span is None or len(span) == 0:
            return None
        verb = _clause_verb(span.root.head if span.root.head.i != span.root.i else span.root)
        if verb is None:
            return None
        group = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
        # (a "Fut" tag on a word without a future's shape is a misread present: "font")
        tenses = {t for tok in group for t in morph_get(tok, "Tense")
                  if t != "Fut" or future_form is None or future_form.search(tok.text)}
        if "Fut" in tenses:
            return True
        if tenses & {"Past", "Imp"}:
            return False
        return None

    return tense


class TimeTagger:
    """Tags temporal expressions against ``doc._.published`` (a ``datetime.date`` or None)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        if isinstance(published, dt.datetime):
            published = published.date()
        text = doc_text(doc)
        dropped: list[tuple[int, int, str]] = []
        tense = morphology_tense(doc, get_grammar(self.lang).future_form)
        mentions = tag_times(text, published, lang=self.lang, tense=tense, dropped=dropped)
        doc._.time_mentions = mentions
        for start, end, reason in dropped:
            warn(doc, f"time: {text[start:end]!r} (characters {start}-{end}) cannot be placed on the calendar "
                      f"({reason}); it is left out")
        for mention in mentions:
            if "weekday_mismatch" in mention.flags and mention.interval.start:
                day = dt.date.fromisoformat(mention.interval.start)
                warn(doc, f"time: the weekday in {mention.text!r} (characters {mention.start}-{mention.end}) "
                          f"contradicts the date {day.isoformat()}, which is a {day.strftime('%A')}")
        return doc


@Language.factory("sentinelle_time", default_config={"lang": "fr"})
def make_time_tagger(nlp: Language, name: str, lang: str) -> TimeTagger:
    """spaCy factory: ``nlp.add_pipe("sentinelle_time")``."""
    return TimeTagger(lang)

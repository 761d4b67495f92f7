"""The ``sentinelle_time`` spaCy component: writes ``doc._.time_mentions`` and weekday warnings."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from sentinelle.extensions import warn
from sentinelle.temporal.tagger import tag_times


class TimeTagger:
    """Tags temporal expressions against ``doc._.published`` (a ``datetime.date`` or None)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        if isinstance(published, dt.datetime):
            published = published.date()
        mentions = tag_times(doc.text, published, lang=self.lang)
        doc._.time_mentions = mentions
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

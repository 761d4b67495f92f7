"""The ``Doc._`` attributes through which the pipeline stages talk to each other.

Each stage reads what earlier stages wrote and writes its own attribute;
see ``docs/contracts.md`` for who writes what.
"""

from __future__ import annotations

from spacy.tokens import Doc

_DOC_ATTRIBUTES: dict[str, object] = {
    "published": None,  # datetime.date | None, set by extract() before the pipeline runs
    "outlet": None,  # str | None
    "place_mentions": None,  # list[PlaceMention]      written by sentinelle_places
    "time_mentions": None,  # list[TimeMention]        written by sentinelle_time
    "actor_mentions": None,  # list[ActorMention]      written by sentinelle_actors
    "event_mentions": None,  # list[EventMention]      written by sentinelle_events, modality by sentinelle_attribution
    "events": None,  # list[Event]                     written by sentinelle_assemble
    "non_events": None,  # list[NonEvent]              written by sentinelle_assemble
    "warnings": None,  # list[str]                     any stage may append
}


def register_extensions() -> None:
    """Register the Doc extensions once (idempotent)."""
    for name, default in _DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def warn(doc: Doc, message: str) -> None:
    """Append a warning to the document, creating the list on first use."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)


register_extensions()


def doc_text(doc: Doc) -> str:
    """The document's text, computed once.

    spaCy rebuilds ``Doc.text`` from every token on each access, so reading it
    once per candidate or per cue makes a stage quadratic in the article length.
    The stages never change a Doc's text, so caching it in ``user_data`` is safe.
    """
    cache = getattr(doc, "user_data", None)
    if cache is None:  # a Doc-like object without spaCy's user_data
        return doc.text
    text = cache.get("sentinelle_text")
    if text is None:
        text = cache["sentinelle_text"] = doc.text
    return text

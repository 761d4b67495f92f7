"""An actor as coded for an event's country: bare generic actors get the country, state forces their kind."""

from __future__ import annotations

from sentinelle.actors.lexicon import get_lexicon
from sentinelle.model import Actor


def actor_home(normalized: str, lang: str = "fr") -> frozenset[str]:
    """ISO codes of the countries where ``normalized`` is the state's own force (empty if none or unknown)."""
    known = get_lexicon(lang).registry.get(normalized)
    return known[1] if known else frozenset()


def localize_actor(actor: Actor, country: str | None, lang: str = "fr") -> Actor:
    """The actor as coded for an event in ``country`` (ISO 3166-1 alpha-2).

    - A bare generic actor gets the country: ``Military Forces`` -> ``Military Forces of Mali``,
      ``Civilians`` -> ``Civilians (Mali)``.
    - A state's forces get ``state_forces`` in their home country and ``external`` elsewhere
      (the US army in Iraq, Israel's in Lebanon, Russia's in Ukraine).

    Anything else, or an unknown country, is returned unchanged.
    """
    if not country or actor.normalized is None:
        return actor
    lexicon = get_lexicon(lang)
    normalized, kind = actor.normalized, actor.kind
    head = lexicon.bare.get(normalized)
    place = lexicon.countries.get(country.upper())
    if head is not None and head.template and place is not None:
        normalized = place.fill(head.template)
        kind = head.kind or kind  # type: ignore[assignment]
    known = lexicon.registry.get(normalized)
    if known is not None:
        base_kind, home = known
        if home and base_kind in ("state_forces", "external"):
            kind = "state_forces" if country.upper() in home else "external"
    if normalized == actor.normalized and kind == actor.kind:
        return actor
    return actor.model_copy(update={"normalized": normalized, "kind": kind})

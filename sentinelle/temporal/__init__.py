"""The time stage: temporal expressions found, normalised and attached to events.

Public API (see docs/time.md and docs/contracts.md):

- :func:`tag_times` -- find and normalise temporal expressions in a text (no spaCy needed).
- :func:`date_for_event` -- the date governing an event mention in a parsed Doc.
- :class:`EventDate` -- what ``date_for_event`` returns.

Importing this package registers the ``sentinelle_time`` spaCy factory.
"""

from sentinelle.temporal import component  # noqa: F401  (registers the spaCy factory)
from sentinelle.temporal.event_date import EventDate, date_for_event
from sentinelle.temporal.tagger import tag_times

__all__ = ["EventDate", "date_for_event", "tag_times"]

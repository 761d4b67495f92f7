"""The events stages: triggers and arguments (``sentinelle_events``) and assembly into events (``sentinelle_assemble``).

Importing this package registers both spaCy factories.
"""

from sentinelle.events import assemble, detect  # noqa: F401  (register the factories)
from sentinelle.events.mention import EventMention

__all__ = ["EventMention"]

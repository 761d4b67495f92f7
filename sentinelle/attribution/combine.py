"""The modality of one incident from the mentions that tell it (event-schema.md, "Conventions the gold files
follow"): attributed anywhere -> ``reported``; attributed to nobody -> ``asserted``; ``claimed`` only when the
perpetrating group (or its outlets relaying it) is the only source: an official, a witness or an anonymous
source telling the same incident makes it ``reported``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the events package imports this module: no import cycle at run time
    from sentinelle.events.mention import EventMention

# Sources that tell an incident on their own account, not by relaying the perpetrator's claim.
_INDEPENDENT = frozenset({"official", "anonymous"})


def event_modality(mentions: Sequence[EventMention]) -> str:
    """``claimed``, ``reported`` or ``asserted`` for the factual mentions of one incident."""
    # a party boasting of the toll ("Les shebab affirment avoir tué onze soldats") of a clash the outlet tells
    # itself: the perpetrator is not the only source of the incident, so no claim; the figure is the party's word,
    # not a source of the incident either (the outlet's own account decides)
    told = [m for m in mentions if not m.toll_claim]
    if any(m.toll_claim for m in mentions) and told and all(m.modality != "claimed" for m in told):
        mentions = told
    modalities = {m.modality for m in mentions}
    if "claimed" in modalities:
        # (a claim another side confirmed is told by that side too: "L'armée a confirmé que deux obus étaient tombés")
        independent = any(
            m.modality == "reported" and any(s.kind in _INDEPENDENT for s in m.sources) for m in mentions
        ) or any(m.confirmed for m in mentions)
        return "reported" if independent else "claimed"
    return "reported" if "reported" in modalities else "asserted"

"""The ``sentinelle_attribution`` stage: how the article presents each event mention, and who says so.

For every :class:`~sentinelle.events.mention.EventMention` it sets

* ``modality``: ``asserted``, ``reported`` ("selon X", a speech verb governing
  the trigger, the journalistic past conditional "aurait visé"), ``claimed``
  (the perpetrator speaks: "revendiqué par", "a annoncé avoir pris"),
  ``denied``, ``hypothetical`` (questions, "pourrait", "possible", "si" +
  imperfect, present conditional), ``threatened`` (threats, announced future);
* ``non_event``: why the mention must not be coded as a fact
  (hypothetical, threatened, habitual, aggregate, denied);
* ``sources``: who the information comes from, with a kind.

Scope. Partisan articles pile clauses into one sentence, so a cue only counts
for the clause it belongs to:

* a *governing* cue (a speech, claim, denial or threat verb, "pouvoir",
  "possible", "le risque de") counts when the trigger sits in its complement:
  walking up the parse from the trigger, the cue is reached through a
  complement edge (object, clausal or infinitival complement, noun
  complement), never through a subject, an adjunct or a coordination. Except
  for speech verbs (a report covers everything it reports), the walk stops at
  relative and adverbial clauses: "la zone où les avions ont menacé de
  frapper" says nothing about the explosion the zone is attached to;
* a *local* cue (an adverb, an auxiliary, a "si" mark, a time adjunct such as
  "depuis janvier") counts when it modifies the trigger's own clause;
* "selon X", "d'après X", an inverted speech verb ("..., a indiqué la police"),
  a question mark and quotation marks count for the whole sentence.

Each trigger word of a mention is judged on its own; the mention is an event
when one of its trigger words is stated as a fact (the highest one in the tree
decides first). All cue words are in ``sentinelle/lang/<lang>/modality.yaml``.
"""

from __future__ import annotations

from spacy.language import Language

from sentinelle.attribution.combine import event_modality
from sentinelle.attribution.config import (
    BackgroundFile,
    IrrealisFile,
    SourceScopeFile,
    load_background,
    load_irrealis,
    load_source_scope,
)
from sentinelle.attribution.stage import Attributor
from sentinelle.events.lexicon import get_lexicon

__all__ = [
    "Attributor", "BackgroundFile", "IrrealisFile", "SourceScopeFile", "load_background", "load_irrealis", "load_source_scope",
    "event_modality", "make_attribution",
]


@Language.factory("sentinelle_attribution", default_config={"lang": "fr"})
def make_attribution(nlp: Language, name: str, lang: str) -> Attributor:
    """spaCy factory of the attribution stage (modality, sources, non-event reasons)."""
    return Attributor(get_lexicon(lang), load_irrealis(lang), load_source_scope(lang), load_background(lang))

"""The side a place stands for when it is what an attack hit: "le poste militaire" its garrison (the army),
"sa maison", "plusieurs localités" the people living there (civilians). Read from the ``site`` rows of
``actor_heads.tsv``; a site is never an actor mention of its own (a base is not an actor where it is only
the scene), so the events stage asks here only for the phrase it reads as the thing hit."""

from __future__ import annotations

from sentinelle.actors.lexicon import get_lexicon
from sentinelle.actors.text import _tokenize
from sentinelle.model import Actor


def site_side(phrase: str, lang: str = "fr", *, stormed: bool = False) -> Actor | None:
    """The generic side (``Military Forces``, ``Police Forces``, ``Civilians``) of the site ``phrase`` starts
    with ("le détachement militaire de X", "une maison du quartier"), or None when it names no such site.
    A settlement ("le village de X") stands for its inhabitants only when ``stormed`` (attacked on the ground).

    Leading articles and numbers are skipped; the longest site name wins ("poste de police" over "poste").
    ``name`` of the side is the site's words as written in ``phrase``.
    """
    lexicon = get_lexicon(lang)
    tables = (lexicon.sites, lexicon.settlements) if stormed else (lexicon.sites,)
    tokens = _tokenize(phrase)
    i = 0
    while i < len(tokens) - 1 and tokens[i].folded in lexicon.determiners:
        i += 1
    for length in range(min(max(t.longest for t in tables), len(tokens) - i), 0, -1):
        # (only joiners inside a name: "maison, école" is two words, not one site)
        if any(not t.joined for t in tokens[i + 1:i + length]):
            continue
        for entry in (e for table in tables for e in table.get(tokens, i, length)):
            head = entry.head
            if head is not None and head.bare:
                written = phrase[tokens[i].start:tokens[i + length - 1].end]
                return Actor(name=written, normalized=head.bare, kind=head.kind)  # type: ignore[arg-type]
    return None

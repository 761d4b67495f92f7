"""The ``Doc._`` attributes through which the pipeline stages talk to each other.

Each stage reads what earlier stages wrote and writes its own attribute;
see ``docs/contracts.md`` for who writes what.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD, IDX, IS_ALPHA, IS_SPACE, LEMMA, LOWER, ORTH, POS, SPACY
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



_COLUMNS = [ORTH, LOWER, IDX, SPACY, IS_ALPHA, IS_SPACE, POS, LEMMA, HEAD, DEP]


class TokenColumns:
    """Per-token attributes of a Doc as plain Python lists, read once (see :func:`token_columns`)."""

    __slots__ = ("text", "lower", "idx", "ws", "is_alpha", "is_space", "pos", "lemma", "head", "dep", "_children",
                 "_depth")

    def __init__(self, doc: Doc) -> None:
        # one C-level copy of the Doc's arrays: iterating the Doc would build a Token for every word.
        # The parse as indices too: walking it through Token objects (tok.head, tok.children) builds a
        # new Token at every step, which was a fifth of the stages' time.
        strings = doc.vocab.strings
        rows = doc.to_array(_COLUMNS).tolist() if len(doc) else []
        self.text: list[str] = [strings[r[0]] for r in rows]
        self.lower: list[str] = [strings[r[1]] for r in rows]
        self.idx: list[int] = [r[2] for r in rows]
        self.ws: list[str] = [" " if r[3] else "" for r in rows]
        self.is_alpha: list[bool] = [bool(r[4]) for r in rows]
        self.is_space: list[bool] = [bool(r[5]) for r in rows]
        self.pos: list[str] = [strings[r[6]] for r in rows]
        self.lemma: list[str] = [strings[r[7]] for r in rows]
        # HEAD is the offset to the head, stored unsigned: wrap it back to a signed offset
        self.head: list[int] = [i + (r[8] if r[8] < 2**63 else r[8] - 2**64) for i, r in enumerate(rows)]
        self.dep: list[str] = [strings[r[9]] for r in rows]
        self._children: list[list[int]] | None = None
        self._depth: list[int] | None = None

    def children(self, i: int) -> list[int]:
        """The indices of the children of token ``i``, in text order (as ``Token.children``)."""
        kids = self._children
        if kids is None:
            kids = self._children = [[] for _ in self.head]
            for j, h in enumerate(self.head):
                if h != j:
                    kids[h].append(j)
        return kids[i]

    def subtree(self, i: int) -> list[int]:
        """The indices of token ``i`` and all its descendants (the members of ``Token.subtree``, not its order)."""
        out = [i]
        for j in out:  # grows while read: a breadth-first walk
            out.extend(self.children(j))
        return out

    def ancestors(self, i: int) -> list[int]:
        """Token ``i`` and its heads up to the root, at most 50 (as ``matching.ancestors_and_self``)."""
        heads = self.head
        chain = [i]
        while heads[i] != i and len(chain) < 50:
            i = heads[i]
            chain.append(i)
        return chain

    def depth(self, i: int) -> int:
        """``len(self.ancestors(i))``, computed once per token."""
        depth = self._depth
        if depth is None:
            depth = self._depth = [0] * len(self.head)
        d = depth[i]
        if not d:
            d = depth[i] = len(self.ancestors(i))
        return d


def token_columns(doc: Doc) -> TokenColumns:
    """The attributes the stages read of every token of ``doc``, computed once and kept in ``user_data``.

    Every ``doc[i]`` and every iteration over a Doc builds new Token objects, and the stages look at
    the same tokens again and again from their inner loops: reading each attribute once into a list
    makes those look-ups list indexing. Only for a Doc the model has run on (``pos`` and ``lemma`` are
    the model's).
    """
    cache = doc.user_data
    cols = cache.get("sentinelle_tokens")
    if cols is None:
        cols = cache["sentinelle_tokens"] = TokenColumns(doc)
    return cols

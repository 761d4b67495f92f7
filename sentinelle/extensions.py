"""The ``Doc._`` attributes through which the pipeline stages talk to each other.

Each stage reads what earlier stages wrote and writes its own attribute;
see ``docs/contracts.md`` for who writes what.
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD
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



class TokenColumns:
    """Per-token attributes of a Doc as plain Python lists, read once (see :func:`token_columns`)."""

    __slots__ = ("text", "lower", "idx", "ws", "is_alpha", "is_space", "pos", "lemma", "head", "dep", "_children",
                 "_depth")

    def __init__(self, doc: Doc) -> None:
        text, lower, idx, ws, alpha, space, pos, lemma = [], [], [], [], [], [], [], []
        for t in doc:
            text.append(t.text)
            lower.append(t.lower_)
            idx.append(t.idx)
            ws.append(t.whitespace_)
            alpha.append(t.is_alpha)
            space.append(t.is_space)
            pos.append(t.pos_)
            lemma.append(t.lemma_)
        self.text: list[str] = text
        self.lower: list[str] = lower
        self.idx: list[int] = idx
        self.ws: list[str] = ws
        self.is_alpha: list[bool] = alpha
        self.is_space: list[bool] = space
        self.pos: list[str] = pos
        self.lemma: list[str] = lemma
        # the parse as indices: walking it through Token objects (tok.head, tok.children) builds a new
        # Token at every step, which was a fifth of the stages' time
        n = len(text)
        if n:
            rows = doc.to_array([HEAD, DEP]).tolist()
            strings = doc.vocab.strings
            # HEAD is the offset to the head, stored unsigned: wrap it back to a signed offset
            self.head: list[int] = [(i + (h if h < 2**63 else h - 2**64)) for i, (h, _d) in enumerate(rows)]
            self.dep: list[str] = [strings[d] for _h, d in rows]
        else:
            self.head, self.dep = [], []
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

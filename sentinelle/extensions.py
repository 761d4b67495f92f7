"""The ``Doc._`` attributes through which the pipeline stages talk to each other.

Each stage reads what earlier stages wrote and writes its own attribute;
see ``docs/contracts.md`` for who writes what.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import DEP, HEAD, IDX, IS_ALPHA, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, SPACY
from spacy.tokens import Doc, Span, Token

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


def doc_value(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` (an attribute of ``_DOC_ATTRIBUTES``) without the ``Underscore`` object that every read of
    ``Doc._`` builds (about 2 µs a read, where the stages read the mentions of earlier stages in their inner loops):
    the value spaCy keeps in ``user_data``, or ``doc._``'s own answer when none is set (its default)."""
    value = doc.user_data.get(("._.", name, None, None), _UNSET)
    return getattr(doc._, name) if value is _UNSET else value


_UNSET = object()


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
        cols = cache.get("sentinelle_tokens")
        # (``Doc.text`` joins each token's text and trailing space, through a Token per word: the columns,
        # when a stage has read them already, hold the same strings)
        text = cache["sentinelle_text"] = doc.text if cols is None else "".join(map(str.__add__, cols.text, cols.ws))
    return text



_COLUMNS = [ORTH, LOWER, IDX, SPACY, IS_ALPHA, IS_SPACE, POS, LEMMA, HEAD, DEP, SENT_START]


class _Strings(dict):
    """The strings of one StringStore by hash, filled on first use: a dict look-up is several times cheaper than
    the store's, and the same words come back in every article."""

    __slots__ = ("store",)

    def __init__(self, store: object) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]  # type: ignore[index]
        return value


_TABLES: dict[int, _Strings] = {}  # by id of the StringStore (each table holds its store: the id stays its own)
_STRINGS_SIZE = 500_000  # bounded: a long-running feed meets new words without end


def _strings_of(doc: Doc) -> _Strings:
    """The string table of ``doc``'s vocabulary (a table replaced by another thread stays whole for this one)."""
    store = doc.vocab.strings
    table = _TABLES.get(id(store))
    if table is None or table.store is not store or len(table) > _STRINGS_SIZE:
        if len(_TABLES) > 8:  # pipelines built and dropped (tests): forget their stores
            _TABLES.clear()
        table = _TABLES[id(store)] = _Strings(store)
    return table


class TokenColumns:
    """Per-token attributes of a Doc as plain Python lists, read once (see :func:`token_columns`)."""

    __slots__ = ("text", "lower", "idx", "ws", "is_alpha", "is_space", "pos", "lemma", "head", "dep", "_children",
                 "_depth", "_sent_start", "_sentences")

    def __init__(self, doc: Doc) -> None:
        # one C-level copy of the Doc's arrays: iterating the Doc would build a Token for every word.
        # The parse as indices too: walking it through Token objects (tok.head, tok.children) builds a
        # new Token at every step, which was a fifth of the stages' time.
        # one column per attribute (the array transposed), each mapped in one pass
        columns = doc.to_array(_COLUMNS).T.tolist() if len(doc) else [[] for _ in _COLUMNS]
        string = _strings_of(doc).__getitem__
        self.text: list[str] = list(map(string, columns[0]))
        self.lower: list[str] = list(map(string, columns[1]))
        self.idx: list[int] = columns[2]
        self.ws: list[str] = [" " if x else "" for x in columns[3]]
        self.is_alpha: list[bool] = list(map(bool, columns[4]))
        self.is_space: list[bool] = list(map(bool, columns[5]))
        self.pos: list[str] = list(map(string, columns[6]))
        self.lemma: list[str] = list(map(string, columns[7]))
        # HEAD is the offset to the head, stored unsigned: wrap it back to a signed offset
        self.head: list[int] = [i + (h if h < 2**63 else h - 2**64) for i, h in enumerate(columns[8])]
        self.dep: list[str] = list(map(string, columns[9]))
        self._children: dict[int, list[int]] | None = None
        self._depth: list[int] | None = None
        # (the parser's sentence starts, 1 / -1 / 0: they move with the heads, and the columns are read anew when a
        # stage changes a head, see events/parse_repair.py)
        self._sent_start: list[int] = columns[10]
        self._sentences: tuple[list[int], list[int]] | None = None

    def children(self, i: int) -> list[int]:
        """The indices of the children of token ``i``, in text order (as ``Token.children``); read it, do not
        change it."""
        kids = self._children
        if kids is None:
            # a list only for the tokens that have children (half of them are leaves): the lists live as long as
            # the Doc's stages, and every object that does is walked by the garbage collector's collections
            kids = self._children = {}
            for j, h in enumerate(self.head):
                if h != j:
                    got = kids.get(h)
                    if got is None:
                        kids[h] = [j]
                    else:
                        got.append(j)
        return kids.get(i) or []

    def subtree(self, i: int) -> list[int]:
        """The indices of token ``i`` and all its descendants (the members of ``Token.subtree``, not its order)."""
        out = [i]
        for j in out:  # grows while read: a breadth-first walk
            out.extend(self.children(j))
        return out

    def sentence(self, i: int) -> tuple[int, int]:
        """``(tok.sent.start, tok.sent.end)`` of token ``i``, as spaCy finds them (back to the last token marked as a
        sentence start, on to the next one), without the Span that ``Token.sent`` builds at every read."""
        bounds = self._sentences
        if bounds is None:
            marks, n = self._sent_start, len(self._sent_start)
            starts, ends = [0] * n, [n] * n
            s = 0
            for j in range(n):
                if marks[j] == 1:
                    s = j
                starts[j] = s
            e = n
            for j in range(n - 1, -1, -1):
                ends[j] = e
                if marks[j] == 1:
                    e = j
            bounds = self._sentences = (starts, ends)
        return bounds[0][i], bounds[1][i]

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


def doc_lang(doc: Doc) -> str:
    """``doc.lang_``, read once per Doc (spaCy asks the vocabulary's language getter, a Python call, on every read, and
    the stages read it to pick their word lists in their inner loops)."""
    cache = getattr(doc, "user_data", None)
    if cache is None:  # a Doc-like object without spaCy's user_data
        return doc.lang_
    lang = cache.get("sentinelle_lang")
    if lang is None:
        lang = cache["sentinelle_lang"] = doc.lang_
    return lang


# the values of one morphological field of one analysis (by the analysis's hash), shared across Docs: the same few
# hundred analyses come back in every article
_MORPH_VALUES: dict[tuple[int, str], list[str]] = {}


def morph_get(tok: Token, field: str) -> list[str]:
    """``tok.morph.get(field)``, a new list as spaCy's, read once per analysis and field.

    ``Token.morph`` builds a MorphAnalysis, and its ``get`` a NumPy array and the strings of the values, on every
    call (several microseconds): the stages ask it of the same verbs again and again. The analyses' hashes are read
    once per Doc (the stages never change a token's morphology), the values once per (analysis, field).
    """
    doc = tok.doc
    keys = doc.user_data.get("sentinelle_morph")
    if keys is None:
        keys = doc.user_data["sentinelle_morph"] = doc.to_array(MORPH).tolist() if len(doc) else []
    key = (keys[tok.i], field)
    values = _MORPH_VALUES.get(key)
    if values is None:
        if len(_MORPH_VALUES) > 100_000:  # bounded (a long-running feed may meet new analyses)
            _MORPH_VALUES.clear()
        values = _MORPH_VALUES[key] = tok.morph.get(field)
    return list(values)


def char_span_expand(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, built once per Doc and character range: the stages
    ask it of the same place, time and actor mentions again and again (about 100 times per article). The same Span
    object is returned each time: read it, do not change it (no stage retokenizes a Doc, so the tokens under a range
    stay the same)."""
    memo = doc.user_data.get("sentinelle_char_spans")
    if memo is None:
        memo = doc.user_data["sentinelle_char_spans"] = {}
    key = (start, end)
    span = memo.get(key, memo)
    if span is memo:
        span = memo[key] = doc.char_span(start, end, alignment_mode="expand")
    return span


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, read once per Doc: spaCy builds the entity Spans anew on each read (about 60 Tokens and Spans a
    read), and four readers of the places and events stages ask for them. The stages never set the entities."""
    ents = doc.user_data.get("sentinelle_ents")
    if ents is None:
        ents = doc.user_data["sentinelle_ents"] = doc.ents
    return ents


def sentence_bounds(tok: Token) -> tuple[int, int]:
    """``(tok.sent.start, tok.sent.end)`` read from the Doc's columns (``Token.sent`` walks the sentence and builds a
    Span on each read; two tokens share a sentence when their bounds are equal). Only for a parsed Doc."""
    return token_columns(tok.doc).sentence(tok.i)


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

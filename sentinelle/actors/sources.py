"""Source phrases: canonical name and kind ("l'OSDH" -> media), the actor an outlet speaks for, and the kind of a
person's name read from the role written beside it."""

from __future__ import annotations

import re

from sentinelle.actors.lexicon import _Lexicon, _Named, _Trie, get_lexicon
from sentinelle.actors.matcher import _Matcher
from sentinelle.actors.text import _Token, _tokenize
from sentinelle.model import Source, SourceKind

_ACTOR_SOURCE_KIND: dict[str, SourceKind] = {
    # An actor quoted as a source: a state's forces speak officially, a group through its own channels.
    "state_forces": "official",
    "external": "official",
    "rebels": "armed_group",
    "militia": "armed_group",
    "unidentified": "armed_group",
}


def _strip_determiners(tokens: list[_Token], determiners: frozenset[str]) -> list[_Token]:
    i = 0
    while i < len(tokens) - 1 and tokens[i].folded in determiners:
        i += 1
    return tokens[i:]


def _source_match(tokens: list[_Token], trie: _Trie, *, whole: bool) -> _Named | None:
    """The whole phrase as one source name, or else the best source name inside it.

    Inside, a specific name beats a generic description ("l'agence de presse iranienne Tasnim" -> Tasnim),
    then the earliest, then the longest ("un habitant de Kidal" -> Residents).
    """
    n = len(tokens)
    if whole:
        entries = trie.get(tokens, 0, n)
        return entries[0].named if entries else None
    best: tuple[tuple[int, int, int], _Named] | None = None
    for i in range(n):
        for length in range(min(trie.longest, n - i), 0, -1):
            entries = trie.get(tokens, i, length)
            if entries and entries[0].named is not None:
                rank = (entries[0].named.order, i, -length)
                if best is None or rank < best[0]:
                    best = (rank, entries[0].named)
                break
    return best[1] if best else None


def normalize_source(text: str, lang: str = "fr") -> Source | None:
    """Canonical name and kind of a source phrase, or None when nothing in it is known.

    "SANA", "Sana", "l'agence Sana" -> ``Source(name="SANA", kind="media")``;
    "une source sécuritaire" -> ``Security source``/anonymous; "le ministère de la Santé" -> official;
    "le Hezbollah" -> ``Hezbollah``/armed_group; "l'armée indienne" -> ``Military Forces of India``/official.
    Tried in order: the whole phrase, an actor the phrase starts with, a source name inside it (a specific
    name before a generic description, then the earliest: "BBC Burmese", "un habitant de Pissila"), then
    any actor inside it.
    """
    lexicon = get_lexicon(lang)
    known = lexicon.normalized_sources  # (the answer depends on the text and the lexicon only)
    if text in known:
        found = known[text]
    else:
        if len(known) > 50_000:  # bounded: a long-running feed meets new phrases without end
            known.clear()
        found = known[text] = _normalize_source(text, lexicon)
    return Source(name=found[0], kind=found[1]) if found is not None else None


def _normalize_source(text: str, lexicon: _Lexicon) -> tuple[str, SourceKind] | None:
    """(name, kind) of :func:`normalize_source`."""
    tokens = _strip_determiners(_tokenize(text), lexicon.determiners)
    if not tokens:
        return None
    whole = _source_match(tokens, lexicon.sources, whole=True)
    if whole is not None:
        return whole.normalized, lexicon.source_names[whole.normalized]
    # a country or capital alone speaks for its state: "Damas accuse ...", "selon Washington"
    country = next((e.country for e in lexicon.actors.get(tokens, 0, len(tokens)) if e.type == "country"), None)
    if country is not None:
        return country.name, "official"
    rest = text[tokens[0].start:]
    actors = [m for m in _Matcher(rest, lexicon, None).run() if m.actor.kind in _ACTOR_SOURCE_KIND]
    if actors and actors[0].start == 0:
        return actors[0].actor.normalized or actors[0].text, _ACTOR_SOURCE_KIND[actors[0].actor.kind]
    # "les forces rwandaises ont annoncé ...": a head noun with a demonym needs its determiner to be read as one
    # (without a tagger); a state's forces named by their country speak officially ("un soldat" alone is a
    # witness, not his army: a bare head is left to the source words below)
    led = [m for m in _Matcher(text, lexicon, None).run() if m.actor.kind in _ACTOR_SOURCE_KIND]
    if led and led[0].start == tokens[0].start and led[0].actor.normalized not in lexicon.bare:
        return led[0].actor.normalized or led[0].text, _ACTOR_SOURCE_KIND[led[0].actor.kind]
    found = _source_match(tokens, lexicon.sources, whole=False)
    if found is not None and found.order == 1 and actors:
        # a role speaks for whom it serves: "le porte-parole des opérations militaires des shebab",
        # "Yahya Saree, porte-parole des Houthis" (armed_group); "le porte-parole de l'armée malienne" (official)
        return actors[0].actor.normalized or actors[0].text, _ACTOR_SOURCE_KIND[actors[0].actor.kind]
    if found is not None:
        return found.normalized, lexicon.source_names[found.normalized]
    if actors:
        return actors[0].actor.normalized or actors[0].text, _ACTOR_SOURCE_KIND[actors[0].actor.kind]
    return None


def source_outlet_of(name: str, lang: str = "fr") -> str | None:
    """The normalised actor whose own channel the source is ("al-Manar" -> ``Hezbollah``), or None."""
    source = normalize_source(name, lang)
    return get_lexicon(lang).outlets.get(source.name) if source is not None else None


def lookup_source_kind(name: str, lang: str = "fr") -> SourceKind | None:
    """Kind of a source (``media``, ``official``, ``anonymous``, ``armed_group``, ``social_media``), or None."""
    source = normalize_source(name, lang)
    return source.kind if source is not None else None


# A role written beside a person's name ends at these: a sentence, a quotation or a line ends a phrase.
_PHRASE_END = re.compile(r"[.;:!?«»\"“”\n]")
# Words that open the noun phrase of a role ("LE gouverneur de la province", "UN infirmier").
_ROLE_OPENERS = frozenset({"le", "la", "l", "les", "un", "une", "du", "des", "son", "sa", "ses", "leur", "leurs", "ce",
                           "cet", "cette", "notre", "nos"})
# After a name, a comma or parenthesis followed by these is no role in apposition ("X, selon l'AFP").
_NOT_APPOSITION = frozenset({"selon", "d", "apres", "a", "ont", "avait", "avaient", "qui", "que", "dont", "interroge",
                             "interrogee", "cite", "citee", "citant", "dans", "sur", "lors", "mais", "et"})


def source_kind_in_context(text: str, start: int, end: int, lang: str = "fr") -> SourceKind | None:
    """Kind of the source written at ``text[start:end]``: from its own words, else from the role written
    beside it, as a person's name gets its kind from the text around it: "le porte-parole des shebab, X"
    (armed_group), "le gouverneur de la province, Y" (official), "Z, porte-parole de l'armée" (official).
    """
    own = lookup_source_kind(text[start:end], lang)
    if own is not None:
        return own
    # the role before the name, within its clause: the shortest phrase opened by a determiner that names one
    # the role after the name, in apposition, says what the person is: "X, porte-parole des Houthis," /
    # "X (chef de la milice)" (it wins over a title before the name: "le colonel X, porte-parole du M23")
    stripped = text[end:end + 160].lstrip(" \u00a0")
    if stripped[:1] in (",", "("):
        role = re.split(r"[,.;:)\n«»\"]", stripped[1:], maxsplit=1)[0]
        words = _tokenize(role)
        if words and words[0].folded not in _NOT_APPOSITION:
            kind = lookup_source_kind(role, lang)
            if kind is not None:
                return kind
    # the role before the name, within its phrase: the shortest run opened by a determiner that names one
    # ("le gouverneur de la province, Y", "le président américain Z", "notre correspondant à Niamey, W")
    before = _PHRASE_END.split(text[max(0, start - 160):start])[-1].rstrip(" ,\u00a0\u202f").split(",")[-1]
    tokens = _tokenize(before)
    for k in range(len(tokens) - 2, -1, -1):
        if tokens[k].folded in _ROLE_OPENERS:
            kind = lookup_source_kind(before[tokens[k].start:], lang)
            if kind is not None:
                return kind
    return None

"""The matcher: dictionary hits over word sequences composed into actor mentions (heads, demonyms, groups)."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, or_

from spacy.tokens import Doc

from sentinelle.actors.lexicon import _Entry, _Head, _Lexicon, _Named, _Trie, get_lexicon
from sentinelle.actors.metonymy import stands_for_state
from sentinelle.actors.text import _Token, _tokenize
from sentinelle.extensions import doc_text, morph_get, token_columns
from sentinelle.model import Actor, ActorMention

# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class _Lexeme:
    start: int  # token indices [start, end)
    end: int
    entries: list[_Entry]

    def of(self, kind: str) -> list[_Entry]:
        return [e for e in self.entries if e.type == kind]


_FOLDED, _CASED = attrgetter("folded"), attrgetter("cased")


def _scan(tokens: list[_Token], trie: _Trie, determiners: frozenset[str] = frozenset()) -> list[_Lexeme]:
    """Dictionary matches over word sequences that only joiners separate; the longest match wins.

    Overlaps are settled by the number of words that are not articles, then by length, then leftmost: in
    "de la coalition internationale" the alias "coalition internationale" beats "la coalition", whose
    article is there only to keep the bare noun from matching.
    """
    candidates: list[_Lexeme] = []
    n = len(tokens)
    # (trie.may_start read in place: it is asked of every word of the article)
    folded_firsts, cased_firsts = trie.folded_firsts, trie.cased_firsts
    # the words some key starts with (most words start none: the key of a single token would be needed too),
    # picked at C level: no Python-level step per word of the article
    starts = map(or_, map(folded_firsts.__contains__, map(_FOLDED, tokens)),
                 map(cased_firsts.__contains__, map(_CASED, tokens)))
    for i in compress(range(n), starts):
        run = 1
        while run < trie.longest and i + run < n and tokens[i + run].joined:
            run += 1
        for length in range(trie.reach(tokens, i, run), 0, -1):
            entries = trie.get(tokens, i, length)
            if entries:
                candidates.append(_Lexeme(i, i + length, entries))
                break

    def weight(lx: _Lexeme) -> tuple[int, int, int]:
        content = sum(1 for t in tokens[lx.start:lx.end] if t.folded not in determiners)
        return (-content, -(lx.end - lx.start), lx.start)

    taken = [False] * n
    chosen: list[_Lexeme] = []
    for lx in sorted(candidates, key=weight):
        if not any(taken[lx.start:lx.end]):
            chosen.append(lx)
            for t in range(lx.start, lx.end):
                taken[t] = True
    return sorted(chosen, key=lambda lx: lx.start)


class _Parse:
    """POS and dependency labels of the spaCy tokens under our word tokens (empty without a parse)."""

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc
        self.has_pos = doc is not None and doc.has_annotation("POS")
        self.has_dep = doc is not None and doc.has_annotation("DEP")
        # a parsed Doc (the pipeline's) has its token offsets read once for every stage
        if doc is None:
            self._starts: list[int] = []
        else:
            self._starts = token_columns(doc).idx if self.has_dep and self.has_pos else [t.idx for t in doc]

    def token(self, char: int):
        if self.doc is None or not self._starts:
            return None
        i = bisect.bisect_right(self._starts, char) - 1
        return self.doc[i] if i >= 0 else None

    def pos(self, char: int) -> str | None:
        token = self.token(char) if self.has_pos else None
        return token.pos_ if token is not None else None

    def adjectival(self, char: int) -> bool:
        """An adjective or a participle used as one ("membres présumés de l'ELN")."""
        token = self.token(char) if self.has_pos else None
        if token is None:
            return False
        return token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in morph_get(token, "VerbForm"))


# How far a head may be from its demonym or named group: "les avions militaires israéliens",
# "le groupe armé libanais Hezbollah", "des membres présumés de l'ELN".
_MAX_GAP = 3


class _Matcher:
    def __init__(self, text: str, lexicon: _Lexicon, doc: Doc | None) -> None:
        self.text = text
        self.lex = lexicon
        self.parse = _Parse(doc)
        self.tokens = _tokenize(text)
        self.lexemes = _scan(self.tokens, lexicon.actors, lexicon.determiners)
        self.lexeme_at = {lx.start: k for k, lx in enumerate(self.lexemes)}
        self.signal = self._country_signal(doc)

    # -- context for ambiguous aliases ("FDS", "l'occupant", "la coalition")

    def _country_signal(self, doc: Doc | None) -> Counter[str]:
        counts: Counter[str] = Counter()
        for lx in self.lexemes:
            for e in lx.entries:
                if e.country is not None:
                    counts[e.country.iso2] += 1
            named = lx.of("named")
            if len(named) == 1 and named[0].named is not None:
                counts.update(named[0].named.area)
        places = doc._.place_mentions if doc is not None and Doc.has_extension("place_mentions") else None
        for place in places or []:
            country = getattr(getattr(place, "location", None), "country", None)
            if country:
                counts[country] += 2  # a resolved place says more about the theatre than a demonym
        return counts

    def _choose(self, candidates: list[_Named]) -> _Named:
        return max(candidates, key=lambda c: (sum(self.signal[x] for x in c.area), -c.order))

    # -- helpers over tokens

    def _noun_ok(self, lx: _Lexeme, head: _Head) -> bool:
        if not head.noun_only:
            return True
        if not self.parse.has_pos:
            # No tagger: a determiner or a number right before it is the evidence ("des civils", "14 civils",
            # not "des bâtiments civils", "un convoi militaire").
            previous = self.tokens[lx.start - 1] if lx.start > 0 else None
            return previous is not None and (previous.folded in self.lex.determiners or previous.folded.isdigit())
        token = self.parse.token(self.tokens[lx.start].start)
        if token is None or token.pos_ in ("NOUN", "PROPN"):
            return True
        # an adjective before the noun it describes: "de jeunes combattants" are fighters, not youths
        if token.dep_ == "amod" and token.head.i > token.i and token.head.pos_ == "NOUN":
            return False
        # The tagger often calls a noun an adjective after a number ("14 civils burkinabè"); a determiner or a
        # number right before it settles it, while a noun before it makes it an adjective ("bâtiments civils").
        previous = token.doc[token.i - 1] if token.i > 0 else None
        return previous is not None and previous.pos_ in ("DET", "NUM")

    def _follow(self, k: int, want: str, *, connectors: bool, adjectives: bool, demonyms: bool) -> int | None:
        """Index of the lexeme of type ``want`` reached from lexeme k over a short gap of allowed words."""
        t = self.lexemes[k].end
        skipped = 0
        while t < len(self.tokens) and skipped <= _MAX_GAP:
            if not self.tokens[t].joined:
                return None
            j = self.lexeme_at.get(t)
            if j is not None:
                lx = self.lexemes[j]
                if lx.of(want):
                    return j
                if demonyms and lx.of("demonym"):
                    t, skipped = lx.end, skipped + 1
                    continue
                if adjectives and self.parse.adjectival(self.tokens[t].start):
                    t, skipped = lx.end, skipped + 1
                    continue
                return None
            token = self.tokens[t]
            if connectors and token.folded in self.lex.connectors:
                t, skipped = t + 1, skipped + 1
                continue
            if adjectives and self.parse.adjectival(token.start):
                t, skipped = t + 1, skipped + 1
                continue
            return None
        return None

    def _mention(self, start_tok: int, end_tok: int, normalized: str, kind: str) -> ActorMention:
        start, end = self.tokens[start_tok].start, self.tokens[end_tok - 1].end
        written = self.text[start:end]
        known = self.lex.registry.get(normalized)
        # A generated "Military Forces of the United States" takes the kind curated for that actor.
        kind = known[0] if known else kind
        return ActorMention(start=start, end=end, text=written,
                            actor=Actor(name=written, normalized=normalized, kind=kind))

    def _named_mention(self, start_tok: int, lx: _Lexeme) -> ActorMention:
        named = self._choose([e.named for e in lx.of("named") if e.named is not None])
        return self._mention(start_tok, lx.end, named.normalized, named.kind)

    # -- the composition rules, in priority order

    def run(self) -> list[ActorMention]:
        found: list[ActorMention] = []
        k = 0
        while k < len(self.lexemes):
            lx = self.lexemes[k]
            mention, next_k = self._at(k, lx)
            if mention is not None:
                found.append(mention)
            k = next_k
        return sorted(found, key=lambda m: (m.start, -m.end))

    def _at(self, k: int, lx: _Lexeme) -> tuple[ActorMention | None, int]:
        heads = [e.head for e in lx.of("head") if e.head is not None]
        # 1. "combattants du Hezbollah", "rebelles houthis": the named group, spanning from the member noun.
        if any(h.role == "member" for h in heads):
            j = self._follow(k, "named", connectors=True, adjectives=True, demonyms=True)
            if j is not None:
                return self._named_mention(lx.start, self.lexemes[j]), j + 1
        # 2. "l'armée américaine", "des civils syriens", "la police du Nigeria"; "frappe israélienne".
        for head in heads:
            if head.role not in ("actor", "context") or not head.template or not self._noun_ok(lx, head):
                continue
            j = self._follow(k, "demonym", connectors=False, adjectives=True, demonyms=False)
            if j is None and head.role == "actor":
                j = self._follow(k, "country", connectors=True, adjectives=False, demonyms=False)
                link = tuple(t.folded for t in self.tokens[lx.end:self.lexemes[j].start]) if j is not None else ()
                if link not in self.lex.country_connectors:
                    j = None  # "l'armée du Mali", not "armée Israël" nor "les troupes de Syrie" (from Syria)
            if j is not None:
                target = self.lexemes[j]
                country = next(e.country for e in target.entries if e.country is not None)
                start = lx.start if head.role == "actor" else target.start
                return self._mention(start, target.end, country.fill(head.template), head.kind or ""), j + 1
        # 3. A named actor: "Tsahal", "le JNIM", "des hommes armés non identifiés".
        if lx.of("named"):
            return self._named_mention(lx.start, lx), k + 1
        # 4. A generic actor without a country: "la police", "des civils".
        for head in heads:
            if head.role == "actor" and head.bare and self._noun_ok(lx, head):
                return self._mention(lx.start, lx.end, head.bare, head.kind or ""), k + 1
        # 5. A people noun: "un Palestinien", "trois Afghans".
        people = lx.of("people")
        if people and self.lex.people_template and self.lex.people_template.template:
            country = people[0].country
            assert country is not None
            template = self.lex.people_template
            return self._mention(lx.start, lx.end, country.fill(template.template or ""), template.kind or ""), k + 1
        # 6. A country or capital standing for its state: the doer of a verb ("Israël a frappé", "Ankara a
        #    bombardé", "Moscou n'a pas commenté"), or the one blamed, backed or pressed ("Damas accuse Ankara").
        country_entries = lx.of("country")
        if country_entries and self._stands_for_state(lx) and self.lex.metonym_template:
            country = country_entries[0].country
            assert country is not None
            template = self.lex.metonym_template
            return self._mention(lx.start, lx.end, country.fill(template.template or ""), template.kind or ""), k + 1
        return None, k + 1

    def _stands_for_state(self, lx: _Lexeme) -> bool:
        """The subject or agent of a verb that does not make it a scene, or the complement of a word of stance
        (metonymy.py, metonyms.tsv)."""
        if not self.parse.has_dep:
            return False
        first = self.parse.token(self.tokens[lx.start].start)
        return first is not None and stands_for_state(first, self.lex.scene_words, self.lex.stance_words)


def find_actors(doc_or_text: Doc | str, lang: str = "fr") -> list[ActorMention]:
    """Actor mentions in a spaCy ``Doc`` or a plain string, sorted by start, spans into the exact text.

    With a parsed ``Doc`` the parse filters heads that are really adjectives ("bâtiments civils") and
    allows country-name metonyms in subject or agent position; resolved places (``doc._.place_mentions``)
    help choose between actors that share an alias. A plain string gets neither.
    """
    lexicon = get_lexicon(lang)
    if isinstance(doc_or_text, Doc):
        return _Matcher(doc_text(doc_or_text), lexicon, doc_or_text).run()
    return _Matcher(doc_or_text, lexicon, None).run()

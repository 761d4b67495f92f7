"""What the words around a candidate name say (cues, locative words, titles, capitalised neighbours, the
parenthesis after a town ...): the evidence ``places.resolve`` weighs with the gazetteer's hits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sentinelle.places.cues import (
    CueMatch,
    CueTable,
    find_cue,
    names_a_leader,
    names_a_region_part,
    names_a_street,
    names_a_water_body,
    names_an_origin,
    names_outlet_or_addressee,
    preceding_words,
)
from sentinelle.places.matcher import Candidate
from sentinelle.places.normalize import fold, plain_key

_ARTICLES = frozenset({"le", "la", "les", "l"})
_CONTRACTED = frozenset({"au", "aux"})  # "à" + "le", "à" + "les"


@dataclass
class Features:
    """What the words around a candidate say."""

    cue: CueMatch | None
    locative: bool  # a locative word or cue right before the name
    person: bool  # after a title or inside a run of capitalised words
    sentence_initial: bool
    followed_by_name: bool
    stop_word: str | None  # why the (single-word) name is stop-listed
    dictionary_word: bool  # a single word found in the language's lexicon
    proper_noun: bool  # tagged PROPN by the tagger, away from the start of a sentence
    acronym: bool  # "EI", "ONU": only curated names ("RDC") may match
    person_or_org: bool = False  # inside a PER/ORG entity of the tagger (a negative signal only)
    street: bool = False  # "la rue Saint-Martin": a street's name, no place of any kind
    region_part: bool = False  # "sur le plateau du", "dans le nord du": words that place a curated region
    after_article: bool = False  # a locative word before the name's article ("vers la Galilée"), any name
    adjective_country: str | None = None  # a nationality adjective right after the name ("le Kurdistan syrien")
    parenthesised: bool = False  # the name fills a parenthesis after another name ("Lanfiéra (Sourou)"): its area
    origin: bool = False  # where a launch came from ("tirées depuis le Liban"): it sets no context
    state: bool = False  # a country name standing for its state ("Israël a frappé"): a nationality, not a scene
    # "au Sinaloa", "dans le Tigré": a locative word carrying the name's article; French names no town so unless
    # the town's own name has it ("au Caire")
    article_before: bool = False
    plural_word: bool = False  # the plural of a word of the lexicon ("Tirs", "Drones"), which lists singulars only



def features(text: str, cand: Candidate, before_is_name: bool, after_is_name: bool, sentence_initial: bool,
             table: CueTable, lexicon: frozenset[str], lang: str, proper_noun: bool = False,
             cued: tuple[list[str], CueMatch | None] | None = None) -> Features:
    """What the words around ``cand`` say; ``cued``: its preceding words and their cue, when already read
    (``preceding_words`` and ``find_cue`` at ``cand.start``)."""
    if cued is None:
        before = preceding_words(text, cand.start, lang)
        cue = find_cue(before, table)
    else:
        before, cue = cued
    # ("la faction liée à X": a leader or a group, not a place, whatever "à" says)
    leader = names_a_leader(before, table)
    title = (bool(before) and before[-1].rstrip(".") in table.person_titles) or names_outlet_or_addressee(before, table) \
        or names_a_water_body(before, table) or leader
    # "La Ville", "Le Bar": the article does not make an ordinary word a name.
    folded = plain_key(cand.text, lang)
    single = len(folded.split()) == 1 and "-" not in cand.text
    word = cand.text.split()[-1].lower()
    dictionary_word = single and word in lexicon
    # ("Tirs d'artillerie : ..." opening a heading: the lemma index holds "tir", not its plural)
    plural_word = single and not dictionary_word and len(word) > 3 and word[-1] in "sx" and word[:-1] in lexicon
    # "à X", and "dans le Nord-Kivu", "vers l'Ituri": a locative word before the article (not before an
    # ordinary word: "dans la Loi")
    bare = before[:-1] if before[-1:] == ["'"] else before
    bare = bare[:-1] if bare[-1:] and bare[-1] in _ARTICLES else before
    locative = not leader and (cue is not None or (bool(before) and before[-1] in table.locative) or (
        bare is not before and bool(bare) and bare[-1] in table.locative and not dictionary_word))
    return Features(
        cue=cue,
        locative=locative,
        person=title or (before_is_name and not locative),
        sentence_initial=sentence_initial,
        followed_by_name=after_is_name,
        stop_word=table.stop_words.get(folded) if single else None,
        dictionary_word=dictionary_word,
        plural_word=plural_word,
        article_before=(bool(before) and before[-1] in _CONTRACTED) or (
            bare is not before and bool(bare) and bare[-1] in table.locative),
        proper_noun=proper_noun and not sentence_initial,
        acronym=cand.text.isupper() and len(cand.text) <= 5,
        street=names_a_street(before, table),
        region_part=names_a_region_part(before, table),
        after_article=bare is not before and bool(bare) and bare[-1] in table.locative,
        adjective_country=_adjective_country(text, cand.end, table),
        parenthesised=_parenthesised(text, cand.start, cand.end),
        origin=names_an_origin(before, table),
    )


_NAME_BEFORE_PARENTHESIS = re.compile(r"[^\W\d_][\w'’-]*\s*\(\s*$")


def _parenthesised(text: str, start: int, end: int) -> bool:
    """The name alone in a parenthesis right after a word ("Lanfiéra (Sourou)", "Djibo (Soum)")."""
    return text[end:end + 2].lstrip()[:1] == ")" and bool(_NAME_BEFORE_PARENTHESIS.search(text, max(0, start - 40),
                                                                                            start))


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _adjective_country(text: str, end: int, table: CueTable) -> str | None:
    """The country of a nationality adjective right after a name ("le Kurdistan syrien": SY), if any."""
    word = _NEXT_WORD.match(text, end)
    return (table.demonyms or {}).get(fold(word.group(1))) if word else None

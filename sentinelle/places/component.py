"""The ``sentinelle_places`` spaCy component: place mentions, resolved, on ``doc._.place_mentions``."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.actors.lexicon import get_lexicon
from sentinelle.actors.metonymy import stands_for_state
from sentinelle.extensions import doc_ents, doc_text, token_columns
from sentinelle.model import PlaceMention
from sentinelle.places.anaphora import listed_again, named_again, site_named_again
from sentinelle.places.areas import describe_areas, villages_at_division_centre
from sentinelle.places.context import article_context
from sentinelle.places.cues import CueMatch, CueTable, cue_table, names_a_leader, preceding_words
from sentinelle.places.data import load_demonyms
from sentinelle.places.features import Features, features
from sentinelle.places.gazetteer import Gazetteer, Hit, get_gazetteer
from sentinelle.places.located import Unknown, locate_unknown
from sentinelle.places.matcher import Candidate, find_candidates
from sentinelle.places.name_pieces import (
    _CUES_KEY,
    _GLUED_ARTICLE,
    _CuesBefore,
    _cut_abroad,
    _introduced_by_place_word,
    _is_name_token,
    _joins_names,
    _lexicon,
    _listed_after_cue,
    _pieces_around_articles,
    _pieces_of_unknown_names,
    _provinces_spelled_otherwise,
    _quoted,
    _sentence_initial,
    _with_site_cue,
)
from sentinelle.places.normalize import name_key
from sentinelle.places.province import introduced_name, place_in_province
from sentinelle.places.resolve import Context, best_hit, to_mention

_WORD = re.compile(r"[^\W\d_]{2,}")


UNLOCATED = "sentinelle_unlocated_places"  # Doc.user_data key: spans of cue-introduced names nothing locates
UNKNOWN_AFTER_LOCATIVE = "sentinelle_unknown_after_locative"  # ... and of names after "à", "près de" nothing locates


def _acronym(text: str, start: int, end: int) -> bool:
    """A name written as an acronym in running text: its last word in capitals only ("les FSR", "le JNIM"),
    with words in lower case before it on its line (not a dateline, "DAMAS, 5 mars (AFP)", nor a headline in
    capitals, where town names are written so too)."""
    words = text[start:end].split()
    if not words or not (2 <= len(words[-1]) <= 6 and words[-1].isupper()):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = _WORD.findall(text, line_start, end - len(words[-1]))
    return bool(before) and not before[-1].isupper()


def _covered_by_longer(doc: Doc, candidates: list[Candidate]) -> Callable[[int, int], bool]:
    """Whether a character range lies inside a longer candidate that joins no names (sorted by start, with the
    furthest end of each prefix: every candidate was compared with every other, a fortieth of the places stage)."""
    wrappers = sorted((o.start, o.end) for o in candidates if not _joins_names(doc, o))
    starts = [s for s, _ in wrappers]
    furthest = [-1]  # furthest[k]: the largest end among the first k wrappers
    for _, e in wrappers:
        furthest.append(max(furthest[-1], e))

    def covered(start: int, end: int) -> bool:
        # (a longer one that covers it starts before it, or starts with it and ends after it)
        return furthest[bisect_left(starts, start)] >= end or furthest[bisect_right(starts, start)] > end

    return covered


def find_places(doc: Doc, gazetteer: Gazetteer, table: CueTable, lexicon: frozenset[str],
                lang: str = "fr") -> list[PlaceMention]:
    """Place mentions of ``doc``, resolved and sorted by start."""
    candidates = find_candidates(doc, lang)
    cues = doc.user_data[_CUES_KEY] = _CuesBefore(doc_text(doc), table, lang)  # (events asks again: cue_before)
    candidates += [ext for c in candidates if (ext := _with_site_cue(doc, c, table, lang, cues)) is not None]
    found = gazetteer.hits({k for c in candidates for k in c.keys})
    # Entities the tagger reads as a person or an organisation: a negative signal only.
    ents = doc_ents(doc)  # (spaCy builds the entity Spans anew on each read of Doc.ents)
    named = [(e.start_char, e.end_char) for e in ents if e.label_ in ("PER", "ORG")]
    # "le président Nicolás Maduro ... des preuves de vie pour Maduro": a person's name said again alone
    surnames = {e[-1].text for e in ents if e.label_ == "PER" and len(e) > 1 and e[-1].text[:1].isupper()}
    pos = token_columns(doc).pos
    parsed, metonyms = doc.has_annotation("DEP"), get_lexicon(lang)
    scored: list[tuple[Candidate, list[tuple[Hit, int]], Features]] = []
    cued: list[tuple[int, int, CueMatch]] = []  # (start, end, cue) of the names a cue introduces
    for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
        ranked: dict[int, tuple[Hit, int]] = {}
        acronym = _acronym(doc_text(doc), cand.start, cand.end)
        for rank, key in enumerate(cand.keys):
            for hit in found.get(key, []):
                # an acronym names a town only as its own name: "les FSR" (the paramilitaries) are not El Fasher,
                # whose codes and abbreviations the gazetteer lists among its other names
                if acronym and hit.entry.kind == "city" and not hit.curated \
                        and name_key(hit.entry.name, lang) not in cand.keys:
                    continue
                # (an entry met under two keys keeps its closer match: "Pétion-Ville" is Pétionville by the joined
                # key, whatever the consonant skeleton of the spaced one met first)
                if hit.entry.id not in ranked or hit.tier < ranked[hit.entry.id][0].tier:
                    ranked[hit.entry.id] = (hit, rank)
        if not ranked:
            continue
        before_is_name = _is_name_token(doc, cand.token_start - 1) and not _sentence_initial(doc, cand)
        proper_noun = any(pos[i] == "PROPN" for i in range(cand.token_start, cand.token_end))
        feats = features(doc_text(doc), cand, before_is_name, _is_name_token(doc, cand.token_end),
                         _sentence_initial(doc, cand), table, lexicon, lang, proper_noun, cues.at(cand.start))
        if cand.text in surnames and not feats.locative and not any(s <= cand.start < e for s, e in named):
            feats.person = True
        if feats.cue is None:
            # "les provinces de Kunar et de Paktika": a name listed after one a cue introduces shares its cue
            feats.cue = _listed_after_cue(doc_text(doc), cand, cued)
            feats.locative = feats.locative or feats.cue is not None
        if feats.cue is not None:
            cued.append((cand.start, cand.end, feats.cue))
        # a name standing alone in quotation marks is a nickname or a title (Joaquin « El Chapo » Guzman,
        # « El Raton »), not a place, unless a locative word introduces it
        if not feats.locative and _quoted(doc_text(doc), cand):
            feats.person = True
        # Only a word inside a longer person or organisation name ("Hachd al-Chaabi", "Nasser al-Naqib"):
        # the tagger's reading of a name on its own is too unreliable ("Benghazi" as a person).
        feats.person_or_org = any(s <= cand.start and cand.end <= e and e - s > cand.end - cand.start
                                  for s, e in named)
        # "Israël a frappé une maison à X": the country is the doer, as "les forces israéliennes" would be
        feats.state = parsed and any(h.entry.kind == "country" for h, _ in ranked.values()) and stands_for_state(
            doc[cand.token_start], metonyms.scene_words, metonyms.stance_words)
        scored.append((cand, list(ranked.values()), feats))

    # First pass: unambiguous mentions set the article's context. Nationality adjectives ("les
    # forces yéménites") only break ties: the nationality of an actor is not where things happen.
    # (a piece of a name cut at a hyphened article is no place, nor evidence: "Zawiya" of "Jabal al-Zawiya" is not
    # the Libyan town that would make Libya the article's country)
    demonyms = load_demonyms(lang)
    # (nor is a known piece of a longer unknown name: "Mayo" of "le département du Mayo-Tsanaga" makes no island of
    # Cape Verde a country of the article)
    pieces = _pieces_of_unknown_names(doc, candidates, found, table, lexicon, cues) | _pieces_around_articles(
        doc_text(doc), candidates)
    # (words of a longer capitalised name are no small town of their own: "Rouge" of "la Croix-Rouge"; nor is a name
    # the tagger reads as a person or a thing that no place word nor "de" introduces: "Fatouma, 14 ans, a été séparée")
    others = [(e.start_char, e.end_char) for e in ents if e.label_ in ("PER", "ORG", "MISC")]
    covered = _covered_by_longer(doc, candidates)
    inside = frozenset((c.start, c.end) for c in candidates if covered(c.start, c.end) or (
        any(s < c.end and c.start < e for s, e in others) and not _introduced_by_place_word(cues.at(c.start), table)))
    seen_demonyms = Counter({demonyms[w] for w in token_columns(doc).lower if w in demonyms})
    ctx = article_context([c for c in scored if not any(s <= c[0].start and c[0].end <= e for s, e in pieces)],
                          seen_demonyms, lang, inside, doc_text(doc))
    # the context without the words of longer capitalised names, asked only of a town read off such a name (its own
    # piece is no evidence of where the article is: "Kani" of "Kani Masi-Bala")
    outside: list[Context] = []

    def context_outside() -> Context:
        if not outside:
            outside.append(article_context([c for c in scored if (c[0].start, c[0].end) not in inside and not any(
                s <= c[0].start and c[0].end <= e for s, e in pieces)], seen_demonyms, lang, inside, doc_text(doc)))
        return outside[0]

    # Second pass: every candidate with the context; then the longest of overlapping names wins.
    chosen: list[tuple[Candidate, Hit, float, Features]] = []
    # A longer name known to the gazetteer ("Tal Afar") keeps its words from shorter readings
    # ("Tal"), even when it is itself rejected for lack of evidence.
    taken: list[tuple[int, int]] = []
    rejected: list[tuple[int, int]] = []  # (those: their words are still an unknown name, "à Wadi Sirr, au nord de Y")
    for cand, hits, feats in scored:
        best = best_hit(hits, feats, ctx, cand.start, cand.text, cand.keys)
        if best and _cut_abroad(doc, cand, best[0].entry.country, best[0].entry.kind, candidates, found, context_outside):
            continue
        if best:
            chosen.append((cand, best[0], best[1], feats))
        elif len(cand.keys[0].split()) > 1 and any(h.tier == 0 for h, _ in hits):
            taken.append((cand.start, cand.end))
            rejected.append((cand.start, cand.end))
    chosen.sort(key=lambda c: (-(c[0].token_end - c[0].token_start), -c[2], c[0].start))
    mentions: list[PlaceMention] = []
    for cand, hit, value, feats in chosen:
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        # (and so is any part of such a piece: "Kani" of "Kani Masi" of "Kani Masi-Bala")
        if any(s <= cand.start and cand.end <= e for s, e in pieces):
            continue
        taken.append((cand.start, cand.end))
        mentions.append(to_mention(cand, hit, value, feats))
    # A town once resolved is the same town wherever the article names it again ("des positions près de
    # Metoula ... des tirs en direction de Metoula"), also where the words around it alone would not do
    resolved = {name_key(m.text): m for m in mentions if m.kind in ("city", "site") and (m.location.precision or 1) < 3}
    said_of = {(c.start, c.end): f for c, _, f in scored}
    # Names left unresolved, and whether a cue introduces them as a place ("la région d'al-Thaïr").
    unknown = []
    taken = [t for t in taken if t not in rejected]
    for cand in sorted(candidates, key=lambda c: c.start - c.end):
        if any(cand.start < e and s < cand.end for s, e in taken) or _joins_names(doc, cand) \
                or not cand.text[:1].isupper():
            continue
        again = resolved.get(name_key(cand.text))
        said = said_of.get((cand.start, cand.end))
        # (not where the words say it is something else: "la chaîne Al Mayadeen", "le général X", "la rue X")
        if again is not None and (cand.start, cand.end) not in pieces and not (
                said is not None and (said.person or said.street or said.person_or_org)):
            taken.append((cand.start, cand.end))
            mentions.append(again.model_copy(update={"start": cand.start, "end": cand.end, "text": cand.text}))
            continue
        # (a site cue glued to a name, "commissariat de X", is only a lookup key for curated sites)
        if _sentence_initial(doc, cand):
            continue
        article = _GLUED_ARTICLE.search(doc_text(doc), max(0, cand.start - 5), cand.start)  # "al-" + "Thaïr"
        start = article.start() if article else cand.start
        before, cue = cues.at(start)
        # ("la faction liée à X": a leader, whatever "à" says)
        leader = names_a_leader(before, table)
        introduced = cue is not None and (cue.prefer in ("city", "admin1", "site") or cue.precision == 2) and not leader
        locative = bool(before) and before[-1] in table.locative and not leader
        unknown.append(Unknown(start, cand.end, introduced, locative))
        taken.append((cand.start, cand.end))
    areas = describe_areas(doc_text(doc), sorted(mentions, key=lambda m: (m.start, m.end)), gazetteer, lang)
    spelled = _provinces_spelled_otherwise(doc_text(doc), areas, unknown, gazetteer, cues, lang)
    areas = sorted(areas + spelled, key=lambda m: (m.start, m.end))
    unknown = [u for u in unknown if not any(m.start == u.start for m in spelled)]
    located = locate_unknown(doc_text(doc), areas, unknown, lang)
    at = {m.start for m in located}
    # "à Tourou" that nothing locates, in an article whose places all lie in one province: that province
    # (a town a division cue names, "la préfecture de Y", stands for the unit called after it: a division named)
    division_towns = frozenset(m.start for m in areas if m.kind == "city" and (cue := cues.at(m.start)[1]) is not None
                               and cue.admin_context)
    located += place_in_province(doc_text(doc), areas + located, [
        (u.start, u.end) for u in unknown if u.start not in at and introduced_name(doc, u, table, lexicon)], gazetteer,
        division_towns)
    located = villages_at_division_centre(located, gazetteer)
    # names a place cue introduces that nothing locates ("dans le district d'Ancuabe"): where the words say the
    # incident was, unknown; the events stage does not lend such a sentence another town
    at = {m.start for m in located}
    # (not a part of a town, "le quartier de X": the town the paragraph names is where it is)
    doc.user_data[UNLOCATED] = [
        (u.start, u.end) for u in unknown if u.introduced and u.start not in at
        and not (set(preceding_words(doc_text(doc), u.start, lang, limit=3)) & table.neighbourhood_nouns)]
    doc.user_data[UNKNOWN_AFTER_LOCATIVE] = [(u.start, u.end) for u in unknown
                                             if u.locative and not u.introduced and u.start not in at]
    # a homonym the words place in another province is replaced by the located name
    relocated = {(m.start, m.end) for m in located}
    areas = [m for m in areas if (m.start, m.end) not in relocated]
    found = areas + located
    # "dans les quatre provinces précitées": the places of the enumeration named before
    found += listed_again(doc_text(doc), found, lang)
    # "au nord de cette commune": the town named just before
    found += named_again(doc_text(doc), found, lang)
    # "le détachement aurait été occupé": the post named with its town before
    found += site_named_again(doc_text(doc), found, lang)
    return sorted(found, key=lambda m: (m.start, m.end))


class PlacesComponent:
    """Finds and resolves place names; writes ``doc._.place_mentions``."""

    def __init__(self, nlp: Language | None, lang: str = "fr") -> None:
        self.lang = lang
        self.gazetteer = get_gazetteer(lang)
        self.table = cue_table(lang)
        self.lexicon = _lexicon(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.place_mentions = find_places(doc, self.gazetteer, self.table, self.lexicon, self.lang)
        return doc


@Language.factory("sentinelle_places", default_config={"lang": "fr"})
def make_places(nlp: Language, name: str, lang: str) -> PlacesComponent:
    """spaCy factory: ``nlp.add_pipe("sentinelle_places", config={"lang": "fr"})``."""
    return PlacesComponent(nlp, lang)

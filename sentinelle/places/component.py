"""The ``sentinelle_places`` spaCy component: place mentions, resolved, on ``doc._.place_mentions``."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from spacy.language import Language
from spacy.tokens import Doc

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.actors.lexicon import get_lexicon
from sentinelle.actors.metonymy import stands_for_state
from sentinelle.extensions import doc_lang, doc_text, token_columns
from sentinelle.model import PlaceMention
from sentinelle.places.admin1 import km
from sentinelle.places.anaphora import listed_again, named_again, site_named_again
from sentinelle.places.areas import describe_areas, villages_at_division_centre
from sentinelle.places.context import article_context
from sentinelle.places.cues import CueMatch, CueTable, cue_table, find_cue, preceding_words
from sentinelle.places.data import load_demonyms
from sentinelle.places.features import Features, features
from sentinelle.places.gazetteer import Gazetteer, Hit, get_gazetteer, to_location
from sentinelle.places.located import Unknown, locate_unknown
from sentinelle.places.matcher import Candidate, find_candidates
from sentinelle.places.normalize import fold, name_key, query_keys
from sentinelle.places.province import introduced_name, place_in_province
from sentinelle.places.resolve import best_hit, to_mention
from sentinelle.places.schema import TIER_NAME

_SENTENCE_END = ".!?\n"
# The Arabic article, in its sun-letter forms too, hyphened to the next word ("al-Thaïr", "ech-Chaab", "ej-Jabal")
_ARABIC_ARTICLE = r"(?:al|el|as|ad|ach|ash|an|ar|at|az|ez|ed|es|ech|ej|en|er|esh|et|eth|edh|ath|adh)[-‑]"
_GLUED_ARTICLE = re.compile(r"(?<![^\W\d_])(?:al|el|as|ad|ach|ash|an|ar|at|az|ez|ed|es)[-‑]$", re.IGNORECASE)
# "Aita ech-Chaab": a space, then the article hyphened to a capitalised word (inside one candidate name)
_INNER_ARTICLE = re.compile(r"\s" + _ARABIC_ARTICLE + r"(?=[^\W\d_])", re.IGNORECASE)


def _lexicon(nlp: Language | None) -> frozenset[str]:
    """Ordinary words of the language: its stop words and the model's lemmatizer index when it has one."""
    if nlp is None:
        return frozenset()
    words: set[str] = {w.lower() for w in nlp.Defaults.stop_words}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in nlp.pipe_names else None
    if lookups is not None and lookups.has_table("lemma_index"):
        for forms in lookups.get_table("lemma_index").values():
            words.update(w.lower() for w in forms)
    return frozenset(words)


def _is_name_token(doc: Doc, i: int) -> bool:
    cols = token_columns(doc)
    return 0 <= i < len(cols.text) and cols.is_alpha[i] and cols.text[i][:1].isupper()


_OPENING = frozenset(" \t\u00a0\u202f\"«“'’-—–")


def _sentence_initial(doc: Doc, cand: Candidate) -> bool:
    # the last character before the name that is no space, quote or dash (read backwards: slicing the
    # whole text before every candidate would make the stage quadratic in the article length)
    text = doc_text(doc)
    i = cand.start - 1
    while i >= 0 and text[i] in _OPENING:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def cue_before(doc: Doc, start: int, table: CueTable) -> CueMatch | None:
    """``find_cue(preceding_words(text, start, lang), table)`` of the Doc's text: read from what the places stage
    found at that position when it used the same table (it asked about the words before most place names)."""
    cues = doc.user_data.get(_CUES_KEY)
    text = doc_text(doc)
    if cues is None or cues.table is not table or cues.lang != doc_lang(doc) or cues.text != text:
        return find_cue(preceding_words(text, start, doc_lang(doc)), table)
    return cues.at(start)[1]


_CUES_KEY = "sentinelle_cues_before"


class _CuesBefore:
    """The words before a position of one article and the cue they end with (``preceding_words`` and
    ``find_cue``), read once per position: the stage asks about the words before the same name up to five times."""

    def __init__(self, text: str, table: CueTable, lang: str) -> None:
        self.text, self.table, self.lang = text, table, lang
        self._seen: dict[int, tuple[list[str], CueMatch | None]] = {}

    def at(self, start: int) -> tuple[list[str], CueMatch | None]:
        """(the words before ``start``, the cue they end with); the list is shared: read it, do not change it."""
        got = self._seen.get(start)
        if got is None:
            before = preceding_words(self.text, start, self.lang)
            got = self._seen[start] = (before, _cue_of(before, self.table))
        return got


# find_cue's answers by table and words: the same few words come before names article after article
_CUE_OF: dict[tuple[int, tuple[str, ...]], tuple[CueTable, CueMatch | None]] = {}


def _cue_of(before: list[str], table: CueTable) -> CueMatch | None:
    """``find_cue(before, table)``, memoised (a CueMatch is frozen: sharing one is safe)."""
    key = (id(table), tuple(before))
    held = _CUE_OF.get(key)
    if held is None or held[0] is not table:
        if len(_CUE_OF) > 100_000:  # bounded: a long-running feed meets new words without end
            _CUE_OF.clear()
        held = _CUE_OF[key] = (table, find_cue(before, table))
    return held[1]


def _with_site_cue(doc: Doc, cand: Candidate, table: CueTable, lang: str, cues: _CuesBefore) -> Candidate | None:
    """The candidate extended leftwards over a site cue ("l'aéroport d'Erbil"), to look up site names."""
    cue = cues.at(cand.start)[1]
    if cue is None or cue.prefer != "site":
        return None
    wanted = len(fold(cue.phrase.replace("'", " ").replace("’", " "), lang).split()) + cue.skipped
    cols = token_columns(doc)
    i, words = cand.token_start, 0
    while i > 0 and words < wanted:
        i -= 1
        words += len(fold(cols.text[i], lang).split())
    start = cols.idx[i]
    text = doc_text(doc)[start:cand.end]
    keys = tuple(k for k in query_keys(text, lang) if k)
    return Candidate(start, cand.end, i, cand.token_end, text, keys) if keys else None


# Lowercase words that join two names rather than belong to one ("Gao et Tombouctou", "Goma au Congo",
# "Al Tayaran de Bagdad": a quarter of the city).
_JOINING = frozenset({"et", "ou", "au", "aux", "en", "sur", "y", "de", "du", "des", "d'", "d’"})


def _joins_names(doc: Doc, cand: Candidate) -> bool:
    cols = token_columns(doc)
    # (an article hyphened to the next word joins nothing: "Qasr en-Nabi" is one name)
    return any(cols.lower[i] in _JOINING and not cols.text[i][:1].isupper()
               and not (not cols.ws[i] and i + 1 < cand.token_end and cols.text[i + 1] in ("-", "‑"))
               for i in range(cand.token_start, cand.token_end))


_LIST_GLUE = re.compile(r"^\s*(?:,\s*(?:et\s+|ou\s+)?|et\s+|ou\s+)(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)?$",
                        re.IGNORECASE)


_OPENING_QUOTE = re.compile(r"[«»“”\"][\s\u00a0\u202f]*(?:(?:le|la|les|l['’]|el|al)\s*)?$", re.IGNORECASE)


def _quoted(text: str, cand: Candidate) -> bool:
    """The name fills a quotation ("« El Raton »", "« la Souris »", also with the marks typed the wrong way
    round: "d' »El Raton »")."""
    after = text[cand.end:cand.end + 3].lstrip(" \u00a0\u202f")
    return bool(_OPENING_QUOTE.search(text[max(0, cand.start - 8):cand.start])) and after[:1] in ("»", "”", '"')


PROVINCE_SPELLING_SIMILARITY = 0.85


def _provinces_spelled_otherwise(text: str, mentions: list[PlaceMention], unknown: list[Unknown],
                                 gazetteer: Gazetteer, cues: _CuesBefore, lang: str) -> list[PlaceMention]:
    """ "la province de Daï Kundi": an unknown name a province cue introduces, spelled close to one division
    of the article's country (Daykundi), is that division."""
    countries = Counter(m.location.country for m in mentions if m.location.country)
    if not countries:
        return []
    country = countries.most_common(1)[0][0]
    divisions = gazetteer.divisions(country)
    out = []
    for u in unknown:
        cue = cues.at(u.start)[1]
        if cue is None or cue.prefer != "admin1":
            continue
        key = name_key(text[u.start:u.end], lang).replace(" ", "")
        if len(key) < 5:
            continue
        close = [d for d in divisions
                 if SequenceMatcher(None, key, name_key(d.name, lang).replace(" ", "")).ratio() >= PROVINCE_SPELLING_SIMILARITY]
        if len(close) == 1:
            loc = to_location(close[0], text[u.start:u.end])
            out.append(PlaceMention(start=u.start, end=u.end, text=text[u.start:u.end], kind="admin1", location=loc))
    return out


def _listed_after_cue(text: str, cand: Candidate, cued: list[tuple[int, int, CueMatch]]) -> CueMatch | None:
    """The cue of the name this one is listed after ("A, B et de C"), or joined to by a hyphen after a road's cue
    ("sur l'axe A-B"), if any."""
    for _start, end, cue in reversed(cued):
        if end <= cand.start:
            glue = text[end:cand.start]
            road = cue.road and glue.strip() in ("-", "–", "—")
            return cue if cand.start - end <= 40 and (road or _LIST_GLUE.match(glue)) else None
    return None


def _introduced_by_place_word(before_and_cue: tuple[list[str], CueMatch | None], table: CueTable) -> bool:
    """A place cue, a locative word or "de" right before a name ("à X", "le village de X", "les habitants de X")."""
    before, cue = before_and_cue
    bare = before[:-1] if before[-1:] == ["'"] else before
    return cue is not None or (bool(bare) and (bare[-1] in table.locative or bare[-1] in ("de", "d")))


def _pieces_around_articles(text: str, candidates: list[Candidate]) -> set[tuple[int, int]]:
    """Names cut at a hyphened Arabic article: "Aita" and "Chaab" of "Aita ech-Chaab" are no places of their own.

    The article binds the word after it to the word before it, so only the whole name (found or not) is a
    place: a shorter candidate inside a longer one, ending right before such an article or starting after it.
    """
    pieces = set()
    for whole in candidates:
        # (after a capitalised word: "Al-Tanf et Al-Malikiyah" is two names joined by "et")
        cuts = [(m.start(), m.end()) for m in _INNER_ARTICLE.finditer(text, whole.start, whole.end)
                if text[m.end():m.end() + 1].isupper() and text[whole.start:m.start()].split()[-1][:1].isupper()]
        if not cuts:
            continue
        for c in candidates:
            if c is whole or not (whole.start <= c.start and c.end <= whole.end):
                continue
            # (the article's space is at `space`; the name goes on at `on`, after the hyphen)
            if any(c.end == space or c.start in (space + 1, on) for space, on in cuts):
                pieces.add((c.start, c.end))
    return pieces


def _pieces_of_unknown_names(doc: Doc, candidates: list[Candidate], found: dict, table: CueTable,
                             lexicon: frozenset[str], cues: _CuesBefore) -> set[tuple[int, int]]:
    """Known names that are only a piece of a longer name introduced as a place.

    "à Aïn Qantarat" is not the Tunisian town of Aïn, "le village de Mocimboa da Praia"
    is not Praia: when the whole run of capitalised words after a locative word or a
    place cue is unknown, and its other words are not ordinary words of the language,
    the known piece is not a place of its own.
    """
    persons = [(e.start, e.end) for e in doc.ents if e.label_ == "PER"]
    cols = token_columns(doc)
    pieces: set[tuple[int, int]] = set()
    known = [k for k in candidates if _known(k, found)]
    for longer in candidates:
        # (a name met only by its consonant skeleton is no known name: "Bulo Marer" is unknown whole, so "Bulo" is a
        # piece of it, whatever town elsewhere "Marer" loosely spells)
        if _known(longer, found) or _sentence_initial(doc, longer) or _joins_names(doc, longer):
            continue
        # (a run that cuts a known name in two is no whole name: "Dori-Gorom" of "Dori-Gorom-Gorom")
        if _cuts(longer, known):
            continue
        before, cue = cues.at(longer.start)
        # (a locative word, also before an article: "dans le Djebel X" is no Djebel of its own)
        bare = [w for w in before if w != "'"]
        bare = bare[:-1] if bare[-1:] and bare[-1] in ("le", "la", "les", "l") else bare
        if not before or not ((bare and bare[-1] in table.locative) or cue is not None):
            continue
        for c in candidates:
            # (nor is it a piece: "Dori" is one, "Dori-Gorom" nothing)
            if c is longer or not (longer.start <= c.start and c.end <= longer.end) or _cuts(c, known):
                continue
            rest = [i for i in range(longer.token_start, longer.token_end)
                    if not (c.token_start <= i < c.token_end) and cols.text[i][:1].isupper()]
            # ... but "à Culiacan Ovidio Guzman": a person named right after the town, which the tagger may read
            # with the town's name; not a two-word run it reads whole as a person's name ("à Bulo Gaduud"); "du Lac
            # Tchad": two known names side by side
            two_word_person = (longer.token_start, longer.token_end) in persons and len(rest) == 1 \
                and longer.token_end - longer.token_start == 2
            if not two_word_person and any(s <= i < e for i in rest for s, e in persons):
                continue
            rest_ids = set(rest)
            # (compared on their capitalised words: "Dori-Gorom-Gorom" is Dori and Gorom-Gorom side by side; two
            # names of one country at least: "Tell Rimah" is no Syrian Tell beside a Saudi Rumah; and neighbours,
            # unless a road's cue says the pair is its two ends: "Moba-Kasindi", a quarter of Butembo, is no town of
            # Tanganyika beside a border post 900 km away, "l'axe Gao-Kidal" is)
            road = cue is not None and cue.road
            # (a road's end is a town whatever the other end: "l'axe Titao-X" with X a village no gazetteer holds)
            if road and doc_text(doc)[longer.start:longer.end].count("-") == 1 and "-" in (
                    doc_text(doc)[c.end:c.end + 1], doc_text(doc)[c.start - 1:c.start]):
                continue
            if any(o is not c and {i for i in range(o.token_start, o.token_end) if cols.text[i][:1].isupper()} == rest_ids
                   and (_near(o, c, found) if not road else _countries(o, found) & _countries(c, found))
                   for o in candidates):
                continue
            if rest and not any(cols.lower[i] in lexicon or cols.lower[i] in table.stop_words for i in rest):
                pieces.add((c.start, c.end))
    return pieces


def _known(cand: Candidate, found: dict) -> bool:
    """The gazetteer holds the name as spelled (its name key, not only its consonant skeleton)."""
    return any(h.tier == TIER_NAME for k in cand.keys for h in found.get(k, ()))


def _cuts(cand: Candidate, known: list[Candidate]) -> bool:
    """The candidate starts or ends inside a known name."""
    return any(k.start < cand.end < k.end or k.start < cand.start < k.end for k in known)


def _countries(cand: Candidate, found: dict) -> set[str]:
    """The countries of the places the gazetteer holds under the name as spelled."""
    return {h.entry.country or "" for k in cand.keys for h in found.get(k, ()) if h.tier == TIER_NAME}


NEIGHBOURS_KM = 250.0  # two towns named as one hyphened pair are this close, unless a road's cue joins them


def _near(a: Candidate, b: Candidate, found: dict) -> bool:
    """Some place the gazetteer holds under each name as spelled, in one country; two towns within NEIGHBOURS_KM
    of each other (a division or a country beside a name, "du Lac Tchad", only shares its country)."""
    hits = [[h.entry for k in c.keys for h in found.get(k, ()) if h.tier == TIER_NAME] for c in (a, b)]

    def towns_apart(x, y) -> bool:
        return x.kind in ("city", "site") and y.kind in ("city", "site") and None not in (x.lat, x.lon, y.lat, y.lon) \
            and km(x.lat, x.lon, y.lat, y.lon) > NEIGHBOURS_KM

    return any(x.country == y.country and not towns_apart(x, y) for x in hits[0] for y in hits[1])


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


def find_places(doc: Doc, gazetteer: Gazetteer, table: CueTable, lexicon: frozenset[str],
                lang: str = "fr") -> list[PlaceMention]:
    """Place mentions of ``doc``, resolved and sorted by start."""
    candidates = find_candidates(doc, lang)
    cues = doc.user_data[_CUES_KEY] = _CuesBefore(doc_text(doc), table, lang)  # (events asks again: cue_before)
    candidates += [ext for c in candidates if (ext := _with_site_cue(doc, c, table, lang, cues)) is not None]
    found = gazetteer.hits({k for c in candidates for k in c.keys})
    # Entities the tagger reads as a person or an organisation: a negative signal only.
    ents = doc.ents  # (spaCy builds the entity Spans anew on each read of Doc.ents)
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
    inside = frozenset((c.start, c.end) for c in candidates if any(
        o.start <= c.start and c.end <= o.end and o.end - o.start > c.end - c.start and not _joins_names(doc, o)
        for o in candidates) or (any(s < c.end and c.start < e for s, e in others) and not _introduced_by_place_word(
            cues.at(c.start), table)))
    ctx = article_context([c for c in scored if not any(s <= c[0].start and c[0].end <= e for s, e in pieces)],
                          Counter({demonyms[w] for w in token_columns(doc).lower if w in demonyms}), lang, inside,
                          doc_text(doc))

    # Second pass: every candidate with the context; then the longest of overlapping names wins.
    chosen: list[tuple[Candidate, Hit, float, Features]] = []
    # A longer name known to the gazetteer ("Tal Afar") keeps its words from shorter readings
    # ("Tal"), even when it is itself rejected for lack of evidence.
    taken: list[tuple[int, int]] = []
    rejected: list[tuple[int, int]] = []  # (those: their words are still an unknown name, "à Wadi Sirr, au nord de Y")
    for cand, hits, feats in scored:
        best = best_hit(hits, feats, ctx, cand.start, cand.text, cand.keys)
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
        introduced = cue is not None and (cue.prefer in ("city", "admin1", "site") or cue.precision == 2)
        locative = bool(before) and before[-1] in table.locative
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

"""The pieces of the places stage that read a candidate name in its text: the cue words before it, the names it
joins or cuts, the pieces of an unknown name, the towns it lies near (used by :func:`places.component.find_places`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher

from spacy.language import Language
from spacy.tokens import Doc

from sentinelle import extensions  # noqa: F401  (registers Doc._ attributes)
from sentinelle.extensions import doc_ents, doc_lang, doc_text, token_columns
from sentinelle.model import PlaceMention
from sentinelle.places.admin1 import km
from sentinelle.places.cues import CueMatch, CueTable, find_cue, preceding_words
from sentinelle.places.gazetteer import Gazetteer, to_location
from sentinelle.places.located import Unknown
from sentinelle.places.matcher import Candidate
from sentinelle.places.normalize import fold, name_key, query_keys
from sentinelle.places.resolve import MAIN_CONTEXT_SHARE, Context
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
    persons = [(e.start, e.end) for e in doc_ents(doc) if e.label_ == "PER"]
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


def _cut_abroad(doc: Doc, cand: Candidate, country: str | None, kind: str, candidates: list[Candidate], found: dict,
                context: Callable[[], Context]) -> bool:
    """A town read off the first or last words of a longer capitalised name the gazetteer lacks, in a country the
    article is not about ("près de X Y" in an article about Chad, X alone a town of a neighbour): the name is cut, its
    head or tail resolved elsewhere; the whole is the article's own place, unknown (``context``: the article's context
    told by its other names). Not a name joined by a lowercase
    word ("X de Y"), nor a town of the article's country ("Tal Afar" is known whole, "X Y" of its own country is read
    by ``_pieces_of_unknown_names``)."""
    if kind not in ("city", "site"):
        return False
    cols = token_columns(doc)
    for longer in candidates:
        if longer is cand or not (longer.start <= cand.start and cand.end <= longer.end) \
                or longer.end - longer.start <= cand.end - cand.start or _known(longer, found) or _joins_names(doc, longer):
            continue
        # (the context told by the article's other names: ``context`` leaves out the words of longer names)
        ctx = context()
        if not ctx.countries or ctx.share(country) >= MAIN_CONTEXT_SHARE:
            return False
        # (two towns of that other country side by side, with no comma between them, are no likelier in an article
        # about another country: "à X Y", both Burkinabè towns, in a story about Niger is one unknown village)
        if any(cols.text[i][:1].isupper() for i in range(longer.token_start, longer.token_end)
               if not (cand.token_start <= i < cand.token_end)):
            return True
    return False

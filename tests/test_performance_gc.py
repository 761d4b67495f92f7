"""Speed-ups of issue 14's fifth session: freed Docs, and shortcuts that give what they replace.

The Docs of ``extract`` are freed when dropped, not left to Python's cyclic garbage collector.

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


# -- shortcuts of this file's commits, against the computation they replace --------------------------------


def _clause_span_on_tokens(tok):
    from sentinelle.events.actor_choice import span_of_tokens
    from sentinelle.events.matching import ancestors_and_self, segment_of

    head = next((a for a in ancestors_and_self(tok) if a.pos_ in ("VERB", "AUX")), tok)
    seg = segment_of(tok)
    toks = [t for t in head.subtree if seg.start <= t.i < seg.end]
    return span_of_tokens(toks) if toks else (tok.idx, tok.idx + len(tok))


def test_clause_span_on_columns_is_the_span_on_tokens(nlp):
    from sentinelle.events.arguments import clause_span

    for text in ARTICLES:
        doc = nlp(text)
        for tok in doc:
            assert clause_span(tok) == _clause_span_on_tokens(tok), (text, tok.text)


def _tokenize_by_matches(text):
    """The actors' word tokens as first written: one match object per word."""
    from sentinelle.actors.text import _JOINER_RE, _WORD_RE, _strip_accents, _Token

    tokens, previous_end = [], None
    for match in _WORD_RE.finditer(text):
        start, end = match.span()
        gap = text[previous_end:start] if previous_end is not None else None
        joined = gap is not None and (gap == " " or bool(_JOINER_RE.fullmatch(gap)))
        cased = _strip_accents(match.group())
        tokens.append(_Token(start, end, cased.lower(), cased, joined))
        previous_end = end
    return tokens


def test_actor_word_tokens_are_those_of_one_match_per_word():
    from sentinelle.actors.text import _tokenize

    odd = ["", "  ", "l'armée", "AFC/M23 -- x", "_x_ y", "Œuvre à Kaboul\u202f:", "12h30, 3e", "\n\nDes  hommes"]
    for text in [*ARTICLES, *odd]:
        for k in range(0, max(1, len(text)), 7):
            piece = text[k:k + 60]
            assert _tokenize(piece) == _tokenize_by_matches(piece), piece


def test_the_pipeline_is_out_of_the_collectors_walks(nlp):
    # a list of the lemmatizer's lookup table (there are some 400,000): not among what a full collection walks
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    some_list = next(v for v in table.values() if isinstance(v, list))
    walked = {id(o) for o in gc.get_objects()}
    assert id(some_list) not in walked
    assert gc.get_freeze_count() > 0


def _is_passive_on_tokens(verb):
    children = list(verb.children)
    if any(c.dep_ == "aux:pass" for c in children):
        return True
    has_avoir = any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in children)
    return any(c.dep_ == "nsubj:pass" for c in children) and not has_avoir


def test_is_passive_on_columns_is_the_answer_on_tokens(nlp):
    from sentinelle.events.actor_choice import is_passive

    for text in [*ARTICLES, "Le convoi a été attaqué par des hommes armés.", "Des hommes armés ont attaqué le convoi."]:
        doc = nlp(text)
        for tok in doc:
            assert is_passive(tok) == _is_passive_on_tokens(tok), (text, tok.text)


def test_the_gate_answers_as_its_full_context_check(nlp):
    from sentinelle.relevance import _texts, get_gate

    gate = get_gate(nlp, mode="context")
    ordinary = ["Le club a remporté le match de dimanche grâce à une frappe en lucarne.",
                "La mairie a présenté le budget de la commune pour l'année prochaine."]
    for text in [*ARTICLES, *ordinary]:
        doc = nlp.make_doc(text)
        texts = _texts(doc)
        full = bool(gate._triggers(texts, first=True)) and bool(gate._in_context(texts, first=True))
        assert gate.relevant(doc) == full, text


def test_cue_before_a_place_is_the_cue_read_again(nlp):
    from sentinelle.extensions import doc_text
    from sentinelle.places.cues import cue_table, find_cue, preceding_words
    from sentinelle.places.name_pieces import cue_before

    table = cue_table("fr")
    for text in [*ARTICLES, "Des tirs ont visé le marché de Gao et le camp militaire de Tessalit."]:
        doc = nlp(text)  # the places stage has kept the cues it read
        for start in sorted({m.start for m in doc._.place_mentions} | {t.idx for t in doc}):
            assert cue_before(doc, start, table) == find_cue(preceding_words(doc_text(doc), start, "fr"), table)


def test_young_collections_are_made_rarer_never_more_frequent(nlp):
    from sentinelle.pipeline import YOUNG_THRESHOLD, _raise_young_threshold

    saved = gc.get_threshold()
    try:
        assert gc.get_threshold()[0] >= YOUNG_THRESHOLD  # set when the pipeline was built
        gc.set_threshold(700, 10, 10)
        _raise_young_threshold()
        assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)  # the older generations' own thresholds kept
        gc.set_threshold(YOUNG_THRESHOLD * 3, 5, 5)
        _raise_young_threshold()
        assert gc.get_threshold() == (YOUNG_THRESHOLD * 3, 5, 5)  # a program's higher threshold is its own
        gc.set_threshold(0, 10, 10)
        _raise_young_threshold()
        assert gc.get_threshold()[0] == 0  # nor does it turn back on what a program turned off
    finally:
        gc.set_threshold(*saved)

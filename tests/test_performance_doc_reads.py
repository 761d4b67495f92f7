"""The per-Doc reads that stand in for spaCy's accessors (sentence bounds, expanded character spans, ``Doc._``
values) and the places stage's test of names inside longer names give exactly what the plain computation gives,
on sentences written for them (several conflicts, outlet styles, and a parse the events stage repairs)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from sentinelle.extensions import char_span_expand, doc_ents, doc_value, sentence_bounds, token_columns

PARAGRAPHS = [
    "Des hommes armés ont attaqué jeudi soir un poste de gendarmerie près de Dori. Deux gendarmes ont été tués, "
    "a indiqué une source sécuritaire. L'armée a lancé une opération de ratissage.",
    "Kismayo, 12 mars (AFP) - Une voiture piégée a explosé devant un hôtel de Kismayo, ont rapporté des témoins. "
    "Au moins sept personnes ont péri ; le bilan pourrait s'alourdir, selon la police locale.",
    "« Nous avons repoussé l'assaut », a déclaré le porte-parole de l'armée. Les rebelles ont tué par balle "
    "mardi en fin d'après-midi trois agriculteurs à Butembo, l'agence Anadolu rapporte.",
    "Une frappe de drone a touché un marché à Gao.\n\nLe gouverneur condamne l'attaque. Selon l'ONU, "
    "douze civils ont été blessés.",
]


def test_sentence_bounds_are_the_token_sentence(nlp):
    from sentinelle.events.parse_repair import repair_objects_after_adverbials

    time_words = nlp.get_pipe("sentinelle_events").time_words
    model = [name for name, _ in nlp.pipeline if not name.startswith("sentinelle_")]
    mended = 0
    for doc in nlp.pipe(PARAGRAPHS, disable=[n for n, _ in nlp.pipeline if n not in model]):
        for _ in range(2):  # the parse as the model left it, then as the repair leaves it (its columns read anew)
            assert len(list(doc.sents)) > 1
            for tok in doc:
                assert sentence_bounds(tok) == (tok.sent.start, tok.sent.end)
            mended += repair_objects_after_adverbials(doc, time_words)
    assert mended  # (the third paragraph holds an object after an adverbial)


def test_an_expanded_character_span_is_the_doc_char_span(nlp):
    doc = nlp(PARAGRAPHS[1])
    n = len(doc.text)
    ranges = [(0, 7), (3, 5), (7, 8), (8, 9), (n - 3, n), (0, n), (10, 10), (n, n)]
    ranges += [(s, s + random.Random(s).randint(0, 12)) for s in range(0, n, 3)]
    for _ in range(2):  # built, then from the memo
        for start, end in ranges:
            got = char_span_expand(doc, start, end)
            want = doc.char_span(start, end, alignment_mode="expand")
            assert (got is None) == (want is None)
            if got is not None:
                assert (got.start, got.end, got.start_char, got.end_char) == (want.start, want.end, want.start_char,
                                                                              want.end_char)


def test_entities_read_once_are_the_doc_entities(nlp):
    for doc in nlp.pipe(PARAGRAPHS):
        for _ in range(2):  # read, then from the memo
            assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
        assert doc_ents(doc)


def test_doc_values_are_the_underscore_values(nlp):
    doc = nlp.make_doc(PARAGRAPHS[0])
    for name in ("published", "time_mentions", "place_mentions", "warnings"):
        assert doc_value(doc, name) == getattr(doc._, name)  # the defaults
    doc._.time_mentions = []
    doc._.outlet = "Radio Kandahar"
    assert doc_value(doc, "time_mentions") == [] and doc_value(doc, "outlet") == "Radio Kandahar"
    doc._.time_mentions = None  # (set back to None: None, not the default read anew)
    assert doc_value(doc, "time_mentions") is None
    with pytest.raises(AttributeError):
        doc_value(doc, "no_such_attribute")


def test_names_inside_longer_names_as_when_every_pair_was_compared(monkeypatch):
    from sentinelle.places import component

    rnd = random.Random(14)
    for _ in range(2000):
        cands = []
        for _ in range(rnd.randint(0, 12)):
            start = rnd.randint(0, 30)
            cands.append(SimpleNamespace(start=start, end=start + rnd.randint(1, 9), joins=rnd.random() < 0.3))
        monkeypatch.setattr(component, "_joins_names", lambda doc, o: o.joins)
        covered = component._covered_by_longer(None, cands)
        probes = [(c.start, c.end) for c in cands] + [(s, s + rnd.randint(1, 9)) for s in range(0, 30, 4)]
        for start, end in probes:
            pairwise = any(o.start <= start and end <= o.end and o.end - o.start > end - start and not o.joins
                           for o in cands)
            assert covered(start, end) == pairwise


def test_sentence_bounds_follow_the_columns_of_the_doc(nlp):
    doc = nlp("Trois soldats ont été tués à Mora. Un deuxième convoi a sauté sur une mine près de Garoua.")
    first, second = doc[0], doc[-2]
    assert sentence_bounds(first) != sentence_bounds(second)
    assert sentence_bounds(second) == token_columns(doc).sentence(second.i) == (second.sent.start, len(doc))


def _parsed(nlp, texts):
    """The texts through the whole pipeline: the parse as the stages leave it (repaired where they mend it)."""
    return list(nlp.pipe(texts))


def test_walks_on_the_columns_are_the_walks_on_tokens(nlp):
    from sentinelle.attribution.syntax import _conjuncts, _shares_auxiliary
    from sentinelle.events.listed_victims import name_end
    from sentinelle.events.matching import ancestors_and_self
    from sentinelle.events.place_choice import _CLAUSE_DEPS, clause_head

    def clause_head_on_tokens(tok):
        for anc in ancestors_and_self(tok):
            if anc.pos_ in ("VERB", "AUX") and (anc.dep_ in _CLAUSE_DEPS or anc.head.i == anc.i):
                return anc
        return ancestors_and_self(tok)[-1]

    def name_end_on_tokens(tok):
        end = tok.i + 1
        while end < len(tok.doc) and tok.doc[end].dep_ == "flat:name" and tok.doc[end].head.i == tok.i:
            end += 1
        return end

    def conjuncts_on_tokens(tok):
        out = []
        for c in tok.children:
            if _shares_auxiliary(c):
                out += [c, *conjuncts_on_tokens(c)]
        return out

    texts = [*PARAGRAPHS, "Des miliciens ont pillé, incendié ou détruit une vingtaine de maisons à Bria, selon Jean-Paul "
             "Ngoupandé Mbaye, maire de la ville.", "Les assaillants ont tué, blessé et enlevé des civils près de Zinder."]
    shared = 0
    for doc in _parsed(nlp, texts):
        for tok in doc:
            assert clause_head(tok) == clause_head_on_tokens(tok)
            assert name_end(tok) == name_end_on_tokens(tok)
            assert [c.i for c in _conjuncts(tok)] == [c.i for c in conjuncts_on_tokens(tok)]
            shared += bool(_conjuncts(tok))
    assert shared  # (participles that share an auxiliary are read)

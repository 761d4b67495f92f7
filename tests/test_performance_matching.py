"""Speed-ups of the phrase matcher, the relevance gate's word reader and the casualty reader's clause tests
give exactly what the plain computation gives, on sentences written for them."""

from __future__ import annotations

import pytest

from sentinelle.events import parse_tree
from sentinelle.events.lexicon import MAX_GAP
from sentinelle.events.matching import PhraseIndex, doc_units, segments
from sentinelle.relevance import _texts

SENTENCES = [
    "Un attentat-suicide a visé mardi un marché de Maiduguri, faisant au moins dix-huit morts et trente blessés.",
    "Des roquettes Katioucha ont été tirées contre une base de la coalition près de l'aéroport de Bagdad.",
    "Deux casques bleus ont perdu la vie lorsque leur véhicule a sauté sur un engin explosif près de Kidal.",
    "Les rebelles se sont retirés du village après des combats à l'arme lourde avec l'armée congolaise.",
    "La police a dispersé à coups de gaz lacrymogène des manifestants qui s'étaient rassemblés à Port-au-Prince.",
    "Trois soldats sont morts et un quatrième a été mortellement blessé dans une embuscade tendue par des djihadistes.",
    "Une frappe aérienne russe a détruit un entrepôt de munitions à l'est de Kharkiv, selon l'état-major ukrainien.",
    "Le corps d'un journaliste enlevé la semaine dernière a été retrouvé dans une rue de Mogadiscio.",
    "Des hommes armés ont incendié plusieurs maisons et tué cinq civils dans la région de Cauca.",
]


def _naive_find(index: PhraseIndex, units) -> list[tuple]:
    """Every phrase of ``index`` tried at every unit that holds one of its first words, read along with its
    gaps: the matcher as it was before its per-key-set plans."""

    def match(items, pos):
        if not items:
            return pos
        if items[0] is None:
            return next((end for skip in range(MAX_GAP + 1) if (end := match(items[1:], pos + skip)) is not None),
                        None)
        if pos < len(units) and units[pos].keys & items[0]:
            return match(items[1:], pos + 1)
        return None

    hits = []
    for i, unit in enumerate(units):
        seen: set[int] = set()
        for key in unit.keys:
            for phrase, payload in index._by_first.get(key, ()):
                if id(phrase) in seen:
                    continue
                seen.add(id(phrase))
                end = match(phrase.items, i)
                if end is not None:
                    hits.append((unit.token, units[end - 1].token + 1, payload, end - i))
    return hits


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(s) for s in SENTENCES]


def _indexes(nlp) -> dict[str, PhraseIndex]:
    detector = nlp.get_pipe("sentinelle_events")
    return {"triggers": detector.triggers.phrases, "weapons": detector.weapons, "targets": detector.targets,
            "casualties": detector.casualties.phrases, "sources": detector.source_markers}


def test_phrase_index_finds_what_every_phrase_tried_everywhere_finds(nlp, docs):
    found = 0
    for name, index in _indexes(nlp).items():
        for doc in docs:
            for sent in segments(doc):
                units = doc_units(sent)
                # twice: the second time from the plans kept for the key sets
                for _ in range(2):
                    assert [tuple(h) for h in index.find(units)] == _naive_find(index, units), (name, sent.text)
                found += len(index.find(units))
    assert found > 20


def test_phrase_index_on_units_with_their_own_key_sets(nlp, docs):
    """Units built elsewhere (the relevance gate's, a slice) hold key sets of their own: same hits."""
    index = _indexes(nlp)["casualties"]
    for doc in docs:
        units = doc_units(doc)
        rebuilt = [type(u)(u.token, frozenset(u.keys)) for u in units]
        assert [tuple(h) for h in index.find(rebuilt)] == _naive_find(index, units)
        assert [tuple(h) for h in index.find(units[3:])] == _naive_find(index, units[3:])


def test_hyphenated_parts_share_one_key_set_per_part(nlp):
    """The parts of a hyphenated token ("Port-au-Prince", "nord-est") carry one key set per part text in every
    Doc: the phrase index keeps what a key set may start by the set itself."""
    a, b = nlp("Des tirs ont éclaté à Port-au-Prince."), nlp("La police patrouille dans Port-au-Prince ce lundi.")

    def parts(doc):
        joined = [t.i for t in doc if t.text.count("-") >= 1 and len([p for p in t.text.split("-") if p]) > 1]
        return [u.keys for u in doc_units(doc) if u.token in joined]

    parts_a, parts_b = parts(a), parts(b)
    assert len(parts_a) >= 2 and len(parts_a) == len(parts_b)
    assert all(x is y for x, y in zip(parts_a, parts_b, strict=True))


def test_gate_reads_the_token_texts(nlp, docs):
    for doc in docs:
        assert _texts(doc) == [t.text for t in doc]


def test_clause_tests_on_columns_are_the_tests_on_tokens(docs):
    def reflexive(verb):
        return any((c.dep_.startswith("expl") and c.dep_ != "expl:subj") or c.lower_ in ("se", "s'", "s’")
                   for c in verb.children)

    def with_etre(pred):
        return pred.pos_ in ("NOUN", "ADJ") and any(
            c.dep_ in ("cop", "aux:pass", "aux:tense", "aux") and c.lemma_ == "être" for c in pred.children)

    seen = [0, 0]
    for doc in docs:
        for tok in doc:
            assert parse_tree.reflexive(tok) == reflexive(tok), tok.text
            assert parse_tree.with_etre(tok) == with_etre(tok), tok.text
            seen[0] += reflexive(tok)
            seen[1] += with_etre(tok)
    assert all(seen)

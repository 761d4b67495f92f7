"""The relevance gate (sentinelle.relevance): which articles skip the parser, and that nothing is lost.

Sentences written for these tests, from several conflicts and from ordinary news.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sentinelle.events.lexicon import word_key
from sentinelle.extraction import LONG_TEXT, ArticleInput, extract, extract_many
from sentinelle.relevance import NO_INCIDENT_LANGUAGE, get_gate

# (conflict, sentence): each holds incident language and must reach the full pipeline
INCIDENT = [
    ("sahel", "Des hommes armés ont attaqué un poste de gendarmerie dans la nuit de samedi à dimanche."),
    ("sahel", "Trois soldats ont péri dans l'explosion d'un engin au passage de leur patrouille."),
    ("syria", "Des frappes aériennes ont visé un marché de la province, selon une ONG."),
    ("iraq", "Deux roquettes se sont abattues près de l'aéroport mardi soir."),
    ("drc", "Les rebelles ont enlevé une vingtaine de villageois près de la frontière."),
    ("somalia", "Un kamikaze s'est fait exploser devant un hôtel de la capitale."),
    ("nigeria", "Les assaillants ont incendié plusieurs maisons du village."),
    ("colombia", "Des échanges de tirs ont opposé l'armée à une faction dissidente."),
    ("haiti", "Des gangs ont pillé des entrepôts du port, faisant deux morts."),
    ("ukraine", "Des drones ont bombardé des infrastructures énergétiques dans la nuit."),
    ("ukraine", "Les bombardements ont repris sur la ville à l'aube."),
    ("kenya", "Des manifestants ont affronté la police devant le parlement."),
]

# (conflict, sentence): casualty words or non-event cues with no trigger. They only qualify a trigger of
# their sentence, so the full pipeline finds nothing here, and the gate keeps such articles out
QUALIFIERS_ONLY = [
    ("sahel", "Trois soldats ont péri."),
    ("lebanon", "Le mouvement chiite a démenti toute implication."),
    ("lebanon", "Le chef du mouvement a menacé de riposter."),
    ("drc", "Une dizaine de civils ont été blessés par balle."),
    ("iraq", "Le groupe a revendiqué l'opération dans un communiqué."),
    ("colombia", "Le bilan s'élève à quatre morts et sept blessés, selon la Défense civile."),
    ("ordinary", "Un accident de la route a fait un mort et trois blessés vendredi soir."),
    ("ordinary", "Le maire a promis une réponse rapide aux sinistrés."),
]

# ordinary news: no word of incident language, never parsed
ORDINARY = [
    "Le club a remporté la finale de la coupe au terme d'un match très disputé.",
    "La Bourse de Paris a clôturé en hausse de 1,2 % vendredi, portée par le secteur du luxe.",
    "Le chômage recule au troisième trimestre selon les chiffres publiés jeudi.",
    "Le festival de jazz accueillera cette année une quarantaine de concerts en plein air.",
    "Il pleuvra sur la Bretagne demain, avec des éclaircies l'après-midi.",
    "La nouvelle ligne de tramway sera inaugurée au printemps prochain.",
    "Le roman de l'écrivaine a reçu le prix des lycéens cette semaine.",
    "Les prix de l'énergie devraient baisser légèrement cet hiver.",
]


@pytest.fixture(scope="module")
def gate(nlp):
    return get_gate(nlp)


@pytest.mark.parametrize(("conflict", "sentence"), INCIDENT)
def test_incident_language_passes(nlp, gate, conflict, sentence):
    doc = nlp.make_doc(sentence)
    assert gate.relevant(doc), f"{conflict}: {sentence!r} was kept out of the parser"
    assert gate.cues(doc)


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_news_is_kept_out(nlp, gate, sentence):
    doc = nlp.make_doc(sentence)
    assert not gate.relevant(doc), f"{sentence!r} opened the gate with {gate.cues(doc)}"


@pytest.mark.parametrize(("conflict", "sentence"), QUALIFIERS_ONLY)
def test_casualty_and_modality_words_alone_start_nothing(nlp, gate, conflict, sentence):
    full = extract(sentence, published="2024-05-02", relevance_gate=False)
    assert (full.events, full.non_events) == ([], []), f"{conflict}: {sentence!r} gave an event without a trigger"
    assert not gate.relevant(nlp.make_doc(sentence)), f"{sentence!r} opened the gate with {gate.cues(nlp.make_doc(sentence))}"


def test_gated_article_comes_back_with_its_warning_and_no_events():
    text = "\n\n".join(ORDINARY[:3])
    result = extract(text, published="2024-05-02", outlet="Le Quotidien", doc_id="o1")
    assert result.events == [] and result.non_events == []
    assert NO_INCIDENT_LANGUAGE in result.warnings
    assert (result.doc_id, result.published, result.outlet) == ("o1", "2024-05-02", "Le Quotidien")


def test_the_gate_can_be_switched_off():
    text = "\n\n".join(ORDINARY[:3])
    assert NO_INCIDENT_LANGUAGE not in extract(text, relevance_gate=False).warnings
    batch = [ArticleInput(text=t) for t in ORDINARY[:2]]
    assert all(NO_INCIDENT_LANGUAGE not in r.warnings for r in extract_many(batch, relevance_gate=False))


def test_extract_many_keeps_order_and_results_with_the_gate():
    texts = [ORDINARY[0], INCIDENT[0][1], ORDINARY[1], INCIDENT[4][1], ORDINARY[2]]
    articles = [ArticleInput(text=t, published="2024-03-10", doc_id=str(i)) for i, t in enumerate(texts)]
    gated = list(extract_many(articles, batch_size=2))
    full = list(extract_many(articles, batch_size=2, relevance_gate=False))
    assert [r.doc_id for r in gated] == [str(i) for i in range(len(texts))]
    assert [NO_INCIDENT_LANGUAGE in r.warnings for r in gated] == [True, False, True, False, True]
    # the gate never changes what the parsed articles give, nor finds less in the skipped ones
    assert [r.events for r in gated] == [r.events for r in full]
    assert [r.non_events for r in gated] == [r.non_events for r in full]


def test_a_long_text_parses_only_its_pieces_with_incident_language():
    filler = "\n\n".join(ORDINARY)
    quiet = "\n\n".join([filler] * (LONG_TEXT // len(filler) + 1))
    text = quiet + "\n\n" + "Mardi, des rebelles ont attaqué le village de Kamango, territoire de Lubero, tuant six civils."
    gated = extract(text, published="2024-03-10")
    full = extract(text, published="2024-03-10", relevance_gate=False)
    assert gated.events == full.events and gated.events
    assert NO_INCIDENT_LANGUAGE not in gated.warnings
    skipped = [w for w in gated.warnings if w.startswith("relevance:")]
    assert skipped and "characters 0-" in skipped[0]
    assert NO_INCIDENT_LANGUAGE in extract(quiet).warnings


def test_a_gated_article_is_still_stored(tmp_path):
    from sentinelle.store import Store, StoredArticleInput

    text = "\n\n".join(ORDINARY[3:6])
    result = extract(text, published="2024-05-02")
    with Store(tmp_path / "t.db") as store:
        outcome = store.ingest_result(StoredArticleInput(text=text, published="2024-05-02"), result)
        stored = store.get_article(outcome.article_id)
    assert stored is not None and stored.text == text
    assert NO_INCIDENT_LANGUAGE in stored.result.warnings


SENTENCES = Path(__file__).parent / "data" / "event_sentences.tsv"


def test_every_lemma_the_pipeline_gives_is_among_the_gate_keys(nlp, gate):
    """Why the gate is safe: whatever the tagger decides, the token's lemma key is one the gate tried."""
    with SENTENCES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    texts = [r["sentence"] for r in rows] + [s for _, s in INCIDENT] + ORDINARY
    misses = [(t.text, t.lemma_) for doc in nlp.pipe(texts) for t in doc
              if t.lemma_ and word_key(t.lemma_) not in gate.token_keys(t.text)]
    assert misses == []


def test_no_sentence_with_an_event_is_kept_out(nlp, gate):
    """The project's sentence table, parsed in full: whatever gives an event or a non-event passes the gate."""
    with SENTENCES.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    articles = [ArticleInput(text=r["sentence"], published="2024-06-15", doc_id=r["id"]) for r in rows]
    with_events = [r.doc_id for r in extract_many(articles, relevance_gate=False) if r.events or r.non_events]
    assert with_events  # the table is about incidents
    text_of = {a.doc_id: a.text for a in articles}
    assert [d for d in with_events if not gate.relevant(nlp.make_doc(text_of[d]))] == []

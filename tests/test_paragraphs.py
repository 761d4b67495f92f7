"""Line and paragraph breaks start sentences: the model parses each stretch of lines apart
(sentinelle/paragraphs.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sentinelle
from sentinelle.paragraphs import line_chunks, parse
from sentinelle.pipeline import get_pipeline


@pytest.mark.parametrize(("text", "first_words"), [
    # a headline with no full stop, then the lede
    ("Niger : sept soldats tués dans une embuscade près de Téra\nSept soldats ont été tués lundi.",
     ["Niger", "Sept"]),
    # paragraphs
    ("Des obus sont tombés sur Kherson.\n\nDepuis janvier, 300 civils ont été tués.", ["Des", "Depuis"]),
    # a line wrapped in the middle of a sentence goes on
    ("Des obus sont tombés mardi sur le marché\ncentral de Kherson.", ["Des"]),
])
def test_a_line_break_starts_a_sentence_unless_the_line_goes_on(text, first_words):
    nlp = get_pipeline()
    doc = next(parse(nlp, [nlp.make_doc(text)]))
    assert doc.text == text
    starts = [s for s in doc.sents if not s.text.isspace()]
    assert [next(t.text for t in s if not t.is_space) for s in starts] == first_words


@pytest.mark.parametrize("text", [
    # Burkina Faso, West Bank, DR Congo: a tally opening the next paragraph is not the toll of the incident before
    "Des jihadistes ont attaqué samedi un poste militaire près de Titao.\n\n"
    "Depuis janvier, plus de 300 soldats ont été tués dans la région.",
    "Des colons ont attaqué mardi le village de Qusra.\n\n"
    "Depuis le 7 octobre, au moins 500 Palestiniens ont été tués en Cisjordanie.",
    "Les rebelles du M23 ont attaqué jeudi la localité de Kitshanga.\n\n"
    "Depuis le début de l'année, plus de 200 civils ont été tués dans le territoire de Masisi.",
])
def test_a_tally_in_the_next_paragraph_lends_no_toll(text):
    events = sentinelle.extract(text, published="2024-03-05", relevance_gate=False).events
    assert events and all(e.fatalities is None for e in events), events


@pytest.mark.parametrize(("text", "pieces"), [
    ("Titre\nPremier paragraphe.\n\nSecond paragraphe.", ["Titre\n", "Premier paragraphe.\n\n", "Second paragraphe."]),
    # a line that goes on in lower case stays with the line before
    ("Une phrase coupée\nen deux lignes.", ["Une phrase coupée\nen deux lignes."]),
    ("Une seule ligne.", ["Une seule ligne."]),
    ("\n\nTexte après des lignes vides\n", ["\n\n", "Texte après des lignes vides\n"]),
])
def test_line_chunks_cover_the_text(text, pieces):
    assert [text[a:b] for a, b in line_chunks(text)] == pieces


_TEXT = st.text(alphabet=st.sampled_from(list("abc ABC.,;:-'\n\t\r«»0123456789éÉ")), max_size=120)


@settings(max_examples=60, deadline=None)
@given(_TEXT)
def test_any_text_is_parsed_whole_and_unchanged(text):
    chunks = line_chunks(text)
    assert "".join(text[a:b] for a, b in chunks) == text
    nlp = get_pipeline()
    made = nlp.make_doc(text)
    doc = next(parse(nlp, [made]))
    assert doc.text == text and [t.text for t in doc] == [t.text for t in made]


_ARTICLES = [
    "Mali : deux soldats tués près de Ménaka\nDeux soldats maliens ont été tués lundi dans une embuscade.\n\n"
    "L'armée a riposté, selon un communiqué.",
    "Des frappes aériennes ont visé mardi plusieurs quartiers d'Idleb, tuant cinq civils.",
    "RDC : attaque contre un camp de déplacés\n\nDes hommes armés ont attaqué dans la nuit un camp près de Bunia.\n"
    "Au moins douze personnes ont été tuées.\n\nLa Monusco a condamné l'attaque.",
    "Haïti : des gangs ont incendié des maisons à Port-au-Prince.\nLa police a été déployée.",
    "Une manifestation a rassemblé des centaines d'étudiants à Bogota\npour réclamer la fin des violences.",
]


def test_the_model_reads_each_article_alike_whatever_it_is_batched_with():
    # parse() sends the stretches of a whole batch of articles through the model together: what the model
    # writes on an article must not depend on the other articles of its batch, nor on their number
    nlp = get_pipeline()
    attrs = ["POS", "TAG", "MORPH", "DEP", "HEAD", "LEMMA", "SENT_START", "ENT_IOB", "ENT_TYPE"]
    alone = [next(parse(nlp, [nlp.make_doc(text)], batch_size=1)).to_array(attrs).tolist() for text in _ARTICLES]
    for size in (2, 16):
        together = [d.to_array(attrs).tolist() for d in parse(nlp, (nlp.make_doc(t) for t in _ARTICLES),
                                                                batch_size=size)]
        assert together == alone

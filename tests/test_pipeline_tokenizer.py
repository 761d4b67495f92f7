"""The tokenizer rules of lang/fr/tokenizer.yaml (pipeline._keep_compounds)."""

from __future__ import annotations

import pytest

import sentinelle
from sentinelle.pipeline import get_pipeline


@pytest.mark.parametrize(("text", "tokens"), [
    # lower-case compounds stay one word
    ("attentat-suicide", ["attentat-suicide"]),
    ("attentats-suicides", ["attentats-suicides"]),
    ("état-major", ["état-major"]),
    ("camion-citerne", ["camion-citerne"]),
    ("lance-roquettes", ["lance-roquettes"]),
    # clitic pronouns and particles are still cut, as the model expects
    ("a-t-il", ["a", "-t", "-il"]),
    ("dit-elle", ["dit", "-elle"]),
    ("donnez-le", ["donnez", "-", "le"]),
])
def test_compounds_stay_whole_and_clitics_are_cut(text, tokens):
    assert [t.text for t in get_pipeline().tokenizer(text)] == tokens


@pytest.mark.parametrize(("text", "day"), [
    # Pakistan, Somalia, Iraq: the hyphen of a compound no longer starts a sentence that takes the weekday away
    ("Un attentat-suicide a tué six personnes lundi à Peshawar.", "2024-03-04"),
    ("Un camion-citerne piégé a explosé dimanche à Beledweyne.", "2024-03-03"),
    ("L'état-major a annoncé que des roquettes ont visé samedi la base de Harir.", "2024-03-02"),
])
def test_a_compound_keeps_its_sentence_whole(text, day):
    events = sentinelle.extract(text, published="2024-03-05", relevance_gate=False).events
    assert [e.date.start for e in events] == [day]

"""Question-and-answer turns (attribution/turns.py): an answer is the interviewee's word, so the incidents it states
are reported; an answer opening with a denial denies what the question attributed to someone; a rhetorical question
the article answers itself is no turn. Texts written for these tests, from several conflicts."""

from __future__ import annotations

import pytest

import sentinelle
from sentinelle.attribution.config import load_source_scope
from sentinelle.attribution.turns import TurnFinder


def _finder() -> TurnFinder:
    sc = load_source_scope("fr")
    return TurnFinder(sc.question_labels, sc.answer_labels, sc.dialogue_dashes, sc.denial_replies)


def _events(text: str) -> list[tuple[str | None, str | None, str]]:
    res = sentinelle.extract(text, published="2025-06-16", relevance_gate=False)
    return sorted((e.location.name if e.location else None, e.sub_event_type, e.modality) for e in res.events)


@pytest.mark.parametrize(("text", "answers", "denied"), [
    # labelled turns (Sudan), a name as the answer's label (DRC), dialogue dashes (Mozambique)
    ("Titre\n\nQuestion : Que s'est-il passé à Nyala ?\nRéponse : Un drone a frappé le marché.\n",
     ["Un drone a frappé le marché."], [False]),
    ("Titre\n\nQ : Et à Mweso ?\nLe colonel Kasongo : Nos troupes tiennent la localité.\n",
     ["Nos troupes tiennent la localité."], [False]),
    ("Titre\n\n— Que s'est-il passé à Macomia ?\n— Des insurgés ont brûlé la chapelle.\n",
     ["Des insurgés ont brûlé la chapelle."], [False]),
    # a denial reply, on its own line (Ukraine) or after the question mark within the paragraph
    ("Titre\n\nQ : Moscou affirme avoir pris Pokrovsk. Confirmez-vous ?\nR : Non. C'est de la propagande.\n",
     ["Non. C'est de la propagande."], [True]),
    ("Titre\n\nMoscou affirme avoir pris Pokrovsk. Confirmez-vous ? — Faux, nous tenons la ville.\n",
     ["Faux, nous tenons la ville."], [True]),
    # no turn: a rhetorical question the article answers, a headline question
    ("Titre\n\nQue s'est-il passé jeudi à Kenscoff ? Des gangs ont incendié des maisons.\n", [], []),
    ("Pourquoi tant de violences ?\n\nMardi, des bandits ont enlevé quinze écoliers à Kankara.\n", [], []),
    # no turn: a dashed list after a question the article asks itself (Mali)
    ("Titre\n\nQuels sont les derniers incidents ?\n– Le 3 juin, une attaque a visé Tessit.\n", [], []),
    # "Non" inside an answer denies nothing ("Nous n'avons pas ...")
    ("Titre\n\nQuestion : Et à Kadugli ?\nRéponse : Nous n'avons pas d'informations.\n",
     ["Nous n'avons pas d'informations."], [False]),
])
def test_turns_are_found_by_their_marks(text, answers, denied):
    finder = _finder()
    turns = finder.turns(text)
    assert [text[t.answer[0] : t.answer[1]] for t in turns] == answers
    assert [finder.denies(text, t) for t in turns] == denied


@pytest.mark.parametrize(("text", "wanted"), [
    # Sudan: a governor's answer states the strike: his report
    ("Soudan : le gouverneur répond à nos questions\n\nLe gouverneur a reçu notre envoyé spécial mardi.\n\n"
     "Question : Que s'est-il passé samedi à Nyala ?\nRéponse : Samedi, un drone a frappé le marché central de "
     "Nyala. Douze civils ont été tués.\n",
     [("Nyala", "air_drone_strike", "reported")]),
    # Mozambique: an interview in dialogue dashes
    ("Mozambique : entretien avec un chef religieux\n\n— Monseigneur, que s'est-il passé à Macomia ?\n— Dimanche "
     "soir, des insurgés ont incendié la chapelle de Macomia.\n\nLe diocèse a lancé un appel à la prière.\n",
     [("Macomia", "looting_property_destruction", "reported")]),
    # Ukraine: the claim of a capture denied by the answer, on its own line or after a dash
    ("Ukraine : point de presse\n\nQ : Moscou affirme avoir pris le contrôle du village de Pokrovsk. Confirmez-vous "
     "?\nR : Non. C'est de la propagande. Nos unités tiennent leurs positions.\n",
     [("Pokrovsk", "non_state_actor_overtakes_territory", "denied")]),
    ("Ukraine : point de presse\n\nLe porte-parole a été interrogé sur la situation au front. Moscou affirme avoir "
     "pris le village de Pokrovsk. Confirmez-vous ? — Non, c'est de la propagande.\n",
     [("Pokrovsk", "non_state_actor_overtakes_territory", "denied")]),
    # near-misses: the article answering its own question (Haiti, Nigeria) states the incident itself
    ("Haïti : questions à un responsable policier\n\nQue s'est-il passé jeudi à Kenscoff ? Jeudi, des gangs ont "
     "incendié une dizaine de maisons à Kenscoff.\n",
     [("Kenscoff", "looting_property_destruction", "asserted")]),
    ("Nigeria : questions\n\nPourquoi tant de violences ?\n\nMardi, des bandits ont enlevé quinze écoliers à "
     "Kankara.\n",
     [("Kankara", "abduction_forced_disappearance", "asserted")]),
])
def test_answers_report_and_deny(text, wanted):
    assert _events(text) == wanted
